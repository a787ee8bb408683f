"""An ordered map over worker processes with a bounded number of results in flight."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from multiprocessing import forkserver
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Results waiting for the writer, per worker: enough that a worker never idles behind a
# large file the writer waits for, few enough that memory stays bounded by a few files.
WINDOW_PER_JOB = 4


def start_workers(preload: Sequence[str]) -> None:
    """Start the server that worker processes are forked from, importing ``preload`` once,
    without waiting for it: its imports (seconds, for the extractor) run while this process
    does its own work. Workers are forked from it, not from this process, whose threads a
    fork would copy mid-lock."""
    multiprocessing.get_context("forkserver").set_forkserver_preload(list(preload))
    forkserver.ensure_running()


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], jobs: int, *, preload: Sequence[str] = ()
) -> Iterator[R]:
    """``map(func, items)`` computed by ``jobs`` worker processes, yielded in input order.

    At most ``jobs * WINDOW_PER_JOB`` items are submitted ahead of the one being yielded.
    Workers come from the server :func:`start_workers` starts (with ``preload``) unless it
    runs already. ``jobs <= 1`` runs in-process.
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    start_workers(preload)
    pending: deque[Future[R]] = deque()
    source = iter(items)
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        try:
            pending.extend(
                pool.submit(func, item) for item in islice(source, jobs * WINDOW_PER_JOB)
            )
            while pending:
                result = pending.popleft().result()
                pending.extend(pool.submit(func, item) for item in islice(source, 1))
                yield result
        finally:
            pool.shutdown(wait=True, cancel_futures=True)

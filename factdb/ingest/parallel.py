"""An ordered map over worker processes with a bounded number of results in flight."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
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


@contextmanager
def ordered_map(
    func: Callable[[T], R], items: Iterable[T], jobs: int, *, preload: Sequence[str] = ()
) -> Iterator[Iterator[R]]:
    """``map(func, items)`` computed by ``jobs`` worker processes: the context's value yields
    the results in input order.

    The first ``jobs * WINDOW_PER_JOB`` items are handed out on entering, from a thread:
    starting a worker waits for the server :func:`start_workers` starts (with ``preload``,
    unless it runs already) to finish its imports, and the caller's own set-up meanwhile (the
    database's) need not wait with it. Then one item is handed out per result taken, so at
    most that many are ahead of the one being yielded. ``jobs <= 1`` runs in-process.
    """
    if jobs <= 1:
        yield map(func, items)
        return
    start_workers(preload)
    source = iter(items)
    first = list(islice(source, jobs * WINDOW_PER_JOB))
    context = multiprocessing.get_context("forkserver")
    with ProcessPoolExecutor(jobs, mp_context=context) as pool:
        thread = ThreadPoolExecutor(1)
        handing = thread.submit(lambda: [pool.submit(func, item) for item in first])
        try:
            yield _in_order(pool, func, handing, source)
        finally:
            thread.shutdown(wait=True)  # done handing out before the pool is shut down
            pool.shutdown(wait=True, cancel_futures=True)


def _in_order(
    pool: ProcessPoolExecutor,
    func: Callable[[T], R],
    handing: Future[list[Future[R]]],
    source: Iterator[T],
) -> Iterator[R]:
    pending = deque(handing.result())
    while pending:
        result = pending.popleft().result()
        pending.extend(pool.submit(func, item) for item in islice(source, 1))
        yield result

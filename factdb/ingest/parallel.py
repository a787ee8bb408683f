"""An ordered map over worker processes with a bounded number of results in flight."""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from itertools import islice
from typing import TypeVar

T = TypeVar("T")
R = TypeVar("R")

# Results waiting for the writer, per worker: enough to keep every worker busy while the
# writer commits, few enough that memory stays bounded by a handful of files.
WINDOW_PER_JOB = 2


def ordered_map(
    func: Callable[[T], R], items: Iterable[T], jobs: int, *, preload: Sequence[str] = ()
) -> Iterator[R]:
    """``map(func, items)`` computed by ``jobs`` worker processes, yielded in input order.

    At most ``jobs * WINDOW_PER_JOB`` items are submitted ahead of the one being yielded.
    Workers are forked from a fresh server process that imported ``preload`` once (not from
    this process, whose threads a fork would copy mid-lock). ``jobs <= 1`` runs in-process.
    """
    if jobs <= 1:
        yield from map(func, items)
        return
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(list(preload))
    pending: deque[Future[R]] = deque()
    source = iter(items)
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

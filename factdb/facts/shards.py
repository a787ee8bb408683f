"""Independent work split over the machine's cores, for a build of many claims.

Deriving claims (article by article) and scoring candidate matches (claim by claim) need no
result of one another's, so a large build runs them in :func:`in_shards`: shard 0 in this
process and each other shard in a forked child, which inherits every input already in memory
(nothing is copied but the results, pickled back). The shards' results are put back in the
order a single process gives, so the build's result does not depend on the number of cores.
Without ``fork`` (Windows), on one core, or below :data:`MIN_ITEMS` (forking costs more
than it saves) everything runs here.
"""

from __future__ import annotations

import multiprocessing
import os
import pickle
import traceback
from collections.abc import Callable
from multiprocessing.connection import Connection
from typing import Any, TypeVar

MIN_ITEMS = 5000  # fewer claims than this are derived and matched in one process
MAX_SHARDS = 4

_T = TypeVar("_T")


def shard_count(items: int) -> int:
    """How many shards ``items`` claims are split into."""
    if items < MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_SHARDS))


def in_shards(work: Callable[[int, int], _T], shards: int) -> list[_T]:
    """``work(k, shards)`` for each shard ``k``, in order: shard 0 here, the others in forked
    children. A child's exception is raised here."""
    if shards <= 1:
        return [work(0, 1)]
    context = multiprocessing.get_context("fork")
    children = []
    for k in range(1, shards):
        mine, theirs = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(work, k, shards, theirs), daemon=True)
        child.start()
        theirs.close()
        children.append((child, mine))
    try:
        results = [work(0, shards)]
        for _, pipe in children:
            ok, found = pickle.loads(pipe.recv_bytes())
            if not ok:
                raise RuntimeError(f"fact build shard failed:\n{found}")
            results.append(found)
    finally:
        for child, pipe in children:
            pipe.close()
            child.join()
    return results


def _child(work: Callable[[int, int], Any], k: int, shards: int, pipe: Connection) -> None:
    try:
        found = (True, work(k, shards))
    except BaseException:  # reported to the parent, which raises it
        found = (False, traceback.format_exc())
    pipe.send_bytes(pickle.dumps(found, protocol=pickle.HIGHEST_PROTOCOL))
    pipe.close()

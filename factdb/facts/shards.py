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
from dataclasses import fields
from multiprocessing.connection import Connection
from operator import attrgetter
from typing import Any, TypeVar

MIN_ITEMS = 5000  # fewer claims than this are derived and matched in one process
MAX_SHARDS = 4
CHUNK = 2000  # items a child sends at a time


def shard_count(items: int) -> int:
    """How many shards ``items`` claims are split into."""
    if items < MIN_ITEMS or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return max(1, min(cores or 1, MAX_SHARDS))


Lists = tuple[list[Any], ...]
_Class = TypeVar("_Class", bound=type)


def sent_as_fields(cls: _Class) -> _Class:
    """A frozen dataclass whose instances pickle as their fields, given back to its
    constructor: its own state is set back field by field, a few times slower, and shards
    send many."""
    names = [f.name for f in fields(cls)]
    assert len(names) > 1, "attrgetter of one name gives the value, not a tuple"
    state = attrgetter(*names)

    def reduce(self: Any) -> tuple[type, tuple[Any, ...]]:
        return cls, state(self)

    cls.__reduce__ = reduce  # type: ignore[method-assign,assignment]
    return cls


def in_shards(
    work: Callable[[int, int], Lists],
    shards: int,
    hand_over: Callable[[], None] | None = None,
) -> list[Lists]:
    """``work(k, shards)`` (some lists) for each shard ``k``, in order: shard 0 here, the
    others in forked children, which send their lists :data:`CHUNK` items at a time (so the
    pickled results are never all held at once). A child's exception is raised here.
    ``hand_over``: every shard runs in a child, and it is called here once they are all
    started, to free what only they need (the results then come back into that room, not
    between what stays)."""
    if shards <= 1:
        return [work(0, 1)]
    context = multiprocessing.get_context("fork")
    children = []
    for k in range(0 if hand_over else 1, shards):
        mine, theirs = context.Pipe(duplex=False)
        child = context.Process(target=_child, args=(work, k, shards, theirs), daemon=True)
        child.start()
        theirs.close()
        children.append((child, mine))
    try:
        if hand_over:
            hand_over()
        results = [] if hand_over else [work(0, shards)]
        for _, pipe in children:
            results.append(_received(pipe))
    finally:
        for child, pipe in children:
            pipe.close()
            child.join()
    return results


def _received(pipe: Connection) -> Lists:
    lists: list[list[Any]] = []
    while True:
        kind, index, items = pickle.loads(pipe.recv_bytes())
        if kind == "error":
            raise RuntimeError(f"fact build shard failed:\n{items}")
        if kind == "end":
            return tuple(lists)
        while len(lists) <= index:
            lists.append([])
        lists[index].extend(items)


def _child(work: Callable[[int, int], Lists], k: int, shards: int, pipe: Connection) -> None:
    def send(*message: Any) -> None:
        pipe.send_bytes(pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL))

    try:
        found = work(k, shards)
    except BaseException:  # reported to the parent, which raises it
        send("error", 0, traceback.format_exc())
    else:
        for index, items in enumerate(found):
            send("items", index, [])
            for start in range(0, len(items), CHUNK):
                send("items", index, items[start : start + CHUNK])
        send("end", 0, None)
    pipe.close()

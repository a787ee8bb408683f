"""Imported by the server that extraction workers are forked from (see
:data:`factdb.ingest.WORKER_PRELOAD`): extracts one sample paragraph and infers its
date, so that importing the extractor and what it and dateparser set up on their first call
(dateparser's language data, the rules' caches) is paid once, in the server, not again in
every worker.

pint is imported without numpy, which it would otherwise load (a tenth of a second, before the
first file): the extractor's magnitudes are floats, which pint converts the same way without it
(``tests/extract/test_units_without_numpy.py`` compares every unit's conversion).

The garbage collector is off meanwhile (its passes over the growing heap of compiled rules
would add a tenth of the import), and what the server holds is then frozen out of its
passes, as the :mod:`gc` documentation advises before forking: the workers' collections
neither walk nor touch (and so copy) the pages they share with the server."""

from __future__ import annotations

import gc
import sys
from collections.abc import Iterator
from contextlib import contextmanager

from factdb.extract.compiled import kept_patterns
from factdb.ingest.prepare import prepare
from factdb.ingest.reader import decode_source

# Its dates are read both without dateparser and with it ("on Friday", the impossible
# "February 30"), whose first call sets up far more than a later one.
SAMPLE = (
    "Sample\n\nOn June 4, 2024, the company said it had spent $45 million (£35 million) on 3 "
    "plants last year, up 12% from 2023, officials told Reuters. By March, 40 miles of track "
    "were built. On Friday, 5 more opened; the last one was due on February 30.\n"
)


def warm_up() -> None:
    """Import the extractor and run it and reference dating once on :data:`SAMPLE`, its
    patterns compiled from the programs kept from earlier runs."""
    gc.disable()
    try:
        with kept_patterns(), _without_numpy():
            prepare(decode_source("sample.txt", SAMPLE.encode("utf-8")))
    finally:
        gc.freeze()
        gc.enable()


@contextmanager
def _without_numpy() -> Iterator[None]:
    """Meanwhile, ``import numpy`` fails (unless it was imported already)."""
    hidden = "numpy" not in sys.modules
    if hidden:
        sys.modules["numpy"] = None  # type: ignore[assignment]  # what makes an import fail
    try:
        yield
    finally:
        if hidden:
            del sys.modules["numpy"]


warm_up()

"""The progress bar long commands show on stderr (hidden when stderr is not a terminal)."""

from __future__ import annotations

import os

from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    ProgressColumn,
    TextColumn,
    TimeRemainingColumn,
)

# Set to show the bar even when stderr is not a terminal (e.g. under a log collector).
FORCE_ENV = "FACTDB_PROGRESS"


def progress_bar(label: str, *counters: ProgressColumn) -> Progress:
    """A transient bar: ``label``, the bar, ``counters`` (default: done of total), time left,
    and the task's description (the item at hand)."""
    stderr = Console(stderr=True)
    return Progress(
        TextColumn(f"[bold]{label}"),
        BarColumn(),
        *(counters or (MofNCompleteColumn(),)),
        TimeRemainingColumn(),
        TextColumn("{task.description}"),
        console=stderr,
        transient=True,
        disable=not stderr.is_terminal and FORCE_ENV not in os.environ,
    )

"""How claims, reviews and statuses read on screen."""

from __future__ import annotations

from rich.text import Text

from factdb.store.models import Status

STATUS_STYLES = {
    Status.UNREVIEWED.value: "dim",
    Status.VERIFIED.value: "bold green",
    Status.DISPUTED.value: "bold yellow",
    Status.REJECTED.value: "bold red",
}


def status_text(status: str) -> Text:
    """A status, coloured."""
    return Text(status, style=STATUS_STYLES.get(status, ""))

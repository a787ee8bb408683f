"""The always-visible line of claim counts per status, and the last thing saved."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import Static

from tui.format import status_text


class StatusCounts(Static):
    """Counts per status among the claims the filter matches."""

    def show(self, counts: dict[str, int], *, total: int, last_saved: str = "") -> None:
        """Show the counts, the number of claims the table lists and the last save."""
        text = Text()
        for status, n in counts.items():
            text.append_text(status_text(status))
            text.append(f" {n:,}   ")
        text.append(f"│ {total:,} listed", style="bold")
        if last_saved:
            text.append(f"   │ {last_saved}", style="italic")
        self.update(text, layout=False)  # one line, always: no need to lay the screen out

"""The always-visible line of claim counts per status, and the last thing saved."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.widgets import Static

from tui.format import STATUS_CLASSES, status_text


class StatusCounts(Static):
    """Counts per status among the claims the filter matches."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {*STATUS_CLASSES, "counts--saving", "counts--problem"}
    DEFAULT_CSS = """
    StatusCounts > .counts--saving {
        color: $text-warning;
        text-style: bold;
    }
    StatusCounts > .counts--problem {
        color: $text-error;
        text-style: bold;
    }
    """

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._counts: dict[str, int] = {}
        self._total = 0
        self._notes: tuple[str, str, str] = ("", "", "")  # last saved, saving, problem

    def show(
        self,
        counts: dict[str, int],
        *,
        total: int,
        last_saved: str = "",
        saving: str = "",
        problem: str = "",
    ) -> None:
        """Show the counts, the number of claims the table lists, saves still queued, and the
        last save, or instead what failed (until it works again)."""
        self._counts, self._total = counts, total
        self._notes = (last_saved, saving, problem)
        self.refresh(layout=False)  # one line, always: no need to lay the screen out

    def render(self) -> Text:
        # Built on each render, so the colours follow a change of theme.
        last_saved, saving, problem = self._notes
        text = Text()
        for status, n in self._counts.items():
            text.append_text(status_text(status, self))
            text.append(f" {n:,}   ")
        text.append(f"│ {self._total:,} listed", style="bold")
        if saving:
            text.append(f"   │ {saving}", style=self.get_component_rich_style("counts--saving"))
        if problem:
            text.append(f"   │ ⚠ {problem}", style=self.get_component_rich_style("counts--problem"))
        elif last_saved:
            text.append(f"   │ {last_saved}", style="italic")
        return text

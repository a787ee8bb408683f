"""The help screen: every key binding active on the screen below it, with its description."""

from __future__ import annotations

from typing import ClassVar

from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen, Screen
from textual.widgets import DataTable, Label


class HelpScreen(ModalScreen[None]):
    """Lists the key bindings of ``screen`` (including the app's)."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "close", "Close", id="close-help"),
        Binding("question_mark", "close", "Close", id="close-help-again", show=False),
    ]

    def __init__(self, screen: Screen[object]) -> None:
        super().__init__()
        self.rows: list[tuple[str, str]] = []
        seen: set[str] = set()
        for active in screen.active_bindings.values():
            binding = active.binding
            if binding.description and binding.action not in seen:
                seen.add(binding.action)
                self.rows.append((screen.app.get_key_display(binding), binding.description))

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog", id="help"):
            yield Label("Keys", classes="dialog-title")
            table: DataTable[str] = DataTable(cursor_type="none", zebra_stripes=True)
            table.add_columns("key", "action")
            table.add_rows(self.rows)
            yield table
            yield Label("escape: close", classes="dialog-help")

    def action_close(self) -> None:
        self.dismiss(None)

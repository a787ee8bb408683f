"""A one-line text prompt (note, evidence URL, export path) that checks what was typed."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from factdb.errors import FactdbError

Check = Callable[[str], object]  # raises FactdbError for text that cannot be used


class TextPrompt(ModalScreen[str | None]):
    """Asks for one line of text; returns it, or None if cancelled."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(
        self, title: str, *, value: str = "", placeholder: str = "", check: Check | None = None
    ) -> None:
        super().__init__()
        self._title = title
        self._value = value
        self._placeholder = placeholder
        self._check = check

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title")
            yield Input(self._value, placeholder=self._placeholder, id="prompt-input")
            yield Label("", classes="dialog-error")
            yield Label("enter: save   escape: cancel", classes="dialog-help")

    @on(Input.Submitted)
    def _submit(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        if self._check is not None and text:
            try:
                self._check(text)
            except FactdbError as exc:
                self.query_one(".dialog-error", Label).update(str(exc))
                return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)

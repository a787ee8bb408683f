"""A one-line text prompt (note, evidence URL, export path) that checks what was typed."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from factdb.errors import FactdbError

Check = Callable[[str], object]  # raises FactdbError for text that cannot be used
# Saves the text; returns why it was refused (the dialog stays open to retry), or None.
Save = Callable[[str], Awaitable[str | None]]


class TextPrompt(ModalScreen[str | None]):
    """Asks for one line of text; returns it, or None if cancelled. With ``save``, the dialog
    closes only once the text is saved: a refusal (someone else changed the claim) is shown
    in it, with the text as typed, to retry."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [Binding("escape", "cancel", "Cancel", id="cancel")]

    def __init__(
        self,
        title: str,
        *,
        value: str = "",
        placeholder: str = "",
        check: Check | None = None,
        save: Save | None = None,
    ) -> None:
        super().__init__()
        self._title = title
        self._value = value
        self._placeholder = placeholder
        self._check = check
        self._save = save

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            yield Label(self._title, classes="dialog-title")
            yield Input(self._value, placeholder=self._placeholder, id="prompt-input")
            yield Label("", classes="dialog-error")
            yield Label("enter: save   escape: cancel", classes="dialog-help")

    @on(Input.Submitted)
    async def _submit(self, event: Input.Submitted) -> None:
        text = event.value.strip()
        error = self.query_one(".dialog-error", Label)
        if self._check is not None and text:
            try:
                self._check(text)
            except FactdbError as exc:
                error.update(str(exc))
                return
        if self._save is not None:
            error.update("saving…")
            refused = await self._save(text)
            if refused is not None:
                error.update(f"{refused}\nenter: save again over it   escape: cancel")
                return
        self.dismiss(text)

    def action_cancel(self) -> None:
        self.dismiss(None)

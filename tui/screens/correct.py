"""The correction form: value, upper value, unit and noun, checked before anything is saved."""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import ClassVar

from textual import on
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.containers import Grid, Vertical
from textual.screen import ModalScreen
from textual.widgets import Input, Label

from factdb.claims.description import number_text
from factdb.claims.review import Correction, effective, validate_correction
from factdb.claims.validation import normalize_unit, parse_value
from factdb.errors import FactdbError
from factdb.store.models import Claim

# Saves the correction; returns why it was refused (the form stays open to retry), or None.
Save = Callable[[Correction], Awaitable[str | None]]
FIELDS = (("value", "value"), ("value_max", "up to"), ("unit", "unit"), ("noun", "noun"))


class CorrectScreen(ModalScreen[Correction | None]):
    """Edit a claim's value, range, unit and noun; returns what changed, or None. With
    ``save``, the form closes only once the correction is saved: a refusal (someone else
    changed the claim) is shown in it, with every field as typed, to retry."""

    CSS_PATH = "modal.tcss"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("escape", "cancel", "Cancel", id="cancel"),
        Binding("ctrl+s", "save", "Save", id="save"),
    ]

    def __init__(self, claim: Claim, *, save: Save | None = None) -> None:
        super().__init__()
        self._claim = claim
        self._save = save
        self._initial = {name: _as_text(effective(claim, name)) for name, _ in FIELDS}

    def compose(self) -> ComposeResult:
        with Vertical(classes="dialog"):
            title = f"Correct claim {self._claim.id}: {self._claim.quote}"
            yield Label(title, classes="dialog-title")
            with Grid(id="correct-grid"):
                for name, label in FIELDS:
                    yield Label(label)
                    yield Input(self._initial[name], id=f"correct-{name}")
            yield Label("", classes="dialog-error")
            yield Label("enter: save   escape: cancel", classes="dialog-help")

    @on(Input.Submitted)
    async def action_save(self) -> None:
        error = self.query_one(".dialog-error", Label)
        try:
            correction = self.correction()
        except FactdbError as exc:
            error.update(str(exc))
            return
        if not correction.changes():
            self.dismiss(None)
            return
        if self._save is not None:
            error.update("saving…")
            refused = await self._save(correction)
            if refused is not None:
                error.update(f"{refused}\nenter: save again over it   escape: cancel")
                return
        self.dismiss(correction)

    def correction(self) -> Correction:
        """The fields the reviewer changed, checked; ValidationError names what is wrong."""
        changed = {}
        for name, _label in FIELDS:
            text = self.query_one(f"#correct-{name}", Input).value.strip()
            if text != self._initial[name]:
                changed[name] = text
        correction = Correction(
            value=parse_value(changed["value"]) if "value" in changed else None,
            value_max=parse_value(changed["value_max"], what="upper value")
            if "value_max" in changed
            else None,
            unit=normalize_unit(changed["unit"]) if "unit" in changed else None,
            noun=changed.get("noun") or None,
        )
        return validate_correction(correction)

    def action_cancel(self) -> None:
        self.dismiss(None)


def _as_text(value: object) -> str:
    if value is None:
        return ""
    return number_text(value) if isinstance(value, float | int) else str(value)

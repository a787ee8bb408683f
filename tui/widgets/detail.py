"""The detail pane: a claim highlighted in its sentence and paragraph, its citation, what the
rules made of it, its equivalents and its review history."""

from __future__ import annotations

from typing import ClassVar

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from factdb.claims.description import (
    citation_fields,
    claim_fields,
    claim_headline,
    review_summary,
)
from factdb.claims.queries import ClaimContext
from tui.format import STATUS_CLASSES, status_text


class DetailPane(VerticalScroll):
    """Everything a reviewer reads beside the selected claim."""

    claim_id: int | None = None  # the claim shown

    def compose(self) -> ComposeResult:
        yield ClaimDetail(id="detail-text")

    def show(self, context: ClaimContext | None) -> None:
        """Show a claim in its context, or nothing."""
        self.claim_id = context.claim.id if context else None
        self.query_one(ClaimDetail).show(context)


class ClaimDetail(Static):
    """The text of the detail pane, built on each render so its colours follow the theme."""

    COMPONENT_CLASSES: ClassVar[set[str]] = {"detail--label", *STATUS_CLASSES}
    DEFAULT_CSS = """
    ClaimDetail > .detail--label {
        color: $text-accent;
        text-style: bold;
    }
    """
    context: ClaimContext | None = None

    def show(self, context: ClaimContext | None) -> None:
        """Show a claim in its context, or nothing."""
        self.context = context
        self.refresh(layout=True)

    def render(self) -> Text:
        if self.context is None:
            return Text("no claim selected")
        return self.render_context(self.context)

    def render_context(self, ctx: ClaimContext) -> Text:
        """The detail pane's text for one claim."""
        text = Text(claim_headline(ctx.claim) + "\n", style="bold")
        for label, value in citation_fields(ctx):
            self._field(text, label, Text(value))
        text.append("\n")
        text.append_text(_paragraph(ctx))
        text.append("\n\n")
        for label, value in claim_fields(ctx):
            shown = status_text(ctx.claim.status, self) if label == "status" else Text()
            shown.append(value[len(ctx.claim.status) :] if label == "status" else value)
            self._field(text, label, shown)
        text.append("\nhistory\n", style="bold underline")
        if not ctx.history:
            text.append("no reviews yet\n")
        for review in reversed(ctx.history):
            text.append(f"{review.created_at:%Y-%m-%d %H:%M:%S}  {review.reviewer}  ")
            text.append(f"[{review.action}] {review_summary(review)}\n")
        return text

    def _field(self, text: Text, label: str, value: Text) -> None:
        text.append(
            f"{label:<13}", style=self.get_component_rich_style("detail--label", partial=True)
        )
        text.append_text(value)
        text.append("\n")


def _paragraph(ctx: ClaimContext) -> Text:
    """The paragraph (or the window of it shown) with the claim's sentence underlined and its
    quote reversed."""
    c = ctx.claim
    base = ctx.paragraph_start
    para = Text("…" if ctx.clipped_before else "")
    shift = len(para) - base  # from an offset in the source to one in ``para``
    para.append(ctx.paragraph)
    para.append("…" if ctx.clipped_after else "")
    para.stylize("underline", max(c.sentence_start + shift, 0), c.sentence_end + shift)
    para.stylize("reverse bold", c.start + shift, c.end + shift)
    return para

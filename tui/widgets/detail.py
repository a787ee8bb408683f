"""The detail pane: a claim highlighted in its sentence and paragraph, its citation, what the
rules made of it, its equivalents and its review history."""

from __future__ import annotations

from rich.text import Text
from textual.app import ComposeResult
from textual.containers import VerticalScroll
from textual.widgets import Static

from factdb.claims.description import number_text, review_summary, value_text
from factdb.claims.queries import ClaimContext
from factdb.claims.review import CORRECTED_FIELDS, effective
from tui.format import status_text


class DetailPane(VerticalScroll):
    """Everything a reviewer reads beside the selected claim."""

    claim_id: int | None = None  # the claim shown

    def compose(self) -> ComposeResult:
        yield Static(id="detail-text")

    def show(self, context: ClaimContext | None) -> None:
        """Show a claim in its context, or nothing."""
        self.claim_id = context.claim.id if context else None
        body = self.query_one("#detail-text", Static)
        body.update(render_context(context) if context else Text("no claim selected", "dim"))


def render_context(ctx: ClaimContext) -> Text:
    """The detail pane's text for one claim."""
    c = ctx.claim
    text = Text()
    text.append(f"claim {c.id}  ", style="bold")
    text.append(value_text(c), style="bold")
    text.append(f"  ({c.kind}, {c.qualifier})  ")
    text.append_text(status_text(c.status))
    if c.reviewed_by:
        text.append(f" by {c.reviewed_by}", style="dim")
    text.append("\n")
    _field(text, "article", f"{ctx.article.ordinal}: {ctx.article.title}")
    _field(text, "source", f"{ctx.source.path} [{c.start}:{c.end}]")
    text.append("\n")
    text.append_text(_paragraph(ctx))
    text.append("\n\n")
    normalized = (
        f"{number_text(c.normalized_value)} {c.normalized_unit or ''}".strip()
        if c.normalized_value is not None
        else ""
    )
    corrections = [
        f"{name} {getattr(c, name)!s} → {effective(c, name)!s}"
        for name in CORRECTED_FIELDS
        if getattr(c, f"corrected_{name}") is not None
    ]
    fields = {
        "noun": effective(c, "noun") + (" (carried over)" if c.noun_implied else ""),
        "corrected": "; ".join(corrections),
        "normalised": normalized,
        "date": f"{c.date or 'not resolved'} (from {c.date_text!r})"
        if c.date_text
        else (c.date or ""),
        "speaker": c.speaker,
        "cited outlet": c.cited_outlet,
        "rule": f"{c.rule} (extractor {c.extractor_version})",
        "note": c.note,
        "evidence": c.evidence_url,
    }
    for name, value in fields.items():
        if value:
            _field(text, name, value)
    for eq in ctx.equivalents:
        _field(text, "equivalent", f"claim {eq.id}: {eq.quote} = {value_text(eq)}")
    text.append("\nhistory\n", style="bold underline")
    if not ctx.history:
        text.append("no reviews yet\n", style="dim")
    for review in reversed(ctx.history):
        text.append(f"{review.created_at:%Y-%m-%d %H:%M:%S}  ", style="dim")
        text.append(f"{review.reviewer}  [{review.action}] ")
        text.append(review_summary(review) + "\n")
    return text


def _field(text: Text, name: str, value: str) -> None:
    text.append(f"{name:<13}", style="bold cyan")
    text.append(value + "\n")


def _paragraph(ctx: ClaimContext) -> Text:
    """The paragraph with the claim's sentence underlined and its quote reversed."""
    c = ctx.claim
    para = Text(ctx.paragraph)
    base = ctx.paragraph_start
    para.stylize("underline", c.sentence_start - base, c.sentence_end - base)
    para.stylize("reverse bold", c.start - base, c.end - base)
    return para

"""How claims and reviews read as plain text, for the CLI and the review app alike."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rich.markup import escape

from factdb.export.cells import number_cell
from factdb.models import Claim, Fact, Review
from factdb.review import CORRECTED_FIELDS, effective

if TYPE_CHECKING:
    from factdb.facts.checks import FactChecks
    from factdb.facts.overrides import Undone


def value_text(claim: Claim) -> str:
    """The claim's value (or range) and unit as the reviewer left them: "2.3–2.5 USD"."""
    value = number_cell(effective(claim, "value"))
    value_max = effective(claim, "value_max")
    if value_max is not None:
        value += "–" + number_cell(value_max)
    unit = effective(claim, "unit")
    return f"{value} {unit}" if unit else value


def review_summary(review: Review) -> str:
    """What one review changed: "unreviewed → verified; note: 'checked'"."""
    changes = [
        f"{review.old_status} → {review.status}"
        if review.old_status != review.status
        else review.status
    ]
    for name in CORRECTED_FIELDS:
        old, new = getattr(review, f"old_corrected_{name}"), getattr(review, f"corrected_{name}")
        if old != new:
            changes.append(f"{name}: {'—' if old is None else old} → {'—' if new is None else new}")
    if review.note != review.old_note:
        changes.append(f"note: {review.note!r}")
    if review.evidence_url != review.old_evidence_url:
        changes.append(f"evidence: {review.evidence_url or '—'}")
    return "; ".join(changes)


def fact_dates(fact: Fact) -> str:
    """The dates a fact's claims are for: "2023 → 2024", one date, or ""."""
    if fact.first_date == fact.last_date:
        return fact.first_date or ""
    return f"{fact.first_date} → {fact.last_date}"


def check_lines(checks: FactChecks) -> list[str]:
    """A fact's checks in words (Rich markup): consistent, or each conflict and stale rate,
    then the notes."""
    lines = []
    if not checks.findings:
        lines.append("[green]consistent[/]: every statement for the same period agrees")
    for finding in checks.findings:
        label = "conflict" if finding.check == "values" else "stale rate"
        lines.append(f"[red]{label}[/]: {escape(finding.message)}")
    lines.extend(f"[dim]{escape(note)}[/]" for note in checks.notes)
    return lines


def timeline_lines(checks: FactChecks) -> list[str]:
    """A fact's timeline (Rich markup), a line per period: its quotes and the change."""
    lines = []
    for p in checks.timeline:
        change = f"  ({p.change:+.0%})" if p.change is not None else ""
        quotes = ", ".join(f"“{c.statement.quote}”" for c in p.items)
        lines.append(f"  {p.date}  {escape(quotes)}{change}")
    return lines


def undone_text(undone: Undone) -> str:
    """What an undo took back, in words: "undid override 3: rename to 'X'; see fact 12"."""
    o = undone.override
    what = {
        "merge": f"merge of {o.fact_key!r} into {o.target_key!r}",
        "rename": f"rename to {o.name!r}",
    }.get(o.action, "split of a claim")
    see = f"; see fact {undone.fact_id}" if undone.fact_id is not None else ""
    return f"undid override {o.id}: {what}{see}"

"""How claims, reviews and statuses read on screen."""

from __future__ import annotations

from rich.text import Text

from factdb.export.cells import number_cell
from factdb.models import Claim, Review, Status
from factdb.review import effective

STATUS_STYLES = {
    Status.UNREVIEWED.value: "dim",
    Status.VERIFIED.value: "bold green",
    Status.DISPUTED.value: "bold yellow",
    Status.REJECTED.value: "bold red",
}
CORRECTED_FIELDS = ("value", "value_max", "unit", "noun")


def status_text(status: str) -> Text:
    """A status, coloured."""
    return Text(status, style=STATUS_STYLES.get(status, ""))


def value_text(claim: Claim) -> str:
    """The claim's value (or range) and unit as the reviewer left them: "2.3–2.5 billion USD"."""
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

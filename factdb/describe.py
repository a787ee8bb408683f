"""How claims and reviews read as plain text, for the CLI and the review app alike."""

from __future__ import annotations

from factdb.export.cells import number_cell
from factdb.models import Claim, Review
from factdb.review import CORRECTED_FIELDS, effective


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

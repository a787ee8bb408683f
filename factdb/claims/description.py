"""How claims, reviews and numbers read as plain text, for the CLI, the review app and the
exports alike."""

from __future__ import annotations

import math
from decimal import Decimal

from factdb.claims.review import CORRECTED_FIELDS, effective
from factdb.store.models import Claim, Review


def value_text(claim: Claim) -> str:
    """The claim's value (or range) and unit as the reviewer left them: "2.3–2.5 USD"."""
    value = number_text(effective(claim, "value"))
    value_max = effective(claim, "value_max")
    if value_max is not None:
        value += "–" + number_text(value_max)
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


def number_text(value: float | int | None) -> str:
    """A plain number in its shortest exact form: integers without a decimal point, no
    exponent, empty if unknown (40 miles in metres is "64373.76", not "64373.760000000002")."""
    if value is None or (isinstance(value, float) and not math.isfinite(value)):
        return ""
    if isinstance(value, bool):
        return str(int(value))
    if float(value).is_integer() and abs(value) < 1e18:
        return str(int(value))
    # repr is the shortest text that reads back as the same float; Decimal spells out its
    # exponent ("1e-07" → "0.0000001").
    return format(Decimal(repr(float(value))), "f")

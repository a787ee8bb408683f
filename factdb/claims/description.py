"""How claims, reviews and numbers read as plain text, for the CLI, the review app and the
exports alike."""

from __future__ import annotations

import math
from decimal import Decimal
from typing import TYPE_CHECKING

from factdb.claims.fields import CORRECTED_FIELDS, effective, effective_normalized

if TYPE_CHECKING:
    from factdb.claims.queries import ClaimContext
    from factdb.store.models import Claim, Review


def value_text(claim: object) -> str:
    """The claim's value (or range) and unit as the reviewer left them: "2.3–2.5 USD"."""
    value = number_text(effective(claim, "value"))
    value_max = effective(claim, "value_max")
    if value_max is not None:
        value += "–" + number_text(value_max)
    unit = effective(claim, "unit")
    return f"{value} {unit}" if unit else value


def claim_headline(claim: Claim) -> str:
    """The claim in one line: "claim 12  2.3–2.5 USD  (money, ~)"."""
    return f"claim {claim.id}  {value_text(claim)}  ({claim.kind}, {claim.qualifier})"


def citation_fields(ctx: ClaimContext) -> list[tuple[str, str]]:
    """Where the claim was read: its article (by id, as ``--article`` takes it), its
    source with the claim's character offsets (and page, in a PDF), and the link that opens
    the source at the quote (a web page's, a PDF's; a text file's path says it all)."""
    c = ctx.claim
    page = f", page {ctx.citation.page}" if ctx.citation.page else ""
    fields = [
        ("article", f"{ctx.article.id}: {ctx.article.title}"),
        ("source", f"{ctx.source.path} [{c.start}:{c.end}]{page}"),
    ]
    return [*fields, ("link", ctx.citation.link)] if ctx.citation.exact else fields


def claim_fields(ctx: ClaimContext) -> list[tuple[str, str]]:
    """What the rules made of the claim and what reviewers said, as (label, value) pairs in
    the order `factdb show` and the review app list them; fields without a value are left
    out."""
    c = ctx.claim
    norm_value, norm_unit = effective_normalized(c)
    corrections = [
        f"{name} {_text(getattr(c, name))} → {_text(effective(c, name))}"
        for name in CORRECTED_FIELDS
        if getattr(c, f"corrected_{name}") is not None
    ]
    date = f"{c.date or 'not resolved'} (from {c.date_text!r})" if c.date_text else c.date
    fields = [
        ("status", c.status + (f" by {c.reviewed_by}" if c.reviewed_by else "")),
        ("noun", effective(c, "noun") + (" (carried over)" if c.noun_implied else "")),
        ("corrected", "; ".join(corrections)),
        ("normalised", f"{number_text(norm_value)} {norm_unit or ''}".strip()),
        ("date", date or ""),
        ("speaker", c.speaker or ""),
        ("cited outlet", c.cited_outlet or ""),
        ("rule", f"{c.rule} (extractor {c.extractor_version})"),
        ("note", c.note),
        ("evidence", c.evidence_url),
    ]
    fields += [
        ("equivalent", f"claim {e.id}: {e.quote} = {value_text(e)}") for e in ctx.equivalents
    ]
    return [(label, value) for label, value in fields if value]


def _text(value: object) -> str:
    """A field's value as shown: numbers in their shortest exact form, nothing as "—"."""
    if value is None or value == "":
        return "—"
    return number_text(value) if isinstance(value, float | int) else str(value)


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
            changes.append(f"{name}: {_text(old)} → {_text(new)}")
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

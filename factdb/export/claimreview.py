"""schema.org ClaimReview JSON-LD for reviewed claims (https://schema.org/ClaimReview).

One JSON-LD document: ``{"@context": "https://schema.org", "@graph": [ClaimReview, ...]}``.
Each ClaimReview carries the claim's sentence (``claimReviewed``), where it appeared
(``itemReviewed``: a Claim whose ``appearance`` is the source's URL, or its file URI, with the
article's date), our status as the rating's ``alternateName``, the reviewer as ``author`` and
the review date as ``datePublished``; the quantity fields (value, unit, qualifier, noun...)
follow as ``additionalProperty`` PropertyValue items. Unreviewed claims are left out.
"""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from factdb.claims.queries import ClaimFilter, list_sources
from factdb.claims.review import effective
from factdb.export.cells import short_title
from factdb.export.claims_csv import claim_pages
from factdb.export.files import atomic_text_file
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source, Status

CONTEXT = "https://schema.org"


def _property(name: str, value: Any) -> dict[str, Any]:
    return {"@type": "PropertyValue", "name": name, "value": value}


def _quantity(claim: Claim) -> list[dict[str, Any]]:
    fields = {
        "value": effective(claim, "value"),
        "value_max": effective(claim, "value_max"),
        "unit": effective(claim, "unit"),
        "qualifier": claim.qualifier,
        "noun": effective(claim, "noun"),
        "kind": claim.kind,
        "date": claim.date,
        "normalized_value": claim.normalized_value,
        "normalized_unit": claim.normalized_unit,
        "quote": claim.quote,
    }
    return [_property(name, value) for name, value in fields.items() if value not in (None, "")]


def _appearance(source: Source, published: date | None) -> dict[str, Any]:
    appearance: dict[str, Any] = {
        "@type": "CreativeWork",
        "url": source.url or Path(source.location or source.path).absolute().as_uri(),
    }
    if source.title:
        appearance["headline"] = short_title(source.title)
    if source.outlet:
        appearance["publisher"] = {"@type": "Organization", "name": source.outlet}
    if published:
        appearance["datePublished"] = published.isoformat()
    return appearance


def claim_review(claim: Claim, source: Source, published: date | None) -> dict[str, Any]:
    """The ClaimReview object of one reviewed claim, whose article was published on
    ``published``; reviewer corrections win over the extracted quantity fields."""
    item: dict[str, Any] = {"@type": "Claim", "appearance": _appearance(source, published)}
    if published:
        item["datePublished"] = published.isoformat()
    if claim.speaker:
        item["author"] = {"@type": "Person", "name": claim.speaker}
    rating: dict[str, Any] = {"@type": "Rating", "alternateName": claim.status}
    if claim.note:
        rating["ratingExplanation"] = claim.note
    review: dict[str, Any] = {
        "@type": "ClaimReview",
        "identifier": f"factdb:claim:{claim.fingerprint}",
        "claimReviewed": claim.sentence,
        "itemReviewed": item,
        "reviewRating": rating,
        "author": {"@type": "Person", "name": claim.reviewed_by or "unknown"},
        "additionalProperty": _quantity(claim),
    }
    if claim.reviewed_at:
        review["datePublished"] = claim.reviewed_at.date().isoformat()
    if claim.evidence_url:
        review["citation"] = claim.evidence_url
    return review


def export_claimreview(
    db: Database,
    path: str | os.PathLike[str],
    filters: ClaimFilter = ClaimFilter(),  # noqa: B008
) -> int:
    """Write the ClaimReview JSON-LD of every reviewed claim matching ``filters`` to ``path``
    atomically; returns how many reviews it wrote."""
    sources = {s.id: s for s in list_sources(db)}
    with db.session() as session:
        published = dict(session.execute(select(col(Article.id), col(Article.published))).all())
    written = 0
    with atomic_text_file(path) as handle:
        handle.write(f'{{"@context": "{CONTEXT}", "@graph": [')
        for claim in (row.claim for page in claim_pages(db, filters) for row in page):
            if claim.status == Status.UNREVIEWED.value:
                continue
            review = claim_review(claim, sources[claim.source_id], published[claim.article_id])
            handle.write(("," if written else "") + "\n  " + json.dumps(review, ensure_ascii=False))
            written += 1
        handle.write("\n]}\n")
    return written

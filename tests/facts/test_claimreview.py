"""The ClaimReview export: valid JSON-LD of the schema.org shape, reviewed claims only."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from urllib.parse import unquote

import pytest
from sqlalchemy import select

from factdb.claims.queries import ClaimFilter
from factdb.claims.review import Correction, review_claim
from factdb.export import EXPORTERS
from factdb.store.database import Database
from factdb.store.models import Claim


def _claim(db: Database, quote: str) -> Claim:
    with db.session() as session:
        return session.scalars(select(Claim).where(Claim.quote == quote)).one()


def _is_iso_date(text: str) -> bool:
    return date.fromisoformat(text).isoformat() == text


def _check_shape(review: dict) -> None:
    """The ClaimReview shape (schema.org, and what fact-check readers require)."""
    assert review["@type"] == "ClaimReview"
    assert isinstance(review["claimReviewed"], str) and review["claimReviewed"]
    assert _is_iso_date(review["datePublished"])
    assert review["author"]["@type"] == "Person" and review["author"]["name"]
    item = review["itemReviewed"]
    assert item["@type"] == "Claim"
    appearance = item["appearance"]
    assert appearance["@type"] == "CreativeWork"
    assert appearance["url"].startswith(("https://", "file:///"))
    if "datePublished" in appearance:
        assert _is_iso_date(appearance["datePublished"])
    rating = review["reviewRating"]
    assert rating["@type"] == "Rating" and rating["alternateName"] in {
        "verified",
        "disputed",
        "rejected",
    }
    for prop in review["additionalProperty"]:
        assert prop["@type"] == "PropertyValue" and set(prop) == {"@type", "name", "value"}


def test_reviewed_claims_only_with_their_citation(corpus_db: Database, tmp_path: Path) -> None:
    disputed = _claim(corpus_db, "25,000")
    verified = _claim(corpus_db, "21,000")
    review_claim(
        corpus_db, disputed.id, status="disputed", note="ministry says 21,000", reviewer="ana"
    )
    review_claim(
        corpus_db, verified.id, status="verified", correction=Correction(value=21000), reviewer="bo"
    )
    out = tmp_path / "reviews.jsonld"
    assert EXPORTERS["claimreview"](corpus_db, out, ClaimFilter()) == 2
    document = json.loads(out.read_text(encoding="utf-8"))
    assert document["@context"] == "https://schema.org"
    reviews = document["@graph"]
    for review in reviews:
        _check_shape(review)
    by_status = {r["reviewRating"]["alternateName"]: r for r in reviews}
    assert set(by_status) == {"disputed", "verified"}
    daily = by_status["disputed"]
    assert daily["claimReviewed"] == disputed.sentence
    # the page opened at the quote (a text file with a sidecar URL is a copy of its page)
    link = daily["itemReviewed"]["appearance"]["url"]
    assert link.startswith("https://daily.example/hydrogen-trucks#:~:text=")
    assert "25,000" in unquote(link)
    assert daily["itemReviewed"]["appearance"]["datePublished"] == "2024-08-02"
    assert daily["reviewRating"]["ratingExplanation"] == "ministry says 21,000"
    assert daily["author"]["name"] == "ana"
    props = {p["name"]: p["value"] for p in daily["additionalProperty"]}
    assert props["value"] == 25000 and props["noun"] == "hydrogen vehicles"
    assert props["qualifier"] == "="
    seed = by_status["verified"]["itemReviewed"]["appearance"]["url"]
    assert seed.startswith("file:///") and seed.endswith("china_report_2024.txt")


def test_no_reviews_writes_an_empty_graph(corpus_db: Database, tmp_path: Path) -> None:
    out = tmp_path / "reviews.jsonld"
    assert EXPORTERS["claimreview"](corpus_db, out, ClaimFilter()) == 0
    assert json.loads(out.read_text(encoding="utf-8"))["@graph"] == []


def test_unwritable_target_leaves_nothing(corpus_db: Database, tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        EXPORTERS["claimreview"](corpus_db, tmp_path / "missing" / "r.jsonld", ClaimFilter())
    assert all(p.name.startswith("factdb.sqlite") for p in tmp_path.iterdir())

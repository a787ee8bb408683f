"""Facts, conflicts and the ones correctly not flagged, on the sample corpus plus test articles.

The test articles (``corpus/``) restate the sample's figures: China's hydrogen vehicles
"over 20,000" (agrees with the sample's "about 21,000"), "25,000" on the same date (does not),
"10,000" at the end of 2021 (a change over time); the US's "about 18,000" (agrees with
"over 18,000"); and two currency conversions, one at the corpus's usual rate, one far off it.
"""

from __future__ import annotations

from sqlalchemy import select

from factdb.facts.checks import RATE, VALUES
from factdb.facts.listing import fact_detail, fact_of_claim, list_facts, rate_findings
from factdb.store.database import Database
from factdb.store.models import Claim, Fact, Source


def _fact(db: Database, search: str, subject: str) -> Fact:
    (fact,) = [f for f in list_facts(db, search=search) if f.subject == subject]
    return fact


def _claim_id(db: Database, quote: str, source: str = "") -> int:
    with db.session() as session:
        return session.scalars(
            select(Claim.id)
            .join(Source, Source.id == Claim.source_id)
            .where(Claim.quote == quote, Source.path.contains(source))
        ).one()


def test_restatements_across_sources_form_one_fact(corpus_db: Database) -> None:
    fact = _fact(corpus_db, "hydrogen vehicle", "China")
    detail = fact_detail(corpus_db, fact.id)
    quotes = sorted(m.claim.quote for m in detail.members)
    assert quotes == ["10,000", "20,000", "21,000", "25,000"]
    assert fact.sources == 4
    assert fact.noun == "hydrogen vehicle" and fact.dimension == "count"


def test_hyphen_and_plural_variants_fold_together(corpus_db: Database) -> None:
    # "hydrogen-powered vehicles" (sample) and "hydrogen-powered vehicles" (test, US) join
    # the fact whose key says "hydrogen vehicle".
    fact = _fact(corpus_db, "hydrogen vehicle", "United States")
    assert fact.key == "hydrogen vehicle|count|United States"
    assert sorted(m.claim.quote for m in fact_detail(corpus_db, fact.id).members) == [
        "18,000",
        "18,000",
    ]


def test_same_date_disagreement_is_flagged(corpus_db: Database) -> None:
    detail = fact_detail(corpus_db, _fact(corpus_db, "hydrogen vehicle", "China").id)
    values = [f for f in detail.checks.findings if f.check == VALUES]
    assert len(values) == 1
    by_id = {m.claim.id: m.claim.quote for m in detail.members}
    assert sorted(by_id[i] for i in values[0].claim_ids) == ["21,000", "25,000"]
    assert "cannot both be right" in values[0].message
    assert "2024-08-02" in values[0].message


def test_consistent_restatements_are_not_flagged(corpus_db: Database) -> None:
    china = fact_detail(corpus_db, _fact(corpus_db, "hydrogen vehicle", "China").id)
    flagged = {i for f in china.checks.findings for i in f.claim_ids}
    # "over 20,000" agrees with "about 21,000"; "10,000" is from another period.
    assert _claim_id(corpus_db, "20,000") not in flagged
    assert _claim_id(corpus_db, "10,000") not in flagged
    us = _fact(corpus_db, "hydrogen vehicle", "United States")
    assert us.conflicts == 0  # "over 18,000" and "about 18,000"


def test_change_over_time_is_a_timeline_not_a_conflict(corpus_db: Database) -> None:
    detail = fact_detail(corpus_db, _fact(corpus_db, "hydrogen vehicle", "China").id)
    # "At the end of 2021" is the archive figure's own date (its last month), not its
    # article's (2022-01-15).
    assert [p.date for p in detail.checks.timeline] == ["2021-12", "2024-08-02"]
    assert detail.checks.timeline[1].change is not None and detail.checks.timeline[1].change > 0


def test_only_the_off_rate_conversion_is_flagged(corpus_db: Database) -> None:
    findings = rate_findings(corpus_db)
    assert len(findings) == 1
    (finding,) = findings
    assert finding.check == RATE
    assert set(finding.claim_ids) == {
        _claim_id(corpus_db, "$2 million"),
        _claim_id(corpus_db, "10 million yuan"),
    }
    assert "CNY" in finding.message and "more than 10%" in finding.message


def test_conflicting_facts_list_first(corpus_db: Database) -> None:
    facts = list_facts(corpus_db)
    conflicting = [f for f in facts if f.conflicts]
    assert conflicting and facts[: len(conflicting)] == conflicting
    assert [f.key for f in list_facts(corpus_db, conflicts_only=True)] == [
        f.key for f in conflicting
    ]


def test_a_claim_jumps_to_its_fact_and_a_conversion_to_its_claims(corpus_db: Database) -> None:
    china = _fact(corpus_db, "hydrogen vehicle", "China")
    assert fact_of_claim(corpus_db, _claim_id(corpus_db, "25,000")).id == china.id
    price = fact_of_claim(corpus_db, _claim_id(corpus_db, "298 yuan"))
    assert price is not None
    assert fact_of_claim(corpus_db, _claim_id(corpus_db, "$40")).id == price.id
    # A figure with no counted noun has a fact of its own, named by its quote, that a
    # restatement elsewhere may join.
    with corpus_db.session() as session:
        bare = session.scalars(
            select(Claim).where(Claim.noun == "", Claim.equivalent_id.is_(None))
        ).first()
    assert bare is not None and bare.id is not None
    fact = fact_of_claim(corpus_db, bare.id)
    assert fact is not None and fact.key.startswith("figure:")
    assert f"“{bare.quote}”" in fact.name


def test_an_article_dated_to_the_year_dates_its_undated_figures_to_the_year(
    corpus_db: Database,
) -> None:
    # The CRISPR article's date is inferred to the year ("2024"), stored as 2024-01-01.
    fact = fact_of_claim(corpus_db, _claim_id(corpus_db, "seven years"))
    assert fact is not None
    assert (fact.first_date, fact.last_date) == ("2024", "2024")
    detail = fact_detail(corpus_db, fact.id or 0)
    assert {m.statement.date for m in detail.members} == {"2024"}

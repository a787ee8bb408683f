"""The follow-up scorer on a small fixture of its own (``followups/``): the issue's Gogoro
case ("9,000 battery-swap stations in Taiwan" against the sample's "12,500 stations around the
island") is grouped and flagged, a restatement is grouped and not flagged, and look-alikes (a
rival's kiosks, Japan's vehicles) stay apart; `factdb fact` says why in words."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner
from seeded import SEEDS, build

from factdb.cli import app
from factdb.facts.listing import fact_of_claim
from factdb.store.database import Database

from .score_followups import Score, _claim_at, nth_occurrence, score_database

FIXTURE = Path(__file__).resolve().parent / "followups"


@pytest.fixture(scope="module")
def followup_url(tmp_path_factory: pytest.TempPathFactory) -> str:
    path = build(tmp_path_factory.mktemp("followups") / "f.sqlite", [SEEDS, FIXTURE])
    return f"sqlite:///{path}"


@pytest.fixture(scope="module")
def scored(followup_url: str) -> Score:
    db = Database(followup_url)
    try:
        return score_database(db, FIXTURE)
    finally:
        db.dispose()


def test_the_four_figures(scored: Score) -> None:
    assert scored.grouped == (3, 3)
    assert scored.apart == (2, 2)
    assert scored.flagged == (1, 1)
    assert scored.false_conflicts == (0, 2)


def test_gogoro_is_grouped_and_flagged(scored: Score) -> None:
    (gogoro,) = [o for o in scored.outcomes if o.link.quote == "9,000"]
    assert gogoro.grouped and gogoro.flagged
    (kymco,) = [o for o in scored.outcomes if o.link.quote == "3,000"]
    assert not kymco.grouped


def test_fact_explains_why_each_claim_is_there(followup_url: str, scored: Score) -> None:
    (gogoro,) = [o.link for o in scored.outcomes if o.link.quote == "9,000"]
    db = Database(followup_url)
    try:
        fact = fact_of_claim(db, gogoro.claim_id or 0)
    finally:
        db.dispose()
    assert fact is not None
    result = CliRunner().invoke(app, ["fact", str(fact.id), "--db", followup_url])
    assert result.exit_code == 0, result.output
    assert "why each claim is here" in result.output
    assert "what:" in result.output and "whom:" in result.output
    assert "cannot both be right" in result.output


def test_a_link_that_cannot_be_placed_is_one_line(tmp_path: Path, followup_url: str) -> None:
    (tmp_path / "links.jsonl").write_text(
        '{"file": "nowhere.txt", "quote": "1", "occurrence": 1, "seed_quote": "1", '
        '"seed_occurrence": 1, "seed_context": "x", "label": "same"}\n'
    )
    db = Database(followup_url)
    try:
        with pytest.raises(SystemExit, match=r"links.jsonl:1: cannot place the link"):
            score_database(db, tmp_path)
    finally:
        db.dispose()


def test_a_labelled_number_is_counted_apart_from_the_digits_of_a_longer_one() -> None:
    context = "one businessman earned 870,000 RMB (about $120,000) through one batch of 12 cars"
    text = f"Intro. {context}. Later, 12 more."
    at = text.index(context)
    end = at + len(context)
    assert text[nth_occurrence(text, "12", 1, at, end) :].startswith("12 cars")
    # A labeller who counted the digits inside "$120,000" is read the same way.
    assert text[nth_occurrence(text, "12", 2, at, end) :].startswith("12 cars")
    with pytest.raises(ValueError):
        nth_occurrence(text, "12", 3, at, end)


def test_a_quote_of_two_figures_stands_for_its_first_on_either_side_of_a_link() -> None:
    # "12 inches by 14 inches" and "30 by 36 centimetres": claims (id, start, end)
    assert _claim_at([(1, 0, 9), (2, 13, 22)], 0, 22) == 1
    assert _claim_at([(3, 0, 2), (4, 6, 20)], 0, 20) == 3
    # one claim inside a longer quote, or a quote inside a claim: the one overlapping most
    assert _claim_at([(5, 0, 2), (6, 30, 40)], 0, 9) == 5
    assert _claim_at([(7, 0, 20)], 6, 9) == 7


def test_a_conflict_with_a_seeds_conversion_is_flagged_as_one_with_its_claim(
    tmp_path: Path,
) -> None:
    # "$2.3 billion" in "17 billion RMB ($2.3 billion)" is not compared itself: its claim is.
    folder = tmp_path / "followup"
    folder.mkdir()
    (folder / "01_wuhan.txt").write_text(
        "Fact check: the Wuhan smart-road budget\n\nClaim: Posts say Wuhan recently budgeted "
        "$23 billion for an infrastructure project that will involve building smart parking "
        "spots and transforming roads.\n"
    )
    (folder / "01_wuhan.meta.json").write_text('{"published": "2024-09-01"}')
    (folder / "links.jsonl").write_text(
        '{"file": "01_wuhan.txt", "quote": "$23 billion", "occurrence": 1, "seed_quote": '
        '"$2.3 billion", "seed_occurrence": 1, "seed_context": "Wuhan recently budgeted 17 '
        'billion RMB ($2.3 billion) for an infrastructure project", "label": "conflict"}\n'
    )
    db = Database(f"sqlite:///{build(tmp_path / 'f.sqlite', [SEEDS, folder])}")
    try:
        assert score_database(db, folder).flagged == (1, 1)
    finally:
        db.dispose()

"""Scoring the extractor: matching and metrics on hand-made lists with known answers, the CLI
on the real gold file, and --from-reviews on a real SQLite database."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest
from click.testing import CliRunner
from seeded import GOLD_DIR, GOLD_FILE, SEED_FILE, SHARED_GOLD_DIR

from factdb.claims.queries import ClaimFilter, list_claims
from factdb.claims.review import Correction, review_claim
from factdb.cli import app
from factdb.errors import InputError
from factdb.evaluate import (
    ScoredClaim,
    evaluate_gold,
    head_noun,
    load_gold,
    loose_match,
    match,
    noun_match,
    score,
)
from factdb.ingest import ingest_paths
from factdb.store.database import Database


def claim(start: int, end: int, value: float = 1.0, **fields: object) -> ScoredClaim:
    """A claim in article 1 unless ``article_no`` says otherwise."""
    fields.setdefault("article_no", 1)
    quote = "x" * (end - start)
    return ScoredClaim(start=start, end=end, quote=quote, sentence="", value=value, **fields)  # type: ignore[arg-type]


# --- matching -------------------------------------------------------------------------------


def test_matching_is_one_to_one_and_greedy_by_overlap() -> None:
    # p0 overlaps g0 by 2 and g1 by 5; p1 overlaps only g1 (by 4). Greedy takes p0–g1 first,
    # so p1 finds nothing left and g0 nothing either.
    predicted = [claim(8, 15), claim(13, 17)]
    gold = [claim(5, 10), claim(10, 20)]
    assert match(predicted, gold) == [(0, 1)]
    m = score(predicted, gold)
    assert (m.detection.tp, m.detection.predicted, m.detection.gold) == (1, 2, 2)
    assert m.misses == (gold[0],)
    assert m.false_alarms == (predicted[1],)


def test_a_prediction_spanning_two_gold_claims_matches_only_one() -> None:
    predicted = [claim(0, 20)]
    gold = [claim(0, 5), claim(10, 18)]
    assert match(predicted, gold) == [(0, 1)]
    assert score(predicted, gold).detection.recall == 0.5


def test_touching_spans_and_other_articles_do_not_overlap() -> None:
    gold = [claim(10, 20)]
    predicted = [claim(20, 25), claim(10, 20, article_no=2)]
    assert match(predicted, gold) == []
    m = score(predicted, gold)
    # The article-2 prediction is outside the gold's articles and ignored, not a false alarm.
    assert m.false_alarms == (predicted[0],)
    assert m.ignored == 0
    assert m.detection.predicted == 1


def test_precision_recall_f1_from_counts() -> None:
    gold = [claim(0, 5), claim(10, 15), claim(20, 25)]
    predicted = [claim(0, 5), claim(11, 14), claim(30, 35), claim(40, 45)]
    m = score(predicted, gold)
    assert m.detection.precision == 0.5
    assert m.detection.recall == pytest.approx(2 / 3)
    assert m.detection.f1 == pytest.approx(2 * 0.5 * (2 / 3) / (0.5 + 2 / 3))
    assert [g.start for g in m.misses] == [20]


# --- unsure gold ----------------------------------------------------------------------------


def test_unsure_gold_neither_rewards_nor_punishes() -> None:
    gold = [claim(0, 5), claim(10, 15, unsure=True), claim(20, 25, unsure=True)]
    # p1 matches the unsure g1; p2 overlaps g1 too but g1 is taken; g2 is found by nobody.
    predicted = [claim(0, 5), claim(10, 15), claim(12, 14)]
    m = score(predicted, gold)
    assert (m.detection.tp, m.detection.predicted, m.detection.gold) == (1, 1, 1)
    assert m.misses == ()
    assert m.false_alarms == ()
    assert m.ignored == 2
    assert m.detection.f1 == 1.0


def test_sure_gold_wins_a_tie_with_unsure_gold() -> None:
    gold = [claim(0, 10, unsure=True), claim(10, 20)]
    predicted = [claim(5, 15)]
    assert match(predicted, gold) == [(0, 1)]
    assert score(predicted, gold).detection.tp == 1


# --- strict correctness and fields ----------------------------------------------------------


@pytest.mark.parametrize(
    ("predicted", "right"),
    [
        ({"value": 2.3e9, "unit": "USD"}, True),
        ({"value": 2.3009e9, "unit": "USD"}, True),  # within the relative tolerance (1e-3)
        ({"value": 2.31e9, "unit": "USD"}, False),
        ({"value": 2.3e9, "unit": "CNY"}, False),
        ({"value": 2.3e9, "unit": None}, False),
        ({"value": 2.3e9, "unit": "USD", "value_max": 2.8e9}, False),
    ],
)
def test_strict_needs_value_value_max_and_unit(predicted: dict, right: bool) -> None:
    gold = [claim(0, 12, value=2.3e9, unit="USD")]
    m = score([claim(0, 12, **predicted)], gold)
    assert m.detection.tp == 1
    assert m.strict.tp == int(right)
    assert len(m.value_errors) == int(not right)


def test_tolerance_is_a_parameter() -> None:
    gold = [claim(0, 3, value=100.0)]
    predicted = [claim(0, 3, value=101.0)]
    assert score(predicted, gold).strict.tp == 0
    assert score(predicted, gold, rel_tol=0.02).strict.tp == 1


def test_range_upper_end_is_compared() -> None:
    gold = [claim(0, 9, value=1, value_max=5, unit="percent")]
    assert score([claim(0, 9, value=1, value_max=5, unit="percent")], gold).strict.tp == 1
    assert score([claim(0, 9, value=1, value_max=None, unit="percent")], gold).strict.tp == 0


def test_field_accuracy_counts_only_matched_sure_claims() -> None:
    gold = [
        claim(0, 5, qualifier=">", noun="hydrogen-powered vehicles", date_text="On June 4"),
        claim(10, 15, qualifier="~", noun="cities", date_text="last year"),
        claim(20, 25, qualifier="=", noun="racks"),  # missed: not in the field accuracy
        claim(30, 35, unsure=True, noun="anything"),
    ]
    predicted = [
        claim(0, 5, qualifier=">", noun="Hydrogen-powered vehicle", date_text="on June 4"),
        claim(10, 15, qualifier="=", noun="employees", date_text="last  year"),
        claim(30, 35, noun="nothing alike"),
    ]
    m = score(predicted, gold)
    assert {name: (a.correct, a.total) for name, a in m.fields.items()} == {
        "kind": (2, 2),
        "qualifier": (1, 2),
        "noun": (1, 2),
        "date_text": (2, 2),
        "speaker": (2, 2),
    }
    assert [g.noun for _, g in m.field_errors["noun"]] == ["cities"]


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("", "", True),
        ("vehicles", "", False),
        ("", "vehicles", False),
        ("Hydrogen Vehicles.", "hydrogen vehicles", True),  # case and outer punctuation
        ("“smart” cars", '"smart" cars', True),  # curly quotes
        ("vehicles", "hydrogen-powered vehicles", True),  # containment on word boundaries
        ("car", "carbon emissions", False),  # containment only on word boundaries
        ("hydrogen vehicle", "hydrogen vehicles", True),  # plurals share a token
        ("share of the global consumer market", "global consumer market share", True),
        ("prices of phones", "dirt-cheap prices", False),  # 1 shared word of 3
        ("in prison", "prison sentence", True),  # 1 of 2 words: half is enough
        ("employees", "cities", False),
    ],
)
def test_loose_match(predicted: str, gold: str, same: bool) -> None:
    assert loose_match(predicted, gold) is same


@pytest.mark.parametrize(
    ("phrase", "head"),
    [
        ("foreign direct investment into China", "investment"),
        ("cost of the rail link between Dublin and its airport", "cost"),
        ("share of the global consumer market", "share"),
        ("hydrogen-powered vehicles", "hydrogen-powered vehicle"),
        ("homes and businesses", "home"),
        ("Germany's economy", "economy"),
        ("AI chip (process node)", "chip"),
        ("extra time added to research projects", "time"),
        ("factories surrounding the DJI factory", "factory"),
        ("Jiang’s ranking in the qualifying round", "ranking"),
        ("users who regularly post", "user"),
        ("top speed", "speed"),
        ("military spending", "spending"),
        ("per text", None),
        ("", None),
    ],
)
def test_head_noun(phrase: str, head: str | None) -> None:
    assert head_noun(phrase) == (head.split()[-1] if head else None)


@pytest.mark.parametrize(
    ("predicted", "gold", "same"),
    [
        ("China", "foreign direct investment into China", False),  # a complement's word
        ("airport", "cost of the rail link between Dublin and its airport", False),
        ("per text", "price per text", False),
        ("prison", "prison sentence", False),
        ("investment into China", "foreign direct investment into China", True),
        ("cost of the rail link", "cost of the rail link between Dublin and its airport", True),
        ("vehicles", "hydrogen-powered vehicles", True),
        ("Germany's economy", "economy", True),
        ("hydrogen vehicle", "hydrogen vehicles", True),
        ("", "", True),
        ("employees", "cities", False),  # what loose_match refuses stays refused
    ],
)
def test_noun_match_needs_the_gold_head(predicted: str, gold: str, same: bool) -> None:
    assert noun_match(predicted, gold) is same


# --- gold files -----------------------------------------------------------------------------


def test_bad_gold_line_names_file_and_line(tmp_path: Path) -> None:
    path = tmp_path / "gold.jsonl"
    good = {"article_no": 1, "start": 0, "end": 2, "quote": "12", "value": 12}
    path.write_text(json.dumps(good) + "\n\n" + '{"article_no": 1}\n', encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:3: gold record has no 'start'"):
        load_gold(path)
    path.write_text("{oops\n", encoding="utf-8")
    with pytest.raises(InputError, match=r"gold\.jsonl:1: not JSON"):
        load_gold(path)


@pytest.mark.parametrize("name", ["dev.jsonl", "GUIDELINES.md"])
def test_the_gold_copy_is_the_shared_gold(name: str) -> None:
    """tests/gold keeps the shared gold so the targets run on any clone; it must not drift."""
    assert (GOLD_DIR / name).stat().st_size > 0
    if not (SHARED_GOLD_DIR / name).is_file():
        pytest.skip("../shared/gold is absent: nothing to compare the copy with")
    assert (GOLD_DIR / name).read_bytes() == (SHARED_GOLD_DIR / name).read_bytes()


def test_gold_file_loads_with_its_unsure_records() -> None:
    lines = [json.loads(line) for line in GOLD_FILE.read_text(encoding="utf-8").splitlines()]
    gold = load_gold(GOLD_FILE)
    assert len(gold) == len(lines)
    assert sum(g.unsure for g in gold) == sum(bool(r.get("unsure")) for r in lines)


def test_cli_scores_the_real_gold(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.chdir(tmp_path)  # the corpus is found beside the gold, not in the cwd
    runner = CliRunner()
    result = runner.invoke(app, ["eval", str(GOLD_FILE), "--json"], catch_exceptions=False)
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    gold = load_gold(GOLD_FILE)
    sure = sum(not g.unsure for g in gold)
    assert data["detection"]["gold"] == data["strict"]["gold"] == sure
    assert data["detection"]["tp"] + len(data["misses"]) == sure
    assert data["detection"]["predicted"] == data["detection"]["tp"] + len(data["false_alarms"])
    assert set(data["fields"]) == {"kind", "qualifier", "noun", "date_text", "speaker"}
    assert data == evaluate_gold(GOLD_FILE, SEED_FILE).as_dict()

    table = runner.invoke(app, ["eval", str(GOLD_FILE), "--source", str(SEED_FILE)])
    assert table.exit_code == 0, table.output
    for word in ("detection", "strict", "precision", "recall", "F1", "qualifier", "noun"):
        assert word in table.output
    f1 = data["detection"]["f1"]
    assert f"{f1:.3f}" in table.output


def test_cli_refuses_a_source_the_gold_was_not_made_on(tmp_path: Path) -> None:
    other = tmp_path / "other.txt"
    other.write_text("A title\n\nSome text with 12 apples.\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", str(GOLD_FILE), "--source", str(other)])
    assert result.exit_code != 0
    assert "other.txt: article 1 is 'A title', the gold says" in result.output
    assert len(result.output.strip().splitlines()) == 1


# --- from reviews ---------------------------------------------------------------------------


def test_from_reviews_on_a_real_database(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'factdb.sqlite'}"
    db = Database(url)
    ingest_paths(db, [SEED_FILE])
    claims = [row.claim for row in list_claims(db, ClaimFilter(), limit=8)]
    ids = [c.id for c in claims if c.id is not None]
    assert len(ids) == 8
    for claim_id in ids[:3]:
        review_claim(db, claim_id, status="verified", reviewer="t")
    fixed = Correction(value=claims[3].value + 1)
    review_claim(db, ids[3], status="verified", correction=fixed, reviewer="t")
    unit_fixed = Correction(unit="attoparsec", noun="something else")
    review_claim(db, ids[4], status="verified", correction=unit_fixed, reviewer="t")
    review_claim(db, ids[5], status="rejected", reviewer="t")
    review_claim(db, ids[6], status="rejected", reviewer="t")
    review_claim(db, ids[7], status="disputed", reviewer="t")
    db.dispose()

    runner = CliRunner()
    result = runner.invoke(app, ["eval", "--from-reviews", "--db", url, "--json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert (data["right"], data["value_errors"], data["rejected"], data["disputed"]) == (3, 2, 2, 1)
    assert data["reviewed"] == 7
    assert math.isclose(data["precision"], 5 / 7)
    assert math.isclose(data["strict_precision"], 3 / 7)
    assert data["noun_corrections"] == 1
    by_rule = data["by_rule"]
    assert sum(counts["rejected"] for counts in by_rule.values()) == 2
    assert set(by_rule) == {c.rule for c in claims}

    text = runner.invoke(app, ["eval", "--from-reviews", "--db", url])
    assert text.exit_code == 0, text.output
    assert "precision 0.714" in text.output
    assert "strict precision 0.429" in text.output


def test_cli_needs_gold_or_reviews_but_not_both(tmp_path: Path) -> None:
    runner = CliRunner()
    neither = runner.invoke(app, ["eval"])
    assert neither.exit_code != 0
    assert "give a GOLD.jsonl file, or --from-reviews" in neither.output
    url = f"sqlite:///{tmp_path / 'factdb.sqlite'}"
    both = runner.invoke(app, ["eval", str(tmp_path / "g.jsonl"), "--from-reviews", "--db", url])
    assert both.exit_code != 0
    assert "not both" in both.output

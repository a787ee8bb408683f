"""The fact commands end to end on the corpus database."""

from __future__ import annotations

import re

from sqlalchemy import select

from factdb.claims.review import Correction, review_claim
from factdb.cli import facts_cmds
from factdb.cli.progress import FORCE_ENV
from factdb.facts.build import STEPS
from factdb.store.models import Claim


def _quote_id(db, quote: str) -> int:  # type: ignore[no-untyped-def]
    with db.session() as session:
        return session.scalars(select(Claim.id).where(Claim.quote == quote)).one()


def _china_id(run_cli) -> int:  # type: ignore[no-untyped-def]
    out = run_cli("facts", "--search", "hydrogen vehicle").output
    return int(re.search(r"^\s*(\d+)\s+hydrogen vehicle — China", out, re.M).group(1))


def test_facts_conflicts_explains_each_in_words(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("facts", "--conflicts")
    assert result.exit_code == 0, result.output
    assert "hydrogen vehicle — China" in result.output
    assert "cannot both be right" in result.output
    assert "stale rate" in result.output and "10 million yuan" in result.output
    assert "United States" not in result.output  # consistent facts are not listed


def test_facts_conflicts_shows_a_few_checks_per_fact_and_says_where_the_rest_are(
    run_cli,  # type: ignore[no-untyped-def]
    monkeypatch,
) -> None:
    china = _china_id(run_cli)
    monkeypatch.setattr(facts_cmds, "CHECKS_SHOWN", 0)
    result = run_cli("facts", "--conflicts", "--limit", "1")
    assert result.exit_code == 0, result.output
    assert f"… 1 more: `factdb fact {china}`" in result.output
    assert "cannot both be right" not in result.output
    assert "10 million yuan" in result.output  # one stale rate, within the limit
    rates = ["[red]stale rate[/]: “10 million yuan”", "[red]stale rate[/]: “$5 billion”"]
    assert facts_cmds._shown(rates, 1, "--limit 0") == [
        "  [red]stale rate[/]: “10 million yuan”",
        "  [dim]… 1 more: --limit 0[/]",
    ]


def test_fact_shows_claims_sources_checks_and_timeline(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("fact", _china_id(run_cli))
    assert result.exit_code == 0, result.output
    for text in ("Example Daily", "Example Wire", "25,000", "unreviewed", "conflict", "timeline"):
        assert text in result.output


def test_reviewer_commands(run_cli) -> None:  # type: ignore[no-untyped-def]
    china = _china_id(run_cli)
    result = run_cli("fact-rename", china, "China's hydrogen fleet")
    assert result.exit_code == 0, result.output
    assert "China's hydrogen fleet" in run_cli("facts", "--search", "fleet").output
    claims = run_cli("claims", "--search", "25,000 hydrogen").output
    claim_id = re.search(r"^\s*(\d+)\s", claims, re.M).group(1)
    result = run_cli("fact-split", claim_id)
    assert result.exit_code == 0 and f"claim {claim_id} is now fact" in result.output


def test_errors_are_one_line(run_cli) -> None:  # type: ignore[no-untyped-def]
    result = run_cli("fact", "999999")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: fact 999999: no such fact"
    result = run_cli("fact-merge", "1", "1")
    assert result.exit_code == 1 and "cannot merge a fact into itself" in result.output


def test_fact_undo(run_cli) -> None:  # type: ignore[no-untyped-def]
    china = _china_id(run_cli)
    run_cli("fact-rename", china, "China's hydrogen fleet")
    result = run_cli("fact-undo")
    assert result.exit_code == 0, result.output
    assert "undid override" in result.output and "rename to" in result.output
    assert "hydrogen vehicle — China" in run_cli("facts", "--search", "hydrogen").output
    result = run_cli("fact-undo")
    assert result.exit_code == 1
    assert result.output.strip() == "Error: no merge, split or rename left to undo"


def test_a_regrouping_shows_its_steps_on_a_bar(run_cli, corpus_db, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    monkeypatch.setenv(FORCE_ENV, "1")
    monkeypatch.setenv("FORCE_COLOR", "1")  # a terminal to rich: the bar is drawn
    review_claim(
        corpus_db, _quote_id(corpus_db, "25,000"), correction=Correction(noun="buses"), reviewer="b"
    )
    result = run_cli("facts", "--limit", "1")
    assert result.exit_code == 0, result.output
    # The bar is drawn at its refreshes: some step of the four, by name.
    assert re.search(r"[0-3]/4", result.stderr) and any(s in result.stderr for s in STEPS)

"""Checks written out only as far as a reader is shown them: the same first findings, the
others counted, and ``facts --conflicts`` reads as when every one was written out (on the
corpus and every follow-up folder, whose facts have up to dozens of conflicts)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from seeded import SEEDS, build

from factdb.cli import app, facts_cmds
from factdb.facts.checks import check_fact
from factdb.facts.listing import conversion_rates, fact_detail, list_facts
from factdb.store.database import Database

HERE = Path(__file__).parent
FOLDERS = [SEEDS, HERE / "corpus", *sorted(p for p in HERE.glob("followups*") if p.is_dir())]


# Six sources' counts of one fleet: fifteen conflicts in one fact, more than a reader is shown.
SOURCES = ("The ministry", "An industry alliance", "A consultancy", "A think tank",
           "A trade weekly", "A university survey")  # fmt: skip


@pytest.fixture(scope="module")
def url(tmp_path_factory: pytest.TempPathFactory) -> str:
    folder = tmp_path_factory.mktemp("shown")
    counts = " ".join(
        f"{source} disputes that figure and counts {12 + 3 * k},000 hydrogen vehicles on "
        "China's roads."
        for k, source in enumerate(SOURCES)
    )
    (folder / "counts.txt").write_text(f"Counting China's fleet\n\n{counts}\n", encoding="utf-8")
    return f"sqlite:///{build(folder / 'f.sqlite', [*FOLDERS, folder / 'counts.txt'])}"


def test_check_fact_writes_the_first_findings_and_counts_the_others(url: str) -> None:
    db = Database(url)
    rates = conversion_rates(db)
    details = [fact_detail(db, f.id or 0, rates=rates) for f in list_facts(db)]
    db.dispose()
    most_conflicts = 0
    for detail in details:
        statements = [m.statement for m in detail.members]
        every = check_fact(statements, rates, rates.findings())
        values = [f for f in every.findings if f.check == "values"]
        for most in range(len(values) + 2):
            some = check_fact(statements, rates, rates.findings(), most)
            assert some.findings == values[:most] + every.findings[len(values) :]
            assert some.more == len(values) - len(values[:most])
            assert (some.notes, some.timeline) == (every.notes, every.timeline)
        most_conflicts = max(most_conflicts, len(values))
    assert most_conflicts > 10


def _conflicts(url: str) -> str:
    result = CliRunner().invoke(app, ["facts", "--conflicts", "--limit", "0", "--db", url])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("shown", [0, 1, 3, 10])
def test_facts_conflicts_reads_as_with_every_check_written_out(
    url: str, monkeypatch: pytest.MonkeyPatch, shown: int
) -> None:
    monkeypatch.setattr(facts_cmds, "CHECKS_SHOWN", shown)
    counted = _conflicts(url)
    detail = facts_cmds.fact_detail

    def written_out(*args: Any, most: int | None = None, **kwargs: Any) -> Any:
        return detail(*args, **kwargs)

    monkeypatch.setattr(facts_cmds, "fact_detail", written_out)
    assert _conflicts(url) == counted
    assert "more: `factdb fact" in counted


@pytest.fixture(scope="module")
def contested(tmp_path_factory: pytest.TempPathFactory) -> str:
    """The corpus and a later article whose figure the sentence before sets against others."""
    folder = tmp_path_factory.mktemp("contested")
    (folder / "later.txt").write_text(
        "China's hydrogen count\n\nThose numbers are contested. The alliance said 15,000 "
        "hydrogen vehicles were on the road at the end of December.\n",
        encoding="utf-8",
    )
    (folder / "later.meta.json").write_text('{"published": "2025-01-09"}', encoding="utf-8")
    return f"sqlite:///{build(folder / 'f.sqlite', [*FOLDERS, folder])}"


@pytest.mark.parametrize("corpus", ["url", "contested"])
def test_a_facts_page_finds_the_conflicts_its_build_counted(
    corpus: str, request: pytest.FixtureRequest
) -> None:
    # The page derives its statements again, with the paragraph before each sentence (a
    # sentence before may set a figure against another): as the build did.
    db = Database(request.getfixturevalue(corpus))
    rates = conversion_rates(db)
    facts = list_facts(db)
    shown = {f.id: fact_detail(db, f.id or 0, rates=rates).checks for f in facts}
    db.dispose()
    assert sum(f.conflicts for f in facts) > 10
    for f in facts:
        assert f.conflicts == len(shown[f.id].findings) + shown[f.id].more, f.name
    if corpus == "contested":
        findings = [x.message for checks in shown.values() for x in checks.findings]
        assert any("“15,000”" in m and "2024-12" in m for m in findings), findings

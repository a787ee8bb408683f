"""End to end through the CLI against a real SQLite file: ingest → claims → review → export."""

from __future__ import annotations

import csv
import re
import shutil
from pathlib import Path

import pytest
from seeded import ROOT, SEED_FILE, SEEDS

from factdb.claims.queries import list_claims, stats
from factdb.cli import app
from factdb.export.claims_csv import COLUMNS


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def test_ingest_then_export_cites_every_claim(cli, tmp_path: Path) -> None:
    result = cli("ingest", SEEDS)
    assert result.exit_code == 0, result.output
    assert "10 article(s)" in result.output
    assert cli("export", "out.csv").exit_code == 0

    with (tmp_path / "out.csv").open(encoding="utf-8", newline="") as handle:
        header = next(csv.reader(handle))
    assert tuple(header) == COLUMNS
    rows = read_csv(tmp_path / "out.csv")
    assert len(rows) == stats(cli.database()).claims > 100
    text = SEED_FILE.read_text(encoding="utf-8")
    for row in rows:
        assert text[int(row["start"]) : int(row["end"])] == row["quote"]
        assert row["quote"] in row["sentence"]
        assert row["status"] == "unreviewed"
        assert row["extractor_version"]
        float(row["value"])  # numeric columns are plain numbers


def test_reingest_adds_nothing_and_keeps_reviews(cli, tmp_path: Path) -> None:
    cli("ingest", SEEDS)
    assert cli("review", "1", "--status", "verified", "--note", "checked").exit_code == 0
    before = stats(cli.database())
    result = cli("ingest", SEEDS)
    assert result.exit_code == 0
    assert "0 new file(s)" in result.output and "1 unchanged" in result.output
    after = stats(cli.database())
    assert after == before
    assert after.by_status["verified"] == 1


def test_review_shows_in_history_and_export(cli, tmp_path: Path) -> None:
    cli("ingest", SEEDS)
    result = cli(
        "review",
        "2",
        "--status",
        "disputed",
        "--note",
        "source says 45",
        "--evidence",
        "https://example.org/report",
    )
    assert result.exit_code == 0, result.output
    assert "claim 2: disputed (version 2)" in result.output
    history = cli("history", "2").output
    assert "unreviewed → disputed" in history and "tester" in history
    shown = cli("show", "2").output
    assert "disputed by tester" in shown and "source says 45" in shown
    cli("export", "out.csv", "--status", "disputed")
    rows = read_csv(tmp_path / "out.csv")
    assert [(r["claim_id"], r["status"], r["note"], r["reviewed_by"]) for r in rows] == [
        ("2", "disputed", "source says 45", "tester")
    ]
    assert rows[0]["evidence_url"] == "https://example.org/report"


def test_correction_overrides_export_and_undo_restores(cli, tmp_path: Path) -> None:
    cli("ingest", SEEDS)
    original = read_csv_after_export(cli, tmp_path)[0]
    cli("review", "1", "--value", "19000", "--unit", "USD")
    corrected = read_csv_after_export(cli, tmp_path)[0]
    assert (corrected["value"], corrected["unit"]) == ("19000", "USD")
    assert cli("review", "1", "--undo").exit_code == 0
    restored = read_csv_after_export(cli, tmp_path)[0]
    assert (restored["value"], restored["unit"]) == (original["value"], original["unit"])
    assert "[undo]" in cli("history", "1").output


def read_csv_after_export(cli, tmp_path: Path) -> list[dict[str, str]]:
    assert cli("export", "out.csv").exit_code == 0
    return read_csv(tmp_path / "out.csv")


def test_claims_filters_and_search(cli) -> None:
    cli("ingest", SEEDS)
    money = cli("claims", "--kind", "money", "--limit", "0").output
    assert "USD" in money or "CNY" in money
    found = cli("claims", "--search", "hydrogen", "--limit", "0").output
    assert re.search(r"\d+ of \d+ claim", found)
    assert cli("claims", "--status", "verified").output.strip().endswith("0 of 0 claim(s)")
    bad = cli("claims", "--sort", "nonsense")
    assert bad.exit_code != 0 and "cannot sort by 'nonsense'" in bad.output


def test_stats_counts(cli) -> None:
    cli("ingest", SEEDS)
    out = cli("stats").output
    assert "sources 1  articles 10" in out
    assert "unreviewed" in out


def _db_rows(cli) -> int:
    s = stats(cli.database())
    return s.sources + s.articles + s.claims


BAD_INPUTS = {
    "missing": lambda d: d / "nope.txt",
    "empty-folder": lambda d: (d / "empty").mkdir() or d / "empty",
    "binary": lambda d: (
        (d / "pic.txt").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00") or d / "pic.txt"
    ),
    "latin-1": lambda d: (
        (d / "old.txt").write_bytes("Caf\xe9 costs 5 euros".encode("latin-1")) or d / "old.txt"
    ),
}


@pytest.mark.parametrize("kind", BAD_INPUTS)
def test_bad_input_is_one_line_error_and_writes_nothing(cli, tmp_path: Path, kind: str) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(SEED_FILE, inputs / "good.txt")
    bad = BAD_INPUTS[kind](inputs)
    # The good file comes first, so a non-transactional ingest would leave its rows behind.
    result = cli("ingest", inputs / "good.txt", bad)
    assert result.exit_code == 1
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1, result.output
    assert lines[0].startswith("Error: ") and str(bad) in lines[0]
    assert _db_rows(cli) == 0


def test_every_command_has_help_and_is_in_readme() -> None:
    from click.testing import CliRunner

    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    runner = CliRunner()
    for name, command in app.commands.items():
        result = runner.invoke(app, [name, "--help"])
        assert result.exit_code == 0, name
        assert command.help, f"{name} has no help text"
        assert f"factdb {name}" in readme, f"README does not document `factdb {name}`"


def test_undo_refuses_another_reviewers_review_unless_forced(cli, monkeypatch) -> None:
    cli("ingest", SEEDS)
    monkeypatch.setenv("FACTDB_REVIEWER", "bob")
    assert cli("review", "3", "--status", "rejected").exit_code == 0
    monkeypatch.setenv("FACTDB_REVIEWER", "tester")
    refused = cli("review", "3", "--undo")
    assert refused.exit_code != 0
    assert "latest review is bob's" in refused.output and "--force" in refused.output
    assert "claim 3  " in cli("show", "3").output and "rejected by bob" in cli("show", "3").output
    forced = cli("review", "3", "--undo", "--force")
    assert forced.exit_code == 0 and "claim 3: unreviewed" in forced.output


def test_article_option_takes_the_id_the_art_column_shows(cli) -> None:
    cli("ingest", SEEDS)
    cli("ingest", ROOT / "README.md")  # a second source: its article 1 is not article id 1
    last = list_claims(cli.database())[-1]
    assert last.article_ordinal == 1 and last.claim.article_id != 1
    article_id = str(last.claim.article_id)
    filtered = cli("claims", "--article", article_id, "--limit", "0").output
    rows = re.findall(r"^\s*(\d+)\s+(\d+)\s", filtered, flags=re.MULTILINE)
    assert rows and {art for _id, art in rows} == {article_id}
    assert f"article      {article_id}: " in cli("show", str(last.claim.id)).output


def test_show_gives_the_corrected_normalised_value(cli) -> None:
    cli("ingest", SEEDS)
    assert cli("review", "2", "--value", "10").exit_code == 0  # 40 miles → 10 miles
    shown = cli("show", "2").output
    assert "normalised   16093.44 meter" in shown
    assert "corrected    value 40 → 10" in shown

"""The held-out sets' checker: the in-repo sets pass, a quote that is not there is named."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from .check_links import main, problems

HERE = Path(__file__).resolve().parent
SEED = HERE.parents[1] / "seeds" / "china_report_2024.txt"


def test_the_in_repo_follow_up_sets_pass() -> None:
    for folder in ("followups", "followups_check", "followups_own"):
        assert main([str(HERE / folder), "--seed", str(SEED)]) == 0


def test_a_quote_not_in_its_file_and_a_context_not_in_the_seed_are_named(tmp_path: Path) -> None:
    folder = tmp_path / "set"
    shutil.copytree(HERE / "followups_check", folder)
    lines = (folder / "links.jsonl").read_text(encoding="utf-8").splitlines()
    link = json.loads(lines[0])
    lines[0] = json.dumps({**link, "quote": "987,654", "seed_context": "nowhere in the seed"})
    (folder / "links.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    found, labels = problems(folder, SEED.read_text(encoding="utf-8"))
    assert found == [
        f"line 1: '987,654' occurs 0 times in {link['file']}, occurrence 1",
        "line 1: seed_context occurs 0 times in the seed, not once",
    ]
    assert sum(labels.values()) == len(lines)

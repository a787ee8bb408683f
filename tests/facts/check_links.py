"""Check a follow-up set before it is scored: every quote findable, every key and label known.

    python3 tests/facts/check_links.py FOLDER --seed seeds/china_report_2024.txt

Prints one line per problem (or "OK: no problems") and exits 1 if there is any. It reads only
the set and the seed text, nothing of factdb, so the helpers who write held-out sets may run it
(``tests/facts/HELDOUT_PROMPT.md``).
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

LINK_KEYS = {"file", "quote", "occurrence", "seed_quote", "seed_occurrence", "seed_context",
             "label", "note"}  # fmt: skip
LABELS = {"same", "conflict", "timeline", "different"}
META_KEYS = {"title", "outlet", "url", "published"}


def problems(folder: Path, seed: str) -> tuple[list[str], Counter[str]]:
    """Each problem of the set in ``folder`` in words, and its links counted by label."""
    found: list[str] = []
    labels: Counter[str] = Counter()
    lines = (folder / "links.jsonl").read_text(encoding="utf-8").splitlines()
    for number, line in enumerate(lines, 1):
        if not line.strip():
            continue
        link = json.loads(line)
        where = f"line {number}"
        if set(link) != LINK_KEYS:
            found.append(f"{where}: keys must be exactly {sorted(LINK_KEYS)}")
            continue
        labels[link["label"]] += 1
        if link["label"] not in LABELS:
            found.append(f"{where}: label {link['label']!r} is none of {sorted(LABELS)}")
        path = folder / link["file"]
        if not path.is_file():
            found.append(f"{where}: no file {link['file']}")
            continue
        count = path.read_text(encoding="utf-8").count(link["quote"])
        if count < link["occurrence"]:
            found.append(
                f"{where}: {link['quote']!r} occurs {count} times in {link['file']}, "
                f"occurrence {link['occurrence']}"
            )
        contexts = seed.count(link["seed_context"])
        if contexts != 1:
            found.append(f"{where}: seed_context occurs {contexts} times in the seed, not once")
        elif link["seed_context"].count(link["seed_quote"]) < link["seed_occurrence"]:
            found.append(
                f"{where}: seed_quote {link['seed_quote']!r} is not in seed_context "
                f"{link['seed_occurrence']} times"
            )
    for text in sorted(folder.glob("*.txt")):
        meta = text.with_suffix(".meta.json")
        if not meta.is_file():
            found.append(f"{text.name}: no {meta.name}")
        elif set(json.loads(meta.read_text(encoding="utf-8"))) != META_KEYS:
            found.append(f"{meta.name}: keys must be exactly {sorted(META_KEYS)}")
    return found, labels


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path, help="a follow-up folder with links.jsonl")
    parser.add_argument("--seed", type=Path, required=True, help="the seed corpus's text file")
    args = parser.parse_args(argv)
    found, labels = problems(args.folder, args.seed.read_text(encoding="utf-8"))
    articles = len(list(args.folder.glob("*.txt")))
    print(f"{sum(labels.values())} links {dict(labels)}; {articles} articles")
    print("\n".join(found) if found else "OK: no problems")
    return 1 if found else 0


if __name__ == "__main__":
    sys.exit(main())

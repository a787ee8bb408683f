"""Whole commands as a person runs them, process start included, against named peers in the
same run.

    python bench/bench_commands.py            # ~1 min on an idle 2-core machine
    python bench/bench_commands.py --runs 5   # quicker, noisier
    python bench/bench_commands.py --skip-cli # the whole ingest only

- **CLI start**: `factdb --help` against `sqlite-utils --help`, and `factdb claims --limit 5`
  against `sqlite-utils rows DB claim --limit 5` on the same SQLite file (the sample corpus).
  sqlite-utils is a click CLI over SQLite too, so the ratio is what factdb's own start costs.
  Each command runs ``--runs`` times; the figure is the median of the child's CPU time
  (user + system, from ``wait4``), which other jobs on a busy machine do not inflate; wall
  time is printed beside it. Targets: ≤ 1.5× and ≤ 2×.
- **Whole ingest against quantulum3**: `factdb ingest` of 40 varied copies of the sample
  corpus (new numbers, names and sentence order: no two files share a hash) into a fresh
  SQLite file, in its own process, start to exit; characters per wall-clock second (the
  median of ``--ingest-runs``, each into a new file) against quantulum3's parser on whole
  copies of the same corpus: each copy holds every article, so quantulum3 reads the mix of
  text the ingest reads (the first 20,000 characters, the figure before, are two or three
  articles of ten; printed beside it). Its figure is the median of its characters per CPU
  second (it is single-threaded) over ``--quantulum-copies`` copies, after a warm-up on
  another copy's first paragraphs (its tables load on first use). Target: ≥ 20×. Wall time
  counts every core the ingest uses, so run it on an idle machine; the CPU time of every
  process of the ingest is printed beside it, with the speed that CPU time allows on as
  many idle cores.

Exits 1 when a target is missed.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_ingest import sample_cpu, seed_articles, seed_names, vary

BIN = Path(sys.executable).parent
ROOT = Path(__file__).resolve().parents[1]
COPIES = 40
TARGETS = {"help": 1.5, "claims": 2.0, "ingest": 20.0}


@dataclass(frozen=True)
class Timing:
    """A command's median CPU and wall seconds over its runs."""

    cpu: float
    wall: float


def timed(command: list[str], runs: int) -> Timing:
    """Run ``command`` ``runs`` times (output discarded); median child CPU and wall time."""
    cpu, wall = [], []
    for _ in range(runs):
        started = time.perf_counter()
        child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(child.pid, 0)
        wall.append(time.perf_counter() - started)
        if os.waitstatus_to_exitcode(status) != 0:
            raise SystemExit(f"{' '.join(command)} failed: {child.stderr.read().decode()}")
        cpu.append(usage.ru_utime + usage.ru_stime)
    return Timing(statistics.median(cpu), statistics.median(wall))


def timed_tree(command: list[str]) -> tuple[float, float]:
    """Run ``command`` once (output discarded): its wall seconds and the CPU seconds of its
    whole process tree (extraction workers included), sampled every 0.1 s."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    cpu: dict[int, float] = {}
    while child.poll() is None:
        sample_cpu(child.pid, cpu)
        time.sleep(0.1)
    wall = time.perf_counter() - started
    if child.returncode != 0:
        raise SystemExit(f"{' '.join(command)} failed: {child.stderr.read().decode()}")
    return wall, sum(cpu.values())


def write_copies(folder: Path, copies: int) -> int:
    """``copies`` varied copies of the sample corpus in ``folder``; returns their characters."""
    rng = random.Random(7)
    articles = seed_articles()
    names = seed_names(articles)
    chars = 0
    for i in range(copies):
        text = "\n".join(vary(a, names, rng) for a in articles)
        (folder / f"copy_{i:02d}.txt").write_text(text, encoding="utf-8")
        chars += len(text)
    return chars


def quantulum_chars_per_second(folder: Path, copies: int) -> tuple[float, float]:
    """quantulum3's median characters per CPU second over the first ``copies`` files of
    ``folder``, warmed up on the last one's first paragraphs (its tables load on first use);
    and its figure on the first 20,000 characters only, as measured before."""
    from quantulum3 import parser

    paths = sorted(folder.glob("*.txt"))
    for paragraph in paths[-1].read_text(encoding="utf-8").split("\n")[:40]:
        parser.parse(paragraph)
    texts = [path.read_text(encoding="utf-8") for path in paths[:copies]]
    rates = [_quantulum_rate(parser, text) for text in texts]
    return statistics.median(rates), _quantulum_rate(parser, texts[0][:20_000])


def _quantulum_rate(parser: Any, text: str) -> float:
    started = time.process_time()
    for paragraph in text.split("\n"):
        parser.parse(paragraph)
    return len(text) / (time.process_time() - started)


def compare(label: str, ours: float, theirs: float, target: float, *, higher: bool) -> bool:
    """Print one ratio line; whether it meets its target."""
    ratio = ours / theirs
    ok = ratio >= target if higher else ratio <= target
    sign = "≥" if higher else "≤"
    print(f"{label:<44} {ratio:6.2f}×  (target {sign} {target}×)  {'ok' if ok else 'MISSED'}")
    return ok


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--quantulum-copies", type=int, default=3)
    parser.add_argument("--ingest-runs", type=int, default=3)
    parser.add_argument("--skip-ingest", action="store_true")
    parser.add_argument("--skip-cli", action="store_true", help="no CLI start figures")
    args = parser.parse_args()

    factdb, sqlite_utils = str(BIN / "factdb"), str(BIN / "sqlite-utils")
    results = []
    with tempfile.TemporaryDirectory(prefix="factdb-bench-") as tmp:
        db = Path(tmp) / "seed.sqlite"
        url = f"sqlite:///{db}"
        subprocess.run(
            [factdb, "ingest", str(ROOT / "seeds"), "--db", url], check=True, capture_output=True
        )
        pairs = {
            "help": ([factdb, "--help"], [sqlite_utils, "--help"]),
            "claims": (
                [factdb, "claims", "--limit", "5", "--db", url],
                [sqlite_utils, "rows", str(db), "claim", "--limit", "5"],
            ),
        }
        if args.skip_cli:
            pairs.clear()
        print(f"{'command':<44} {'CPU s':>7} {'wall s':>7}")
        for name, (ours, theirs) in pairs.items():
            mine, peer = timed(ours, args.runs), timed(theirs, args.runs)
            for command, t in ((ours, mine), (theirs, peer)):
                shown = " ".join(
                    Path(command[0]).name if i == 0 else c for i, c in enumerate(command[:4])
                )
                print(f"{shown:<44} {t.cpu:7.3f} {t.wall:7.3f}")
            results.append(
                compare(
                    f"{name}: factdb / sqlite-utils (CPU)",
                    mine.cpu,
                    peer.cpu,
                    TARGETS[name],
                    higher=False,
                )
            )
        if not args.skip_ingest:
            corpus = Path(tmp) / "corpus"
            corpus.mkdir()
            chars = write_copies(corpus, COPIES)
            runs = [
                timed_tree([factdb, "ingest", str(corpus), "--db", f"sqlite:///{tmp}/{n}.sqlite"])
                for n in range(args.ingest_runs)
            ]
            wall = statistics.median(w for w, _ in runs)
            cpu = statistics.median(c for _, c in runs)
            ours = chars / wall
            theirs, first = quantulum_chars_per_second(corpus, args.quantulum_copies)
            cores = len(os.sched_getaffinity(0))
            print(
                f"ingest {COPIES} copies ({chars:,} chars): {wall:.1f} s wall, "
                f"{cpu:.1f} s CPU (all processes), {ours:,.0f} chars/s; CPU-bound on "
                f"{cores} idle cores: {chars / (cpu / cores):,.0f} chars/s  (median of "
                f"{len(runs)}; wall {', '.join(f'{w:.1f}' for w, _ in runs)} s)"
            )
            print(
                f"quantulum3 on {args.quantulum_copies} whole copies: {theirs:,.0f} chars/s "
                f"(median; on the first 20,000 chars: {first:,.0f})"
            )
            results.append(
                compare("whole ingest / quantulum3", ours, theirs, TARGETS["ingest"], higher=True)
            )
    sys.exit(0 if all(results) else 1)


if __name__ == "__main__":
    main()

"""Ingest throughput and peak memory on a generated corpus of varied copies of the seeds.

    /work/venv/bin/python bench/bench_ingest.py            # 100 MB, against a 1 MB baseline
    /work/venv/bin/python bench/bench_ingest.py --mb 10    # a quicker run

The corpus is built in a temporary folder from the seed articles, each copy varied so that no
two files share a content hash and the extractor's caches cannot make repeats free: numbers get
new digits, names are swapped among the names the seeds use, and the sentences of each
paragraph are shuffled. Files hold one to six articles (news-file sized, ~10-100 KB).

Each ingest runs in a child process (a fresh interpreter, a fresh SQLite file) so that its
peak resident memory (``ru_maxrss`` from ``wait4``) is the ingest's own. Wall and CPU time are
both shown: on a shared machine other jobs inflate only wall time. The baseline run on a small
corpus, in the same invocation, makes scaling visible: MB per CPU second should hold and peak
memory should not grow with the corpus. Target: 100 MB ingested with peak memory < 500 MB.
"""

from __future__ import annotations

import argparse
import calendar
import json
import os
import random
import re
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PEAK_MEMORY_TARGET_MB = 500

_NUMBER = re.compile(r"\d+")
_YEAR = re.compile(r"(?:19|20)\d\d")
# A capitalised word after a lower-case one is, in news text, almost always a name.
_NAME = re.compile(r"(?<=[a-z,] )[A-Z][a-z]{2,}\b")
_SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+(?=[A-Z“\"])")
_MONTHS_AND_DAYS = frozenset([*calendar.month_name[1:], *calendar.day_name])


def seed_articles() -> list[str]:
    """The seed files' articles, each one text (title, marker line, body)."""
    from factdb.ingest.split import split_articles

    articles = []
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        articles.extend(text[s.start : s.end] for s in split_articles(text))
    return articles


def seed_names(articles: list[str]) -> list[str]:
    """Names the seeds use, to swap among."""
    found = {m.group() for a in articles for m in _NAME.finditer(a)}
    return sorted(found - _MONTHS_AND_DAYS)


def vary(article: str, names: list[str], rng: random.Random) -> str:
    """A copy of ``article`` with new numbers, swapped names and shuffled sentences."""
    from factdb.ingest.split import ARTICLE_MARKERS

    def number(m: re.Match[str]) -> str:
        digits = m.group()
        if len(digits) == 4 and _YEAR.fullmatch(digits):
            return str(rng.randint(2015, 2024))  # keep years plausible for date inference
        first = str(rng.randint(1, 9)) if len(digits) > 1 else str(rng.randint(0, 9))
        return first + "".join(str(rng.randint(0, 9)) for _ in digits[1:])

    swap = dict(zip(names, rng.sample(names, len(names)), strict=True))
    lines = []
    for i, line in enumerate(article.split("\n")):
        if i > 0 and not ARTICLE_MARKERS.match(line):  # the title and marker open an article
            line = _NUMBER.sub(number, line)
            line = _NAME.sub(lambda m: swap.get(m.group(), m.group()), line)
            sentences = _SENTENCE_BREAK.split(line)
            rng.shuffle(sentences)
            line = " ".join(sentences)
        lines.append(line)
    return "\n".join(lines)


def build_corpus(folder: Path, megabytes: float, seed: int = 1) -> tuple[int, int]:
    """Write about ``megabytes`` MB of varied seed articles into ``folder``; returns (files,
    bytes)."""
    rng = random.Random(seed)
    articles = seed_articles()
    names = seed_names(articles)
    target = int(megabytes * 1_000_000)
    total = files = 0
    while total < target:
        picked = rng.sample(articles, rng.randint(1, min(6, len(articles))))
        data = "\n".join(vary(a, names, rng) for a in picked).encode("utf-8")
        sub = folder / f"{files // 500:03d}"  # a few hundred files a folder, as archives do
        sub.mkdir(exist_ok=True)
        (sub / f"news_{files:05d}.txt").write_bytes(data)
        files += 1
        total += len(data)
    return files, total


@dataclass(frozen=True)
class RunResult:
    """One ingest run, measured in its own process."""

    label: str
    files: int
    bytes: int
    claims: int
    seconds: float
    cpu_seconds: float  # the ingest's own CPU time: what other jobs on the machine cannot inflate
    peak_mb: float

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds

    @property
    def mb_per_cpu_s(self) -> float:
        return self.bytes / 1e6 / self.cpu_seconds

    @property
    def claims_per_s(self) -> float:
        return self.claims / self.seconds


def ingest_child(corpus: Path, db_path: Path) -> None:
    """(In the child process.) Ingest ``corpus`` into a fresh SQLite file; print JSON."""
    from factdb.ingest import ingest_paths
    from factdb.store.database import Database

    db = Database(f"sqlite:///{db_path}")
    started, cpu_started = time.perf_counter(), time.process_time()
    report = ingest_paths(db, [corpus])
    seconds = time.perf_counter() - started
    cpu_seconds = time.process_time() - cpu_started
    db.dispose()
    counts = {"files": report.files, "bytes": report.bytes, "claims": report.claims}
    print(json.dumps(counts | {"seconds": seconds, "cpu_seconds": cpu_seconds}))


def run_ingest(label: str, corpus: Path, db_path: Path) -> RunResult:
    """Ingest in a child process and read its own peak memory."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(corpus), str(db_path)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    out = child.stdout.read()
    _pid, status, usage = os.wait4(child.pid, 0)
    child.returncode = os.waitstatus_to_exitcode(status)
    if child.returncode != 0:
        raise SystemExit(f"{label}: ingest failed (exit {child.returncode})")
    data = json.loads(out)
    # Linux reports ru_maxrss in KiB.
    return RunResult(
        label,
        data["files"],
        data["bytes"],
        data["claims"],
        data["seconds"],
        data["cpu_seconds"],
        usage.ru_maxrss / 1024,
    )


HEADER = (
    f"{'run':<18}{'files':>6}{'MB':>7}{'claims':>9}{'wall s':>8}{'cpu s':>7}"
    f"{'MB/s':>7}{'MB/cpu-s':>10}{'claims/s':>10}{'peak MB':>9}"
)


def row(r: RunResult) -> str:
    """One run as a line under :data:`HEADER`."""
    return (
        f"{r.label:<18}{r.files:>6}{r.bytes / 1e6:>7.1f}{r.claims:>9}{r.seconds:>8.1f}"
        f"{r.cpu_seconds:>7.1f}{r.mb_per_s:>7.2f}{r.mb_per_cpu_s:>10.2f}{r.claims_per_s:>10.0f}"
        f"{r.peak_mb:>9.0f}"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size (default 100)")
    parser.add_argument("--baseline-mb", type=float, default=1.0, help="baseline corpus size")
    parser.add_argument("--keep", type=Path, help="build the corpus and database here, kept")
    parser.add_argument("--child", nargs=2, type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        ingest_child(*args.child)
        return

    with tempfile.TemporaryDirectory(prefix="factdb-bench-") as tmp:
        work = args.keep or Path(tmp)
        runs = []
        for label, size in (("baseline", args.baseline_mb), ("corpus", args.mb)):
            corpus = work / f"corpus_{size:g}mb"
            corpus.mkdir(parents=True, exist_ok=True)
            started = time.perf_counter()
            files, size_bytes = build_corpus(corpus, size)
            print(
                f"built {label}: {files} files, {size_bytes / 1e6:.1f} MB "
                f"in {time.perf_counter() - started:.1f}s"
            )
            runs.append((f"{label} ({size:g} MB)", corpus, work / f"{label}.sqlite"))
        print(f"\n{HEADER}", flush=True)
        results = []
        for label, corpus, db_path in runs:
            db_path.unlink(missing_ok=True)
            results.append(run_ingest(label, corpus, db_path))
            print(row(results[-1]), flush=True)

    base, main_run = results
    speed = main_run.mb_per_cpu_s / base.mb_per_cpu_s
    memory = main_run.peak_mb / base.peak_mb
    print(f"\nvs baseline: MB per CPU second x{speed:.2f}, peak memory x{memory:.2f}")
    verdict = "meets" if main_run.peak_mb < PEAK_MEMORY_TARGET_MB else "MISSES"
    print(
        f"peak memory {main_run.peak_mb:.0f} MB {verdict} the target (< {PEAK_MEMORY_TARGET_MB} MB)"
    )


if __name__ == "__main__":
    main()

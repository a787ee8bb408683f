"""Ingest throughput and peak memory on a generated corpus of varied copies of the seeds:
``--jobs 2`` against ``--jobs 1``, and PostgreSQL against SQLite, in one run.

    .venv/bin/python bench/bench_ingest.py                     # 100 MB
    .venv/bin/python bench/bench_ingest.py --mb 20             # a quicker run
    .venv/bin/python bench/bench_ingest.py --postgres postgresql+psycopg://u@host/postgres

The corpus is built in a temporary folder from the seed articles, each copy varied so that no
two files share a content hash and the extractor's caches cannot make repeats free: numbers get
new digits, names are swapped among the names the seeds use, and the sentences of each
paragraph are shuffled. Files hold one to six articles (news-file sized, ~10-100 KB).

Each ingest runs in a child process (a fresh interpreter, a fresh database). Its peak memory
is the largest sum, over the child and every process under it (the extraction workers), of
their proportional set sizes (PSS: a page shared by forked workers counts once), sampled
every 0.2 s; its CPU time likewise, summed over those processes (``cpu s``), beside the
ingest process's own (``main cpu``: reading, writing, imports). On a machine other jobs share,
wall time understates what ``--jobs`` buys; the CPU times tell the speed-up two idle cores
would allow. The baseline is ``--jobs 1`` into SQLite, measured in the same run. Targets:
``--jobs 2`` at least 1.7x as fast as ``--jobs 1``, and peak memory under 500 MB. With a
PostgreSQL server (``--postgres URL`` of a database on it that may create databases, or
``$FACTDB_BENCH_POSTGRES_URL``), the ``--jobs 2`` ingest is also run into a fresh PostgreSQL
database and compared with SQLite (no target: it shows what a team server costs). Exits 1
when a target is missed.
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
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"
PEAK_MEMORY_TARGET_MB = 500
SPEEDUP_TARGET = 1.7  # --jobs 2 over --jobs 1
POSTGRES_ENV = "FACTDB_BENCH_POSTGRES_URL"

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
    """One ingest run, measured in its own process tree."""

    label: str
    files: int
    bytes: int
    claims: int
    seconds: float
    peak_mb: float
    cpu: float  # CPU seconds of the whole process tree (the ingest and its workers)
    main_cpu: float  # of the ingest process alone: the writer, reading files, imports

    @property
    def mb_per_s(self) -> float:
        return self.bytes / 1e6 / self.seconds

    @property
    def claims_per_s(self) -> float:
        return self.claims / self.seconds


def ingest_child(corpus: Path, url: str, jobs: int) -> None:
    """(In the child process.) Ingest ``corpus`` into the database at ``url``; print JSON.
    A SQLite file is named by its URL, as `factdb ingest` names it (written with the standard
    library); PostgreSQL is opened first, so that connecting is not timed."""
    from factdb.ingest import ingest_paths
    from factdb.store.database import Database

    db = url if url.startswith("sqlite") else Database(url)
    started = time.perf_counter()
    report = ingest_paths(db, [corpus], jobs=jobs)
    seconds = time.perf_counter() - started
    if isinstance(db, Database):
        db.dispose()
    counts = {"files": report.files, "bytes": report.bytes, "claims": report.claims}
    print(json.dumps(counts | {"seconds": seconds, "cpu": time.process_time()}))


def _children() -> dict[int, list[int]]:
    tree: dict[int, list[int]] = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:  # the process ended meanwhile
            continue
        tree.setdefault(int(fields[1]), []).append(int(stat.parent.name))
    return tree


def _tree(root: int) -> list[int]:
    tree, found, todo = _children(), [], [root]
    while todo:
        pid = todo.pop()
        found.append(pid)
        todo.extend(tree.get(pid, []))
    return found


def tree_pss_mb(root: int) -> float:
    """The summed PSS of ``root`` and every process under it, in MB."""
    total_kb = 0
    for pid in _tree(root):
        try:
            rollup = Path(f"/proc/{pid}/smaps_rollup").read_text()
        except OSError:
            continue
        total_kb += sum(
            int(line.split()[1]) for line in rollup.splitlines() if line.startswith("Pss:")
        )
    return total_kb / 1024


def sample_cpu(root: int, seen: dict[int, float]) -> None:
    """Record in ``seen`` the CPU seconds (user + system) each process under ``root`` has
    used so far; a process's last sample is what it used (less at most one interval)."""
    tick = os.sysconf("SC_CLK_TCK")
    for pid in _tree(root):
        try:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        seen[pid] = max(seen.get(pid, 0.0), (int(fields[11]) + int(fields[12])) / tick)


def run_ingest(label: str, corpus: Path, url: str, jobs: int) -> RunResult:
    """Ingest in a child process; sample its process tree's memory until it ends."""
    child = subprocess.Popen(
        [sys.executable, __file__, "--child", str(corpus), url, str(jobs)],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert child.stdout is not None
    peak = 0.0
    cpu: dict[int, float] = {}
    while child.poll() is None:
        peak = max(peak, tree_pss_mb(child.pid))
        sample_cpu(child.pid, cpu)
        time.sleep(0.2)
    out = child.stdout.read()
    if child.returncode != 0:
        raise SystemExit(f"{label}: ingest failed (exit {child.returncode})")
    data = json.loads(out)
    return RunResult(
        label,
        data["files"],
        data["bytes"],
        data["claims"],
        data["seconds"],
        peak,
        cpu=sum(cpu.values()),
        main_cpu=data["cpu"],
    )


HEADER = (
    f"{'run':<22}{'files':>6}{'MB':>7}{'claims':>9}{'wall s':>8}{'cpu s':>8}{'main cpu':>9}"
    f"{'MB/s':>7}{'claims/s':>10}{'peak MB':>9}"
)


def row(r: RunResult) -> str:
    """One run as a line under :data:`HEADER`."""
    return (
        f"{r.label:<22}{r.files:>6}{r.bytes / 1e6:>7.1f}{r.claims:>9}{r.seconds:>8.1f}"
        f"{r.cpu:>8.1f}{r.main_cpu:>9.1f}{r.mb_per_s:>7.2f}{r.claims_per_s:>10.0f}"
        f"{r.peak_mb:>9.0f}"
    )


@contextmanager
def postgres_database(server_url: str) -> Iterator[str]:
    """A fresh database on the server at ``server_url``, dropped afterwards; yields its URL."""
    from sqlalchemy import create_engine, text
    from sqlalchemy.engine import make_url

    name = f"factdb_bench_{os.getpid()}"
    engine = create_engine(server_url, isolation_level="AUTOCOMMIT")
    with engine.connect() as conn:
        conn.execute(text(f'CREATE DATABASE "{name}"'))
    try:
        yield make_url(server_url).set(database=name).render_as_string(hide_password=False)
    finally:
        with engine.connect() as conn:
            conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        engine.dispose()


def verdict(met: bool) -> str:
    return "meets" if met else "MISSES"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mb", type=float, default=100.0, help="corpus size (default 100)")
    parser.add_argument(
        "--postgres",
        default=os.environ.get(POSTGRES_ENV),
        metavar="URL",
        help=f"a PostgreSQL database that may create databases (${POSTGRES_ENV})",
    )
    parser.add_argument("--keep", type=Path, help="build the corpus and databases here, kept")
    parser.add_argument("--child", nargs=3, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        corpus, url, jobs = args.child
        ingest_child(Path(corpus), url, int(jobs))
        return

    with tempfile.TemporaryDirectory(prefix="factdb-bench-") as tmp:
        work = args.keep or Path(tmp)
        corpus = work / f"corpus_{args.mb:g}mb"
        corpus.mkdir(parents=True, exist_ok=True)
        started = time.perf_counter()
        files, size_bytes = build_corpus(corpus, args.mb)
        print(
            f"built corpus: {files} files, {size_bytes / 1e6:.1f} MB "
            f"in {time.perf_counter() - started:.1f}s"
        )
        print(f"\n{HEADER}", flush=True)
        results = {}
        for jobs in (1, 2):
            db_path = work / f"jobs{jobs}.sqlite"
            db_path.unlink(missing_ok=True)
            label = f"sqlite --jobs {jobs}"
            results[label] = run_ingest(label, corpus, f"sqlite:///{db_path}", jobs)
            print(row(results[label]), flush=True)
        if args.postgres:
            with postgres_database(args.postgres) as url:
                label = "postgres --jobs 2"
                results[label] = run_ingest(label, corpus, url, 2)
                print(row(results[label]), flush=True)

    base, parallel = results["sqlite --jobs 1"], results["sqlite --jobs 2"]
    speedup = base.seconds / parallel.seconds
    peak = max(r.peak_mb for r in results.values())
    print(
        f"\n--jobs 2 vs --jobs 1: x{speedup:.2f}, "
        f"{verdict(speedup >= SPEEDUP_TARGET)} the target (>= {SPEEDUP_TARGET}x)"
    )
    print(
        f"CPU: --jobs 2 used {parallel.cpu:.1f} s against {base.cpu:.1f} s; on two idle cores "
        f"that allows at most x{2 * base.cpu / parallel.cpu:.2f}"
    )
    print(
        f"peak memory {peak:.0f} MB {verdict(peak < PEAK_MEMORY_TARGET_MB)} the target "
        f"(< {PEAK_MEMORY_TARGET_MB} MB)"
    )
    if "postgres --jobs 2" in results:
        ratio = parallel.seconds / results["postgres --jobs 2"].seconds
        print(f"postgres vs sqlite (--jobs 2): x{ratio:.2f} the speed")
    else:
        print(f"postgres vs sqlite: no server (give --postgres URL or ${POSTGRES_ENV})")
    if speedup < SPEEDUP_TARGET or peak >= PEAK_MEMORY_TARGET_MB:
        sys.exit(1)


if __name__ == "__main__":
    main()

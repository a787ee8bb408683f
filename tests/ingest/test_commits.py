"""Ingest commits each file on its own: a killed ingest keeps every file it finished, a re-run
resumes, and a reviewer saving meanwhile waits for one file's insert at most."""

from __future__ import annotations

import sqlite3
import subprocess
import time
from pathlib import Path

from sqlalchemy import func, select

from factdb.claims.review import review_claim
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source

from .conftest import EDITIONS, FACTDB, write_editions

# Long enough for a machine shared with other jobs; an ingest in one transaction blocks
# a reviewer for its whole run (the 10 s busy timeout, then "database is locked").
REVIEW_WAIT_LIMIT_S = 1.5


def _wait_for_sources(db_file: Path, at_least: int, process: subprocess.Popen[bytes]) -> int:
    """Poll the database (read-only, no schema created) until ``at_least`` sources are
    committed or the process ends; returns the count seen."""
    deadline = time.monotonic() + 300
    seen = 0
    while time.monotonic() < deadline and process.poll() is None:
        try:
            with sqlite3.connect(f"file:{db_file}?mode=ro", uri=True) as conn:
                seen = conn.execute("SELECT count(*) FROM source").fetchone()[0]
        except sqlite3.OperationalError:  # not created yet
            seen = 0
        if seen >= at_least:
            break
        time.sleep(0.05)
    return seen


def _per_source(db: Database) -> list[tuple[str, int, int]]:
    """(path, articles, claims) of each source, in id order."""
    with db.session() as session:
        articles = select(func.count(Article.id)).where(Article.source_id == Source.id)
        claims = select(func.count(Claim.id)).where(Claim.source_id == Source.id)
        query = select(Source.path, articles.scalar_subquery(), claims.scalar_subquery()).order_by(
            Source.id
        )
        return [(path, a, c) for path, a, c in session.execute(query)]


def test_killed_ingest_keeps_finished_files_and_a_rerun_resumes(
    editions: Path, tmp_path: Path
) -> None:
    db_file = tmp_path / "factdb.sqlite"
    url = f"sqlite:///{db_file}"
    ingest = [FACTDB, "ingest", str(editions), "--jobs", "1", "--db", url]
    process = subprocess.Popen(ingest, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        seen = _wait_for_sources(db_file, 3, process)
    finally:
        process.kill()
        process.wait()
    assert 3 <= seen < EDITIONS, f"saw {seen} sources before the kill"

    db = Database(url)
    kept = _per_source(db)
    assert len(kept) >= seen
    files = sorted(editions.iterdir())
    assert [path for path, _, _ in kept] == [str(p) for p in files[: len(kept)]]  # in order

    report = ingest_paths(db, [editions])

    assert len(report.unchanged) == len(kept)  # finished files are skipped
    assert len(report.added) == EDITIONS - len(kept)
    after = _per_source(db)
    assert [path for path, _, _ in after] == [str(p) for p in files]
    # Every edition holds the same articles and claims: none was stored half.
    assert len({(a, c) for _, a, c in after}) == 1 and after[0][2] > 0
    db.dispose()


def test_reviewer_saves_within_a_second_while_an_ingest_runs(tmp_path: Path) -> None:
    db_file = tmp_path / "factdb.sqlite"
    url = f"sqlite:///{db_file}"
    db = Database(url)
    ingest_paths(db, write_editions(tmp_path / "first", 1))
    claim_id = db.engine.connect().execute(select(func.min(Claim.id))).scalar_one()
    folder = tmp_path / "more"
    write_editions(folder, EDITIONS, first=1)
    ingest = [FACTDB, "ingest", str(folder), "--jobs", "1", "--db", url]
    process = subprocess.Popen(ingest, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    waits = []
    try:
        _wait_for_sources(db_file, 2, process)  # the ingest has committed a file of its own
        for n in range(5):
            if process.poll() is not None:
                break
            started = time.perf_counter()
            review_claim(db, claim_id, note=f"review {n}", reviewer="ann")
            waits.append(time.perf_counter() - started)
            time.sleep(0.1)
        still_running = process.poll() is None
    finally:
        process.wait(timeout=600)
    assert process.returncode == 0, process.stderr.read() if process.stderr else ""
    assert len(waits) >= 3 and still_running, f"the ingest ended too soon to test ({waits})"
    assert max(waits) < REVIEW_WAIT_LIMIT_S, waits
    db.dispose()

"""`--jobs N` stores what `--jobs 1` stores, in the same order, whether the workers' patterns
and units come from the cache or not; several ingests into one PostgreSQL database at once
store every claim exactly once."""

from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from sqlalchemy import select

from factdb.cli import app
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source

from .conftest import FACTDB, write_articles, write_editions

SHARDS = 4


def _stored(url: str) -> list[tuple[Any, ...]]:
    """Every claim with its source and article, in id order; ids as positions, so that two
    databases compare by content and order."""
    db = Database(url)
    with db.session() as session:
        query = (
            select(Source.path, Article.ordinal, Article.title, Article.published, Claim)
            .join(Source, Source.id == Claim.source_id)
            .join(Article, Article.id == Claim.article_id)
            .order_by(Claim.id)
        )
        rows = session.execute(query).all()
    db.dispose()
    position = {claim.id: n for n, (*_, claim) in enumerate(rows)}
    return [
        (
            Path(path).name,
            ordinal,
            title,
            published,
            c.start,
            c.end,
            c.quote,
            c.value,
            c.unit,
            c.date,
            c.fingerprint,
            None if c.equivalent_id is None else position[c.equivalent_id],
        )
        for path, ordinal, title, published, c in rows
    ]


def _ingest(url: str, *args: str) -> str:
    result = CliRunner().invoke(app, ["ingest", *args, "--db", url])
    assert result.exit_code == 0, result.output
    return result.output


def test_parallel_ingest_stores_the_same_claims_in_the_same_order(
    tmp_path: Path, sqlite_url: str
) -> None:
    folder = tmp_path / "in"
    write_articles(folder)
    write_editions(folder, 2)
    serial_url = f"sqlite:///{tmp_path / 'serial.sqlite'}"

    _ingest(serial_url, str(folder), "--jobs", "1")
    _ingest(sqlite_url, str(folder), "--jobs", "2")

    serial = _stored(serial_url)
    assert serial and _stored(sqlite_url) == serial
    assert "ingested 0 new file(s)" in _ingest(sqlite_url, str(folder), "--jobs", "2")
    assert _stored(sqlite_url) == serial


def test_workers_store_the_same_claims_with_a_cold_and_a_warm_cache(tmp_path: Path) -> None:
    """The workers' server compiles its patterns (and pint parses its units) the first time
    and reads them from the cache folder the next: both ingests store what --jobs 1 does."""
    folder = tmp_path / "in"
    write_editions(folder, 3)
    serial_url = f"sqlite:///{tmp_path / 'serial.sqlite'}"
    _ingest(serial_url, str(folder), "--jobs", "1")
    cache = tmp_path / "cache"
    env = {**os.environ, "FACTDB_CACHE_DIR": str(cache)}
    for run in ("cold", "warm"):
        url = f"sqlite:///{tmp_path / run}.sqlite"
        command = [FACTDB, "ingest", str(folder), "--jobs", "2", "--db", url]
        subprocess.run(command, env=env, check=True, capture_output=True, timeout=600)
        assert _stored(url) == _stored(serial_url), run
        assert any((cache / "patterns").iterdir()) and any((cache / "pint").iterdir())


def test_concurrent_ingests_into_postgres_store_each_claim_once(
    tmp_path: Path, postgres_url: str, sqlite_url: str
) -> None:
    files = write_articles(tmp_path / "in")
    # Overlapping shards: every file is in two of them.
    shards = [
        [f for i, f in enumerate(files) if i % SHARDS in (k, (k + 1) % SHARDS)]
        for k in range(SHARDS)
    ]
    assert all(n == 2 for n in Counter(f for shard in shards for f in shard).values())

    processes = [
        subprocess.Popen(
            [FACTDB, "ingest", *map(str, shard), "--jobs", "1", "--db", postgres_url],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for shard in shards
    ]
    outputs = [p.communicate(timeout=600) for p in processes]
    assert [p.returncode for p in processes] == [0] * SHARDS, outputs

    _ingest(sqlite_url, *map(str, files), "--jobs", "1")  # the same files, one ingest
    expected = Counter(row[:11] for row in _stored(sqlite_url))  # equivalents: ids differ
    stored = Counter(row[:11] for row in _stored(postgres_url))
    assert stored == expected
    assert set(stored.values()) == {1}

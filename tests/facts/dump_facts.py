"""Dump every fact fact tracking builds on the test corpora to JSON, to check that a change
to how facts are built (not to the rules) leaves every result as it was.

    .venv/bin/python tests/facts/dump_facts.py OUT.json [--claims 10000]

Scenarios, each in a fresh SQLite file: the seeds and the fact corpus, then each follow-up
folder (``tests/facts/followups*``) added to them, on first use and as an update over built
facts; every folder at once; a noun correction, a status change, a split and a merge over
built facts; and the bench's copied corpus (``--claims``) rebuilt from empty tables, then
updated after an ingest and a noun correction, then rebuilt over built facts. Each
fact is dumped with its key, name, counted fields, its claims' fingerprints with what was
derived for each (base key, opening, evidence), and its checks (findings, notes, timeline).
It runs with ``PYTHONHASHSEED=0``: an evidence line lists words of equal weight in set order.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from sqlalchemy import select
from sqlmodel import col

from factdb.claims.review import Correction, review_claim
from factdb.facts import ensure_facts, rebuild
from factdb.facts.listing import conversion_rates, fact_detail
from factdb.facts.overrides import merge_facts, split_claim
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim, Fact, FactClaim, FactInput

ROOT = Path(__file__).resolve().parents[2]
BASE = [ROOT / "seeds", ROOT / "tests" / "facts" / "corpus"]
FOLLOWUPS = sorted(p for p in (ROOT / "tests" / "facts").glob("followups*") if p.is_dir())
sys.path.insert(0, str(ROOT / "bench"))


def dump(db: Database) -> dict[str, Any]:
    """Every stored fact, by key, and its claims."""
    with db.session() as session:
        facts = list(session.scalars(select(Fact).order_by(col(Fact.key))).all())
        links = session.execute(
            select(
                col(FactClaim.fact_id),
                col(Claim.fingerprint),
                col(FactInput.base_key),
                col(FactInput.opening),
                col(FactInput.opening_known),
                col(FactInput.evidence),
            )
            .join(Claim, col(Claim.id) == col(FactClaim.claim_id))
            .outerjoin(FactInput, col(FactInput.claim_id) == col(FactClaim.claim_id))
        ).all()
        inputs = session.execute(
            select(col(Claim.fingerprint), col(FactInput.base_key), col(FactInput.identity)).join(
                Claim, col(Claim.id) == col(FactInput.claim_id)
            )
        ).all()
    members: dict[int, list[list[Any]]] = {}
    for fact_id, *rest in links:
        members.setdefault(fact_id, []).append(list(rest))
    rates = conversion_rates(db)
    found: dict[str, Any] = {}
    for f in facts:
        detail = fact_detail(db, f.id or 0, refresh=False, rates=rates)
        found[f.key] = {
            "id": f.id,
            "name": f.name,
            "fields": [f.noun, f.dimension, f.subject, f.claims, f.sources, f.conflicts],
            "dates": [str(f.first_date), str(f.last_date)],
            "claims": sorted(members.get(f.id or 0, [])),
            "findings": sorted(repr(x) for x in detail.checks.findings),
            "notes": detail.checks.notes,
            "timeline": [repr(p) for p in detail.checks.timeline],
        }
    return {"facts": found, "inputs": sorted(map(list, inputs))}


def _scenario(folder: Path, name: str, steps: Callable[[Database], None]) -> dict[str, Any]:
    started = time.process_time()
    db = Database(f"sqlite:///{folder / name}.sqlite")
    try:
        steps(db)
        result = dump(db)
    finally:
        db.dispose()
    print(f"{name}: {len(result['facts'])} facts, {time.process_time() - started:.1f} s CPU")
    return result


def _first_claim(db: Database, quote: str) -> int:
    with db.session() as session:
        found = session.scalars(select(col(Claim.id)).where(col(Claim.quote) == quote)).first()
    assert found is not None, quote
    return found


def _fact_of(db: Database, claim_id: int) -> int:
    with db.session() as session:
        found = session.scalars(
            select(col(FactClaim.fact_id)).where(col(FactClaim.claim_id) == claim_id)
        ).first()
    assert found is not None, claim_id
    return found


def _reviews(db: Database) -> None:
    ingest_paths(db, [*BASE, *FOLLOWUPS])
    ensure_facts(db)
    review_claim(db, _first_claim(db, "21,000"), correction=Correction(noun="fuel cell cars"))
    ensure_facts(db)
    review_claim(db, _first_claim(db, "12,500"), status="disputed")
    ensure_facts(db)
    split_claim(db, _first_claim(db, "12,500"))
    ensure_facts(db)
    merge_facts(
        db, _fact_of(db, _first_claim(db, "9,000")), _fact_of(db, _first_claim(db, "21,000"))
    )
    ensure_facts(db)


def scenarios(folder: Path, claims: int) -> dict[str, Any]:
    """Every scenario's dump, by name."""
    from bench_facts import build

    found: dict[str, Any] = {}

    def base(db: Database) -> None:
        ingest_paths(db, BASE)
        rebuild(db)

    found["base"] = _scenario(folder, "base", base)
    for followup in FOLLOWUPS:

        def first(db: Database, followup: Path = followup) -> None:
            ingest_paths(db, [*BASE, followup])
            ensure_facts(db)

        def update(db: Database, followup: Path = followup) -> None:
            ingest_paths(db, BASE)
            ensure_facts(db)
            ingest_paths(db, [followup])
            ensure_facts(db)

        found[f"{followup.name} first"] = _scenario(folder, f"{followup.name}-first", first)
        found[f"{followup.name} update"] = _scenario(folder, f"{followup.name}-update", update)

    def every(db: Database) -> None:
        ingest_paths(db, [*BASE, *FOLLOWUPS])
        ensure_facts(db)

    found["all"] = _scenario(folder, "all", every)
    found["reviews"] = _scenario(folder, "reviews", _reviews)

    def copied(db: Database) -> None:
        db.dispose()
        build(folder / "copied.sqlite", claims).dispose()
        rebuild(db)

    found[f"copied {claims}"] = _scenario(folder, "copied", copied)

    def later(db: Database) -> None:
        db.dispose()
        build(folder / "later.sqlite", claims).dispose()
        rebuild(db)
        extra = folder / "extra.txt"
        extra.write_text("Late news\n\nChina now has 30,000 hydrogen vehicles, a ministry said.\n")
        ingest_paths(db, [extra])
        ensure_facts(db)
        review_claim(db, _first_claim(db, "12,500"), correction=Correction(noun="swap kiosks"))
        ensure_facts(db)
        rebuild(db)

    found[f"copied {claims}, an article and a correction later"] = _scenario(folder, "later", later)
    return found


def main() -> None:
    if os.environ.get("PYTHONHASHSEED") != "0":
        os.execve(
            sys.executable, [sys.executable, *sys.argv], {**os.environ, "PYTHONHASHSEED": "0"}
        )
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", type=Path)
    parser.add_argument("--claims", type=int, default=10_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        result = scenarios(Path(folder), args.claims)
    args.out.write_text(json.dumps(result, indent=1, sort_keys=True, default=str))


if __name__ == "__main__":
    main()

"""Bench the review app headless at 1,000 claims (the baseline) and 100,000 claims.

Builds both databases (the sample corpus ingested once, its claims replicated with bulk
inserts), then drives the real app with ``run_test()`` in a fresh process per size, and
prints: time to first screen painted, median ms per keystroke (cursor move, page down,
filter change), median ms per review saved, and peak memory — with the 100,000-claim
targets and whether each is met.

    python bench/bench_tui.py [--sizes 1000 100000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import asyncio
import json
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import date
from pathlib import Path

from sqlalchemy import insert, select

from factdb.db import Database
from factdb.ingest import ingest_paths
from factdb.models import Claim

ROOT = Path(__file__).resolve().parents[1]
BASELINE = 1_000
TARGETS = {  # at 100,000 claims; figure -> (limit, unit)
    "first_paint_ms": 1000.0,
    "cursor_ms": 50.0,
    "page_down_ms": 50.0,
    "filter_ms": 50.0,
    "review_save_ms": 20.0,
    "peak_mb": 300.0,
}
BATCH = 10_000


def build_database(path: Path, claims: int) -> None:
    """A database with the corpus's sources and articles and exactly ``claims`` claims."""
    db = Database(f"sqlite:///{path}")
    ingest_paths(db, [ROOT / "seeds"], published=date(2024, 8, 6))
    skip = {"id", "equivalent_id"}
    with db.session() as session:
        template = [
            {k: v for k, v in c.model_dump().items() if k not in skip}
            for c in session.scalars(select(Claim).order_by(Claim.id))
        ]
        have = len(template)
        while have < claims:
            n = min(BATCH, claims - have)
            rows = [template[(have + i) % len(template)] for i in range(n)]
            session.execute(insert(Claim), rows)
            have += n
        if have > claims:  # the corpus alone has more than asked for
            extra = session.scalars(select(Claim.id).order_by(Claim.id.desc()).limit(have - claims))  # type: ignore[union-attr]
            for claim_id in list(extra):
                session.delete(session.get(Claim, claim_id))
    db.dispose()


async def _drive(url: str) -> dict[str, float]:
    from textual import events

    from tui.app import create_app
    from tui.screens.claims import ClaimsScreen

    started = time.perf_counter()
    app = create_app(Database(url, create=False), reviewer="bench")
    async with app.run_test(size=(140, 45)) as pilot:
        while not (
            isinstance(app.screen, ClaimsScreen)
            and app.screen.table.claim_ids
            and app.screen.counts
        ):
            await pilot.pause(0)
        await pilot.pause(0)  # one more refresh: the rows are on screen
        first_paint = (time.perf_counter() - started) * 1000
        screen = app.screen
        table = screen.table
        assert app._driver is not None

        async def keystroke(key: str, done: Callable[[], bool], *, settle: bool = True) -> float:
            """ms from the key sent to its effect shown and (``settle``) every worker it
            started finished; without ``settle`` the follow-ups are waited for untimed."""
            t0 = time.perf_counter()
            # What the pilot does, minus its fixed waits for idle, so the figure is the app's.
            event = events.Key(key, key if len(key) == 1 else None)
            event.set_sender(app)
            app._driver.send_message(event)
            while not done():
                await asyncio.sleep(0)
            spent = time.perf_counter() - t0
            while any(w.is_running for w in app.workers):  # cancelled ones included
                await asyncio.sleep(0)
            await pilot.pause(0)
            return (time.perf_counter() - t0 if settle else spent) * 1000

        def moved(row: int) -> Callable[[], bool]:
            return lambda: table.cursor_row != row

        cursor = [await keystroke("down", moved(table.cursor_row)) for _ in range(60)]
        page_down = [await keystroke("pagedown", moved(table.cursor_row)) for _ in range(30)]
        filters = []
        for _ in range(20):  # each press shows the next status (or any): a reload
            generation = screen.generation
            filters.append(
                await keystroke(
                    "s",
                    lambda g=generation: screen.generation != g and not table.loading,  # type: ignore[misc]
                )
            )
        saves = []
        for i in range(40):
            status = ("verified", "disputed")[i % 2]
            saves.append(
                await keystroke(
                    status[0],
                    lambda s=status: getattr(table.claim_at_cursor(), "status", None) == s,  # type: ignore[misc]
                    settle=False,  # saved = committed and shown; the counts refresh follows
                )
            )
            await keystroke("down", moved(table.cursor_row))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    return {
        "first_paint_ms": first_paint,
        "cursor_ms": statistics.median(cursor),
        "page_down_ms": statistics.median(page_down),
        "filter_ms": statistics.median(filters),
        "review_save_ms": statistics.median(saves),
        "peak_mb": peak_kb / 1024,
    }


def measure(path: Path) -> dict[str, float]:
    """Drive the app on a copy of ``path`` (the bench reviews claims) in a fresh process, so
    peak memory is the app's alone."""
    copy = path.with_suffix(".run.sqlite")
    shutil.copy(path, copy)
    result = subprocess.run(
        [sys.executable, __file__, "--drive", f"sqlite:///{copy}"],
        check=True,
        capture_output=True,
        text=True,
    )
    copy.unlink()
    return json.loads(result.stdout.strip().splitlines()[-1])  # type: ignore[no-any-return]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[BASELINE, 100_000])
    parser.add_argument("--keep", type=Path, help="Build the databases in this folder.")
    parser.add_argument("--drive", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        print(json.dumps(asyncio.run(_drive(args.drive))))
        return
    folder = args.keep or Path(tempfile.mkdtemp(prefix="bench-tui-"))
    folder.mkdir(parents=True, exist_ok=True)
    figures: dict[int, dict[str, float]] = {}
    for size in args.sizes:
        path = folder / f"claims-{size}.sqlite"
        if not path.exists():
            t0 = time.perf_counter()
            build_database(path, size)
            print(f"built {size:,} claims in {time.perf_counter() - t0:.1f} s ({path})")
        figures[size] = measure(path)
    sizes = sorted(figures)
    print()
    header = f"{'figure':<16}" + "".join(f"{f'{s:,} claims':>16}" for s in sizes)
    print(header + f"{'target':>12}  met (at largest)")
    for name, limit in TARGETS.items():
        cells = "".join(f"{figures[s][name]:>16.1f}" for s in sizes)
        met = "yes" if figures[sizes[-1]][name] <= limit else "NO"
        print(f"{name:<16}{cells}{limit:>12.0f}  {met}")
    if BASELINE in figures and len(sizes) > 1:
        largest = sizes[-1]
        growth = {
            n: figures[largest][n] / figures[BASELINE][n] for n in TARGETS if figures[BASELINE][n]
        }
        print(
            f"\ngrowth {BASELINE:,} → {largest:,} claims (×{largest // BASELINE}): "
            + ", ".join(f"{n} ×{g:.2f}" for n, g in growth.items())
        )


if __name__ == "__main__":
    main()

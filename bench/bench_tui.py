"""Bench the review app headless at 1,000 claims (the baseline) and 100,000 claims.

Builds both databases (the sample corpus ingested once, its claims replicated with bulk
inserts), then drives the real app with ``run_test()`` in a fresh process per size.

Each keystroke is timed from the key event sent to the first screen update (compositor
refresh) that shows its effect: for a cursor move, the table with the cursor on the new row;
for a page down or End, that row's claim loaded; for a filter change, the first page of the
new listing; for a review, the claim's new status on its row (shown at once, marked pending;
``review_stored_ms``: until the mark goes, the review committed). The detail pane loads a
beat after the cursor pauses, in a worker: its latency (key to the pane showing the new
claim) is printed on its own. A review's database commit is timed apart from the repaint.
Keys are sent one at a time, each after the app went idle (a reviewer reading every
claim); ``cursor_held_ms`` is the table's latency with the key held down (30 presses a
second), without waiting.

Prints every figure at each size, the 100,000-claim targets and whether each is met, and the
figures the first version of the app measured (``before``, quoted from its bench run: it timed
until the state changed and the workers finished, not until the screen was updated).

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
from sqlmodel import col

from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Claim

ROOT = Path(__file__).resolve().parents[1]
BASELINE = 1_000
TARGETS = {  # at 100,000 claims; figure -> limit
    "first_paint_ms": 1000.0,
    "cursor_ms": 50.0,
    "page_down_ms": 50.0,
    "filter_ms": 50.0,
    "review_save_ms": 20.0,
    "peak_mb": 300.0,
}
EXTRA = (  # printed, no target
    "detail_ms",
    "cursor_held_ms",
    "end_ms",
    "review_stored_ms",
    "review_commit_ms",
)
# The first version of the app (bench at commit ba08603), as its author reported it.
BEFORE = {
    1_000: {"cursor_ms": 39.0, "page_down_ms": 45.0, "filter_ms": 72.0, "review_save_ms": 20.8},
    100_000: {
        "first_paint_ms": 686.0,
        "cursor_ms": 71.0,
        "page_down_ms": 96.0,
        "filter_ms": 128.0,
        "review_save_ms": 25.6,
        "peak_mb": 131.0,
    },
}
HELD_KEY_S = 1 / 30
BATCH = 10_000


def build_database(path: Path, claims: int) -> None:
    """A database with the corpus's sources and articles and exactly ``claims`` claims."""
    db = Database(f"sqlite:///{path}")
    ingest_paths(db, [ROOT / "seeds"], published=date(2024, 8, 6))
    skip = {"id", "equivalent_id"}
    with db.session() as session:
        template = [
            {k: v for k, v in c.model_dump().items() if k not in skip}
            for c in session.scalars(select(Claim).order_by(col(Claim.id)))
        ]
        have = len(template)
        while have < claims:
            n = min(BATCH, claims - have)
            rows = [template[(have + i) % len(template)] for i in range(n)]
            session.execute(insert(Claim), rows)
            have += n
        if have > claims:  # the corpus alone has more than asked for
            extra = session.scalars(
                select(col(Claim.id)).order_by(col(Claim.id).desc()).limit(have - claims)
            )
            for claim_id in list(extra):
                session.delete(session.get(Claim, claim_id))
    db.dispose()


class _Shown:
    """The first screen update at which ``when`` holds: its time (``at``)."""

    when: Callable[[], bool] = staticmethod(lambda: False)
    at: float | None = None


async def _drive(url: str) -> dict[str, float]:
    from rich.console import RenderableType
    from textual import events
    from textual.screen import Screen

    from factdb.claims.review import SavedReview
    from tui.app import create_app
    from tui.screens.claims import ClaimsScreen
    from tui.widgets.detail import DetailPane
    from tui.writer import ReviewRequest

    started = time.perf_counter()
    app = create_app(Database(url, create=False), reviewer="bench")
    # Noted at each screen update: the headless driver discards the output, but the
    # compositor still renders every update.
    shown = _Shown()
    display = app._display

    def noting_display(screen: Screen[object], renderable: RenderableType | None) -> None:
        display(screen, renderable)
        if renderable is not None and shown.at is None and shown.when():
            shown.at = time.perf_counter()

    app._display = noting_display  # type: ignore[method-assign]

    async def painted(when: Callable[[], bool]) -> float:
        """Wait for the first screen update showing ``when``; the time it happened."""
        shown.when, shown.at = when, None
        while shown.at is None:
            await asyncio.sleep(0)
        return shown.at

    commits: list[float] = []
    save = app.writer._save

    def timed_save(request: ReviewRequest) -> SavedReview:
        t0 = time.perf_counter()
        try:
            return save(request)
        finally:
            commits.append((time.perf_counter() - t0) * 1000)

    app.writer._save = timed_save  # type: ignore[method-assign]

    async with app.run_test(size=(140, 45)) as pilot:
        while not isinstance(app.screen, ClaimsScreen):
            await pilot.pause(0)
        screen = app.screen
        table = screen.table
        detail = screen.query_one(DetailPane)
        first_paint = (
            await painted(lambda: table.claim_at_cursor() is not None and bool(screen.counts))
            - started
        ) * 1000
        assert app._driver is not None

        def send(key: str) -> float:
            # What the pilot does, minus its fixed waits for idle, so the figure is the app's.
            event = events.Key(key, key if len(key) == 1 else None)
            event.set_sender(app)
            t0 = time.perf_counter()
            app._driver.send_message(event)  # type: ignore[union-attr]
            return t0

        def detail_current() -> bool:
            claim = table.claim_at_cursor()
            return detail.claim_id == (claim.id if claim else None)

        async def idle() -> None:
            """Wait for the app to be at rest (a reviewer reads before the next key)."""
            while not detail_current() or any(w.is_running for w in app.workers):
                await asyncio.sleep(0)  # workers cancelled by newer ones included
            await pilot.pause()  # until the process is idle

        async def keystroke(key: str, done: Callable[[], bool]) -> tuple[float, float]:
            """ms from the key to its effect shown, and to the detail pane following."""
            t0 = send(key)
            effect = await painted(done)
            # Already current: the pane showed the claim in the same update as the effect.
            pane = effect if detail_current() else await painted(detail_current)
            await idle()
            return (effect - t0) * 1000, (pane - t0) * 1000

        def on_row(row: int) -> Callable[[], bool]:
            return lambda: table.cursor_row == row and table.claim_at_cursor() is not None

        await idle()
        cursor, details = [], []
        for _ in range(60):
            effect, pane = await keystroke("down", on_row(table.cursor_row + 1))
            cursor.append(effect)
            details.append(pane)
        held = []
        for _ in range(30):
            t0 = send("down")
            held.append((await painted(on_row(table.cursor_row + 1)) - t0) * 1000)
            await asyncio.sleep(max(HELD_KEY_S - (time.perf_counter() - t0), 0))
        await idle()
        page_down = [
            (await keystroke("pagedown", on_row(table.cursor_row + table._body_height)))[0]
            for _ in range(30)
        ]
        end = [(await keystroke("end", on_row(table.total - 1)))[0]]
        await keystroke("home", on_row(0))
        end.append((await keystroke("end", on_row(table.total - 1)))[0])
        await keystroke("home", on_row(0))
        filters = []
        for _ in range(20):  # each press shows the next status (or any): a reload
            generation = screen.generation

            def reloaded(g: int = generation) -> bool:
                return screen.shown_generation == screen.generation != g

            filters.append((await keystroke("s", reloaded))[0])
        saves, stored = [], []
        for i in range(40):
            status = ("verified", "disputed")[i % 2]
            claim = table.claim_at_cursor()
            assert claim is not None and claim.id is not None
            claim_id = claim.id

            def shown(s: str = status, c: int = claim_id) -> bool:
                claim = table.claim_at_cursor()
                return (table.pending_status(c) or getattr(claim, "status", None)) == s

            def saved(s: str = status, c: int = claim_id) -> bool:
                claim = table.claim_at_cursor()
                return table.pending_status(c) is None and getattr(claim, "status", None) == s

            t0 = send(status[0])
            saves.append((await painted(shown) - t0) * 1000)
            stored.append((await painted(saved) - t0) * 1000)
            await idle()
            await keystroke("down", on_row(table.cursor_row + 1))
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KB on Linux
    return {
        "first_paint_ms": first_paint,
        "cursor_ms": statistics.median(cursor),
        "page_down_ms": statistics.median(page_down),
        "filter_ms": statistics.median(filters),
        "review_save_ms": statistics.median(saves),
        "review_stored_ms": statistics.median(stored),
        "peak_mb": peak_kb / 1024,
        "detail_ms": statistics.median(details),
        "cursor_held_ms": statistics.median(held),
        "end_ms": statistics.median(end),
        "review_commit_ms": statistics.median(commits),
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
    figures: dict[str, float] = json.loads(result.stdout.strip().splitlines()[-1])
    return figures


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[BASELINE, 100_000])
    parser.add_argument("--keep", type=Path, help="Build the databases in this folder.")
    parser.add_argument("--drive", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.drive:
        print(json.dumps(asyncio.run(_drive(args.drive))))
        return 0
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
    columns = [f"{s:,} claims" for s in sizes] + [f"before {s:,}" for s in sizes if s in BEFORE]
    print(f"{'figure':<18}" + "".join(f"{c:>16}" for c in columns) + f"{'target':>10}  met")
    for name in [*TARGETS, *EXTRA]:
        cells: list[float | None] = [figures[s][name] for s in sizes]
        cells += [BEFORE[s].get(name) for s in sizes if s in BEFORE]
        limit = TARGETS.get(name)
        met = "" if limit is None else ("yes" if figures[sizes[-1]][name] <= limit else "NO")
        print(
            f"{name:<18}"
            + "".join(f"{'-' if c is None else f'{c:.1f}':>16}" for c in cells)
            + f"{'' if limit is None else f'{limit:.0f}':>10}  {met}"
        )
    if BASELINE in figures and len(sizes) > 1:
        largest = sizes[-1]
        growth = {
            n: figures[largest][n] / figures[BASELINE][n]
            for n in [*TARGETS, *EXTRA]
            if figures[BASELINE][n]
        }
        print(
            f"\ngrowth {BASELINE:,} → {largest:,} claims (×{largest // BASELINE}): "
            + ", ".join(f"{n} ×{g:.2f}" for n, g in growth.items())
        )
    missed = [n for n, limit in TARGETS.items() if figures[sizes[-1]][n] > limit]
    if missed:
        print(f"\nMISSED at {sizes[-1]:,} claims: {', '.join(missed)}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())

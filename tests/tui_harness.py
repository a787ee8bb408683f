"""Helpers for the review app's tests: build a database from the sample corpus, drive the real
app headless through its pilot and wait for its workers."""

from __future__ import annotations

import asyncio
import contextlib
from collections.abc import Awaitable, Callable
from datetime import date
from pathlib import Path

from seeded import build
from textual.pilot import Pilot

from factdb.store.database import Database
from tui.app import FactdbApp, create_app

REVIEWER = "alice"
SIZE = (140, 45)
PUBLISHED = date(2024, 8, 6)  # fixed, so inferred dates do not depend on today


def build_for_app(path: Path, folder: Path) -> Path:
    """Ingest ``folder`` into a new SQLite database at ``path``, as the app's tests see it."""
    # Relative source paths, so what the app shows does not depend on where the tests run.
    with contextlib.chdir(folder.parent):
        return build(path, [Path(folder.name)], published=PUBLISHED)


async def settle(pilot: Pilot[None]) -> None:
    """Wait until timers have fired, workers have finished and their messages are handled."""
    for _ in range(3):
        await pilot.pause(0.05)
        # Not workers.wait_for_complete(): it raises for workers a newer one cancelled.
        while any(worker.is_running for worker in pilot.app.workers):
            await pilot.pause(0.01)
    await pilot.pause()


Scenario = Callable[[FactdbApp, Pilot[None]], Awaitable[None]]


def drive(db: Database, scenario: Scenario) -> None:
    """Run the real app on ``db`` headless and play ``scenario`` against it."""

    async def main() -> None:
        app = create_app(db, reviewer=REVIEWER)
        async with app.run_test(size=SIZE) as pilot:
            await settle(pilot)
            await scenario(app, pilot)

    asyncio.run(main())

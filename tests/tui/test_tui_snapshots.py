"""Snapshots of the screens people look at, at a fixed terminal size, on a deterministic
database (fixed reviewer and publication date, relative source paths, no reviews, so no
wall-clock times on screen; history rendering is checked by the pilot tests)."""

from __future__ import annotations

from textual.pilot import Pilot
from tui_harness import REVIEWER, SIZE, settle

from factdb.store.database import Database
from tui.app import create_app


def test_main_screen(db: Database, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def ready(pilot: Pilot[None]) -> None:
        await settle(pilot)

    assert snap_compare(create_app(db, reviewer=REVIEWER), terminal_size=SIZE, run_before=ready)


def test_detail_pane_with_equivalent(db: Database, snap_compare) -> None:  # type: ignore[no-untyped-def]

    async def open_claim(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("slash", *"2.3 billion", "enter", "escape")
        await settle(pilot)

    app = create_app(db, reviewer=REVIEWER)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_claim)


def test_correction_modal(db: Database, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def open_modal(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("c")
        await settle(pilot)
        await pilot.press("tab", "tab", *"banana", "enter")  # the unit: refused, with its reason
        await settle(pilot)

    app = create_app(db, reviewer=REVIEWER)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_modal)


def test_help_screen(db: Database, snap_compare) -> None:  # type: ignore[no-untyped-def]
    async def open_help(pilot: Pilot[None]) -> None:
        await settle(pilot)
        await pilot.press("question_mark")
        await settle(pilot)

    app = create_app(db, reviewer=REVIEWER)
    assert snap_compare(app, terminal_size=SIZE, run_before=open_help)

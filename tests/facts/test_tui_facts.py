"""The facts screen in the real review app, driven through its pilot on the corpus database."""

from __future__ import annotations

import asyncio

from sqlalchemy import select
from textual.pilot import Pilot
from textual.widgets import DataTable, Static

from factdb.db import Database
from factdb.facts.queries import fact_of_claim, list_facts
from factdb.models import Claim
from tui.app import FactdbApp, create_app
from tui.screens.claims import ClaimsScreen
from tui.screens.facts import FactsScreen


async def _settle(pilot: Pilot[None]) -> None:
    for _ in range(3):
        await pilot.pause(0.05)
        await pilot.app.workers.wait_for_complete()
    await pilot.pause()


def _drive(db: Database, scenario) -> None:  # type: ignore[no-untyped-def]
    async def main() -> None:
        app = create_app(db, reviewer="tester")
        async with app.run_test(size=(140, 45)) as pilot:
            await _settle(pilot)
            await scenario(app, pilot)

    asyncio.run(main())


def test_jump_from_a_claim_to_its_fact_and_siblings(corpus_db: Database) -> None:
    with corpus_db.session() as session:
        claim_id = session.scalars(select(Claim.id).where(Claim.quote == "25,000")).one()
    fact = fact_of_claim(corpus_db, claim_id)
    conflicting = [f for f in list_facts(corpus_db) if f.conflicts]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        claims = app.screen
        assert isinstance(claims, ClaimsScreen)
        claims.table.move_cursor(row=claims.table.claim_ids.index(claim_id))
        await pilot.press("f")
        await _settle(pilot)
        screen = app.screen
        assert isinstance(screen, FactsScreen)
        table = screen.query_one("#facts", DataTable)
        assert table.get_row_at(table.cursor_row)[0] == str(fact.id)
        text = str(screen.query_one("#fact-text", Static).render())
        assert f"▶ claim {claim_id}" in text
        for sibling in ("“21,000”", "“20,000”", "“10,000”"):
            assert sibling in text
        assert "cannot both be right" in text and "timeline" in text
        await pilot.press("c")
        await _settle(pilot)
        assert table.row_count == len(conflicting)
        await pilot.press("escape")
        await _settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)

    _drive(corpus_db, scenario)


def test_conflicts_are_listed_first(corpus_db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        app.push_screen(FactsScreen(corpus_db))
        await _settle(pilot)
        table = app.screen.query_one("#facts", DataTable)
        conflicts = [table.get_row_at(i)[6] for i in range(table.row_count)]
        flagged = [c for c in conflicts if c]
        assert flagged and conflicts[: len(flagged)] == flagged

    _drive(corpus_db, scenario)

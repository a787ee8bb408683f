"""The facts screen in the real review app, driven through its pilot on the corpus database."""

from __future__ import annotations

from sqlalchemy import select
from textual.pilot import Pilot
from textual.widgets import DataTable, Static
from tui_harness import drive, settle

from factdb.db import Database
from factdb.facts.queries import fact_of_claim, list_facts
from factdb.models import Claim
from tui.app import FactdbApp
from tui.screens.claims import ClaimsScreen
from tui.screens.facts import FactsScreen


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
        await settle(pilot)
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
        await settle(pilot)
        assert table.row_count == len(conflicting)
        await pilot.press("escape")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)

    drive(corpus_db, scenario)


def test_conflicts_are_listed_first(corpus_db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        app.push_screen(FactsScreen(corpus_db))
        await settle(pilot)
        table = app.screen.query_one("#facts", DataTable)
        conflicts = [table.get_row_at(i)[6] for i in range(table.row_count)]
        flagged = [c for c in conflicts if c]
        assert flagged and conflicts[: len(flagged)] == flagged

    drive(corpus_db, scenario)

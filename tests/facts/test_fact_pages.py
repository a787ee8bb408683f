"""Facts a page at a time: the counts and positions the library gives by SQL agree with the
full listing, and the Facts screen reads pages around its fact as the cursor moves."""

from __future__ import annotations

import pytest
from sqlalchemy import select
from textual.pilot import Pilot
from textual.widgets import DataTable, Label
from tui_harness import drive, settle

from factdb.facts.listing import count_facts, fact_of_claim, fact_position, list_facts
from factdb.store.database import Database
from factdb.store.models import Claim
from tui.app import FactdbApp
from tui.screens import facts as facts_screen
from tui.screens.facts import FactsScreen


@pytest.mark.parametrize(
    ("conflicts_only", "search"), [(False, None), (True, None), (False, "hydrogen")]
)
def test_counts_and_positions_agree_with_the_listing(
    corpus_db: Database, conflicts_only: bool, search: str | None
) -> None:
    listed = list_facts(corpus_db, conflicts_only=conflicts_only, search=search)
    assert listed
    assert count_facts(corpus_db, conflicts_only=conflicts_only, search=search) == len(listed)
    for at, fact in enumerate(listed):
        assert fact.id is not None
        found = fact_position(corpus_db, fact.id, conflicts_only=conflicts_only, search=search)
        assert found == at
    page = list_facts(corpus_db, conflicts_only=conflicts_only, search=search, offset=1, limit=2)
    assert [f.id for f in page] == [f.id for f in listed[1:3]]


def test_a_fact_left_out_by_the_filter_has_no_position(corpus_db: Database) -> None:
    calm = next(f for f in list_facts(corpus_db) if not f.conflicts)
    assert calm.id is not None
    assert fact_position(corpus_db, calm.id) is not None
    assert fact_position(corpus_db, calm.id, conflicts_only=True) is None
    assert fact_position(corpus_db, 10**9) is None


def _rows(table: DataTable[str]) -> list[str]:
    return [str(table.get_row_at(i)[0]) for i in range(table.row_count)]


def test_the_screen_reads_pages_around_its_fact(
    corpus_db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(facts_screen, "PAGE", 6)
    monkeypatch.setattr(facts_screen, "EDGE", 1)
    listed = [str(f.id) for f in list_facts(corpus_db)]
    assert len(listed) > 20
    # A claim whose fact comes well down the list.
    with corpus_db.session() as session:
        claim_ids = session.scalars(select(Claim.id).order_by(Claim.id)).all()
    facts = {c: fact_of_claim(corpus_db, c, refresh=False) for c in claim_ids}
    claim_id, fact = next(
        (c, f) for c, f in facts.items() if f and 10 <= listed.index(str(f.id)) < len(listed) - 6
    )
    at = listed.index(str(fact.id))

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        app.push_screen(FactsScreen(corpus_db, claim_id, reviewer="tester"))
        await settle(pilot)
        table = app.screen.query_one("#facts", DataTable)
        assert table.get_row_at(table.cursor_row)[0] == str(fact.id)
        assert _rows(table) == listed[at - 3 : at + 3]
        title = str(app.screen.query_one("#facts-title", Label).render())
        assert f"{at - 2}–{at + 3} of {len(listed)}" in title
        # Up to the first row read: the page above is read, the cursor stays on its fact.
        table.move_cursor(row=0)
        await settle(pilot)
        assert _rows(table) == listed[at - 9 : at + 3]
        assert table.get_row_at(table.cursor_row)[0] == listed[at - 3]
        # Down to the last row read: the page below is added.
        table.move_cursor(row=table.row_count - 1)
        await settle(pilot)
        assert _rows(table) == listed[at - 9 : at + 9]
        assert table.get_row_at(table.cursor_row)[0] == listed[at + 2]

    drive(corpus_db, scenario)

"""The facts screen in the real review app, driven through its pilot on the corpus database."""

from __future__ import annotations

from sqlalchemy import select
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Label, Static
from tui_harness import drive, settle

from factdb.claims.review import Correction, review_claim
from factdb.facts.build import STEPS
from factdb.facts.listing import fact_of_claim, list_facts
from factdb.store.database import Database
from factdb.store.models import Claim
from tui.app import FactdbApp
from tui.screens.claims import ClaimsScreen
from tui.screens.facts import FactsBuilding, FactsScreen
from tui.screens.prompt import TextPrompt


async def _open_fact_of(app: FactdbApp, pilot: Pilot[None], claim_id: int) -> DataTable[str]:
    """Put the claims table's cursor on ``claim_id``, press `f` for its fact, and return the
    Facts screen's table."""
    claims = app.screen
    assert isinstance(claims, ClaimsScreen)
    claims.table.move_cursor(row=claims.table.claim_ids.index(claim_id))
    await pilot.press("f")
    await settle(pilot)
    assert isinstance(app.screen, FactsScreen)
    return _facts_table(app)


def _fact_text(app: FactdbApp) -> str:
    """The Facts screen's account of the fact under its cursor."""
    return str(app.screen.query_one("#fact-text", Static).render())


def test_jump_from_a_claim_to_its_fact_and_siblings(corpus_db: Database) -> None:
    with corpus_db.session() as session:
        claim_id = session.scalars(select(Claim.id).where(Claim.quote == "25,000")).one()
    fact = fact_of_claim(corpus_db, claim_id)
    conflicting = [f for f in list_facts(corpus_db) if f.conflicts]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        table = await _open_fact_of(app, pilot, claim_id)
        assert table.get_row_at(table.cursor_row)[0] == str(fact.id)
        text = _fact_text(app)
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
        app.push_screen(FactsScreen(corpus_db, reviewer="tester"))
        await settle(pilot)
        table = _facts_table(app)
        conflicts = [table.get_row_at(i)[6] for i in range(table.row_count)]
        flagged = [c for c in conflicts if c]
        assert flagged and conflicts[: len(flagged)] == flagged

    drive(corpus_db, scenario)


def _facts_table(app: FactdbApp) -> DataTable[str]:
    return app.screen.query_one("#facts", DataTable)


async def _answer(pilot: Pilot[None], text: str) -> None:
    """Type ``text`` into the open prompt (replacing what it offers) and submit it."""
    pilot.app.screen.query_one(Input).value = text
    await pilot.press("enter")
    await settle(pilot)


def test_rename_merge_split_and_undo_from_the_keyboard(corpus_db: Database) -> None:
    with corpus_db.session() as session:
        claim_id = session.scalars(select(Claim.id).where(Claim.quote == "25,000")).one()
    fact = fact_of_claim(corpus_db, claim_id)
    assert fact is not None and fact.id is not None and fact.claims > 1
    other = next(f for f in list_facts(corpus_db) if f.id != fact.id and f.claims == 1)

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        table = await _open_fact_of(app, pilot, claim_id)

        await pilot.press("r")
        await _answer(pilot, "Hydrogen cars in China")
        renamed = fact_of_claim(corpus_db, claim_id)
        assert renamed is not None and renamed.name == "Hydrogen cars in China"
        assert table.get_row_at(table.cursor_row)[1] == "Hydrogen cars in China"

        await pilot.press("s")  # offers the claim the screen was opened on
        await pilot.press("enter")
        await settle(pilot)
        alone = fact_of_claim(corpus_db, claim_id)
        assert alone is not None and alone.id != fact.id and alone.claims == 1
        assert table.get_row_at(table.cursor_row)[0] == str(alone.id)

        await pilot.press("m")
        await _answer(pilot, "not an id")
        assert isinstance(app.screen, TextPrompt)  # still asking
        assert "is not an id" in str(app.screen.query(".dialog-error").first().render())
        await _answer(pilot, str(other.id))
        merged = fact_of_claim(corpus_db, claim_id)
        assert merged is not None and merged.id == other.id and merged.claims == 2

        for _ in range(2):  # the merge, then the split
            await pilot.press("u")
            await settle(pilot)
        back = fact_of_claim(corpus_db, claim_id)
        assert back is not None and back.id == fact.id and back.name == "Hydrogen cars in China"
        assert back.claims == fact.claims
        assert table.get_row_at(table.cursor_row)[0] == str(fact.id)

    drive(corpus_db, scenario)


def test_a_refused_fact_edit_is_reported_and_the_screen_stays(corpus_db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        app.push_screen(FactsScreen(corpus_db, reviewer="tester"))
        await settle(pilot)
        await pilot.press("u")  # nothing to undo yet
        await settle(pilot)
        assert isinstance(app.screen, FactsScreen)
        messages = [n.message for n in app._notifications]
        assert any("no merge, split or rename left to undo" in m for m in messages)

    drive(corpus_db, scenario)


def test_the_detail_says_why_each_claim_is_in_the_fact(corpus_db: Database) -> None:
    """The matching evidence (what, whom, value) shows under each matched claim."""
    with corpus_db.session() as session:
        claim_id = session.scalars(select(Claim.id).where(Claim.quote == "20,000")).one()
    fact = fact_of_claim(corpus_db, claim_id)

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        table = await _open_fact_of(app, pilot, claim_id)
        assert table.get_row_at(table.cursor_row)[0] == str(fact.id)
        text = _fact_text(app)
        assert text.count("why:") == fact.claims
        assert "matches claim" in text and "what:" in text and "whom:" in text

    drive(corpus_db, scenario)


def test_a_first_build_tells_its_steps_in_the_title(corpus_db: Database) -> None:
    with corpus_db.session() as session:
        claim_id = session.scalars(select(Claim.id).where(Claim.quote == "25,000")).one()
    review_claim(corpus_db, claim_id, correction=Correction(noun="buses"), reviewer="b")
    told: list[tuple[int, str]] = []

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        screen = FactsScreen(corpus_db, reviewer="tester")
        tell = screen._tell_building

        def watched(step: int, what: str) -> None:
            told.append((step, what))
            tell(step, what)

        screen._tell_building = watched  # type: ignore[method-assign]
        app.push_screen(screen)
        await settle(pilot)
        label = screen.query_one("#facts-title", Label)
        assert "Facts — conflicts first" in str(label.render())
        screen.post_message(FactsBuilding(2, STEPS[1]))
        await settle(pilot)
        text = f"Facts — building: {STEPS[1]} (step 2 of 4)…"
        assert str(label.render()) == text

    drive(corpus_db, scenario)
    assert told == list(enumerate(STEPS, 1))

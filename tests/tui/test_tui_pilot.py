"""The review app driven through its pilot, each test checking the database afterwards."""

from __future__ import annotations

import csv
from pathlib import Path

from sqlalchemy import text
from textual.pilot import Pilot
from textual.widgets import Input, Label, Select, Static
from tui_harness import REVIEWER, current, drive, main_screen, settle

from factdb.claims.queries import (
    ClaimFilter,
    count_claims,
    get_claim,
    history,
    list_articles,
    list_claims,
    status_counts,
)
from factdb.claims.review import review_claim
from factdb.store.database import Database
from tui.app import FactdbApp
from tui.screens.articles import ArticlesScreen
from tui.screens.claims import ClaimsScreen
from tui.screens.correct import CorrectScreen
from tui.screens.help import HelpScreen
from tui.screens.prompt import TextPrompt
from tui.widgets.claims_table import COLUMNS, PAGE, WINDOW, ClaimsTable


def detail_text(app: FactdbApp) -> str:
    return str(app.screen.query_one("#detail-text", Static).render())


async def type_into(pilot: Pilot[None], widget: Input, value: str) -> None:
    widget.value = value
    await pilot.pause()


def test_opens_on_every_claim_with_counts_and_detail(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        screen = main_screen(app)
        total = count_claims(db)
        assert screen.listed == total == len(screen.table.claim_ids)
        assert screen.counts["unreviewed"] == total
        first = list_claims(db, limit=1)[0].claim
        assert current(app).id == first.id
        assert f"claim {first.id} " in detail_text(app)

    drive(db, scenario)


def test_navigate_moves_the_detail_pane(db: Database) -> None:
    third = list_claims(db, offset=3, limit=1)[0].claim

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "down", "down")
        await settle(pilot)
        assert current(app).id == third.id
        shown = detail_text(app)
        assert f"claim {third.id} " in shown
        assert third.sentence.split()[0] in shown

    drive(db, scenario)


def test_pages_load_as_the_cursor_nears_the_end(big_db: Database) -> None:
    every = [r.claim.id for r in list_claims(big_db)]
    assert len(every) > PAGE

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        table = main_screen(app).table
        assert table.claim_ids == every[:PAGE] and table.total == len(every)
        for _ in range(PAGE // 10):
            await pilot.press("pagedown")
        await settle(pilot)
        assert table.claim_ids == every  # the next page was appended
        assert current(app).id == every[table.cursor_row]

    drive(big_db, scenario)


def test_end_jumps_to_the_last_claim_and_home_back(big_db: Database) -> None:
    every = [r.claim.id for r in list_claims(big_db)]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        table = main_screen(app).table
        await pilot.press("end")
        await settle(pilot)
        assert table.cursor_row == len(every) - 1
        assert current(app).id == every[-1]
        assert f"claim {every[-1]} " in detail_text(app)
        assert table.border_title == f"claims {len(every)} of {len(every)}"
        await pilot.press("up", "home")
        await settle(pilot)
        assert (table.cursor_row, current(app).id) == (0, every[0])

    drive(big_db, scenario)


def test_end_in_a_descending_sort_with_ties(big_db: Database) -> None:
    every = [r.claim.id for r in list_claims(big_db, sort="noun", descending=True)]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        screen = main_screen(app)
        screen.sort, screen.descending = "noun", True
        screen.reload()
        await settle(pilot)
        await pilot.press("end")
        await settle(pilot)
        for _ in range(3):
            await pilot.press("up")
        await settle(pilot)
        assert current(app).id == every[-4]
        assert screen.table.claim_ids == every[len(every) - len(screen.table.rows) :]

    drive(big_db, scenario)


def test_paging_keeps_a_bounded_window_around_the_cursor(many_db: Database) -> None:
    every = [r.claim.id for r in list_claims(many_db)]
    assert len(every) > WINDOW + PAGE

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        table = main_screen(app).table
        for keys in (["pagedown"] * 40, ["pageup"] * 25, ["end"], ["pageup"] * 30, ["home"]):
            for key in keys:
                await pilot.press(key)
                assert len(table.rows) <= WINDOW
                held = table.window_start
                assert table.claim_ids == every[held : held + len(table.rows)]
            await settle(pilot)
            held = table.window_start
            assert held <= table.cursor_row < held + len(table.rows)
            assert current(app).id == every[table.cursor_row]
            assert f"claim {current(app).id} " in detail_text(app)

    drive(many_db, scenario)


def test_next_unreviewed_walks_pages_past_the_window(many_db: Database) -> None:
    every = [r.claim.id for r in list_claims(many_db)]
    skipped = WINDOW + PAGE // 2  # reviewed already: the next unreviewed is pages away
    for claim_id in every[:skipped]:
        review_claim(many_db, claim_id, status="verified", reviewer="bob")

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        table = main_screen(app).table
        await pilot.press("space")
        await settle(pilot)
        assert table.cursor_row == skipped
        assert current(app).id == every[skipped]
        assert current(app).status == "unreviewed"
        assert len(table.rows) <= WINDOW

    drive(many_db, scenario)


def test_clicking_a_header_sorts_and_a_row_selects(big_db: Database) -> None:
    by_noun = [r.claim.id for r in list_claims(big_db, sort="noun")]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        screen = main_screen(app)
        noun_x = 1 + sum(width + 2 for key, _label, width in COLUMNS[:5])  # past the border
        await pilot.click(ClaimsTable, offset=(noun_x + 2, 1))  # the header line
        await settle(pilot)
        assert (screen.sort, screen.descending) == ("noun", False)
        assert screen.table.claim_ids == by_noun[:PAGE]
        await pilot.click(ClaimsTable, offset=(3, 4))  # the third row
        await settle(pilot)
        assert current(app).id == by_noun[2]

    drive(big_db, scenario)


def test_status_filter_lists_only_that_status(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("v")
        await settle(pilot)
        await pilot.press("s", "s")  # any → unreviewed → verified
        await settle(pilot)
        screen = main_screen(app)
        assert screen.filters.status == "verified"
        verified = list_claims(db, ClaimFilter(status="verified"))
        assert [r.claim.id for r in verified] == screen.table.claim_ids
        assert len(verified) == 1 and screen.listed == 1
        assert screen.counts["verified"] == 1

    drive(db, scenario)


def test_counts_follow_own_reviews_and_filters_without_recounting(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        screen = main_screen(app)
        await pilot.press("v", "down", "d", "down", "r", "z")  # the last one undone
        await settle(pilot)
        assert screen.counts == status_counts(db)
        assert (screen.counts["verified"], screen.counts["disputed"]) == (1, 1)
        for status in ("unreviewed", "verified", "disputed", "rejected", None):
            await pilot.press("s")
            await settle(pilot)
            assert screen.filters.status == status
            assert screen.listed == count_claims(db, ClaimFilter(status=status))
            assert screen.table.total == screen.listed
            assert screen.query_one("#status", Select).value == (status or Select.NULL)
        assert screen.counts == status_counts(db)
        await pilot.press("down", "d", "s")  # the review may land while the reload is on its way
        await settle(pilot)
        assert screen.counts == status_counts(db)

    drive(db, scenario)


def test_search_is_debounced_and_matches_the_library(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash")
        await pilot.press(*"hydrogen")
        await settle(pilot)
        await pilot.pause(0.4)  # the debounce
        await settle(pilot)
        expected = [r.claim.id for r in list_claims(db, ClaimFilter(search="hydrogen"))]
        assert 0 < len(expected) < count_claims(db)
        assert main_screen(app).table.claim_ids == expected

    drive(db, scenario)


def test_verify_is_saved_with_the_reviewer(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("down", "v")
        await settle(pilot)
        claim_id = current(app).id
        assert claim_id is not None
        stored = get_claim(db, claim_id)
        assert (stored.status, stored.reviewed_by) == ("verified", REVIEWER)
        assert [r.status for r in history(db, claim_id)] == ["verified"]
        assert current(app).status == "verified"

    drive(db, scenario)


def test_dispute_with_a_note(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("d", "n")
        await settle(pilot)
        assert isinstance(app.screen, TextPrompt)
        await pilot.press(*"source says 17,000", "enter")
        await settle(pilot)
        claim_id = current(app).id
        assert claim_id is not None
        stored = get_claim(db, claim_id)
        assert (stored.status, stored.note) == ("disputed", "source says 17,000")
        assert len(history(db, claim_id)) == 2
        assert "source says 17,000" in detail_text(app)

    drive(db, scenario)


def test_correct_a_value_and_unit(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("c")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, CorrectScreen)
        await type_into(pilot, modal.query_one("#correct-value", Input), "2.5 billion")
        await type_into(pilot, modal.query_one("#correct-unit", Input), "euros")
        await pilot.press("enter")
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        claim_id = current(app).id
        assert claim_id is not None
        stored = get_claim(db, claim_id)
        assert (stored.corrected_value, stored.corrected_unit) == (2.5e9, "EUR")
        assert stored.corrected_noun is None  # untouched fields are not "corrected"
        assert "2500000000 EUR" in detail_text(app)

    drive(db, scenario)


def test_correction_refuses_nonsense_and_saves_nothing(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("c")
        await settle(pilot)
        modal = app.screen
        assert isinstance(modal, CorrectScreen)
        await type_into(pilot, modal.query_one("#correct-unit", Input), "bananas")
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is modal  # still open, with the reason
        error = str(modal.query_one(".dialog-error", Label).render())
        assert "'bananas'" in error and "unit" in error
        await type_into(pilot, modal.query_one("#correct-unit", Input), "mile")
        await type_into(pilot, modal.query_one("#correct-value", Input), "lots")
        await pilot.press("enter")
        await settle(pilot)
        assert "'lots' is not a number" in str(modal.query_one(".dialog-error", Label).render())
        await pilot.press("escape")
        await settle(pilot)
        claim_id = current(app).id
        assert claim_id is not None
        assert history(db, claim_id) == []

    drive(db, scenario)


def test_undo_restores_the_previous_state(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("r", "z")
        await settle(pilot)
        claim_id = current(app).id
        assert claim_id is not None
        reviews = history(db, claim_id)
        assert [(r.action, r.status) for r in reviews] == [
            ("review", "rejected"),
            ("undo", "unreviewed"),
        ]
        assert get_claim(db, claim_id).status == "unreviewed"
        assert current(app).status == "unreviewed"

    drive(db, scenario)


def test_quick_actions_on_one_claim_are_not_conflicts(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("v", "d", "r")  # each sent before the previous one is saved
        await settle(pilot)
        claim_id = current(app).id
        assert claim_id is not None
        assert [r.status for r in history(db, claim_id)] == ["verified", "disputed", "rejected"]

    drive(db, scenario)


def test_conflict_is_shown_and_the_newer_state_loaded(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        claim_id = current(app).id
        assert claim_id is not None
        review_claim(db, claim_id, status="disputed", note="mine", reviewer="bob")
        await pilot.press("v")
        await settle(pilot)
        stored = get_claim(db, claim_id)
        assert (stored.status, stored.reviewed_by) == ("disputed", "bob")
        assert any("changed since you read it" in n.message for n in app._notifications)
        assert current(app).status == "disputed"
        await pilot.press("v")  # based on the newer state now: saved
        await settle(pilot)
        assert get_claim(db, claim_id).status == "verified"

    drive(db, scenario)


def test_database_error_is_reported_and_the_app_stays_usable(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE review RENAME TO review_gone"))
        await pilot.press("v")
        await settle(pilot)
        assert any("database error" in n.message for n in app._notifications)
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE review_gone RENAME TO review"))
        await pilot.press("down", "v")
        await settle(pilot)
        claim_id = current(app).id
        assert claim_id is not None
        assert get_claim(db, claim_id).status == "verified"

    drive(db, scenario)


def test_articles_screen_filters_the_table(db: Database) -> None:
    second = list_articles(db)[1]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ArticlesScreen)
        await pilot.press("down", "enter")
        await settle(pilot)
        screen = main_screen(app)
        assert screen.filters.article_id == second.article.id
        assert screen.table.claim_ids == [
            r.claim.id for r in list_claims(db, ClaimFilter(article_id=second.article.id))
        ]
        assert screen.listed == second.claims

    drive(db, scenario)


def test_export_writes_the_current_filter(db: Database, tmp_path: Path) -> None:
    target = tmp_path / "out" / "verified.csv"
    target.parent.mkdir()

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("v", "down", "v", "down")
        await settle(pilot)
        await pilot.press("s", "s")  # verified only
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, TextPrompt)
        await type_into(pilot, prompt.query_one(Input), str(tmp_path / "missing" / "x.csv"))
        await pilot.press("enter")
        await settle(pilot)
        assert "no such folder" in str(prompt.query_one(".dialog-error", Label).render())
        await type_into(pilot, prompt.query_one(Input), str(target))
        await pilot.press("enter")
        await settle(pilot)

    drive(db, scenario)
    with target.open(encoding="utf-8") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 == count_claims(db, ClaimFilter(status="verified"))
    assert {r["status"] for r in rows} == {"verified"}


def test_help_lists_every_review_binding(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("question_mark")
        await settle(pilot)
        assert isinstance(app.screen, HelpScreen)
        described = {description for _key, description in app.screen.rows}
        for binding in ClaimsScreen.BINDINGS:
            assert binding.description in described  # type: ignore[union-attr]
        await pilot.press("escape")
        assert isinstance(app.screen, ClaimsScreen)

    drive(db, scenario)

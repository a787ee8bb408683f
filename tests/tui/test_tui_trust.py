"""What a reviewer must be able to trust in the app: undo touches only their own work, saves
are never silent, the listing follows other reviewers, refusals keep what was typed, failures
stay visible, every key is shown, and the detail pane stays fast and says what `show` says."""

from __future__ import annotations

import asyncio
import contextlib
import re
import sqlite3
import time
from datetime import date
from pathlib import Path

import pytest
from click.testing import CliRunner
from sqlalchemy import text, update
from sqlmodel import col
from textual.pilot import Pilot
from textual.widgets import DataTable, Input, Label
from tui_harness import REVIEWER, current, drive, main_screen, screen_lines, settle

import tui.screens.claims
from factdb.claims.queries import (
    CONTEXT_CHARS,
    claim_context,
    get_claim,
    history,
    list_claims,
    status_counts,
)
from factdb.claims.review import Correction, review_claim
from factdb.cli import app as cli_app
from factdb.ingest import ingest_paths
from factdb.store.database import Database
from factdb.store.models import Article
from tui.app import FactdbApp
from tui.screens.articles import ArticlesScreen
from tui.screens.claims import ClaimsScreen
from tui.screens.correct import CorrectScreen
from tui.screens.prompt import TextPrompt
from tui.widgets.claims_table import ClaimsTable
from tui.widgets.detail import ClaimDetail
from tui.widgets.status_counts import StatusCounts


def cursor_id(app: FactdbApp) -> int:
    claim_id = current(app).id
    assert claim_id is not None
    return claim_id


def status_line(app: FactdbApp) -> str:
    return str(app.screen.query_one(StatusCounts).render())


def detail_text(app: FactdbApp) -> str:
    return str(app.screen.query_one(ClaimDetail).render())


def messages(app: FactdbApp) -> list[str]:
    return [n.message for n in app._notifications]


def test_undo_steps_back_through_own_actions_not_toggling(db: Database) -> None:
    first, second = (r.claim.id for r in list_claims(db, limit=2))

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("v", "down", "d", "n", *"checked", "enter")
        await settle(pilot)
        assert get_claim(db, second).note == "checked"
        await pilot.press("z")  # the note
        await settle(pilot)
        assert (get_claim(db, second).status, get_claim(db, second).note) == ("disputed", "")
        await pilot.press("z")  # the dispute
        await settle(pilot)
        assert get_claim(db, second).status == "unreviewed"
        await pilot.press("z")  # the verify, on the claim above
        await settle(pilot)
        assert get_claim(db, first).status == "unreviewed"
        assert [r.action for r in history(db, first)] == ["review", "undo"]
        await pilot.press("z")
        await settle(pilot)
        assert "nothing of yours to undo in this session" in messages(app)
        assert len(history(db, first)) == 2 and len(history(db, second)) == 4

    drive(db, scenario)


def test_undo_refuses_when_someone_else_changed_the_claim(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        claim_id = cursor_id(app)
        await pilot.press("v")
        await settle(pilot)
        review_claim(db, claim_id, status="rejected", note="no", reviewer="bob")
        await pilot.press("z")
        await settle(pilot)
        stored = get_claim(db, claim_id)
        assert (stored.status, stored.reviewed_by) == ("rejected", "bob")
        assert any(m.startswith("cannot undo: claim") for m in messages(app))

    drive(db, scenario)


@contextlib.contextmanager
def write_locked(db: Database):  # type: ignore[no-untyped-def]
    """Another process's write transaction on the SQLite file: saves wait for it."""
    path = db.url.removeprefix("sqlite:///")
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield
    finally:
        connection.execute("ROLLBACK")
        connection.close()


def test_undo_reaches_own_reviews_still_being_saved(db: Database) -> None:
    first, second = (r.claim.id for r in list_claims(db, limit=2))

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        with write_locked(db):  # neither review can land before both undos are asked for
            await pilot.press("v", "down", "r", "z", "z")
            await pilot.pause(0.3)
            assert get_claim(db, first).status == "unreviewed"  # nothing saved yet
        await settle(pilot)
        assert "nothing of yours to undo in this session" not in messages(app)
        for claim_id, status in ((first, "verified"), (second, "rejected")):
            reviews = history(db, claim_id)
            assert [(r.action, r.status) for r in reviews] == [
                ("review", status),
                ("undo", "unreviewed"),
            ]
        assert current(app).status == "unreviewed"
        await pilot.press("z")  # nothing saved and nothing on its way
        await settle(pilot)
        assert "nothing of yours to undo in this session" in messages(app)
        assert len(history(db, first)) == 2 and len(history(db, second)) == 2

    drive(db, scenario)


def test_undo_of_a_refused_review_says_so_and_leaves_older_ones(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui.screens.claims, "POLL_S", 3600)  # bob's change stays unseen
    first, second = (r.claim.id for r in list_claims(db, limit=2))

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        review_claim(db, second, status="disputed", note="no", reviewer="bob")
        # The verify waits for the lock, the reject (based on the version before bob's) and
        # the undo wait behind it: the reject is refused after the undo was asked for.
        with write_locked(db):
            await pilot.press("v", "down", "r", "z")
            await pilot.pause(0.3)
        await settle(pilot)
        assert f"cannot undo: claim {second}: the review to undo was not saved" in messages(app)
        assert get_claim(db, first).status == "verified"  # not undone in its place
        stored = get_claim(db, second)
        assert (stored.status, stored.reviewed_by) == ("disputed", "bob")
        await pilot.press("z")  # asked for again: the verify is undone
        await settle(pilot)
        assert get_claim(db, first).status == "unreviewed"
        assert len(history(db, second)) == 1

    drive(db, scenario)


def test_saving_is_shown_and_quit_waits_for_saves_saying_so(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        claim_id = cursor_id(app)
        with write_locked(db):
            await pilot.press("v")
            await pilot.pause(0.3)
            assert "saving 1…" in status_line(app)
            quitting = asyncio.create_task(app.action_quit())
            await pilot.pause(0.3)
            assert "waiting for 1 save before quitting…" in messages(app)
            assert not quitting.done()
        await quitting
        assert get_claim(db, claim_id).status == "verified"

    drive(db, scenario)


def cursor_line(app: FactdbApp) -> str:
    """The claims table's row under the cursor, as the table draws it."""
    table = main_screen(app).table
    return table.render_line(table.cursor_row - round(table.scroll_y) + 1).text


def test_a_status_shows_at_once_marked_pending_until_it_is_saved(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        claim_id = cursor_id(app)
        with write_locked(db):
            await pilot.press("v")
            await pilot.pause(0.3)
            assert "verified…" in cursor_line(app)
            assert get_claim(db, claim_id).status == "unreviewed"  # shown, not yet stored
        await settle(pilot)
        line = cursor_line(app)
        assert "verified" in line and "…" not in line
        assert get_claim(db, claim_id).status == "verified"

    drive(db, scenario)


def test_a_refused_status_is_taken_back_from_the_row(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        claim_id = cursor_id(app)
        review_claim(db, claim_id, status="disputed", note="mine", reviewer="bob")
        await pilot.press("r")
        await settle(pilot)
        line = cursor_line(app)
        assert "disputed" in line and "rejected" not in line and "…" not in line
        assert get_claim(db, claim_id).status == "disputed"

    drive(db, scenario)


def test_the_listing_follows_other_reviewers_keeping_the_cursor(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(tui.screens.claims, "POLL_S", 0.2)
    by_status = [r.claim.id for r in list_claims(db, sort="status")]

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        screen = main_screen(app)
        await pilot.press("o")  # sorted by article
        await pilot.press(*["o"] * 8)  # … by status
        await settle(pilot)
        assert screen.sort == "status"
        await pilot.press("down", "down", "down")
        await settle(pilot)
        kept = cursor_id(app)
        assert kept == by_status[3]
        # Bob verifies the first claims: listed by status, they move below the cursor's.
        for claim_id in by_status[:3]:
            review_claim(db, claim_id, status="verified", reviewer="bob")
        await pilot.pause(0.5)
        await settle(pilot)
        assert screen.counts["verified"] == 3
        assert cursor_id(app) == kept
        assert screen.table.claim_ids[0] == kept and screen.table.cursor_row == 0
        review_claim(db, kept, status="disputed", reviewer="bob")
        await pilot.pause(0.5)
        await settle(pilot)
        assert cursor_id(app) == kept
        assert main_screen(app).table.claim_at_cursor().status == "disputed"  # type: ignore[union-attr]
        assert "disputed by bob" in detail_text(app)

    drive(db, scenario)


def test_ctrl_r_reloads_keeping_the_cursor_and_is_shown(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press(*["down"] * 5)
        await settle(pilot)
        kept = cursor_id(app)
        other = list_claims(db, limit=1)[0].claim.id
        review_claim(db, other, status="rejected", reviewer="bob")
        await pilot.press("ctrl+r")
        await settle(pilot)
        assert cursor_id(app) == kept
        assert main_screen(app).counts["rejected"] == 1
        assert "^r Reload" in "\n".join(screen_lines(app))

    drive(db, scenario)


def slow_listing(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make the app's listing queries take half a second, as on a slow database."""
    real = tui.screens.claims.list_claims

    def slow(*args: object, **kwargs: object) -> object:
        time.sleep(0.5)
        return real(*args, **kwargs)  # type: ignore[arg-type]

    monkeypatch.setattr(tui.screens.claims, "list_claims", slow)


def test_keys_typed_during_a_slow_refresh_reach_the_claim_moved_to(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        first, second = main_screen(app).table.claim_ids[:2]
        slow_listing(monkeypatch)
        await pilot.press("ctrl+r")
        await pilot.pause(0.3)  # past the loading indicator's delay; the refresh still runs
        await pilot.press("down", "d")
        await settle(pilot)
        assert (get_claim(db, first).status, get_claim(db, second).status) == (
            "unreviewed",
            "disputed",
        )
        assert cursor_id(app) == second

    drive(db, scenario)


def test_a_review_key_while_a_new_listing_loads_changes_nothing_and_says_so(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        screen = main_screen(app)
        slow_listing(monkeypatch)
        await pilot.press("s")  # a new listing: the unreviewed claims
        await pilot.pause(0.3)
        assert screen.table.loading
        await pilot.press("d")
        await settle(pilot)
        assert status_counts(db)["disputed"] == screen.counts["disputed"] == 0
        assert "the listing is still loading: nothing was changed" in messages(app)

    drive(db, scenario)


@pytest.mark.parametrize("form", ["note", "correct"])
def test_a_refused_note_or_correction_stays_in_its_dialog(db: Database, form: str) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        claim_id = cursor_id(app)
        if form == "note":
            await pilot.press("n", *"source says 17,000")
            assert isinstance(app.screen, TextPrompt)
        else:
            await pilot.press("c")
            await settle(pilot)
            assert isinstance(app.screen, CorrectScreen)
            app.screen.query_one("#correct-value", Input).value = "17000"
        dialog = app.screen
        review_claim(db, claim_id, status="disputed", reviewer="bob")  # meanwhile
        await pilot.press("enter")
        await settle(pilot)
        assert app.screen is dialog  # still open, with the reason and the text as typed
        error = str(dialog.query_one(".dialog-error", Label).render())
        assert f"claim {claim_id} changed since you read it" in error
        typed = dialog.query_one("#prompt-input" if form == "note" else "#correct-value", Input)
        assert typed.value == ("source says 17,000" if form == "note" else "17000")
        assert len(history(db, claim_id)) == 1
        await pilot.press("enter")  # again: saved over bob's newer version
        await settle(pilot)
        assert isinstance(app.screen, ClaimsScreen)
        stored = get_claim(db, claim_id)
        assert stored.status == "disputed"
        if form == "note":
            assert stored.note == "source says 17,000"
        else:
            assert stored.corrected_value == 17000

    drive(db, scenario)


def test_a_database_error_stays_in_the_status_line_until_a_save_works(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE review RENAME TO review_gone"))
        await pilot.press("v")
        await settle(pilot)
        assert re.search("⚠ .*database error: no such table: review", status_line(app))
        await pilot.press("down")  # reads still work: the failed save is still shown
        await settle(pilot)
        await pilot.pause(0.2)
        assert re.search("⚠ .*database error: no such table: review", status_line(app))
        with db.engine.begin() as connection:
            connection.execute(text("ALTER TABLE review_gone RENAME TO review"))
        await pilot.press("v")
        await settle(pilot)
        line = status_line(app)
        assert "database error" not in line and f"claim {cursor_id(app)}: verified ✓" in line

    drive(db, scenario)


def test_enter_in_search_applies_it_and_returns_to_the_table(db: Database) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("slash", *"hydrogen", "enter")
        await settle(pilot)
        assert isinstance(app.focused, ClaimsTable)
        assert main_screen(app).filters.search == "hydrogen"
        await pilot.press("v")  # a review key again, not a letter typed into the search
        await settle(pilot)
        assert get_claim(db, cursor_id(app)).status == "verified"

    drive(db, scenario)


@pytest.mark.parametrize("width", [80, 160])
def test_every_key_is_shown_at_80_columns_and_more(db: Database, width: int) -> None:
    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        shown = "\n".join(screen_lines(app))
        screen = main_screen(app)
        for active in screen.active_bindings.values():
            binding = active.binding
            if binding.show and binding.description:
                key = app.get_key_display(binding)
                assert f"{key} {binding.description}" in shown, binding.description

    drive(db, scenario, size=(width, 45))


def test_articles_show_their_date_precision_and_whether_inferred(db: Database) -> None:
    with db.session() as session:
        ids = list(session.scalars(select_article_ids()))
        session.execute(
            update(Article)
            .where(col(Article.id) == ids[0])
            .values(
                published=date(2024, 6, 1), published_precision="month", published_inferred=True
            )
        )
        session.execute(
            update(Article)
            .where(col(Article.id) == ids[1])
            .values(published=date(2023, 3, 9), published_precision=None, published_inferred=False)
        )

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("a")
        await settle(pilot)
        assert isinstance(app.screen, ArticlesScreen)
        table = app.screen.query_one("#articles", DataTable)
        assert "published" in [str(c.label) for c in table.columns.values()]
        rows = [table.get_row_at(i) for i in range(table.row_count)]
        assert rows[0][3] == "2024-06 (inferred)"
        assert rows[1][3] == "2023-03-09"  # no precision stored: a day

    drive(db, scenario)


def select_article_ids():  # type: ignore[no-untyped-def]
    from sqlalchemy import select

    return select(col(Article.id)).order_by(col(Article.source_id), col(Article.ordinal))


def test_a_huge_one_line_source_shows_a_bounded_window(tmp_path: Path) -> None:
    sentence = "In 2020 the plant made 45 tonnes of steel for 300 buyers. "
    (tmp_path / "huge.txt").write_text("Steel\n\n" + sentence * 3000 + "\n", encoding="utf-8")
    db = Database(f"sqlite:///{tmp_path / 'huge.sqlite'}")
    ingest_paths(db, [tmp_path / "huge.txt"], published=date(2024, 8, 6))
    claims = list_claims(db)
    middle = claims[len(claims) // 2].claim
    assert middle.id is not None
    ctx = claim_context(db, middle.id)
    assert ctx.clipped_before and ctx.clipped_after
    sentence_length = middle.sentence_end - middle.sentence_start
    assert len(ctx.paragraph) <= sentence_length + 2 * CONTEXT_CHARS
    source = (tmp_path / "huge.txt").read_text(encoding="utf-8")
    assert source[ctx.paragraph_start : ctx.paragraph_start + len(ctx.paragraph)] == ctx.paragraph

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        main_screen(app).table.move_cursor(row=len(claims) // 2)
        await settle(pilot)
        shown = detail_text(app)
        assert f"claim {middle.id} " in shown
        assert len(shown) < len(sentence) * 50  # a window, not the 170,000-character line

    drive(db, scenario)


def test_show_and_the_detail_pane_describe_a_claim_alike(db: Database) -> None:
    claim_id = list_claims(db, limit=2)[1].claim.id
    assert claim_id is not None
    review_claim(
        db,
        claim_id,
        status="disputed",
        note="source says 45",
        correction=Correction(value=45, unit="km", noun="route"),
        reviewer=REVIEWER,
    )
    result = CliRunner().invoke(cli_app, ["show", str(claim_id), "--db", db.url])
    assert result.exit_code == 0, result.output
    labels = ("status", "noun", "corrected", "normalised", "rule", "note", "article", "source")

    def fields(shown: str) -> dict[str, str]:
        pattern = rf"^({'|'.join(labels)}) +(.+)$"
        return {m[1]: m[2].strip() for m in re.finditer(pattern, shown, flags=re.MULTILINE)}

    async def scenario(app: FactdbApp, pilot: Pilot[None]) -> None:
        await pilot.press("down")
        await settle(pilot)
        pane = fields(detail_text(app))
        assert pane == fields(result.output)
        assert set(pane) == set(labels)
        assert pane["normalised"] == "45000 meter"
        assert pane["corrected"] == "value 40 → 45; unit mile → kilometer; noun — → route"

    drive(db, scenario)

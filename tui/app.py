"""The review app and the one factory that builds it, for `factdb tui` and for the tests."""

from __future__ import annotations

import asyncio
from typing import ClassVar

from textual.app import App
from textual.binding import Binding, BindingType

from factdb.claims.review import default_reviewer
from factdb.store.database import Database
from tui.screens.claims import ClaimsScreen
from tui.screens.help import HelpScreen
from tui.worker_errors import ReportsWorkerErrors
from tui.writer import ReviewWriter


class FactdbApp(ReportsWorkerErrors, App[None]):
    """Keyboard-first claim review: the claims screen, articles, help, export."""

    CSS_PATH = "app.tcss"
    TITLE = "factdb review"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("question_mark", "help", "Help", id="help"),
        Binding("q", "quit", "Quit", id="quit"),
    ]

    def __init__(self, db: Database, reviewer: str) -> None:
        super().__init__()
        self.db = db
        self.reviewer = reviewer
        self.writer = ReviewWriter(db, reviewer)
        self.sub_title = f"reviewer {reviewer}"

    def on_mount(self) -> None:
        # Pushed rather than returned by get_default_screen, which would skip its CSS_PATH.
        self.push_screen(ClaimsScreen(self.db, self.writer))

    def action_help(self) -> None:
        """Show every key binding of the current screen."""
        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen(self.screen))

    async def action_quit(self) -> None:
        """Quit once every queued review is saved, saying so while it waits."""
        pending = self.writer.pending
        if pending:
            self.notify(
                f"waiting for {pending} save{'s' if pending > 1 else ''} before quitting…",
                title="Quitting",
                timeout=60,
            )
            await asyncio.to_thread(self.writer.close)
        self.exit()

    def on_unmount(self) -> None:
        # Every review queued before quitting is saved before the app returns.
        self.writer.close()


def create_app(db: Database, *, reviewer: str | None = None) -> FactdbApp:
    """The review app on ``db``; reviews are recorded under ``reviewer`` (default: see
    :func:`factdb.claims.review.default_reviewer`)."""
    return FactdbApp(db, reviewer or default_reviewer())

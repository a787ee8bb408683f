"""Turning a failed worker into an error notification that leaves the app usable."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError
from textual.dom import DOMNode
from textual.worker import Worker, WorkerState

from factdb.errors import FactdbError


def describe(error: BaseException) -> str:
    """One line saying what went wrong, in the CLI's words."""
    if isinstance(error, FactdbError):
        return str(error)
    if isinstance(error, DBAPIError) and error.orig is not None:
        return "database error: " + (str(error.orig).strip().splitlines() or [""])[0]
    if isinstance(error, SQLAlchemyError):
        return f"database error: {error}"
    return f"{type(error).__name__}: {error}"


class ReportsWorkerErrors(DOMNode):
    """Base for the app and its screens: a worker that fails becomes an error notification.

    Worker state messages do not bubble, so each node owning workers needs the handler.
    """

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state is WorkerState.ERROR and event.worker.error is not None:
            self.app.notify(describe(event.worker.error), title="Error", severity="error")

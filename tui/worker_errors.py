"""Turning a failed worker into an error notification that leaves the app usable."""

from __future__ import annotations

from sqlalchemy.exc import DBAPIError, SQLAlchemyError
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


class ReportsWorkerErrors:
    """Mixin for the app and its screens: a worker that fails becomes an error notification.

    Worker state messages do not bubble, so each node owning workers needs the handler. This is
    deliberately not a DOMNode: Textual matches CSS types along the first DOMNode base of a
    class, so a DOMNode mixin listed first would hide `Screen`'s (or `App`'s) default styles
    and leave text without colours (black on black in a truecolor terminal).
    """

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        worker = event.worker
        if event.state is WorkerState.ERROR and worker.error is not None:
            message = describe(worker.error)
            worker.node.app.notify(message, title="Error", severity="error")
            self.worker_failed(worker.group, message)
        elif event.state is WorkerState.SUCCESS:
            self.worker_succeeded(worker.group)

    def worker_failed(self, group: str, message: str) -> None:
        """A worker of ``group`` failed with ``message`` (shown as a notification already)."""

    def worker_succeeded(self, group: str) -> None:
        """A worker of ``group`` finished."""

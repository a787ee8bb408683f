"""Typed messages that thread workers post back to the UI thread."""

from __future__ import annotations

from pathlib import Path

from textual.message import Message

from factdb.claims.queries import ArticleSummary, ClaimContext, ClaimRow, Facets
from factdb.claims.review import SavedReview


class PageLoaded(Message):
    """Rows of the listing from ``start``, for the load ``generation`` that asked for them;
    the first page of a load brings the counts per status too (see :class:`CountsLoaded`)."""

    def __init__(
        self,
        generation: int,
        start: int,
        rows: list[ClaimRow],
        counts: dict[str, int] | None = None,
        token: tuple[int, ...] | None = None,
    ) -> None:
        super().__init__()
        self.generation = generation
        self.start = start
        self.rows = rows
        self.counts = counts
        self.token = token  # the database's change token, read before the rows


class DatabaseChanged(Message):
    """Someone (another reviewer, an ingest, this app) changed the library since it was read."""

    def __init__(self, token: tuple[int, ...]) -> None:
        super().__init__()
        self.token = token


class CountsLoaded(Message):
    """Claims per status among those the filter (ignoring its status) matches."""

    def __init__(self, generation: int, counts: dict[str, int]) -> None:
        super().__init__()
        self.generation = generation
        self.counts = counts


class FacetsLoaded(Message):
    """The kinds and units the filters can choose from."""

    def __init__(self, facets: Facets) -> None:
        super().__init__()
        self.facets = facets


class ContextLoaded(Message):
    """A claim in its context, for the detail pane."""

    def __init__(self, context: ClaimContext) -> None:
        super().__init__()
        self.context = context


class RowRefreshed(Message):
    """A claim re-read from the database (after a conflict)."""

    def __init__(self, row: ClaimRow) -> None:
        super().__init__()
        self.row = row


class ReviewSaved(Message):
    """A review was committed; ``saved.claim`` is the claim as it now stands; ``status``: the
    status it asked for (shown as pending until now), if any."""

    def __init__(self, saved: SavedReview, action: str, status: str | None = None) -> None:
        super().__init__()
        self.saved = saved
        self.action = action
        self.status = status


class ReviewFailed(Message):
    """A review was refused; ``conflict`` if someone else changed the claim first; ``status``:
    the status it asked for (shown as pending until now), if any."""

    def __init__(
        self,
        claim_id: int,
        error: str,
        *,
        conflict: bool,
        quiet: bool = False,
        status: str | None = None,
    ) -> None:
        super().__init__()
        self.claim_id = claim_id
        self.error = error
        self.conflict = conflict
        self.quiet = quiet  # shown where it was asked for (a dialog): no notification
        self.status = status


class ArticlesLoaded(Message):
    """Every article with its claim counts."""

    def __init__(self, articles: list[ArticleSummary]) -> None:
        super().__init__()
        self.articles = articles


class Exported(Message):
    """The claims CSV was written."""

    def __init__(self, path: Path, rows: int) -> None:
        super().__init__()
        self.path = path
        self.rows = rows

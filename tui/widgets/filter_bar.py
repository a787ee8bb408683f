"""The filter bar: status, kind and unit pickers, a debounced search box, the article chip."""

from __future__ import annotations

from textual import on
from textual.app import ComposeResult
from textual.containers import Horizontal
from textual.message import Message
from textual.timer import Timer
from textual.widgets import Input, Label, Select

from factdb.claims.queries import ClaimFilter, Facets
from factdb.store.models import Status

SEARCH_DEBOUNCE_S = 0.3  # wait for a pause in typing before reloading the table
STATUSES = [s.value for s in Status]


class FilterBar(Horizontal):
    """Chooses which claims the table lists; posts :class:`FilterBar.Changed`."""

    class Changed(Message):
        """The filter changed."""

        def __init__(self, filters: ClaimFilter) -> None:
            super().__init__()
            self.filters = filters

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self._article: tuple[int, str] | None = None
        self._debounce: Timer | None = None

    def compose(self) -> ComposeResult:
        yield Select([(s, s) for s in STATUSES], prompt="any status", id="status")
        yield Select[str]([], prompt="any kind", id="kind")
        yield Select[str]([], prompt="any unit", id="unit")
        yield Input(placeholder="search quote, sentence, noun  (/)", id="search")
        yield Label("", id="article")

    @property
    def filters(self) -> ClaimFilter:
        """The filter as the bar shows it."""

        def chosen(select_id: str) -> str | None:
            value = self.query_one(f"#{select_id}", Select).value
            return value if isinstance(value, str) else None

        search = self.query_one("#search", Input).value.strip()
        return ClaimFilter(
            status=chosen("status"),
            kind=chosen("kind"),
            unit=chosen("unit"),
            article_id=self._article[0] if self._article else None,
            search=search or None,
        )

    def set_facets(self, facets: Facets) -> None:
        """Offer the kinds and units present in the database."""
        self.query_one("#kind", Select).set_options([(k, k) for k in facets.kinds])
        self.query_one("#unit", Select).set_options([(u, u) for u in facets.units])

    def set_article(self, article_id: int | None, title: str = "") -> None:
        """Limit the table to one article (None: every article)."""
        self._article = (article_id, title) if article_id is not None else None
        label = f"article {article_id}: {title}" if article_id is not None else ""
        self.query_one("#article", Label).update(label)
        self._changed()

    def show_status(self, status: str | None) -> None:
        """Show ``status`` as the chosen one (None: any), without posting a change."""
        select = self.query_one("#status", Select)
        with self.prevent(Select.Changed):
            if status is None:
                select.clear()
            else:
                select.value = status

    def clear(self) -> None:
        """Remove every filter."""
        with self.prevent(Select.Changed, Input.Changed):
            for select in self.query(Select):
                select.clear()
            self.query_one("#search", Input).value = ""
        self.set_article(None)

    @on(Select.Changed)
    def _select_changed(self) -> None:
        self._changed()

    @on(Input.Changed, "#search")
    def _search_typed(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._debounce = self.set_timer(SEARCH_DEBOUNCE_S, self._changed)

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        if self._debounce is not None:
            self._debounce.stop()
        self._changed()

    def _changed(self) -> None:
        self.post_message(self.Changed(self.filters))


def next_status(status: str | None) -> str | None:
    """The status after ``status`` in the cycle any → unreviewed → … → rejected → any."""
    index = STATUSES.index(status) + 1 if status else 0
    return STATUSES[index] if index < len(STATUSES) else None

"""The main screen: filter bar, status counts, the paged claims table, the detail pane, and the
review actions, each one keystroke."""

from __future__ import annotations

import asyncio
import contextlib
from concurrent.futures import Future
from pathlib import Path
from typing import ClassVar

from textual import on, work
from textual.app import ComposeResult
from textual.binding import Binding, BindingType
from textual.message import Message
from textual.screen import Screen
from textual.timer import Timer
from textual.widgets import Input
from textual.worker import get_current_worker

from factdb.claims.queries import (
    SORTABLE,
    ArticleSummary,
    ClaimFilter,
    ClaimRow,
    change_token,
    claim_context,
    claim_facets,
    list_claims,
    list_claims_window,
    status_counts,
)
from factdb.claims.review import Correction, SavedReview
from factdb.claims.validation import check_evidence_url
from factdb.errors import ConflictError, FactdbError, ValidationError, describe_error
from factdb.export.claims_csv import export_csv
from factdb.store.database import Database
from factdb.store.models import Claim, Status
from tui.messages import (
    ContextLoaded,
    CountsLoaded,
    DatabaseChanged,
    Exported,
    FacetsLoaded,
    PageLoaded,
    ReviewFailed,
    ReviewSaved,
    RowRefreshed,
)
from tui.screens.articles import ArticlesScreen
from tui.screens.correct import CorrectScreen
from tui.screens.facts import FactsScreen
from tui.screens.prompt import TextPrompt
from tui.widgets.claims_table import PAGE, ClaimsTable, id_of
from tui.widgets.detail import ClaimDetail, DetailPane
from tui.widgets.filter_bar import FilterBar, next_status
from tui.widgets.key_help import KeyHelp
from tui.widgets.status_counts import StatusCounts
from tui.worker_errors import ReportsWorkerErrors
from tui.writer import ReviewRequest, ReviewWriter

POLL_S = 3.0  # look for other reviewers' work and new ingests this often
DETAIL_DELAY_S = 0.04  # load the detail pane once the cursor pauses this long
LOADING_DELAY_S = 0.15  # show the loading indicator only for loads slower than this
UNREVIEWED = Status.UNREVIEWED.value
DEFAULT_EXPORT = "claims-export.csv"


class ClaimsScreen(ReportsWorkerErrors, Screen[None]):
    """Review claims: every database call runs in a worker and posts a message back."""

    CSS_PATH = "claims.tcss"
    AUTO_FOCUS = "#claims"
    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("v", "review('verified')", "Verify", id="verify"),
        Binding("d", "review('disputed')", "Dispute", id="dispute"),
        Binding("r", "review('rejected')", "Reject", id="reject"),
        Binding("u", "review('unreviewed')", "Reset", id="reset"),
        Binding("n", "note", "Note", id="note"),
        Binding("e", "evidence", "Evidence", id="evidence"),
        Binding("y", "copy_link", "Copy link", id="copy-link"),
        Binding("c", "correct", "Correct", id="correct"),
        Binding("z", "undo", "Undo", id="undo"),
        Binding("space", "next_unreviewed", "Next unreviewed", id="next-unreviewed"),
        Binding("slash", "search", "Search", id="search"),
        Binding("s", "cycle_status", "Status filter", id="status-filter"),
        Binding("a", "articles", "Articles", id="articles"),
        Binding("f", "facts", "Fact of claim", id="facts"),
        Binding("o", "cycle_sort", "Sort column", id="sort"),
        Binding("O", "reverse_sort", "Reverse sort", id="reverse-sort"),
        Binding("C", "clear_filters", "Clear filters", id="clear-filters"),
        Binding("x", "export", "Export CSV", id="export"),
        Binding("ctrl+r", "reload", "Reload", id="reload"),
        Binding("escape", "focus_table", "Back to table", id="focus-table", show=False),
    ]

    def __init__(self, db: Database, writer: ReviewWriter) -> None:
        super().__init__()
        self._db = db
        self._writer = writer
        self.filters = ClaimFilter()
        self.sort = "id"
        self.descending = False
        self.generation = 0  # bumped by every reload; older pages and counts are dropped
        self.shown_generation = 0  # the load the table shows (the one before, until it lands)
        self.counts: dict[str, int] = {}
        self.listed = 0  # claims the filter matches
        # Counts per status by filter (whose status is ignored): cycling the status filter
        # or coming back to a filter costs no count. Own reviews adjust the counts in place;
        # anything else that may change them clears the cache.
        self._counts_cache: dict[ClaimFilter, dict[str, int]] = {}
        self._seeking = False  # fetching pages to find the next unreviewed claim
        self._detail_timer: Timer | None = None
        self._loading_timer: Timer | None = None
        self._last_saved = ""
        self._recount = False  # a review landed while a reload was on its way
        # This session's own reviews, oldest first, saved or queued: (claim id, its save).
        self._done: list[tuple[int, Future[SavedReview]]] = []
        self._problem: tuple[str, str] | None = None  # (worker group, what failed) until fixed
        self._keeping = False  # a refresh is on its way: the cursor stays on its claim
        self._token: tuple[int, ...] | None = None  # the database's state when last loaded
        # This session's saves: review ids (a change made only of them needs no refresh) and
        # each claim as last saved (a refresh read before a save landed must not undo it).
        self._own_reviews: set[int] = set()
        self._saved: dict[int, Claim] = {}

    def compose(self) -> ComposeResult:
        yield FilterBar(id="filters")
        yield StatusCounts(id="counts")
        yield ClaimsTable(id="claims")
        yield DetailPane(id="detail")
        yield KeyHelp(id="keys")

    def on_mount(self) -> None:
        self._load_facets()
        self.reload()
        self.set_interval(POLL_S, self._poll)

    @property
    def table(self) -> ClaimsTable:
        """The claims table."""
        return self.query_one(ClaimsTable)

    # Loading ---------------------------------------------------------------------------------

    def reload(self, *, keep: bool = False) -> None:
        """Reload the table and counts for the current filter and sort. The table keeps its
        rows until the new ones land, so a quick load shows no empty table in between. With
        ``keep``, the rows held are re-read and the cursor stays on its claim."""
        self.generation += 1
        self._seeking = False
        # Only a new listing is covered while it loads. A refresh leaves the rows shown usable:
        # a loading table takes no keys, so the cursor keys typed ahead would be lost while a
        # review key still landed, on the claim the reviewer meant to leave.
        if not keep and self._loading_timer is None:
            self._loading_timer = self.set_timer(LOADING_DELAY_S, self._show_loading)
        counts = self._counts_cache.get(_counts_key(self.filters))
        self._keeping = keep
        start = self.table.window_start if keep else 0
        limit = max(len(self.table.rows), PAGE) if keep else PAGE
        # The change token is the poll's baseline; a reload for a new filter or sort can keep
        # the one it has (at worst the next poll refreshes once more).
        token = keep or self._token is None
        self._fetch_first(
            self.generation, self.filters, self.sort, self.descending, counts, start, limit, token
        )
        subtitle = f"sorted by {self.sort} {'↓' if self.descending else '↑'}"
        if self.table.border_subtitle != subtitle:  # else: a repaint of nothing new
            self.table.border_subtitle = subtitle

    @work(thread=True, exclusive=True, group="page", exit_on_error=False)
    def _fetch_first(
        self,
        generation: int,
        filters: ClaimFilter,
        sort: str,
        descending: bool,
        counts: dict[str, int] | None,
        start: int,
        limit: int,
        with_token: bool,
    ) -> None:
        # One message with the first page and the counts, so the table is sized and filled
        # in one repaint. The token is read first: rows read after it are at least as new.
        token = change_token(self._db) if with_token else None
        rows = list_claims(
            self._db, filters, offset=start, limit=limit, sort=sort, descending=descending
        )
        if counts is None:
            counts = status_counts(self._db, filters)
        self._post_if_current(PageLoaded(generation, start, rows, counts, token))

    def _poll(self) -> None:
        if self._token is not None:  # else: the first load is on its way
            self._check_changes(self._token)

    @work(thread=True, exclusive=True, group="poll", exit_on_error=False)
    def _check_changes(self, seen: tuple[int, ...]) -> None:
        token = change_token(self._db)
        if token != seen:
            self._post_if_current(DatabaseChanged(token))

    @on(DatabaseChanged)
    def _database_changed(self, message: DatabaseChanged) -> None:
        seen, token = self._token, message.token
        if seen is None or token == seen or self.shown_generation != self.generation:
            return
        own = sum(1 for review in self._own_reviews if seen[0] < review <= token[0])
        if token[1:] == seen[1:] and own == token[0] - seen[0]:
            self._token = token  # only this session's reviews, already on screen
        else:
            self.refresh_listing()

    def refresh_listing(self) -> None:
        """Re-read the listing, counts and facets, the cursor staying on its claim."""
        self._counts_cache.clear()
        self._load_facets()
        self.reload(keep=True)

    @work(thread=True, exclusive=True, group="page", exit_on_error=False)
    def _fetch_rows(self, generation: int, start: int, limit: int, total: int) -> None:
        rows = list_claims_window(
            self._db,
            self.filters,
            start=start,
            limit=limit,
            total=total,
            sort=self.sort,
            descending=self.descending,
        )
        self._post_if_current(PageLoaded(generation, start, rows))

    @work(thread=True, exclusive=True, group="counts", exit_on_error=False)
    def _fetch_counts(self, generation: int, filters: ClaimFilter) -> None:
        self._post_if_current(CountsLoaded(generation, status_counts(self._db, filters)))

    @work(thread=True, exclusive=True, group="facets", exit_on_error=False)
    def _load_facets(self) -> None:
        self._post_if_current(FacetsLoaded(claim_facets(self._db)))

    @work(thread=True, exclusive=True, group="detail", exit_on_error=False)
    def _load_context(self, claim_id: int) -> None:
        self._post_if_current(ContextLoaded(claim_context(self._db, claim_id)))

    @work(thread=True, exclusive=True, group="refresh", exit_on_error=False)
    def _refresh_row(self, claim_id: int) -> None:
        for row in list_claims(self._db, ClaimFilter(ids=(claim_id,), include_orphaned=True)):
            self._post_if_current(RowRefreshed(row))

    def _post_if_current(self, message: Message) -> None:
        # A cancelled worker was superseded by a newer one of its group: drop its result.
        if not get_current_worker().is_cancelled:
            self.post_message(message)

    def _show_loading(self) -> None:
        self.table.loading = True

    @on(PageLoaded)
    def _page_loaded(self, message: PageLoaded) -> None:
        if message.generation != self.generation:
            return
        table = self.table
        first = message.counts is not None  # only a reload's first page brings them
        if message.counts is not None:
            if self._loading_timer is not None:
                self._loading_timer.stop()
                self._loading_timer = None
            table.loading = False
            self.shown_generation = message.generation
            self.query_one(FilterBar).show_status(self.filters.status)
            self._set_counts(message.counts)
            if self._recount:
                self._recount = False
                self._fetch_counts(self.generation, self.filters)
            if message.token is not None:
                self._token = message.token
            # The claim under the cursor now: the reviewer may have moved since the refresh began.
            kept = table.claim_at_cursor() if self._keeping else None
            table.replace(message.rows, self.listed, start=message.start, keep_cursor=self._keeping)
            self._keeping = False
            ids = table.claim_ids
            if kept is not None and kept.id in ids:
                table.move_cursor(row=table.window_start + ids.index(id_of(kept)))
        else:
            table.load(message.start, message.rows)
        for row in message.rows:  # read before one of this session's saves landed
            saved = self._saved.get(id_of(row.claim))
            if saved is not None and saved.version > row.claim.version:
                table.update_claim(saved)
        if first or self._detail_pending():
            self._show_detail()
        if self._seeking:
            self._seek_unreviewed(table.cursor_row + 1)
        self._update_position()

    @on(CountsLoaded)
    def _counts_loaded(self, message: CountsLoaded) -> None:
        if message.generation == self.generation:
            self._set_counts(message.counts)

    def _set_counts(self, counts: dict[str, int]) -> None:
        self.counts = counts
        self._counts_cache[_counts_key(self.filters)] = counts
        status = self.filters.status
        self.listed = counts.get(status, 0) if status else sum(counts.values())
        self._show_counts()
        self._update_position()

    @on(FacetsLoaded)
    def _facets_loaded(self, message: FacetsLoaded) -> None:
        self.query_one(FilterBar).set_facets(message.facets)

    @on(ContextLoaded)
    def _context_loaded(self, message: ContextLoaded) -> None:
        current = self.table.claim_at_cursor()
        if current is not None and current.id == message.context.claim.id:
            self.query_one(DetailPane).show(message.context)

    @on(RowRefreshed)
    def _row_refreshed(self, message: RowRefreshed) -> None:
        # Someone else changed the claim: the counts may have changed too.
        self._claim_changed(message.row.claim)
        self._counts_cache.clear()
        self._fetch_counts(self.generation, self.filters)

    def _show_counts(self) -> None:
        pending = self._writer.pending
        self.query_one(StatusCounts).show(
            self.counts,
            total=self.listed,
            last_saved=self._last_saved,
            saving=f"saving {pending}…" if pending else "",
            problem=self._problem[1] if self._problem else "",
        )

    def worker_failed(self, group: str, message: str) -> None:
        """Keep a failure in the status line until work of the same kind succeeds."""
        self._problem = (group, message)
        self._show_counts()

    def worker_succeeded(self, group: str) -> None:
        # A save's worker ends well even when it reports a refusal: a ReviewSaved clears it.
        if group != "save" and self._problem is not None and self._problem[0] == group:
            self._problem = None
            self._show_counts()

    def _update_position(self) -> None:
        table = self.table
        position = f"{table.cursor_row + 1:,}" if table.total else "0"
        title = f"claims {position} of {self.listed:,}"
        if table.border_title != title:  # a new title repaints the whole table
            table.border_title = title

    def _show_detail(self) -> None:
        if self._detail_timer is not None:
            self._detail_timer.stop()
            self._detail_timer = None
        claim = self.table.claim_at_cursor()
        if claim is not None:
            self._load_context(id_of(claim))
        elif not self.table.total:
            self.query_one(DetailPane).show(None)

    def _detail_pending(self) -> bool:
        """Whether the detail pane is behind the cursor (its claim was not loaded yet)."""
        shown = self.query_one(DetailPane).claim_id
        claim = self.table.claim_at_cursor()
        return claim is not None and claim.id != shown and self._detail_timer is None

    # Navigation ------------------------------------------------------------------------------

    @on(ClaimsTable.Highlighted)
    def _row_highlighted(self) -> None:
        self._update_position()
        self._show_detail_soon()

    def _show_detail_soon(self) -> None:
        # The table repaints at once; the detail pane follows when the cursor pauses.
        if self._detail_timer is not None:
            self._detail_timer.stop()
        self._detail_timer = self.set_timer(DETAIL_DELAY_S, self._show_detail)

    @on(ClaimsTable.RowsWanted)
    def _rows_wanted(self, message: ClaimsTable.RowsWanted) -> None:
        if self.shown_generation == self.generation:  # else: rows of the listing on its way out
            self._fetch_rows(self.generation, message.start, message.limit, self.table.total)

    @on(ClaimsTable.HeaderSelected)
    def _header_selected(self, message: ClaimsTable.HeaderSelected) -> None:
        self._sort_by(message.column)

    def _sort_by(self, column: str) -> None:
        if column not in SORTABLE:
            return
        self.descending = not self.descending if column == self.sort else False
        self.sort = column
        self.reload()

    def action_cycle_sort(self) -> None:
        names = list(SORTABLE)
        self.descending = False
        self.sort = names[(names.index(self.sort) + 1) % len(names)]
        self.reload()

    def action_reverse_sort(self) -> None:
        self._sort_by(self.sort)

    def action_next_unreviewed(self) -> None:
        self._seeking = True
        self._seek_unreviewed(self.table.cursor_row + 1)

    def _seek_unreviewed(self, start: int) -> None:
        index = self.table.next_index(UNREVIEWED, start)
        if index is not None:
            self._seeking = False
            self.table.move_cursor(row=index)
        elif not self.table.want_next_page():
            self._seeking = False
            self.notify("no unreviewed claim below this one", severity="warning")

    def action_focus_table(self) -> None:
        self.table.focus()

    def action_search(self) -> None:
        self.query_one("#search").focus()

    @on(Input.Submitted, "#search")
    def _search_submitted(self) -> None:
        self.table.focus()  # the search is applied; the keys review claims again

    # Filters ---------------------------------------------------------------------------------

    @on(FilterBar.Changed)
    def _filters_changed(self, message: FilterBar.Changed) -> None:
        self._filter(message.filters)

    def _filter(self, filters: ClaimFilter) -> None:
        if filters != self.filters:
            self.filters = filters
            self.reload()

    def action_cycle_status(self) -> None:
        # The bar shows the new status with the first page of its listing: one repaint.
        self._filter(self.filters.with_(status=next_status(self.filters.status)))

    def action_clear_filters(self) -> None:
        self.query_one(FilterBar).clear()

    def action_articles(self) -> None:
        def opened(summary: ArticleSummary | None) -> None:
            if summary is not None:
                self.query_one(FilterBar).set_article(summary.article.id, summary.article.title)
                self.table.focus()

        self.app.push_screen(ArticlesScreen(self._db), opened)

    def action_facts(self) -> None:
        """Open the facts screen on the current claim's fact and its sibling claims."""
        claim = self.table.claim_at_cursor()
        facts = FactsScreen(self._db, claim.id if claim else None, reviewer=self._writer.reviewer)
        self.app.push_screen(facts)

    # Reviewing -------------------------------------------------------------------------------

    def _current(self) -> Claim | None:
        if self.table.loading:  # the claim under the cursor is of the listing on its way out
            self.notify("the listing is still loading: nothing was changed", severity="warning")
            return None
        claim = self.table.claim_at_cursor()
        if claim is None:
            self.notify("no claim selected", severity="warning")
        return claim

    def _send(self, request: ReviewRequest) -> Future[SavedReview]:
        """Queue ``request`` on the writer thread now, so it keeps its place among the
        reviewer's actions (the thread runs them in order), and keep it as one to undo."""
        future = self._writer.submit(request)
        if request.undo is None:
            self._done.append((request.claim_id, future))
        self._show_counts()  # "saving…"
        return future

    def _save(self, request: ReviewRequest) -> None:
        self._report(request, self._send(request))

    @work(group="save", exit_on_error=False)
    async def _report(self, request: ReviewRequest, future: Future[SavedReview]) -> None:
        await self._outcome(request, future)

    async def _submit(self, request: ReviewRequest, *, in_dialog: bool = False) -> str | None:
        """Save ``request``; what refused it (None if saved). A refusal shown ``in_dialog``
        is not notified again."""
        return await self._outcome(request, self._send(request), in_dialog=in_dialog)

    async def _outcome(
        self, request: ReviewRequest, future: Future[SavedReview], *, in_dialog: bool = False
    ) -> str | None:
        # Shielding keeps a queued review from being dropped if this worker is cancelled
        # (the app closing): it is still saved.
        try:
            saved = await asyncio.shield(asyncio.wrap_future(future))
        except FactdbError as exc:
            # Told it was refused, the reviewer undoes what came before it; an undo asked for
            # before that is refused in turn (it never undoes an older review in its place).
            with contextlib.suppress(ValueError):
                self._done.remove((request.claim_id, future))
            conflict = isinstance(exc, ConflictError)
            error = describe_error(exc)
            if request.undo is not None:
                error = f"cannot undo: {error}"
            self.post_message(
                ReviewFailed(
                    request.claim_id,
                    error,
                    conflict=conflict,
                    quiet=in_dialog,
                    status=request.status,
                )
            )
            return error
        self.post_message(ReviewSaved(saved, request.action, request.status))
        return None

    def _version(self, claim_id: int) -> int | None:
        """The version of a claim as the table holds it (refreshed after a conflict)."""
        for row in self.table.rows:
            if row.claim.id == claim_id:
                return row.claim.version
        return None

    def action_review(self, status: str) -> None:
        claim = self._current()
        if claim is not None:
            # Shown at once, marked pending, so the reviewer can move on while it is saved.
            self.table.show_pending(id_of(claim), status)
            self._save(ReviewRequest(id_of(claim), claim.version, status=status))

    def action_undo(self) -> None:
        """Undo this session's latest review not undone yet (again: the one before it), even
        one still being saved: the undo is queued after it."""
        if not self._done:
            self.notify("nothing of yours to undo in this session", severity="warning")
            return
        claim_id, target = self._done.pop()
        self._save(ReviewRequest(claim_id, undo=target))

    def action_note(self) -> None:
        claim = self._current()
        if claim is None:
            return
        claim_id = id_of(claim)

        async def save(note: str) -> str | None:
            request = ReviewRequest(claim_id, self._version(claim_id), note=note)
            return await self._submit(request, in_dialog=True)

        prompt = TextPrompt(
            f"Note on claim {claim.id}", value=claim.note, placeholder="note", save=save
        )
        self.app.push_screen(prompt)

    def action_copy_link(self) -> None:
        """Copy the shown claim's link: its web page at the quote, its PDF page, its file."""
        context = self.query_one(ClaimDetail).context
        if context is not None:
            self.app.copy_to_clipboard(context.citation.link)
            self.notify(context.citation.link, title="Link copied")

    def action_evidence(self) -> None:
        claim = self._current()
        if claim is None:
            return
        claim_id = id_of(claim)

        async def save(url: str) -> str | None:
            request = ReviewRequest(claim_id, self._version(claim_id), evidence_url=url)
            return await self._submit(request, in_dialog=True)

        prompt = TextPrompt(
            f"Evidence for claim {claim.id}",
            value=claim.evidence_url,
            placeholder="https://…",
            check=check_evidence_url,
            save=save,
        )
        self.app.push_screen(prompt)

    def action_correct(self) -> None:
        claim = self._current()
        if claim is None:
            return
        claim_id = id_of(claim)

        async def save(correction: Correction) -> str | None:
            request = ReviewRequest(claim_id, self._version(claim_id), correction=correction)
            return await self._submit(request, in_dialog=True)

        self.app.push_screen(CorrectScreen(claim, save=save))

    @on(ReviewSaved)
    def _review_saved(self, message: ReviewSaved) -> None:
        saved: SavedReview = message.saved
        claim = saved.claim
        self._own_reviews.add(saved.review_id)
        self._saved[id_of(claim)] = claim
        if self._problem is not None and self._problem[0] == "save":
            self._problem = None
        self._last_saved = f"claim {claim.id}: {message.action} ✓"
        if message.status is not None:
            self.table.settle_pending(id_of(claim))
        old = self._claim_changed(claim)
        # Own reviews move a claim from one status to another: count that without a query.
        # Other filters' counts may include the claim or not: those are recounted when shown.
        self._counts_cache.clear()
        if self.shown_generation != self.generation:
            # A reload is on its way, its counts read before or after this commit: recount.
            self._recount = True
        elif old is not None:
            counts = dict(self.counts)
            counts[old.claim.status] -= 1
            counts[claim.status] += 1
            self._set_counts(counts)
        else:
            self._fetch_counts(self.generation, self.filters)
        self._show_counts()  # the saves still queued

    @on(ReviewFailed)
    def _review_failed(self, message: ReviewFailed) -> None:
        if not message.quiet:
            self.notify(message.error, title="Not saved", severity="error")
        if message.status is not None:
            self.table.settle_pending(message.claim_id)  # back to the status it has
        if not message.conflict:  # the database failed: say so until a save works again
            self._problem = ("save", message.error)
        self._show_counts()
        if message.conflict:
            self._refresh_row(message.claim_id)

    def _claim_changed(self, claim: Claim) -> ClaimRow | None:
        old = self.table.update_claim(claim)
        current = self.table.claim_at_cursor()
        if current is not None and current.id == claim.id:
            self._show_detail_soon()  # its history, once the new status is on screen
        return old

    # Export ----------------------------------------------------------------------------------

    def action_export(self) -> None:
        def chosen(path: str | None) -> None:
            if path:
                self._export(Path(path).expanduser(), self.filters)

        prompt = TextPrompt(
            "Export the claims this filter lists to CSV",
            value=DEFAULT_EXPORT,
            check=_check_export_path,
        )
        self.app.push_screen(prompt, chosen)

    @work(thread=True, exclusive=True, group="export", exit_on_error=False)
    def _export(self, path: Path, filters: ClaimFilter) -> None:
        self.post_message(Exported(path, export_csv(self._db, path, filters)))

    @on(Exported)
    def _exported(self, message: Exported) -> None:
        self.notify(f"wrote {message.rows:,} claim(s) to {message.path}", title="Exported")

    def action_reload(self) -> None:
        self.refresh_listing()


def _check_export_path(text: str) -> None:
    folder = Path(text).expanduser().parent
    if not folder.is_dir():
        raise ValidationError(f"{folder}: no such folder")


def _counts_key(filters: ClaimFilter) -> ClaimFilter:
    return filters.with_(status=None)  # the counts ignore the status filter

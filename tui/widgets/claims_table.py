"""The claims table: a virtual list as long as the filter's listing that holds only a window of
rows around the cursor (a few pages) and renders only the lines on screen.

Moving the cursor repaints two lines; scrolling repaints the visible ones, each from a cached
strip. When the cursor nears the edge of the window, or leaves it (End, a click on the
scrollbar), the table posts :class:`ClaimsTable.RowsWanted` and the screen loads those rows in
a worker; a row not loaded yet shows as a placeholder meanwhile.
"""

from __future__ import annotations

from typing import ClassVar

from rich.console import Console
from rich.segment import Segment
from rich.text import Text
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.message import Message
from textual.scroll_view import ScrollView
from textual.strip import Strip

from factdb.claims.description import value_text
from factdb.claims.queries import ClaimRow
from factdb.claims.review import effective
from factdb.store.models import Claim
from tui.format import STATUS_CLASSES, status_text

PAGE = 200  # rows fetched per query
WINDOW = 3 * PAGE  # rows held at most; loading more drops those farthest from the cursor
PREFETCH = 60  # fetch the next page when the cursor is this close to the window's edge
# (column key — a sort name of factdb.claims.queries.SORTABLE —, label, width)
COLUMNS = (
    ("id", "id", 6),
    ("article", "art", 4),
    ("quote", "quote", 26),
    ("value", "value", 18),
    ("qualifier", "q", 2),
    ("noun", "noun", 24),
    ("date", "date", 10),
    ("status", "status", 10),
)
PADDING = 1  # cells each side of a column


class ClaimsTable(ScrollView, can_focus=True):
    """Every claim the filter lists, one line each, with a row cursor."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("up", "cursor_up", "Cursor up", show=False),
        Binding("down", "cursor_down", "Cursor down", show=False),
        Binding("pageup", "page_up", "Page up", show=False),
        Binding("pagedown", "page_down", "Page down", show=False),
        Binding("home,ctrl+home", "first", "First claim", show=False),
        Binding("end,ctrl+end", "last", "Last claim", show=False),
    ]
    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "claims-table--header",
        "claims-table--cursor",
        "claims-table--even-row",
        "claims-table--placeholder",
        *STATUS_CLASSES,
    }
    DEFAULT_CSS = """
    ClaimsTable {
        background: $surface;
        color: $foreground;
        &:focus {
            background-tint: $foreground 5%;
            & > .claims-table--cursor {
                background: $block-cursor-background;
                color: $block-cursor-foreground;
                text-style: $block-cursor-text-style;
            }
            & > .claims-table--header {
                background-tint: $foreground 5%;
            }
        }
        &:dark > .claims-table--even-row {
            background: $surface-darken-1 40%;
        }
        & > .claims-table--header {
            text-style: bold;
            background: $panel;
            color: $foreground;
        }
        & > .claims-table--even-row {
            background: $surface-lighten-1 50%;
        }
        & > .claims-table--cursor {
            background: $block-cursor-blurred-background;
            color: $block-cursor-blurred-foreground;
            text-style: $block-cursor-blurred-text-style;
        }
        & > .claims-table--placeholder {
            color: $text-muted;
        }
    }
    """

    class Highlighted(Message):
        """The cursor moved to row ``cursor_row`` (0-based in the whole listing)."""

        def __init__(self, cursor_row: int) -> None:
            super().__init__()
            self.cursor_row = cursor_row

    class RowsWanted(Message):
        """Rows ``start`` to ``start + limit`` should be loaded (see :meth:`load`)."""

        def __init__(self, start: int, limit: int) -> None:
            super().__init__()
            self.start = start
            self.limit = limit

    class HeaderSelected(Message):
        """A column's header was clicked; ``column`` is its sort name."""

        def __init__(self, column: str) -> None:
            super().__init__()
            self.column = column

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.total = 0  # rows in the listing
        self.window_start = 0  # listing index of the window's first row
        self.rows: list[ClaimRow] = []  # the window
        self.cursor_row = 0
        self._wanted: tuple[int, int] | None = None  # the rows last asked for
        self._strips: dict[int, Strip] = {}  # claim id -> its cells, unstyled
        self._pending: dict[int, list[str]] = {}  # claim id -> statuses asked for, not saved
        self._header: Strip | None = None
        self.virtual_size = Size(_WIDTH, 1)

    # The window -----------------------------------------------------------------------------

    @property
    def claim_ids(self) -> list[int]:
        """The ids of the rows held, in listing order from :attr:`window_start`."""
        return [id_of(row.claim) for row in self.rows]

    def replace(
        self, rows: list[ClaimRow], total: int, *, start: int = 0, keep_cursor: bool = False
    ) -> None:
        """Show a new listing, ``total`` rows long, from ``rows`` (its rows from ``start``), the
        cursor on its first row, or with ``keep_cursor`` (the same listing re-read) where it
        was. Its size changes only if its length does (a change lays the screen out)."""
        self.total = total
        self.window_start = start
        self.rows = []
        self._wanted = None
        self._strips.clear()
        if not keep_cursor:
            self.cursor_row = 0
            self.scroll_to(y=0, animate=False, immediate=True)
        self.cursor_row = min(self.cursor_row, max(total - 1, 0))
        self.load(start, rows)

    def load(self, start: int, rows: list[ClaimRow]) -> None:
        """Hold ``rows`` (listing rows from ``start``) in the window: beside the rows held if
        they adjoin them (dropping the farthest beyond :data:`WINDOW`), instead of them if not."""
        end = self.window_start + len(self.rows)
        if self.rows and start == end:
            self.rows.extend(rows)
            excess = len(self.rows) - WINDOW
            if excess > 0:
                self._drop(self.rows[:excess])
                del self.rows[:excess]
                self.window_start += excess
        elif self.rows and start + len(rows) == self.window_start:
            self.rows[:0] = rows
            self.window_start = start
            self._drop(self.rows[WINDOW:])
            del self.rows[WINDOW:]
        else:
            self._drop(self.rows)
            self.rows = list(rows)
            self.window_start = start
        self.total = max(self.total, self.window_start + len(self.rows))
        self._wanted = None
        self._resize()
        self.refresh()
        self._want_rows()

    def _drop(self, rows: list[ClaimRow]) -> None:
        for row in rows:
            self._strips.pop(id_of(row.claim), None)

    def row_at(self, index: int) -> ClaimRow | None:
        """The listing's row ``index``, if it is held."""
        local = index - self.window_start
        return self.rows[local] if 0 <= local < len(self.rows) else None

    def claim_at_cursor(self) -> Claim | None:
        """The highlighted claim, if it is loaded."""
        row = self.row_at(self.cursor_row)
        return row.claim if row else None

    def update_claim(self, claim: Claim) -> ClaimRow | None:
        """Show a claim's new state if it is held; returns the row as it was."""
        for local, old in enumerate(self.rows):
            if old.claim.id == claim.id:
                self.rows[local] = ClaimRow(claim, old.article_title, old.article_ordinal)
                self._strips.pop(id_of(claim), None)
                self._refresh_row(self.window_start + local)
                return old
        return None

    def show_pending(self, claim_id: int, status: str) -> None:
        """Show ``status`` on a claim's row at once, marked "…" until its save is settled."""
        self._pending.setdefault(claim_id, []).append(status)
        self._redraw(claim_id)

    def settle_pending(self, claim_id: int) -> None:
        """The oldest pending status of a claim was saved or refused: the row shows the next
        one pending, else the claim's own."""
        queue = self._pending.get(claim_id)
        if queue:
            queue.pop(0)
            if not queue:
                del self._pending[claim_id]
        self._redraw(claim_id)

    def pending_status(self, claim_id: int) -> str | None:
        """The status a claim's row shows as pending, if any."""
        queue = self._pending.get(claim_id)
        return queue[-1] if queue else None

    def _redraw(self, claim_id: int) -> None:
        self._strips.pop(claim_id, None)
        for local, row in enumerate(self.rows):
            if row.claim.id == claim_id:
                self._refresh_row(self.window_start + local)

    def next_index(self, status: str, start: int) -> int | None:
        """The first held row at or after listing index ``start`` whose claim has ``status``."""
        for local in range(max(start - self.window_start, 0), len(self.rows)):
            if self.rows[local].claim.status == status:
                return self.window_start + local
        return None

    def want_next_page(self) -> bool:
        """Ask for the page after the window; False if the window reaches the listing's end."""
        end = self.window_start + len(self.rows)
        if end >= self.total:
            return False
        self._ask(end, PAGE)
        return True

    def _want_rows(self) -> None:
        """Ask for the rows the cursor (or, scrolled away from it, the view) is about to need."""
        if not self.total:
            return
        start, end = self.window_start, self.window_start + len(self.rows)
        cursor = self.cursor_row
        top = round(self.scroll_y)
        bottom = min(top + self._body_height, self.total)
        if not start <= cursor < end:
            self._ask_around(cursor)
        elif not (start <= top and bottom <= end) and not start <= top < end:
            self._ask_around(top)
        elif end < self.total and cursor >= end - PREFETCH:
            self._ask(end, PAGE)
        elif start > 0 and cursor < start + PREFETCH:
            first = max(start - PAGE, 0)
            self._ask(first, start - first)

    def _ask_around(self, index: int) -> None:
        first = max(min(index - PAGE // 2, self.total - PAGE), 0)
        self._ask(first, PAGE)

    def _ask(self, start: int, limit: int) -> None:
        if self._wanted != (start, limit):
            self._wanted = (start, limit)
            self.post_message(self.RowsWanted(start, limit))

    # The cursor -----------------------------------------------------------------------------

    def move_cursor(self, *, row: int) -> None:
        """Put the cursor on listing row ``row`` (clamped), scrolled into view."""
        row = max(min(row, self.total - 1), 0)
        old, self.cursor_row = self.cursor_row, row
        top = round(self.scroll_y)
        if row < top:
            self.scroll_to(y=row, animate=False, immediate=True)
        elif row >= top + self._body_height:
            self.scroll_to(y=row - self._body_height + 1, animate=False, immediate=True)
        self._refresh_row(old)
        self._refresh_row(row)
        if row != old:
            self.post_message(self.Highlighted(row))
        self._want_rows()

    def action_cursor_up(self) -> None:
        self.move_cursor(row=self.cursor_row - 1)

    def action_cursor_down(self) -> None:
        self.move_cursor(row=self.cursor_row + 1)

    def action_page_up(self) -> None:
        self.move_cursor(row=self.cursor_row - self._body_height)

    def action_page_down(self) -> None:
        self.move_cursor(row=self.cursor_row + self._body_height)

    def action_first(self) -> None:
        self.move_cursor(row=0)

    def action_last(self) -> None:
        self.move_cursor(row=self.total - 1)

    def on_click(self, event: events.Click) -> None:
        at = event.get_content_offset(self)
        if at is None:  # the border or a scrollbar
            return
        if at.y == 0:
            column = _column_at(at.x + round(self.scroll_x))
            if column is not None:
                self.post_message(self.HeaderSelected(column))
        else:
            self.move_cursor(row=round(self.scroll_y) + at.y - 1)

    def watch_scroll_y(self, old_value: float, new_value: float) -> None:
        super().watch_scroll_y(old_value, new_value)
        self._want_rows()

    # Rendering ------------------------------------------------------------------------------

    @property
    def _body_height(self) -> int:
        return max(self.scrollable_content_region.height - 1, 1)

    def _resize(self) -> None:
        self.virtual_size = Size(_WIDTH, self.total + 1)

    def _refresh_row(self, index: int) -> None:
        self.refresh_line(index + 1)  # the header is line 0

    def notify_style_update(self) -> None:
        super().notify_style_update()
        self._header = None
        self._strips.clear()  # their statuses are coloured by the theme

    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        scroll_x = round(self.scroll_x)
        if y == 0:
            if self._header is None:
                style = self.get_component_rich_style("claims-table--header")
                labels = [Text(label) for _key, label, _width in COLUMNS]
                self._header = _strip(self.app.console, labels).apply_style(style)
            return self._header.crop_extend(scroll_x, scroll_x + width, self.rich_style)
        index = round(self.scroll_y) + y - 1
        if index >= self.total:
            return Strip.blank(width, self.rich_style)
        row = self.row_at(index)
        if row is None:
            style = self.get_component_rich_style("claims-table--placeholder")
            strip = _strip(self.app.console, [Text("…")]).apply_style(style)
        else:
            strip = self._strips.get(id_of(row.claim)) or self._cells(row)
        style = self.rich_style
        if index == self.cursor_row:
            style += self.get_component_rich_style("claims-table--cursor")
        elif index % 2 == 0:
            style += self.get_component_rich_style("claims-table--even-row")
        return strip.crop_extend(scroll_x, scroll_x + width, None).apply_style(style)

    def _cells(self, row: ClaimRow) -> Strip:
        pending = self.pending_status(id_of(row.claim))
        status = status_text(pending or row.claim.status, self)
        if pending is not None:
            status.append("…")
        strip = _strip(self.app.console, list(_cells(row, status)))
        self._strips[id_of(row.claim)] = strip
        return strip


_WIDTH = sum(width + 2 * PADDING for _key, _label, width in COLUMNS)


def _strip(console: Console, cells: list[Text]) -> Strip:
    """One line of cells, each cut or padded to its column's width."""
    segments: list[Segment] = []
    pad = Segment(" " * PADDING)
    for cell, (_key, _label, width) in zip(cells, COLUMNS, strict=False):
        cell = cell.copy()
        cell.truncate(width, overflow="crop", pad=True)
        segments.append(pad)
        segments.extend(cell.render(console))
        segments.append(pad)
    return Strip(segments).extend_cell_length(_WIDTH).simplify()


def _column_at(x: int) -> str | None:
    left = 0
    for key, _label, width in COLUMNS:
        left += width + 2 * PADDING
        if x < left:
            return key
    return None


def _cells(row: ClaimRow, status: Text) -> tuple[Text, ...]:
    c = row.claim
    plain = (
        str(c.id),
        str(c.article_id),
        c.quote,
        value_text(c),
        c.qualifier,
        effective(c, "noun"),
        c.date or "",
    )
    return (*(Text(cell) for cell in plain), status)


def id_of(claim: Claim) -> int:
    """A stored claim's id."""
    assert claim.id is not None  # every stored claim has one
    return claim.id

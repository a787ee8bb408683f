"""The claims table: holds only the pages of claims loaded so far, never the whole list."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import DataTable

from factdb.describe import value_text
from factdb.models import Claim
from factdb.queries import ClaimRow
from factdb.review import effective
from tui.format import status_text

# (column key — a sort name of factdb.queries.SORTABLE —, label, width)
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


class ClaimsTable(DataTable[str | Text]):
    """A table of claims, one row per claim, keyed by claim id."""

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id, cursor_type="row", zebra_stripes=True)
        self.rows_by_id: dict[int, ClaimRow] = {}
        self.claim_ids: list[int] = []

    def on_mount(self) -> None:
        for key, label, width in COLUMNS:
            self.add_column(label, key=key, width=width)

    def reset(self) -> None:
        """Drop every row (a new filter or sort is being loaded)."""
        self.clear()
        self.rows_by_id.clear()
        self.claim_ids.clear()

    def add_page(self, rows: list[ClaimRow]) -> None:
        """Append a page of rows."""
        for row in rows:
            claim_id = row.claim.id
            assert claim_id is not None
            self.rows_by_id[claim_id] = row
            self.claim_ids.append(claim_id)
            self.add_row(*_cells(row), key=str(claim_id))

    def claim_at_cursor(self) -> Claim | None:
        """The highlighted claim, if any."""
        if not self.claim_ids or not 0 <= self.cursor_row < len(self.claim_ids):
            return None
        return self.rows_by_id[self.claim_ids[self.cursor_row]].claim

    def update_claim(self, claim: Claim) -> None:
        """Show a claim's new state, if it is in the table."""
        assert claim.id is not None
        old = self.rows_by_id.get(claim.id)
        if old is None:
            return
        row = ClaimRow(claim, old.article_title, old.article_ordinal)
        self.rows_by_id[claim.id] = row
        for (key, _label, _width), cell in zip(COLUMNS, _cells(row), strict=True):
            self.update_cell(str(claim.id), key, cell)

    def next_index(self, status: str, start: int) -> int | None:
        """The first loaded row at or after ``start`` whose claim has ``status``."""
        for index in range(start, len(self.claim_ids)):
            if self.rows_by_id[self.claim_ids[index]].claim.status == status:
                return index
        return None


def _cells(row: ClaimRow) -> tuple[str | Text, ...]:
    c = row.claim
    return (
        str(c.id),
        str(c.article_id),
        c.quote,
        value_text(c),
        c.qualifier,
        effective(c, "noun"),
        c.date or "",
        status_text(c.status),
    )

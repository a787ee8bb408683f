"""Which claims a listing shows: :class:`ClaimFilter` and the sortable columns.

A filter renders itself two ways, side by side so that they stay the same: as conditions on a
SQLAlchemy query (:meth:`ClaimFilter.apply`, every reader) and as an SQL ``WHERE`` clause for
the standard library's sqlite3 (:meth:`ClaimFilter.where_sql`, the quick SQLite listing of
:mod:`factdb.claims.quick_list`). Nothing here imports a database library until asked.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import TYPE_CHECKING, Any, TypeVar

from factdb.claims.validation import check_status
from factdb.errors import ValidationError

if TYPE_CHECKING:
    from sqlalchemy import Select

# A listing's sort keys and the claim column each sorts by.
SORT_COLUMNS = {
    "id": "id",
    "article": "article_id",
    "quote": "quote",
    "value": "value",
    "unit": "unit",
    "kind": "kind",
    "qualifier": "qualifier",
    "noun": "noun",
    "date": "date",
    "status": "status",
}
# Columns a search looks into.
SEARCHED_COLUMNS = ("quote", "sentence", "noun")
# A select of any columns: ClaimFilter.apply hands back the kind of query it was given.
_Query = TypeVar("_Query", bound="Select[*tuple[Any, ...]]")


def check_sort(sort: str) -> None:
    """Refuse a sort key that is not one of :data:`SORT_COLUMNS`."""
    if sort not in SORT_COLUMNS:
        raise ValidationError(f"cannot sort by {sort!r}; choose one of {', '.join(SORT_COLUMNS)}")


def like_pattern(text: str) -> str:
    """The ``LIKE`` pattern (escape character ``\\``) for "contains ``text``": ``%`` and
    ``_`` are plain characters."""
    escaped = text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


@dataclass(frozen=True, slots=True)
class ClaimFilter:
    """Which claims to list; every field left as None matches everything."""

    status: str | None = None
    kind: str | None = None
    unit: str | None = None
    article_id: int | None = None
    source_id: int | None = None
    search: str | None = None  # case-insensitive substring of quote, sentence or noun
    include_orphaned: bool = False
    ids: tuple[int, ...] | None = None

    def with_(self, **changes: Any) -> ClaimFilter:
        """A copy with some fields changed."""
        return replace(self, **changes)

    def _equalities(self) -> list[tuple[str, object]]:
        """(column, value) for each field that asks for one value."""
        if self.status:
            check_status(self.status)
        fields = (
            ("status", self.status or None),
            ("kind", self.kind or None),
            ("unit", self.unit or None),
            ("article_id", self.article_id),
            ("source_id", self.source_id),
        )
        return [(name, value) for name, value in fields if value is not None]

    def apply(self, query: _Query) -> _Query:
        """Add this filter's conditions to a query over :class:`Claim`."""
        from sqlalchemy import or_

        from factdb.store.models import Claim

        table = Claim.__table__.c  # type: ignore[attr-defined]  # SQLModel declares no __table__
        for name, value in self._equalities():
            query = query.where(table[name] == value)
        if self.search:
            pattern = like_pattern(self.search)
            query = query.where(
                or_(*(table[c].ilike(pattern, escape="\\") for c in SEARCHED_COLUMNS))
            )
        if not self.include_orphaned:
            query = query.where(table.orphaned == False)  # noqa: E712
        if self.ids is not None:
            query = query.where(table.id.in_(self.ids))
        return query

    def where_sql(self) -> tuple[str, list[object]]:
        """The same conditions as :meth:`apply`, as SQLite's ``WHERE`` clause over the table
        ``claim`` (``1`` when there are none) and its parameters."""
        equalities = self._equalities()
        conditions = [f"claim.{name} = ?" for name, _ in equalities]
        params: list[object] = [value for _, value in equalities]
        if self.search:
            searched = " OR ".join(
                f"lower(claim.{c}) LIKE lower(?) ESCAPE '\\'" for c in SEARCHED_COLUMNS
            )
            conditions.append(f"({searched})")
            params += [like_pattern(self.search)] * len(SEARCHED_COLUMNS)
        if not self.include_orphaned:
            conditions.append("claim.orphaned = 0")
        if self.ids is not None:
            marks = ", ".join("?" * len(self.ids))
            conditions.append(f"claim.id IN ({marks})" if self.ids else "0")
            params += self.ids
        return " AND ".join(conditions) or "1", params

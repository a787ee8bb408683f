"""All table models in one module (SQLModel's advice: no circular imports between tables).

A claim's current review state (``status``, ``note``, corrections) is a cache of its latest
:class:`Review`, written in the same transaction as the review; the reviews table is the
append-only history and the source of truth.
"""

from __future__ import annotations

from datetime import UTC, date, datetime

from sqlalchemy import Column, Index, Text, UniqueConstraint
from sqlmodel import Field, SQLModel

from factdb.store.status import Status


def utcnow() -> datetime:
    """The current time in UTC, timezone-aware."""
    return datetime.now(UTC)


class Source(SQLModel, table=True):
    """An ingested file, identified by the sha256 of its bytes."""

    __tablename__ = "source"

    id: int | None = Field(default=None, primary_key=True)
    path: str = Field(sa_column=Column(Text, nullable=False))  # as given to ingest
    # Identity across runs: the resolved absolute path, or the URL of a web source (0006).
    location: str | None = Field(default=None, sa_column=Column(Text, index=True))
    media_type: str | None = None  # text/plain, text/html, application/pdf, a feed's type
    fetched_at: datetime | None = None  # when a URL was fetched
    sha256: str = Field(index=True, unique=True, max_length=64)
    size: int
    ingested_at: datetime = Field(default_factory=utcnow)
    title: str | None = Field(default=None, sa_column=Column(Text))
    url: str | None = Field(default=None, sa_column=Column(Text))
    outlet: str | None = Field(default=None, sa_column=Column(Text))
    published: date | None = None
    text: str = Field(sa_column=Column(Text, nullable=False))


class Article(SQLModel, table=True):
    """One article of a source: its span in the source's decoded text."""

    __tablename__ = "article"
    __table_args__ = (UniqueConstraint("source_id", "ordinal"),)

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    ordinal: int  # 1-based position in the source
    title: str = Field(sa_column=Column(Text, nullable=False))
    start: int
    end: int
    published: date | None = None
    published_precision: str | None = None  # "day", "month" or "year" (0006)
    # A feed entry's own link (0008): its claims cite the entry's page, not the feed.
    url: str | None = Field(default=None, sa_column=Column(Text))
    published_inferred: bool = False


class Claim(SQLModel, table=True):
    """A quantitative claim with its citation (source, article, sentence, offsets)."""

    __tablename__ = "claim"
    __table_args__ = (
        Index("ix_claim_status_id", "status", "id"),
        Index("ix_claim_article_id", "article_id", "id"),
    )

    id: int | None = Field(default=None, primary_key=True)
    source_id: int = Field(foreign_key="source.id", index=True)
    article_id: int = Field(foreign_key="article.id")
    start: int  # offsets into the source's decoded text: text[start:end] == quote
    end: int
    quote: str = Field(sa_column=Column(Text, nullable=False))
    sentence: str = Field(sa_column=Column(Text, nullable=False))
    sentence_start: int
    sentence_end: int
    value: float
    value_max: float | None = None
    unit: str | None = Field(default=None, index=True)
    kind: str = Field(index=True)
    qualifier: str = "="
    vague: bool = False
    noun: str = ""
    noun_implied: bool = False
    speaker: str = ""
    cited_outlet: str = ""
    date_text: str = ""
    date: str | None = None  # ISO text truncated to its precision
    date_precision: str | None = None
    normalized_value: float | None = None
    normalized_unit: str | None = None
    rule: str = ""
    extractor_version: str = ""
    fingerprint: str = Field(index=True, max_length=64)
    # Indexed: a claim's detail lists the claims that convert it (0005).
    equivalent_id: int | None = Field(default=None, foreign_key="claim.id", index=True)
    orphaned: bool = False  # no longer found by the current rules; kept with its reviews
    # Cache of the latest review, kept in the same transaction as the review itself.
    status: str = Field(default=Status.UNREVIEWED.value)
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    evidence_url: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    reviewed_by: str = ""
    reviewed_at: datetime | None = None
    # A reviewer's corrections override the extracted fields (see ``effective``), so a
    # re-extraction can refresh what the rules found without losing what a person fixed.
    corrected_value: float | None = None
    corrected_value_max: float | None = None
    corrected_unit: str | None = None
    corrected_noun: str | None = None
    version: int = 1  # optimistic concurrency: bumped by every review


class Review(SQLModel, table=True):
    """One entry of a claim's append-only review history: who, when, and the claim's review
    state before (``old_*``) and after it."""

    __tablename__ = "review"

    id: int | None = Field(default=None, primary_key=True)
    claim_id: int = Field(foreign_key="claim.id", index=True)
    reviewer: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    action: str = "review"  # "review", "undo", "import", ...
    status: str
    note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    evidence_url: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    corrected_value: float | None = None
    corrected_value_max: float | None = None
    corrected_unit: str | None = None
    corrected_noun: str | None = None
    old_status: str
    old_note: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    old_evidence_url: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    old_corrected_value: float | None = None
    old_corrected_value_max: float | None = None
    old_corrected_unit: str | None = None
    old_corrected_noun: str | None = None


# The fields of a claim that reviews set, each mirrored in Review (new) and Review.old_*.
REVIEW_STATE_FIELDS = (
    "status",
    "note",
    "evidence_url",
    "corrected_value",
    "corrected_value_max",
    "corrected_unit",
    "corrected_noun",
)


# Fact tracking (factdb.facts). Facts are materialised so that listing them, and the conflicts
# among them, stays one indexed query at 100,000 claims; `factdb.facts.rebuild` recomputes
# them from the claims and the reviewers' overrides whenever those change.


class Fact(SQLModel, table=True):
    """A tracked figure: the claims that measure the same thing, keyed by the grouping rules."""

    __tablename__ = "fact"
    __table_args__ = (Index("ix_fact_conflicts_claims", "conflicts", "claims"),)

    id: int | None = Field(default=None, primary_key=True)
    key: str = Field(sa_column=Column(Text, nullable=False, unique=True))  # stable across rebuilds
    name: str = Field(sa_column=Column(Text, nullable=False))
    noun: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    dimension: str = ""
    subject: str = ""
    claims: int = 0
    sources: int = 0
    conflicts: int = 0  # findings of the consistency checks at the last rebuild
    first_date: str | None = None
    last_date: str | None = None


class FactClaim(SQLModel, table=True):
    """A claim's fact (at most one per claim)."""

    __tablename__ = "fact_claim"

    # Cascades, so that whoever deletes a claim or a fact need not know about this table.
    claim_id: int = Field(foreign_key="claim.id", primary_key=True, ondelete="CASCADE")
    fact_id: int = Field(foreign_key="fact.id", index=True, ondelete="CASCADE")


class FactOverride(SQLModel, table=True):
    """A reviewer's grouping choice, append-only, keyed by stable things (fact keys and claim
    fingerprints, never ids) so that it survives re-extraction and re-ingest.

    ``merge``: the fact ``fact_key`` joins ``target_key``; ``split``: the claim
    ``claim_fingerprint`` leaves its fact; ``rename``: the fact ``fact_key`` is called ``name``;
    ``undo``: the override ``undoes`` no longer applies. A split's ``claim_fingerprint`` holds
    the claim's split identity (quote, sentence and article title, so it survives an edited
    file; older rows hold the claim's fingerprint, still honoured).
    """

    __tablename__ = "fact_override"

    id: int | None = Field(default=None, primary_key=True)
    action: str
    fact_key: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    target_key: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    claim_fingerprint: str = Field(default="", max_length=64)
    name: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    reviewer: str = ""
    created_at: datetime = Field(default_factory=utcnow)
    undoes: int | None = None


class FactInput(SQLModel, table=True):
    """What fact tracking last read of a live claim (the fields its grouping and checks use)
    and what it derived, so that only claims whose inputs changed are regrouped or rechecked.

    No foreign key to ``claim``: a row outlives a deleted claim so that its fact is updated.
    """

    __tablename__ = "fact_input"

    claim_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    version: int  # the claim's version when read: every writer of a claim bumps it
    # Grouping inputs: a change regroups the claim's article.
    article_id: int
    start: int
    end: int
    sentence_start: int
    sentence_end: int
    noun: str = ""
    corrected_noun: str | None = None
    unit: str | None = None
    corrected_unit: str | None = None
    equivalent_id: int | None = None
    # Check inputs: a change rechecks the claim's fact only.
    value: float
    value_max: float | None = None
    corrected_value: float | None = None
    corrected_value_max: float | None = None
    qualifier: str = "="
    vague: bool = False
    date: str | None = None
    date_precision: str | None = None
    status: str = ""
    # Derived: the key before overrides, the split identity, and the sentence-opening word
    # the subject rule looked up among the corpus's names (and whether it was found).
    base_key: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))
    identity: str = Field(default="", max_length=64)
    opening: str = ""
    opening_known: bool = False
    # Why matching put the claim in its fact, in words (0007): "" if by its key alone.
    evidence: str = Field(default="", sa_column=Column(Text, nullable=False, default=""))


class FactClue(SQLModel, table=True):
    """What fact tracking read of a live claim's text (its statement's reading and its
    matching clue, as JSON), so that a build derives only the articles that changed.

    ``built_from`` is a digest of the rules' version and every claim row of the claim's
    article; ``asked``: the words whose being a known name of the corpus the reading
    depended on, with the answers it got. No foreign key to ``claim``, as for ``fact_input``.
    """

    __tablename__ = "fact_clue"

    claim_id: int = Field(primary_key=True, sa_column_kwargs={"autoincrement": False})
    article_id: int = Field(index=True)
    built_from: str = Field(max_length=32)
    asked: str = Field(sa_column=Column(Text, nullable=False))
    reading: str = Field(sa_column=Column(Text, nullable=False))
    clue: str | None = Field(default=None, sa_column=Column(Text, nullable=True))


class FactBuild(SQLModel, table=True):
    """When the facts were last rebuilt, and from what (a signature of claims and overrides)."""

    __tablename__ = "fact_build"

    id: int = Field(default=1, primary_key=True)
    signature: str = ""
    built_at: datetime | None = None

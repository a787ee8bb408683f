"""Matching stored claims to freshly extracted ones, so reviews follow a claim across
extractor upgrades (``factdb reextract``) and across versions of a changed file.

Matching is done in passes, most certain first; each old claim matches at most one new one:

1. the same fingerprint (same source bytes, same span, same normalised quote);
2. the same sentence and overlapping spans (a rule now takes a word more or less);
3. the same normalised quote in the same sentence (the text around it moved: a new
   version of the file, or a changed sentence splitter).

Passes 1 and 2 compare offsets, so they only make sense within one source's text; a new
version of a file is matched by pass 3 alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import partial
from typing import Any

from sqlalchemy import select
from sqlmodel import Session, col

from factdb.claims.fingerprint import normalize_quote
from factdb.claims.review import apply_review
from factdb.store.models import REVIEW_STATE_FIELDS, Claim, Source, Status


@dataclass(frozen=True, slots=True)
class ClaimKey:
    """What identity looks at in a claim, stored or new."""

    fingerprint: str
    start: int
    end: int
    quote: str  # normalised
    sentence: str  # normalised

    @classmethod
    def of(cls, claim: Claim | dict[str, Any]) -> ClaimKey:
        """The key of a stored claim or of a new claim row."""
        get: Callable[[str], Any] = (
            claim.__getitem__ if isinstance(claim, dict) else partial(getattr, claim)
        )
        return cls(
            fingerprint=get("fingerprint"),
            start=get("start"),
            end=get("end"),
            quote=normalize_quote(get("quote")),
            sentence=normalize_quote(get("sentence")),
        )


@dataclass(frozen=True, slots=True)
class Pass:
    """One matching pass: only pairs in the same bucket are scored; a score of None means
    no match, otherwise the lowest score wins."""

    name: str
    bucket: Callable[[ClaimKey], str]
    score: Callable[[ClaimKey, ClaimKey], int | None]


def _overlap(old: ClaimKey, new: ClaimKey) -> int | None:
    overlap = min(old.end, new.end) - max(old.start, new.start)
    return -overlap if overlap > 0 else None


def _same_quote(old: ClaimKey, new: ClaimKey) -> int | None:
    return abs(old.start - new.start) if old.quote == new.quote else None


def _sentence(key: ClaimKey) -> str:
    return key.sentence


SAME_FINGERPRINT = Pass("fingerprint", lambda key: key.fingerprint, lambda old, new: 0)
OVERLAP_IN_SENTENCE = Pass("overlap", _sentence, _overlap)
QUOTE_IN_SENTENCE = Pass("quote", _sentence, _same_quote)
WITHIN_SOURCE = (SAME_FINGERPRINT, OVERLAP_IN_SENTENCE, QUOTE_IN_SENTENCE)
ACROSS_VERSIONS = (QUOTE_IN_SENTENCE,)


def match_claims(
    old: Sequence[ClaimKey], new: Sequence[ClaimKey], passes: Sequence[Pass] = WITHIN_SOURCE
) -> list[int | None]:
    """For each new claim, the index of the old claim it continues, or None if it is new."""
    matched: list[int | None] = [None] * len(new)
    free = set(range(len(old)))
    for step in passes:
        buckets: dict[str, list[int]] = {}
        for i in sorted(free):
            buckets.setdefault(step.bucket(old[i]), []).append(i)
        for j, key in enumerate(new):
            if matched[j] is not None:
                continue
            scored = [
                (score, i)
                for i in buckets.get(step.bucket(key), ())
                if i in free and (score := step.score(old[i], key)) is not None
            ]
            if scored:
                best = min(scored)[1]
                matched[j] = best
                free.discard(best)
    return matched


def review_state(claim: Claim) -> dict[str, Any]:
    """The claim's review state fields."""
    return {name: getattr(claim, name) for name in REVIEW_STATE_FIELDS}


# The review state of a claim nobody has reviewed.
UNREVIEWED_STATE = {name: None for name in REVIEW_STATE_FIELDS} | {
    "status": Status.UNREVIEWED.value,
    "note": "",
    "evidence_url": "",
}


def is_reviewed(claim: Claim) -> bool:
    """Whether anyone has reviewed the claim (a status, note, evidence or correction)."""
    return review_state(claim) != UNREVIEWED_STATE


@dataclass(frozen=True, slots=True)
class Inheritance:
    """What :func:`inherit_reviews` did for a new version of a file."""

    previous_source_id: int | None = None
    inherited: int = 0  # new claims that took over a review of the previous version
    orphaned: int = 0  # previous version's claims now orphaned (kept, with their reviews)


def inherit_reviews(session: Session, sha256: str) -> Inheritance:
    """Carry reviews over to the source ``sha256`` from the previous version of its file.

    The previous version is the latest other source stored at the same location (the file's
    resolved absolute path, or a URL), so the same name typed in another folder is another
    file, never a version of this one. Each of
    its reviewed claims whose normalised quote appears in the same sentence text of the new
    version passes its review state on, as a review with action ``inherit`` by the original
    reviewer. The previous version's claims are then orphaned: they stay, with their
    reviews, as the record of what that version said, but no longer count as current.
    """
    source_id, location = session.execute(
        select(col(Source.id), col(Source.location)).where(col(Source.sha256) == sha256)
    ).one()
    if not location:
        return Inheritance()
    previous = session.scalars(
        select(col(Source.id))
        .where(col(Source.location) == location, col(Source.id) != source_id)
        .order_by(col(Source.id).desc())
        .limit(1)
    ).first()
    if previous is None:
        return Inheritance()
    old = _claims_of(session, previous)
    new = _claims_of(session, source_id)
    matches = match_claims(
        [ClaimKey.of(c) for c in old], [ClaimKey.of(c) for c in new], ACROSS_VERSIONS
    )
    inherited = 0
    for claim, index in zip(new, matches, strict=True):
        if index is not None and is_reviewed(old[index]):
            donor = old[index]
            assert claim.id is not None
            apply_review(
                session, claim.id, review_state(donor), reviewer=donor.reviewed_by, action="inherit"
            )
            inherited += 1
    current = [c for c in old if not c.orphaned]
    for claim in current:
        claim.orphaned = True
    session.flush()
    return Inheritance(previous, inherited, len(current))


def _claims_of(session: Session, source_id: int) -> list[Claim]:
    query = select(Claim).where(col(Claim.source_id) == source_id).order_by(col(Claim.id))
    return list(session.scalars(query).all())

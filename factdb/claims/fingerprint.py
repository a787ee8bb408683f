"""Stable claim identity across re-ingests and extractor upgrades."""

from __future__ import annotations

import hashlib


def normalize_quote(quote: str) -> str:
    """The quote with white space folded and case dropped, as identity sees it."""
    # (split's white space is the \s of a pattern's: each run one space, none at the ends)
    return " ".join(quote.split()).casefold()


def fingerprint(source_sha256: str, start: int, end: int, quote: str) -> str:
    """A claim's fingerprint: its source's content hash, its span and its normalised quote."""
    key = f"{source_sha256}:{start}:{end}:{normalize_quote(quote)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()

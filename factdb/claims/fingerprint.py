"""Stable claim identity across re-ingests and extractor upgrades."""

from __future__ import annotations

import hashlib
import re

_SPACE = re.compile(r"\s+")


def normalize_quote(quote: str) -> str:
    """The quote with white space folded and case dropped, as identity sees it."""
    return _SPACE.sub(" ", quote).strip().casefold()


def fingerprint(source_sha256: str, start: int, end: int, quote: str) -> str:
    """A claim's fingerprint: its source's content hash, its span and its normalised quote."""
    key = f"{source_sha256}:{start}:{end}:{normalize_quote(quote)}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()

"""Rule-based extraction of quantitative claims from news text (no ML model, no network).

:func:`extract` is loaded on first use: the extractor compiles its rules (and pint's and
CLDR's vocabularies) when imported, which a command that never extracts should not pay for.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from factdb.extract.mention import KINDS, QUALIFIERS, Mention

if TYPE_CHECKING:
    from factdb.extract.extractor import extract

EXTRACTOR_VERSION = "0.5.73"

__all__ = ["EXTRACTOR_VERSION", "KINDS", "QUALIFIERS", "Mention", "extract"]


def __getattr__(name: str) -> Any:
    if name == "extract":
        from factdb.extract.extractor import extract

        return extract
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")

"""Rule-based extraction of quantitative claims from news text (no ML model, no network)."""

from factdb.extract.extractor import extract
from factdb.extract.mention import KINDS, QUALIFIERS, Mention

EXTRACTOR_VERSION = "0.3.0"

__all__ = ["EXTRACTOR_VERSION", "KINDS", "QUALIFIERS", "Mention", "extract"]

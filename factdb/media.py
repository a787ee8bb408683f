"""Media types of the sources factdb reads and how a source's name tells them, shared by the
readers (ingest) and the citations (claims), which sit on different floors."""

from __future__ import annotations

TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
RSS = "application/rss+xml"
ATOM = "application/atom+xml"

# File suffixes (lower case) of the sources the format readers take, and what they hold.
FORMAT_SUFFIXES = {
    ".html": HTML,
    ".htm": HTML,
    ".pdf": PDF,
    ".xml": RSS,  # RSS or Atom: the feed reader tells which
    ".rss": RSS,
    ".atom": ATOM,
}

# Media types whose text comes from a web page: a citation to them can carry a text fragment.
WEB_PAGES = frozenset({HTML, RSS, ATOM})

# A PDF's stored text is its pages' texts joined by this character, so a claim's page is one
# plus the number of page breaks before it (a form feed is what it means in plain text).
PAGE_BREAK = "\f"

WEB_SCHEMES = ("http://", "https://")


def is_web_url(name: str) -> bool:
    """Whether a source's name is a web URL (to fetch, or to cite with a text fragment)."""
    return name.lower().startswith(WEB_SCHEMES)

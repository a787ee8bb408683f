"""Media types of the sources factdb reads, shared by the readers (ingest) and the citations
(claims), which sit on different floors."""

from __future__ import annotations

TEXT = "text/plain"
HTML = "text/html"
PDF = "application/pdf"
RSS = "application/rss+xml"
ATOM = "application/atom+xml"

# Media types whose text comes from a web page: a citation to them can carry a text fragment.
WEB_PAGES = frozenset({HTML, RSS, ATOM})

# A PDF's stored text is its pages' texts joined by this character, so a claim's page is one
# plus the number of page breaks before it (a form feed is what it means in plain text).
PAGE_BREAK = "\f"

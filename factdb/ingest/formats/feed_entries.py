"""RSS and Atom feeds with feedparser: each entry is an article with its own title, link
and date; the stored text is the entries one after another, each its title then its text."""

from __future__ import annotations

import time
from datetime import date, datetime
from email.utils import parsedate_to_datetime
from typing import Any

import feedparser
import trafilatura

from factdb import media
from factdb.errors import InputError
from factdb.ingest.formats.document import Document, Entry

# feedparser's versions ("rss20", "rss091u", "atom10", ...) by their family.
_MEDIA_TYPES = {"rss": media.RSS, "atom": media.ATOM}


def read_feed(name: str, data: bytes) -> Document:
    """The entries of the RSS or Atom feed ``data`` (named ``name`` in errors) as articles;
    the feed's title is their outlet. ``media_type`` says which of the two it is."""
    parsed = feedparser.parse(data)
    version = str(parsed.get("version", ""))
    kind = next((t for family, t in _MEDIA_TYPES.items() if version.startswith(family)), None)
    if kind is None:
        problem = parsed.get("bozo_exception")
        detail = f" ({' '.join(str(problem).split())})" if problem else ""
        raise InputError(f"{name}: not an RSS or Atom feed{detail}")
    parts: list[str] = []
    entries: list[Entry] = []
    at = 0
    for item in parsed.entries:
        title = " ".join(str(item.get("title", "")).split())
        body = _entry_text(item)
        if not (title or body):
            continue
        part = "\n".join(p for p in (title, body) if p) + "\n\n"
        entries.append(
            Entry(
                start=at,
                end=at + len(part),
                title=title or body.split("\n", 1)[0][:80],
                url=item.get("link") or None,
                published=_entry_date(item),
            )
        )
        parts.append(part)
        at += len(part)
    if not entries:
        raise InputError(f"{name}: feed with no entries")
    feed = parsed.feed
    return Document(
        text="".join(parts),
        media_type=kind,
        title=feed.get("title") or None,
        # The channel's link is the outlet's home page, not this source: entries have links.
        url=None,
        outlet=feed.get("title") or None,
        published=_date(feed.get("updated_parsed") or feed.get("published_parsed")),
        entries=tuple(entries),
    )


def _entry_text(item: Any) -> str:
    # The full content when the feed has it, else the summary; both are (sanitised) HTML.
    contents = item.get("content") or []
    html = contents[0].get("value", "") if contents else item.get("summary", "")
    if not html.strip():
        return ""
    return " ".join(trafilatura.html2txt(f"<html><body>{html}</body></html>").split())


def _entry_date(item: Any) -> date | None:
    """The day the entry was published where it was published: RSS dates are RFC 822 and
    Atom's RFC 3339, both with the outlet's own UTC offset, which feedparser's UTC drops."""
    for key in ("published", "updated"):
        raw = item.get(key)
        if not raw:
            continue
        for parse in (parsedate_to_datetime, datetime.fromisoformat):
            try:
                return parse(raw).date()
            except (TypeError, ValueError):
                continue
        return _date(item.get(f"{key}_parsed"))
    return None


def _date(parsed: time.struct_time | None) -> date | None:
    # feedparser gives every date it understood as a UTC struct_time.
    return date(parsed.tm_year, parsed.tm_mon, parsed.tm_mday) if parsed else None

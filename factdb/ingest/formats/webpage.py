"""Saved or fetched HTML pages: the article's main text and the page's metadata, with
trafilatura (navigation, ads, footers and "most read" boxes are left out)."""

from __future__ import annotations

import logging
from datetime import date

import trafilatura
from trafilatura.settings import Document as ExtractedPage
from trafilatura.settings import use_config

from factdb import media
from factdb.errors import InputError
from factdb.ingest.formats.document import Document, one_line

# trafilatura logs every page it finds nothing in; the InputError says it once, better.
logging.getLogger("trafilatura").setLevel(logging.CRITICAL)

# Shorter than this is a menu or a teaser that trafilatura fell back to, not an article.
MIN_MAIN_TEXT = 25
_CONFIG = use_config()
_CONFIG.set("DEFAULT", "MIN_OUTPUT_SIZE", str(MIN_MAIN_TEXT))


def read_html(name: str, data: bytes, *, url: str | None = None) -> Document:
    """The main text of the HTML page ``data`` (named ``name`` in errors) and its canonical
    URL, title, outlet and published date; ``url`` is where it was fetched from, if it was."""
    try:
        page = trafilatura.bare_extraction(
            data,
            url=url,
            with_metadata=True,
            # Precision over recall: a page of links and teasers is no article, and the
            # headline is kept as the title rather than as a line of the text.
            favor_precision=True,
            include_comments=False,
            include_images=False,
            include_links=False,
            config=_CONFIG,
        )
    except (ValueError, TypeError) as exc:  # lxml's parse errors are ValueErrors
        raise InputError(f"{name}: unreadable HTML ({one_line(exc)})") from exc
    found = page.as_dict() if isinstance(page, ExtractedPage) else {}
    text = (found.get("text") or "").strip()
    if not text:
        raise InputError(f"{name}: HTML page with no main text (nothing looks like an article)")
    return Document(
        text=text,
        media_type=media.HTML,
        title=found.get("title") or None,
        url=found.get("url") or url,
        outlet=found.get("sitename") or None,
        published=_date(found.get("date")),
    )


def _date(value: str | None) -> date | None:
    # htmldate returns ISO dates (YYYY-MM-DD) and nothing else.
    return date.fromisoformat(value[:10]) if value else None

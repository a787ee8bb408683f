"""Which reader reads a source: by a file's suffix, or by the content type a URL answered."""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from pathlib import PurePath

from factdb import media
from factdb.errors import InputError
from factdb.ingest.formats.document import Document
from factdb.ingest.formats.feed_entries import read_feed
from factdb.ingest.formats.pdf_text import read_pdf
from factdb.ingest.formats.web_fetch import Fetched, fetch
from factdb.ingest.formats.webpage import read_html

Reader = Callable[[str, bytes], Document]

READERS: dict[str, Reader] = {
    media.HTML: read_html,
    media.PDF: read_pdf,
    media.RSS: read_feed,  # the feed reader tells RSS from Atom itself
    media.ATOM: read_feed,
}


def media_type_of(path: str | PurePath) -> str | None:
    """The media type a file's suffix says it holds, if a format reader takes it."""
    return media.FORMAT_SUFFIXES.get(PurePath(path).suffix.lower())


def read_document(name: str, data: bytes, media_type: str) -> Document:
    """Read ``data`` (a source named ``name``) with the reader for ``media_type``."""
    reader = READERS.get(media_type)
    if reader is None:
        raise InputError(f"{name}: unsupported type {media_type}")
    return reader(name, data)


@dataclasses.dataclass(frozen=True, slots=True)
class WebSource:
    """A source fetched from a URL: what the server answered, and the document read from it."""

    fetched: Fetched
    document: Document


def read_url(url: str, *, fetcher: Callable[[str], Fetched] = fetch) -> WebSource:
    """Fetch ``url`` and read it; the document's URL is the page's canonical one, else the
    URL it was fetched from after redirects. ``fetcher`` sets other limits."""
    got = fetcher(url)
    if got.media_type == media.HTML:
        document = read_html(url, got.data, url=got.final_url)
    else:
        document = read_document(url, got.data, got.media_type)
    return WebSource(got, dataclasses.replace(document, url=document.url or got.final_url))

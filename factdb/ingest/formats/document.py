"""What a reader returns: the stored text and what the source says about itself."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True, slots=True)
class Entry:
    """One article of a source that lists several (a feed's entry): its [start, end) span
    in the document's text and its own title, link and date."""

    start: int
    end: int
    title: str
    url: str | None = None
    published: date | None = None


@dataclass(frozen=True, slots=True)
class Document:
    """A source read by a format reader; ``text`` is what claims' offsets point into."""

    text: str
    media_type: str
    title: str | None = None
    url: str | None = None  # the page's canonical URL (or the URL it was fetched from)
    outlet: str | None = None
    published: date | None = None
    entries: tuple[Entry, ...] = ()


def one_line(exc: BaseException) -> str:
    """An exception's message on one line, for an error that names a source."""
    return " ".join(str(exc).split()) or type(exc).__name__

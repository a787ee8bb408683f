"""Citations a reader can click: a claim's URL, opening at its quote.

For a web page the URL carries a text fragment (``#:~:text=``, see
https://wicg.github.io/scroll-to-text-fragment/), built the way browsers' "copy link to
highlight" builds one: the quote itself (``textStart``) or, for a long quote, its first and
last words (``textStart,textEnd``), with as many words before (``prefix-``) and after
(``-suffix``) as it takes for the fragment to match one place in the text only. For a PDF the
URL opens at the claim's page (``#page=N``); for other files it is the file's URI.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Protocol
from urllib.parse import quote

from factdb import media

# A quote longer than this is cited by its first and last words (a range), as browsers do.
EXACT_QUOTE_CHARS = 300
RANGE_WORDS = 3
# Context words added on each side, one at a time, until the fragment is unambiguous (or the
# quote's line runs out: then the browser shows the first of the places it matches).
MAX_CONTEXT_WORDS = 32
_TOKEN = re.compile(r"\S+")


def page_of(text: str, offset: int) -> int:
    """The 1-based page of ``offset`` in a PDF's stored text (pages joined by page breaks)."""
    return text.count(media.PAGE_BREAK, 0, offset) + 1


def file_uri(path: str) -> str:
    """The ``file://`` URI of a path (made absolute against the working folder)."""
    return Path(path).absolute().as_uri()


@dataclass(frozen=True, slots=True)
class Citation:
    """Where a claim can be read: the columns ``url``, ``page`` and ``citation_url``."""

    url: str  # the source's canonical URL (a feed entry's link), else its file's path
    page: int | None  # in a PDF, 1-based
    link: str  # opens the source at the quote (or at its page), else names its file
    exact: bool  # whether the link opens at the quote or its page


class CitedSource(Protocol):
    """What a citation needs of a source (a :class:`~factdb.store.models.Source` has it)."""

    path: str
    location: str | None
    url: str | None
    media_type: str | None


class CitedArticle(Protocol):
    """What a citation needs of an article (an :class:`~factdb.store.models.Article`)."""

    url: str | None
    start: int
    end: int


@dataclass(slots=True)  # not frozen: a Protocol's plain attributes are writable
class CitedColumns:
    """A source's columns a citation reads, when the whole row is not at hand."""

    path: str
    location: str | None
    url: str | None
    media_type: str | None


@dataclass(slots=True)  # not frozen: a Protocol's plain attributes are writable
class CitedSpan:
    """An article's columns a citation reads, when the whole row is not at hand."""

    url: str | None
    start: int
    end: int


def cite(
    source: CitedSource, article: CitedArticle, start: int, end: int, text: Callable[[], str]
) -> Citation:
    """The citation of the claim at ``[start, end)`` of ``source``'s text, in ``article``;
    ``text()`` returns that text, and is called only when the link needs it (a PDF's page,
    a web page's text fragment), as sources can be large."""
    if article.url:  # a feed entry: cited on its own page, which holds only its own text
        url = base = article.url
    else:
        url = source.url or source.location or source.path
        base = source.url or file_uri(source.location or source.path)
    if source.media_type != media.PDF and not _takes_text_fragment(base, source.media_type):
        return Citation(url, None, base, exact=False)
    cited, offset = text(), 0
    if article.url:
        cited, offset = cited[article.start : article.end], article.start
    page = page_of(cited, start) if source.media_type == media.PDF else None
    link = citation_url(base, source.media_type, cited, start - offset, end - offset)
    return Citation(url, page, link, exact=True)


def citation_url(base_url: str, media_type: str | None, text: str, start: int, end: int) -> str:
    """The URL of the quote ``text[start:end]`` in a source at ``base_url`` (its canonical
    URL or file URI) holding ``text``: the page for a PDF, a text fragment for a web page
    (any source with a web URL: a text file with a sidecar URL is a copy of its page)."""
    if media_type == media.PDF:
        return f"{base_url}#page={page_of(text, start)}"
    if _takes_text_fragment(base_url, media_type):
        joiner = ":~:" if "#" in base_url else "#:~:"
        return f"{base_url}{joiner}{text_directive(text, start, end)}"
    return base_url


def _takes_text_fragment(base_url: str, media_type: str | None) -> bool:
    return media_type in media.WEB_PAGES or media.is_web_url(base_url)


def text_directive(text: str, start: int, end: int) -> str:
    """The ``text=`` directive that highlights ``text[start:end]`` and nothing else in
    ``text`` (context words are taken from the quote's own line, one block of the page)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    before = _TOKEN.findall(text, line_start, start)
    after = _TOKEN.findall(text, end, len(text) if line_end < 0 else line_end)
    words = text[start:end].split()
    if len(text[start:end]) > EXACT_QUOTE_CHARS and len(words) > 2 * RANGE_WORDS:
        terms = [" ".join(words[:RANGE_WORDS]), " ".join(words[-RANGE_WORDS:])]
    else:
        terms = [" ".join(words)]
    page = _searchable(text)
    for n in range(MAX_CONTEXT_WORDS + 1):
        prefix = " ".join(before[max(0, len(before) - n) :]) if n else ""
        suffix = " ".join(after[:n])
        if _matches(page, prefix, terms, suffix) <= 1 or (n >= len(before) and n >= len(after)):
            break
    parts = [_encode(t) for t in terms]
    if prefix:
        parts.insert(0, _encode(prefix) + "-")
    if suffix:
        parts.append("-" + _encode(suffix))
    return "text=" + ",".join(parts)


@lru_cache(maxsize=4)
def _searchable(text: str) -> str:
    """``text`` as the directive is matched against it: whitespace collapsed, casefolded.
    Cached: an export cites many claims of one source in a row."""
    return " ".join(text.split()).casefold()


def _matches(page: str, prefix: str, terms: list[str], suffix: str) -> int:
    """How many places of ``page`` (whitespace-collapsed, casefolded) the directive matches,
    by the spec's rules: words bounded where no context bounds them."""
    pattern = "" if prefix else r"(?<!\w)"
    if prefix:
        pattern += r"(?<!\w)" + re.escape(prefix.casefold()) + r"\s*"
    pattern += re.escape(terms[0].casefold())
    if len(terms) > 1:
        pattern += r".*?" + re.escape(terms[1].casefold())
    pattern += r"\s*" + re.escape(suffix.casefold()) if suffix else r"(?!\w)"
    return sum(1 for _ in re.finditer(f"(?=(?:{pattern}))", page))


def _encode(term: str) -> str:
    # Percent-encode everything but unreserved characters, and "-" too: it marks context.
    return quote(term, safe="").replace("-", "%2D")

"""Splitting a source's text into articles.

A file holding several newsletter articles repeats a boilerplate line right after each
title ("This story first appeared in …"); each such line opens an article whose title is
the nearest non-blank line above it. A file without markers is one article.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# Lines that follow an article's title in concatenated newsletters and feeds.
ARTICLE_MARKERS = re.compile(
    r"""^[ \t]*(?:
        This\ (?:story|article|post|piece)\ (?:first|originally)\ appeared   # newsletter reprints
      | Originally\ published\ (?:in|on|by)                                  # syndicated copies
    )""",
    re.VERBOSE | re.MULTILINE | re.IGNORECASE,
)
_LINE = re.compile(r"[^\n]*\n?")
# A title is shown in every listing and repeated in every CSV row: a longer first line (a
# file with no line breaks) is cut at a word and marked with an ellipsis.
TITLE_LIMIT = 200
ELLIPSIS = "…"


@dataclass(frozen=True, slots=True)
class ArticleSpan:
    """An article's title and its [start, end) span in the source text."""

    ordinal: int
    title: str
    start: int
    end: int


def split_articles(text: str, *, default_title: str = "") -> list[ArticleSpan]:
    """Split ``text`` into articles; offsets are indices into ``text``."""
    starts: list[tuple[int, str]] = []
    for marker in ARTICLE_MARKERS.finditer(text):
        title_span = _title_above(text, marker.start())
        if title_span is None:
            continue
        begin, title = title_span
        if starts and begin <= starts[-1][0]:
            continue
        starts.append((begin, title))
    if not starts:
        return [ArticleSpan(1, _first_line(text) or default_title, 0, len(text))]
    if text[: starts[0][0]].strip():
        # Text before the first marked article is an article of its own (a preface).
        starts.insert(0, (0, _first_line(text)))
    else:
        starts[0] = (0, starts[0][1])
    spans = []
    for i, (begin, title) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        spans.append(ArticleSpan(i + 1, title, begin, end))
    return spans


def _title_above(text: str, marker_start: int) -> tuple[int, str] | None:
    """The nearest non-blank line before ``marker_start``: (its start offset, its text)."""
    end = text.rfind("\n", 0, marker_start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        line = text[begin:end]
        if line.strip():
            return begin, cap_title(line)
        end = begin - 1
    return None


def _first_line(text: str) -> str:
    for line in _LINE.finditer(text):
        if line.group().strip():
            return cap_title(line.group())
    return ""


def cap_title(line: str) -> str:
    """``line`` stripped, or its first :data:`TITLE_LIMIT` characters cut at a word with an
    ellipsis when it is longer."""
    line = line.strip()
    if len(line) <= TITLE_LIMIT:
        return line
    head = line[:TITLE_LIMIT]
    several_words = len(head.split(None, 1)) > 1
    cut = head.rsplit(None, 1)[0] if several_words else head[: TITLE_LIMIT - len(ELLIPSIS)]
    return cut.rstrip() + ELLIPSIS

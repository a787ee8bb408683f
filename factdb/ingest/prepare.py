"""Everything an ingest does to one file before touching the database: read it, split its
articles, date them, extract their claims. Runs in worker processes under ``--jobs``, so it
takes and returns only picklable values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factdb.extract import Mention, extract
from factdb.ingest.reader import SourceFile, read_source
from factdb.ingest.refdate import ArticleDate, ReferenceDate, article_dates
from factdb.ingest.split import ArticleSpan, cap_title, split_articles


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article's span, its reference date and the claims found in it."""

    span: ArticleSpan
    dated: ArticleDate
    mentions: list[Mention]
    url: str | None = None  # a feed entry's own link


@dataclass(frozen=True, slots=True)
class PreparedSource:
    """A source ready to be stored."""

    source: SourceFile
    articles: list[PreparedArticle]


def prepare_source(
    item: Path | SourceFile, *, published: ReferenceDate | None = None
) -> PreparedSource:
    """Read ``item`` (unless it was read already: a fetched URL) and extract its articles'
    claims; raises InputError for bad input."""
    source = item if isinstance(item, SourceFile) else read_source(item, published=published)
    return prepare(source)


def prepare(source: SourceFile) -> PreparedSource:
    """Split ``source`` into dated articles and extract each one's claims."""
    meta = source.meta
    if source.entries:
        spans = [
            ArticleSpan(n, cap_title(e.title), e.start, e.end)
            for n, e in enumerate(source.entries, 1)
        ]
    else:
        spans = split_articles(source.text, default_title=meta.title or source.path)
    dates = article_dates(source.text, spans, meta.reference)
    urls: list[str | None] = [e.url for e in source.entries] or [None] * len(spans)
    articles = []
    for span, dated, url in zip(spans, _entry_dates(source, dates), urls, strict=True):
        text = source.text[span.start : span.end]
        mentions = extract(text, dated.published, precision=dated.precision or "day")
        articles.append(PreparedArticle(span, dated, mentions, url))
    return PreparedSource(source, articles)


def _entry_dates(source: SourceFile, dates: list[ArticleDate]) -> list[ArticleDate]:
    """A feed entry's own date wins over the source's and over inference."""
    if not source.entries:
        return dates
    return [
        ArticleDate(ReferenceDate(e.published), False) if e.published else dated
        for e, dated in zip(source.entries, dates, strict=True)
    ]

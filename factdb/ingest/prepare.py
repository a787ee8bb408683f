"""Everything an ingest does to one file before touching the database: read it, split its
articles, date them, extract their claims and build their table rows. Runs in worker
processes under ``--jobs``, so it takes and returns only picklable values, and leaves the
one process writing to the database nothing to compute but the ids the database assigns."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from factdb.claims.rows import claim_values
from factdb.ingest.reader import SourceFile, read_source
from factdb.ingest.refdate import ArticleDate, ReferenceDate, article_dates
from factdb.ingest.split import ArticleSpan, cap_title, split_articles


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article's span and its reference date."""

    span: ArticleSpan
    dated: ArticleDate
    url: str | None = None  # a feed entry's own link


@dataclass(frozen=True, slots=True)
class PreparedSource:
    """A source ready to be stored: its articles, and its claims in source order, each as
    (index of its article in ``articles``, *its values under
    :data:`factdb.claims.rows.CLAIM_COLUMNS`)."""

    source: SourceFile
    articles: list[PreparedArticle]
    claims: list[tuple[Any, ...]]
    # (claim, the claim it converts) for parenthetical conversions, as indices in ``claims``.
    equivalents: list[tuple[int, int]]


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
    # Imported here: with --jobs, the writing process never loads the extractor.
    from factdb.extract import extract

    articles = [
        PreparedArticle(span, dated, url)
        for span, dated, url in zip(spans, _entry_dates(source, dates), urls, strict=True)
    ]
    claims: list[tuple[Any, ...]] = []
    equivalents: list[tuple[int, int]] = []
    for index, article in enumerate(articles):
        span, dated = article.span, article.dated
        text = source.text[span.start : span.end]
        first = len(claims)
        for mention in extract(text, dated.published, precision=dated.precision or "day"):
            if mention.equivalent_to is not None:
                equivalents.append((len(claims), first + mention.equivalent_to))
            values = claim_values(mention, text, source_sha256=source.sha256, offset=span.start)
            claims.append((index, *values))
    return PreparedSource(source, articles, claims, equivalents)


def _entry_dates(source: SourceFile, dates: list[ArticleDate]) -> list[ArticleDate]:
    """A feed entry's own date wins over the source's and over inference."""
    if not source.entries:
        return dates
    return [
        ArticleDate(ReferenceDate(e.published), False) if e.published else dated
        for e, dated in zip(source.entries, dates, strict=True)
    ]

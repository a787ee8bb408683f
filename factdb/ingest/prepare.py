"""Everything an ingest does to one file before touching the database: read it, split its
articles, date them, extract their claims. Runs in worker processes under ``--jobs``, so it
takes and returns only picklable values."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from factdb.extract import Mention, extract
from factdb.ingest.reader import SourceFile, read_source
from factdb.ingest.refdate import ArticleDate, ReferenceDate, article_dates
from factdb.ingest.split import ArticleSpan, split_articles


@dataclass(frozen=True, slots=True)
class PreparedArticle:
    """An article's span, its reference date and the claims found in it."""

    span: ArticleSpan
    dated: ArticleDate
    mentions: list[Mention]


@dataclass(frozen=True, slots=True)
class PreparedSource:
    """A source ready to be stored."""

    source: SourceFile
    articles: list[PreparedArticle]


def prepare_source(path: Path, *, published: ReferenceDate | None = None) -> PreparedSource:
    """Read ``path`` and extract its articles' claims; raises InputError for bad input."""
    return prepare(read_source(path, published=published))


def prepare(source: SourceFile) -> PreparedSource:
    """Split ``source`` into dated articles and extract each one's claims."""
    meta = source.meta
    spans = split_articles(source.text, default_title=meta.title or source.path)
    articles = []
    for span, dated in zip(spans, article_dates(source.text, spans, meta.reference), strict=True):
        text = source.text[span.start : span.end]
        mentions = extract(text, dated.published, precision=dated.precision or "day")
        articles.append(PreparedArticle(span, dated, mentions))
    return PreparedSource(source, articles)

"""Ingesting real sources end to end — a saved news page, a two-page PDF, an RSS feed and a
page served over HTTP on 127.0.0.1 — on SQLite and PostgreSQL: claims only from the article,
the page's own metadata stored, citations that open at the quote, bad input refused whole."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path
from urllib.parse import unquote

import pytest
from click.testing import CliRunner, Result
from sqlalchemy import select

from factdb.claims.queries import claim_context
from factdb.claims.review import review_claim
from factdb.cli import app
from factdb.export.claimreview import export_claimreview
from factdb.export.claims_csv import export_csv
from factdb.store.database import Database
from factdb.store.models import Article, Claim, Source
from tests.sources.conftest import Route, Site
from tests.sources.samples import FEED, NEWS_PAGE, two_page_pdf

CANONICAL = "https://www.northernledger.example/business/2024/03/14/halden-port-record-year"
# Figures that only the page's boilerplate holds: a "most read" box, ads, navigation, footer.
BOILERPLATE_FIGURES = ("25 percent", "50%", "900 million", "200 jobs", "1767", "4 openings")


def _ingest(db_url: str, *paths: object) -> Result:
    args = ["ingest", *map(str, paths), "--jobs", "1", "--db", db_url]
    return CliRunner().invoke(app, args, catch_exceptions=False)


def _rows(db: Database, tmp_path: Path) -> list[dict[str, str]]:
    export_csv(db, tmp_path / "claims.csv")
    with (tmp_path / "claims.csv").open(encoding="utf-8", newline="") as handle:
        return list(csv.DictReader(handle))


def _sources(db: Database) -> list[Source]:
    with db.session() as session:
        return list(session.scalars(select(Source).order_by(Source.id)))


def _fragment_words(link: str) -> str:
    """The words a text fragment highlights, with its context, decoded."""
    return unquote(link.split("#:~:text=", 1)[1]).replace("-,", " ").replace(",-", " ")


def _assert_citations_hold(db: Database) -> None:
    with db.session() as session:
        for claim, text in session.execute(select(Claim, Source.text).join(Source)):
            assert text[claim.start : claim.end] == claim.quote


def test_a_saved_news_page(db_url: str, tmp_path: Path) -> None:
    shutil.copy(NEWS_PAGE, tmp_path / "story.html")
    assert _ingest(db_url, tmp_path / "story.html").exit_code == 0
    db = Database(db_url)
    (source,) = _sources(db)
    assert (source.media_type, source.url, source.outlet) == (
        "text/html",
        CANONICAL,
        "The Northern Ledger",
    )
    assert source.published is not None and source.published.isoformat() == "2024-03-14"
    rows = _rows(db, tmp_path)
    quotes = {r["quote"] for r in rows}
    assert {"4.2 million", "12 percent", "$310 million", "3,400"} <= quotes
    assert not any(figure in q for q in quotes for figure in BOILERPLATE_FIGURES)
    _assert_citations_hold(db)
    revenue = next(r for r in rows if r["quote"] == "$310 million")
    assert (revenue["url"], revenue["page"]) == (CANONICAL, "")
    assert revenue["citation_url"] == CANONICAL + "#:~:text=%24310%20million"
    for row in rows:
        assert row["citation_url"].startswith(CANONICAL + "#:~:text=")
        assert row["quote"] in _fragment_words(row["citation_url"])


def test_a_pdf_report_cites_each_claim_s_page(db_url: str, tmp_path: Path) -> None:
    report = tmp_path / "annual report.pdf"
    report.write_bytes(two_page_pdf())
    assert _ingest(db_url, report).exit_code == 0
    db = Database(db_url)
    rows = {r["quote"]: r for r in _rows(db, tmp_path)}
    assert rows["4.2 million"]["page"] == "1"
    assert rows["$310 million"]["page"] == "2"
    assert rows["$310 million"]["url"] == str(report)
    assert rows["$310 million"]["citation_url"] == report.as_uri() + "#page=2"
    _assert_citations_hold(db)
    shown = CliRunner().invoke(app, ["show", rows["$310 million"]["claim_id"], "--db", db_url])
    assert f"page 2\nlink         {report.as_uri()}#page=2" in shown.output


def test_an_rss_feed_is_one_article_per_entry(db_url: str, tmp_path: Path) -> None:
    assert _ingest(db_url, FEED).exit_code == 0
    db = Database(db_url)
    with db.session() as session:
        articles = list(session.scalars(select(Article).order_by(Article.ordinal)))
    assert [(a.title, a.published and a.published.isoformat()) for a in articles] == [
        ("Port of Halden handled record 4.2 million containers in 2023", "2024-03-14"),
        ("Ferry fares to rise 25 percent from May", "2024-03-12"),
        ("Mortgage rates hit 7 percent", "2024-03-11"),
    ]
    rows = _rows(db, tmp_path)
    fares = next(r for r in rows if r["quote"] == "62")
    entry = "https://www.northernledger.example/news/2024/03/12/ferry-fares"
    assert fares["url"] == entry
    assert fares["citation_url"] == entry + "#:~:text=62"
    assert all(r["citation_url"].startswith(r["url"] + "#:~:text=") for r in rows)
    _assert_citations_hold(db)


def test_a_url_is_fetched_once_and_versions_keep_their_reviews(
    db_url: str, tmp_path: Path, site: Site
) -> None:
    page = NEWS_PAGE.read_bytes()
    site.routes["/story"] = Route(page)
    url = site.url("/story")
    assert _ingest(db_url, url).exit_code == 0
    db = Database(db_url)
    (source,) = _sources(db)
    assert (source.path, source.location, source.url) == (url, url, CANONICAL)
    assert source.fetched_at is not None
    first = _rows(db, tmp_path)
    revenue = next(r for r in first if r["quote"] == "$310 million")
    review_claim(db, int(revenue["claim_id"]), status="verified", note="annual report")

    again = _ingest(db_url, url)
    assert "0 new file(s)" in again.output and "1 unchanged" in again.output
    assert len(_sources(db)) == 1

    site.routes["/story"] = Route(page.replace(b"rose 12 percent", b"rose 14 percent"))
    assert _ingest(db_url, url).exit_code == 0
    _old, new = _sources(db)
    assert (new.location, new.fetched_at is not None) == (url, True)
    earlier = {r["claim_id"] for r in first}
    current = {r["quote"]: r for r in _rows(db, tmp_path) if r["claim_id"] not in earlier}
    kept = current["$310 million"]
    assert (kept["status"], kept["note"]) == ("verified", "annual report")
    assert "14 percent" in current and kept["url"] == CANONICAL


def test_claimreview_appearance_opens_at_the_quote(db_url: str, tmp_path: Path) -> None:
    shutil.copy(NEWS_PAGE, tmp_path / "story.html")
    _ingest(db_url, tmp_path / "story.html")
    db = Database(db_url)
    claim = next(r for r in _rows(db, tmp_path) if r["quote"] == "3,400")
    review_claim(db, int(claim["claim_id"]), status="verified")
    export_claimreview(db, tmp_path / "reviews.json")
    text = (tmp_path / "reviews.json").read_text(encoding="utf-8")
    assert f'"url": "{claim["citation_url"]}"' in text
    context = claim_context(db, int(claim["claim_id"]))
    assert context.citation.link == claim["citation_url"]


@pytest.mark.parametrize(
    ("name", "data", "problem"),
    [
        ("broken.pdf", b"%PDF-1.7 not really", "broken PDF"),
        ("menu.html", b"<html><body><nav><a href='/'>Home</a></nav></body></html>", "no main"),
        ("empty.rss", b'<rss version="2.0"><channel><title/></channel></rss>', "no entries"),
    ],
)
def test_one_bad_file_refuses_the_whole_batch(
    db_url: str, tmp_path: Path, name: str, data: bytes, problem: str
) -> None:
    shutil.copy(NEWS_PAGE, tmp_path / "story.html")
    (tmp_path / name).write_bytes(data)
    result = _ingest(db_url, tmp_path)
    assert result.exit_code != 0
    assert result.output.strip().splitlines()[-1].startswith(f"Error: {tmp_path / name}: ")
    assert problem in result.output
    assert _sources(Database(db_url)) == []


def test_a_bad_url_refuses_the_whole_batch(db_url: str, tmp_path: Path, site: Site) -> None:
    shutil.copy(NEWS_PAGE, tmp_path / "story.html")
    result = _ingest(db_url, tmp_path / "story.html", site.url("/gone"))
    assert result.exit_code != 0
    assert f"{site.url('/gone')}: HTTP 404 Not Found" in result.output
    assert _sources(Database(db_url)) == []

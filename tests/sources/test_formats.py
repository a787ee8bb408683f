"""The format readers on real files: a saved news page, a PDF report and an RSS feed, and
each kind of bad input refused with one line naming the source."""

from __future__ import annotations

from datetime import date

import pytest

from factdb import media
from factdb.claims.citation import page_of
from factdb.errors import InputError
from factdb.ingest.formats.dispatch import media_type_of, read_document
from factdb.ingest.formats.feed_entries import read_feed
from factdb.ingest.formats.pdf_text import read_pdf, reflow
from factdb.ingest.formats.webpage import read_html
from tests.sources.samples import FEED, NEWS_PAGE, REPORT_PAGES, scanned_pdf, two_page_pdf

BOILERPLATE = (
    "Most read",
    "Ferry fares to rise 25 percent",  # a "most read" teaser
    "Save 50%",  # an advertisement
    "Sponsored",
    "Subscribe from 1 krone",  # navigation
    "We use cookies",
    "All rights reserved",  # the footer
    "Port adds 200 jobs",  # related stories
)


def test_html_keeps_the_article_body_and_leaves_the_boilerplate_out() -> None:
    page = read_html(str(NEWS_PAGE), NEWS_PAGE.read_bytes())
    assert page.text.startswith("The Port of Halden handled 4.2 million containers last year")
    assert "$310 million" in page.text
    assert "roughly 3,400 people" in page.text  # the paragraph after the inline ad
    for junk in BOILERPLATE:
        assert junk not in page.text, junk


def test_html_metadata_comes_from_the_page() -> None:
    page = read_html(str(NEWS_PAGE), NEWS_PAGE.read_bytes())
    assert page.media_type == media.HTML
    assert page.url == (
        "https://www.northernledger.example/business/2024/03/14/halden-port-record-year"
    )
    assert page.title == "Port of Halden handled record 4.2 million containers in 2023"
    assert page.outlet == "The Northern Ledger"
    assert page.published == date(2024, 3, 14)


def test_html_without_a_canonical_link_takes_the_url_it_was_fetched_from() -> None:
    html = NEWS_PAGE.read_text(encoding="utf-8")
    bare = "\n".join(line for line in html.splitlines() if "canonical" not in line)
    bare = bare.replace('property="og:url"', 'property="og:other"')
    page = read_html("page", bare.encode(), url="http://127.0.0.1:1/story")
    assert page.url == "http://127.0.0.1:1/story"


def test_pdf_text_is_per_page_and_offsets_know_their_page() -> None:
    report = read_pdf("report.pdf", two_page_pdf())
    assert report.media_type == media.PDF
    assert report.text.count(media.PAGE_BREAK) == 1
    assert report.title == "Halden port annual report"
    first = report.text.index("4.2 million containers")
    second = report.text.index("$310 million")
    assert (page_of(report.text, first), page_of(report.text, second)) == (1, 2)


def test_pdf_paragraphs_are_one_line_each_so_sentences_are_whole() -> None:
    report = read_pdf("report.pdf", two_page_pdf())
    lines = report.text.replace(media.PAGE_BREAK, "\n").split("\n")
    for page in REPORT_PAGES:
        for paragraph in page:
            assert paragraph in lines


def test_reflow_joins_wrapped_lines_and_split_words() -> None:
    page = (
        "Heading\n"
        "a long wrapped line of a paragraph that runs on to the\n"
        "next one, where its sentence ends with infla\x02\n"
        "tion at 3 percent.\n"
        "Short last line.\n"
        "A new paragraph."
    )
    assert reflow(page) == (
        "Heading\n"
        "a long wrapped line of a paragraph that runs on to the "
        "next one, where its sentence ends with inflation at 3 percent.\n"
        "Short last line.\n"
        "A new paragraph."
    )


def test_feed_entries_are_articles_with_their_own_link_title_and_date() -> None:
    feed = read_feed(str(FEED), FEED.read_bytes())
    assert feed.media_type == media.RSS
    assert feed.outlet == "The Northern Ledger – Business"
    assert [(e.title, e.published) for e in feed.entries] == [
        ("Port of Halden handled record 4.2 million containers in 2023", date(2024, 3, 14)),
        ("Ferry fares to rise 25 percent from May", date(2024, 3, 12)),
        # 23:30 at UTC-8: the outlet's day, not UTC's (the 12th)
        ("Mortgage rates hit 7 percent", date(2024, 3, 11)),
    ]
    assert feed.entries[1].url == "https://www.northernledger.example/news/2024/03/12/ferry-fares"
    spans = [feed.text[e.start : e.end] for e in feed.entries]
    assert "".join(spans) == feed.text
    # the full content wins over the summary
    assert "A single crossing will cost 62 kroner" in spans[1]
    assert "$310 million" in spans[0] and "$310 million" not in spans[1]


def test_atom_feed() -> None:
    atom = (
        b'<feed xmlns="http://www.w3.org/2005/Atom"><title>Ledger</title>'
        b'<entry><title>Sales up</title><link href="https://ledger.example/sales"/>'
        b"<updated>2024-01-02T23:00:00-05:00</updated>"
        b"<summary>Sales rose 5 percent.</summary></entry></feed>"
    )
    feed = read_feed("ledger.atom", atom)
    assert feed.media_type == media.ATOM
    (entry,) = feed.entries
    assert (entry.url, entry.published) == ("https://ledger.example/sales", date(2024, 1, 2))
    assert feed.text[entry.start : entry.end] == "Sales up\nSales rose 5 percent.\n\n"


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("page.HTML", media.HTML),
        ("page.htm", media.HTML),
        ("report.pdf", media.PDF),
        ("feed.xml", media.RSS),
        ("feed.rss", media.RSS),
        ("feed.atom", media.ATOM),
        ("notes.txt", None),
        ("image.png", None),
    ],
)
def test_media_type_by_suffix(name: str, expected: str | None) -> None:
    assert media_type_of(name) == expected


BAD = {
    "broken pdf": (media.PDF, b"%PDF-1.7\n1 0 obj garbage", "bad.pdf: broken PDF ("),
    "truncated pdf": (media.PDF, two_page_pdf()[:300], "bad.pdf: broken PDF ("),
    "scanned pdf": (media.PDF, scanned_pdf(), "bad.pdf: PDF with no text layer (1 pages)"),
    "no main text": (
        media.HTML,
        b"<html><body><nav><a href='/'>Home</a> <a href='/news'>News</a></nav>"
        b"<footer>All rights reserved</footer></body></html>",
        "bad.pdf: HTML page with no main text",
    ),
    "empty html": (media.HTML, b"", "bad.pdf: HTML page with no main text"),
    "feed with no entries": (
        media.RSS,
        b'<rss version="2.0"><channel><title>Ledger</title></channel></rss>',
        "bad.pdf: feed with no entries",
    ),
    "xml that is no feed": (
        media.RSS,
        b"<urlset><url><loc>https://ledger.example/</loc></url></urlset>",
        "bad.pdf: not an RSS or Atom feed",
    ),
    "not xml": (media.RSS, b"\x89PNG\r\n\x1a\n", "bad.pdf: not an RSS or Atom feed"),
    "unsupported": ("image/png", b"\x89PNG", "bad.pdf: unsupported type image/png"),
}


@pytest.mark.parametrize(("media_type", "data", "message"), BAD.values(), ids=BAD.keys())
def test_bad_input_is_one_line_naming_the_source(
    media_type: str, data: bytes, message: str
) -> None:
    with pytest.raises(InputError) as raised:
        read_document("bad.pdf", data, media_type)
    assert str(raised.value).startswith(message)
    assert "\n" not in str(raised.value)

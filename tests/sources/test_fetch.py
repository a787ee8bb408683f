"""Fetching URLs from a real HTTP server on 127.0.0.1: the page read as a saved one is, the
URL and fetch time recorded, and every way a fetch goes wrong refused in one line."""

from __future__ import annotations

from datetime import UTC, datetime
from functools import partial

import pytest

from factdb import media
from factdb.errors import InputError
from factdb.ingest.formats.dispatch import read_url
from factdb.ingest.formats.web_fetch import fetch
from factdb.media import is_web_url
from tests.sources.conftest import Route, Site
from tests.sources.samples import FEED, NEWS_PAGE, two_page_pdf

CANONICAL = "https://www.northernledger.example/business/2024/03/14/halden-port-record-year"


def test_a_fetched_page_is_read_like_a_saved_one(site: Site) -> None:
    site.routes["/story"] = Route(NEWS_PAGE.read_bytes())
    before = datetime.now(UTC)
    got = read_url(site.url("/story"))
    assert before <= got.fetched.fetched_at <= datetime.now(UTC)
    assert got.fetched.url == site.url("/story")
    assert got.fetched.data == NEWS_PAGE.read_bytes()
    page = got.document
    assert (page.url, page.outlet, page.media_type) == (
        CANONICAL,
        "The Northern Ledger",
        media.HTML,
    )
    assert page.text.startswith("The Port of Halden handled 4.2 million containers")
    assert "Most read" not in page.text


def test_redirects_are_followed_and_the_final_url_kept_for_a_pdf(site: Site) -> None:
    site.routes["/report"] = Route(status=301, headers={"Location": "/files/report.pdf"})
    site.routes["/files/report.pdf"] = Route(two_page_pdf(), "application/pdf")
    got = read_url(site.url("/report"))
    assert got.fetched.final_url == site.url("/files/report.pdf")
    assert got.document.media_type == media.PDF
    assert got.document.url == site.url("/files/report.pdf")
    assert got.document.text.count(media.PAGE_BREAK) == 1


def test_a_feed_over_http(site: Site) -> None:
    site.routes["/feed"] = Route(FEED.read_bytes(), "application/rss+xml")
    got = read_url(site.url("/feed"))
    assert len(got.document.entries) == 3
    assert got.document.url == site.url("/feed")


def test_url_or_path() -> None:
    assert is_web_url("https://ledger.example/a") and is_web_url("HTTP://ledger.example/a")
    assert not is_web_url("pages/https.html") and not is_web_url("ftp://ledger.example/a")


def _refused(url: str, **limits: float) -> str:
    with pytest.raises(InputError) as raised:
        read_url(url, fetcher=partial(fetch, **limits))  # type: ignore[arg-type]
    message = str(raised.value)
    assert "\n" not in message
    assert message.startswith(url + ": ")
    return message


def test_404(site: Site) -> None:
    assert _refused(site.url("/gone")).endswith(": HTTP 404 Not Found")


def test_a_timeout(site: Site) -> None:
    assert ": timed out after 0.3 s" in _refused(site.url("/slow"), timeout=0.3)


def test_redirects_forever(site: Site) -> None:
    assert _refused(site.url("/loop"), max_redirects=3).endswith(": more than 3 redirects")


def test_an_unsupported_type(site: Site) -> None:
    site.routes["/logo.png"] = Route(b"\x89PNG\r\n\x1a\n", "image/png")
    assert ": unsupported content type image/png" in _refused(site.url("/logo.png"))


def test_too_big(site: Site) -> None:
    site.routes["/huge"] = Route(b"<p>" + b"x" * 5000 + b"</p>")
    assert _refused(site.url("/huge"), max_bytes=4096).endswith(
        ": 5007 bytes, over the 4096 bytes limit"
    )


def test_a_page_with_no_main_text(site: Site) -> None:
    site.routes["/menu"] = Route(b"<html><body><nav><a href='/'>Home</a></nav></body></html>")
    assert ": HTML page with no main text" in _refused(site.url("/menu"))


def test_nobody_listening() -> None:
    # Port 9 (discard) on the loopback: nothing listens there, so the connection is refused.
    assert ": cannot fetch (" in _refused("http://127.0.0.1:9/story", timeout=2)

"""Citation URLs: text fragments that open a web page at the quote, PDF pages, file URIs."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote

import pytest

from factdb import media
from factdb.claims.citation import citation_url, file_uri, page_of, text_directive
from factdb.ingest.formats.webpage import read_html
from tests.sources.samples import NEWS_PAGE

PAGE = "https://ledger.example/story"


def _cite(text: str, quote: str, occurrence: int = 0) -> str:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(quote, start + 1)
    return citation_url(PAGE, media.HTML, text, start, start + len(quote))


def _terms(url: str) -> list[str]:
    """The directive's parts, decoded: prefix-, start, end, -suffix as written."""
    return [unquote(part) for part in url.split("#:~:text=", 1)[1].split(",")]


def test_a_quote_found_once_is_its_own_fragment() -> None:
    text = "Revenue reached $310 million, up from $265 million a year earlier."
    url = _cite(text, "$310 million")
    assert url == PAGE + "#:~:text=%24310%20million"


def test_a_quote_found_twice_takes_the_words_around_it() -> None:
    text = (
        "Sales rose 5 percent in 2023.\n"
        "Costs rose 5 percent in 2023 as well, and wages rose 5 percent."
    )
    assert _terms(_cite(text, "5 percent", 1)) == ["Costs rose-", "5 percent", "-in 2023"]
    # one word each side is enough for the last: only it is followed by the full stop
    assert _terms(_cite(text, "5 percent", 2)) == ["rose-", "5 percent", "-."]


def test_context_grows_until_the_quote_is_told_apart() -> None:
    line = "{}: the plan in detail, and throughput rose 12 percent in one terminal."
    text = "\n".join(line.format(f"Paragraph {i}") for i in range(3))
    start = text.index("12 percent", text.index("Paragraph 2"))
    directive = text_directive(text, start, start + len("12 percent"))
    assert unquote(directive).startswith("text=2: the plan in detail, and throughput rose-,")


def test_context_stays_on_the_quote_s_line() -> None:
    text = "Up 5 percent\nUp 5 percent"
    # nothing on its line tells the second from the first: the fullest context is used
    assert _terms(_cite(text, "5 percent", 1)) == ["Up-", "5 percent"]


def test_words_that_look_like_syntax_are_encoded() -> None:
    text = "A cut-price offer, 3 & 4 percent, ended."
    url = _cite(text, "cut-price offer, 3 & 4 percent")
    assert url.endswith("#:~:text=cut%2Dprice%20offer%2C%203%20%26%204%20percent")


def test_a_long_quote_is_a_range_of_its_first_and_last_words() -> None:
    words = " ".join(f"word{i}" for i in range(80))
    start, end = 0, len(words)
    assert (
        text_directive(words, start, end) == "text=word0%20word1%20word2,word77%20word78%20word79"
    )


def test_a_url_with_a_fragment_gets_the_directive_after_it() -> None:
    url = citation_url(PAGE + "#top", media.HTML, "Up 5 percent", 3, 12)
    assert url == PAGE + "#top:~:text=5%20percent"


def test_the_saved_page_s_claim_cites_the_canonical_url_at_its_quote() -> None:
    page = read_html(str(NEWS_PAGE), NEWS_PAGE.read_bytes())
    quote = "12 percent"
    start = page.text.index(quote)
    assert page.url is not None
    url = citation_url(page.url, page.media_type, page.text, start, start + len(quote))
    assert url == page.url + "#:~:text=12%20percent"


def test_pdf_page_and_file_uri(tmp_path: Path) -> None:
    text = "first page\fsecond page with 4.2 million\fthird"
    start = text.index("4.2 million")
    assert page_of(text, start) == 2
    assert page_of(text, 0) == 1 and page_of(text, len(text)) == 3
    report = tmp_path / "annual report.pdf"
    url = citation_url(file_uri(str(report)), media.PDF, text, start, start + 11)
    assert url == report.as_uri() + "#page=2"
    assert "annual%20report.pdf" in url


@pytest.mark.parametrize("media_type", [media.TEXT, None])
def test_a_text_file_is_cited_by_its_uri(tmp_path: Path, media_type: str | None) -> None:
    uri = file_uri(str(tmp_path / "notes.txt"))
    assert citation_url(uri, media_type, "Up 5 percent", 3, 12) == uri


def test_a_text_file_with_a_web_url_is_cited_at_the_quote_on_that_page() -> None:
    assert citation_url(PAGE, media.TEXT, "Up 5 percent", 3, 12) == PAGE + "#:~:text=5%20percent"

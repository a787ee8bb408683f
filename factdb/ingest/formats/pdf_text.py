"""PDF reports: the text of each page with pypdfium2, pages joined by
:data:`factdb.media.PAGE_BREAK` so that a claim's offset tells its page.

PDF text comes one printed line at a time, and factdb's sentence splitter ends a sentence
at every newline; so the lines of a paragraph are joined again (see :func:`reflow`).
"""

from __future__ import annotations

import re
import threading
from datetime import date, datetime

import pypdfium2 as pdfium

from factdb import media
from factdb.errors import InputError
from factdb.ingest.formats.document import Document, one_line

# A line at least this share of the page's longest line is a wrapped line of a paragraph;
# a shorter one ends its paragraph (or is a heading).
WRAPPED_LINE_SHARE = 0.8
# PDFium marks a hyphen it found at a line's end (a word split over two lines) with U+0002.
_SPLIT_WORD = "\x02"
_PDF_DATE = re.compile(r"D:(\d{8})")
# PDFium is not thread-safe: one document is read at a time.
_PDFIUM = threading.Lock()


def read_pdf(name: str, data: bytes) -> Document:
    """The text of the PDF ``data`` (named ``name`` in errors), page by page; its title and
    creation date from the document's information dictionary."""
    with _PDFIUM:
        try:
            pdf = pdfium.PdfDocument(data)
        except pdfium.PdfiumError as exc:
            raise InputError(f"{name}: broken PDF ({one_line(exc)})") from exc
        try:
            pages = [_page_text(page) for page in pdf]
            info = pdf.get_metadata_dict(skip_empty=True)
        except pdfium.PdfiumError as exc:
            raise InputError(f"{name}: broken PDF ({one_line(exc)})") from exc
        finally:
            pdf.close()
    if not any(page.strip() for page in pages):
        raise InputError(f"{name}: PDF with no text layer ({len(pages)} pages); OCR it first")
    return Document(
        text=media.PAGE_BREAK.join(pages),
        media_type=media.PDF,
        title=info.get("Title") or None,
        outlet=info.get("Author") or None,
        published=_pdf_date(info.get("CreationDate")),
    )


def _page_text(page: pdfium.PdfPage) -> str:
    textpage = page.get_textpage()
    try:
        raw = textpage.get_text_bounded()
    finally:
        textpage.close()
        page.close()
    return reflow(raw.replace("\r\n", "\n").replace(media.PAGE_BREAK, "\n"))


def reflow(page: str) -> str:
    """Join the printed lines of each paragraph of ``page`` into one line: a line nearly as
    long as the page's longest runs on into the next; a split word is joined back."""
    lines = page.split("\n")
    longest = max((len(line.rstrip()) for line in lines), default=0)
    out: list[str] = []
    for i, line in enumerate(lines):
        stripped = line.rstrip()
        last = i == len(lines) - 1
        if stripped.endswith(_SPLIT_WORD) and not last:
            out.append(stripped[: -len(_SPLIT_WORD)])
        elif not last and stripped and len(stripped) >= WRAPPED_LINE_SHARE * longest:
            out.append(stripped + " ")
        else:
            out.append(stripped.replace(_SPLIT_WORD, "-") + ("" if last else "\n"))
    return "".join(out)


def _pdf_date(value: str | None) -> date | None:
    # PDF dates are "D:YYYYMMDDHHmmSS+HH'mm'" with everything after the year optional;
    # the day is all a reference date needs.
    found = _PDF_DATE.match(value or "")
    if not found:
        return None
    try:
        return datetime.strptime(found.group(1), "%Y%m%d").date()
    except ValueError:
        return None

"""Sample sources for the format tests: the saved page and the feed are files next to this
module; PDFs are made here with reportlab, so their bytes are what a real writer produces."""

from __future__ import annotations

import io
from pathlib import Path

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import PageBreak, Paragraph, SimpleDocTemplate

HERE = Path(__file__).parent
NEWS_PAGE = HERE / "news_page.html"
FEED = HERE / "port_news.rss"

# The report's paragraphs by page; the first is long enough to wrap over several lines.
REPORT_PAGES = (
    (
        "Annual report 2023",
        "The Port of Halden handled 4.2 million containers in 2023, its busiest year since "
        "the harbour opened, as shipping lines rerouted cargo away from congested terminals "
        "further south and throughput rose 12 percent from the year before.",
        "Ship calls were steady.",
    ),
    (
        "Finances",
        "Revenue reached $310 million, up from $265 million a year earlier, while the number "
        "of dock workers grew to 1,850 at the end of the year.",
    ),
)


def two_page_pdf() -> bytes:
    """A two-page report with a text layer, its title and author set."""
    styles = getSampleStyleSheet()
    out = io.BytesIO()
    doc = SimpleDocTemplate(
        out, pagesize=A4, title="Halden port annual report", author="Halden Port Authority"
    )
    story: list[object] = []
    for number, page in enumerate(REPORT_PAGES):
        if number:
            story.append(PageBreak())
        story.append(Paragraph(page[0], styles["Heading1"]))
        story.extend(Paragraph(paragraph, styles["Normal"]) for paragraph in page[1:])
    doc.build(story)  # type: ignore[arg-type]
    return out.getvalue()


def scanned_pdf() -> bytes:
    """A PDF whose page is only drawn shapes, as a scan without OCR is only an image."""
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4)
    canvas.rect(72, 72, 300, 500, fill=1)
    canvas.showPage()
    canvas.save()
    return out.getvalue()

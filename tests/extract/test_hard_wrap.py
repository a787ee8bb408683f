"""Hard-wrapped text (issue 9): a line break inside a paragraph is a space for extraction, a
blank line still ends a paragraph, and offsets index the original text."""

from __future__ import annotations

import sys
import textwrap
from datetime import date
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from seeded import SEED_FILE

from factdb.evaluate import dated_articles
from factdb.extract import Mention, extract
from factdb.ingest.reader import read_source

REF = date(2024, 8, 6)


def _fields(m: Mention) -> tuple[object, ...]:
    """What a mention says, without where it is: its quote with any line break a space."""
    return (" ".join(m.quote.split()), m.value, m.value_max, m.unit, m.kind, m.qualifier,
            m.noun, m.speaker, m.date_text.replace("\n", " "), m.date, m.rule)  # fmt: skip


def _wrap(text: str, width: int = 72) -> str:
    """Each line of ``text`` filled to ``width`` columns, as wire and mail copy is."""
    return "\n".join(
        textwrap.fill(line, width, break_on_hyphens=False) if line.strip() else line
        for line in text.split("\n")
    )


def _assert_cited(text: str, mentions: list[Mention]) -> None:
    for m in mentions:
        assert text[m.start : m.end] == m.quote
        assert m.start >= m.sentence_start and m.end <= m.sentence_end


def test_a_scale_word_on_the_next_line_belongs_to_the_amount() -> None:
    text = "The city council said it had spent $45\nmillion on the new tram depot."
    (m,) = extract(text, REF)
    assert (m.quote, m.value, m.unit, m.kind) == ("$45\nmillion", 45_000_000, "USD", "money")
    _assert_cited(text, [m])


def test_a_sentence_goes_on_across_a_line_break() -> None:
    text = (
        "Carmakers report record sales\n"
        "Sales of the carmaker's electric vehicles in Europe rose sharply last\n"
        "month, climbing 12% from a year earlier as new models reached dealers."
    )
    flat = "Carmakers report record sales\n" + " ".join(text.split("\n")[1:])
    (m,) = extract(text, REF)
    (expected,) = extract(flat, REF)
    assert _fields(m) == _fields(expected)
    assert m.noun and "Carmakers" not in m.noun  # not from the title
    assert text[m.sentence_start : m.sentence_end].startswith("Sales of")
    _assert_cited(text, [m])


def test_a_blank_line_ends_the_paragraph() -> None:
    text = "Shares of the miner fell sharply\n\n12 analysts cut their targets."
    (m,) = extract(text, REF)
    assert text[m.sentence_start : m.sentence_end] == "12 analysts cut their targets."


def test_list_entries_on_consecutive_lines_stay_apart() -> None:
    text = "Key figures:\n• 40% of buses are electric\n• 1,200 stations were built"
    quotes_and_sentences = [
        (m.quote, text[m.sentence_start : m.sentence_end]) for m in extract(text, REF)
    ]
    assert quotes_and_sentences == [
        ("40%", "40% of buses are electric"),
        ("1,200", "1,200 stations were built"),
    ]


@pytest.mark.skipif(not SEED_FILE.exists(), reason="sample corpus absent")
@pytest.mark.parametrize("width", [72, 60])
def test_the_sample_corpus_wrapped_gives_the_same_claims(width: int) -> None:
    """Every article of the sample corpus filled to ``width`` columns (real-style wrapped
    news) gives the same claims as its one-line paragraphs, cited in the wrapped text."""
    source = read_source(SEED_FILE)
    for span, published in dated_articles(source):
        article = source.text[span.start : span.end]
        wrapped = _wrap(article, width)
        assert wrapped != article
        mentions = extract(wrapped, published)
        _assert_cited(wrapped, mentions)
        assert [_fields(m) for m in mentions] == [_fields(m) for m in extract(article, published)]

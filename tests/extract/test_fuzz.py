"""Random text never crashes the extractor, and every mention's offsets are consistent."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from factdb.extract import extract
from factdb.extract.mention import KINDS, QUALIFIERS

_PIECES = st.sampled_from(
    ["$", "US$", "HK$", "€", "£", "¥", "%", " percent", " per cent", "RMB", " yuan", "bn", "m",
     "k", " million", " billion", "1", "2.3", "18,000", ",", ".", "-", "–", " to ", " or ",
     " and ", "between ", "about ", "more than ", "up to ", "three", "half a dozen", "thousands",
     " of ", "a few", " years", " miles", "fps", "p", "12th", "ranked ", "(", ")", "“", "”",
     "\n", " ", "June 4", " 2024", "Mr. ", "U.S. ", "GPT-4o", "@", "x.com", "é", "中文", "🙂"]
)  # fmt: skip
TEXT = st.one_of(
    st.text(), st.lists(st.one_of(_PIECES, st.text(max_size=3)), max_size=40).map("".join)
)


@settings(max_examples=300, deadline=None)
@given(TEXT)
def test_extract_never_crashes_and_offsets_hold(text: str) -> None:
    for i, m in enumerate(extract(text)):
        assert text[m.start : m.end] == m.quote
        assert m.sentence_start <= m.start <= m.end <= m.sentence_end <= len(text)
        assert m.kind in KINDS and m.qualifier in QUALIFIERS
        assert m.equivalent_to is None or 0 <= m.equivalent_to < i

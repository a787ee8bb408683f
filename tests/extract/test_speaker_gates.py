"""Each speaker (and outlet) pattern's gate is a necessary condition: wherever the pattern
matches, its gate does too, so a sentence the gate skips loses no speaker (or outlet). Checked
on the news corpus, on sentences holding each gated pattern's words, and on random text."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from news import load_cases
from test_fuzz import TEXT

from factdb.extract.attribution import (
    _GATES,
    _NAMING_OUTLET,
    _OUTLET_WORDS_RE,
    KNOWN_OUTLETS,
    OUTLET_PATTERNS,
    SPEAKER_PATTERNS,
    _attribution,
)

GATED = [(name, pattern, _GATES[name]) for name, pattern in SPEAKER_PATTERNS if name in _GATES] + [
    (name, pattern, _OUTLET_WORDS_RE) for name, pattern in OUTLET_PATTERNS if name in _NAMING_OUTLET
]
SENTENCES = [
    "Figures from the SMMT showed sales fell 5%.",
    "Two-thirds of respondents told Pew Research Center they would.",
    "About 40% of the voters polled told the Times they had decided.",
    "Sales rose 12%, the carmaker said. “It is 5%,” says Ms Lopez.",
    "Aramco, the world’s biggest oil exporter, said output fell 2%.",
    "A Times/Siena College survey of 1,023 voters found 48% support.",
    "Economists expect 3% growth, it said.",
    "According to the newspaper Le Monde, 5% left; according to the ministry, 12% did.",
    "The mayor told Reuters 5% left.",
    "A Bloomberg News analysis found 12%; the Jakarta Post reported 3 deaths.",
]
_WORDS = st.sampled_from(
    ["data", "Figures", "statistics", "ESTIMATES", "from", "by", "the", "Census", "Bureau",
     "of", "respondents", "told", "Pew", "said", "says", ",", "“", "”", "5%", "$3 billion",
     "According", "according", "to", "newspaper", "ſtatistics"]
)  # fmt: skip
_PHRASES = st.lists(_WORDS, max_size=12).map(" ".join)
_OUTLET_PHRASES = st.lists(
    st.sampled_from([*KNOWN_OUTLETS, "The", "Jakarta", "Post", "Korea", "Herald", "Daily"])
    | st.sampled_from(["told", "according to", "in", "reported", "analysis", "said", ",", "of"]),
    max_size=8,
).map(" ".join)


def _gates_hold(text: str) -> None:
    for name, pattern, gate in GATED:
        if pattern.search(text):
            assert gate.search(text), (name, text)


def test_every_gated_pattern_matches_a_sentence() -> None:
    unmatched = [name for name, pattern, _ in GATED if not any(map(pattern.search, SENTENCES))]
    assert not unmatched


@pytest.mark.parametrize("text", [c["text"] for c in load_cases()] + SENTENCES)
def test_gate_holds_on_news_and_examples(text: str) -> None:
    _gates_hold(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, _PHRASES, _OUTLET_PHRASES))
def test_gate_holds_on_random_text(text: str) -> None:
    _gates_hold(text)


def test_the_first_pattern_to_match_is_found_as_without_gates() -> None:
    for text in SENTENCES:
        ungated = next((m for _, p in SPEAKER_PATTERNS if (m := p.search(text))), None)
        found = _attribution(text)
        assert (found and found.group()) == (ungated and ungated.group()), text

"""Each rule's gate is a necessary condition: a text its rule matches, its gate matches too,
so skipping ungated sentences changes no output; and a rule that opens on a number, tried only
where one starts, finds what a full scan finds; so do the time expressions tried only after an
opening word and the other shortcuts taken for speed. Checked on the news corpus, on the
rules' own vocabulary, and on random text built from amount-like pieces."""

from __future__ import annotations

import re
import string
import sys
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

sys.path.insert(0, str(Path(__file__).parent))
from news import load_cases
from test_fuzz import TEXT

from factdb.extract import attribution, dates, rules
from factdb.extract.currency import tables
from factdb.extract.extractor import _rule_matches
from factdb.extract.filters import _NO_AMOUNT_RE, blocked_spans
from factdb.extract.gates import by_first_character, by_first_letter, fold, letter_cases
from factdb.extract.numbers import NUMBER
from factdb.extract.rules import FRACTIONS, NUMBER_START, RULES, VAGUE
from factdb.extract.sentences import _word_before

GATED = [r for r in RULES if r.gate is not None]
ANCHORED = [r for r in RULES if r.opens_on_number]
_VOCABULARY = [
    *(f"about {w} of dollars" for w in VAGUE),
    *(f"{w} of the vote" for w in FRACTIONS),
    *(f"put the share at about {w}, and at {w} over the year" for w in FRACTIONS),
    "it takes three-quarters of an hour, a third of a century",
    *(f"{s}5 and {s} 5 million" for s in tables()[0]),
    *(f"{c} 5 million, {c}5" for c in (*tables()[2], "RMB")),
    "a 7.4-magnitude quake, magnitude 6; the 100m final; 48.8C, -5°C; one in five adults",
    "the 6.1 tremor",
    "the quake the USGS measured at 7.4 and the agency at 7.2",
    "he won the 200m in 20 seconds; 2 out of 3 voters; waves of 4m; 1 minute 54.06 seconds",
    "a 6-foot-9 forward, 2 hr 15 min",
    "John Smith, 35, said; a 17-year-old aged 40 in her late 30s; 1080p; twice as much as",
    "three times faster, 45-fold; a few years, for decades; ranked 12th; the No. 2 chipmaker",
    "the 13th seed climbed to 48th in the ATP rankings; three men aged 24, 31 and 47",
    "jailed for six years and eight months; a lead of 21 points in the poll",
    "5% to 6%, 2 percentage points, 11 per cent",
    "for a decade, for half an hour; won in 2:01:09; 30 to 35C, 38-40°C; into the top 10",
    "about once a decade; 90 of the hundred longest",
    "a week after the launch",
    "the FTSE 100, the S&P 500; iPhone 15, Route 66; a 737 Max; ZIP code 90210, CA  90210",
    "Leeds LS6 2AB; 14 Elm Grove; call 999; 4K TVs, filmed in 8K",
    "$2,400/oz, 24.5p/kWh; 4in of snow; 2 billion crowns in Norway; USD 1.5-2 billion",
    "near absolute zero, at ground zero; -5C to -10C; aged between 16 and 19; RTX 4090",
    "R27.58 an hour",
    "she founded the firm at 55, and died at 86 in Taipei; Morris Chang was 55 when he left",
    "she opened a shop when she was 52, and he ran when he turned 70 in Boston",
    "55: Morris Chang's age when he founded TSMC",
    "minus 5C, Minus-two, −3, .5; half a million, three-quarters of a billion, ninety-nine",
]


# Where a number starts, as the whole number pattern reads it (NUMBER_START reads its opening).
_NUMBER_START_IN_FULL = re.compile(
    rf"(?<!\w)(?=(?:[-−]|minus[\s-]+)?(?:{NUMBER}))", re.VERBOSE | re.IGNORECASE
)


# The currency symbols' gate as written before its first letters opened it: a class of marks,
# or a letter symbol after no letter, tried at every character.
_SYMBOLS_PLAIN = re.compile(
    r"[\$£¥₦₩₪₫€₱₵₹]|(?i:(?<![A-Za-z$])(?:F\u202fCFA|Cg\.|Rs\.|Ksh|USh|TSh|Rs|Rp|RM|Tk))"
)
_SYMBOL_TEXT = st.lists(
    st.sampled_from(
        ["Rs", "rS", "ksh", "KSH", "USh", "F\u202fCFA", "cg.", "Rp", "RM", "tK", "$", "€"]
    )
    | st.sampled_from([*" .\n-$aſKİı1", "years", "hers", "arm", "US$"]),
    max_size=8,
).map("".join)
_VERB_TEXT = st.lists(
    st.sampled_from(["said", "SAID", "ſays", "added", "added that", "claimed his", "claims"])
    | st.sampled_from([" ", ",", ".", "\n", "x", "the", "showed", "sought"]),
    max_size=6,
).map("".join)


_VERBS_PLAIN = re.compile(attribution._VERB)


def _grouped_hold(text: str) -> None:
    """The gates written for speed hold exactly where their plain forms do."""
    folded = fold(text)
    plain = _SYMBOLS_PLAIN.search(text) is not None
    code = re.search(r"[A-Z](?:[A-Z]{2}|(?<!\w.)\d)", text) is not None
    assert rules._G_SYMBOL.holds(text, folded) == plain
    assert rules._G_SYMBOL_OR_CODE.holds(text, folded) == (plain or code)
    grouped = [m.span() for m in attribution._VERB_RE.finditer(text)]
    assert grouped == [m.span() for m in _VERBS_PLAIN.finditer(text)]


def _gates_hold(text: str) -> None:
    _grouped_hold(text)
    for rule in GATED:
        if rule.pattern.search(text):
            assert rule.gate.holds(text, fold(text)), (rule.name, text)  # type: ignore[union-attr]
    starts = [m.start() for m in NUMBER_START.finditer(text)]
    assert starts == [m.start() for m in _NUMBER_START_IN_FULL.finditer(text)]
    for rule in ANCHORED:
        scanned = [m.span() for m in rule.pattern.finditer(text)]
        assert [m.span() for m in _rule_matches(rule, text, starts)] == scanned, rule.name


# Every time-expression pattern tried at every word start, as before the opening-word gate.
_DATES_UNGATED = re.compile(
    "|".join(rf"(?P<{name}>(?<![\w-]){pattern})" for name, pattern in dates.DATE_PATTERNS),
    re.IGNORECASE,
)
_DATE_WORDS = sorted({w for _, p in dates.DATE_PATTERNS for w in re.findall(r"[A-Za-z]+", p)})
_DATE_PHRASES = st.lists(
    st.one_of(st.sampled_from(_DATE_WORDS), st.sampled_from(["2024", "4", "1990s", "Q3", "FY24"])),
    max_size=6,
).map(" ".join)


_VOCABULARY_TEXT = st.lists(st.sampled_from(_VOCABULARY), max_size=3).map(" ".join)


def _dates_hold(text: str) -> None:
    """The gated scan finds the first expression at each word start, as the full one does."""
    spans, end = [], 0
    for start in re.finditer(r"(?<![\w-])\w", text):
        if start.start() >= end and (m := _DATES_UNGATED.match(text, start.start())):
            end = m.end()
            spans.append((m.start(), m.end(), m.lastgroup))
    found = [(m.start(), m.end(), m.lastgroup) for m in dates._DATE_RE.finditer(text)]
    assert found == spans


@pytest.mark.parametrize("text", [c["text"] for c in load_cases()] + _VOCABULARY)
def test_gate_holds_on_news_and_vocabulary(text: str) -> None:
    _gates_hold(text)
    _dates_hold(text)


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, _DATE_PHRASES, _VOCABULARY_TEXT, _SYMBOL_TEXT, _VERB_TEXT))
def test_gate_holds_on_random_text(text: str) -> None:
    _gates_hold(text)
    _dates_hold(text)


def test_vocabulary_reaches_every_gated_rule() -> None:
    unmatched = [r.name for r in GATED if not any(r.pattern.search(t) for t in _VOCABULARY)]
    assert not unmatched


@settings(max_examples=300, deadline=None)
@given(st.one_of(TEXT, _VOCABULARY_TEXT))
def test_shortcuts_find_what_full_scans_find(text: str) -> None:
    """The word before a full stop, read on the text reversed, and the blocked spans, read
    without the e-mail and URL scan when no address mark is there, are what full scans give."""
    before = text + "."
    full = re.search(r"([\w.]+)\.$", before)
    assert _word_before(before) == (full.group(1) if full else "")
    assert blocked_spans(text) == [m.span() for m in _NO_AMOUNT_RE.finditer(text)]


def test_first_letter_classes_match_what_the_letter_matches_in_any_case() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in string.ascii_lowercase:
        grouped = re.compile(by_first_letter([letter, f"{letter}x"]), re.IGNORECASE)
        assert set(grouped.findall(every)) == set(re.findall(letter, every, re.I)), letter


def test_letter_cases_are_what_a_letter_matches_in_any_case() -> None:
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for letter in string.ascii_letters:
        assert set(letter_cases(letter)) == set(re.findall(letter, every, re.I)), letter


def test_by_first_character_refuses_a_fragment_opening_on_no_letter() -> None:
    with pytest.raises(ValueError):
        by_first_character(["says", r"\bsaid"])

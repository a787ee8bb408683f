"""``entities._named_at`` finds a name where ``(?<!\\w)name(?!\\w)`` does."""

from __future__ import annotations

import random
import re

import pytest

from factdb.facts.entities import _named_at, mentions

SENTENCES = [
    "Gogoro runs 12,500 stations, and rival Kymco runs 3,000 in Taiwan.",
    "The Ministry of Industry and Information Technology (MIIT) said 9_000 were sold.",
    "Über-rival ÜberCo shipped 40 units; überco_2 shipped 3.",
    "BYD's 2024 figure beat Tesla’s, as BYD-linked suppliers said.",
]


def _by_pattern(text: str, word: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", text)]


@pytest.mark.parametrize("sentence", SENTENCES)
def test_names_of_sentences(sentence: str) -> None:
    text = sentence.casefold()
    words = {*mentions(sentence).orgs, *text.split(), "", "byd", "überco", "9", "co"}
    for word in words:
        assert _named_at(word, text) == _by_pattern(text, word), word


def test_random_texts() -> None:
    rng = random.Random(7)
    alphabet = "ab_1 é²-.'’"
    for _ in range(20_000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 8)))
        word = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 3)))
        assert _named_at(word, text) == _by_pattern(text, word), (text, word)

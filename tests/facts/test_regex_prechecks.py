"""The fast paths of the costliest rule patterns find what the plain patterns find.

DISPUTE, ``_REFERS_TO_ORG`` and ``_CHANGED`` try their wordings only where a word starts
(``(?=\\w)``: every wording opens on a letter), match's ``_CHANGE`` only where a word or a ","
or ";" starts, ``_CLAUSE`` only at a ";", "," or space (every boundary opens on one), and
``worldwide`` only in a sentence holding "world" or "global". A
wording added that breaks one of those would be silently lost: these tests read each
pattern's parse (every wording a fast path guards must open on what it looks for), and
compare each pattern with its plain form on every sentence of the sample corpus and the fact
tests' articles.
"""

from __future__ import annotations

import re
import re._constants as sre
import re._parser as sre_parse
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from factdb.facts import entities, match, statement

ROOT = Path(__file__).resolve().parents[2]
TEXTS = [
    ROOT / "seeds" / "china_report_2024.txt",
    *sorted((ROOT / "tests" / "facts").glob("corpus/*.txt")),
    *sorted((ROOT / "tests" / "facts").glob("followups*/*.txt")),
]


def _sentences() -> list[str]:
    found = []
    for path in TEXTS:
        for line in path.read_text(encoding="utf-8").splitlines():
            found.extend(part for part in re.split(r"(?<=[.!?])\s+", line) if part)
    return found


SENTENCES = _sentences()


def _opens_on(items: Any, ok: Callable[[str], bool]) -> bool | None:
    """Whether every match of the parsed ``items`` opens on a character ``ok`` accepts (None:
    the items may match nothing, so the next ones decide)."""
    for op, av in items:
        if op in (sre.AT, sre.ASSERT, sre.ASSERT_NOT):
            continue  # zero-width: the next item opens the match
        if op is sre.LITERAL:
            return ok(chr(av))
        if op is sre.IN:
            return all(_in_opens_on(o, a, ok) for o, a in av)
        if op is sre.SUBPATTERN:
            found = _opens_on(av[-1], ok)
        elif op is sre.BRANCH:
            each = [_opens_on(branch, ok) for branch in av[1]]
            found = None if None in each and all(e in (None, True) for e in each) else all(each)
        elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
            found = _opens_on(av[2], ok)
            if av[0] == 0 and found:
                continue  # optional: what follows may open the match too
        else:
            return False
        if found is not None:
            return found
    return None


# A character of each class, to ask ``ok`` of the class.
_OF_CATEGORY = {sre.CATEGORY_WORD: "a", sre.CATEGORY_DIGIT: "0", sre.CATEGORY_SPACE: " "}


def _in_opens_on(op: Any, av: Any, ok: Callable[[str], bool]) -> bool:
    """Whether a character set's member (a literal, a range or a class) is all ``ok``."""
    if op is sre.LITERAL:
        return ok(chr(av))
    if op is sre.RANGE:
        return all(ok(chr(x)) for x in range(av[0], av[1] + 1))
    return op is sre.CATEGORY and av in _OF_CATEGORY and ok(_OF_CATEGORY[av])


def _alternatives_after(pattern: re.Pattern[str], lookahead: str) -> list[Any]:
    """The parsed group each ``lookahead`` of ``pattern`` guards (the items right after it)."""
    found = []
    direction, guard = sre_parse.parse(lookahead).data[0][1]

    def walk(items: Any) -> None:
        items = list(items)
        for k, (op, av) in enumerate(items):
            if op is sre.ASSERT and av[0] == direction and av[1].data == guard.data:
                found.append(items[k + 1 :])
            if op in (sre.SUBPATTERN,):
                walk(av[-1])
            elif op is sre.BRANCH:
                for branch in av[1]:
                    walk(branch)
            elif op in (sre.MAX_REPEAT, sre.MIN_REPEAT):
                walk(av[2])

    walk(sre_parse.parse(pattern.pattern, pattern.flags).data)
    return found


@pytest.mark.parametrize(
    ("pattern", "lookahead", "ok"),
    [
        (statement.DISPUTE, r"(?=\w)", str.isalnum),
        (statement._CHANGED, r"(?=\w)", str.isalnum),
        (entities._REFERS_TO_ORG, r"(?=\w)", str.isalnum),
        (entities._CLAUSE, r"(?=[;,\s])", lambda c: c in ";," or c.isspace()),
        (match._CHANGE, r"(?=[\w,;])", lambda c: c.isalnum() or c in ",;"),
    ],
    ids=["DISPUTE", "_CHANGED", "_REFERS_TO_ORG", "_CLAUSE", "_CHANGE"],
)
def test_every_wording_opens_where_its_fast_path_looks(
    pattern: re.Pattern[str], lookahead: str, ok: Callable[[str], bool]
) -> None:
    guarded = _alternatives_after(pattern, lookahead)
    assert guarded
    for items in guarded:
        assert _opens_on(items, ok) is True


def _plain(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """``pattern`` without its fast-path lookaheads."""
    text = pattern.pattern
    for lookahead in ("(?=\\w)", "(?=[;,\\s])", "(?=[\\w,;])"):
        text = text.replace(lookahead, "")
    return re.compile(text, pattern.flags)


@pytest.mark.parametrize(
    ("pattern", "lowered"),
    [
        (statement.DISPUTE, True),
        (statement._CHANGED, False),
        (entities._REFERS_TO_ORG, False),
        (entities._CLAUSE, False),
        (match._CHANGE, True),
    ],
    ids=["DISPUTE", "_CHANGED", "_REFERS_TO_ORG", "_CLAUSE", "_CHANGE"],
)
def test_a_fast_pattern_finds_what_its_plain_form_finds(
    pattern: re.Pattern[str], lowered: bool
) -> None:
    plain = _plain(pattern)
    assert plain.pattern != pattern.pattern  # the fast path is there to compare
    assert len(SENTENCES) > 500
    for sentence in SENTENCES:
        text = sentence.lower() if lowered else sentence
        fast = [m.span() for m in pattern.finditer(text)]
        assert fast == [m.span() for m in plain.finditer(text)], sentence


def test_worldwide_is_asked_only_of_a_sentence_that_names_the_world() -> None:
    # every sentence the pattern finds something in holds one of the words looked for first
    for sentence in SENTENCES:
        if entities._WORLDWIDE.search(sentence):
            lower = sentence.lower()
            assert "world" in lower or "global" in lower, sentence
    assert any(entities._WORLDWIDE.search(s) for s in SENTENCES)

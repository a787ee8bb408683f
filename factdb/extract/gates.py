"""Gates: cheap necessary conditions that spare a sentence a rule family's costly scan.

A gate holds for a sentence when its lower-cased text (:func:`fold`) contains one of the gate's
``words`` (a substring test, far cheaper than a case-insensitive regex alternation of them) or
its ``pattern`` matches the sentence. A gate may hold where its rules find nothing; it must
hold wherever they find something (``tests/extract/test_gates.py`` checks that).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

# The non-ASCII characters a case-insensitive regex matches to an ASCII letter ("ſ" is "s")
# that ``str.lower`` leaves alone or makes two characters ("İ" → "i̇"); the Kelvin sign
# lowers to "k" by itself.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


# Each ASCII letter that a case-insensitive regex matches to more than its two cases.
_CASES = {"i": "iI\u0130\u0131", "k": "kK\u212a", "s": "sS\u017f"}  # İ ı K ſ


def by_first_letter(fragments: Iterable[str]) -> str:
    """A case-insensitive alternation of ``fragments`` (regex fragments, each opening on an
    ASCII letter), grouped by that letter, written as a case-sensitive class of every
    character the letter matches case-insensitively: ``re`` tries each alternative of an
    alternation in turn, but skips at once one that opens on a class the character is not
    in. The same matches wherever only whether one matches counts (in a lookahead), not
    which (the alternatives of one letter keep their order)."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        groups.setdefault(fragment[0].lower(), []).append(fragment[1:])
    return "|".join(
        f"(?-i:[{letter_cases(letter)}])(?:{'|'.join(rests)})" for letter, rests in groups.items()
    )


def letter_cases(letter: str) -> str:
    """Every character a case-insensitive regex matches to the ASCII ``letter``."""
    letter = letter.lower()
    return _CASES.get(letter, letter + letter.upper())


def by_first_character(fragments: Iterable[str]) -> str:
    """A case-sensitive alternation of ``fragments`` (regex fragments, each opening on a
    letter written as itself), grouped by that letter: ``re`` searches for those letters
    alone and at each one tries only the fragments it opens; the alternatives of one letter
    keep their order, so it matches exactly what the plain alternation matches."""
    groups: dict[str, list[str]] = {}
    for fragment in fragments:
        if not fragment[0].isalpha():
            raise ValueError(f"{fragment!r} does not open on a letter")
        groups.setdefault(fragment[0], []).append(fragment[1:])
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


def fold(sentence: str) -> str:
    """``sentence`` lower-cased as a case-insensitive regex compares it with ASCII words."""
    return sentence.lower() if sentence.isascii() else sentence.translate(_FOLD).lower()


@dataclass(frozen=True, slots=True, eq=False)  # compared by identity: one object per family
class Gate:
    """Lower-case ``words`` one of which the folded sentence must contain, or a ``pattern``
    that must match the sentence (either suffices)."""

    words: tuple[str, ...] = ()
    pattern: re.Pattern[str] | None = None

    def holds(self, sentence: str, folded: str) -> bool:
        """Whether a match of the gate's rules may be in ``sentence`` (``folded`` is
        :func:`fold` of it)."""
        for word in self.words:
            if word in folded:
                return True
        return self.pattern is not None and self.pattern.search(sentence) is not None


def words(*alternatives: str) -> Gate:
    """A gate on words: the sentence holds one of them, in any case."""
    return Gate(words=tuple(w.lower() for w in alternatives))


def pattern(regex: str, flags: int = 0, *alternatives: str) -> Gate:
    """A gate on a regex, or on any of ``alternatives`` as words."""
    return Gate(tuple(w.lower() for w in alternatives), re.compile(regex, flags))

"""Gates: cheap necessary conditions that spare a sentence a rule family's costly scan.

A gate holds for a sentence when its lower-cased text (:func:`fold`) contains one of the gate's
``words`` (a substring test, far cheaper than a case-insensitive regex alternation of them) or
its ``pattern`` matches the sentence. A gate may hold where its rules find nothing; it must
hold wherever they find something (``tests/extract/test_gates.py`` checks that).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

# The non-ASCII characters a case-insensitive regex matches to an ASCII letter ("ſ" is "s")
# that ``str.lower`` leaves alone or makes two characters ("İ" → "i̇"); the Kelvin sign
# lowers to "k" by itself.
_FOLD = str.maketrans({"İ": "i", "ı": "i", "ſ": "s"})


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

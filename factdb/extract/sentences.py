"""Paragraph and sentence splitting that keeps character offsets.

A blank line ends a paragraph. A single line break ends one too (news items, captions and
list entries are one line each) unless :func:`soften` finds it is a hard wrap inside a
paragraph ("spent $45\nmillion"), which the extractor reads as a space. Inside a paragraph, a
sentence ends at ".", "!", "?" or "…" (plus any closing quotes or brackets)
followed by a space and a capital, a digit or an opening quote — except after an
abbreviation ("U.S.", "Mr.", "No. 5"), an initial ("J. Smith") or a list
number ("1."). A line's list number or bullet ("3. ", "• ") is not part of its first sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

# Longer than any prose sentence: a run-on line or a pasted table is cut at spaces into pieces
# this long, so what is done per sentence stays bounded.
MAX_SENTENCE = 2_000
ABBREVIATIONS = frozenset(
    [
        "mr",
        "mrs",
        "ms",
        "dr",
        "prof",
        "st",
        "jr",
        "sr",
        "inc",
        "co",
        "corp",
        "ltd",
        "plc",
        "llc",
        "vs",
        "etc",
        "gov",
        "sen",
        "rep",
        "gen",
        "col",
        "lt",
        "sgt",
        "no",
        "nos",
        "vol",
        "fig",
        "jan",
        "feb",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "oct",
        "nov",
        "dec",
        "mt",
        "ft",
        "approx",
        "est",
        "dept",
        "univ",
        "assn",
        "bros",
        "e.g",
        "i.e",
        "u.s",
        "u.k",
        "u.n",
        "u.s.a",
        "e.u",
        "d.c",
        "a.m",
        "p.m",
    ]
)

# Abbreviations that may also end a sentence ("based in the U.S. It employs…"), as may any
# dotted initialism; they end one when a word that opens sentences follows, and "a.m."/"p.m."
# do unless a time zone follows.
_FINAL_ABBREVIATIONS = frozenset(
    ["u.s", "u.k", "u.n", "e.u", "d.c", "inc", "corp", "co", "ltd", "plc", "llc", "etc", "jr",
     "sr", "a.m", "p.m"]
)  # fmt: skip
_INITIALISM_RE = re.compile(r"(?:[a-z]\.)+[a-z]", re.IGNORECASE)
_OPENER_RE = re.compile(
    r"\s+[\"“‘(]?(?:The|A|An|It|Its|He|She|They|We|I|You|This|That|These|Those|There|Their|His"
    r"|Her|Our|But|And|Yet|So|In|On|At|By|For|From|With|If|As|After|Before|While|When|Since"
    r"|Some|Many|Most|All|Both|Each|No|Not|Only)\b"
)
_TIME_ZONE_RE = re.compile(
    r"\s+(?:[A-Z]{1,3}[SD]?T|GMT|UTC|Eastern|Pacific|Central|Mountain|local)\b"
)
_NUMBERED_RE = re.compile(r"\s+#?\d")
_LINE_RE = re.compile(r"[^\n]+")
# Hard-wrapped text: consecutive lines no longer than this (mail and wire copy wrap at 66-80).
WRAP_WIDTH = 100
# In a wrapped block, a line shorter than this share of the block's longest ends something
# (a title, a paragraph) rather than wrapping.
_WRAPPED_SHARE = 0.6
_BLOCK_RE = re.compile(r"(?:[^\S\n]*\S[^\n]*(?:\n|$))+")  # consecutive non-blank lines
_LOWER_WORD_RE = re.compile(r"[a-z]+\b")  # "million …", not "iPhone …" or "eBay …"
_BOUNDARY_RE = re.compile(
    r"""
    [.!?…]+                # the end mark(s)
    ["”’')\]]*             # closing quotes or brackets stay with the sentence
    (?=\s+["“‘(\[]?[A-Z0-9])  # next sentence starts with a capital, digit or opening quote
    """,
    re.VERBOSE,
)
# The word before a final ".", matched on the text reversed: a search for "([\w.]+)\.$" tries
# every position of the sentence so far.
_WORD_BEFORE_REVERSED_RE = re.compile(r"\.([\w.]+)")
_LIST_MARKER_RE = re.compile(r"\s*\d{1,3}$")
# A figure standing alone, which the next sentence says what it is of ("More than 90%. That
# is DJI's share of…", "61,000. The number of bitcoins…"): one sentence with it.
_FIGURE_ONLY_RE = re.compile(
    r"\s*(?:(?:[Mm]ore|[Ff]ewer|[Ll]ess)\s+than\s+|(?:[Aa]bout|[Aa]round|[Nn]early|[Aa]lmost"
    r"|[Oo]ver|[Uu]nder|[Ss]ome|[Rr]oughly|[Jj]ust|[Oo]nly|[Uu]p\s+to|[Aa]t\s+least)\s+)?"
    r"(?:[$€£¥]\s?\d|\d|(?:One|Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty"
    r"|Fifty|Hundred)\b)[^\s.]*(?:\.\d+[^\s.]*)?(?:\s+[^\s.]+){0,3}[.!]"
)
_LINE_MARKER_RE = re.compile(r"(?:\d{1,3}[.)]|[•*·▪–-])\s+")


def soften(text: str) -> str:
    """``text`` with each line break that only wraps a paragraph made a space, so that
    "spent $45\nmillion" reads as one amount; every other character, and so every offset,
    stays as it is.

    A break wraps when the next line goes on with a lower-case word, or when its block of
    lines is hard-wrapped (no line longer than :data:`WRAP_WIDTH`) and the line it ends is
    nearly full (a short line ends a title or a paragraph). A next line that opens with a
    list number or a bullet is a new item either way.
    """
    if "\n" not in text:
        return text
    chars: list[str] | None = None
    for block in _BLOCK_RE.finditer(text):
        for cut in _wraps(block.group()):
            chars = chars if chars is not None else list(text)
            for i in range(block.start() + cut[0], block.start() + cut[1]):
                chars[i] = " "
    return text if chars is None else "".join(chars)


def _wraps(block: str) -> Iterator[tuple[int, int]]:
    """(start, end) of each line break in a block of non-blank lines that only wraps."""
    lines = block.split("\n")
    if lines[-1] == "":
        lines.pop()
    widths = [len(line.rstrip()) for line in lines]
    wrapped = max(widths) <= WRAP_WIDTH
    pos = 0
    for line, width, following in zip(lines, widths, lines[1:], strict=False):
        pos += len(line) + 1
        nxt = following.lstrip()
        if _LINE_MARKER_RE.match(nxt):
            continue
        if _LOWER_WORD_RE.match(nxt) or (wrapped and width >= _WRAPPED_SHARE * max(widths)):
            yield pos - 1 - (len(line) - len(line.rstrip("\r"))), pos


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-blank line, trimmed of surrounding whitespace."""
    spans = []
    for m in _LINE_RE.finditer(text):
        start, end = _trim(text, m.start(), m.end())
        if start < end:
            spans.append((start, end))
    return spans


def sentences(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """(start, end) of each sentence in ``text[start:end]``, trimmed of whitespace."""
    end = len(text) if end is None else end
    spans: list[tuple[int, int]] = []
    for p_start, p_end in paragraphs(text[start:end]):
        p_start, p_end = p_start + start, p_end + start
        marker = _LINE_MARKER_RE.match(text, p_start, p_end)
        s_start = marker.end() if marker else p_start
        for m in _BOUNDARY_RE.finditer(text, s_start, p_end):
            if _is_abbreviation(text, s_start, m.start(), m.group()) and not _ends_sentence(
                text, s_start, m.start(), m.end()
            ):
                continue
            if _FIGURE_ONLY_RE.fullmatch(text, s_start, m.start() + 1) and m.end() < p_end:
                continue
            spans.append(_trim(text, s_start, m.end()))
            s_start = m.end()
        if s_start < p_end:
            spans.append(_trim(text, s_start, p_end))
    return [(s, e) for span in spans for s, e in _bounded(text, *span) if s < e]


def _bounded(text: str, start: int, end: int) -> Iterator[tuple[int, int]]:
    """A sentence in pieces of at most :data:`MAX_SENTENCE` characters, cut at spaces."""
    while end - start > MAX_SENTENCE:
        cut = text.rfind(" ", start + MAX_SENTENCE // 2, start + MAX_SENTENCE)
        cut = cut if cut > start else start + MAX_SENTENCE
        yield _trim(text, start, cut)
        start = cut
    yield _trim(text, start, end)


def _is_abbreviation(text: str, s_start: int, mark_start: int, mark: str) -> bool:
    """True when a "." at mark_start ends an abbreviation, an initial or a list number."""
    if not mark.startswith(".") or len(mark.rstrip("\"”’')]")) > 1:
        return False
    before = text[s_start : mark_start + 1]
    if _LIST_MARKER_RE.fullmatch(before[:-1]):
        return True
    word = _word_before(before)
    if not word:
        return False
    if len(word) == 1 and word.isupper():  # an initial: "George W. Bush", but not "on X."
        prev = re.search(r"(\S+)\s+\S\.$", before)
        return prev is None or prev.group(1)[0].isupper()
    return word.lower() in ABBREVIATIONS or bool(_INITIALISM_RE.fullmatch(word))


def _ends_sentence(text: str, s_start: int, mark_start: int, end: int) -> bool:
    """True when an abbreviation that may end a sentence does: "…in the U.S. It employs",
    "No." before no number."""
    word = _word_before(text[s_start : mark_start + 1]).lower()
    if word in ("a.m", "p.m"):
        return not _TIME_ZONE_RE.match(text, end)
    if word in ("no", "nos"):  # "No. 5", but a reply: "Can he? No. Rules introduced…"
        return not _NUMBERED_RE.match(text, end)
    # (a name's last letter too: "its partner Enel X. The state utility …")
    if word in _FINAL_ABBREVIATIONS or _INITIALISM_RE.fullmatch(word) or len(word) == 1:
        return bool(_OPENER_RE.match(text, end))
    return False


def _word_before(before: str) -> str:
    """The word (letters, digits and dots) before the final "." of ``before``, or ""."""
    m = _WORD_BEFORE_REVERSED_RE.match(before[::-1])
    return m.group(1)[::-1] if m else ""


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end

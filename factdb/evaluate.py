"""Scoring the extractor: against gold claims, or against the database's own reviews.

Against gold (the ``../shared/gold`` JSONL format), a predicted claim *detects* a gold one
when their spans overlap in the same article; matching is one-to-one, greedy by overlap size.
A detected claim is *strictly* right when its value, value_max and unit are right too (numbers
compared with a relative tolerance). Gold marked ``unsure`` neither rewards nor punishes:
predictions matched to or overlapping it are ignored, and missing it is not a miss. Only the
articles the gold covers are scored.

Per-field accuracy is measured on detected claims: ``kind`` and ``qualifier`` must be equal;
``date_text`` must be equal once normalised (case folded, quotes and dashes straightened,
white space collapsed, outer punctuation dropped); ``speaker`` uses a loose match,
:func:`loose_match`, and ``noun`` that loose match plus the gold noun's head
(:func:`noun_match`): "China" is not "foreign direct investment into China".
"""

from __future__ import annotations

import json
import math
import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from factdb.claims.queries import ClaimFilter, list_claims
from factdb.errors import InputError
from factdb.extract import Mention, extract
from factdb.extract.units import conversion_factor
from factdb.ingest.reader import SourceFile, read_source
from factdb.ingest.refdate import article_dates
from factdb.ingest.split import ArticleSpan, split_articles
from factdb.store.database import Database
from factdb.store.models import Claim, Status

DEFAULT_REL_TOL = 1e-3
FIELDS = ("kind", "qualifier", "noun", "date_text", "speaker")


@dataclass(frozen=True, slots=True)
class ScoredClaim:
    """A gold or predicted claim, as scoring sees it; offsets index the source's text."""

    article_no: int
    start: int
    end: int
    quote: str
    sentence: str
    value: float
    value_max: float | None = None
    unit: str | None = None
    kind: str = "count"
    qualifier: str = "="
    noun: str = ""
    date_text: str = ""
    speaker: str = ""
    unsure: bool = False
    article: str = ""
    rule: str = ""


@dataclass(frozen=True, slots=True)
class PRF:
    """Precision, recall and F1 from counts."""

    tp: int
    predicted: int
    gold: int

    @property
    def precision(self) -> float:
        return _ratio(self.tp, self.predicted)

    @property
    def recall(self) -> float:
        return _ratio(self.tp, self.gold)

    @property
    def f1(self) -> float:
        p, r = self.precision, self.recall
        return 2 * p * r / (p + r) if p + r else 0.0

    def as_dict(self) -> dict[str, float | int]:
        """Counts and ratios, for JSON."""
        return {
            "precision": self.precision,
            "recall": self.recall,
            "f1": self.f1,
            "tp": self.tp,
            "predicted": self.predicted,
            "gold": self.gold,
        }


@dataclass(frozen=True, slots=True)
class Accuracy:
    """How many of ``total`` matched claims got a field right."""

    correct: int
    total: int

    @property
    def accuracy(self) -> float:
        return _ratio(self.correct, self.total)


@dataclass(frozen=True, slots=True)
class Metrics:
    """The result of scoring predictions against gold."""

    detection: PRF
    strict: PRF
    fields: dict[str, Accuracy]
    misses: tuple[ScoredClaim, ...]  # sure gold claims no prediction overlaps
    false_alarms: tuple[ScoredClaim, ...]  # predictions overlapping no gold claim
    value_errors: tuple[tuple[ScoredClaim, ScoredClaim], ...]  # (predicted, gold)
    field_errors: dict[str, tuple[tuple[ScoredClaim, ScoredClaim], ...]]
    ignored: int  # predictions matched to or overlapping unsure gold

    def as_dict(self) -> dict[str, Any]:
        """Metrics, misses and false alarms as plain data for JSON."""

        def brief(c: ScoredClaim) -> dict[str, Any]:
            keys = ("article_no", "start", "end", "quote", "value", "value_max", "unit", "rule")
            return {k: getattr(c, k) for k in keys} | {"sentence": c.sentence}

        return {
            "detection": self.detection.as_dict(),
            "strict": self.strict.as_dict(),
            "fields": {
                name: {"accuracy": a.accuracy, "correct": a.correct, "total": a.total}
                for name, a in self.fields.items()
            },
            "ignored": self.ignored,
            "misses": [brief(c) for c in self.misses],
            "false_alarms": [brief(c) for c in self.false_alarms],
            "value_errors": [
                {"predicted": brief(p), "gold": brief(g)} for p, g in self.value_errors
            ],
            "field_errors": {
                name: [
                    {"quote": g.quote, "predicted": getattr(p, name), "gold": getattr(g, name)}
                    for p, g in errors
                ]
                for name, errors in self.field_errors.items()
            },
        }


def _ratio(part: int, whole: int) -> float:
    return part / whole if whole else 0.0


# --- gold and predictions -------------------------------------------------------------------


def load_gold(path: str | os.PathLike[str]) -> list[ScoredClaim]:
    """Read a gold JSONL file; a bad line raises :class:`InputError` naming it."""
    path = Path(path)
    try:
        lines = path.read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise InputError(f"{path}: cannot read gold ({exc})") from exc
    gold = [_gold_record(f"{path}:{no}", line) for no, line in enumerate(lines, 1) if line.strip()]
    if not gold:
        raise InputError(f"{path}: no gold records")
    return gold


def _gold_record(where: str, line: str) -> ScoredClaim:
    try:
        raw = json.loads(line)
        value_max = raw.get("value_max")
        return ScoredClaim(
            article_no=int(raw["article_no"]),
            start=int(raw["start"]),
            end=int(raw["end"]),
            quote=str(raw["quote"]),
            sentence=str(raw.get("context", "")),
            value=float(raw["value"]),
            value_max=None if value_max is None else float(value_max),
            unit=raw.get("unit") or None,
            kind=str(raw.get("kind", "")),
            qualifier=str(raw.get("qualifier", "=")),
            noun=str(raw.get("noun", "")),
            date_text=str(raw.get("date_text", "")),
            speaker=str(raw.get("speaker", "")),
            unsure=bool(raw.get("unsure", False)),
            article=str(raw.get("article", "")),
        )
    except json.JSONDecodeError as exc:
        raise InputError(f"{where}: not JSON ({exc.msg})") from exc
    except KeyError as exc:
        raise InputError(f"{where}: gold record has no {exc.args[0]!r}") from exc
    except (TypeError, ValueError, AttributeError) as exc:
        raise InputError(f"{where}: bad gold record ({exc})") from exc


def _articles(source: SourceFile) -> list[ArticleSpan]:
    return split_articles(source.text, default_title=source.meta.title or source.path)


def check_source(source: SourceFile, gold: Sequence[ScoredClaim]) -> None:
    """Raise :class:`InputError` unless ``gold`` was annotated on ``source``: each record's
    article title and quote must sit at its article number and offsets."""
    spans = _articles(source)
    for g in gold:
        if not 1 <= g.article_no <= len(spans):
            raise InputError(f"{source.path}: has no article {g.article_no} (gold {g.quote!r})")
        title = spans[g.article_no - 1].title
        if g.article and g.article != title:
            raise InputError(
                f"{source.path}: article {g.article_no} is {title!r}, the gold says {g.article!r}"
            )
        if source.text[g.start : g.end] != g.quote:
            raise InputError(f"{source.path}: gold quote {g.quote!r} not at [{g.start}:{g.end}]")


def find_source(gold_path: str | os.PathLike[str], gold: Sequence[ScoredClaim]) -> SourceFile:
    """The corpus file the gold was annotated on: the first text file in ``./seeds`` or in a
    ``seeds`` folder above the gold's (``shared/gold`` beside ``shared/seeds``, or the
    repository's ``tests/gold`` under its ``seeds``) whose articles and offsets agree."""
    above = Path(gold_path).resolve().parents
    folders = [Path("seeds"), *(p / "seeds" for p in above if (p / "seeds").is_dir())]
    for folder in folders:
        for path in sorted(folder.glob("*.txt")):
            source = read_source(path)
            try:
                check_source(source, gold)
            except InputError:
                continue
            return source
    raise InputError(
        f"{gold_path}: found no corpus file for this gold in {', '.join(map(str, folders))}; "
        "give it with --source"
    )


def dated_articles(source: SourceFile) -> list[tuple[ArticleSpan, date | None]]:
    """The source's articles with the reference dates the ingest pipeline would infer."""
    spans = _articles(source)
    dates = article_dates(source.text, spans, source.meta.reference)
    return [(span, dated.published) for span, dated in zip(spans, dates, strict=True)]


def predict(source: SourceFile, articles: Iterable[int] | None = None) -> list[ScoredClaim]:
    """Run the extractor over ``source``'s articles (all, or those numbered in ``articles``)
    with the reference dates the ingest pipeline would infer."""
    wanted = None if articles is None else set(articles)
    predicted: list[ScoredClaim] = []
    for span, published in dated_articles(source):
        if wanted is not None and span.ordinal not in wanted:
            continue
        text = source.text[span.start : span.end]
        predicted.extend(
            scored_mention(m, text, offset=span.start, article_no=span.ordinal, article=span.title)
            for m in extract(text, published)
        )
    return predicted


def scored_mention(
    m: Mention, text: str, *, offset: int = 0, article_no: int = 1, article: str = ""
) -> ScoredClaim:
    """A mention found in ``text`` as a scored claim; ``offset`` is where ``text`` starts in
    the file the gold's offsets point into."""
    return ScoredClaim(
        article_no=article_no,
        start=m.start + offset,
        end=m.end + offset,
        quote=m.quote,
        sentence=text[m.sentence_start : m.sentence_end],
        value=m.value,
        value_max=m.value_max,
        unit=m.unit,
        kind=m.kind,
        qualifier=m.qualifier,
        noun=m.noun,
        date_text=m.date_text,
        speaker=m.speaker,
        article=article,
        rule=m.rule,
    )


# --- matching and scoring -------------------------------------------------------------------


def overlap(a: ScoredClaim, b: ScoredClaim) -> int:
    """How many characters two claims' spans share (0 across articles)."""
    if a.article_no != b.article_no:
        return 0
    return max(0, min(a.end, b.end) - max(a.start, b.start))


def match(predicted: Sequence[ScoredClaim], gold: Sequence[ScoredClaim]) -> list[tuple[int, int]]:
    """One-to-one (predicted index, gold index) pairs of overlapping spans, chosen greedily by
    overlap size; on a tie, sure gold before unsure, then text order."""
    candidates = sorted(
        (-size, g.unsure, g.start, p.start, pi, gi)
        for pi, p in enumerate(predicted)
        for gi, g in enumerate(gold)
        if (size := overlap(p, g)) > 0
    )
    used_p: set[int] = set()
    used_g: set[int] = set()
    pairs = []
    for *_, pi, gi in candidates:
        if pi not in used_p and gi not in used_g:
            used_p.add(pi)
            used_g.add(gi)
            pairs.append((pi, gi))
    return sorted(pairs)


def same_number(a: float | None, b: float | None, rel_tol: float = DEFAULT_REL_TOL) -> bool:
    """Both missing, or equal within ``rel_tol``."""
    if a is None or b is None:
        return a is b
    return math.isclose(a, b, rel_tol=rel_tol)


def values_match(p: ScoredClaim, g: ScoredClaim, rel_tol: float = DEFAULT_REL_TOL) -> bool:
    """Strict correctness: value, value_max and unit all right (see :func:`unit_factor`)."""
    factor = unit_factor(p.unit, g.unit, g.kind)
    if factor is None:
        return False
    p_max = None if p.value_max is None else p.value_max * factor
    return same_number(p.value * factor, g.value, rel_tol) and same_number(
        p_max, g.value_max, rel_tol
    )


def unit_factor(predicted: str | None, gold: str | None, gold_kind: str) -> float | None:
    """What the predicted value is multiplied by to be in the gold unit, or None when the unit
    is wrong. Two names pint gives one unit are the same ("tonne", "metric_ton"); a value in
    another unit of the same dimension is converted ("2 hr 15 min" as 135 minutes or 2.25
    hours); for a gold rate, whose unit is the currency or quantity alone with "per X" in its
    noun, a compound unit with that numerator is right ("USD/barrel" for "USD")."""
    if predicted == gold:
        return 1.0
    if predicted is None or gold is None:
        return None
    if gold_kind == "rate" and "/" in predicted:
        return unit_factor(predicted.split("/")[0], gold, "")
    return conversion_factor(predicted, gold)


_STRAIGHTEN = str.maketrans("‘’“”–—", "''\"\"--")
_OUTER_PUNCT = " .,;:!?\"'()[]"
_WORD = re.compile(r"\w+")
_ARTICLES = frozenset({"a", "an", "the"})


def normalise(text: str) -> str:
    """Case folded, quotes and dashes straightened, white space collapsed, outer punctuation
    dropped."""
    return " ".join(text.translate(_STRAIGHTEN).casefold().split()).strip(_OUTER_PUNCT)


def _tokens(text: str) -> set[str]:
    return {_singular(w) for w in _WORD.findall(text) if w not in _ARTICLES}


def loose_match(predicted: str, gold: str) -> bool:
    """Whether two phrases name the same thing, loosely: after :func:`normalise`, they are
    equal, or one contains the other on word boundaries, or at least half the words of the
    longer one (articles dropped, plurals singularised) are shared. Empty matches only empty."""
    a, b = normalise(predicted), normalise(gold)
    if a == b:
        return True
    if not a or not b:
        return False
    if f" {a} " in f" {b} " or f" {b} " in f" {a} ":
        return True
    ta, tb = _tokens(a), _tokens(b)
    return bool(ta and tb) and len(ta & tb) / max(len(ta), len(tb)) >= 0.5


# What ends a noun phrase's head: a complement or clause after it ("cost OF the rail link",
# "investment INTO China", "users WHO ..."), or a second conjunct ("homes AND businesses").
HEAD_ENDERS = frozenset(
    {
        "of", "in", "for", "into", "on", "at", "to", "from", "between", "by", "with", "per",
        "about", "among", "across", "over", "under", "during", "after", "before", "since",
        "until", "than", "around", "near", "through", "within", "without", "against", "via",
        "including", "who", "whom", "whose", "which", "that", "where", "when", "and", "or",
    }
)  # fmt: skip
_PARENTHESIS = re.compile(r"\([^)]*\)")
_HEAD_WORD = re.compile(r"[\w'-]+")


def _singular(word: str) -> str:
    # A crude singular ("vehicles" → "vehicle", "factories" → "factory") so number agreement
    # alone is no mismatch.
    if len(word) > 4 and word.endswith("ies"):
        return word[:-3] + "y"
    return word[:-1] if len(word) > 3 and word.endswith("s") and not word.endswith("ss") else word


def _plural(word: str) -> bool:
    return word.endswith("s") and not word.endswith(("'s", "ss"))


def head_noun(phrase: str) -> str | None:
    """The head of a noun phrase, singular, case folded: its last word before a complement,
    a clause or a second conjunct (:data:`HEAD_ENDERS`), parentheses left out, a trailing
    participle dropped ("extra time added to" → "time", "factories surrounding" → "factory");
    None when the phrase starts with a complement ("per text")."""
    words: list[str] = []
    for word in _HEAD_WORD.findall(normalise(_PARENTHESIS.sub(" ", phrase))):
        if word in HEAD_ENDERS or (word.endswith("ing") and words and _plural(words[-1])):
            break
        words.append(word)
    while len(words) > 1 and words[-1].endswith("ed") and not words[-1].endswith("eed"):
        words.pop()
    return _singular(words[-1].removesuffix("'s")) if words else None


def noun_match(predicted: str, gold: str) -> bool:
    """Whether a predicted noun names the gold one: :func:`loose_match`, and the gold
    phrase's head (:func:`head_noun`) is a word of the prediction, so that a word of the
    gold's complement alone ("China", "airport") does not pass."""
    if not loose_match(predicted, gold):
        return False
    head = head_noun(gold)
    words = {_singular(w.removesuffix("'s")) for w in _HEAD_WORD.findall(normalise(predicted))}
    return head is None or head in words or normalise(predicted) == normalise(gold)


def field_right(name: str, p: ScoredClaim, g: ScoredClaim) -> bool:
    """Whether the predicted claim got field ``name`` right (see the module docstring)."""
    if name == "noun":
        return noun_match(p.noun, g.noun)
    if name == "speaker":
        return loose_match(p.speaker, g.speaker)
    if name == "date_text":
        return normalise(p.date_text) == normalise(g.date_text)
    return bool(getattr(p, name) == getattr(g, name))


def score(
    predicted: Sequence[ScoredClaim],
    gold: Sequence[ScoredClaim],
    *,
    rel_tol: float = DEFAULT_REL_TOL,
) -> Metrics:
    """Score predictions against gold; predictions in articles the gold lacks are dropped."""
    articles = {g.article_no for g in gold}
    predicted = [p for p in predicted if p.article_no in articles]
    pairs = match(predicted, gold)
    matched_p = {pi for pi, _ in pairs}
    matched_g = {gi for _, gi in pairs}
    sure_pairs = [(predicted[pi], gold[gi]) for pi, gi in pairs if not gold[gi].unsure]
    unsure = [g for g in gold if g.unsure]
    false_alarms = tuple(
        p
        for pi, p in enumerate(predicted)
        if pi not in matched_p and not any(overlap(p, g) for g in unsure)
    )
    misses = tuple(g for gi, g in enumerate(gold) if not g.unsure and gi not in matched_g)
    scored = len(sure_pairs) + len(false_alarms)
    n_gold = len(gold) - len(unsure)
    value_errors = tuple((p, g) for p, g in sure_pairs if not values_match(p, g, rel_tol))
    field_errors = {
        name: tuple((p, g) for p, g in sure_pairs if not field_right(name, p, g)) for name in FIELDS
    }
    return Metrics(
        detection=PRF(len(sure_pairs), scored, n_gold),
        strict=PRF(len(sure_pairs) - len(value_errors), scored, n_gold),
        fields={
            name: Accuracy(len(sure_pairs) - len(errors), len(sure_pairs))
            for name, errors in field_errors.items()
        },
        misses=misses,
        false_alarms=false_alarms,
        value_errors=value_errors,
        field_errors=field_errors,
        ignored=len(predicted) - scored,
    )


def evaluate_gold(
    gold_path: str | os.PathLike[str],
    source_path: str | os.PathLike[str] | None = None,
    *,
    rel_tol: float = DEFAULT_REL_TOL,
) -> Metrics:
    """Load gold, find (or check) its corpus file, run the extractor on it and score it."""
    gold = load_gold(gold_path)
    if source_path is None:
        source = find_source(gold_path, gold)
    else:
        source = read_source(Path(source_path))
        check_source(source, gold)
    predicted = predict(source, {g.article_no for g in gold})
    return score(predicted, gold, rel_tol=rel_tol)


# --- from reviews ---------------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class ReviewMetrics:
    """The extractor as the reviewers judged it (claims still extracted, by status).

    A verified claim is right unless a reviewer corrected its value, value_max or unit (a
    value error); a rejected claim is a false alarm; disputed claims are counted apart.
    """

    right: int
    value_errors: int
    rejected: int
    disputed: int
    noun_corrections: int
    by_rule: dict[str, dict[str, int]] = field(default_factory=dict)

    @property
    def reviewed(self) -> int:
        """Claims judged right or wrong (disputed ones excluded)."""
        return self.right + self.value_errors + self.rejected

    @property
    def precision(self) -> float:
        """Share of judged claims that are real claims."""
        return _ratio(self.right + self.value_errors, self.reviewed)

    @property
    def strict_precision(self) -> float:
        """Share of judged claims that are real claims with the right value and unit."""
        return _ratio(self.right, self.reviewed)

    def as_dict(self) -> dict[str, Any]:
        """The metrics as plain data for JSON."""
        return {
            "precision": self.precision,
            "strict_precision": self.strict_precision,
            "reviewed": self.reviewed,
            "right": self.right,
            "value_errors": self.value_errors,
            "rejected": self.rejected,
            "disputed": self.disputed,
            "noun_corrections": self.noun_corrections,
            "by_rule": self.by_rule,
        }


def value_corrected(claim: Claim, rel_tol: float = DEFAULT_REL_TOL) -> bool:
    """Whether a reviewer changed the claim's value, value_max or unit."""
    return any(
        (fixed := getattr(claim, f"corrected_{name}")) is not None
        and not same_number(fixed, getattr(claim, name), rel_tol)
        for name in ("value", "value_max")
    ) or (claim.corrected_unit is not None and claim.corrected_unit != claim.unit)


def review_verdict(claim: Claim) -> str:
    """A reviewed claim's verdict: ``right``, ``value_error``, ``rejected`` or ``disputed``."""
    if claim.status == Status.REJECTED:
        return "rejected"
    if claim.status == Status.DISPUTED:
        return "disputed"
    if claim.status != Status.VERIFIED:
        raise ValueError(f"claim {claim.id} is not reviewed ({claim.status})")
    return "value_error" if value_corrected(claim) else "right"


def evaluate_reviews(db: Database) -> ReviewMetrics:
    """Score the extractor from the reviews recorded in ``db``."""
    counts = {"right": 0, "value_error": 0, "rejected": 0, "disputed": 0}
    by_rule: dict[str, dict[str, int]] = {}
    nouns = 0
    for status in (Status.VERIFIED, Status.REJECTED, Status.DISPUTED):
        for row in list_claims(db, ClaimFilter(status=status.value)):
            claim = row.claim
            verdict = review_verdict(claim)
            counts[verdict] += 1
            rule = by_rule.setdefault(claim.rule or "?", dict.fromkeys(counts, 0))
            rule[verdict] += 1
            nouns += claim.corrected_noun is not None and claim.corrected_noun != claim.noun
    return ReviewMetrics(
        right=counts["right"],
        value_errors=counts["value_error"],
        rejected=counts["rejected"],
        disputed=counts["disputed"],
        noun_corrections=nouns,
        by_rule=dict(sorted(by_rule.items())),
    )

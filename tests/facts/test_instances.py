"""Numbered ones of a thing (factdb.facts.instances): which one a figure is of, and that two
figures of different ones stay two facts."""

from __future__ import annotations

from pathlib import Path

import pytest

from factdb.facts.instances import instance_of, other_instances
from factdb.facts.match import STOPWORDS

from .conftest import built, fact_ids

_BIG_FUND = (
    'The same week as that interview, Beijing launched the third phase of its "Big Fund" for '
    "chips, worth 344 billion yuan; the first phase, back in 2014, raised about 139 billion yuan."
)


@pytest.mark.parametrize(
    ("sentence", "quote", "noun", "expected"),
    [
        ("That compares with 138.7 billion yuan raised by the fund's first phase in 2014.",
         "138.7 billion yuan", "", "phase 1"),
        ("Beijing put 344 billion yuan into the third phase of its chip fund, far more than "
         "the 204 billion yuan raised in the second phase.", "344 billion yuan", "", "phase 3"),
        ("Beijing put 344 billion yuan into the third phase of its chip fund, far more than "
         "the 204 billion yuan raised in the second phase.", "204 billion yuan", "", "phase 2"),
        ("That is more than phase one (138.7bn yuan) and phase two combined.", "138.7bn yuan",
         "", "phase 1"),
        ("The lender closed round 2 at $40 million in March.", "$40 million", "", "round 2"),
        ("Its second factory in Hungary will make 150,000 cars a year.", "150,000", "",
         "factory 2"),
        # (rules 166, c43) one of its own clause first
        (_BIG_FUND, "344 billion yuan", "", "phase 3"),
        (_BIG_FUND, "139 billion yuan", "", "phase 1"),
        # the noun carried from the sentence before names it
        ("This one is worth $47.5 billion.", "$47.5 billion",
         "third and largest phase of its semiconductor investment fund", "phase 3"),
        # periods, ranks and rates are no numbered things
        ("Sales rose 12% in the first quarter.", "12%", "", ""),
        ("Users said they waited closer to 15 minutes per clip in those first weeks.",
         "15 minutes", "", ""),
        ("When the case first drew wide attention, the hoard was worth roughly £3.1 billion.",
         "£3.1 billion", "", ""),
        ("For the first time, the fleet passed 20,000 vehicles.", "20,000", "", ""),
        ("BYD, the second largest carmaker, sold 3 million cars.", "3 million", "", ""),
        ("The model renders 30 frames a second for each clip.", "30", "", ""),
        ("It was the third-largest deal, at $2 billion.", "$2 billion", "", ""),
    ],
)  # fmt: skip
def test_the_numbered_thing_a_figure_is_of(
    sentence: str, quote: str, noun: str, expected: str
) -> None:
    start = sentence.index(quote)
    others = [
        sentence.index(q) for q in ("344 billion", "204 billion", "139 billion") if q in sentence
    ]
    others = [o for o in others if o != start]
    found = instance_of(sentence, start, start + len(quote), others, noun, STOPWORDS)
    assert found == expected


def test_only_different_numbers_of_one_thing_are_other_instances() -> None:
    assert other_instances("phase 1", "phase 3")
    assert not other_instances("phase 3", "phase 3")
    assert not other_instances("phase 1", "round 3")
    assert not other_instances("phase 1", "")


def test_figures_of_two_phases_of_one_fund_stay_two_facts(tmp_path: Path) -> None:
    texts = {
        "a.txt": "Beijing has set up the third and largest phase of its semiconductor "
                 "investment fund to prop up the chip industry. This one is worth $47.5 billion.\n",
        "b.txt": "In May, China registered the third and largest phase of its national "
                 "semiconductor investment fund. That compares with 138.7 billion yuan raised "
                 "by the fund's first phase ten years earlier.\n",
        "c.txt": "The semiconductor investment fund's third phase, worth $47.5 billion, is the "
                 "largest so far.\n",
    }  # fmt: skip
    with built(tmp_path, texts) as db:
        fact = fact_ids(db)
    a, b, c = sorted({article for _, article in fact})
    third = fact["$47.5 billion", a]
    assert fact["$47.5 billion", c] == third  # the same phase restated
    assert fact["138.7 billion yuan", b] != third

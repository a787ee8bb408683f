"""``changed`` makes what ``dataclasses.replace`` makes of a mention."""

from __future__ import annotations

from dataclasses import fields, replace

import pytest

from factdb.extract import extract
from factdb.extract.mention import Mention, changed

SAMPLE = "Shares of Nvidia fell 5% on Tuesday, wiping roughly $200 billion off its value."


@pytest.mark.parametrize("name", [f.name for f in fields(Mention)])
def test_changed_is_replace(name: str) -> None:
    for mention in extract(SAMPLE):
        value = object()
        assert changed(mention, **{name: value}) == replace(mention, **{name: value})
    assert changed(mention, speaker="x", equivalent_to=0) == replace(
        mention, speaker="x", equivalent_to=0
    )


def test_changed_refuses_an_unknown_field() -> None:
    with pytest.raises(KeyError):
        changed(extract(SAMPLE)[0], colour="red")

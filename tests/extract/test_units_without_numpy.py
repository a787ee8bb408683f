"""pint reads the extractor's units the same without numpy (the extraction workers' server
imports it so, :mod:`factdb.ingest.warm`): every unit's factor to base units, a value
normalised in it, and conversions between units, compared with a process that cannot
import numpy."""

from __future__ import annotations

import json
import subprocess
import sys

from factdb.extract import units

PROGRAM = """
import json, sys
if sys.argv[1] == "hidden":
    sys.modules["numpy"] = None
from factdb.extract import units
names = sorted(set(units.lexicon().words.values()) | set(units.lexicon().symbols.values()))
values = {}
for unit in names:
    values["base " + unit] = repr(units._base(unit))
    values["normalized " + unit] = repr(units.normalize(12.5, unit))
for unit in names[::9]:
    for other in names[::13]:
        values[f"{unit} in {other}"] = repr(units.conversion_factor(unit, other))
print(json.dumps([values, "numpy" in sys.modules and sys.modules["numpy"] is not None]))
"""


def _values(numpy: str) -> tuple[dict[str, str], bool]:
    done = subprocess.run(
        [sys.executable, "-c", PROGRAM, numpy],
        capture_output=True,
        text=True,
        timeout=300,
        check=True,
    )
    values, loaded = json.loads(done.stdout)
    return values, loaded


def test_pint_converts_every_unit_the_same_without_numpy() -> None:
    with_numpy, loaded = _values("importable")
    without, not_loaded = _values("hidden")
    assert loaded and not not_loaded
    assert len(with_numpy) > len(set(units.lexicon().words.values()))
    assert without == with_numpy

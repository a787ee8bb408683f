"""The rule table and the interpretation step agree on the named groups (issue 14): every
group a pattern defines is one :class:`~factdb.extract.reading.Groups` declares and the
interpretation step reads, and every group it reads is one some pattern defines."""

from __future__ import annotations

import inspect
import re
from dataclasses import fields

from factdb.extract import extractor, reading
from factdb.extract.reading import Groups
from factdb.extract.rules import PATTERN_ONLY_GROUPS, RULES

DEFINED = {name for rule in RULES for name in rule.pattern.groupindex}
DECLARED = {f.name for f in fields(Groups)}
# The interpretation step reads a match's groups as ``g.<name>`` (or ``f.groups.<name>``).
_READ_RE = re.compile(r"\b(?:g|groups)\.([a-z]\w*)\b")
READ = {
    name for module in (reading, extractor) for name in _READ_RE.findall(inspect.getsource(module))
} - {"of"}  # Groups.of, the constructor


def test_every_defined_group_is_declared() -> None:
    assert not (DEFINED - PATTERN_ONLY_GROUPS - DECLARED)


def test_every_declared_group_is_defined_by_some_pattern() -> None:
    assert not (DECLARED - DEFINED)


def test_every_declared_group_is_read() -> None:
    assert not (DECLARED - READ)


def test_only_declared_groups_are_read() -> None:
    assert not (READ - DECLARED)


def test_pattern_only_groups_are_used_by_a_conditional_and_not_read() -> None:
    conditionals = {
        name for rule in RULES for name in re.findall(r"\(\?\((\w+)\)", rule.pattern.pattern)
    }
    assert not (PATTERN_ONLY_GROUPS - conditionals)
    assert not (PATTERN_ONLY_GROUPS & (DECLARED | READ))

"""Patterns compiled from kept programs match as freshly compiled ones do; the cache file
holds the patterns of the last run only, and a damaged one is ignored. Kept values are read
back while their key stays the same, built again when it changes."""

from __future__ import annotations

import marshal
import re
import uuid
from pathlib import Path

import pytest

from factdb.extract import compiled
from factdb.extract.compiled import cache_folder, kept_patterns, kept_value
from factdb.extract.currency import _tables, tables

TEXTS = (
    "Shares of Nvidia fell 5% on Tuesday, wiping roughly $200 billion off its market value.",
    "Over 18,000 are in the US; BYD sold 3.02 million cars — up 62% (from 1.86m) in 2023.",
    "",
)


def _patterns() -> list[tuple[str, int]]:
    """Patterns no earlier test compiled (``re`` answers those from its own cache), with
    groups, flags set inline and by argument, lookbehinds and non-ASCII classes."""
    tag = uuid.uuid4().hex
    return [
        (rf"(?P<n>\d+(?:,\d{{3}})*(?:\.\d+)?)\s*(?P<u>%|billion|million)|{tag}", 0),
        (rf"(?i:shares)\s+of\s+(\w+)|(?<![\w$])\$(?P<amount>\d+)|{tag}", re.VERBOSE),
        (rf"[—–-]\s*up|\bFELL\b|{tag}", re.IGNORECASE),
        (rf"(?m)^over|(?<=\()[^)]*(?=\))|{tag}", 0),
    ]


def _compile(patterns: list[tuple[str, int]]) -> list[re.Pattern[str]]:
    with kept_patterns():
        return [re.compile(p, f) for p, f in patterns]


def _cache_file() -> Path:
    folder = cache_folder("patterns")
    assert folder is not None
    (path,) = folder.glob("*.marshal")
    return path


@pytest.fixture(autouse=True)
def _cache_in(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("FACTDB_CACHE_DIR", str(tmp_path / "cache"))


def _same(kept: re.Pattern[str], pattern: str, flags: int) -> None:
    re.purge()  # else ``re`` answers from its own cache: the kept pattern itself
    fresh = re.compile(pattern, flags)
    assert fresh is not kept
    assert (kept.pattern, kept.flags, kept.groups, kept.groupindex) == (
        fresh.pattern,
        fresh.flags,
        fresh.groups,
        fresh.groupindex,
    )
    for text in TEXTS:
        got = [(m.span(), m.groups(), m.groupdict()) for m in kept.finditer(text)]
        assert got == [(m.span(), m.groups(), m.groupdict()) for m in fresh.finditer(text)]


def test_kept_programs_compile_to_the_same_matchers(monkeypatch: pytest.MonkeyPatch) -> None:
    patterns = _patterns()
    _compile(patterns)  # stores their programs
    re.purge()

    def no_parsing(pattern: str, flags: int) -> compiled.Program:
        raise AssertionError(f"parsed again: {pattern!r}")

    monkeypatch.setattr(compiled, "_program", no_parsing)
    kept = _compile(patterns)
    monkeypatch.undo()
    for pattern, (text, flags) in zip(kept, patterns, strict=True):
        assert pattern.search(TEXTS[0]) or pattern.search(TEXTS[1])
        _same(pattern, text, flags)


def test_the_file_holds_the_last_runs_patterns_only() -> None:
    first, second = _patterns(), _patterns()
    _compile(first)
    re.purge()
    _compile(second)
    stored = marshal.loads(_cache_file().read_bytes())
    assert set(stored) == set(second)


def test_a_damaged_file_is_ignored_and_replaced() -> None:
    patterns = _patterns()
    _compile(patterns)
    path = _cache_file()
    path.write_bytes(path.read_bytes()[:100])
    re.purge()
    for pattern, (text, flags) in zip(_compile(patterns), patterns, strict=True):
        _same(pattern, text, flags)
    assert set(marshal.loads(path.read_bytes())) == set(patterns)


def test_without_a_cache_folder_patterns_compile_as_usual(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("FACTDB_CACHE_DIR", "/proc/no-such-folder")
    assert cache_folder("patterns") is None
    patterns = _patterns()
    for pattern, (text, flags) in zip(_compile(patterns), patterns, strict=True):
        _same(pattern, text, flags)


def test_an_invalid_pattern_fails_as_usual() -> None:
    with kept_patterns(), pytest.raises(re.error, match="missing \\)"):
        re.compile(f"(unclosed {uuid.uuid4().hex}")


def test_a_kept_value_is_built_once_per_key(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    monkeypatch.setenv("FACTDB_CACHE_DIR", str(tmp_path))
    built: list[str] = []

    def build() -> dict[str, frozenset[str]]:
        built.append("built")
        return {"b": frozenset({"x"}), "a": frozenset()}

    first = kept_value("sample", "key 1", build)
    again = kept_value("sample", "key 1", build)
    assert again == first and list(again) == ["b", "a"] and built == ["built"]
    kept_value("sample", "key 2", build)
    assert built == ["built", "built"]
    (tmp_path / "values" / "sample.marshal").write_bytes(b"\x00damaged")
    assert kept_value("sample", "key 2", build) == first and len(built) == 3


def test_kept_currency_tables_are_the_tables_cldr_gives() -> None:
    kept, fresh = tables(), _tables()
    assert kept == fresh
    assert [list(table) for table in kept[:2]] == [list(table) for table in fresh[:2]]

"""What the extractor's set-up computes the same way every run, kept between runs in a
per-user cache folder: the programs Python's :mod:`re` compiles its patterns to, pint's
parsed unit definitions (:func:`factdb.extract.units.registry`), and values such as the
currency tables read from CLDR (:func:`kept_value`).

Python's ``re`` parses and compiles each pattern in Python code: for the extractor's ~400
patterns (thousands of unit and currency names among them) that is about 0.7 s of every
ingest's start, half of what the extraction workers' server spends before the first file.
:func:`kept_patterns` stores each program (its opcodes, group names and flags, all that
``re`` hands to its C engine) the first time and hands a stored one to the engine directly
after, so a pattern compiles to the very same matcher. A program depends on the pattern, its
flags and the Python build only; the file is named by the build and the engine's magic
number, and a file that cannot be read is ignored (the patterns then compile as usual).
"""

from __future__ import annotations

import _sre
import hashlib
import marshal
import os
import re
import sys
from array import array
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path
from re import _compiler, _parser  # type: ignore[attr-defined]  # typeshed omits them
from typing import Any, TypeVar

from factdb.environment import CACHE_DIR_ENV

# (pattern, flags) → (the pattern's own flags added, opcodes as bytes, groups, group index,
# index group): what ``re._compiler.compile`` hands to ``_sre.compile``.
Program = tuple[int, bytes, int, dict[str, int], tuple[str | None, ...]]
# The engine's code units, stored as unsigned ints: 4 bytes on every build since Python 3.3.
_CODE_TYPE = "I"
_STORABLE = array(_CODE_TYPE).itemsize == _sre.CODESIZE
T = TypeVar("T")


def cache_folder(name: str) -> Path | None:
    """The folder ``name`` of factdb's per-user cache (``$FACTDB_CACHE_DIR``, else
    ``$XDG_CACHE_HOME/factdb`` or ``~/.cache/factdb``), created if need be; None when it
    cannot be."""
    root = os.environ.get(CACHE_DIR_ENV)
    if not root:
        base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
        root = str(Path(base) / "factdb")
    folder = Path(root) / name
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


@contextmanager
def kept_patterns() -> Iterator[None]:
    """While active, ``re`` compiles each text pattern from the program stored for it, and
    stores the programs it had to make; on exit the file holds the patterns compiled
    meanwhile, and no others. Not thread-safe: for a process's set-up only."""
    folder = cache_folder("patterns")
    if folder is None or not _STORABLE:
        yield
        return
    # The exact build: a bug-fix release may compile a pattern differently for the same engine.
    build = hashlib.sha256(sys.version.encode()).hexdigest()[:12]
    path = folder / f"{sys.implementation.cache_tag}-{_sre.MAGIC}-{build}.marshal"
    stored = _load(path)
    used: dict[tuple[str, int], Program] = {}
    original: Callable[..., re.Pattern[Any]] = _compiler.compile

    def compile_kept(pattern: Any, flags: int = 0) -> re.Pattern[Any]:
        if not isinstance(pattern, str) or flags & re.DEBUG:
            return original(pattern, flags)
        key = (pattern, int(flags))
        if key in stored:
            with suppress(TypeError, ValueError, RuntimeError):  # an entry not of this shape
                compiled = _engine(pattern, stored[key])
                used[key] = stored[key]
                return compiled
        try:
            program = _program(pattern, key[1])
            compiled = _engine(pattern, program)
        except Exception:  # an invalid pattern, or another Python's internals: as usual
            return original(pattern, flags)
        used[key] = program
        return compiled

    _compiler.compile = compile_kept
    try:
        yield
    finally:
        _compiler.compile = original
    if used != stored:
        _save(path, used)


def _program(pattern: str, flags: int) -> Program:
    """What ``re._compiler.compile`` makes of ``pattern``, before the engine."""
    parsed = _parser.parse(pattern, flags)
    code = _compiler._code(parsed, flags)
    state = parsed.state
    index: list[str | None] = [None] * state.groups
    for name, number in state.groupdict.items():
        index[number] = name
    opcodes = array(_CODE_TYPE, [int(c) for c in code]).tobytes()
    return int(flags | state.flags), opcodes, state.groups - 1, dict(state.groupdict), tuple(index)


def _engine(pattern: str, program: Program) -> re.Pattern[str]:
    flags, opcodes, groups, groupindex, indexgroup = program
    code = array(_CODE_TYPE, opcodes).tolist()
    compiled: re.Pattern[str] = _sre.compile(pattern, flags, code, groups, groupindex, indexgroup)
    return compiled


def _load(path: Path) -> dict[tuple[str, int], Program]:
    """The stored programs; none when the file is missing, unreadable or not of this shape."""
    stored = _read(path)
    return stored if isinstance(stored, dict) else {}


def _read(path: Path) -> object:
    """What ``path`` holds, written by :mod:`marshal`; None when it cannot be read."""
    try:
        return marshal.loads(path.read_bytes())
    except (OSError, EOFError, ValueError, TypeError):
        return None


def source_digest(*paths: str) -> str:
    """A digest of the files at ``paths``: the modules whose code computes a kept value."""
    digest = hashlib.sha256()
    for path in paths:
        digest.update(Path(path).read_bytes())
    return digest.hexdigest()


def kept_value(name: str, key: str, build: Callable[[], T]) -> T:
    """``build()`` (a value :mod:`marshal` writes: strings, numbers, dicts, tuples, sets…),
    kept in the cache folder as ``name`` while ``key`` (a digest of everything the value
    depends on) stays the same; built again and stored when it changes, or when the file is
    missing or cannot be read."""
    folder = cache_folder("values")
    path = None if folder is None else folder / f"{name}.marshal"
    if path is not None:
        stored = _read(path)
        if isinstance(stored, tuple) and len(stored) == 2 and stored[0] == key:
            kept: T = stored[1]
            return kept
    value = build()
    if path is not None:
        _save(path, (key, value))
    return value


def _save(path: Path, value: Any) -> None:
    """Write ``value`` atomically (another process may be reading or writing the file); a
    cache that cannot be written is left as it was."""
    partial = path.with_name(f"{path.name}.{os.getpid()}")
    with suppress(OSError):
        partial.write_bytes(marshal.dumps(value))
        os.replace(partial, path)
    with suppress(OSError):
        partial.unlink(missing_ok=True)

"""Finding input files and reading them as text, refusing what is not text."""

from __future__ import annotations

import hashlib
import json
import os
import stat
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, replace
from datetime import date
from pathlib import Path

from factdb.errors import InputError
from factdb.ingest.refdate import ReferenceDate, parse_reference_date

TEXT_SUFFIXES = frozenset({".txt", ".text", ".md"})
TEXT_MEDIA_TYPE = "text/plain"
META_SUFFIX = ".meta.json"
MAX_FILE_BYTES = 256 * 1024 * 1024
# A file whose first block has this share of control bytes is binary even without a NUL.
CONTROL_SHARE_LIMIT = 0.10
_SNIFF_BYTES = 8192
_ALLOWED_CONTROLS = frozenset(b"\t\n\r\f\v\x1b")


@dataclass(frozen=True, slots=True)
class SourceMeta:
    """Optional facts about a source, from `--published` or a `NAME.meta.json` sidecar."""

    title: str | None = None
    url: str | None = None
    outlet: str | None = None
    published: date | None = None
    precision: str = "day"  # of ``published``: "day", "month" or "year"

    @property
    def reference(self) -> ReferenceDate | None:
        """``published`` at its precision, None when not given."""
        return None if self.published is None else ReferenceDate(self.published, self.precision)


@dataclass(frozen=True, slots=True)
class SourceFile:
    """A decoded input file."""

    path: str  # as given
    sha256: str
    size: int
    text: str
    meta: SourceMeta
    location: str = ""  # identity across runs: the resolved absolute path (or a URL)
    media_type: str = TEXT_MEDIA_TYPE


def find_files(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Expand files and folders into the text files to ingest, in a stable order.

    Folders are walked recursively; symlinked folders are followed once (loops are cut by
    remembering each folder's real path).
    """
    found: list[Path] = []
    for given in paths:
        path = Path(given)
        if not path.exists():
            raise InputError(f"{path}: no such file or directory")
        if path.is_dir():
            in_dir = list(_walk(path))
            if not in_dir:
                suffixes = ", ".join(sorted(TEXT_SUFFIXES))
                raise InputError(f"{path}: no text files ({suffixes}) in this folder")
            found.extend(in_dir)
        else:
            _check_regular(path)
            found.append(path)
    unique: dict[Path, None] = {}
    for path in found:
        unique.setdefault(path, None)
    return list(unique)


def _walk(folder: Path) -> Iterator[Path]:
    seen: set[str] = set()
    for root, dirs, files in os.walk(folder, followlinks=True):
        real = os.path.realpath(root)
        if real in seen:
            dirs[:] = []
            continue
        seen.add(real)
        dirs.sort()
        for name in sorted(files):
            if name.endswith(META_SUFFIX) or name.startswith("."):
                continue
            if Path(name).suffix.lower() in TEXT_SUFFIXES:
                path = Path(root) / name
                if not path.exists():  # exists() follows links: False for broken or looping
                    raise InputError(f"{path}: cannot read (broken or looping symbolic link)")
                yield path


_SPECIAL_FILES = (
    (stat.S_ISFIFO, "a named pipe"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
)


def _check_regular(path: Path) -> os.stat_result:
    """``path``'s status, refusing what is not a regular file: reading a pipe or a device
    would wait for a writer forever."""
    try:
        status = path.stat()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if not stat.S_ISREG(status.st_mode):
        kind = next((name for test, name in _SPECIAL_FILES if test(status.st_mode)), "special")
        raise InputError(f"{path}: not a regular file ({kind}); give text files or folders")
    return status


def read_source(path: Path, *, published: ReferenceDate | None = None) -> SourceFile:
    """Read one file as UTF-8 text, or raise :class:`InputError` naming it and the problem.

    A byte order mark is dropped (``utf-8-sig``), so offsets index the text without it.
    """
    size = _check_regular(path).st_size
    try:
        if size > MAX_FILE_BYTES:
            raise InputError(
                f"{path}: file is {size / 2**20:.0f} MiB, over the "
                f"{MAX_FILE_BYTES // 2**20} MiB limit; split it into smaller files"
            )
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    meta = read_meta(path, published=published)
    source = decode_source(str(path), data, meta=meta)
    return replace(source, location=str(path.resolve()))


def decode_source(name: str, data: bytes, *, meta: SourceMeta | None = None) -> SourceFile:
    """Check and decode the bytes of a source named ``name``."""
    if not data.strip():
        raise InputError(f"{name}: file is empty")
    nul = data.find(b"\x00")
    if nul >= 0:
        raise InputError(f"{name}: binary file (NUL byte at offset {nul}), not text")
    head = data[:_SNIFF_BYTES]
    controls = sum(1 for b in head if b < 32 and b not in _ALLOWED_CONTROLS)
    if controls / len(head) > CONTROL_SHARE_LIMIT:
        raise InputError(f"{name}: binary file ({controls} control bytes in the first block)")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise InputError(
            f"{name}: not UTF-8 (byte 0x{data[exc.start]:02x} at offset {exc.start}); "
            "convert it to UTF-8 first"
        ) from exc
    return SourceFile(
        path=name,
        sha256=hashlib.sha256(data).hexdigest(),
        size=len(data),
        text=text,
        meta=meta or SourceMeta(),
    )


def read_meta(path: Path, *, published: ReferenceDate | None = None) -> SourceMeta:
    """The sidecar ``NAME.meta.json`` of ``path`` if there is one; ``published`` wins. The
    sidecar's ``published`` may be a year, a month or a day."""
    sidecar = path.with_name(path.stem + META_SUFFIX)
    raw: dict[str, object] = {}
    if sidecar.is_file():
        try:
            loaded = json.loads(sidecar.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise InputError(f"{sidecar}: unreadable metadata ({exc})") from exc
        if not isinstance(loaded, dict):
            raise InputError(f"{sidecar}: metadata must be a JSON object")
        raw = loaded
    when = published
    if when is None and raw.get("published"):
        try:
            when = parse_reference_date(str(raw["published"])[:10])
        except ValueError as exc:
            raise InputError(f"{sidecar}: 'published' is not an ISO date") from exc
    return SourceMeta(
        title=_text_or_none(raw.get("title")),
        url=_text_or_none(raw.get("url")),
        outlet=_text_or_none(raw.get("outlet")),
        published=None if when is None else when.date,
        precision="day" if when is None else when.precision,
    )


def _text_or_none(value: object) -> str | None:
    return str(value) if value not in (None, "") else None

"""Reading files to import, and writing export files so that a failed export never leaves a
half-written file."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TextIO

from factdb.errors import InputError

# Like any file the user creates: the kernel applies their umask to this mode.
_NEW_FILE_MODE = 0o666


@contextmanager
def atomic_text_file(path: str | os.PathLike[str]) -> Iterator[TextIO]:
    """A UTF-8 text handle on a temporary sibling of ``path`` that replaces it on success.

    The file gets the user's usual mode (0666 less the umask); ``tempfile.mkstemp`` would make
    it private (0600), which a shared export folder does not expect.
    """
    target = Path(path)
    tmp, fd = _create_sibling(target)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            yield handle
        os.replace(tmp, target)
    except BaseException:
        os.unlink(tmp)
        raise


def _create_sibling(target: Path) -> tuple[Path, int]:
    while True:
        tmp = target.with_name(f".{target.name}.{secrets.token_hex(6)}.tmp")
        try:
            return tmp, os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, _NEW_FILE_MODE)
        except FileExistsError:
            continue


@contextmanager
def open_text_input(
    name: str, *, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[TextIO]:
    """A file being imported, open for reading; an unreadable or undecodable one raises
    :class:`InputError` naming it (also when the decoding fails midway)."""
    try:
        with open(name, encoding=encoding, newline=newline) as handle:
            yield handle
    except UnicodeDecodeError as exc:
        raise InputError(f"{name}: not UTF-8 (byte at offset {exc.start})") from exc
    except OSError as exc:
        raise InputError(f"{name}: cannot read ({exc.strerror or exc})") from exc

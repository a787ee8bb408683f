"""Reading input files: what is text, what is refused, and how folders are walked."""

from __future__ import annotations

import json
import os
from datetime import date
from pathlib import Path

import pytest

from factdb.errors import InputError
from factdb.ingest.reader import decode_source, find_files, read_meta, read_source
from factdb.ingest.refdate import ReferenceDate


def test_utf8_text_is_decoded_and_hashed(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text("Costs rose 5% — to €3 billion.\n", encoding="utf-8")
    source = read_source(path)
    assert source.text == "Costs rose 5% — to €3 billion.\n"
    assert source.size == len(path.read_bytes())
    assert len(source.sha256) == 64


def test_byte_order_mark_is_not_part_of_the_text() -> None:
    assert decode_source("bom.txt", "\ufeffHello 5".encode()).text == "Hello 5"


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "file is empty"),
        (b"  \n\t", "file is empty"),
        (b"abc\x00def", "binary file (NUL byte at offset 3)"),
        (bytes(range(1, 32)) * 10, "binary file"),
        ("prix: 5 €".encode("cp1252"), "not UTF-8 (byte 0x80 at offset 8)"),
    ],
    ids=["empty", "blank", "nul", "controls", "cp1252"],
)
def test_refused_bytes_name_the_file_and_problem(data: bytes, message: str) -> None:
    with pytest.raises(InputError) as error:
        decode_source("in/x.txt", data)
    assert str(error.value).startswith("in/x.txt: ")
    assert message in str(error.value)


def test_folder_walk_is_sorted_recursive_and_skips_sidecars(tmp_path: Path) -> None:
    (tmp_path / "b").mkdir()
    for name in ("b/2.txt", "a.md", "c.txt", "c.meta.json", "skip.pdf", ".hidden.txt"):
        (tmp_path / name).write_text("x 1", encoding="utf-8")
    found = [p.relative_to(tmp_path).as_posix() for p in find_files([tmp_path])]
    assert found == ["a.md", "c.txt", "b/2.txt"]


def test_symlink_loop_is_walked_once(tmp_path: Path) -> None:
    (tmp_path / "d").mkdir()
    (tmp_path / "d" / "a.txt").write_text("x 1", encoding="utf-8")
    os.symlink(tmp_path, tmp_path / "d" / "loop")
    assert [p.name for p in find_files([tmp_path])] == ["a.txt"]


def test_missing_and_empty_folders_are_refused(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="no such file or directory"):
        find_files([tmp_path / "missing"])
    with pytest.raises(InputError, match="no text files"):
        find_files([tmp_path])


def test_sidecar_metadata_and_published_override(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("x", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(
        json.dumps(
            {"title": "T", "url": "https://e.org/s", "outlet": "Wire", "published": "2024-05-02"}
        ),
        encoding="utf-8",
    )
    meta = read_meta(path)
    assert (meta.title, meta.url, meta.outlet, meta.published) == (
        "T",
        "https://e.org/s",
        "Wire",
        date(2024, 5, 2),
    )
    given = ReferenceDate(date(2020, 1, 1))
    assert read_meta(path, published=given).published == date(2020, 1, 1)


def test_broken_sidecar_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("x", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text("{not json", encoding="utf-8")
    with pytest.raises(InputError, match=r"story\.meta\.json: unreadable metadata"):
        read_meta(path)


def test_source_knows_its_resolved_location_and_media_type(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "x.txt").write_text("Prices rose 5%.", encoding="utf-8")
    monkeypatch.chdir(tmp_path / "a")
    source = read_source(Path("x.txt"))
    assert source.path == "x.txt"  # as given
    assert source.location == str(tmp_path / "a" / "x.txt")
    assert source.media_type == "text/plain"


def test_named_pipe_is_refused_when_listed(tmp_path: Path) -> None:
    pipe = tmp_path / "feed.txt"
    os.mkfifo(pipe)  # reading it would wait for a writer forever
    with pytest.raises(InputError, match=r"feed\.txt: not a regular file \(a named pipe\)"):
        find_files([pipe])


def test_sidecar_dates_keep_their_precision(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_text("x", encoding="utf-8")
    (tmp_path / "story.meta.json").write_text(json.dumps({"published": "2024-05"}), "utf-8")
    meta = read_meta(path)
    assert (meta.published, meta.precision) == (date(2024, 5, 1), "month")

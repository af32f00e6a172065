"""Tests of kg._io.atomic_output / atomic_write: a failed write never damages the previous file."""

from __future__ import annotations

import os
import stat

import pytest

from kg._io import atomic_output, atomic_write


def leftovers(folder):
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


def test_new_file_is_written(tmp_path):
    path = tmp_path / "graph.trig"
    with atomic_output(path) as handle:
        handle.write(b"<a> <b> <c> .\n")
    assert path.read_bytes() == b"<a> <b> <c> .\n"
    assert leftovers(tmp_path) == []


def test_content_is_replaced_on_success(tmp_path):
    path = tmp_path / "graph.ttl"
    path.write_bytes(b"old content, longer than the new one\n")
    with atomic_output(path) as handle:
        handle.write(b"new\n")
    assert path.read_bytes() == b"new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["graph.ttl"]


def test_nothing_is_visible_until_the_block_ends(tmp_path):
    path = tmp_path / "out.json"
    path.write_bytes(b"previous")
    with atomic_output(path) as handle:
        handle.write(b"half")
        handle.flush()
        assert path.read_bytes() == b"previous"
        assert len(leftovers(tmp_path)) == 1  # the data goes to a temporary file in the same folder
    assert path.read_bytes() == b"half"


def test_exception_keeps_previous_file_and_removes_temporary(tmp_path):
    path = tmp_path / "sheet.json"
    path.write_bytes(b'{"facts": []}\n')
    with pytest.raises(RuntimeError, match="extractor crashed"):
        with atomic_output(path) as handle:
            handle.write(b'{"facts": [ truncated')
            handle.flush()
            raise RuntimeError("extractor crashed")
    assert path.read_bytes() == b'{"facts": []}\n'
    assert leftovers(tmp_path) == []
    assert sorted(p.name for p in tmp_path.iterdir()) == ["sheet.json"]


def test_exception_when_there_was_no_previous_file(tmp_path):
    path = tmp_path / "new.ttl"
    with pytest.raises(ValueError):
        with atomic_output(path) as handle:
            handle.write(b"partial")
            raise ValueError("bad triple")
    assert not path.exists()
    assert list(tmp_path.iterdir()) == []


def test_keyboard_interrupt_also_cleans_up(tmp_path):
    path = tmp_path / "big.nq"
    path.write_bytes(b"kept")
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(path) as handle:
            handle.write(b"x" * 100_000)
            raise KeyboardInterrupt
    assert path.read_bytes() == b"kept"
    assert leftovers(tmp_path) == []


def test_parent_folders_are_created(tmp_path):
    path = tmp_path / "a" / "b" / "c" / "graph.trig"
    with atomic_output(path) as handle:
        handle.write(b"data")
    assert path.read_bytes() == b"data"
    assert leftovers(path.parent) == []


def test_accepts_a_string_path(tmp_path):
    path = tmp_path / "s.txt"
    with atomic_output(str(path)) as handle:
        handle.write(b"ok")
    assert path.read_bytes() == b"ok"


def test_failed_replace_leaves_no_temporary(tmp_path):
    # The target is a non-empty folder: the final rename fails, and the temporary file goes.
    target = tmp_path / "taken"
    target.mkdir()
    (target / "inside").write_bytes(b"x")
    with pytest.raises(OSError):
        with atomic_output(target) as handle:
            handle.write(b"data")
    assert (target / "inside").read_bytes() == b"x"
    assert leftovers(tmp_path) == []


def test_atomic_write(tmp_path):
    path = tmp_path / "w" / "out.bin"
    atomic_write(path, lambda handle: handle.write(b"\x00\x01\x02"))
    assert path.read_bytes() == b"\x00\x01\x02"


def test_atomic_write_error_keeps_previous(tmp_path):
    path = tmp_path / "out.bin"
    path.write_bytes(b"before")

    def write(handle):
        handle.write(b"after")
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        atomic_write(path, write)
    assert path.read_bytes() == b"before"
    assert leftovers(tmp_path) == []


def test_new_file_gets_ordinary_permissions(tmp_path):
    old_umask = os.umask(0o022)
    try:
        path = tmp_path / "graph.trig"
        with atomic_output(path) as handle:
            handle.write(b"data")
    finally:
        os.umask(old_umask)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644

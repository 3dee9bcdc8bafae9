"""dnnd.files.atomic_writer: whole files or nothing, with ordinary permissions."""

from __future__ import annotations

import os
import stat
from pathlib import Path

import pytest

from dnnd.files import atomic_writer


def test_writes_the_file_with_the_umasks_permissions(tmp_path: Path) -> None:
    old = os.umask(0o022)
    try:
        target = tmp_path / "out" / "rows.csv"
        with atomic_writer(target) as handle:
            handle.write("Lào Cai\n")
    finally:
        os.umask(old)
    assert target.read_text(encoding="utf-8") == "Lào Cai\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    assert [p.name for p in target.parent.iterdir()] == ["rows.csv"]


def test_a_failure_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "rows.csv"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_writer(target) as handle:
        handle.write("half")
        raise RuntimeError("interrupted")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rows.csv"]


def test_replace_if_false_keeps_the_old_file(tmp_path: Path) -> None:
    target = tmp_path / "rows.csv"
    target.write_text("old\n", encoding="utf-8")
    with atomic_writer(target, replace_if=lambda: False) as handle:
        handle.write("nothing worth keeping")
    assert target.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["rows.csv"]


def test_a_replaced_file_keeps_its_mode(tmp_path: Path) -> None:
    target = tmp_path / "private.jsonl"
    target.write_text("old\n", encoding="utf-8")
    target.chmod(0o600)
    with atomic_writer(target) as handle:
        handle.write("new\n")
    assert target.read_text(encoding="utf-8") == "new\n"
    assert stat.S_IMODE(target.stat().st_mode) == 0o600


def test_a_symlink_is_written_through_and_stays_a_link(tmp_path: Path) -> None:
    real = tmp_path / "real" / "out.jsonl"
    real.parent.mkdir()
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.jsonl"
    link.symlink_to(real)
    with atomic_writer(link) as handle:
        handle.write("new\n")
    assert link.is_symlink()
    assert real.read_text(encoding="utf-8") == "new\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["link.jsonl", "real"]


def test_a_dangling_symlink_creates_its_target(tmp_path: Path) -> None:
    link = tmp_path / "link.jsonl"
    link.symlink_to(tmp_path / "target.jsonl")
    with atomic_writer(link) as handle:
        handle.write("new\n")
    assert link.is_symlink() and (tmp_path / "target.jsonl").read_text(encoding="utf-8") == "new\n"


def test_hard_links_keep_sharing_the_file(tmp_path: Path) -> None:
    target = tmp_path / "a.jsonl"
    target.write_text("old old old\n", encoding="utf-8")
    other = tmp_path / "b.jsonl"
    os.link(target, other)
    with atomic_writer(target) as handle:
        handle.write("new\n")
    assert other.read_text(encoding="utf-8") == "new\n"
    assert target.stat().st_ino == other.stat().st_ino
    assert sorted(p.name for p in tmp_path.iterdir()) == ["a.jsonl", "b.jsonl"]


def test_a_character_device_is_written_not_replaced(tmp_path: Path) -> None:
    # As root, a private null device: a regression must not replace the machine's own /dev/null.
    # Other users write to /dev/null itself: they cannot replace it, so a regression fails the test.
    device = Path("/dev/null")
    if os.geteuid() == 0:
        device = tmp_path / "null"
        os.mknod(device, stat.S_IFCHR | 0o666, os.makedev(1, 3))
    before = os.stat(device)
    with atomic_writer(device) as handle:
        handle.write("discarded\n")
    after = os.stat(device)
    assert stat.S_ISCHR(after.st_mode) and after.st_ino == before.st_ino


def test_a_fifo_is_written_not_replaced(tmp_path: Path) -> None:
    fifo = tmp_path / "pipe"
    os.mkfifo(fifo)
    reader = os.open(fifo, os.O_RDONLY | os.O_NONBLOCK)  # a reader, so that opening for writing does not wait
    try:
        with atomic_writer(fifo) as handle:
            handle.write("through the pipe\n")
        assert os.read(reader, 100) == b"through the pipe\n"
    finally:
        os.close(reader)
    assert stat.S_ISFIFO(os.lstat(fifo).st_mode)


@pytest.mark.parametrize("stdout", ["pipe", "file"])
def test_a_link_to_a_descriptor_writes_to_it(tmp_path: Path, stdout: str) -> None:
    # /dev/stdout is such a link; a link of our own stands in for it, so that a regression cannot replace
    # the machine's /dev/stdout.
    import subprocess
    import sys

    link = tmp_path / "stdout"
    link.symlink_to("/proc/self/fd/1")
    code = f"from dnnd.files import atomic_writer\nwith atomic_writer({str(link)!r}) as h: h.write('to stdout\\n')\n"
    if stdout == "pipe":
        result = subprocess.run([sys.executable, "-c", code], capture_output=True, check=True)
        assert result.stdout == b"to stdout\n"
    else:
        out = tmp_path / "captured.txt"
        with out.open("w") as handle:
            subprocess.run([sys.executable, "-c", code], stdout=handle, check=True)
        assert out.read_text(encoding="utf-8") == "to stdout\n"
    assert link.is_symlink() and sorted(p.name for p in tmp_path.iterdir() if p.name != "captured.txt") == ["stdout"]


@pytest.mark.parametrize("make", ["folder", "under_a_file", "read_only_folder"])
def test_bad_output_paths_are_refused_before_any_work(tmp_path: Path, make: str) -> None:
    from dnnd.files import OutputPathError, check_output_file

    if make == "folder":
        path = tmp_path
    elif make == "under_a_file":
        (tmp_path / "file").write_text("x", encoding="utf-8")
        path = tmp_path / "file" / "out.jsonl"
    else:
        locked = tmp_path / "locked"
        locked.mkdir(mode=0o500)
        path = locked / "out.jsonl"
    with pytest.MonkeyPatch.context() as patch:
        if make == "read_only_folder" and os.geteuid() == 0:
            # Root may write anywhere: answer for the folder as the kernel answers any other user.
            real_access = os.access
            patch.setattr("dnnd.files.os.access", lambda p, mode: False if Path(p) == locked else real_access(p, mode))
        with pytest.raises(OutputPathError) as info:
            check_output_file(path)
    assert "\n" not in str(info.value) and str(path) in str(info.value)


def test_display_name_escapes_what_a_terminal_would_act_on() -> None:
    from dnnd.files import display_name

    raw = os.fsdecode(b"tin\xff\n\x1b[2Jm\xe1\xbb\x9bi.txt")
    shown = display_name(raw)
    assert shown.isprintable() and "\\xff" in shown and "\\n" in shown and "\\x1b" in shown
    assert shown.endswith("mới.txt")

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

"""The README's examples work as written, run from any folder as a reader would."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def _python_blocks(text: str) -> list[str]:
    return re.findall(r"```python\n(.*?)```", text, re.S)


def test_readme_python_example_runs(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    blocks = _python_blocks(readme)
    assert blocks
    assert len(blocks[0].strip().splitlines()) <= 14
    # A str is page text, never a file name: the example reads its file through a Path.
    assert not re.search(r"dnnd\.(parse|extract)\(\s*[\"']", blocks[0])
    monkeypatch.chdir(tmp_path)  # not the repository: the example must not depend on the working folder
    for block in blocks:
        exec(compile(block, "README.md", "exec"), {})
    out = capsys.readouterr().out
    assert out.splitlines()[0].startswith("Liên hiệp các tổ chức hữu nghị")
    assert '{"schema": 1' in out


def test_readme_names_the_two_commands() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "make demo" in readme and "make test" in readme
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    assert "make test" in ci
    assert os.access(ROOT / ".ci" / "run", os.R_OK)


def test_the_shipped_sample_is_the_repository_page() -> None:
    from dnnd.examples import SAMPLE

    assert SAMPLE.read_bytes() == (ROOT / "examples" / "pages" / "002_2334651648104614.txt").read_bytes()

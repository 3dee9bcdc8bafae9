"""The shell examples of the quickstart and the command-line page run as printed, from a checkout.

Each ``console`` block runs in one shell, in a fresh folder holding a copy of
the repository's ``examples/``, as a reader in a checkout would run it. A
command must exit 0, or the status a following ``$ echo $?`` shows; the
``dnnd: error:`` lines a block shows must be the ones printed. ``make`` and
``pip`` lines set the checkout up (``make test`` runs this very test) and are
not run.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
PAGES = ["quickstart.rst", "cli.rst"]
_BLOCK = re.compile(r"^\.\. code-block:: console\n\n((?:(?:   .*)?\n)+)", re.M)


def _blocks(page: str) -> list[list[tuple[str, list[str]]]]:
    """Each console block as (command, lines shown after it) pairs."""
    out = []
    for match in _BLOCK.finditer((ROOT / "docs" / page).read_text(encoding="utf-8")):
        steps: list[tuple[str, list[str]]] = []
        for line in textwrap.dedent(match.group(1)).splitlines():
            if line.startswith("$ "):
                steps.append((line[2:], []))
            elif steps and line.strip():
                steps[-1][1].append(line)
        out.append(steps)
    return out


CASES = [(page, index, steps) for page in PAGES for index, steps in enumerate(_blocks(page))]


@pytest.mark.parametrize(("page", "index", "steps"), CASES, ids=[f"{p}-{i}" for p, i, _ in CASES])
def test_console_block_runs_as_printed(tmp_path: Path, page: str, index: int, steps: list) -> None:  # type: ignore[type-arg]
    shutil.copytree(ROOT / "examples" / "pages", tmp_path / "examples" / "pages")
    env = {**os.environ, "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ['PATH']}"}
    env.pop("COLUMNS", None)
    ran = 0
    for number, (command, shown) in enumerate(steps):
        if command.split()[0] in ("make", "pip") or command.startswith("echo $?"):
            continue
        expected = 0
        if number + 1 < len(steps) and steps[number + 1][0].startswith("echo $?"):
            expected = int(steps[number + 1][1][0])
        shell_line = re.sub(r"\s{2,}#.*$", "", command)  # the comment the docs align after a command
        result = subprocess.run(
            ["bash", "-c", shell_line], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300
        )
        ran += 1
        assert result.returncode == expected, f"{page}: `{command}` exited {result.returncode}: {result.stderr}"
        errors = [line for line in shown if line.startswith("dnnd: error:")]
        if errors:
            printed = [line for line in result.stderr.splitlines() if line.startswith("dnnd: error:")]
            assert printed == errors, f"{page}: `{command}` printed other errors"
    assert ran or all(c.split()[0] in ("make", "pip") for c, _ in steps)

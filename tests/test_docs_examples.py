"""Every example of the docs runs as a reader would run it: from the repository, with only what the page shows.

Sphinx's doctest builder adds ``doctest_global_setup`` (conf.py) to every
block, names a reader never sees; here each page's doctest blocks run in
fresh namespaces (one per group, as Sphinx groups them) with no setup but
the page's own ``testsetup`` blocks, which stand for steps the page tells the
reader to take. The quickstart has none: every import it uses is on the page.
"""

from __future__ import annotations

import doctest
import os
import re
import textwrap
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
_DIRECTIVE = re.compile(r"^\.\. (doctest|testsetup|testcleanup)::[ \t]*(\S*)[ \t]*$", re.M)
# Sphinx's default doctest flags.
_FLAGS = doctest.ELLIPSIS | doctest.IGNORE_EXCEPTION_DETAIL | doctest.DONT_ACCEPT_TRUE_FOR_1


def _blocks(text: str) -> list[tuple[str, str, str, int]]:
    """(kind, group, dedented body, line number) for each doctest directive of a page."""
    out = []
    lines = text.splitlines()
    for match in _DIRECTIVE.finditer(text):
        start = text.count("\n", 0, match.start()) + 1
        body: list[str] = []
        for line in lines[start:]:
            if line.strip() and not line.startswith((" ", "\t")):
                break
            body.append(line)
        content = [line for line in body if not re.match(r"^\s+:[\w-]+:", line)]
        out.append((match.group(1), match.group(2) or "default", textwrap.dedent("\n".join(content)), start + 1))
    return out


PAGES = sorted(p for p in DOCS.glob("*.rst") if _DIRECTIVE.search(p.read_text(encoding="utf-8")))


@pytest.mark.parametrize("page", PAGES, ids=lambda p: p.name)
def test_every_example_runs_with_only_what_the_page_shows(page: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.syspath_prepend(str(DOCS / "examples"))  # the page says where its example modules live
    namespaces: dict[str, dict[str, object]] = {}
    runner = doctest.DocTestRunner(optionflags=_FLAGS)
    parser = doctest.DocTestParser()
    cleanups: list[tuple[str, str]] = []
    for kind, group, body, line in _blocks(page.read_text(encoding="utf-8")):
        names = namespaces.setdefault(group, {"__name__": "__main__"})
        if kind == "testsetup":
            exec(compile(body, f"{page.name}:{line}", "exec"), names)
        elif kind == "testcleanup":
            cleanups.append((group, body))
        else:
            test = parser.get_doctest(body, names, f"{page.name}:{line}", str(page), line)
            runner.run(test, clear_globs=False)
            names.update(test.globs)  # a DocTest runs in a copy of the names it is given
    for group, body in cleanups:
        exec(compile(body, f"{page.name}:cleanup", "exec"), namespaces[group])
    result = runner.summarize(verbose=False)
    assert result.failed == 0, f"{page.name}: {result.failed} example(s) failed (see the output above)"


def test_the_quickstart_hides_no_setup() -> None:
    text = (DOCS / "quickstart.rst").read_text(encoding="utf-8")
    assert "testsetup::" not in text and "testcleanup::" not in text
    assert os.path.exists(DOCS / "quickstart.rst")


def test_the_hook_reference_example_extractor_collides_with_no_built_in() -> None:
    import dnnd

    hooks = (Path(__file__).resolve().parent.parent / "docs" / "hooks.rst").read_text(encoding="utf-8")
    block = hooks[hooks.index("dnnd_extractors()") :]
    name = re.search(r'name = "([^"]+)"', block)
    order = re.search(r"order = (\d+)", block)
    assert name and order
    built_ins = dnnd.Registry(entry_points=False).extractors()
    assert name.group(1) not in {e.name for e in built_ins}
    assert int(order.group(1)) not in {e.order for e in built_ins}

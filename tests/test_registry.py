"""The registry: built-ins, plugins discovered through real entry points, sniffing."""

from __future__ import annotations

import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dnnd
from dnnd import NoParserError, RawDocument, Registry, UnknownParserError

PLUGIN_MODULE = '''
import dnnd

class ShoutParser:
    """Claims pages whose first line is all capitals."""

    name = "shout"

    def sniff(self, doc):
        first = doc.text.strip().split("\\n")[0]
        return dnnd.Sniff(0.9, "all caps") if first.isupper() else dnnd.Sniff.no("not all caps")

    def parse(self, doc):
        lines = doc.text.strip().split("\\n")
        return dnnd.Article(title=lines[0].title(), blocks=[dnnd.Paragraph(t) for t in lines[1:] if t])


@dnnd.hookimpl
def dnnd_parsers():
    return [ShoutParser()]
'''


def _install_dist(root: Path, dist: str, entry_points: dict[str, str], modules: dict[str, str]) -> None:
    """Write a tiny installed distribution (module files + .dist-info with entry points) under ``root``."""
    for name, source in modules.items():
        (root / f"{name}.py").write_text(textwrap.dedent(source), encoding="utf-8")
    info = root / f"{dist}-0.3.dist-info"
    info.mkdir()
    (info / "METADATA").write_text(f"Metadata-Version: 2.1\nName: {dist}\nVersion: 0.3\n", encoding="utf-8")
    lines = "\n".join(f"{k} = {v}" for k, v in entry_points.items())
    (info / "entry_points.txt").write_text(f"[dnnd]\n{lines}\n", encoding="utf-8")


@pytest.fixture
def installed(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    _install_dist(
        tmp_path,
        "dnnd_shout",
        {"shout": "dnnd_shout_plugin", "broken": "dnnd_broken_plugin"},
        {"dnnd_shout_plugin": PLUGIN_MODULE, "dnnd_broken_plugin": "raise ImportError('missing dependency')\n"},
    )
    monkeypatch.syspath_prepend(str(tmp_path))
    yield tmp_path
    for name in ("dnnd_shout_plugin", "dnnd_broken_plugin"):
        sys.modules.pop(name, None)


def test_builtin_parsers_are_listed() -> None:
    registry = Registry(entry_points=False)
    names = {info.name for info in registry.describe() if info.kind == "parser"}
    assert {"text", "html"} <= names
    assert all(info.distribution == "dnnd" for info in registry.describe())


def test_entry_point_plugin_is_discovered_and_used(installed: Path) -> None:
    registry = Registry()
    info = {i.name: i for i in registry.describe()}
    assert info["shout"].distribution == "dnnd_shout" and info["shout"].version == "0.3"
    article = dnnd.parse("TIÊU ĐỀ VIẾT HOA\nđoạn một", registry=registry)
    assert article.parser == "shout"
    assert article.title == "Tiêu Đề Viết Hoa"


def test_broken_plugin_is_reported_and_skipped(installed: Path) -> None:
    registry = Registry()
    assert [f.plugin for f in registry.failures] == ["broken"]
    assert "missing dependency" in str(registry.failures[0])
    assert "text" in {p.name for p in registry.parsers()}


def test_plugin_whose_hook_raises_is_skipped() -> None:
    class Faulty:
        __name__ = "faulty"

        @dnnd.hookimpl
        def dnnd_parsers(self) -> list:
            raise RuntimeError("boom")

    registry = Registry(entry_points=False, plugins=[Faulty()])
    assert {p.name for p in registry.parsers()} >= {"text", "html"}
    assert any("boom" in str(f) for f in registry.failures)


def test_forcing_an_unknown_parser_names_the_known_ones() -> None:
    with pytest.raises(UnknownParserError, match=r"loaded parsers: .*text"):
        dnnd.parse("Tiêu đề\n\nĐoạn.", parser="nope", registry=Registry(entry_points=False))


def test_no_parser_error_lists_what_each_parser_said() -> None:
    class Picky:
        name = "picky"

        def sniff(self, doc: RawDocument) -> dnnd.Sniff:
            return dnnd.Sniff.no("never")

        def parse(self, doc: RawDocument) -> dnnd.Article:
            raise AssertionError

    class Only:
        __name__ = "only"

        @dnnd.hookimpl
        def dnnd_parsers(self) -> list:
            return [Picky()]

    registry = Registry(entry_points=False, plugins=[Only()])
    registry._parser_map.pop("text")
    registry._parser_map.pop("html")
    with pytest.raises(NoParserError, match="picky: never"):
        dnnd.parse("Tiêu đề\n\nĐoạn.", registry=registry)


@given(st.text(min_size=1, max_size=300))
def test_choice_is_deterministic(text: str) -> None:
    registry = Registry(entry_points=False)
    doc = RawDocument(text, source="x")
    first = registry.sniff(doc)
    assert first == registry.sniff(doc) == Registry(entry_points=False).sniff(doc)
    assert first == sorted(first, key=lambda r: (-r.confidence, r.parser))

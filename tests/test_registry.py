"""The registry: built-ins, plugins discovered through real entry points, sniffing."""

from __future__ import annotations

import importlib
import pkgutil
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dnnd
import dnnd.extractors
from dnnd import Lazy, NoParserError, RawDocument, Registry, UnknownParserError
from dnnd.extractors.builtin import BUILTIN_EXTRACTORS
from dnnd.facts import FACT_PLUGINS
from dnnd.parsers.builtin import BUILTIN_PARSERS

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"

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


# -- lazy plugins: listed by name, built on first use


def _modules_after(*args: str) -> tuple[str, set[str]]:
    """Run ``dnnd ARGS`` in a fresh interpreter; its output, and the modules it imported."""
    code = (
        "import sys\nfrom dnnd.cli import main\nmain(sys.argv[1:], standalone_mode=False)\n"
        "print('\\n'.join(sys.modules), file=sys.stderr)"
    )
    result = subprocess.run([sys.executable, "-c", code, *args], capture_output=True, text=True, check=True)
    return result.stdout, set(result.stderr.splitlines())


def _heavy(modules: set[str]) -> set[str]:
    """The extractor and fact modules (hundreds of patterns each) and the parsers' machinery among ``modules``."""
    light = {"dnnd.extractors.builtin", "dnnd.parsers.builtin"}
    prefixes = ("dnnd.extractors.", "dnnd.facts", "dnnd.parsers.", "lxml")
    return {m for m in modules if m.startswith(prefixes) and m not in light}


def test_listing_plugins_imports_no_parser_or_extractor_module() -> None:
    output, modules = _modules_after("plugins")
    listed = {line.split()[1] for line in output.splitlines()}
    assert {"text", "html", "people", "meetings", "twinning"} <= listed
    assert _heavy(modules) == set()
    # nor the installed plugins' parser modules: the example plugins describe theirs lazily
    assert not {m for m in modules if m.startswith("dnnd_") and m.endswith(".parser")}


def test_parsing_a_page_imports_no_extractor_module() -> None:
    output, modules = _modules_after("parse", str(EXAMPLES / "pages" / "000_07a63d3250d71a53.txt"))
    assert '"title"' in output
    assert "dnnd.parsers.text" in modules
    assert not {m for m in modules if m.startswith(("dnnd.facts", "dnnd.extractors.")) and not m.endswith("builtin")}


def test_builtin_descriptors_name_what_the_modules_declare() -> None:
    # The built-in plugin's index agrees with the modules: each module's EXTRACTORS, each fact kind's own hook.
    declared = {}
    for info in pkgutil.iter_modules(dnnd.extractors.__path__):
        module = importlib.import_module(f"dnnd.extractors.{info.name}")
        declared.update({cls.name: cls for cls in getattr(module, "EXTRACTORS", ())})
    for name in FACT_PLUGINS:
        declared.update({type(e).name: type(e) for e in importlib.import_module(name).dnnd_extractors()})
    assert {lazy.name: type(lazy.build()) for lazy in BUILTIN_EXTRACTORS} == declared
    assert {lazy.name for lazy in BUILTIN_PARSERS} == {"text", "html"}
    assert all(type(lazy.build()).name == lazy.name for lazy in BUILTIN_PARSERS)


class Plain:
    """A parser a descriptor names by this module and class."""

    name = "plain"

    def sniff(self, doc: RawDocument) -> dnnd.Sniff:
        return dnnd.Sniff.no("never")

    def parse(self, doc: RawDocument) -> dnnd.Article:
        raise AssertionError


class _Described:
    """A plugin whose hooks return lazy descriptors: one good, two that cannot be built."""

    __name__ = "described"

    @dnnd.hookimpl
    def dnnd_parsers(self) -> list:
        return [
            Lazy("plain", f"{__name__}:Plain"),
            Lazy("missing", "dnnd_no_such_module.parser:Parser"),
            Lazy("misnamed", "dnnd.parsers.html:HtmlParser"),
        ]


def test_a_lazy_parser_is_listed_unbuilt_then_built_on_first_use() -> None:
    registry = Registry(entry_points=False, plugins=[_Described()])
    assert {"plain", "missing", "misnamed"} <= {info.name for info in registry.describe()}
    assert isinstance(registry._parser_map["plain"][0], Lazy)
    assert registry.failures == []
    assert type(registry.parser("plain")) is Plain
    assert isinstance(registry._parser_map["missing"][0], Lazy)  # forcing one parser builds only that one


def test_a_lazy_parser_that_cannot_be_built_is_reported_and_skipped() -> None:
    registry = Registry(entry_points=False, plugins=[_Described()])
    names = {p.name for p in registry.parsers()}
    assert {"plain", "text", "html"} <= names and not names & {"missing", "misnamed"}
    assert [f.plugin for f in registry.failures] == ["described", "described"]
    messages = " ".join(str(f) for f in registry.failures)
    assert "dnnd_no_such_module" in messages and "named 'html', not 'misnamed'" in messages
    with pytest.raises(UnknownParserError):
        registry.parser("missing")

"""The plugin registry: built-in plugins, installed entry points, sniffing.

The registry is the one piece of global state in dnnd (see
:func:`default_registry`); everything else is a pure function of its inputs.
"""

from __future__ import annotations

import importlib
import importlib.metadata
import logging
import threading
from collections.abc import Callable, Iterable
from types import ModuleType
from typing import Any, cast

import attrs
import pluggy

from dnnd import hookspecs
from dnnd.errors import NoParserError, PluginLoadError, UnknownParserError
from dnnd.model import RawDocument, Sniff
from dnnd.plugin import Extractor, Lazy, Parser

__all__ = ["ENTRY_POINT_GROUP", "PluginInfo", "Registry", "SniffReport", "default_registry"]

log = logging.getLogger(__name__)

#: The entry-point group plugins register in.
ENTRY_POINT_GROUP = "dnnd"

#: Below this confidence a parser is not considered to accept a page.
MIN_CONFIDENCE = 0.05


@attrs.frozen
class PluginInfo:
    """One parser or extractor as ``dnnd plugins`` lists it."""

    name: str
    kind: str
    plugin: str
    distribution: str
    version: str


@attrs.frozen
class SniffReport:
    """What one parser said about one page."""

    parser: str
    confidence: float
    reason: str


#: The built-in plugin modules, registered exactly as third-party plugins are: the generic parsers, then the
#: entity extractors and the fact kinds (:data:`dnnd.extractors.builtin.BUILTIN_EXTRACTORS`). Both are light:
#: their hooks return :class:`~dnnd.plugin.Lazy` descriptors, built the first time a page is read.
DEFAULT_PLUGINS: tuple[str, ...] = ("dnnd.parsers.builtin", "dnnd.extractors.builtin")


def _builtin_modules() -> list[ModuleType]:
    return [importlib.import_module(name) for name in DEFAULT_PLUGINS]


def _core_version() -> str:
    try:
        return importlib.metadata.version("dnnd")
    except importlib.metadata.PackageNotFoundError:
        return "0+unknown"


class Registry:
    """Loads plugins and answers which parser reads a page.

    ``entry_points=False`` loads only the built-in plugins (useful in tests);
    ``plugins`` adds extra plugin objects (modules or instances with hook
    implementations) registered under their ``__name__``.
    """

    def __init__(self, *, entry_points: bool = True, plugins: Iterable[Any] = ()) -> None:
        self.pm = pluggy.PluginManager("dnnd")
        self.pm.add_hookspecs(hookspecs)
        self.failures: list[PluginLoadError] = []
        self._origin: dict[str, tuple[str, str]] = {}
        version = _core_version()
        for module in _builtin_modules():
            self._register(module, module.__name__, ("dnnd", version))
        for plugin in plugins:
            name = getattr(plugin, "__name__", type(plugin).__name__)
            self._register(plugin, name, ("(registered)", ""))
        if entry_points:
            self._load_entry_points()
        # name -> (the object, or its Lazy descriptor until first use; the plugin that gave it)
        self._parsers: dict[str, tuple[Parser | Lazy, str]] | None = None
        self._extractors: dict[str, tuple[Extractor | Lazy, str]] | None = None
        # Sorted once: parse() and extract() ask for these for every page.
        self._sorted_parsers: list[Parser] | None = None
        self._sorted_extractors: list[Extractor] | None = None
        self._lock = threading.Lock()

    # -------------------------------------------------------------- loading

    def _register(self, plugin: Any, name: str, origin: tuple[str, str]) -> None:
        try:
            self.pm.register(plugin, name=name)
        except Exception as exc:  # a plugin with a bad hook signature, a duplicate name
            self.failures.append(PluginLoadError(f"cannot register plugin {name!r}: {exc}", plugin=name))
            return
        self._origin[name] = origin

    def _load_entry_points(self) -> None:
        for ep in sorted(importlib.metadata.entry_points(group=ENTRY_POINT_GROUP), key=lambda e: e.name):
            dist = ep.dist.name if ep.dist else "?"
            version = ep.dist.version if ep.dist else "?"
            if self.pm.has_plugin(ep.name):
                continue
            try:
                plugin = ep.load()
            except Exception as exc:
                self.failures.append(
                    PluginLoadError(
                        f"plugin {ep.name!r} from {dist} {version} failed to load ({type(exc).__name__}: {exc}); "
                        f"it is skipped - reinstall or uninstall {dist}",
                        plugin=ep.name,
                    )
                )
                log.warning("dnnd plugin %s failed to load: %s", ep.name, exc)
                continue
            self._register(plugin, ep.name, (dist, version))

    def _collect(self, hook: Callable[..., Any], kind: str) -> dict[str, tuple[Any, str]]:
        found: dict[str, tuple[Any, str]] = {}
        hook_caller = getattr(self.pm.hook, hook.__name__)
        for impl in hook_caller.get_hookimpls():
            try:
                items = impl.function()
                if not isinstance(items, list | tuple):
                    raise TypeError(f"{hook.__name__}() returned {type(items).__name__}, not a list")
                mine: dict[str, tuple[Any, str]] = {}
                for item in items:
                    item_name = getattr(item, "name", None)
                    if not isinstance(item_name, str) or not item_name:
                        raise TypeError(f"{kind} {item!r} has no name")
                    if item_name in found or item_name in mine:
                        owner = (found.get(item_name) or mine[item_name])[1]
                        raise ValueError(f"{kind} name {item_name!r} is already taken by plugin {owner}")
                    mine[item_name] = (item, impl.plugin_name)
                found.update(mine)  # all of a plugin's items, or none of them
            except Exception as exc:
                self.failures.append(
                    PluginLoadError(
                        f"plugin {impl.plugin_name!r} failed in {hook.__name__}: {exc}; its {kind}s are skipped",
                        plugin=impl.plugin_name,
                    )
                )
        return found

    @property
    def _parser_map(self) -> dict[str, tuple[Parser | Lazy, str]]:
        with self._lock:
            if self._parsers is None:
                self._parsers = self._collect(hookspecs.dnnd_parsers, "parser")
            return self._parsers

    @property
    def _extractor_map(self) -> dict[str, tuple[Extractor | Lazy, str]]:
        with self._lock:
            if self._extractors is None:
                self._extractors = self._collect(hookspecs.dnnd_extractors, "extractor")
            return self._extractors

    def _build(self, mapping: dict[str, tuple[Any, str]], kind: str, names: Iterable[str]) -> None:
        """Build the :class:`~dnnd.plugin.Lazy` entries among ``names`` in place; one that fails is reported and
        dropped, as a plugin whose hook fails is."""
        with self._lock:
            for name in names:
                item, plugin = mapping.get(name, (None, ""))
                if not isinstance(item, Lazy):
                    continue
                try:
                    mapping[name] = (item.build(), plugin)
                except Exception as exc:
                    del mapping[name]
                    self.failures.append(
                        PluginLoadError(
                            f"plugin {plugin!r} failed to build its {kind} {name!r} ({item.target}): "
                            f"{type(exc).__name__}: {exc}; it is skipped",
                            plugin=plugin,
                        )
                    )

    def _built_parsers(self) -> dict[str, tuple[Parser, str]]:
        mapping = self._parser_map
        self._build(mapping, "parser", list(mapping))
        return cast(dict[str, tuple[Parser, str]], mapping)  # every Lazy entry is built or gone

    def _built_extractors(self) -> dict[str, tuple[Extractor, str]]:
        mapping = self._extractor_map
        self._build(mapping, "extractor", list(mapping))
        return cast(dict[str, tuple[Extractor, str]], mapping)  # every Lazy entry is built or gone

    # -------------------------------------------------------------- queries

    def parsers(self) -> list[Parser]:
        """Every loaded parser, sorted by name."""
        if self._sorted_parsers is None:
            self._sorted_parsers = [p for _, (p, _) in sorted(self._built_parsers().items())]
        return list(self._sorted_parsers)

    def extractors(self) -> list[Extractor]:
        """Every loaded extractor, in the order they run."""
        if self._sorted_extractors is None:
            items = self._built_extractors().values()
            ranked = sorted(items, key=lambda pair: (getattr(pair[0], "order", 500), pair[0].name))
            self._sorted_extractors = [e for e, _ in ranked]
        return list(self._sorted_extractors)

    def parser(self, name: str) -> Parser:
        """The parser called ``name``, or :class:`~dnnd.errors.UnknownParserError` listing the known ones."""
        mapping = self._parser_map
        if isinstance(mapping.get(name, (None,))[0], Lazy):
            self._build(mapping, "parser", [name])  # only this one: forcing a parser needs no other
        try:
            return cast(Parser, mapping[name][0])  # built above
        except KeyError:
            known = ", ".join(sorted(self._parser_map)) or "none"
            raise UnknownParserError(f"no parser is called {name!r}; loaded parsers: {known}") from None

    def describe(self) -> list[PluginInfo]:
        """Every parser and extractor with the plugin and distribution it comes from.

        Reads names only: a :class:`~dnnd.plugin.Lazy` descriptor is listed without being built.
        """
        out = []
        for kind, mapping in (("parser", self._parser_map), ("extractor", self._extractor_map)):
            for name, (_, plugin) in sorted(mapping.items()):
                dist, version = self._origin.get(plugin, ("?", "?"))
                out.append(PluginInfo(name, kind, plugin, dist, version))
        return out

    def sniff(self, doc: RawDocument) -> list[SniffReport]:
        """Ask every parser about ``doc``; the most confident first, ties by name."""
        reports = []
        for parser in self.parsers():
            try:
                answer = parser.sniff(doc)
                if not isinstance(answer, Sniff):
                    raise TypeError(f"sniff() returned {type(answer).__name__}, not Sniff")
            except Exception as exc:  # a sniffer must not raise; one that does is ignored
                answer = Sniff.no(f"sniff failed: {type(exc).__name__}: {exc}")
            reports.append(SniffReport(parser.name, answer.confidence, answer.reason))
        return sorted(reports, key=lambda r: (-r.confidence, r.parser))

    def candidates(self, doc: RawDocument, parser: str | None = None) -> list[Parser]:
        """The parsers to try on ``doc``, best first; just one when ``parser`` is given."""
        if parser is not None:
            return [self.parser(parser)]
        reports = self.sniff(doc)
        accepted = [self.parser(r.parser) for r in reports if r.confidence >= MIN_CONFIDENCE]
        if not accepted:
            said = "; ".join(f"{r.parser}: {r.reason or 'no'}" for r in reports) or "no parser is loaded"
            raise NoParserError(
                f"no parser accepts this input ({said}); pass --parser NAME to force one", source=doc.name
            )
        return accepted


_default: Registry | None = None
_default_lock = threading.Lock()


def default_registry() -> Registry:
    """The process-wide registry, with built-ins and every installed plugin."""
    global _default
    with _default_lock:
        if _default is None:
            _default = Registry()
        return _default


def reset_default_registry() -> None:
    """Forget the process-wide registry (after installing a plugin at run time)."""
    global _default
    with _default_lock:
        _default = None

"""The built-in extractor plugin: the entity extractors of :mod:`dnnd.extractors`, then the fact plugins.

Every module in this package that defines a module-level ``EXTRACTORS`` tuple of
extractor classes contributes one instance of each. The fact extractors are
plugin modules of their own (:data:`dnnd.facts.FACT_PLUGINS`), each with its
:func:`~dnnd.hookspecs.dnnd_extractors` hook, as a third-party plugin has.
"""

from __future__ import annotations

import importlib
import pkgutil

from dnnd.facts import FACT_PLUGINS
from dnnd.hookspecs import hookimpl
from dnnd.plugin import Extractor


def _modules() -> list[str]:
    import dnnd.extractors as package

    return sorted(m.name for m in pkgutil.iter_modules(package.__path__) if m.name != "builtin")


@hookimpl
def dnnd_extractors() -> list[Extractor]:
    """Every built-in extractor."""
    found: list[Extractor] = []
    for name in _modules():
        module = importlib.import_module(f"dnnd.extractors.{name}")
        found.extend(cls() for cls in getattr(module, "EXTRACTORS", ()))
    for plugin in FACT_PLUGINS:
        found.extend(importlib.import_module(plugin).dnnd_extractors())
    return found

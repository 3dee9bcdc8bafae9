"""The built-in entity extractor plugin: the extractors of :mod:`dnnd.extractors`.

Every module in this package that defines a module-level ``EXTRACTORS`` tuple of
extractor classes contributes one instance of each. The fact extractors are
plugin modules of their own (:data:`dnnd.facts.FACT_PLUGINS`), registered beside
this one by :data:`dnnd.registry.DEFAULT_PLUGINS`.
"""

from __future__ import annotations

import importlib
import pkgutil

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
    return found

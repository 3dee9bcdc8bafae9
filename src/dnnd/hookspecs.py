"""The hooks a dnnd plugin can implement.

A plugin is a module (or any object) with functions decorated by
:data:`dnnd.hookimpl` whose names are the hook names below. It registers
through an entry point in the group ``dnnd``::

    [project.entry-points.dnnd]
    myoutlet = "dnnd_myoutlet.plugin"

Both hooks are called once per :class:`~dnnd.registry.Registry`, when the
registry first needs parsers or extractors; what they return is kept for the
registry's lifetime. A plugin that raises, or returns something that is not a
list, is reported (``dnnd plugins`` shows it) and skipped; the others go on.
Either hook may return :class:`~dnnd.plugin.Lazy` descriptors in place of
objects whose modules are costly to import: they are built on first use.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import pluggy

if TYPE_CHECKING:
    from dnnd.plugin import Extractor, Lazy, Parser

hookspec = pluggy.HookspecMarker("dnnd")
hookimpl = pluggy.HookimplMarker("dnnd")


@hookspec
def dnnd_parsers() -> list[Parser | Lazy]:  # type: ignore[empty-body]
    """Return the parsers this plugin provides, as a list of objects (or :class:`~dnnd.plugin.Lazy` descriptors).

    Each parser follows the :class:`dnnd.plugin.Parser` protocol: a unique
    ``name``, a ``sniff(doc)`` method that returns a :class:`dnnd.Sniff`
    (confidence 0..1 and a reason) without raising, and a ``parse(doc)``
    method that returns an :class:`dnnd.Article` or raises a
    :class:`dnnd.errors.DnndError`. For every page the registry sniffs with
    all parsers and parses with the most confident one; ties go to the parser
    whose name sorts first, so the choice is deterministic.
    """


@hookspec
def dnnd_extractors() -> list[Extractor | Lazy]:  # type: ignore[empty-body]
    """Return the extractors this plugin provides, as a list of objects (or :class:`~dnnd.plugin.Lazy`
    descriptors).

    Each extractor follows the :class:`dnnd.plugin.Extractor` protocol: a
    unique ``name``, an ``order`` (lower runs first; built-ins use 100-900),
    and an ``extract(context)`` method that reads
    :attr:`~dnnd.plugin.ExtractionContext.article` (and the mentions earlier
    extractors found, in :attr:`~dnnd.plugin.ExtractionContext.mentions`) and
    returns an :class:`dnnd.plugin.Extraction`: mentions with spans into
    ``article.text``, the entities they resolve to, and facts (events with
    their roles, checked against :data:`dnnd.facts.FACT_KINDS`). A fact
    extractor usually subclasses :class:`dnnd.facts.extractor.FactExtractor`, as the
    built-in kinds (:data:`dnnd.facts.FACT_PLUGINS`) do; their modules implement this hook, and the
    built-in extractor plugin registers them lazily
    (:data:`dnnd.extractors.builtin.BUILTIN_EXTRACTORS`).
    """

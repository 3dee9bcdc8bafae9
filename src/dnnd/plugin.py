"""What a parser or an extractor looks like to dnnd.

Plugin authors implement :class:`Parser` or :class:`Extractor` (the protocols
are structural: any object with these attributes will do) and return instances
from the hooks in :mod:`dnnd.hookspecs`, or :class:`Lazy` descriptors of them
when their modules are costly to import.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from typing import Any, Protocol, runtime_checkable

import attrs

from dnnd.model import AnyEntity, Article, Fact, Mention, RawDocument, Sniff
from dnnd.text.words import WordIndex

__all__ = ["Extraction", "ExtractionContext", "Extractor", "Lazy", "Parser"]


@runtime_checkable
class Parser(Protocol):
    """Turns one source format into :class:`~dnnd.Article` records."""

    #: A unique, short, lower-case name (``baolaocai``, ``html``); ``--parser`` takes it.
    name: str

    def sniff(self, doc: RawDocument) -> Sniff:
        """Say how sure this parser is that ``doc`` is its format. Must not raise."""
        ...

    def parse(self, doc: RawDocument) -> Article:
        """Parse ``doc``; raise a :class:`~dnnd.errors.DnndError` if it cannot."""
        ...


@attrs.frozen
class ExtractionContext:
    """What an extractor sees: the article and what earlier extractors found.

    Every entity here already has its ``id``, so a fact can point at it.
    ``shared`` lives as long as one :func:`dnnd.extract` run over one article:
    extractors keep there what they build from the same findings and others
    reuse (the fact extractors' :meth:`~dnnd.facts.reading.Reading.of`, the
    :attr:`words` index); it takes no part in equality.
    """

    article: Article
    mentions: Sequence[Mention] = ()
    entities: Sequence[AnyEntity] = ()
    facts: Sequence[Fact] = ()
    shared: dict[object, Any] = attrs.field(factory=dict, eq=False, repr=False)

    @property
    def text(self) -> str:
        """The article's text, which every span indexes into."""
        return self.article.text

    @property
    def words(self) -> WordIndex:
        """The article's :class:`~dnnd.text.words.WordIndex`: built on first use, then the same object for every
        extractor of this :func:`dnnd.extract` run (kept in ``shared``, so it goes with the run)."""
        index = self.shared.get(WordIndex)
        if index is None or index.text is not self.text:
            index = self.shared[WordIndex] = WordIndex(self.text)
        return index


def _mentions(values: Iterable[Mention]) -> tuple[Mention, ...]:
    return tuple(values)


def _entities(values: Iterable[AnyEntity]) -> tuple[AnyEntity, ...]:
    return tuple(values)


def _facts(values: Iterable[Fact]) -> tuple[Fact, ...]:
    return tuple(values)


@attrs.frozen
class Extraction:
    """What an extractor returns: mentions (spans into the text), entities and facts.

    A fact's roles point at entities by ``id``: its own or those in the
    :class:`ExtractionContext`.
    """

    mentions: tuple[Mention, ...] = attrs.field(default=(), converter=_mentions)
    entities: tuple[AnyEntity, ...] = attrs.field(default=(), converter=_entities)
    facts: tuple[Fact, ...] = attrs.field(default=(), converter=_facts)


@runtime_checkable
class Extractor(Protocol):
    """Finds one or more kinds of mention, entity or fact in an article."""

    #: A unique, short, lower-case name (``money``, ``people``).
    name: str
    #: Lower runs first; later extractors see earlier ones' mentions.
    order: int

    def extract(self, context: ExtractionContext) -> Extraction:
        """Return the mentions, entities and facts found in ``context.article``."""
        ...


@attrs.frozen
class Lazy:
    """A parser or an extractor named by its ``name`` and where its class lives, built on first use.

    A hook may return one in place of the object it describes:
    ``Lazy("myoutlet", "dnnd_myoutlet.parser:MyOutletParser")``. Listing plugins
    (``dnnd plugins``) then reads only the name; the module is imported and the
    class called with no arguments the first time the registry needs parsers
    (to read a page) or extractors. The built-in plugins describe themselves
    this way, so a process that never parses or extracts never compiles their
    patterns.
    """

    #: The name of the object :meth:`build` makes: the same ``name`` it has.
    name: str
    #: ``"package.module:Class"``, as an entry point names an object.
    target: str

    def build(self) -> Any:
        """Import the module, call the class, and check the object bears :attr:`name`."""
        module, _, attribute = self.target.partition(":")
        if not module or not attribute:
            raise ValueError(f"target {self.target!r} is not 'package.module:Class'")
        built = getattr(importlib.import_module(module), attribute)()
        if getattr(built, "name", None) != self.name:
            raise ValueError(f"{self.target} built an object named {getattr(built, 'name', None)!r}, not {self.name!r}")
        return built

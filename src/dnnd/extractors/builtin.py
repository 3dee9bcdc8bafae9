"""The built-in extractor plugin: the entity extractors of :mod:`dnnd.extractors` and the fact kinds.

Its hook returns :class:`~dnnd.plugin.Lazy` descriptors, so that listing
plugins, sniffing or parsing a page never imports the extractor modules, which
compile hundreds of patterns: each is imported and built the first time the
registry needs extractors (:func:`dnnd.extract`).

:data:`BUILTIN_EXTRACTORS` is the index of what the modules themselves
declare: the ``EXTRACTORS`` tuple of each module of :mod:`dnnd.extractors`, and
the ``dnnd_extractors`` hook of each fact-kind module
(:data:`dnnd.facts.FACT_PLUGINS`); the tests check the two agree. Where an
extractor runs is its class's ``order``, not its place here.
"""

from __future__ import annotations

from dnnd.hookspecs import hookimpl
from dnnd.plugin import Lazy

#: Every built-in extractor, by name and class: the entity extractors, then one per fact kind.
BUILTIN_EXTRACTORS: tuple[Lazy, ...] = (
    Lazy("dates", "dnnd.extractors.dates:DateExtractor"),
    Lazy("terms", "dnnd.extractors.dates:TermExtractor"),
    Lazy("documents", "dnnd.extractors.documents:DocumentExtractor"),
    Lazy("money", "dnnd.extractors.money:MoneyExtractor"),
    Lazy("quantity", "dnnd.extractors.money:QuantityExtractor"),
    Lazy("organizations", "dnnd.extractors.organizations:OrganizationExtractor"),
    Lazy("people", "dnnd.extractors.people:PeopleExtractor"),
    Lazy("places", "dnnd.extractors.places:PlaceExtractor"),
    Lazy("aid", "dnnd.facts.aid:AidExtractor"),
    Lazy("elections", "dnnd.facts.elections:ElectionExtractor"),
    Lazy("awards", "dnnd.facts.awards:AwardExtractor"),
    Lazy("twinning", "dnnd.facts.twinning:TwinningExtractor"),
    Lazy("meetings", "dnnd.facts.meetings:MeetingExtractor"),
)


@hookimpl
def dnnd_extractors() -> list[Lazy]:
    """Every built-in extractor, as a descriptor built on first use."""
    return list(BUILTIN_EXTRACTORS)

"""Checks plugins' tests make: registered, claims its pages, leaves others alone; sound facts.

Call them from a plugin's own tests; each raises ``AssertionError`` with a
message that says what the registry or the parser answered::

    from dnnd.testing.plugins import (
        assert_claims, assert_leaves_alone, assert_registered, assert_sniff_is_safe, sniff_inputs,
    )

    def test_registered():
        assert_registered("myoutlet", MyOutletParser)

    def test_claims_its_page():
        assert_claims(SAMPLE, "myoutlet")

    @given(sniff_inputs)
    def test_sniff_never_raises(content):
        assert_sniff_is_safe(MyOutletParser(), content)

An extractor plugin reads what the extractors before it found
(:func:`context_before`) and checks its facts with :func:`assert_facts_sound`.
"""

from __future__ import annotations

from collections.abc import Iterable
from os import PathLike

from hypothesis import strategies as st

from dnnd.api import document, extract
from dnnd.model import Article, Fact, RawDocument
from dnnd.plugin import ExtractionContext, Extractor, Parser
from dnnd.registry import Registry, SniffReport, default_registry

__all__ = [
    "assert_claims",
    "assert_facts_sound",
    "assert_leaves_alone",
    "assert_registered",
    "assert_sniff_is_safe",
    "context_before",
    "extract_with",
    "sniff_inputs",
]

#: Arbitrary page content, text or bytes, for "sniff never raises" properties.
sniff_inputs: st.SearchStrategy[str | bytes] = st.one_of(st.text(max_size=300), st.binary(max_size=300))


def assert_registered(name: str, cls: type) -> Parser:
    """The registry, loading installed entry points, has a parser ``name`` of class ``cls``."""
    parser = Registry().parser(name)
    assert isinstance(parser, cls), f"parser {name!r} is a {type(parser).__name__}, not a {cls.__name__}"
    return parser


def assert_claims(page: str | PathLike[str], name: str, *, margin: float = 0.5) -> list[SniffReport]:
    """Parser ``name`` sniffs ``page`` best, ahead of the runner-up by at least ``margin``.

    ``page`` is a file (a :class:`pathlib.Path`) or the page's text (a ``str``).
    """
    reports = Registry().sniff(document(page))
    best, runner_up = reports[0], reports[1] if len(reports) > 1 else None
    assert best.parser == name, f"{page}: claimed by {best.parser} ({best.reason}), not {name}"
    gap = best.confidence - (runner_up.confidence if runner_up else 0.0)
    assert gap >= margin, f"{page}: {name} leads {runner_up} by only {gap:.2f}"
    return reports


def assert_leaves_alone(parser: Parser, page: str | PathLike[str], *, below: float = 0.1) -> None:
    """``parser`` sniffs ``page`` (another outlet's) with a confidence under ``below``.

    ``page`` is a file (a :class:`pathlib.Path`) or the page's text (a ``str``).
    """
    answer = parser.sniff(document(page))
    assert answer.confidence < below, f"{page}: {parser.name} claims it at {answer.confidence} ({answer.reason})"


def assert_sniff_is_safe(parser: Parser, content: str | bytes) -> None:
    """``parser.sniff`` answers any content with a confidence in [0, 1], without raising."""
    confidence = parser.sniff(RawDocument(content)).confidence
    assert 0 <= confidence <= 1, f"{parser.name} sniffed a confidence of {confidence}"


def _before(registry: Registry | None, order: int) -> list[Extractor]:
    """The registered extractors running before ``order``."""
    return [e for e in (registry or default_registry()).extractors() if e.order < order]


def context_before(article: Article, order: int, registry: Registry | None = None) -> ExtractionContext:
    """What an extractor of this ``order`` sees of ``article``: every extractor before it has run.

    Entities carry their ids, as :func:`dnnd.extract` gives them.
    """
    done = extract(article, extractors=_before(registry, order))
    return ExtractionContext(done, done.mentions, done.entities, done.facts)


def assert_facts_sound(facts: Iterable[Fact], context: ExtractionContext) -> None:
    """Every fact cites a stretch of the text and each role holds a known entity or a value."""
    ids = {e.id for e in context.entities}
    size = len(context.text)
    for fact in facts:
        assert fact.spans, f"{fact.kind} fact cites nothing: {fact}"
        for span in fact.spans:
            assert 0 <= span.start < span.end <= size, f"{fact.kind} fact cites {span} outside the text ({size})"
        for role in fact.roles:
            if role.entity is not None:
                assert role.entity in ids, f"{fact.kind} fact role {role.role!r} holds unknown {role.entity!r}"
            else:
                assert role.value, f"{fact.kind} fact role {role.role!r} holds nothing"


def extract_with(
    article: Article, extractor: Extractor, *, below: int | None = None, registry: Registry | None = None
) -> Article:
    """``article`` as :func:`dnnd.extract` gives it with the extractors ordered before ``below``, then ``extractor``.

    ``below`` defaults to the extractor's own order; pass
    :data:`dnnd.facts.FACT_ORDER` to test a fact extractor on the entities
    alone, without the facts of the fact extractors before it.
    """
    order = extractor.order if below is None else below
    return extract(article, extractors=[*_before(registry, order), extractor])

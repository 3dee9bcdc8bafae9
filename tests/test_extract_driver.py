"""The extraction driver: facts stamped with their article's id, every field kept; contexts shown as found."""

from __future__ import annotations

import attrs

import dnnd
from dnnd.api import _stamped
from dnnd.model import Article, Fact, Paragraph, Role, Span
from dnnd.plugin import Extraction, ExtractionContext


def test_a_stamped_fact_is_the_evolved_one_and_keeps_every_field() -> None:
    # _stamped copies the fields by name: a field added to Fact must be added there (this fails until it is)
    assert [a.name for a in attrs.fields(Fact)] == ["kind", "roles", "code", "spans", "article"]
    fact = Fact("aid", roles=(Role("status", value="donated"),), code="070", spans=(Span(0, 4),))
    assert _stamped(fact, "a1") == attrs.evolve(fact, article="a1")
    assert _stamped(fact, "a1").article == "a1"
    stamped = _stamped(fact, "a1")
    assert _stamped(stamped, "a1") is stamped


class _Recorder:
    """An extractor that records what it was shown and finds one fact."""

    def __init__(self, name: str, order: int, seen: list[ExtractionContext], fact: bool) -> None:
        self.name, self.order, self.seen, self.fact = name, order, seen, fact

    def extract(self, context: ExtractionContext) -> Extraction:
        self.seen.append(context)
        return Extraction(facts=[Fact("meeting", spans=(Span(0, 3),))] if self.fact else [])


def test_each_extractor_sees_what_the_ones_before_it_found() -> None:
    seen: list[ExtractionContext] = []
    chosen = [_Recorder("a", 1, seen, False), _Recorder("b", 2, seen, True), _Recorder("c", 3, seen, False)]
    article = dnnd.extract(Article(title="Thử", blocks=[Paragraph("Hội gặp mặt.")]), extractors=chosen)
    assert [len(c.facts) for c in seen] == [0, 0, 1]
    assert [f.article for f in article.facts] == [article.id]

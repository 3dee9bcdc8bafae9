"""The JSON shape: every record round-trips; the article shape has its documented keys."""

from __future__ import annotations

import json

import attrs
from hypothesis import given
from hypothesis import strategies as st

from dnnd import Article, from_dict, from_json, to_dict, to_json, to_jsonl
from dnnd.model import ENTITY_TYPES
from dnnd.testing.strategies import articles, entities, facts, mentions_for


@given(articles())
def test_articles_round_trip(article: Article) -> None:
    assert from_json(to_json(article)) == article


@given(entities())
def test_entities_round_trip(entity: object) -> None:
    data = json.loads(to_json(entity))
    assert data["kind"] in ENTITY_TYPES
    assert from_dict(data, type(entity)) == entity


@given(st.data(), articles(), st.lists(entities(), max_size=4), st.lists(facts(), max_size=3))
def test_extracted_articles_round_trip(data: st.DataObject, article: Article, ents: list, fs: list) -> None:
    full = attrs.evolve(article, mentions=data.draw(mentions_for(article.text)), entities=ents, facts=fs)
    assert from_json(to_json(full)) == full


def test_article_json_has_the_documented_keys() -> None:
    article = Article(title="T", blocks=[], url="https://x.vn/a.html", source="a.txt")
    data = to_dict(article)
    for key in (
        "id",
        "source",
        "parser",
        "title",
        "lead",
        "published",
        "url",
        "outlet",
        "site",
        "authors",
        "blocks",
        "text",
    ):
        assert key in data
    assert "entities" not in data
    assert "entities" in to_dict(article, extraction=True)


@given(st.lists(articles(), max_size=3))
def test_jsonl_is_one_object_per_line(arts: list[Article]) -> None:
    lines = list(to_jsonl(arts))
    assert len(lines) == len(arts)
    assert [from_json(line) for line in lines] == arts


def test_unknown_keys_are_ignored_within_a_schema_version() -> None:
    data = to_dict(Article(title="T", blocks=[]))
    data["added_later"] = {"x": 1}
    assert from_dict(data, Article) == Article(title="T", blocks=[])


def test_typed_attributes_round_trip_and_old_json_still_reads() -> None:
    from datetime import date
    from decimal import Decimal

    from dnnd.model import Mention, Paragraph

    text = "Ngày 10/1/2026 trao 1,5 tỷ đồng."
    m = Mention("money", 19, 30, text[19:30], attributes={"value": Decimal("1500000000"), "day": date(2026, 1, 10)})
    article = Article(title="T", blocks=[Paragraph(text)], mentions=[m])
    data = json.loads(to_json(article))
    assert data["mentions"][0]["attributes"] == {"day": "2026-01-10", "value": "1500000000"}  # as before
    assert data["mentions"][0]["types"] == {"day": "date", "value": "decimal"}
    assert from_json(to_json(article)) == article
    del data["mentions"][0]["types"]  # JSON written before types existed: the values stay strings
    assert from_dict(data, Article).mentions[0].attrs["value"] == "1500000000"


def test_an_attribute_of_another_type_is_refused() -> None:
    import pytest

    from dnnd.model import Mention

    with pytest.raises(TypeError, match="mention attribute 'parts' is a list"):
        Mention("money", 0, 1, "x", attributes={"parts": [1, 2]})

"""The records: validation at the boundary, NFC, spans, ids."""

from __future__ import annotations

import unicodedata
from datetime import date, datetime
from decimal import Decimal
from zoneinfo import ZoneInfo

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd import Article, Figure, Mention, Money, Paragraph, Person, Span
from dnnd.testing.strategies import articles, mentions_for


def test_text_fields_are_nfc() -> None:
    decomposed = unicodedata.normalize("NFD", "Hội Hữu nghị Việt - Trung")
    article = Article(title=decomposed, blocks=[Paragraph(decomposed)])
    assert article.title == unicodedata.normalize("NFC", decomposed)
    assert article.blocks[0].text == article.title


def test_published_must_be_aware() -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        Article(title="x", published=datetime(2026, 1, 10, 10, 34))
    aware = datetime(2026, 1, 10, 10, 34, tzinfo=ZoneInfo("Asia/Ho_Chi_Minh"))
    assert Article(title="x", published=aware).published == aware
    assert Article(title="x", published=date(2026, 1, 10)).published == date(2026, 1, 10)


def test_mention_must_match_its_length() -> None:
    with pytest.raises(ValueError):
        Mention(kind="place", start=0, end=3, text="Lào Cai")
    with pytest.raises(ValueError):
        Mention(kind="place", start=5, end=2, text="")
    with pytest.raises(ValueError):
        Span(4, 1)


def test_a_mention_or_span_cannot_start_before_the_text() -> None:
    with pytest.raises(ValueError, match="'start' must be >= 0: -1"):
        Mention(kind="place", start=-1, end=1, text="Là")
    with pytest.raises(ValueError, match="'start' must be >= 0: -2"):
        Span(-2, -3)  # the start is checked first, as when it had a validator of its own
    assert Span(0, 0) == Span(0, 0) and Mention("place", 0, 0, "").start == 0


def test_money_validates_currency_and_keeps_exact_value() -> None:
    money = Money(name="hơn 1,5 tỷ đồng", value="1500000000", currency="VND", qualifier="more_than")
    assert money.value == Decimal("1500000000")
    with pytest.raises(ValueError):
        Money(name="x", value=1, currency="dong")


def test_text_joins_blocks_with_blank_lines_and_includes_captions() -> None:
    article = Article(title="T", blocks=[Paragraph("Một."), Figure("a.jpg", "Ảnh hai."), Paragraph("Ba.")])
    assert article.text == "Một.\n\nẢnh hai.\n\nBa."
    assert article.body == ("Một.", "Ba.")
    assert [offset for offset, _ in article.block_offsets()] == [0, 6, 16]


def test_id_is_stable_and_derived_from_url_or_content() -> None:
    a = Article(title="T", blocks=[Paragraph("x")], url="https://baolaocai.vn/a-post1.html")
    b = Article(title="Other", blocks=[], url="https://baolaocai.vn/a-post1.html")
    c = Article(title="T", blocks=[Paragraph("x")])
    assert a.id == b.id != c.id
    assert c.id == Article(title="T", blocks=[Paragraph("x")]).id


def test_records_are_hashable_values() -> None:
    p1 = Person(name="Vũ Văn Cài", positions=["Chủ tịch"])
    p2 = Person(name="Vũ Văn Cài", positions=("Chủ tịch",))
    assert p1 == p2 and hash(p1) == hash(p2)
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        p1.name = "x"  # type: ignore[misc]


@given(st.data(), articles())
def test_generated_mentions_cut_back_to_their_text(data: st.DataObject, article: Article) -> None:
    for mention in data.draw(mentions_for(article.text)):
        article.check_mention(mention)
        assert article.text[mention.start : mention.end] == mention.text

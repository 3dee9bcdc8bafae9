"""Who gives and who receives an aid: the parties named by the grammar of the clause."""

from __future__ import annotations

import dnnd
from dnnd.facts import role_values
from dnnd.model import Article, Fact


def _aid(*paragraphs: str) -> tuple[Article, list[Fact]]:
    article = dnnd.extract(dnnd.Article(title="Tin đối ngoại", blocks=[dnnd.Paragraph(p) for p in paragraphs]))
    return article, [f for f in article.facts if f.kind == "aid"]


def _roles(article: Article, fact: Fact) -> dict[str, list[str]]:
    return {r.role: role_values(fact, article.entities, r.role) for r in fact.roles}


def test_the_channel_after_thong_qua_receives_an_approved_aid_and_does_not_give_it() -> None:
    article, facts = _aid(
        "UBND tỉnh Quảng Trị phê duyệt tiếp nhận khoản viện trợ trị giá 500 triệu đồng do Tổ chức Plan International "
        "tài trợ thông qua Hội Chữ thập đỏ tỉnh Quảng Trị nhằm giúp đỡ học sinh nghèo."
    )
    (fact,) = facts
    roles = _roles(article, fact)
    assert roles["status"] == ["received"]
    assert roles["donor"] == ["Tổ chức Plan International"]
    assert roles["recipient"] == ["Hội Chữ thập đỏ tỉnh Quảng Trị"]


def test_without_a_channel_the_recipient_is_read_after_cho() -> None:
    article, facts = _aid(
        "UBND tỉnh Quảng Trị phê duyệt tiếp nhận khoản viện trợ trị giá 500 triệu đồng do Tổ chức Plan International "
        "tài trợ cho Hội Chữ thập đỏ tỉnh Quảng Trị."
    )
    (fact,) = facts
    roles = _roles(article, fact)
    assert roles["donor"] == ["Tổ chức Plan International"]
    assert roles["recipient"] == ["Hội Chữ thập đỏ tỉnh Quảng Trị"]

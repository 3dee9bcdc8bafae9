"""Realis, for every kind: an event still to come, planned, denied or conditional is no fact.

Metamorphic properties over real report sentences, one per kind: inserting a
mood word (``sẽ``, ``dự kiến``, ``kế hoạch``, ``chưa``, ``không``, ``nếu``)
right before the event's word removes the fact (aid too: a gift still to come
is no fact; a commitment is only what the text calls one, ``cam kết``);
changing a person's name changes only the role that holds it.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd.facts import role_values
from dnnd.model import Article, Fact, Paragraph
from dnnd.testing.strategies import GIVEN, MIDDLE, SURNAMES

# Report sentences: {verb} marks where the event's word starts, {name} a person.
SENTENCES = {
    "meeting": "Sáng 10/1, Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai {verb}tổ chức hội nghị tổng kết công tác "
    "đối ngoại nhân dân năm 2025. Dự hội nghị có ông {name}, Chủ tịch UBND tỉnh.",
    "aid": "Ông {name} và Hội Chữ thập đỏ tỉnh Lào Cai {verb}trao tặng 50 triệu đồng cho học sinh nghèo xã Y Tý.",
    "award": "Ông {name} {verb}được tặng Bằng khen của Chủ tịch UBND tỉnh Lào Cai.",
    "election": "Đại hội {verb}bầu ông {name} làm Chủ tịch Hội Hữu nghị Việt - Lào tỉnh Lào Cai.",
    "twinning": "Ông {name} cho biết xã Y Tý và xã Bát Xát {verb}ký kết thỏa thuận kết nghĩa.",
}
NOT_DONE = ("sẽ", "dự kiến", "có kế hoạch", "chưa", "không", "nếu", "sắp", "kêu gọi", "hy vọng", "sẵn sàng", "hằng năm")

person_names = st.builds(
    lambda s, m, g: f"{s} {m} {g}", st.sampled_from(SURNAMES), st.sampled_from(MIDDLE), st.sampled_from(GIVEN)
)


def facts(kind: str, name: str, mood: str = "") -> tuple[Article, list[Fact]]:
    text = SENTENCES[kind].format(name=name, verb=f"{mood} " if mood else "")
    article = dnnd.extract(Article(title="Tin tỉnh Lào Cai", blocks=(Paragraph(text),)))
    return article, [f for f in article.facts if f.kind == kind]


def roles(article: Article, fact: Fact) -> dict[str, list[str]]:
    return {r.role: role_values(fact, article.entities, r.role) for r in fact.roles}


@pytest.mark.parametrize("kind", sorted(SENTENCES))
@settings(max_examples=15, deadline=None)
@given(name=person_names, mood=st.sampled_from(NOT_DONE))
def test_a_mood_word_before_the_event_removes_the_fact(kind: str, name: str, mood: str) -> None:
    _, done = facts(kind, name)
    assert done, f"the {kind} sentence reports no fact: the property would test nothing"
    _, not_done = facts(kind, name, mood)
    assert not_done == [], f"{mood!r} before the {kind} still gives {not_done}"


@pytest.mark.parametrize("kind", sorted(SENTENCES))
@settings(max_examples=15, deadline=None)
@given(first=person_names, second=person_names)
def test_changing_a_name_changes_only_its_role(kind: str, first: str, second: str) -> None:
    a, one = facts(kind, first)
    b, other = facts(kind, second)
    assert len(one) == len(other) == 1
    before, after = roles(a, one[0]), roles(b, other[0])
    assert kind == "twinning" or any(first in values for values in before.values()), f"{first} holds no role"
    assert before.keys() == after.keys()
    for role, values in before.items():
        assert after[role] == [second if v == first else v for v in values], role


# An aid noun opens the sentence; the verb that gives comes after it, with its own mood.
AID_AFTER_NOUN = "Trong gói viện trợ mới, Hội Chữ thập đỏ tỉnh Lào Cai {verb}trao cho xã Y Tý {what}."
GIFTS = ("37 xe cứu thương", "500 phần quà", "200 triệu đồng")


@settings(max_examples=20, deadline=None)
@given(mood=st.sampled_from(NOT_DONE), what=st.sampled_from(GIFTS))
def test_a_mood_word_before_the_verb_after_an_aid_noun_removes_the_aid(mood: str, what: str) -> None:
    def aid(verb: str) -> list[Fact]:
        text = AID_AFTER_NOUN.format(verb=verb, what=what)
        article = dnnd.extract(Article(title="Tin tỉnh Lào Cai", blocks=(Paragraph(text),)))
        return [f for f in article.facts if f.kind == "aid"]

    assert aid(""), "the sentence reports no aid: the property would test nothing"
    assert aid(f"{mood} ") == [], f"{mood!r} after 'gói viện trợ' still gives aid"


# The shapes read since: a reception with its hosts listed after "có", a festival held, a contest's prizes, a
# list of people elected going on after a semicolon. {verb} marks the event's word, {name} a person.
SHAPES = {
    "reception-hosts-listed": (
        "meeting",
        "Sáng 10/1, Đoàn đại biểu tỉnh Vân Nam (Trung Quốc) {verb}đến thăm tỉnh Lào Cai. Tiếp và làm việc với Đoàn "
        "có ông {name}, Chủ tịch UBND tỉnh.",
    ),
    "festival": (
        "meeting",
        "Tối 14/4, Trường Cao đẳng Lào Cai {verb}tổ chức Tết Bunpimay cho lưu học sinh Lào. Dự buổi lễ có ông {name}.",
    ),
    "contest-prizes": (
        "award",
        "Ông {name}, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai {verb}trao giải cuộc thi viết “Tìm hiểu "
        "về Liên hiệp”.",
    ),
    "list-after-semicolon": (
        "election",
        "Đại hội {verb}bầu ông Nguyễn Văn Hải làm Chủ tịch Hội Hữu nghị Việt - Lào tỉnh Lào Cai; ông {name} làm Phó "
        "Chủ tịch.",
    ),
}


def shape_facts(shape: str, name: str, mood: str = "") -> tuple[Article, list[Fact]]:
    kind, sentence = SHAPES[shape]
    text = sentence.format(name=name, verb=f"{mood} " if mood else "")
    article = dnnd.extract(Article(title="Tin tỉnh Lào Cai", blocks=(Paragraph(text),)))
    return article, [f for f in article.facts if f.kind == kind]


@pytest.mark.parametrize("shape", sorted(SHAPES))
@settings(max_examples=10, deadline=None)
@given(name=person_names, mood=st.sampled_from(NOT_DONE))
def test_a_mood_word_before_the_event_removes_the_fact_in_every_shape(shape: str, name: str, mood: str) -> None:
    _, done = shape_facts(shape, name)
    assert done, f"the {shape} sentence reports no fact: the property would test nothing"
    _, not_done = shape_facts(shape, name, mood)
    assert not_done == [], f"{mood!r} before the {shape} event still gives {not_done}"


@pytest.mark.parametrize("shape", sorted(SHAPES))
@settings(max_examples=10, deadline=None)
@given(first=person_names, second=person_names)
def test_changing_a_name_changes_only_its_role_in_every_shape(shape: str, first: str, second: str) -> None:
    a, one = shape_facts(shape, first)
    b, other = shape_facts(shape, second)
    assert len(one) == len(other)
    named = [(roles(a, f), roles(b, g)) for f, g in zip(one, other, strict=True)]
    assert any(first in values for before, _ in named for values in before.values()), f"{first} holds no role"
    for before, after in named:
        assert before.keys() == after.keys()
        for role, values in before.items():
            assert after[role] == [second if v == first else v for v in values], role

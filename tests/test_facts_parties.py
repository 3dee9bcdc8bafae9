"""Who gives and who receives an aid: the parties named by the grammar of the clause."""

from __future__ import annotations

from test_facts_aid import _aid, _roles

import dnnd
from dnnd.model import Article, Fact


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


def test_the_body_a_group_given_to_is_in_the_care_of_receives_for_it() -> None:
    article, facts = _aid(
        "Hiệp hội Thương gia Đài Loan tỉnh Bình Dương vừa tặng 950 phần quà, trị giá 500 triệu đồng cho trẻ em "
        "mồ côi, khuyết tật do Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Dương bảo trợ."
    )
    (fact,) = facts
    roles = _roles(article, fact)
    assert roles["donor"] == ["Hiệp hội Thương gia Đài Loan tỉnh Bình Dương"]
    assert roles["recipient"] == ["Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh Bình Dương"]


def test_a_body_after_do_with_no_care_verb_leaves_the_group_the_recipient() -> None:
    article, facts = _aid(
        "Hội Chữ thập đỏ tỉnh Bình Dương vừa tặng 950 phần quà, trị giá 500 triệu đồng cho trẻ em mồ côi "
        "do Hội Bảo trợ trẻ em tỉnh Bình Dương giới thiệu."
    )
    (fact,) = facts
    roles = _roles(article, fact)
    assert roles["donor"] == ["Hội Chữ thập đỏ tỉnh Bình Dương"]
    assert roles["recipient"] == ["trẻ em mồ côi"]


def test_who_stands_for_a_body_or_a_place_receives_for_it() -> None:
    article, facts = _aid(
        "Hội Chữ thập đỏ tỉnh Quảng Trị trao 200 suất quà cho đại diện Hội Khuyến học tỉnh Quảng Trị."
    )
    (fact,) = facts
    assert _roles(article, fact)["recipient"] == ["Hội Khuyến học tỉnh Quảng Trị"]
    article, facts = _aid(
        "Trung tâm Văn hóa Hàn Quốc trao tặng 1,3 tỷ đồng vốn viện trợ không hoàn lại cho lãnh đạo huyện Bác Ái."
    )
    (fact,) = facts
    assert _roles(article, fact)["recipient"] == ["Bác Ái"]


def test_leaders_of_unnamed_bodies_stay_the_recipient_phrase() -> None:
    article, facts = _aid(
        "Hội Chữ thập đỏ tỉnh Quảng Trị trao 200 suất quà cho lãnh đạo các trường học trên địa bàn tỉnh Quảng Trị."
    )
    (fact,) = facts
    assert _roles(article, fact)["recipient"] == ["lãnh đạo các trường học trên địa bàn tỉnh Quảng Trị"]


def _meetings(*paragraphs: str) -> tuple[Article, list[Fact]]:
    article = dnnd.extract(dnnd.Article(title="Tin đối ngoại", blocks=[dnnd.Paragraph(p) for p in paragraphs]))
    return article, [f for f in article.facts if f.kind == "meeting"]


_CONGRESS = "Ngày 4/10, Đại hội đại biểu lần thứ III, nhiệm kỳ 2023-2028 diễn ra tại Phú Thọ."


def test_a_congress_with_no_holder_is_the_body_whose_chair_it_elects() -> None:
    article, facts = _meetings(
        _CONGRESS,
        "Ông Dư Văn Quảng, Giám đốc Sở Ngoại vụ tỉnh Phú Thọ tái đắc cử Chủ tịch Liên hiệp các tổ chức hữu nghị "
        "tỉnh Phú Thọ nhiệm kỳ 2023 – 2028.",
    )
    (fact,) = facts
    assert _roles(article, fact)["organiser"] == ["Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ"]


def test_no_holder_from_a_post_with_no_body_or_from_two_bodies_elected() -> None:
    article, facts = _meetings(_CONGRESS, "Ông Dư Văn Quảng, Giám đốc Sở Ngoại vụ tỉnh Phú Thọ tái đắc cử Chủ tịch.")
    (fact,) = facts
    assert "organiser" not in _roles(article, fact)
    article, facts = _meetings(
        _CONGRESS,
        "Ông Dư Văn Quảng tái đắc cử Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Phú Thọ; "
        "bà Nguyễn Thị Lan được bầu làm Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Phú Thọ.",
    )
    (fact,) = facts
    assert "organiser" not in _roles(article, fact)


def test_who_pays_the_counterpart_share_receives_the_aid() -> None:
    article, facts = _aid(
        "Dự án có tổng mức đầu tư 739 triệu đồng, trong đó Tổ chức LDSC tài trợ 664 triệu đồng, "
        "trường THCS Đông Lỗ đối ứng 75 triệu đồng."
    )
    (fact,) = facts
    roles = _roles(article, fact)
    assert roles["donor"] == ["Tổ chức LDSC"]
    assert roles["recipient"] == ["trường THCS Đông Lỗ"]


def test_a_counterpart_share_with_no_body_before_it_names_no_recipient() -> None:
    article, facts = _aid("Tổ chức LDSC tài trợ 664 triệu đồng, phần vốn đối ứng do địa phương bố trí.")
    (fact,) = facts
    assert "recipient" not in _roles(article, fact)

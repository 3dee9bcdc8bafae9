"""Organizations: heads, place qualifiers, merging within an article, exclusions."""

from __future__ import annotations

import dnnd
from dnnd import Article, Paragraph
from dnnd.extractors.organizations import OrganizationExtractor
from dnnd.extractors.places import PlaceExtractor
from dnnd.model import Organization
from dnnd.plugin import ExtractionContext


def orgs_in(*paragraphs: str) -> dict[str, Organization]:
    article = Article(blocks=[Paragraph(p) for p in paragraphs])
    places = PlaceExtractor().extract(ExtractionContext(article))
    result = OrganizationExtractor().extract(ExtractionContext(article, places.mentions, places.entities))
    for m in result.mentions:
        article.check_mention(m)
    return {e.name: e for e in result.entities if isinstance(e, Organization)}


def test_friendship_union_forms_merge() -> None:
    found = orgs_in(
        "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai (gọi tắt là Liên hiệp Hữu nghị tỉnh Lào Cai) họp.",
        "Liên hiệp tỉnh đã phối hợp; Liên hiệp còn chủ trì với Liên hiệp các tổ chức hữu nghị Việt Nam.",
    )
    assert set(found) == {"Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai", "Liên hiệp các tổ chức hữu nghị Việt Nam"}
    assert len(found["Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai"].spans) == 4


def test_bare_local_body_joins_the_one_with_its_place() -> None:
    found = orgs_in("UBND tỉnh Lai Châu tặng Bằng khen.", "Tham mưu cho Tỉnh ủy, UBND tỉnh về đối ngoại.")
    assert set(found) == {"UBND tỉnh Lai Châu", "Tỉnh ủy"}
    assert found["UBND tỉnh Lai Châu"].canonical == "Ủy ban nhân dân tỉnh Lai Châu"


def test_bare_body_stays_when_no_fuller_form() -> None:
    assert set(orgs_in("Hồ sơ trình UBND tỉnh phê duyệt.")) == {"UBND tỉnh"}


def test_friendship_associations() -> None:
    found = orgs_in(
        "Hội Hữu nghị Việt - Trung tỉnh Lào Cai tổ chức đại hội; Hội Hữu nghị Việt – Trung tỉnh chúc mừng.",
        "Phó Chủ tịch Hội Hữu nghị Việt – Trung phát biểu.",
    )
    assert set(found) == {"Hội Hữu nghị Việt - Trung tỉnh Lào Cai", "Hội Hữu nghị Việt – Trung"}


def test_party_and_state_bodies() -> None:
    found = orgs_in(
        "Theo Chỉ thị của Ban Bí thư Trung ương Đảng và Kết luận của Bộ Chính trị, Sở Ngoại vụ và các đơn vị "
        "cùng Ban Tuyên giáo và Dân vận Tỉnh ủy, Đảng ủy phường Bà Rịa, Ủy ban MTTQ Việt Nam TP.HCM."
    )
    assert {
        "Ban Bí thư Trung ương Đảng",
        "Bộ Chính trị",
        "Sở Ngoại vụ",
        "Ban Tuyên giáo và Dân vận Tỉnh ủy",
        "Đảng ủy phường Bà Rịa",
        "Ủy ban MTTQ Việt Nam TP.HCM",
    } == set(found)


def test_internal_organs_and_generic_bodies_excluded() -> None:
    found = orgs_in("Ban Chấp hành, Ban Thường vụ, Thường trực, Ban Kiểm tra; chủ trương của Đảng, Nhà nước.")
    assert found == {}
    # an organ with its parent is an organization, and so is the parent (the gold's settled convention)
    assert set(orgs_in("Ủy viên Ban Thường vụ Tỉnh ủy dự.")) == {"Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"}
    assert orgs_in("Bí thư Tỉnh ủy các tỉnh Lào Cai, Hà Giang họp.") == {}


def test_cluster_ngo_company_portal() -> None:
    found = orgs_in(
        "Cụm số 2 Liên hiệp các tổ chức hữu nghị các tỉnh miền núi phía Bắc họp; Cụm số 2 gồm 10 tỉnh.",
        "Oxfam, UNICEF và Chứng khoán MB (MBS) tài trợ; MBS nhận định. (Ảnh: Cổng TTĐT tỉnh Lai Châu).",
        "Ông A, chủ shop Hoa Yêu Thương, cho biết.",
    )
    assert {
        "Cụm số 2 Liên hiệp các tổ chức hữu nghị các tỉnh miền núi phía Bắc",
        "Oxfam",
        "UNICEF",
        "Chứng khoán MB",
        "Cổng TTĐT tỉnh Lai Châu",
        "Hoa Yêu Thương",
    } == set(found)
    assert found["UNICEF"].canonical == "Quỹ Nhi đồng Liên hợp quốc"
    assert "MBS" in found["Chứng khoán MB"].aliases


def test_a_sentences_full_stop_is_not_part_of_a_name() -> None:
    article = dnnd.extract(
        dnnd.Article(
            title="x",
            blocks=[dnnd.Paragraph("Ông Hùng là hội viên Hội Hữu nghị Việt Nam - Lào. Hội có 50 hội viên.")],
        )
    )
    assert [e.name for e in article.entities_of("organization")] == ["Hội Hữu nghị Việt Nam - Lào"]

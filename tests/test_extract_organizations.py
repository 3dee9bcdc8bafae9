"""Organizations: heads, place qualifiers, merging within an article, exclusions."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd import Article, Paragraph
from dnnd.extractors.organizations import OrganizationExtractor, _alias_re, _canonical, _latin_matches, _latin_re
from dnnd.extractors.places import PlaceExtractor
from dnnd.model import Organization
from dnnd.plugin import ExtractionContext
from dnnd.text.words import WordIndex


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


def test_names_from_the_head_noun_table() -> None:
    found = orgs_in(
        "Đại biện lâm thời Đại sứ quán Triều Tiên tại Việt Nam; Ủy ban liên lạc văn hóa với nước ngoài của Triều "
        "Tiên, Chủ tịch Hạ viện Mỹ Nancy Pelosi và Ban Chỉ đạo điều hành giá; Bộ Công Thương chủ trì.",
        "Trung tâm hợp tác hữu nghị (thuộc Liên hiệp) kết nối; Ban Dân vận Trung ương Bùi Thị Minh Hoài khẳng định.",
    )
    assert {
        "Đại sứ quán Triều Tiên tại Việt Nam",
        "Ủy ban liên lạc văn hóa với nước ngoài của Triều Tiên",
        "Hạ viện Mỹ",
        "Ban Chỉ đạo điều hành giá",
        "Bộ Công Thương",
        "Trung tâm hợp tác hữu nghị",
        "Ban Dân vận Trung ương",
    } == set(found)


def test_latin_script_names_without_their_vietnamese_cue() -> None:
    found = orgs_in(
        "Mẫu xe do tập đoàn American Motors Corporation của Mỹ sản xuất. Báo Newsweek đã liệt kê; "
        "theo Washington Post, Nam A Bank thưởng 20.000 USD; Tập đoàn LS tài trợ."
    )
    assert {"American Motors Corporation", "Newsweek", "Washington Post", "Nam A Bank", "Tập đoàn LS"} == set(found)


def test_a_head_inside_another_word_or_name_starts_nothing() -> None:
    # "trường" ends "thị trường"; "Trường" is a syllable of a name; "Đài Loan" is a place
    assert orgs_in("Thị trường Mỹ tăng; kỳ thủ Nguyễn Ngọc Trường Sơn thắng; căng thẳng về Đài Loan.") == {}
    # generic or plural references are not one body
    assert orgs_in("Chính phủ hai nước cam kết; các bộ, ngành phối hợp.") == {}
    assert set(orgs_in("Thủ tướng Chính phủ Phạm Minh Chính ký; Quốc hội thông qua.")) == {"Chính phủ", "Quốc hội"}


ORG_NAMES = ("Bộ Ngoại giao", "Sở Y tế tỉnh Lào Cai", "Tập đoàn LS", "Hội Nông dân", "Ngân hàng Thế giới", "UNICEF")
PLACE_NAMES = ("Bát Xát", "Sa Pa", "Bảo Thắng", "Văn Bàn", "Mường Khương")


@given(st.permutations(ORG_NAMES))
@settings(max_examples=30, deadline=None)
def test_a_list_of_organizations_in_any_order_gives_the_same_organizations(names: list[str]) -> None:
    text = f"Tham dự có đại diện {', '.join(names[:-1])} và {names[-1]}."
    assert set(orgs_in(text)) == set(ORG_NAMES)


@given(st.permutations(PLACE_NAMES))
@settings(max_examples=30, deadline=None)
def test_a_list_of_places_in_any_order_gives_the_same_places(names: list[str]) -> None:
    article = Article(blocks=[Paragraph(f"Đoàn đã đến các huyện {', '.join(names[:-1])} và {names[-1]}.")])
    result = PlaceExtractor().extract(ExtractionContext(article))
    for m in result.mentions:
        article.check_mention(m)
    assert {e.name for e in result.entities} == set(PLACE_NAMES)


def test_an_acronym_defined_either_way_round_is_its_expansion() -> None:
    found = orgs_in(
        "VFF (Liên đoàn Bóng đá Việt Nam) họp; VFF cho biết. Liên hiệp các tổ chức hữu nghị TP.HCM (HUFO) "
        "và Hội Nông dân (HND) phối hợp; HUFO, HND và VUFO ký kết."
    )
    assert set(found) == {
        "Liên đoàn Bóng đá Việt Nam",
        "Liên hiệp các tổ chức hữu nghị TP.HCM",
        "Hội Nông dân",
        "VUFO",
    }
    assert "VFF" in found["Liên đoàn Bóng đá Việt Nam"].aliases
    assert "HND" in found["Hội Nông dân"].aliases


def test_kinds_of_organizations_and_venues_are_not_organizations() -> None:
    assert orgs_in("Hàng chục tỷ USD từ các quỹ ETF; 113 tổ chức PCPNN đang hoạt động.") == {}
    assert orgs_in("Hội nghị diễn ra tại Trung tâm hội nghị tỉnh; Ban Thư ký Đại hội làm việc.") == {}


def test_known_name_in_either_capitalisation() -> None:
    # outlets differ on capitalising the syllable after the head; both spellings are the known body
    for spelling in ("Công tác", "công tác"):
        found = orgs_in(f"Ông An, Phó Chủ nhiệm Ủy ban {spelling} về các tổ chức phi chính phủ nước ngoài, phát biểu.")
        assert f"Ủy ban {spelling} về các tổ chức phi chính phủ nước ngoài" in found


def test_acronym_defined_with_the_country_then_used_after_a_head() -> None:
    found = orgs_in(
        "Dự án của Tổ chức phi chính phủ Latter Day Saint Charities (LDSC, Hoa Kỳ) được bàn giao.",
        "Đây là công trình thứ 14 mà Tổ chức LDSC triển khai.",
    )
    assert set(found) == {"Latter Day Saint Charities"}


def test_foreign_party_commission_with_lower_case_field() -> None:
    found = orgs_in("Bà Sủn-thon, Trưởng Ban đối ngoại Trung ương Đảng Nhân dân cách mạng Lào đánh giá cao.")
    assert "Ban đối ngoại Trung ương Đảng Nhân dân cách mạng Lào" in found


def test_name_ends_before_a_news_verb() -> None:
    found = orgs_in("Đồn Biên phòng Nậm Càn ký kết nghĩa với Đại đội Biên phòng 224.")
    assert "Đồn Biên phòng Nậm Càn" in found


def test_one_head_for_several_proper_names() -> None:
    found = orgs_in("Các Đồn Biên phòng đã kết nghĩa: các Đồn Biên phòng Ga Ry, Tr'Hy và A Nông tham dự.")
    assert {"Đồn Biên phòng Ga Ry", "Đồn Biên phòng Tr'Hy", "Đồn Biên phòng A Nông"} <= set(found)


def test_no_shared_head_without_a_plural() -> None:
    found = orgs_in("Đồn Biên phòng Ga Ry, Đà Nẵng tham dự.")
    assert "Đồn Biên phòng Đà Nẵng" not in found


def test_head_noun_inside_a_name_after_a_capitalised_honorific() -> None:
    found = orgs_in("Ông Nguyễn Ngọc Trường Sơn, Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh, phát biểu.")
    assert "Trường Sơn" not in found


def test_palace_of_culture_in_lower_case_and_a_surname_cung() -> None:
    found = orgs_in("Hội nghị diễn ra tại Cung văn hóa thể thao thanh niên Hà Nội. Ông Cung Văn Hùng dự.")
    assert set(found) == {"Cung văn hóa thể thao thanh niên Hà Nội"}


def test_company_legal_form_in_lower_case() -> None:
    found = orgs_in(
        "Ông Khánh, Tổng Giám đốc Công ty cổ phần Đầu tư Xây dựng Sông Đà, cho biết.", "Công ty cổ phần họp."
    )
    assert set(found) == {"Công ty cổ phần Đầu tư Xây dựng Sông Đà"}


def test_groups_a_body_serves_listed_in_its_name() -> None:
    found = orgs_in(
        "Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh tiếp nhận quà. Sở Y tế và các bệnh viện "
        "tỉnh họp; Hội Nông dân và Hội Phụ nữ tỉnh tham gia."
    )
    assert "Hội Bảo trợ người khuyết tật, trẻ mồ côi và bệnh nhân nghèo tỉnh" in found
    assert {"Sở Y tế", "Hội Nông dân", "Hội Phụ nữ tỉnh"} <= set(found)


def test_a_body_by_acronym_and_a_party_in_full() -> None:
    found = orgs_in(
        "Giám đốc BHXH tỉnh Long An, Bảo hiểm xã hội Việt Nam và BHXH Việt Nam; Ủy viên Ban Chấp hành Trung ương "
        "Đảng Nhân dân Cách mạng Lào; Bộ Tư lệnh BĐBP phát động; Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam."
    )
    assert {
        "BHXH tỉnh Long An",
        "Bảo hiểm xã hội Việt Nam",
        "Ban Chấp hành Trung ương Đảng Nhân dân Cách mạng Lào",
        "Bộ Tư lệnh BĐBP",
        "Hiệp hội Doanh nghiệp Hàn Quốc tại Việt Nam",
    } <= set(found)
    assert "BHXH Việt Nam" in found["Bảo hiểm xã hội Việt Nam"].aliases


def test_an_acronym_inside_a_name_a_plural_kind_and_a_shortened_partner() -> None:
    found = orgs_in(
        "Bộ đội Biên phòng (BĐBP) tỉnh Quảng Trị phối hợp; lực lượng BĐBP tuần tra. Việc kết nghĩa giữa các Đồn "
        "Biên phòng và Đại đội 6. Chủ tịch Hội Hữu nghị Lào – Việt dự; Hội Hữu nghị Lào - Việt Nam tổ chức."
    )
    assert "Bộ đội Biên phòng tỉnh Quảng Trị" in found
    assert len(found["Bộ đội Biên phòng tỉnh Quảng Trị"].spans) == 2
    assert "Đồn Biên phòng" not in found
    assert "Hội Hữu nghị Lào - Việt Nam" in found and "Hội Hữu nghị Lào – Việt" not in found


def test_foreign_bodies_by_acronym_and_country_and_groups_named_after_their_kind() -> None:
    found = orgs_in(
        "Kết nối với các tổ chức phi chính phủ nước ngoài (KOFIH/Hàn Quốc; CIAT/Cô-lôm-bi-a) tại Hà Nội. Đồn Biên "
        "phòng Lao Bảo, BĐBP Quảng Trị cho biết; nhóm thiện nguyện Ánh Dương (TP.HCM) trao quà."
    )
    assert {"KOFIH", "CIAT", "BĐBP Quảng Trị", "nhóm thiện nguyện Ánh Dương"} <= set(found)


def test_an_acronym_defined_for_part_of_a_name_is_spelt_out_in_another() -> None:
    found = orgs_in(
        "Hội Liên hiệp Phụ nữ (LHPN) Việt Nam trao huân chương cho Hội LHPN Campuchia. Bộ đội Biên phòng (BĐBP) "
        "tỉnh Quảng Trị và Ban Chỉ huy BĐBP tỉnh Quảng Trị."
    )
    assert {"Hội Liên hiệp Phụ nữ Việt Nam", "Hội Liên hiệp Phụ nữ Campuchia"} <= set(found)
    assert "Bộ đội Biên phòng tỉnh Quảng Trị" in found
    assert "Ban Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị" not in found


def test_a_number_inside_a_proper_name_and_friendship_clubs() -> None:
    found = orgs_in(
        "Quà do Tổ chức Khu vực 3650 Rotary Quốc tế tài trợ; Câu lạc bộ hữu nghị Việt-Lào họp. Hội Nông dân 5 năm qua."
    )
    assert {"Tổ chức Khu vực 3650 Rotary Quốc tế", "Câu lạc bộ hữu nghị Việt-Lào", "Hội Nông dân"} <= set(found)


def test_an_organ_of_a_body_named_with_its_acronym_and_the_acronym_with_the_country() -> None:
    found = orgs_in(
        "Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam và MTTQ Việt Nam phát động; Đài Tiếng nói Việt Nam."
    )
    assert set(found) == {
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Mặt trận Tổ quốc Việt Nam",
        "Đài Tiếng nói Việt Nam",
    }
    assert "MTTQ Việt Nam" in found["Mặt trận Tổ quốc Việt Nam"].aliases


def test_a_friendship_association_of_a_foreign_town() -> None:
    found = orgs_in("Hội hữu nghị Nhật Bản - Việt Nam Tsuyama được thành lập.")
    assert "Hội hữu nghị Nhật Bản - Việt Nam Tsuyama" in found


def test_organ_of_a_body_whose_head_has_a_lower_case_tail() -> None:
    # after "Ban Chấp hành" the capitalised "Hội Hữu" is the start of the head "Hội Hữu nghị", not a proper
    # name that a lower-case word ends
    found = orgs_in("Ban Chấp hành Hội Hữu nghị tỉnh Quảng Nam khóa II ra mắt.")
    assert "Ban Chấp hành Hội Hữu nghị tỉnh Quảng Nam" in found
    assert not any(name.endswith("Hội Hữu") for name in found)


def test_grassroots_cell_with_its_parent_body() -> None:
    # a Youth Union or trade-union cell is named by the body it belongs to, whose name runs on through
    # "Tiếng nói Nhân dân" and a place
    found = orgs_in(
        "Chi đoàn trực thuộc Đoàn Cơ sở Đài Tiếng nói Nhân dân TPHCM về vùng biên giới.",
        "Công đoàn cơ sở Công ty Điện lực Quảng Nam trao quà.",
    )
    assert {"Đoàn Cơ sở Đài Tiếng nói Nhân dân TPHCM", "Công đoàn cơ sở Công ty Điện lực Quảng Nam"} <= set(found)


def test_lower_cased_page_names_found_and_shown_as_written() -> None:
    # a site that lower-cases the whole article: a name's head that runs on to a place (or a bare
    # provincial level word) still starts a name; "đại hội", "xã hội" end other words
    found = orgs_in(
        "đơn vị tiếp nhận là liên hiệp các tổ chức hữu nghị tỉnh.",
        "hội khuyến học tỉnh hải dương trao quà ở các huyện kim thành, nam sách và gia lộc.",
        "đại hội tỉnh hải dương bàn về xã hội tỉnh hải dương.",
    )
    assert set(found) == {"liên hiệp các tổ chức hữu nghị tỉnh", "hội khuyến học tỉnh hải dương"}


def test_capitalised_page_is_not_recased() -> None:
    found = orgs_in("hội khuyến học tỉnh Hải Dương trao quà ở huyện Kim Thành và huyện Nam Sách.")
    assert not any(name.startswith("hội") for name in found)


def test_a_department_with_its_field_in_lower_case_and_a_border_post() -> None:
    found = orgs_in(
        "Sở y tế tỉnh Hà Giang tiếp nhận vật tư. Đồn biên phòng Cửa khẩu Huổi Puốc phối hợp tuần tra; "
        "Báo điện tử Dân trí đưa tin."
    )
    assert {"Sở y tế tỉnh Hà Giang", "Đồn biên phòng Cửa khẩu Huổi Puốc", "Báo điện tử Dân trí"} <= set(found)


def test_a_dash_joins_two_fields_of_a_school_but_not_a_person() -> None:
    found = orgs_in(
        "Sinh viên Đại học Tài chính - Quản trị kinh doanh và học sinh huyện Ý Yên nhận học bổng; sinh viên "
        "Trường Cao đẳng Văn hóa - Nghệ thuật cơ sở 2 cũng nhận. Trường Đại học Y Dược - Phó Hiệu trưởng dự."
    )
    assert "Đại học Tài chính - Quản trị kinh doanh" in found
    assert "Trường Cao đẳng Văn hóa - Nghệ thuật" in found
    assert "Trường Đại học Y Dược" in found


def test_an_acronym_defined_between_a_local_body_and_its_place() -> None:
    found = orgs_in("Ủy ban nhân dân (UBND) tỉnh Hải Dương chủ trì buổi lễ.")
    assert set(found) == {"Ủy ban nhân dân tỉnh Hải Dương"}


def test_a_foreign_body_described_in_vietnamese_is_named_by_its_latin_name() -> None:
    found = orgs_in(
        "Tổ chức Phật giáo Shinnyo-en (Nhật Bản) kết hợp cùng Quỹ Khuyến học Việt Nam trao học bổng; "
        "Hội đồng quản lí Quỹ Khuyến học Việt Nam chúc mừng."
    )
    assert "Shinnyo-en" in found
    assert "Quỹ Khuyến học Việt Nam" in found
    assert "Hội đồng quản lí Quỹ Khuyến học Việt Nam" in found


@given(st.permutations(["Sở y tế tỉnh Hà Giang", "Đồn biên phòng Cửa khẩu Huổi Puốc", "Báo điện tử Dân trí"]))
@settings(max_examples=12, deadline=None)
def test_a_list_of_bodies_in_any_order_gives_the_same_bodies(names: list[str]) -> None:
    found = orgs_in(f"Tham dự có {names[0]}, {names[1]} và {names[2]}.")
    assert set(names) <= set(found)


def test_a_federation_or_fund_with_its_field_in_lower_case_before_a_proper_name() -> None:
    found = orgs_in(
        "Ông A, Chủ tịch Liên đoàn bóng đá Hà Nội, dự lễ; Quỹ học bổng Vallet trao quà. Liên đoàn trao quà."
    )
    assert {"Liên đoàn bóng đá Hà Nội", "Quỹ học bổng Vallet"} <= set(found)
    assert "Liên đoàn" not in found


def test_a_body_of_a_foreign_town_keeps_the_town() -> None:
    found = orgs_in("Ông Takashi Norimoto, Chủ tịch Hiệp hội Công thương Mimasaka được bầu làm Chủ tịch Hội.")
    assert "Hiệp hội Công thương Mimasaka" in found
    assert "Mimasaka" not in found


def test_an_ampersand_joins_two_parts_of_a_name_and_a_general_association() -> None:
    found = orgs_in(
        "Bộ Nông nghiệp & phát triển nông thôn phê duyệt; ông Phạm Văn Hùng, Chủ tịch Tổng hội người Việt Nam "
        "tại Lào cho biết."
    )
    assert {"Bộ Nông nghiệp & phát triển nông thôn", "Tổng hội người Việt Nam tại Lào"} <= set(found)


def test_the_cause_a_body_serves_is_part_of_its_name() -> None:
    found = orgs_in("Hội LHPN Việt Nam và Hội Phụ nữ Campuchia vì Hòa bình và Phát triển ký biên bản; vì Lào.")
    assert "Hội Phụ nữ Campuchia vì Hòa bình và Phát triển" in found


def test_an_organ_by_its_abbreviation_names_its_parent_too() -> None:
    found = orgs_in("Đại diện TW Hội Chữ thập đỏ Việt Nam dự; BCH Hội Nông dân huyện Gia Lộc họp.")
    assert {
        "TW Hội Chữ thập đỏ Việt Nam",
        "BCH Hội Nông dân huyện Gia Lộc",
        "Hội Nông dân huyện Gia Lộc",
    } <= set(found)
    # (the central level, TW, is the association itself: see test_the_central_level_of_an_association_...)
    assert "Hội Chữ thập đỏ Việt Nam" not in found


def test_no_head_inside_a_place_name_and_a_university_with_or_without_truong() -> None:
    found = orgs_in(
        "Tây Ban Nha sẽ tài trợ. Sinh viên Lào tại Đại học Thành Đông và Trường Đại học Thành Đông đón Tết."
    )
    assert set(found) == {"Trường Đại học Thành Đông"}


def test_an_organ_of_an_organ_with_its_parent() -> None:
    found = orgs_in("Nhiều tập thể được BCH Trung ương Hội Hữu nghị Việt Nam - Campuchia, UBND tỉnh tặng Bằng khen.")
    assert "BCH Trung ương Hội Hữu nghị Việt Nam - Campuchia" in found
    assert "Trung ương Hội Hữu nghị Việt Nam - Campuchia" in found


def test_a_foreign_body_in_a_province_and_a_company_closed_by_its_country() -> None:
    found = orgs_in(
        "Hiệp hội Doanh nghiệp Nhật Bản tại Đồng Nai tổ chức; Công ty TNHH Changshin Việt Nam tặng quà; "
        "Tổ chức Children of Vietnam cam kết hỗ trợ."
    )
    assert set(found) >= {
        "Hiệp hội Doanh nghiệp Nhật Bản tại Đồng Nai",
        "Công ty TNHH Changshin Việt Nam",
        "Tổ chức Children of Vietnam",
    }


def test_the_news_agency_holds_no_commune() -> None:
    article = dnnd.extract(dnnd.parse("Tiêu đề\n\nĐài Tiếng nói Việt Nam và Thông tấn xã Việt Nam đưa tin."))
    assert [e.name for e in article.entities if e.kind == "place"] == ["Việt Nam"]


def test_a_parish_or_diocese_named_by_its_place() -> None:
    found = orgs_in(
        "Linh mục quản xứ Giáo xứ Hải Dương tiếp đoàn; Giáo phận Vinh tặng quà, các giáo xứ trong tỉnh hỗ trợ."
    )
    assert set(found) == {"Giáo xứ Hải Dương", "Giáo phận Vinh"}


def test_an_acronym_alone_is_a_body_when_the_sentence_treats_it_as_one() -> None:
    # a verb of saying after it, a title before it, a possessor's or a source's word before it
    found = orgs_in(
        "ABCF cho biết giải đấu sẽ dời lịch. Tổng thư ký XYZA Trần Văn Nam có mặt. "
        "Theo quy định của QRSF, mọi đội phải đăng ký trước."
    )
    assert {"ABCF", "XYZA", "QRSF"} <= set(found)


def test_an_acronym_that_names_no_body_stays_out() -> None:
    # currencies, terms and the press's common nouns, a code, a name set in capitals, a headline in capitals
    found = orgs_in(
        "Giá trị của USD tăng; theo GDP quý II, của HLV đội tuyển. Quyết định 12/QĐ-UBND. "
        "Bà YOUN MEE HYANG cho biết. Theo HIMARS M142, pháo bắn xa. ABCF đội mạnh nhất."
    )
    assert not {"USD", "GDP", "HLV", "UBND", "QĐ-UBND", "YOUN", "HYANG", "HIMARS", "ABCF"} & set(found)


def test_an_acronym_alone_after_its_definition_is_the_body_it_stands_for() -> None:
    found = orgs_in("Cơ quan Phát triển Hòa Bình (CPHB) tài trợ dự án; theo CPHB, dự án sẽ hoàn thành năm sau.")
    assert set(found) == {"Cơ quan Phát triển Hòa Bình"}
    assert len(found["Cơ quan Phát triển Hòa Bình"].spans) == 2  # the name, then the acronym alone


def test_the_central_level_of_an_association_is_the_association_itself() -> None:
    # "Trung ương Hội X" names the association at its central level: no second, bare "Hội X" beside it;
    # an organ of a body ("Ban Thường vụ Tỉnh ủy") still names its parent
    found = orgs_in(
        "Phó Chủ tịch Trung ương Hội Hữu nghị Việt Nam - Campuchia dự; TW Hội Chữ thập đỏ Việt Nam hỗ trợ quà; "
        "Ban Thường vụ Tỉnh ủy chỉ đạo."
    )
    assert {"Trung ương Hội Hữu nghị Việt Nam - Campuchia", "TW Hội Chữ thập đỏ Việt Nam"} <= set(found)
    assert not {"Hội Hữu nghị Việt Nam - Campuchia", "Hội Chữ thập đỏ Việt Nam"} & set(found)
    assert {"Ban Thường vụ Tỉnh ủy", "Tỉnh ủy"} <= set(found)


def test_a_latin_name_goes_on_over_vietnamese_syllables_it_cannot_spell() -> None:
    found = orgs_in(
        "Trang trại của Công ty TNHH Dabaco Thanh Hóa rộng; Tổ chức Children of Vietnam cam kết hỗ trợ; "
        "Công ty TNHH Changshin Việt Nam tặng quà."
    )
    assert {"Công ty TNHH Dabaco Thanh Hóa", "Tổ chức Children of Vietnam", "Công ty TNHH Changshin Việt Nam"} <= set(
        found
    )
    assert "Công ty TNHH Dabaco Thanh" not in found


def test_a_branch_and_its_place_end_the_name() -> None:
    found = orgs_in(
        "Bệnh viện Bạch Mai cơ sở Ninh Bình tiếp nhận nạn nhân; Trường Đại học Y Hà Nội phân hiệu Thanh Hóa "
        "tuyển sinh; Bệnh viện Bạch Mai cơ sở vật chất còn thiếu."
    )
    assert {"Bệnh viện Bạch Mai cơ sở Ninh Bình", "Trường Đại học Y Hà Nội phân hiệu Thanh Hóa"} <= set(found)
    # "cơ sở" with no place after it is a common noun ("cơ sở vật chất", facilities), not a branch
    assert "Bệnh viện Bạch Mai cơ sở vật chất" not in found


def test_a_rank_after_an_acronym_ends_the_name() -> None:
    found = orgs_in("Cơ quan điều tra, Viện KSND tối cao đã khởi tố; Bộ Tư lệnh BĐBP phát động phong trào.")
    assert "Viện KSND tối cao" in found
    assert "Bộ Tư lệnh BĐBP" in found


def test_a_known_name_inside_a_site_s_domain_is_no_mention() -> None:
    found = orgs_in("VTV.vn - Lễ thành lập Hội diễn ra hôm qua. Đài Truyền hình Việt Nam (VTV) đưa tin; VTV cho biết.")
    assert set(found) == {"Đài Truyền hình Việt Nam"}
    assert all(s.start > 0 for s in found["Đài Truyền hình Việt Nam"].spans)  # not "VTV.vn"


def test_a_national_body_with_and_without_its_country_is_one() -> None:
    found = orgs_in(
        "Đoàn công tác Bộ Ngoại giao Việt Nam trao quà; ông A cảm ơn Bộ Ngoại giao. Bộ Y tế và Bộ Y tế Lào ký."
    )
    assert set(found) == {"Bộ Ngoại giao Việt Nam", "Bộ Y tế", "Bộ Y tế Lào"}  # another country's body stays apart
    assert len(found["Bộ Ngoại giao Việt Nam"].spans) == 2


def test_non_governmental_is_no_government() -> None:
    found = orgs_in("Công tác viện trợ phi Chính phủ nước ngoài được đẩy mạnh; Chính phủ ban hành nghị định.")
    assert set(found) == {"Chính phủ"}
    assert len(found["Chính phủ"].spans) == 1


def test_an_acronym_listed_with_a_body_named_by_its_acronym_is_a_body() -> None:
    found = orgs_in("Đại diện USAID, ABCD và XYZW đã tham dự. Theo GDP và CPI, kinh tế tăng. Đội U23 và HLV dự.")
    assert {"USAID", "ABCD", "XYZW"} <= set(found)
    assert not {"CPI", "HLV", "U23"} & set(found)  # listed with a term or a common noun, no body


def test_a_noun_that_begins_with_a_verb_goes_on_in_a_name() -> None:
    found = orgs_in("Ban Quản lý dự án tỉnh tiếp nhận; Hội Nông dân dự lễ khánh thành.")
    assert "Ban Quản lý dự án tỉnh" in found
    assert "Hội Nông dân" in found  # "dự" alone, the verb, still ends a name


def test_a_friendship_club_whatever_the_case_of_its_head() -> None:
    found = orgs_in(
        "Dự có thành viên câu lạc bộ hữu nghị Việt-Triều, các chi hội. Câu lạc bộ Hữu nghị Việt Nam - Lào tỉnh "
        "Nghệ An ra mắt; các câu lạc bộ hữu nghị trong tỉnh tham gia."
    )
    assert {"câu lạc bộ hữu nghị Việt-Triều", "Câu lạc bộ Hữu nghị Việt Nam - Lào tỉnh Nghệ An"} == set(found)


def test_a_mission_named_bare_is_the_one_named_with_its_post() -> None:
    found = orgs_in(
        "Chủ tịch tỉnh tiếp Đoàn đại biểu Đại sứ quán Mông Cổ. Bí thư thứ ba Đại sứ quán Mông Cổ tại Việt Nam dự. "
        "Đại sứ quán Lào tại Việt Nam và Tổng Lãnh sự quán Lào tại Đà Nẵng gửi điện; Đại sứ quán Lào chúc mừng."
    )
    assert "Đại sứ quán Mông Cổ" not in found
    assert len(found["Đại sứ quán Mông Cổ tại Việt Nam"].spans) == 2
    assert "Đại sứ quán Lào" not in found  # one posted embassy of Laos; the consulate is another mission
    assert "Tổng Lãnh sự quán Lào tại Đà Nẵng" in found


def test_an_investigation_agency_is_an_organ_of_its_body() -> None:
    found = orgs_in(
        "Cơ quan điều tra Viện KSND tối cao đã khởi tố; Cơ quan CSĐT Công an tỉnh Vĩnh Long phục hồi điều tra."
    )
    assert {"Cơ quan điều tra Viện KSND tối cao", "Cơ quan CSĐT Công an tỉnh Vĩnh Long"} <= set(found)
    assert "Cơ quan CSĐT" not in found


def test_a_military_unit_named_by_its_number() -> None:
    found = orgs_in("Tư lệnh Quân khu 4 dự; Sư đoàn 324 và Trung đoàn 19 tham gia. Bộ đội 2 người bị thương.")
    assert {"Quân khu 4", "Sư đoàn 324", "Trung đoàn 19"} <= set(found)
    assert "Bộ đội 2" not in found  # a count of soldiers, no unit


def test_the_central_level_is_a_party_of_facts_as_it_stands() -> None:
    # its mention is an organization's, not an organ's: a fact's donor is the central level itself
    page = "Tiêu đề\n\nNgày 25/11, TW Hội Chữ thập đỏ Việt Nam trao 70 suất quà cho các hộ."
    article = dnnd.extract(dnnd.parse(page))
    kinds = {m.text: m.kind for m in article.mentions if m.kind in ("organization", "organ")}
    assert kinds.get("TW Hội Chữ thập đỏ Việt Nam") == "organization"


def test_a_title_written_with_a_capital_is_no_name() -> None:
    found = orgs_in(
        "Bà Nguyễn Thị Bình, nguyên Bộ Trưởng Bộ Ngoại giao, dự; Ủy ban Nhân dân thành phố Hà Nội chúc mừng."
    )
    assert not any(name.startswith("Bộ Trưởng") for name in found)
    assert {"Bộ Ngoại giao", "Ủy ban Nhân dân thành phố Hà Nội"} <= set(found)


def test_a_foreign_national_body_with_its_country() -> None:
    found = orgs_in(
        "Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào dự. Bộ Ngoại giao nước CHDCND Lào gửi thư. "
        "Bộ Tài chính nước Cộng hòa xã hội chủ nghĩa Việt Nam ký kết."
    )
    assert {"Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào", "Bộ Ngoại giao nước CHDCND Lào", "Bộ Tài chính"} <= set(
        found
    )  # Vietnam's own ministry is named bare


def test_a_provincial_department_of_laos_or_cambodia_is_a_ty() -> None:
    found = orgs_in("Ty Cảnh sát tỉnh Svayrieng tặng quà. Ty Công an tỉnh Kra Chê cảm ơn; chị Lê Thị Ty nhận quà.")
    assert {"Ty Cảnh sát tỉnh Svayrieng", "Ty Công an tỉnh Kra Chê"} <= set(found)
    assert not any(name.startswith("Ty Công an tỉnh Kra Chê cảm") for name in found)


def test_a_medium_s_latin_name_is_no_vietnamese_syllable_without_marks() -> None:
    found = orgs_in("Theo Báo Newsweek, kiều bào tại Đài Trung gửi quà.")
    assert "Newsweek" in found
    assert "Trung" not in found  # "Đài Trung" (Taichung): a Vietnamese syllable, no Latin name of a medium


def test_the_friendship_union_written_in_full_alone_is_an_organization() -> None:
    found = orgs_in(
        "UBND tỉnh giao: Liên hiệp Các tổ chức hữu nghị tiếp nhận viện trợ giày dép do Tổ chức CHIA tài trợ."
    )
    assert "Liên hiệp Các tổ chức hữu nghị" in found
    # a bare "Liên hiệp" stays a reference, no organization of its own
    assert not orgs_in("Chủ tịch Liên hiệp phát biểu tại buổi lễ.")


def test_a_council_named_in_lower_case_then_its_countries_and_its_acronym() -> None:
    found = orgs_in(
        "Bà Hiramatsu Tomoko, thành viên Hội đồng phát triển hòa bình hữu nghị Nhật Bản - Việt Nam (JVPF), "
        "được trao Kỷ niệm chương. Là thành viên JVPF, bà đã tham gia các hoạt động giao lưu."
    )
    assert set(found) == {"Hội đồng phát triển hòa bình hữu nghị Nhật Bản - Việt Nam"}
    assert len(found["Hội đồng phát triển hòa bình hữu nghị Nhật Bản - Việt Nam"].spans) == 2
    # a branch association's head, not its leader's title
    assert set(orgs_in("Bà là Chi hội trưởng Chi hội Người Việt tại Saitama.")) == {"Chi hội Người Việt tại Saitama"}


def test_a_central_institution_seated_in_a_city_names_the_city() -> None:
    found = orgs_in(
        "Sau khi có kết luận giám định mới của Viện Pháp y tâm thần Trung ương Biên Hòa, cơ quan điều tra đã "
        "phục hồi điều tra.",
        "Bệnh nhân được chuyển lên Bệnh viện Trung ương Huế điều trị.",
    )
    assert set(found) == {"Viện Pháp y tâm thần Trung ương Biên Hòa", "Bệnh viện Trung ương Huế"}
    # the centre still ends a name when no place follows it
    assert set(orgs_in("Đoàn công tác của Bệnh viện Nhi Trung ương đã khám cho trẻ.")) == {"Bệnh viện Nhi Trung ương"}


def test_a_body_named_bare_after_its_form_with_a_province_is_that_body() -> None:
    found = orgs_in(
        "Sáng 16/11, đại diện Sở Ngoại vụ TP. Đà Nẵng đã trao quà cho Hội Chữ thập đỏ thành phố Đà Nẵng.",
        "Phó Giám đốc Sở Ngoại vụ cho biết, Hội chữ thập đỏ sẽ chuyển quà đến trẻ em vùng lũ.",
    )
    assert set(found) == {"Sở Ngoại vụ TP. Đà Nẵng", "Hội Chữ thập đỏ thành phố Đà Nẵng"}
    found = orgs_in(
        "Hiệp hội Thương gia Đài Loan tỉnh vừa tổ chức tặng 950 phần quà.",
        "Hội Bảo trợ tiếp nhận quà trung thu do Hiệp hội Thương gia Đài Loan trao tặng.",
    )
    assert "Hiệp hội Thương gia Đài Loan tỉnh" in found
    assert "Hiệp hội Thương gia Đài Loan" not in found
    assert len(found["Hiệp hội Thương gia Đài Loan tỉnh"].spans) == 2
    # two provinces' departments: the bare one cannot tell which
    found = orgs_in("Sở Y tế tỉnh Lào Cai và Sở Y tế tỉnh Hà Giang ký kết; Sở Y tế sẽ cử bác sĩ.")
    assert set(found) == {"Sở Y tế tỉnh Lào Cai", "Sở Y tế tỉnh Hà Giang", "Sở Y tế"}
    # a ministry named bare is Vietnam's, not a foreign one's
    found = orgs_in("Bộ Y tế Lào cảm ơn Bộ Y tế đã hỗ trợ.")
    assert set(found) == {"Bộ Y tế Lào", "Bộ Y tế"}


def test_an_acronym_defined_either_way_round_is_the_body_it_stands_for() -> None:
    # a known acronym after a Latin expansion the article gives
    found = orgs_in("Korea International Cooperation Agency (KOICA) tài trợ dự án. KOICA cam kết tiếp tục.")
    assert set(found) == {"Korea International Cooperation Agency"}
    assert len(found["Korea International Cooperation Agency"].spans) == 3  # the bracketed one too
    # the acronym first, then its name in brackets after a word of its kind, in title case
    found = orgs_in(
        "Ông Dan Mtonga, Quyền Trưởng đại diện tổ chức WVI (tổ chức Tầm Nhìn Thế Giới) tại Việt Nam đến thăm.",
        "Ông Dan Mtonga, Quyền Trưởng đại diện tổ chức WVI cảm ơn lãnh đạo tỉnh.",
    )
    assert len(found) == 1
    assert len(next(iter(found.values())).spans) == 3


def test_a_two_syllable_known_name_in_title_case_is_a_given_name() -> None:
    assert not orgs_in("Ông Nguyễn Quốc Hội, Chủ tịch Hội Nông dân xã, phát biểu.").keys() & {"Quốc Hội", "Quốc hội"}


def test_a_district_office_a_health_station_and_an_office_of_several_units() -> None:
    found = orgs_in(
        "Phòng Lao động - Thương binh và Xã hội huyện Tam Nông và Trạm Y tế xã Y Tý đã trao quà.",
        "Phòng Giáo dục và Đào tạo huyện Bát Xát tiếp nhận.",
    )
    assert set(found) == {
        "Phòng Lao động - Thương binh và Xã hội huyện Tam Nông",
        "Trạm Y tế xã Y Tý",
        "Phòng Giáo dục và Đào tạo huyện Bát Xát",
    }
    # one office in each of several units is no one organization
    assert orgs_in("Phòng Lao động - Thương binh và Xã hội của 7 đơn vị tổ chức trao học bổng.") == {}


def test_a_reference_that_is_no_union_does_not_join_the_union() -> None:
    found = orgs_in("Liên hiệp các tổ chức hữu nghị tỉnh Cần Thơ và Công an tỉnh đã trao quà; Liên hiệp tỉnh cảm ơn.")
    # (the province's police is a body of its own, as "UBND tỉnh" is: the gold lists "Công an tỉnh")
    assert set(found) == {"Liên hiệp các tổ chức hữu nghị tỉnh Cần Thơ", "Công an tỉnh"}
    assert len(found["Liên hiệp các tổ chức hữu nghị tỉnh Cần Thơ"].spans) == 2


def test_a_centre_or_fund_with_its_head_in_lower_case() -> None:
    found = orgs_in(
        "Học sinh được trung tâm Y tế huyện Mường Khương khám bệnh.",
        "Kinh phí do quỹ Bảo trợ trẻ em Việt Nam tài trợ.",
    )
    assert set(found) == {"trung tâm Y tế huyện Mường Khương", "quỹ Bảo trợ trẻ em Việt Nam"}
    # the centre of a place, and a conference hall, are no bodies
    assert orgs_in("Nhà ở trung tâm Hà Nội; lễ diễn ra tại trung tâm Hội nghị tỉnh.") == {}


def test_a_peoples_committee_written_in_lower_case() -> None:
    found = orgs_in("UBND tỉnh Lào Cai tặng quà. Chủ tịch ủy ban nhân dân tỉnh Lào Cai phát biểu.")
    assert len(found) == 1
    assert next(iter(found.values())).canonical == "Ủy ban nhân dân tỉnh Lào Cai"
    assert orgs_in("Các ủy ban nhân dân cấp xã triển khai kế hoạch.") == {}


@given(
    st.permutations(
        [
            "Phòng Giáo dục và Đào tạo huyện Bát Xát",
            "Korea International Cooperation Agency",
            "Hội đồng phát triển hòa bình hữu nghị Nhật Bản - Việt Nam",
            "trung tâm Y tế huyện Mường Khương",
        ]
    )
)
@settings(max_examples=24, deadline=None)
def test_a_list_of_offices_foreign_bodies_and_councils_in_any_order_gives_the_same_bodies(names: list[str]) -> None:
    found = orgs_in(f"Tham dự có {names[0]}, {names[1]}, {names[2]} và {names[3]}.")
    assert set(found) == set(names)


def test_the_party_committee_a_secretary_leads_and_a_school_board() -> None:
    # "Bí thư Đảng ủy" names the committee of the unit, as "Bí thư Tỉnh ủy" a province's
    assert set(orgs_in("Đại tá Đặng Ngọc Hiệu, Bí thư Đảng ủy, Chính ủy phát biểu.")) == {"Đảng ủy"}
    # bare, with no title, it is a generic reference; a school's board alone is an internal organ
    assert orgs_in("Thay mặt Đảng ủy, Ban Giám hiệu, ông Lê Đức Niêm phát biểu.") == {}
    assert set(orgs_in("Ban Giám hiệu Trường Đại học Tây Nguyên chúc Tết.")) == {
        "Ban Giám hiệu Trường Đại học Tây Nguyên",
        "Trường Đại học Tây Nguyên",
    }


def test_a_local_committee_ends_its_organs_name() -> None:
    assert set(orgs_in("Ban Tuyên giáo và Dân vận Tỉnh ủy chỉ đạo công tác tuyên truyền.")) == {
        "Ban Tuyên giáo và Dân vận Tỉnh ủy"
    }
    assert set(orgs_in("Văn phòng Tỉnh ủy Lào Cai thông báo lịch làm việc.")) == {"Văn phòng Tỉnh ủy Lào Cai"}
    # written in lower case by some sites
    found = orgs_in("Dự có lãnh đạo Ban dân vận tỉnh ủy; Sở Ngoại vụ; Sở Nội vụ.")
    assert set(found) == {"Ban dân vận tỉnh ủy", "Sở Ngoại vụ", "Sở Nội vụ"}


def _names_in(title: str, *paragraphs: str) -> list[str]:
    article = dnnd.extract(dnnd.Article(title=title, blocks=[dnnd.Paragraph(p) for p in paragraphs]))
    return [e.name for e in article.entities_of("organization")]


def test_a_name_written_two_ways_takes_the_headlines_spelling() -> None:
    body = (
        "Đại hội công bố Quyết định thành lập Hội hữu nghị Việt Nam - Nhật Bản tỉnh Bình Dương.",
        "Đại hội đã bầu Ban Chấp hành Hội hữu nghị Việt Nam – Nhật Bản tỉnh Bình Dương gồm 15 thành viên.",
    )
    dashed = "Hội hữu nghị Việt Nam – Nhật Bản tỉnh Bình Dương"
    assert dashed in _names_in("Thành lập Hội hữu nghị Việt Nam – Nhật Bản tỉnh Bình Dương", *body)
    # with a headline that does not name it, the first form written is the name
    assert dashed not in _names_in("Đại hội nhiệm kỳ 2018-2023", *body)


def test_a_historical_government_and_a_ministry_of_it() -> None:
    found = orgs_in(
        "Bà là nguyên Bộ trưởng Bộ Ngoại giao Chính phủ cách mạng lâm thời Cộng hòa miền Nam Việt Nam, "
        "trưởng đoàn đàm phán tại Hội nghị Paris."
    )
    assert "Chính phủ cách mạng lâm thời Cộng hòa miền Nam Việt Nam" in found
    assert "Bộ Ngoại giao" in found


def test_a_latin_name_with_a_middle_initial_and_a_described_one() -> None:
    found = orgs_in(
        "Chương trình do Tổ chức từ thiện MedShare (Mỹ) tài trợ. Quỹ Lawrence S. Ting đóng vai trò kết nối.",
        "Dự án của Tổ chức phi chính phủ Latter Day Saint Charities được khánh thành.",
    )
    # a capitalised head and a kind in lower case open a Latin name, unless the name says its own kind
    assert set(found) == {"Tổ chức từ thiện MedShare", "Quỹ Lawrence S. Ting", "Latter Day Saint Charities"}
    # Vietnamese written without its marks has no middle initial: the letter ends the school's name
    assert set(orgs_in("Ông đến thăm Trường Tiểu học Hoa B. Ngay sau đó, đoàn về xã.")) == {"Trường Tiểu học Hoa B"}


def test_a_dash_joins_two_fields_of_one_name_not_two_bodies() -> None:
    found = orgs_in("Bà Hạnh, Ủy viên Ban Văn hóa – Xã hội, HĐND tỉnh Bình Dương được bầu giữ chức chủ tịch.")
    assert set(found) == {"Ban Văn hóa – Xã hội", "HĐND tỉnh Bình Dương"}
    assert "Hội Nông dân" in orgs_in("Hội Nông dân - Hội Phụ nữ tỉnh tham dự buổi lễ.")


def test_a_body_named_with_a_bare_level_word() -> None:
    # the one provincial association named in full is the one "tỉnh" stands for
    found = orgs_in(
        "Sáng 18/7, Hội Khuyến học tỉnh Quảng Nam tổng kết các chương trình học bổng.",
        "Trong năm học qua, Hội Khuyến học tỉnh đã tiếp nhận các chương trình dự án học bổng.",
    )
    assert set(found) == {"Hội Khuyến học tỉnh Quảng Nam"}
    # beside the unions of two provinces it may be either: no body of its own (nor is "khóa II" one)
    found = orgs_in(
        "Liên hiệp các tổ chức hữu nghị tỉnh Hậu Giang và Liên hiệp các tổ chức hữu nghị tỉnh Đồng Tháp dự.",
        "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh khóa II phát biểu.",
    )
    assert set(found) == {
        "Liên hiệp các tổ chức hữu nghị tỉnh Hậu Giang",
        "Liên hiệp các tổ chức hữu nghị tỉnh Đồng Tháp",
    }


def test_a_universitys_faculty_and_a_mood_word_after_a_name() -> None:
    found = orgs_in("Bạn Thidphaphone đang học tại Khoa Y Dược vui vẻ nói: “Chúng em vẫn được đón Tết”.")
    assert set(found) == {"Khoa Y Dược"}
    # "Khoa" as a given name, and "Khoa học" (science), are no faculty
    assert orgs_in("Em Nguyễn Đăng Khoa Minh cho biết Khoa học Công nghệ phát triển.") == {}


def test_a_name_ends_before_another_head_and_an_organ_keeps_its_acronym_apart() -> None:
    found = orgs_in(
        "Hội đồng quản trị (HĐQT) Công ty CP Vàng bạc đá quý Phú Nhuận Công ty (PNJ) vừa thông qua chủ trương."
    )
    assert set(found) == {
        "Hội đồng quản trị Công ty CP Vàng bạc đá quý Phú Nhuận",
        "Công ty CP Vàng bạc đá quý Phú Nhuận",
    }


def test_a_branch_is_named_by_its_seat() -> None:
    found = orgs_in("Với cương vị là Chi hội trưởng Chi hội JVPF tại tỉnh Saitama, bà tham gia các hoạt động.")
    assert set(found) == {"Chi hội JVPF tại tỉnh Saitama"}
    # a body that is no branch ends before "tại" and the place where something happens
    assert set(orgs_in("Hội Nông dân tỉnh Lào Cai tại Hà Nội trao quà.")) == {"Hội Nông dân tỉnh Lào Cai"}


def test_a_short_name_in_brackets_after_a_name_is_the_same_body() -> None:
    found = orgs_in(
        "Nhân viên của Công ty TNHH Một Thành Viên Giám định PNJ (Công ty P-Lab) bị khởi tố.",
        "Trước đó, Giám đốc Công ty P-Lab bị bắt.",
    )
    assert set(found) == {"Công ty TNHH Một Thành Viên Giám định PNJ"}
    assert len(found["Công ty TNHH Một Thành Viên Giám định PNJ"].spans) == 3
    # a body of another kind in brackets is another body: its parent office
    found = orgs_in("Đại đội Biên phòng 534 (Bộ Chỉ huy quân sự tỉnh Sê Kông) tham dự.")
    assert len(found) == 2


def test_a_name_runs_to_the_acronym_it_defines() -> None:
    found = orgs_in(
        "Với sự hỗ trợ của Hội Bảo trợ bệnh nhân nghèo TP. Hồ Chí Minh, "
        "Hội Từ thiện Thánh hữu ngày sau (LDSC) tài trợ.",
        "Đợt này Hội Từ thiện Thánh hữu ngày sau đã tài trợ số tiền gần 240 triệu đồng.",
    )
    assert "Hội Từ thiện Thánh hữu ngày sau" in found
    assert len(found["Hội Từ thiện Thánh hữu ngày sau"].spans) == 2
    # a name complete before its verb: its own initials spell the acronym, or a level word ends it
    assert "Sở Y tế" in orgs_in("Sở Y tế chủ trì (SYT) cuộc họp giao ban.")


def test_an_organ_of_a_body_or_event_named_by_a_common_noun() -> None:
    assert orgs_in("Ban Tổ chức chương trình cho biết; Đảng ủy, Ban Giám hiệu Nhà trường gửi lời chúc.") == {}
    # a steering body's remit is its name
    assert set(orgs_in("Ban Chỉ đạo điều hành giá họp phiên thường kỳ.")) == {"Ban Chỉ đạo điều hành giá"}


def test_a_schools_kind_after_its_acronym_goes_on_to_its_name() -> None:
    assert set(orgs_in("Trường THPT chuyên Lê Quý Đôn tổ chức lễ khai giảng.")) == {"Trường THPT chuyên Lê Quý Đôn"}
    # a verb after the acronym ends the name
    assert set(orgs_in("Học sinh Trường THCS dự Hội khỏe Phù Đổng.")) == {"Trường THCS"}


def test_a_latin_name_defined_by_its_acronym() -> None:
    found = orgs_in(
        "Nhờ tài trợ của Children of Vietnam (COV), 100 em nhận học bổng.",
        "Theo Passerelles Numeriques (PN), dự án kéo dài ba năm; COV cũng trao xe đạp.",
    )
    assert set(found) == {"Children of Vietnam", "Passerelles Numeriques"}
    assert "COV" in found["Children of Vietnam"].aliases
    # a person with initials in brackets is no body
    assert orgs_in("Ông John Smith (JS) phát biểu tại buổi lễ.") == {}


def test_historical_bodies_of_the_war_years() -> None:
    found = orgs_in(
        "Kỷ niệm ngày thành lập Mặt trận Dân tộc Giải phóng miền Nam Việt Nam; Chính phủ Việt Nam Dân chủ Cộng hòa "
        "và Quân Giải phóng miền Nam Việt Nam được nhắc đến."
    )
    assert set(found) == {
        "Mặt trận Dân tộc Giải phóng miền Nam Việt Nam",
        "Chính phủ Việt Nam Dân chủ Cộng hòa",
        "Quân Giải phóng miền Nam Việt Nam",
    }


def test_an_organizing_committee_is_named_by_its_event() -> None:
    found = orgs_in("Bà Hạnh tiếp đoàn Ban Tổ chức Lễ hội Việt Nam tại Sapporo, tỉnh Hokkaido (Nhật Bản).")
    assert "Ban Tổ chức Lễ hội Việt Nam tại Sapporo" in found
    # the committee of the article's own congress, named by its common noun, is no organization
    assert orgs_in("Ban Tổ chức Đại hội cho biết; Ban tổ chức trao giải.") == {}


def test_an_organ_runs_into_the_body_it_belongs_to() -> None:
    # suckhoetreem.vn, tracuuquyhoach.com: the council's own words in lower case, then its fund's name
    found = orgs_in(
        "Phó Chủ tịch nước Võ Thị Ánh Xuân, Chủ tịch Hội đồng bảo trợ Quỹ Bảo trợ Trẻ em Việt Nam đề nghị.",
        "Hoạt động do Hội đồng Bảo trợ Quỹ Bảo trợ trẻ em Việt Nam duy trì tổ chức từ năm 2013.",
    )
    assert "Hội đồng bảo trợ Quỹ Bảo trợ Trẻ em Việt Nam" in found
    assert not any(name.endswith("Quỹ Bảo") for name in found)
    # nguvan.qnu.edu.vn: a university's office, then the university with its city
    found = orgs_in("Ông Chương, Phó trưởng Phòng Hợp tác quốc tế Trường Đại học Quy Nhơn, cho biết.")
    assert "Phòng Hợp tác quốc tế Trường Đại học Quy Nhơn" in found


def test_a_consulate_general_written_with_lower_case_consulate() -> None:
    # fosco.vn: "Tổng lãnh sự quán", the second word in lower case
    found = orgs_in("Tổng Giám đốc đến chúc mừng sự kiện do Tổng lãnh sự quán Trung Quốc tổ chức.")
    assert "Tổng lãnh sự quán Trung Quốc" in found
    # its seat, a city written with its level word glued on ("TP.Hồ Chí Minh"), ends the name
    found = orgs_in("Dự có đại diện Tổng lãnh sự quán Campuchia tại TP.Hồ Chí Minh và lãnh đạo tỉnh.")
    assert "Tổng lãnh sự quán Campuchia tại TP.Hồ Chí Minh" in found


def test_each_part_joined_by_and_reads_its_own_words() -> None:
    # redcross.org.vn: the federation's name, two parts joined by "và", ends with "quốc tế"
    found = orgs_in("Ngày 28/10, Hiệp Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế đã ra Lời kêu gọi.")
    assert set(found) == {"Hiệp Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế"}


def test_a_capitalised_city_level_word_inside_a_name() -> None:
    # kinhtedothi.vn: "Thành phố" capitalised between a body's name and its city
    found = orgs_in("Hội Chữ thập Đỏ Thành phố Hồ Chí Minh cũng vận động, quyên góp trong toàn thể cán bộ.")
    assert "Hội Chữ thập Đỏ Thành phố Hồ Chí Minh" in found
    found = orgs_in("Liên hiệp các tổ chức hữu nghị Thành phố Hồ Chí Minh là hội đặc thù về đối ngoại nhân dân.")
    assert "Liên hiệp các tổ chức hữu nghị Thành phố Hồ Chí Minh" in found


def test_compounds_that_are_no_bodies_heads() -> None:
    # nld.com.vn: "Hội trường" is a hall, its "trường" no school
    found = orgs_in("Trưa 12-9, tại Hội trường Thống Nhất, ông Trần Lưu Quang có buổi hội kiến.")
    assert not any("Thống Nhất" in name for name in found)
    # huengaynay.vn: "Lễ tân" (protocol) is a department's field, not a ceremony that ends its name
    found = orgs_in("Ông Mathieu Carmona, Phó Cục trưởng Cục Lễ tân, Bộ châu Âu và Ngoại giao Pháp, dự lễ.")
    assert "Cục Lễ tân" in found


def test_a_boarding_school_s_kind_goes_on_in_lower_case() -> None:
    # qdnd.vn, cand.com.vn: the school's kind, then "dân tộc nội trú" / "bán trú", then its proper name
    found = orgs_in(
        "Đồn Biên phòng Hướng Lập trao quà đến Trường Trung học cơ sở dân tộc nội trú A Cồ, Trường Tiểu học A Viên.",
        "Dự án xây dựng khu lớp học cho trường tiểu học bán trú Phình Sáng tỉnh Điện Biên.",
    )
    assert "Trường Trung học cơ sở dân tộc nội trú A Cồ" in found
    assert "trường tiểu học bán trú Phình Sáng tỉnh Điện Biên" in found
    # the schools of a district are no one school
    assert orgs_in("Trao quà cho học sinh trường tiểu học trên địa bàn huyện Mường Tè.") == {}


def test_a_latin_name_ends_before_the_country_it_comes_from() -> None:
    # haiduongtv.com.vn: "của Hàn Quốc" tells where a body named in Latin letters comes from
    found = orgs_in("Quần áo do Tổ chức Good Neighbors International của Hàn Quốc dành tặng cho phụ nữ.")
    assert "Tổ chức Good Neighbors International" in found
    # a Vietnamese name keeps its owner ("... của Việt Nam")
    assert "Ủy ban bảo vệ Hòa bình Thế giới của Việt Nam" in orgs_in(
        "Hội nghị thành lập Ủy ban bảo vệ Hòa bình Thế giới của Việt Nam, nay là Ủy ban Hòa bình Việt Nam."
    )


def test_a_border_unit_named_by_its_corps_acronym() -> None:
    # baonghean.vn: the corps' acronym, then the unit's number or its border gate
    found = orgs_in(
        "Đồn BP cửa khẩu quốc tế Nậm Cắn, BĐBP Nghệ An phối hợp đến thăm, tặng quà.",
        "Món quà động viên cán bộ, chiến sỹ Đại đội BP 221 khắc phục khó khăn.",
    )
    assert {"Đồn BP cửa khẩu quốc tế Nậm Cắn", "Đại đội BP 221"} <= set(found)


def test_a_department_of_several_provinces_is_no_one_body() -> None:
    # baogialai.com.vn: the Lao provinces' departments, one in each province
    found = orgs_in("Nhà trường gửi kết quả cho Sở Giáo dục và Thể thao các tỉnh Nam Lào.")
    assert found == {}


def test_an_institution_numbered_after_its_name() -> None:
    # nld.com.vn: a military hospital's number closes its name
    found = orgs_in("Đoàn sẽ thăm Bệnh viện Quân y 175 và giao lưu với Lực lượng gìn giữ hòa bình của Việt Nam.")
    assert "Bệnh viện Quân y 175" in found
    # a number that counts something is no part of the name
    assert "Bệnh viện Bạch Mai" in orgs_in("Bệnh viện Bạch Mai 2 năm qua đã cử bác sĩ sang Lào.")


def test_an_acronym_defined_before_the_province_s_level_word() -> None:
    # baohanam.com.vn, baoninhbinh.org.vn: "(NCT)" defined between the association's name and "tỉnh"
    found = orgs_in("Ngày 26/4, Hội Người cao tuổi (NCT) tỉnh tổ chức kỷ niệm 30 năm Ngày thành lập Hội NCT Việt Nam.")
    assert "Hội Người cao tuổi tỉnh" in found


def test_a_body_numbered_among_its_kind() -> None:
    # biengioilanhtho.gov.vn: a parliamentary committee known by its number
    found = orgs_in("Tham dự có bà Lok Kheng, Chủ nhiệm Ủy ban số 8, Quốc hội Vương quốc Campuchia.")
    assert "Ủy ban số 8" in found
    assert not any(name.endswith(" số") for name in found)


def test_a_party_s_organ_and_a_front_s_committee_with_their_parent() -> None:
    # mattran.org.vn: the Politburo named with its party; "Uỷ ban" with the older tone mark
    found = orgs_in(
        "Ông Sinlavong Khoutphaythoune, Ủy viên Bộ Chính trị Đảng Nhân dân Cách mạng Lào, Chủ tịch Uỷ ban Trung "
        "ương Mặt trận Lào xây dựng đất nước đã chủ trì cuộc Hội đàm."
    )
    assert "Bộ Chính trị Đảng Nhân dân Cách mạng Lào" in found
    assert "Uỷ ban Trung ương Mặt trận Lào xây dựng đất nước" in found
    assert not any(name.endswith(("Đảng Nhân", "Mặt trận Lào")) for name in found)


def test_a_national_body_after_a_title_ends_before_a_foreign_holder_s_name() -> None:
    # baoxuan.vov.vn: the Lao prime minister's name after "Thủ tướng Chính phủ"
    found = orgs_in("Thủ tướng Chính phủ Sonexay Siphandone đánh giá cao quan hệ hợp tác giữa hai nước.")
    assert not any("Sonexay" in name for name in found)
    assert "Chính phủ Lào" in orgs_in("Thủ tướng Chính phủ Lào Phankham Viphavanh tiếp đoàn.")


def test_usually_is_no_part_of_a_committee_s_name() -> None:
    # hesinhthai.net: "thường" (usually) after "Ủy ban"; "thường vụ" (standing) is the name's own
    found = orgs_in("Chủ nhiệm của Ủy ban thường là Thứ trưởng; dự thảo nghị quyết của Ủy ban thường vụ Quốc hội.")
    assert "Ủy ban thường vụ Quốc hội" in found
    assert "Ủy ban thường" not in found


def test_belonging_to_is_no_council_s_first_word() -> None:
    # baoquangnam.vn: "Hội đồng thuộc Đảng ...", the council's members of a party, no council named "thuộc"
    found = orgs_in(
        "Ông Lee Chang Sig, Trưởng các Ủy viên Hội đồng thuộc Đảng Sức mạnh quốc dân trong Hội đồng TP.Yongin."
    )
    assert not any(name.startswith("Hội đồng thuộc") for name in found)


def test_heads_written_with_both_syllables_capitalised_and_the_front_s_committee_acronym() -> None:
    # kvsc.vn, baothanhhoa.vn: "Tập Đoàn", "Ủy Ban" with a capital on each syllable
    found = orgs_in("Huân chương được trao cho ông Park Sam Koo, Chủ Tịch Tập Đoàn Kumho Asiana.")
    assert "Tập Đoàn Kumho Asiana" in found
    assert "Ủy Ban Kiểm tra Tỉnh ủy" in orgs_in("Bà Thủy, Chủ nhiệm Ủy Ban Kiểm tra Tỉnh ủy, chủ tọa Đại hội.")
    # baomoi.net.vn: "UBTƯ" (the central committee) before the front it belongs to
    found = orgs_in("Bí thư Trung ương Đảng, Chủ tịch UBTƯ MTTQ Việt Nam Đỗ Văn Chiến đã hội kiến.")
    assert "UBTƯ MTTQ Việt Nam" in found


def test_border_guard_and_military_commands_written_in_lower_case() -> None:
    # nguoihanoi.vn, baonghean.vn: "biên phòng", "chỉ huy", "quân sự" in lower case
    found = orgs_in(
        "Tin từ Đồn Biên phòng Hướng Lập (Bộ chỉ huy Bộ đội biên phòng tỉnh Quảng Trị) cho biết.",
        "Đại đội biên phòng 221, thuộc Bộ chỉ huy quân sự tỉnh Xiêng Khoảng (Lào) đã bị thiệt hại.",
    )
    assert {
        "Bộ chỉ huy Bộ đội biên phòng tỉnh Quảng Trị",
        "Đại đội biên phòng 221",
        "Bộ chỉ huy quân sự tỉnh Xiêng Khoảng",
    } <= set(found)


def test_a_body_of_each_of_several_units_is_no_one_organization() -> None:
    # tvphapluat.vn: the districts' health centres, listed after
    assert orgs_in("Thiết bị được bàn giao cho Trung tâm y tế các huyện: Nam Sách, Thanh Hà, Gia Lộc.") == {}
    assert "Hội Chữ thập đỏ tỉnh" in orgs_in("Hội Chữ thập đỏ tỉnh đã vận động, Hội Chữ thập đỏ các huyện hưởng ứng.")


def test_a_steering_committee_in_lower_case_named_by_its_work_and_place() -> None:
    # baophapluat.vn: "Ban chỉ đạo" in lower case, then its work and its province
    found = orgs_in("Đoàn công tác Ban chỉ đạo công tác biên giới tỉnh Thừa Thiên Huế đến thăm, chúc Tết.")
    assert "Ban chỉ đạo công tác biên giới tỉnh Thừa Thiên Huế" in found
    # the common noun, with no name after it, is none
    assert orgs_in("Trưởng ban Ban chỉ đạo làm trưởng đoàn.") == {}


def test_an_office_holder_named_after_the_body_is_not_part_of_its_name() -> None:
    # baomoi.net.vn: a title qualified "Thường trực", then the body at an unnamed level, then the person
    found = orgs_in(
        "Dự có Phó Chủ tịch Thường trực Hội đồng nhân dân tỉnh Nguyễn Chiến Thắng; Chủ tịch Ủy ban nhân dân tỉnh."
    )
    assert "Hội đồng nhân dân tỉnh" in found
    assert not any("Nguyễn" in name for name in found)
    # scov.gov.vn: a foreign office holder, in Latin letters, after a Vietnamese-named ministry
    found = orgs_in("Ông Nguyễn Thanh Sơn chào mừng ông Trợ lý Bộ trưởng Bộ Giáo dục Suwat Tantipipat đại diện.")
    assert "Bộ Giáo dục" in found
    # a body's own Latin name after its head stays whole
    assert "Tổ chức Samaritan’s Purse International Relief" in orgs_in(
        "Giám đốc Tổ chức Samaritan’s Purse International Relief tại Việt Nam phát biểu."
    )


def test_a_schools_kinds_in_lower_case_do_not_end_its_name() -> None:
    # donghy.thainguyen.gov.vn: an ethnic semi-boarding school, then its level, then its commune
    found = orgs_in(
        "Sáng 27-12, tại Trường Phổ thông dân tộc bán trú Trung học cơ sở Văn Lăng, Phòng Giáo dục và Đào tạo "
        "huyện Đồng Hỷ phối hợp với KOICA."
    )
    assert "Trường Phổ thông dân tộc bán trú Trung học cơ sở Văn Lăng" in found
    found = orgs_in("Trao quà cho Trường Phổ thông dân tộc nội trú Trung học phổ thông tỉnh Lào Cai.")
    assert "Trường Phổ thông dân tộc nội trú Trung học phổ thông tỉnh Lào Cai" in found
    # a kind with no proper name after it is still no school
    assert orgs_in("Dự án xây trường mầm non cho các xã.") == {}


def test_an_english_name_goes_on_to_the_place_its_kind_is_of() -> None:
    # vietnamplus.vn: "Club of Mosman", the second mention without the Vietnamese descriptor
    found = orgs_in(
        "Hội Chữ thập đỏ tỉnh Nam Định phối hợp với Tổ chức từ thiện Rotary Club of Mosman (RCM) tặng 40 xe lăn.",
        "Rotary Club of Mosman là một trong những tổ chức từ thiện của Australia.",
    )
    assert not any(name.endswith("Rotary Club") for name in found)
    # hesinhthai.vn: whom the committee serves, after its kind ("for")
    found = orgs_in("Cơ quan này (tiếng Anh: State Committee for Overseas Vietnamese, viết tắt là SCOV) trực thuộc.")
    assert "State Committee" not in found


def test_the_groups_a_national_association_serves_are_closed_by_the_country() -> None:
    # baothainguyen.vn: the groups served, joined by "và", then "Việt Nam"
    found = orgs_in("Ngày 21-9, Hội bảo trợ Người khuyết tật và trẻ mồ côi Việt Nam phối hợp với Hội Nông dân tỉnh.")
    assert "Hội bảo trợ Người khuyết tật và trẻ mồ côi Việt Nam" in found
    # in lower case all through until the country
    assert "Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam" in orgs_in(
        "Đại diện Hiệp hội doanh nghiệp nhỏ và vừa Việt Nam phát biểu."
    )
    # baomoi.com: the city's level word and name run together ("TPHCM") close the list too
    assert "Hội Bảo trợ người tàn tật và trẻ mồ côi TPHCM" in orgs_in(
        "Hội Bảo trợ người tàn tật và trẻ mồ côi TPHCM nhận viện trợ."
    )
    # two bodies joined by "và" stay two
    assert {"Hội Nông dân", "Hội Phụ nữ Việt Nam"} <= set(orgs_in("Hội Nông dân và Hội Phụ nữ Việt Nam phối hợp."))


def test_the_office_holder_after_a_body_the_article_names_alone_is_cut_off() -> None:
    # a Korean group's chairman, named after it once the article has named the group alone (press release
    # on the Kumho Asiana scholarships, as several outlets carried it)
    found = orgs_in(
        "Ngày 5/3, tại thủ đô Seoul, tập đoàn Kumho Asiana (Hàn Quốc) đã tổ chức lễ trao học bổng.",
        "Chủ tịch tập đoàn Kumho Asiana Park Sam-koo đã trao sáu suất học bổng.",
    )
    assert set(found) == {"Kumho Asiana"}
    # a country after the name is the body's, not a person
    found = orgs_in(
        "ChildFund tặng quà.", "Ông Vương Đình Giáp, Quyền Giám đốc quốc gia của ChildFund Việt Nam đã tham dự."
    )
    assert "ChildFund Việt Nam" in found


def test_a_provinces_body_named_by_acronym_keeps_its_level_before_a_comma() -> None:
    # baolaocai.vn: "BĐBP" then the bare level word, then a comma
    found = orgs_in(
        "Trước sự chứng kiến của lãnh đạo huyện Si Ma Cai, Bộ Chỉ huy BĐBP tỉnh, lãnh đạo thị trấn Si Ma Cai."
    )
    assert "Bộ Chỉ huy BĐBP tỉnh" in found


def test_vietnamese_abroad_abbreviated_vn_take_the_country_they_live_in() -> None:
    # scov.gov.vn: "người VN tại Lào", Vietnam abbreviated
    found = orgs_in("Việt kiều từ Tổng hội người VN tại Lào, Tổng hội người VN tại Campuchia về dự.")
    assert {"Tổng hội người VN tại Lào", "Tổng hội người VN tại Campuchia"} <= set(found)


def test_an_english_name_goes_on_to_the_vietnamese_place_its_branch_is_of() -> None:
    # "Lions Club", "Samsung Electronics": a kind word closes the Latin name, a place may follow it
    assert "Lions Club Hà Nội" in orgs_in("Lions Club Hà Nội trao quà cho học sinh nghèo.")
    assert "Samsung Electronics Việt Nam" in orgs_in("Samsung Electronics Việt Nam tặng quà cho tỉnh.")
    # a preposition in between is the sentence's, not the name's
    assert "Good Neighbors International" in orgs_in("Đại diện Good Neighbors International tại Việt Nam phát biểu.")


def test_a_body_of_each_of_two_provinces_is_no_one_organization() -> None:
    # baothuathienhue.vn: the women's unions of the two twinned provinces
    assert orgs_in("Đồng thời, Hội phụ nữ hai tỉnh cùng nhau vận động chị em thực hiện.") == {}


def test_a_newspapers_name_ends_at_the_verb_the_press_writes_after_it() -> None:
    # dantri.com.vn, congluan.vn, truyenhinhthanhhoa.vn
    found = orgs_in(
        "Báo điện tử Dân trí trân trọng giới thiệu toàn văn bài phát biểu.",
        "Chuyên mục người tốt việc tốt được báo Công an nhân dân duy trì thường xuyên.",
        "Báo Nhà báo & Công luận lựa chọn dàn nhạc giao hưởng làm chủ đạo.",
        "Đài PT-TH Thanh Hóa giành 1 giải A tại Giải Báo chí quốc gia.",
    )
    assert {"Báo điện tử Dân trí", "báo Công an nhân dân", "Báo Nhà báo & Công luận", "Đài PT-TH Thanh Hóa"} <= set(
        found
    )


def test_a_second_masthead_without_its_comma_starts_a_new_name() -> None:
    # dantri.com.vn: a list of newspapers where one comma is missing
    found = orgs_in("Các cơ quan báo chí: Báo Thanh niên, Báo Nhà báo và Công luận Báo Đầu tư, Báo Tin tức.")
    assert {"Báo Nhà báo và Công luận", "Báo Đầu tư", "Báo Tin tức"} <= set(found)
    assert not any("Công luận Báo" in name for name in found)


def test_a_vietnamese_outlets_latin_masthead_keeps_its_head() -> None:
    # baohatinh.vn, dantri.com.vn; a foreign paper is named by its Latin name alone
    found = orgs_in(
        "Báo điện tử VietnamPlus trân trọng giới thiệu danh sách các tác phẩm.",
        "Theo báo Newsweek của Mỹ, cuộc gặp diễn ra tốt đẹp.",
    )
    assert "Báo điện tử VietnamPlus" in found
    assert "Newsweek" in found


def test_aviation_is_a_noun_not_the_negation_in_a_companys_name() -> None:
    # dantri.com.vn: "không" (not) is a stop word, "hàng không" (aviation) is not
    found = orgs_in("Tổng công ty Cảng hàng không Việt Nam (ACV) khởi công nhà ga T3.")
    assert any(name.startswith("Tổng công ty Cảng hàng không Việt Nam") for name in found)
    assert "Tổng công ty Cảng hàng" not in found


def test_a_masthead_written_all_in_capitals_ends_before_lower_case() -> None:
    # baomoi.net.vn, sggp.org.vn: the sentence's verb after a capitalised masthead
    found = orgs_in(
        "Theo Tổng Biên tập Tô Đình Tuân, báo Người Lao Động xác định rõ quan điểm.",
        "Giai phẩm Xuân của Báo Sài Gòn Giải Phóng mang tựa đề mới.",
    )
    assert {"báo Người Lao Động", "Báo Sài Gòn Giải Phóng"} <= set(found)
    assert not any(name.endswith(("quan điểm", "tựa đề")) for name in found)


def test_the_journalists_trade_is_no_newspaper() -> None:
    # dantri.com.vn, baomoi.com: "làm báo" (to work as a journalist) ends in the head "báo"
    found = orgs_in("Phát huy truyền thống vẻ vang của người làm báo Việt Nam, tuyệt đối trung thành.")
    assert not any(name.lower().startswith("báo") for name in found)


def test_aviation_capitalised_in_a_name_is_still_a_noun() -> None:
    # dantri.com.vn
    found = orgs_in("Công trình đạt tiêu chuẩn của Tổ chức Hàng không dân dụng quốc tế (ICAO).")
    assert any(name.startswith("Tổ chức Hàng không dân dụng") for name in found)


def test_a_ministrys_part_after_va_may_be_written_in_lower_case() -> None:
    # dantri.com.vn: "Bộ Thông tin và truyền thông đề nghị ..." is the ministry, not "Bộ Thông tin"
    found = orgs_in("Tại hội nghị, Bộ Thông tin và truyền thông đề nghị các cơ quan truyền thông tiếp tục.")
    assert "Bộ Thông tin" not in found
    assert any(name.lower() == "bộ thông tin và truyền thông" for name in found)


def test_a_ministrys_initials_name_the_ministry() -> None:
    # dantri.com.vn: "Bộ TTTT" after the full name is the same ministry
    found = orgs_in(
        "Bộ Thông tin và Truyền thông phối hợp tổ chức hội nghị.",
        "Đề nghị các cơ quan phối hợp với Ban Tuyên giáo Trung ương, Bộ TTTT và Hội Nhà báo Việt Nam.",
    )
    assert "Bộ TTTT" not in found
    assert len(found["Bộ Thông tin và Truyền thông"].spans) == 2


def test_a_masthead_may_begin_with_a_place() -> None:
    # hoinghibaodang.nhandan.vn, plo.vn; a person after a station named by its country is no part of it
    found = orgs_in(
        "Phạm Văn Trường, Phó Tổng Biên tập báo Sài Gòn Giải phóng; Lê Minh Toản.",
        "Bà Cát Thị Kim Xuân, Phó Tổng Biên tập báo Pháp Luật TP.HCM, thay mặt lãnh đạo báo.",
        "Tổng Giám đốc Đài Tiếng nói Việt Nam Đỗ Tiến Sỹ phát biểu.",
    )
    assert {"báo Sài Gòn Giải phóng", "báo Pháp Luật TP.HCM", "Đài Tiếng nói Việt Nam"} <= set(found)


def test_a_provinces_delegation_to_the_national_assembly() -> None:
    # tracuuquyhoach.com, thanhhoa24h.net.vn, hdnd.yenbai.gov.vn: the delegation, not "Quốc hội tỉnh X"
    found = orgs_in("Sáng 18/12, Đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Quảng Trị tổ chức hội nghị tiếp xúc cử tri.")
    assert set(found) == {"Đoàn Đại biểu Quốc hội tỉnh Quảng Trị"}
    found = orgs_in("Ngày 30-9, Đoàn ĐBQH tỉnh Thanh Hóa gồm các đồng chí: Uông Chu Lưu, Phó Chủ tịch Quốc hội.")
    assert set(found) == {"Đoàn ĐBQH tỉnh Thanh Hóa", "Quốc hội"}
    found = orgs_in("Đồng chí Đỗ Đức Duy - Bí thư Tỉnh ủy, Trưởng đoàn ĐBQH tỉnh đã có cuộc tiếp xúc với cử tri.")
    assert "Đoàn ĐBQH tỉnh" in found  # the office its head's title names, capitalised as a name


def test_a_deputys_province_is_no_part_of_the_national_assembly() -> None:
    # yenson.tuyenquang.gov.vn: "Đại biểu Quốc hội tỉnh Tuyên Quang" is a deputy elected there
    found = orgs_in(
        "Bà Âu Thị Mai, Giám đốc Sở Văn hóa, Thể thao và Du lịch, Đại biểu Quốc hội tỉnh Tuyên Quang dự.",
        "Chủ tịch Quốc hội Lào dự lễ.",
    )
    assert {"Quốc hội", "Quốc hội Lào"} <= set(found)
    assert "Quốc hội tỉnh Tuyên Quang" not in found


def test_a_corporation_with_both_syllables_capitalised() -> None:
    # caosu.com.vn
    found = orgs_in("Tổng Công ty Cao su Đồng Nai trao 50 suất quà cho công nhân.")
    assert "Tổng Công ty Cao su Đồng Nai" in found


def test_a_youth_unions_provincial_committee() -> None:
    # doanthanhnien.vn: "Tỉnh Đoàn X" is the Youth Union of province X, named like "Tỉnh ủy X"
    found = orgs_in(
        "Tham gia có đồng chí Chăn Thă Von Si Ha Chắc, Bí thư Tỉnh Đoàn Salavan; đồng chí Mai Văn Nam, "
        "Phó Bí thư thường trực Tỉnh Đoàn Quảng Trị.",
        "Ngày 5/3, Thành đoàn TP.HCM phối hợp tổ chức chương trình.",
    )
    assert {"Tỉnh Đoàn Salavan", "Tỉnh Đoàn Quảng Trị", "Thành đoàn TP.HCM"} <= set(found)
    assert found["Tỉnh Đoàn Salavan"].category == "mass"


def test_no_youth_committee_in_a_name_or_in_unity() -> None:
    found = orgs_in("Ông Lê Thành Đoàn phát biểu. Nhân dân tỉnh đoàn kết một lòng. Tỉnh đoàn kết chặt chẽ với bạn.")
    assert not found


def test_the_lao_youth_union_by_its_full_name_and_initials() -> None:
    # doanthanhnien.vn
    found = orgs_in(
        "Chương trình do Đoàn Thanh niên NDCM Lào tỉnh Salavan chủ trì tổ chức.",
        "Dự có Uỷ viên Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào.",
    )
    assert "Đoàn Thanh niên NDCM Lào tỉnh Salavan" in found
    assert "Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào" in found


def test_a_foreign_brands_vietnamese_arm() -> None:
    # htv.com.vn, vneconomy.vn: "Samsung Việt Nam" is the company's Vietnamese arm, as "ChildFund Việt Nam"
    found = orgs_in(
        "Hôm nay, tại trụ sở Ủy ban Trung ương MTTQ Việt Nam, Samsung Việt Nam đã trao tặng 10 tỷ đồng.",
        "Ông Na Ki Hong, Tổng Giám đốc Samsung Việt Nam mong muốn số tiền sẽ góp phần hỗ trợ nhân dân.",
    )
    assert "Samsung Việt Nam" in found
    assert len(found["Samsung Việt Nam"].spans) == 2


def test_vietnamese_words_before_viet_nam_are_no_brand() -> None:
    found = orgs_in("Người Hoa Việt Nam đón Tết. Sông Hồng chảy qua Nam Việt Nam.")
    assert not found
    # (a selected team is named by its head, "Đội tuyển", and its country; no brand either)
    assert set(orgs_in("Đội tuyển Việt Nam thắng.")) == {"Đội tuyển Việt Nam"}


def test_a_friendship_hospital_ends_with_its_town() -> None:
    # baophunuthudo.vn, baophapluat.vn: hospitals named for a partner country, then their town
    found = orgs_in(
        "Chiều 25/4, đoàn công tác Bệnh viện Hữu nghị Việt Nam Cuba Hà Nội đã có chuyến thăm.",
        "Bệnh viện Việt Nam - Thụy Điển Uông Bí từ lâu đã không còn là địa chỉ xa lạ.",
    )
    assert {"Bệnh viện Hữu nghị Việt Nam Cuba Hà Nội", "Bệnh viện Việt Nam - Thụy Điển Uông Bí"} <= set(found)


def test_an_association_of_people_by_their_origin() -> None:
    # scov.gov.vn: "người Campuchia gốc Việt Nam", the Khmer of Vietnamese origin, is part of the name
    found = orgs_in("Được sự giúp đỡ của Tổng Hội người Campuchia gốc Việt Nam, đoàn đã đến các địa phương.")
    assert set(found) == {"Tổng Hội người Campuchia gốc Việt Nam"}


def test_a_head_before_a_conjunction_names_no_body() -> None:
    # scov.gov.vn: "Tổng hội" refers back; "và" opens the next body, never a name's first word
    found = orgs_in("Với sự tham dự của đại diện Tổng hội và Hội Việt kiều đô thành Phnom Penh, bà Huệ cho biết.")
    assert set(found) == {"Hội Việt kiều đô thành Phnom Penh"}


def test_a_delegation_named_again_by_its_defined_initials_is_one_body() -> None:
    # tracuuquyhoach.com: "Đoàn ĐBQH tỉnh" after "Đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Quảng Trị"
    found = orgs_in(
        "Sáng nay, Đoàn Đại biểu Quốc hội (ĐBQH) tỉnh Quảng Trị tổ chức hội nghị tiếp xúc cử tri.",
        "Đồng chí Hoàng Đức Thắng, Phó trưởng đoàn chuyên trách phụ trách Đoàn ĐBQH tỉnh chủ trì.",
    )
    assert set(found) == {"Đoàn Đại biểu Quốc hội tỉnh Quảng Trị"}
    assert len(found["Đoàn Đại biểu Quốc hội tỉnh Quảng Trị"].spans) == 2


def test_a_party_committee_with_both_syllables_capitalised() -> None:
    # baothainguyen.vn: "Trưởng ban Dân vận Tỉnh Ủy"
    found = orgs_in("Các đồng chí Dương Ngọc Long; Phùng Đình Thiệu, Trưởng ban Dân vận Tỉnh Ủy đã đến chúc mừng.")
    assert "Ban Dân vận Tỉnh Ủy" in found


def test_the_national_assemblys_committees_with_their_parent() -> None:
    # baophapluat.vn, quochoitv.vn, quochoi.vn: "Ủy ban ... của Quốc hội", a comma inside the committee's field
    found = orgs_in(
        "Ông Triệu Thế Hùng giữ chức vụ Phó Chủ nhiệm Ủy ban Văn hóa, Giáo dục của Quốc hội khóa XV.",
        "Ngày 04/7, Chủ nhiệm Ủy ban Đối ngoại của Quốc hội Vũ Hải Hà cùng Tổ Đại biểu Quốc hội số 4 tiếp xúc cử tri.",
        "Dự có đại diện Ủy ban Khoa học, Công nghệ và Môi trường, Hội đồng Dân tộc.",
    )
    assert {"Ủy ban Văn hóa, Giáo dục của Quốc hội", "Ủy ban Đối ngoại của Quốc hội", "Quốc hội"} <= set(found)
    assert "Ủy ban Khoa học, Công nghệ và Môi trường" in found
    assert "Quốc hội số 4" not in found


def test_a_campaign_committee_and_a_bodys_trade_union() -> None:
    # baoninhbinh.org.vn, gialaitv.vn
    found = orgs_in(
        "Ngày 3/6, Ban vận động Hiến máu tình nguyện tỉnh đã tổ chức hội nghị triển khai kế hoạch.",
        "Nhân dịp Tết, Công đoàn Ngân hàng Chính sách – Xã hội tỉnh vừa tổ chức đi thăm, tặng quà Tết.",
        "Ban vận động đã họp. Công đoàn đã tặng quà.",
    )
    assert {"Ban vận động Hiến máu tình nguyện tỉnh", "Công đoàn Ngân hàng Chính sách – Xã hội tỉnh"} <= set(found)
    assert "Ban vận động" not in found and "Công đoàn" not in found


def test_a_parliaments_friendship_group_written_in_lower_case() -> None:
    # baomoi.com, cand.com.vn
    found = orgs_in(
        "Đoàn đại biểu Nhóm nghị sĩ hữu nghị Việt Nam - Cam-pu-chia thăm chính thức Cam-pu-chia từ ngày 22 đến 27-12.",
        "Thủ tướng Suga đánh giá cao hoạt động của Nhóm Nghị sỹ Hữu nghị Việt – Nhật.",
    )
    assert {"Nhóm nghị sĩ hữu nghị Việt Nam - Cam-pu-chia", "Nhóm Nghị sỹ Hữu nghị Việt – Nhật"} <= set(found)


def test_places_and_a_jury_named_with_a_heads_syllable_are_no_bodies() -> None:
    # "Trường Sa" is an archipelago, "Ban Giám khảo" an event's jury (as its "Ban Tổ chức")
    found = orgs_in(
        "Trường Sa và Hoàng Sa là của Việt Nam. Đoàn viếng Nghĩa trang Liệt sĩ Trường Sơn.",
        "Ban Giám khảo cuộc thi đã chấm và trao giải.",
    )
    assert not found


def test_a_school_name_ends_before_the_verb_of_its_ceremony() -> None:
    found = orgs_in(
        "Trường Lê Quý Đôn và Trường Kim Đồng khai giảng năm học mới.",
        "Hội Cựu chiến binh xã Y Tý đón nhận Huân chương.",
    )
    assert {"Trường Lê Quý Đôn", "Trường Kim Đồng", "Hội Cựu chiến binh xã Y Tý"} <= set(found)


def test_a_department_field_with_only_its_first_syllable_capitalised() -> None:
    # baosonla.org.vn
    found = orgs_in("Ngày 29/10, Sở Văn hóa, thể thao và du lịch đã tổ chức tổng duyệt chương trình nghệ thuật.")
    assert set(found) == {"Sở Văn hóa, thể thao và du lịch"}


def test_a_church_is_no_association_head() -> None:
    # phatgiaobinhdinh.vn: "Chùa Giáo Hội Tỉnh" is a pagoda; "Hội" is the church's second syllable
    found = orgs_in("Chiều ngày 11/5/2022 tại Chùa Giáo Hội Tỉnh, Ban Từ thiện Xã hội tỉnh Bình Định đã tặng quà.")
    assert not any(name.startswith("Hội") for name in found)


def test_courts_numbered_by_region_keep_their_province() -> None:
    # plo.vn (tune d910); lawfirm.vn lists the courts of Nghị quyết 81/2025 so
    found = orgs_in(
        "Ngày 9-10, VKSND khu vực 7 - TP.HCM đã kháng nghị bản án sơ thẩm của TAND khu vực 7 - TP.HCM và đề nghị"
        " TAND TP.HCM xét xử phúc thẩm.",
        "Tòa án nhân dân khu vực 1 – Quảng Ninh kế thừa quyền, nghĩa vụ của Tòa án nhân dân thành phố Hạ Long.",
    )
    assert {
        "VKSND khu vực 7 - TP.HCM",
        "TAND khu vực 7 - TP.HCM",
        "TAND TP.HCM",
        "Tòa án nhân dân khu vực 1 – Quảng Ninh",
        "Tòa án nhân dân thành phố Hạ Long",
    } <= set(found)
    assert "VKSND" not in found and "TAND" not in found


def test_a_party_withheld_behind_one_letter_is_no_organization() -> None:
    # plo.vn (tune d910): court reporting names "Công ty N" and "ông S" by one letter
    found = orgs_in(
        "Người có quyền lợi, nghĩa vụ liên quan là Công ty N vắng mặt tại phiên tòa.",
        "Bên ông S đồng ý đặt cọc cho bên Công ty N. Trường THCS A Lưới nhận quà.",
    )
    assert not any(name.startswith("Công ty") for name in found)
    assert "Trường THCS A Lưới" in found


def test_a_foreign_parliament_by_any_name_of_its_country_is_one_body() -> None:
    # 7msportnews.org (a republished news item); laodong.vn writes the full state name after "nước"
    found = orgs_in(
        "Ngày 24/4, Thượng tướng Suvon Luongbunmi, Phó Chủ tịch Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào cùng"
        " đoàn công tác của Quốc hội Lào đã đến thăm, làm việc tại tỉnh Điện Biên."
    )
    assert set(found) == {"Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"}
    assert "Quốc hội Lào" in found["Quốc hội nước Cộng hòa Dân chủ Nhân dân Lào"].aliases


def test_a_name_does_not_stop_inside_a_country_nor_take_a_verb_before_a_title() -> None:
    # cand.com.vn: "Quân ủy Trung ương"; "Đại Hàn Dân Quốc" is one country, its "Hàn" no surname
    found = orgs_in(
        "Đại tướng Phan Văn Giang, Ủy viên Bộ Chính trị, Phó Bí thư Quân ủy Trung ương, Bộ trưởng Quốc phòng dự.",
        "Chủ tịch Quốc hội Đại Hàn Dân Quốc Kim Jin-pyo đã hội đàm với Chủ tịch Quốc hội Vương Đình Huệ.",
        "Ông Nguyễn Văn Bình, Chủ tịch Hội làm Trưởng đoàn, đã trao quà cho các em học sinh.",
    )
    assert {"Quân ủy Trung ương", "Quốc hội Đại Hàn Dân Quốc"} <= set(found)
    assert "Quốc hội Đại" not in found
    assert not any("Trưởng đoàn" in name for name in found)


def test_a_party_committee_of_a_bloc_is_named_with_its_bloc_and_level() -> None:
    # baobacninh.com.vn, baoninhbinh.org.vn, vov.vn
    found = orgs_in(
        "Đỗ Đình Hữu, Tỉnh ủy viên, Bí thư Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh.",
        "Xin giới thiệu bài viết của ông Lại Xuân Lâm - Phó Bí thư Đảng ủy Khối các cơ quan Trung ương.",
    )
    assert {"Đảng ủy khối các Cơ quan và Doanh nghiệp tỉnh", "Đảng ủy Khối các cơ quan Trung ương"} <= set(found)
    assert "Đảng ủy" not in found


def test_a_proper_name_in_quotes_after_the_head() -> None:
    # sggp.org.vn, nghean24h.vn
    found = orgs_in(
        "Ngày 11-12, Ban điều hành Quỹ học bổng Vừ A Dính và Câu lạc bộ “Vì Hoàng sa – Trường sa thân yêu” phối"
        " hợp cùng Thành đoàn Cần Thơ tổ chức lễ trao học bổng.",
        'Báo Tuổi Trẻ phối hợp với Quỹ "Đồng hành nhà nông" tổ chức lễ trao học bổng.',
        "Hội thi “Tiếng hát Karaoke” diễn ra sôi nổi.",
    )
    # (listed without the quotes, which set the name apart and are no part of it)
    assert {"Câu lạc bộ Vì Hoàng sa – Trường sa thân yêu", "Quỹ Đồng hành nhà nông"} <= set(found)
    assert not any(name.startswith("Hội thi") for name in found)


def test_a_name_in_quotes_and_without_is_one_body() -> None:
    # asvho.org.vn: the same donors named without quotes, then with them
    found = orgs_in(
        "Được sự tài trợ của Tổ chức Sen Vàng, ngày 20/5, Hội Bảo trợ Người khuyết tật tỉnh Thừa Thiên Huế trao xe.",
        "Trong đó, Tổ chức “Sen Vàng” CHLB Đức hỗ trợ 10 xe và Tổ chức “Trả lại tuổi thơ” của Hoa Kỳ hỗ trợ 8 xe.",
    )
    assert {"Tổ chức Sen Vàng", "Tổ chức Trả lại tuổi thơ"} <= set(found)
    assert len(found["Tổ chức Sen Vàng"].spans) == 2


def test_a_group_named_by_its_city_is_no_latin_name() -> None:
    # baogialai.com.vn: "TP. Pleiku" is the city the group is of, not a name in Latin letters
    found = orgs_in("Hội CTĐ huyện Kông Chro phối hợp với Nhóm Thiện nguyện TP. Pleiku trao tặng 50 bộ sách.")
    assert "Nhóm Thiện nguyện TP. Pleiku" in found
    assert "TP. Pleiku" not in found


def test_a_party_ends_with_its_country_before_a_person() -> None:
    # a delegation led by a Lao leader named in Latin letters right after the party's name
    found = orgs_in(
        "Đoàn đại biểu Đảng Nhân dân Cách mạng Lào Soonthorn Xayachak dẫn đầu đã đến thăm.",
        "Tổng Bí thư Đảng Cộng sản Trung Quốc Tập Cận Bình hội đàm.",
    )
    assert {"Đảng Nhân dân Cách mạng Lào", "Đảng Cộng sản Trung Quốc"} <= set(found)
    assert not any("Soonthorn" in name for name in found)


def test_a_partys_central_commission_is_named_with_the_party() -> None:
    # doingoailaocai.vn
    found = orgs_in(
        "Tham dự có đồng chí Tống Đào, Trưởng Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc; Nguyễn"
        " Thành Phát, Bí thư Tỉnh ủy Vân Nam.",
        "Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào Thongsavanh Phomvihane phát biểu.",
    )
    assert {
        "Ban Liên lạc Đối ngoại Trung ương Đảng Cộng sản Trung Quốc",
        "Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào",
    } <= set(found)


def test_an_organs_acronym_before_its_bodys_acronym_is_one_name() -> None:
    # phatsuonline.vn: "BTS PG" is Ban Trị sự Phật giáo; a known body's acronym stays apart
    found = orgs_in(
        "HT.Thích Nhựt Tấn, Trưởng BTS PG tỉnh Bến Tre đã trao tặng 1.000 phần quà.",
        "Thượng tá Nguyễn Văn Bình, Chỉ huy trưởng BCH BĐBP tỉnh Nghệ An phát biểu.",
    )
    assert {"BTS PG tỉnh Bến Tre", "BCH BĐBP tỉnh Nghệ An"} <= set(found)
    assert "PG tỉnh Bến Tre" not in found


def test_an_alias_pattern_finds_the_acronym_standing_alone() -> None:
    text = "Liên hiệp các tổ chức hữu nghị Việt Nam (VUFO) cho biết VUFO đã mời (VUFO, VUFO)."
    assert [m.start() for m in _alias_re(("VUFO",)).finditer(text)] == [text.index("VUFO đã")]
    assert _alias_re(("VUFO", "PACCOM")) is _alias_re(("VUFO", "PACCOM"))  # built once per set of acronyms


def test_a_canonical_name_is_spelt_out_with_its_head_capitalised() -> None:
    assert _canonical("UBND tỉnh Lào Cai") == "Ủy ban nhân dân tỉnh Lào Cai"
    assert _canonical("trung tâm Y tế huyện Sa Pa") == "Trung tâm Y tế huyện Sa Pa"


def test_a_local_body_takes_its_numbered_district_or_ward() -> None:
    # quan3.hochiminhcity.gov.vn, hcmcpv.org.vn: cities number their urban districts and wards
    found = orgs_in(
        "Ủy ban nhân dân phường 1 đã phối hợp với Ủy ban Mặt trận Tổ quốc Việt Nam Phường 1 tổ chức ngày hội.",
        "Lãnh đạo UBND Quận 1 và UBND Phường 15, quận Tân Bình dự lễ.",
    )
    assert {"Ủy ban nhân dân phường 1", "Ủy ban Mặt trận Tổ quốc Việt Nam Phường 1", "UBND Quận 1"} <= set(found)
    assert "UBND Phường 15" in found
    # a body read by its head noun takes the numbered unit the same way
    assert "Trung tâm Y tế quận 8" in orgs_in("Trung tâm Y tế quận 8 triển khai tiêm chủng.")
    # several units numbered in a list: no one body
    assert not orgs_in("Đến dự có lãnh đạo UBND quận 5, 10 và 11.")


def test_a_club_named_after_its_abbreviated_head() -> None:
    # baogialai.com.vn, phatsuonline.vn: "CLB" heads a club's name as "Câu lạc bộ" does
    found = orgs_in(
        "Ngày 27-9, CLB Máu nóng Gia Lai (trực thuộc Hội Chữ thập đỏ tỉnh Gia Lai) phối hợp với UBND xã Kon"
        " Chiêng tổ chức chương trình.",
        "Thời gian qua, CLB thiện nguyện Cỏ Bốn Lá đã và đang vận động tiếp cho đợt 6 chiến dịch.",
    )
    assert {"CLB Máu nóng Gia Lai", "CLB thiện nguyện Cỏ Bốn Lá"} <= set(found)
    # the club the article is about, by its head alone: no name
    assert not orgs_in("Trước đó, CLB đã thực hiện nhiều đợt trao quà hỗ trợ người dân.")


def test_a_company_names_its_trade_in_lower_case_before_its_proper_name() -> None:
    # sggp.org.vn, giaoduc.edu.vn, thanhliem.hanamtv.vn: a company's trade may be written in lower case
    found = orgs_in(
        "Trong đó, Công ty TNHH MTV XSKT Đồng Tháp tài trợ 21 căn, Công ty TNHH MTV xổ số kiến thiết An Giang"
        " tài trợ 5 căn.",
        "Ông Lại Minh Duy – tổng giám đốc Công ty du lịch TST, đơn vị tài trợ chính cho chương trình.",
        "Hội chữ thập đỏ tỉnh đã phối hợp với Công ty cổ phần thực phẩm dinh dưỡng Nutifood trao tặng 100 phần quà.",
    )
    assert {
        "Công ty TNHH MTV xổ số kiến thiết An Giang",
        "Công ty du lịch TST",
        "Công ty cổ phần thực phẩm dinh dưỡng Nutifood",
    } <= set(found)
    assert "Công ty TNHH MTV" not in found
    # lower case all through is the common noun
    assert not orgs_in("Nhiều công ty may mặc tuyển dụng lao động; công ty đã trao tặng quà.")


def test_a_company_or_club_written_short_later_is_one_body() -> None:
    # sggp.org.vn: the legal form written once, then left out; "CLB" for "Câu lạc bộ"
    found = orgs_in(
        "Công ty TNHH MTV xổ số kiến thiết An Giang tài trợ 5 căn.",
        "Đại diện Công ty xổ số kiến thiết An Giang phát biểu.",
        "Câu lạc bộ Máu nóng Gia Lai tổ chức hiến máu. Sau đó, CLB Máu nóng Gia Lai trao quà.",
    )
    assert set(found) == {"Công ty TNHH MTV xổ số kiến thiết An Giang", "Câu lạc bộ Máu nóng Gia Lai"}


def test_a_quantity_after_a_lower_case_head_is_no_name() -> None:
    # phatsuonline.vn: "mỗi trường 2.500 khẩu trang", each school, no school's name
    found = orgs_in("CLB đã trao mỗi trường 2.500 khẩu trang y tế cho các em học sinh Trường THPT Gò Đen.")
    assert set(found) == {"Trường THPT Gò Đen"}


def test_a_chinese_local_government_is_named_with_its_unit() -> None:
    # baohagiang.vn: "Chính phủ nhân dân" + the county or province, as "Chính quyền nhân dân" is read
    found = orgs_in(
        "Đoàn đại biểu Chính phủ nhân dân huyện Phú Ninh, tỉnh Vân Nam (Trung Quốc) đã sang thăm huyện Mèo Vạc."
    )
    assert "Chính phủ nhân dân huyện Phú Ninh" in found
    assert "Chính phủ" not in found


def test_a_body_known_by_its_whole_name_is_no_organ_of_another() -> None:
    # doanhnghiephoinhap.vn: "Văn phòng Chính phủ" is a ministry-level body, not the government's office
    found = orgs_in("Ngày 23/7/2022, Văn phòng Chính phủ có văn bản 4635/VPCP-CN gửi Bộ Công Thương.")
    assert set(found) == {"Văn phòng Chính phủ", "Bộ Công Thương"}


def test_a_name_ends_before_the_verb_of_crossing_to_a_country() -> None:
    # ueh.edu.vn: "sang" (go over to) + a country after a body's name is the sentence's verb
    found = orgs_in("Hàng năm, các sinh viên thuộc Khoa Y trường Đại học Chosun sang Việt Nam để tham gia.")
    assert not any("sang" in name for name in found)


def test_an_english_name_keeps_its_article() -> None:
    # khoahocphothong.com.vn
    found = orgs_in(
        "TS Nguyễn Đức Nghĩa gửi lời cảm ơn đến chính quyền thành phố Daegu, cùng tổ chức Empathy for a Better"
        " World đã nỗ lực triển khai chương trình."
    )
    assert "Empathy for a Better World" in found


def test_a_head_followed_by_an_aspect_marker_is_the_subject_not_a_name() -> None:
    # queviet: "Hội đã làm tốt ..." is the association acting, no lower-case name after its head
    assert not orgs_in("Hội đã làm tốt công việc hiếu, hỉ cả ở Ba Lan và quê nhà Việt Nam.")
    assert "Hội người Việt Nam tại Hàn Quốc" in orgs_in("Hội người Việt Nam tại Hàn Quốc họp.")


def test_a_region_ending_a_name_after_a_title_is_no_holders_name() -> None:
    # vias.vass.gov.vn: "Châu" is a surname, "Châu Mỹ" a region the gazetteer knows
    found = orgs_in("PGS.TS. Nguyễn Xuân Trung, Viện trưởng Viện Nghiên cứu Châu Mỹ phát biểu.")
    assert "Viện Nghiên cứu Châu Mỹ" in found


def test_a_name_goes_on_over_the_people_a_body_serves() -> None:
    # phattuvietnam.net, redcross.org.vn, cand.com.vn: "người" (people) is a word of many names
    found = orgs_in(
        "Ông Kenji Inoue trao thiết bị y tế cho Trung tâm chăm sóc người cao tuổi Tuyết Thái.",
        "Hội Chữ thập đỏ tỉnh Bình Dương phối hợp với Câu lạc bộ Những người tình nguyện tổ chức hiến máu.",
    )
    assert {"Trung tâm chăm sóc người cao tuổi Tuyết Thái", "Câu lạc bộ Những người tình nguyện"} <= set(found)


def test_the_groups_a_body_serves_listed_with_commas_only() -> None:
    # baobinhduong.vn: three groups in lower case, the last after a comma, then the level word
    found = orgs_in(
        "Hội Bảo trợ người tàn tật, trẻ mồ côi, bệnh nhân nghèo tỉnh phối hợp cùng Hội Bảo trợ người tàn tật,"
        " trẻ mồ côi, bệnh nhân nghèo huyện Phú Giáo tổ chức trao tặng 21 chiếc xe đạp."
    )
    assert "Hội Bảo trợ người tàn tật, trẻ mồ côi, bệnh nhân nghèo huyện Phú Giáo" in found
    # capitalised names listed with commas are several bodies
    found = orgs_in("Sở Văn hóa, Thể thao và Du lịch, Đại biểu Quốc hội tỉnh Tuyên Quang dự.")
    assert not any(name.endswith("Tuyên Quang") and name.startswith("Sở") for name in found)


def test_a_company_described_in_lower_case_is_named_by_its_latin_brand() -> None:
    # the technology and business press: the kind in lower case, then the brand, then the verb
    found = orgs_in(
        "Công ty an ninh mạng Kaspersky cảnh báo về mã độc mới.",
        "Công ty bất động sản Novaland báo lỗ.",
        "CLB Bóng đá Viettel thi đấu trên sân Hàng Đẫy.",
    )
    assert {"Kaspersky", "Novaland", "CLB Bóng đá Viettel"} <= set(found)
    # a company whose legal form is written keeps its registered name
    assert "Công ty TNHH vệ sĩ Security" in orgs_in("Công an khám xét trụ sở Công ty TNHH vệ sĩ Security.")


def test_a_fronts_central_committee_is_the_front_at_its_centre() -> None:
    # baohatinh.vn (d304 gold), mattran.org.vn: the central committee is listed, its front not apart
    found = orgs_in("Đoàn đại biểu Ủy ban Trung ương Mặt trận Lào xây dựng đất nước thăm tỉnh Hà Tĩnh.")
    assert "Ủy ban Trung ương Mặt trận Lào xây dựng đất nước" in found
    assert "Mặt trận Lào xây dựng đất nước" not in found


def test_a_school_named_by_its_place_is_numbered_after_it() -> None:
    # phatsuonline.vn: "Trường THPT Lai Vung 1"; a count after the place is no number of the name
    found = orgs_in("Hiện tại Trường THPT Lai Vung 1 cũng vừa dời thi đợt 2.")
    assert "Trường THPT Lai Vung 1" in found
    assert "Trường THCS Tân Phú" in orgs_in("Trường THCS Tân Phú 15 học sinh đạt giải.")
    # companies are numbered so too (evn.com.vn, qrt.vn)
    assert "Công ty Cổ phần Sông Đà 9" in orgs_in("Công ty Cổ phần Sông Đà 9, đơn vị thi công, cho biết.")


def test_a_dash_before_another_bodys_head_ends_the_name() -> None:
    # nghean24h.vn, baophutho.vn: a fund and the company it belongs to, joined by a dash
    found = orgs_in("Quỹ Khuyến học Vinacam - Công ty cổ phần Tập đoàn Vinacam tài trợ 6 laptop.")
    assert {"Quỹ Khuyến học Vinacam", "Công ty cổ phần Tập đoàn Vinacam"} <= set(found)
    assert "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An" in orgs_in(
        "Sở Lao động - Thương binh và Xã hội tỉnh Nghệ An dự."
    )


def test_a_command_written_with_its_second_word_in_lower_case() -> None:
    # baomoi.net.vn (Quảng Ninh border guard), xosobinhdinh: "Bộ tư lệnh" as "Bộ Tư lệnh"
    found = orgs_in("Thực hiện chỉ đạo của Bộ tư lệnh Bộ đội Biên phòng và UBND tỉnh Quảng Ninh về việc chăm lo Tết.")
    assert "Bộ tư lệnh Bộ đội Biên phòng" in found


def test_a_mass_organisation_by_its_initials_is_the_one_spelt_out() -> None:
    # baothanhhoa.vn ("Hội CTĐ tỉnh"), hoinongdan.bacgiang.gov.vn ("HND Việt Nam")
    found = orgs_in(
        "Hội Chữ thập đỏ tỉnh Thanh Hóa trao quà. Sau đó, Hội CTĐ tỉnh Thanh Hóa thăm trẻ em.",
        "HND tỉnh Bắc Giang và Hội Nông dân tỉnh Bắc Giang phối hợp với HND Việt Nam.",
    )
    assert set(found) == {"Hội Chữ thập đỏ tỉnh Thanh Hóa", "Hội Nông dân tỉnh Bắc Giang", "HND Việt Nam"}


def test_a_body_after_a_title_keeps_its_name_when_the_holder_is_named_before() -> None:
    # bachmai.gov.vn, baomoi.net.vn: "PGS.TS Đào Xuân Cơ - Giám đốc Bệnh viện ..."; "Bạch Mai", "Hoàng Long"
    # begin with a surname, yet the holder is the person before the title
    assert "Bệnh viện Bạch Mai" in orgs_in("Đó là chỉ đạo của PGS.TS Đào Xuân Cơ - Giám đốc Bệnh viện Bạch Mai.")
    assert "Công ty TNHH Hoàng Long" in orgs_in("Ông Phạm Văn Tú, Giám đốc Công ty TNHH Hoàng Long trao 50 suất quà.")
    # no holder before the title: the name after the body is the holder's
    assert set(orgs_in("Tại Hà Nội, Giám đốc Sở Y tế Nguyễn Văn An cho biết.")) == {"Sở Y tế"}


def test_chinas_autonomous_region_bodies_take_the_region() -> None:
    # songv.langson.gov.vn, uongbi.gov.vn: the region is named with its people before the place
    found = orgs_in(
        "Đồng chí Vi Thao, Phó Bí thư Khu ủy, Chủ tịch Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây.",
        "Đồng chí Nguyễn Xuân Ký sẽ có buổi hội đàm với Bí thư Khu ủy Khu tự trị dân tộc Choang Quảng Tây.",
    )
    assert {
        "Chính quyền nhân dân Khu tự trị dân tộc Choang Quảng Tây",
        "Khu ủy Khu tự trị dân tộc Choang Quảng Tây",
    } <= set(found)


def test_a_chinese_county_level_city_and_its_committee_spelt_with_uy() -> None:
    # langson.gov.vn: "thị" (a county-level city) before its place; "Thị uỷ" with the old placement of the mark
    found = orgs_in(
        "Tiếp Đoàn Đại biểu Chính phủ nhân dân thị Bằng Tường, Quảng Tây (Trung Quốc) do ông Vũ Hiểu Huy, "
        "Bí thư Thị uỷ thị Bằng Tường làm trưởng đoàn."
    )
    assert {"Chính phủ nhân dân thị Bằng Tường", "Thị uỷ thị Bằng Tường"} <= set(found)


def test_a_trade_union_named_by_the_body_it_serves() -> None:
    # congthuong.vn, baohaiduong.vn: "Công đoàn" before the company's acronym or name
    assert "Công đoàn EVN CPC" in orgs_in("Ông Phạm Quốc Khánh - Chủ tịch Công đoàn EVN CPC trao 50 triệu đồng.")
    assert "Công đoàn Vietcombank Hải Dương" in orgs_in(
        "Công đoàn Vietcombank Hải Dương phối hợp với chuyên môn đã ủng hộ xây dựng 13 ngôi nhà."
    )
    assert not orgs_in("Công đoàn cơ sở đã trao quà cho đoàn viên.")  # the union the article is about


def test_a_long_remit_goes_on_to_the_place_that_closes_the_name() -> None:
    # cand.com.vn: seven words of remit in lower case, then the province
    found = orgs_in(
        "Hỗ trợ nâng cao năng lực cho Ban Chỉ đạo khắc phục hậu quả chiến tranh tỉnh Quảng Trị và các đối tác."
    )
    assert "Ban Chỉ đạo khắc phục hậu quả chiến tranh tỉnh Quảng Trị" in found


def test_a_blood_donation_steering_committee_reads_its_drive_as_a_noun() -> None:
    # tab.baohaiduong.vn: "vận động hiến máu" is the drive the committee steers, not the verb "vận động"
    found = orgs_in(
        "Ngày 23.5, Ban Chỉ đạo vận động hiến máu tình nguyện huyện Thanh Hà phối hợp với Viện Huyết học - "
        "Truyền máu Trung ương tổ chức Ngày hội hiến máu."
    )
    assert "Ban Chỉ đạo vận động hiến máu tình nguyện huyện Thanh Hà" in found
    assert set(orgs_in("Hội Chữ thập đỏ tỉnh Hải Dương vận động hiến máu tình nguyện.")) == {
        "Hội Chữ thập đỏ tỉnh Hải Dương"
    }


def test_the_holder_named_before_several_offices_of_theirs() -> None:
    # vietnamplus.vn, baomoi.net.vn: the person, then two offices parted by a comma
    assert "Quỹ học bổng Vừ A Dính" in orgs_in(
        "Bà Trương Mỹ Hoa, nguyên Phó Chủ tịch nước, Chủ tịch Quỹ học bổng Vừ A Dính, cùng các mạnh thường quân."
    )
    assert "Bệnh viện Bạch Mai" in orgs_in(
        "Huân chương Lao động hạng Ba với PGS.TS. Đào Xuân Cơ - Bí thư Đảng ủy, Giám đốc Bệnh viện Bạch Mai."
    )
    # a semicolon parts two people of a list: the name after the second office is its holder's
    found = orgs_in("Dự có ông Lê Văn Bình, Phó Chủ tịch UBND tỉnh; Giám đốc Công ty TNHH Hoàng Long Nguyễn Văn An.")
    assert "Công ty TNHH Hoàng Long" in found


def test_an_ampersand_joins_the_names_inside_a_latin_name() -> None:
    # kenh14.vn: a fund named after two founders joined by "&"
    found = orgs_in("Bill Gates tiết lộ số tiền Quỹ từ thiện Bill & Melinda Gates Foundation Trust của ông đã chi.")
    assert set(found) == {"Bill & Melinda Gates Foundation Trust"}
    assert "Tập đoàn Johnson & Johnson" in orgs_in("Tập đoàn Johnson & Johnson tài trợ dự án.")


def test_a_charity_fund_named_in_latin_script_after_its_kind() -> None:
    # baothuathienhue.vn: "Quỹ từ thiện" and a foreign name that does not say its kind
    assert set(orgs_in("Quỹ từ thiện Phuc's Fond tặng số tiền làm nhà kiên cố.")) == {"Quỹ từ thiện Phuc's Fond"}


def test_an_english_name_opened_by_its_kind_and_its_seat() -> None:
    # giaoducthoidai.vn: "University of North Dakota" after the Vietnamese "trường"
    found = orgs_in("Michelle Nguyễn hiện đang học môn khoa học chính trị tại trường University of North Dakota.")
    assert set(found) == {"University of North Dakota"}
    assert "Bank of America" in orgs_in("Ngân quỹ do Bank of America tài trợ.")
    # a kind with no seat after it names no body
    assert orgs_in("Sinh viên năm nhất của University.") == {}


def test_an_acronym_that_gives_is_a_body() -> None:
    # baoquangnam.vn: the giver after "do", by its acronym alone
    found = orgs_in(
        "Hàn Quốc vừa phối hợp với UBND huyện Tây Giang khởi công xây dựng 2 phòng học cho Trường Mầm non Họa Mi.",
        "Công trình có kinh phí đầu tư 1,2 tỷ đồng do KFHI tài trợ.",
    )
    assert "KFHI" in found
    assert "KOICA" in orgs_in("Năm 2020, KOICA đã viện trợ 5 triệu USD cho tỉnh.")
    # a programme before "hỗ trợ", with neither "do" nor an aspect marker, is no giver; nor a kind of aid
    assert orgs_in("Chương trình WASH hỗ trợ nước sạch.") == {}
    assert orgs_in("Dự án do ODA tài trợ.") == {}


def test_a_name_and_its_translation_in_brackets_are_one_body() -> None:
    # a Latin name, then its Vietnamese translation in brackets (tienphong.vn)
    found = orgs_in(
        "Trước khi gặp chủ nhân, tôi thấy trên cửa nhà chị có dòng chữ Vietnam Children’s Fund (Quỹ Trẻ em Việt "
        "Nam) và biểu trưng của tổ chức này."
    )
    assert set(found) == {"Quỹ Trẻ em Việt Nam"}
    assert "Vietnam Children’s Fund" in found["Quỹ Trẻ em Việt Nam"].aliases
    # the other way round, and the English name written alone further on (vtcnews.vn)
    found = orgs_in(
        "Ngày 20/10, tại trường Cao đẳng Phát thanh - Truyền hình II (VOV College) diễn ra Lễ ký kết Biên bản Ghi nhớ.",
        "Phát biểu tại buổi lễ, đại diện VOV College bày tỏ tin tưởng mối quan hệ hợp tác này sẽ phát triển.",
    )
    assert set(found) == {"trường Cao đẳng Phát thanh - Truyền hình II"}
    assert len(found["trường Cao đẳng Phát thanh - Truyền hình II"].spans) == 3
    # two bodies in one script, the second's country in brackets, stay apart
    assert len(orgs_in("Tập đoàn Samsung (Hàn Quốc) và Tập đoàn LG (Hàn Quốc) tài trợ.")) == 2


def test_a_vietnamese_brand_with_an_english_kind() -> None:
    # haithanh.com.vn: the brand in Vietnamese syllables, then "Group"
    found = orgs_in(
        "Ngày 26/10/2020, Sở Tài nguyên và Môi trường tỉnh Long An phối hợp với Hai Thành Group, tổ chức Lễ bàn "
        "giao kinh phí để UBND TP. Tân An xây dựng nhà đại đoàn kết."
    )
    assert "Hai Thành Group" in found
    assert "Đất Xanh Group" in orgs_in("Theo Đất Xanh Group, dự án sẽ hoàn thành trong năm.")
    # a place before the kind is not read as a brand
    assert orgs_in("Ban lãnh đạo Hà Nội Group phát biểu.") == {}


def test_a_known_body_in_any_case_before_its_acronym() -> None:
    # text.123docz.net: the agency's name in lower case, its acronym in brackets, then the acronym alone
    found = orgs_in(
        "Cơ quan hợp tác quốc tế Hàn Quốc (KOICA) được thành lập vào tháng 4 năm 1991.",
        "Hiện nay, KOICA có 23 văn phòng hoạt động tại 22 nước.",
    )
    assert set(found) == {"Cơ quan hợp tác quốc tế Hàn Quốc"}
    assert len(found["Cơ quan hợp tác quốc tế Hàn Quốc"].spans) == 3  # (the acronym in brackets is one too)
    # the words must spell the body the acronym stands for
    assert set(orgs_in("Cơ quan hợp tác quốc tế Nhật Bản (KOICA) họp.")) == {"KOICA"}


def test_a_latin_name_with_vietnam_in_english_and_the_short_company_head() -> None:
    # t6i4.biomech-hgw.org (a copy of Wikipedia): the English name ends with "Vietnam", one body with the
    # Vietnamese name before it
    found = orgs_in(
        "Trường Đại học Fulbright Việt Nam (tiếng Anh: Fulbright University Vietnam) là một trường đại học độc lập."
    )
    assert set(found) == {"Trường Đại học Fulbright Việt Nam"}
    assert "Fulbright University Vietnam" in found["Trường Đại học Fulbright Việt Nam"].aliases
    # laodong.vn: "Cty", the short form of "Công ty", heads the name
    found = orgs_in("Ông Đinh Sỹ Phúc - Chủ tịch công đoàn Cty Taekwang Vina - trao số tiền hỗ trợ.")
    assert "Cty Taekwang Vina" in found


def test_an_acronym_then_the_latin_name_it_stands_for_in_brackets() -> None:
    # baomoi.com: the acronym after its head, the English name and what the body is in brackets, then the
    # acronym alone: one body
    found = orgs_in(
        "UBND TPHCM cho phép nhận gần 523 triệu đồng là tiền tài trợ của Tổ chức EFD (Education For Development - "
        "tổ chức phi chính phủ về phát triển trẻ em).",
        "EFD cũng hỗ trợ trường học.",
    )
    efd = next(org for org in found.values() if "EFD" in org.name or "EFD" in org.aliases)
    assert "Education For Development" in (efd.name, *efd.aliases)
    assert len(efd.spans) == 3
    # a place or a programme by its acronym is no body; nor a name whose initials do not spell the acronym
    assert "Ho Chi Minh City" not in orgs_in("Số liệu của HCMC (Ho Chi Minh City) cho thấy lượng khách tăng.")
    assert orgs_in("Thực hiện các SDG (Sustainable Development Goals) đến năm 2030.") == {}
    assert "Education For Children" not in orgs_in("Quà của Tổ chức EFD (Education For Children) đã tới.")


def test_a_news_agency_or_site_by_its_kind() -> None:
    # the agency and the news site cited as sources in foreign news
    assert "Nikkei Asia" in orgs_in("Theo trang tin Nikkei Asia, hai bên đã ký kết thỏa thuận.")
    assert "Hãng thông tấn Kyodo" in orgs_in("Hãng thông tấn Kyodo đưa tin về cuộc gặp.")
    # a site's kind without a name after it names nothing
    assert orgs_in("Theo trang tin điện tử của tỉnh, hai bên đã ký kết.") == {}


def test_a_lower_case_head_after_a_title_opens_a_name() -> None:
    # "Chủ tịch hội Hữu nghị ...": the title says a body follows, whatever the case of its head
    found = orgs_in("Bà Trường Thị Hiền - Chủ tịch hội Hữu nghị Việt Nam - Cuba TPHCM phát biểu.")
    assert "hội Hữu nghị Việt Nam - Cuba TPHCM" in found
    # (not a title's own last word: "Trưởng ban Dân vận", nor before a capitalised head: "văn phòng Cơ quan ...")
    assert "Ban Dân vận Tỉnh ủy" in orgs_in("Ông Nguyễn Văn A, Trưởng ban Dân vận Tỉnh ủy phát biểu.")
    found = orgs_in("Ngài Rémi Genevey, Giám đốc văn phòng Cơ quan Phát triển Pháp tại Việt Nam đã ký.")
    assert not any(name.startswith("văn phòng") for name in found)


def test_a_name_its_provinces_level_word_closes() -> None:
    # nghean24h.vn: a long remit in lower case, closed by the bare level word before a semicolon
    found = orgs_in(
        "Các đồng chí Nguyễn Văn Thông - Phó Bí thư Thường trực Tỉnh ủy, Trưởng Ban Chỉ đạo Công tác thông tin "
        "đối ngoại tỉnh; Phạm Ngọc Cảnh - Phó Trưởng Ban Tuyên giáo Tỉnh ủy cùng chủ trì hội nghị."
    )
    assert "Ban Chỉ đạo Công tác thông tin đối ngoại tỉnh" in found
    # baophapluat.vn: a steering committee written all in lower case after its head, the province's
    found = orgs_in(
        "Ông Nguyễn Văn Phương, Chủ tịch UBND tỉnh, Trưởng ban Ban chỉ đạo công tác biên giới tỉnh phát biểu."
    )
    assert "Ban chỉ đạo công tác biên giới tỉnh" in found


def test_a_persons_name_after_a_body_with_a_surname_inside() -> None:
    # "Bạch Mai" ends with a surname: the person is the three syllables after it, not four
    assert "Bệnh viện Bạch Mai" in orgs_in("Giám đốc Bệnh viện Bạch Mai Đào Xuân Cơ cho biết bệnh viện sẵn sàng.")
    assert "Sở Y tế" in orgs_in("Giám đốc Sở Y tế Nguyễn Thị Minh Khai phát biểu.")


def test_the_people_of_a_place_after_a_body_are_not_in_its_name() -> None:
    # "X và nhân dân tỉnh Y": the body, then the province's people; the groups a body serves stay in its name
    assert "Sở Ngoại vụ" in orgs_in("Sở Ngoại vụ và nhân dân tỉnh Lào Cai đón đoàn.")
    found = orgs_in("Thay mặt Bộ đội Biên phòng hai nước và chính quyền huyện Sepon, ông A cảm ơn.")
    assert not any("chính quyền" in name for name in found)
    assert "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh" in orgs_in(
        "Hội Bảo trợ người khuyết tật và trẻ mồ côi tỉnh trao quà."
    )


def test_a_military_command_with_its_second_word_in_lower_case() -> None:
    # nghean24h.vn: "Bộ chỉ huy BĐBP tỉnh Nghệ An", as "Bộ tư lệnh" is written too
    assert "Bộ chỉ huy BĐBP tỉnh Nghệ An" in orgs_in(
        "Thư của Ban giám đốc Công an tỉnh Hủa Phăn, Lào gửi Bộ chỉ huy BĐBP tỉnh Nghệ An."
    )


def test_a_field_listed_with_a_comma_names_a_school() -> None:
    # baothanhhoa.vn: the state's field "Văn hóa, Thể thao và Du lịch" names a university as it names a department
    assert "Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa" in orgs_in(
        "Các lưu học sinh Lào đang học tập tại Trường Đại học Văn hóa, Thể thao và Du lịch Thanh Hóa dự buổi trao quà."
    )


def test_a_centres_fields_joined_by_va_run_to_its_province() -> None:
    # the fields of a centre after "và", closed by the province's level word (not so a school's recipients)
    assert "Trung tâm Thông tin và hợp tác quốc tế tỉnh" in orgs_in(
        "Bà Lê Thị Hà, Giám đốc Trung tâm Thông tin và hợp tác quốc tế tỉnh trao quà."
    )
    assert "Trường Đại học Quản trị kinh doanh" in orgs_in(
        "Trường Đại học Quản trị kinh doanh và học sinh huyện Ý Yên nhận quà."
    )


def test_names_written_with_every_syllable_capitalised_end_at_lower_case() -> None:
    # viendongdaily.com (overseas press: every syllable of a name capitalised); bare organs not listed
    found = orgs_in(
        "Hội Đồng Chấp Hành và Hội Đồng Giám Sát đã được bầu rồi nên đến nay Ban Tổ Chức Bầu Cử tiến hành họp "
        "khoáng đại để bầu Hội Đồng Đại Biểu.",
        "Ngoài ra có đầy đủ Ban Chấp Hành CĐNVQG Nam Cali, đứng đầu là ông Phát Bùi và Hội Đồng Giám Sát đứng "
        "đầu là kỹ sư Tạ Trung.",
    )
    assert set(found) == {"Ban Tổ Chức Bầu Cử", "Ban Chấp Hành CĐNVQG Nam Cali"}
    # thoisu-doisong.com: the verb after a Title Case name is the sentence's
    assert set(orgs_in("Ban Bầu Cử Ban Đại Diện Cộng Đồng Việt Mỹ Bắc Cali kiểm phiếu tại trụ sở.")) == {
        "Ban Bầu Cử Ban Đại Diện Cộng Đồng Việt Mỹ Bắc Cali"
    }
    # tamky.quangnam.gov.vn: a proper name capitalised throughout, then the body's reach in lower case
    assert "Tổ chức Làng Hoa Sen quốc tế Hàn Quốc" in orgs_in(
        "Các em nhận học bổng của Tổ chức Làng Hoa Sen quốc tế Hàn Quốc, mỗi suất 800.000 đồng."
    )
    # a legal form after the acronym is written so in standard text too: the name goes on
    assert "Công ty TNHH Một Thành Viên Giám định PNJ" in orgs_in(
        "Một nhân viên của Công ty TNHH Một Thành Viên Giám định PNJ bị khởi tố."
    )


def test_title_cased_bare_organ_is_no_person() -> None:
    article = dnnd.Article(blocks=[Paragraph("Hội Đồng Chấp Hành phục vụ hữu hiệu và Hội Đồng Giám Sát họp.")])
    result = dnnd.extract(article)
    # neither an organization (an organ alone) nor a person read into it ("Đồng Giám Sát")
    assert not [e for e in result.entities if e.kind in ("person", "organization")]


def test_bare_body_is_the_vietnamese_provinces_beside_a_foreign_one() -> None:
    # laocaitv.vn: the provincial committees of Lào Cai and of Yunnan named, then "Tỉnh ủy" alone
    found = orgs_in(
        "Thay mặt Tỉnh ủy, UBND tỉnh Lào Cai, Sở Ngoại vụ tỉnh Lào Cai đã tặng quà.",
        "Tỉnh ủy Lào Cai và Tỉnh ủy Vân Nam đã ký kết khung thỏa thuận hợp tác.",
    )
    assert "Tỉnh ủy" not in found
    assert len(found["Tỉnh ủy Lào Cai"].spans) == 2
    # two Vietnamese provinces named: the bare one may be either, and stays apart
    assert "Tỉnh ủy" in orgs_in("Tỉnh ủy Lào Cai và Tỉnh ủy Hà Giang đã ký kết. Tỉnh ủy chỉ đạo.")


def test_served_people_by_their_initials_name_the_same_association() -> None:
    # asvho.org.vn: "NKT" and "TMC" are the press's initials for "người khuyết tật", "trẻ mồ côi"
    found = orgs_in(
        "Hội Bảo trợ Người khuyết tật và Trẻ mồ côi tỉnh Thừa Thiên Huế tổ chức trao 18 chiếc xe lăn.",
        "Trước đó ngày 21/4, Hội Bảo trợ NKT và TMC tỉnh Thừa Thiên Huế đã trao 20 chiếc xe lăn.",
    )
    assert set(found) == {"Hội Bảo trợ Người khuyết tật và Trẻ mồ côi tỉnh Thừa Thiên Huế"}


def test_national_university_with_its_kind_in_lower_case() -> None:
    # tapchidulich.net.vn: "Đại học quốc gia" written with its kind in lower case before its city
    found = orgs_in("Có 2 trường tại TP. Hồ Chí Minh (Đại học quốc gia TP. Hồ Chí Minh, Đại học Ngoại ngữ Tin học).")
    assert "Đại học quốc gia TP. Hồ Chí Minh" in found
    assert not orgs_in("Sinh viên Đại học quốc gia đến thăm.")


def test_country_initials_are_no_body() -> None:
    # thoibao.de: "VN" is the country the ambassador represents, not a body named by its acronym
    assert not orgs_in("Ông Đại sứ VN tại Đức đã cầm micro chỉ đạo quá trình thành lập.")
    assert not orgs_in("Đại diện phía VN đã phát biểu.")


def test_latin_names_found_through_the_index_as_the_one_scan_finds_them() -> None:
    # (both readings in one text, a cue word that is also a capitalised word, "Cty", and a named name a cued one
    # covers: the merged finds must be the single pattern's, span and group for group)
    texts = [
        "Tập đoàn Samsung Electronics và Cty Taekwang Vina Group cùng Nam A Bank tài trợ; tổ chức Plan International,",
        "Rotary Club of Mosman và báo The Washington Post đưa tin; tập đoàn American Motors Corporation của Mỹ.",
        "Ông Nguyễn Văn An, Chủ tịch Hội Hữu nghị Việt Nam - Hàn Quốc tỉnh, phát biểu.",  # (none at all)
    ]
    for text in [*texts, " ".join(texts)]:
        expected = [
            (m.span(), m.groupdict().get("cued"), m.groupdict().get("named")) for m in _latin_re().finditer(text)
        ]
        found = [
            (m.span(), m.groupdict().get("cued"), m.groupdict().get("named"))
            for m in _latin_matches(text, WordIndex(text))
        ]
        assert found == expected
    assert expected  # (the texts do hold Latin names)


def test_a_trade_union_and_a_farmers_union_by_their_press_initials_with_a_bare_level() -> None:
    # congdoanquangnam.org.vn: "LĐLĐ tỉnh" is the province's labour federation, as "Hội LHPN tỉnh" its women's union
    found = orgs_in(
        "Đ/c Phan Xuân Quang-TUV, Chủ tịch LĐLĐ tỉnh tặng quà cho công nhân lao động.",
        "LĐLĐ tỉnh sẽ tổ chức thăm, tặng quà cho 214 trường hợp; đại diện HND tỉnh cùng dự.",
    )
    assert {"LĐLĐ tỉnh", "HND tỉnh"} <= set(found)
    assert "LĐLĐ huyện Phú Lương" in orgs_in("Đại diện LĐLĐ huyện Phú Lương trao 86 suất quà.")


def test_a_company_name_ends_before_the_preposition_doi_voi() -> None:
    # ubmttq.camau.gov.vn
    found = orgs_in("Ông Lê Dũng ghi nhận việc làm thiết thực của Tập đoàn T&T Group đối với Cà Mau.")
    assert "Tập đoàn T&T Group" in found
    assert not any(name.endswith(" đối") for name in found)


def test_the_youth_union_of_a_bloc_of_bodies() -> None:
    # baonamdinh.vn, baoninhbinh.org.vn: the Youth Union set up by bloc, as the Party's committee of the bloc
    found = orgs_in(
        "Tỉnh Đoàn đã công bố quyết định hợp nhất Đoàn Khối Các cơ quan tỉnh và Đoàn Khối Doanh nghiệp tỉnh.",
        "Ngày 8/1, BCH Lâm thời Đoàn Khối Cơ quan và Doanh nghiệp tỉnh tổ chức đại hội đại biểu lần thứ nhất.",
        "Đảng ủy Khối tổ chức hợp nhất Đoàn Thanh niên Khối Các cơ quan và Doanh nghiệp tỉnh.",
    )
    assert {
        "Đoàn Khối Các cơ quan tỉnh",
        "Đoàn Khối Doanh nghiệp tỉnh",
        "Đoàn Khối Cơ quan và Doanh nghiệp tỉnh",
        "Đoàn Thanh niên Khối Các cơ quan và Doanh nghiệp tỉnh",
    } <= set(found)
    assert "Đoàn Thanh niên" not in found
    assert not orgs_in("Ông Đoàn Khối, cán bộ hưu trí, phát biểu.")  # (a person's name: no bloc follows)


def test_the_youth_unions_central_committee_by_doan_alone() -> None:
    # thieunhivietnam.vn: "Trung ương Đoàn" is the Youth Union's central committee, not the Party's
    found = orgs_in(
        "Căn cứ Kế hoạch số 183-KH/TWĐTN-TNNT của Ban Bí thư Trung ương Đoàn, Ban Bí thư Trung ương Đoàn ban hành"
        " Kế hoạch tổ chức các hoạt động hè.",
        "Bí thư Trung ương Đoàn Nguyễn Minh Triết phát biểu.",
    )
    assert {"Ban Bí thư Trung ương Đoàn", "Trung ương Đoàn"} <= set(found)
    assert "Ban Bí thư Trung ương" not in found
    # (before the union's full name, "Trung ương" is its central level)
    assert "Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào" in orgs_in(
        "Dự có Uỷ viên Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào."
    )


def test_a_mission_by_its_press_acronym_with_its_country_and_host() -> None:
    # baomoi.com (Hà Nội Mới): "ĐSQ" is the press's "Đại sứ quán"; a bare one is no name
    found = orgs_in(
        "Ngày 1-11, tại ĐSQ Nhật Bản, Hà Nội đã diễn ra lễ ký kết viện trợ không hoàn lại.",
        "Tại lễ ký, ngài Hideo Suzuki, Đại biện lâm thời ĐSQ Nhật Bản tại Việt Nam bày tỏ mong muốn.",
    )
    assert "ĐSQ Nhật Bản tại Việt Nam" in found
    assert "ĐSQ" not in found
    assert "ĐSQ" not in orgs_in("Ông Hideo Suzuki, Đại biện lâm thời ĐSQ, phát biểu.")


def test_a_name_ends_before_kiem_and_the_holders_second_office() -> None:
    # vietnam.ajunews.com
    found = orgs_in("Ông Woo Oh-huyn Chủ tịch Tập đoàn SM Group kiêm đồng chủ tịch KOVECA cùng dự.")
    assert "Tập đoàn SM Group" in found
    assert not any("kiêm" in name for name in found)


def test_a_district_party_committee_with_its_district_written_bare() -> None:
    # yenbai.gov.vn: no level word between the committee and its district, which no gazetteer need list
    assert "Huyện ủy Mù Cang Chải" in orgs_in("Ngày 20/9, Huyện ủy Mù Cang Chải tổ chức gặp mặt, tuyên dương.")
    found = orgs_in("Bí thư Huyện ủy Mường Khương Nguyễn Văn An phát biểu; Thị ủy Duyên Hải cùng dự.")
    assert {"Huyện ủy Mường Khương", "Thị ủy Duyên Hải"} <= set(found)
    # a person's name after the committee is no district
    found = orgs_in("Bí thư Huyện ủy Nguyễn Hoàng Thám phát biểu tại hội nghị.")
    assert not any("Nguyễn" in name for name in found)
    assert not any("Ban" in name for name in orgs_in("Tại buổi làm việc, Huyện ủy Ban Thường vụ đã thống nhất."))


def test_a_foreign_city_opens_a_name_its_own_word_ends() -> None:
    # tienphong.vn, world.kbs.co.kr, vietnam.ajunews.com
    found = orgs_in(
        "Đoàn gồm 2 bệnh viện của trường đại học (Bệnh viện Seoul Asan, Bệnh viện Samsung Seoul).",
        "Tập đoàn SK đã phối hợp với Bệnh viện Đại học Seoul Bundang tổ chức sự kiện tại tỉnh Quảng Ngãi.",
        "Tại thành phố Gwangju đã diễn ra Lễ thành lập Chi hội Gwangju Jeollanam thuộc Hiệp hội.",
    )
    assert {"Bệnh viện Seoul Asan", "Bệnh viện Đại học Seoul Bundang", "Chi hội Gwangju Jeollanam"} <= set(found)
    # a person's name after a body takes two words or more: it is no part of the name
    found = orgs_in("Phát biểu tại buổi họp, Hạ viện Mỹ Nancy Pelosi cho biết.")
    assert "Hạ viện Mỹ" in found


def test_a_body_seated_in_a_world_region_written_in_lower_case() -> None:
    # secviet.cz, nguoixunghekiev: "châu Âu" is written in lower case, a region of the world, not Vietnam's
    found = orgs_in(
        "Tới dự có đại diện Ủy ban về người Việt Nam ở nước ngoài, Liên hiệp hội người Việt Nam tại châu Âu.",
        "Hiệp hội Doanh nghiệp châu Âu tại Việt Nam cùng dự.",
    )
    assert {
        "Ủy ban về người Việt Nam ở nước ngoài",
        "Liên hiệp hội người Việt Nam tại châu Âu",
        "Hiệp hội Doanh nghiệp châu Âu tại Việt Nam",
    } <= set(found)
    assert "Liên hiệp hội người Việt Nam" not in found


def test_a_brand_alone_after_the_name_with_its_kind_is_the_same_body() -> None:
    # kenhvtc9.vn, baogialai.com.vn
    found = orgs_in(
        "Ông Đỗ Vinh Quang, Phó Chủ tịch HĐQT Tập đoàn T&T Group đã trao ủng hộ 1 tỷ đồng.",
        "Theo đại diện Tập đoàn T&T Group, T&T Group luôn tích cực hưởng ứng các chủ trương.",
    )
    assert "Tập đoàn T&T Group" in found
    assert "T&T Group" not in found
    found = orgs_in(
        "Đại diện Công ty cổ phần TASCO đã trao số tiền ủng hộ 1 tỷ đồng cho Ủy ban MTTQ Việt Nam tỉnh.",
        "Nguồn kinh phí trên do các công ty, đơn vị thành viên trong hệ thống TASCO đóng góp.",
    )
    assert "TASCO" not in found
    assert len(found["Công ty cổ phần TASCO"].spans) == 2


def test_a_foreign_province_the_gazetteer_does_not_know_after_a_bare_level() -> None:
    # dongnai.gov.vn: "tỉnh" and a capitalised name the gazetteer lacks; a person's name is no province
    found = orgs_in(
        "Trung tướng Chân Ny, Giám đốc Ty Công an tỉnh Tbong Khmum; Giám đốc Công an tỉnh Môn Đôn Ki Ri dự.",
    )
    assert {"Ty Công an tỉnh Tbong Khmum", "Công an tỉnh Môn Đôn Ki Ri"} <= set(found)
    assert set(orgs_in("Chủ tịch UBND tỉnh Nguyễn Văn An phát biểu tại buổi lễ.")) == {"UBND tỉnh"}


def test_a_name_ends_before_thanh_into_and_a_branch_institute_is_a_body() -> None:
    # thinhvuongvietnam.com: "chuyển X thành Y", a body turned into another; "Phân viện" an academy's branch
    found = orgs_in("Bộ Chính trị quyết định chuyển Trường Đại học Tuyên giáo thành Phân viện Báo chí và Tuyên truyền.")
    assert {"Trường Đại học Tuyên giáo", "Phân viện Báo chí và Tuyên truyền"} <= set(found)
    # ("thành phố", a city, is no "thành")
    assert "Trung tâm Y tế thành phố" in orgs_in("Trung tâm Y tế thành phố tổ chức khám bệnh miễn phí.")


def test_a_union_of_associations_with_its_second_word_capitalised() -> None:
    # husta (d152): "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế", then "Liên hiệp các hội ... tỉnh"
    found = orgs_in(
        "Câu lạc bộ Trí thức trẻ thuộc Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế tổ chức trao xe.",
        "Tới dự có đại diện Liên hiệp các hội Khoa học và Kỹ thuật tỉnh.",
    )
    assert "Liên hiệp các Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế" in found
    assert "Hội Khoa học và Kỹ thuật tỉnh Thừa Thiên Huế" not in found


def test_sang_tao_is_a_noun_and_dan_dau_a_verb_after_a_name() -> None:
    # baohaiduong.vn (d140): "sáng tạo" (creative) is no "sáng" (morning); "dẫn đầu" ends the leader's body
    found = orgs_in("Đoàn do ông Choi Woo Hyuk, Giám đốc Viện Nghiên cứu văn hoá sáng tạo dẫn đầu làm việc tại tỉnh.")
    assert "Viện Nghiên cứu văn hoá sáng tạo" in found


def test_a_member_school_named_with_its_university_after_a_dash() -> None:
    # udn.vn (d162): a member school of a regional or national university
    found = orgs_in(
        "Trường Đại học Sư phạm – Đại học Đà Nẵng và Trường Đại học Ajou Hàn Quốc hợp tác đào tạo.",
        "Trường Đại học Khoa học Tự nhiên - Đại học Quốc gia Hà Nội tổ chức hội thảo.",
    )
    assert {
        "Trường Đại học Sư phạm – Đại học Đà Nẵng",
        "Trường Đại học Khoa học Tự nhiên - Đại học Quốc gia Hà Nội",
    } <= set(found)
    assert "Trường Đại học Sư phạm" not in found


def test_foundations_named_by_their_founder_with_the_acronym_of_the_full_name() -> None:
    # vietnambotschaft.org (d166): the acronym spells the kind the Vietnamese text leaves out (Stiftung)
    found = orgs_in(
        "Đoàn đã làm việc với các viện nghiên cứu chính trị của Đức như Friedrich Ebert (FES), Konrad Adenauer"
        " (KAS), Rosa Luxembourg (RLS) và Friedrich Naumann (FNF)."
    )
    assert {"Friedrich Ebert", "Konrad Adenauer", "Rosa Luxembourg", "Friedrich Naumann"} <= set(found)
    assert orgs_in("Ông John Smith (JSC) phát biểu tại hội thảo.") == {}


def test_a_party_with_its_kind_by_initials() -> None:
    # tinbong247.org (d163)
    found = orgs_in("Tới dự có các đồng chí Ủy viên Bộ Chính trị, Bí thư T.Ư Đảng NDCM Lào, Bộ trưởng Ngoại giao.")
    assert "Đảng NDCM Lào" in found


def test_a_performing_troupe_named_after_its_kind_in_lower_case() -> None:
    # danvan.vn (d156): "đoàn nghệ thuật" before a name; "Đoàn" alone stays a surname
    found = orgs_in("Chương trình có các tiết mục văn nghệ của đoàn nghệ thuật Khát vọng Việt Nam ở Sydney.")
    assert "đoàn nghệ thuật Khát vọng Việt Nam" in found


def test_a_body_after_cap_names_a_level_not_one_body() -> None:
    # bienphong.com.vn, baogialai.com.vn: "các cấp Hội ...", "cấp Bộ Chỉ huy BĐBP tỉnh"
    assert orgs_in("Các cấp Hội Chữ thập đỏ trong tỉnh đã quyên góp 2 tỷ đồng.") == {}
    assert orgs_in("Khởi động giao lưu hữu nghị biên giới Việt Nam - Lào cấp Bộ Chỉ huy BĐBP tỉnh năm 2022.") == {}
    # (with its place named, the body is one: the district's association at each of its levels)
    assert "Hội Chữ thập đỏ huyện Chư Sê" in orgs_in("Các cấp Hội Chữ thập đỏ huyện Chư Sê phấn đấu vận động.")


def test_a_home_province_association_abroad_is_named_with_its_seat() -> None:
    # vtv4.vtv.vn, queviet (d983): "Hội đồng hương" is an association, not a council ("Hội đồng")
    found = orgs_in("Hội đồng hương Ninh Bình tại Ba Lan vừa chính thức ra mắt tại Warszawa.")
    assert "Hội đồng hương Ninh Bình tại Ba Lan" in found
    # (a school is no people's association: where an event happens is no part of its name)
    assert "Trường Đại học Hà Nội" in orgs_in("Trường Đại học Hà Nội tại Nhật Bản ký kết thỏa thuận.")


def test_the_labour_department_with_its_fields_joined_by_a_comma() -> None:
    # baoninhbinh.org.vn: the dash of the official name written as a comma, in lower case at times
    found = orgs_in("Ngày 19/12, Hội phụ nữ tỉnh phối hợp với Sở lao động, thương binh và xã hội tổ chức trao tiền.")
    assert "Sở lao động, thương binh và xã hội" in found


def test_a_countrys_army_and_a_border_post_in_lower_case_with_its_gate() -> None:
    # baonghean.vn
    found = orgs_in(
        "Nhân kỷ niệm 70 năm Ngày thành lập Quân đội nhân dân Lào, đoàn đã đến thăm Đại đội Biên phòng 221.",
        "Đoàn công tác đồn biên phòng cửa khẩu Thanh Thủy (Bộ đội biên phòng Nghệ An) đã sang thăm.",
    )
    assert {"Quân đội nhân dân Lào", "đồn biên phòng cửa khẩu Thanh Thủy"} <= set(found)
    assert orgs_in("Cán bộ đồn biên phòng cửa khẩu đã tuần tra.") == {}


def test_a_legal_form_acronym_does_not_end_a_company_or_bank_name() -> None:
    # baoquangngai.vn, baolangson.vn: lower case and a proper name go on after "TMCP", "CP"
    found = orgs_in(
        "Ngày 15.11, Ngân hàng TMCP phát triển TP.Hồ Chí Minh (HD Bank) đã trao 200 suất quà.",
        "UBND tỉnh Đồng Tháp và Ngân hàng Thương mại CP Công thương Việt Nam (Vietinbank) trao 200 nhà.",
    )
    assert {"Ngân hàng TMCP phát triển TP.Hồ Chí Minh", "Ngân hàng Thương mại CP Công thương Việt Nam"} <= set(found)
    # (an acronym that is no legal form still completes the name: "Bộ Tư lệnh BĐBP phát động")
    assert "Bộ Tư lệnh BĐBP" in orgs_in("Bộ Tư lệnh BĐBP phát động phong trào thi đua.")


def test_a_branch_named_after_a_dash_with_its_province() -> None:
    # baonghean.vn, baothanhhoa.vn
    found = orgs_in(
        "Ông Đoàn Mạnh Hà - Phó Giám đốc Ngân hàng Nhà nước Việt Nam - Chi nhánh Nghệ An trao quà Tết tại Kỳ Sơn.",
        "Ngân hàng TMCP Bắc Á - Chi nhánh Thanh Hóa và Quỹ Vì tầm vóc Việt đã tổ chức lễ trao tặng nhà.",
    )
    assert {
        "Ngân hàng Nhà nước Việt Nam - Chi nhánh Nghệ An",
        "Ngân hàng TMCP Bắc Á - Chi nhánh Thanh Hóa",
    } <= set(found)


def test_a_district_or_commune_body_named_by_its_bare_level() -> None:
    # baoquangnam.vn, vietnamnet.vn: below the province the press names a body by its bare level word too
    found = orgs_in(
        "Trong đó tại Hiệp Đức, Hội CTĐ huyện và Hội CTĐ xã Thăng Phước vận động mạnh thường quân.",
        "Lifestart Foundation (Úc) phối hợp Liên hiệp các tổ chức hữu nghị TP Đà Nẵng và UBND xã trao 200 phần quà.",
    )
    assert {"Hội CTĐ huyện", "Hội CTĐ xã Thăng Phước", "UBND xã"} <= set(found)
    # (not "xã hội", society, nor several units)
    assert "Quỹ Bảo trợ xã" not in orgs_in("Quỹ Bảo trợ xã hội đã trao quà.")
    assert not any(name.endswith(" xã") for name in orgs_in("Lãnh đạo UBND các xã dự lễ."))


def test_the_standing_board_by_its_initials_before_a_committee_in_lower_case() -> None:
    # quanba.hagiang.gov.vn: "BTV" (Ban Thường vụ) with the district's Party committee written in lower case
    found = orgs_in(
        "Về phía huyện Quản Bạ có đồng chí Thẩm Hữu Thanh - Ủy viên BTV huyện ủy - Phó chủ tịch HĐND huyện."
    )
    assert "BTV huyện ủy" in found
    assert "HĐND huyện" in found


def test_a_name_ends_before_a_person_named_with_an_honorific_after_va() -> None:
    # a faculty, then "và" and a person with his honorific: two parties, no one name
    found = orgs_in("Tham dự buổi lễ có đại diện Khoa Đông phương và Ông Lưu Ngọc Cương, giảng viên của Khoa.")
    assert "Khoa Đông phương" in found
    assert not any("Cương" in name for name in found)
    # (a capitalised part after "và" that no honorific opens still joins the name)
    assert "Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế" in orgs_in(
        "Hội Chữ thập đỏ và Trăng lưỡi liềm đỏ quốc tế đã hỗ trợ."
    )


@pytest.mark.parametrize(
    "paragraph",
    [
        # a paragraph ending in a name and a space, as pages built by hand or by another tool hand them over
        "Ông An là Chủ tịch danh dự của Hội Chữ thập đỏ Việt Nam ",
        "Trao quà của Hội ",
        "Hội ",
    ],
)
def test_a_text_ending_in_a_space_after_a_head_is_read_without_error(paragraph: str) -> None:
    article = dnnd.extract(Article(title="Tin", blocks=[Paragraph(paragraph)]))
    names = [e.name for e in article.entities if e.kind == "organization"]
    assert names == (["Hội Chữ thập đỏ Việt Nam"] if "Chữ thập" in paragraph else [])


def test_a_lower_case_part_after_va_goes_on_to_the_proper_name_that_closes_it() -> None:
    # baothuathienhue.vn: a company's business lines in lower case, joined by "và", then its own name
    found = orgs_in(
        "Hai công trình trên do Công ty Cổ phần Đầu tư và kinh doanh Golf Long Thành tài trợ thông qua Quỹ Bảo trợ "
        "trẻ em Việt Nam."
    )
    assert "Công ty Cổ phần Đầu tư và kinh doanh Golf Long Thành" in found
    assert "Công ty TNHH sản xuất và thương mại Hoàng Long" in orgs_in(
        "Công ty TNHH sản xuất và thương mại Hoàng Long đã trao tặng 100 suất quà."
    )
    # another party after "và" stays apart: a plural, a person, the people or the government of a place
    assert "Công ty may Việt Tiến" in orgs_in("Công ty may Việt Tiến và công nhân Việt Nam đã tham dự.")
    assert not any("ông" in name for name in orgs_in("Hội bảo trợ trẻ em và ông Nguyễn Văn Nam trao quà."))
    assert "Trung tâm giáo dục" in orgs_in("Trung tâm giáo dục và phụ huynh Nam Định cùng dự.")
    assert not orgs_in("Bộ đội biên phòng và chính quyền huyện Sepon tham gia.")
    # (nor the representatives of another body, in a list that a level word closes)
    found = orgs_in("Công ty TNHH thương mại và đại diện Hội Nông dân tỉnh đến dự.")
    assert not any("đại diện" in name for name in found)


def test_a_body_ends_before_the_one_it_comes_under() -> None:
    # nghean24h.vn: "trực thuộc" (directly under) names the parent body, as "thuộc" does
    found = orgs_in(
        "Trên cơ sở hợp nhất Trung tâm Xúc tiến Thương mại trực thuộc Sở Công Thương, Trung tâm Xúc tiến Du lịch "
        "trực thuộc Sở Du lịch."
    )
    assert {"Trung tâm Xúc tiến Thương mại", "Trung tâm Xúc tiến Du lịch", "Sở Công Thương"} <= set(found)


def test_a_place_glued_to_letters_after_it_does_not_end_a_name() -> None:
    # sggp.org.vn: "CKQT" (cửa khẩu quốc tế) is no place "C"; the post is named by its border gate
    found = orgs_in(
        "Đội tuần tra phía Đồn Biên phòng CKQT Cha Lo (Quảng Bình, Việt Nam) do Thiếu tá Dương Văn Hải, Phó Đồn "
        "trưởng làm đội trưởng."
    )
    assert "Đồn Biên phòng CKQT Cha Lo" in found
    assert not any(name.endswith(" C") for name in found)


def test_compatriots_are_named_by_their_home_and_where_they_live() -> None:
    # baoquangnam.vn, baodongthap.vn: a "Hội đồng hương" of one home place in a Vietnamese city
    assert "Hội đồng hương Duy Xuyên tại Hà Nội" in orgs_in(
        "Hội đồng hương Duy Xuyên tại Hà Nội vừa phối hợp với huyện Duy Xuyên tổ chức chương trình “Xuân yêu thương”."
    )
    found = orgs_in(
        "Tại buổi gặp gỡ, các cô, chú thành viên Hội đồng hương Đồng Tháp tại TP Hồ Chí Minh cảm ơn lãnh đạo UBND tỉnh "
        "Đồng Tháp quan tâm đón tiếp."
    )
    assert "Hội đồng hương Đồng Tháp tại TP Hồ Chí Minh" in found
    # (other bodies stop before "tại" and the place of an event)
    assert "Hội Nông dân tỉnh Hà Tĩnh" in orgs_in("Hội Nông dân tỉnh Hà Tĩnh tại Hà Nội trao quà.")


def test_chinas_friendship_associations_with_their_kind_in_lower_case() -> None:
    # cafef.vn, sggp.org.vn: the people's association for friendship with foreign countries, national and provincial
    assert "Hội Hữu nghị đối ngoại nhân dân tỉnh Liêu Ninh" in orgs_in(
        "Nhận lời mời của Hội Hữu nghị đối ngoại nhân dân tỉnh Liêu Ninh - Trung Quốc, đoàn đã sang thăm."
    )
    assert "Hội Hữu nghị đối ngoại nhân dân Trung Quốc" in orgs_in(
        "Liên hiệp các tổ chức hữu nghị Việt Nam và Hội Hữu nghị đối ngoại nhân dân Trung Quốc tổ chức khai mạc Diễn "
        "đàn Nhân dân Việt - Trung."
    )
    assert not orgs_in("Hội Hữu nghị đối ngoại nhân dân tổ chức lễ.")


def test_heads_written_with_every_syllable_capitalised() -> None:
    # bavik.kr (an association of Vietnamese in Korea): the overseas press capitalises every syllable of a head
    found = orgs_in("Thứ Bảy, ngày 14/06/2025, tại trụ sở Đại Sứ Quán Việt Nam tại Hàn Quốc, đã diễn ra buổi gặp mặt.")
    assert "Đại Sứ Quán Việt Nam tại Hàn Quốc" in found  # (shown as written)
    assert found["Đại Sứ Quán Việt Nam tại Hàn Quốc"].canonical.startswith("Đại sứ quán")
    # (a community's council alone, "Hội Đồng Giám Sát", is an organ: not listed)
    assert not orgs_in("Hội Đồng Giám Sát đứng đầu là ông Nguyễn Văn A.")


def test_a_senior_delegation_of_a_party_names_the_party() -> None:
    # vnanet.vn: "cao cấp" (senior) is no level ("các cấp Hội Chữ thập đỏ", every level of a body)
    assert "Đảng Nhân dân Cách mạng Lào" in orgs_in(
        "Tổng Bí thư đã tiếp Đoàn cán bộ cao cấp Đảng Nhân dân Cách mạng Lào do đồng chí Padeumphone dẫn đầu."
    )
    assert not orgs_in("Các cấp Hội Chữ thập đỏ trong tỉnh huy động nguồn lực.")


def test_an_organ_of_a_presidium_is_not_listed_its_body_is() -> None:
    # baolangson.vn: "Ban Thường vụ Đoàn Chủ tịch", the presidium's standing committee, names the union after it
    found = orgs_in(
        "Ngày 20-1, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam tổ chức Hội nghị Đoàn Chủ tịch và Hội nghị "
        "Ban Thường vụ Đoàn Chủ tịch khóa V (2013-2018) lần thứ 5."
    )
    assert set(found) == {"Liên hiệp các tổ chức hữu nghị Việt Nam"}


def test_a_holder_after_an_organ_and_its_body_is_no_part_of_the_name() -> None:
    # vietnamnet.vn: the title names the organ ("Ủy ban Trung ương"), the body follows, then its holder
    found = orgs_in(
        "Tại hội đàm, Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Đỗ Văn Chiến gặp Chủ tịch Mặt trận Lào xây dựng đất "
        "nước."
    )
    assert "Ủy ban Trung ương Mặt trận Tổ quốc" in found
    assert not any("Chiến" in name for name in found)


def test_a_mission_named_by_nuoc_and_its_country() -> None:
    # hcmpreu.edu.vn: "nước" (country) before the country's full name
    found = orgs_in(
        "Ông A đã đến thăm và gửi lời chúc mừng đến Tổng lãnh sự quán nước Cộng hòa Dân chủ Nhân dân Lào và Tổng lãnh "
        "sự quán Vương quốc Campuchia tại TP. Hồ Chí Minh."
    )
    assert "Tổng lãnh sự quán nước Cộng hòa Dân chủ Nhân dân Lào" in found
    assert not orgs_in("Đại sứ quán nước bạn tổ chức lễ.")  # (no country named: "the friendly country")


def test_preparatory_schools_and_universities_with_their_kind_in_lower_case() -> None:
    # hcmpreu.edu.vn, xosogialai.vn
    assert set(orgs_in("Hiện nay, Trường Dự bị Đại học TP. Hồ Chí Minh có gần 250 lưu học sinh Lào.")) == {
        "Trường Dự bị Đại học TP. Hồ Chí Minh"
    }
    assert set(
        orgs_in("Lưu học sinh Trường đại học Khoa học xã hội và Nhân văn - Đại học Quốc gia TP.HCM giành giải nhất.")
    ) == {"Trường đại học Khoa học xã hội và Nhân văn - Đại học Quốc gia TP.HCM"}
    assert not orgs_in("Các trường đại học trên địa bàn tham gia.")


def test_the_overseas_vietnamese_in_a_name() -> None:
    # digdipy.blogspot.com: "người Việt Nam ở nước ngoài" is named whole, the body's city after it
    assert "Hội liên lạc người Việt Nam ở nước ngoài TPHCM" in orgs_in(
        "Cuộc gặp mặt truyền thống, do Hội liên lạc người Việt Nam ở nước ngoài TPHCM tổ chức, năm nay có chủ đề mới."
    )


def test_a_party_commission_names_its_party_and_is_the_same_body_without_it() -> None:
    # tuyengiao.vn: the commission with its party in full, then by its short name
    found = orgs_in(
        "Đồng chí Võ Văn Thưởng, Trưởng Ban Tuyên giáo Trung ương Đảng Cộng sản Việt Nam dự.",
        "Phát biểu tại buổi lễ, đồng chí Phạm Văn Linh, Phó Trưởng ban Tuyên giáo Trung ương khẳng định.",
    )
    assert set(found) == {"Ban Tuyên giáo Trung ương Đảng Cộng sản Việt Nam", "Đảng Cộng sản Việt Nam"}
    # (another party's commission is another body)
    found = orgs_in(
        "Ông A, Trưởng Ban Đối ngoại Trung ương Đảng Nhân dân Cách mạng Lào và ông B, Phó Trưởng Ban Đối ngoại "
        "Trung ương."
    )
    assert "Ban Đối ngoại Trung ương" in found


def test_fields_listed_with_a_comma_in_a_ministrys_or_a_facultys_name() -> None:
    # hcmcons.vn (Laos' ministry), nghenghiepcuocsong.vn (a faculty), ftec.edu.vn (a college)
    found = orgs_in(
        "Đoàn đã gặp Thứ trưởng Bộ Thông tin, Văn hóa và Du lịch Buangan Saphuvong, Cục trưởng Cục Nghệ thuật."
    )
    assert "Bộ Thông tin, Văn hóa và Du lịch" in found
    found = orgs_in(
        "PGS.TS Đinh Đức Trường – Trưởng khoa Khoa Môi trường, Biến đổi khí hậu và Đô thị; PGS.TS Trần Văn Nam."
    )
    assert "Khoa Môi trường, Biến đổi khí hậu và Đô thị" in found
    # (not two bodies, nor after a plural, nor over a clause)
    assert "Bộ Tài chính" in orgs_in("Bộ Tài chính, Kế hoạch và Đầu tư cùng tham gia.")
    assert "Sở Y tế" in orgs_in("Lãnh đạo các Sở Y tế, Giáo dục và Đào tạo dự.")
    assert "Khoa Ngữ văn, Lịch sử và Địa lý" in orgs_in("Khoa Ngữ văn, Lịch sử và Địa lý đón đoàn.")
    assert "Bộ Thông tin, Văn hóa và Du lịch" in orgs_in(
        "Đại hội Đảng bộ lần thứ 5 của Bộ Thông tin, Văn hóa và Du lịch diễn ra ngày 10/12."
    )


def test_a_delegation_of_a_department_and_the_diplomatic_corps() -> None:
    # hns.edu.vn: "Đoàn" (a delegation) before a department is no surname; investvinhphuc.gov.vn: the diplomatic corps
    assert "Sở Giáo dục tỉnh Youngam" in orgs_in(
        "Trường tổ chức buổi giao lưu văn hóa ý nghĩa cùng Đoàn Sở Giáo dục tỉnh Youngam, Hàn Quốc."
    )
    assert "Đoàn Ngoại giao" in orgs_in(
        "Chủ tịch UBND tỉnh có buổi tiếp xã giao Đoàn Ngoại giao gồm: Đại sứ, phu nhân."
    )
    assert not orgs_in("Ông Đoàn Văn Sở dự lễ.")


def test_a_school_named_by_its_kind_alone_is_no_organization() -> None:
    # hcmcons.vn: "lên trường Đại học" (up to university level) names no school
    assert set(orgs_in("Đoàn hỗ trợ trường Nghệ thuật Quốc gia Lào lên trường Đại học.")) == {
        "trường Nghệ thuật Quốc gia Lào"
    }


def test_laos_ministry_of_education_and_a_missions_seat_after_o() -> None:
    # ftec.edu.vn: Laos' ministry, its field in lower case, then "nước" and its country
    assert "Bộ Giáo dục và thể thao nước CHDCND Lào" in orgs_in(
        "Việc Bộ Giáo dục và thể thao nước CHDCND Lào cho phép các em học sinh đến học."
    )
    # xaluan.com: a mission's seat after "ở", as after "tại"; other bodies stop before it
    assert "Tổng lãnh sự quán Pháp ở TP.HCM" in orgs_in("Đại diện Tổng lãnh sự quán Pháp ở TP.HCM trao huân chương.")
    assert "Hội Nông dân tỉnh" in orgs_in("Hội Nông dân tỉnh ở Hà Nội trao quà.")


def test_the_vietnamese_of_a_whole_country() -> None:
    # scov.gov.vn, thoibao.de: "toàn" (the whole of) and the country, or "Liên bang" (the federation)
    assert "Hội người Việt Nam toàn Thái Lan" in orgs_in(
        "Khai trương Trụ sở Hội người Việt Nam toàn Thái Lan đã diễn ra trọng thể tại tỉnh Udon Thani."
    )
    assert "Tổng hội người Việt toàn Liên bang Đức" in orgs_in("Thành lập „Tổng hội người Việt toàn Liên bang Đức“.")
    # (not the associations "across the whole of" a country)
    assert not orgs_in("Việt kiều từ các Hội người VN trên toàn Thái Lan dự.")


def test_a_consulate_seated_in_a_region() -> None:
    # vov.vn: "tại khu vực" (in the region of) before the region a consulate general serves
    assert "Tổng Lãnh sự quán Việt Nam tại khu vực Bắc Lào" in orgs_in(
        "Tập thể Tổng Lãnh sự quán Việt Nam tại khu vực Bắc Lào và Tổng Lãnh sự Trần Văn Tuấn nhận huân chương."
    )


def test_heads_of_churches_local_governments_bars_schools_and_party_cells() -> None:
    # dantocmiennui.vn, world.kbs.co.kr: a foreign local government with its level word
    assert "Chính quyền tỉnh Osaka" in orgs_in("Chính quyền tỉnh Osaka đã tạo điều kiện cho cộng đồng người Việt.")
    assert "Chính quyền thủ đô Viêng Chăn" in orgs_in("Lãnh đạo Chính quyền thủ đô Viêng Chăn tiếp đoàn Hà Nội.")
    # (an administration, or the local authorities in general, is no named body)
    assert not orgs_in("Chính quyền Tổng thống Mỹ Joe Biden công bố gói viện trợ mới.")
    assert not orgs_in("Chính quyền địa phương đã hỗ trợ người dân.")
    assert "Giáo hội Phật giáo Hòa Hảo" in orgs_in("Đại diện Giáo hội Phật giáo Hòa Hảo trao quà cho học sinh.")
    # laodongthudo.vn: the bar, not a delegation
    assert "Đoàn Luật sư Hà Nội" in orgs_in("Luật sư Nguyễn Văn Hà – Đoàn Luật sư Hà Nội.")
    assert "Trường quốc tế Hàn Quốc" in orgs_in("Học sinh Trường quốc tế Hàn Quốc tham gia giao lưu.")
    assert "Chi bộ thôn Đông Lỗ" in orgs_in("Ông Nguyễn Văn An, Bí thư Chi bộ thôn Đông Lỗ, phát biểu.")
    assert not orgs_in("Chi bộ đã tổ chức Đại hội nhiệm kỳ 2025-2030.")
    # nghean24h.vn: a district's military command, "Ban Chỉ huy" abbreviated
    assert "BCH Quân sự huyện Tương Dương" in orgs_in("BCH Quân sự huyện Tương Dương phối hợp tổ chức.")


def test_organs_of_known_bodies_take_their_whole_name() -> None:
    # baolangson.vn: the council of the Mekong River Commission, "quốc tế" in lower case closing the known name
    assert "Hội đồng Ủy hội sông Mê Công quốc tế" in orgs_in(
        "Phiên họp thường niên của Hội đồng Ủy hội sông Mê Công quốc tế diễn ra tại Viêng Chăn."
    )
    # the Front's standing board, an organ listed with its parent
    found = orgs_in("Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam gửi thư chúc mừng.")
    assert set(found) == {
        "Ban Thường trực Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
        "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam",
    }
    # mattran.org.vn: a standing deputy head's title, the commission after it
    assert set(orgs_in("Ông Phạm Tất Thắng, Phó Trưởng Ban thường trực Ban Dân vận Trung ương, dự.")) == {
        "Ban Dân vận Trung ương"
    }
    assert "Phong trào Không liên kết" in orgs_in("Việt Nam là thành viên Phong trào Không liên kết từ năm 1976.")


def test_a_verb_of_responsibility_ends_a_name() -> None:
    assert set(orgs_in("Cơ Quan Caritas Quốc tế chịu trách nhiệm điều phối.")) == {"Cơ Quan Caritas Quốc tế"}


def test_no_name_ends_inside_a_word_of_two_syllables() -> None:
    # vov.vn: "Cộng sản", one word with one capital, does not end the commission's party
    assert set(orgs_in("Cũng trong dịp này, Ban Đối ngoại T.Ư Đảng Cộng sản Việt Nam đã quyết định tặng quà.")) == {
        "Ban Đối ngoại T.Ư Đảng Cộng sản Việt Nam"
    }
    # quan3.hochiminhcity.gov.vn: the Front's name after a dash-joined remit
    assert "Ban Tuyên giáo - Đối ngoại Ủy ban Mặt trận Tổ quốc Việt Nam TPHCM" in orgs_in(
        "Ông Lê Văn Thành, Trưởng Ban Tuyên giáo - Đối ngoại Ủy ban Mặt trận Tổ quốc Việt Nam TPHCM phát biểu."
    )
    # baomoi.com (giaoducthoidai.vn): an office of a paper named by its region
    assert "Văn phòng Báo GD&TĐ Khu vực Bắc Trung Bộ" in orgs_in(
        "Văn phòng Báo GD&TĐ Khu vực Bắc Trung Bộ đã trao hơn 100 suất quà."
    )
    # a syllable that looks like a place ("Chuyên Ngoại", a commune) opens a word of the name
    assert "Trường THPT Chuyên Ngoại" not in orgs_in(
        "Học sinh Trường THPT Chuyên Ngoại ngữ - Đại học Quốc gia Hà Nội tham gia giao lưu."
    )
    # (the word's lower-case syllable is counted as one: the proper name after it goes on)
    assert "Trung tâm Công tác Xã hội Thanh thiếu niên" in orgs_in(
        "Trung tâm Công tác Xã hội Thanh thiếu niên tổ chức chương trình."
    )
    assert "Báo Lao động Thủ đô" in orgs_in("Báo Lao động Thủ đô đưa tin.")


def test_friendship_partner_named_by_its_form_of_state() -> None:
    # baodanang.vn, tienphong.vn: "Liên bang Nga", the partner written with its form of state
    assert "Hội Hữu nghị Việt Nam - Liên bang Nga" in orgs_in(
        "Phó Chủ tịch thường trực Hội Hữu nghị Việt Nam - Liên bang Nga dẫn đầu tham dự lễ kỷ niệm."
    )


def test_a_permanent_mission_is_seated_at_a_body() -> None:
    # vietnamplus.vn: a mission to the United Nations, then a consulate in a city
    found = orgs_in(
        "Phái đoàn Thường trực Việt Nam tại Liên hợp quốc và Lãnh sự quán Việt Nam tại New York đã tổ chức lễ."
    )
    assert set(found) == {"Phái đoàn Thường trực Việt Nam tại Liên hợp quốc", "Lãnh sự quán Việt Nam tại New York"}


def test_a_remit_its_place_closes_goes_on_after_a_dash() -> None:
    # baokhanhhoa.vn: the second field after the dash runs past three lower-case words to its province
    assert "Trung tâm Phục hồi chức năng - Giáo dục trẻ em khuyết tật tỉnh Khánh Hòa" in orgs_in(
        "Ngày 14-3, Trung tâm Phục hồi chức năng - Giáo dục trẻ em khuyết tật tỉnh Khánh Hòa phối hợp tổ chức."
    )
    # (a description after the field still ends it)
    assert "Đại học Tài chính - Quản trị kinh doanh" in orgs_in(
        "Học bổng trao sinh viên Đại học Tài chính - Quản trị kinh doanh cơ sở 2 đóng tại tỉnh Hưng Yên."
    )


def test_border_control_station_and_the_gifts_it_is_given() -> None:
    # baothuathienhue.vn: a border guard's control station named by its place
    assert "Trạm kiểm soát Biên phòng Hồng Thái" in orgs_in(
        "Cùng ngày, tại Trạm kiểm soát Biên phòng Hồng Thái, Đồn Biên phòng Nhâm trao tặng 25 suất quà."
    )
    # hoiphunu.tayninh.gov.vn: "01" counts the gifts, it numbers no unit
    assert "Trạm kiểm soát biên phòng Hòa Hiệp" in orgs_in(
        "Hội LHPN xã trao tặng Trạm kiểm soát biên phòng Hòa Hiệp 01 phần quà trị giá 500.000 đồng."
    )
    assert "Đại đội Biên phòng 224" in orgs_in("Đại đội Biên phòng 224 tổ chức giao lưu.")


def test_friendship_pair_without_its_dash_is_the_same_association() -> None:
    # vanhoavaphattrien.vn: "Việt Lào" and "Việt Nam - Lào" name one district association
    found = orgs_in(
        "Dự có ông Sơ, Chủ tịch Hội Hữu nghị Việt Lào xã Tự Lạn; đại diện cấp ủy.",
        "Đại hội Hội hữu nghị Việt - Lào xã Tự Lạn cần triển khai đồng bộ.",
    )
    assert len(found) == 1


def test_houses_of_parliament_and_permanent_missions_named_in_full() -> None:
    # baophapluat.vn: the lower house, "Hạ" before its head, not the parliament as a whole
    assert "Hạ Nghị viện Cộng hoà Belarus" in orgs_in(
        "Sáng nay 21-10 Đoàn đại biểu Hạ Nghị viện Cộng hoà Belarus do Ngài Vladinmir Anderichenko dẫn đầu."
    )
    # ngkt.mofa.gov.vn: a permanent mission, its rank in lower case, seated at a body
    assert set(orgs_in("Phái đoàn thường trực Việt Nam bên cạnh UNESCO đã phối hợp tổ chức chương trình.")) == {
        "Phái đoàn thường trực Việt Nam bên cạnh UNESCO"
    }
    # sovhttdl.tayninh.gov.vn: a dental clinic ("nha khoa") is no faculty
    assert not orgs_in("Các mạnh thường quân như Thư viện tỉnh, Nha Khoa Tây Ninh đồng hành.")


def test_an_award_or_a_place_after_va_ends_the_name() -> None:
    # nhandan.vn: the award after its giver begins a new phrase
    assert set(
        orgs_in("Trao cho cán bộ cấp Vụ của Bộ Ngoại giao Huân chương Lao động hạng nhất, hạng nhì, hạng ba.")
    ) == {"Bộ Ngoại giao"}
    # mku.edu.vn: a country alone after "và" is the other party
    assert set(orgs_in("Ông đánh giá cao kết quả hợp tác đào tạo giữa Trường Đại học Cửu Long và Lào.")) == {
        "Trường Đại học Cửu Long"
    }
    # (a field after "và" still belongs to the ministry, its country after it)
    assert "Bộ Giáo dục và Thể thao Lào" in orgs_in("Bộ Giáo dục và Thể thao Lào cử đoàn sang thăm.")


def test_a_slash_joins_two_words_of_one_name() -> None:
    # baophutho.vn, baomoi.net.vn: the association of Agent Orange victims, "Dioxin" capitalised after the slash
    assert "Hội Nạn nhân chất độc da cam/Dioxin tỉnh" in orgs_in(
        "Hội Nạn nhân chất độc da cam/Dioxin tỉnh đã phối hợp với các đơn vị trao tặng trên 100 suất quà."
    )
    assert "Quỹ Nạn nhân chất độc da cam/dioxin tỉnh Thái Nguyên" in orgs_in(
        "Toàn bộ số tiền này do Hội trích từ Quỹ Nạn nhân chất độc da cam/dioxin tỉnh Thái Nguyên."
    )
    # qpvn.vn: a space after the slash, the head's word in lower case
    assert "Hội nạn nhân chất độc da cam/ dioxin Việt Nam" in orgs_in(
        "Sáng nay, tại Hà Nội, Hội nạn nhân chất độc da cam/ dioxin Việt Nam đã tổ chức lễ kỷ niệm."
    )
    # qdnd.vn: a slash between two bodies joins no name
    found = orgs_in("Bộ đội Biên phòng Việt Nam và Tổng cục An ninh/Bộ An ninh Lào đã ký kết thỏa thuận hợp tác.")
    assert "Tổng cục An ninh" in found
    assert "Bộ An ninh Lào" in found


def test_a_company_named_with_viet_is_no_body_of_the_vietnamese_abroad() -> None:
    # tracuuquyhoach.com: where the company works, after its name
    found = orgs_in("Thứ trưởng đã thăm Tập đoàn Tân Việt tại thành phố Gdansk, Ba Lan.")
    assert "Tập đoàn Tân Việt" in found
    # (an association of the Vietnamese keeps the country it lives in)
    assert "Hội người Việt Nam tại Séc" in orgs_in("Hội người Việt Nam tại Séc đã tổ chức lễ trao quà.")


def test_laos_capital_is_a_unit_a_local_body_names() -> None:
    # baonghean.vn: the people's council of Vientiane capital, "Thủ đô" its level word
    assert "HĐND Thủ đô Viêng Chăn" in orgs_in(
        "Đoàn công tác HĐND Thủ đô Viêng Chăn do đồng chí Lam-phoy Sỉ-ặc-khả-chan làm trưởng đoàn."
    )
    assert "UBND thủ đô Viêng Chăn" in orgs_in("Ông A, Phó Chủ tịch UBND thủ đô Viêng Chăn, phát biểu.")


def test_quotes_after_an_inner_head_name_that_body() -> None:
    # baoangiang.com.vn: the fund's board, the fund's proper name in quotes after its head
    found = orgs_in("Ông A, Trưởng Ban Đại diện Quỹ “Giáo dục xây dựng tương lai” trao học bổng.")
    assert any(name.startswith("Ban Đại diện Quỹ") and name.endswith("tương lai") for name in found)


def test_a_district_youth_committee_takes_its_district() -> None:
    # duyxuyenrt.vn, thdt.vn, baobackan.com.vn: the district named bare after "Huyện đoàn"
    assert "Huyện đoàn Duy Xuyên" in orgs_in("Chiều 21.4, Huyện đoàn Duy Xuyên trao tặng 40 suất quà.")
    assert "Huyện Đoàn Tháp Mười" in orgs_in("Hội LHTN tỉnh và Huyện Đoàn Tháp Mười vừa tiếp nhận 400 phần quà.")
    # (a person's name after it is no district)
    assert "Huyện đoàn" in orgs_in("Anh Nguyễn Văn An, Bí thư Huyện đoàn Nguyễn Hoàng Thám phát biểu.")


def test_abbreviated_university_and_hospital_heads() -> None:
    # dantri.com.vn: "ĐH" abbreviates "Đại học", also after the dash that names a member school's university
    found = orgs_in(
        "Trường Đại học Sư phạm - ĐH Huế phối hợp với Trường ĐH Quốc gia Malang (Indonesia), ĐH Hyderabad "
        "(Ấn Độ) và ĐH Mahasarakham (Thái Lan) tổ chức hội thảo quốc tế."
    )
    assert {"Trường Đại học Sư phạm - ĐH Huế", "ĐH Hyderabad", "ĐH Mahasarakham"} <= set(found)
    assert "ĐH Huế" not in found
    # plo.vn
    assert "BV Đa khoa huyện Vĩnh Lợi" in orgs_in("Mua sắm trang thiết bị cho BV Đa khoa huyện Vĩnh Lợi (Bạc Liêu).")
    # the abbreviation and the full head name one body
    assert set(orgs_in("ĐH Huế ký kết với đối tác; Đại học Huế cũng cử đoàn.")) == {"Đại học Huế"}
    assert not orgs_in("Sinh viên ĐH này đều tham gia.")


def test_form_of_state_with_its_acronym_in_brackets() -> None:
    # dantoctongiao.baodantoc.vn: the acronym of "Cộng hòa dân chủ nhân dân" in brackets before "Lào"
    found = orgs_in(
        "Lãnh đạo tỉnh tiếp, làm việc với đoàn cán bộ Đại sứ quán nước Cộng hòa dân chủ nhân dân (CHDCND) Lào "
        "tại Việt Nam do Đại sứ đặc mệnh toàn quyền dẫn đầu."
    )
    assert set(found) == {"Đại sứ quán nước Cộng hòa dân chủ nhân dân Lào tại Việt Nam"}
    # nhandan.com.vn: "Cộng hòa (CH) Séc"
    assert "Đại sứ quán Cộng hòa Séc tại Việt Nam" in orgs_in("Tiếp đoàn Đại sứ quán Cộng hòa (CH) Séc tại Việt Nam.")
    # an acronym that does not spell the form of state is no part of the country's name
    assert "Đại sứ quán Cộng hòa (DN) Séc tại Việt Nam" not in orgs_in(
        "Tiếp đoàn Đại sứ quán Cộng hòa (DN) Séc tại Việt Nam."
    )


def test_management_board_alone_is_an_organ_not_a_body() -> None:
    # baonghean.vn, baogialai.com.vn: a village's management board named bare
    assert not orgs_in(
        "Năm 2014, Ban Quản lý và nhân dân bản Ta Đo đã cùng với cán bộ và nhân dân bản Na Mương ký kết nghĩa."
    )
    found = orgs_in("Ban Quản lý Khu kinh tế tỉnh Quảng Ninh và Ban Quản lý dự án đầu tư xây dựng tỉnh Nghệ An họp.")
    assert {"Ban Quản lý Khu kinh tế tỉnh Quảng Ninh", "Ban Quản lý dự án đầu tư xây dựng tỉnh Nghệ An"} <= set(found)


def test_title_acronym_before_a_body_is_no_organ_of_it() -> None:
    # doluong.gov.vn: "PCT" (Phó Chủ tịch) is the person's post, not an organ of the people's committee
    found = orgs_in("Đón đoàn có đồng chí Nguyễn Trung Thành – PCT UBND huyện Đô Lương.")
    assert set(found) == {"UBND huyện Đô Lương"}
    # an organ's acronym before its body's stays one name
    assert "BTS PG tỉnh Bến Tre" in orgs_in("BTS PG tỉnh Bến Tre tổ chức lễ.")


def test_degree_after_a_head_opens_a_person_not_a_name() -> None:
    # a tune page (thptluongvanchanhpy): "Sau Đại học" (postgraduate) then the person's degrees and name
    assert not orgs_in("Phó Trưởng phòng Sau Đại học PGS.TS. Nguyễn Trọng Văn đã lên đường thăm Lào.")
    assert not orgs_in("Giám đốc Bệnh viện TS.BS Lê Văn Bình cho biết.")
    # a school named after a person keeps the name
    assert "Trường THCS Nguyễn Du" in orgs_in("Trường THCS Nguyễn Du tổ chức lễ.")


def test_title_case_name_of_the_vietnamese_abroad_is_no_latin_name() -> None:
    # thoibao.com, viendongdaily.com: "Gia" (of "Quốc Gia") has no tone mark, yet is a Vietnamese syllable
    found = orgs_in("Hội Người Việt Quốc Gia Houston tổ chức họp mặt mừng Xuân.")
    assert set(found) == {"Hội Người Việt Quốc Gia Houston"}
    # a foreign name after Vietnamese words in lower case is still the body's own
    assert "Pacific Links Foundation" in orgs_in("Tổ chức Từ thiện Pacific Links Foundation tài trợ.")


def test_community_body_in_title_case() -> None:
    # viendongdaily.com, vietbao.com, thoibao.com: the overseas papers write a community's body in Title Case
    found = orgs_in("Theo Nội Quy Thành Lập Cộng Đồng Người Việt Quốc Gia Nam California, ngoài Hội Đồng Chấp Hành.")
    assert "Cộng Đồng Người Việt Quốc Gia Nam California" in found
    assert "Cộng Đồng Người Việt Houston" in orgs_in("Cộng Đồng Người Việt Houston tổ chức bầu cử.")
    # a head that closes a Title Case name is a word of it
    assert "Ban Tổ Chức Bầu Cử Cộng Đồng" in orgs_in("Có ba vị trong Ban Tổ Chức Bầu Cử Cộng Đồng là niên trưởng.")
    # in lower case the community is the people, no body
    assert not orgs_in("Cộng đồng người Việt tại Lào đón Tết cổ truyền.")


def test_verb_pair_with_a_comma_inside_a_name() -> None:
    # tphcm.chinhphu.vn (a tune page) and ubmttqvn.binhthuan.dcs.vn: "phòng, chống" is one pair of the name
    found = orgs_in("Bà con ủng hộ Quỹ Vaccine phòng, chống COVID-19 hơn 1 tỷ đồng.")
    assert "Quỹ Vaccine phòng, chống COVID-19" in found
    found = orgs_in("Các huyện đã chuyển về tài khoản Quỹ phòng, chống dịch Covid-19 tại Kho bạc Nhà nước tỉnh.")
    assert "Quỹ phòng, chống dịch Covid-19" in found
    # a disease's code is the fund's cause, no Latin name of a body
    assert "Covid-19" not in found
    # a comma after any other word still ends the name
    assert "Bộ Y tế" in orgs_in("Bộ Y tế, chống dịch là việc cấp bách.")


def test_member_of_a_body_is_no_organization() -> None:
    # nguoixunghekiev.vn, baophutho.vn, hanoidep.vn: "thành viên" and "viên" name members, not bodies
    assert not orgs_in("Hơn 200 đại biểu đại diện cho 18 Hội, Câu lạc bộ thành viên tham dự.")
    found = orgs_in("Đồng chí Bùi Văn Luyến, Tỉnh uỷ viên, Phó Chủ tịch Uỷ ban MTTQ tỉnh chủ trì buổi tiếp nhận.")
    assert set(found) == {"Uỷ ban MTTQ tỉnh"}
    assert "Tỉnh ủy Lào Cai" in orgs_in("Bí thư Tỉnh ủy Lào Cai tiếp đoàn.")


def test_business_named_by_its_kind_in_lower_case() -> None:
    # tracuuquyhoach.vn, clbvihoangsatruongsathanyeu.vn, giaophanhatinh.com, xaluan.com (tune pages)
    found = orgs_in("Thứ trưởng thăm trung tâm thương mại ASG tại Vác-sa-va và trụ sở tập đoàn Tân Việt.")
    assert "trung tâm thương mại ASG" in found
    found = orgs_in("Uy tín như siêu thị Thanh Bình (Pháp), trung tâm thương mại Thăng Long (Hungary).")
    assert {"siêu thị Thanh Bình", "trung tâm thương mại Thăng Long"} <= set(found)
    # the kind stays before a Latin name
    assert "nhà hàng Dynasty" in orgs_in("Bữa tiệc thân tình của nhà hàng Dynasty, khu Little Saigon.")
    # several of a kind, no name
    assert not orgs_in("Các trung tâm thương mại của người Việt Nam tại các nước hoạt động hiệu quả.")
    # sggp.org.vn: a chain's stores in several cities share its brand, not only their kind
    found = orgs_in("Người dân được các siêu thị Co.opmart Quy Nhơn, Tam Kỳ, Huế hỗ trợ tránh bão.")
    assert "siêu thị Huế" not in found


def test_business_kind_and_a_country_is_no_name() -> None:
    # a company or a restaurant of a nationality (vnbiznews.com: "ngành ngân hàng Việt Nam", the banking sector)
    assert not orgs_in("Một công ty Nhật Bản đã tài trợ 1 tỷ đồng.")
    assert not orgs_in("Các món ăn được nhà hàng Việt Nam phục vụ theo nhu cầu.")
    assert not orgs_in("Phó Thống đốc đã đại diện ngành ngân hàng Việt Nam trao tặng 38,4 tỷ đồng.")
    assert "Công ty Samsung Việt Nam" in orgs_in("Công ty Samsung Việt Nam tài trợ 2 tỷ đồng.")


def test_cooperative_and_emergency_are_words_of_a_name() -> None:
    # sggp.org.vn, tienphong.vn: "xã" of "Hợp tác xã" is no commune; vnbiznews.com: "khẩn cấp" (emergency)
    found = orgs_in("Liên hiệp Hợp tác xã Thương mại TPHCM đã kích hoạt chiến dịch chi viện khẩn cấp.")
    assert "Liên hiệp Hợp tác xã Thương mại TPHCM" in found
    assert "Ban Hỗ trợ khẩn cấp" in orgs_in("Masan còn thành lập Ban Hỗ trợ khẩn cấp để hỗ trợ nhân viên.")


def test_company_brand_boundaries() -> None:
    # baobinhduong.vn: a Latin brand right after the head completes the name, a verb after it does not belong
    assert "Tổng Công ty Becamex" in orgs_in("Các nhiệm vụ do Tổng Công ty Becamex đặt ra.")
    # plo.vn, baophutho.vn: a place's name that opens a brand is read on to the brand's end
    found = orgs_in("Ông là cố Chủ tịch Công ty TNHH Phát triển Phú Mỹ Hưng tại Việt Nam.")
    assert "Công ty TNHH Phát triển Phú Mỹ Hưng" in found
    assert "Công ty Cổ phần Hải Hà Dream City" in orgs_in("Công ty Cổ phần Hải Hà Dream City ủng hộ 30 triệu đồng.")
    # but not over the person holding an office there
    found = orgs_in("Giám đốc Công ty Xăng dầu Quảng Nam Hồ Văn Hải phát biểu.")
    assert "Công ty Xăng dầu Quảng Nam" in found


def test_localities_counted_after_a_corps() -> None:
    # baogialai.com.vn: "2 địa phương" counts the localities, it is no unit's number
    found = orgs_in("Chương trình do lực lượng Bộ đội Biên phòng 2 địa phương phối hợp triển khai.")
    assert "Bộ đội Biên phòng 2" not in found
    assert "Đại đội Biên phòng 224" in orgs_in("Đại đội Biên phòng 224 tiếp đoàn.")


def test_national_team() -> None:
    # dantri.com.vn, nhandan.vn, vietnamnet.vn (tune pages), doisongvietnam.vn: a country's selected team
    found = orgs_in("Đội tuyển Malaysia nhập cuộc có chút thận trọng trước Lào. HLV đội tuyển Lào thừa nhận.")
    assert {"Đội tuyển Malaysia", "đội tuyển Lào"} <= set(found)
    assert "đội tuyển Việt Nam" in orgs_in("Sau 90 phút so tài, đội tuyển Việt Nam giành chiến thắng dễ dàng.")


def test_a_body_of_each_of_several_countries() -> None:
    # vov.vn (a tune page): "hai Chính phủ" are the two governments, no one body; so are "Quốc hội hai nước" and
    # "Bộ Ngoại giao hai nước"
    assert not orgs_in("Quan hệ hợp tác toàn diện giữa hai Đảng, hai Chính phủ và nhân dân hai nước.")
    assert not orgs_in("Quốc hội hai nước tăng cường hợp tác.")
    assert not orgs_in("Bộ Ngoại giao hai nước đã trao đổi.")
    assert "Bộ Ngoại giao" in orgs_in("Bộ Ngoại giao đã trao đổi với hai nước.")


def test_school_kind_and_a_country_is_no_name() -> None:
    # vtv.vn: universities and colleges of a country, no one school; hoihuunghivietnga (a tune page): "đại học Liên Xô"
    assert not orgs_in("Sinh viên được lựa chọn từ các trường Đại học, Cao đẳng Việt Nam.")
    assert not orgs_in("Ông tốt nghiệp đại học Liên Xô năm 1985.")
    assert "Học viện Ngoại giao Việt Nam" in orgs_in("Học viện Ngoại giao Việt Nam tiếp đoàn.")


def test_a_fund_keeps_its_words_before_its_founders_latin_name() -> None:
    # plo.vn and isenpai.jp (unlabeled corpus, not held out): a fund named after the person who endowed it; the
    # words before the Latin name are the fund's own (unlike "Tổ chức Phật giáo Shinnyo-en", a description)
    found = orgs_in("Ngày 23 và 24-10, Quỹ hỗ trợ cộng đồng Lawrence S. Ting tiếp tục trao 250 xe lăn.")
    assert set(found) == {"Quỹ hỗ trợ cộng đồng Lawrence S. Ting"}
    found = orgs_in("Mục tiêu của Quỹ học bổng Otsuka Toshimi là thúc đẩy tài năng của các cá nhân.")
    assert set(found) == {"Quỹ học bổng Otsuka Toshimi"}
    assert "Shinnyo-en" in orgs_in("Tổ chức Phật giáo Shinnyo-en trao học bổng.")


def test_with_after_a_proper_name_ends_it() -> None:
    # lienhiepquangnam (a tune page): "với tổng kinh phí" is the sentence's; a remit written in lower case keeps its
    # "với" (vietnamplus.vn, a tune page)
    assert "Quỹ Hòa bình Hàn - Việt" in orgs_in("Quỹ Hòa bình Hàn - Việt với tổng kinh phí 100 triệu đồng.")
    found = orgs_in("Ủy ban liên lạc văn hóa với nước ngoài của Triều Tiên tiếp đoàn.")
    assert "Ủy ban liên lạc văn hóa với nước ngoài của Triều Tiên" in found


def test_club_head_in_lower_case() -> None:
    # huefo.vn (a tune page): "câu lạc bộ" in lower case before the club's capitalised name, as "quỹ", "trung tâm"
    found = orgs_in("Liên hiệp hữu nghị đã tiếp và làm việc với câu lạc bộ Sức mạnh hữu nghị Malborough, New Zealand.")
    assert "câu lạc bộ Sức mạnh hữu nghị Malborough" in found
    assert not orgs_in("Các em tham gia câu lạc bộ và sinh hoạt đều đặn.")


def test_a_schools_delegation_is_no_surname() -> None:
    # dlib.quangthanh (a tune page): "Đoàn" is the school's delegation; no person's name holds "tiểu học" in lower case
    found = orgs_in("Dịp này, Đoàn Trường tiểu học Cheon Buk đã tặng HS Trường tiểu học Quảng Thành 1 máy tính.")
    assert set(found) == {"Trường tiểu học Cheon Buk", "Trường tiểu học Quảng Thành"}
    assert not orgs_in("Dịp này, ông Đoàn Trường Sơn đã đến thăm.")


def test_a_known_acronym_and_its_own_country_are_one_body() -> None:
    # baonghean.vn (unlabeled corpus, not held out): "JICA Nhật Bản" is JICA, whose name ends in its country; its
    # office in another country is named apart
    found = orgs_in("Về phía đoàn chuyên gia JICA Nhật Bản có ông Kitamura Shu. JICA đề xuất đầu tư dự án.")
    assert set(found) == {"JICA"}
    assert "JICA Việt Nam" in orgs_in("Ông A, Trưởng đại diện JICA Việt Nam, phát biểu.")

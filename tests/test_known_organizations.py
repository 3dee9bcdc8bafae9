"""Organizations known by name (``organizations.tsv``): real sentences from outlets outside the dev set."""

from __future__ import annotations

from dnnd import Article, Paragraph
from dnnd.extractors.organizations import OrganizationExtractor
from dnnd.extractors.places import PlaceExtractor
from dnnd.model import Organization
from dnnd.plugin import ExtractionContext


def orgs_in(*paragraphs: str) -> dict[str, Organization]:
    article = Article(blocks=[Paragraph(p) for p in paragraphs])
    places = PlaceExtractor().extract(ExtractionContext(article))
    result = OrganizationExtractor().extract(ExtractionContext(article, places.mentions, places.entities))
    return {e.name: e for e in result.entities if isinstance(e, Organization)}


def test_un_agency_named_with_about_and_for_is_read_whole() -> None:
    # baokiemtoan.vn: "về ... cho ..." inside the name no longer ends it
    found = orgs_in(
        "Hội đồng Kinh tế Xã hội Liên Hợp Quốc (ECOSOC) đã nhất trí bầu Việt Nam vào Hội đồng Chấp hành Cơ quan "
        "Liên Hợp Quốc về Bình đẳng giới và Trao quyền cho phụ nữ (UN Women) nhiệm kỳ 2025-2027."
    )
    assert not any(name.endswith("Cơ quan Liên Hợp Quốc") for name in found)
    assert any(name.endswith("Trao quyền cho phụ nữ") for name in found)


def test_unodc_full_name_with_its_comma_and_acronym_alone() -> None:
    # sggp.org.vn
    found = orgs_in(
        "Phó Thủ tướng Bùi Thanh Sơn đã tiếp bà Ghada Waly, Giám đốc điều hành Cơ quan Phòng, chống ma túy và tội "
        "phạm Liên hợp quốc (UNODC), đang có chuyến thăm và làm việc tại Việt Nam.",
        "Phó Thủ tướng đề nghị UNODC tiếp tục hỗ trợ Việt Nam.",
    )
    assert "Cơ quan Phòng, chống ma túy và tội phạm Liên hợp quốc" in found
    assert "Cơ quan Phòng" not in found


def test_vaccine_alliance_is_found_by_its_vietnamese_name() -> None:
    # tiemchungmorong.vn
    found = orgs_in("Liên minh toàn cầu về Vắc xin và Tiêm chủng (GAVI) được thành lập nhằm hỗ trợ vắc xin cho trẻ em.")
    assert "Liên minh toàn cầu về Vắc xin và Tiêm chủng" in found


def test_german_political_foundations_by_their_founders_names() -> None:
    # vietnambotschaft.org: the foundations PACCOM met in Berlin, each with its initials
    found = orgs_in(
        "Đoàn đã có các buổi làm việc với các viện nghiên cứu chính trị của Đức như Friedrich Ebert (FES), Konrad "
        "Adenauer (KAS), Rosa Luxembourg (RLS) và Friedrich Naumann (FNF)."
    )
    assert {"Friedrich Ebert", "Konrad Adenauer", "Rosa Luxembourg", "Friedrich Naumann"} <= set(found)
    assert all(found[n].category == "ngo" for n in ("Friedrich Ebert", "Konrad Adenauer"))


def test_agent_orange_association_keeps_its_slash_and_a_province_keeps_its_place() -> None:
    # vava.com.vn and sggp.org.vn: each city's or province's association is a body of its own
    found = orgs_in(
        "Sáng ngày 4/10/2025, Hội Nạn nhân chất độc da cam/dioxin TP. Hồ Chí Minh phối hợp với một công ty tổ chức "
        "chương trình Vui Tết Trung thu.",
        "Gần 4.000 phần quà đã được Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Ngãi chuyển tặng nạn nhân.",
    )
    assert "Hội Nạn nhân chất độc da cam/dioxin tỉnh Quảng Ngãi" in found
    assert any(name.startswith("Hội Nạn nhân chất độc da cam/dioxin T") for name in found)
    assert "Hội Nạn nhân chất độc da cam" not in found


def test_agent_orange_national_association_written_without_the_slash() -> None:
    # baothainguyen.vn
    found = orgs_in("Sáng 3-1, Hội Nạn nhân chất độc da cam dioxin Việt Nam đã đến thăm và tổ chức Lễ trao tặng quà.")
    assert "Hội Nạn nhân chất độc da cam dioxin Việt Nam" in found
    assert found["Hội Nạn nhân chất độc da cam dioxin Việt Nam"].category == "mass"


def test_youth_union_central_committee_and_its_standing_board() -> None:
    # tinhuyquangtri.vn
    found = orgs_in(
        "Các đồng chí Nguyễn Anh Tuấn, Bùi Quang Huy cũng tái đắc cử Bí thư Trung ương Đoàn khóa XI.",
        "Hội nghị cũng bầu 31 thành viên Ban Thường vụ Trung ương Đoàn khóa XI, nhiệm kỳ 2017-2022.",
    )
    assert "Trung ương Đoàn" in found
    assert "Ban Thường vụ Trung ương" not in found


def test_a_foreign_youth_unions_central_committee_is_not_cut() -> None:
    # baogialai.com.vn: "Trung ương Đoàn" must not cut the Lao union's central committee short
    found = orgs_in(
        "Đoàn công tác do đồng chí Souvanhnalat Sihanonh, Ủy viên Ban Chấp hành Trung ương Đoàn Thanh niên Nhân dân "
        "Cách mạng Lào, Bí thư Tỉnh đoàn Champasak, làm trưởng đoàn."
    )
    assert any(name.endswith("Trung ương Đoàn Thanh niên Nhân dân Cách mạng Lào") for name in found)
    assert "Trung ương Đoàn" not in found


def test_lao_and_cambodian_ministries_are_not_cut_at_their_comma() -> None:
    # tapchilaoviet.org, gdtd.vn: the comma inside the name no longer ends it at "Bộ Thông tin", "Bộ Giáo dục"
    found = orgs_in(
        "Đại hội Đảng bộ lần thứ 5 của Bộ Thông tin, Văn hóa và Du lịch diễn ra ngày 10/12 do Bộ trưởng Kikeo "
        "Khaykhamphithoun chủ trì.",
        "Bộ trưởng Phạm Vũ Luận đã có buổi tiếp thân mật đoàn đại biểu cấp cao Bộ Giáo dục, Thanh niên và Thể thao "
        "Campuchia do ngài Im Sethy – Bộ trưởng dẫn đầu.",
    )
    assert "Bộ Thông tin, Văn hóa và Du lịch" in found
    assert "Bộ Giáo dục, Thanh niên và Thể thao Campuchia" in found
    assert not {"Bộ Thông tin", "Bộ Giáo dục"} & set(found)


def test_lao_education_ministry_in_lower_case_keeps_its_country() -> None:
    # the construction of a Lao school's visit (ftec.edu.vn, a tune page) and of vietnamnet.vn's report
    found = orgs_in(
        "Việc Bộ Giáo dục và thể thao nước CHDCND Lào cho phép các em học sinh đến học tập tại trường đã thể hiện "
        "sự tin tưởng.",
        "Bộ trưởng Bộ Giáo dục và Thể thao Lào Thongsalith Mangnomek đã trao hai văn kiện hợp tác.",
    )
    # one ministry, written two ways
    assert list(found) == ["Bộ Giáo dục và thể thao nước CHDCND Lào"]
    assert "Bộ Giáo dục và Thể thao Lào" in found["Bộ Giáo dục và thể thao nước CHDCND Lào"].aliases


def test_un_programmes_named_with_chuong_trinh_are_found() -> None:
    # vi.wikipedia.org, molisa.gov.vn: "Chương trình" is no head of its own, so these were missed whole
    found = orgs_in(
        "Chương trình Định cư con người Liên Hợp Quốc thường gọi tắt là UN-Habitat, là cơ quan của Liên Hợp Quốc "
        "về phát triển khu dân cư và đô thị bền vững.",
        "Các tình nguyện viên làm việc cho Chương trình Tình nguyện Liên Hợp Quốc (UNV) tại Hà Nội.",
    )
    assert "Chương trình Định cư con người Liên Hợp Quốc" in found
    assert found["Chương trình Định cư con người Liên Hợp Quốc"].category == "international"
    assert any(name.startswith("Chương trình Tình nguyện Liên Hợp Quốc") or name.startswith("UNV") for name in found)


def test_un_general_assembly_and_the_francophonie() -> None:
    # vi.wikipedia.org, nongthonvaphattrien.vn
    found = orgs_in(
        "UN-Habitat được uỷ quyền của Đại hội đồng Liên Hợp Quốc để thúc đẩy xã hội và môi trường bền vững.",
        "Tổ chức quốc tế Pháp ngữ (OIF) đại diện cho một thực thể duy nhất, dựa trên mối liên kết của ngôn ngữ chung.",
    )
    assert "Đại hội đồng Liên Hợp Quốc" in found
    assert "Tổ chức quốc tế Pháp ngữ" in found
    assert "Tổ chức quốc tế Pháp" not in found


def test_asean_parliamentary_assembly_is_not_cut_by_the_known_asean() -> None:
    # quochoi.vn
    found = orgs_in(
        "Quốc hội Việt Nam đảm nhận vai trò Chủ tịch Hội đồng Liên nghị viện Hiệp hội các quốc gia Đông Nam Á (AIPA)."
    )
    assert "Hội đồng Liên nghị viện Hiệp hội các quốc gia Đông Nam Á" in found
    assert "Hiệp hội các quốc gia Đông Nam Á" not in found


def test_association_for_vietnamese_abroad_central_and_in_a_city() -> None:
    # qdnd.vn and alov-hcmc.org.vn: "ở nước ngoài" is part of the name, the city after it is its seat
    central = orgs_in(
        "Phát biểu tại đại hội, đồng chí Trương Thị Mai đánh giá cao những kết quả mà Hội Liên lạc với người Việt "
        "Nam ở nước ngoài đạt được trong 3 nhiệm kỳ qua."
    )
    city = orgs_in(
        "Được sự đồng ý của Thành ủy và UBND Thành phố, Hội liên lạc với người Việt Nam ở nước ngoài TP.HCM đã được "
        "thành lập ngày 14 tháng 9 năm 2006."
    )
    assert list(central) == ["Hội Liên lạc với người Việt Nam ở nước ngoài"]
    assert "Hội liên lạc với người Việt Nam ở nước ngoài TP.HCM" in city


def test_childrens_ngos_by_their_english_names_and_initials() -> None:
    # amp.baonghean.vn, huengaynay.vn
    found = orgs_in(
        "10 chiếc xe này là món quà do tổ chức hỗ trợ nhân đạo cho trẻ em Việt Nam (HSCV) tài trợ.",
        "Trong năm 2024, Children of Vietnam đã ký biên bản hợp tác với Liên hiệp các tổ chức hữu nghị TP. Huế.",
    )
    assert "Children of Vietnam" in found
    assert found["Children of Vietnam"].category == "ngo"
    assert any(e.category == "ngo" and "HSCV" in (e.name, *e.aliases) for e in found.values())


def test_red_cross_federation_with_a_comma_and_world_vision_by_its_vietnamese_name() -> None:
    # kinhtedothi.vn, vietnamembassy-usa.org
    found = orgs_in(
        "Trung ương Hội Chữ thập Đỏ Việt Nam phối hợp cùng Hiệp hội Chữ thập đỏ, Trăng lưỡi liềm đỏ quốc tế và các "
        "Hội quốc gia tại Việt Nam khẩn trương vận chuyển lương thực.",
        "Ông Davit Pumell, đại diện Tổ chức Tầm nhìn thế giới vừa ký kết một bản thỏa thuận với thành phố Đà Nẵng.",
    )
    assert "Hiệp hội Chữ thập đỏ, Trăng lưỡi liềm đỏ quốc tế" in found
    assert "Hiệp hội Chữ thập đỏ" not in found
    assert "Tổ chức Tầm nhìn thế giới" in found
    assert found["Tổ chức Tầm nhìn thế giới"].category == "ngo"


def test_buddhist_sangha_by_name_and_initials_and_its_boards_stay_whole() -> None:
    # giacngo.vn, phattu.vn, pgtphcm.vn
    found = orgs_in(
        "Ông Huỳnh Đảm đánh giá cao công cuộc vận động thành lập Giáo hội Phật giáo Việt Nam, thể hiện ý chí và "
        "nguyện vọng của chư Tăng Ni.",
        "Đại sứ Kazakhstan đã đến chùa Quán Sứ (Hà Nội) thăm và làm việc tại trụ sở Trung ương GHPGVN.",
        "Thượng tọa Lee Chi Ran cảm ơn sự tiếp đón trọng thị của chư tôn đức Ban Trị sự GHPGVN TP.HCM.",
    )
    assert "Giáo hội Phật giáo Việt Nam" in found
    assert found["Giáo hội Phật giáo Việt Nam"].category == "mass"
    assert "Ban Trị sự GHPGVN TP.HCM" in found


def test_world_economic_forum_and_mekong_river_commission() -> None:
    # congthuong.vn, baomoi.com: "Diễn đàn" and "Ủy hội" are no heads of their own, so these were missed whole
    found = orgs_in(
        "Nhận lời mời của Nhà sáng lập kiêm Chủ tịch Diễn đàn Kinh tế Thế giới (WEF) Klaus Schwab, Thủ tướng sẽ "
        "tham dự Hội nghị thường niên lần thứ 54 tại Davos.",
        "Ngày 05/4, tại Viêng Chăn, Lào, Hội nghị Cấp cao lần thứ 4 Ủy hội sông Mekong quốc tế đã được tổ chức.",
    )
    assert found["Diễn đàn Kinh tế Thế giới"].category == "international"
    assert "Ủy hội sông Mekong quốc tế" in found


def test_holy_see_and_chinas_state_council_take_their_country() -> None:
    # giaoxungoclam.net, baomoi.com, bbrtv.com
    found = orgs_in(
        "Thông cáo chung giữa Việt Nam và Tòa Thánh, được công bố chiều ngày 27/7/2023, cho biết hai bên đã ký kết "
        "Thỏa thuận.",
        "Chủ tịch nước sẽ thăm cấp nhà nước tới Cộng hòa I-ta-li-a từ ngày 21 đến 24-11, thăm Tòa thánh Va-ti-căng "
        "ngày 23-11.",
    )
    assert {"Tòa Thánh", "Tòa thánh Va-ti-căng"} & set(found)
    assert all(e.category == "state" for e in found.values())
    china = orgs_in("Đại hội quyết định đồng chí Lý Cường làm Thủ tướng Quốc vụ viện Trung Quốc.")
    assert "Quốc vụ viện Trung Quốc" in china
    # the Cao Đài see is no part of the Holy See
    assert not orgs_in("Du khách tham quan Tòa thánh Tây Ninh vào dịp lễ.")


def test_ngos_by_an_english_name_opening_the_clause() -> None:
    # vccinews.vn, napsnet.com: without "tổ chức" before it an English name was not read as a body
    found = orgs_in(
        "Được thành lập từ năm 2002, đến nay Giving It Back to Kids đã hoạt động tại Việt Nam được 22 năm.",
        "As John L. McCullough Executive Director of Church World Service (CWS), I recently travelled to Vietnam.",
    )
    assert found["Giving It Back to Kids"].category == "ngo"
    assert "Church World Service" in found


def test_ngo_by_its_vietnamese_name_and_initials() -> None:
    # asvho.vn, amp.baonghean.vn
    found = orgs_in(
        "Được sự tài trợ của Tổ chức Sen Vàng CHLB Đức và Tổ chức Trả lại tuổi thơ của Hoa Kỳ, ngày 20/5, Hội Bảo "
        "trợ Người khuyết tật và Trẻ mồ côi tỉnh Thừa Thiên Huế tổ chức trao 18 chiếc xe lăn."
    )
    assert found["Tổ chức Trả lại tuổi thơ"].category == "ngo"
    assert "GIBTK" in orgs_in("10 chiếc xe này là món quà do tổ chức trả lại tuổi thơ (GIBTK) tài trợ.")


def test_sos_childrens_villages_international_and_national_are_two_bodies() -> None:
    # dantocmiennui.vn: "Làng trẻ em" is no head of its own, so these were missed whole
    found = orgs_in(
        "Việt Nam luôn coi trọng quan hệ hợp tác với Làng trẻ em SOS quốc tế, ủng hộ mô hình hoạt động của Làng trẻ "
        "em SOS Việt Nam và tạo mọi điều kiện để các hoạt động được triển khai."
    )
    assert {"Làng trẻ em SOS quốc tế", "Làng trẻ em SOS Việt Nam"} <= set(found)

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

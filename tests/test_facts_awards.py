"""Award facts on sentences written the way Vietnamese outlets write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

import dnnd
from dnnd.facts import FACT_ORDER, role_values
from dnnd.facts.awards import AwardExtractor
from dnnd.model import Article, Figure, Organization, Paragraph, Person, Place, Quantity, Term
from dnnd.testing.plugins import extract_with
from dnnd.testing.strategies import articles, fragment_paragraphs

# What each role may point at.
ROLE_KINDS: dict[str, tuple[type, ...]] = {
    "giver": (Organization, Person, Place),
    "recipient": (Organization, Person, Place),
    "count": (Quantity,),
    "period": (Term,),
}


def extract(*blocks: str | Figure, title: str = "Tin đối ngoại nhân dân") -> Article:
    """The article with entities and award facts, as ``dnnd.extract`` builds it."""
    body = [b if isinstance(b, Figure) else Paragraph(b) for b in blocks]
    return extract_with(Article(title=title, blocks=body), AwardExtractor(), below=FACT_ORDER)


def awards(*blocks: str | Figure) -> list[dict[str, list[str]]]:
    """Every award fact of the article, as role → sorted names or values."""
    article = extract(*blocks)
    out = []
    for fact in article.facts:
        assert fact.kind == "award" and fact.code == "051"
        roles = {r.role for r in fact.roles}
        out.append({role: sorted(role_values(fact, article.entities, role)) for role in roles})
    return out


def roles(**values: str | list[str]) -> dict[str, list[str]]:
    return {k: sorted(v if isinstance(v, list) else [v]) for k, v in values.items()}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Nhân dịp này, Chủ tịch nước đã trao tặng Huân chương Hữu nghị cho Hội Hữu nghị Việt Nam - Campuchia "
            "tỉnh An Giang.",
            roles(
                status="awarded",
                award="Huân chương Hữu nghị",
                giver="Chủ tịch nước",
                recipient="Hội Hữu nghị Việt Nam - Campuchia tỉnh An Giang",
            ),
            id="trao-tang-huan-chuong-cho",
        ),
        pytest.param(
            "Ông Phạm Quốc Khánh được Chủ tịch nước tặng Huân chương Lao động hạng Ba vì có thành tích xuất sắc.",
            roles(
                status="awarded",
                award="Huân chương Lao động hạng Ba",
                giver="Chủ tịch nước",
                recipient="Phạm Quốc Khánh",
            ),
            id="passive-duoc-giver-tang",
        ),
        pytest.param(
            "Thủ tướng Chính phủ tặng Bằng khen cho 12 tập thể và 20 cá nhân.",
            roles(
                status="awarded",
                award="Bằng khen",
                giver="Thủ tướng Chính phủ",
                recipient="12 tập thể và 20 cá nhân",
                count=["12 tập thể", "20 cá nhân"],
            ),
            id="counts-in-the-recipient",
        ),
        pytest.param(
            "Hội Hữu nghị Việt - Lào tỉnh Sơn La vinh dự đón nhận Huân chương Lao động hạng Nhì của Chủ tịch nước.",
            roles(
                status="awarded",
                award="Huân chương Lao động hạng Nhì",
                giver="Chủ tịch nước",
                recipient="Hội Hữu nghị Việt - Lào tỉnh Sơn La",
            ),
            id="don-nhan-cua",
        ),
        pytest.param(
            "Thay mặt UBND tỉnh, ông Nguyễn Văn Hải trao Bằng khen cho 10 tập thể có thành tích xuất sắc.",
            roles(
                status="awarded",
                award="Bằng khen",
                giver="UBND tỉnh",
                recipient="10 tập thể có thành tích xuất sắc",
                count="10 tập thể",
            ),
            id="thay-mat",
        ),
        pytest.param(
            "Dịp này, Liên hiệp các tổ chức hữu nghị Việt Nam trao tặng Kỷ niệm chương Vì hòa bình, hữu nghị giữa "
            "các dân tộc cho ông Trần Văn Bình.",
            roles(
                status="awarded",
                award="Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc",
                giver="Liên hiệp các tổ chức hữu nghị Việt Nam",
                recipient="Trần Văn Bình",
            ),
            id="unquoted-vi-name",
        ),
        pytest.param(
            "Tại buổi lễ, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng đã trao Kỷ niệm chương “Vì hòa bình, hữu nghị "
            "giữa các dân tộc” tặng ông Takebe Tsutomu.",
            roles(
                status="awarded",
                award="Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”",
                giver="Lê Thị Thu Hằng",
                recipient="Takebe Tsutomu",
            ),
            id="trao-award-tang-person",
        ),
        pytest.param(
            "Huân chương Lao động hạng Ba của Chủ tịch nước đã được trao cho Liên hiệp các tổ chức hữu nghị tỉnh "
            "Yên Bái.",
            roles(
                status="awarded",
                award="Huân chương Lao động hạng Ba",
                giver="Chủ tịch nước",
                recipient="Liên hiệp các tổ chức hữu nghị tỉnh Yên Bái",
            ),
            id="award-before-its-verb",
        ),
        pytest.param(
            "Liên hiệp các tổ chức hữu nghị tỉnh Quảng Trị đề nghị Chủ tịch nước tặng Huân chương Lao động hạng Ba "
            "cho Hội Hữu nghị Việt - Lào tỉnh Quảng Trị.",
            roles(
                status="proposed",
                award="Huân chương Lao động hạng Ba",
                giver="Chủ tịch nước",
                recipient="Hội Hữu nghị Việt - Lào tỉnh Quảng Trị",
            ),
            id="de-nghi-is-proposed",
        ),
        pytest.param(
            "UBND thành phố Hà Nội trao tặng danh hiệu “Công dân Danh dự Thủ đô” cho ông Kim Jong-su.",
            roles(
                status="awarded",
                award="Công dân Danh dự Thủ đô",
                giver="UBND thành phố Hà Nội",
                recipient="Kim Jong-su",
            ),
            id="danh-hieu",
        ),
        pytest.param(
            "UBND tỉnh tặng Bằng khen cho ông Nguyễn Văn An, Chủ tịch Hội Hữu nghị Việt - Nhật tỉnh.",
            roles(status="awarded", award="Bằng khen", giver="UBND tỉnh", recipient="Nguyễn Văn An"),
            id="recipient-with-apposition",
        ),
        pytest.param(
            "Ông Trần Văn Bình đã trao Kỷ niệm chương tặng Phó Chủ tịch Hội hữu nghị Lào - Việt Nam, "
            "Tỉnh trưởng tỉnh Chăm-pa-sắc Bun-thoong Chít-ma-ny.",
            roles(status="awarded", award="Kỷ niệm chương", giver="Trần Văn Bình", recipient="Bun-thoong Chít-ma-ny"),
            id="recipient-offices-before-the-name",
        ),
        pytest.param(
            "Hội Hữu nghị Việt - Lào tỉnh tặng Huy hiệu ‘Vì sự nghiệp hữu nghị’, phần thưởng cao quý nhất của Hội "
            "cho ông Trần Văn Bình, Chủ tịch Câu lạc bộ Hữu nghị và 3 vị khác.",
            roles(
                status="awarded",
                award="Huy hiệu ‘Vì sự nghiệp hữu nghị’",
                giver="Hội Hữu nghị Việt - Lào tỉnh",
                recipient="Trần Văn Bình",
            ),
            id="award-described-then-its-recipient-and-others",
        ),
        pytest.param(
            "7 tập thể và 12 cá nhân được UBND tỉnh tặng Giấy khen.",
            roles(
                status="awarded",
                award="Giấy khen",
                giver="UBND tỉnh",
                recipient="7 tập thể và 12 cá nhân",
                count=["7 tập thể", "12 cá nhân"],
            ),
            id="passive-counted-recipients",
        ),
        pytest.param(
            "Sở Ngoại vụ tặng Bằng khen cho các tập thể có thành tích trong công tác đối ngoại nhân dân "
            "giai đoạn 2020 - 2025.",
            roles(
                status="awarded",
                award="Bằng khen",
                giver="Sở Ngoại vụ",
                recipient="các tập thể có thành tích trong công tác đối ngoại nhân dân giai đoạn 2020 - 2025",
                period="giai đoạn 2020 - 2025",
            ),
            id="period-in-the-recipient",
        ),
        pytest.param(
            "Ban tổ chức tặng Bằng khen cho 5 cá nhân và trao quà cho 10 hộ nghèo.",
            roles(status="awarded", award="Bằng khen", recipient="5 cá nhân", count="5 cá nhân"),
            id="another-verb-ends-the-recipient",
        ),
    ],
)
def test_one_award(sentence: str, expected: dict[str, list[str]]) -> None:
    assert awards(sentence) == [expected]


def test_two_awards_in_one_list_share_giver_and_recipient() -> None:
    found = awards(
        "Dịp này, Hội Hữu nghị Việt - Trung tỉnh Cao Bằng đã tặng Bằng khen, Giấy khen cho các hội viên tiêu biểu."
    )
    assert sorted(f["award"][0] for f in found) == ["Bằng khen", "Giấy khen"]
    for f in found:
        assert f["giver"] == ["Hội Hữu nghị Việt - Trung tỉnh Cao Bằng"]
        assert f["recipient"] == ["các hội viên tiêu biểu"]


def test_a_list_cut_by_semicolons_under_one_verb_gives_each_award_its_recipient() -> None:
    found = awards(
        "UBND tỉnh tặng Bằng khen cho Hội Hữu nghị Việt - Lào tỉnh; Giấy khen cho 5 cá nhân; "
        "ông Nguyễn Văn An phát biểu cảm ơn."
    )
    assert sorted((f["award"], f["recipient"]) for f in found) == [
        (["Bằng khen"], ["Hội Hữu nghị Việt - Lào tỉnh"]),
        (["Giấy khen"], ["5 cá nhân"]),
    ]


def test_counted_honorees_of_a_body_at_the_end_of_the_list_are_that_bodys() -> None:
    found = awards(
        "Hội Liên hiệp Phụ nữ Việt Nam đã trao tặng Huân chương Lao động hạng Ba cho 1 tập thể; Huân chương Hữu "
        "nghị cho 15 tập thể, 3 cá nhân; Huy chương Hữu nghị cho 2 cá nhân của Hội Liên hiệp Phụ nữ Lào đã có "
        "nhiều đóng góp cho quan hệ hai nước."
    )
    assert len(found) == 3
    assert all(f["recipient"] == ["Hội Liên hiệp Phụ nữ Lào"] for f in found), found


def test_a_name_in_doubled_single_quotes_and_a_recipient_up_to_what_it_is_for() -> None:
    found = awards(
        "Ngày 28/4, Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam Vũ Xuân Hồng đã trao Kỷ niệm chương ''Vì hòa "
        "bình hữu nghị giữa các dân tộc'' cho 2 cựu chỉ huy du kích, nhằm ghi nhận hành động dũng cảm của họ."
    )
    assert [(f["award"], f["recipient"]) for f in found] == [
        (["Kỷ niệm chương ''Vì hòa bình hữu nghị giữa các dân tộc''"], ["2 cựu chỉ huy du kích"])
    ]


def test_a_vi_su_nghiep_name_written_lower_case() -> None:
    found = awards("Ông Nguyễn Văn An đã được tặng Kỷ niệm chương vì sự nghiệp đối ngoại nhân dân.")
    assert [f["award"] for f in found] == [["Kỷ niệm chương vì sự nghiệp đối ngoại nhân dân"]]


def test_a_second_verb_keeps_the_giver_with_its_own_recipient() -> None:
    found = awards(
        "Liên hiệp các tổ chức hữu nghị Việt Nam tặng Cờ thi đua cho Hội Hữu nghị Việt - Lào tỉnh Điện Biên "
        "và tặng Bằng khen cho 3 cá nhân."
    )
    assert found == [
        roles(
            status="awarded",
            award="Cờ thi đua",
            giver="Liên hiệp các tổ chức hữu nghị Việt Nam",
            recipient="Hội Hữu nghị Việt - Lào tỉnh Điện Biên",
        ),
        roles(
            status="awarded",
            award="Bằng khen",
            giver="Liên hiệp các tổ chức hữu nghị Việt Nam",
            recipient="3 cá nhân",
            count="3 cá nhân",
        ),
    ]


def test_a_second_passive_keeps_the_recipient_with_its_own_giver() -> None:
    found = awards(
        "Năm 2022, Hội Hữu nghị Việt - Lào tỉnh Điện Biên được Nhà nước Lào tặng Huân chương Itxala hạng Nhất "
        "và được UBND tỉnh tặng Cờ thi đua."
    )
    assert [(f["award"], f["giver"], f["recipient"]) for f in found] == [
        (["Huân chương Itxala hạng Nhất"], ["Nhà nước Lào"], ["Hội Hữu nghị Việt - Lào tỉnh Điện Biên"]),
        (["Cờ thi đua"], ["UBND tỉnh"], ["Hội Hữu nghị Việt - Lào tỉnh Điện Biên"]),
    ]


def test_bare_co_only_in_a_list_of_awards() -> None:
    found = awards("Hội được Trung ương Hội, UBND tỉnh tặng Cờ, Bằng khen.")
    assert sorted(f["award"][0] for f in found) == ["Bằng khen", "Cờ"]
    assert awards("Hội Cựu chiến binh tặng cờ Tổ quốc cho ngư dân.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Tiêu chuẩn xét tặng Bằng khen được quy định tại Nghị định số 98/2023/NĐ-CP.",
        "Bằng khen là hình thức khen thưởng dành cho các tập thể, cá nhân.",
        "Mẫu Bằng khen được in trên giấy couché.",
        "Các tập thể, cá nhân chưa được tặng Bằng khen trong năm.",
        "Hội sẽ trao tặng Giấy khen cho các hội viên tiêu biểu.",
        "Tại buổi lễ, Hội Hữu nghị Việt - Nhật trao tặng quà cho học sinh nghèo.",
        "Nhiều cá nhân có thành tích xuất sắc trong công tác đối ngoại nhân dân được khen thưởng.",
        "Hai bên trao đổi về việc thực hiện danh hiệu thi đua.",
        "Hai bên đã trao đổi về việc tặng Bằng khen cho các tập thể.",
    ],
)
def test_not_an_award(sentence: str) -> None:
    assert awards(sentence) == []


def test_a_decision_about_giving_is_an_award() -> None:
    found = awards("UBND tỉnh ban hành Quyết định về việc tặng Bằng khen cho 15 tập thể.")
    assert found == [
        roles(status="awarded", award="Bằng khen", giver="UBND tỉnh", recipient="15 tập thể", count="15 tập thể")
    ]


def test_a_caption_reports_an_award_the_body_does_not() -> None:
    caption = Figure(caption="Chủ tịch nước trao tặng Huân chương Hữu nghị cho Hội Hữu nghị Việt - Lào tỉnh Sơn La.")
    [found] = awards("Buổi lễ diễn ra trang trọng.", caption)
    assert found["award"] == ["Huân chương Hữu nghị"]
    assert found["recipient"] == ["Hội Hữu nghị Việt - Lào tỉnh Sơn La"]


def test_a_caption_restating_the_bodys_award_adds_no_fact() -> None:
    body = "Chủ tịch nước trao tặng Huân chương Hữu nghị cho Hội Hữu nghị Việt - Lào tỉnh Sơn La."
    caption = Figure(caption="Lãnh đạo tỉnh trao Huân chương Hữu nghị cho đại diện Hội.")
    assert [f["award"] for f in awards(body, caption)] == [["Huân chương Hữu nghị"]]


def test_the_fact_cites_its_clause() -> None:
    sentence = "Sở Ngoại vụ tặng Bằng khen cho 3 tập thể; UBND tỉnh tặng Cờ thi đua cho Hội Hữu nghị Việt - Lào tỉnh."
    article = extract("Buổi lễ diễn ra trang trọng.", sentence)
    cited = sorted(article.text[s.start : s.end] for f in article.facts for s in f.spans)
    assert cited == [
        "Sở Ngoại vụ tặng Bằng khen cho 3 tập thể",
        "UBND tỉnh tặng Cờ thi đua cho Hội Hữu nghị Việt - Lào tỉnh.",
    ]


# --------------------------------------------------------------------------- properties

FRAGMENTS = (
    "tặng",
    "trao tặng",
    "được",
    "đề xuất",
    "nhận",
    "Bằng khen",
    "Giấy khen",
    "Cờ thi đua",
    "Cờ,",
    "Kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc”",
    "Huân chương Lao động hạng Ba",
    "danh hiệu",
    "cho",
    "của",
    "do",
    "Liên hiệp các tổ chức hữu nghị Việt Nam",
    "UBND tỉnh Lai Châu",
    "Chủ tịch nước",
    "Thay mặt",
    "7 tập thể",
    "5 cá nhân",
    "giai đoạn 2017 - 2022",
    "và",
    ",",
    ";",
    "ông",
    "Dịp này,",
)


def check_facts(article: Article) -> None:
    """Every fact is an award, cites the text, and its roles point at entities of the right kind."""
    by_id = {e.id: e for e in article.entities}
    for fact in article.facts:
        assert fact.kind == "award" and fact.code == "051"
        assert fact.spans
        for span in fact.spans:
            assert 0 <= span.start < span.end <= len(article.text)
        statuses = [r.value for r in fact.roles if r.role == "status"]
        assert len(statuses) == 1 and statuses[0] in ("awarded", "proposed")
        assert [r for r in fact.roles if r.role == "award"]
        for role in fact.roles:
            if role.entity is not None:
                assert isinstance(by_id[role.entity], ROLE_KINDS[role.role])
            else:
                assert role.value


@given(st.lists(fragment_paragraphs(FRAGMENTS, "Bằng khen"), min_size=1, max_size=4))
def test_generated_award_text_never_fails(paragraphs: list[str]) -> None:
    check_facts(extract(*paragraphs))


@given(articles())
def test_generated_articles_never_fail(article: Article) -> None:
    check_facts(extract_with(article, AwardExtractor(), below=FACT_ORDER))


# -- prizes won, medals, badges


@pytest.mark.parametrize(
    ("sentence", "award", "recipient"),
    [
        pytest.param(
            "Đội tuyển Việt Nam đoạt giải Ba Hội diễn văn nghệ quần chúng.",
            "giải Ba Hội diễn văn nghệ quần chúng",
            "Đội tuyển Việt Nam",
            id="doat-giai",
        ),
        pytest.param(
            "Ông Trần Văn Bình giành Huy chương vàng tại Đại hội.", "Huy chương vàng", "Trần Văn Bình", id="medal-won"
        ),
        pytest.param(
            "Ông Nguyễn Văn An vinh dự được trao Huy hiệu 40 năm tuổi Đảng.",
            "Huy hiệu 40 năm tuổi Đảng",
            "Nguyễn Văn An",
            id="badge",
        ),
        pytest.param(
            "Kết quả cụ thể: Nguyễn Văn An: Huy chương vàng.", "Huy chương vàng", "Nguyễn Văn An", id="list-of-results"
        ),
    ],
)
def test_prizes_medals_and_badges(sentence: str, award: str, recipient: str) -> None:
    [found] = awards(sentence)
    assert found["award"] == [award] and found["recipient"] == [recipient]


def test_a_prize_without_its_rank_is_no_award() -> None:
    assert awards("Đội tuyển Việt Nam tham dự giải Olympiad và giải vô địch thế giới.") == []


def test_an_unquoted_vi_name_ends_before_the_next_award_and_the_giving_word() -> None:
    found = awards(
        "Nhân dịp này, Liên hiệp các tổ chức hữu nghị Việt Nam trao Kỷ niệm chương Vì hòa bình hữu nghị giữa các "
        "dân tộc và Bằng khen tặng các hội viên Hội Hữu nghị Việt Nam - Lào."
    )
    assert [f["award"] for f in found] == [["Kỷ niệm chương Vì hòa bình hữu nghị giữa các dân tộc"], ["Bằng khen"]]
    assert all(f["recipient"] == ["các hội viên Hội Hữu nghị Việt Nam - Lào"] for f in found)


def test_a_bare_head_summing_up_named_awards_told_after_it_is_no_fact_of_its_own() -> None:
    found = awards(
        "Hội Liên hiệp Phụ nữ Việt Nam tổ chức lễ trao tặng Huân chương của Nhà nước Việt Nam cho tập thể, cá nhân "
        "Hội Liên hiệp Phụ nữ Lào.",
        "Tại buổi lễ, Hội Liên hiệp Phụ nữ Việt Nam đã trao tặng Huân chương Lao động hạng Ba cho Hội Liên hiệp "
        "Phụ nữ Lào.",
    )
    assert [f["award"] for f in found] == [["Huân chương Lao động hạng Ba"]]


def test_prize_money_is_an_award_with_its_amount() -> None:
    found = awards(
        "Tại lễ vinh danh đội tuyển cờ vua ngày 13/10, Ngân hàng Nam Á thưởng 20.000 USD "
        "để ghi nhận thành công của đội tuyển trong giải Olympiad 2018.",
        "UBND tỉnh Lào Cai thưởng 50 triệu đồng cho Hội Chữ thập đỏ tỉnh Lào Cai.",
        "Ngân hàng Nam Á thưởng và tài trợ tổng cộng 25.000 USD cho đội tuyển.",
        "Công ty Cổ phần Sữa Việt Nam sẽ thưởng 50 triệu đồng cho đội tuyển bóng đá nữ.",
    )
    assert [(f["award"], f["amount"], f["recipient"]) for f in found] == [
        (["thưởng 20.000 USD"], ["20.000 USD"], ["đội tuyển"]),
        (["thưởng 50 triệu đồng"], ["50 triệu đồng"], ["Hội Chữ thập đỏ tỉnh Lào Cai"]),
    ]


def test_the_prizes_of_a_contest_given_are_an_award_named_by_the_contest() -> None:
    found = awards(
        "Chiều 16/11, Liên hiệp các tổ chức hữu nghị tỉnh Vĩnh Phúc tổ chức gặp mặt và trao giải cuộc thi viết "
        "“Tìm hiểu về Liên hiệp các tổ chức hữu nghị Việt Nam”."
    )
    assert [f["award"] for f in found] == [["giải cuộc thi viết “Tìm hiểu về Liên hiệp các tổ chức hữu nghị Việt Nam”"]]
    assert found[0]["giver"] == ["Liên hiệp các tổ chức hữu nghị tỉnh Vĩnh Phúc"]
    found = awards("Dịp này, Ban tổ chức trao giải Hội thi tiếng Việt năm 2024 cho 20 học viên Lào.")
    assert [f["award"] for f in found] == [["giải Hội thi tiếng Việt năm 2024"]]


@pytest.mark.parametrize(
    "sentence",
    [
        "Liên hiệp các tổ chức hữu nghị tỉnh sẽ trao giải cuộc thi viết vào tháng 12.",
        "Hội phát động cuộc thi viết “Tìm hiểu về Liên hiệp các tổ chức hữu nghị Việt Nam”.",
        "Ban tổ chức đã trao giải cho các cá nhân.",
    ],
)
def test_a_contest_launched_or_prizes_to_come_are_no_award(sentence: str) -> None:
    assert awards(sentence) == []


def test_a_body_by_its_acronym_gives_in_the_passive() -> None:
    (found,) = awards("Sau trận đấu, ông Nguyễn Văn An được FIFA trao Huy chương Vàng.")
    assert found["recipient"] == ["Nguyễn Văn An"]
    assert found["giver"] == ["FIFA"]
    # an active gift by a person keeps them the giver
    (found,) = awards("Ông Nguyễn Văn An trao Huy chương Vàng cho đội tuyển U23.")
    assert found["giver"] == ["Nguyễn Văn An"]


def test_who_accepts_for_a_body_is_not_the_recipient() -> None:
    found = awards(
        "Bà Nguyễn Thị Bích Liên, thay mặt ChildFund Việt Nam nhận Bằng khen của Liên hiệp các tổ chức hữu nghị "
        "Việt Nam."
    )
    assert [f["recipient"] for f in found] == [["ChildFund Việt Nam"]]


def test_the_reason_for_the_award_ends_the_recipient() -> None:
    found = awards(
        "Tổng Bí thư cũng trao tặng danh hiệu Anh hùng Lao động cho bà Nguyễn Thị Bình, nguyên Ủy viên Trung ương "
        "Đảng, nguyên Phó Chủ tịch nước, nguyên Bộ trưởng Ngoại giao Chính phủ Cách mạng lâm thời Cộng hòa miền Nam "
        "Việt Nam do đã có công lao to lớn trong lĩnh vực đối ngoại, đóng góp vào sự nghiệp cách mạng của Đảng và "
        "của dân tộc."
    )
    assert [(f["award"], f["recipient"]) for f in found] == [(["Anh hùng Lao động"], ["Nguyễn Thị Bình"])]


def test_the_occasion_of_the_award_ends_the_recipient() -> None:
    # baolangson.vn: the ambassador named last, the occasion after a comma
    found = awards(
        "Ngày 20-6, tại Hà Nội, thừa ủy quyền Chủ tịch nước, Bộ trưởng Ngoại giao Phạm Bình Minh tiếp và trao "
        "Huân chương Hữu nghị tặng Đại sứ Ô-xtrây-li-a tại Việt Nam A.Cóc-xơ, nhân dịp kết thúc nhiệm kỳ công tác "
        "tại nước ta."
    )
    assert [(f["award"], f["recipient"]) for f in found] == [(["Huân chương Hữu nghị"], ["A.Cóc-xơ"])]


def test_an_award_told_again_without_its_recipient_is_no_second_fact() -> None:
    # sggp.org.vn, tienphong.vn: the award given, then spoken of again with nobody receiving it
    found = awards(
        "Ngày 31-10, tại trụ sở Bộ Ngoại giao, Thứ trưởng Bộ Ngoại giao Nguyễn Mạnh Cường đã trao tặng Huân chương "
        "Hữu nghị cho ngài Denny Abdi, Đại sứ Indonesia tại Việt Nam.",
        "Huân chương Hữu nghị là huân chương của Nhà nước dành tặng hoặc truy tặng cho người nước ngoài. Thẩm quyền "
        "tặng, truy tặng Huân chương Hữu nghị do Chủ tịch nước quyết định.",
    )
    assert [(f["award"], f["recipient"]) for f in found] == [(["Huân chương Hữu nghị"], ["Denny Abdi"])]


def test_an_award_given_only_without_a_recipient_is_kept() -> None:
    found = awards("Thứ trưởng Bộ Ngoại giao Nguyễn Mạnh Cường đã trao tặng Huân chương Hữu nghị tại buổi lễ.")
    assert [f["award"] for f in found] == [["Huân chương Hữu nghị"]]


def test_tu_do_freedom_is_part_of_the_awards_name() -> None:
    # baomoi.com: "do" is no giver after "Tự"
    found = awards(
        "Chiều 18/7/2022, tại Hà Nội, đã diễn ra Lễ trao tặng Huân chương Vàng Quốc gia và Huân chương Tự do hạng "
        "Nhất của Nhà nước Cộng hòa dân chủ Nhân dân Lào tặng một số đồng chí Lãnh đạo cấp cao Đảng, Nhà nước Việt Nam."
    )
    assert [f["award"] for f in found] == [["Huân chương Vàng Quốc gia"], ["Huân chương Tự do hạng Nhất"]]


def test_nhan_duoc_receives_an_award() -> None:
    found = awards(
        "Nguyên Chủ tịch Quốc hội Nguyễn Thị Kim Ngân nhận được Huân chương Mặt trời mọc hạng Nhất Đại thập tự vì "
        "những đóng góp cho quan hệ Nhật Bản và Việt Nam."
    )
    assert [(f["award"], f["recipient"]) for f in found] == [
        (["Huân chương Mặt trời mọc hạng Nhất Đại thập tự"], ["Nguyễn Thị Kim Ngân"])
    ]


def test_the_same_award_told_again_in_other_case_is_one_fact() -> None:
    found = awards(
        "Nhân dịp này, ChildFund Việt Nam đã nhận Bằng khen của Liên hiệp các tổ chức hữu nghị Việt Nam.",
        "Bà Nguyễn Thị Bích Liên, thay mặt ChildFund Việt Nam nhận bằng khen tại hội nghị.",
    )
    assert [f["recipient"] for f in found] == [["ChildFund Việt Nam"]]


def test_a_person_receives_it_not_the_post_written_after_her_name() -> None:
    found = awards(
        "Ông Vũ Khắc Liên, Chủ tịch Hội giao lưu văn hóa Việt – Nhật nhận Bằng khen của Liên hiệp các tổ chức hữu "
        "nghị Việt Nam."
    )
    assert [f["recipient"] for f in found] == [["Vũ Khắc Liên"]]


def test_each_person_of_a_list_with_posts_receives_it() -> None:
    found = awards(
        "Ngày 30-3, Đại tướng Nguyễn Văn An đã trao Huân chương Hữu nghị hạng II cho Đại tá Nguyễn Hoài Phương, Chỉ "
        "huy trưởng BĐBP tỉnh Tây Ninh và Đại tá Nguyễn Văn Thành, Chỉ huy trưởng BĐBP tỉnh Long An."
    )
    assert [f["recipient"] for f in found] == [["Nguyễn Hoài Phương", "Nguyễn Văn Thành"]]


def test_recipients_pointed_back_at_are_the_award_told_again() -> None:
    # kinhtenet.vn: the lead's "cho 4 cá nhân", the body's "cho 4 cá nhân trên": one award, not two
    found = awards(
        "Sáng 12/7, thừa uỷ quyền của Chủ tịch nước, Bí thư Tỉnh ủy Nghệ An Thái Thanh Quý đã trao tặng Huân chương "
        "Lao động hạng Nhì cho 4 cá nhân.",
        "Thừa uỷ quyền của Chủ tịch nước, đồng chí Thái Thanh Quý đã trao tặng Huân chương Lao động hạng Nhì cho "
        "4 cá nhân trên.",
    )
    assert [f["recipient"] for f in found] == [["4 cá nhân"]]


def test_medals_in_general_name_no_award() -> None:
    # vn.emb-japan.go.jp: "quyết định trao tặng huân chương cho người nước ngoài" speaks of medals in general;
    # the award given is the one named after it
    found = awards(
        "Theo quyết định trao tặng huân chương cho người nước ngoài mùa xuân năm 2018 của Chính phủ Nhật Bản, ngày "
        "29 tháng 6 vừa qua, Lễ trao tặng Huân chương Thụy bảo tia bạc cho ông Nguyễn Hữu Tài đã được tổ chức."
    )
    assert [f["award"] for f in found] == [["Huân chương Thụy bảo tia bạc"]]


def test_coordinated_classes_are_awards_of_their_own() -> None:
    # "Huân chương Lao động hạng Nhì và hạng Ba": two decorations, each named with its class
    article = dnnd.extract(
        dnnd.Article(
            title="Tin đối ngoại",
            blocks=[
                dnnd.Paragraph(
                    "Thay mặt Chủ tịch nước CHDCND Lào, đồng chí Phó Tỉnh trưởng tỉnh Savannakhet đã trao tặng Huân "
                    "chương Lao động hạng Nhì và hạng Ba cho 5 tập thể và 12 cá nhân của tỉnh Quảng Trị."
                )
            ],
        )
    )
    names = [role_values(f, article.entities, "award") for f in article.facts if f.kind == "award"]
    assert names == [["Huân chương Lao động hạng Nhì"], ["Huân chương Lao động hạng Ba"]]
    # classes written as numbers
    article = dnnd.extract(
        dnnd.Article(
            title="Tin đối ngoại",
            blocks=[dnnd.Paragraph("Chủ tịch nước tặng Huân chương Lao động hạng 2 và hạng 3 cho Hội Hữu nghị tỉnh.")],
        )
    )
    assert len([f for f in article.facts if f.kind == "award"]) == 2


def test_a_name_written_in_lower_case_is_told_by_its_class() -> None:
    # nhandan.vn: "tặng Huân chương phát triển hạng nhất cho tỉnh Thanh Hóa" (Laos's Order of Development)
    article = dnnd.extract(
        dnnd.Article(
            title="Tin đối ngoại",
            blocks=[
                dnnd.Paragraph(
                    "Chủ tịch nước Cộng hòa dân chủ nhân dân Lào tặng Huân chương phát triển hạng nhất cho tỉnh "
                    "Thanh Hóa, Huân chương Lao động cho 13 tập thể, cá nhân."
                )
            ],
        )
    )
    names = [role_values(f, article.entities, "award") for f in article.facts if f.kind == "award"]
    assert ["Huân chương phát triển hạng nhất"] in names


def _award_facts(*paragraphs: str) -> tuple[Article, list]:
    article = dnnd.extract(dnnd.Article(title="Tin đối ngoại", blocks=[dnnd.Paragraph(p) for p in paragraphs]))
    return article, [f for f in article.facts if f.kind == "award"]


def test_a_bare_rank_continues_a_list_of_classes() -> None:
    # baolangson.vn: "trao Huân chương Lao động hạng nhất, nhì và ba cho chín đơn vị"
    article, facts = _award_facts(
        "Phó Chủ tịch nước Nguyễn Thị Doan đã trao Huân chương Lao động hạng nhất, nhì và ba cho chín đơn vị "
        "và cá nhân."
    )
    names = sorted(v for f in facts for v in role_values(f, article.entities, "award"))
    assert names == ["Huân chương Lao động hạng ba", "Huân chương Lao động hạng nhì", "Huân chương Lao động hạng nhất"]
    assert all(role_values(f, article.entities, "recipient") == ["chín đơn vị và cá nhân"] for f in facts)


def test_a_ceremony_of_awarding_takes_no_giver_from_its_hosts() -> None:
    # baomoi.net.vn (Quốc hội): "Ủy ban Đối ngoại ... tổ chức Lễ trao tặng Huân chương Quang Hoa của Chính phủ Hàn Quốc"
    article, facts = _award_facts(
        "Ngày 6/5, tại nhà Quốc hội, Ủy ban Đối ngoại phối hợp với Ban Công tác đại biểu tổ chức Lễ trao tặng "
        "Huân chương Quang Hoa của Chính phủ Hàn Quốc cho ông Trần Văn Túy, nguyên Trưởng Ban Công tác đại biểu."
    )
    (fact,) = facts
    assert "Ủy ban Đối ngoại" not in role_values(fact, article.entities, "giver")
    assert role_values(fact, article.entities, "recipient") == ["Trần Văn Túy"]


def test_who_hosts_the_ceremony_of_receiving_receives_the_award() -> None:
    # baophapluat.vn: "Tỉnh ủy, HĐND, UBND tỉnh Lào Cai long trọng tổ chức Lễ kỷ niệm ... và đón nhận Huân chương"
    article, facts = _award_facts(
        "Sáng ngày 30/9, Tỉnh ủy, HĐND, UBND tỉnh Lào Cai long trọng tổ chức Lễ kỷ niệm 30 năm ngày tái lập tỉnh "
        "và đón nhận Huân chương Lao động hạng nhất của Chủ tịch Nước trao tặng."
    )
    (fact,) = facts
    assert role_values(fact, article.entities, "recipient") == ["UBND tỉnh Lào Cai"]
    assert role_values(fact, article.entities, "giver") == ["Chủ tịch Nước"]
    # a plural "các tổ chức" in a name hosts nothing
    article, facts = _award_facts(
        "Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An đã vinh dự đón nhận Huân chương Lao động hạng Ba."
    )
    assert role_values(facts[0], article.entities, "recipient") == ["Liên hiệp các tổ chức hữu nghị tỉnh Nghệ An"]


def test_the_authority_of_a_province_awarded_receives_the_provinces_award() -> None:
    # thactrang.com: the province is awarded, its People's Committee holds the ceremony of receiving: one award
    article, facts = _award_facts(
        "Tỉnh Quảng Trị được Chính phủ Lào trao tặng Huân chương Lao động hạng nhất vì đóng góp cho tình hữu nghị.",
        "Chiều 14-1, tại TP Đông Hà, UBND tỉnh Quảng Trị phối hợp Ủy ban chính quyền tỉnh Champasak tổ chức lễ đón "
        "nhận Huân chương Lao động hạng nhất của nước Cộng hòa dân chủ nhân dân Lào.",
    )
    assert len(facts) == 1
    assert role_values(facts[0], article.entities, "giver") == ["Chính phủ Lào"]


def test_who_signs_the_decision_gives_the_award() -> None:
    # toquoc.vn: "Chủ tịch nước đã ký quyết định Truy tặng Huân chương lao động hạng Ba cho ..."
    article, facts = _award_facts(
        "Chủ tịch nước đã ký quyết định Truy tặng Huân chương lao động hạng Ba cho Bác sĩ Trịnh Hữu Nhẫn."
    )
    assert role_values(facts[0], article.entities, "giver") == ["Chủ tịch nước"]


def test_a_person_with_her_posts_between_the_verb_and_the_award_receives_it() -> None:
    # baomoi.com (Nhân Dân): "trao tặng đồng chí X, Ủy viên ..., nguyên Thứ trưởng ... Huân chương Độc lập hạng nhì"
    article, facts = _award_facts(
        "Ngày 27-4, tại Hà Nội, Phó Thủ tướng, Bộ trưởng Ngoại giao Phạm Gia Khiêm trao tặng đồng chí Nguyễn Đình Bin, "
        "nguyên Thứ trưởng Thường trực Bộ Ngoại giao Huân chương Độc lập hạng nhì."
    )
    (fact,) = facts
    assert role_values(fact, article.entities, "recipient") == ["Nguyễn Đình Bin"]
    assert role_values(fact, article.entities, "award") == ["Huân chương Độc lập hạng nhì"]
    # tienphong.vn: the post set off by a dash
    article, facts = _award_facts(
        "Nhân dịp này, Chủ tịch nước Trương Tấn Sang tặng thưởng Thiếu tướng Bozgiev - Phó Chủ tịch Hội Hữu nghị "
        "Nga - Việt Huân chương Hữu nghị."
    )
    assert role_values(facts[0], article.entities, "recipient") == ["Bozgiev"]


def test_an_award_written_in_title_case() -> None:
    # kvsc.vn: "trao tặng Huân Chương Cao Quý cho Ông Park Sam Koo"; the speaker who says he received it is the same
    article, facts = _award_facts(
        "Ngày 12.03.2014, Chủ tịch nước Trương Tấn Sang đã trao tặng Huân Chương Cao Quý cho Ông Park Sam Koo, "
        "Chủ Tịch Tập Đoàn Kumho Asiana.",
        "Chủ tịch Park Sam Koo khẳng định được nhận Huân chương cao quý của Nhà nước và Chính phủ Việt Nam là niềm "
        "vinh dự không chỉ của cá nhân ông mà của cả Tập đoàn.",
    )
    assert [role_values(f, article.entities, "recipient") for f in facts] == [["Park Sam Koo"]]


def test_who_is_congratulated_on_an_award_receives_it() -> None:
    # es.vietnamplus.vn: "Đại sứ ... đã chúc mừng các Việt kiều vinh dự được nhận bằng khen ..."
    article, facts = _award_facts(
        "Đại sứ Việt Nam tại Canada Nguyễn Đức Hùng đã chúc mừng các Việt kiều vinh dự được nhận bằng khen của "
        "Bộ Công thương."
    )
    assert role_values(facts[0], article.entities, "recipient") == ["các Việt kiều"]


def test_a_decision_lists_its_awards_after_a_colon() -> None:
    # a provincial decision: "Chủ tịch UBND tỉnh Quyết định Tặng: danh hiệu ... cho 01 tập thể; Bằng khen ... cho ..."
    article, facts = _award_facts(
        "Ngày 31-12-2023, Chủ tịch UBND tỉnh Quyết định Tặng: danh hiệu Tập thể Lao động xuất sắc cho 01 tập thể; "
        "Bằng khen của Chủ tịch Ủy ban nhân dân tỉnh cho 01 tập thể và 03 cá nhân thuộc Sở Ngoại vụ."
    )
    names = sorted(v for f in facts for v in role_values(f, article.entities, "award"))
    assert names == ["Bằng khen", "Tập thể Lao động xuất sắc"]


def test_who_authorises_the_presenter_gives_and_a_named_list_receives() -> None:
    # unescovietnam.vn: "Được ủy quyền của chủ tịch Liên hiệp các Hội UNESCO Việt Nam, Ông X ... đã trao Bằng khen"
    # (the body authorising gives, and so does who acts under its authority, as the dev gold lists them: qdnd.vn,
    # sggp.org.vn, sputniknews)
    article, facts = _award_facts(
        "Được ủy quyền của chủ tịch Liên hiệp các Hội UNESCO Việt Nam, Ông Ngô Văn Quán đã trao Bằng khen cho "
        "thượng tọa Thích Thanh Cần."
    )
    givers = role_values(facts[0], article.entities, "giver")
    assert "Liên hiệp các Hội UNESCO Việt Nam" in givers and "Ngô Văn Quán" in givers
    article, facts = _award_facts(
        "Ông Ngô Văn Quán đã trao bằng khen cho các hội viên Đặng Thị Mát, Trần Thị Minh và Dương Hương Ly."
    )
    assert sorted(role_values(facts[0], article.entities, "recipient")) == sorted(
        ["Đặng Thị Mát", "Trần Thị Minh", "Dương Hương Ly"]
    )


def test_a_ceremony_as_the_subject_keeps_the_giver_of_the_decision_before_it() -> None:
    # vn.emb-japan.go.jp: "Theo quyết định ... của Chính phủ Nhật Bản, ..., Lễ trao tặng Huân chương ... cho ông X, ...
    # đã được tổ chức tại Nhà riêng Đại sứ": the ceremony's verb ends the recipients
    article, facts = _award_facts(
        "Theo quyết định trao tặng huân chương cho người nước ngoài mùa xuân năm 2018 của Chính phủ Nhật Bản, ngày "
        "29 tháng 6 vừa qua, Lễ trao tặng Huân chương Thụy bảo tia bạc cho ông Nguyễn Hữu Tài, nguyên cán bộ Ban Hành "
        "chính, và Bà Ngô Phương Lan, nguyên cán bộ Ban Lễ tân của Đại sứ quán Nhật Bản tại Việt Nam đã được tổ chức "
        "tại Nhà riêng Đại sứ."
    )
    (fact,) = facts
    assert role_values(fact, article.entities, "giver") == ["Chính phủ Nhật Bản"]
    assert not any("tổ chức" in r for r in role_values(fact, article.entities, "recipient"))
    # vietnamnet.vn: the guests of the ceremony give nothing; the body after "của" does
    article, facts = _award_facts(
        "Bộ trưởng Bộ Công an Tô Lâm gặp Bộ trưởng Bộ Công an Lào Vilay Lakhamphong và dự lễ trao tặng Huân chương "
        "của Bộ Công an Lào nhân dịp kỷ niệm 60 năm ngày thành lập lực lượng Công an Nhân dân Lào."
    )
    assert "Tô Lâm" not in role_values(facts[0], article.entities, "giver")


def test_honorees_counted_before_their_award_receive_it() -> None:
    # baomoi.com (Nhân Dân): "tặng và truy tặng 38 đồng chí nguyên là cán bộ cấp Vụ của Bộ Ngoại giao Huân chương Lao
    # động hạng nhất, hạng nhì, hạng ba"
    article, facts = _award_facts(
        "Phó Thủ tướng Phạm Gia Khiêm tặng và truy tặng 38 đồng chí nguyên là cán bộ cấp Vụ của Bộ Ngoại giao Huân "
        "chương Lao động hạng nhất, hạng nhì, hạng ba."
    )
    assert len(facts) == 3
    assert all(
        role_values(f, article.entities, "recipient") == ["38 đồng chí nguyên là cán bộ cấp Vụ của Bộ Ngoại giao"]
        for f in facts
    )


def test_a_clause_opening_on_its_verbs_goes_on_with_the_giver_before_it() -> None:
    # baomoi.com (Nhân Dân): "... Phạm Gia Khiêm trao tặng ... Huân chương Độc lập hạng nhì; tặng và truy tặng ..."
    article, facts = _award_facts(
        "Ngày 27-4, Phó Thủ tướng Phạm Gia Khiêm trao tặng đồng chí Nguyễn Đình Bin Huân chương Độc lập hạng nhì; "
        "tặng và truy tặng 38 đồng chí nguyên là cán bộ cấp Vụ của Bộ Ngoại giao Huân chương Lao động hạng nhất."
    )
    assert [role_values(f, article.entities, "giver") for f in facts] == [["Phạm Gia Khiêm"], ["Phạm Gia Khiêm"]]


def test_a_gift_told_as_the_subject_of_a_sentence_is_no_second_award() -> None:
    # tienphong.vn: "Việc trao tặng Huân chương Hữu nghị cho Đại sứ Marc Knapper thể hiện sự ghi nhận ..." names the
    # ceremony the sentence before reported, as lower-case "về việc tặng" names a topic
    article, facts = _award_facts(
        "Ngày 13/1, thừa ủy quyền của Chủ tịch nước Lương Cường, Bộ trưởng Bộ Ngoại giao Lê Hoài Trung trao tặng Huân "
        "chương Hữu nghị cho Đại sứ Mỹ tại Việt Nam Marc Knapper.",
        "Việc trao tặng Huân chương Hữu nghị cho Đại sứ Marc Knapper thể hiện sự ghi nhận của lãnh đạo và nhân dân "
        "Việt Nam đối với những đóng góp quan trọng của Đại sứ.",
    )
    assert len(facts) == 1
    assert role_values(facts[0], article.entities, "recipient") == ["Marc Knapper"]


def test_the_proposal_a_decision_follows_ends_the_recipients() -> None:
    # baoquangnam.vn: "tặng bằng khen của Chủ tịch UBND tỉnh cho 23 tập thể và 23 cá nhân theo đề nghị của Ban
    # Tuyên giáo Tỉnh ủy": who proposed the award is no recipient
    article, facts = _award_facts(
        "Hôm qua 12.5, UBND tỉnh đã ban hành Quyết định số 1436/QĐ-UBND tặng bằng khen của Chủ tịch UBND tỉnh cho 23 "
        "tập thể và 23 cá nhân theo đề nghị của Ban Tuyên giáo Tỉnh ủy."
    )
    assert role_values(facts[0], article.entities, "recipient") == ["23 tập thể và 23 cá nhân"]


def test_a_note_in_brackets_after_the_winner_says_who_she_is_and_does_not_win() -> None:
    # tienphong.vn: "Cô giáo Nguyễn Thị Liên (Trường THCS Quảng Thanh, huyện Quảng Trạch, tỉnh Quảng Bình) giành giải
    # Nhất ...": she wins, not the province her note ends on
    article, facts = _award_facts(
        "Cô giáo Nguyễn Thị Liên (Trường THCS Quảng Thanh, huyện Quảng Trạch, tỉnh Quảng Bình) giành giải Nhất tuần 4, "
        "cuộc thi Tìm hiểu lịch sử quan hệ đặc biệt Việt Nam - Lào năm 2022."
    )
    assert role_values(facts[0], article.entities, "recipient") == ["Nguyễn Thị Liên"]


def test_the_merit_recipients_are_named_for_ends_them() -> None:
    # 88tysobongda.com: "... trao tặng Huân chương Hữu nghị ... cho 15 cá nhân là thành viên của Trung ương Hội Hữu
    # nghị Lào - Việt Nam, những người đã có đóng góp tích cực ...": why they receive it is no part of who they are
    article, facts = _award_facts(
        "Chiều 19/7, Chủ tịch Trung ương Hội Hữu nghị Việt Nam - Lào Nguyễn Đắc Vinh đã trao tặng Huân chương Hữu nghị "
        "của Nhà nước Việt Nam cho 15 cá nhân là thành viên của Trung ương Hội Hữu nghị Lào - Việt Nam, những người đã "
        "có đóng góp tích cực trong công tác đối ngoại nhân dân giữa Việt Nam và Lào."
    )
    (recipient,) = role_values(facts[0], article.entities, "recipient")
    assert "đóng góp" not in recipient and recipient.startswith("15 cá nhân")
    # cand.com.vn: "... trao tặng Bằng khen cho 33 TCPCPNN và 1 cá nhân tiêu biểu đã có những đóng góp thiết thực ..."
    article, facts = _award_facts(
        "Nhân dịp này, Liên hiệp các tổ chức hữu nghị Việt Nam cũng đã trao tặng Bằng khen cho 33 TCPCPNN và 1 cá nhân "
        "tiêu biểu đã có những đóng góp thiết thực cho công cuộc xóa đói giảm nghèo tại Việt Nam."
    )
    assert role_values(facts[0], article.entities, "recipient") == ["33 TCPCPNN và 1 cá nhân tiêu biểu"]


def test_the_topic_of_a_learning_contest_is_no_giver_or_recipient() -> None:
    # truyenhinhdulich.vn: "của Chủ tịch Hồ Chí Minh tới Indonesia" is the contest's topic, not who gave to whom
    assert (
        awards(
            "Ngày hôm nay 8/11, tại thủ đô Jakarta diễn ra Lễ trao giải cuộc thi Tìm hiểu về chuyến đi lịch sử của "
            "Chủ tịch Hồ Chí Minh tới Indonesia."
        )
        == []
    )


def test_a_ranked_prize_of_a_learning_contest_names_the_contest() -> None:
    found = awards(
        "Ban Tuyên giáo Tỉnh ủy trao giải Nhất cuộc thi tìm hiểu về quan hệ hữu nghị giữa Việt Nam và Lào cho ông "
        "Nguyễn Văn An."
    )
    assert [f["award"] for f in found] == [["giải Nhất cuộc thi tìm hiểu về quan hệ hữu nghị giữa Việt Nam và Lào"]]
    assert found[0]["recipient"] == ["Nguyễn Văn An"]


def test_a_verb_after_a_ranked_contest_prize_ends_the_contest() -> None:
    # truyenhinhdulich.vn: "Giải nhất cuộc thi được trao cho ...", the contest named by its bare noun
    found = awards("Giải nhất cuộc thi được trao cho thính giả Rudi Hartono đến từ đảo Kalimantan.")
    assert [f["award"] for f in found] == [["Giải nhất cuộc thi"]]
    assert found[0]["recipient"]


def test_a_rank_before_the_recipient_names_her_not_a_name_in_her_posts() -> None:
    # congnghe.tuoitre.vn: "Lăng Chủ tịch Hồ Chí Minh" in the recipient's post names no recipient
    found = awards(
        "Huân chương Hữu nghị của Nhà nước Liên bang Nga được trao cho thiếu tướng Bùi Hải Sơn, quyền trưởng ban Ban "
        "quản lý Lăng Chủ tịch Hồ Chí Minh."
    )
    assert [f["recipient"] for f in found] == [["Bùi Hải Sơn"]]


def test_a_bracketed_gloss_after_the_award_name_keeps_its_class_and_recipient() -> None:
    # xosogialai.org: the Lao name of the order in brackets, then its class
    found = awards(
        "Thay mặt lãnh đạo Đảng, Nhà nước Cộng hòa dân chủ nhân dân Lào, ông Sinlavong Khoutphaythoune trao tặng "
        "Huân chương Tự do (Itxala) hạng II cho ông Phạm Tất Thắng - ủy viên Trung ương Đảng."
    )
    assert [f["award"] for f in found] == [["Huân chương Tự do (Itxala) hạng II"]]
    assert found[0]["recipient"] == ["Phạm Tất Thắng"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Với những đóng góp đó, Hội đã 3 lần được Chủ tịch nước tặng Huân chương Lao động.",
        "Ông từng được Chủ tịch nước trao tặng Huân chương Hữu nghị năm 2012.",
        "Bà là người đã nhiều lần được trao tặng Kỷ niệm chương Vì hòa bình, hữu nghị giữa các dân tộc.",
    ],
)
def test_an_award_recalled_is_no_fact(sentence: str) -> None:
    # the awards a profile or an anniversary recalls ("từng được", "3 lần được"), not the article's news
    assert awards(sentence) == []


def test_an_award_given_for_the_first_time_is_a_fact() -> None:
    found = awards("Lần đầu tiên, Chủ tịch nước trao tặng Huân chương Hữu nghị cho ông Nguyễn Văn An.")
    assert [f["award"] for f in found] == [["Huân chương Hữu nghị"]]


def test_whose_merits_a_purpose_recognises_gives_nothing() -> None:
    # congnghe.tuoitre.vn: the purpose runs over commas before the giver
    found = awards(
        "Ghi nhận những đóng góp tích cực của Ban quản lý Lăng Chủ tịch Hồ Chí Minh và cá nhân thiếu tướng Bùi Hải "
        "Sơn vì những đóng góp tích cực nhằm tăng cường tình hữu nghị và hợp tác giữa hai nước, hai dân tộc, ngày "
        "11-2, Tổng thống Vladimir Putin đã ký quyết định tặng Huân chương Hữu nghị của Nhà nước Liên bang Nga cho "
        "thiếu tướng Bùi Hải Sơn."
    )
    assert [f["recipient"] for f in found] == [["Bùi Hải Sơn"]]
    assert "Bùi Hải Sơn" not in found[0]["giver"] and "Hồ Chí Minh" not in found[0]["giver"]


def test_the_people_named_after_la_receive_what_their_kind_was_given() -> None:
    # plo.vn: the subject says what kind of people they are, their names follow "lần này là"
    found = awards(
        "Các cá nhân công tác tại TP.HCM được trao tặng kỷ niệm chương “Vì hòa bình, hữu nghị giữa các dân tộc” lần "
        "này là ông Aleksei Vladimirovich Popov, Tổng lãnh sự Liên bang Nga; bà Maria Georgieva Mizonova, Tham tán "
        "Tổng lãnh sự quán Nga và bà Natalia Borisovna Zolkina, Giám đốc Trung tâm Nga."
    )
    assert len(found) == 1
    assert found[0]["recipient"] == [
        "Aleksei Vladimirovich Popov",
        "Maria Georgieva Mizonova",
        "Natalia Borisovna Zolkina",
    ]


@pytest.mark.parametrize(
    ("sentence", "givers"),
    [
        # sggp.org.vn: the authority named by its post, the body acting under it
        (
            "Tại buổi lễ, thừa ủy quyền Chủ tịch nước, Hội Liên hiệp Phụ nữ Việt Nam đã trao tặng Huân chương Độc lập "
            "hạng 3 cho 3 cá nhân.",
            ["Chủ tịch nước", "Hội Liên hiệp Phụ nữ Việt Nam"],
        ),
        # sputniknews: the authority's posts run over a comma (the authority read twice); who acts is named after it
        (
            "Sáng ngày 23/3, thừa ủy quyền của Tổng Bí thư, Chủ tịch nước Nguyễn Phú Trọng, Thứ trưởng Bộ Ngoại giao "
            "Tô Anh Dũng đã trao tặng Huân chương Hữu nghị cho ngài Konstantin Vnukov.",
            ["Nguyễn Phú Trọng", "Tô Anh Dũng", "Tổng Bí thư"],
        ),
        # vov.vn: the actor named before his posts, which name a body that gives nothing
        (
            "Thừa ủy quyền của Chủ tịch nước Trần Đại Quang, đồng chí Hoàng Bình Quân, Ủy viên T.Ư Đảng, Trưởng Ban "
            "Đối ngoại Trung ương Đảng ta đã trao Huân chương Độc lập hạng Ba tặng đồng chí Somdee Bounkhum.",
            ["Hoàng Bình Quân", "Trần Đại Quang"],
        ),
    ],
)
def test_who_acts_under_an_authority_gives_with_it(sentence: str, givers: list[str]) -> None:
    (found,) = awards(sentence)
    assert found["giver"] == sorted(givers)


def test_the_people_named_after_la_and_a_colon_receive_what_their_count_was_given() -> None:
    # hanoimoi.vn: "Hai cá nhân được trao Bằng khen là: Bà A (...), <posts>; ông B (...), <posts>"
    found = awards(
        "Hai cá nhân được trao Bằng khen là: Bà Cecile Le Pham (kiều bào Pháp), Chủ tịch HĐQT kiêm Tổng Giám đốc Công "
        "ty TNHH Dacotex Đà Nẵng; ông Bảo Hòa (kiều bào Hoa Kỳ), Chủ tịch HĐQT Công ty TNHH Vinatech Connect."
    )
    assert [f["recipient"] for f in found] == [["Bảo Hòa", "Cecile Le Pham"]]


def test_an_emulation_flag_with_its_quoted_name_is_an_award_whose_giver_the_next_verb_keeps() -> None:
    # phunu.khanhhoa.gov.vn: "được Trung ương Hội LHPN Việt Nam tặng Cờ “...” và tặng Bằng khen cho ..."
    found = awards(
        "Năm 2019, Hội LHPN tỉnh được Trung ương Hội LHPN Việt Nam tặng Cờ “Đơn vị dẫn đầu phong trào thi đua năm "
        "2019” và tặng Bằng khen cho 20 tập thể xuất sắc."
    )
    assert [f["award"] for f in found] == [["Cờ “Đơn vị dẫn đầu phong trào thi đua năm 2019”"], ["Bằng khen"]]
    assert all(f["giver"] == ["Trung ương Hội LHPN Việt Nam"] for f in found)
    assert found[0]["recipient"] == ["Hội LHPN tỉnh"]


def test_an_award_to_a_post_alone_is_the_named_holders_award_told_again() -> None:
    # sputniknews: the heading gives the award to the ambassador's post, the body to the ambassador by name
    found = awards(
        "Trao Huân chương Hữu nghị cho Đại sứ Liên bang Nga tại Việt Nam",
        "Sáng ngày 23/3, Thứ trưởng Bộ Ngoại giao Tô Anh Dũng đã trao tặng Huân chương Hữu nghị cho ngài Konstantin "
        "Vnukov, Đại sứ đặc mệnh toàn quyền Liên bang Nga tại Việt Nam.",
    )
    assert [f["recipient"] for f in found] == [["Konstantin Vnukov"]]


def test_a_title_is_named_without_its_head_and_told_again_is_one_award() -> None:
    # viettimes.vn (tune page d619): "trao tặng Bộ Ngoại giao danh hiệu Huân chương Lao động hạng Nhất" is the
    # decoration the lead names without "danh hiệu"; "danh hiệu Anh hùng Lao động" is the award "Anh hùng Lao động"
    found = awards(
        "Sáng 25/8, Tổng Bí thư Tô Lâm trao Huân chương Lao động hạng Nhất cho Bộ Ngoại giao.",
        "Tại Lễ kỷ niệm, Tổng Bí thư Tô Lâm đã trao tặng Bộ Ngoại giao danh hiệu Huân chương Lao động hạng Nhất. "
        "Ngoài ra, Tổng Bí thư cũng trao tặng danh hiệu Anh hùng Lao động cho bà Nguyễn Thị Bình.",
    )
    names = sorted(name for fact in found for name in fact["award"])
    assert names == ["Anh hùng Lao động", "Huân chương Lao động hạng Nhất"]


def test_a_title_award_of_a_corpus_page_is_named_alone() -> None:
    # dantocmiennui.vn (corpus page, not held out)
    found = awards(
        "Ngày 21/12, Đảng ủy, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Cao Bằng tổ chức Lễ trao tặng danh hiệu Anh hùng "
        "Lực lượng vũ trang nhân dân cho Đồn Biên phòng Đàm Thủy."
    )
    (fact,) = found
    assert fact["award"][0].startswith("Anh hùng Lực lượng vũ trang")
    assert fact["recipient"] == ["Đồn Biên phòng Đàm Thủy"]


def test_a_transliterated_award_name_keeps_its_apostrophe() -> None:
    # qdnd.vn (tune page d615): the Khmer name of the medal, transliterated with an apostrophe, then its gloss
    found = awards(
        "Ngày 30-3, thừa ủy quyền Nhà nước Campuchia, tại Ty Cảnh sát tỉnh Svayrieng, Đại tướng NiekSaVuon, Tổng Cục "
        "trưởng công an quốc gia Vương quốc Campuchia đã tổ chức Lễ trao Huân Chương Mô-ha-mê-t'ray-thon-nak-mô-ha-"
        "sê-na (Huân chương Hữu nghị hạng II) của Vương quốc Cam-pu-chia cho Đại tá Nguyễn Hoài Phương, Chỉ huy "
        "trưởng Bộ đội Biên phòng tỉnh Long An."
    )
    (fact,) = found
    assert fact["award"][0].startswith("Huân Chương Mô-ha-mê-t'ray-thon-nak")
    assert fact["recipient"] == ["Nguyễn Hoài Phương"]

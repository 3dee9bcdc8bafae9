"""Election and appointment facts on sentences written the way Vietnamese outlets write them."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd.facts import FACT_KINDS, FACT_ORDER, role_values
from dnnd.facts.elections import ElectionExtractor
from dnnd.facts.vocabulary import cue_re, words
from dnnd.model import Article, DateRef, Figure, Organization, Paragraph, Person, Quantity, Term
from dnnd.testing.plugins import extract_with
from dnnd.testing.strategies import articles, fragment_paragraphs

# What each role may point at.
ROLE_KINDS = {
    "person": Person,
    "holder": Organization,
    "organization": Organization,
    "size": Quantity,
    "term": Term,
    "period": Term,
    "date": DateRef,
}


def extract(*blocks: str | Figure, title: str = "Tin đối ngoại nhân dân") -> Article:
    """The article with entities and election facts, as ``dnnd.extract`` builds it."""
    body = [b if isinstance(b, Figure) else Paragraph(b) for b in blocks]
    return extract_with(Article(title=title, blocks=body), ElectionExtractor(), below=FACT_ORDER)


def elections(*blocks: str | Figure) -> list[dict[str, list[str]]]:
    """Every election fact of the article, as role → sorted names or values."""
    article = extract(*blocks)
    out = []
    for fact in article.facts:
        assert fact.kind == "election" and fact.code == FACT_KINDS["election"].code
        roles = {r.role for r in fact.roles}
        out.append({role: sorted(role_values(fact, article.entities, role)) for role in roles})
    return out


def roles(**values: str | list[str]) -> dict[str, list[str]]:
    return {k: sorted(v if isinstance(v, list) else [v]) for k, v in values.items()}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        pytest.param(
            "Đại hội đã bầu ông Nguyễn Văn Hải, Phó Chủ tịch UBND tỉnh, giữ chức Chủ tịch Hội Hữu nghị "
            "Việt Nam - Lào tỉnh Điện Biên nhiệm kỳ 2024 - 2029.",
            roles(
                status="elected",
                person="Nguyễn Văn Hải",
                position="Chủ tịch",
                organization="Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên",
                term="nhiệm kỳ 2024 - 2029",
            ),
            id="bau-giu-chuc-with-apposition",
        ),
        pytest.param(
            "Chủ tịch UBND tỉnh Quảng Ninh đã ký quyết định bổ nhiệm ông Trần Minh Tuấn giữ chức Giám đốc "
            "Sở Ngoại vụ tỉnh Quảng Ninh.",
            roles(
                status="appointed",
                person="Trần Minh Tuấn",
                position="Giám đốc",
                organization="Sở Ngoại vụ tỉnh Quảng Ninh",
            ),
            id="bo-nhiem-giam-doc",
        ),
        pytest.param(
            "Bà Lê Thị Thu Hằng được bầu giữ chức Chủ tịch Liên hiệp các tổ chức hữu nghị Việt Nam "
            "nhiệm kỳ 2024 - 2029.",
            roles(
                status="elected",
                person="Lê Thị Thu Hằng",
                position="Chủ tịch",
                organization="Liên hiệp các tổ chức hữu nghị Việt Nam",
                term="nhiệm kỳ 2024 - 2029",
            ),
            id="duoc-bau-giu-chuc",
        ),
        pytest.param(
            "Ông Lê Minh Tuấn được Thủ tướng Chính phủ bổ nhiệm làm Thứ trưởng Bộ Ngoại giao.",
            roles(status="appointed", person="Lê Minh Tuấn", position="Thứ trưởng", organization="Bộ Ngoại giao"),
            id="passive-with-agent",
        ),
        pytest.param(
            "Đồng chí Vũ Thị Lan tiếp tục được bầu giữ chức Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh "
            "Lai Châu khóa IV.",
            roles(
                status="re-elected",
                person="Vũ Thị Lan",
                position="Chủ tịch",
                organization="Liên hiệp các tổ chức hữu nghị tỉnh Lai Châu",
                term="khóa IV",
            ),
            id="tiep-tuc-duoc-bau",
        ),
        pytest.param(
            # congthuong.vn: trust and vote as two verbs of one passive, the post kept
            "Ông Đỗ Văn Chiến được tín nhiệm, hiệp thương cử tiếp tục giữ chức Chủ tịch Uỷ ban Trung ương Mặt trận "
            "Tổ quốc Việt Nam khóa X, nhiệm kỳ 2024 – 2029.",
            roles(
                status="re-elected",
                person="Đỗ Văn Chiến",
                position="Chủ tịch",
                organization="Uỷ ban Trung ương Mặt trận Tổ quốc Việt Nam",
                term=["khóa X", "nhiệm kỳ 2024 – 2029"],
            ),
            id="tin-nhiem-comma-hiep-thuong-cu",
        ),
        pytest.param(
            "Ông Lê Hải Hòa được Đại hội tín nhiệm và bầu giữ chức Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh "
            "Cao Bằng khóa II.",
            roles(
                status="elected",
                person="Lê Hải Hòa",
                position="Chủ tịch",
                organization="Hội hữu nghị Việt Nam - Lào tỉnh Cao Bằng",
                term="khóa II",
            ),
            id="tin-nhiem-va-bau",
        ),
        pytest.param(
            # cand.com.vn: "giữ vị trí" before a title
            "Thượng tướng Nguyễn Văn Được tiếp tục được tín nhiệm giữ vị trí Chủ tịch Hội Cựu chiến binh Việt Nam "
            "khóa VI, nhiệm kỳ 2017 – 2022.",
            roles(
                status="re-elected",
                person="Nguyễn Văn Được",
                position="Chủ tịch",
                organization="Hội Cựu chiến binh Việt Nam",
                term=["khóa VI", "nhiệm kỳ 2017 – 2022"],
            ),
            id="giu-vi-tri",
        ),
        pytest.param(
            "Ông Hà Minh Tân được Đại hội bầu tiếp tục làm Chủ tịch Hội hữu nghị Việt Nam - Liên bang Nga tỉnh "
            "Phú Thọ nhiệm kỳ 2024-2029.",
            roles(
                status="re-elected",
                person="Hà Minh Tân",
                position="Chủ tịch",
                organization="Hội hữu nghị Việt Nam - Liên bang Nga tỉnh Phú Thọ",
                term="nhiệm kỳ 2024-2029",
            ),
            id="bau-tiep-tuc-lam",
        ),
        pytest.param(
            "Đại hội đã bầu lại ông Nguyễn Văn An làm Chủ tịch Hội Hữu nghị Việt - Nhật tỉnh Lào Cai.",
            roles(
                status="re-elected",
                person="Nguyễn Văn An",
                position="Chủ tịch",
                organization="Hội Hữu nghị Việt - Nhật tỉnh Lào Cai",
            ),
            id="bau-lai",
        ),
        pytest.param(
            "Tại phiên họp thứ nhất của Ban Chấp hành, bà Đỗ Thị Minh tái đắc cử Chủ tịch Hội Hữu nghị "
            "Việt - Hàn tỉnh Thái Nguyên.",
            roles(
                status="re-elected",
                person="Đỗ Thị Minh",
                position="Chủ tịch",
                organization="Hội Hữu nghị Việt - Hàn tỉnh Thái Nguyên",
            ),
            id="tai-dac-cu-session-is-no-term",
        ),
        pytest.param(
            "Hội nghị đã bầu bổ sung bà Trần Thị Mai giữ chức Phó Chủ tịch Liên hiệp các tổ chức hữu nghị "
            "tỉnh Hà Giang.",
            roles(
                status="elected",
                person="Trần Thị Mai",
                position="Phó Chủ tịch",
                organization="Liên hiệp các tổ chức hữu nghị tỉnh Hà Giang",
            ),
            id="bau-bo-sung",
        ),
        pytest.param(
            "Hội nghị đã hiệp thương cử bà Hoàng Thị Hạnh giữ chức Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn.",
            roles(
                status="elected",
                person="Hoàng Thị Hạnh",
                position="Chủ tịch",
                organization="Ủy ban MTTQ Việt Nam tỉnh Bắc Kạn",
            ),
            id="hiep-thuong-cu",
        ),
        pytest.param(
            "Trao quyết định bổ nhiệm Giám đốc Sở Ngoại vụ tỉnh Lào Cai cho ông Nguyễn Quốc Huy.",
            roles(
                status="appointed",
                person="Nguyễn Quốc Huy",
                position="Giám đốc",
                organization="Sở Ngoại vụ tỉnh Lào Cai",
            ),
            id="post-before-person",
        ),
        pytest.param(
            "Ông Nguyễn Văn Tùng trúng cử đại biểu Quốc hội khóa XV.",
            roles(
                status="elected", person="Nguyễn Văn Tùng", position="đại biểu", organization="Quốc hội", term="khóa XV"
            ),
            id="trung-cu",
        ),
        pytest.param(
            "Hội nghị thống nhất Liên hiệp các tổ chức hữu nghị tỉnh Tuyên Quang đảm nhận vai trò Cụm trưởng năm 2026.",
            roles(
                status="appointed",
                holder="Liên hiệp các tổ chức hữu nghị tỉnh Tuyên Quang",
                position="Cụm trưởng",
                period="năm 2026",
            ),
            id="organization-takes-a-role",
        ),
        pytest.param(
            "Năm 2019, ông Lê Văn Hòa được bổ nhiệm giữ chức Đại sứ đặc mệnh toàn quyền Việt Nam tại Lào.",
            roles(status="appointed", person="Lê Văn Hòa", position="Đại sứ đặc mệnh toàn quyền", period="Năm 2019"),
            id="ambassador",
        ),
    ],
)
def test_one_election(sentence: str, expected: dict[str, list[str]]) -> None:
    assert elections(sentence) == [expected]


def test_a_list_of_people_each_with_a_post() -> None:
    found = elections(
        "Đại hội bầu ông Nguyễn Văn An làm Chủ tịch, ông Trần Quốc Bình làm Phó Chủ tịch Hội Hữu nghị "
        "Việt - Nhật tỉnh Lào Cai."
    )
    posts = {f["person"][0]: f["position"] for f in found}
    assert posts == {"Nguyễn Văn An": ["Chủ tịch"], "Trần Quốc Bình": ["Phó Chủ tịch"]}


def test_a_post_held_together_with_another_kiem_keeps_both() -> None:
    found = elections(
        "Ông Lê Hoài Anh được bầu làm Phó Chủ tịch kiêm Tổng Thư ký Liên đoàn Bóng đá Việt Nam khóa VIII."
    )
    assert [(f["person"], f["position"]) for f in found] == [(["Lê Hoài Anh"], ["Phó Chủ tịch", "Tổng Thư ký"])]


def test_the_previous_holder_pointed_back_to_is_not_elected() -> None:
    found = elections(
        "Bà Lê Thị Hoa được bầu giữ chức Chủ tịch Hội thay ông Nguyễn Văn Hùng, người đã giữ chức này từ năm 2015."
    )
    assert [f["person"] for f in found] == [["Lê Thị Hoa"]]


def test_a_decision_naming_who_takes_each_post_after_la() -> None:
    found = elections(
        "Thực hiện Quyết định số 326/QĐ-LHHN ngày 22/3/2024 của Liên hiệp các tổ chức hữu nghị Việt Nam về việc "
        "công nhận cụm trưởng, cụm phó các cụm năm 2024, theo đó, Cụm trưởng là Liên hiệp các tổ chức hữu nghị "
        "tỉnh Lào Cai, Cụm phó là Liên hiệp các tổ chức hữu nghị tỉnh Hà Giang."
    )
    assert sorted((f["holder"][0], f["position"][0], f["status"][0]) for f in found) == [
        ("Liên hiệp các tổ chức hữu nghị tỉnh Hà Giang", "Cụm phó", "appointed"),
        ("Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai", "Cụm trưởng", "appointed"),
    ]


def test_who_holds_a_post_told_without_a_decision_is_no_election() -> None:
    assert elections("Chủ tịch Hội nhiệm kỳ 2023-2028 là ông Nguyễn Văn Hùng, Phó Giám đốc Sở Ngoại vụ.") == []


def test_a_list_cut_by_semicolons_under_one_vote() -> None:
    found = elections(
        "Đại hội bầu ông Trần Quốc Tuấn làm Chủ tịch; các ông Lê Khánh Hải, Nguyễn Văn Phú làm Phó Chủ tịch; "
        "ông Lê Hoài Anh làm Tổng Thư ký."
    )
    assert sorted((f["person"][0], f["position"][0]) for f in found) == [
        ("Lê Hoài Anh", "Tổng Thư ký"),
        ("Lê Khánh Hải", "Phó Chủ tịch"),
        ("Nguyễn Văn Phú", "Phó Chủ tịch"),
        ("Trần Quốc Tuấn", "Chủ tịch"),
    ]


@pytest.mark.parametrize("between", [";", ","])
def test_the_list_goes_on_after_the_body_named_with_a_post(between: str) -> None:
    found = elections(
        "Đại hội đã bầu ông Nguyễn Văn Hải làm Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên"
        f"{between} ông Trần Văn Bình, bà Lê Thị Cúc làm Phó Chủ tịch."
    )
    assert sorted((f["person"][0], f["position"][0], f["status"][0]) for f in found) == [
        ("Lê Thị Cúc", "Phó Chủ tịch", "elected"),
        ("Nguyễn Văn Hải", "Chủ tịch", "elected"),
        ("Trần Văn Bình", "Phó Chủ tịch", "elected"),
    ]


def test_a_list_with_giu_chuc_after_semicolons_keeps_the_vote() -> None:
    found = elections(
        "Đại hội đã hiệp thương cử ông Nguyễn Văn Hải giữ chức Chủ tịch; ông Trần Văn Bình giữ chức vụ Phó "
        "Chủ tịch; bà Lê Thị Cúc giữ chức Tổng Thư ký Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên."
    )
    assert sorted((f["person"][0], f["position"][0], f["status"][0]) for f in found) == [
        ("Lê Thị Cúc", "Tổng Thư ký", "elected"),
        ("Nguyễn Văn Hải", "Chủ tịch", "elected"),
        ("Trần Văn Bình", "Phó Chủ tịch", "elected"),
    ]


def test_a_post_held_before_a_semicolon_elects_nobody() -> None:
    found = elections(
        "Ông Nguyễn Văn Hải hiện giữ chức Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên; ông Trần Văn "
        "Bình được bầu làm Phó Chủ tịch."
    )
    assert [(f["person"], f["position"]) for f in found] == [(["Trần Văn Bình"], ["Phó Chủ tịch"])]


def test_a_committee_voted_in_and_the_person_heading_it() -> None:
    found = elections(
        "Ngày 18 tháng 7 năm 2011, Hội đã tổ chức Đại hội bầu BCH nhiệm kỳ 2011-2016 gồm 21 thành viên do ông "
        "Nguyễn Công Thành làm Chủ tịch."
    )
    assert [(f["person"], f["position"], f["status"]) for f in found] == [
        (["Nguyễn Công Thành"], ["Chủ tịch"], ["elected"])
    ]


def people_posts(*blocks: str) -> list[tuple[str, list[str], str]]:
    """(person, posts, status) of every election fact naming a person, in order."""
    return [(f["person"][0], f["position"], f["status"][0]) for f in elections(*blocks) if "person" in f]


@pytest.mark.parametrize(
    "sentence",
    [
        "Đại hội đã ra mắt Ban Chấp hành khóa mới do ông Hoàng Văn Nam làm Chủ tịch.",
        "Ra mắt Ban Chấp hành Hội Hữu nghị Việt Nam - Lào tỉnh Sơn La khóa mới do ông Hoàng Văn Nam làm Chủ tịch.",
    ],
)
def test_a_new_committee_presented_with_who_heads_it(sentence: str) -> None:
    assert people_posts(sentence) == [("Hoàng Văn Nam", ["Chủ tịch"], "elected")]


def test_a_committee_that_only_exists_names_no_election() -> None:
    assert elections("Ban Chấp hành Hội do ông Hoàng Văn Nam làm Chủ tịch đã tổ chức nhiều hoạt động.") == []


def test_who_takes_each_post_in_a_committee_trong_do() -> None:
    found = people_posts(
        "Đại hội đã bầu Ban Thường vụ gồm 7 đồng chí, trong đó ông Nguyễn Văn An làm Chủ tịch, bà Lê Thị Mai "
        "làm Phó Chủ tịch."
    )
    assert found == [("Nguyễn Văn An", ["Chủ tịch"], "elected"), ("Lê Thị Mai", ["Phó Chủ tịch"], "elected")]


def test_a_committee_whose_chairman_has_his_own_verb_is_read_once() -> None:
    found = people_posts(
        "Đại hội đã bầu ra Ban Chấp hành gồm 15 đồng chí, trong đó đồng chí Vũ Văn Giang được bầu làm Chủ tịch."
    )
    assert found == [("Vũ Văn Giang", ["Chủ tịch"], "elected")]


def test_the_list_goes_on_after_a_post_of_the_body_named_by_its_head_noun() -> None:
    found = people_posts(
        "Đại hội đã bầu ông Nguyễn Văn An làm Chủ tịch Hội, bà Lê Thị Mai, ông Trần Văn Bình làm Phó Chủ tịch Hội."
    )
    assert [(p, posts) for p, posts, _ in found] == [
        ("Nguyễn Văn An", ["Chủ tịch"]),
        ("Lê Thị Mai", ["Phó Chủ tịch"]),
        ("Trần Văn Bình", ["Phó Chủ tịch"]),
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Bà Đỗ Thị Hoa được bầu là Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên.",
        "Bà Đỗ Thị Hoa được bầu giữ chức danh Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên.",
        "Bà Đỗ Thị Hoa trúng cử cương vị Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên.",
    ],
)
def test_the_post_after_la_or_chuc_danh(sentence: str) -> None:
    assert people_posts(sentence) == [("Đỗ Thị Hoa", ["Chủ tịch"], "elected")]


@pytest.mark.parametrize("size", ["gồm 5 đồng chí:", "gồm:"])
def test_a_committee_voted_in_then_its_members_with_their_posts(size: str) -> None:
    found = people_posts(
        f"Đại hội đã bầu Ban Thường vụ {size} ông Vũ Văn Giang (Chủ tịch), bà Đỗ Thị Hoa (Phó Chủ tịch)."
    )
    assert [(p, posts) for p, posts, _ in found] == [("Vũ Văn Giang", ["Chủ tịch"]), ("Đỗ Thị Hoa", ["Phó Chủ tịch"])]


def test_the_members_of_a_committee_with_no_post_are_no_election_each() -> None:
    found = people_posts("Đại hội đã bầu Ban Chấp hành gồm 21 đồng chí: ông Vũ Văn Giang, bà Đỗ Thị Hoa.")
    assert found == []


@pytest.mark.parametrize("agent", ["các đại biểu", "100% đại biểu", "Đại hội"])
def test_the_subject_of_a_vote_whose_agent_trusts_him(agent: str) -> None:
    sentence = f"Ông Nguyễn Văn An được {agent} tín nhiệm bầu làm Chủ tịch Hội."
    assert people_posts(sentence) == [("Nguyễn Văn An", ["Chủ tịch"], "elected")]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Đại hội đã bầu Ban Chấp hành gồm 21 ủy viên. Ban Thường vụ gồm: Chủ tịch: ông Vũ Văn Giang; "
        "Phó Chủ tịch: bà Đỗ Thị Hoa, ông Ngô Văn Khánh.",
        "Đại hội đã bầu Ban Chấp hành gồm 21 ủy viên. Chủ tịch: ông Vũ Văn Giang; Phó Chủ tịch: bà Đỗ Thị Hoa, "
        "ông Ngô Văn Khánh.",
    ],
)
def test_a_result_list_on_the_line_of_the_vote(paragraph: str) -> None:
    assert [(p, posts) for p, posts, _ in people_posts(paragraph)] == [
        ("Vũ Văn Giang", ["Chủ tịch"]),
        ("Đỗ Thị Hoa", ["Phó Chủ tịch"]),
        ("Ngô Văn Khánh", ["Phó Chủ tịch"]),
    ]


@pytest.mark.parametrize(
    "paragraph",
    [
        "Thành phần đoàn gồm: Trưởng đoàn: ông Vũ Văn Giang; Phó Trưởng đoàn: bà Đỗ Thị Hoa.",
        "Đại hội sẽ bầu Ban Chấp hành mới. Chủ tịch: ông Vũ Văn Giang.",
    ],
)
def test_a_list_on_one_line_with_no_vote_done_elects_nobody(paragraph: str) -> None:
    assert elections(paragraph) == []


def test_a_list_of_people_sharing_a_post() -> None:
    found = elections("Đại hội cũng bầu các ông Nguyễn Văn An, Trần Văn Bình giữ chức Phó Chủ tịch Hội.")
    assert sorted(f["person"][0] for f in found) == ["Nguyễn Văn An", "Trần Văn Bình"]
    assert all(f["position"] == ["Phó Chủ tịch"] for f in found)


def test_a_committee_then_its_chairman_in_one_sentence() -> None:
    found = elections(
        "Đại hội đã bầu Ban Chấp hành gồm 31 đồng chí, ông Hoàng Văn Nam được bầu làm Chủ tịch Hội Hữu nghị "
        "Việt - Lào tỉnh Sơn La."
    )
    assert (
        roles(
            status="elected",
            person="Hoàng Văn Nam",
            position="Chủ tịch",
            organization="Hội Hữu nghị Việt - Lào tỉnh Sơn La",
        )
        in found
    )
    assert [f for f in found if "body" in f] == []  # the committee as a whole: nobody named, no fact


def test_a_committee_elected_or_presented_as_a_whole_is_no_fact() -> None:
    assert elections("Đại hội đã bầu Ban Chấp hành, Ban Kiểm tra Hội Hữu nghị Việt - Đức tỉnh Nghệ An.") == []
    assert (
        elections(
            "Đại hội đã bầu Ban Chấp hành Hội Hữu nghị Việt - Hàn tỉnh Thái Nguyên nhiệm kỳ 2024 - 2029 "
            "gồm 21 đồng chí.",
            "Ban Chấp hành khóa mới ra mắt Đại hội.",
        )
        == []
    )
    presented = "Ban Chấp hành Hội Hữu nghị Việt - Lào tỉnh Sơn La khóa mới gồm 25 đồng chí đã ra mắt Đại hội."
    assert elections(presented) == []


def test_the_meeting_date_when_the_election_is_at_the_meeting() -> None:
    found = elections(
        "Sáng 5/6, Hội Hữu nghị Việt Nam - Cuba tỉnh Bắc Ninh tổ chức Đại hội lần thứ II.",
        "Tại Đại hội, ông Đỗ Minh Khánh được bầu làm Chủ tịch.",
    )
    assert found == [
        roles(
            status="elected",
            person="Đỗ Minh Khánh",
            position="Chủ tịch",
            organization="Hội Hữu nghị Việt Nam - Cuba tỉnh Bắc Ninh",
            date="Sáng 5/6",
        )
    ]


def test_no_meeting_date_for_an_appointment_elsewhere() -> None:
    found = elections(
        "Sáng 5/6, Hội Hữu nghị Việt Nam - Cuba tỉnh Bắc Ninh tổ chức hội nghị.",
        "Ông Lê Quang Vinh được bổ nhiệm giữ chức Giám đốc Sở Ngoại vụ.",
    )
    assert found == [roles(status="appointed", person="Lê Quang Vinh", position="Giám đốc", organization="Sở Ngoại vụ")]


def test_a_bare_post_belongs_to_the_sentence_subject_not_the_apposition() -> None:
    found = elections(
        "Tại hội nghị, Hội Hữu nghị Việt - Lào tỉnh Hòa Bình đã kiện toàn nhân sự và bầu đồng chí Bùi Văn Khánh "
        "- Phó Chủ tịch UBND tỉnh giữ chức chủ tịch."
    )
    assert found == [
        roles(
            status="elected",
            person="Bùi Văn Khánh",
            position="chủ tịch",
            organization="Hội Hữu nghị Việt - Lào tỉnh Hòa Bình",
        )
    ]


def test_people_counted_before_the_vote_and_named_after_the_post_each_take_it() -> None:
    # tuyengiao.vn: the count first, the names after "gồm:", each with the post held before
    found = elections(
        "7 vị được bầu giữ chức Phó Chủ tịch chuyên trách Uỷ ban Trung ương MTTQ Việt Nam khoá VII, gồm: Ông Nguyễn "
        "Lam, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Bà Hà Thị Liên, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt "
        "Nam; Ông Hà Văn Núi, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam."
    )
    assert [(f["person"], f["position"]) for f in found] == [
        (["Nguyễn Lam"], ["Phó Chủ tịch"]),
        (["Hà Thị Liên"], ["Phó Chủ tịch"]),
        (["Hà Văn Núi"], ["Phó Chủ tịch"]),
    ]
    assert elections("Ba đồng chí được bầu làm Phó Chủ tịch Hội, gồm nhiều thành phần.") == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Trong bầu không khí thân mật, hai bên trao đổi về hợp tác hữu nghị.",
        "Bầu trời Sa Pa trong xanh, du khách quốc tế đến đông.",
        "Tại hội nghị, các đại biểu đã tiến hành bình bầu các tập thể xuất sắc.",
        "Cử tri đi bầu cử đại biểu Quốc hội khóa XVI.",
        "Ông Phạm Văn Dũng hiện giữ chức Phó Chủ tịch UBND tỉnh Yên Bái.",
        "Ông Trần Văn Bình từng giữ chức Đại sứ Việt Nam tại Lào.",
        "Đại hội sẽ bầu Ban Chấp hành nhiệm kỳ mới.",
        "Ông Nguyễn Văn Tùng không trúng cử vào Ban Chấp hành khóa mới.",
        "Hội Hữu nghị Việt - Lào tiếp tục đảm nhận vai trò cầu nối giữa nhân dân hai nước.",
        "Ban Chấp hành hiện nay gồm 32 thành viên, Ban Thường vụ gồm 5 thành viên.",
        "Công tác bổ nhiệm cán bộ được thực hiện đúng quy trình.",
        "Đội tuyển Việt Nam tiếp tục giữ vị trí dẫn đầu bảng xếp hạng.",
        "Ông Nguyễn Văn An hiện giữ vị trí Chủ tịch Hội hữu nghị Việt Nam - Lào tỉnh Sơn La.",
    ],
)
def test_not_an_election(sentence: str) -> None:
    assert elections(sentence) == []


def test_a_caption_restating_the_bodys_election_adds_no_fact() -> None:
    body = "Đại hội đã bầu ông Nguyễn Văn An làm Chủ tịch Hội Hữu nghị Việt - Nhật tỉnh Lào Cai."
    caption = Figure(caption="Đại hội bầu ông Nguyễn Văn An làm Chủ tịch Hội.")
    assert [f["person"] for f in elections(body, caption)] == [["Nguyễn Văn An"]]


def test_a_caption_naming_other_officers_of_the_same_post_keeps_them() -> None:
    # baothainguyen.org.vn: the officers' roll set as a photo caption, the body naming another holder of the post
    body = "Ông Vũ Trọng Kim tái đắc cử Phó Chủ tịch kiêm Tổng thư ký Uỷ ban Trung ương MTTQ Việt Nam khoá VII."
    caption = Figure(
        caption="7 vị được bầu giữ chức Phó Chủ tịch chuyên trách Uỷ ban Trung ương MTTQ Việt Nam khoá VII, gồm: "
        "Ông Nguyễn Lam, Phó Chủ tịch Ủy ban Trung ương MTTQ Việt Nam; Bà Hà Thị Liên, Phó Chủ tịch Ủy ban "
        "Trung ương MTTQ Việt Nam."
    )
    people = [f["person"] for f in elections(body, caption)]
    assert people == [["Vũ Trọng Kim"], ["Nguyễn Lam"], ["Hà Thị Liên"]]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # lamdong.gov.vn: the vice-chairs counted after the chair, a list after "gồm các ông"
        (
            "Đại hội đã bầu Ban chấp hành Liên đoàn nhiệm kỳ 2014 – 2019 với 11 thành viên, trong đó ông Trần Phú "
            "Lộc giữ chức vụ Chủ tịch, 03 phó chủ tịch gồm các ông Huỳnh Văn Bảy, Cao Quang Quyền, Trần Công Quyền.",
            [
                ("Trần Phú Lộc", "Chủ tịch"),
                ("Huỳnh Văn Bảy", "phó chủ tịch"),
                ("Cao Quang Quyền", "phó chủ tịch"),
                ("Trần Công Quyền", "phó chủ tịch"),
            ],
        ),
        # tayninh.gov.vn: "<post> là ông A và B" after the chair's vote
        (
            "Kết quả, Đại hội đã bầu ra Ban Chấp hành gồm 11 ủy viên, trong đó Ông Nguyễn A Lin được bầu làm Chủ "
            "tịch Liên đoàn; Phó Chủ tịch là ông Trần Lưu Ái và Trần Minh Quân.",
            [("Nguyễn A Lin", "Chủ tịch"), ("Trần Lưu Ái", "Phó Chủ tịch"), ("Trần Minh Quân", "Phó Chủ tịch")],
        ),
    ],
)
def test_officers_named_after_their_post_in_a_vote_sentence(sentence: str, expected: list[tuple[str, str]]) -> None:
    found = [(f["person"], f["position"], f["status"]) for f in elections(sentence)]
    assert sorted(found) == sorted(([name], [post], ["elected"]) for name, post in expected)


def test_officers_named_after_their_post_in_a_planned_vote_are_no_election() -> None:
    sentence = "Đại hội sẽ bầu Ban Chấp hành khóa mới, dự kiến Phó Chủ tịch là ông Trần Lưu Ái và ông Trần Minh Quân."
    assert elections(sentence) == []


def test_the_fact_cites_its_sentence() -> None:
    sentence = "Đại hội đã bầu lại ông Nguyễn Văn An làm Chủ tịch Hội Hữu nghị Việt - Nhật tỉnh Lào Cai."
    article = extract("Hội nghị diễn ra tại Lào Cai.", sentence)
    (fact,) = article.facts
    at = article.text.index(sentence)
    assert any(s.start <= at and at + len(sentence) <= s.end for s in fact.spans)


# --------------------------------------------------------------------------- properties

FRAGMENTS = (
    "Đại hội đã bầu",
    "được bầu giữ chức",
    "tái đắc cử",
    "bổ nhiệm",
    "được bổ nhiệm làm",
    "giữ chức",
    "đảm nhận vai trò",
    "Ban Chấp hành",
    "gồm 15 ủy viên",
    "ra mắt Đại hội",
    "khóa mới",
    "Chủ tịch",
    "Phó Chủ tịch Thường trực",
    "Cụm trưởng",
    "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai",
    "Hội Hữu nghị Việt - Lào",
    "Sở Ngoại vụ",
    "nhiệm kỳ 2023 - 2028",
    "khóa III",
    "năm 2025",
    "phiên họp thứ nhất",
    "Tại hội nghị,",
    "và",
    ",",
    "ông",
    "bà",
    "đồng chí",
    "bầu không khí",
    "sẽ bầu",
    "cho",
    "làm",
)


def check_facts(article: Article) -> None:
    """Every fact is an election, cites the text, and its roles point at entities of the right kind."""
    by_id = {e.id: e for e in article.entities}
    for fact in article.facts:
        assert fact.kind == "election"
        assert fact.spans
        for span in fact.spans:
            assert 0 <= span.start < span.end <= len(article.text)
        statuses = [r.value for r in fact.roles if r.role == "status"]
        assert len(statuses) == 1 and statuses[0] in ("elected", "re-elected", "appointed")
        for role in fact.roles:
            if role.entity is not None:
                assert isinstance(by_id[role.entity], ROLE_KINDS[role.role])
            else:
                assert role.value


@given(
    st.lists(fragment_paragraphs(FRAGMENTS, "Đại hội"), min_size=1, max_size=4),
    st.sampled_from(["Ngày 1/3, hội nghị.", ""]),
)
def test_generated_election_text_never_fails(paragraphs: list[str], opener: str) -> None:
    blocks: list[str | Figure] = [p for p in [opener, *paragraphs] if p]
    check_facts(extract(*blocks))


@given(articles())
def test_generated_articles_never_fail(article: Article) -> None:
    check_facts(extract_with(article, ElectionExtractor(), below=FACT_ORDER))


@pytest.mark.parametrize("name", ["elections", "aid", "awards", "meetings", "twinning"])
def test_the_cheap_cue_follows_the_vocabulary(name: str) -> None:
    """Every word of a table, in lower or sentence case, is cued, and a text without one is not."""
    cue = cue_re(name)
    for word in words(name):
        for form in (word, word[0].upper() + word[1:]):
            assert cue.search(f"Hôm qua {form} xong."), form
    assert not cue.search("Hôm qua trời mưa to ở Đắk Lắk.")


def test_posts_listed_after_the_people_go_to_each_in_turn() -> None:
    found = elections(
        "Đại hội đã bầu ông Nguyễn Văn An, bà Trần Thị Bình lần lượt giữ chức Chủ tịch, Phó Chủ tịch "
        "Hội Hữu nghị Việt - Lào tỉnh Lào Cai."
    )
    assert [(f["person"], f["position"]) for f in found] == [
        (["Nguyễn Văn An"], ["Chủ tịch"]),
        (["Trần Thị Bình"], ["Phó Chủ tịch"]),
    ]
    assert all(f["organization"] == ["Hội Hữu nghị Việt - Lào tỉnh Lào Cai"] for f in found)


def test_people_with_their_former_posts_kept_in_office_are_re_elected() -> None:
    found = elections(
        "Ban Chấp hành đã thống nhất bầu ông Lê Văn Hải - Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh khóa II và "
        "bà Nguyễn Thị Nga - Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh khóa II tiếp tục giữ chức vụ Chủ tịch "
        "và Phó Chủ tịch khóa III."
    )
    assert [(f["person"], f["position"], f["status"]) for f in found] == [
        (["Lê Văn Hải"], ["Chủ tịch"], ["re-elected"]),
        (["Nguyễn Thị Nga"], ["Phó Chủ tịch"], ["re-elected"]),
    ]


def test_every_post_listed_for_one_person_is_theirs() -> None:
    [found] = elections(
        "Hội nghị bầu bổ sung đồng chí Lê Ngọc Tân, Phó Chủ tịch Ủy ban MTTQ tỉnh làm Ủy viên Ban Thường vụ, "
        "Ban Chấp hành, Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh."
    )
    assert found["position"] == ["Phó Chủ tịch", "Ủy viên Ban Thường vụ"]
    assert found["organization"] == ["Liên hiệp các tổ chức hữu nghị tỉnh"]


def test_kept_in_office_by_a_vote_of_confidence() -> None:
    [found] = elections(
        "Bà Trần Thị Bình tiếp tục được tín nhiệm bầu giữ chức Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai."
    )
    assert found["person"] == ["Trần Thị Bình"]
    assert found["status"] == ["re-elected"]
    assert found["position"] == ["Chủ tịch"]


def test_people_listed_before_a_passive_verb_share_its_post() -> None:
    found = elections(
        "Ông Phạm Văn Đức được bầu làm Chủ tịch; bà Nguyễn Thị Lan và ông Hồ Văn Nam được bầu làm Phó Chủ tịch Hội."
    )
    posts = {f["person"][0]: f["position"] for f in found}
    assert posts == {"Phạm Văn Đức": ["Chủ tịch"], "Nguyễn Thị Lan": ["Phó Chủ tịch"], "Hồ Văn Nam": ["Phó Chủ tịch"]}


def test_a_person_with_posts_before_a_passive_verb_is_alone() -> None:
    found = elections(
        "Đồng chí Nguyễn Hữu Phước, Phó Chủ tịch UBND tỉnh được bầu giữ chức Chủ tịch Liên hiệp các tổ chức "
        "hữu nghị tỉnh Bình Định."
    )
    assert [f["person"] for f in found] == [["Nguyễn Hữu Phước"]]


@pytest.mark.parametrize("count", ["3", "ba", "các"])
def test_a_counted_post_before_the_list_of_people_is_theirs(count: str) -> None:
    found = elections(f"Đại hội bầu {count} Phó Chủ tịch gồm ông Nguyễn Văn An, bà Trần Thị Bích và ông Lê Hoàng.")
    assert sorted(f["person"][0] for f in found) == ["Lê Hoàng", "Nguyễn Văn An", "Trần Thị Bích"]
    assert all(f["position"] == ["Phó Chủ tịch"] for f in found)


def test_a_post_handed_over_by_the_central_body_is_an_appointment() -> None:
    found = elections(
        "Ông Khăm-phết Xay-nha - Phó Chủ tịch Mặt trận tỉnh vừa được Trung ương Hội bàn giao nhiệm vụ "
        "Chủ tịch Hội Hữu nghị Lào - Việt Nam tỉnh Chăm-pa-sắc."
    )
    assert [(f["person"], f["position"], f["status"]) for f in found] == [
        (["Khăm-phết Xay-nha"], ["Chủ tịch"], ["appointed"])
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Nguyễn Văn An được giao nhiệm vụ chuẩn bị nội dung hội nghị.",
        "Ông Nguyễn Văn An được Ban Thường vụ giao nhiệm vụ phụ trách công tác đối ngoại.",
    ],
)
def test_a_task_given_is_no_post(sentence: str) -> None:
    assert elections(sentence) == []


def test_a_person_who_becomes_a_titled_officer() -> None:
    found = elections("Năm 2010, ông Nguyễn Văn An trở thành Giám đốc Sở Ngoại vụ tỉnh Nghệ An.")
    assert [(f["person"], f["position"]) for f in found] == [(["Nguyễn Văn An"], ["Giám đốc"])]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Nguyễn Văn An trở thành cầu nối giữa nhân dân hai nước.",
        "Ông Nguyễn Văn An trở thành người Việt Nam đầu tiên nhận giải thưởng này.",
        "Hội Hữu nghị Việt - Lào tỉnh trở thành thành viên của Liên hiệp các tổ chức hữu nghị Việt Nam.",
        "Ông Nguyễn Văn An sẽ trở thành Chủ tịch Hội từ tháng sau.",
    ],
)
def test_becoming_something_else_is_no_election(sentence: str) -> None:
    assert elections(sentence) == []


def test_the_body_of_a_persons_own_post_is_not_the_body_they_are_elected_to() -> None:
    found = elections(
        "Đại hội đã hiệp thương cử 25 ủy viên Ban Chấp hành; ông Nguyễn Văn Hải, Giám đốc Sở Ngoại vụ được bầu làm "
        "Chủ tịch; ông Trần Văn Bình và bà Lê Thị Cúc được bầu làm Phó Chủ tịch."
    )
    assert sorted(f["person"][0] for f in found) == ["Lê Thị Cúc", "Nguyễn Văn Hải", "Trần Văn Bình"]
    assert all("organization" not in f for f in found), found
    # the subject body that elects stays the post's body
    (found,) = elections("Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên đã bầu ông Nguyễn Văn Hải làm Chủ tịch.")
    assert found["organization"] == ["Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên"]


def test_a_post_written_tan_before_its_holders_name_was_just_taken() -> None:
    (found,) = elections(
        "Đại hội đã bầu Ban Chấp hành khóa III gồm 25 ủy viên.",
        "Phát biểu nhận nhiệm vụ, tân Chủ tịch Hội, ông Nguyễn Văn Hải cảm ơn sự tín nhiệm của các đại biểu.",
    )
    assert (found["person"], found["position"], found["status"]) == (["Nguyễn Văn Hải"], ["Chủ tịch"], ["elected"])
    (found,) = elections("Tân Giám đốc Sở Ngoại vụ tỉnh Điện Biên Nguyễn Văn Hải phát biểu nhận nhiệm vụ.")
    assert found["status"] == ["appointed"] and found["organization"] == ["Sở Ngoại vụ tỉnh Điện Biên"]


def test_tan_before_the_post_voted_is_no_part_of_the_post() -> None:
    # tapchihuongviet.de: "được bầu làm tân Chủ tịch Hội X": the post is "Chủ tịch", "tân" says it is new
    (found,) = elections(
        "Đại hội đã bầu ra Ban chấp hành mới gồm 19 thành viên, ông Võ Văn Long được bầu làm tân Chủ tịch Hội "
        "doanh nghiệp Việt Nam tại Đức nhiệm kỳ VI."
    )
    assert (found["person"], found["position"]) == (["Võ Văn Long"], ["Chủ tịch"])
    assert found["organization"] == ["Hội doanh nghiệp Việt Nam tại Đức"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Nguyễn Văn Tân, Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên phát biểu.",
        "Đoàn đã đến thăm xã Tân Phú, huyện Tân Châu.",
        "Tân Chủ tịch Hội sẽ là ông Nguyễn Văn Hải.",
    ],
)
def test_tan_as_a_name_or_a_post_to_come_is_no_election(sentence: str) -> None:
    assert elections(sentence) == []


@pytest.mark.parametrize(
    "sentence",
    [
        # danang24h.vn: a new envoy's visit, the appointment made elsewhere before the news
        "Bí thư Thành ủy Trương Quang Nghĩa hoan nghênh chuyến thăm của Tân Đại sứ Kim Do-hyon và hy vọng "
        "trong nhiệm kỳ Đại sứ tại Việt Nam, ông Kim Do-hyon sẽ thúc đẩy hợp tác.",
        "Chia sẻ sau trận thắng Myanmar, tân HLV Kim Pan Gon của đội tuyển Malaysia cho biết đội rất quyết tâm.",
    ],
)
def test_a_post_called_new_in_an_article_telling_no_vote_or_appointment_is_no_election(sentence: str) -> None:
    assert elections(sentence) == []


# --------------------------------------------------------------------------- result lists and other verbs

_VOTE = "Ngày 8-12, Đại hội đại biểu Liên đoàn Bóng đá Việt Nam khóa VIII đã diễn ra tại Hà Nội."


def test_a_result_list_under_a_vote_elects_each_line() -> None:
    found = elections(
        _VOTE + " Kết quả bầu các chức danh chủ chốt như sau:",
        "Chủ tịch: ông Lê Khánh Hải",
        "Phó Chủ tịch phụ trách tài chính: ông Trần Anh Tú",
        "- Tổng thư ký: ông Lê Hoài Anh (tái cử)",
    )
    got = {f["person"][0]: (f["position"], f["status"], f.get("organization")) for f in found}
    body = ["Liên đoàn Bóng đá Việt Nam"]
    assert got == {
        "Lê Khánh Hải": (["Chủ tịch"], ["elected"], body),
        "Trần Anh Tú": (["Phó Chủ tịch phụ trách tài chính"], ["elected"], body),
        "Lê Hoài Anh": (["Tổng thư ký"], ["re-elected"], body),
    }


def test_a_result_line_lists_people_sharing_a_post_after_semicolons() -> None:
    found = elections(
        "Đại hội đã bầu Ban Thường vụ Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên gồm:",
        "Chủ tịch: ông Nguyễn Văn Hải; Phó Chủ tịch: ông Lò Văn Mừng và bà Lường Thị Xuân",
    )
    assert sorted((f["person"][0], f["position"][0]) for f in found) == [
        ("Lò Văn Mừng", "Phó Chủ tịch"),
        ("Lường Thị Xuân", "Phó Chủ tịch"),
        ("Nguyễn Văn Hải", "Chủ tịch"),
    ]


@pytest.mark.parametrize(
    "head",
    [
        "Danh sách đề cử các chức danh chủ chốt như sau:",  # candidates, not people elected
        "Đại hội sẽ bầu các chức danh sau:",  # a vote to come
        "Nhân sự dự kiến như sau:",
        "Thành phần đoàn công tác gồm:",  # no vote at all
    ],
)
def test_a_post_colon_person_list_without_a_vote_done_elects_nobody(head: str) -> None:
    assert elections(head, "Chủ tịch: ông Lê Khánh Hải", "Phó Chủ tịch: ông Trần Anh Tú") == []


def test_a_result_list_headed_by_the_committee_called_new_elects_each_line() -> None:
    # sbs.com.au: an overseas community's new committee, post by post, with no verb above the list
    found = elections(
        "Tại Đại hội của CĐNVTD hôm cuối tuần tổ chức ở Darwin, các tiểu bang bầu ra BCH Liên Bang nhiệm kỳ mới.",
        "Tân BCH CĐNVTD niên khóa mới (từ trái):",
        "Tổng thư ký: Hồ Thái Phụng (SA)",
        "Thủ quỹ: Trần Hương Thuỷ (Wollongong)",
    )
    assert sorted((f["person"][0], f["position"][0], f["status"][0]) for f in found) == [
        ("Hồ Thái Phụng", "Tổng thư ký", "elected"),
        ("Trần Hương Thuỷ", "Thủ quỹ", "elected"),
    ]
    # the committee as it stands, not called new, is no result
    assert elections("Ban Chấp hành Hội người Việt tại Darwin:", "Tổng thư ký: ông Hồ Thái Phụng") == []


def test_a_result_line_far_from_its_vote_elects_nobody() -> None:
    found = elections(
        "Đại hội đã bầu các chức danh như sau:",
        "Chủ tịch: ông Lê Khánh Hải",
        "Các đại biểu dự Đại hội gồm nhiều thành phần.",
        "Trưởng đoàn: ông Trần Anh Tú",
    )
    assert [f["person"] for f in found] == [["Lê Khánh Hải"]]


def test_posts_in_brackets_after_each_person_voted_in() -> None:
    found = elections("Đại hội cũng bầu ông Nguyễn Văn Phú (Chủ tịch), bà Trần Thị Lan (Phó Chủ tịch).")
    assert sorted((f["person"][0], f["position"][0]) for f in found) == [
        ("Nguyễn Văn Phú", "Chủ tịch"),
        ("Trần Thị Lan", "Phó Chủ tịch"),
    ]
    # brackets before "làm" hold the post the person already had: the post after "làm" is taken
    (found,) = elections("Đại hội bầu ông Nguyễn Văn Phú (Giám đốc Sở Ngoại vụ) làm Chủ tịch Hội.")
    assert found["position"] == ["Chủ tịch"]


@pytest.mark.parametrize(
    ("sentence", "person", "position", "status"),
    [
        (
            "Ngày 3/4, ông Phạm Văn Tuấn nhận quyết định bổ nhiệm giữ chức Giám đốc Sở Ngoại vụ tỉnh Nghệ An.",
            "Phạm Văn Tuấn",
            "Giám đốc",
            "appointed",
        ),
        (
            "Tại Đại hội, bà Nguyễn Thị Hoa kế nhiệm ông Trần Văn Bình giữ chức Chủ tịch Hội Hữu nghị tỉnh Quảng Trị.",
            "Nguyễn Thị Hoa",
            "Chủ tịch",
            "elected",
        ),
        (
            "Bà Nguyễn Thị Hoa kế nhiệm ông Trần Văn Bình làm Giám đốc Sở Ngoại vụ tỉnh Quảng Trị.",
            "Nguyễn Thị Hoa",
            "Giám đốc",
            "appointed",
        ),
        (
            "Thủ tướng Chính phủ đã phê chuẩn ông Hoàng Văn Sơn giữ chức Phó Chủ tịch UBND tỉnh Lạng Sơn.",
            "Hoàng Văn Sơn",
            "Phó Chủ tịch",
            "elected",
        ),
        (
            "Bà Đinh Thị Thu nhận nhiệm vụ Tổng Lãnh sự Việt Nam tại Khon Kaen.",
            "Đinh Thị Thu",
            "Tổng Lãnh sự",
            "appointed",
        ),
    ],
)
def test_other_verbs_of_taking_a_post(sentence: str, person: str, position: str, status: str) -> None:
    (found,) = elections(sentence)
    assert (found["person"], found["position"], found["status"]) == ([person], [position], [status])


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Vũ Văn Đức sẽ nhận quyết định bổ nhiệm giữ chức Phó Giám đốc Sở Ngoại vụ tỉnh Nghệ An.",
        "Ông Lê Văn Nam kế nhiệm sự nghiệp của cha ông.",
        "Ông Lê Văn Nam là người kế nhiệm ông Trần Văn Bình.",
        "Quốc hội đã phê chuẩn Hiệp định hợp tác với Lào.",
        "Bà Đinh Thị Thu dự kiến nhận nhiệm vụ Tổng Lãnh sự Việt Nam tại Khon Kaen.",
    ],
)
def test_other_verbs_without_a_post_taken_are_no_election(sentence: str) -> None:
    assert elections(sentence) == []


def test_people_listed_with_their_posts_before_a_passive_vote_are_each_elected() -> None:
    found = elections(
        "Đồng chí Trần Văn Bình, Giám đốc Sở Ngoại vụ và đồng chí Lê Thị Cúc, Phó Giám đốc Sở Ngoại vụ "
        "được bầu giữ chức Phó Chủ tịch Hội Hữu nghị Việt Nam - Lào tỉnh Nghệ An."
    )
    assert sorted(f["person"][0] for f in found) == ["Lê Thị Cúc", "Trần Văn Bình"]
    assert all(f["position"] == ["Phó Chủ tịch"] for f in found)


def test_a_post_taken_after_a_vote_in_the_same_clause_is_taken_by_that_vote() -> None:
    found = elections(
        "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu Ban Thường vụ gồm 7 đồng chí; đồng chí Nguyễn Văn An "
        "được bầu giữ chức Chủ tịch Hội, đồng chí Trần Văn Bình và đồng chí Lê Thị Cúc giữ chức Phó Chủ tịch Hội."
    )
    people = {f["person"][0]: f["status"] for f in found if "person" in f}
    assert people == {"Nguyễn Văn An": ["elected"], "Trần Văn Bình": ["elected"], "Lê Thị Cúc": ["elected"]}


def test_a_result_list_written_name_first_elects_each_person() -> None:
    found = elections(
        "Tại phiên họp thứ nhất, Ban Chấp hành đã bầu các chức danh như sau:",
        "- Ông Nguyễn Văn An – Chủ tịch Hội",
        "- Bà Lê Thị Cúc – Phó Chủ tịch Hội",
    )
    assert {f["person"][0]: f["position"] for f in found} == {
        "Nguyễn Văn An": ["Chủ tịch"],
        "Lê Thị Cúc": ["Phó Chủ tịch"],
    }


def test_a_committee_listed_name_first_on_the_line_of_its_vote_elects_each_person() -> None:
    found = elections(
        "Đại hội đã bầu Ban Chấp hành gồm 25 ủy viên. Ban Thường vụ gồm: ông Nguyễn Văn An - Chủ tịch; "
        "ông Trần Văn Bình - Phó Chủ tịch."
    )
    people = {f["person"][0]: f["position"] for f in found if "person" in f}
    assert people == {"Nguyễn Văn An": ["Chủ tịch"], "Trần Văn Bình": ["Phó Chủ tịch"]}


def test_a_delegation_listed_name_first_is_no_result() -> None:
    found = elections(
        "Thành phần đoàn gồm:",
        "- Ông Nguyễn Văn An – Chủ tịch UBND tỉnh Nghệ An",
        "- Bà Lê Thị Cúc – Giám đốc Sở Ngoại vụ tỉnh Nghệ An",
    )
    assert found == []


@pytest.mark.parametrize(
    "sentence",
    [
        "Ông Nguyễn Văn An được bầu làm Chủ tịch; bà Lê Thị Cúc, ông Trần Văn Bình làm Phó Chủ tịch.",
        "Đồng chí Nguyễn Văn An được bầu làm Chủ tịch, đồng chí Lê Thị Cúc làm Phó Chủ tịch, "
        "đồng chí Trần Văn Bình làm Phó Chủ tịch.",
    ],
)
def test_people_listed_after_a_passive_vote_take_the_posts_written_after_them(sentence: str) -> None:
    found = {f["person"][0]: (f["position"], f["status"]) for f in elections(sentence)}
    assert found == {
        "Nguyễn Văn An": (["Chủ tịch"], ["elected"]),
        "Lê Thị Cúc": (["Phó Chủ tịch"], ["elected"]),
        "Trần Văn Bình": (["Phó Chủ tịch"], ["elected"]),
    }


def test_someone_replaced_after_a_passive_vote_takes_no_post() -> None:
    found = elections("Bà Lê Thị Cúc được bầu làm Chủ tịch Hội, thay ông Trần Văn Bình đã nghỉ hưu.")
    assert [f["person"] for f in found] == [["Lê Thị Cúc"]]


def test_a_post_held_in_a_lead_is_the_election_told_in_the_body() -> None:
    # laodongbinhduong.org.vn, hanoidep.vn: the lead says "giữ chức", the body how the post was taken
    found = elections(
        "Bà Huỳnh Thị Tuyết Hạnh, Đại biểu HĐND tỉnh Bình Dương giữ chức Chủ tịch Hội hữu nghị Việt Nam – Nhật Bản "
        "tỉnh Bình Dương.",
        "Đại hội đã bầu Ban Chấp hành gồm 25 thành viên. Bà Huỳnh Thị Tuyết Hạnh được bầu giữ chức chủ tịch Hội.",
    )
    assert [f["status"] for f in found] == [["elected"]]
    # with no vote told, taking a post is an appointment
    alone = elections("Ông Nguyễn Văn Bình giữ chức Giám đốc Sở Ngoại vụ tỉnh Lào Cai.")
    assert [f["status"] for f in alone] == [["appointed"]]


def test_the_term_of_a_former_post_is_not_the_term_taken() -> None:
    # cuuchienbinh.vn: the apposition's term comes before the vote, the post's after it
    found = elections(
        "Đại hội bầu BCH nhiệm kỳ II gồm 27 đồng chí. Đồng chí Đậu Xuân Tường, Chủ tịch nhiệm kỳ I tiếp tục được "
        "bầu giữ chức Chủ tịch nhiệm kỳ II."
    )
    assert [(f["person"], f["term"]) for f in found] == [(["Đậu Xuân Tường"], ["nhiệm kỳ II"])]


def test_a_head_noun_alone_after_the_post_is_the_articles_body() -> None:
    # nhandan.com.vn, nvsk.vnanet.vn, cand.com.vn: "bầu ... làm Chủ tịch Hội nhiệm kỳ ...", "Phó Chủ tịch Hội khóa VI"
    found = elections(
        "Ngày 23-6, tại Hà Nội, Hội Hữu nghị Việt Nam - Séc tổ chức Đại hội đại biểu toàn quốc lần thứ IV.",
        "Thượng tướng Nguyễn Văn Được được tín nhiệm bầu làm Chủ tịch Hội nhiệm kỳ 2019-2024.",
    )
    assert [f.get("organization") for f in found] == [["Hội Hữu nghị Việt Nam - Séc"]]
    # "Hội đồng" is another body, not the head "Hội" alone
    other = elections(
        "Ngày 5/3, Hội Chữ thập đỏ tỉnh tổ chức hội nghị.",
        "Ông Lê Văn An được bầu làm Chủ tịch Hội đồng quản trị Quỹ.",
    )
    assert [f.get("organization") for f in other] == [None]


def test_a_post_taken_as_a_title_and_told_again_without_it() -> None:
    # tuyengiaokontum.org.vn: "giữ chức danh" introduces the post; the congratulation tells the vote again
    found = elections(
        "Hội nghị đã biểu quyết cử đồng chí Hoàng Trung Thông, Tỉnh ủy viên, giữ chức danh Phó Chủ tịch Ủy ban "
        "MTTQ Việt Nam tỉnh khóa X, nhiệm kỳ 2019 - 2024.",
        "Phát biểu tại hội nghị, đồng chí Trần Lạc chúc mừng đồng chí Hoàng Trung Thông được tín nhiệm bầu vào Ủy "
        "ban MTTQ Việt Nam tỉnh.",
    )
    assert [(f["person"], f.get("position")) for f in found] == [(["Hoàng Trung Thông"], ["Phó Chủ tịch"])]


def test_a_new_holder_named_after_the_post_and_la() -> None:
    # vovworld-style wording seen on other outlets too: "Tân Chủ tịch Hội X là bà Y"
    found = elections(
        "Tân Chủ tịch Hội Hữu nghị Việt Nam - Cuba là bà Trương Thị Mai, Bí thư Trung ương Đảng, Trưởng Ban Dân "
        "vận Trung ương."
    )
    assert [(f["person"], f["position"]) for f in found] == [(["Trương Thị Mai"], ["Chủ tịch"])]


def test_the_result_of_a_vote_told_by_a_verb_of_taking_office() -> None:
    # "bầu ông X tái đắc cử ...", "được bầu tái cử chức ...": one re-election, the post after the second verb
    found = elections("Đại hội đã bầu đồng chí Nguyễn Văn Sơn tái đắc cử Chủ tịch Hội Hữu nghị Việt - Lào tỉnh khóa V.")
    assert [(f["status"], f["person"], f["position"]) for f in found] == [
        (["re-elected"], ["Nguyễn Văn Sơn"], ["Chủ tịch"])
    ]
    passive = elections("Đồng chí Trịnh Văn Tâm được tín nhiệm bầu tái cử chức Chủ tịch Hội.")
    assert [(f["status"], f.get("position")) for f in passive] == [(["re-elected"], ["Chủ tịch"])]


def test_the_post_after_la_ending_the_apposition_of_who_is_voted_in() -> None:
    # nvsk.vnanet.vn (TTXVN): "biểu quyết bầu bà X, <her posts>, Chủ tịch ... khóa XII là Chủ tịch ... khóa XIII"
    found = elections(
        "Tại hội nghị lần thứ nhất Ban Chấp hành Hội Liên hiệp Phụ nữ Việt Nam chiều 10/3/2022, 100% Ủy viên Ban "
        "Chấp hành có mặt đã biểu quyết bầu bà Hà Thị Nga, Ủy viên Ban Chấp hành Trung ương Đảng, Chủ tịch Hội Liên "
        "hiệp Phụ nữ Việt Nam khóa XII là Chủ tịch Hội Liên hiệp Phụ nữ Việt Nam khóa XIII."
    )
    assert [(f["person"], f.get("position")) for f in found] == [(["Hà Thị Nga"], ["Chủ tịch"])]


@pytest.mark.parametrize(
    ("sentence", "person", "organization"),
    [
        # baochinhphu.vn: a council's resolution confirming one post's vote, the person after "đối với"
        (
            "Kỳ họp đã thông qua Nghị quyết xác nhận kết quả bầu cử bổ sung chức vụ Chủ tịch UBND tỉnh Gia Lai "
            "(khóa X) nhiệm kỳ 2011-2016 đối với ông Võ Ngọc Thành với 62/76 số phiếu.",
            "Võ Ngọc Thành",
            "UBND tỉnh Gia Lai",
        ),
        # sggp.org.vn: "phê chuẩn kết quả bầu <post> <term> đối với bà X"
        (
            "Chủ tịch Quốc hội Vương Đình Huệ vừa ký chứng thực các nghị quyết phê chuẩn kết quả bầu Chủ tịch HĐND "
            "tỉnh Phú Yên khóa VIII đối với bà Cao Thị Hòa An kể từ ngày 15-6-2021.",
            "Cao Thị Hòa An",
            "HĐND tỉnh Phú Yên",
        ),
    ],
)
def test_the_result_of_a_vote_for_a_post_names_the_person_after_it(
    sentence: str, person: str, organization: str
) -> None:
    (found,) = elections(sentence)
    assert found["person"] == [person]
    assert found["position"] == ["Chủ tịch"]
    assert found["organization"] == [organization]


def test_a_general_election_is_no_one_elected() -> None:
    # "bầu cử" without a post's noun after it is the vote at large
    assert elections("Ngày 23/5/2021, cử tri cả nước tham gia bầu cử đại biểu Quốc hội khóa XV.") == []


def test_a_vote_told_with_the_congress_held_takes_the_congress_date() -> None:
    # dongthap.gov.vn: "Ngày <date> Hội tổ chức thành công Đại hội ..., Ông X ... được tín nhiệm bầu giữ chức Chủ tịch"
    (found,) = elections(
        "Ngày 05/12/2019 Hội tổ chức thành công Đại hội Hội Hữu nghị Việt Nam – Nhật Bản khóa IV, nhiệm kỳ "
        "2019-2024, Ông Đoàn Tấn Bửu, Phó Chủ tịch Ủy ban nhân dân Tỉnh được tín nhiệm bầu giữ chức Chủ tịch Hội."
    )
    assert found["person"] == ["Đoàn Tấn Bửu"]
    assert found["date"] == ["Ngày 05/12/2019"]


def posts_of(*blocks: str) -> dict[str, tuple[list[str], list[str]]]:
    """Each person elected or appointed, with their posts and status."""
    return {f["person"][0]: (f.get("position", []), f["status"]) for f in elections(*blocks) if f.get("person")}


def test_a_transfer_and_an_appointment_in_one_passive() -> None:
    # the civil service's "điều động, bổ nhiệm" (transfers.txt)
    found = posts_of("Ông Nguyễn Văn An được điều động, bổ nhiệm giữ chức Giám đốc Sở Ngoại vụ tỉnh Nghệ An.")
    assert found == {"Nguyễn Văn An": (["Giám đốc"], ["appointed"])}


def test_a_reelection_and_the_vote_naming_its_post() -> None:
    # hoilhpn.org.vn
    found = posts_of(
        "Bà Nguyễn Thị Việt Hà tiếp tục tái cử và được bầu giữ chức vụ Chủ tịch Hội LHPN tỉnh Hà Tĩnh khóa XVI."
    )
    assert found == {"Nguyễn Thị Việt Hà": (["Chủ tịch"], ["re-elected"])}


def test_the_result_of_a_vote_after_a_comma() -> None:
    # nghean24h.vn: "bầu đồng chí X, tái đắc cử giữ chức ..." is one re-election
    found = posts_of(
        "Đại hội đã nhất trí bầu đồng chí Lê Bá Tuế, tái đắc cử giữ chức Thư ký Chi hội nhiệm kỳ 2015-2017."
    )
    assert found == {"Lê Bá Tuế": (["Thư ký"], ["re-elected"])}


def test_the_people_listed_after_an_elected_post_with_theirs_after_a_dash() -> None:
    # tplaocai.laocai.gov.vn
    found = posts_of(
        "Đồng chí Trần Xuân Ngọc được tín nhiệm được bầu là Chủ tịch Hội, đồng chí Lê Huy Mộc - Phó chủ tịch "
        "Hội khóa I, nhiệm kỳ 2022 – 2027."
    )
    assert found == {
        "Trần Xuân Ngọc": (["Chủ tịch"], ["elected"]),
        "Lê Huy Mộc": (["Phó chủ tịch"], ["elected"]),
    }


def test_a_dash_after_a_chosen_name_with_no_post_given_is_the_post_held() -> None:
    found = posts_of(
        "Đại hội đã bầu ông Lê Hải Hòa - Phó Chủ tịch UBND tỉnh Cao Bằng làm Chủ tịch Hội hữu nghị Việt - Lào tỉnh."
    )
    assert found == {"Lê Hải Hòa": (["Chủ tịch"], ["elected"])}


def test_a_member_list_with_each_post_before_the_name() -> None:
    # vov.vn: the standing committee voted in, its officers written title first
    found = posts_of(
        "BCH VFF khóa 6 đã họp phiên thứ nhất, bầu ra thường trực BCH gồm 5 ủy viên gồm Chủ tịch Nguyễn Trọng Hỷ, "
        "các Phó chủ tịch Lê Hùng Dũng, Phạm Ngọc Viễn, Nguyễn Lân Trung và ông Nguyễn Nam Hùng, Giám đốc điều "
        "hành CLB TPK Tiền Giang."
    )
    assert found["Nguyễn Trọng Hỷ"] == (["Chủ tịch"], ["elected"])
    assert [found[n][0] for n in ("Lê Hùng Dũng", "Phạm Ngọc Viễn", "Nguyễn Lân Trung")] == [["Phó chủ tịch"]] * 3
    assert found["Nguyễn Nam Hùng"] == ([], ["elected"])  # a member with no post: the plural list ended


def test_a_counted_post_then_la_after_the_first_choice() -> None:
    found = posts_of(
        "Ban Chấp hành khóa mới đã bầu đồng chí Nguyễn Văn An làm Chủ tịch và 2 Phó Chủ tịch là các đồng chí "
        "Trần Thị Bình, Lê Văn Cường."
    )
    assert found == {
        "Nguyễn Văn An": (["Chủ tịch"], ["elected"]),
        "Trần Thị Bình": (["Phó Chủ tịch"], ["elected"]),
        "Lê Văn Cường": (["Phó Chủ tịch"], ["elected"]),
    }


def test_a_title_before_a_name_outside_a_member_list_is_the_post_held() -> None:
    found = posts_of(
        "Đại hội đã bầu Thứ trưởng Công thương, Phó Chủ tịch Hội khóa III Đỗ Thắng Hải làm Chủ tịch Hội nhiệm kỳ "
        "2019-2024."
    )
    assert found == {"Đỗ Thắng Hải": (["Chủ tịch"], ["elected"])}


def test_a_counted_post_and_a_colon_open_its_holders() -> None:
    found = posts_of("Đại hội cũng đã bầu 3 Phó Chủ tịch: ông Trần Văn Bình, bà Lê Thị Cúc và ông Phạm Văn Dũng.")
    assert {name: posts for name, (posts, _) in found.items()} == {
        "Trần Văn Bình": ["Phó Chủ tịch"],
        "Lê Thị Cúc": ["Phó Chủ tịch"],
        "Phạm Văn Dũng": ["Phó Chủ tịch"],
    }


def test_the_posts_named_in_the_sentence_after_the_vote() -> None:
    # as the Peasants' Union's congress reports write it: the vote, then "4 Phó Chủ tịch là ..."
    found = posts_of(
        "Hội nghị lần thứ nhất Ban Chấp hành khóa VIII đã bầu ông Lương Quốc Đoàn tiếp tục giữ chức Chủ tịch Hội. "
        "4 Phó Chủ tịch là các ông, bà: Phạm Tiến Nam, Đinh Khắc Đính, Bùi Thị Thơm và Nguyễn Xuân Định."
    )
    assert found["Lương Quốc Đoàn"] == (["Chủ tịch"], ["re-elected"])
    assert {found[n][0][0] for n in ("Phạm Tiến Nam", "Đinh Khắc Đính", "Bùi Thị Thơm", "Nguyễn Xuân Định")} == {
        "Phó Chủ tịch"
    }


def test_a_post_holder_named_with_no_vote_before_is_no_election() -> None:
    assert posts_of("Hội có 120 hội viên. Chủ tịch Hội là ông Nguyễn Văn An, nguyên Giám đốc Sở Ngoại vụ.") == {}


def test_re_elected_to_the_post_written_beside_the_name() -> None:
    found = posts_of("Ông Nguyễn Văn An, Chủ tịch Hội khóa II, tái đắc cử.")
    assert found == {"Nguyễn Văn An": (["Chủ tịch"], ["re-elected"])}


def test_voted_into_a_committee_and_the_post_taken_in_it() -> None:
    # cuuchienbinh.vn / congdoan: "được bầu bổ sung vào BCH và làm Chủ tịch"
    found = posts_of(
        "Đến tháng 9/1999 đ/c Lê Hồng Phương – Ủy viên Thường vụ Tỉnh ủy – được bầu bổ sung vào BCH và làm Chủ "
        "tịch LĐLĐ tỉnh."
    )
    assert found == {"Lê Hồng Phương": (["Chủ tịch"], ["elected"])}
    found = posts_of(
        "Hội nghị đã bầu bổ sung ông Nguyễn Văn Hải, Giám đốc Sở Ngoại vụ vào Ban Chấp hành và giữ chức Phó Chủ "
        "tịch Liên hiệp các tổ chức hữu nghị tỉnh."
    )
    assert found == {"Nguyễn Văn Hải": (["Phó Chủ tịch"], ["elected"])}


def test_a_dashed_apposition_before_a_shared_post_is_the_post_held() -> None:
    found = posts_of(
        "Đại hội đã bầu ông Nguyễn Văn An làm Chủ tịch, ông Trần Văn Bình - Giám đốc Sở Ngoại vụ, ông Lê Văn Cường "
        "- Trưởng phòng Hợp tác quốc tế làm Phó Chủ tịch."
    )
    assert found["Trần Văn Bình"] == (["Phó Chủ tịch"], ["elected"])


def test_who_held_the_post_before_is_not_voted_in() -> None:
    assert (
        posts_of("Đại hội đã bầu Ban Chấp hành gồm 25 đồng chí. Chủ tịch Hội nhiệm kỳ trước là ông Nguyễn Văn An.")
        == {}
    )


def test_elected_to_the_post_the_vote_before_was_for() -> None:
    # baodongthap.com.vn: the candidate introduced "để bầu giữ chức ...", then "trúng cử"
    found = posts_of(
        "Chủ tịch UBND tỉnh trân trọng giới thiệu ông Nguyễn Văn Thể - Bí thư Huyện ủy Tân Hồng ứng cử để bầu giữ "
        "chức Phó Chủ tịch UBND tỉnh nhiệm kỳ 2011-2016. Sau phần giới thiệu, kỳ họp đã tổ chức thảo luận. Kết quả "
        "bầu cử với 57 phiếu hợp lệ, ông Nguyễn Văn Thể trúng cử với tỷ lệ 88,88% phiếu bầu."
    )
    assert found == {"Nguyễn Văn Thể": (["Phó Chủ tịch"], ["elected"])}


def test_people_counted_then_the_post_they_take_are_listed_after_gom() -> None:
    # congnghevadoisong.vn: the Youth Federation's vice-chairs, each with the post held before after the name
    found = elections(
        "Hội nghị cũng hiệp thương chọn cử 3 nhân sự giữ chức danh Phó Chủ tịch Hội LHTN Việt Nam khóa VIII "
        "gồm: Ông Nguyễn Huy Dũng, Thứ trưởng Bộ TT&TT; bà Trịnh Mai Phương, Ủy viên Ban Thường vụ, Quyền "
        "trưởng Ban Quốc tế Trung ương Đoàn."
    )
    assert [(f["person"], f["position"]) for f in found] == [
        (["Nguyễn Huy Dũng"], ["Phó Chủ tịch"]),
        (["Trịnh Mai Phương"], ["Phó Chủ tịch"]),
    ]


def test_kept_in_the_post_by_a_passive_vote() -> None:
    # vufo.org.vn: "được tiếp tục bầu" is the passive, and a re-election
    found = elections(
        "Đồng chí Vũ Trọng Kim, Chủ tịch Hội hữu nghị Việt Nam - Lào khóa III, được tiếp tục bầu Chủ tịch Hội "
        "hữu nghị Việt Nam - Lào khóa IV (nhiệm kỳ 2014 -2019) tại Đại hội đại biểu toàn quốc."
    )
    assert [(f["person"], f["position"], f["status"]) for f in found] == [
        (["Vũ Trọng Kim"], ["Chủ tịch"], ["re-elected"])
    ]


def test_a_counted_post_and_its_body_then_nhu_open_its_holders() -> None:
    # the shape facts14 left over on its corpus: "bầu ra các phó chủ tịch … như ông A, B"
    found = elections("Hội nghị lần thứ nhất đã bầu ra các phó chủ tịch Hội như ông Nguyễn Văn Hùng, Trần Minh Tâm.")
    assert [(f["person"], f["position"]) for f in found] == [
        (["Nguyễn Văn Hùng"], ["phó chủ tịch"]),
        (["Trần Minh Tâm"], ["phó chủ tịch"]),
    ]


# -- facts18: constructions from the wider corpus


def test_re_elected_then_a_comma_and_the_post_taken() -> None:
    # doanhnhanvn.vn: "tái đắc cử, giữ chức ...": the post after the comma, not the one beside the name
    found = elections(
        "Theo đó, ông Thào Xuân Sùng, Ủy viên Trung ương Đảng, Chủ tịch BCH Trung ương Hội Nông dân Việt Nam khóa "
        "6, tái đắc cử, giữ chức Chủ tịch BCH Trung ương Hội Nông dân Việt Nam khóa 7 (nhiệm kỳ 2018-2023)."
    )
    assert [(f["person"], f["position"], f["status"]) for f in found] == [
        (["Thào Xuân Sùng"], ["Chủ tịch"], ["re-elected"])
    ]


@pytest.mark.parametrize("between", [" ", "\n"])
def test_an_office_counted_before_a_colon_is_each_listed_persons(between: str) -> None:
    # baomoi.com / baodongthap.vn: the posts after the dashes are what the new vice-presidents hold now
    text = (
        "Hội nghị đã nhất trí bầu 4 Phó Chủ tịch Hội LHPN Việt Nam khóa XIII:"
        f"{between}Bà Tôn Ngọc Hạnh - Ủy viên Ban Thường vụ Tỉnh ủy;"
        f"{between}Bà Nguyễn Thị Tuyết - Phó Chủ tịch Hội LHPN Việt Nam khóa XII."
    )
    found = elections(*text.split("\n"))
    assert sorted((f["person"][0], f["position"][0]) for f in found) == [
        ("Nguyễn Thị Tuyết", "Phó Chủ tịch"),
        ("Tôn Ngọc Hạnh", "Phó Chủ tịch"),
    ]


def test_the_seats_of_a_committee_counted_leave_each_member_the_post_beside_the_name() -> None:
    found = elections(
        "Đại hội đã bầu 3 ủy viên Ban Thường vụ Hội: ông Nguyễn Văn Hùng - Chủ tịch Hội; bà Trần Thị Tâm - "
        "Phó Chủ tịch Hội."
    )
    assert ("Nguyễn Văn Hùng", "Chủ tịch") in {(f["person"][0], f["position"][0]) for f in found if "person" in f}


def test_people_listed_with_their_posts_between_semicolons_each_take_the_counted_office() -> None:
    # the shape of the facts15 corpus lists (Hội LHTN): "gồm: Ông A, <post now>; bà B, <post now>"
    found = elections(
        "Hội nghị đã bầu 3 Phó Chủ tịch Hội gồm: ông Nguyễn Văn Hùng, Giám đốc Sở Ngoại vụ; bà Trần Thị Tâm, Phó "
        "Chủ tịch UBND huyện."
    )
    assert sorted((f["person"][0], f["position"][0]) for f in found) == [
        ("Nguyễn Văn Hùng", "Phó Chủ tịch"),
        ("Trần Thị Tâm", "Phó Chủ tịch"),
    ]


def test_a_record_line_name_dash_vote_elects_the_name() -> None:
    # a trade-union history page (facts14 corpus): "đ/c X – bầu giữ chức vụ <post>" after another election
    found = elections(
        "Đến tháng 9/1999 đ/c Lê Hồng Phương – Ủy viên Thường vụ Tỉnh ủy – được bầu bổ sung vào BCH và làm Chủ "
        "tịch LĐLĐ tỉnh; đ/c Huỳnh Tấn Kiệt – bầu giữ chức vụ Phó Chủ tịch."
    )
    assert ("Huỳnh Tấn Kiệt", "Phó Chủ tịch") in {(f["person"][0], f["position"][0]) for f in found}


def test_an_active_vote_after_a_dash_with_its_object_is_read_as_before() -> None:
    found = elections("Hội nghị lần thứ nhất – bầu ông Trần Văn Bình giữ chức Chủ tịch Hội.")
    assert [(f["person"], f["position"]) for f in found] == [(["Trần Văn Bình"], ["Chủ tịch"])]


def test_a_title_case_committee_opens_a_result_list_whose_unknown_post_does_not_close_it() -> None:
    # ydan.org: an overseas community's roll, written in title case, a form of address before each name; a post the
    # gazetteer lacks ("Điều Hợp Viên") between two it knows
    found = elections(
        "Tân Ban Chấp Hành bao gồm các thành viên:",
        "- Chủ Tịch: Ông Nguyễn Văn Bon",
        "- Phó Chủ Tịch Nội Vụ: Cô Vũ Phương Uyên",
        "- Điều Hợp Viên: Ông Lê Văn Sáu",
        "- Thủ Quỹ: Cô Kim Sunhi",
    )
    got = {f["person"][0]: f["position"] for f in found}
    assert got == {
        "Nguyễn Văn Bon": ["Chủ Tịch"],
        "Vũ Phương Uyên": ["Phó Chủ Tịch Nội Vụ"],
        "Kim Sunhi": ["Thủ Quỹ"],
    }


def test_an_announced_vote_result_opens_a_list_written_name_first() -> None:
    # nhanquyen.co: "kết quả bầu cử ... như sau:", then bullets "Ông A – Chủ tịch"
    found = elections(
        "Theo kết quả bầu cử vào lúc 20 giờ ngày 18-09-2022, Hội đồng Cố vấn và Giám sát nhiệm kỳ 2022-2025 được "
        "ghi nhận như sau:",
        "• Ông Nguyễn Việt Long – Chủ tịch",
        "• Ông Trần Khánh Dư – Phó Chủ tịch",
    )
    assert {f["person"][0]: f["position"] for f in found} == {
        "Nguyễn Việt Long": ["Chủ tịch"],
        "Trần Khánh Dư": ["Phó Chủ tịch"],
    }


def test_a_numbered_result_list_elects_each_line() -> None:
    found = elections(
        "Đại hội đã bầu Ban Chấp hành mới gồm có:",
        "1) Chủ tịch: Bà Lê Thị Bích Thủy",
        "2) Phó Chủ tịch: Ông Nguyễn Đức Vĩnh",
    )
    assert {f["person"][0] for f in found} == {"Lê Thị Bích Thủy", "Nguyễn Đức Vĩnh"}


def test_a_result_list_of_candidates_elects_nobody() -> None:
    # (a list of candidates is no result, however its lines are written)
    assert (
        elections(
            "Ban Bầu cử công bố danh sách ứng cử viên như sau:",
            "1) Chủ tịch: Ông Nguyễn Văn Bon",
            "2) Phó Chủ tịch: Ông Trần Đại Quốc",
        )
        == []
    )


def test_a_post_written_in_title_case_after_an_official_vote() -> None:
    # quangdabaccali.blogspot.com: "được bầu chính thức là Hội Trưởng", the post in title case
    found = elections(
        "Cuối cùng cuộc bỏ phiếu kín được diễn ra và kết quả anh Lê Văn Đức được bầu chính thức là Hội Trưởng với số "
        "phiếu cao nhất."
    )
    assert [(f["person"], f["position"]) for f in found] == [(["Lê Văn Đức"], ["Hội Trưởng"])]

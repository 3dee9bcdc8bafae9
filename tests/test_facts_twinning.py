"""Twinning and agreement facts: pairs twinned across the border, memoranda and agreements signed."""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings

import dnnd
from dnnd import Article, Figure, Paragraph
from dnnd.facts import role_values
from dnnd.facts.twinning import TwinningExtractor, dnnd_extractors
from dnnd.model import Fact, Place
from dnnd.plugin import ExtractionContext
from dnnd.registry import default_registry
from dnnd.testing.plugins import assert_facts_sound, context_before
from dnnd.testing.strategies import articles


def read(*blocks: str | Any, title: str = "Tin đối ngoại nhân dân") -> Article:
    """The article made of ``blocks`` (strings are paragraphs), with every extractor run over it."""
    return dnnd.extract(Article(title=title, blocks=[Paragraph(b) if isinstance(b, str) else b for b in blocks]))


def twinnings(article: Article) -> list[Fact]:
    return [f for f in article.facts if f.kind == "twinning"]


def roles(fact: Fact, article: Article) -> dict[str, list[str]]:
    names = dict.fromkeys(r.role for r in fact.roles)
    return {name: sorted(role_values(fact, article.entities, name)) for name in names}


def only(article: Article) -> dict[str, list[str]]:
    found = twinnings(article)
    assert len(found) == 1, [roles(f, article) for f in found]
    assert found[0].code == "057"
    return roles(found[0], article)


# -- counts of twinned pairs


def test_one_fact_per_count_of_pairs() -> None:
    article = read(
        "Tính đến nay, đã kết nghĩa được 6 cặp thôn - bản, 10 cặp đồn - trạm và 7 cặp huyện, thành phố, thị xã của "
        "2 tỉnh Lào Cai (Việt Nam) và Vân Nam (Trung Quốc) ký kết thỏa thuận thiết lập quan hệ hữu nghị."
    )
    found = sorted((roles(f, article) for f in twinnings(article)), key=lambda r: r["unit"])
    assert found == [
        {"count": ["7 cặp huyện"], "unit": ["huyện, thành phố, thị xã"], "side": ["Lào Cai", "Vân Nam"]},
        {"count": ["6 cặp thôn - bản"], "unit": ["thôn - bản"], "side": ["Lào Cai", "Vân Nam"]},
        {"count": ["10 cặp đồn - trạm"], "unit": ["đồn - trạm"], "side": ["Lào Cai", "Vân Nam"]},
    ]


def test_a_count_with_its_year_and_the_other_side_after_voi() -> None:
    article = read("Năm 2024, tỉnh Hà Giang đã kết nghĩa được 15 cặp thôn, bản với tỉnh Vân Nam (Trung Quốc).")
    assert only(article) == {
        "count": ["15 cặp thôn"],
        "unit": ["thôn, bản"],
        "side": ["Hà Giang", "Vân Nam"],
        "period": ["Năm 2024"],
    }


def test_a_foreign_province_is_a_side() -> None:
    # the gazetteer knows the provinces of Laos (data/places_laos.tsv): the side is the place, as "Lai Châu"
    article = read(
        "Đến nay, toàn tỉnh có 32 cặp thôn, bản kết nghĩa giữa các xã biên giới của tỉnh Lai Châu và tỉnh "
        "Phông Sa Lỳ (Lào)."
    )
    assert only(article)["side"] == ["Lai Châu", "Phông Sa Lỳ"]


def test_a_count_retold_is_one_fact() -> None:
    article = read(
        "Hiện nay, trên toàn tuyến biên giới có 10 cặp đồn - trạm kết nghĩa.",
        "Các đơn vị đã kết nghĩa được 10 cặp đồn - trạm với lực lượng chức năng phía Trung Quốc.",
    )
    fact = twinnings(article)[0]
    assert len(twinnings(article)) == 1 and len(fact.spans) == 2


def test_pairs_counted_without_a_twinning_word_are_not_twinnings() -> None:
    article = read("Tổng kết năm 2025, Liên hiệp đã vận động 6 cặp vợ chồng người nước ngoài tham gia chương trình.")
    assert twinnings(article) == []


# -- twinnings between named parties


def test_a_commune_and_a_village_sign_a_twinning() -> None:
    article = read("Ngày 12/3, xã Y Tý (huyện Bát Xát, Việt Nam) và bản Mò Phìa (Lào) ký kết kết nghĩa.")
    # The places in parentheses qualify the parties; they are not parties themselves.
    assert only(article) == {"side": ["bản Mò Phìa", "xã Y Tý"], "date": ["Ngày 12/3"]}


def test_a_twinning_ceremony_between_two_communes() -> None:
    article = read("Lễ kết nghĩa giữa xã Mường Khương và xã Mường Đun được tổ chức trang trọng sáng 20/5.")
    assert only(article) == {"side": ["xã Mường Khương", "xã Mường Đun"], "date": ["sáng 20/5"]}


def test_border_posts_the_extractors_do_not_know_are_kept_verbatim() -> None:
    article = read("Đồn Biên phòng A Mú Sung kết nghĩa với Trạm kiểm soát biên giới Bá Sái (Trung Quốc).")
    assert only(article) == {"side": ["Trạm kiểm soát biên giới Bá Sái", "Đồn Biên phòng A Mú Sung"]}


def test_two_provinces_establish_friendly_relations() -> None:
    article = read("Tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) thiết lập quan hệ hữu nghị từ năm 1976.")
    assert only(article) == {"side": ["Nghệ An", "Xiêng Khoảng"], "period": ["năm 1976"]}


# -- agreements


def test_a_memorandum_signed_by_two_local_governments() -> None:
    article = read(
        "Sáng 5/4, tại thành phố Hà Khẩu, UBND huyện Bát Xát và chính quyền huyện Kim Bình (Vân Nam, Trung Quốc) "
        "đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030."
    )
    # Hà Khẩu is where it was signed, not a party.
    assert only(article) == {
        "side": ["UBND huyện Bát Xát", "chính quyền huyện Kim Bình"],
        "agreement": ["Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030"],
        "date": ["Sáng 5/4"],
        "period": ["giai đoạn 2025 - 2030"],
    }


def test_an_agreement_between_two_friendship_associations() -> None:
    article = read(
        "Hai bên đã ký kết Thỏa thuận hợp tác giữa Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên và Hội Hữu nghị "
        "Lào - Việt Nam tỉnh Phông Sa Lỳ."
    )
    assert only(article) == {
        "side": ["Hội Hữu nghị Lào - Việt Nam tỉnh Phông Sa Lỳ", "Hội Hữu nghị Việt Nam - Lào tỉnh Điện Biên"],
        "agreement": ["Thỏa thuận hợp tác"],
    }


def test_the_sides_listed_after_a_plural_and_its_colon() -> None:
    # vhnthcm.edu.vn (tune page): "giữa hai đơn vị: A và B", the colon opens the list of sides
    article = read(
        "Ngày 27/7/2023, tại Nhà hát VOH Music One, đã diễn ra lễ ký kết Biên bản Thỏa thuận giữa hai đơn vị: Đại "
        "học Jeonnam (Hàn Quốc) và Trường Cao đẳng Văn hóa Nghệ thuật Thành phố Hồ Chí Minh (Việt Nam)."
    )
    assert only(article)["side"] == ["Trường Cao đẳng Văn hóa Nghệ thuật Thành phố Hồ Chí Minh", "Đại học Jeonnam"]


def test_hai_ben_with_nobody_named_keeps_the_document() -> None:
    article = read("Hai bên đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030.")
    assert only(article) == {
        "agreement": ["Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030"],
        "period": ["giai đoạn 2025 - 2030"],
    }


def test_hai_ben_named_in_the_sentence_before() -> None:
    article = read(
        "Chiều 8/5, UBND thành phố Lào Cai tiếp và làm việc với chính quyền nhân dân thành phố Hà Khẩu. Sau hội "
        "đàm, hai bên đã ký Biên bản hội đàm."
    )
    assert only(article)["side"] == ["UBND thành phố Lào Cai", "chính quyền nhân dân thành phố Hà Khẩu"]


def test_a_memorandum_with_a_foreign_organization() -> None:
    article = read(
        "Sáng 7/11, tại Hà Nội, Liên hiệp các tổ chức hữu nghị Việt Nam và Tổ chức Hợp tác quốc tế Nhật Bản (JICA) "
        "ký kết Biên bản ghi nhớ về hợp tác phát triển nguồn nhân lực."
    )
    assert only(article) == {
        "side": ["Liên hiệp các tổ chức hữu nghị Việt Nam", "Tổ chức Hợp tác quốc tế Nhật Bản"],
        "agreement": ["Biên bản ghi nhớ về hợp tác phát triển nguồn nhân lực"],
        "date": ["Sáng 7/11"],
    }


def test_an_agreement_told_in_the_passive() -> None:
    article = read(
        "Thỏa thuận hợp tác giữa Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn và Hội Hữu nghị nhân dân Quảng Tây "
        "đã được ký kết ngày 10/4."
    )
    assert only(article) == {
        "side": ["Hội Hữu nghị nhân dân Quảng Tây", "Liên hiệp các tổ chức hữu nghị tỉnh Lạng Sơn"],
        "agreement": ["Thỏa thuận hợp tác"],
        "date": ["ngày 10/4"],
    }


def test_a_joint_statement_issued() -> None:
    article = read(
        "Ngày 25/12/2024, hai nước Việt Nam và Trung Quốc đã ra Tuyên bố chung về việc tiếp tục làm sâu sắc hơn "
        "quan hệ Đối tác hợp tác chiến lược toàn diện."
    )
    found = only(article)
    assert found["side"] == ["Trung Quốc", "Việt Nam"]
    assert found["agreement"][0].startswith("Tuyên bố chung về việc")


def test_an_agreement_retold_is_one_fact() -> None:
    article = read(
        "Sáng 5/4, UBND tỉnh Lào Cai và chính quyền nhân dân tỉnh Vân Nam đã ký kết Biên bản ghi nhớ hợp tác "
        "giai đoạn 2025 - 2030.",
        "Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030 được ký kết là dấu mốc quan trọng.",
    )
    fact = twinnings(article)[0]
    assert len(twinnings(article)) == 1 and len(fact.spans) == 2


# -- not a signing


@pytest.mark.parametrize(
    "text",
    [
        # Something to publicise or carry out, not signed here.
        "Liên hiệp phối hợp tổ chức tuyên truyền về tuyên bố chung Việt Nam - Trung Quốc và các văn kiện ký kết "
        "giữa hai nước.",
        "Thực hiện các thỏa thuận đã ký kết, hai bên tiếp tục phối hợp tổ chức giao lưu.",
        "Công tác ký kết biên bản đưa lao động đi làm việc ở nước ngoài được chú trọng.",
        # Plans and wishes.
        "Hai bên thống nhất sẽ ký kết thỏa thuận hợp tác trong thời gian tới.",
        "Đoàn đề nghị sớm ký kết Biên bản ghi nhớ giữa tỉnh Sơn La và tỉnh Hủa Phăn.",
        "Thời gian tới, tỉnh sẽ tiếp tục mở rộng mô hình thôn - bản kết nghĩa.",
        "Liên hiệp cũng thúc đẩy việc ký kết các thỏa thuận hợp tác giữa các địa phương.",
        # An agreement carried out, a twinning as a document's topic, witnesses of a ceremony.
        "Hai bên nghiêm túc thực hiện hiệp định về Quy chế quản lý biên giới giữa Chính phủ Việt Nam và Chính phủ Lào.",
        "Hoạt động nhằm thực hiện Bản ghi nhớ giữa Bộ đội Biên phòng tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh Xiêng "
        "Khoảng (Lào) về kết nghĩa giữa các đơn vị biên phòng hai bên.",
        "Đoàn đại biểu lãnh đạo tỉnh Quảng Bình và tỉnh Khammouane tham dự Lễ ký kết nghĩa cụm dân cư hai bên biên "
        "giới.",
        # A plural side without a name is nobody in particular.
        "Việc ký kết nghĩa giữa các Đồn Biên phòng và Đại đội Biên phòng 534 góp phần tăng cường hữu nghị.",
        # The anniversary of a signing (of relations between provinces, a twinning, see below).
        "Hai nước kỷ niệm 45 năm ngày ký Hiệp ước hữu nghị và hợp tác Việt Nam - Lào.",
        # Diplomatic relations between states are not a twinning.
        "Việt Nam và Cu Ba thiết lập quan hệ ngoại giao ngày 2/12/1960.",
        # No party named.
        "Hội chủ động thiết lập quan hệ hữu nghị với các đơn vị, địa phương đối đẳng của phía bạn.",
        "Các cặp kết nghĩa duy trì giao lưu thường xuyên.",
        # Registering and secretaries sign nothing.
        "Đồng chí Lê Văn An, thư ký Hội, cho biết đã có 300 hội viên đăng ký tham gia.",
    ],
)
def test_not_a_twinning(text: str) -> None:
    article = read(text)
    assert twinnings(article) == [], [roles(f, article) for f in twinnings(article)]


def test_a_caption_reports_a_signing_the_body_does_not() -> None:
    article = read(
        "Đoàn công tác tỉnh Lào Cai thăm tỉnh Vân Nam.",
        Figure(caption="Hai bên ký kết Biên bản ghi nhớ hợp tác giữa tỉnh Lào Cai và tỉnh Vân Nam."),
    )
    [found] = twinnings(article)
    assert {"Lào Cai", "Vân Nam"} <= {s.removeprefix("tỉnh ") for s in roles(found, article)["side"]}


# -- the extractor itself


def test_the_extractor_is_built_in() -> None:
    [own] = dnnd_extractors()
    assert isinstance(own, TwinningExtractor)
    found = {e.name: e for e in default_registry().extractors()}
    assert type(found["twinning"]) is TwinningExtractor
    assert found["twinning"].order == 850


def test_the_class_reads_an_extraction_context() -> None:
    article = read("Tỉnh Nghệ An và tỉnh Xiêng Khoảng (Lào) thiết lập quan hệ hữu nghị từ năm 1976.")
    facts = TwinningExtractor().extract(ExtractionContext(article, article.mentions, article.entities)).facts
    assert [f.kind for f in facts] == ["twinning"]
    assert TwinningExtractor().extract(ExtractionContext(Article(title="Trống"))).facts == ()


@settings(max_examples=80, deadline=None)
@given(articles())
def test_never_raises_and_every_role_points_at_an_entity(article: Article) -> None:
    context = context_before(article, TwinningExtractor.order)
    facts = TwinningExtractor().extract(context).facts
    assert all(fact.kind == "twinning" and fact.code == "057" for fact in facts)
    assert_facts_sound(facts, context)


# -- sides: foreign hamlets, addresses, sides in a name, agreements referred to


@pytest.mark.parametrize(
    ("sentence", "sides"),
    [
        pytest.param(
            "Sáng 12/5, đã diễn ra Lễ kết nghĩa giữa ấp Vĩnh Hòa, xã Vĩnh Xương, thị xã Tân Châu, tỉnh An Giang với "
            "phum Xom, xã Cốc Rô Ca, huyện Lơ Ve Em, tỉnh Kandal, Campuchia.",
            ["phum Xom", "ấp Vĩnh Hòa"],
            id="hamlets-with-their-addresses",
        ),
        pytest.param(
            "Ấp Vĩnh Hòa, xã Vĩnh Xương đã kết nghĩa với phum Xom, xã Cốc Rô Ca, tỉnh Kandal (Campuchia).",
            ["phum Xom", "Ấp Vĩnh Hòa"],
            id="subject-with-its-address",
        ),
        pytest.param(
            "Xã Y Tý ký kết thỏa thuận kết nghĩa với thôn Mã Ngán (Trung Quốc).",
            ["Xã Y Tý", "thôn Mã Ngán"],
            id="foreign-hamlet-after-the-document",
        ),
        pytest.param(
            "Thôn Pò Hèn, xã Hải Sơn (Việt Nam) và thôn Đông Trung (Trung Quốc) đã ký kết kết nghĩa.",
            ["Thôn Pò Hèn", "thôn Đông Trung"],
            id="an-address-after-a-comma-then-the-second-side-after-va",
        ),
        pytest.param(
            "Ngày 28/10, các Đồn Biên phòng Ga Ry, Tr'Hy, A Nông (Bộ đội Biên phòng thành phố Đà Nẵng) tổ chức lễ "
            "kết nghĩa với Đại đội Biên phòng 534 (Bộ Chỉ huy quân sự tỉnh Sê Kông, nước CHDCND Lào).",
            ["Đồn Biên phòng Ga Ry", "Đồn Biên phòng Tr'Hy", "Đồn Biên phòng A Nông", "Đại đội Biên phòng 534"],
            id="names-sharing-their-head-and-a-long-bracket-qualifying-the-last",
        ),
        pytest.param(
            "Ngày 21/10, tỉnh Gyeonggi của Hàn Quốc và thành phố Hà Nội đã chính thức ký kết Bản Ghi nhớ Hợp tác "
            "Hữu nghị (MOU), đánh dấu mối quan hệ hợp tác thứ ba giữa tỉnh Gyeonggi và các địa phương của Việt Nam.",
            ["Gyeonggi", "Hà Nội"],
            id="a-document-in-title-case-its-country-after-cua-and-a-detached-giua-later",
        ),
        pytest.param(
            "Ngày 12/12, lãnh đạo hai tỉnh đã chứng kiến Lễ ký kết nghĩa cụm dân cư hai bên biên giới giữa xã "
            "Thượng Trạch, huyện Bố Trạch với cụm bản Noỏng Mạ, huyện Bualapha.",
            ["xã Thượng Trạch", "cụm bản Noỏng Mạ"],
            id="ky-ket-nghia-with-what-is-twinned-before-giua",
        ),
        pytest.param(
            "Hai bên đã ký kết biên bản kết nghĩa ấp Vĩnh Hòa - phum Xom.",
            ["phum Xom", "ấp Vĩnh Hòa"],
            id="sides-in-the-document-name",
        ),
        pytest.param(
            "Ngày 12/5, UBND thị xã Tân Châu tổ chức lễ kết nghĩa ấp Vĩnh Hòa - phum Xom.",
            ["phum Xom", "ấp Vĩnh Hòa"],
            id="sides-named-after-the-verb-not-the-organiser",
        ),
    ],
)
def test_both_sides_of_a_twinning(sentence: str, sides: list[str]) -> None:
    assert only(read(sentence))["side"] == sorted(sides)


def test_an_agreement_named_with_its_parties_is_a_fact_though_the_clause_plans() -> None:
    article = read(
        "Năm 2026, Liên hiệp tiếp tục triển khai thực hiện các nội dung đã thống nhất trong Biên bản Hội nghị "
        "thường niên giữa Bí thư Tỉnh ủy các tỉnh Lào Cai, Hà Giang (Việt Nam) và tỉnh Vân Nam (Trung Quốc)."
    )
    assert only(article)["side"] == sorted(["Lào Cai", "Hà Giang", "Vân Nam"])


def test_one_side_alone_is_a_description_not_a_twinning() -> None:
    assert twinnings(read("Dự buổi lễ có đại diện các chi hội cơ sở kết nghĩa với Triều Tiên.")) == []


def test_what_follows_the_last_side_qualifies_it() -> None:
    article = read(
        "Ngày 20/8, đã diễn ra Lễ ký kết nghĩa giữa Đồn Biên phòng Nậm Càn và Đại đội Biên phòng 224, Bộ Chỉ huy "
        "Quân sự tỉnh Xiêng Khoảng, CHDCND Lào."
    )
    assert only(article)["side"] == ["Đại đội Biên phòng 224", "Đồn Biên phòng Nậm Càn"]


def test_an_agreement_retold_with_more_words_after_its_name_is_one_fact() -> None:
    article = read(
        "Ngày 11/4/2024, Ban Chỉ huy Quân sự huyện Bến Lức và Chi khu Quân sự Mê Sang ký kết biên bản hợp tác "
        "năm 2024.",
        "Đại diện hai đơn vị đã thống nhất ký kết biên bản hợp tác năm 2024 trên tinh thần tự nguyện, bình đẳng.",
    )
    found = only(article)
    assert found["agreement"] == ["biên bản hợp tác năm 2024"]


# -- record lists of twinned pairs


def test_a_record_list_gives_one_twinning_per_pair_with_its_date() -> None:
    article = read(
        "Bản Huồi Mới, xã Tri Lễ, huyện Quế Phong, tỉnh Nghệ An - Số hộ/khẩu: 63/403 - Dân tộc: Mông",
        "Bản Đen Đín, huyện Sầm Tớ, tỉnh Hủa Phăn - Số hộ/khẩu: 21/141 - Dân tộc: Mông",
        "* Thời gian kết nghĩa: 08/4/2014",
        "Thôn Pò Hèn, xã Hải Sơn, tỉnh Quảng Ninh – Số hộ: 120",
        "Thôn Tân Lập, trấn Đông Hưng, tỉnh Quảng Tây",
        "Ngày kết nghĩa: 12/9/2019",
    )
    found = sorted((roles(f, article) for f in twinnings(article)), key=lambda r: r["side"])
    assert [f["side"] for f in found] == [["Bản Huồi Mới", "Bản Đen Đín"], ["Thôn Pò Hèn", "Thôn Tân Lập"]]
    assert all(len(f["date"]) == 1 for f in found)


def test_a_label_line_without_two_sides_above_it_is_no_twinning() -> None:
    article = read(
        "Hai địa phương có nhiều hoạt động giao lưu văn hóa, thể thao trong năm qua.",
        "Thời gian kết nghĩa: 08/4/2014",
    )
    assert twinnings(article) == []


def test_a_foreign_unit_no_gazetteer_knows_is_a_place_of_the_country_in_brackets() -> None:
    article = read("Xã Y Tý kết nghĩa với hương Bát Bộ (Trung Quốc).")
    (fact,) = twinnings(article)
    by_id = {e.id: e for e in article.entities}
    sides = [by_id[r.entity] for r in fact.roles if r.role == "side" and r.entity]
    foreign = [s for s in sides if isinstance(s, Place) and s.country == "CN"]
    assert [(s.name, s.level) for s in foreign] == [("hương Bát Bộ", "commune")]


def test_a_southern_hamlet_after_a_date_opener_twins_with_a_lao_village() -> None:
    article = read(
        "Tiếp đó, ngày 22/12/2006 khóm Ka Túp (thị trấn Lao Bảo, huyện Hướng Hóa, tỉnh Quảng Trị) và Bản Ka Túp 2 "
        "(huyện Sê Pôn, tỉnh Savannakhet, Lào) cũng tổ chức lễ kết nghĩa."
    )
    assert only(article)["side"] == ["Bản Ka Túp 2", "khóm Ka Túp"]


def test_two_units_sign_a_regulation_of_twinning_or_coordination() -> None:
    found = only(read("Ngày 5/8, Đồn Biên phòng Nậm Càn ký kết Quy chế phối hợp với Đại đội Biên phòng 224 (Lào)."))
    assert found["side"] == ["Đại đội Biên phòng 224", "Đồn Biên phòng Nậm Càn"]
    assert found["agreement"] == ["Quy chế phối hợp"]
    assert twinnings(read("Hội Hữu nghị tỉnh đã ban hành quy chế làm việc của Ban Chấp hành nhiệm kỳ mới.")) == []
    assert twinnings(read("Hai đơn vị sẽ ký kết quy chế phối hợp vào năm tới.")) == []


def test_the_two_units_are_those_named_each_after_ve_phia_in_the_paragraph_before() -> None:
    article = read(
        "Dự buổi lễ, về phía Bộ đội Biên phòng tỉnh Nghệ An có Đại tá Nguyễn Văn An, Chính ủy; về phía Bộ Chỉ huy "
        "Quân sự tỉnh Xiêng Khoảng có Đại tá Sổm Phon, Chỉ huy trưởng. Tham dự còn có lãnh đạo UBND huyện Kỳ Sơn.",
        "Hai đơn vị đã ký kết quy chế kết nghĩa với nhiều nội dung quan trọng.",
    )
    assert only(article)["side"] == ["Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng", "Bộ đội Biên phòng tỉnh Nghệ An"]


def test_a_giua_phrase_after_a_comma_names_no_side_of_the_signing() -> None:
    article = read(
        "Việc ký kết quy chế kết nghĩa là hoạt động thiết thực, góp phần tăng cường tình đoàn kết giữa lực lượng "
        "bảo vệ biên giới Việt Nam - Lào."
    )
    assert all(not roles(f, article).get("side") for f in twinnings(article))


def test_a_unit_with_its_larger_units_after_it_is_one_side() -> None:
    found = only(read("Lễ kết nghĩa giữa thôn 11 xã Sơn Hồng và bản Xốp Tương (Lào) diễn ra sáng 5/4."))
    assert found["side"] == ["bản Xốp Tương", "thôn 11"]
    found = only(read("Lễ kết nghĩa giữa xã Sơn Hồng huyện Hương Sơn và bản Xốp Tương (Lào) diễn ra sáng 5/4."))
    assert found["side"] == ["bản Xốp Tương", "xã Sơn Hồng"]
    # two units of one level are two sides, not a unit and its address
    found = only(read("Lễ kết nghĩa giữa xã Sơn Hồng và xã Sơn Kim diễn ra sáng 5/4."))
    assert found["side"] == ["xã Sơn Hồng", "xã Sơn Kim"]


def test_a_larger_place_after_a_comma_without_its_level_word_is_an_address() -> None:
    found = only(read("Lễ kết nghĩa giữa thị trấn Lao Bảo, Hướng Hóa và bản Xốp Tương (Lào) diễn ra sáng 5/4."))
    assert found["side"] == ["bản Xốp Tương", "thị trấn Lao Bảo"]


def test_the_record_a_twinning_is_signed_with_is_that_twinning() -> None:
    article = read(
        "Ngày 12/3/2024, tại bản Nậm Xoi, huyện Sầm Tớ, tỉnh Hủa Phăn (Lào) đã diễn ra lễ kết nghĩa giữa bản Nậm Xoi"
        " với xã Na Mèo, huyện Quan Sơn, tỉnh Thanh Hóa. Tại buổi lễ, hai bên đã ký kết biên bản kết nghĩa."
    )
    told = only(article)
    assert told == {
        "side": ["bản Nậm Xoi", "xã Na Mèo"],
        "date": ["Ngày 12/3/2024"],
        "agreement": ["biên bản kết nghĩa"],
    }


def test_the_same_sides_signing_on_another_day_is_another_agreement() -> None:
    article = read(
        "Ngày 12/3/2019, lễ kết nghĩa giữa bản Nậm Xoi với xã Na Mèo đã diễn ra tại Hủa Phăn (Lào).",
        "Ngày 5/6/2024, bản Nậm Xoi và xã Na Mèo đã ký biên bản ghi nhớ hợp tác giai đoạn mới.",
    )
    assert len(twinnings(article)) == 2


def test_two_provinces_named_after_their_twinning_are_its_sides() -> None:
    article = read(
        "Chiều 10/2, lãnh đạo tỉnh Bạc Liêu đã đón tiếp đoàn cán bộ lãnh đạo tỉnh Preah Sihanouk (Campuchia).",
        "Lãnh đạo hai tỉnh kết nghĩa Bạc Liêu và Preah Sihanouk chụp ảnh lưu niệm.",
        "Chuyến thăm lần này cho thấy mối quan hệ hai tỉnh kết nghĩa ngày càng bền chặt.",
    )
    found = only(article)
    assert found["side"] == ["Bạc Liêu", "Preah Sihanouk"]


def test_two_provinces_of_a_twinning_without_their_names_are_no_twinning() -> None:
    article = read("Chuyến thăm lần này cho thấy mối quan hệ hai tỉnh kết nghĩa ngày càng bền chặt.")
    assert twinnings(article) == []


def test_a_residential_area_written_out_is_a_side() -> None:
    article = read(
        "Ngày 11/3/2014, tại TP Móng Cái đã diễn ra lễ kết nghĩa cụm dân cư biên giới giữa khu Tràng Vỹ "
        "với thôn Vạn Vĩ (Trung Quốc)."
    )
    assert only(article)["side"] == ["khu Tràng Vỹ", "thôn Vạn Vĩ"]


def test_signing_agreements_told_as_an_activity_without_a_party_or_a_date_is_no_twinning() -> None:
    article = read(
        "Bên cạnh công tác trên, Chỉ huy trưởng BĐBP hai tỉnh Tây Ninh và Long An cũng đã tích cực lãnh đạo, "
        "chỉ huy và triển khai các hoạt động hỗ trợ, giúp đỡ các lực lượng bảo vệ biên giới ở các tỉnh tiếp giáp "
        "thuộc Campuchia nhiều mặt, thúc đẩy giao lưu, ký kết quy chế phối hợp, trao đổi thông tin kịp thời."
    )
    assert twinnings(article) == []


def test_a_named_agreement_signed_without_its_parties_is_still_a_twinning() -> None:
    article = read("Tại buổi làm việc, đã ký kết Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030.")
    assert only(article)["agreement"] == ["Biên bản ghi nhớ hợp tác giai đoạn 2025 - 2030"]


def test_the_units_twinned_listed_before_giua_do_not_end_the_phrase() -> None:
    # vietnamplus.vn: "lễ kết nghĩa thôn, bản ... giữa huyện A, tỉnh X (Việt Nam) và huyện B, tỉnh Y (Lào)"
    article = read(
        "Ngày 18/9, tại cửa khẩu Đắk Tà Ọoc, huyện Nam Giang, lễ kết nghĩa thôn, bản hai bên biên giới giữa huyện "
        "Nam Giang, tỉnh Quảng Nam (Việt Nam) và huyện Đắk Chưng, tỉnh Sê Kông (Lào) đã được tổ chức."
    )
    assert only(article)["side"] == ["Nam Giang", "Đắk Chưng"]
    # a comma closing the phrase still detaches a later "giữa" from the twinning
    later = read(
        "Xã A Ngo và bản La Lay đã kết nghĩa, góp phần tăng cường tình đoàn kết giữa lực lượng hai bên biên giới."
    )
    assert all("lực lượng hai bên biên giới" not in s for f in twinnings(later) for s in roles(f, later)["side"])


def test_a_bare_ban_thoa_thuan_is_a_document_signed() -> None:
    # daklak.gov.vn: "Bản thỏa thuận hợp tác giữa tỉnh A và tỉnh B" names the agreement and its two sides
    found = only(
        read(
            "Sáng 22/12, UBND tỉnh tổ chức Lễ ký kết Bản thỏa thuận hợp tác giữa tỉnh Đắk Lắk và tỉnh "
            "Jeollabuk (Hàn Quốc)."
        )
    )
    assert found["agreement"] == ["Bản thỏa thuận hợp tác"]
    assert found["side"] == ["Jeollabuk", "Đắk Lắk"]


def test_the_subject_holding_the_signing_ceremony_ends_before_it() -> None:
    # thuonghieucongluan.com.vn: "A và B (country) tổ chức Lễ ký kết <doc>": the sides end before "tổ chức Lễ"
    found = only(
        read(
            "Chiều 26/02, UBND tỉnh Hải Dương và chính quyền TP Suwon (Hàn Quốc) tổ chức Lễ ký kết Bản ghi nhớ về "
            "hợp tác, trao đổi thông tin, kinh nghiệm."
        )
    )
    assert not any("tổ chức" in side for side in found["side"]), found["side"]
    assert len(found["side"]) == 2


def test_the_larger_unit_after_cua_is_the_sides_address() -> None:
    # tinbong247.org (from nhandan.com.vn): "bản Nà Khạng của nước bạn Lào" is one side, Laos is where it lies
    found = only(read("Ngày 8-1-2013, bản Lao Khô làm lễ kết nghĩa với bản Nà Khạng của nước bạn Lào."))
    assert found["side"] == ["bản Lao Khô", "bản Nà Khạng"]


def test_the_twinning_an_anniversary_counts_its_years_from_was_made() -> None:
    # xasonkim2.hatinh.gov.vn: "kỷ niệm 8 năm kết nghĩa giữa X với Y": the twinning was made eight years ago,
    # dated by neither the day of the celebration nor its year
    article = read(
        "Ngày 22/7, xã Sơn Kim 2 đã tổ chức gặp mặt kỷ niệm 8 năm kết nghĩa giữa xã Sơn Kim 2, huyện Hương Sơn, "
        "tỉnh Hà Tĩnh (Việt Nam) với bản Na Pê, huyện Khăm Cợt, tỉnh Bolykhămxay (Lào)."
    )
    (fact,) = twinnings(article)
    found = roles(fact, article)
    assert len(found["side"]) == 2
    assert "date" not in found
    # (the gold of the dev pages lists such twinnings, dated by the year they were made)
    article = read("Năm nay kỷ niệm 30 năm thiết lập quan hệ hữu nghị giữa tỉnh Thanh Hóa và tỉnh Hủa Phăn (Lào).")
    assert len(twinnings(article)) == 1
    # a celebration of a document's signing names no twinning: "45 năm Ngày ký Hiệp ước ..."
    article = read("Lễ kỷ niệm 45 năm Ngày ký Hiệp ước Hữu nghị và Hợp tác Việt Nam - Lào được tổ chức trọng thể.")
    assert twinnings(article) == []


def test_a_side_written_with_its_unit_word_is_the_place_named_elsewhere() -> None:
    # bvhttdl.gov.vn (tune page d961): "thành phố Szentendre" in one sentence, "Szentendre, Hungary" in another
    article = read(
        "Kỷ niệm 10 năm kết nghĩa giữa thành phố Hội An và thành phố Szentendre.",
        "Đoàn đại biểu thành phố Szentendre, Hungary sẽ có chuyến thăm và làm việc tại TP Hội An.",
    )
    (fact,) = twinnings(article)
    assert all(r.entity for r in fact.roles if r.role == "side")


def test_a_document_named_again_by_its_kind_alone_is_the_same_signing() -> None:
    # laichau.gov.vn: the memorandum told in full, then its signing by the two leaders
    art = read(
        "Ngày 27/11/2025, tại tỉnh Lai Châu (Việt Nam), UBND tỉnh Lai Châu đã ký kết Biên bản ghi nhớ về việc "
        "thiết lập quan hệ hợp tác và hữu nghị với Hội đồng thành phố Kazanlak, Cộng hòa Bungari.",
        "Phó Chủ tịch UBND tỉnh Lai Châu Hà Trọng Hải và Chủ tịch Hội đồng thành phố Kazanlak Nikolay Zlatanov "
        "Dimitrov ký kết Bản ghi nhớ ngày 27/11/2025.",
    )
    found = only(art)
    assert found["agreement"] == ["Biên bản ghi nhớ về việc thiết lập quan hệ hợp tác và hữu nghị"]


def test_two_documents_of_other_kinds_stay_apart() -> None:
    art = read(
        "Sáng 5/3, UBND tỉnh Quảng Trị và UBND tỉnh Savannakhet đã ký kết Biên bản ghi nhớ hợp tác giai đoạn "
        "2025-2030.",
        "Cũng tại buổi lễ, Sở Y tế tỉnh Quảng Trị và Sở Y tế tỉnh Savannakhet ký Thỏa thuận hợp tác.",
    )
    assert len(twinnings(art)) == 2


def test_a_giua_phrase_in_an_earlier_comma_part_names_no_side() -> None:
    # baothanhhoa.vn: the relation "giữa huyện A với huyện B" is the purpose; the twinning is the post's
    art = read(
        "Đồng thời, để củng cố quan hệ hợp tác giữa huyện Thường Xuân với huyện Sầm Tớ, năm 2016 Đồn Biên "
        "phòng Bát Mọt đã tổ chức kết nghĩa với Đại đội 216."
    )
    sides = only(art)["side"]
    assert "Đồn Biên phòng Bát Mọt" in sides
    assert "Thường Xuân" not in sides


def test_two_provinces_are_those_the_paragraph_before_names() -> None:
    # baoquangtri-style: "2 tỉnh" after a paragraph naming the two provinces
    art = read(
        "Ông Nam cho biết Huân chương Lao động hạng nhất là phần thưởng cao quý dành cho tỉnh Quảng Trị vì "
        "những đóng góp cho sự phát triển của tỉnh Champasak.",
        "Tháng 1-2023, trong khuôn khổ chuyến thăm của Thủ tướng đến Lào, 2 tỉnh đã ký biên bản ghi nhớ thiết "
        "lập mối quan hệ hợp tác hữu nghị.",
    )
    assert only(art)["side"] == ["Champasak", "Quảng Trị"]


def test_the_pair_a_headline_names_for_a_twinning_the_body_tells_without_it() -> None:
    # hatinh24h.com.vn: the sides only in the headline
    art = read(
        "Tại lễ ký kết nghĩa trưởng thôn, bản của hai bên đã quán triệt và thực hiện các chủ trương, đường lối "
        "đối ngoại của hai Đảng, hai Nhà nước.",
        title="Lễ kết nghĩa giữa bản Xốp Tương(Lào) và thôn 11 xã Sơn Hồng",
    )
    assert only(art)["side"] == ["bản Xốp Tương", "thôn 11 xã Sơn Hồng"]


def test_a_headline_without_a_twinning_lends_no_sides() -> None:
    art = read(
        "Tại lễ ký kết nghĩa trưởng thôn, bản của hai bên đã quán triệt các chủ trương.",
        title="Xã Sơn Hồng và bản Xốp Tương giao lưu văn nghệ",
    )
    assert twinnings(art) == []


def test_two_provinces_named_with_a_subject_are_no_parties_of_an_activity() -> None:
    # qdnd.vn: "hai tỉnh" qualifies the commanders; "ký kết quy chế phối hợp" is one of their activities
    art = read(
        "Ngày 30-3, Đại tướng NiekSaVuon đã trao Huân chương Hữu nghị hạng II cho hai chỉ huy trưởng vì thành "
        "tích trên đường biên giới chung thuộc địa bàn giáp danh hai tỉnh Tây Ninh và Long An.",
        "Bên cạnh công tác trên, Chỉ huy trưởng BĐBP hai tỉnh Tây Ninh và Long An cũng đã tích cực lãnh đạo, "
        "thúc đẩy giao lưu, ký kết quy chế phối hợp, trao đổi thông tin kịp thời.",
    )
    assert twinnings(art) == []


def test_the_headline_pair_is_not_added_to_the_pair_the_body_names() -> None:
    # xasonkim2 (hatinh): the body names the pair, another clause tells the twinning with "hai bên"
    art = read(
        "Ngày 22/7, xã Sơn Kim2 đã tổ chức gặp mặt kỷ niệm 8 năm kết nghĩa giữa xã Sơn Kim2, huyện Hương Sơn, "
        "Tỉnh Hà Tĩnh (Việt Nam) với Bản Na Pê, huyện Khăm cợt, Tỉnh Bolykhăm xay (Lào).",
        "Tại buổi gặp mặt, hai bên đã ký kết biên bản kết nghĩa giai đoạn mới.",
        title="Xã Sơn Kim 2 gặp mặt kỷ niệm 8 năm ký kết nghĩa giữa xã Sơn Kim 2 và Bản Na Pê",
    )
    assert len(twinnings(art)) == 1


def test_who_attends_the_ceremony_is_no_party() -> None:
    # tienphong.vn: two groups of branches twinned, the commune's leaders only attending
    art = read(
        "Đoàn trường THPT Số 2 Trần Cao Vân đã tổ chức lễ kết nghĩa giữa 23 chi đoàn thôn, làng trực thuộc đoàn xã "
        "Ia Ko với 23 chi đoàn học sinh trực thuộc đoàn trường với sự tham dự của lãnh đạo UBND xã Ia Ko."
    )
    assert twinnings(art) == []


def test_the_youth_unions_of_two_districts_twinned() -> None:
    # 24hbinhphuoc.com.vn
    art = read(
        "Ngày 1-10, tại căn cứ Bộ chỉ huy Miền Tà Thiết, Huyện đoàn Lộc Ninh và Thị đoàn Tân Uyên, tỉnh Bình Dương "
        "đã ký kết nghĩa hợp tác, giúp đỡ giữa 2 đơn vị giai đoạn 2017-2022."
    )
    assert "Thị đoàn Tân Uyên" in only(art)["side"]


def test_the_province_alone_is_the_one_its_sentence_names() -> None:
    # baoquangngai.vn: "lãnh đạo tỉnh" signs for the province the sentence names
    art = read(
        "Theo thỏa thuận ký kết giữa lãnh đạo tỉnh và tổ chức Tầm nhìn Thế giới, giai đoạn 2017 – 2022, tổ chức "
        "Tầm nhìn Thế giới sẽ hỗ trợ Quảng Ngãi thực hiện chương trình phát triển vùng tại 12 xã."
    )
    assert only(art)["side"] == ["Quảng Ngãi", "Tầm nhìn Thế giới"]


def test_a_cambodian_military_district_is_a_party() -> None:
    # la34 (Long An): the district's command and its Cambodian counterpart sign a cooperation record
    art = read(
        "Ban Chỉ huy Quân sự huyện Bến Lức và Chi khu quân sự Mê Sang ký kết biên bản hợp tác năm 2024 tại tỉnh "
        "Preyveng."
    )
    assert "Chi khu quân sự Mê Sang" in only(art)["side"]


def test_an_organization_of_both_countries_is_its_two_namesakes() -> None:
    # sggp.org.vn: "Hội LHPN hai nước" after the two unions were named
    art = read(
        "Chiều 2-7, tại TP Đà Nẵng, Hội Liên hiệp Phụ nữ (LHPN) Việt Nam tổ chức lễ kỷ niệm Năm Đoàn kết hữu nghị "
        "Việt Nam - Lào 2022 và trao tặng Huân chương Hữu nghị cho Hội Liên hiệp Phụ nữ Lào.",
        "Dịp này, Hội LHPN hai nước đã ký kết Thỏa thuận hợp tác giai đoạn 2022-2027.",
    )
    assert only(art)["side"] == ["Hội Liên hiệp Phụ nữ Lào", "Hội Liên hiệp Phụ nữ Việt Nam"]


def test_a_list_of_partners_is_one_twinning_each() -> None:
    # baophapluat.vn: the capital's sister cities, each a relation of its own with the subject
    art = read(
        "Trong một thập kỷ qua, Hà Nội đã kết nghĩa với nhiều thành phố trên thế giới, ví như Viêng Chăn (Lào), "
        "Seoul (Hàn Quốc), Fukuoka (Nhật Bản), Yerevan (Armenia),… Các thành phố kết nghĩa là quan hệ đối tác."
    )
    found = sorted(roles(f, art)["side"] for f in twinnings(art))
    assert found == [["Fukuoka", "Hà Nội"], ["Hà Nội", "Seoul"], ["Hà Nội", "Viêng Chăn"], ["Hà Nội", "Yerevan"]]


def test_a_partner_no_gazetteer_knows_is_kept_with_its_country_in_brackets() -> None:
    art = read(
        "Đến nay, tỉnh Thừa Thiên Huế đã thiết lập quan hệ với các địa phương Kyoto (Nhật Bản), Gyeongju (Hàn "
        "Quốc), Blois (Pháp)."
    )
    found = sorted(side for f in twinnings(art) for side in roles(f, art)["side"] if side != "Thừa Thiên Huế")
    assert found == ["Blois", "Gyeongju", "Kyoto"]


def test_several_parties_twinned_with_one_are_one_ceremony() -> None:
    # baodanang.vn (d306, tune): three border posts twin with one company in one ceremony: one fact
    art = read(
        "Từ ngày 28 đến 31/10, các Đồn Biên phòng Ga Ry, Tr'Hy, A Nông (Bộ đội Biên phòng thành phố Đà Nẵng) tổ "
        "chức lễ kết nghĩa với Đại đội Biên phòng 534."
    )
    assert len(only(art)["side"]) == 4


def test_a_side_named_the_other_ones_twinned_locality() -> None:
    art = read("Đoàn đại biểu tỉnh Xiêng Khoảng, tỉnh kết nghĩa của Nghệ An, đã đến thăm và làm việc.")
    assert only(art)["side"] == ["Nghệ An", "Xiêng Khoảng"]


def test_districts_twinned_one_sentence_each() -> None:
    # a Bình Thuận - Tuyên Quang history page: after the provinces' ceremony, each pair of districts
    art = read(
        "Ngày 3/4/1960, lễ kết nghĩa hai tỉnh Bình Thuận – Tuyên Quang được tổ chức. Huyện Nà Hang kết nghĩa "
        "với huyện Tánh Linh. Huyện Hàm Yên kết nghĩa với Huyện Hàm Tân."
    )
    found = sorted(roles(f, art)["side"] for f in twinnings(art))
    assert found == [["Bình Thuận", "Tuyên Quang"], ["Hàm Tân", "Hàm Yên"], ["Nà Hang", "Tánh Linh"]]


# -- facts18: constructions from the wider corpus


def test_a_subject_after_tu_khi_opening_a_clause_of_time() -> None:
    # a Thanh Hóa border report (facts15 corpus): "Từ khi" opens the clause, the sides follow it in its comma part
    art = read(
        "Từ khi hai bản Na Hin (Thanh Hóa) và bản Bó (Lào) làm lễ kết nghĩa (ngày 24/5/2014), tình hữu nghị giữa "
        "hai bản càng thêm gắn bó."
    )
    assert only(art)["side"] == ["bản Bó", "bản Na Hin"]


def test_a_day_after_tu_ngay_is_no_subject() -> None:
    art = read("Từ ngày 24/5/2014, hai bản Na Hin (Thanh Hóa) và bản Bó (Lào) đã kết nghĩa.")
    assert only(art)["side"] == ["bản Bó", "bản Na Hin"]


def test_a_giua_naming_no_party_leaves_the_sides_to_the_next() -> None:
    # baohoabinh.vn (facts14 corpus): "giữa hai địa phương" names nobody; the pair comes with the agreement
    art = read(
        "Hai bên đã trao đổi thông tin, cơ hội hợp tác giữa hai địa phương và cùng thống nhất đi đến ký kết thỏa "
        "thuận giao lưu hợp tác hữu nghị giữa tỉnh Hòa Bình và thành phố Gimje."
    )
    assert only(art)["side"] == ["Gimje", "Hòa Bình"]


def test_a_giua_right_after_the_comma_closing_the_documents_name() -> None:
    # baodantoc.vn: the pair after ", giữa" are the signing's sides, not a later predicate's
    art = read(
        "Ngày 14/5, tại trụ sở Tỉnh ủy Thanh Hóa đã diễn ra buổi Hội đàm và ký kết Thỏa thuận hợp tác năm 2025, "
        "giữa hai tỉnh Thanh Hóa (Việt Nam) và Hủa Phăn (Lào)."
    )
    assert only(art)["side"] == ["Hủa Phăn", "Thanh Hóa"]


def test_a_counted_level_word_is_shared_by_the_names_after_it() -> None:
    # baoquangnam.vn: "2 huyện A và B": the second name, no gazetteer's, is a district as the first is (places reads
    # the count of two as a list's), not "chính quyền 2 huyện B"; the twinning word in the opening adverbial ("Tại lễ
    # kết nghĩa,") names no side, the document does
    art = read(
        "Tại lễ kết nghĩa, chính quyền 2 huyện Nam Giang và Đắc Chưng đã thông qua bản thỏa thuận thiết lập quan "
        "hệ kết nghĩa."
    )
    assert only(art)["side"] == ["Nam Giang", "Đắc Chưng"]


def test_cooperation_signed_with_no_document_named_and_a_framework_agreement() -> None:
    # laocaitv.vn: "khung thỏa thuận" (a framework agreement) and "ký hợp tác toàn diện" (no document named)
    article = read(
        "Tỉnh ủy Lào Cai và Tỉnh ủy Vân Nam đã ký kết khung thỏa thuận hợp tác; tỉnh Lào Cai và châu Hồng Hà đã ký "
        "hợp tác toàn diện, đó là nền tảng quan trọng giúp mối quan hệ hợp tác giữa hai bên trở thành hình mẫu."
    )
    found = sorted((roles(f, article) for f in twinnings(article)), key=lambda r: r["side"])
    assert [r["side"] for r in found] == [["Hồng Hà", "Lào Cai"], ["Tỉnh ủy Lào Cai", "Tỉnh ủy Vân Nam"]]


def test_cooperation_signed_between_two_provinces() -> None:
    # kontumtv.vn: "lễ ký kết hợp tác giữa tỉnh A với tỉnh B"
    article = read(
        "Sáng 28/12, tại Hội trường Ngọc Linh, thành phố Kon Tum đã diễn ra lễ ký kết hợp tác giữa tỉnh Kon Tum với "
        "tỉnh Stung Treng, Vương quốc Campuchia."
    )
    assert only(article)["side"] == ["Kon Tum", "Stung Treng"]


def test_cooperation_only_to_be_signed_is_no_agreement() -> None:
    assert twinnings(read("Hai bên thống nhất sẽ ký kết hợp tác trong thời gian tới.")) == []


# -- constructions of pages nobody scored (session 12)


def test_twinned_as_brothers_with_the_partner_after_voi() -> None:
    # vietnamese.gg.go.kr: "kết nghĩa anh em với X" (brotherly twinning): the partner follows "với"
    article = read("Tỉnh Gyeonggi đã kết nghĩa anh em với tỉnh Giang Tô, tỉnh đứng thứ hai về quy mô kinh tế.")
    assert only(article)["side"] == ["Giang Tô", "Gyeonggi"]


def test_a_relation_established_with_moi() -> None:
    # "thiết lập mối quan hệ hữu nghị" is "thiết lập quan hệ hữu nghị" with its classifier
    article = read("Năm 2019, tỉnh Hà Giang đã thiết lập mối quan hệ hữu nghị với tỉnh Benguet (Philippin).")
    assert only(article)["side"] == ["Benguet", "Hà Giang"]


def test_a_country_after_a_comma_locates_the_partner_before_it() -> None:
    # hoilhpn.org.vn: ", Lào" is where the partner is, not a further "Hội LHPN tỉnh Lào"
    article = read("Hội LHPN Hà Tĩnh đã ký kết Biên bản hợp tác với Hội LHPN tỉnh Savannakhet, Lào.")
    assert only(article)["side"] == ["Hội LHPN Hà Tĩnh", "Hội LHPN tỉnh Savannakhet"]
    # a list of countries stays a list
    three = read("Ba nước đã ký kết Tuyên bố chung giữa Việt Nam, Lào và Campuchia.")
    assert only(three)["side"] == ["Campuchia", "Lào", "Việt Nam"]


def test_a_signatorys_posting_hides_no_later_signatory() -> None:
    # vtv.vn: "Đại sứ Hàn Quốc tại Việt Nam X và Chủ tịch UBND tỉnh Y Z đã ký kết ...": "tại Việt Nam" is the
    # ambassador's posting; the second signatory's body after "và" is a side
    article = read(
        "Đại sứ Hàn Quốc tại Việt Nam Park Noh-wan và Chủ tịch UBND tỉnh Quảng Trị Võ Văn Hưng đã ký kết thỏa thuận "
        "tài trợ 3 triệu USD cho dự án xây dựng bệnh viện."
    )
    assert only(article)["side"] == ["Hàn Quốc", "UBND tỉnh Quảng Trị"]


def test_a_working_delegation_is_no_activity_in_general() -> None:
    # hoilhpn.org.vn: "đoàn công tác" (a working delegation) does not make the signing after it a general activity
    article = read(
        "Hội LHPN Hà Tĩnh đã tổ chức đoàn công tác sang thăm, hội đàm trao đổi kinh nghiệm và ký kết Biên bản hợp "
        "tác với Hội LHPN tỉnh Savannakhet."
    )
    assert only(article)["agreement"] == ["Biên bản hợp tác"]


def test_an_agreement_carried_out_at_the_start_of_a_sentence_is_not_signed_there() -> None:
    # hoilhpn.org.vn: "Thực hiện Thỏa thuận hợp tác giữa A và B, ..." carries out an agreement signed before
    article = read(
        "Thực hiện Thỏa thuận hợp tác giữa TW Hội LHPN Việt Nam và Hội LHPN Lào về hợp tác phát triển phụ nữ giai "
        "đoạn 2012 – 2017, hai bên đã tổ chức nhiều hoạt động giao lưu."
    )
    assert twinnings(article) == []


def test_signed_and_exchanged_after_a_comma_keeps_the_signatories_bodies() -> None:
    # hoihuunghivietnga.vn: "A và B đã ký, trao đổi Thoả thuận ..." (the two verbs joined by a comma)
    article = read(
        "Ngày 11/5/2025, Chủ tịch Hội Hữu nghị Việt - Nga Phan Chí Hiếu và Chủ tịch Hội Hữu nghị Nga - Việt Vladimir "
        "Buyanov đã ký, trao đổi Thoả thuận hợp tác giữa hai Hội Hữu nghị giai đoạn 2025 - 2030."
    )
    assert only(article)["side"] == ["Hội Hữu nghị Nga - Việt", "Hội Hữu nghị Việt - Nga"]


def test_an_agreement_to_be_signed_until_which_another_holds_is_not_signed() -> None:
    # hoihuunghivietnga.vn: "có hiệu lực ... cho đến khi hai bên ký kết Thỏa thuận mới": still to come
    article = read(
        "Thoả thuận có hiệu lực kể từ ngày ký cho đến khi hai bên ký kết Thỏa thuận mới cho giai đoạn tiếp theo."
    )
    assert twinnings(article) == []


def test_a_relation_a_visit_is_for_is_not_established() -> None:
    # baohaiduong.vn: "làm việc tại Hải Dương để tìm hiểu khả năng thiết lập quan hệ ...": what the visit is for
    article = read(
        "Chiều 18.11, đoàn cán bộ của TP Sangju, tỉnh Gyeongsang Bắc (Hàn Quốc) làm việc tại Hải Dương để tìm hiểu "
        "khả năng thiết lập quan hệ hợp tác hữu nghị giữa 2 địa phương."
    )
    assert twinnings(article) == []
    # (a purpose set off by its comma says nothing of the signing after it)
    signed = read("Để tăng cường hợp tác, hai tỉnh Quảng Trị và Savannakhet đã ký kết Bản ghi nhớ.")
    assert only(signed)["side"] == ["Quảng Trị", "Savannakhet"]


def test_an_mou_is_a_memorandum_signed() -> None:
    # "ký kết MOU": the Memorandum of Understanding under its English initials (vtcnews.vn, ich.edu.vn, kimchinha)
    article = read("Ngày 20/10, Trường Đại học Duy Tân và Đại học Seoil đã ký kết MOU về hợp tác đào tạo.")
    assert only(article)["side"] == ["Trường Đại học Duy Tân", "Đại học Seoil"]


def test_a_plural_announces_the_parties_after_its_colon() -> None:
    # baodantoc.vn: "ba đơn vị: A, B và C ký kết nghĩa": the parties are the names after the colon
    article = read(
        "Chiều ngày 12 tháng 01 năm 2024, tại hội trường trường THCS và THPT Long Thạnh, ba đơn vị: xã đoàn Hòa "
        "Lợi, xã đoàn Vĩnh Thạnh và Đoàn Thanh niên Công an huyện Giồng Riềng ký kết nghĩa giai đoạn 2024 - 2026."
    )
    assert {"xã đoàn Hòa Lợi", "xã đoàn Vĩnh Thạnh"} <= set(only(article)["side"])


def test_the_address_after_a_unit_named_after_other_words_is_no_party() -> None:
    # 88tysobongda.com: "Gần đây nhất là tháng 10/2015 thôn A, xã B, ... và thôn C, ...": xã B is thôn A's address
    article = read(
        "Gần đây nhất là tháng 10/2015 thôn Nà Nưa, xã Quốc Khánh, huyện Tràng Định, tỉnh Lạng Sơn (Việt Nam) và thôn "
        "Nà Hoa, trấn Hạ Đống, huyện Long Châu, Quảng Tây (Trung Quốc) đã hoàn tất ký kết thỏa thuận kết nghĩa."
    )
    assert only(article)["side"] == ["thôn Nà Hoa", "thôn Nà Nưa"]
    # "UBND huyện A, tỉnh B và UBND huyện C, tỉnh D": each body's province is its address
    bodies = read(
        "Ngày 5/3, UBND huyện Kỳ Sơn, tỉnh Nghệ An và UBND huyện Mường Mộc, tỉnh Xiêng Khoảng đã ký kết Biên bản ghi "
        "nhớ hợp tác."
    )
    assert only(bodies)["side"] == ["UBND huyện Kỳ Sơn", "UBND huyện Mường Mộc"]


def test_a_twinning_a_review_meeting_reviews_was_made_before() -> None:
    # bienphong.com.vn: "Hội nghị sơ kết kết nghĩa ... giữa thôn A (Việt Nam) và thôn B (Trung Quốc)": the twinning
    # reviewed exists (undated: the day is the review's)
    article = read(
        "Ngày 30-8, tại thôn Địa Tây Bắc, xã Ma Ngán Tý, huyện Kim Bình, tỉnh Vân Nam, Trung Quốc đã diễn ra Hội nghị "
        "sơ kết kết nghĩa cụm dân cư hai bên biên giới giữa thôn Lao Chải (Việt Nam) và thôn Địa Tây Bắc (Trung Quốc)."
    )
    assert only(article) == {"side": ["thôn Lao Chải", "thôn Địa Tây Bắc"]}


def test_a_units_superior_after_its_comma_is_its_parent_not_a_party() -> None:
    # baohaiquanvietnam.vn: "giữa Trung tâm 47, Bộ Tham mưu Hải quân và phường Hưng Đạo": two parties
    article = read(
        "Sáng 5-3, tại Uỷ ban nhân dân phường Hưng Đạo, quận Dương Kinh, TP. Hải Phòng đã diễn ra lễ kết nghĩa giữa "
        "Trung tâm 47, Bộ Tham mưu Hải quân và phường Hưng Đạo."
    )
    assert only(article)["side"] == ["Trung tâm 47", "phường Hưng Đạo"]
    # baodanang.vn: the subject's command after its comma ("Đoàn cơ sở Hải đoàn 21, Bộ Tư lệnh Vùng ...")
    subject = read(
        "Chiều 18/12, tại TP.Đà Nẵng, Đoàn cơ sở Hải đoàn 21, Bộ Tư lệnh Vùng Cảnh sát biển 2 tổ chức kết nghĩa với "
        "Đoàn xã Tam Hải."
    )
    assert "Bộ Tư lệnh Vùng Cảnh sát biển 2" not in " ".join(only(subject)["side"])
    # peers of one rank stay parties ("Đồn A, Đồn B và ...")
    peers = read("Ngày 9/4, Đồn Biên phòng Nậm Càn, Đồn Biên phòng Na Ngoi và xã Mường Típ đã tổ chức lễ kết nghĩa.")
    assert only(peers)["side"] == ["xã Mường Típ", "Đồn Biên phòng Na Ngoi", "Đồn Biên phòng Nậm Càn"]


def test_the_address_of_the_venue_is_no_party() -> None:
    # baonghean.vn: "tại xã Na Ngoi, huyện Kỳ Sơn, Đồn Biên phòng Na Ngoi ... tổ chức kết nghĩa với ...": huyện Kỳ
    # Sơn is where the venue lies
    article = read(
        "Chiều 18/11, tại xã Na Ngoi, huyện Kỳ Sơn, Đồn Biên phòng Na Ngoi (Bộ đội Biên phòng tỉnh Nghệ An, Việt Nam) "
        "tổ chức kết nghĩa với Đại đội Biên phòng 222 (Bộ Chỉ huy Quân sự tỉnh Xiêng Khoảng, Lào)."
    )
    assert sorted(only(article)["side"]) == ["Đại đội Biên phòng 222", "Đồn Biên phòng Na Ngoi"]


def test_two_units_of_a_kind_are_the_pair_named_before() -> None:
    # bvdktuthainguyen.gov.vn, mongcai.gov.vn: "hai bệnh viện", "hai thôn" stand for the pair the sentence before names
    hospitals = read(
        "Ngày 17/11, Bệnh viện Trung ương Thái Nguyên đã đón đoàn Bệnh viện Đa khoa Kanagawa. Chiều cùng ngày, hai "
        "bệnh viện đã ký kết Biên bản ghi nhớ hợp tác."
    )
    assert only(hospitals)["side"] == ["Bệnh viện Trung ương Thái Nguyên", "Bệnh viện Đa khoa Kanagawa"]
    villages = read(
        "Ngày 5/3, thôn Nà Nưa (xã Quốc Khánh) và thôn Nà Hoa (Trung Quốc) tổ chức giao lưu văn hóa. Dịp này, hai "
        "thôn đã ký kết biên bản kết nghĩa."
    )
    assert only(villages)["side"] == ["thôn Nà Hoa", "thôn Nà Nưa"]


def test_a_coordination_programme_and_a_protocol_are_documents_signed() -> None:
    # "ký kết chương trình phối hợp" (vietnamplus.vn), "ký Nghị định thư" (the treaty names of Luật Điều ước quốc tế)
    programme = read(
        "Sáng 12/3, Hội Liên hiệp Phụ nữ tỉnh Điện Biên và Hội Phụ nữ tỉnh Phông Sa Lỳ đã ký kết chương trình phối hợp "
        "hoạt động giai đoạn 2024 - 2026."
    )
    assert only(programme)["agreement"] == ["chương trình phối hợp hoạt động giai đoạn 2024 - 2026"]
    protocol = read("Ngày 5/6, hai Bộ đã ký Nghị định thư về hợp tác giáo dục giai đoạn 2025 - 2030.")
    assert only(protocol)["agreement"] == ["Nghị định thư về hợp tác giáo dục giai đoạn 2025 - 2030"]
    # what is carried out, its name in quotes, is not signed
    carried = read(
        "Hai bên thống nhất vận động nhân dân thực hiện nghiêm “Nghị định thư về đường biên giới và mốc quốc giới giữa "
        "hai nước Việt Nam và Lào”."
    )
    assert twinnings(carried) == []


def test_a_comma_or_va_inside_a_bodys_name_separates_no_parties() -> None:
    # "Sở Văn hóa, Thể thao và Du lịch tỉnh A và Sở Thông tin, Văn hóa và Du lịch tỉnh B đã ký kết ..."
    article = read(
        "Sáng 3/4, Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị và Sở Thông tin, Văn hóa và Du lịch tỉnh "
        "Savannakhet đã ký kết Biên bản ghi nhớ hợp tác."
    )
    assert only(article)["side"] == [
        "Sở Thông tin, Văn hóa và Du lịch tỉnh Savannakhet",
        "Sở Văn hóa, Thể thao và Du lịch tỉnh Quảng Trị",
    ]
    # signatories named by their posts sign for their bodies (vietnamplus.vn)
    signed = read(
        "Chiều 27/1, Chủ nhiệm Ủy ban Dân tộc Giàng Seo Phử và Bộ trưởng Bộ Văn hóa, Thể thao và Du lịch Hoàng Tuấn "
        "Anh đã ký kết chương trình phối hợp."
    )
    assert only(signed)["side"] == ["Bộ Văn hóa, Thể thao và Du lịch", "Ủy ban Dân tộc"]


def test_cooperation_documents_handed_over_are_signed() -> None:
    # vietnamnet.vn: "Bộ trưởng A và Bộ trưởng B đã trao hai văn kiện hợp tác": the ministries' agreements
    article = read(
        "Ngày 5/2, Bộ trưởng Bộ Giáo dục và Đào tạo Việt Nam Nguyễn Kim Sơn và Bộ trưởng Bộ Nội vụ Lào Vilayvong "
        "Bouddakham đã trao hai văn kiện hợp tác quan trọng trong lĩnh vực giáo dục."
    )
    assert only(article)["side"] == ["Bộ Giáo dục và Đào tạo Việt Nam", "Bộ Nội vụ Lào"]


def test_twinned_in_friendship_between_a_pair() -> None:
    # 9us7 (a Lào Cai caption): "Kết nghĩa hữu nghị giữa A (Lào Cai) và B (Vân Nam)"; "hữu nghị" belongs to the verb
    caption = read("Kết nghĩa hữu nghị giữa thị trấn Si Ma Cai (Lào Cai) và trấn Seo Pả Chư (Vân Nam). Ảnh: Đức Bình")
    assert only(caption)["side"] == ["thị trấn Si Ma Cai", "trấn Seo Pả Chư"]
    partner = read("Sáng 5/4, xã Mường Típ đã kết nghĩa hữu nghị với bản Na Ngoi (Lào).")
    assert only(partner)["side"] == ["bản Na Ngoi", "xã Mường Típ"]


def test_organised_twinning_without_a_ceremony_word_is_a_twinning() -> None:
    # baomoi.com (Sơn La): "... xã A (...) và cụm B (...) đã tổ chức kết nghĩa", no "lễ", no "với"/"giữa"
    article = read(
        "Với tinh thần đoàn kết hữu nghị, năm 2015, nhân dân các bản giáp biên giới của xã Phiêng Khoài (huyện Yên "
        "Châu, tỉnh Sơn La) và cụm Phiêng Sa (huyện Siềng Khọ, tỉnh Hủa Phăn, Lào) đã tổ chức kết nghĩa."
    )
    assert "xã Phiêng Khoài" in only(article)["side"]


def test_agreeing_to_twin_is_a_twinning() -> None:
    # baosonla.org.vn: "cấp ủy, chính quyền và bà con nhân dân hai bản A và B đã nhất trí kết nghĩa"
    article = read(
        "Từ mối quan hệ truyền thống gắn bó lâu đời, cấp ủy, chính quyền và bà con nhân dân hai bản Lao Khô 1 và Nà "
        "Khạng đã nhất trí kết nghĩa, thực hiện chủ trương của hai Đảng, hai Nhà nước."
    )
    assert "bản Lao Khô 1" in only(article)["side"]


def test_organising_a_twinning_planned_is_no_twinning() -> None:
    article = read("Năm tới, bản Lao Khô 1 và bản Nà Khạng sẽ tổ chức kết nghĩa.")
    assert twinnings(article) == []


def test_a_bare_name_after_an_address_goes_on_with_the_address() -> None:
    # thuonghieucongluan.com.vn: "Hướng Hóa-Việt Nam" (the district, its country after the hyphen) is where
    # khóm Ka Tăng is, no third side
    article = read(
        "Ngày 28/4/2005, được sự cho phép của chính quyền các cấp, khóm Ka Tăng, thị trấn Lao Bảo, Hướng Hóa-Việt "
        "Nam và bản Densavan, huyện Sê Pôn, tỉnh Savannakhet-Lào đã long trọng tổ chức Lễ kết nghĩa."
    )
    assert only(article)["side"] == ["bản Densavan", "khóm Ka Tăng"]


def test_both_places_carrying_out_a_signing_are_its_sides() -> None:
    # "Hai huyện tiến hành ký kết ...": "tiến hành" (carry out) is a light verb, the pair still the subject
    article = read(
        "Ngày 25/8, Đoàn đại biểu huyện Malypho, tỉnh Vân Nam (Trung Quốc) đã sang thăm, giao lưu và hội đàm với "
        "huyện Quản Bạ. Hai huyện tiến hành ký kết biên bản hội đàm."
    )
    assert only(article)["side"] == ["Malypho", "Quản Bạ"]


def test_a_clause_with_a_tense_word_is_no_side_named_literally() -> None:
    # baohagiang.vn: "tỉnh ta đã tổ chức cho 3 huyện ..." starts with a party head and ends on a digit, but "đã"
    # makes it a clause, not a name
    article = read(
        "Tính đến nay, tỉnh ta đã tổ chức cho 3 huyện biên giới kết nghĩa với 3 huyện phía Trung Quốc, gồm: Xín Mần "
        "(Hà Giang) - Mã Quan (Vân Nam), Mèo Vạc - Phú Ninh (Vân Nam), Mèo Vạc - Nà Pô (Quảng Tây)."
    )
    sides = [side for fact in twinnings(article) for side in roles(fact, article).get("side", [])]
    assert not any("đã" in side for side in sides)


def test_the_period_of_tp_continues_the_address() -> None:
    # baoquankhu7.vn: "TP." is the abbreviated level of the address after the comma, not the end of the phrase
    # (no side "Đoàn Thanh niên xã TP"); "ký kết giao lưu, kết nghĩa với": the subject before both verbs
    article = read(
        "Ngày 30-6, Chi đoàn Đồn Biên phòng Long Sơn (BĐBP tỉnh Bà Rịa – Vũng Tàu) tổ chức ký kết giao lưu, kết "
        "nghĩa với Đoàn Thanh niên xã Long Sơn, TP. Vũng Tàu."
    )
    assert only(article)["side"] == ["Chi đoàn Đồn Biên phòng Long Sơn", "Đoàn Thanh niên xã Long Sơn"]


def test_an_agreement_between_a_city_written_tp_and_a_province() -> None:
    # huengaynay.vn: "Ký kết biên bản ghi nhớ hợp tác giữa TP. Huế và tỉnh Chungcheongnam"
    article = read("Ngày 28/8, đã diễn ra lễ ký kết biên bản ghi nhớ hợp tác giữa TP. Huế và tỉnh Chungcheongnam.")
    assert only(article)["side"] == ["Chungcheongnam", "Huế"]


def test_the_giua_after_the_verb_names_the_pair_not_one_of_an_earlier_part() -> None:
    # baoquangninh.vn: the plan "về tổ chức phong trào kết nghĩa ... giữa tỉnh A và khu B" is carried out by the
    # ceremony "Lễ ký kết nghĩa ... giữa khu C, phường ..., thành phố ..., tỉnh ..., Việt Nam và thôn D, ..."
    article = read(
        "Trước đó, thực hiện Kế hoạch số 1202/KH-UBND ngày 18/3/2013 của UBND tỉnh Quảng Ninh về tổ chức phong trào "
        "kết nghĩa cụm dân cư hai bên biên giới đất liền giữa tỉnh Quảng Ninh (Việt Nam) và Khu tự trị dân tộc "
        "Choang, Quảng Tây (Trung Quốc), ngày 11/3/2014, tại Cụm thông tin cổ động Sa Vĩ, khu Tràng Vĩ, phường Trà "
        "Cổ, thành phố Móng Cái, đã tổ chức thành công Lễ ký kết nghĩa cụm dân cư hai bên biên giới giữa khu Tràng "
        "Vĩ, phường Trà Cổ, thành phố Móng Cái, tỉnh Quảng Ninh, Việt Nam và thôn Vạn Vĩ, trấn Giang Bình, thành phố "
        "Đông Hưng, Phòng Thành Cảng, khu Tự trị Dân tộc Choang Quảng Tây, Trung Quốc."
    )
    assert only(article)["side"] == ["khu Tràng Vĩ", "thôn Vạn Vĩ"]


def test_the_people_of_each_side_before_its_name() -> None:
    # mongcai.gov.vn: "cán bộ, nhân dân thôn A, ... và cán bộ, nhân dân thôn B, ... đã tổ chức ... lễ ký kết nghĩa"
    article = read(
        "Ngày 26/8/2014 cán bộ, nhân dân thôn Pò Hèn, xã Hải Sơn, thành phố Móng Cái, tỉnh Quảng Ninh, Việt Nam và "
        "cán bộ, nhân dân thôn Thán Sản, Trấn Na Lương, khu Phòng Thành, tỉnh Quảng Tây, Trung Quốc đã tổ chức thành "
        "công lễ ký kết nghĩa cụm dân cư hai bên biên giới."
    )
    assert only(article)["side"] == ["thôn Pò Hèn", "thôn Thán Sản"]


def test_a_delegation_that_visits_and_signs_signs_for_its_body() -> None:
    # songoaivu.sonla.gov.vn: "X thăm, làm việc và ký kết ... với Y": the visit's verbs before the signing share the
    # subject; a body's delegation ("Đoàn công tác") signs for the body; the list after "gồm:" is what it is made of
    article = read(
        "Nhận lời mời của Sở Ngoại vụ tỉnh Sơn La, từ ngày 06/3/2024 đến ngày 08/3/2024 Đoàn công tác cơ quan Ngoại "
        "vụ 09 tỉnh nước CHDCND Lào gồm: Hủa Phăn, Luông Pha Bang, Xiêng Khoảng, Xay Sổm Bun, Xay Nhạ Bu Ly, U Đôm "
        "Xay, Bò Kẹo, Luông Nặm Thà, Phông Sa Lỳ đã sang thăm, làm việc và ký kết biên bản thoả thuận hợp tác với Sở "
        "Ngoại vụ tỉnh Sơn La."
    )
    assert only(article)["side"] == ["Sở Ngoại vụ tỉnh Sơn La", "cơ quan Ngoại vụ 09 tỉnh nước CHDCND Lào"]


def test_a_units_board_and_people_are_the_unit() -> None:
    # baonghean.vn: "Ban Quản lý và nhân dân bản A đã cùng với cán bộ và nhân dân bản B làm lễ kết nghĩa": the
    # board and the people of each hamlet stand for the hamlet
    article = read(
        "Ông Lương Xuân Liễu – Bí thư Chi bộ bản Ta Đo nhớ lại, năm 2014, Ban Quản lý và nhân dân bản Ta Đo đã cùng "
        "với cán bộ và nhân dân bản Na Mương làm lễ kết nghĩa."
    )
    assert only(article)["side"] == ["bản Na Mương", "bản Ta Đo"]


def test_a_signing_done_through_the_light_verb_thuc_hien() -> None:
    # quanba.hagiang.gov.vn (tune page): "Hai huyện thực hiện ký kết biên bản Hội đàm", the two districts told before;
    # baoquangnam.vn (unlabeled corpus, not held out) writes "... thực hiện ký kết các nội dung đã cam kết" alike
    article = read(
        "Ngày 25/8, Đoàn đại biểu huyện Malypho, tỉnh Vân Nam (Trung Quốc) đã sang thăm, giao lưu và hội đàm với "
        "huyện Quản Bạ.",
        "Hai huyện thực hiện ký kết biên bản Hội đàm thành công tốt đẹp.",
    )
    assert only(article) == {"side": ["Malypho", "Quản Bạ"], "agreement": ["biên bản Hội đàm"]}


def test_carrying_out_what_was_signed_is_still_no_signing() -> None:
    article = read(
        "Hai bên cam kết thực hiện các thỏa thuận đã ký kết.", "Hai bên sẽ thực hiện ký kết biên bản ghi nhớ."
    )
    assert twinnings(article) == []

"""Money and quantity extraction: every written form, generated sentences, and the gold files."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd import Article, Figure, Money, Paragraph, Quantity
from dnnd.extractors import dates, documents, money
from dnnd.plugin import ExtractionContext
from dnnd.text.numbers import format_number

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold"
EXTRACTORS = sorted((cls() for m in (dates, documents, money) for cls in m.EXTRACTORS), key=lambda e: e.order)


def run(article: Article) -> tuple[list[Any], list[Any]]:
    """Run this issue's extractors in order, as dnnd.extract does, checking every span."""
    mentions: list[Any] = []
    entities: list[Any] = []
    for extractor in EXTRACTORS:
        result = extractor.extract(ExtractionContext(article, tuple(mentions), tuple(entities)))
        mentions.extend(result.mentions)
        entities.extend(result.entities)
    text = article.text
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return mentions, entities


def sums(text: str) -> list[Money]:
    return [e for e in run(Article(blocks=[Paragraph(text)]))[1] if isinstance(e, Money)]


def one(text: str) -> Money:
    found = sums(text)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize(
    ("sentence", "name", "value", "currency", "qualifier", "upper"),
    [
        ("tổng cam kết không hoàn lại hơn 537 tỷ đồng.", "hơn 537 tỷ đồng", "537000000000", "VND", "more_than", None),
        ("dự kiến hơn 2 triệu USD và", "hơn 2 triệu USD", "2000000", "USD", "more_than", None),
        ("trị giá 3 nghìn USD.", "3 nghìn USD", "3000", "USD", None, None),
        ("tổng giá trị gần 750 tỷ đồng.", "gần 750 tỷ đồng", "750000000000", "VND", "nearly", None),
        ("giá khoảng 450.000 đồng thì", "khoảng 450.000 đồng", "450000", "VND", "about", None),
        ("vốn hóa lớn hơn 165 triệu USD, tỷ lệ", "lớn hơn 165 triệu USD", "165000000", "USD", "more_than", None),
        ("mức giá dưới 500.000 đồng hoặc", "dưới 500.000 đồng", "500000", "VND", None, None),
        ("trên 100 tỷ đồng", "trên 100 tỷ đồng", "100000000000", "VND", "more_than", None),
        ("chừng 5 triệu đồng", "chừng 5 triệu đồng", "5000000", "VND", "about", None),
        ("xấp xỉ gần 7 tỷ đồng", "xấp xỉ gần 7 tỷ đồng", "7000000000", "VND", "nearly", None),
        ("thu hút 0,5 - 1 tỷ USD dòng vốn", "0,5 - 1 tỷ USD", "500000000", "USD", None, "1000000000"),
        ("khoảng 800.000 - 900.000 đồng/bó", "khoảng 800.000 - 900.000 đồng", "800000", "VND", "about", "900000"),
        ("giá 2 - 4 triệu đồng khá", "2 - 4 triệu đồng", "2000000", "VND", None, "4000000"),
        ("từ 300- 400 triệu đồng", "300- 400 triệu đồng", "300000000", "VND", None, "400000000"),
        ("từ 3 đến 5 tỷ đồng", "3 đến 5 tỷ đồng", "3000000000", "VND", None, "5000000000"),
        ("viện trợ 2 triệu đô la Mỹ", "2 triệu đô la Mỹ", "2000000", "USD", None, None),
        ("viện trợ 2 triệu đô-la Mỹ", "2 triệu đô-la Mỹ", "2000000", "USD", None, None),
        ("tài trợ 1,2 triệu euro", "1,2 triệu euro", "1200000", "EUR", None, None),
        ("ủng hộ 50.000 NDT", "50.000 NDT", "50000", "CNY", None, None),
        ("ủng hộ 50.000 nhân dân tệ", "50.000 nhân dân tệ", "50000", "CNY", None, None),
        ("10 triệu yên", "10 triệu yên", "10000000", "JPY", None, None),
        ("300 triệu won", "300 triệu won", "300000000", "KRW", None, None),
        ("giá 25 triệu VNĐ", "25 triệu VNĐ", "25000000", "VND", None, None),
        ("giá 1 tỷ 200 triệu đồng", "1 tỷ 200 triệu đồng", "1200000000", "VND", None, None),
        ("tổng 5 nghìn tỷ đồng", "5 nghìn tỷ đồng", "5000000000000", "VND", None, None),
        ("Hơn 1,5 tỷ đồng đã", "Hơn 1,5 tỷ đồng", "1500000000", "VND", "more_than", None),
        # baogialai.com.vn: a sum paid in cash
        ("kèm theo 320.000 đồng tiền mặt cho các hộ nghèo", "320.000 đồng", "320000", "VND", None, None),
        # quangnam.gov.vn, danviet.vn, vn.emb-japan.go.jp
        ("tiếp nhận: 27.500.000 Won (tương", "27.500.000 Won", "27500000", "KRW", None, None),
        ("trị giá 89.337USD để bêtông hoá", "89.337USD", "89337", "USD", None, None),
        ("dự án dưới 20 triệu Yên Nhật).", "dưới 20 triệu Yên Nhật", "20000000", "JPY", None, None),
        ("trao số tiền ủng hộ 370 triệu Kip (tương", "370 triệu Kip", "370000000", "LAK", None, None),
        # sums written in words, and scale words sums of yuan and dollars are still written with
        ("với tổng số tiền hơn một tỷ đồng", "hơn một tỷ đồng", "1000000000", "VND", "more_than", None),
        ("trao hai trăm triệu đồng cho quỹ", "hai trăm triệu đồng", "200000000", "VND", None, None),
        ("ủng hộ mười lăm nghìn USD", "mười lăm nghìn USD", "15000", "USD", None, None),
        ("trao tặng 50 vạn nhân dân tệ cho tỉnh", "50 vạn nhân dân tệ", "500000", "CNY", None, None),
        ("hợp đồng 12 triệu đô với đối tác", "12 triệu đô", "12000000", "USD", None, None),
        # vov.gov.vn-style: "Nhân dân tệ" capitalised (baoquangninh.com.vn)
        ("tổng cộng 307 triệu Nhân dân tệ.", "307 triệu Nhân dân tệ", "307000000", "CNY", None, None),
        # khoahocdoisong.vn: English thousands with one comma, right before the currency
        ("là nguyên tệ 447,000CZK tương đương", "447,000CZK", "447000", "CZK", None, None),
        ("tương đương 20,818USD từ Cộng hòa Séc", "20,818USD", "20818", "USD", None, None),
        ("giá 2,50 USD mỗi", "2,50 USD", "2.5", "USD", None, None),
        # baothuathienhue.vn: a price per share
        ("trao 10 phần quà, trị giá 500.000đ/suất.", "500.000đ", "500000", "VND", None, None),
        # tienphong.vn: a range whose lower bound has its own scale word
        ("mỗi suất từ 700 ngàn đến 5 triệu đồng.", "700 ngàn đến 5 triệu đồng", "700000", "VND", None, "5000000"),
    ],
)
def test_money_forms(
    sentence: str, name: str, value: str, currency: str, qualifier: str | None, upper: str | None
) -> None:
    found = one(sentence)
    assert (found.name, found.value, found.currency, found.qualifier) == (name, Decimal(value), currency, qualifier)
    assert found.upper == (Decimal(upper) if upper else None)


def test_from_to_is_two_sums() -> None:
    found = sums("dao động từ 400.000 đồng đến 1 triệu đồng - Ảnh: H.Y.T.")
    assert [(m.name, m.value) for m in found] == [("400.000 đồng", 400000), ("1 triệu đồng", 1000000)]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ban Chấp hành gồm 17 đồng chí.",
        "thu hút hàng chục tỷ USD vốn ngoại",
        "tặng 250.000 chiếc khẩu trang",
        "Covid-19 tỷ lệ tăng 45%",
        "ngày 19/9/2019 của Ban Bí thư",
        "khoảng 5,6 ca trên 100.000 dân mỗi năm",
        "dân số 4,7 triệu người",
        "02 đ/c Nguyễn Thành Tuấn và Đinh Thị Hà được bầu",  # congdoan.dongnai.gov.vn: đ/c is đồng chí
        "gồm 5 đồng tiền xu cổ",
        "dân số thế giới 8 tỷ người",
        "không nhận một đồng lương khi đi khắp",  # tienphong.vn: no scale word, an idiom
        "bầu năm đồng chí vào Ban Thường vụ",
        "thu hút hàng trăm triệu đồng mỗi năm",
        "tại thủ đô Viêng Chăn, 3 triệu đô thị",
        "(Bằng chữ: Hai tỷ không trăm năm mươi lăm triệu đồng)",  # the tail of a longer spelled-out number
        # constructed: a year or a number before a place named "Đồng ..." (Đồng Nai, Đồng Hới, Đồng Tháp)
        "Năm 2023 Đồng Nai đón hơn 2 triệu lượt khách",
        "Trường Tiểu học số 2 Đồng Hới",
        "gửi tặng 300 Đồng Tháp",
    ],
)
def test_not_money(sentence: str) -> None:
    assert sums(sentence) == []


def test_bare_amount_takes_the_articles_only_currency() -> None:
    text = "Tổng viện trợ 504 tỷ đồng. Năm 2024, các dự án có tổng giá trị viện trợ 4,7 tỷ được giải ngân."
    assert [(m.name, m.value, m.currency) for m in sums(text)] == [
        ("504 tỷ đồng", 504 * 10**9, "VND"),
        ("4,7 tỷ", 4700 * 10**6, "VND"),
    ]
    # no money context before it, or two currencies in the article: skipped
    assert len(sums("Tổng viện trợ 504 tỷ đồng. Dân số 4,7 triệu.")) == 1
    assert len(sums("Viện trợ 504 tỷ đồng và 2 triệu USD. Kinh phí 4,7 tỷ.")) == 2


def test_a_page_naming_no_currency_counts_in_dong() -> None:
    # the amount may end its sentence or clause; a page that names no currency at all counts in đồng
    assert [(m.name, m.value, m.currency) for m in sums("Trao 150 suất quà, trị giá 150 triệu.")] == [
        ("150 triệu", 150 * 10**6, "VND")
    ]
    assert sums("Dân số tỉnh đạt 1,5 triệu. Năm 2024 có 3 tỷ người dùng mạng.") == []


def test_entities_group_repeated_sums() -> None:
    mentions, entities = run(Article(blocks=[Paragraph("0,5 - 1 tỷ USD vốn."), Paragraph("Thêm 0,5 - 1 tỷ USD.")]))
    money_mentions = [m for m in mentions if m.kind == "money"]
    [entity] = [e for e in entities if isinstance(e, Money)]
    assert len(money_mentions) == 2 and len(entity.spans) == 2
    assert {m.entity for m in money_mentions} == {entity.id} == {"money:1"}


@pytest.mark.parametrize(
    ("sentence", "name", "value", "unit"),
    [
        ("tổng số 85 dự án, khoản", "85 dự án", 85, "dự án"),
        ("đã vận động 213 khoản, chương trình", "213 khoản", 213, "khoản"),
        ("kết nghĩa được 6 cặp thôn - bản, nhiều", "6 cặp thôn - bản", 6, "cặp thôn - bản"),
        ("tặng 250.000 chiếc khẩu trang, đồng thời", "250.000 chiếc khẩu trang", 250000, "chiếc khẩu trang"),
        ("Đại hội đã bầu 15 ủy viên Ban Chấp hành", "15 ủy viên", 15, "ủy viên"),
        ("nhiệm kỳ 2023 – 2028 gồm 17 đồng chí.", "17 đồng chí", 17, "đồng chí"),
        ("có hơn 200 người tham dự", "hơn 200 người", 200, "người"),
        # the counted noun stops at the verb or preposition after it (sggp.org.vn, vglobalnews.org shapes)
        ("Quỹ trao 8 suất quà dành cho học sinh nghèo.", "8 suất quà", 8, "suất quà"),
        ("gồm 750 phần quà bằng tiền mặt trị giá", "750 phần quà", 750, "phần quà"),
        ("Trao 5 tấm bằng khen cho tập thể.", "5 tấm bằng khen", 5, "tấm bằng khen"),
        # goods counted in words (thieunien.vn, baodongkhoi.vn shapes, tune)
        ("Quỹ và CLB còn trao tặng ba căn nhà Đại đoàn kết cho ba gia đình", "ba căn nhà", 3, "căn nhà"),
        ("đến bàn giao hai căn nhà tình thương cho hộ nghèo", "hai căn nhà tình", 2, "căn nhà tình"),
        ("đã trao tặng bốn cây cầu VK190, VK193", "bốn cây cầu", 4, "cây cầu"),
    ],
)
def test_quantity_forms(sentence: str, name: str, value: int, unit: str) -> None:
    found = [e for e in run(Article(blocks=[Paragraph(sentence)]))[1] if isinstance(e, Quantity)]
    assert [(q.name, q.value, q.unit) for q in found] == [(name, Decimal(value), unit)]


@pytest.mark.parametrize(
    "sentence",
    [
        "một chiếc xe đạp",  # "một": the article as often as one
        "trong năm tháng qua",  # "năm": a year as often as five
        "hai bên đã ký kết",  # no classifier: no count
    ],
)
def test_number_words_count_only_classified_goods(sentence: str) -> None:
    found = run(Article(blocks=[Paragraph(sentence)]))[1]
    assert not [e for e in found if isinstance(e, Quantity)]


def test_document_numbers_are_not_quantities() -> None:
    found = run(Article(blocks=[Paragraph("theo Chỉ thị số 38 ngày 19/9/2019 và Cụm số 2 tỉnh")]))[1]
    assert not [e for e in found if isinstance(e, Quantity)]


# --------------------------------------------------------------------------- generated sentences

QUALIFIERS = [("", None), ("hơn ", "more_than"), ("trên ", "more_than"), ("gần ", "nearly"), ("khoảng ", "about")]
CURRENCY_FORMS = [
    ("đồng", "VND"),
    ("VNĐ", "VND"),
    ("USD", "USD"),
    ("đô la Mỹ", "USD"),
    ("euro", "EUR"),
    ("NDT", "CNY"),
    ("yên", "JPY"),
]
values = st.builds(
    lambda n, scale: Decimal(n) * scale,
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from([1, 100, 10**3, 10**5, 10**6, 10**7, 10**9]),
)
PREFIXES = ["Tổng giá trị viện trợ là", "Các tổ chức đã ủng hộ", "Dự án có kinh phí", "Giá bán"]
SUFFIXES = [".", ", góp phần nâng cao đời sống.", " cho người dân.", " (không gồm vốn đối ứng)."]


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(PREFIXES),
    st.sampled_from(QUALIFIERS),
    values,
    st.sampled_from(CURRENCY_FORMS),
    st.sampled_from(SUFFIXES),
)
def test_generated_money(
    prefix: str, qualifier: tuple[str, str | None], value: Decimal, currency: tuple[str, str], suffix: str
) -> None:
    span = f"{qualifier[0]}{format_number(value)} {currency[0]}"
    found = one(f"{prefix} {span}{suffix}")
    assert (found.name, found.value, found.currency, found.qualifier) == (span, value, currency[1], qualifier[1])


@settings(max_examples=100, deadline=None)
@given(
    values, st.integers(min_value=2, max_value=9), st.sampled_from(CURRENCY_FORMS), st.sampled_from([" - ", "- ", "-"])
)
def test_generated_range(value: Decimal, factor: int, currency: tuple[str, str], dash: str) -> None:
    span = f"{format_number(value)}{dash}{format_number(value * factor)} {currency[0]}"
    found = one(f"Giá dao động {span} mỗi sản phẩm.")
    assert (found.name, found.value, found.upper, found.currency) == (span, value, value * factor, currency[1])


# --------------------------------------------------------------------------- gold


def gold_article(data: dict[str, Any]) -> Article:
    blocks: list[Paragraph | Figure] = [Paragraph(p) for p in data["body"]]
    blocks += [Figure(f["src"], f["caption"]) for f in data["figures"]]
    return Article(title=data["title"], blocks=blocks)


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_money(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    mentions, entities = run(gold_article(data))
    expected = {(Decimal(m["value"]), m["currency"]) for m in data["money"]}
    assert {(e.value, e.currency) for e in entities if isinstance(e, Money)} == expected
    # the spans are the gold texts, qualifier included
    assert {m["text"] for m in data["money"]} == {m.text for m in mentions if m.kind == "money"}


def money_in(text: str) -> set[tuple[Decimal, str]]:
    """(value, currency) of every sum found in one paragraph."""
    _, entities = run(Article(blocks=[Paragraph(text)]))
    return {(e.value, e.currency) for e in entities if isinstance(e, Money)}


def test_english_thousands_separators_and_dong_before_bang() -> None:
    assert money_in("Tổng viện trợ đạt 3,286,743 USD, trong đó 1,958,182 USD đã giải ngân.") == {
        (Decimal(3286743), "USD"),
        (Decimal(1958182), "USD"),
    }
    # "đồng bằng" is a delta, but after a scale word "đồng" is the currency
    assert money_in("Dự án có kinh phí hơn 1,3 tỷ đồng bằng nguồn vốn viện trợ.") == {(Decimal(1300000000), "VND")}
    assert money_in("Vùng đồng bằng sông Cửu Long có 17 đồng chí dự.") == set()


def test_an_absurdly_large_number_is_skipped_not_fatal() -> None:
    huge = "9" * 400
    assert money_in(f"Tổng cộng {huge} đồng và 5 triệu USD.") == {(Decimal(5000000), "USD")}


def test_an_english_decimal_point_before_a_scale_word() -> None:
    article = Article(blocks=[Paragraph("Số tiền 1.2 triệu USD được chuyển; dự án 2.5 tỷ đồng; giá 250.000 đồng.")])
    found = money.MoneyExtractor().extract(ExtractionContext(article))
    sums = {(str(e.value), e.currency) for e in found.entities if isinstance(e, Money)}
    assert sums == {("1200000", "USD"), ("2500000000", "VND"), ("250000", "VND")}


_MONEY_WORDS = st.sampled_from(
    [
        *("1", "12", "1.500", "0,5", "2.000.000", "1,000,000", "2023", "19/9", "Covid-19", "326/QĐ", "x1"),
        *("tỷ", "triệu", "nghìn", "đồng", "USD", "đô la Mỹ", "euro", "K", "dự án", "người", "chiếc xe"),
        *("hơn", "khoảng", "trị giá", "-", "–", "đến", "và", "(mục", ")"),
    ]
)
_MONEY_GLUE = st.sampled_from([" ", " ", " ", "", ", ", ".", "-", "/", "\n"])


@settings(max_examples=600, deadline=None)
@given(st.lists(st.tuples(_MONEY_WORDS, _MONEY_GLUE), min_size=1, max_size=12))
def test_the_amount_patterns_tried_at_the_number_starts_find_what_they_find_everywhere(
    parts: list[tuple[str, str]],
) -> None:
    text = "".join(w + g for w, g in parts)
    starts = [m.start() for m in money._NUMBER_START.finditer(text)]
    for pattern in (money._MONEY_RE, money._BARE_RE, money._QUANTITY_RE):
        found = [(m.span(), m.groupdict()) for m in money._matches(pattern, text, starts)]
        assert found == [(m.span(), m.groupdict()) for m in pattern.finditer(text)], pattern.pattern[:40]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # an embassy's collection, in the shape such news takes
        (
            "Cán bộ Đại sứ quán đã quyên góp được 3.000 ringgit (khoảng 17 triệu đồng).",
            {(3000, "MYR"), (17000000, "VND")},
        ),
        # communities in Poland, Hungary, Ukraine, the Czech Republic name their currencies
        (
            "Hội ủng hộ 10.000 zloty, 20.000 forint, 5.000 hryvnia và 3.000 koruna.",
            {(10000, "PLN"), (20000, "HUF"), (5000, "UAH"), (3000, "CZK")},
        ),
        # a dollar named with its country is not the US dollar
        ("Dự án trị giá 3 triệu đô la New Zealand và 2 triệu đô la Australia.", {(3000000, "NZD"), (2000000, "AUD")}),
        # a sign before the amount, the English way; a dot and three digits still groups thousands
        ("Quỹ tài trợ $1.5 million cho dự án.", {(1500000, "USD")}),
        ("Tổ chức cam kết tài trợ US$ 1,5 triệu và €200.000 cho tỉnh.", {(1500000, "USD"), (200000, "EUR")}),
        ("Mỗi suất học bổng trị giá 500$, tổng cộng $12,500.", {(500, "USD"), (12500, "USD")}),
        # the yen in its English spelling (a page on Japan's ODA)
        (
            "Vốn ODA của Nhật cho Việt Nam có thể vượt 100 tỷ yen (674 triệu USD).",
            {(10**11, "JPY"), (674 * 10**6, "USD")},
        ),
        # dantri.com.vn, from Moscow: thousands grouped by a space, the international way
        (
            "Công ty đã ủng hộ áo quần, vật dụng… trị giá 160 000 rúp (tương đương 5000 USD).",
            {(160000, "RUB"), (5000, "USD")},
        ),
        # tienphong.vn from Prague, baocaovien.vn from Warsaw: the Czech plural, the złoty without its stroke
        (
            "Hội đã trao tổng số tiền hơn 80.000 Korun (khoảng 90 triệu đồng). "
            "Hội trao tặng số tiền 5.000 zl (1.270 USD).",
            {(80000, "CZK"), (90000000, "VND"), (5000, "PLN"), (1270, "USD")},
        ),
        # the overseas press's "Mỹ kim" (US dollar), in either spelling of its vowel
        (
            "Hoa Kỳ đã viện trợ gần 9.5 triệu Mỹ kim cho Việt Nam; hội góp thêm 300 mĩ kim.",
            {(9500000, "USD"), (300, "USD")},
        ),
        # a day and month before an amount is no group of thousands
        ("Hội trao ngày 15/3 200 USD cho mỗi em.", {(200, "USD")}),
    ],
)
def test_partner_currencies_and_signs(sentence: str, expected: set[tuple[int, str]]) -> None:
    assert money_in(sentence) == {(Decimal(value), currency) for value, currency in expected}


def test_a_bare_amount_before_a_counted_noun_counts_things() -> None:
    # aid news counts goods in millions beside a sum written with its currency
    assert money_in("Nhật Bản viện trợ 10.000 USD và trao tặng 1,5 triệu liều vắc xin cho Việt Nam.") == {
        (Decimal(10000), "USD")
    }
    assert money_in("Quỹ hỗ trợ 2 triệu khẩu trang và 5.000 USD.") == {(Decimal(5000), "USD")}
    assert money_in("Quỹ đã hỗ trợ 5.000 USD, kinh phí còn lại 2 triệu do tỉnh chi.") == {
        (Decimal(5000), "USD"),
        (Decimal(2000000), "USD"),
    }


def test_people_counted_in_millions_are_no_sum() -> None:
    # diaspora news counts "đồng bào" and "đồng hương" in millions and thousands; "đồng bằng" stays a sum's end
    assert money_in("Ủng hộ 10.000 USD cho khoảng 6 triệu đồng bào ta đang sinh sống ở nước ngoài.") == {
        (Decimal(10000), "USD")
    }
    assert money_in("Hội có 5 nghìn đồng hương, 1 triệu đồng chí.") == set()
    assert money_in("Dự án có kinh phí hơn 1,3 tỷ đồng bằng nguồn vốn viện trợ.") == {(Decimal(1300000000), "VND")}


def test_pounds_after_a_scale_word_but_not_boards() -> None:
    assert money_in("Câu lạc bộ chi 3 triệu bảng để mua cầu thủ.") == {(Decimal(3000000), "GBP")}
    assert money_in("Ban tổ chức in 3 nghìn bảng tên và treo 10 bảng tin.") == set()


def test_a_sign_read_after_the_amount_is_not_read_again_before_the_next() -> None:
    # "500 USD" then "$": one sum each, never "$ 2" as a third
    assert money_in("Trao 500 USD và 2 suất quà.") == {(Decimal(500), "USD")}
    assert money_in("Trao 500 $ 2 lần mỗi năm.") == {(Decimal(500), "USD")}


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        # sggp.org.vn, baophutho.vn: thousands of billions, grouped by a dot or with a decimal comma before "tỷ"
        (
            "các cá nhân, đơn vị, tổ chức đã đăng ký ủng hộ trên 1.105 tỷ đồng.",
            {(Decimal(1105 * 10**9), "VND", "more_than", None)},
        ),
        (
            "Ban Vận động Cứu trợ Trung ương - Ủy ban Trung ương Mặt trận Tổ quốc (MTTQ) Việt Nam là 907,454 tỷ đồng.",
            {(Decimal(907454 * 10**6), "VND", None, None)},
        ),
        # vietnam.diplo.de: a range of euros with thousands dots, and "lên tới" (no qualifier)
        (
            "kinh phí xin tài trợ trong khoảng từ 4.000 đến 12.000 Euro (được tính theo VND, tùy theo tỷ giá); "
            "trong trường hợp đặc biệt có thể hỗ trợ tài  chính lên tới 25.000 Euro.",
            {(Decimal(4000), "EUR", None, Decimal(12000)), (Decimal(25000), "EUR", None, None)},
        ),
        # duonews.today: an English thousands comma before baht; the US dollar spelled out
        (
            "khoản trợ cấp tiền mặt 10,000 baht (300 đô la Mỹ) mỗi người từ chương trình hỗ trợ lớn nhất "
            "từ trước đến nay của nước này, trị giá 14 tỷ đô la Mỹ.",
            {
                (Decimal(10000), "THB", None, None),
                (Decimal(300), "USD", None, None),
                (Decimal(14 * 10**9), "USD", None, None),
            },
        ),
        # qdnd.vn: roubles with their value in "đồng Việt Nam"
        (
            "đã quyên góp được 168.020 rúp (tương đương hơn 100 triệu đồng Việt Nam).",
            {(Decimal(168020), "RUB", None, None), (Decimal(10**8), "VND", "more_than", None)},
        ),
        # 88tysobongda.com (a TTXVN dispatch): kip with an approximate value in đồng
        (
            "ông Nguyễn Đăng Hùng đã trao số tiền 25 triệu kíp (khoảng 55 triệu đồng) cho ông Viengthong Hatsachan",
            {(Decimal(25 * 10**6), "LAK", None, None), (Decimal(55 * 10**6), "VND", "about", None)},
        ),
        # world.kbs.co.kr: won with their value in dollars
        (
            "quy mô 100 triệu won (84.409 USD) do ông Kim Bong-jin quyên góp.",
            {(Decimal(10**8), "KRW", None, None), (Decimal(84409), "USD", None, None)},
        ),
        # cand.com.vn: counts of text messages and a phone short code beside the sums are no sums
        (
            "Cổng nhân đạo quốc gia đã ghi nhận có 1.066.429 lượt tin nhắn ủng hộ đến cổng 1409, với số tiền "
            "tương ứng trên 19 tỉ đồng. Mạng MobiFone với gần 340.000 tin nhắn (trên 6 tỉ đồng).",
            {(Decimal(19 * 10**9), "VND", "more_than", None), (Decimal(6 * 10**9), "VND", "more_than", None)},
        ),
        # xsdinh.com (Báo Đồng Nai): "gần 5 ngàn suất học bổng" counts scholarships
        (
            "đã trao gần 5 ngàn suất học bổng, tổng trị giá gần 11 tỷ đồng cho học sinh từ lớp 10 đến lớp 12.",
            {(Decimal(11 * 10**9), "VND", "nearly", None)},
        ),
        # nhandan.vn: a vague "hàng trăm nghìn tỷ đồng" is no sum
        (
            "Theo thống kê chưa chính thức, thiệt hại có thể lên đến hàng trăm nghìn tỷ đồng.",
            set(),
        ),
    ],
)
def test_corpus_sentences(sentence: str, expected: set[tuple[Decimal, str, str | None, Decimal | None]]) -> None:
    """Sentences of an unlabeled corpus of outlets outside the dev set's held-out half, judged by hand."""
    assert {(m.value, m.currency, m.qualifier, m.upper) for m in sums(sentence)} == expected

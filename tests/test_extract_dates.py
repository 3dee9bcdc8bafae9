"""Dates and terms: written forms, year inference, generated dates."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd import Article, DateRef, Paragraph, Term
from dnnd.extractors.dates import _MONTH_RE, DateExtractor, TermExtractor, _months, infer_year, lunar_year
from dnnd.plugin import ExtractionContext
from dnnd.text.words import WordIndex

TZ = ZoneInfo("Asia/Ho_Chi_Minh")


def run(article: Article) -> tuple[list[Any], list[Any]]:
    mentions: list[Any] = []
    entities: list[Any] = []
    for extractor in (DateExtractor(), TermExtractor()):
        result = extractor.extract(ExtractionContext(article, tuple(mentions), tuple(entities)))
        mentions.extend(result.mentions)
        entities.extend(result.entities)
    for mention in mentions:
        assert article.text[mention.start : mention.end] == mention.text
    return mentions, entities


def dates_in(text: str, published: datetime | None = None, title: str | None = None) -> list[tuple[str, Any, Any]]:
    entities = run(Article(title=title, blocks=[Paragraph(text)], published=published))[1]
    return [(d.name, d.value, d.part) for d in entities if isinstance(d, DateRef)]


PUB = datetime(2026, 1, 10, 10, 34, tzinfo=TZ)


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("Sáng 10/1, Liên hiệp tổ chức hội nghị.", ("Sáng 10/1", date(2026, 1, 10), "sáng")),
        ("Chiều 28/11, tại Trung tâm hội nghị", ("Chiều 28/11", date(2025, 11, 28), "chiều")),
        ("Ngày 1/3, Liên hiệp tổ chức Đại hội", ("Ngày 1/3", date(2026, 3, 1), None)),
        ("Tối 24/10, đoàn đến", ("Tối 24/10", date(2025, 10, 24), "tối")),
        ("Sáng 11-10, các đoàn đại biểu", ("Sáng 11-10", date(2025, 10, 11), "sáng")),
        ("theo chỉ thị ngày 19/9/2019 của", ("ngày 19/9/2019", date(2019, 9, 19), None)),
        ("ban hành 26/02/2024 về việc", ("26/02/2024", date(2024, 2, 26), None)),
        ("trong dịp 8-3 năm nay", ("8-3", date(2026, 3, 8), None)),
        ("ngày 2 tháng 3 năm 2024", ("ngày 2 tháng 3 năm 2024", date(2024, 3, 2), None)),
        ("Trưa hôm 5/1 trời mưa", ("Trưa hôm 5/1", date(2026, 1, 5), "trưa")),
        # a dot between day and month (vinhphuctv.vn, baohagiang.vn)
        ("Ngày 26.12, đồng chí Nguyễn Ngọc Phi có buổi tiếp", ("Ngày 26.12", date(2025, 12, 26), None)),
        ("ký ngày 25.6.2012 tại", ("ngày 25.6.2012", date(2012, 6, 25), None)),
        # today's date in brackets (tinbong247.org/Báo Lạng Sơn, baobinhduong.vn, vov.gov.vn)
        ("LSO– Chiều nay (31/8), đồng chí X tiếp xã giao", ("31/8", date(2025, 8, 31), None)),
        # today's date without brackets (quangnam.gov.vn, m.baomoi.com)
        ("Sáng nay 14/9, Đoàn đại biểu cấp cao tỉnh Sê Kông", ("Sáng nay 14/9", date(2025, 9, 14), "sáng")),
        ("Hôm nay 5/12, tại Hà Nội diễn ra Đại hội", ("Hôm nay 5/12", date(2025, 12, 5), None)),
        # yesterday's date (hanoidep.vn: "diễn ra vào hôm qua (16/6)")
        ("Đại hội diễn ra vào hôm qua (9/1), ông X", ("9/1", date(2026, 1, 9), None)),
        ("Chiều qua 9/1, Liên hiệp tổ chức hội nghị", ("Chiều qua 9/1", date(2026, 1, 9), "chiều")),
        # a stray space beside the dash before the year (mongcai.gov.vn, a tune page): the year is the date's
        ("Ngày 11-3- 2014, tại mũi Sa Vỹ", ("Ngày 11-3- 2014", date(2014, 3, 11), None)),
    ],
)
def test_day_forms(sentence: str, expected: tuple[str, date, str | None]) -> None:
    assert dates_in(sentence, PUB) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "tăng 3-4 lần",
        "2/3 số hộ",
        "sụt 2-3 kg",
        "Covid-19",
        "số 12/2023/NĐ-CP",
        "31/2/2024",
        "tăng 2.5 lần",
        "1.500 người",
    ],
)
def test_not_dates(sentence: str) -> None:
    assert dates_in(sentence, PUB) == []


def test_a_dot_and_a_space_before_a_year_end_a_sentence() -> None:
    # the stray space is taken beside a dash or a slash only: after a dot it ends the sentence
    assert dates_in("Ngày 26.12. 2014 là năm", PUB) == [("Ngày 26.12", date(2025, 12, 26), None)]


def test_months() -> None:
    mentions, entities = run(
        Article(blocks=[Paragraph("Sau tháng 9/2026, kỳ soát xét vào tháng 3, đến T9/2013.")], published=PUB)
    )
    assert [(d.name, d.value) for d in entities if isinstance(d, DateRef)] == [
        ("tháng 9/2026", date(2026, 9, 1)),
        ("tháng 3", date(2026, 3, 1)),
        ("T9/2013", date(2013, 9, 1)),
    ]
    assert {m.attrs["precision"] for m in mentions if m.kind == "date"} == {"month"}


def test_months_found_at_their_words_as_the_scan_finds_them() -> None:
    # the months are tried only at "tháng" and at a "T" before a digit (the word index): the same matches as the
    # pattern's scan over the whole text, "Tháng", "tháng 6-2018", a code in brackets, and "thángx" or "AT9/2013" none
    text = (
        "Tháng 12/2025, đoàn sang thăm; từ tháng 6-2018 đến tháng 3 - 5 năm 2019 (T9/2013), "
        "hợp tác trong thángx 4 và mã AT9/2013, Thông báo T10/2024 về tháng 13."
    )
    found = [(m.span(), m.groupdict()) for m in _months(text, WordIndex(text))]
    assert found == [(m.span(), m.groupdict()) for m in _MONTH_RE.finditer(text)]
    assert [text[start:end] for (start, end), _ in found] == [
        "Tháng 12/2025",
        "tháng 6-2018",
        "tháng 3 - 5 năm 2019",
        "T9/2013",
        "T10/2024",
        "tháng 13",
    ]


def test_year_nearest_publication() -> None:
    # late December seen from early January is last year; early January seen from December is next year
    assert dates_in("Chiều 28/12, hội nghị", PUB)[0][1] == date(2025, 12, 28)
    assert dates_in("Sáng 2/1, hội nghị", datetime(2025, 12, 30, tzinfo=TZ))[0][1] == date(2026, 1, 2)


def test_year_from_article_clues() -> None:
    text = (
        "Chiều 28/11, Cụm tổng kết hoạt động năm 2024 và triển khai nhiệm vụ năm 2025. "
        "Theo Quyết định số 326/QĐ-LHHN ngày 22/3/2024. Phương hướng năm 2025."
    )
    article = Article(title="Cụm số 2 tổng kết hoạt động năm 2024", blocks=[Paragraph(text)])
    assert infer_year(article) == 2024
    assert dates_in(text, title=article.title)[0] == ("Chiều 28/11", date(2024, 11, 28), "chiều")
    # a term's first year counts, its last does not
    assert (
        infer_year(Article(blocks=[Paragraph("Ngày 1/3, Đại hội nhiệm kỳ 2023 - 2028; giai đoạn 2017 - 2022.")]))
        == 2023
    )
    assert dates_in("Ngày 22/10, bác sĩ cho biết") == [("Ngày 22/10", None, None)]


def test_a_month_with_its_year_votes_as_a_full_date() -> None:
    # danang24h.vn, no publication date: "tháng 6-2018" (dash, as "20-6-2018" is written) outweighs "Năm 2017"
    text = (
        "Sáng 20-6, ông Trương Quang Nghĩa, Bí thư Thành ủy Đà Nẵng tiếp ông Kim Do-hyon, Đại sứ Hàn Quốc.\n"
        "Tính đến tháng 6-2018, tại Đà Nẵng có 144 dự án đầu tư của Hàn Quốc. Năm 2017, kim ngạch xuất khẩu "
        "ước đạt 34 triệu USD."
    )
    article = Article(blocks=[Paragraph(line) for line in text.split("\n")])
    assert infer_year(article) == 2018
    assert [(d.name, d.value) for d in run(article)[1] if isinstance(d, DateRef)] == [
        ("Sáng 20-6", date(2018, 6, 20)),
        ("tháng 6-2018", date(2018, 6, 1)),
    ]
    # tphcm.baochinhphu.vn: "tháng 6/2021" is the year of a day near it; a publication date still beats it
    near = "Hội đã quyên góp được 500 triệu đồng trong 4 ngày tháng 6/2021, trao cho Quỹ ngày 10/7."
    assert dates_in(near)[-1] == ("ngày 10/7", date(2021, 7, 10), None)
    assert dates_in(near, PUB)[-1] == ("ngày 10/7", date(2026, 7, 10), None)
    # tienphong.vn: a month planned ("dự kiến sẽ ... vào cuối tháng 2/2022") is no clue to the report's year
    planned = Article(
        blocks=[
            Paragraph("Dự án Trường học mơ ước năm 2021 tại tỉnh Hải Dương được triển khai tại Trường Tiểu học Cổ Bì."),
            Paragraph(
                "Ngày 28/11, Trung tâm hợp tác hữu nghị tổ chức lễ khởi công. Công trình có giá trị 1,9 tỷ đồng, dự "
                "kiến sẽ được hoàn thiện và bàn giao cho trường vào cuối tháng 2/2022."
            ),
        ]
    )
    assert infer_year(planned) == 2021
    assert next(d.value for d in run(planned)[1] if isinstance(d, DateRef)) == date(2021, 11, 28)
    # "ngày 20 tháng 6 năm 2018" is a day (2) and a "năm 2018" (1), its month no third vote: the tie goes later
    tie = "Ngày 20 tháng 6 năm 2018, Hội ra mắt. Trong năm 2019, Hội có 9 chi hội; năm 2019 có 12, năm 2019 có 15."
    assert infer_year(Article(blocks=[Paragraph(tie)])) == 2019


def test_past_and_future_words_after_a_day_pick_its_year_around_the_publication_date() -> None:
    november = datetime(2021, 11, 8, tzinfo=TZ)
    # world.kbs.co.kr: "tháng 2 vừa qua" in a November report is that year's February, not the nearer next one
    recalled = "Tháng 2 vừa qua, ông Kim Bong-jin đã trở thành người quyên góp thứ 219 của quỹ từ thiện toàn cầu."
    assert dates_in(recalled, november) == [("Tháng 2", date(2021, 2, 1), None)]
    assert dates_in("Lễ trao học bổng sẽ diễn ra vào ngày 20/3 tới tại Hà Nội.", datetime(2021, 8, 1, tzinfo=TZ)) == [
        ("ngày 20/3", date(2022, 3, 20), None)
    ]
    # "tới" before a place or a visit is the verb "come to"
    came = "Sáng 28/9 tới Hà Nội, đoàn làm việc với Liên hiệp."
    assert dates_in(came, datetime(2021, 10, 10, tzinfo=TZ)) == [("Sáng 28/9", date(2021, 9, 28), "sáng")]
    # "tới" before a day is "until", no future word
    span = "Triển lãm mở cửa từ ngày 1/10 tới ngày 5/10."
    assert [value for _, value, _ in dates_in(span, november)] == [date(2021, 10, 1), date(2021, 10, 5)]


def test_a_plans_period_votes_weakly_and_a_review_of_it_comes_at_its_end() -> None:
    # a plan's period repeated outweighs nothing written as the year things happen
    text = (
        "Sáng 10/3, Hội triển khai Kế hoạch giai đoạn 2021 - 2030. Kế hoạch giai đoạn 2021 - 2030 gồm 5 nhóm "
        "nhiệm vụ. Trong năm 2023, Hội đã tổ chức 12 đoàn."
    )
    assert infer_year(Article(blocks=[Paragraph(text)])) == 2023
    # "tổng kết giai đoạn 2016 - 2020" in January: the review of the period just ended
    review = "Sáng 10/1, Liên hiệp tổ chức hội nghị tổng kết giai đoạn 2016 - 2020."
    assert dates_in(review) == [("Sáng 10/1", date(2021, 1, 10), "sáng")]


@pytest.mark.parametrize(
    ("sentence", "name", "start", "end", "ordinal"),
    [
        ("trong nhiệm kỳ 2023 - 2028 tiếp tục", "nhiệm kỳ 2023 - 2028", 2023, 2028, None),
        ("Đảng bộ nhiệm kỳ 2025-2030, đã đến", "nhiệm kỳ 2025-2030", 2025, 2030, None),
        ("Chủ tịch nhiệm kỳ 2023 – 2028.", "nhiệm kỳ 2023 – 2028", 2023, 2028, None),
        ("đối ngoại nhân dân giai đoạn 2017 - 2022.", "giai đoạn 2017 - 2022", 2017, 2022, None),
        ("5 năm tới (2023 - 2028), trọng tâm", "2023 - 2028", 2023, 2028, None),
        ("Liên hiệp tỉnh Lai Châu khóa III.", "khóa III", None, None, 3),
        ("Ban Chấp hành Trung ương khoá XVI", "khoá XVI", None, None, 16),
        ("Ban Chấp hành lần thứ VI, nhiệm", "lần thứ VI", None, None, 6),
        ("Tại phiên họp thứ nhất, ông", "phiên họp thứ nhất", None, None, 1),
        ("tại kỳ họp thứ 7 của Quốc hội", "kỳ họp thứ 7", None, None, 7),
        ("tổng kết năm 2025 và", "năm 2025", 2025, 2025, None),
    ],
)
def test_terms(sentence: str, name: str, start: int | None, end: int | None, ordinal: int | None) -> None:
    terms = [e for e in run(Article(blocks=[Paragraph(sentence)]))[1] if isinstance(e, Term)]
    assert [(t.name, t.start_year, t.end_year, t.ordinal) for t in terms] == [(name, start, end, ordinal)]


def test_same_term_written_differently_is_one_entity() -> None:
    text = "nhiệm kỳ 2023 - 2028 và nhiệm kỳ 2023-2028, rồi nhiệm kỳ 2023 – 2028."
    terms = [e for e in run(Article(blocks=[Paragraph(text)]))[1] if isinstance(e, Term)]
    assert len(terms) == 1 and len(terms[0].spans) == 3


def test_year_in_a_full_date_is_not_a_term() -> None:
    terms = [e for e in run(Article(blocks=[Paragraph("ngày 2 tháng 3 năm 2024")]))[1] if isinstance(e, Term)]
    assert terms == []


PARTS = ["", "Sáng ", "Chiều ", "Tối ", "Trưa ", "Đêm ", "Ngày ", "ngày "]


@settings(max_examples=150, deadline=None)
@given(
    st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31)),
    st.sampled_from(PARTS),
    st.booleans(),
    st.booleans(),
    st.sampled_from(["/", "-"]),
)
def test_generated_dates(day: date, part: str, with_year: bool, padded: bool, sep: str) -> None:
    d, m = (f"{day.day:02d}", f"{day.month:02d}") if padded else (str(day.day), str(day.month))
    if not part and not with_year:
        part = "ngày "
    written = f"{part}{d}{sep}{m}" + (f"{sep}{day.year}" if with_year else "")
    published = datetime(day.year, day.month, day.day, 12, tzinfo=TZ)
    part_word = part.strip().lower()
    expected_part = part_word if part_word not in ("", "ngày") else None
    assert dates_in(f"Tin cho biết, {written}, đoàn công tác đã đến.", published) == [(written, day, expected_part)]


def dated(paragraphs: list[str], published: datetime | None = None) -> list[tuple[str, Any]]:
    article = Article(blocks=[Paragraph(p) for p in paragraphs], published=published)
    return [(d.name, d.value) for d in run(article)[1] if isinstance(d, DateRef)]


COUNTERS = ["20/10/2025 9:18:03 AM — 734", "16/10/2025 9:00:45 AM — 1179", "15/10/2025 4:50:50 PM — 1196"]


def test_year_of_a_congress_is_its_terms_first() -> None:
    congress = "Sáng 10-5, Hội hữu nghị Việt-Hàn tỉnh tổ chức Đại hội lần thứ II, nhiệm kỳ 2022-2027. Tham dự có ông A."
    # view counters neither out-vote the term nor, read as the publication date, beat it
    assert dated([congress, *COUNTERS])[0] == ("Sáng 10-5", date(2022, 5, 10))
    assert dated([congress], datetime(2025, 10, 20, tzinfo=TZ))[0] == ("Sáng 10-5", date(2022, 5, 10))
    # a term in a sentence about something else than its opening is no clue: the publication date decides
    midterm = "Sáng 10-5, Hội tổ chức hội nghị sơ kết giữa nhiệm kỳ 2022-2027."
    assert dated([midterm], datetime(2025, 5, 12, tzinfo=TZ))[0] == ("Sáng 10-5", date(2025, 5, 10))


def test_year_written_in_the_sentence_or_paragraph() -> None:
    assert dated(
        ["Trong năm 2023, Hội đã tổ chức nhiều hoạt động; ngày 15/12, Hội trao 50 suất quà cho học sinh.", *COUNTERS]
    )[0] == ("ngày 15/12", date(2023, 12, 15))
    assert dated(
        [
            "Theo kế hoạch năm 2025, Hội sẽ mở rộng hợp tác.",
            "Năm 2023, Hội vận động được 2 tỷ đồng. Ngày 15/12, Hội trao 50 suất quà cho học sinh nghèo.",
        ]
    )[-1] == ("Ngày 15/12", date(2023, 12, 15))
    # a framing year beats the publication date; a year the sentence is about, or tells after the day, does not
    assert dated(
        ["Trong năm 2023, Hội đã tổ chức nhiều hoạt động; ngày 15/12, Hội trao quà."], datetime(2025, 1, 3, tzinfo=TZ)
    )[0] == ("ngày 15/12", date(2023, 12, 15))
    assert dated(
        ["Chiều 28/12, Hội trao 200 suất quà Tết Nguyên đán năm 2025 cho các hộ nghèo."],
        datetime(2024, 12, 29, tzinfo=TZ),
    )[0] == ("Chiều 28/12", date(2024, 12, 28))
    assert dated(
        ["Sáng 10/5, ông A cho biết, từ năm 2015 đến nay Hội đã vận động 20 tỷ đồng."], datetime(2025, 5, 11, tzinfo=TZ)
    )[0] == ("Sáng 10/5", date(2025, 5, 10))
    # a year written right after the day is its own
    assert dated(["Ngày 10/1 năm 2024, Hội trao 50 suất quà."], datetime(2025, 1, 12, tzinfo=TZ))[0] == (
        "Ngày 10/1",
        date(2024, 1, 10),
    )


def test_review_of_a_year_is_held_after_it() -> None:
    review = "Sáng 10/1, Liên hiệp tổ chức hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025."
    assert dated([review, "Ngày 22/3/2024, Hội được thành lập."])[0] == ("Sáng 10/1", date(2025, 1, 10))
    assert dated([review.replace("10/1", "28/11")])[0] == ("Sáng 28/11", date(2024, 11, 28))
    # the review is of the year after its word, not of the plan's year after it
    after = "Hội nghị tổng kết công tác năm 2024 và triển khai nhiệm vụ năm 2025 diễn ra sáng 10/1 tại Hà Nội."
    assert dated([after])[0] == ("sáng 10/1", date(2025, 1, 10))


def test_year_after_an_anniversary_count_is_the_one_celebrated() -> None:
    text = "Sáng 29/4, Hội tổ chức lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam (30/4/1975 - 30/4/2025)."
    earlier = "Hội được thành lập ngày 22/3/2024 theo Quyết định ngày 2/3/2024."
    assert dated([text, earlier])[0] == ("Sáng 29/4", date(2025, 4, 29))
    # the year celebrated is not written: the historical year is no clue
    bare = "Sáng 29/4, Hội tổ chức lễ kỷ niệm 50 năm Ngày Giải phóng miền Nam 30/4/1975."
    assert dated([bare], datetime(2025, 4, 30, tzinfo=TZ))[0] == ("Sáng 29/4", date(2025, 4, 29))


def test_years_outside_prose_weigh_less_in_the_vote() -> None:
    prose = "Theo Quyết định số 326/QĐ-LHHN ngày 22/3/2024 của Liên hiệp các tổ chức hữu nghị tỉnh."
    assert infer_year(Article(blocks=[Paragraph(prose), *(Paragraph(line) for line in COUNTERS[:2])])) == 2024
    assert infer_year(Article(blocks=[Paragraph(line) for line in [prose[:60], *COUNTERS[:2]]])) == 2025


def test_the_ends_of_an_anniversary_span_are_days_celebrated() -> None:
    # vietnamplus.vn: a span written without spaces round its dash is two full dates, its end the year's clue
    text = (
        "Ngày 12/9 tại Kuala Lumpur, nhân kỷ niệm 80 năm Quốc khánh nước Cộng hòa Xã hội Chủ nghĩa Việt Nam "
        "(2/9/1945-2/9/2025), Đại sứ Lào tại Malaysia đã đến thăm, chúc mừng Đại sứ quán Việt Nam."
    )
    mentions, _ = run(Article(blocks=[Paragraph(text)]))
    days = {m.text: m.attrs.get("anniversary") for m in mentions if m.kind == "date"}
    assert days == {"Ngày 12/9": None, "2/9/1945": True, "2/9/2025": True}
    assert dated([text])[0] == ("Ngày 12/9", date(2025, 9, 12))
    # haiphong.gov.vn: with spaces round the dash; a date after a count whose year is written is celebrated too
    spaced = "tham dự Lễ kỷ niệm 70 năm Ngày giải phóng Hải Phòng (13/5/1955 - 13/5/2025) và Lễ hội Hoa Phượng Đỏ."
    won = "Hội tổ chức gặp mặt kỷ niệm 50 năm Chiến thắng 30/4/1975 vào ngày 25/4/2025."
    for line, celebrated in ((spaced, {"13/5/1955", "13/5/2025"}), (won, {"30/4/1975"})):
        mentions, _ = run(Article(blocks=[Paragraph(line)]))
        assert {m.text for m in mentions if m.attrs.get("anniversary")} == celebrated
    # two dates of a plain span, no anniversary before them, are days things happen on
    plain = "Đoàn công tác làm việc tại Lào từ ngày 12/9/2024 - 15/9/2024."
    assert not any(m.attrs.get("anniversary") for m in run(Article(blocks=[Paragraph(plain)]))[0])


def test_a_target_year_neither_dates_a_day_nor_votes() -> None:
    # sggp.org.vn: "tầm nhìn đến năm 2045" is a year aimed at; the plan's period opens in the year of the report
    text = [
        "Ngày 19-1, tại Hà Nội, Thứ trưởng Bộ Ngoại giao Lê Thị Thu Hằng đã tiếp các đại sứ đặc mệnh toàn quyền.",
        "Đại hội đề ra phương hướng phát triển đất nước giai đoạn 2026–2030, tầm nhìn đến năm 2045.",
    ]
    assert dated(text)[0] == ("Ngày 19-1", date(2026, 1, 19))
    assert infer_year(Article(blocks=[Paragraph(text[1])])) == 2026


def test_a_span_of_days_is_its_first_day() -> None:
    # qdnd.vn, vtv.vn, baolangson.vn: a meeting of several days is dated by its first
    for text, name, first, last in (
        ("Trong hai ngày 19 và 20-12, tại thành phố Luang Prabang (Lào) diễn ra cuộc họp.", "ngày 19 và 20-12", 19, 20),
        ("Trong hai ngày diễn ra cuộc họp (20-21/6), hai bên tập trung bàn bạc 5 nội dung.", "20-21/6", 20, 21),
        ("Từ ngày 25 đến 28-12-2021, tại tỉnh Luông Pha-băng đã diễn ra cuộc họp.", "ngày 25 đến 28-12-2021", 25, 28),
    ):
        mentions, _ = run(Article(blocks=[Paragraph(text)], published=PUB))
        days = [(m.text, m.attrs["day"], m.attrs.get("day_end")) for m in mentions if m.kind == "date"]
        assert days == [(name, first, last)]
    assert dated(["Từ ngày 25 đến 28-12-2021, tại tỉnh Luông Pha-băng đã diễn ra cuộc họp."]) == [
        ("ngày 25 đến 28-12-2021", date(2021, 12, 25))
    ]
    # no word making it a date, no bracket: a score, a fraction; a number after a word and a dash is no day
    assert dated(["Đội bóng thua với tỷ số 3-4/5 trận."]) == []
    assert dated(["Tổ chức phòng chống dịch Covid-19/3 đợt từ ngày 5/4."], PUB) == [("ngày 5/4", date(2026, 4, 5))]


def test_a_day_or_month_that_comes_back_every_year_is_no_date() -> None:
    text = "Hai bên thống nhất tổ chức giao lưu vào tháng 6 hàng năm. Ngày 2/9 hằng năm, Hội tổ chức gặp mặt."
    assert dates_in(text, PUB) == []
    assert dates_in("Tháng 6 năm 2020 hai bên ký kết.", PUB) == [("Tháng 6 năm 2020", date(2020, 6, 1), None)]


def test_a_lunar_year_named_without_digits_votes_for_its_year() -> None:
    # the pages that write both agree ("Quý Mão 2023", dantri.com.vn; "Mậu Tuất 2018", "Kỷ Hợi 2019": tune pages)
    assert (lunar_year("Quý", "Mão"), lunar_year("Mậu", "Tuất"), lunar_year("Kỷ", "Hợi")) == (2023, 2018, 2019)
    assert lunar_year("Giáp", "Sửu") is None  # a stem and a branch of different parity name no year
    # a blogspot repost of a Tết meeting (tune page): the lunar year is the only year the article names
    text = (
        "Hơn 500 người Việt ở nước ngoài về quê ăn Tết đã đến dự buổi gặp mặt kiều bào xuân Nhâm Thìn tại Hội "
        "trường TPHCM hôm 7-1. Chương trình giao lưu được tổ chức tại Cung văn hóa lao động TPHCM sáng 8-1."
    )
    assert [value for _, value, _ in dates_in(text)] == [date(2012, 1, 7), date(2012, 1, 8)]
    # recalled beside its year in digits, the lunar year is that year's, not the current cycle's
    recalled = "Cuộc Tổng tiến công Tết Mậu Thân diễn ra năm 1968. Sau Tết Mậu Thân, ngày 5/3 quân ta tiến công."
    assert infer_year(Article(blocks=[Paragraph(recalled)])) == 1968

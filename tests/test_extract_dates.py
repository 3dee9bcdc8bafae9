"""Dates and terms: written forms, year inference, generated dates."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd import Article, DateRef, Paragraph, Term
from dnnd.extractors.dates import DateExtractor, TermExtractor, infer_year
from dnnd.plugin import ExtractionContext

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
    ],
)
def test_day_forms(sentence: str, expected: tuple[str, date, str | None]) -> None:
    assert dates_in(sentence, PUB) == [expected]


@pytest.mark.parametrize(
    "sentence", ["tăng 3-4 lần", "2/3 số hộ", "sụt 2-3 kg", "Covid-19", "số 12/2023/NĐ-CP", "31/2/2024"]
)
def test_not_dates(sentence: str) -> None:
    assert dates_in(sentence, PUB) == []


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

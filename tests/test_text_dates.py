"""Publication stamps: every shape Vietnamese pages print, and a round trip."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd.text.dates import TZ, find_published, is_date_line, parse_published


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("13:33 | 03/11/2023 GMT+7", "2023-11-03T13:33:00+07:00"),
        ("Thứ Bảy, ngày 10/01/2026 - 10:34 GMT+7", "2026-01-10T10:34:00+07:00"),
        ("10/01/2026 10:34", "2026-01-10T10:34:00+07:00"),
        ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", "2025-10-22T19:25:00+07:00"),
        ("07-03-2026 - 00:01 AM", "2026-03-07T00:01:00+07:00"),
        ("07-03-2026 - 12:01 AM", "2026-03-07T00:01:00+07:00"),
        ("07-03-2026 - 01:15 PM", "2026-03-07T13:15:00+07:00"),
        ("2023-07-01T16:52:00+07:00", "2023-07-01T16:52:00+07:00"),
        ("2023-07-01T09:52:00Z", "2023-07-01T16:52:00+07:00"),
        ("2023-07-01 16:52", "2023-07-01T16:52:00+07:00"),
        ("10/01/2026 08:34 GMT+9", "2026-01-10T06:34:00+07:00"),
        ("15:2, Thứ Tư, 17-4-2024", "2024-04-17T15:02:00+07:00"),  # minutes unpadded, the weekday between
        ("08:30 Thứ Hai, 12/06/2024", "2024-06-12T08:30:00+07:00"),
        ("17/4/2024 15:2", "2024-04-17T15:02:00+07:00"),
        ("2024/6/12 08:30", "2024-06-12T08:30:00+07:00"),  # year first, month and day unpadded
    ],
)
def test_stamps_with_time_are_aware_datetimes_in_vietnam(text: str, expected: str) -> None:
    value = parse_published(text)
    assert isinstance(value, datetime)
    assert value.isoformat() == expected
    assert value.tzinfo is not None and value.utcoffset() == timedelta(hours=7)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("ngày 10/01/2026", date(2026, 1, 10)), ("2023-07-01", date(2023, 7, 1)), ("Thứ hai, 5/2/2024", date(2024, 2, 5))],
)
def test_stamps_without_time_are_dates(text: str, expected: date) -> None:
    value = parse_published(text)
    assert value == expected and not isinstance(value, datetime)


def test_a_date_printed_year_first_with_slashes() -> None:
    # the citation_publication_date meta's form (Highwire's, which some CMSs print for Google Scholar)
    assert parse_published("2024/06/12") == date(2024, 6, 12)
    # not a path's segments nor a version number
    assert find_published("https://example.vn/2024/06/12/bai-viet") is None
    assert find_published("bản 2.2024.06.12") is None


def test_a_ratio_before_a_date_is_not_its_time() -> None:
    assert parse_published("tỷ số 3:2 ngày 12/6/2024") == date(2024, 6, 12)


@pytest.mark.parametrize("text", ["", "Không có ngày", "31/02/2024", "45/13/2024", "năm 2025"])
def test_no_valid_stamp(text: str) -> None:
    assert find_published(text) is None


def test_find_returns_the_span_of_the_stamp() -> None:
    text = "Kiều Thu (Báo Lào Cai điện tử, Thứ Bảy, ngày 10/01/2026 - 10:34 GMT+7)"
    found = find_published(text)
    assert found is not None
    value, start, end = found
    assert text[start:end] == "10/01/2026 - 10:34 GMT+7"
    assert value == datetime(2026, 1, 10, 10, 34, tzinfo=TZ)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("13:33 | 03/11/2023 GMT+7", True),
        ("Thứ tư, 22/10/2025, 19:25 (GMT+7)", True),
        ("Cập nhật: 10/01/2026 10:34", True),
        ("Ngày 1/3/2023, Liên hiệp các tổ chức hữu nghị tỉnh tổ chức Đại hội.", False),
        ("Hướng dẫn số 780-HD/LHHN-BCTĐP ngày 20/7/2021", False),
    ],
)
def test_date_lines_are_told_from_sentences(line: str, expected: bool) -> None:
    assert is_date_line(line) is expected


moments = st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2035, 12, 31)).map(
    lambda d: d.replace(second=0, microsecond=0, tzinfo=TZ)
)
LAYOUTS = (
    "{H:02d}:{M:02d} | {d:02d}/{m:02d}/{y} GMT+7",
    "Thứ Bảy, ngày {d:02d}/{m:02d}/{y} - {H:02d}:{M:02d} GMT+7",
    "{d}/{m}/{y} {H}:{M:02d}",
    "Thứ tư, {d:02d}/{m:02d}/{y}, {H:02d}:{M:02d} (GMT+7)",
    "{d:02d}-{m:02d}-{y} - {h12:02d}:{M:02d} {ampm}",
)


@given(moments, st.sampled_from(LAYOUTS))
def test_round_trip_every_layout(moment: datetime, layout: str) -> None:
    h12 = moment.hour % 12 or 12
    text = layout.format(
        H=moment.hour, M=moment.minute, d=moment.day, m=moment.month, y=moment.year,
        h12=h12, ampm="PM" if moment.hour >= 12 else "AM",
    )  # fmt: skip
    assert parse_published(text) == moment
    assert is_date_line(text)

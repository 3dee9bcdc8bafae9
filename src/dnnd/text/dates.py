"""Publication dates as Vietnamese news pages print them.

Pages show when an article went up in many shapes, all of them day-first::

    13:33 | 03/11/2023 GMT+7
    15:2, Thứ Tư, 17-4-2024
    Thứ Bảy, ngày 10/01/2026 - 10:34 GMT+7
    10/01/2026 10:34
    Thứ tư, 22/10/2025, 19:25 (GMT+7)
    07-03-2026 - 00:01 AM
    2023-07-01T16:52:00+07:00
    2024/06/12 08:30            (year first: citation_publication_date, East Asian CMSs)
    2025.11.14

:func:`parse_published` turns such a string into an aware ``datetime`` in
``Asia/Ho_Chi_Minh`` (or a ``date`` when only the day is shown).
:func:`find_published` also says where in the string the date was found, as a
tuple ``(value, start, end)``, so that callers can tell a line that *is* a
date from a sentence that merely contains one (see :func:`is_date_line`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

__all__ = ["TZ", "Published", "find_published", "is_date_line", "parse_published"]

#: The time zone every publication time is given in.
TZ = ZoneInfo("Asia/Ho_Chi_Minh")

#: What a page's publication stamp resolves to: a moment, or only a day.
Published = datetime | date

_DAY = r"(?P<d>[0-3]?\d)[/.\-](?P<m>[01]?\d)[/.\-](?P<y>(?:19|20)\d\d)"
# Minutes may be printed unpadded ("15:2, Thứ Tư" is 15:02) by some CMSs: then a separator or the end follows.
_TIME = r"(?P<H>[0-2]?\d)[:h](?P<M>[0-5]\d|\d(?=\s*[,|\-–]|\s*$))(?::(?P<S>[0-5]\d))?(?:\s*(?P<ampm>[AaPp]\.?[Mm]\.?))?"
# The gap between a date and its time: spaces and the separators pages use (|, -, ',', 'lúc').
_GAP = r"[\s,|\-–]*(?:lúc\s*)?[\s,|\-–]*"
# "GMT+7" or "(GMT+7)"; a closing bracket is taken only when the stamp opened one.
_OFFSET = r"(?:\s*(?P<op>\()?\s*(?:GMT|UTC)\s*(?P<off>[+\-]\s*\d{1,2})(?::?(?P<offm>\d\d))?\s*(?(op)\)))?"

_DATE_THEN_TIME = re.compile(_DAY + r"(?:" + _GAP + _TIME + r")?" + _OFFSET)
# Between a time and its date a page may print the weekday: "15:2, Thứ Tư, 17-4-2024".
_WEEKDAY_GAP = r"(?:(?i:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)[\s,|\-–]*)?(?:(?i:ngày)\s*)?"
_TIME_THEN_DATE = re.compile(
    _TIME.replace("?P<", "?P<t_")
    + _GAP
    + _WEEKDAY_GAP
    + _DAY.replace("?P<", "?P<t_")
    + _OFFSET.replace("?P<", "?P<t_").replace("(?(op)", "(?(t_op)")
)
_ISO = re.compile(
    r"(?P<y>(?:19|20)\d\d)-(?P<m>[01]\d)-(?P<d>[0-3]\d)"
    r"(?:[T ](?P<H>[0-2]\d):(?P<M>[0-5]\d)(?::(?P<S>[0-5]\d)(?:\.\d+)?)?(?P<tz>Z|[+\-]\d\d:?\d\d)?)?"
)
# A date printed year first with slashes or dots ("2024/06/12", the ``citation_publication_date`` form; "2024/6/12
# 08:30"; "2025.11.14", as East Asian and some Vietnamese CMSs print a stamp); the ISO dashes are read above. Not
# inside a path or a version number ("/2024/06/12/", "2.2025.11.14").
_YEAR_FIRST = re.compile(
    r"(?<![\d./])(?P<f_y>(?:19|20)\d\d)(?P<f_sep>[./])(?P<f_m>[01]?\d)(?P=f_sep)(?P<f_d>[0-3]?\d)(?![\d./])"
    + r"(?:"
    + _GAP
    + _TIME.replace("?P<", "?P<f_")
    + r")?"
    + _OFFSET.replace("?P<", "?P<f_").replace("(?(op)", "(?(f_op)")
)
# Words that may surround a date on a date line: weekday names, "ngày", "cập nhật".
_DATE_LINE_WORDS = re.compile(
    r"(?i)\b(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|2|3|4|5|6|7)|chủ\s+nhật|ngày|cập\s+nhật|đăng|lúc|gmt|utc)\b"
)


def _hour(hour: int, ampm: str | None) -> int:
    if not ampm:
        return hour
    pm = ampm.lower().startswith("p")
    if hour > 12:  # "18:48 PM", "20:00 tối": a 24-hour clock with a redundant mark
        return hour
    if hour == 12:
        return 12 if pm else 0
    return hour + 12 if pm else hour


def _build(parts: dict[str, str | None], prefix: str = "") -> Published | None:
    def get(key: str) -> str | None:
        return parts.get(prefix + key)

    try:
        day = date(int(get("y") or 0), int(get("m") or 0), int(get("d") or 0))
    except ValueError:
        return None
    if get("H") is None:
        return day
    try:
        hour = _hour(int(get("H") or 0), get("ampm"))
        local = datetime(day.year, day.month, day.day, hour, int(get("M") or 0), int(get("S") or 0))
    except ValueError:
        return day
    offset = get("off")
    if offset is None:
        return local.replace(tzinfo=TZ)
    sign = -1 if offset.strip().startswith("-") else 1
    delta = timedelta(hours=int(offset.strip()[1:].strip()), minutes=int(get("offm") or 0)) * sign
    # A page stamped in another zone: the same instant, shown in Vietnam's zone.
    return local.replace(tzinfo=timezone(delta)).astimezone(TZ)


def _iso(match: re.Match[str]) -> Published | None:
    text = match.group(0).replace(" ", "T")
    try:
        if match.group("H") is None:
            return date.fromisoformat(text)
        value = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return value.replace(tzinfo=TZ) if value.tzinfo is None else value.astimezone(TZ)


def find_published(text: str) -> tuple[Published, int, int] | None:
    """Find the first publication stamp in ``text``.

    Returns a tuple ``(value, start, end)``: ``value`` is an aware ``datetime``
    in Asia/Ho_Chi_Minh when a time is shown next to the date (a ``GMT+x``
    offset is honoured), a ``date`` when only the day is shown; ``start`` and
    ``end`` delimit the matched stamp in ``text``. Returns ``None`` when
    ``text`` holds no valid day-first, year-first or ISO date.

    >>> find_published("13:33 | 03/11/2023 GMT+7")
    (datetime.datetime(2023, 11, 3, 13, 33, tzinfo=zoneinfo.ZoneInfo(key='Asia/Ho_Chi_Minh')), 0, 24)
    """
    found: list[tuple[int, int, Published]] = []
    for match in _ISO.finditer(text):
        value = _iso(match)
        if value is not None:
            found.append((match.start(), match.end(), value))
            break
    for match in _TIME_THEN_DATE.finditer(text):
        value = _build(match.groupdict(), "t_")
        if isinstance(value, datetime):
            found.append((match.start(), match.end(), value))
            break
    for match in _DATE_THEN_TIME.finditer(text):
        value = _build(match.groupdict())
        if value is not None:
            found.append((match.start(), match.end(), value))
            break
    for match in _YEAR_FIRST.finditer(text):
        value = _build(match.groupdict(), "f_")
        if value is not None:
            found.append((match.start(), match.end(), value))
            break
    if not found:
        return None
    # The earliest stamp wins; at one position, the longer (more precise) reading.
    start, end, value = min(found, key=lambda f: (f[0], -f[1]))
    return value, start, end


def parse_published(text: str) -> Published | None:
    """The publication stamp in ``text`` (see :func:`find_published`), or ``None``.

    >>> parse_published("Thứ Bảy, ngày 10/01/2026 - 10:34 GMT+7").isoformat()
    '2026-01-10T10:34:00+07:00'
    >>> parse_published("ngày 10/01/2026")
    datetime.date(2026, 1, 10)
    """
    found = find_published(text)
    return None if found is None else found[0]


def is_date_line(line: str) -> bool:
    """True when ``line`` is only a publication stamp (with weekday, "ngày", separators).

    ``"Thứ tư, 22/10/2025, 19:25 (GMT+7)"`` is a date line; ``"Ngày 1/3/2023,
    hội nghị khai mạc."`` is a sentence and is not.
    """
    found = find_published(line)
    if found is None:
        return False
    rest = line[: found[1]] + " " + line[found[2] :]
    rest = _DATE_LINE_WORDS.sub(" ", rest)
    return not re.search(r"\w", rest)

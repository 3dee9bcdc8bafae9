"""Publication stamps as Vietnamese pages print them, and the datelines that open a lead.

A page's stamp comes in many dresses: ``Thứ Hai, 12/6/2024 - 18:48``, ``Cập nhật
lúc 16:10, Thứ Tư, 29/07/2020 (GMT+7)``, ``ngày 12 tháng 6 năm 2024``, ``- Thứ hai -
30/12/2019 14:28``, ``31 August, 2016`` (a blog template's English), ``21 thg 5, 2008``, with a view
counter, toolbar buttons, the posting account or the stamp's relative age (``2 tuần trước``) on the same line.
:func:`read_stamp` reduces such a line to the stamp and says whether anything but
stamp words is left. :func:`strip_dateline` removes the agency or place stamp that
opens a lead (``(VOV5) -``, ``TTH -``, ``HÀ NỘI -``) and a corpus prefix (`` date 2021-07``).
The words allowed beside a stamp are data (``dnnd/data/stamp_words.txt``).
"""

from __future__ import annotations

import re
from datetime import datetime
from functools import cache

from dnnd.gazetteer import places, read_list
from dnnd.text.dates import Published, find_published
from dnnd.text.normalize import match_key

__all__ = [
    "is_bare_dateline",
    "is_machine_stamp",
    "is_poster_account",
    "is_stamp_label",
    "is_stamp_line",
    "is_today_header",
    "long_dates",
    "opens_with_dateline",
    "read_stamp",
    "stamp_line",
    "stamp_segments",
    "strip_dateline",
    "timed_opening",
    "title_stamp",
]

# "ngày 12 tháng 6 năm 2024" and "12 tháng 6, 2024": the long form, written out ("12 Th6 2024" cut short, and
# "21 thg 5, 2008" as the Unicode CLDR's Vietnamese abbreviates the month, which Blogger and Google print).
_LONG = re.compile(
    r"(?i)(?:ngày\s+)?(?P<d>[0-3]?\d)\s+(?:tháng\s+|thg\s+|th(?=\d))(?P<m>[01]?\d)\s*(?:,\s*|\s+năm\s+|\s+)(?P<y>(?:19|20)\d\d)"
)
# A view counter: a number next to its label, or a bare number after a separator.
_COUNT = re.compile(r"(?i)\b\d[\d.,]*\s*(?=lượt|views?\b)|(?<=[|•·])\s*\d[\d.,]*\s*$")
# The longest line a stamp, its labels, its counters and its writer take.
_STAMP_MAX_CHARS = 200
_DIGIT = re.compile(r"\d")
_COUNTER_WORD = re.compile(r"(?i)lượt\s+(?:xem|đọc|nghe|thích)|\bviews?\b")
_BULLET = re.compile(r"^[\s\-–—•·*|]+")
# A dateline ending where the lead begins: an agency or place in brackets or in capitals, then a dash.
_DATELINE = re.compile(
    # ("GD&TĐ -", "QĐND Online -", "VOV.VN -": an acronym may hold "&", "+" and carry its site's "Online";
    # "() -": the brackets of an outlet whose name the page set as a logo image, lost to the scrape)
    r"^\s*(?:\([^()]{0,30}\)\.?|[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.&+]*(?:\s+[A-ZĐÀ-Ỹ][A-ZĐÀ-Ỹ.&+]*){0,3}(?:\s+Online)?"
    r"(?:\s*\([^()]{1,20}\))?)\s*[-–—]+\s*"
    # A site's address as its name: "VTV.vn - ", "Vietnamplus.vn - ", "Baochinhphu.vn - ".
    r"|^\s*[A-ZĐ][A-Za-zĐđ0-9-]*(?:\.(?:com|net|org|gov|edu))?\.(?:vn|VN|com|net)\s*[-–—]+\s*"
    # An agency's acronym in brackets needs no dash: "(NTO) Trong 3 tháng ...", "(TTXVN) Ngày 5/9, ...";
    # a paper's acronym may join its desk's ("(BL-TĐ) Chiều 10/2, ...").
    r"|^\s*\([A-ZĐ][A-ZĐ0-9.&]{1,9}(?:[-–/][A-ZĐ][A-ZĐ0-9.]{0,9})?\)\s+(?=[A-ZĐÀ-Ỹ0-9])"
)
# The agency's acronym in brackets opening a line, a dash or not after it ("(ĐN)- Sáng 13-3, ...",
# "(LĐBD) - Bà ..."): a lead's dateline. A headline never opens so; a media tag ("(VIDEO)") may.
_BRACKET_DATELINE = re.compile(
    r"^\s*\((?!(?:VIDEO|CLIP|ẢNH|PHOTO|INFOGRAPHICS?|PODCAST|E?MAGAZINE|LONGFORM|TRỰC TIẾP|LIVE)\))"
    r"[A-ZĐ][A-ZĐ0-9.&+]{0,9}(?:[-–/][A-ZĐ][A-ZĐ0-9.]{0,9})?\)\s*(?:[-–—]+\s*)?(?=[A-ZĐÀ-Ỹ0-9\"“])"
)
# A portal's or a place's name in brackets opening the lead, no dash ("(Cổng TTĐT) Sáng nay 17/4/2024, ...",
# "(Mường La) Thực hiện Quyết định ...", quangtri.gov.vn, sonla.gov.vn): a dateline when it names an outlet or a
# place, or when the lead after it opens with its time and day.
_BRACKETED_NAME = re.compile(r"^\s*\((?P<name>[A-ZĐÀ-Ỹ][^()\d]{1,30})\)\s+(?=[A-ZĐÀ-Ỹ0-9\"“])")
# An outlet's name before a dash ("VOV.VN - ", "Báo Đồng Nai - ") is a dateline too.
_NAMED = re.compile(r"^\s*(?P<head>[^\W\d][^-–—.!?]{1,40}?)\s+[-–—]\s+")
# A dateline naming an outlet or a place no list holds ("Hanoimoi -", "Thời Đại -", "Thanh Hóa -") is known
# by the lead after it, which opens with its time and day ("Chiều 11/6, ..."): at most this many words.
_NAMED_TIMED_WORDS = 4


@cache
def timed_opening() -> str:
    """A regex (text) for a lead's opening time and day: ``Chiều 11/6``, ``Ngày 12/6``, ``Sáng ngày 3/5``.

    The words that open a lead are data (``dnnd/data/lead_openings.txt``); the pattern matches
    them capitalised, as a lead begins.
    """
    words = sorted(read_list("lead_openings.txt"), key=len, reverse=True)
    return r"(?:" + "|".join(re.escape(w.capitalize()) for w in words) + r")\s+(?:ngày\s+)?[0-3]?\d(?=[/\-.\s])"


@cache
def _timed_lead() -> re.Pattern[str]:
    return re.compile(timed_opening())


def opens_timed_lead(words: str, line: str) -> bool:
    """True when ``words`` is only a lead's opening time word (``Ngày``, ``Sáng ngày``) and ``line`` runs on
    from it with the day and the sentence: a lead broken after its first word (``Ngày`` / ``25/4/2025, Cục
    trưởng ...``)."""
    words, line = words.strip(), line.strip()
    if not words or any(c.isdigit() for c in words) or not line[:1].isdigit():
        return False
    match = _timed_lead().match(f"{words} {line}")
    return match is not None and match.start() == 0 and len(words) < match.end() and "," in line[:_LEAD_DAY_CHARS]


@cache
def _acronym_timed() -> re.Pattern[str]:
    # A paper's acronym typed with no dash before a lead opening with its time and day ("KTNT Chiều 23/10/2020,
    # ...", "PNVN Chiều 12/6, ..."): no sentence opens with an acronym run straight into "Chiều 12/6".
    return re.compile(r"^\s*[A-ZĐ]{2,6}\s+(?=" + timed_opening() + r")")


# A lead's day and its comma ("25/4/2025, ", "12 tháng 3, ") within this many characters of its start.
_LEAD_DAY_CHARS = 24

# A corpus export's prefix glued before the lead: " date 2021-07".
_CORPUS_PREFIX = re.compile(r"^\s*date\s+(?:19|20)\d\d-[01]\d(?:-[0-3]\d)?\s+")


@cache
def _stamp_words() -> re.Pattern[str]:
    words = sorted(read_list("stamp_words.txt"), key=len, reverse=True)
    return re.compile(r"(?i)(?<!\w)(?:" + "|".join(re.escape(w) for w in words) + r")(?!\w)")


# Months written as words: "12 Tháng Sáu 2023", "Thứ Hai, 1 tháng Mười Hai, 2023".
_MONTH_WORDS = {
    "một": 1, "giêng": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7,
    "tám": 8, "chín": 9, "mười": 10, "mười một": 11, "mười hai": 12, "chạp": 12,
}  # fmt: skip
_LONG_WORDS = re.compile(
    r"(?i)(?:ngày\s+)?(?P<d>[0-3]?\d)\s+tháng\s+(?P<m>"
    + "|".join(sorted(map(re.escape, _MONTH_WORDS), key=len, reverse=True))
    + r")\s*(?:,\s*|\s+năm\s+|\s+)(?P<y>(?:19|20)\d\d)"
)


# Months written in English, as Blogger and WordPress templates print a stamp in their default language:
# "31 August, 2016", "October 5, 2024", "Wednesday, Aug 31, 2016", "05 Oct 2024" (capitalised as printed).
_ENGLISH_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7, "august": 8,
    "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9, "oct": 10,
    "nov": 11, "dec": 12,
}  # fmt: skip
_ENGLISH_MONTH = (
    r"(?P<m>"
    + "|".join(
        alt
        for name in sorted(_ENGLISH_MONTHS, key=len, reverse=True)
        for alt in (re.escape(name.capitalize()), re.escape(name.upper()))
    )
    + r")\.?"
)
_ENGLISH_DAY_FIRST = re.compile(r"(?<![\w/])(?P<d>[0-3]?\d)\s+" + _ENGLISH_MONTH + r",?\s+(?P<y>(?:19|20)\d\d)(?!\d)")
_ENGLISH_MONTH_FIRST = re.compile(r"(?<!\w)" + _ENGLISH_MONTH + r"\s+(?P<d>[0-3]?\d),?\s+(?P<y>(?:19|20)\d\d)(?!\d)")
# WordPress's Vietnamese locale prints its default "F j, Y" month first: "Tháng Mười 5, 2024", "tháng 10 5, 2024".
_MONTH_FIRST = re.compile(
    r"(?i)(?<!\w)tháng\s+(?P<m>"
    + "|".join(sorted(map(re.escape, _MONTH_WORDS), key=len, reverse=True))
    + r"|[01]?\d)\s+(?P<d>[0-3]?\d),\s*(?P<y>(?:19|20)\d\d)(?!\d)"
)


def _month_number(month: str) -> int:
    """The month's number, written in digits, in Vietnamese words or in English."""
    key = month.lower()
    return int(key) if key.isdigit() else _MONTH_WORDS.get(key) or _ENGLISH_MONTHS[key]


def _day_month_year(match: re.Match[str]) -> str:
    return f"{match['d']}/{_month_number(match['m'])}/{match['y']}"


def _unglue_case(text: str) -> list[str]:
    """``text`` cut where a lower-case letter runs into a capital: labels scraped without a space."""
    cuts = [i for i in range(1, len(text)) if text[i - 1].islower() and text[i].isupper()]
    return [text[a:b] for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True)]


# Vietnamese marks of the half-day after a time: "8:15 SA" (sáng, AM), "8:15 CH" (chiều, PM), and the words
# themselves after a clock ("6:48 chiều", "9:05 sáng", "8:30 tối").
_HALF_DAY = re.compile(r"(?<=\d)\s*\b(SA|CH)\b|(?<=[:h]\d\d)\s+(?i:(sáng)|chiều|tối)(?!\w)")
# A time written out: "18 giờ 48 phút", "8 giờ 05".
_HOURS_MINUTES = re.compile(r"(?i)(?<!\d)(?P<H>[0-2]?\d)\s*giờ\s*(?P<M>[0-5]?\d)(?:\s*phút)?(?!\d)")


def long_dates(line: str) -> str:
    """``line`` with long-form dates (``ngày 12 tháng 6 năm 2024``, ``12 Tháng Sáu 2023``) as ``12/6/2024``.

    A time written out (``18 giờ 48 phút``) becomes ``18:48``; the half-day marks after a time
    (``SA``/``CH``, ``sáng``/``chiều``/``tối``) become ``AM``/``PM``; English months (``31 August, 2016``,
    ``October 5, 2024``) and WordPress's Vietnamese month-first form (``Tháng Mười 5, 2024``).
    """
    line = _HOURS_MINUTES.sub(lambda m: f"{m['H']}:{int(m['M']):02d}", line)
    line = _HALF_DAY.sub(lambda m: " AM" if m[1] == "SA" or m[2] else " PM", line)
    line = _ENGLISH_DAY_FIRST.sub(_day_month_year, _ENGLISH_MONTH_FIRST.sub(_day_month_year, line))
    line = _MONTH_FIRST.sub(_day_month_year, line)
    line = _LONG_WORDS.sub(_day_month_year, line)
    return _LONG.sub(lambda m: f"{m['d']}/{m['m']}/{m['y']}", line)


# A relative age printed beside the stamp ("29/08/2024 22:09 | 2 tuần trước", "3 giờ trước"): says no date itself.
_RELATIVE_AGE = re.compile(r"(?i)(?<!\w)\d+\s*(?:giây|phút|giờ|tiếng|ngày|tuần|tháng|năm)\s+trước(?!\w)")


# A blog template's stamp in its "d/m/y" default, the year in two digits, alone on its line with its time or not
# ("28/11/12"): read as this century's. Inside a sentence such a form may be anything, so only the whole line.
_SHORT_YEAR_LINE = re.compile(r"^(?P<dm>[0-3]?\d/[01]?\d)/(?P<y>[0-3]\d)(?P<time>(?: [0-2]?\d:[0-5]\d(?::[0-5]\d)?)?)$")


def _stamp_text(line: str) -> str:
    """``line`` as a stamp is read: spaces folded, bullets off, long dates in digits, a relative age left out,
    a whole line's two-digit year written out."""
    text = _BULLET.sub("", " ".join(line.split()))
    text = _SHORT_YEAR_LINE.sub(lambda m: f"{m['dm']}/20{m['y']}{m['time']}", text)
    return _RELATIVE_AGE.sub(" ", long_dates(text))


def read_stamp(line: str) -> tuple[Published | None, bool]:
    """The stamp on ``line`` and whether the line is only a stamp (with its labels and toolbar).

    Returns ``(value, only)``: ``value`` is ``None`` when the line holds no date (a line giving only
    the stamp's relative age, ``2 giờ trước``, is a stamp line with no date).

    >>> from dnnd.parsers.stamps import read_stamp
    >>> read_stamp("Cập nhật lúc 16:10, Thứ Tư, 29/07/2020 (GMT+7)")[0].isoformat()
    '2020-07-29T16:10:00+07:00'
    >>> read_stamp("Ngày 1/3/2023, hội nghị khai mạc.")[1]
    False
    """
    if len(line) > _STAMP_MAX_CHARS or not _DIGIT.search(line):
        return None, False  # a stamp line is short and has a year in digits
    text = _stamp_text(line)
    words = _stamp_words()
    reduced = words.sub(" ", text)
    found = find_published(reduced)
    if found is None:
        # "Cập nhật: 2 giờ trước": the stamp's place, its age relative to a day nobody knows; no date
        return None, _RELATIVE_AGE.search(line) is not None and not reduced.strip(" ,:|-–•·()")
    rest = reduced[: found[1]] + " " + reduced[found[2] :]
    rest = _COUNT.sub(" ", rest)
    if _COUNTER_WORD.search(text):  # "Lượt xem: 1.234": the counter's number is not text
        rest = re.sub(r"\d[\d.,]*", " ", rest)
    only = not re.search(r"[^\W\d_]", rest) and len(re.findall(r"\d+", rest)) <= 1
    return found[0], only


def stamp_segments(line: str) -> tuple[Published | None, tuple[str, ...]] | None:
    """A stamp line that also names its writer or section: ``12/6/2024 | Tác giả: X | Lượt xem: 9``.

    The line is cut at ``|`` (or `` - ``); when one part is a stamp and every other part is
    a stamp, a byline or a section label, returns ``(stamp, writers)``; else ``None``.
    """
    from dnnd.parsers.bylines import (  # bylines reads stamps
        dotted_initials,
        is_outlet_name,
        is_section_name,
        read_byline,
    )

    text = _stamp_text(line)
    # A section label glued to the weekday that opens the stamp: "Người Việt bốn phương-Thứ ba, 05/04/2016"; the
    # glue is the CMS's own join of its label field and its stamp, so the label may be a source's longer name
    # ("Đại sứ quán Việt Nam tại Cộng hòa Philippines-Thứ năm, ngày 12/01/2017 05:00 GMT+7").
    text, glued = _GLUED_WEEKDAY.subn(" | ", text, count=1)
    found = find_published(text)
    if found is None:
        return None
    # The stamp cut out, what is left is cut at the separators pages print between their parts.
    rest = text[: found[1]] + " | " + text[found[2] :]
    writers: list[str] = []
    parts = re.split(r"\s*[|•·]\s*|\s+[-–]\s+", rest)
    weekday = _WEEKDAY.search(text) is not None
    # a label set off by a dash or a bar right before the stamp that closes the line ("Các Website khác - 18/03/2006")
    closing = text[: found[1]].rstrip().endswith(("-", "–", "|")) and not text[found[2] :].strip()
    # a view counter on the line makes it the CMS's meta bar: a short label anywhere in it is the section's
    # ("Cập nhật: 18-09-2025 03:18:00 | Lịch & sự kiện | Lượt xem: 15"); a headline never carries a counter
    counted = _COUNTER_WORD.search(text) is not None
    for n, part in enumerate(parts):
        part = part.strip(" ,-–")
        if not part or read_stamp(part)[1] or not _stamp_words().sub("", part).strip(" ,:."):
            continue
        # The writer's dotted initials beside the stamp ("H.P 20/12/2023 07:51") stand where a byline does.
        if (byline := read_byline(part, initials=dotted_initials(part))) is not None:
            writers.extend(byline.authors)
        elif _SOURCE_PART.match(part) or (is_outlet_name(part) and _is_proper_name(part)):
            # "Ngày đăng: 12/06/2024 | Nguồn: Sở Ngoại vụ", "12/06/2024 - Minh Anh - Báo Nghệ An": the source
            # or the outlet credited beside the stamp
            continue
        elif _POSTER_ACCOUNT.match(part) or match_key(part) in _account_names():
            # "Posted on 27/07/2016 by admin", "author25/01/2025 13:20": a template names the account that
            # posted (or its placeholder), no writer
            continue
        elif (n == 0 and (weekday or closing) and _is_label(part, _GLUED_LABEL_WORDS if glued else _LABEL_WORDS)) or (
            counted and _is_label(part, _BAR_LABEL_WORDS)
        ):
            # the section's name printed before a CMS stamp ("Thời sự - Thứ Hai, 12/6/2024 08:00"), set off by
            # a dash before the stamp closing the line, or anywhere in a meta bar with its view counter
            continue
        elif not (
            is_section_name(part)
            or all(
                is_section_name(label) or not _stamp_words().sub("", label).strip(" ,:.")
                for label in _unglue_case(part)
            )
            or not re.sub(r"[\d.,:()]", "", _stamp_words().sub("", part)).strip()
        ):
            return None
    value: Published | None = found[0]
    return (value, tuple(writers)) if value is not None else None


_WEEKDAY = re.compile(r"(?i)(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?!\w)")
# A source credit beside the stamp: "Nguồn: Báo Nghệ An", "Nguồn tin: VOV5" (a few words, no sentence).
_SOURCE_PART = re.compile(r"(?i)^nguồn(?:\s+tin)?\s*:\s*[^.!?;:]{2,60}$")
# The account a blog template names after its stamp ("Posted on 27/07/2016 by admin", "... bởi
# https://x.wordpress.com/"): one token, a login or a web address; a writer's name is read as a byline first.
_POSTER_ACCOUNT = re.compile(r"(?i)^(?:posted\s+)?(?:by|(?:đăng\s+|gửi\s+)?bởi|người\s+đăng)\s*:?\s+\S+$")


def is_poster_account(line: str) -> bool:
    """True for the account a blog template prints by its post, alone on its line (``admin``, ``Posted by
    admin``): the login that posted it, no writer and no text. A login is typed in lower case; "PV" or "BBT"
    in capitals signs for the paper's reporters or editors."""
    text = line.strip()
    return bool(text) and (
        _POSTER_ACCOUNT.match(text) is not None or (text.islower() and match_key(text) in _account_names())
    )


@cache
def _account_names() -> frozenset[str]:
    """CMS account and role names that stand where a writer's name should (``admin``, ``author``)."""
    return frozenset(match_key(name) for name in read_list("account_names.txt"))


_GLUED_WEEKDAY = re.compile(r"(?i)(?<=[^\W\d_])[-–](?=(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)\b)")
# A section label before a stamp: a few words, no digits, no sentence in it; glued to the stamp's weekday, a
# source's name of a few more.
_LABEL_WORDS = 6
_GLUED_LABEL_WORDS = 12
# A section's label inside a meta bar, between the stamp and the counter: a few words, shorter than a headline.
_BAR_LABEL_WORDS = 4


def _is_proper_name(part: str) -> bool:
    """True when every word of ``part`` after its first is capitalised: a name (``Báo Nghệ An``), no sentence."""
    return all(word[:1].isupper() or word[:1].isdigit() for word in part.split()[1:])


def _is_label(part: str, words: int = _LABEL_WORDS) -> bool:
    return len(part.split()) <= words and not _DIGIT.search(part) and not re.search(r"[.!?;:]", part)


def is_bare_dateline(line: str) -> bool:
    """True for a dateline alone on its line, its lead on the next (``NDO -``, ``(VOV5) –``)."""
    match = _DATELINE.match(line)
    return match is not None and match.end() == len(line) and bool(line.strip(" -–—"))


def opens_with_dateline(line: str) -> bool:
    """True when ``line`` opens with an agency's acronym in brackets (``(ĐN)- Sáng 13-3, ...``).

    Such a line is a lead; a headline never opens with its paper's dateline.
    """
    return _BRACKET_DATELINE.match(line) is not None


# A timestamp in ISO 8601 alone on its line, date and time joined by "T" ("2024-12-16T22:12:49-05:00"): the
# page's metadata (a meta tag's or a <time> element's machine value) scraped into its text.
_MACHINE_STAMP = re.compile(r"^\s*(?:19|20)\d\d-[01]\d-[0-3]\dT[0-2]\d:[0-5]\d\S*\s*$")


def is_machine_stamp(line: str) -> bool:
    """True for an ISO 8601 timestamp alone on its line (``2024-12-16T22:12:49-05:00``): the page's metadata.

    A CMS fills it in whatever time zone it was set up with (UTC, the host's); the stamp the page prints for
    its readers (``Thứ hai - 16/12/2024 22:12``) is the one to trust when both are there.
    """
    return _MACHINE_STAMP.match(line) is not None


# A stamp's label printed on its own line, its date on the next ("Ngày đăng:" / "29/06/2022"), is this short.
_STAMP_LABEL_WORDS = 5


def is_stamp_label(line: str) -> bool:
    """True for a line of a stamp's words alone, no date: its label (``Ngày đăng:``, ``Cập nhật lúc``) or its
    weekday (``Thứ Hai``), which a CMS printed on a line of their own over the date. Never text, never a name.
    """
    text = line.strip().rstrip(":").strip()
    if not text or len(text.split()) > _STAMP_LABEL_WORDS or _DIGIT.search(text):
        return False
    return not _stamp_words().sub(" ", text).strip(" ,|-–")


def is_stamp_line(line: str) -> bool:
    """True when ``line`` is only a publication stamp (see :func:`read_stamp`)."""
    return read_stamp(line)[1]


# A weekday name: the site header prints today's date with it ("Thứ hai, 04/12/2023").
_WEEKDAY = re.compile(r"(?i)(?<!\w)(?:thứ\s+(?:hai|ba|tư|năm|sáu|bảy|[2-7])|chủ\s+nhật)(?!\w)")


# The long date as the Unicode CLDR writes it in Vietnamese, the year after a comma ("20 tháng 1, 2013", "21 thg 5,
# 2008"): the date header Blogger and Google's platforms print over a post, no CMS's "today" line.
_CLDR_LONG_DATE = re.compile(r"(?i)(?<!\d)[0-3]?\d\s+(?:tháng|thg)\s+[01]?\d,\s*(?:19|20)\d\d(?!\d)")


def is_today_header(line: str) -> bool:
    """True for a site header's "today" line: a weekday and a day, no time, nothing else.

    Sites print the day the page is viewed at the very top, above their menu
    (``Thứ hai, 04/12/2023``); an article's own stamp carries the time it went up. A blog's
    date header over its post (``Chủ Nhật, 20 tháng 1, 2013``, the CLDR's long form) is the post's day.
    """
    value, only = read_stamp(line)
    return (
        only
        and value is not None
        and not isinstance(value, datetime)
        and _WEEKDAY.search(line) is not None
        and _CLDR_LONG_DATE.search(line) is None
    )


def stamp_line(line: str) -> tuple[Published | None, tuple[str, ...]] | None:
    """``(stamp, writers)`` when ``line`` is a stamp line (alone, or with its byline and labels), else ``None``."""
    value, only = read_stamp(line)
    if only:
        return value, ()
    return stamp_segments(line) if value is not None else None


# A headline closing with the day it went up, in brackets: "Hội người Việt tại Ba Lan ... quê hương (08/07/2019)",
# as older portal CMSs print it (one date, a time perhaps; a span of dates is the headline's own).
_TITLE_STAMP = re.compile(
    r"^(?P<headline>.*\S)\s*\((?P<stamp>[0-3]?\d[/.-][01]?\d[/.-](?P<year>(?:19|20)\d\d)(?:\s*[-–,]?\s*\d{1,2}:\d\d(?::\d\d)?)?)\)$"
)
# Older years in brackets after a headline are the history it recalls ("Cách mạng tháng Tám (19/8/1945)"), no stamp.
_TITLE_STAMP_SINCE = 2000


def title_stamp(headline: str) -> tuple[str, Published] | None:
    """``(headline, stamp)`` when ``headline`` closes with its stamp in brackets (``... quê hương (08/07/2019)``)."""
    match = _TITLE_STAMP.match(headline)
    if match is None or int(match["year"]) < _TITLE_STAMP_SINCE:
        return None
    found = find_published(match["stamp"])
    return (match["headline"], found[0]) if found is not None else None


def strip_dateline(lead: str) -> str:
    """``lead`` without the dateline that opens it: ``(VOV5) - Làng...`` → ``Làng...``.

    A dateline is a short agency or place name in brackets, or in capitals, or an
    outlet's name, before a dash (``(Dân trí) -``, ``TTH -``, ``HÀ NỘI -``,
    ``VOV.VN -``), or any short name before a dash when the lead after it opens with its time
    and day (``Hanoimoi - Chiều 11/6, ...``), or an acronym with no dash before such a lead
    (``KTNT Chiều 23/10/2020, ...``); a corpus export's `` date 2021-07`` prefix goes too. Text that opens
    with anything else is returned unchanged.
    """
    from dnnd.parsers.bylines import is_outlet_name  # bylines reads stamps: import here

    text = _CORPUS_PREFIX.sub("", lead)
    match = _DATELINE.match(text)
    if match is None and (named := _NAMED.match(text)) is not None:
        rest = text[named.end() :]
        head = named["head"]
        timed = (
            len(head.split()) <= _NAMED_TIMED_WORDS
            and not _DIGIT.search(head)  # "Ngày 12/6 - Ngày 13/6, ...": a span of days, not a name
            and _timed_lead().match(rest) is not None
        )
        if is_outlet_name(head) or timed:
            match = named
    if match is None:
        match = _acronym_timed().match(text)
    if match is None and (bracketed := _BRACKETED_NAME.match(text)) is not None:
        name = bracketed["name"].strip()
        place = places().lookup(name) or places().district(name)
        if is_outlet_name(name) or place is not None or _timed_lead().match(text[bracketed.end() :]):
            match = bracketed
    if match is None:
        return text if text != lead else lead
    rest = text[match.end() :]
    # The lead itself opens with a capital, a digit or a quote; anything else was not a dateline.
    return rest if rest[:1].isupper() or rest[:1].isdigit() or rest[:1] in "\"“'‘" else text

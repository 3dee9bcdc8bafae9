"""Dates (``Sáng 10/1``, ``ngày 19/9/2019``, ``tháng 9/2026``) and terms (``nhiệm kỳ 2023 - 2028``, ``khóa III``).

Dates
    A day and month (``10/1``, ``11-10``, ``26.12``, ``ngày 1 tháng 3``), with or without a
    year and a time of day (``part``: sáng, chiều, tối, trưa, đêm, khuya). A
    span of days (``ngày 19 và 20-12``, ``(20-21/6)``, ``từ ngày 25 đến 28-12``)
    is its first day, the last one in ``day_end``.
    A day and month without a year counts only after a word that makes it a
    date (a time of day, ``ngày``, ``hôm``, ``dịp``, ``lễ``, ``từ``, ``đến``,
    ``vào``): a bare ``2/3`` may be a fraction and ``3-4`` a range. Those
    context words other than a time of day, ``ngày`` and ``hôm`` are left out of
    the span. Months (``tháng 9/2026``, ``tháng 9``, ``T9/2026``) are dates of
    month precision: ``value`` is the first day of the month and the mention
    carries ``precision="month"`` (days carry ``precision="day"``). A full
    date that an anniversary celebrates (``kỷ niệm 50 năm Chiến thắng
    30/4/1975``, both ends of ``kỷ niệm 70 năm Ngày giải phóng (13/5/1955 -
    13/5/2025)``) carries ``anniversary=True``: it says what is celebrated,
    not when things happen.

    A missing year is taken first from a year written near the date: the
    nearest year clue in the same sentence, then (without a publication date)
    in the same paragraph. Year
    clues are the year of a full date (``22/3/2024``), ``năm 2024`` (the next
    year for a day before October when the sentence reviews that year:
    ``Sáng 10/1, ... tổng kết năm 2024`` is in 2025), the end of an
    anniversary's span (``kỷ niệm 45 năm ... (1965-2010)``) and the first year
    of a term in a sentence about its opening (``Đại hội ... nhiệm kỳ
    2022-2027``); the words are in ``year_clue_words.tsv``. A year after an
    anniversary's count (``kỷ niệm 50 năm Chiến thắng 30/4/1975``) is a clue
    only as the year celebrated (1975 + 50) and only when the article writes
    that year somewhere.

    With a publication date (``article.published``), only a firm clue in the
    sentence beats it: any of those but a ``năm 2024`` that is only what the
    sentence is about (``kế hoạch năm 2025``, ``Tết ... năm 2025``, ``từ năm
    2015 đến nay``); a ``năm 2024`` after a time word (``trong năm 2023``) or
    opening the sentence, before the day, is firm, and so are a review and
    the year right after the day (``ngày 10/1 năm 2024``).
    Otherwise the publication date decides: the year (of the publication year
    and the ones either side) that puts the date nearest it, or after ``vừa
    qua`` the last one up to the publication month and after ``tới`` the first
    one from it on (``tháng 2 vừa qua`` in a November report is that year's).
    Without either, the article's own year clues vote, weighted: a year in the
    title (``năm 2024``) counts 3, a year in a full date (``26/02/2024``) 2,
    ``năm 2024``, a month with its year (``tháng 6/2021``, ``tháng 6-2018``: a
    clue too, but no firm one) or the first year of a term (``nhiệm kỳ 2023 -
    2028``) in the text 1 (a
    target, ``tầm nhìn đến năm 2045``, none: nor is it a clue); the
    highest score wins, the later year on a tie. A term's last year does not
    vote: it is usually in the future; but the span of an anniversary (``kỷ
    niệm 45 năm ... (1965-2010)``, its length the years counted) ends in the
    year of the celebration, which counts 3. A year in a line that is not
    prose (a stamp, a view counter, a list of other articles' dates) counts a
    quarter. A lunar year named without its digits (``Tết Nhâm Thìn``,
    ``xuân Giáp Thìn``: ``lunar_years.tsv``) counts a half, once, for its year in
    the current sixty-year cycle (1984-2043), unless the article writes a year
    of that name in digits (``Tết Mậu Thân`` beside ``1968``). Without clues the
    date keeps ``value=None``.

Terms
    ``nhiệm kỳ 2023 - 2028``, ``giai đoạn 2017 - 2022``, a bare ``(2023 - 2028)``
    (start and end years); ``khóa III``, ``lần thứ VI``, ``kỳ họp thứ 7``,
    ``phiên họp thứ nhất`` (an ordinal, from Roman, Arabic or spelled-out
    numerals); ``năm 2025`` (start and end 2025). One entity per distinct
    (label, start, end, ordinal).
"""

from __future__ import annotations

import bisect
import re
from collections import defaultdict
from collections.abc import Iterator
from datetime import date, datetime
from functools import cache
from typing import Any, cast

from dnnd.gazetteer import read_tsv
from dnnd.model import Article, DateRef, Mention, Span, Term
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.text.normalize import UPPER_LETTERS, one_space
from dnnd.text.numbers import roman_to_int
from dnnd.text.patterns import word_alternation
from dnnd.text.sentences import split_sentences
from dnnd.text.words import WordIndex, matches_at

__all__ = ["EXTRACTORS", "DateExtractor", "TermExtractor", "infer_year", "lunar_year"]


_PARTS = r"[Ss]áng|[Cc]hiều|[Tt]ối|[Tt]rưa|[Đđ]êm|[Kk]huya"
_YEAR = r"(?:1[89]|20)\d{2}"
# Context words kept out of the span: they make "2/3" a date but are not part of it.
_LEAD = r"[Tt]ừ|[Đđ]ến|[Tt]ới|[Vv]ào|[Dd]ịp(?:\s+lễ)?|[Ll]ễ|[Tt]rước|[Ss]au|[Tt]rong"

# Day and month, found from the digit (fast to scan for); the words before it are read
# separately with _DAY_CONTEXT_RE. The lookbehind after the first digit keeps "12/2023/NĐ-CP" and
# "1.5/3" out; a day after a dash is kept only as the end of a span (_Scans: "Covid-19/3" is none).
_DAY_RE = re.compile(
    rf"""
    (?P<d>\d(?<![\w/.,]\d)\d?)
    (?:
      # (a dot too: "Ngày 26.12", "trong 2 ngày 25.6 và 26.6"; without a year, only after a day word)
      (?P<sep>[/.-])(?P<m>\d{{1,2}})
      # a full date may run on into the next one ("(2/9/1945-2/9/2025)"); a day and month may not ("3-4-5").
      # A stray space may stand beside the dash or slash before the year ("Ngày 11-3- 2014", mongcai.gov.vn); a
      # dot and a space may end a sentence, so a dot takes none.
      (?:(?:(?P=sep)|\x20?(?P=sep)(?<=[-/])\x20?)(?P<y>{_YEAR})(?![\w/]|[.,]\d)|(?![\w/]|[.,\-]\d))
    | \s+tháng\s+(?P<m2>\d{{1,2}})(?:(?:\s+năm\s+|/)(?P<y2>{_YEAR}))?(?![\w/])
    )
    """,
    re.VERBOSE,
)
# A dash right before a day: the end of a span of full dates ("2/9/1945-2/9/2025"), or of days (below).
_DASH_BEFORE = "-–"
_YEAR_DASH_RE = re.compile(r"(?<!\d)\d{4}[-–]$")
# The first day of a span of days, before the last one ("19 và 20-12", "20-21/6", "25 đến 28-12").
_SPAN_HEAD_RE = re.compile(r"(?<![\w/.,\-–])(?P<first>\d\d?)(?:\s*[-–]\s*|\s+(?:và|đến|tới)\s+)$")
_SPAN_HEAD_REACH = 12
# ("Chiều nay (31/8)", "hôm qua (16/6)", "Ngày mai (30/1)": the day relative to the report, its date in
# brackets, the date alone the span; "Sáng nay 14/9", "Chiều qua 5/3", "Hôm nay 14/9" without them: a day word)
_DAY_CONTEXT_RE = re.compile(
    rf"(?<!\w)(?:(?P<part>{_PARTS})\s+(?:(?:[Nn]gày|[Hh]ôm|nay|qua|mai)\s+)?"
    rf"|(?P<day_word>[Nn]gày(?:\s+mai)?|[Hh]ôm(?:\s+(?:nay|qua))?)\s+"
    rf"|(?:{_LEAD})\s+"
    rf"|(?:{_PARTS}|[Hh]ôm|[Nn]gày)\s+(?:nay|qua|mai)\s*\()$"
)
_CONTEXT_WINDOW = 20
_MONTH_RE = re.compile(
    rf"""
    (?:(?:{word_alternation("tháng")})\s+(?P<m>\d{{1,2}})(?:\s*[-–]\s*(?P<m_end>\d{{1,2}}))?
       # "tháng 6/2021", "tháng 6 năm 2021", and "tháng 6-2018" as the papers that write "20-6-2018" write it
       (?:(?:\s+năm\s+|/|\s*[-–]\s*)(?P<y>{_YEAR}))?
      | T(?<![\w/]T)(?P<m2>\d{{1,2}})/(?P<y2>{_YEAR}))
    (?![\w/]|[.,]\d)
    """,
    re.VERBOSE,
)
# Where a month can start: the word "tháng" (its starts read from the shared word index) or a "T" before a digit
# ("T9/2026", few: a fast scan). Trying _MONTH_RE there alone spares its scan stopping at every "t" of the text.
_MONTH_WORD_RE = re.compile(rf"(?:{word_alternation('tháng')})(?!\w)")
_MONTH_CODE_RE = re.compile(r"T(?=\d)")

# A year range, found from its first digit; the label before it is read with _TERM_LABEL_RE.
_TERM_RANGE_RE = re.compile(rf"(?P<a>{_YEAR})(?<![\w/.,\-]\d{{4}})\s*[-–—]\s*(?P<b>{_YEAR})(?![\w/]|[.,]\d)")
_TERM_LABEL_RE = re.compile(
    r"(?<!\w)(?P<label>[Nn]hiệm kỳ|[Gg]iai đoạn|[Tt]hời kỳ|[Nn]iên kh[óo]á|[Nn]ăm học|[Kk]h[óo]á học)\s+$"
)
_ORDINAL_WORDS = {
    "nhất": 1,
    "hai": 2,
    "ba": 3,
    "tư": 4,
    "bốn": 4,
    "năm": 5,
    "sáu": 6,
    "bảy": 7,
    "tám": 8,
    "chín": 9,
    "mười": 10,
}
_TERM_ORDINAL_RE = re.compile(
    r"(?P<label>"
    + word_alternation("khóa", "khoá", "nhiệm kỳ", "lần thứ", "kỳ họp thứ", "phiên họp thứ", "kỳ thứ")
    + r")\s+"
    r"(?P<ord>[IVXLCDM]+|\d{1,3}|" + "|".join(_ORDINAL_WORDS) + r")(?!\w)(?![.,/]\d)"
)
# "năm 2025", found from the year's digits and checked backwards (fast to scan for).
_TERM_YEAR_RE = re.compile(rf"(?P<y>{_YEAR})(?<=[Nn]ăm\s\d{{4}})(?<!\w[Nn]ăm\s\d{{4}})(?![\w/]|[.,]\d)")
_TITLE_YEAR_RE = re.compile(rf"(?<![\w/.,])({_YEAR})(?![\w]|[.,]\d)")

_CLUE_WORDS = {
    tag: tuple(row[0] for row in read_tsv("year_clue_words.tsv") if row[1] == tag)
    for tag in ("review", "opening", "frame", "target", "plan", "past", "future", "due")
}
# Words saying an event recurs ("hàng năm", "mỗi năm"): the facts' habitual mood words, one list for both.
_CLUE_WORDS["recurring"] = tuple(row[0] for row in read_tsv("facts/realis.tsv") if row[1] == "habitual")
_REVIEW_RE = re.compile(word_alternation(*_CLUE_WORDS["review"]))
_OPENING_RE = re.compile(word_alternation(*_CLUE_WORDS["opening"]), re.IGNORECASE)
# A time word right before "năm YYYY" ("trong năm 2023"): the year frames the sentence.
_FRAME_RE = re.compile(rf"(?<!\w)(?:{'|'.join(_CLUE_WORDS['frame'])})\s+năm\s+$", re.IGNORECASE)
_FRAME_REACH = 16
# A target before "năm YYYY" ("tầm nhìn đến năm 2045"): a year aimed at, no clue and no vote.
_TARGET_RE = re.compile(rf"(?<!\w)(?:{'|'.join(_CLUE_WORDS['target'])})\s+năm\s+$", re.IGNORECASE)
_TARGET_REACH = 24
_NEWLINE_RE = re.compile("\n")
# The dash between the two ends of a span of dates ("13/5/1955 - 13/5/2025").
_SPAN_DASH_RE = re.compile(r"\s*[-–—]\s*")
_DAY_BEFORE_YEAR_RE = re.compile(r"\d{1,2}[/-]\d{1,2}\s+năm\s+$")
# A review of a year is held from its last quarter on (mostly from November to the first quarter of the next).
_REVIEW_FROM_MONTH = 10
# An anniversary's count ("kỷ niệm 50 năm"): the last one before a year says how many years on it is celebrated.
_COUNT_RE = re.compile(r"(?<![\d/])(?<!tháng\s)(\d{1,3})\s+năm(?!\w)")
# A line is prose when it ends as a sentence does and holds a few words: stamps and counters do not.
_PROSE_END_RE = re.compile(r"[.!?…:;][”\"’)]*\s*$")
_PROSE_WORDS = 6
_WORD_RE = re.compile(r"[^\W\d_]+")
_NOT_PROSE_WEIGHT = 0.25
# After a day or month without its year: it recurs every year ("tháng 6 hàng năm"), no date.
_RECURRING_AFTER_RE = re.compile(rf"\s+(?:{word_alternation(*_CLUE_WORDS['recurring'])})(?!\w)", re.IGNORECASE)
# After a day or month without its year: the last one before the report ("tháng 2 vừa qua") or the next one after
# it ("ngày 20/11 tới"); "tới" followed by a day or a number is "until" ("từ ngày 1/10 tới ngày 5/10").
_PAST_AFTER_RE = re.compile(rf"\s+(?:{word_alternation(*_CLUE_WORDS['past'])})(?!\w)", re.IGNORECASE)
# ("ngày 28/9 tới Hà Nội", "tới thăm": the verb "come to")
_FUTURE_AFTER_RE = re.compile(
    rf"\s+(?i:{word_alternation(*_CLUE_WORDS['future'])})(?!\w)"
    rf"(?!\s+(?:(?:ngày|tháng|hết|nay|thăm|dự|làm|tham|các)(?!\w)|\d|[{UPPER_LETTERS}]))"
)
# A month planned or due ("dự kiến sẽ bàn giao vào cuối tháng 2/2022"): a word of the clause before it says so.
_DUE_RE = re.compile(rf"(?<!\w)(?:{word_alternation(*_CLUE_WORDS['due'])})(?!\w)[^.;!?\n]*$", re.IGNORECASE)
_DUE_REACH = 100
# A plan's period ("giai đoạn 2021 - 2030"): its first year is a weak vote; after a review word, its last year votes.
_PLAN_LABELS = frozenset(one_space(word.lower()) for word in _CLUE_WORDS["plan"])
_PLAN_WEIGHT = 0.5
_REVIEW_REACH = 40
# A lunar year named after Tết, Xuân or năm ("Tết Nhâm Thìn", "xuân Giáp Thìn"), its year not written beside it in
# digits (that year votes itself): the stems and branches of the sexagenary calendar, from lunar_years.tsv.
_LUNAR_ROWS = read_tsv("lunar_years.tsv")
_STEMS = {row[1]: int(row[2]) for row in _LUNAR_ROWS if row[0] == "stem"}
_BRANCHES = {row[1]: int(row[2]) for row in _LUNAR_ROWS if row[0] == "branch"}
_LUNAR_YEAR_RE = re.compile(
    rf"(?<!\w)(?:[Tt]ết(?:\s+[Nn]guyên\s+[Đđ]án)?|[Xx]uân|[Nn]ăm)\s+"
    rf"(?P<stem>{'|'.join(_STEMS)})\s+(?P<branch>{'|'.join(_BRANCHES)})(?!\w)(?![\s,–-]+(?:1[89]|20)\d\d)"
)
# A stem and branch name a year once in sixty: read in the current cycle, Giáp Tý 1984 to Quý Hợi 2043. A weak vote:
# any year the article writes in digits outweighs it ("Tết Mậu Thân" recalled is 1968's, written so).
_CYCLE_START = 1984
_LUNAR_WEIGHT = 0.5
# How far into a line its words are counted (enough for 3 * _PROSE_WORDS), how far back its end is read.
_PROSE_SCAN = 240
_PROSE_END_REACH = 8


class _Mask:
    """Which characters are already taken: one byte each, so an overlap test costs the span's length."""

    __slots__ = ("bytes",)

    def __init__(self, length: int) -> None:
        self.bytes = bytearray(length)

    def add(self, start: int, end: int) -> None:
        self.bytes[start:end] = b"\x01" * (end - start)

    def overlaps(self, start: int, end: int) -> bool:
        return self.bytes.find(1, start, end) != -1


class _Clue:
    """A year written in the text that a day written without its year, near it, may take.

    ``firm`` when it says when things happen (a full date, a term's opening,
    an anniversary, a review, ``trong năm 2023`` opening the sentence before
    the day: ``leading``) rather than what they are about (``kế hoạch năm
    2025``, ``Tết ... năm 2025``, ``vào năm 1911`` told after the day): only
    firm clues beat a publication date.
    """

    __slots__ = ("at", "firm", "leading", "review", "year")

    def __init__(self, at: int, year: int, *, review: bool = False, firm: bool = True, leading: bool = False) -> None:
        self.at, self.year, self.review, self.firm, self.leading = at, year, review, firm, leading

    def firm_for(self, at: int) -> bool:
        """Whether the clue is firm for a day written at ``at`` (a framing year only before it)."""
        return self.firm and (not self.leading or self.at < at)

    def year_of(self, month: int) -> int:
        """The year of a day in ``month`` that takes this clue: the next one before the reviewed year's last months."""
        return self.year + 1 if self.review and month < _REVIEW_FROM_MONTH else self.year


class _Scans:
    """The matches of the scans that both the date and the term extractors read, found once per article.

    Kept in the context's ``shared`` (:meth:`of`): the year vote, the dates
    and the terms all read the days, the ``năm YYYY`` years and the year ranges.
    The year clues and the sentences of a paragraph are found when first asked for.
    """

    __slots__ = (
        "_clue_starts",
        "_clues",
        "_commemorated",
        "_line_ends",
        "_month_years",
        "_sentence_starts",
        "days",
        "months",
        "ranges",
        "span_heads",
        "text",
        "years",
    )

    def __init__(self, text: str, words: WordIndex | None = None) -> None:
        self.text = text
        #: The first day of each span of days, by the start of its last day's match.
        self.span_heads: dict[int, re.Match[str]] = {}
        self.days = [match for match in _DAY_RE.finditer(text) if self._kept(match)]
        self.months = list(_months(text, words or WordIndex(text)))
        self.years = list(_TERM_YEAR_RE.finditer(text))
        self.ranges = list(_TERM_RANGE_RE.finditer(text))
        self._clues: list[_Clue] | None = None
        self._clue_starts: list[int] = []
        self._sentence_starts: dict[int, list[int]] = {}
        self._line_ends: list[int] | None = None
        self._month_years: list[tuple[int, int]] | None = None
        self._commemorated: set[int] | None = None

    def month_years(self) -> list[tuple[int, int]]:
        """Where each month written with its year starts, and the year (``tháng 6/2021``, ``tháng 6-2018``):
        a loose clue and a vote as ``năm 2021`` is. A month inside a day's match (``ngày 20 tháng 6 năm 2018``) is
        that day's; a month planned or due (``dự kiến ... vào cuối tháng 2/2022``) is none. Found once."""
        if self._month_years is None:
            self._month_years = []
            dated = [match for match in self.months if match.group("y") or match.group("y2")]
            day_ends = [match.end() for match in self.days] if dated else []
            for match in dated:
                i = bisect.bisect_right(day_ends, match.start())
                if i < len(self.days) and self.days[i].start() <= match.start():
                    continue
                if _DUE_RE.search(self.text, max(0, match.start() - _DUE_REACH), match.start()):
                    continue
                self._month_years.append((match.start(), int(match.group("y") or match.group("y2"))))
        return self._month_years

    def _kept(self, match: re.Match[str]) -> bool:
        """Whether a day found is one (the end of a span after a dash only), its span's head noted."""
        at, text = match.start(), self.text
        head = _SPAN_HEAD_RE.search(text, max(0, at - _SPAN_HEAD_REACH), at)
        if head is not None:
            self.span_heads[at] = head
            return True
        return not (at and text[at - 1] in _DASH_BEFORE) or _YEAR_DASH_RE.search(text, max(0, at - 5), at) is not None

    @classmethod
    def of(cls, context: ExtractionContext) -> _Scans:
        """The scans of ``context``'s text, built by the first extractor that asks."""
        scans = context.shared.get(cls)
        if not isinstance(scans, cls):
            scans = context.shared[cls] = cls(context.text, context.words)
        return scans

    def paragraph(self, at: int) -> tuple[int, int]:
        """The start and end of the line (paragraph) holding ``at``."""
        if self._line_ends is None:
            self._line_ends = [match.start() for match in _NEWLINE_RE.finditer(self.text)] + [len(self.text)]
        i = bisect.bisect_left(self._line_ends, at)
        return self._line_ends[i - 1] + 1 if i else 0, self._line_ends[i]

    def sentence(self, at: int) -> tuple[int, int]:
        """The start and end of the sentence holding ``at`` (each paragraph split once)."""
        start, end = self.paragraph(at)
        starts = self._sentence_starts.get(start)
        if starts is None:
            # the sentences of the shared splitter (abbreviations and lost spaces read as the facts read them)
            starts = self._sentence_starts[start] = [s for s, _ in split_sentences(self.text[start:end], start)] or [
                start
            ]
        i = bisect.bisect_right(starts, at) - 1
        return starts[i], starts[i + 1] if i + 1 < len(starts) else end

    def local_year(self, at: int, month: int, anchored: bool) -> int | None:
        """The year of a day in ``month`` written at ``at`` without its year, from the nearest year clue.

        The clue is looked for in the day's sentence, then in its paragraph;
        when the article has a publication date (``anchored``), only a firm
        clue in the sentence counts.
        """
        clues = self._year_clues()
        paragraph = self.paragraph(at)
        if bisect.bisect_left(self._clue_starts, paragraph[0]) == bisect.bisect_left(self._clue_starts, paragraph[1]):
            return None  # (no clue in the paragraph, so none in the sentence: the paragraph is not split)
        for start, end in (self.sentence(at),) if anchored else (self.sentence(at), paragraph):
            first, last = bisect.bisect_left(self._clue_starts, start), bisect.bisect_left(self._clue_starts, end)
            if anchored:  # (a sentence's few clues)
                near = [clue for clue in clues[first:last] if clue.firm_for(at)]
            else:  # the nearest clue before and after the day
                middle = bisect.bisect_left(self._clue_starts, at, first, last)
                near = clues[max(first, middle - 1) : min(last, middle + 1)]
            if near:
                return min(near, key=lambda clue: abs(clue.at - at)).year_of(month)
        return None

    def commemorated(self, at: int) -> bool:
        """Whether the full date starting at ``at`` is a day an anniversary celebrates, not one things happen on.

        ``kỷ niệm 50 năm Chiến thắng 30/4/1975`` (the count ends in a year the
        article writes), and both ends of the anniversary's span ``kỷ niệm 70
        năm Ngày giải phóng (13/5/1955 - 13/5/2025)``.
        """
        if self._commemorated is None:
            self._commemorated = set(self._find_commemorated())
        return at in self._commemorated

    def _find_commemorated(self) -> Iterator[int]:
        text = self.text
        full = [m for m in self.days if m.group("y") or m.group("y2")]
        written = [int(m.group("y") or m.group("y2")) for m in full]
        written += [int(m.group("y")) for m in self.years] + [int(m.group("b")) for m in self.ranges]
        latest = max(written, default=0)
        for match, after in zip(full, [*full[1:], None], strict=True):
            year = int(match.group("y") or match.group("y2"))
            if self._celebrated(match.start(), year, latest) not in (year, None):
                yield match.start()
            if after is not None and _SPAN_DASH_RE.fullmatch(text, match.end(), after.start()):
                last = int(after.group("y") or after.group("y2"))
                if year < last and (
                    _anniversary(text, match.start(), last - year) or _in_brackets(text, match.start(), after.end())
                ):
                    yield match.start()
                    yield after.start()

    def _year_clues(self) -> list[_Clue]:
        if self._clues is None:
            self._clues = sorted(self._find_clues(), key=lambda clue: clue.at)
            self._clue_starts = [clue.at for clue in self._clues]
        return self._clues

    def _find_clues(self) -> Iterator[_Clue]:
        text = self.text
        written = [int(y) for m in self.days if (y := m.group("y") or m.group("y2"))]
        written += [int(m.group("y")) for m in self.years] + [int(m.group("b")) for m in self.ranges]
        latest = max(written, default=0)
        for match in self.days:
            year = match.group("y") or match.group("y2")
            if year and (celebrated := self._celebrated(match.start(), int(year), latest)):
                yield _Clue(match.start(), celebrated)
        for at, year in self.month_years():
            # ("chỉ trong 4 ngày tháng 6/2021": a month names its year loosely; the publication date beats it)
            yield _Clue(at, year, firm=False)
        previous_end = 0
        for match in self.years:
            if self.target(match):
                previous_end = match.end()
                continue
            if celebrated := self._celebrated(match.start() - len("năm "), int(match.group("y")), latest):
                sentence_start = self.sentence(match.start())[0]
                # "tổng kết năm 2024 và triển khai nhiệm vụ năm 2025": the review is of the first year only
                review = _REVIEW_RE.search(text, max(sentence_start, previous_end), match.start()) is not None
                framed = not review and self._framed(sentence_start, match)
                # "ngày 10/1 năm 2024": the year of the day just before it
                own = _DAY_BEFORE_YEAR_RE.search(text, max(0, match.start() - _FRAME_REACH), match.start()) is not None
                firm = review or framed or own
                yield _Clue(match.start(), celebrated, review=review, firm=firm, leading=framed and not own)
            previous_end = match.end()
        for match in self.ranges:
            first, last = int(match.group("a")), int(match.group("b"))
            if not first < last <= first + 30:
                continue
            if _anniversary(text, match.start(), last - first):
                yield _Clue(match.start(), last)
            elif self._opens_term(match):
                yield _Clue(match.start(), first)
            elif self.reviews_plan(match):
                # "Sáng 10/1, ... tổng kết giai đoạn 2016 - 2020": a review of a period held at its end or after
                yield _Clue(match.start(), last, review=True)

    def reviews_plan(self, match: re.Match[str]) -> bool:
        """Whether the year range ``match`` is a plan's period a review word comes before ("tổng kết giai đoạn")."""
        plan = _plan_period(self.text, match.start())
        return plan is not None and _REVIEW_RE.search(self.text, max(0, plan - _REVIEW_REACH), plan) is not None

    def target(self, match: re.Match[str]) -> bool:
        """Whether the ``năm YYYY`` at ``match`` is a year aimed at ("tầm nhìn đến năm 2045")."""
        at = match.start()
        return _TARGET_RE.search(self.text, max(0, at - _TARGET_REACH), at) is not None

    def _framed(self, sentence_start: int, match: re.Match[str]) -> bool:
        """Whether the ``năm YYYY`` at ``match`` follows a time word or opens its sentence."""
        at = match.start()
        if _FRAME_RE.search(self.text, max(sentence_start, at - _FRAME_REACH), at):
            return True
        return at - sentence_start <= len(" Năm ") and self.text[sentence_start:at].strip() == "Năm"

    def _celebrated(self, at: int, year: int, latest: int) -> int | None:
        """``year`` written at ``at``, or the year it is celebrated after an anniversary's count before it.

        ``None`` when that year is not written in the article (``latest`` is the latest written).
        """
        if _COUNT_RE.search(self.text, self.paragraph(at)[0], at) is None:
            return year  # (no count in the paragraph before it, so none in its sentence: the paragraph is not split)
        counts = list(_COUNT_RE.finditer(self.text, self.sentence(at)[0], at))
        if not counts:
            return year
        celebrated = year + int(counts[-1].group(1))
        return celebrated if celebrated <= latest else None

    def _opens_term(self, match: re.Match[str]) -> bool:
        """Whether the year range ``match`` is a term (``nhiệm kỳ`` or no label) in a sentence about its opening."""
        labelled = _TERM_LABEL_RE.search(self.text, max(0, match.start() - _CONTEXT_WINDOW), match.start())
        if labelled and _label(labelled.group("label")) != "nhiệm kỳ":
            return False
        start, end = self.sentence(match.start())
        return _OPENING_RE.search(self.text, start, end) is not None


def _months(text: str, words: WordIndex) -> Iterator[re.Match[str]]:
    """The matches of ``_MONTH_RE.finditer(text)``, tried only where one can start (see ``_MONTH_CODE_RE``)."""
    starts = words.opening_starts(_MONTH_WORD_RE)
    if starts is None:  # (a regex engine whose patterns dnnd cannot read)
        return _MONTH_RE.finditer(text)
    codes = [match.start() for match in _MONTH_CODE_RE.finditer(text)]
    return matches_at(_MONTH_RE, text, sorted(starts + codes) if codes else starts, 0, len(text))


def infer_year(article: Article, scans: _Scans | None = None) -> int | None:
    """The year an article without a publication date most plausibly speaks of.

    A weighted vote over the article's explicit years (see the module
    docstring): title years 3, years of full dates 2, ``năm YYYY`` and first
    years of terms 1 (of a plan's period, ``giai đoạn 2021 - 2030``, a half; its
    last year 1 after a review word), a lunar year named without digits
    (``Tết Nhâm Thìn``) a half, a quarter of that in lines that are not
    prose; ties go to the later year. ``None`` without any clue.
    ``scans`` are the article's scans when a caller already has them.
    """
    votes: dict[int, float] = defaultdict(float)
    for match in _TITLE_YEAR_RE.finditer(article.title or ""):
        votes[int(match.group(1))] += 3
    text = article.text
    scans = scans or _Scans(text)
    weights: dict[int, float] = {}

    def weight(at: int) -> float:
        """1 for a year in prose, less in a line that is no sentence (a stamp, a counter)."""
        start, end = scans.paragraph(at)
        if start not in weights:
            weights[start] = 1.0 if _is_prose(text, start, end) else _NOT_PROSE_WEIGHT
        return weights[start]

    for match in scans.days:
        year = match.group("y") or match.group("y2")
        if year:
            votes[int(year)] += 2 * weight(match.start())
    for at, year in scans.month_years():
        votes[year] += weight(at)  # (a month is often a past one recalled: "hồi tháng 2/2019")
    for match in scans.years:
        if not scans.target(match):
            votes[int(match.group("y"))] += weight(match.start())
    for match in scans.ranges:
        first, last = int(match.group("a")), int(match.group("b"))
        # "kỷ niệm 45 năm ... (1965-2010)": an anniversary's span ends in the year it is celebrated
        if _anniversary(text, match.start(), last - first):
            votes[last] += 3 * weight(match.start())
        elif scans.reviews_plan(match):
            votes[last] += weight(match.start())
        elif _plan_period(text, match.start()) is not None:
            votes[first] += _PLAN_WEIGHT * weight(match.start())
        else:
            votes[first] += weight(match.start())
    # A lunar year votes once, and not when the article writes a year it names in digits: "Tết Mậu Thân" recalled
    # beside "năm 1968" is 1968's, which votes already.
    lunar: dict[int, float] = {}
    for match in _LUNAR_YEAR_RE.finditer(text):
        if (year := lunar_year(match.group("stem"), match.group("branch"))) is not None:
            lunar[year] = max(lunar.get(year, 0.0), _LUNAR_WEIGHT * weight(match.start()))
    for year, vote in lunar.items():
        if not any(written % 60 == year % 60 for written in votes):
            votes[year] += vote
    if not votes:
        return None
    return max(votes, key=lambda year: (votes[year], year))


def lunar_year(stem: str, branch: str) -> int | None:
    """The Gregorian year of the current sixty-year cycle whose lunar year is named ``stem branch``.

    ``None`` when the two do not pair (a stem and a branch of different parity name no year).

    >>> from dnnd.extractors.dates import lunar_year
    >>> lunar_year("Nhâm", "Thìn")
    2012
    """
    stem_at, branch_at = _STEMS.get(stem), _BRANCHES.get(branch)
    if stem_at is None or branch_at is None:
        return None
    for year in range(_CYCLE_START, _CYCLE_START + 60):
        if (year - 4) % 10 == stem_at and (year - 4) % 12 == branch_at:
            return year
    return None


def _plan_period(text: str, at: int) -> int | None:
    """Where the plan-period label of the year range at ``at`` starts ("giai đoạn 2021 - 2030"), if it has one."""
    labelled = _TERM_LABEL_RE.search(text, max(0, at - _CONTEXT_WINDOW), at)
    return labelled.start() if labelled and _label(labelled.group("label")) in _PLAN_LABELS else None


def _is_prose(text: str, start: int, end: int) -> bool:
    """Whether the line ``text[start:end]`` reads as text: a few words ending as a sentence does, or many words."""
    words = len(_WORD_RE.findall(text, start, min(end, start + _PROSE_SCAN)))
    if words >= 3 * _PROSE_WORDS:
        return True
    return words >= _PROSE_WORDS and _PROSE_END_RE.search(text, max(start, end - _PROSE_END_REACH), end) is not None


_ANNIVERSARY_REACH = 160
# a count of years: "45 năm" (compiled once; the count is compared, not spliced into a pattern per call)
_YEARS_COUNT_RE = re.compile(r"(?<!\d)(\d+)\s+năm(?!\w)")


# a span of dates alone in its brackets: "(02/12/1975 - 02/12/2023)"
_SPAN_OPEN_RE = re.compile(r"\(\s*$")
_SPAN_CLOSE_RE = re.compile(r"\s*\)")


def _in_brackets(text: str, start: int, end: int) -> bool:
    """Whether ``text[start:end]`` (a span of dates) stands alone in brackets: what is celebrated, however its
    count is written ("Quốc khánh lần thứ 48 nước CHDCND Lào (02/12/1975 - 02/12/2023)", baodantoc.vn)."""
    return (
        _SPAN_OPEN_RE.search(text, max(0, start - 3), start) is not None and _SPAN_CLOSE_RE.match(text, end) is not None
    )


def _anniversary(text: str, at: int, years: int) -> bool:
    """Whether "<years> năm" (an anniversary's count) is written shortly before ``at``."""
    if years <= 0:
        return False
    count = str(years)
    before = text[max(0, at - _ANNIVERSARY_REACH) : at]
    return any(m.group(1) == count for m in _YEARS_COUNT_RE.finditer(before))


def _published_day(article: Article) -> date | None:
    published = article.published
    if isinstance(published, datetime):
        return published.date()
    return published


def _tense(text: str, end: int) -> int:
    """-1 when a past word follows a day or month ending at ``end`` ("vừa qua"), 1 for a future one ("tới"), else 0."""
    if _PAST_AFTER_RE.match(text, end):
        return -1
    return 1 if _FUTURE_AFTER_RE.match(text, end) else 0


def _resolve(
    day: int, month: int, year: int | None, anchor: date | None, fallback: int | None, tense: int = 0
) -> date | None:
    """The calendar date, a missing year taken from the anchor or the fallback year.

    From the anchor: the nearest such day, or with a ``tense`` the last one up to the anchor's month (-1) or the
    first one from it on (1).
    """
    if year is not None:
        return date(year, month, day)
    if anchor is not None:
        candidates = []
        for y in (anchor.year - 1, anchor.year, anchor.year + 1):
            try:
                candidates.append(date(y, month, day))
            except ValueError:  # 29/2 outside a leap year
                continue
        month_of = (anchor.year, anchor.month)
        if tense < 0 and (before := [d for d in candidates if (d.year, d.month) <= month_of]):
            return before[-1]
        if tense > 0 and (after := [d for d in candidates if (d.year, d.month) >= month_of]):
            return after[0]
        return min(candidates, key=lambda d: abs(d - anchor)) if candidates else None
    if fallback is not None:
        return date(fallback, month, day)
    return None


def _result(mentions: list[Mention], entities: list[Any]) -> Extraction:
    """Build the Extraction (``cast``: mypy's attrs plugin cannot type its ``converter=tuple`` fields)."""
    return cast(Any, Extraction)(tuple(mentions), tuple(entities))


class _Found:
    """A date or term found in the text, before grouping into entities."""

    __slots__ = ("attributes", "end", "key", "start")

    def __init__(self, start: int, end: int, key: tuple[Any, ...], attributes: dict[str, Any]) -> None:
        self.start, self.end, self.key, self.attributes = start, end, key, attributes


def find_dates(article: Article, scans: _Scans | None = None) -> Iterator[tuple[_Found, date | None, str | None]]:
    """Every day or month the article's text mentions, with its resolved date and part of day.

    ``scans`` are the article's scans when a caller already has them.
    """
    text = article.text
    scans = scans or _Scans(text)
    anchor = _published_day(article)
    voted: list[int | None] = []  # the article's year by vote (infer_year), counted when a date first needs it

    def resolve(day: int, month: int, year: int | None, end: int) -> date | None:
        """:func:`_resolve`, the words after the date (ending at ``end``) and the vote read only when needed."""
        if year is not None or anchor is not None:
            return _resolve(day, month, year, anchor, None, 0 if year is not None else _tense(text, end))
        if not voted:
            voted.append(infer_year(article, scans))
        return _resolve(day, month, None, None, voted[0])

    days = _Mask(len(text))
    for match in scans.days:
        head = scans.span_heads.get(match.start())
        first = head.group("first") if head is not None else None
        day = int(first or match.group("d"))
        dotted = match.group("m") is not None
        month = int(match.group("m") if dotted else match.group("m2"))
        year_text = match.group("y") if dotted else match.group("y2")
        start = end = head.start() if head is not None else match.start()
        context = _DAY_CONTEXT_RE.search(text, max(0, start - _CONTEXT_WINDOW), start)
        if context:
            part = context.group("part")
            if part or context.group("day_word"):
                start = context.start()
        else:
            part = None
        if year_text is None and _RECURRING_AFTER_RE.match(text, match.end()):
            continue  # "ngày 2/9 hằng năm": every year's, no one day
        if year_text is None and context is None and not (first and text[start - 1 : start] == "("):
            continue  # a bare "2/3" or "3-4" may be a fraction or a range; "(20-21/6)" is days
        if not (1 <= day <= 31 and 1 <= month <= 12) or (first and not day < int(match.group("d")) <= 31):
            continue
        year = int(year_text) if year_text else scans.local_year(match.start(), month, anchor is not None)
        try:
            value = resolve(day, month, year, match.end())
        except ValueError:  # 31/4
            continue
        end = match.end()
        days.add(start, end)
        key: tuple[Any, ...] = (value, part.lower() if part else None) if value else (text[start:end].lower(),)
        attributes: dict[str, Any] = {"precision": "day", "day": day, "month": month}
        if first:
            attributes["day_end"] = int(match.group("d"))
        if year_text and scans.commemorated(match.start()):
            attributes["anniversary"] = True
        if part:
            attributes["part"] = part.lower()
        yield _Found(start, end, key, attributes), value, part.lower() if part else None
    for match in scans.months:
        if days.overlaps(match.start(), match.end()):
            continue
        if not (match.group("y") or match.group("y2")) and _RECURRING_AFTER_RE.match(text, match.end()):
            continue  # "vào tháng 6 hàng năm": every year's June
        month = int(match.group("m") or match.group("m2"))
        month_end = match.group("m_end")
        year_text = match.group("y") or match.group("y2")
        if not 1 <= month <= 12 or (month_end and not month < int(month_end) <= 12):
            continue
        year = int(year_text) if year_text else scans.local_year(match.start(), month, anchor is not None)
        if year is None:
            resolved = resolve(1, month, None, match.end())
            year = resolved.year if resolved else None
        value = date(year, month, 1) if year else None
        attributes = {"precision": "month", "month": month}
        if month_end:
            attributes["month_end"] = int(month_end)
        key = (value, "month", month_end) if value else (match.group().lower(),)
        yield _Found(match.start(), match.end(), key, attributes), value, None


def _group(found: list[_Found], kind: str, text: str, make: Any) -> Extraction:
    ids: dict[tuple[Any, ...], str] = {}
    spans: dict[tuple[Any, ...], list[Span]] = {}
    firsts: dict[tuple[Any, ...], _Found] = {}
    mentions = []
    for item in found:
        if item.key not in ids:
            ids[item.key] = f"{kind}:{len(ids) + 1}"
            spans[item.key] = []
            firsts[item.key] = item
        spans[item.key].append(Span(item.start, item.end))
        mentions.append(
            Mention(kind, item.start, item.end, text[item.start : item.end], ids[item.key], item.attributes)
        )
    entities = [
        make(firsts[key], id=ids[key], name=text[firsts[key].start : firsts[key].end], spans=spans[key]) for key in ids
    ]
    return _result(mentions, entities)


class DateExtractor:
    """Finds dates (:class:`~dnnd.DateRef`) and resolves their year."""

    name = "dates"
    order = 110

    def extract(self, context: ExtractionContext) -> Extraction:
        """Return one ``date`` mention per date and one entity per distinct (date, part of day)."""
        found: list[_Found] = []
        values: dict[tuple[Any, ...], tuple[date | None, str | None]] = {}
        for item, value, part in find_dates(context.article, _Scans.of(context)):
            found.append(item)
            values.setdefault(item.key, (value, part))
        found.sort(key=lambda f: f.start)

        def make(first: _Found, **fields: Any) -> DateRef:
            value, part = values[first.key]
            return DateRef(value=value, part=part, **fields)

        return _group(found, "date", context.text, make)


def _ordinal(text: str) -> int | None:
    if text.isdigit():
        return int(text)
    if text in _ORDINAL_WORDS:
        return _ORDINAL_WORDS[text]
    try:
        return roman_to_int(text)
    except ValueError:
        return None


@cache
def _label(text: str | None) -> str | None:
    return None if text is None else one_space(text.lower()).replace("khoá", "khóa")


class TermExtractor:
    """Finds terms and numbered sessions (:class:`~dnnd.Term`): ``nhiệm kỳ 2023 - 2028``, ``khóa III``."""

    name = "terms"
    order = 120

    def extract(self, context: ExtractionContext) -> Extraction:
        """Return one ``term`` mention per term and one entity per distinct term."""
        text = context.text
        found: list[_Found] = []
        taken = _Mask(len(text))
        for mention in context.mentions:
            if mention.kind == "date":
                taken.add(mention.start, mention.end)
        fields: dict[tuple[Any, ...], dict[str, int | None]] = {}

        def add(
            match: re.Match[str],
            label: str | None,
            start: int | None,
            end: int | None,
            ordinal: int | None,
            start_at: int | None = None,
        ) -> None:
            start_at = match.start() if start_at is None else start_at
            key = (_label(label), start, end, ordinal)
            fields.setdefault(key, {"start_year": start, "end_year": end, "ordinal": ordinal})
            attributes: dict[str, Any] = {k: v for k, v in fields[key].items() if v is not None}
            if label:
                attributes["label"] = _label(label)
            found.append(_Found(start_at, match.end(), key, attributes))
            taken.add(start_at, match.end())

        scans = _Scans.of(context)
        for match in scans.ranges:
            start, end = int(match.group("a")), int(match.group("b"))
            if start < end <= start + 30 and not taken.overlaps(match.start(), match.end()):
                labelled = _TERM_LABEL_RE.search(text, max(0, match.start() - _CONTEXT_WINDOW), match.start())
                label = labelled.group("label") if labelled else None
                add(match, label, start, end, None, labelled.start() if labelled else None)
        for match in context.words.matches(_TERM_ORDINAL_RE):  # (tried at its labels' first words)
            ordinal = _ordinal(match.group("ord"))
            if ordinal and not taken.overlaps(match.start(), match.end()):
                add(match, match.group("label"), None, None, ordinal)
        for match in scans.years:
            start_at = match.start() - len("năm ")
            if not taken.overlaps(start_at, match.end()):
                year = int(match.group("y"))
                add(match, text[start_at : start_at + 3], year, year, None, start_at)
        found.sort(key=lambda f: f.start)

        def make(first: _Found, **extra: Any) -> Term:
            return Term(**fields[first.key], **extra)  # type: ignore[arg-type]

        return _group(found, "term", text, make)


#: The extractors this module contributes to the built-in plugin.
#: The extractor classes of this module, for the built-in plugin.
EXTRACTORS = (DateExtractor, TermExtractor)

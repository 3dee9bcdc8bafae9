"""Sums of money and counts of things: ``hơn 537 tỷ đồng``, ``85 dự án``.

Two extractors share one module because they read the same numbers:
:class:`MoneyExtractor` takes amounts followed by a currency word, and
:class:`QuantityExtractor` takes amounts followed by a counted noun. A count is
never money.

Conventions (those of the gold files):

* ``name`` is the verbatim span including the qualifier word: ``hơn`` /
  ``trên`` / ``lớn hơn`` → ``more_than``; ``gần`` / ``gần như`` / ``xấp xỉ gần``
  → ``nearly``; ``khoảng`` / ``chừng`` / ``xấp xỉ`` / ``ước tính`` → ``about``.
  ``dưới`` (and ``không quá``, ``chưa đến``...) is kept in the span but the
  qualifier stays ``None``: the model has no "less than".
* A range (``0,5 - 1 tỷ USD``, ``300- 400 triệu đồng``, ``từ 3 đến 5 tỷ đồng``)
  is one entity at its lower bound with ``upper`` set; a lower bound without
  a scale word borrows the upper bound's (``0,5 - 1 tỷ`` is 0,5 tỷ).
  ``từ X đồng đến Y đồng`` names its currency twice and is two sums.
* Vague amounts without digits (``hàng chục tỷ USD``) are not money; an exact one written in words with a
  scale word (``hơn một tỷ đồng``, ``hai trăm triệu đồng``) is.
* One comma and three digits right before a currency is an English thousands separator (``20,818USD``).
* A currency sign may come before the amount, the English way (``$1.5 million``, ``US$ 1,5 triệu``,
  ``€200.000``); a dot and one or two digits after it is a decimal point, a dot and three groups thousands.
* An amount with a scale word but no currency (``4,7 tỷ``) is money only when
  the clause before it talks about money (``trị giá``, ``kinh phí``,
  ``viện trợ``...) *and* every sum the article writes with a currency is in
  one currency, which it then takes (đồng when the article names none);
  otherwise, or when a counted noun follows it (``1,5 triệu liều``), it is skipped.

One entity per distinct (value, currency, qualifier, upper), with every span.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from decimal import Decimal
from typing import Any, cast

from dnnd.model import Mention, Money, Quantity, Span
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.text.normalize import LOWER_LETTERS, one_space
from dnnd.text.numbers import (
    AMOUNT,
    CURRENCY,
    FREE_DIGIT,
    FREE_NUMBER,
    NUMBER,
    NUMBER_WORDS,
    SCALE,
    SCALES,
    currency_code,
    parse_number,
    parse_number_words,
)
from dnnd.text.patterns import word_alternation
from dnnd.text.words import matches_at

__all__ = ["EXTRACTORS", "MoneyExtractor", "QuantityExtractor", "find_amounts"]

_RANGE_SEP = r"(?:\s*[-–—]\s*|\s+(?:đến|tới)\s+)"


def _amount_pattern(separator: str) -> str:
    """An amount or a range, starting with a free-standing digit (fast to scan for).

    Groups: ``n1`` the first number, ``s1`` its scale, ``more`` further
    ``number scale`` parts (``1 tỷ 200 triệu``), ``high`` the upper bound of a range.
    """
    return (
        rf"(?P<n1>{FREE_NUMBER})(?:\s+(?P<s1>{SCALE})(?P<more>(?:\s+{NUMBER}\s+{SCALE})*))?"
        rf"(?:{separator}(?P<high>{AMOUNT}))?"
    )


_MONEY_RE = re.compile(rf"{_amount_pattern(_RANGE_SEP)}\s*(?P<cur>{CURRENCY})")
# An amount with a scale word and no currency, for the "4,7 tỷ" case.
_BARE_RE = re.compile(
    rf"(?P<n1>{FREE_NUMBER})\s+(?P<s1>{SCALE})(?P<more>(?:\s+{NUMBER}\s+{SCALE})*)(?!\s*{CURRENCY})(?!\w|[.,]\d)"
)
_HIGH_SCALE_RE = re.compile(rf"{NUMBER}\s+({SCALE})")

# Qualifier words written just before an amount; longest alternatives first so that
# "lớn hơn" wins over "hơn" and "xấp xỉ gần" over "gần".
_QUALIFIERS: dict[str, str | None] = {
    "lớn hơn": "more_than",
    "cao hơn": "more_than",
    "nhiều hơn": "more_than",
    "vượt quá": "more_than",
    "hơn": "more_than",
    "trên": "more_than",
    "xấp xỉ gần": "nearly",
    "gần như": "nearly",
    "gần": "nearly",
    "khoảng chừng": "about",
    "ước khoảng": "about",
    "ước tính": "about",
    "khoảng": "about",
    "chừng": "about",
    "xấp xỉ": "about",
    "tầm": "about",
    "dưới": None,
    "không quá": None,
    "không tới": None,
    "không đến": None,
    "chưa tới": None,
    "chưa đến": None,
    "tối đa": None,
}
_QUALIFIER_RE = re.compile(
    r"(?<!\w)(?P<q>(?i:" + "|".join(sorted(map(re.escape, _QUALIFIERS), key=len, reverse=True)) + r"))\s+$"
)
_LOOKBACK = 24
_PER_RE = re.compile(r"\d\s+\w+\s+$")
# "Chỉ thị số 38", "Cụm số 2": a number after "số" is a label, not a count.
_LABEL_RE = re.compile(r"(?<!\w)(?<![Tt]ổng\s)(?i:số|thứ)\s+$")  # "tổng số 85 dự án" is a count

# Words that make a clause about money, for amounts written without a currency.
_MONEY_CUE_RE = re.compile(
    r"(?i:trị giá|giá trị|kinh phí|số tiền|tiền|vốn|viện trợ|tài trợ|ủng hộ|quyên góp|chi phí|ngân sách|"
    r"doanh thu|lợi nhuận|giải ngân|đầu tư|hỗ trợ|trao tặng|cam kết)(?!\w)"
)
_CLAUSE_END_RE = re.compile(r"[.;:!?\n]")
_CUE_WINDOW = 80

#: Nouns that are counted: "85 dự án", "15 ủy viên". Classifiers (below) take the noun after them.
_COUNT_NOUNS = (
    "dự án|khoản|chương trình|tổ chức|cá nhân|tập thể|thành viên|ủy viên|uỷ viên|đồng chí|đại biểu|hội viên|"
    "người|học sinh|sinh viên|hộ gia đình|hộ|gia đình|xã|phường|thị trấn|huyện|tỉnh|thành phố|thôn|bản|"
    "quốc gia|nước|doanh nghiệp|công ty|trường|lớp|em|cháu|lao động|bác sĩ|y bác sĩ|cán bộ|chiến sĩ|"
    "ca|trường hợp|bệnh nhân|cổ phiếu|đơn vị|cơ quan|đoàn|hội nghị|sự kiện|hoạt động|học bổng|phần quà|"
    "suất quà|suất học bổng|ngôi nhà|căn nhà|nhà|công trình|cây cầu|giếng|nhiệt kế|máy|xe|tàu|"
    "lượt người|lượt|đợt|chuyến|bước|lần|tấn|kg|ha|km|héc-ta|lít|mét|tuổi|năm|tháng|tuần|ngày|giờ|phút|"
    "đồng bào|kiều bào|đồng hương|đồng nghiệp|khẩu trang|"
    "bông|bó|cành|cây|con|văn kiện|thỏa thuận|thoả thuận|biên bản|bài|tin|ấn phẩm|dân|hộ dân|"
    "mô hình|sản phẩm|giải|huy chương|bằng khen|giấy khen|kỷ niệm chương|huân chương|"
    "thôn - bản|đồn - trạm"
)
# Classifiers that need their noun: "250.000 chiếc khẩu trang", "6 cặp thôn - bản".
_CLASSIFIERS = "chiếc|cái|bộ|cặp|suất|phần|bức|cuốn|quyển|tấm|gói|thùng|túi|bao|hộp|căn|ngôi|bình|chai|liều"
# A lower-case word of the counted noun; function words end it ("200 suất quà cho hộ nghèo").
# ("8 suất quà dành cho ...", "750 phần quà bằng tiền mặt": a verb or a preposition, but "bằng khen" is a noun)
_STOP = (
    r"cho|của|tại|với|và|để|từ|do|trong|trị|tổng|được|là|mỗi|gồm|đến|tới|sang|về|dành|tặng|trao|theo|nhằm|"
    r"bằng(?!\s+khen)"
)
_SYLLABLE = rf"(?!(?:{_STOP})(?![{LOWER_LETTERS}]))[{LOWER_LETTERS}]+"
_CLASSIFIED = (
    rf"(?:{_CLASSIFIERS})(?:\s+{_SYLLABLE}(?:\s*[-–]\s*{_SYLLABLE}(?!\s+{_SYLLABLE}\s*[-–])|\s+{_SYLLABLE})?)?"
)

# A counted noun right after an amount: the amount counts things ("1,5 triệu liều", "2 triệu khẩu trang").
_COUNTED_AFTER_RE = re.compile(rf"\s+(?:{_CLASSIFIED}|(?:{_COUNT_NOUNS}))(?!\w)")
_QUANTITY_RE = re.compile(_amount_pattern(r"\s*[-–]\s*") + rf"\s+(?P<unit>{_CLASSIFIED}|(?:{_COUNT_NOUNS}))(?!\w)")
_NO_QUANTITY_KINDS = frozenset({"date", "term", "document"})


def _result(mentions: list[Mention], entities: list[Any]) -> Extraction:
    """Build the Extraction (``cast``: mypy's attrs plugin cannot type its ``converter=tuple`` fields)."""
    return cast(Any, Extraction)(tuple(mentions), tuple(entities))


class _Amount:
    """One amount found in the text: span, value, upper bound and qualifier."""

    __slots__ = ("end", "qualifier", "start", "upper", "value")

    def __init__(self, start: int, end: int, value: Decimal, upper: Decimal | None, qualifier: str | None) -> None:
        self.start, self.end, self.value, self.upper, self.qualifier = start, end, value, upper, qualifier


def _read(match: re.Match[str], text: str) -> _Amount | None:
    """Value, upper bound and qualifier of a match of one of the amount patterns."""
    low_end = match.end("more") if match.group("more") else match.end("s1") if match.group("s1") else match.end("n1")
    low = text[match.start() : low_end]
    high = match.groupdict().get("high")
    try:
        if high is None:
            value, upper = parse_number(low), None
        else:
            upper = parse_number(high)
            value = parse_number(low)
            borrowed = None if match.group("s1") else _HIGH_SCALE_RE.fullmatch(high)
            if borrowed:  # "0,5 - 1 tỷ" borrows the upper bound's scale; "200.000 - 1 triệu" does not
                scaled = parse_number(f"{low} {borrowed.group(1)}")
                value = scaled if scaled <= upper else value
            if value > upper:
                return None
    except ValueError:
        return None
    return _qualified(match.start(), match.end(), text, value, upper)


def _qualified(start: int, end: int, text: str, value: Decimal, upper: Decimal | None) -> _Amount:
    """The amount at ``start:end``, widened to the qualifier word written just before it."""
    qualifier = None
    window = text[max(0, start - _LOOKBACK) : start]
    found = _QUALIFIER_RE.search(window)
    if found and found.group("q").lower() == "trên" and _PER_RE.search(window, 0, found.start()):
        found = None  # "5,6 ca trên 100.000 dân": "trên" is "per" after a count, not "more than"
    if found:
        start -= len(window) - found.start()
        qualifier = _QUALIFIERS[found.group("q").lower()]
    return _Amount(start, end, value, upper, qualifier)


# A sum written in words: "hơn một tỷ đồng", "hai trăm triệu đồng". The scale word is required: "một đồng lương"
# and "năm đồng chí" are no sums. It opens with a digit word (in either case), so that it is tried only where one
# starts (see WordIndex.matches); the words are checked against NUMBER_WORDS once found.
_NUMBER_WORD_PARTS = "một|hai|ba|bốn|năm|sáu|bảy|tám|chín|mười|mươi|mốt|lăm|trăm"
_WORD_MONEY_RE = re.compile(
    rf"(?P<n1>(?:{word_alternation(*_NUMBER_WORD_PARTS.split('|')[:10])})(?!\w)(?:\s+(?:{_NUMBER_WORD_PARTS})(?!\w))*)"
    rf"\s+(?P<s1>{SCALE})\s*(?P<cur>{CURRENCY})"
)
_NUMBER_WORDS_RE = re.compile(NUMBER_WORDS)
# Goods counted in words: "trao tặng ba căn nhà", "bốn cây cầu VK190 ...". Only a classifier (or "cây cầu") may
# follow, since bare nouns after number words are mostly no count ("hai bên", "ba miền"); "một" is the article
# ("một chiếc xe") and "năm" as often "year" ("năm tháng"), so neither opens one.
_WORD_QUANTITY_RE = re.compile(
    rf"(?P<n1>(?:{word_alternation(*(w for w in _NUMBER_WORD_PARTS.split('|')[:10] if w not in ('một', 'năm')))})"
    rf"(?!\w)(?:\s+(?:{_NUMBER_WORD_PARTS})(?!\w))*)\s+(?P<unit>{_CLASSIFIED}|cây cầu)(?!\w)"
)
# The words of a longer number spelled out before a match ("Bằng chữ: Hai tỷ không trăm năm mươi lăm triệu đồng"):
# the match is only its tail.
_SPELLED_BEFORE_RE = re.compile(rf"(?i:{_NUMBER_WORD_PARTS}|không|linh|lẻ|tỷ|tỉ|triệu|vạn|nghìn|ngàn)\s+$")


def _word_amounts(context: ExtractionContext) -> Iterator[tuple[_Amount, str]]:
    """Sums of money whose number is written in words, with their ISO currency code."""
    for match in context.words.matches(_WORD_MONEY_RE):
        words = match.group("n1").lower()
        if not _NUMBER_WORDS_RE.fullmatch(words):
            continue  # "một hai trăm triệu": not one number
        if _SPELLED_BEFORE_RE.search(context.text, max(0, match.start() - 8), match.start()):
            continue
        value = parse_number_words(words)
        for scale in match.group("s1").split():
            value *= SCALES[scale]
        amount = _qualified(match.start(), match.end(), context.text, Decimal(value), None)
        yield amount, currency_code(match.group("cur"))


_NUMBER_START = re.compile(FREE_DIGIT)


def _number_starts(context: ExtractionContext) -> list[int]:
    """Where the free-standing numbers of the context's text start: every amount pattern here starts with
    one. Found once per article and kept in ``shared`` for the money and the quantity extractors."""
    starts = context.shared.get(_number_starts)
    if starts is None:
        starts = context.shared[_number_starts] = [m.start() for m in _NUMBER_START.finditer(context.text)]
    return cast(list[int], starts)


def _matches(pattern: re.Pattern[str], text: str, starts: list[int] | None) -> Iterator[re.Match[str]]:
    """``pattern.finditer(text)`` for a pattern whose every match starts at one of ``starts`` (in order, as
    :func:`_number_starts` finds them): tried there only, instead of at every character."""
    if starts is None:
        return pattern.finditer(text)
    return matches_at(pattern, text, starts, 0, len(text))


# "160 000 rúp": thousands grouped by spaces, the international way some overseas writers keep; the match starts
# at the last group, the groups before it are read back from there.
_SPACE_GROUPS_BEFORE_RE = re.compile(r"(?<![\w.,/\-–])\d{1,3}(?: \d{3})* $")


def _space_grouped(match: re.Match[str], text: str) -> tuple[int, Decimal] | None:
    """The start and value of an amount whose thousands are grouped by spaces, when ``match`` is its last group."""
    if match.group("s1") or match.group("high") or len(match["n1"]) != 3 or not match["n1"].isdigit():
        return None
    before = _SPACE_GROUPS_BEFORE_RE.search(text, max(0, match.start() - 16), match.start())
    if before is None:
        return None
    return before.start(), Decimal(before.group().replace(" ", "") + match["n1"])


# "20,818USD", "447,000 CZK": one comma and three digits right before a currency is an English thousands
# separator; no currency is counted in thousandths (a decimal comma before a scale word, "1,234 triệu", stays one).
_ENGLISH_THOUSANDS_RE = re.compile(r"\d{1,3},\d{3}")


def find_amounts(text: str, starts: list[int] | None = None) -> Iterator[tuple[_Amount, str]]:
    """Every sum of money written with a currency in ``text``, with its ISO currency code.

    ``starts`` are where the free-standing numbers of ``text`` start, when the caller has them.
    """
    taken: set[int] = set()
    for match in _matches(_MONEY_RE, text, starts):
        amount = _read(match, text)
        if amount is None:
            continue
        if match.group("s1") is None and match.group("high") is None and _ENGLISH_THOUSANDS_RE.fullmatch(match["n1"]):
            amount.value = Decimal(match["n1"].replace(",", ""))
        elif (grouped := _space_grouped(match, text)) is not None:
            amount = _qualified(grouped[0], match.end(), text, grouped[1], None)
        taken.update((match.start(), match.end()))
        yield amount, currency_code(match.group("cur"))
    if "$" in text or "€" in text or "£" in text:  # (most pages have no sign: no second look at their numbers)
        yield from _signed_amounts(text, starts, taken)


# "$1.5 million", "US$2 triệu", "€500": a currency sign written before the amount, the English way. A dot and
# one or two digits is a decimal point ("$1.5"), a dot and three groups thousands ("$500.000"), as in NUMBER.
_SIGN_BEFORE_RE = re.compile(r"(?<![\w$])(?:US\$|\$|€|£)\s?$")
_SIGNED_RE = re.compile(rf"(?P<n>\d(?:[\d.,]*\d)?)(?:\s+(?P<scale>{SCALE}|million|billion))?(?![\w.,]\d|\w)")
_ENGLISH_DECIMAL_RE = re.compile(r"\d+\.\d{1,2}")
_ENGLISH_GROUPED_RE = re.compile(r"\d{1,3}(?:,\d{3})+")
_ENGLISH_SCALES = {"million": 10**6, "billion": 10**9}


def _signed_value(number: str, scale: str | None) -> Decimal:
    """The value of a number written after a currency sign, with its scale word (``ValueError`` if unreadable)."""
    if _ENGLISH_GROUPED_RE.fullmatch(number):
        value = Decimal(number.replace(",", ""))
    elif _ENGLISH_DECIMAL_RE.fullmatch(number):
        value = Decimal(number)
    else:
        value = parse_number(number)
    if scale:
        value *= _ENGLISH_SCALES.get(scale) or Decimal(parse_number(f"1 {scale}"))
    return value.normalize() if value != value.to_integral_value() else value.quantize(Decimal(1))


def _signed_amounts(text: str, starts: list[int] | None, taken: set[int]) -> Iterator[tuple[_Amount, str]]:
    """Sums whose currency sign comes before the number (``$1.5 million``, ``US$2 triệu``); ``taken`` are the
    starts and ends of the amounts already read with a currency after them: neither their number nor their
    currency ("500 $ 2 lần") is read again."""
    for start in starts if starts is not None else [m.start() for m in _NUMBER_START.finditer(text)]:
        if start in taken:
            continue
        sign = _SIGN_BEFORE_RE.search(text, max(0, start - 4), start)
        if sign is None or sign.start() + len(sign.group().rstrip()) in taken:
            continue
        if (match := _SIGNED_RE.match(text, start)) is None:
            continue
        try:
            value = _signed_value(match["n"], match["scale"])
        except ValueError:
            continue
        amount = _qualified(sign.start(), match.end(), text, value, None)
        yield amount, currency_code(sign.group().strip())


def _mask(length: int, spans: Iterable[tuple[int, int]]) -> bytearray:
    """One byte per character, 1 where a span covers it: overlap tests in O(span length)."""
    mask = bytearray(length)
    for start, end in spans:
        mask[start:end] = b"\x01" * (end - start)
    return mask


def _bare_amounts(
    text: str, currency: str, taken: bytearray, starts: list[int] | None = None
) -> Iterator[tuple[_Amount, str]]:
    """Amounts with a scale word and no currency, in a clause about money."""
    for match in _matches(_BARE_RE, text, starts):
        if taken.find(1, match.start(), match.end()) != -1:
            continue
        before = text[max(0, match.start() - _CUE_WINDOW) : match.start()]
        clause = _CLAUSE_END_RE.split(before)[-1]
        if not _MONEY_CUE_RE.search(clause):
            continue
        if _COUNTED_AFTER_RE.match(text, match.end()):
            continue  # "trao tặng 1,5 triệu liều vắc xin": a count of things, not a sum
        amount = _read(match, text)
        if amount is not None:
            yield amount, currency


def _group(
    found: Iterable[tuple[Any, _Amount, dict[str, Any]]], kind: str, text: str, make: Any
) -> tuple[list[Mention], list[Any]]:
    """One entity per distinct key, with every span; mentions point at it."""
    ids: dict[Any, str] = {}
    spans: dict[Any, list[Span]] = {}
    names: dict[Any, str] = {}
    mentions = []
    for key, amount, extra in found:
        if key not in ids:
            ids[key] = f"{kind}:{len(ids) + 1}"
            names[key] = text[amount.start : amount.end]
            spans[key] = []
        spans[key].append(Span(amount.start, amount.end))
        attributes: dict[str, Any] = {"value": amount.value, **extra}
        if amount.upper is not None:
            attributes["upper"] = amount.upper
        if amount.qualifier is not None:
            attributes["qualifier"] = amount.qualifier
        mentions.append(
            Mention(
                kind, amount.start, amount.end, text[amount.start : amount.end], entity=ids[key], attributes=attributes
            )
        )
    entities = [make(key, id=ids[key], name=names[key], spans=spans[key]) for key in ids]
    return mentions, entities


class MoneyExtractor:
    """Finds sums of money (:class:`~dnnd.Money`): amount, currency, qualifier, range."""

    name = "money"
    order = 200

    def extract(self, context: ExtractionContext) -> Extraction:
        """Return one ``money`` mention per sum and one entity per distinct sum."""
        text = context.text
        starts = _number_starts(context)
        found = list(find_amounts(text, starts))
        found.extend(_word_amounts(context))
        # a Vietnamese page that names no currency at all counts in đồng ("trị giá 150 triệu")
        currencies = {currency for _, currency in found} or {"VND"}
        if len(currencies) == 1:
            taken = _mask(len(text), ((a.start, a.end) for a, _ in found))
            found.extend(_bare_amounts(text, next(iter(currencies)), taken, starts))
        found.sort(key=lambda item: item[0].start)

        def make(key: tuple[Decimal, str, str | None, Decimal | None], **fields: Any) -> Money:
            value, currency, qualifier, upper = key
            return Money(value=value, currency=currency, qualifier=qualifier, upper=upper, **fields)

        keyed = (((a.value, cur, a.qualifier, a.upper), a, {"currency": cur}) for a, cur in found)
        mentions, entities = _group(keyed, "money", text, make)
        return _result(mentions, entities)


def _unit(raw: str) -> str:
    return one_space(raw)


class QuantityExtractor:
    """Finds counts of things that are not money (:class:`~dnnd.Quantity`): ``85 dự án``."""

    name = "quantity"
    order = 210

    def extract(self, context: ExtractionContext) -> Extraction:
        """Return one ``quantity`` mention per count and one entity per distinct (value, unit, qualifier)."""
        text = context.text
        # Money needs no blocking: no counted noun is a currency word.
        blocked = _mask(len(text), ((m.start, m.end) for m in context.mentions if m.kind in _NO_QUANTITY_KINDS))
        found: list[tuple[tuple[Decimal, str, str | None], _Amount, dict[str, Any]]] = []
        for match in _matches(_QUANTITY_RE, text, _number_starts(context)):
            if blocked.find(1, match.start(), match.end()) != -1:
                continue
            if _LABEL_RE.search(text, max(0, match.start() - 6), match.start()):
                continue
            amount = _read(match, text)
            if amount is None:
                continue
            unit = _unit(match.group("unit"))
            found.append(((amount.value, unit, amount.qualifier), amount, {"unit": unit}))
        for match in context.words.matches(_WORD_QUANTITY_RE):
            words = match.group("n1").lower()
            if not _NUMBER_WORDS_RE.fullmatch(words) or blocked.find(1, match.start(), match.end()) != -1:
                continue  # "hai ba chiếc": not one number
            if _SPELLED_BEFORE_RE.search(text, max(0, match.start() - 8), match.start()):
                continue
            amount = _qualified(match.start(), match.end(), text, Decimal(parse_number_words(words)), None)
            unit = _unit(match.group("unit"))
            found.append(((amount.value, unit, amount.qualifier), amount, {"unit": unit}))

        def make(key: tuple[Decimal, str, str | None], **fields: Any) -> Quantity:
            value, unit, qualifier = key
            return Quantity(value=value, unit=unit, qualifier=qualifier, **fields)

        mentions, entities = _group(found, "quantity", text, make)
        return _result(mentions, entities)


#: The extractors this module contributes to the built-in plugin.
#: The extractor classes of this module, for the built-in plugin.
EXTRACTORS = (MoneyExtractor, QuantityExtractor)

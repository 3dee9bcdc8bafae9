"""Vietnamese numbers and sums of money, read and written exactly.

Vietnamese news writes numbers the continental way: a dot groups thousands
(``250.000``), a comma marks the decimals (``1,5``), and large amounts carry a
scale word (``1,5 tỷ``, ``2 triệu``, ``3 nghìn``). :func:`parse_number` reads
those forms into an exact :class:`~decimal.Decimal`; :func:`format_number` and
:func:`format_money` write a value back the way a Vietnamese reporter would, so
that ``parse_money(format_money(x, c)) == (x, c)``.

The regular-expression sources (:data:`NUMBER`, :data:`SCALE`, :data:`AMOUNT`,
:data:`CURRENCY`) are exported so that extractors can build one compiled
pattern over a whole article instead of looping over words.
"""

from __future__ import annotations

import re
from decimal import Decimal
from functools import lru_cache

from dnnd.text.normalize import UPPER_LETTERS

__all__ = [
    "AMOUNT",
    "CURRENCY",
    "CURRENCY_WORDS",
    "FREE_DIGIT",
    "FREE_NUMBER",
    "NUMBER",
    "NUMBER_WORDS",
    "SCALE",
    "SCALES",
    "currency_code",
    "format_money",
    "format_number",
    "parse_money",
    "parse_number",
    "parse_number_words",
    "roman_to_int",
]

#: Scale words and their multipliers (``tỉ`` is the older spelling of ``tỷ``).
SCALES: dict[str, int] = {
    "tỷ": 10**9,
    "tỉ": 10**9,
    "triệu": 10**6,
    "vạn": 10**4,  # ten thousand, still written for yuan ("50 vạn nhân dân tệ")
    "nghìn": 10**3,
    "ngàn": 10**3,
    "trăm": 10**2,
}

#: One written number: ``1.234.567,5``, ``1,5``, ``537``; English ``1,000,000`` too.
#: A dot followed by exactly three digits groups thousands, so ``1.100`` is 1100.
#: Before a scale word a dot and one or two digits is a decimal point, as English writes it ("1.2 triệu USD":
#: a thousands dot groups three digits).
_NUMBER_TAIL = (
    r"(?:\d{0,2}(?:,\d{3}){2,}(?![\d,])|\d{0,2}(?:\.\d{3})+(?:,\d+)?"
    r"|\d*\.\d{1,2}(?=\s+(?:tỷ|tỉ|triệu|nghìn|ngàn)(?!\w))|\d*(?:,\d+)?)"
)
NUMBER = rf"\d{_NUMBER_TAIL}"
#: The first digit of a :data:`FREE_NUMBER`: a digit that does not continue a word, a code or another
#: number. A plain ``\d`` (the check looks behind that digit) so that the regex engine can skip ahead quickly.
FREE_DIGIT = r"\d(?<![\w.,/\-–]\d)"
#: A :data:`NUMBER` that does not continue a word, a code or another number
#: (``Covid-19``, ``326/QĐ``, ``1.5``); it starts with a :data:`FREE_DIGIT`.
FREE_NUMBER = rf"{FREE_DIGIT}{_NUMBER_TAIL}"
_SCALE_WORD = r"(?:tỷ|tỉ|triệu|vạn|nghìn|ngàn|trăm)"
#: One or more scale words in a row (``nghìn tỷ`` is 10^12).
SCALE = rf"{_SCALE_WORD}(?:\s+{_SCALE_WORD})*"
#: A number with an optional scale, and further ``number scale`` parts (``1 tỷ 200 triệu``).
AMOUNT = rf"{NUMBER}(?:\s+{SCALE}(?:\s+{NUMBER}\s+{SCALE})*)?"

#: Digits written as words, as in "hơn một tỷ đồng", "hai trăm triệu đồng".
_DIGIT_WORDS = {"một": 1, "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9}
#: After a ten, 1 and 5 are "mốt" and "lăm" ("hai mươi lăm").
_TAIL_WORDS = {**_DIGIT_WORDS, "mốt": 1, "lăm": 5}
_DIGIT_WORD = "(?:" + "|".join(_DIGIT_WORDS) + ")"
_TENS = rf"(?:{_DIGIT_WORD}\s+mươi|mười)(?:\s+(?:{'|'.join(_TAIL_WORDS)}))?"
#: A number below a thousand written in words: "một", "mười lăm", "hai mươi", "ba trăm", "ba trăm năm mươi".
NUMBER_WORDS = rf"(?:{_DIGIT_WORD}\s+trăm(?:\s+{_TENS})?|{_TENS}|{_DIGIT_WORD})(?!\w)"

#: Currency words as written after an amount, mapped to ISO 4217 codes.
#: Keys are lower case with single spaces; :func:`currency_code` folds hyphens
#: (``đô-la``) and the run-together ``đôla``.
CURRENCY_WORDS: dict[str, str] = {
    "đồng việt nam": "VND",
    "việt nam đồng": "VND",
    "đồng": "VND",
    "vnđ": "VND",
    "vnd": "VND",
    "đ": "VND",
    "usd": "USD",
    "us$": "USD",
    "đô la mỹ": "USD",
    "đô la": "USD",
    "đô": "USD",
    "mỹ kim": "USD",  # (the overseas press's word: "gần 9.5 triệu Mỹ kim")
    "mĩ kim": "USD",
    "eur": "EUR",
    "euro": "EUR",
    "€": "EUR",
    "ndt": "CNY",
    "nhân dân tệ": "CNY",
    "cny": "CNY",
    "yên nhật": "JPY",
    "yên": "JPY",
    "yen": "JPY",  # (the English spelling, "100 tỷ yen (674 triệu USD)")
    "jpy": "JPY",
    "won": "KRW",
    "krw": "KRW",
    "bảng anh": "GBP",
    "bảng": "GBP",  # alone only after a scale word ("3 triệu bảng"): "10 bảng" are boards
    "gbp": "GBP",
    "kíp": "LAK",
    "kip": "LAK",
    "lak": "LAK",
    "riel": "KHR",
    "khr": "KHR",
    "baht": "THB",
    "bạt": "THB",
    "thb": "THB",
    "đô la úc": "AUD",
    "aud": "AUD",
    "đô la singapore": "SGD",
    "sgd": "SGD",
    "đô la canada": "CAD",
    "cad": "CAD",
    "đô la hồng kông": "HKD",
    "hkd": "HKD",
    "đài tệ": "TWD",
    "twd": "TWD",
    "czk": "CZK",
    "rúp": "RUB",
    "rub": "RUB",
    "franc thụy sĩ": "CHF",
    "chf": "CHF",
    "rupee": "INR",
    "inr": "INR",
    # the currencies of other partners and of the countries with large Vietnamese communities, as news names them
    "$": "USD",
    "£": "GBP",
    "yuan": "CNY",
    "đô la australia": "AUD",
    "đô la new zealand": "NZD",
    "nzd": "NZD",
    "đô la hong kong": "HKD",
    "đô la đài loan": "TWD",
    "ringgit": "MYR",
    "rupiah": "IDR",
    "idr": "IDR",
    "peso": "PHP",
    "php": "PHP",
    "kyat": "MMK",
    "zloty": "PLN",
    "złoty": "PLN",
    "pln": "PLN",
    "zł": "PLN",  # the złoty's sign, also written without its stroke ("5.000 zl")
    "zl": "PLN",
    "forint": "HUF",
    "huf": "HUF",
    "koruna": "CZK",
    "korun": "CZK",  # the Czech plural ("80.000 Korun")
    "cuaron": "CZK",
    "hryvnia": "UAH",
    "uah": "UAH",
}

# Words that turn "đồng" into another noun: "17 đồng chí" is 17 comrades, not money.
_DONG_COMPOUNDS = (
    "chí|bào|hương|nghiệp|minh|hồ|ruộng|bằng|đội|thời|ý|tình|loại|phục|dạng|tâm|thuận|lòng|hành|cảm|"
    "đẳng|bộ|môn|niên|khởi|lúa|cỏ|quê|chủ|sự|hạng|nhất|điệu|ca|dao|xu|bạc|thau|đen|xanh|cấu|vọng|"
    # "5 đồng tiền xu" are coins, but "320.000 đồng tiền mặt" is a sum paid in cash
    r"tiền(?!\s+mặt)"
)


# Of those, the nouns for people ("đồng bào" compatriots, "đồng chí" comrades, "đồng nghiệp" colleagues...).
_DONG_PEOPLE = "chí|bào|hương|nghiệp|môn"


def _currency_alternation() -> str:
    words = sorted(CURRENCY_WORDS, key=len, reverse=True)
    parts = []
    for word in words:
        if word == "đồng":
            # after a scale word "đồng" is the currency even before "bằng" ("1,3 tỷ đồng bằng nguồn vốn"), but not
            # in the nouns for people, who are counted in millions too ("6 triệu đồng bào", "5 nghìn đồng hương")
            after_scale = "|".join(f"(?<={w} )" for w in ("tỷ", "tỉ", "triệu", "nghìn", "ngàn"))
            # with no scale word before it, a capitalised "Đồng" opening a name is a place's ("Năm 2023 Đồng Nai",
            # "Trường Tiểu học số 2 Đồng Hới"); after one it stays the currency in a title-case headline
            place = rf"(?-i:Đồng\s+[{UPPER_LETTERS}])"
            parts.append(
                rf"(?:{after_scale})đồng(?!\s+(?:{_DONG_PEOPLE})(?!\w))"
                rf"|(?!{place})đồng(?!\s+(?:{_DONG_COMPOUNDS})(?!\w))"
            )
        elif word == "đ":
            parts.append(r"đ(?!/[cC](?!\w))")  # "02 đ/c" is "two comrades" (đồng chí); "500.000đ/suất" is money
        elif word == "đô":
            # alone only after a scale word ("12 triệu đô"); "thủ đô", "đô thị" are not money
            after_scale = "|".join(f"(?<={w} )" for w in ("tỷ", "tỉ", "triệu", "nghìn", "ngàn"))
            parts.append(rf"(?:{after_scale})đô(?!\s+thị)")
        elif word == "bảng":
            after_scale = "|".join(f"(?<={w} )" for w in ("tỷ", "tỉ", "triệu", "nghìn", "ngàn"))
            # "3 nghìn bảng tên", "bảng hiệu", "bảng tin" are boards, even counted in thousands
            boards = "tin|hiệu|tên|điểm|biểu|chữ|đen|xếp|quảng|vàng|số|giá|màu|kê|lương|tuyên"
            parts.append(rf"(?:{after_scale})bảng(?!\s+(?:{boards})(?!\w))")
        elif word.startswith("đô la"):
            # "đô la", "đô-la", "đôla", "Đô la Mỹ"
            parts.append(r"đô(?:\s*-\s*|\s+|)la" + re.escape(word[len("đô la") :]).replace(r"\ ", r"\s+"))
        else:
            parts.append(re.escape(word).replace(r"\ ", r"\s+"))
    return "|".join(parts)


def _currency_letters() -> str:
    """A look-ahead at the letters currency words start with, in either case. The alternatives are tried
    case-insensitively, one after the other; this turns away at once what starts none of them (") ", "người")."""
    letters = sorted({word[0] for word in CURRENCY_WORDS})
    return "(?=(?i:[" + "".join(re.escape(c) for c in letters) + "]))"


#: A currency word, case-insensitive, ending at a word boundary.
CURRENCY = rf"{_currency_letters()}(?i:{_currency_alternation()})(?!\w)"

_NUMBER_RE = re.compile(NUMBER)
_AMOUNT_PART_RE = re.compile(rf"({NUMBER})(?:\s+({SCALE}))?")
_AMOUNT_FULL_RE = re.compile(rf"\s*({AMOUNT})\s*")
_MONEY_FULL_RE = re.compile(rf"\s*({AMOUNT})\s*({CURRENCY})\s*")
_SPACE_RE = re.compile(r"[\s\-]+")


def _plain(text: str) -> Decimal:
    """Read one written number without a scale word."""
    if text.count(",") >= 2:  # English thousands: 1,000,000
        return Decimal(text.replace(",", ""))
    if "," not in text and "." in text and len(text) - text.rindex(".") <= 3:
        return Decimal(text)  # "1.2" before a scale word: an English decimal point
    return Decimal(text.replace(".", "").replace(",", "."))


def _scale_value(words: str) -> int:
    value = 1
    for word in words.split():
        value *= SCALES[word.lower()]
    return value


def _clean(value: Decimal) -> Decimal:
    """Drop trailing zeros without switching to exponent notation (1.50E+9 -> 1500000000)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def parse_number(text: str) -> Decimal:
    """Read a Vietnamese number, with its scale words, into an exact ``Decimal``.

    >>> parse_number("1,5 tỷ")
    Decimal('1500000000')
    >>> parse_number("250.000")
    Decimal('250000')
    >>> parse_number("1 tỷ 200 triệu")
    Decimal('1200000000')

    Raises ``ValueError`` for anything else, for compound amounts whose
    scales do not decrease (``2 triệu 3 tỷ``) and for numbers of more than 21
    digits, which no page means as an amount.
    """
    return _parsed(text) if len(text) <= _CACHED_CHARS else _parsed.__wrapped__(text)


#: Numbers as written are cached (the same few recur on every page); a longer text is read afresh.
_CACHED_CHARS = 64


@lru_cache(maxsize=65536)
def _parsed(text: str) -> Decimal:
    match = _AMOUNT_FULL_RE.fullmatch(text)
    if not match:
        raise ValueError(f"not a Vietnamese number: {text!r}")
    return _amount(match.group(1))


#: The largest power of ten :func:`parse_number` accepts (a quadrillion ``nghìn tỷ`` is 15).
_MAX_DIGITS = 20


def _amount(text: str) -> Decimal:
    total = Decimal(0)
    last_scale: int | None = None
    for part in _AMOUNT_PART_RE.finditer(text):
        number, scale_words = part.group(1), part.group(2)
        scale = _scale_value(scale_words) if scale_words else 1
        if last_scale is not None and scale >= last_scale:
            raise ValueError(f"scales do not decrease in {text!r}")
        last_scale = scale
        total += _plain(number) * scale
    if total.adjusted() > _MAX_DIGITS:
        # beyond any sum a page reports (and beyond Decimal's exact precision): not a number to read
        raise ValueError(f"number out of range: {text[:40]!r}")
    return _clean(total)


def parse_number_words(text: str) -> int:
    """Read a number below a thousand written in words (:data:`NUMBER_WORDS`): ``"ba trăm năm mươi"`` → 350.

    Raises ``KeyError`` for a word that is not part of such a number.
    """
    total = 0
    current = 0
    for word in text.lower().split():
        if word == "trăm":
            total += current * 100
            current = 0
        elif word == "mươi":
            current *= 10
        elif word == "mười":
            current = 10
        else:
            current += _TAIL_WORDS[word]
    return total + current


def currency_code(word: str) -> str:
    """The ISO 4217 code for a Vietnamese currency word (``"đô-la Mỹ"`` → ``"USD"``).

    Raises ``KeyError`` for a word that is not a known currency.
    """
    key = _SPACE_RE.sub(" ", word.strip().lower()).replace("đôla", "đô la")
    return CURRENCY_WORDS[key]


def parse_money(text: str) -> tuple[Decimal, str]:
    """Read an amount with its currency: ``"1,5 tỷ đồng"`` → ``(Decimal('1500000000'), 'VND')``.

    Raises ``ValueError`` when ``text`` is not one amount followed by one currency word.
    """
    match = _MONEY_FULL_RE.fullmatch(text)
    if not match:
        raise ValueError(f"not a sum of money: {text!r}")
    return _amount(match.group(1)), currency_code(match.group(2))


def _group_thousands(value: Decimal) -> str:
    """Write a non-negative number with dot thousands and a decimal comma."""
    _sign, digits, exponent = _clean(value).as_tuple()
    assert isinstance(exponent, int)
    text = "".join(map(str, digits))
    if exponent >= 0:
        whole, frac = text + "0" * exponent, ""
    else:
        text = text.rjust(-exponent + 1, "0")
        whole, frac = text[:exponent], text[exponent:]
    groups: list[str] = []
    while len(whole) > 3:
        groups.insert(0, whole[-3:])
        whole = whole[:-3]
    groups.insert(0, whole)
    return ".".join(groups) + ("," + frac if frac else "")


def format_number(value: Decimal | int) -> str:
    """Write a non-negative number the way Vietnamese news does.

    Amounts of a million or more that are a round number of millions or
    billions to three decimals take a scale word (``1,5 tỷ``, ``223,7 triệu``);
    everything else is written in full with dot thousands (``500.000``).

    >>> format_number(1500000000)
    '1,5 tỷ'
    >>> format_number(500000)
    '500.000'
    """
    value = Decimal(value)
    if value < 0 or not value.is_finite():
        raise ValueError(f"cannot write {value!r} as an amount")
    for scale, word in ((10**9, "tỷ"), (10**6, "triệu")):
        if value >= scale:
            quotient = value / scale
            if (quotient * 1000) == (quotient * 1000).to_integral_value():
                return f"{_group_thousands(quotient)} {word}"
    return _group_thousands(value)


#: How :func:`format_money` names each currency; others are written as their ISO code.
_CURRENCY_NAMES = {
    "VND": "đồng",
    "EUR": "euro",
    "CNY": "nhân dân tệ",
    "JPY": "yên",
    "KRW": "won",
    "MYR": "ringgit",  # (no code that starts with "m" is read: see _currency_letters)
    "MMK": "kyat",
}


def format_money(value: Decimal | int, currency: str) -> str:
    """Write a sum of money idiomatically: ``format_money(1500000000, "VND")`` → ``"1,5 tỷ đồng"``."""
    if currency not in CURRENCY_WORDS.values():
        raise ValueError(f"unknown currency code {currency!r}")
    return f"{format_number(value)} {_CURRENCY_NAMES.get(currency, currency)}"


_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100, "D": 500, "M": 1000}
_ROMAN_RE = re.compile(r"M{0,3}(?:CM|CD|D?C{0,3})(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")


def roman_to_int(text: str) -> int:
    """Read an upper-case Roman numeral (``"XVI"`` → 16); ``ValueError`` if it is not a valid one."""
    if not text or not _ROMAN_RE.fullmatch(text):
        raise ValueError(f"not a Roman numeral: {text!r}")
    total = 0
    for i, char in enumerate(text):
        value = _ROMAN[char]
        total += -value if i + 1 < len(text) and _ROMAN[text[i + 1]] > value else value
    return total

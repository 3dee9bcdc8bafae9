"""Vietnamese numbers and money amounts: parse exactly, format idiomatically, round-trip."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dnnd.text.numbers import (
    CURRENCY_WORDS,
    NUMBER_WORDS,
    currency_code,
    format_money,
    format_number,
    parse_money,
    parse_number,
    parse_number_words,
    roman_to_int,
)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("537", "537"),
        ("1,5", "1.5"),
        ("250.000", "250000"),
        ("28,22", "28.22"),
        ("1.100", "1100"),
        ("0,5", "0.5"),
        ("1.234.567,25", "1234567.25"),
        ("1,000,000", "1000000"),
        ("2 triệu", "2000000"),
        ("3 nghìn", "3000"),
        ("3 ngàn", "3000"),
        ("4,7 tỷ", "4700000000"),
        ("4,7 tỉ", "4700000000"),
        ("223,7 triệu", "223700000"),
        ("5 trăm", "500"),
        ("5 nghìn tỷ", "5000000000000"),
        ("1 tỷ 200 triệu", "1200000000"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    assert parse_number(text) == Decimal(value)


@pytest.mark.parametrize("text", ["", "abc", "1,5 đồng", "2 triệu 3 tỷ", "tỷ", "9" * 400, "1 nghìn tỷ tỷ"])
def test_parse_number_rejects(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "value", "currency"),
    [
        ("1,5 tỷ đồng", "1500000000", "VND"),
        ("2 triệu USD", "2000000", "USD"),
        ("500.000 USD", "500000", "USD"),
        ("3 triệu đô la Mỹ", "3000000", "USD"),
        ("3 triệu đô-la Mỹ", "3000000", "USD"),
        ("10 triệu VNĐ", "10000000", "VND"),
        ("7 triệu euro", "7000000", "EUR"),
        ("8 triệu NDT", "8000000", "CNY"),
        ("9 triệu nhân dân tệ", "9000000", "CNY"),
        ("100 triệu yên", "100000000", "JPY"),
        ("2 tỷ won", "2000000000", "KRW"),
    ],
)
def test_parse_money(text: str, value: str, currency: str) -> None:
    assert parse_money(text) == (Decimal(value), currency)


def test_currency_code() -> None:
    assert currency_code("Đô-la  Mỹ") == "USD"
    assert currency_code("đôla") == "USD"
    with pytest.raises(KeyError):
        currency_code("chí")


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [
        (1500000000, "VND", "1,5 tỷ đồng"),
        (2000000, "USD", "2 triệu USD"),
        (500000, "USD", "500.000 USD"),
        (223700000, "VND", "223,7 triệu đồng"),
        (1234567, "VND", "1.234.567 đồng"),
        (5 * 10**12, "VND", "5.000 tỷ đồng"),
        (Decimal("0.5"), "USD", "0,5 USD"),
    ],
)
def test_format_money(value: int | Decimal, currency: str, text: str) -> None:
    assert format_money(value, currency) == text


def test_format_rejects() -> None:
    with pytest.raises(ValueError):
        format_number(-1)
    with pytest.raises(ValueError):
        format_money(1, "XYZ")


def test_roman() -> None:
    assert [roman_to_int(r) for r in ("I", "III", "IV", "VI", "IX", "XIII", "XVI", "XL")] == [1, 3, 4, 6, 9, 13, 16, 40]
    for bad in ("", "IIII", "VX", "abc"):
        with pytest.raises(ValueError):
            roman_to_int(bad)


amounts = st.decimals(min_value=0, max_value=10**15, places=3, allow_nan=False, allow_infinity=False)
scaled = st.builds(
    lambda n, scale: Decimal(n) * scale,
    st.integers(min_value=1, max_value=999_999),
    st.sampled_from([1, 10**3, 10**5, 10**6, 10**8, 10**9]),
)
currencies = st.sampled_from(sorted(set(CURRENCY_WORDS.values())))


@given(st.one_of(amounts, scaled))
def test_number_round_trip(value: Decimal) -> None:
    assert parse_number(format_number(value)) == value


@given(st.one_of(amounts, scaled), currencies)
def test_money_round_trip(value: Decimal, currency: str) -> None:
    assert parse_money(format_money(value, currency)) == (value, currency)


def test_the_currency_look_ahead_lets_through_every_first_letter_of_a_currency_word() -> None:
    import re

    from dnnd.text import numbers

    guard = re.compile(numbers._currency_letters())
    firsts = [re.compile(f"(?i:{re.escape(word[0])})") for word in CURRENCY_WORDS]
    for code in range(0x3000):  # Latin, Greek, Cyrillic, symbols: every letter case-folding can reach
        char = chr(code)
        assert bool(guard.match(char)) == any(f.fullmatch(char) for f in firsts), hex(code)
    assert guard.match("Đ") and guard.match("K") and not guard.match(")") and not guard.match("quỹ")


def test_parse_number_cached_and_fresh_agree() -> None:
    long = "1" + "0" * 80  # beyond the cached length: read afresh, and out of range all the same
    with pytest.raises(ValueError):
        parse_number(long)
    assert parse_number("1,5 tỷ") is parse_number("1,5 tỷ")  # one Decimal, read once
    with pytest.raises(ValueError):
        parse_number("2 triệu 3 tỷ")  # errors are not cached away
    with pytest.raises(ValueError):
        parse_number("2 triệu 3 tỷ")


@pytest.mark.parametrize(
    ("words", "value"),
    [
        ("một", 1),
        ("mười", 10),
        ("mười lăm", 15),
        ("hai mươi mốt", 21),
        ("ba trăm", 300),
        ("chín trăm chín mươi chín", 999),
    ],
)
def test_number_words(words: str, value: int) -> None:
    assert re.fullmatch(NUMBER_WORDS, words)
    assert parse_number_words(words) == value

"""The places extractor's shortcuts around its regex searches must find exactly what the searches find."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd.extractors import places

_WORDS = st.sampled_from(
    [
        "các",
        "những",
        "5",
        "12",
        "1234567890123456789012345678901",
        "xã",
        "thị xã",
        "huyện",
        "thành phố",
        "gồm",
        "Phú Lộc",
        "Hưng Lộc",
        "Lạng Sơn",
        "Lào",
        "An",
        "và",
        "x",
        "Cộng hòa",
        "Vương quốc",
        "CH",
        "Liên bang",
        "Đức",
    ]
)
_GLUE = st.sampled_from([" ", " ", " ", ": ", ", ", " và ", " (", "(", ")", "\n", " \n", ""])


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_WORDS, _GLUE), min_size=1, max_size=10))
    return "".join(w + g for w, g in parts) + draw(_WORDS)


@settings(max_examples=500, deadline=None)
@given(texts())
def test_the_colon_lists_found_from_their_colons_are_the_scans(text: str) -> None:
    found = [(m.span(), m.groupdict()) for m in places._colon_list_matches(text)]
    assert found == [(m.span(), m.groupdict()) for m in places._COLON_LIST.finditer(text)]


def test_a_colon_list_after_a_long_number_and_none_inside_a_number() -> None:
    long = "1234567890123456789012345678901 xã: Phú Lộc và Hưng Lộc"
    assert [m.group("items") for m in places._colon_list_matches(long)] == ["Phú Lộc và Hưng Lộc"]
    assert list(places._colon_list_matches("a12 xã: Phú Lộc")) == []  # the number continues a word
    assert list(places._colon_list_matches("các xã Phú Lộc: Hưng Lộc")) == []  # no colon right after the level


@settings(max_examples=500, deadline=None)
@given(texts())
def test_the_tail_tests_never_skip_a_search_that_finds(text: str) -> None:
    for end in range(len(text) + 1):
        reach = max(0, end - 40)
        if places._ITEM_BEFORE_PAREN.search(text, reach, end):
            assert places._ends_before(text, end, " ("), (text, end)
        if places._ITEM_IN_PAREN.search(text, reach, end):
            assert places._ends_before(text, end, ", "), (text, end)
        if places._ITEM_BEFORE.search(text, reach, end):
            assert places._ends_before(text, end, " "), (text, end)
        if places._state_form_re().search(text, max(0, end - 30), end):
            assert places._may_follow_state_form(text, end), (text, end)


def test_the_state_form_test_says_no_before_a_plain_word() -> None:
    assert places._may_follow_state_form("Vương quốc Thái Lan", len("Vương quốc "))
    assert places._may_follow_state_form("Cộng hòa \nĐức", len("Cộng hòa \n"))
    assert not places._may_follow_state_form("tại Thái Lan", len("tại "))
    assert not places._may_follow_state_form("(Đức", 1)


_LOW_WORDS = st.sampled_from(
    [
        *("các", "những", "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "tx.", "xã", "phường"),
        *("hải dương", "kim thành", "nam sách", "thị trấn", "hội", "c", "n", "x", "đoàn", "1"),
    ]
)


@settings(max_examples=500, deadline=None)
@given(st.lists(st.tuples(_LOW_WORDS, _GLUE), min_size=1, max_size=12))
def test_the_lower_case_level_words_found_with_their_first_letters_are_the_scans(parts: list[tuple[str, str]]) -> None:
    import re

    text = "".join(w + g for w, g in parts)
    plain = re.compile(places._LOW_KEYWORD.pattern.removeprefix("(?=[cnthqxp])"))
    assert plain.pattern != places._LOW_KEYWORD.pattern
    found = [(m.span(), m.groupdict()) for m in places._LOW_KEYWORD.finditer(text)]
    assert found == [(m.span(), m.groupdict()) for m in plain.finditer(text)]


@settings(max_examples=300, deadline=None)
@given(
    texts(),
    st.sampled_from(
        ["thôn", "Thôn", "ấp", "Ấp", "xóm", "khu phố", "Tổ dân phố", "TỔ DÂN PHỐ", "Quận", "phường", "tôn", ""]
    ),
)
def test_the_numbered_unit_test_reads_every_level_word(text: str, word: str) -> None:
    text = f"{text} {word} 12"
    at = len(text) - 2
    expected = next(
        (
            (at - len(w) - 1, level)
            for w, level in places._NUMBERED_UNIT_WORDS.items()
            if at - len(w) - 1 >= 0
            and text[at - len(w) - 1 : at - 1].lower() == w
            and not text[at - len(w) - 2 : at - len(w) - 1].isalnum()
        ),
        None,
    )
    if expected is not None and text[: expected[0]].endswith(tuple(f"{d} " for d in "0123456789")):
        expected = None  # "3 phường 12": a count before the level word
    assert places._numbered_unit_start(text, at) == expected
    if not text[: at - len(word) - 2].endswith(tuple(f"{d}" for d in "0123456789")):
        assert (expected is not None) == (word.lower() in places._NUMBERED_UNIT_WORDS)

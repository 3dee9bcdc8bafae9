"""scanner(): a pattern recompiled for speed finds exactly what the pattern finds."""

from __future__ import annotations

import importlib
import pkgutil
import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd.extractors
import dnnd.facts
from dnnd.text.patterns import _group_first_set, _parser, scanner

ROOT = Path(__file__).resolve().parent.parent
PAGES = sorted((ROOT / "examples" / "pages").glob("*.txt"))


def _module_patterns() -> list[tuple[str, re.Pattern[str]]]:
    """Every compiled pattern at module level in the extractor and fact packages."""
    found = []
    for package in (dnnd.extractors, dnnd.facts):
        for info in pkgutil.iter_modules(package.__path__):
            module = importlib.import_module(f"{package.__name__}.{info.name}")
            for name, value in vars(module).items():
                if isinstance(value, re.Pattern) and isinstance(value.pattern, str):
                    found.append((f"{module.__name__}.{name}", value))
    return found


PATTERNS = _module_patterns()
TEXT = "\n".join(p.read_text(encoding="utf-8") for p in PAGES)


def _original(pattern: re.Pattern[str]) -> re.Pattern[str]:
    return re.compile(pattern.pattern, pattern.flags)


def _all(pattern: re.Pattern[str], text: str) -> list[tuple[tuple[int, int], tuple[str | None, ...], str | None]]:
    return [(m.span(), m.groups(), m.lastgroup) for m in pattern.finditer(text)]


@pytest.mark.parametrize(("name", "pattern"), PATTERNS, ids=[n for n, _ in PATTERNS])
def test_same_matches_on_real_pages(name: str, pattern: re.Pattern[str]) -> None:
    original = _original(pattern)
    fast = scanner(original)
    assert fast.pattern == original.pattern and fast.flags == original.flags
    assert fast.groupindex == original.groupindex
    assert _all(fast, TEXT) == _all(original, TEXT)


def test_joined_word_lists_are_rewritten() -> None:
    joined = re.compile(r"(?:k(?<!\wk)ý|K(?<!\wK)ý)(?!\w)|(?:k(?<!\wk)ết\s+nghĩa|b(?<!\wb)iên\s+bản)(?!\w)")
    assert scanner(joined) is not joined  # a joined pattern is one the engine cannot skip through
    plain = re.compile(r"\d+")
    assert scanner(plain) is plain


def test_case_insensitive_patterns_are_left_alone() -> None:
    pattern = re.compile(r"ab|Ac|ad", re.IGNORECASE)
    assert scanner(pattern) is pattern
    scoped = re.compile(r"x(?i:ab|Ac)")
    assert _all(scanner(scoped), "xAc xab xac") == _all(scoped, "xAc xab xac")


def test_a_leading_lookahead_set_is_skipped_to() -> None:
    # named groups first: nothing the engine can skip to, but for the look-ahead that names the first letters
    pattern = re.compile(r"(?<!\w)(?=[kb])(?:(?P<k>kết)|(?P<b>b\w+))")
    fast = scanner(pattern)
    assert fast is not pattern
    text = "ký kết biên bản, kết nghĩa; abc bản"
    assert _all(fast, text) == _all(pattern, text)
    negated = re.compile(r"(?=[^k])(?P<x>a+)?b")
    assert scanner(negated) is negated  # a negated class: left to the engine


def test_a_leading_capturing_group_is_read_through_to_its_first_letters() -> None:
    # the awards cue's shape: a named group of titles first, then other branches; the compiler finds no first
    # letters in it and tries every character
    pattern = re.compile(r"(?P<head>[Hh]uân chương|[Bb]ằng khen)(?!\w)|(?<!\w)tặng thưởng")
    first = _group_first_set(list(_parser.parse(pattern.pattern).data))
    assert first is not None and {chr(v) for _, v in first} == set("HhBbt")
    fast = scanner(pattern)
    text = "Chủ tịch nước tặng thưởng Huân chương Lao động; trao bằng khen, Bằng khenx"
    assert _all(fast, text) == _all(pattern, text)
    empty = re.compile(r"(?P<a>x)?y|(?P<b>z*)")  # may match the empty string: no first letter to skip to
    assert _group_first_set(list(_parser.parse(empty.pattern).data)) is None
    assert _all(scanner(empty), "ab zzy") == _all(empty, "ab zzy")


def test_cached_patterns_find_what_they_find_as_written() -> None:
    from dnnd.extractors.organizations import _head_re
    from dnnd.extractors.people import _glued_honorific_re, _title_re

    for fast in (_head_re(), _title_re(), _glued_honorific_re()):
        assert _all(fast, TEXT) == _all(_original(fast), TEXT)


_WORDS = st.lists(
    st.sampled_from(["ký", "kết nghĩa", "Ký", "kế", "kết", "biên bản", "b", "bản", "ab", "a"]), min_size=1
)


def _alternation(words: list[str], classes: bool) -> str:
    # "[kK]ý" as the extractors write a word in either case, or the word as it is
    return "|".join(f"[{w[0]}{w[0].upper()}]{re.escape(w[1:])}" if classes else re.escape(w) for w in words)


@settings(max_examples=300, deadline=None)
@given(
    left=_WORDS,
    right=_WORDS,
    text=st.text(alphabet="kýếtbiênảnha AKB,.\n", max_size=60),
    lead=st.sampled_from(
        ["", r"(?<!\w)", r"(?<![\w.])(?=\w)", r"(?<!\.)(?<!b)", r"(?<!\w)(?=[kKb])", r"(?=[kbaA ])(?<!\w)", "(?=b)"]
    ),
    tail=st.sampled_from(["", r"(?!\w)", r"(?P<t>\s+\w+)?", r"\s*"]),
    classes=st.booleans(),
)
def test_same_matches_on_generated_alternations(
    left: list[str], right: list[str], text: str, lead: str, tail: str, classes: bool
) -> None:
    # word lists joined as the fact kinds join them, with and without a group or a look-behind around them
    one, two = _alternation(left, classes), _alternation(right, classes)
    for source in (
        f"{lead}(?:{one}){tail}|(?:{two})(?!\\w)|(?P<x>{one})b",
        f"{lead}(?P<g>{one}|{two}){tail}",
        f"{lead}[kb]\\w*",
    ):
        pattern = re.compile(source)
        assert _all(scanner(pattern), text) == _all(pattern, text), source
        for start in range(0, len(text) + 1, 7):
            found, expected = scanner(pattern).search(text, start), pattern.search(text, start)
            assert (found and (found.span(), found.groups())) == (expected and (expected.span(), expected.groups()))

"""Cheap character tests that spare a regex search must never say no where the search finds something."""

from __future__ import annotations

import re
from bisect import bisect_left

from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd.extractors import organizations, people
from dnnd.facts import elections
from dnnd.gazetteer import honorifics, surnames
from dnnd.model import Mention

_WORDS = st.sampled_from(
    [
        *sorted(honorifics())[:40],
        *sorted(surnames())[:20],
        "của",
        "tỉnh",
        "Văn",
        "An",
        "UBND",
        "Hội",
        "cho biết",
        "John",
        "Smith",
        "x",
        "(",
        "-",
    ]
)
_GLUE = st.sampled_from([" ", " ", " ", ": ", ". ", "\n", ", ", "(", ""])


@st.composite
def texts(draw: st.DrawFn) -> str:
    parts = draw(st.lists(st.tuples(_WORDS, _GLUE), min_size=1, max_size=8))
    return "".join(w + g for w, g in parts) + draw(_WORDS)


@settings(max_examples=400, deadline=None)
@given(texts())
def test_the_honorific_test_never_hides_an_honorific(text: str) -> None:
    for offset in range(len(text) + 1):
        if people._honorific_re().search(text, max(0, offset - 16), offset):
            assert people._may_follow_honorific(text, offset), (text, offset)


def _inside_by_regex_only(text: str, start: int) -> bool:
    run = organizations._CAP_RUN_BEFORE.search(text, max(0, start - 40), start)
    if run is None:
        return False
    words = run.group(1).split(" ")
    if len(words) > 1 and words[0] in organizations._CAPITAL_HONORIFICS and words[1] in surnames():
        return True
    return words[0] in surnames() and not organizations._sentence_start(text, run.start())


@settings(max_examples=400, deadline=None)
@given(texts())
def test_the_person_name_test_agrees_with_the_search(text: str) -> None:
    for start in range(len(text) + 1):
        assert organizations._inside_person_name(text, start) == _inside_by_regex_only(text, start), (text, start)


def test_the_letter_sets_are_the_regex_classes() -> None:
    upper, lower = organizations._letters()
    assert {c for c in map(chr, range(0x10000)) if re.fullmatch(f"[{organizations.UPPER}]", c)} == upper
    assert "Đ" in upper and "ư" in lower and "-" not in upper


@st.composite
def _place_spans(draw: st.DrawFn) -> list[tuple[int, int]]:
    starts = draw(st.lists(st.integers(0, 60), unique=True, max_size=12))
    return [(s, s + draw(st.integers(1, 25))) for s in starts]


@settings(max_examples=300, deadline=None)
@given(_place_spans())
def test_the_place_cover_agrees_with_scanning_every_place(spans: list[tuple[int, int]]) -> None:
    places = {s: Mention("place", s, e, "x" * (e - s)) for s, e in spans}
    cover = organizations._PlaceCover.of(places)
    for position in range(-1, 90):
        assert cover.inside(position) == any(p.start < position < p.end for p in places.values()), position


_CLAUSE_TEXT = st.lists(st.sampled_from([*'ab TP.;:!?\n“”"(-–,X', "(UBND)", " - ", "Tp."]), max_size=30).map("".join)


@settings(max_examples=400, deadline=None)
@given(_CLAUSE_TEXT)
def test_the_clause_breaks_skipped_to_are_the_breaks_as_written(text: str) -> None:
    written = re.compile(people._CLAUSE_BREAK_AS_WRITTEN)
    for lo in range(len(text) + 1):
        for hi in range(lo, len(text) + 1):
            found = [m.span() for m in people._CLAUSE_BREAK.finditer(text, lo, hi)]
            assert found == [m.span() for m in written.finditer(text, lo, hi)], (lo, hi)


def _placed_form_by_scan(ctx: people._Context, org: Mention, before: int) -> str:
    stem = org.text + " "
    forms = {
        m.text
        for m in ctx.orgs[: bisect_left(ctx.org_starts, before)]
        if m.text.startswith(stem)
        and (m.start + len(stem) in ctx.places or people._LEVEL_BEFORE_PLACE.match(m.text, len(org.text)))
    }
    return forms.pop() if len(forms) == 1 else ""


_ORG_WORDS = st.sampled_from(["Hội", "Hữu", "nghị", "tỉnh", "Lào", "Hà", "Nam", "VN", "Hội Hữu"])


@settings(max_examples=300, deadline=None)
@given(st.lists(st.lists(_ORG_WORDS, min_size=1, max_size=4).map(" ".join), min_size=1, max_size=10))
def test_the_fuller_forms_found_by_prefix_are_those_a_scan_finds(names: list[str]) -> None:
    text = " . ".join(names)
    mentions, at = [], 0
    for name in names:
        kind = "place" if name in ("Lào", "Hà Nam") else "organization"
        mentions.append(Mention(kind, at, at + len(name), name))
        at += len(name) + 3
    for word in re.finditer(r"Lào|Hà Nam", text):  # places inside the names, after their stem
        mentions.append(Mention("place", word.start(), word.end(), word.group(0)))
    ctx = people._Context(text, mentions)
    for org in ctx.orgs:
        for before in (0, org.start, org.end, len(text) + 1):
            assert people._placed_form(ctx, org, before) == _placed_form_by_scan(ctx, org, before)


@settings(max_examples=300, deadline=None)
@given(texts())
def test_the_runs_skipped_as_naming_no_one_give_no_candidate(text: str) -> None:
    # every capitalised run read in full, without the cheap test, finds the same names
    def read_in_full(*args: object) -> bool:
        return False

    fast = people._candidates(people._Context(text, ()))
    original = people._names_no_one
    people._names_no_one = read_in_full
    try:
        full = people._candidates(people._Context(text, ()))
    finally:
        people._names_no_one = original
    assert [(f.start, f.end, f.honorific) for f in fast] == [(f.start, f.end, f.honorific) for f in full]


_CUE_PARTS = st.sampled_from([" do", "do ", "trong đó", "trong đó,", "xtrong đó ", " ", "  ", "\n", ",", "t", "ông A"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_CUE_PARTS, max_size=12))
def test_the_head_cues_found_branch_by_branch_are_the_patterns_matches(parts: list[str]) -> None:
    # ("... trong đó  do ông A làm Chủ tịch": the spaces after one cue are not the space before the next)
    text = "Ban Chấp hành gồm 15 đồng chí," + "".join(parts)
    expected = [m.span() for m in elections._HEAD_CUE_RE.finditer(text)]
    assert [m.span() for m in elections._head_cues(text)] == expected


_NEW_PARTS = st.sampled_from(["tân ", "Tân  ", "ân ", "xtân ", "tân", "ân", " ", "t", "T", "\n", "Chủ tịch"])


@settings(max_examples=400, deadline=None)
@given(st.lists(_NEW_PARTS, max_size=12))
def test_the_new_titles_found_from_their_tail_are_the_patterns_matches(parts: list[str]) -> None:
    # ("Tân Chủ tịch Hội ...": "Tân" before a post; "xtân", "Tâ" are none)
    text = "".join(parts)
    expected = [m.span() for m in elections._NEW_TITLE_RE.finditer(text)]
    assert [m.span() for m in elections._new_titles(text)] == expected

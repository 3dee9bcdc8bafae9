"""Regular-expression building blocks shared by the extractors."""

from __future__ import annotations

import importlib
import re
from functools import cache
from typing import Any

# The regex engine's own parser and compiler (no public API): :func:`scanner` rewrites parsed patterns.
_parser: Any = importlib.import_module("re._parser")
_compiler: Any = importlib.import_module("re._compiler")
_sre: Any = importlib.import_module("_sre")

__all__ = ["scanner", "word_alternation"]


def word_alternation(*words: str) -> str:
    """An alternation of ``words`` in lower and sentence case, each starting a word.

    Each branch starts with a literal letter and checks the word boundary
    *after* it (``k(?<!\\wk)hóa``) so that the regex engine can skip quickly
    to candidate positions; a leading look-behind would defeat that. Spaces
    inside a word match any run of white space.
    """
    branches = []
    for word in words:
        for variant in dict.fromkeys((word, word[0].upper() + word[1:])):
            first = re.escape(variant[0])
            branches.append(first + rf"(?<!\w{first})" + re.escape(variant[1:]).replace(r"\ ", r"\s+"))
    return "|".join(branches)


@cache
def scanner(pattern: re.Pattern[str]) -> re.Pattern[str]:
    r"""``pattern`` recompiled to find the same matches faster when scanning long texts.

    Python's regex engine skips quickly only to positions where the pattern's
    first character can match, and it knows that character only when the
    pattern opens with one alternation of literal-led branches. A pattern
    joined from several word lists (``f"{a.pattern}|{b.pattern}"``) opens with
    groups instead, and the engine tries every branch at every position. This
    rewrites the parsed pattern: leading non-capturing groups and alternations
    are spread into one alternation, branches starting with the same letter
    share it (a trie on their first characters), and look-arounds before the
    first character (``(?<!\w)``) are checked just after it, as a
    look-behind over that character. A pattern that opens with a look-ahead
    of one character class (``(?=[A-Zbc])``) gets that class as the
    characters the engine skips to. Only branches that
    cannot both match at one position change order, so every ``search``,
    ``match`` and ``finditer`` answer is the same, group for group. The
    result keeps ``pattern``'s text and flags (composing ``.pattern`` into
    another pattern works as before). A pattern it cannot improve, or a Python
    whose regex internals differ, gets ``pattern`` back as it is.
    """
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
        if parsed.state.flags & re.IGNORECASE:
            return pattern  # a literal then stands for both cases: branches are no longer exclusive
        hoisted = _hoist(list(parsed.data), parsed.state)
        if hoisted is not None:
            parsed.data = hoisted
        branches = _spread(list(parsed.data))
        if len(branches) > 1 and all(b and b[0][0] is _parser.LITERAL for b in branches):
            parsed.data = _trie(branches, parsed.state)
        changed = _inner_tries(parsed.data, parsed.state) or hoisted is not None
        if not changed and _lookahead_set(list(parsed.data)) is None and _group_first_set(list(parsed.data)) is None:
            return pattern
        return _compiled(pattern, parsed)
    except Exception:  # another Python's internals: keep the pattern as written
        return pattern


def _compiled(pattern: re.Pattern[str], parsed: Any) -> re.Pattern[str]:
    """``parsed`` compiled as :func:`re.compile` would, under ``pattern``'s text (as ``re._compiler.compile``)."""
    code = _compiler._code(parsed, pattern.flags)
    lead = _lookahead_set(list(parsed.data))
    if lead is None:
        lead = _group_first_set(list(parsed.data))
    if lead is not None:
        code = _with_charset(code, lead, pattern.flags | parsed.state.flags)
    groupindex = parsed.state.groupdict
    indexgroup: list[str | None] = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    flags = pattern.flags | parsed.state.flags
    compiled = _sre.compile(pattern.pattern, flags, code, parsed.state.groups - 1, groupindex, tuple(indexgroup))
    if compiled.groupindex != pattern.groupindex or compiled.groups != pattern.groups:
        return pattern
    return compiled


def _lookahead_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    r"""The class of a look-ahead of one character among the look-arounds that open ``items``, if there is one.

    ``(?<!\w)(?=[A-Zs])...``: every match then starts at a character of that
    class. The regex engine skips quickly only to the characters a pattern
    *consumes* first, so it does not see this one: :func:`_with_charset` tells it.
    """
    k = 0
    while (
        k < len(items) and str(items[k][0]) in _ASSERTS and not (items[k][0] is _parser.ASSERT and items[k][1][0] == 1)
    ):
        k += 1
    if k == len(items) or items[k][0] is not _parser.ASSERT:
        return None
    op, av = items[k]
    inner = list(av[1].data)
    if len(inner) != 1:
        return None
    op, av = inner[0]
    if op is _parser.LITERAL:
        return [(op, av)]
    if op is _parser.IN and not any(o is _parser.NEGATE for o, _ in av):
        return list(av)
    return None


def _group_first_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    """:func:`_first_set` of ``items`` opening (after look-arounds) with a group or an alternation, else ``None``.

    The compiler finds the first characters of a pattern opening with a literal or a class itself.
    """
    first = next((op for op, _ in items if str(op) not in _ASSERTS and op is not _parser.AT), None)
    return _first_set(items) if first is _parser.BRANCH or first is _parser.SUBPATTERN else None


def _first_set(items: list[tuple[Any, Any]]) -> list[tuple[Any, Any]] | None:
    r"""The characters every match of ``items`` opens with, as a class; ``None`` if that cannot be told.

    The compiler finds the first characters only of a pattern opening with a
    literal, a class or an alternation of literals; one opening with a capturing
    group (``(?P<head>Hội|Sở)...``) or an alternation mixing groups and literals
    is tried at every character. This reads through groups, alternations,
    repeats of at least one and look-arounds (which consume nothing) to the
    first character consumed; a pattern that may match the empty string, or
    whose group changes the flags, has no such class.
    """
    out: list[tuple[Any, Any]] = []
    for op, av in items:
        if str(op) in _ASSERTS or op is _parser.AT:
            continue  # zero width: the first character consumed comes after
        if op is _parser.LITERAL:
            out.append((op, av))
        elif op is _parser.IN and not any(o is _parser.NEGATE for o, _ in av):
            out.extend(av)
        elif op is _parser.SUBPATTERN and not av[1] and not av[2]:
            inner = _first_set(list(av[3].data))
            if inner is None:
                return None
            out.extend(inner)
        elif op is _parser.BRANCH:
            for branch in av[1]:
                inner = _first_set(list(branch.data))
                if inner is None:
                    return None
                out.extend(inner)
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT) and av[0] >= 1:
            inner = _first_set(list(av[2].data))
            if inner is None:
                return None
            out.extend(inner)
        else:
            return None
        return out
    return None  # nothing but look-arounds: the empty string


def _with_charset(code: list[int], charset: list[tuple[Any, Any]], flags: int) -> list[int]:
    """``code`` whose info block (left without a prefix by the compiler) names ``charset`` as first characters.

    Built as ``re._compiler._compile_info`` builds it for a pattern opening
    with ``[charset]``; ``code`` comes back as it is when its info block
    already holds a prefix or a set, or when the pattern can match nothing.
    """
    info, skip, mask, lo, hi = code[:5]
    if info != _compiler.INFO or mask != 0 or lo == 0 or skip != 4:
        return code
    block: list[int] = [_compiler.INFO, 0, _compiler.SRE_INFO_CHARSET, lo, hi]
    optimized, hascased = _compiler._optimize_charset(charset)
    if hascased:
        return code
    _compiler._compile_charset(optimized, flags, block)
    block[1] = len(block) - 1
    return block + code[5:]


def _inner_tries(items: list[tuple[Any, Any]], state: Any) -> bool:
    """Make every alternation of literal-led branches inside ``items`` a trie, in place; whether any changed."""
    changed = False
    for index, (op, av) in enumerate(items):
        if op is _parser.BRANCH:
            for b in av[1]:
                changed = _inner_tries(b.data, state) or changed
            branches = [spread for b in av[1] for spread in _spread(list(b.data))]
            if len(branches) > 1 and all(b and b[0][0] is _parser.LITERAL for b in branches):
                tried = _trie(branches, state)
                items[index] = (_parser.SUBPATTERN, (None, 0, 0, _parser.SubPattern(state, tried)))
                changed = True
            continue
        if op is _parser.SUBPATTERN and av[1] & re.IGNORECASE:
            continue  # (?i:...): its literals stand for both cases
        values = av if isinstance(av, list | tuple) else [av]
        for value in values:
            if isinstance(value, _parser.SubPattern):
                changed = _inner_tries(value.data, state) or changed
    return changed


#: Operators that consume exactly one character.
_ONE_CHAR = frozenset({"LITERAL", "NOT_LITERAL", "IN", "ANY"})
_ASSERTS = frozenset({"ASSERT", "ASSERT_NOT"})


def _hoist(items: list[tuple[Any, Any]], state: Any) -> list[tuple[Any, Any]] | None:
    r"""``items`` with the look-arounds that open it moved after the first character; ``None`` if it cannot.

    ``(?<!\w)X...`` becomes ``X(?<=(?<!\w)X)...``: the same test, made once the
    engine has found an ``X``, so that the pattern opens with ``X``.
    """
    k = 0
    while k < len(items) and str(items[k][0]) in _ASSERTS:
        k += 1
    if k == 0 or k == len(items) or _captures(items[:k]):
        return None
    return _push(items[:k], items[k:], state)


def _push(asserts: list[tuple[Any, Any]], items: list[tuple[Any, Any]], state: Any) -> list[tuple[Any, Any]] | None:
    """``asserts`` followed by ``items``, the assertions checked after the first character of every branch."""
    if not items:
        return None
    (op, av), rest = items[0], items[1:]
    if str(op) in _ONE_CHAR:
        behind = (_parser.ASSERT, (-1, _parser.SubPattern(state, [*asserts, items[0]])))
        return [items[0], behind, *rest]
    if op is _parser.SUBPATTERN and not av[1] and not av[2]:
        inner = _push(asserts, list(av[3].data), state)
        if inner is None:
            return None
        return [(op, (av[0], av[1], av[2], _parser.SubPattern(state, inner))), *rest]
    if op is _parser.BRANCH:
        pushed = [_push(asserts, list(b.data), state) for b in av[1]]
        if any(p is None for p in pushed):
            return None
        return [(op, (av[0], [_parser.SubPattern(state, p) for p in pushed])), *rest]
    return None


def _plain_group(item: tuple[Any, Any]) -> bool:
    """A non-capturing group without flags: ``(?:...)``."""
    op, av = item
    return op is _parser.SUBPATTERN and av[0] is None and not av[1] and not av[2]


def _captures(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``items`` hold a capturing group (which must not be copied into two branches)."""

    def inside(value: Any) -> bool:
        if isinstance(value, _parser.SubPattern):
            return _captures(list(value.data))
        if isinstance(value, list | tuple):
            return any(inside(v) for v in value)
        return False

    return any((op is _parser.SUBPATTERN and av[0] is not None) or inside(av) for op, av in items)


def _few_letters(item: tuple[Any, Any]) -> bool:
    """A class of a few letters (``[Tt]``), which exclude each other as single letters do."""
    op, av = item
    return op is _parser.IN and 1 < len(av) <= 4 and all(o is _parser.LITERAL for o, _ in av)


def _spread(items: list[tuple[Any, Any]]) -> list[list[tuple[Any, Any]]]:
    """The branches of ``items`` when its leading groups and alternations are spread out (``(?:a|b)c`` → ac, bc)."""
    if not items:
        return [items]
    head, rest = items[0], items[1:]
    if _plain_group(head):
        return _spread(list(head[1][3].data) + rest)
    if _few_letters(head) and not _captures(rest):
        return [[(_parser.LITERAL, letter), *rest] for _, letter in head[1]]  # [Tt]ỉnh → tỉnh, Tỉnh
    if head[0] is _parser.BRANCH and (not rest or not _captures(rest)):
        out: list[list[tuple[Any, Any]]] = []
        for branch in head[1][1]:
            out.extend(_spread(list(branch.data) + rest))
        return out
    return [items]


#: Operators that match at most one way at a position (no backtracking into them): safe to share.
_ONE_WAY = frozenset({"LITERAL", "NOT_LITERAL", "IN", "ANY", "AT", "ASSERT", "ASSERT_NOT"})


def _trie(branches: list[list[tuple[Any, Any]]], state: Any) -> list[tuple[Any, Any]]:
    """One alternation of ``branches`` sharing their leading items where that keeps every match the same."""

    def node(items: list[tuple[Any, Any]]) -> Any:
        return _parser.SubPattern(state, items)

    if len(branches) == 1:
        return branches[0]
    if all(b and b[0][0] is _parser.LITERAL for b in branches):
        # distinct first letters exclude each other: group by letter, keeping the order within a letter
        groups: dict[int, list[list[tuple[Any, Any]]]] = {}
        for b in branches:
            groups.setdefault(b[0][1], []).append(b[1:])
        alternatives = [node([(_parser.LITERAL, letter), *_trie(tails, state)]) for letter, tails in groups.items()]
        if len(alternatives) == 1:
            return list(alternatives[0].data)
        return [(_parser.BRANCH, (None, alternatives))]
    first = branches[0][0] if branches[0] else None
    if (
        first is not None
        and str(first[0]) in _ONE_WAY
        and all(b and repr(b[0]) == repr(first) for b in branches)
        and not _captures([first])
    ):
        return [first, *_trie([b[1:] for b in branches], state)]
    return [(_parser.SUBPATTERN, (None, 0, 0, node([(_parser.BRANCH, (None, [node(b) for b in branches]))])))]

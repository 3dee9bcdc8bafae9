"""The words of one document, read once and shared by every extractor that runs over it.

An extractor that looks for a few words (a level word before a place, an
organization's head, a surname) used to scan the whole text with its own
regular expression; several extractors scanned for the same words again.
:class:`WordIndex` reads the text once (one regular-expression pass, in C) and
answers by table look-ups:

- :attr:`~WordIndex.words`, :meth:`~WordIndex.start`, :meth:`~WordIndex.end`:
  the words (``\\w+``) in order, with their offsets;
- :meth:`~WordIndex.positions`: where the words of a vocabulary (a
  ``frozenset`` the caller keeps, e.g. the surnames or the level words) stand,
  found once per vocabulary and document;
- :meth:`~WordIndex.matches`: the matches a pattern's own scan would give,
  tried only at the words it opens with (:func:`opening_words` reads them from
  the pattern: no second list to keep), or by the scan where it cannot tell;
- :attr:`~WordIndex.runs`, :meth:`~WordIndex.run_at`: the runs of capitalised
  syllables (``Liên hiệp``'s ``Liên``, ``Lào Cai``, ``Nguyễn Văn An``);
- :meth:`~WordIndex.index_at`, :meth:`~WordIndex.word_before`,
  :meth:`~WordIndex.word_after`: the word at or around an offset.

Every part is computed on first use, so an extractor pays only for what some
extractor of the same document asks. Get the index of a document with
:attr:`dnnd.plugin.ExtractionContext.words`: it is built at most once per
document and lives only as long as that document's extraction (nothing is
kept in a global cache keyed by text).
"""

from __future__ import annotations

import importlib
import re
import threading
from bisect import bisect_left, bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import accumulate, compress, count
from typing import Any

__all__ = ["WordIndex", "matches_at", "opening_words"]

# The regex engine's own parser (no public API), as :func:`dnnd.text.patterns.scanner` reads patterns.
_parser: Any = importlib.import_module("re._parser")

_WORD_SPLIT = re.compile(r"(\w+)")


@cache
def _run_re() -> re.Pattern[str]:
    """A run of capitalised syllables joined by single spaces, as the people extractor reads names.

    A syllable opens with a capital and goes on in lower case ("Lào", "Nguyễn"); an Ê Đê or Jrai name joins a
    prefix and a syllable with an apostrophe ("H'Yim"), a transcribed name its parts with hyphens ("Vi-lay-vông").
    A digit may touch a run (captions glue "ảnh 1" to a name), a full stop may not ("TP.Hà Nội").
    """
    from dnnd.gazetteer import LOWER, UPPER  # (the gazetteer's letters, foreign ones too: "Ngài Müller")
    from dnnd.text.patterns import scanner

    word = rf"[{UPPER}][{LOWER}]*(?:['’][{UPPER}][{LOWER}]+)?(?:-[{UPPER}{LOWER}][{LOWER}]*)*(?![\w])"
    return scanner(re.compile(rf"(?<![^\W\d_])(?<!\.){word}(?: {word})*"))


def opening_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    """The words every match of ``pattern`` opens with, read from the pattern itself; ``None`` when it cannot be told.

    Told when every way through the pattern's start checks that no word character comes before the match
    (``(?<![\\w])`` before it, or ``t(?<!\\wt)`` after its first letter, as
    :func:`~dnnd.text.patterns.word_alternation` writes it), then reads letters, digits or ``_`` (literals, or
    classes of a few such, as ``[Tt]``) up to a character that is not one (a space, ``\\s+``, a full stop) or a
    look-ahead for none (``(?!\\w)``). Then every match starts where a word of the result starts, and
    :meth:`WordIndex.matches` finds what the pattern's scan finds. Look-arounds that say nothing of word
    characters are passed over (they only keep matches out).
    """
    # (by identity: hashing a pattern reads all its code, tens of microseconds for a long word list)
    known = _OPENING_WORDS.get(id(pattern))
    if known is None or known[0] is not pattern:
        if len(_OPENING_WORDS) >= _OPENING_WORDS_KEPT:
            _OPENING_WORDS.clear()  # (patterns compiled per document: their words are not kept for good)
        known = _OPENING_WORDS[id(pattern)] = (pattern, _read_opening_words(pattern))
    return known[1]


#: id -> (pattern, its opening words); the pattern kept alive with its entry, so that its id is not reused
_OPENING_WORDS: dict[int, tuple[re.Pattern[str], frozenset[str] | None]] = {}
_OPENING_WORDS_KEPT = 4096


def _read_opening_words(pattern: re.Pattern[str]) -> frozenset[str] | None:
    try:
        parsed = _parser.parse(pattern.pattern, pattern.flags)
    except Exception:  # another Python's internals
        return None
    if (pattern.flags | parsed.state.flags) & re.IGNORECASE:
        return None  # (a literal then stands for both cases)
    states = _walk(list(parsed.data), {("", False, False)})
    if not states or any(not done or not guarded or not word for word, guarded, done in states):
        return None
    return frozenset(word for word, _, _ in states)


_State = tuple[str, bool, bool]  # the word read so far, whether its start is checked, whether it has ended
_MAX_STATES = 20_000


def _is_word_char(char: str) -> bool:
    return char.isalnum() or char == "_"  # (what ``\\w`` matches in a str pattern)


def _class_chars(items: list[tuple[Any, Any]]) -> tuple[str, set[str]] | None:
    """A class's characters: ``("word", letters)`` for a few word characters, ``("other", ...)`` for a class of no
    word character (``\\s``, ``[,.]``); ``None`` for any other class."""
    letters, other = set(), False
    for op, av in items:
        if op is _parser.LITERAL:
            if _is_word_char(chr(av)):
                letters.add(chr(av))
            else:
                other = True
        elif op is _parser.CATEGORY and av in (_parser.CATEGORY_SPACE, _parser.CATEGORY_NOT_WORD):
            other = True
        else:
            return None
    if (letters and other) or len(letters) > 8:
        return None
    return ("word", letters) if letters else ("other", set())


def _is_word_class(items: list[tuple[Any, Any]]) -> bool:
    """Whether ``items`` is one class holding ``\\w`` (perhaps with more): ``(?<![\\w.])``, ``(?!\\w)``."""
    if len(items) != 1 or items[0][0] is not _parser.IN:
        return False
    members = items[0][1]
    return (_parser.CATEGORY, _parser.CATEGORY_WORD) in members and not any(op is _parser.NEGATE for op, _ in members)


def _consumed(states: set[_State], chars: tuple[str, set[str]]) -> set[_State] | None:
    """``states`` after one character of ``chars`` (a class as :func:`_class_chars` tells it)."""
    kind, letters = chars
    out: set[_State] = set()
    for word, guarded, done in states:
        if done:
            out.add((word, guarded, done))
        elif kind == "word":
            out.update((word + letter, guarded, False) for letter in letters)
        elif not word:
            return None  # a match opening with a mark: not at a word's start
        else:
            out.add((word, guarded, True))
    return out


def _walk(items: list[tuple[Any, Any]], states: set[_State]) -> set[_State] | None:
    """``states`` after ``items`` (a parsed pattern's part), or ``None`` where the opening word cannot be told."""
    for op, av in items:
        if all(done for _, _, done in states):
            return states
        if len(states) > _MAX_STATES:
            return None
        nxt: set[_State] | None
        if op is _parser.LITERAL:
            nxt = _consumed(states, ("word", {chr(av)}) if _is_word_char(chr(av)) else ("other", set()))
        elif op is _parser.IN:
            chars = _class_chars(list(av))
            nxt = None if chars is None else _consumed(states, chars)
        elif op is _parser.BRANCH:
            nxt = set()
            for alternative in av[1]:
                after = _walk(list(alternative), states)
                if after is None:
                    return None
                nxt |= after
        elif op is _parser.SUBPATTERN:
            if av[1] or av[2]:
                return None  # (flags changed inside)
            nxt = _walk(list(av[3]), states)
        elif op in (_parser.MAX_REPEAT, _parser.MIN_REPEAT):
            low, high, sub = av[0], av[1], list(av[2])
            once = _walk(sub, states)
            if once is None:
                return None
            if all(done for _, _, done in once):
                nxt = once if low >= 1 else states | once  # the word ends in it ("\\s+"): more of it changes nothing
            elif (low, high) == (0, 1):
                nxt = states | once  # an optional part
            else:
                return None
        elif op is _parser.ASSERT_NOT and av[0] == -1:
            nxt = _guarded(states, list(av[1]))
        elif op is _parser.ASSERT and av[0] == -1:
            nxt = _after_a_mark(states, list(av[1]))
        elif op is _parser.ASSERT_NOT and av[0] == 1:
            ends = _is_word_class(list(av[1]))  # "(?!\\w)": the word ends here
            nxt = {(w, g, d or (ends and bool(w))) for w, g, d in states}
        elif op is _parser.ASSERT and av[0] == 1:
            nxt = _before_a_mark(states, list(av[1]))
        elif op is _parser.AT and av in (_parser.AT_BOUNDARY, _parser.AT_BEGINNING, _parser.AT_BEGINNING_STRING):
            nxt = {(w, g or not w, d) for w, g, d in states}  # (a word character follows: the walk checks it)
        else:
            return None
        if nxt is None:
            return None
        states = nxt
    return states


def _before_a_mark(states: set[_State], ahead: list[tuple[Any, Any]]) -> set[_State]:
    """``states`` after a look-ahead: one that opens with a character that is no word character (``(?= )``) ends
    the word read so far; any other keeps matches out, no more."""
    first = ahead[0] if ahead else None
    if first is not None and first[0] is _parser.LITERAL and not _is_word_char(chr(first[1])):
        return {(w, g, d or bool(w)) for w, g, d in states}
    chars = _class_chars(list(first[1])) if first is not None and first[0] is _parser.IN else None
    if chars is not None and chars[0] == "other":
        return {(w, g, d or bool(w)) for w, g, d in states}
    return states


def _after_a_mark(states: set[_State], behind: list[tuple[Any, Any]]) -> set[_State]:
    """``states`` after a look-behind for one character that is no word character (``(?<=\\W)``, ``(?<=\\.)``):
    before the word, it checks where the match starts; after a letter of it, that way through cannot match."""
    chars = _class_chars(list(behind[0][1])) if len(behind) == 1 and behind[0][0] is _parser.IN else None
    if len(behind) == 1 and behind[0][0] is _parser.LITERAL and not _is_word_char(chr(behind[0][1])):
        chars = ("other", set())
    if chars is None or chars[0] != "other":
        return states
    return {(w, g or not w, d) for w, g, d in states if d or not w}


def _guarded(states: set[_State], behind: list[tuple[Any, Any]]) -> set[_State]:
    """``states`` after a negative look-behind: one that rules out a word character before the word read so far
    (``(?<![\\w.])`` before it, ``(?<!\\wt)`` after its "t") checks where the match starts."""
    if not behind or not _is_word_class(behind[:1]) or any(op is not _parser.LITERAL for op, _ in behind[1:]):
        return states
    tail = "".join(chr(av) for _, av in behind[1:])
    return {(w, g or (not d and w == tail), d) for w, g, d in states}


def _inside_a_word(text: str, at: int) -> bool:
    """Whether ``at`` falls between two word characters."""
    return 0 < at < len(text) and _is_word_char(text[at - 1]) and _is_word_char(text[at])


def matches_at(pattern: re.Pattern[str], text: str, starts: list[int], start: int, end: int) -> Iterator[re.Match[str]]:
    """The matches of ``pattern`` in ``text[start:end]`` (as ``finditer`` gives them), tried at ``starts`` only."""
    last = start
    for i in range(bisect_left(starts, start), len(starts)):
        at = starts[i]
        if at >= end:
            break
        if at >= last and (m := pattern.match(text, at, end)) is not None:
            yield m
            last = m.end()  # (as the scan: the next match after the end of this one)


class _Openings:
    """The vocabularies of opening words :meth:`WordIndex.opening_starts` was asked about, each with its number
    (words, not texts: they grow to the patterns of the extractors and stay), and for each of their words the numbers
    of the vocabularies it opens: every document reads its words once for all of them.

    Never changed once made: a new vocabulary makes a new one, which replaces the old in one assignment, so that
    another thread, or a time cap's exception landing mid-way (:mod:`dnnd.runner`), never sees half of it.
    """

    __slots__ = ("era", "opened_by", "slots")

    def __init__(self, slots: dict[frozenset[str], int], opened_by: dict[str, tuple[int, ...]], era: int) -> None:
        self.slots, self.opened_by, self.era = slots, opened_by, era

    def adding(self, words: frozenset[str]) -> _Openings:
        """These vocabularies and ``words``; none but ``words`` when too many were kept (a new era: patterns compiled
        per document are let go)."""
        if len(self.slots) >= _OPENING_SLOTS_KEPT:
            return _Openings({}, {}, self.era + 1).adding(words)
        slot = len(self.slots)
        opened_by = dict(self.opened_by)
        for word in words:
            opened_by[word] = (*opened_by.get(word, ()), slot)
        return _Openings({**self.slots, words: slot}, opened_by, self.era)


_OPENING_SLOTS_KEPT = 1024
_openings = _Openings({}, {}, 0)
_openings_lock = threading.Lock()


def _opening_slot(words: frozenset[str]) -> tuple[_Openings, int]:
    """The known opening vocabularies, ``words`` among them (added if new), and the number of ``words`` there."""
    global _openings
    openings = _openings
    slot = openings.slots.get(words)
    if slot is None:
        with _openings_lock:
            if words not in _openings.slots:
                _openings = _openings.adding(words)
            openings = _openings
            slot = openings.slots[words]
    return openings, slot


class WordIndex:
    """The words of ``text``, their offsets and the runs of capitalised syllables, each read once on first use.

    Word ``i`` is ``words[i]``, from :meth:`start` to :meth:`end`. A vocabulary
    is a ``frozenset`` of words, matched as written (case included); the index
    remembers each vocabulary it was asked about, so keep one object per
    vocabulary (a module constant or a cached function's result).
    """

    __slots__ = ("_by_pattern", "_found", "_opening_era", "_opening_lists", "_runs", "_starts", "_words", "text")

    def __init__(self, text: str) -> None:
        #: The text every offset indexes into.
        self.text = text
        self._words: list[str] | None = None
        self._starts: list[int] | None = None
        self._runs: list[re.Match[str]] | None = None
        self._found: dict[frozenset[str], list[int]] = {}
        # where the words of each known opening vocabulary (by number) start in the text, read for all at once
        self._opening_lists: list[list[int]] = []
        self._opening_era = -1
        # id of each pattern asked about -> (the pattern, where its opening words start, or None): one look-up a call
        self._by_pattern: dict[int, tuple[re.Pattern[str], list[int] | None]] = {}

    # -- words

    def _read(self) -> tuple[list[str], list[int]]:
        if self._words is None or self._starts is None:
            # the text cut at its words (gap, word, gap, ... gap): the words and, summing the lengths, their offsets,
            # with no match object made (a document's index holds no tracked objects)
            parts = _WORD_SPLIT.split(self.text)
            self._words = parts[1::2]
            self._starts = list(accumulate(map(len, parts), initial=0))[1:-2:2]
        return self._words, self._starts

    @property
    def words(self) -> list[str]:
        """The words of the text (``\\w+``: letters, digits and ``_``), in order."""
        return self._read()[0]

    @property
    def starts(self) -> list[int]:
        """Where each word starts, in order."""
        return self._read()[1]

    def __len__(self) -> int:
        return len(self.words)

    def start(self, i: int) -> int:
        """Where word ``i`` starts in the text."""
        return self.starts[i]

    def end(self, i: int) -> int:
        """Where word ``i`` ends in the text."""
        return self.starts[i] + len(self.words[i])

    def index_at(self, offset: int) -> int | None:
        """The index of the word that covers ``offset``, or ``None`` where no word does (a space, a mark)."""
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self.end(i) else None

    def word_before(self, offset: int) -> str:
        """The last word that ends at or before ``offset`` ("" at the start of the text)."""
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and self.end(i) > offset:
            i -= 1
        return self.words[i] if i >= 0 else ""

    def word_after(self, offset: int) -> str:
        """The first word that starts at or after ``offset`` ("" at the end of the text)."""
        i = bisect_right(self.starts, offset - 1)
        return self.words[i] if i < len(self.words) else ""

    # -- vocabularies

    def positions(self, vocabulary: frozenset[str], within: frozenset[str] | None = None) -> list[int]:
        """The indices of the words of ``vocabulary``, in order (found once per vocabulary: one look-up a word).

        ``within``, a vocabulary that holds ``vocabulary``, is looked up instead over every word (once) and
        ``vocabulary`` only among its words: an extractor asking for several small vocabularies reads the text
        once for all of them.
        """
        found = self._found.get(vocabulary)
        if found is None:
            if within is None:
                found = list(compress(count(), map(vocabulary.__contains__, self.words)))
            else:
                words = self.words
                found = [i for i in self.positions(within) if words[i] in vocabulary]
            self._found[vocabulary] = found
        return found

    def has_any(self, vocabulary: frozenset[str]) -> bool:
        """Whether any word of ``vocabulary`` stands in the text."""
        return bool(self.positions(vocabulary))

    def finditer(
        self, pattern: re.Pattern[str], vocabulary: frozenset[str], within: frozenset[str] | None = None
    ) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text)``, tried only where a word of ``vocabulary`` starts.

        Exact when every match of ``pattern`` starts where a word of
        ``vocabulary`` starts (for a pattern whose :func:`opening_words` cannot
        be told but whose words the caller knows; else :meth:`matches`): as the
        scan does, the next match is looked for only after the end of the last.
        ``within``: as for :meth:`positions`.
        """
        starts = self.starts
        return matches_at(
            pattern, self.text, [starts[i] for i in self.positions(vocabulary, within)], 0, len(self.text)
        )

    def matches(self, pattern: re.Pattern[str], start: int = 0, end: int | None = None) -> Iterator[re.Match[str]]:
        """The matches of ``pattern.finditer(text, start, end)``: tried only at the words it opens with where the
        pattern tells them (:func:`opening_words`), found by the scan where it does not or where a bound cuts a
        word in two (the pattern would then read a shorter word there).

        For the patterns an extractor keeps (module constants, cached builders): the words of each pattern asked
        about join those looked up in every document.
        """
        text = self.text
        size = len(text)
        end = size if end is None else end
        starts = self.opening_starts(pattern)
        # (the bounds of the whole text, the common call, cut no word: no need to look)
        if starts is None or (start and _inside_a_word(text, start)) or (end != size and _inside_a_word(text, end)):
            return pattern.finditer(text, start, end)
        if not starts or starts[-1] < start or starts[0] >= end:
            return iter(())  # (no opening word in the bounds: no match, nothing to try)
        return matches_at(pattern, text, starts, start, end)

    def opening_starts(self, pattern: re.Pattern[str]) -> list[int] | None:
        """Where the words ``pattern`` opens with start, in order (a superset of where its matches start); ``None``
        where :func:`opening_words` cannot tell them. (The list is the index's, not to be changed.)

        The words of every pattern asked about so far are looked up together, once per document: the extractors
        that follow find theirs among them.
        """
        # (by identity, as opening_words: a pattern asked about again in the same text gets the same list)
        known = self._by_pattern.get(id(pattern))
        if known is not None and known[0] is pattern:
            return known[1]
        opening = opening_words(pattern)
        if opening is None:
            found = None
        else:
            openings, slot = _opening_slot(opening)
            if slot >= len(self._opening_lists) or self._opening_era != openings.era:
                self._read_openings(openings)  # (a vocabulary new since this text was read: read it again)
            found = self._opening_lists[slot]
        self._by_pattern[id(pattern)] = (pattern, found)  # (the pattern kept with it: its id is not reused)
        return found

    def _read_openings(self, openings: _Openings | None = None) -> None:
        """Where the words of every known opening vocabulary (of ``openings``, else of now) start: one look-up a
        word, one pass for them all."""
        words, starts = self._read()
        openings = openings or _openings
        lists: list[list[int]] = [[] for _ in range(len(openings.slots))]
        opened_by = openings.opened_by
        for i in compress(count(), map(opened_by.__contains__, words)):
            at = starts[i]
            for slot in opened_by[words[i]]:
                lists[slot].append(at)
        self._opening_lists = lists
        self._opening_era = openings.era

    # -- capitalised runs

    @property
    def runs(self) -> list[re.Match[str]]:
        """The runs of capitalised syllables joined by single spaces, in order, as matches (``start()``,
        ``end()``, ``group()``): "Lào Cai", "Nguyễn Văn An", "Liên" of "Liên hiệp", "H'Yim", "Vi-lay-vông".

        "UBND" and "TP.HCM" open none; a lower-case word or any other mark ends one.
        """
        if self._runs is None:
            self._runs = list(_run_re().finditer(self.text))
        return self._runs

    def run_at(self, offset: int) -> re.Match[str] | None:
        """The capitalised run that covers ``offset``, if one does."""
        runs = self.runs
        i = bisect_right(runs, offset, key=re.Match.start) - 1  # the last run starting at or before ``offset``
        return runs[i] if i >= 0 and offset < runs[i].end() else None

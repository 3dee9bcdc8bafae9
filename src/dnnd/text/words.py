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
- :meth:`~WordIndex.finditer`: the matches a pattern's own scan would give,
  tried only at the words that can open one;
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

import re
from bisect import bisect_right
from collections.abc import Iterator
from functools import cache
from itertools import compress, count

__all__ = ["WordIndex", "first_words"]

_WORD = re.compile(r"\w+")


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


def first_words(phrases: object) -> frozenset[str]:
    """The first word (``\\w+``) of each of ``phrases``: the vocabulary that :meth:`WordIndex.finditer` needs for a
    pattern matching any of them ("Trường" and "Trạm" for "Trường THCS", "Trạm Y tế")."""
    out = set()
    for phrase in phrases:  # type: ignore[attr-defined]
        m = _WORD.match(str(phrase))
        if m is not None:
            out.add(m.group())
    return frozenset(out)


class WordIndex:
    """The words of ``text``, their offsets and the runs of capitalised syllables, each read once on first use.

    Word ``i`` is ``words[i]``, from :meth:`start` to :meth:`end`. A vocabulary
    is a ``frozenset`` of words, matched as written (case included); the index
    remembers each vocabulary it was asked about, so keep one object per
    vocabulary (a module constant or a cached function's result).
    """

    __slots__ = ("_found", "_matches", "_runs", "_starts", "_words", "text")

    def __init__(self, text: str) -> None:
        #: The text every offset indexes into.
        self.text = text
        self._matches: list[re.Match[str]] | None = None
        self._words: list[str] | None = None
        self._starts: list[int] | None = None
        self._runs: list[re.Match[str]] | None = None
        self._found: dict[frozenset[str], list[int]] = {}

    # -- words

    @property
    def _all(self) -> list[re.Match[str]]:
        if self._matches is None:
            self._matches = list(_WORD.finditer(self.text))
        return self._matches

    @property
    def words(self) -> list[str]:
        """The words of the text (``\\w+``: letters, digits and ``_``), in order."""
        if self._words is None:
            self._words = list(map(re.Match.group, self._all))
        return self._words

    def __len__(self) -> int:
        return len(self._all)

    def start(self, i: int) -> int:
        """Where word ``i`` starts in the text."""
        return self._all[i].start()

    def end(self, i: int) -> int:
        """Where word ``i`` ends in the text."""
        return self._all[i].end()

    @property
    def starts(self) -> list[int]:
        """Where each word starts, in order."""
        if self._starts is None:
            self._starts = list(map(re.Match.start, self._all))
        return self._starts

    def index_at(self, offset: int) -> int | None:
        """The index of the word that covers ``offset``, or ``None`` where no word does (a space, a mark)."""
        i = bisect_right(self.starts, offset) - 1
        return i if i >= 0 and offset < self._all[i].end() else None

    def word_before(self, offset: int) -> str:
        """The last word that ends at or before ``offset`` ("" at the start of the text)."""
        i = bisect_right(self.starts, offset) - 1
        while i >= 0 and self._all[i].end() > offset:
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
        ``vocabulary`` starts (a pattern that opens with a word boundary and
        one of those words, as :func:`first_words` gives them): as the scan
        does, the next match is looked for only after the end of the last.
        Faster than the scan when those words are rare. ``within``: as for :meth:`positions`.
        """
        text, matches, last = self.text, self._all, 0
        for i in self.positions(vocabulary, within):
            at = matches[i].start()
            if at < last:
                continue
            m = pattern.match(text, at)
            if m is not None:
                yield m
                last = m.end()

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

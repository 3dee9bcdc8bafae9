"""Sentences of Vietnamese news text: where one ends and the next begins.

One splitter for every stage that reads sentence by sentence (the fact reading, the year of a date
written without one), so that an abbreviation or a lost space is read the same way everywhere.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from dnnd.gazetteer import read_list
from dnnd.text.normalize import LOWER_LETTERS, UPPER_LETTERS
from dnnd.text.patterns import scanner

__all__ = ["split_sentences"]


# A sentence ends at . ! ? … (and closing quotes) before a capital, a digit or an opening quote.
# Scraped pages often lose the space after a full stop ("nhiệm kỳ II.Nhân dịp này", "2012-2017.Tới dự"): a
# word of two lower-case letters or digits, or a Roman numeral, then a full stop (a closing quote may follow)
# and a capitalised word ends a sentence too ("TP.HCM", "Q.Hoàn Kiếm", "TS.Nguyễn" do not).
# (scanner: the first branch opens with a class, not a literal, so that the engine would try the pattern at every
# character; recompiled, it skips to the marks)
_SENTENCE_END_RE = scanner(
    re.compile(
        rf"[.!?…]+[”\"’)]*\s+(?=[“\"‘(]?[{UPPER_LETTERS}\d])"
        # (the full stop first, its look-behind after it: every branch then opens with a punctuation mark,
        # which the regex engine skips to instead of trying the look-behinds at every character)
        rf"|\.(?<=(?:[{LOWER_LETTERS}\d][{LOWER_LETTERS}\d]|[IVX][IVX])\.)[”\"’]?(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])"
        # an ellipsis that lost its space after a word ("đi tham quan dã ngoại...Đội bóng đá")
        rf"|\.\.\.(?<=[{LOWER_LETTERS}\d]\.\.\.)(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])"
        rf"|…(?<=[{LOWER_LETTERS}\d]…)(?=[{UPPER_LETTERS}][{LOWER_LETTERS}])"
    )
)
# Abbreviations with a full stop that do not end a sentence: "TS. Nguyễn", "Tp. Hồ Chí Minh" (the list is data),
# and initials: two capitals with full stops ("N.V. An", "Đ.T. Hà", "U.S."), or one Latin capital in a foreign
# name ("Lawrence S. Ting", "John F. Kennedy"); I, V and X are left out, they end "khóa V." as Roman numerals.
# A one-letter abbreviation or initial opens a word (a space or an opening bracket before it): three initials
# are a whole name written short ("là T.V.H và P.V.H. Trong ảnh"), which ends its sentence like any name, and
# so does a brand ("túi bột lọc nước P&G. Cộng đồng").
_ABBREVIATIONS = sorted(read_list("sentence_abbreviations.txt"), key=len, reverse=True)
_WORD_ABBREVIATIONS = [word for word in _ABBREVIATIONS if len(word) > 1]
_LETTER_ABBREVIATIONS = "".join(word for word in _ABBREVIATIONS if len(word) == 1)
_ABBREVIATION_RE = scanner(
    re.compile(
        rf"(?<!\w)(?:{'|'.join(map(re.escape, _WORD_ABBREVIATIONS))})\.$"
        rf"|(?<![^\s(“\"])(?:[{UPPER_LETTERS}]\.[{UPPER_LETTERS}]|[A-HJ-UWYZĐ{_LETTER_ABBREVIATIONS}])\.$"
    )
)
# the longest abbreviation with its full stop, at least two initials ("N.V."); the look-behinds read before it
_ABBREVIATION_CHARS = max(4, *(len(word) + 1 for word in _ABBREVIATIONS))


def split_sentences(text: str, offset: int = 0) -> Iterator[tuple[int, int]]:
    """The ``(start, end)`` of each sentence of ``text``, shifted by ``offset``; an end leaves out the space
    after the sentence, a start is where the next sentence's first character stands."""
    start = 0
    for match in _SENTENCE_END_RE.finditer(text):
        # an abbreviation ends right at the sentence's mark, a full stop: only its last few characters are read
        # (the character before ``start`` ends a match, a space or a full stop: the look-behind reads the same)
        stop = match.start() + 1
        if text[match.start()] == "." and _ABBREVIATION_RE.search(text, max(start, stop - _ABBREVIATION_CHARS), stop):
            continue
        end = match.end() - len(match.group()) + len(match.group().rstrip())
        yield offset + start, offset + end
        start = match.end()
    if start < len(text):
        yield offset + start, offset + len(text.rstrip())

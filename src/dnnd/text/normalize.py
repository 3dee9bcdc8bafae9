"""Unicode normalisation for Vietnamese: NFC, tone-mark placement, fold keys.

Text dnnd returns is NFC and otherwise verbatim. For *matching* (is "Hòa Bình"
the same name as "Hoà Bình" or "HOÀ BÌNH"?) use :func:`match_key`, which also
moves tone marks to one fixed place and folds case, and :func:`ascii_key`,
which drops diacritics for matching pages typed without them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

__all__ = [
    "LOWER_LETTERS",
    "UPPER_LETTERS",
    "VIETNAMESE_LETTERS",
    "ascii_key",
    "clean_space",
    "fold_lookalikes",
    "is_vietnamese_letter",
    "match_key",
    "nfc",
    "normalize_tone_placement",
]

#: Every letter of the Vietnamese alphabet with its tone marks, lower and upper case.
_BASE = "aăâeêioôơuưyđ"
_TONES = ("", "\u0300", "\u0301", "\u0303", "\u0309", "\u0323")


def _letters() -> frozenset[str]:
    out = set("abcdefghijklmnopqrstuvwxyz")
    for base in _BASE:
        for tone in _TONES:
            if base == "đ" and tone:
                continue
            out.add(unicodedata.normalize("NFC", base + tone))
    return frozenset(out | {c.upper() for c in out})


VIETNAMESE_LETTERS: frozenset[str] = _letters()
#: The upper-case Vietnamese letters, for character classes (``[{UPPER_LETTERS}]``).
UPPER_LETTERS = "".join(sorted(c for c in VIETNAMESE_LETTERS if c.isupper()))
#: The lower-case Vietnamese letters, for character classes.
LOWER_LETTERS = "".join(sorted(c for c in VIETNAMESE_LETTERS if c.islower()))

_SPACE = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000\ufeff]+")
_ZERO_WIDTH = re.compile(r"[\u200b\u200c\u200d\u2060\ufeff\u00ad]")


def nfc(text: str) -> str:
    """``text`` in Unicode normal form C."""
    return unicodedata.normalize("NFC", text)


# Letters of other alphabets typed, or decoded, for Vietnamese ones: Windows-1258 puts Đ and đ at the bytes
# where Latin-1 has Icelandic Ð (eth) and ð, so a page read with the wrong charset, or typed with a font
# that maps them so, writes "Ðỗ" for "Đỗ". No Vietnamese word holds an eth; left as is, it cuts names.
_LOOKALIKES = str.maketrans({"\u00d0": "\u0110", "\u00f0": "\u0111"})


def fold_lookalikes(text: str) -> str:
    """``text`` with letters that stand in for Vietnamese ones (Icelandic Ð, ð for Đ, đ) made Vietnamese."""
    return text.translate(_LOOKALIKES)


def clean_space(text: str) -> str:
    """NFC, zero-width characters dropped, runs of spaces (NBSP too) made one space, stripped."""
    text = _ZERO_WIDTH.sub("", nfc(text))
    return _SPACE.sub(" ", text).strip()


_WHITE = re.compile(r"\s+")


def one_space(text: str) -> str:
    """``text`` with every run of white space made one space (``re.sub(r"\\s+", " ", text)``), not stripped.

    Most strings asked (a unit, a name) hold single spaces only: they are returned as they are, unscanned
    by a regular expression (a space is the only printable white-space character).
    """
    if "  " not in text and text.isprintable():
        return text
    return _WHITE.sub(" ", text)


def is_vietnamese_letter(char: str) -> bool:
    """True for a letter of the Vietnamese alphabet (with or without tone mark)."""
    return char in VIETNAMESE_LETTERS


# Old-style ("hoà", "thuý") versus new-style ("hòa", "thúy") tone placement: in the
# rhymes oa, oe, uy written without a final consonant, the old style puts the mark on
# the second vowel. match_key puts it on the first, as the 2018 orthography does.
_OLD_STYLE = re.compile(r"(?i)(o)([àáảãạ])(?![a-zđ])|(o)([èéẻẽẹ])(?![a-zđ])|(u)([ỳýỷỹỵ])(?![a-zđ])")
_TONE_OF = {
    "\u0300": "\u0300",
    "\u0301": "\u0301",
    "\u0303": "\u0303",
    "\u0309": "\u0309",
    "\u0323": "\u0323",
}


def _move_tone(match: re.Match[str]) -> str:
    first = match.group(1) or match.group(3) or match.group(5)
    second = match.group(2) or match.group(4) or match.group(6)
    decomposed = unicodedata.normalize("NFD", second)
    base, marks = decomposed[0], decomposed[1:]
    tone = "".join(m for m in marks if m in _TONE_OF)
    return nfc(first + tone) + base


def normalize_tone_placement(text: str) -> str:
    """Move tone marks in *oa*, *oe*, *uy* rhymes to the first vowel: ``hoà`` → ``hòa``."""
    return _OLD_STYLE.sub(_move_tone, nfc(text))


#: Keys of names are cached; a longer text (a whole page, a query) is keyed afresh, so that a long run's
#: memory does not grow with the pages it has read.
CACHED_KEY_CHARS = 160


def match_key(text: str) -> str:
    """A key under which spellings of the same name are equal (case, spacing, tone placement)."""
    return _match_key(text) if len(text) <= CACHED_KEY_CHARS else _match_key.__wrapped__(text)


def ascii_key(text: str) -> str:
    """``match_key`` without diacritics (đ → d), for text typed without them."""
    return _ascii_key(text) if len(text) <= CACHED_KEY_CHARS else _ascii_key.__wrapped__(text)


@lru_cache(maxsize=65536)
def _match_key(text: str) -> str:
    text = normalize_tone_placement(clean_space(text)).lower()
    return text.replace("–", "-").replace("—", "-")


@lru_cache(maxsize=65536)
def _ascii_key(text: str) -> str:
    decomposed = unicodedata.normalize("NFD", match_key(text).replace("đ", "d"))
    return "".join(c for c in decomposed if not unicodedata.combining(c))

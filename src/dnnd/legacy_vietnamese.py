"""Vietnamese text in the legacy 8-bit font encodings, VNI-Windows and TCVN3 (ABC), back to Unicode.

Before Unicode, Vietnamese pages were typed in fonts (``VNI-Times``, ``.VnTime``) that draw
Vietnamese letters in the slots of Western ones: the bytes are read as Windows-1252 and show
``Vieät Nam`` (VNI, a base letter followed by a mark) or ``ViÖt Nam`` (TCVN3, one byte a
letter). Such a page decodes without error and declares, if anything, a Western charset, so
only its text can tell: :func:`detect_legacy` converts a sample with each table and keeps a
table only on evidence, when the words it touches become well-formed Vietnamese syllables
where they were not before. Correct Unicode or Windows-1258 Vietnamese is already made of
syllables and is never converted; another language's letters do not become syllables.

The conversion tables are viparse's (``viparse.normalize.vni`` and ``viparse.normalize.tcvn3``,
MIT, checked against real legacy documents), imported only when a page needs them.
"""

from __future__ import annotations

import re
import unicodedata
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from viparse.normalize.tables import Charmap

__all__ = [
    "LEGACY_ENCODINGS",
    "convert_legacy",
    "detect_legacy",
    "encode_legacy",
    "is_syllable",
    "reads_as_vietnamese",
    "syllable_share",
]

#: The legacy encodings dnnd converts, by the name :class:`~dnnd.decode.Decoded` reports.
LEGACY_ENCODINGS = ("vni", "tcvn3")

# The characters the two tables read as marks or letters, as Windows-1252 shows them. A page with
# none of them is not in a legacy encoding, and is passed over without further work.
_SURFACE = re.compile("[\u00a1-\u00ff]")

_TONE_MARKS = "\u0300\u0301\u0303\u0309\u0323"
_WORD = re.compile(r"[^\W\d_]+")
# A letter (or a legacy font's mark) outside ASCII: a Latin letter with diacritics or a Latin-1 symbol.
_MARK = re.compile(r"[\u00a1-\u024f\u1e00-\u1eff]")
# How many words that hold a non-ASCII letter are read to judge a page: enough to tell, cheap.
_SAMPLE_WORDS = 400
# How much of a page is read to judge it, and the fewest characters of the two tables' range it must
# hold to be judged at all (an English page with a copyright sign is passed over at once).
_SAMPLE_CHARS = 200_000
_MIN_SURFACE = 12
# Letters only Unicode Vietnamese writes (ơ ư đ and the precomposed toned vowels U+1EA0-U+1EF9): a
# legacy page read as Windows-1252 never holds one, since that code page has none of them. Unicode
# Vietnamese holds more of them than of Latin-1 letters (1.2 to 3 times as many on real pages), so
# a page with at least half as many is Unicode already and needs no syllable check; a page whose
# Unicode header wraps a legacy body has far fewer, and is checked.
_UNICODE_ONLY = re.compile("[\u1ea0-\u1ef9\u01a0\u01a1\u01af\u01b0\u0110\u0111]")
_UNICODE_SHARE = 0.5
# The fewest such words needed to judge at all: a line or two of text is too little evidence.
_MIN_WORDS = 12
# A decoding is Vietnamese when this share of those words are syllables...
_MIN_SHARE = 0.85
# ...and a table is taken only if it raises the share by this much over the text as it was.
_MIN_GAIN = 0.3

# ẳ and Ẳ: the one row viparse's VNI table leaves out (it met no document holding them); the VNI
# chart writes the breve's hook as 0xFA (``ú``) after the base, as its ắ ằ ẵ ặ rows do with 0xE9 0xE8 0xFC 0xEB.
_VNI_EXTRA = (("aú", "ẳ"), ("AÚ", "Ẳ"))


@cache
def _syllable() -> re.Pattern[str]:
    """A Vietnamese syllable without its tone, from ``data/syllable_parts.tsv``."""
    from dnnd.gazetteer import read_tsv

    parts = {row[0]: row[1].split() for row in read_tsv("syllable_parts.tsv")}
    onset, nucleus, coda = ("|".join(map(re.escape, parts[name])) for name in ("onset", "nucleus", "coda"))
    return re.compile(f"(?:{onset})?(?:{nucleus})(?:{coda})?")


def is_syllable(word: str) -> bool:
    """True when ``word`` is spelt as a Vietnamese syllable (``data/syllable_parts.tsv``), one tone mark at most:
    "Minh", "Sau" are; "Smith", "Searcy" are not."""
    parts = unicodedata.normalize("NFD", word.lower())
    tones = sum(1 for ch in parts if ch in _TONE_MARKS)
    if tones > 1:
        return False
    base = unicodedata.normalize("NFC", "".join(ch for ch in parts if ch not in _TONE_MARKS))
    return _syllable().fullmatch(base) is not None


def _sample_words(text: str) -> list[str]:
    words: list[str] = []
    for match in _WORD.finditer(text):
        word = match.group()
        if not word.isascii():
            words.append(word)
            if len(words) >= _SAMPLE_WORDS:
                break
    return words


def syllable_share(text: str) -> tuple[float, int]:
    """The share of ``text``'s words holding a non-ASCII letter that are Vietnamese syllables, and
    how many such words were read (at most a few hundred, from the start)."""
    words = _sample_words(text)
    if not words:
        return 0.0, 0
    return sum(1 for word in words if is_syllable(word)) / len(words), len(words)


@cache
def _charmaps() -> dict[str, Charmap]:
    from viparse.normalize.tables import build_charmap  # imported here: only legacy pages need it
    from viparse.normalize.tcvn3 import TCVN3
    from viparse.normalize.vni import VNI

    vni = build_charmap("vni", [*VNI.pairs, *_VNI_EXTRA])
    return {"vni": vni, "tcvn3": TCVN3}


def convert_legacy(text: str, encoding: str) -> str:
    """``text`` as Windows-1252 shows a ``encoding`` (``"vni"`` or ``"tcvn3"``) page, in Unicode NFC."""
    from viparse.normalize.tables import convert

    return convert(text, _charmaps()[encoding], "NFC")


def encode_legacy(text: str, encoding: str) -> bytes:
    """``text`` typed in a ``encoding`` (``"vni"`` or ``"tcvn3"``) font: the bytes such a page holds.

    The inverse of reading those bytes as Windows-1252 and :func:`convert_legacy`. ASCII, the no-break
    space and Windows-1252's typographic punctuation (``–`` ``“`` ``…``: bytes no table uses) are kept;
    a letter the encoding has no code for (TCVN3 has no capital toned vowels) raises :class:`ValueError`.
    """
    inverse = {unicode: legacy for legacy, unicode in _charmaps()[encoding].pairs}
    out: list[str] = []
    for ch in unicodedata.normalize("NFC", text):
        if ch in inverse:
            out.append(inverse[ch])
        elif ch.isascii() or ch == "\u00a0" or _is_cp1252_punctuation(ch):
            out.append(ch)
        else:
            raise ValueError(f"{encoding} has no code for {ch!r}")
    return "".join(out).encode("cp1252")


def _is_cp1252_punctuation(ch: str) -> bool:
    try:
        return 0x80 <= ch.encode("cp1252")[0] <= 0x9F
    except UnicodeEncodeError:
        return False


def _tokens(text: str) -> str:
    """The first few hundred tokens of ``text`` that hold a letter or mark outside ASCII, space-separated.

    The marks are found at C speed; each is widened to its token by hand (a pattern that widens
    as it searches backtracks at every ASCII word of an English page)."""
    out: list[str] = []
    end = 0
    for match in _MARK.finditer(text):
        start = match.start()
        if start < end:
            continue
        left, end = start, start + 1
        while left > 0 and _in_token(text[left - 1]):
            left -= 1
        while end < len(text) and _in_token(text[end]):
            end += 1
        out.append(text[left:end])
        if len(out) >= _SAMPLE_WORDS:
            break
    return " ".join(out)


def _in_token(ch: str) -> bool:
    return ch.isalnum() or "\u00a1" <= ch <= "\u00ff"


def _plainly_unicode(sample: str, surface: int) -> bool:
    """Whether ``sample`` (holding ``surface`` Latin-1 letters) is plainly Unicode Vietnamese (no word is read)."""
    unicode_only = len(_UNICODE_ONLY.findall(sample))
    return unicode_only >= _MIN_WORDS and unicode_only >= _UNICODE_SHARE * surface


def reads_as_vietnamese(text: str) -> bool:
    """Whether ``text`` holds enough words with Vietnamese letters, nearly all of them syllables."""
    sample = text[:_SAMPLE_CHARS]
    if _plainly_unicode(sample, len(_SURFACE.findall(sample))):
        return True
    share, count = syllable_share(_tokens(sample))
    return count >= _MIN_WORDS and share >= _MIN_SHARE


def detect_legacy(surface: str) -> str | None:
    """``"vni"`` or ``"tcvn3"`` when ``surface`` (a page read as Windows-1252 or as it came) is
    Vietnamese typed in that legacy encoding, by the evidence of its words; otherwise ``None``."""
    sample = surface[:_SAMPLE_CHARS]
    surface_count = len(_SURFACE.findall(sample))
    if surface_count < _MIN_SURFACE or _plainly_unicode(sample, surface_count):
        return None
    # Only the tokens that hold a letter or mark outside ASCII are evidence: they are what the
    # tables change. Reading (and converting) those alone keeps a long page cheap.
    tokens = _tokens(sample)
    before, count = syllable_share(tokens)
    if count >= _MIN_WORDS and before >= _MIN_SHARE:
        return None  # already Vietnamese Unicode
    scored: list[tuple[float, str]] = []
    for encoding in LEGACY_ENCODINGS:
        share, count = syllable_share(convert_legacy(tokens, encoding))
        if count >= _MIN_WORDS:
            scored.append((share, encoding))
    if not scored:
        return None
    share, encoding = max(scored)
    if share >= _MIN_SHARE and share - before >= _MIN_GAIN:
        return encoding
    return None

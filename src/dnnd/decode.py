"""From bytes to text: encodings, byte-order marks, binary files, gzip.

Vietnamese pages come in UTF-8 nearly always, but also in UTF-16 (with a BOM,
from Windows tools) and in the legacy Windows-1258, whose letters are written
with combining tone marks, and old pages typed in the VNI or TCVN3 fonts
(Western bytes that only the font made Vietnamese: :mod:`dnnd.legacy_vietnamese`).
:func:`decode` finds the encoding, refuses what is not text, and returns NFC text; when it cannot tell the encoding with
confidence it raises :class:`~dnnd.errors.DecodeError` instead of guessing
mojibake.
"""

from __future__ import annotations

import codecs
import gzip
import re
import unicodedata
import zlib
from functools import cache

import attrs

from dnnd.errors import DecodeError, EmptyInputError, InputTooLargeError, UnsupportedInputError
from dnnd.text.normalize import VIETNAMESE_LETTERS, fold_lookalikes

__all__ = ["DEFAULT_MAX_BYTES", "Decoded", "check_size", "clean_controls", "decode", "page_text", "plausibility"]

#: Pages larger than this are refused unless the caller raises the limit.
DEFAULT_MAX_BYTES = 50 * 1024 * 1024

_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "a PNG image"),
    (b"\xff\xd8\xff", "a JPEG image"),
    (b"GIF87a", "a GIF image"),
    (b"GIF89a", "a GIF image"),
    (b"%PDF-", "a PDF document"),
    (b"PK\x03\x04", "a ZIP archive (or an Office document)"),
    (b"\x7fELF", "an executable"),
    (b"BZh", "a bzip2 archive"),
    (b"\xfd7zXZ\x00", "an xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "a 7z archive"),
    (b"\x00\x00\x01\x00", "an icon"),
    (b"OggS", "an Ogg media file"),
    (b"ID3", "an MP3 file"),
)

_BOMS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)

# A charset declared in the first bytes of an HTML or XML page (the HTML prescan).
_DECLARED = re.compile(
    rb"""(?i)(?:<meta[^>]{0,200}?charset\s*=\s*["']?|<\?xml[^>]{0,100}?encoding\s*=\s*["'])([a-z0-9_.:-]{2,40})"""
)

# Windows-1258 is tried before the others: it is the legacy encoding of Vietnamese pages.
_FALLBACKS = ("cp1258", "cp1252", "iso8859_15")

# A few stray NUL bytes in a page (a CMS's broken string) are cleaned; more mean binary data.
_MAX_NULS = 64

_EXTRA_OK = frozenset("–—‘’“”…•·«»°№€£¥©®™×÷±§¶†‡‰′″")


@attrs.frozen
class Decoded:
    """Decoded text and how it was decoded."""

    text: str
    encoding: str
    confidence: float


def plausibility(text: str) -> float:
    """How much ``text`` looks like real (Vietnamese or English) text: 0..1.

    Control characters, letters outside the Vietnamese alphabet and stray
    symbols count against it; a page of mojibake or random bytes scores low.
    """
    if not text:
        return 0.0
    sample = text[:200_000]
    bad = 0
    # Only the characters outside printable ASCII, white space and the Vietnamese alphabet are
    # looked at one by one: a regular expression finds them at C speed.
    for ch in _suspicious().findall(sample):
        code = ord(ch)
        if code < 0x20 or 0x7F <= code < 0xA0 or ch == "\ufffd":
            bad += 3
        elif unicodedata.category(ch).startswith("M"):
            bad += 2  # a combining mark left over after NFC: it sits on a letter that cannot carry it
        elif ch.isalpha():
            bad += 1  # a letter, but not a Vietnamese one: Ã, Ð, ß in mojibake
        elif unicodedata.category(ch) in ("Pd", "Pi", "Pf", "Po", "Ps", "Pe", "Sc", "Zs", "No"):
            continue
        else:
            bad += 1
    return max(0.0, 1.0 - bad / len(sample))


@cache
def _suspicious() -> re.Pattern[str]:
    allowed = "".join(sorted(VIETNAMESE_LETTERS | _EXTRA_OK))
    return re.compile("[^\\x20-\\x7e\\s" + re.escape(allowed) + "]")


def _binary_kind(data: bytes) -> str | None:
    for magic, kind in _MAGIC:
        if data.startswith(magic):
            return kind
    if data[:4] == b"RIFF" and data[8:12] in (b"WEBP", b"WAVE", b"AVI "):
        return "a RIFF media file"
    return None


def _utf16_without_bom(data: bytes) -> str | None:
    head = data[:4096]
    if len(head) < 4:
        return None
    even_nuls = head[0::2].count(0) / len(head[0::2])
    odd_nuls = head[1::2].count(0) / len(head[1::2])
    if odd_nuls > 0.3 and even_nuls < 0.05:
        return "utf-16-le"
    if even_nuls > 0.3 and odd_nuls < 0.05:
        return "utf-16-be"
    return None


def _gunzip(data: bytes, name: str, max_bytes: int) -> bytes:
    # A gzip file may hold several members one after the other (``cat a.gz b.gz``): read them all,
    # never more than the limit plus one byte in all.
    parts: list[bytes] = []
    size = 0
    rest = data
    try:
        while rest[:2] == b"\x1f\x8b" and size <= max_bytes:
            out = zlib.decompressobj(16 + zlib.MAX_WBITS)
            part = out.decompress(rest, max_bytes + 1 - size)
            parts.append(part)
            size += len(part)
            if not out.eof:
                break
            rest = out.unused_data
    except (zlib.error, gzip.BadGzipFile) as exc:
        raise UnsupportedInputError(f"a gzip file that cannot be decompressed ({exc})", source=name) from None
    result = b"".join(parts)
    if len(result) > max_bytes:
        raise InputTooLargeError(
            f"decompresses to more than {max_bytes:,} bytes; raise --max-size to read it", source=name
        )
    return result


def _declared(data: bytes, declared: str | None) -> str | None:
    if declared:
        return declared
    match = _DECLARED.search(data[:4096])
    return match.group(1).decode("ascii") if match else None


def _normalise_codec(name: str) -> str | None:
    try:
        return codecs.lookup(name).name
    except LookupError:
        return None


def decode(
    data: bytes, *, name: str = "<input>", declared: str | None = None, max_bytes: int = DEFAULT_MAX_BYTES
) -> Decoded:
    """Decode one page's bytes into NFC text.

    ``declared`` is an encoding the caller knows (an HTTP header); otherwise a
    byte-order mark or an HTML/XML charset declaration is used when the bytes
    agree with it, then UTF-8, then the legacy encodings of Vietnamese pages,
    each kept only if the result reads as plausible text; a page none of these
    reads (another language's legacy encoding: Windows-1251, Shift JIS, GB18030...)
    is given to charset-normalizer's detector, kept only if it decodes to readable text.
    Before a Western reading is kept, and on Unicode text, Vietnamese typed in the VNI or
    TCVN3 fonts is recognised by its words and converted (encoding ``"vni"``, ``"tcvn3"``,
    or ``"utf-8+vni"`` for such codes pasted into a UTF-8 page).

    Raises :class:`~dnnd.errors.EmptyInputError`,
    :class:`~dnnd.errors.UnsupportedInputError` (images, PDFs, archives, binary
    data), :class:`~dnnd.errors.InputTooLargeError` or
    :class:`~dnnd.errors.DecodeError`.
    """
    check_size(len(data), max_bytes, name)
    if data[:2] == b"\x1f\x8b":
        data = _gunzip(data, name, max_bytes)
    if not data.strip():
        raise EmptyInputError("is empty: there is no page to parse", source=name)
    kind = _binary_kind(data)
    if kind:
        raise UnsupportedInputError(f"is {kind}, not a text or HTML page", source=name)

    for bom, encoding in _BOMS:
        if data.startswith(bom):
            try:
                text = data[len(bom) :].decode(encoding)
            except UnicodeDecodeError as exc:
                raise DecodeError(
                    f"starts with a {encoding} byte-order mark but is not valid {encoding} ({exc.reason} at byte "
                    f"{exc.start}); re-save it as UTF-8",
                    source=name,
                ) from None
            return _unicode_or_legacy(text, encoding, 1.0, name)

    utf16 = _utf16_without_bom(data)
    if utf16:
        try:
            return _unicode_or_legacy(data.decode(utf16), utf16, 0.9, name)
        except UnicodeDecodeError:
            pass
    if data[:65536].count(0) > _MAX_NULS:
        raise UnsupportedInputError("contains NUL bytes: it is binary data, not a text or HTML page", source=name)

    candidates: list[str] = []
    declared_codec = _normalise_codec(_declared(data, declared) or "")
    if declared_codec:
        candidates.append(declared_codec)
    for fallback in ("utf-8", *_FALLBACKS):
        if fallback not in candidates:
            candidates.append(fallback)

    best: tuple[float, str, str] | None = None
    for encoding in candidates:
        try:
            text = data.decode(encoding)
        except (UnicodeDecodeError, LookupError):
            continue
        # Stray control characters are cleaned, not held against the encoding.
        text = unicodedata.normalize("NFC", clean_controls(text))
        score = plausibility(text)
        if encoding == "utf-8" and score > 0.9:
            return _unicode_or_legacy(text, encoding, 1.0, name, checked=True)
        if encoding == declared_codec and score > 0.98:
            # A VNI or TCVN3 page declares a Western charset (its font did the rest): its words tell.
            return _legacy(data, name, text) or _finish(text, encoding, 0.95, name, checked=True)
        if best is None or score > best[0] or (score == best[0] and _western_over_1258(best, encoding)):
            best = (score, encoding, text)
    legacy = _legacy(data, name, best[2] if best is not None else "")
    if legacy is not None:
        return legacy
    if best is not None and best[0] >= 0.985:
        return _finish(best[2], best[1], best[0], name, checked=True)
    # Windows-1258 is offered to the detector only when its reading is Vietnamese, or it is the only one.
    exclude = ("cp1258",) if best is not None and best[1] != "cp1258" else ()
    detected = _detect(data, exclude)
    if detected is not None:
        return _finish(detected[1], detected[0], detected[2], name, checked=True)
    raise DecodeError(
        "cannot tell its text encoding with confidence (not valid UTF-8, UTF-16, Windows-1258, VNI or TCVN3 "
        "text); convert it to UTF-8 (e.g. iconv -f ENCODING -t UTF-8) or pass --encoding",
        source=name,
    )


def _western_over_1258(best: tuple[float, str, str], encoding: str) -> bool:
    """Whether a Western reading as plausible as the Windows-1258 one wins: it does when the Windows-1258
    text does not read as Vietnamese syllables (Portuguese ``não`` is not Vietnamese ``năo``)."""
    if best[1] != "cp1258" or encoding not in _FALLBACKS:
        return False
    from dnnd.legacy_vietnamese import syllable_share

    share, count = syllable_share(best[2])
    return count > 0 and share < 0.85


def _legacy(data: bytes, name: str, decoded: str) -> Decoded | None:
    """The page in Unicode if its bytes are Vietnamese typed in VNI or TCVN3 (read as Windows-1252).

    ``decoded`` is the page as the ordinary encodings read it: when that is already Vietnamese
    (Windows-1258), the page is not looked at again.
    """
    from dnnd.legacy_vietnamese import convert_legacy, detect_legacy, reads_as_vietnamese

    if reads_as_vietnamese(decoded):
        return None
    # Windows-1252 leaves five bytes undefined; neither legacy table uses them.
    surface = clean_controls(data.decode("cp1252", errors="replace"))
    encoding = detect_legacy(surface)
    if encoding is None:
        return None
    return _finish(convert_legacy(surface, encoding), encoding, 0.9, name, checked=True)


def _unicode_or_legacy(text: str, encoding: str, confidence: float, name: str, *, checked: bool = False) -> Decoded:
    """Unicode text as it is, unless its characters are VNI or TCVN3 codes pasted as Windows-1252 letters."""
    from dnnd.legacy_vietnamese import convert_legacy, detect_legacy

    legacy = detect_legacy(text)
    if legacy is not None:
        return _finish(convert_legacy(text, legacy), f"{encoding}+{legacy}", 0.9, name, checked=True)
    return _finish(text, encoding, confidence, name, checked=checked)


# How much of a page the detector reads: enough to tell an encoding, cheap on a large page.
_DETECT_BYTES = 256 * 1024
# The most "chaos" (charset-normalizer's mess measure: odd symbols, mixed scripts) a detected
# decoding may show, and the least share of its characters that must be letters, digits, spaces
# or punctuation, for it to be taken: random bytes decode to chaos in every encoding.
_MAX_CHAOS = 0.2
_MIN_READABLE = 0.97


def _readable(text: str) -> float:
    if not text:
        return 0.0
    sample = text[:200_000]
    good = sum(
        1 for ch in sample if ch.isalnum() or ch.isspace() or (unicodedata.category(ch)[0] in "PSM" and ch != "\ufffd")
    )
    return good / len(sample)


def _detect(data: bytes, exclude: tuple[str, ...] = ()) -> tuple[str, str, float] | None:
    """``(encoding, text, confidence)`` from charset-normalizer, for a page in any language and
    encoding that none of the declared charset, UTF-8 and the Vietnamese legacy encodings reads."""
    from charset_normalizer import from_bytes  # imported here: only undecided pages need it

    results = from_bytes(data[:_DETECT_BYTES], cp_exclusion=list(exclude) or None)
    best = results.best()
    # A tie (as little chaos, as much language) goes to Windows-1252, the web's Western default.
    for result in results:
        tie = best is not None and result.chaos <= best.chaos and result.coherence >= best.coherence
        if tie and result.encoding == "cp1252":
            best = result
    # No language recognised in the decoding (coherence 0): a byte pattern, not text.
    if best is None or best.chaos > _MAX_CHAOS or best.coherence <= 0:
        return None
    try:
        text = data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    text = unicodedata.normalize("NFC", clean_controls(text))
    if _readable(text) < _MIN_READABLE:
        return None
    return best.encoding, text, round(1.0 - best.chaos, 3)


def check_size(size: int, max_bytes: int, name: str) -> None:
    """Raise :class:`~dnnd.errors.InputTooLargeError` if ``size`` bytes is over ``max_bytes``."""
    if size > max_bytes:
        raise InputTooLargeError(
            f"is {size:,} bytes, over the {max_bytes:,}-byte limit; raise --max-size to read it", source=name
        )


# Control characters other than tab and line ends, and lone surrogates: no text holds them, and lxml
# refuses a page that does ("All strings must be XML compatible"). Form feeds and vertical tabs are spaces.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f\ud800-\udfff\ufffe\uffff]")
_SPACES = re.compile(r"[\x0b\x0c]")


def clean_controls(text: str) -> str:
    """``text`` without control characters (tab and line ends kept), lone surrogates and U+FFFE/U+FFFF.

    These are the characters XML (and so lxml) refuses anywhere in a page.
    """
    return _CONTROLS.sub("", _SPACES.sub(" ", text))


def page_text(text: str, name: str, max_bytes: int = DEFAULT_MAX_BYTES) -> str:
    """Decoded page text as dnnd reads it: ``\\n`` line ends, NFC, no control characters, Đ for Ð.

    An empty page, or one of more than ``max_bytes`` characters, is an error.
    """
    check_size(len(text), max_bytes, name)
    text = unicodedata.normalize("NFC", clean_controls(text.replace("\r\n", "\n").replace("\r", "\n")))
    text = fold_lookalikes(text)
    if not text.strip():
        raise EmptyInputError("is empty: there is no page to parse", source=name)
    return text


def _finish(text: str, encoding: str, confidence: float, name: str, *, checked: bool = False) -> Decoded:
    text = page_text(text, name)
    # ``checked``: the caller already scored this text's plausibility.
    if not checked and plausibility(text) < 0.9:
        raise DecodeError(
            f"decodes as {encoding} but does not read as text (binary data or mojibake); "
            "check the file, or convert it to UTF-8",
            source=name,
        )
    return Decoded(text, encoding, confidence)

"""Fuzzing dnnd: hostile inputs, and checks that dnnd meets them with its own errors only.

Written once, used twice: by ``tests/test_fuzz.py`` (a short, derandomized
hypothesis run in CI, through :func:`cases`) and by ``tools/fuzz.py`` (a long
run of many thousand inputs, through :func:`generate`).

Every generator is a function ``(rng, seeds) -> Case`` of a
:class:`random.Random` and the real pages it may mutate, so that an input is
rebuilt from its seed alone. The checks:

- :func:`check_api` runs :func:`dnnd.parse` and :func:`dnnd.extract` and
  returns a :class:`Finding` when anything but a :class:`~dnnd.DnndError`
  escapes, when that error is a wrapped internal error ("report this to its
  authors"), or when an invariant fails: every mention cuts back out of the
  article's text, the text is NFC, and :func:`dnnd.to_json` /
  :func:`dnnd.from_json` round-trip;
- :func:`check_cli` runs ``dnnd parse`` or ``dnnd extract`` on the input as a
  file (in-process, with click's test runner): the exit status is 0 or 1,
  every line on stderr is one ``dnnd: ...`` line, there is no traceback and
  no internal error.

:func:`minimize` shrinks a failing input to a small one that fails the same
way (its :attr:`Finding.signature`).
"""

from __future__ import annotations

import codecs
import gzip
import itertools
import random
import re
import tomllib
import traceback
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import attrs

__all__ = [
    "GENERATORS",
    "Case",
    "Finding",
    "Seed",
    "cases",
    "check_api",
    "check_cli",
    "generate",
    "literal",
    "minimize",
    "seed_pages",
]

# --------------------------------------------------------------------------- inputs


@attrs.frozen
class Seed:
    """A real page to mutate: its file name and bytes."""

    name: str
    data: bytes = attrs.field(repr=lambda d: f"<{len(d)} bytes>")

    @property
    def is_html(self) -> bool:
        """Whether the page is HTML (by its file name)."""
        return self.name.endswith((".html", ".htm"))


@attrs.frozen
class Case:
    """One fuzzed input: page ``data`` (``bytes``, or ``str`` as given to the API) and how it was made.

    ``suffix`` is the file name ending it gets when written for the command
    line (``.html``, ``.txt.gz``...); ``media_type`` what the API is told.
    """

    generator: str
    data: bytes | str = attrs.field(repr=lambda d: f"<{len(d)} {type(d).__name__}>")
    suffix: str = ".txt"
    media_type: str | None = None
    note: str = ""
    #: Text that must be in the article (its title or text) when the page parses.
    expect: tuple[str, ...] = ()

    def as_bytes(self) -> bytes:
        """The input as a file holds it (a ``str`` in UTF-8, lone surrogates kept as their bytes)."""
        if isinstance(self.data, bytes):
            return self.data
        return self.data.encode("utf-8", "surrogatepass")

    def with_data(self, data: bytes | str) -> Case:
        """The same case with other data (for shrinking)."""
        return attrs.evolve(self, data=data)


def seed_pages(root: Path) -> tuple[Seed, ...]:
    """The real pages under ``root`` that fuzzing may mutate.

    The bundled samples (``examples/pages``, HTML included) and the *tune*
    half of the dev set, as ``examples/dev/split.toml`` lists it; the held-out
    pages are never read.
    """
    found: list[Seed] = []
    pages = root / "examples" / "pages"
    for path in sorted(pages.rglob("*")):
        if path.is_file() and path.suffix in (".txt", ".html"):
            found.append(Seed(path.name, path.read_bytes()))
    split = root / "examples" / "dev" / "split.toml"
    if split.is_file():
        tune = tomllib.loads(split.read_text(encoding="utf-8"))["tune"]["pages"]
        for name in tune:
            for suffix in (".txt", ".html"):
                path = root / "examples" / "dev" / "pages" / f"{name}{suffix}"
                if path.is_file():
                    found.append(Seed(path.name, path.read_bytes()))
    return tuple(found)


# --------------------------------------------------------------------------- building blocks

_SAMPLE = (
    "Sáng nay Hội hữu nghị Việt Nam Lào Campuchia tỉnh Lào Cai tổ chức đại hội khóa III ông bà "
    "Nguyễn Văn Thành Chủ tịch Liên hiệp các tổ chức hữu nghị trao tặng 1,5 tỷ đồng 250.000 USD "
    "ngày 10/1/2024 theo Quyết định số 123/QĐ-UBND xã phường huyện thành phố Hà Nội Đà Nẵng "
    "kết nghĩa viện trợ dự án Nhật Bản Hàn Quốc đoàn đại biểu thăm làm việc"
)
_WORDS = tuple(_SAMPLE.split())

_CONTROLS = [chr(c) for c in (*range(0, 9), 11, 12, *range(14, 32), 127, *range(0x80, 0xA0))] + [
    "\ufeff",
    "\ufffe",
    "\uffff",
    "\u200b",
    "\u2028",
    "\u2029",
    "\u202e",
    "\U0010ffff",
]
_SURROGATES = ["\ud800", "\udbff", "\udc00", "\udfff", "\ud83d"]

_HUGE_NUMBERS = (
    "1" * 400 + " tỷ đồng",
    "9" * 40 + " triệu USD",
    "1.000.000.000.000.000.000.000.000 đồng",
    "1,000,000,000,000,000,000,000,000,000 USD",
    "1e999999 USD",
    "10^400 tỷ đồng",
    "0," + "0" * 300 + "1 tỷ đồng",
    "99999999999999999999/99/99999999",
    "ngày 31/02/2024",
    "ngày 00/00/0000",
    "năm 99999999999",
    "năm 0",
    "lúc 99 giờ 99 phút ngày 99 tháng 99 năm 9999999",
    "Quyết định số " + "9" * 200 + "/QĐ-UBND",
    "１２３ tỷ đồng",
    "١٢٣٤ triệu USD",
    "NaN triệu đồng",
    "Infinity USD",
    "-0 đồng",
    "1.5.6.7,8,9 tỷ",
    "khóa " + "M" * 300,
    "hơn " + "1 " * 200 + "tỷ đồng",
)

_TAGS = (
    "div",
    "p",
    "span",
    "b",
    "i",
    "a",
    "table",
    "tr",
    "td",
    "ul",
    "li",
    "ol",
    "blockquote",
    "section",
    "article",
    "h1",
    "h2",
    "figure",
    "figcaption",
    "img",
    "br",
    "script",
    "style",
    "noscript",
    "iframe",
    "svg",
    "math",
    "title",
    "meta",
    "head",
    "body",
    "html",
    "template",
    "select",
    "option",
    "textarea",
    "pre",
    "time",
    "header",
    "footer",
    "nav",
)

_ATTRS = (
    'class="article-content"',
    'class="detail__content"',
    'id="main"',
    'itemprop="articleBody"',
    'property="og:title" content="Tiêu đề"',
    'name="description" content="Mô tả"',
    'datetime="2024-01-10T08:00:00+07:00"',
    'datetime="99999-99-99"',
    'src="data:image/png;base64,AAAA"',
    'href="javascript:alert(1)"',
    'style="display:none"',
    'charset="windows-1258"',
    'charset="no-such-codec"',
    "hidden",
    'class="' + "x " * 300 + '"',
    'type="application/ld+json"',
)


def _words(rng: random.Random, n: int) -> str:
    return " ".join(rng.choice(_WORDS) for _ in range(n))


def _sentence(rng: random.Random) -> str:
    text = _words(rng, rng.randint(3, 20))
    return text[:1].upper() + text[1:] + "."


def _text_of(seed: Seed) -> str:
    return seed.data.decode("utf-8", "replace")


def _pick(rng: random.Random, seeds: Sequence[Seed]) -> Seed:
    if not seeds:
        return Seed("generated.txt", ("\n\n".join(_sentence(rng) for _ in range(8))).encode())
    return rng.choice(seeds)


def _suffix(seed: Seed, gz: bool = False) -> str:
    return (".html" if seed.is_html else ".txt") + (".gz" if gz else "")


def _media(suffix: str) -> str:
    return "text/html" if ".htm" in suffix else "text/plain"


def _gzip(data: bytes, rng: random.Random) -> bytes:
    return gzip.compress(data, compresslevel=rng.choice((1, 6, 9)), mtime=0)


# --------------------------------------------------------------------------- generators


def _mutate_bytes(data: bytes, rng: random.Random, seeds: Sequence[Seed]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 6)):
        # Structural edits and hostile tokens more often than random bytes, which mostly make binary.
        op = rng.choice((0, 1, 2, 2, 3, 3, 4, 4, 5, 5, 5, 5, 6, 7, 8))
        n = len(buf)
        at = rng.randint(0, n)
        if op == 0 and n:  # flip bytes
            for _ in range(rng.randint(1, 4)):
                i = rng.randrange(n)
                buf[i] = rng.randrange(256)
        elif op == 1:  # insert random bytes
            buf[at:at] = rng.randbytes(rng.randint(1, 8))
        elif op == 2 and n:  # delete a span
            del buf[at : at + rng.randint(1, max(1, n // 8))]
        elif op == 3 and n:  # duplicate a span
            start = rng.randrange(n)
            chunk = buf[start : start + rng.randint(1, 4096)]
            buf[at:at] = chunk * rng.randint(1, 8)
        elif op == 4 and seeds:  # splice in part of another page
            other = rng.choice(seeds).data
            start = rng.randrange(max(1, len(other)))
            buf[at:at] = other[start : start + rng.randint(1, 8192)]
        elif op == 5:  # a hostile token
            token = rng.choice(
                (
                    rng.choice(_CONTROLS),
                    rng.choice(_HUGE_NUMBERS),
                    "<" + rng.choice(_TAGS) + ">",
                    "</" + rng.choice(_TAGS) + ">",
                    "<!--",
                    "]]>",
                    "<![CDATA[",
                    "&#0;",
                    "&#xD800;",
                    "&#99999999999;",
                    "&nbsp;" * 50,
                    "\r",
                    "\n" * rng.randint(1, 500),
                    "\ufeff",
                    "<br>" + rng.choice(_CONTROLS),
                )
            )
            buf[at:at] = token.encode("utf-8", "surrogatepass")
        elif op == 6:  # truncate
            del buf[at:]
        elif op == 7:  # an invalid or overlong UTF-8 sequence
            buf[at:at] = rng.choice((b"\xc0\x80", b"\xed\xa0\x80", b"\xf4\x90\x80\x80", b"\xff", b"\xe1\xba"))
        elif op == 8:  # a NUL run
            buf[at:at] = b"\x00" * rng.randint(1, 64)
    return bytes(buf)


def gen_mutated(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """A real page with random byte mutations: flips, inserts, cuts, splices, hostile tokens."""
    seed = _pick(rng, seeds)
    bulk = random.Random(rng.getrandbits(64))
    data = _mutate_bytes(seed.data, bulk, seeds)
    suffix = _suffix(seed)
    return Case("mutated", data, suffix, _media(suffix) if rng.random() < 0.5 else None, seed.name)


def gen_text_mutated(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """A real page's text with characters mixed in, given to the API as ``str``."""
    seed = _pick(rng, seeds)
    text = _text_of(seed)
    bulk = random.Random(rng.getrandbits(64))
    pool = [*_CONTROLS, *_SURROGATES, *_HUGE_NUMBERS, "\u0301", "\u0323", "\u0309", "\u0303", "\u0300"]
    chars = list(text)
    for _ in range(bulk.randint(1, 40)):
        chars.insert(bulk.randint(0, len(chars)), bulk.choice(pool))
    out = "".join(chars)
    if rng.random() < 0.3:
        out = unicodedata.normalize(rng.choice(("NFD", "NFKD", "NFKC")), out)
    return Case("text-mutated", out, _suffix(seed), None, seed.name)


def gen_tag_soup(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """Random, unbalanced HTML: tags, attributes, comments, entities and Vietnamese text."""
    bulk = random.Random(rng.getrandbits(64))
    parts: list[str] = []
    if rng.random() < 0.5:
        parts.append(bulk.choice(("<!DOCTYPE html>", "<?xml version='1.0' encoding='utf-8'?>", "<html>", "")))
    for _ in range(rng.randint(1, 400)):
        kind = bulk.randrange(10)
        tag = bulk.choice(_TAGS)
        if kind < 3:
            attrs_ = " ".join(bulk.choice(_ATTRS) for _ in range(bulk.randint(0, 3)))
            parts.append(f"<{tag} {attrs_}>" if attrs_ else f"<{tag}>")
        elif kind < 5:
            parts.append(f"</{tag}>")
        elif kind < 8:
            parts.append(_sentence(bulk))
        elif kind == 8:
            parts.append(
                bulk.choice(
                    (
                        "<!-- " + _words(bulk, 3),
                        "-->",
                        "<![CDATA[x]]>",
                        "&amp;&lt;&#x1F600;&#0;&bogus;",
                        "<",
                        ">",
                        "</",
                        "<p<p<p",
                        '<a href="',
                        "<?php ?>",
                        "<meta charset='utf-16'>",
                        '<script>var s = "</p>";</script>',
                        '<script type="application/ld+json">{"@type":"NewsArticle","datePublished":"x"}</script>',
                    )
                )
            )
        else:
            parts.append(bulk.choice(_CONTROLS) + bulk.choice(_HUGE_NUMBERS))
    text = bulk.choice(("", "\n", " ")).join(parts)
    data: bytes | str = text if rng.random() < 0.3 else text.encode("utf-8", "surrogatepass")
    return Case("tag-soup", data, ".html", "text/html" if rng.random() < 0.7 else None)


def gen_deep_nesting(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """Hundreds to thousands of nested elements, with the article's text inside, after, or both.

    The text put in plain containers (``div``, ``span``...) is :attr:`Case.expect`-ed in the article:
    a deep nest may not silently lose the body.
    """
    depth = rng.choice((100, 250, 255, 256, 300, 1000, 3000, 5000, rng.randint(1, 6000)))
    plain = ("div", "span", "b", "section", "font", "blockquote")
    tag = rng.choice((*plain, "p", "table", "ul", "li", "a", "td"))
    bulk = random.Random(rng.getrandbits(64))
    # A long paragraph: no boilerplate rule may take it for furniture. Its second sentence is expected
    # (a paragraph's first words may fairly be cut as a dateline or a stamp).
    sentences = [_sentence(bulk) for _ in range(4)]
    long_paragraph = " ".join(sentences)
    body = "\n".join([f"<p>{long_paragraph}</p>", *(f"<p>{_sentence(bulk)}</p>" for _ in range(rng.randint(0, 8)))])
    where = rng.randrange(4)
    inner = body if where in (0, 2) else "x"
    closed = rng.random() >= 0.3
    closing = f"</{tag}>" * depth if closed else ""
    nest = f"<{tag}>" * depth + inner + closing
    after = body if where in (1, 2) else ""
    if where == 3:  # a nest of different tags
        tags = [bulk.choice(_TAGS[:16]) for _ in range(depth)]
        nest = "".join(f"<{t}>" for t in tags) + body + "".join(f"</{t}>" for t in reversed(tags))
    html = f"<html><head><title>{_sentence(bulk)}</title></head><body>{nest}{after}</body></html>"
    if rng.random() < 0.2:  # nested quotes in a text page instead
        html = "\n".join(">" * min(depth, 2000) + " " + _sentence(bulk) for _ in range(5))
        return Case("deep-nesting", html.encode(), ".txt", None, f"depth {depth} quote")
    # What follows an unclosed link or list is inside it (HTML's rules), and may fairly be taken for furniture.
    kept = (where != 3 and tag in plain) or (where == 1 and closed)
    expect = (sentences[1],) if kept else ()
    return Case("deep-nesting", html.encode(), ".html", "text/html", f"depth {depth} {tag} at {where}", expect)


# TCVN3 and VNI are not Python codecs: bytes like theirs are made by mapping letters to high bytes.
def _tcvn3_like(text: str) -> bytes:
    return bytes(b if b < 0x80 else 0x80 + (b * 7) % 128 for b in (ord(c) for c in text if ord(c) < 0x10000))


def _vni_like(text: str) -> bytes:
    marks = {"\u0300": 0xD8, "\u0301": 0xD9, "\u0303": 0xD5, "\u0309": 0xDB, "\u0323": 0xCF, "\u0302": 0xC2}
    out = bytearray()
    for ch in unicodedata.normalize("NFD", text):
        if ch in marks:
            out.append(marks[ch])
        elif ch in "đĐ":
            out.append(0xF1 if ch == "đ" else 0xD1)
        elif ord(ch) < 0x80:
            out.append(ord(ch))
        else:
            out.append(0xC0 + ord(ch) % 64)
    return bytes(out)


def _encode(text: str, how: str) -> bytes:
    if how == "cp1258":
        return unicodedata.normalize("NFD", text).encode("cp1258", "replace")
    if how == "tcvn3":
        return _tcvn3_like(text)
    if how == "vni":
        return _vni_like(text)
    if how in ("utf-16", "utf-32", "utf-8-sig"):
        return text.encode(how, "surrogatepass")
    if how == "utf-16-nobom":
        return text.encode("utf-16-le", "surrogatepass")
    if how == "utf-16-be":
        return codecs.BOM_UTF16_BE + text.encode("utf-16-be", "surrogatepass")
    if how == "latin1-mojibake":
        return text.encode("utf-8", "replace").decode("latin-1").encode("utf-8")
    return text.encode(how, "replace")


_ENCODINGS = (
    "utf-8",
    "utf-8-sig",
    "utf-16",
    "utf-16-be",
    "utf-16-nobom",
    "utf-32",
    "cp1258",
    "tcvn3",
    "vni",
    "cp1252",
    "latin1-mojibake",
    "gb18030",
    "shift_jis",
)


def gen_encoding(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """A real page (or a cut of it) in another encoding, NFD, with a BOM, or a charset that lies."""
    seed = _pick(rng, seeds)
    text = _text_of(seed)
    if rng.random() < 0.5:
        start = rng.randrange(max(1, len(text)))
        text = text[start : start + rng.randint(1, 20000)]
    if rng.random() < 0.3:
        text = unicodedata.normalize("NFD", text)
    how = rng.choice(_ENCODINGS)
    data = _encode(text, how)
    variant = rng.randrange(6)
    if variant == 0:  # a second encoding half way
        data = data[: len(data) // 2] + _encode(text[len(text) // 2 :], rng.choice(_ENCODINGS))
    elif variant == 1:  # a BOM that lies
        data = rng.choice((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE, codecs.BOM_UTF32_LE)) + data
    elif variant == 2:  # a declared charset that lies
        charset = rng.choice(("windows-1258", "utf-16", "utf-8", "x-bogus", "tcvn", "viscii", "cp1258", "ascii"))
        data = f'<meta charset="{charset}">'.encode() + data
    elif variant == 3:  # cut in the middle of a character
        data = data[: rng.randint(0, len(data))]
    suffix = _suffix(seed)
    return Case("encoding", data, suffix, _media(suffix) if rng.random() < 0.5 else None, f"{seed.name} {how}")


def gen_numbers(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """Vietnamese sentences full of huge, malformed and out-of-range numbers, dates and sums."""
    bulk = random.Random(rng.getrandbits(64))
    paragraphs = []
    for _ in range(rng.randint(1, 20)):
        bits = [_sentence(bulk)]
        for _ in range(bulk.randint(1, 4)):
            bits.append(
                bulk.choice(("Hội trao tặng ", "Tổng kinh phí ", "Ngày ", "Dự án vốn ", "Theo Quyết định ", ""))
                + bulk.choice(_HUGE_NUMBERS)
                + "."
            )
        paragraphs.append(" ".join(bits))
    text = _sentence(bulk) + "\n\n" + "\n\n".join(paragraphs)
    if rng.random() < 0.4:
        html = "<html><body><h1>" + _sentence(bulk) + "</h1>" + "".join(f"<p>{p}</p>" for p in paragraphs)
        return Case("numbers", html.encode(), ".html", "text/html")
    return Case("numbers", text if rng.random() < 0.5 else text.encode(), ".txt")


def gen_controls(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """Control characters, lone surrogates and non-characters everywhere, in ``str`` and in bytes."""
    bulk = random.Random(rng.getrandbits(64))
    pool = [*_CONTROLS, *_SURROGATES] if rng.random() < 0.7 else _CONTROLS
    lines = []
    for _ in range(rng.randint(1, 30)):
        words = _sentence(bulk).split()
        for _ in range(bulk.randint(1, 6)):
            words.insert(bulk.randint(0, len(words)), "".join(bulk.choice(pool) for _ in range(bulk.randint(1, 4))))
        lines.append(bulk.choice(("", " ")).join(words))
    text = "\n".join(lines)
    if rng.random() < 0.4:
        text = "<html><body>" + "".join(f"<p>{line}<br>{bulk.choice(pool)}</p>" for line in lines) + "</body></html>"
        suffix = ".html"
    else:
        suffix = ".txt"
    data: bytes | str = text if rng.random() < 0.5 else text.encode("utf-8", "surrogatepass")
    return Case("controls", data, suffix, _media(suffix) if rng.random() < 0.5 else None)


def gen_degenerate(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """Empty, blank, binary, truncated or one-line inputs."""
    bulk = random.Random(rng.getrandbits(64))
    seed = _pick(rng, seeds)
    choice = rng.randrange(12)
    data: bytes | str
    if choice == 0:
        data = rng.choice((b"", "", b" ", " \n\t ", b"\x00", b"\n" * 1000, "\u3000\u00a0"))
    elif choice == 1:
        data = bulk.randbytes(rng.randint(1, 5000))
    elif choice == 2:
        data = rng.choice((b"\x89PNG\r\n\x1a\n", b"%PDF-1.4\n", b"PK\x03\x04", b"\x7fELF", b"GIF89a", b"BZh"))
        data += bulk.randbytes(100)
    elif choice == 3:  # cut anywhere, even inside a character
        data = seed.data[: rng.randint(0, min(len(seed.data), 30000))]
    elif choice == 4:
        data = rng.choice((codecs.BOM_UTF8, codecs.BOM_UTF16_LE, codecs.BOM_UTF32_BE, "\ufeff", "\ufeff\ufeff"))
    elif choice == 5:  # one very long line
        data = _words(bulk, rng.randint(1, 30000))
    elif choice == 6:
        data = rng.choice(("<html></html>", "<html><body></body></html>", "<", "<>", "<!---->", "<p>", "<?xml?>"))
    elif choice == 7:
        data = _sentence(bulk)
    elif choice == 8:  # many blank lines and titles, no body
        data = "\n\n\n".join(_words(bulk, 2) for _ in range(rng.randint(1, 2000)))
    elif choice == 9:  # a path-looking str: it is content, never a file
        data = rng.choice(("/etc/passwd", "examples/pages", "-", "~", "C:\\x.txt", "file:///etc/passwd", "."))
    elif choice == 10:  # the seed in UTF-8 with a NUL every few bytes
        data = b"\x00".join(seed.data[i : i + 7] for i in range(0, min(len(seed.data), 20000), 7))
    else:
        data = bulk.choice(_HUGE_NUMBERS)
    suffix = rng.choice((".txt", ".html"))
    return Case("degenerate", data, suffix, _media(suffix) if rng.random() < 0.5 else None)


def gen_gzip(rng: random.Random, seeds: Sequence[Seed]) -> Case:
    """Gzip: one member, several (``cat a.gz b.gz``), truncated, trailing junk, nested, empty, bombs."""
    seed = _pick(rng, seeds)
    data = seed.data
    choice = rng.randrange(8)
    if choice == 0:
        out = _gzip(data, rng)
    elif choice == 1:  # multi-member
        cuts = sorted(rng.randint(0, len(data)) for _ in range(rng.randint(1, 5)))
        bounds = [0, *cuts, len(data)]
        out = b"".join(_gzip(data[a:b], rng) for a, b in itertools.pairwise(bounds))
    elif choice == 2:  # truncated
        full = _gzip(data, rng)
        out = full[: rng.randint(2, len(full))]
    elif choice == 3:  # trailing junk after a member
        out = _gzip(data, rng) + rng.choice((b"\x00" * 8, b"junk", b"\x1f\x8b", b"\x1f\x8bjunk", b"\n"))
    elif choice == 4:  # gzip of gzip
        out = _gzip(_gzip(data, rng), rng)
    elif choice == 5:  # empty members
        out = _gzip(b"", rng) * rng.randint(1, 50) + (_gzip(data, rng) if rng.random() < 0.5 else b"")
    elif choice == 6:  # a small bomb: megabytes of blanks, or one line repeated (kept small: extraction is slow)
        if rng.random() < 0.5:
            out = _gzip(rng.choice((b" " * 40, b"\n" * 40)) * rng.choice((10**4, 10**5)), rng)
        else:
            out = _gzip("Hà Nội. ".encode() * rng.choice((10**3, 10**4)), rng)
    else:  # a mutated gzip stream
        out = _mutate_bytes(_gzip(data, rng), random.Random(rng.getrandbits(64)), ())
        out = b"\x1f\x8b" + out[2:]
    suffix = _suffix(seed, gz=True)
    return Case("gzip", out, suffix, _media(suffix) if rng.random() < 0.5 else None, seed.name)


#: Every generator, by name.
GENERATORS: dict[str, Callable[[random.Random, Sequence[Seed]], Case]] = {
    "mutated": gen_mutated,
    "text-mutated": gen_text_mutated,
    "tag-soup": gen_tag_soup,
    "deep-nesting": gen_deep_nesting,
    "encoding": gen_encoding,
    "numbers": gen_numbers,
    "controls": gen_controls,
    "degenerate": gen_degenerate,
    "gzip": gen_gzip,
}


def generate(rng: random.Random, seeds: Sequence[Seed], generator: str | None = None) -> Case:
    """One case from the named ``generator``, or from one chosen by ``rng``."""
    name = generator or rng.choice(sorted(GENERATORS))
    return GENERATORS[name](rng, seeds)


def cases(seeds: Sequence[Seed], generators: Sequence[str] | None = None) -> Any:
    """A hypothesis strategy of :class:`Case` (the generators driven by hypothesis's own random)."""
    from hypothesis import strategies as st

    names = sorted(generators or GENERATORS)
    return st.builds(
        lambda name, rng: GENERATORS[name](rng, seeds),
        st.sampled_from(names),
        st.randoms(use_true_random=False),
    )


# --------------------------------------------------------------------------- checks

_INTERNAL = re.compile(r"report (this|it)|internal error", re.IGNORECASE)


@attrs.frozen
class Finding:
    """A failure: what kind (``crash``, ``internal``, ``invariant``, ``cli``), a signature, the details.

    Two findings with the same ``signature`` are taken to be the same bug.
    """

    kind: str
    signature: str
    message: str
    trace: str = ""

    def __str__(self) -> str:
        return f"[{self.kind}] {self.signature}: {self.message}"


def _where(exc: BaseException) -> str:
    """The innermost frame of ``exc``'s traceback inside dnnd (file:function), for a signature."""
    frames = traceback.extract_tb(exc.__traceback__)
    for frame in reversed(frames):
        if "/dnnd/" in frame.filename.replace("\\", "/"):
            return f"{frame.filename.split('/dnnd/')[-1]}:{frame.name}"
    return frames[-1].name if frames else "?"


def _trace(exc: BaseException) -> str:
    return "".join(traceback.format_exception(type(exc), exc, exc.__traceback__))


def _document(case: Case) -> Any:
    from dnnd.model import RawDocument

    return RawDocument(case.data, source=f"<fuzz {case.generator}>", media_type=case.media_type)


def _explain_internal(case: Case, message: str) -> tuple[str, str]:
    """The signature and traceback behind a wrapped internal error: the failing plugin, run bare."""
    from dnnd.api import ExtractionContext, document
    from dnnd.errors import DnndError
    from dnnd.registry import default_registry

    registry = default_registry()
    match = re.search(r"(parser|extractor) '([^']+)' failed \((\w+)", message)
    if not match:
        head = re.sub(r"\d+", "N", message.split(";")[0])[:120]
        return f"internal:{head}", ""
    role, name, exc_name = match.groups()
    try:
        doc = document(_document(case))
        if role == "parser":
            registry.parser(name).parse(doc)
        else:
            from dnnd.api import parse

            article = parse(doc)
            mentions: list[Any] = []
            entities: list[Any] = []
            facts: list[Any] = []
            shared: dict[object, Any] = {}
            for extractor in registry.extractors():
                result = extractor.extract(
                    ExtractionContext(article, tuple(mentions), tuple(entities), tuple(facts), shared)
                )
                mentions.extend(result.mentions)
                entities.extend(result.entities)
                facts.extend(result.facts)
    except DnndError:
        pass
    except Exception as exc:
        return f"internal:{role} {name}:{type(exc).__name__}:{_where(exc)}", _trace(exc)
    return f"internal:{role} {name}:{exc_name}", ""


def _invariants(article: Any, case: Case) -> tuple[str, str] | None:
    """The first broken invariant of ``article`` as (its name, the details), or ``None``."""
    from dnnd.serialize import from_json, to_json

    text = article.text
    if not text and not article.title:
        return "empty article", "neither a title nor any text, and no error"
    for wanted in case.expect:
        if wanted not in f"{article.title}\n{text}":
            return "lost text", f"{wanted[:30]!r}... is not in the article ({case.note})"
    if text != unicodedata.normalize("NFC", text):
        return "text not NFC", "the article text is not NFC"
    for field in ("title", "lead", "outlet", "site"):
        value = getattr(article, field)
        if value is not None and value != unicodedata.normalize("NFC", value):
            return f"{field} not NFC", f"the article {field} is not NFC"
    for mention in article.mentions:
        if text[mention.start : mention.end] != mention.text:
            return "mention span", f"{mention.kind} {mention.text[:40]!r} does not cut back out of the text"
    for fact in article.facts:
        for span in fact.spans:
            if not 0 <= span.start <= span.end <= len(text):
                return "fact span", f"{fact.kind} fact span {span.start}:{span.end} is off the text"
    dumped = to_json(article)
    again: Any = from_json(dumped)
    if again != article:
        return "json round trip", "from_json(to_json(article)) differs from the article"
    if to_json(again) != dumped:
        return "json round trip", "to_json(from_json(json)) differs from the json"
    return None


def check_api(case: Case, *, extract: bool = True) -> Finding | None:
    """Parse (and extract) ``case`` through the API; a :class:`Finding` when dnnd misbehaves, else ``None``."""
    import dnnd
    from dnnd.errors import DnndError

    article = None
    try:
        article = dnnd.parse(_document(case) if not isinstance(case.data, str) or case.media_type else case.data)
        if extract:
            article = dnnd.extract(article)
        problem = _invariants(article, case)
    except DnndError as exc:
        message = str(exc)
        if _INTERNAL.search(message):
            signature, trace = _explain_internal(case, message)
            return Finding("internal", signature, message, trace)
        return None
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as exc:
        stage = "parse" if article is None else "extract/serialize"
        return Finding("crash", f"crash:{stage}:{type(exc).__name__}:{_where(exc)}", repr(exc)[:500], _trace(exc))
    if problem:
        return Finding("invariant", f"invariant:{problem[0]}", problem[1])
    return None


def check_cli(case: Case, folder: Path, command: str = "extract", *, stdin: bool = False) -> Finding | None:
    """Run ``dnnd COMMAND`` on ``case`` written as a file in ``folder`` (or piped on stdin).

    A :class:`Finding` unless the exit status is 0 or 1, stderr holds only
    one-line ``dnnd: ...`` messages with no internal error, and what is
    printed on success reads back with :func:`dnnd.from_json`.
    """
    from click.testing import CliRunner

    from dnnd.cli import main
    from dnnd.serialize import from_json

    data = case.as_bytes()
    if stdin:
        args = [command, "-", "--time-cap", "0"]
    else:
        path = folder / f"page{case.suffix}"
        path.write_bytes(data)
        args = [command, str(path), "--time-cap", "0"]
    result = CliRunner().invoke(main, args, input=data if stdin else None)
    where = f"dnnd {command}{' -' if stdin else ''}"
    if result.exception is not None and not isinstance(result.exception, SystemExit):
        exc = result.exception
        return Finding(
            "cli", f"cli:traceback:{type(exc).__name__}:{_where(exc)}", f"{where}: {exc!r}"[:500], _trace(exc)
        )
    if result.exit_code not in (0, 1):
        return Finding("cli", f"cli:exit {result.exit_code}", f"{where} exited {result.exit_code}: {result.stderr!r}")
    for line in result.stderr.splitlines():
        if not line.startswith("dnnd: "):
            return Finding("cli", "cli:stray stderr line", f"{where}: {line[:300]!r}", result.stderr[-2000:])
        if _INTERNAL.search(line) or "Traceback" in line:
            # "dnnd: error: NAME: message": the signature leaves out the input's name.
            plugin = re.search(r"(parser|extractor) '[^']+' failed \(\w+", line)
            head = plugin.group(0) if plugin else re.sub(r"\d+", "N", line.split(": ", 3)[-1])[:100]
            return Finding("cli", f"cli:internal:{head}", f"{where}: {line[:500]}")
    if result.exit_code == 0:
        try:
            for out_line in result.stdout.split("\n"):  # not splitlines(): U+2028 is allowed inside a JSON line
                if out_line:
                    from_json(out_line)
        except Exception as exc:
            return Finding("cli", f"cli:output unreadable:{type(exc).__name__}", f"{where}: {exc!r}"[:500])
    return None


# --------------------------------------------------------------------------- shrinking


def minimize(case: Case, fails: Callable[[Case], bool], *, budget: int = 400) -> Case:
    """A smaller case that still ``fails`` (delta debugging over its bytes or characters).

    At most ``budget`` calls of ``fails``. Gzip and UTF-16 inputs shrink less
    well (a cut breaks them): the result may stay larger.
    """
    data: Any = case.data  # bytes or str: cut alike
    calls = 0
    chunks = 2
    while len(data) > 1 and calls < budget:
        size = max(1, len(data) // chunks)
        shrunk = False
        for start in range(0, len(data), size):
            if calls >= budget:
                break
            candidate = data[:start] + data[start + size :]
            if not _keeps(candidate, case.expect):
                continue
            calls += 1
            if candidate and fails(case.with_data(candidate)):
                data = candidate
                chunks = max(chunks - 1, 2)
                shrunk = True
                break
        if not shrunk:
            if size == 1:
                break
            chunks = min(len(data), chunks * 2)
    return case.with_data(data)


def _keeps(data: bytes | str, expect: tuple[str, ...]) -> bool:
    """Whether ``data`` still holds every expected text (else a "lost text" failure would be trivial)."""
    if isinstance(data, str):
        return all(e in data for e in expect)
    return all(e.encode("utf-8") in data for e in expect)


def literal(case: Case, limit: int = 2000) -> str:
    """``case.data`` as a Python literal, cut to ``limit`` characters."""
    text = repr(case.data)
    return text if len(text) <= limit else text[:limit] + "...(cut)"

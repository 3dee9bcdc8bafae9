"""From bytes to text: encodings, BOMs, binary and empty inputs."""

from __future__ import annotations

import gzip
import os
import unicodedata

import pytest
from hypothesis import given

from dnnd import DecodeError, EmptyInputError, InputTooLargeError, UnsupportedInputError
from dnnd.decode import decode, page_text
from dnnd.testing.strategies import paragraph_texts

_TONES = {"\u0300", "\u0301", "\u0303", "\u0309", "\u0323"}


def cp1258(text: str) -> bytes:
    """Encode as Windows-1258 does: base letters precomposed (â, ơ, ư), tone marks combining."""
    out = []
    for ch in unicodedata.normalize("NFC", text):
        parts = unicodedata.normalize("NFD", ch)
        tones = "".join(c for c in parts if c in _TONES)
        base = unicodedata.normalize("NFC", "".join(c for c in parts if c not in _TONES))
        out.append(base + tones)
    return "".join(out).encode("cp1258")


SAMPLE = "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai tổng kết công tác đối ngoại nhân dân năm 2025."


def test_utf8() -> None:
    assert decode(SAMPLE.encode()).text == SAMPLE


def test_utf8_in_nfd_comes_out_nfc() -> None:
    assert decode(unicodedata.normalize("NFD", SAMPLE).encode()).text == SAMPLE


@pytest.mark.parametrize("encoding", ["utf-16", "utf-8-sig", "utf-32"])
def test_byte_order_marks(encoding: str) -> None:
    decoded = decode(SAMPLE.encode(encoding))
    assert decoded.text == SAMPLE


def test_utf16_without_bom() -> None:
    assert decode(SAMPLE.encode("utf-16-le")).text == SAMPLE


def test_windows_1258_vietnamese() -> None:
    data = cp1258(SAMPLE)
    decoded = decode(data)
    assert decoded.text == SAMPLE
    assert decoded.encoding == "cp1258"


@given(paragraph_texts())
def test_windows_1258_round_trip(text: str) -> None:
    assert decode(cp1258(text)).text == text


def test_declared_charset_is_used() -> None:
    html = '<html><head><meta charset="windows-1258"></head><body><p>' + SAMPLE + "</p></body></html>"
    data = cp1258(html)
    assert SAMPLE in decode(data).text


def test_gzip_is_decompressed() -> None:
    assert decode(gzip.compress(SAMPLE.encode())).text == SAMPLE


@pytest.mark.parametrize("data", [b"", b"   \n\t  "])
def test_empty(data: bytes) -> None:
    with pytest.raises(EmptyInputError, match="empty"):
        decode(data, name="empty.txt")


def test_png_is_refused_by_name() -> None:
    with pytest.raises(UnsupportedInputError, match=r"x\.png: is a PNG image"):
        decode(b"\x89PNG\r\n\x1a\n" + os.urandom(100), name="x.png")


def test_random_bytes_are_refused() -> None:
    data = bytes(range(256)) * 20
    with pytest.raises((DecodeError, UnsupportedInputError)):
        decode(data)


def test_undeterminable_encoding_is_an_error_not_mojibake() -> None:
    data = bytes([0x81, 0x8D, 0x8F, 0x90, 0x9D]) * 50 + "Hà Nội".encode()
    with pytest.raises(DecodeError, match="encoding"):
        decode(data, name="odd.txt")


def test_size_limit() -> None:
    with pytest.raises(InputTooLargeError, match="--max-size"):
        decode(b"a" * 101, max_bytes=100)


# ---------------------------------------------------------------- hardening (issue 15: points 6, 7, 12)


def test_every_member_of_a_multi_member_gzip_file_is_read() -> None:
    data = gzip.compress("Đoạn một.\n".encode()) + gzip.compress("Đoạn hai.\n".encode())
    assert decode(data).text == "Đoạn một.\nĐoạn hai.\n"


def test_a_multi_member_gzip_file_is_bounded_in_all() -> None:
    member = gzip.compress(b"a" * 600)
    with pytest.raises(InputTooLargeError):
        decode(member * 3, max_bytes=1000)


def test_control_characters_and_lone_surrogates_are_cleaned() -> None:
    assert page_text("Một\x01 hai\x0c ba\ud800.", "x") == "Một hai  ba."
    assert decode("Một\x02 hai.".encode()).text == "Một hai."


def test_a_control_character_after_br_does_not_reject_an_html_page() -> None:
    import dnnd

    page = (
        "<html><body><article><h1>Tiêu đề bài</h1><p>Đoạn đầu.<br>\x0bĐoạn sau của bài báo.</p></article></body></html>"
    )
    article = dnnd.parse(dnnd.RawDocument(page))
    assert article.title == "Tiêu đề bài" and "Đoạn sau của bài báo." in article.text


def test_the_size_limit_applies_to_str_given_to_the_api() -> None:
    import dnnd

    with pytest.raises(InputTooLargeError):
        dnnd.parse("Một dòng văn bản.\n" * 100, max_bytes=1000)


# ---------------------------------------------------------------- any language, any encoding (issue 10, point 8)

_FOREIGN = {
    "cp1251": "Москва — столица России. В городе проживает более двенадцати миллионов человек. ",
    "shift_jis": "東京は日本の首都です。人口は約千四百万人で、世界でも有数の大都市です。",
    "gb18030": "北京是中华人民共和国的首都，是全国的政治中心、文化中心。北京历史悠久，文化灿烂。",
}


@pytest.mark.parametrize("encoding", sorted(_FOREIGN))
def test_an_undeclared_legacy_encoding_of_another_language_is_detected(encoding: str) -> None:
    text = _FOREIGN[encoding] * 4
    assert decode(text.encode(encoding)).text == text


def test_the_detector_never_turns_random_bytes_into_text() -> None:
    noise = bytes((i * 7919 + 13) % 251 + 1 for i in range(4000))
    with pytest.raises(DecodeError):
        decode(noise)

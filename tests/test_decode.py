"""From bytes to text: encodings, BOMs, binary and empty inputs."""

from __future__ import annotations

import gzip
import os
import unicodedata
from pathlib import Path

import pytest
from hypothesis import assume, given
from hypothesis import strategies as st

from dnnd import DecodeError, EmptyInputError, InputTooLargeError, UnsupportedInputError
from dnnd.decode import decode, page_text
from dnnd.legacy_vietnamese import LEGACY_ENCODINGS, encode_legacy
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


def test_eth_typed_for_d_with_stroke_reads_as_vietnamese() -> None:
    # "Ð" (U+00D0, Icelandic eth) for "Đ" cut "Ðỗ Mạnh Hùng" to "Mạnh Hùng" in the people extractor.
    text = "Ông Ðỗ Mạnh Hùng, Phó Chủ tịch Hội hữu nghị tỉnh Nam Ðịnh, đã tiếp đoàn."
    decoded = decode(text.encode())
    assert decoded.text == text.replace("Ð", "Đ")
    assert "Ð" not in page_text(text, "page.txt")


def test_eth_does_not_make_a_vietnamese_page_fail_the_plausibility_check() -> None:
    text = ("Ðoàn công tác của Ủy ban Ðoàn kết Công giáo đã thăm và tặng quà các gia đình chính sách. " * 3).strip()
    assert decode(text.encode()).text.startswith("Đoàn công tác")


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


# ---------------------------------------------------------------- legacy Vietnamese font encodings (issue 10, point 8)

_EXAMPLES = Path(__file__).resolve().parent.parent / "examples"


def _in_repertoire(text: str, encoding: str) -> str:
    """``text`` with what ``encoding`` can hold: TCVN3 has no capital toned vowels (its uppercase is a
    font of its own), so those come lower case; a character neither table nor Windows-1252 holds goes."""
    out = []
    for ch in text:
        for candidate in (ch, ch.lower()):
            try:
                encode_legacy(candidate, encoding)
            except (ValueError, UnicodeEncodeError):
                continue
            out.append(candidate)
            break
    return "".join(out)


def _real_pages() -> list[Path]:
    return sorted((_EXAMPLES / "pages").glob("*.txt"))[:3] + sorted((_EXAMPLES / "dev" / "pages").glob("d30[1-3]*.txt"))


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@pytest.mark.parametrize("path", _real_pages(), ids=lambda p: p.stem[:12])
def test_a_real_page_typed_in_a_legacy_font_comes_back_in_unicode(path: Path, encoding: str) -> None:
    text = page_text(_in_repertoire(path.read_text(encoding="utf-8"), encoding), path.name)
    data = encode_legacy(text, encoding)
    assert data != text.encode("utf-8")  # the page really holds legacy codes
    decoded = decode(data, name=path.name)
    assert decoded.encoding == encoding
    assert decoded.text == text


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
@given(st.lists(paragraph_texts(), min_size=2, max_size=5))
def test_legacy_round_trip(encoding: str, paragraphs: list[str]) -> None:
    text = _in_repertoire("\n".join(paragraphs), encoding)
    # Detection goes by evidence: a dozen words with Vietnamese letters at least.
    assume(sum(1 for word in text.split() if not word.isascii()) >= 12)
    assert decode(encode_legacy(text, encoding)).text == text


@pytest.mark.parametrize("encoding", LEGACY_ENCODINGS)
def test_an_html_page_in_a_legacy_font_declaring_a_western_charset_parses_as_unicode(encoding: str) -> None:
    import dnnd

    title = "Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai tổng kết năm"
    body = [SAMPLE, "Đoàn đại biểu đã trao tặng bằng khen cho những tập thể có thành tích xuất sắc trong năm qua."]
    html = (
        '<html><head><meta charset="windows-1252"><title>'
        + title
        + "</title></head><body><article><h1>"
        + title
        + "</h1>"
        + "".join(f"<p>{p}</p>" for p in body)
        + "</article></body></html>"
    )
    article = dnnd.parse(dnnd.RawDocument(encode_legacy(_in_repertoire(html, encoding), encoding)))
    assert article.title == _in_repertoire(title, encoding)
    assert _in_repertoire(body[1], encoding) in article.text


def test_legacy_codes_pasted_into_a_utf8_page_are_converted() -> None:
    surface = encode_legacy(SAMPLE + " " + SAMPLE, "vni").decode("cp1252")
    decoded = decode(surface.encode("utf-8"))
    assert decoded.text == SAMPLE + " " + SAMPLE
    assert decoded.encoding == "utf-8+vni"


@pytest.mark.parametrize("path", _real_pages(), ids=lambda p: p.stem[:12])
def test_correct_utf8_and_windows_1258_pages_are_never_converted(path: Path) -> None:
    text = page_text(path.read_text(encoding="utf-8"), path.name)
    assert decode(text.encode("utf-8")).encoding == "utf-8"
    try:
        data = cp1258(text)
    except UnicodeEncodeError:
        return
    assert decode(data).text == text


_WESTERN = {
    "fr": "Le président de la République a été reçu à l'Élysée où il a présenté ses vœux très tôt, à Noël. ",
    "de": "Die Bürgermeisterin der Stadt München hat gestern über die Änderungen gesprochen; die Größe wächst. ",
    "es": "El señor alcalde inauguró ayer la exposición en el museo; según él, la visita será única. ",
    "pt": "A câmara municipal aprovou ontem a construção da nova estação; não há previsão de conclusão. ",
}


@pytest.mark.parametrize("lang", sorted(_WESTERN))
def test_western_european_text_is_not_taken_for_a_legacy_vietnamese_font(lang: str) -> None:
    text = _WESTERN[lang] * 6
    for data in (text.encode("cp1252"), text.encode("utf-8")):
        decoded = decode(data)
        assert decoded.text == text and decoded.encoding not in LEGACY_ENCODINGS


def test_high_bytes_that_no_encoding_reads_as_words_are_an_error() -> None:
    # Every byte a TCVN3 letter or mark: a table converts it all, and still no syllables come out.
    noise = bytes(0xA1 + (i * 37) % 94 for i in range(3000))
    with pytest.raises(DecodeError, match="VNI or TCVN3"):
        decode(noise, name="noise.bin")


def test_a_few_stray_nul_bytes_in_a_page_are_cleaned_not_refused() -> None:
    page = ("<p>" + SAMPLE + "</p>\n") * 20
    data = page.encode().replace(b"</p>", b"\x00</p>", 3)
    assert decode(data).text == page


def test_a_unicode_menu_over_a_legacy_body_is_still_converted() -> None:
    # The cheap test that passes plain Unicode Vietnamese over must not pass a page whose site
    # header is Unicode and whose article was pasted from a legacy font.
    menu = "Trang chủ | Thời sự | Đối ngoại nhân dân | Hữu nghị | Liên hệ\n" * 3
    body = "\n".join([SAMPLE] * 4)
    decoded = decode((menu + encode_legacy(body, "vni").decode("cp1252")).encode("utf-8"))
    assert decoded.encoding == "utf-8+vni"
    assert decoded.text == menu + body

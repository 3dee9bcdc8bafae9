"""Document references: every written form, generated references, and the gold files."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dnnd import Article, DocumentRef, Figure, Paragraph
from dnnd.extractors.documents import DOCUMENT_TYPES, DocumentExtractor
from dnnd.plugin import ExtractionContext

GOLD = Path(__file__).resolve().parents[1] / "examples" / "gold"


def documents(article: Article) -> list[DocumentRef]:
    result = DocumentExtractor().extract(ExtractionContext(article))
    text = article.text
    for mention in result.mentions:
        assert mention.kind == "document"
        assert text[mention.start : mention.end] == mention.text
        assert mention.entity in {e.id for e in result.entities}
    return [e for e in result.entities if isinstance(e, DocumentRef)]


def found(text: str) -> list[tuple[str, str, str, date | None, str | None]]:
    return [(d.name, d.type, d.number, d.date, d.issuer) for d in documents(Article(blocks=[Paragraph(text)]))]


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "theo Chỉ thị số 38 ngày 19/9/2019 của Ban Bí thư Trung ương Đảng “Về tiếp tục đổi mới”, Liên hiệp",
            ("Chỉ thị số 38 ngày 19/9/2019", "Chỉ thị", "38", date(2019, 9, 19), "Ban Bí thư Trung ương Đảng"),
        ),
        (
            "theo Hướng dẫn số 780-HD/LHHN-BCTĐP ngày 20/7/2021 của Liên hiệp các tổ chức hữu nghị Việt Nam về việc"
            " chia cụm",
            (
                "Hướng dẫn số 780-HD/LHHN-BCTĐP ngày 20/7/2021",
                "Hướng dẫn",
                "780-HD/LHHN-BCTĐP",
                date(2021, 7, 20),
                "Liên hiệp các tổ chức hữu nghị Việt Nam",
            ),
        ),
        (
            "Công văn số 351-TB/LHHN-BTCCB ngày 26/02/2024 về việc chuyển đơn vị trong cụm.",
            ("Công văn số 351-TB/LHHN-BTCCB ngày 26/02/2024", "Công văn", "351-TB/LHHN-BTCCB", date(2024, 2, 26), None),
        ),
        (
            "Thực hiện Quyết định số 326/QĐ-LHHN ngày 22/3/2024 của Liên hiệp các tổ chức hữu nghị Việt Nam, theo đó",
            (
                "Quyết định số 326/QĐ-LHHN ngày 22/3/2024",
                "Quyết định",
                "326/QĐ-LHHN",
                date(2024, 3, 22),
                "Liên hiệp các tổ chức hữu nghị Việt Nam",
            ),
        ),
        (
            "thực hiện tốt Kết luận số 12-KL/TW của Bộ Chính trị về công tác Người Việt Nam ở nước ngoài",
            ("Kết luận số 12-KL/TW", "Kết luận", "12-KL/TW", None, "Bộ Chính trị"),
        ),
        (
            "theo Nghị định 12/2023/NĐ-CP, các tổ chức",
            ("Nghị định 12/2023/NĐ-CP", "Nghị định", "12/2023/NĐ-CP", None, None),
        ),
        (
            "triển khai Kế hoạch 86 ngày 02/3/2026 của UBND tỉnh.",
            ("Kế hoạch 86 ngày 02/3/2026", "Kế hoạch", "86", date(2026, 3, 2), "UBND tỉnh"),
        ),
        (
            "Quyết định số 1739/QĐ-TTg ngày 18/10/2021 của Thủ tướng Chính phủ phê duyệt Đề án",
            (
                "Quyết định số 1739/QĐ-TTg ngày 18/10/2021",
                "Quyết định",
                "1739/QĐ-TTg",
                date(2021, 10, 18),
                "Thủ tướng Chính phủ",
            ),
        ),
        (
            "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024 của Bộ Chính trị",
            (
                "Nghị quyết số 57-NQ/TW ngày 22 tháng 12 năm 2024",
                "Nghị quyết",
                "57-NQ/TW",
                date(2024, 12, 22),
                "Bộ Chính trị",
            ),
        ),
        (
            "theo thông báo số 15 của các đơn vị",
            ("thông báo số 15", "Thông báo", "15", None, None),
        ),
        (
            "được ra quyết định công nhận số 07/QĐ-LH ngày 27 tháng 7 năm 2011.",
            (
                "quyết định công nhận số 07/QĐ-LH ngày 27 tháng 7 năm 2011",
                "Quyết định",
                "07/QĐ-LH",
                date(2011, 7, 27),
                None,
            ),
        ),
        (
            "theo Quyết định số 83/QĐUB.TL của Ủy ban nhân dân tỉnh Đồng Tháp về việc",
            ("Quyết định số 83/QĐUB.TL", "Quyết định", "83/QĐUB.TL", None, "Ủy ban nhân dân tỉnh Đồng Tháp"),
        ),
        (  # thiduakhenthuong.langson.gov.vn: the act follows its author without "về việc"
            "Quyết định số 163/QĐ-UBND của Chủ tịch UBND tỉnh tặng Bằng khen cho 32 tập thể",
            ("Quyết định số 163/QĐ-UBND", "Quyết định", "163/QĐ-UBND", None, "Chủ tịch UBND tỉnh"),
        ),
        (  # danang.gov.vn: a date written with hyphens
            "quy định tại Nghị định số 93/2009/NĐ-CP ngày 22-10-2009 của Chính phủ về Quy chế quản lý",
            (
                "Nghị định số 93/2009/NĐ-CP ngày 22-10-2009",
                "Nghị định",
                "93/2009/NĐ-CP",
                date(2009, 10, 22),
                "Chính phủ",
            ),
        ),
        (
            "Hai bên ký Biên bản ghi nhớ số 01/BBGN-LHHN ngày 5/3/2024 về hợp tác",
            (
                "Biên bản ghi nhớ số 01/BBGN-LHHN ngày 5/3/2024",
                "Biên bản ghi nhớ",
                "01/BBGN-LHHN",
                date(2024, 3, 5),
                None,
            ),
        ),
    ],
)
def test_document_forms(sentence: str, expected: tuple[Any, ...]) -> None:
    assert found(sentence) == [expected]


@pytest.mark.parametrize(
    "sentence",
    [
        "Kế hoạch 5 năm tới",
        "Biên bản Hội nghị thường niên giữa các tỉnh",
        "Hiệp ước hữu nghị và hợp tác Việt Nam - Lào",
        "quyết định số phận",
        "quyết định thành lập số 5 chi hội",
        "Chương trình Giao lưu hữu nghị quốc tế Xuân 2023",
        "ký Biên bản ghi nhớ hợp tác giai đoạn 2024 - 2026",
        "Thỏa thuận hợp tác 5 năm giữa hai tỉnh",
    ],
)
def test_no_number_no_document(sentence: str) -> None:
    assert found(sentence) == []


def test_repeated_reference_is_one_entity() -> None:
    docs = documents(
        Article(blocks=[Paragraph("Theo Kết luận số 12-KL/TW. Thực hiện Kết luận số 12-KL/TW của Bộ Chính trị.")])
    )
    assert len(docs) == 1
    assert len(docs[0].spans) == 2 and docs[0].issuer == "Bộ Chính trị"


@pytest.mark.parametrize(
    ("sentence", "issuer"),
    [
        # thukyluat.vn: a reference to a letter of the foreign ministry
        ("Thực hiện Công văn số 188/BNG-LS ngày 15/01/2013 của Bộ Ngoại giao về trách nhiệm.", "Bộ Ngoại giao"),
        ("Theo Thông tư số 05/2021/TT-BKHĐT của Bộ Kế hoạch và Đầu tư về hướng dẫn.", "Bộ Kế hoạch và Đầu tư"),
        # a joint circular (songoaivu.caobang.gov.vn)
        (
            "Thông tư liên tịch số 04/2001/TTLT/BCA-BNG ngày 29/01/2002 của Bộ Công an và Bộ Ngoại giao hướng dẫn.",
            "Bộ Công an và Bộ Ngoại giao",
        ),
        # "và" before another document ends the issuer; "giao" as a verb still does
        ("Căn cứ Nghị định số 80/2020/NĐ-CP của Chính phủ và Quyết định số 12/QĐ-UBND.", "Chính phủ"),
        ("Theo Quyết định số 7/QĐ-UBND của UBND tỉnh giao nhiệm vụ cho Sở Ngoại vụ.", "UBND tỉnh"),
    ],
)
def test_issuer_names_holding_va_and_giao(sentence: str, issuer: str) -> None:
    assert found(sentence)[0][4] == issuer


@pytest.mark.parametrize(
    ("sentence", "name", "number"),
    [
        # a law cited by its name and number, as decisions open ("Căn cứ Luật ... số ...")
        (
            "Căn cứ Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020 của Quốc hội.",
            "Luật Đầu tư số 61/2020/QH14 ngày 17/6/2020",
            "61/2020/QH14",
        ),
        (
            "Căn cứ Luật Tổ chức chính quyền địa phương số 77/2015/QH13.",
            "Luật Tổ chức chính quyền địa phương số 77/2015/QH13",
            "77/2015/QH13",
        ),
        # its author between the type and the number
        (
            "Theo Quyết định UBND tỉnh số 2/QĐ-UBND ngày 1/1/2024.",
            "Quyết định UBND tỉnh số 2/QĐ-UBND ngày 1/1/2024",
            "2/QĐ-UBND",
        ),
        # a treaty's protocol and a diplomatic note are numbered documents too
        (
            "Hai bên ký Nghị định thư số 01/2024/NĐT-VN-LA về biên giới.",
            "Nghị định thư số 01/2024/NĐT-VN-LA",
            "01/2024/NĐT-VN-LA",
        ),
        ("Theo Công hàm số 123/NG-LS của Đại sứ quán.", "Công hàm số 123/NG-LS", "123/NG-LS"),
        # a colon after "số", as on the document's own heading
        ("Ban hành kèm theo Quyết định số: 1051/QĐ-UBND của UBND tỉnh.", "Quyết định số: 1051/QĐ-UBND", "1051/QĐ-UBND"),
        # a preposition or another document type between them: the later document is the one cited
        ("Chương trình phối hợp theo Quyết định số 5/QĐ-UB của Sở.", "Quyết định số 5/QĐ-UB", "5/QĐ-UB"),
    ],
)
def test_a_name_or_author_between_type_and_number(sentence: str, name: str, number: str) -> None:
    assert [(d[0], d[2]) for d in found(sentence)] == [(name, number)]


@pytest.mark.parametrize(
    "sentence",
    ["Luật Đất đai năm 2024 có hiệu lực.", "Luật Đầu tư số ít điều được sửa đổi.", "Kế hoạch Xuân số 5 năm."],
)
def test_a_name_without_a_coded_number_is_no_document(sentence: str) -> None:
    assert found(sentence) == []


def test_a_bare_serial_of_a_coded_document_is_that_document() -> None:
    # cand.com.vn: a decision cited again by its serial alone
    text = (
        "Theo Quyết định số 872/QĐ-UBND ngày 5/3/2024 của UBND tỉnh. "
        "Quyết định 872 cũng bổ nhiệm bà Lê Thị Kim Đơn làm Giám đốc Ban quản lý dự án."
    )
    docs = documents(Article(blocks=[Paragraph(text)]))
    assert [(d.number, len(d.spans)) for d in docs] == [("872/QĐ-UBND", 2)]
    # with "số" and without the code, before or after the coded mention: still one document
    text = "Thực hiện Kế hoạch số 86 ngày 02/3/2026, Liên hiệp triển khai Kế hoạch số 86/KH-LHHN."
    docs = documents(Article(blocks=[Paragraph(text)]))
    assert [(d.number, d.date, len(d.spans)) for d in docs] == [("86/KH-LHHN", date(2026, 3, 2), 2)]
    # a bare serial alone is still no document
    assert found("Quyết định 872 cũng bổ nhiệm bà Lê Thị Kim Đơn.") == []


codes = st.sampled_from(["", "/QĐ-UBND", "-KL/TW", "/2023/NĐ-CP", "-HD/LHHN-BCTĐP", "/QĐ-TTg", "-NQ/TW"])
issuers = st.sampled_from(
    [None, "Bộ Chính trị", "UBND tỉnh Lào Cai", "Thủ tướng Chính phủ", "Liên hiệp các tổ chức hữu nghị Việt Nam"]
)
endings = st.sampled_from(
    [".", " về việc triển khai nhiệm vụ.", ", theo đó", " “Về tăng cường”", " và các văn bản khác."]
)


@settings(max_examples=150, deadline=None)
@given(
    st.sampled_from(DOCUMENT_TYPES),
    st.integers(min_value=1, max_value=9999),
    codes,
    st.one_of(st.none(), st.dates(min_value=date(1990, 1, 1), max_value=date(2030, 12, 31))),
    st.booleans(),
    issuers,
    endings,
)
def test_generated_references(
    type_: str, serial: int, code: str, issued: date | None, padded: bool, issuer: str | None, ending: str
) -> None:
    number = f"{serial}{code}"
    date_text = ""
    if issued:
        day, month = (f"{issued.day:02d}", f"{issued.month:02d}") if padded else (str(issued.day), str(issued.month))
        date_text = f" ngày {day}/{month}/{issued.year}"
    name = f"{type_} số {number}{date_text}"
    tail = f" của {issuer}" if issuer else ""
    assert found(f"Thực hiện {name}{tail}{ending}") == [(name, type_, number, issued, issuer)]


@pytest.mark.parametrize("path", sorted(GOLD.glob("*.json")), ids=lambda p: p.stem)
def test_gold_documents(path: Path) -> None:
    data = json.loads(path.read_text(encoding="utf-8"))
    blocks: list[Paragraph | Figure] = [Paragraph(p) for p in data["body"]]
    blocks += [Figure(f["src"], f["caption"]) for f in data["figures"]]
    docs = documents(Article(title=data["title"], blocks=blocks))
    assert {d.number for d in docs} == {d["number"] for d in data["documents"]}
    expected = {(d["text"], d["type"], d["number"], d["date"], d["issuer"]) for d in data["documents"]}
    assert {(d.name, d.type, d.number, d.date and d.date.isoformat(), d.issuer) for d in docs} == expected

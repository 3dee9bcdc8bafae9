"""References to numbered official documents: ``Quyết định số 326/QĐ-LHHN ngày 22/3/2024 của ...``.

A reference is a document type (``Quyết định``, ``Chỉ thị``, ``Nghị định``,
``Thông tư``, ``Kết luận``, ``Nghị quyết``, ``Hướng dẫn``, ``Công văn``,
``Kế hoạch``, ``Thông báo``, ``Luật``, agreements such as ``Hiệp định``,
``Nghị định thư`` and ``Bản ghi nhớ``, a diplomatic note ``Công hàm``...), a number written the way Vietnamese
administration writes them (``38``, ``12-KL/TW``, ``780-HD/LHHN-BCTĐP``,
``12/2023/NĐ-CP``), an optional date of issue (``ngày 19/9/2019``,
``ngày 2 tháng 3 năm 2026``) and an optional issuer (``của Bộ Chính trị``).

Rules:

* Only documents with a number. After ``số`` any number will do; without
  ``số`` the number must be a code (``12/2023/NĐ-CP``) or be followed by a date
  (``Kế hoạch 86 ngày 02/3/2026``), so that ``Kế hoạch 5 năm`` is not a document.
  One or two lower-case words may say what the act does before ``số``
  (``quyết định công nhận số 07/QĐ-LH``), or a capitalised phrase may name the
  act or its author (``Luật Đầu tư số 61/2020/QH14``, ``Quyết định UBND tỉnh
  số 2/QĐ-UBND``), when the number is a code; a code's last part may hold
  dotted parts (``83/QĐUB.TL``); ``số:`` may carry a colon.
* ``name`` (and the mention) covers type, number and date, as the gold files
  write it; the issuer is read from the ``của ...`` phrase that follows, up to
  the end of its clause (a comma, a quotation mark, a period, or a word that
  starts the document's subject: ``về``, ``việc``, ``quy định``, ``phê duyệt``,
  ``và``...), and only when it starts with a capital letter (an organ's name).
  Without ``của`` the issuer is ``None``.
* One entity per distinct (type, number). A bare serial of a document the
  article also cites with its code (``Quyết định 872`` beside ``Quyết định số
  872/QĐ-UBND``) is that document, with or without ``số``.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, cast

from dnnd.model import DocumentRef, Mention, Span
from dnnd.plugin import Extraction, ExtractionContext
from dnnd.text.normalize import LOWER_LETTERS, UPPER_LETTERS, one_space
from dnnd.text.patterns import scanner, word_alternation

__all__ = ["DOCUMENT_TYPES", "EXTRACTORS", "DocumentExtractor"]

#: Document types as written in running text, longest first where one extends another.
DOCUMENT_TYPES = (
    "Thông tư liên tịch",
    "Nghị quyết liên tịch",
    "Nghị định thư",  # a protocol to a treaty, before "Nghị định"
    "Quyết định",
    "Chỉ thị",
    "Nghị định",
    "Thông tư",
    "Kết luận",
    "Nghị quyết",
    "Hướng dẫn",
    "Công văn",
    "Công điện",
    "Kế hoạch",
    "Thông báo",
    "Luật",
    "Pháp lệnh",
    "Tờ trình",
    "Báo cáo",
    "Quy định",
    "Quy chế",
    "Chương trình",
    "Đề án",
    "Văn bản",
    "Sắc lệnh",
    # agreements signed with partners, numbered when they are cited ("Hiệp định số 12/HĐ-...")
    "Hiệp định",
    "Hiệp ước",
    "Công ước",
    "Công hàm",  # a diplomatic note
    "Thỏa thuận",
    "Thoả thuận",
    "Biên bản ghi nhớ",
    "Bản ghi nhớ",
)
_CANONICAL = {t.lower(): t for t in DOCUMENT_TYPES}


_TYPES = word_alternation(*(t[0].lower() + t[1:] for t in DOCUMENT_TYPES))

# Words that never belong to a name written between a type and its number: "Luật Đầu tư số 61/2020/QH14" is one
# document, "chương trình phối hợp theo Quyết định số 5/QĐ-UB" is the decision.
_NAMED_STOP = word_alternation("của", "theo", "tại", "và", "với", "cho", "về", "trong", "từ", "đến", "được", "đã", "số")
_NAME_WORD = rf"(?!(?:{_TYPES}|{_NAMED_STOP})(?!\w))[^\W_]+"

_DOCUMENT_RE = re.compile(
    rf"""
    (?P<type>{_TYPES})\s+
    (?:(?P<what>[{LOWER_LETTERS}]+(?:\s+[{LOWER_LETTERS}]+)?)\s+(?=[Ss]ố\s)
      |(?P<named>(?=[{UPPER_LETTERS}]){_NAME_WORD}(?:\s+{_NAME_WORD}){{0,7}})\s+(?=[Ss]ố\s))?
    (?:(?P<so>[Ss]ố(?:\s+hiệu)?)\s*:?\s+)?
    (?P<number>\d+(?:[/-][^\W_]+(?:\.[^\W_]+)*)*)(?![\w/-])
    (?:\s*,?\s*[Nn]gày\s+
       (?:(?P<d>\d{{1,2}})(?P<sep>[/.-])(?P<m>\d{{1,2}})(?P=sep)(?P<y>\d{{4}})
         |(?P<d2>\d{{1,2}})\s+tháng\s+(?P<m2>\d{{1,2}})\s+năm\s+(?P<y2>\d{{4}}))
       (?![\w/])
    )?
    """,
    re.VERBOSE,
)
_DOCUMENT_RE = scanner(_DOCUMENT_RE)  # the same matches, found faster (see scanner)
# Words that start the document's subject or the next clause, ending the issuer.
_ISSUER_STOP = (
    # "và" ends the issuer unless a capitalised word other than a document type follows: organs' names hold
    # "và" ("Bộ Kế hoạch và Đầu tư"), joint issuers are joined by it ("Bộ Công an và Bộ Ngoại giao")
    rf"về|việc|quy\s+định|hướng\s+dẫn|ban\s+hành|phê\s+duyệt|và(?!\s+(?!(?:{_TYPES})(?!\w))[{UPPER_LETTERS}])|trong|để|nhằm|đối\s+với|với|cho|tại|thì|là|"
    r"đã|sẽ|được|theo|nay|năm|ngày|"
    # what the act does, written right after its author: "của Chủ tịch UBND tỉnh tặng Bằng khen cho ..."
    # ("Bộ Ngoại giao" is an organ: "giao" after "Ngoại" is part of the name)
    r"tặng|khen\s+thưởng|công\s+nhận|bổ\s+nhiệm|thành\s+lập|kiện\s+toàn|cho\s+phép|phê\s+chuẩn|chấp\s+thuận|"
    r"(?<![Nn]goại\s)giao"
)
_ISSUER_RE = re.compile(
    rf"\s*,?\s+của\s+(?P<issuer>[{UPPER_LETTERS}0-9][^,;.:()“”\"\n]{{0,120}}?)"
    rf"(?=\s+(?:{_ISSUER_STOP})(?!\w)|\s*[,;.:()“”\"\n]|\s*$)"
)
_CODE_RE = re.compile(r"[/-].*[^\W\d_]")


def _type(match: re.Match[str]) -> str:
    """The canonical document type of a match of the document pattern."""
    return _CANONICAL[one_space(match.group("type")).lower()]


def _result(mentions: list[Mention], entities: list[Any]) -> Extraction:
    """Build the Extraction (``cast``: mypy's attrs plugin cannot type its ``converter=tuple`` fields)."""
    return cast(Any, Extraction)(tuple(mentions), tuple(entities))


class DocumentExtractor:
    """Finds references to numbered documents (:class:`~dnnd.DocumentRef`)."""

    name = "documents"
    order = 100

    def extract(self, context: ExtractionContext) -> Extraction:
        """Return one ``document`` mention per reference and one entity per distinct (type, number).

        A reference by the bare serial of a document the article also cites with its code ("Kế hoạch số 86" or
        "Quyết định 872" beside "Quyết định số 872/QĐ-UBND") is that document.
        """
        text = context.text
        matches = list(context.words.matches(_DOCUMENT_RE))  # (tried at the document types' first words)
        coded: dict[tuple[str, str], str] = {}
        for match in matches:
            number = match.group("number")
            if _CODE_RE.search(number):
                coded.setdefault((_type(match), number.split("/")[0].split("-")[0]), number)
        mentions: list[Mention] = []
        ids: dict[tuple[str, str], str] = {}
        records: dict[tuple[str, str], dict[str, Any]] = {}
        for match in matches:
            number = match.group("number")
            type_ = _type(match)
            dated = match.group("y") or match.group("y2")
            if not _CODE_RE.search(number):
                if match.group("what") or match.group("named"):
                    # "quyết định công nhận số 07/QĐ-LH", "Luật Đầu tư số 61/2020/QH14": what the act does or
                    # its name, then a coded number only
                    continue
                if (type_, number) in coded:
                    number = coded[type_, number]
                elif not (match.group("so") or dated):
                    continue  # "Kế hoạch 5 năm": a bare number is a document number only after "số" or before a date
            issued: date | None = None
            if dated:
                day = int(match.group("d") or match.group("d2"))
                month = int(match.group("m") or match.group("m2"))
                try:
                    issued = date(int(dated), month, day)
                except ValueError:
                    issued = None
            found = _ISSUER_RE.match(text, match.end())
            issuer = found.group("issuer").strip() if found else None
            key = (type_, number)
            if key not in ids:
                ids[key] = f"document:{len(ids) + 1}"
                records[key] = {"name": match.group(), "date": issued, "issuer": issuer, "spans": []}
            record = records[key]
            record["date"] = record["date"] or issued
            record["issuer"] = record["issuer"] or issuer
            record["spans"].append(Span(match.start(), match.end()))
            attributes: dict[str, Any] = {"type": type_, "number": number}
            if issued:
                attributes["date"] = issued
            if issuer:
                attributes["issuer"] = issuer
            mentions.append(Mention("document", match.start(), match.end(), match.group(), ids[key], attributes))
        entities = [DocumentRef(id=ids[key], type=key[0], number=key[1], **records[key]) for key in ids]
        return _result(mentions, entities)


#: The extractors this module contributes to the built-in plugin.
#: The extractor classes of this module, for the built-in plugin.
EXTRACTORS = (DocumentExtractor,)

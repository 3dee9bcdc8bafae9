"""Outlet plugins claim only pages that show their outlet's own evidence.

The dev pages come from outlets none of the installed plugins covers: no outlet
plugin may claim any of them (shared furniture such as "Tin cùng chuyên mục" is
not evidence). The base class's evidence rules are tested on made-up pages too.
"""

from __future__ import annotations

import re
from pathlib import Path

import attrs
import pytest

import dnnd
from dnnd.parsers.outlet import EVIDENCE_CONFIDENCE, OutletParser

ROOT = Path(__file__).resolve().parent.parent
DEV = sorted((ROOT / "examples" / "dev" / "pages").iterdir())
GENERIC = {"text", "html"}


def _outlet_parsers() -> list[dnnd.Parser]:
    return [p for p in dnnd.Registry().parsers() if isinstance(p, OutletParser)]


def test_the_outlet_plugins_are_outlet_parsers() -> None:
    assert {p.name for p in _outlet_parsers()} >= {"thoidai", "baolaocai", "laocaiportal", "printfooter"}


@pytest.mark.parametrize("page", DEV, ids=lambda p: p.stem)
def test_no_outlet_plugin_claims_another_outlets_dev_page(page: Path) -> None:
    doc = dnnd.load(page)
    claims = {p.name: p.sniff(doc) for p in _outlet_parsers()}
    assert not {n: s for n, s in claims.items() if s.confidence > 0}, claims


class _Vidu(OutletParser):
    name = "vidu"
    hosts = ("vidu.vn",)
    names = ("Báo Ví Dụ",)
    stamps = (re.compile(r"^VD \d\d/\d\d/\d{4}$", re.MULTILINE),)
    markers = (("Tin cùng chuyên mục", 0.2),)


PAGE = "Tiêu đề bài báo\n\nĐoạn văn thứ nhất của bài.\n\nTin cùng chuyên mục\n"


def test_shared_furniture_alone_is_no_evidence() -> None:
    assert _Vidu().sniff(dnnd.RawDocument(PAGE)).confidence == 0


@pytest.mark.parametrize(
    ("doc", "evidence"),
    [
        (dnnd.RawDocument(PAGE, url="https://www.vidu.vn/bai-1.html"), "fetched from vidu.vn"),
        (dnnd.RawDocument(PAGE + "Quang cảnh hội nghị (Ảnh: Báo Ví Dụ)\n"), "its name in a credit"),
        (dnnd.RawDocument("VD 01/02/2024\n" + PAGE), "its stamp"),
        (dnnd.RawDocument(PAGE + "© Báo Ví Dụ - vidu.vn\n"), "its name in a credit"),
    ],
)
def test_each_kind_of_evidence_claims_and_furniture_adds(doc: dnnd.RawDocument, evidence: str) -> None:
    sniff = _Vidu().sniff(doc)
    assert sniff.confidence > EVIDENCE_CONFIDENCE and evidence in sniff.reason
    bare = attrs.evolve(doc, content=doc.text.replace("Tin cùng chuyên mục", ""))
    assert _Vidu().sniff(bare).confidence == EVIDENCE_CONFIDENCE


def test_a_republishing_credit_names_the_original_not_the_page() -> None:
    assert _Vidu().sniff(dnnd.RawDocument(PAGE + "Theo Báo Ví Dụ\n")).confidence == 0

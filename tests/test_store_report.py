"""``dnnd report``: one offline HTML page whose charts hold the corpus's figures (parsed back from the page)."""

from __future__ import annotations

import json
import re
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from click.testing import CliRunner
from extras import needs
from lxml import html

from dnnd.cli import main
from dnnd.corpus import Corpus
from dnnd.corpus.report import CHARTS
from dnnd.model import Article, DateRef, Fact, Money, Paragraph, Person, Place, Role

needs("plotly", "report")


def _article(n: int, day: date, status: str, amount: int, positions: list[str], met: date | None = None) -> Article:
    meeting = [Role("participant", "person:1"), *([Role("date", "date:1")] if met else [])]
    return Article(
        title=f"Tin {n}",
        blocks=[Paragraph("Trao quà cho tỉnh.")],
        published=day,
        url=f"https://x.vn/{n}",
        entities=[
            Person(name="Vũ Văn Cài", id="person:1", positions=positions),
            Place(name="Lào Cai", id="place:1", level="province"),
            Money(name="x", id="money:1", value=Decimal(amount), currency="VND"),
            *([DateRef(name="x", id="date:1", value=met)] if met else []),
        ],
        facts=[
            Fact(kind="aid", roles=[Role("status", value=status), Role("amount", "money:1"), Role("place", "place:1")]),
            Fact(kind="meeting", roles=meeting),
        ],
    )


def _plot_data(script: str, div_id: str) -> list[dict[str, Any]]:
    """The traces handed to ``Plotly.newPlot`` for one chart."""
    call = re.search(rf'Plotly\.newPlot\(\s*"{div_id}",\s*', script)
    assert call, div_id
    data, _ = json.JSONDecoder().raw_decode(script, call.end())
    return data


def test_report_is_one_offline_page_with_the_three_charts(tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        corpus.index(
            [
                _article(1, date(2024, 3, 2), "donated", 100, ["Chủ tịch Liên hiệp tỉnh Lào Cai"]),
                _article(2, date(2024, 3, 20), "donated", 50, ["Phó Chủ tịch UBND tỉnh Lào Cai"]),
                _article(
                    3, date(2025, 1, 9), "committed", 7000, ["Chủ tịch UBND tỉnh Lào Cai"], met=date(2024, 12, 20)
                ),
            ]
        )
    out = tmp_path / "report.html"
    result = CliRunner().invoke(main, ["report", "--db", str(db), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    page = html.fromstring(out.read_bytes())
    assert [d.get("id") for d in page.xpath('//div[contains(@class, "plotly-graph-div")]')] == list(CHARTS)
    assert page.xpath("//script[@src] | //link[@href]") == []  # nothing fetched: no CDN
    scripts = [s.text or "" for s in page.xpath("//script")]
    assert any("plotly.js" in s and len(s) > 1_000_000 for s in scripts)  # the library itself, embedded
    code = "\n".join(scripts)
    aid = {t["name"]: dict(zip(t["x"], t["y"], strict=True)) for t in _plot_data(code, CHARTS[0])}
    assert aid == {"Lào Cai · committed (VND)": {2025: 7000}, "Lào Cai · donated (VND)": {2024: 150}}
    per_month = {t["name"]: dict(zip(t["x"], t["y"], strict=True)) for t in _plot_data(code, CHARTS[1])}
    assert per_month == {
        "aid": {"2024-03": 2, "2024-12": 0, "2025-01": 1},
        "meeting": {"2024-03": 2, "2024-12": 1, "2025-01": 0},  # a fact's own date before its article's
    }
    (people,) = _plot_data(code, CHARTS[2])
    assert people["y"] == ["Vũ Văn Cài"] and people["x"] == [3]

"""The corpus in datasette, through datasette's own in-process client: search, facets, canned queries, views."""

from __future__ import annotations

import asyncio
import json
from decimal import Decimal
from pathlib import Path
from typing import Any
from urllib.parse import quote

import pytest
from click.testing import CliRunner
from extras import needs

from dnnd.cli import main
from dnnd.corpus import Corpus
from dnnd.corpus.serve import metadata
from dnnd.model import Article, Fact, Money, Paragraph, Person, Place, Role

datasette = needs("datasette.app", "serve")


def _article(n: int, text: str, amount: int, status: str) -> Article:
    return Article(
        title=f"Tin {n}",
        blocks=[Paragraph(text)],
        url=f"https://baolaocai.vn/tin-{n}.html",
        entities=[
            Person(name="Vũ Văn Cài", id="person:1", positions=["Chủ tịch Liên hiệp tỉnh Lào Cai"]),
            Place(name="Lào Cai", id="place:1", level="province"),
            Money(name=f"{amount} triệu đồng", id="money:1", value=Decimal(amount) * 10**6, currency="VND"),
        ],
        facts=[
            Fact(kind="aid", roles=[Role("status", value=status), Role("amount", "money:1"), Role("place", "place:1")])
        ],
    )


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ds") / "laocai.db"
    with Corpus(path) as corpus:
        corpus.index(
            [
                _article(1, "Lễ kết nghĩa giữa hai thôn biên giới, công tác đối ngoại nhân dân.", 100, "donated"),
                _article(2, "Hội nghị tổng kết công tác hữu nghị.", 500, "committed"),
                _article(3, "Bàn giao nhà tình nghĩa.", 50, "donated"),
            ]
        )
    return path


def _get(db: Path, url: str, meta: bool = True) -> Any:
    ds = datasette.Datasette([str(db)], metadata=metadata(db) if meta else None)

    async def fetch() -> Any:
        response = await ds.client.get(url)
        assert response.status_code == 200, response.text
        return response.json()

    return asyncio.run(fetch())


def _titles(db: Path, query: str, meta: bool = True) -> list[str]:
    rows = _get(db, f"/laocai/articles.json?_search={quote(query)}&_shape=array&_col=title", meta)
    return sorted(r["title"] for r in rows)


def test_search_box_finds_words_with_and_without_diacritics(db: Path) -> None:
    assert _titles(db, "kết nghĩa") == _titles(db, "ket nghia") == ["Tin 1"]
    assert _titles(db, "đối ngoại") == _titles(db, "doi ngoai") == ["Tin 1"]
    assert _titles(db, "nghia") == ["Tin 1", "Tin 3"]
    # Without dnnd's metadata datasette still finds the (exact) index on its own: content="articles".
    assert _titles(db, "kết nghĩa", meta=False) == ["Tin 1"]


def test_a_facet_and_a_view_with_exact_totals(db: Path) -> None:
    data = _get(db, "/laocai/facts.json?_facet=status&_size=0")
    counts = {f["value"]: f["count"] for f in data["facet_results"]["status"]["results"]}
    assert counts == {"donated": 2, "committed": 1}
    view = _get(db, "/laocai/v_aid_by_province_year.json?_shape=array")
    assert {(r["status"], r["total"]) for r in view} == {("donated", 150 * 10**6), ("committed", 500 * 10**6)}


def test_canned_queries(db: Path) -> None:
    rows = _get(db, "/laocai/aid_by_province_and_year.json?_shape=array")
    donated = [r for r in rows if r["status"] == "donated"]
    assert {r["url"] for r in donated} == {"https://baolaocai.vn/tin-1.html", "https://baolaocai.vn/tin-3.html"}
    assert {r["total"] for r in donated} == {150 * 10**6}
    timeline = _get(db, f"/laocai/person_timeline.json?name={quote('Vũ Văn')}&_shape=array")
    assert {r["url"] for r in timeline} == {f"https://baolaocai.vn/tin-{n}.html" for n in (1, 2, 3)}
    (fact,) = _get(db, "/laocai/fact_with_evidence.json?fact_id=1&_shape=array")
    assert fact["amount"] == "100000000" and "amount: 100 triệu đồng" in fact["roles"]


def test_metadata_describes_every_table_view_and_column(db: Path) -> None:
    tables = metadata(db)["databases"]["laocai"]["tables"]
    with Corpus(db, readonly=True) as corpus:
        names = [
            r[0]
            for r in corpus.db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")
            if not r[0].startswith("articles_fts")
        ]
        for name in names:
            assert tables[name].get("description"), name
            columns = [r[1] for r in corpus.db.execute(f'PRAGMA table_info("{name}")')]
            assert all(tables[name]["columns"].get(c) for c in columns), (name, columns)


def test_serve_writes_its_metadata_and_refuses_a_non_corpus(db: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    out = tmp_path / "meta.json"
    result = runner.invoke(main, ["serve", "--db", str(db), "--metadata", str(out)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["databases"]["laocai"]["queries"]
    (tmp_path / "x.db").write_bytes(b"")
    result = runner.invoke(main, ["serve", "--db", str(tmp_path / "x.db")])
    assert result.exit_code == 1 and "not a dnnd corpus" in result.stderr

"""The SQLite corpus: each query on hand-built articles, merging, search, exports."""

from __future__ import annotations

import csv
import json
import sqlite3
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import pytest

from dnnd.export import CSV_TABLES, export
from dnnd.model import Article, DateRef, DocumentRef, Fact, Mention, Money, Organization, Paragraph, Person, Place, Role
from dnnd.serialize import from_json
from dnnd.store import Corpus, provinces_in
from dnnd.testing.strategies import TZ


def article(
    n: int,
    text: str = "Đoàn đại biểu dự lễ kết nghĩa giữa hai bản biên giới.",
    *,
    published: date | datetime | None = date(2024, 5, 1),
    people: tuple[tuple[str, tuple[str, ...]], ...] = (),
    orgs: tuple[tuple[str, str | None], ...] = (),
    places: tuple[str, ...] = (),
    aid: tuple[str, Decimal] | None = None,
) -> Article:
    """An article with the entities given, attached directly (no extractor involved)."""
    entities: list = [Person(name=name, id=f"person:{i}", positions=pos) for i, (name, pos) in enumerate(people, 1)]
    entities += [
        Organization(name=name, canonical=canon, id=f"organization:{i}") for i, (name, canon) in enumerate(orgs, 1)
    ]
    entities += [Place(name=p, level="province", id=f"place:{i}") for i, p in enumerate(places, 1)]
    facts = []
    if aid:
        entities.append(Money(name="hơn 5 tỷ đồng", id="money:1", value=aid[1], currency="VND", qualifier="more_than"))
        entities.append(Place(name=aid[0], level="province", id="place:99"))
        facts.append(Fact(kind="aid", roles=[Role("recipient", "place:99"), Role("amount", "money:1")], code="070"))
    return Article(
        title=f"Bài {n}: hội nghị hữu nghị",
        blocks=[Paragraph(text)],
        published=published,
        url=f"https://baolaocai.vn/bai-{n}.html",
        outlet="Báo Lào Cai",
        entities=entities,
        facts=facts,
    )


@pytest.fixture
def corpus(tmp_path: Path) -> Corpus:
    c = Corpus(tmp_path / "c.db")
    yield c
    c.close()


def test_wal_foreign_keys_and_views(corpus: Corpus) -> None:
    assert corpus.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert corpus.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    views = {r[0] for r in corpus.db.execute("SELECT name FROM sqlite_master WHERE type = 'view'")}
    assert {"v_person_timeline", "v_aid_by_province_year", "v_money_by_article"} <= views


def test_provinces_in_positions() -> None:
    assert provinces_in("Chủ tịch UBND tỉnh Lai Châu") == ["Lai Châu"]
    assert provinces_in("Bí thư Thành ủy, Chủ tịch HĐND thành phố Hà Nội") == ["Hà Nội"]
    assert provinces_in("Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh") == []
    assert provinces_in("Ủy viên Ban Thường vụ Tỉnh ủy") == []


def test_person_merged_across_articles_with_a_dated_sourced_timeline(corpus: Corpus) -> None:
    corpus.index(
        [
            article(
                1, published=date(2023, 3, 1), people=(("Dương Đức Huy", ("Phó Chủ tịch Liên hiệp tỉnh Lào Cai",)),)
            ),
            article(2, published=date(2025, 1, 9), people=(("DƯƠNG ĐỨC HUY", ("Chủ tịch Liên hiệp tỉnh Lào Cai",)),)),
            article(3, published=None, people=(("Dương  Đức Huy", ("Ủy viên Ban thường vụ",)),)),
        ]
    )
    (person,) = corpus.people("Dương Đức Huy")
    assert person.article_count == 3 and person.provinces == ("Lào Cai",)
    assert (person.first_seen, person.last_seen) == ("2023-03-01", "2025-01-09")
    assert "merged in" in (person.merge_note or "")
    assert [s.url for s in person.sources][:2] == ["https://baolaocai.vn/bai-1.html", "https://baolaocai.vn/bai-2.html"]
    timeline = corpus.timeline(person)
    assert [(t.date, t.position) for t in timeline] == [
        ("2023-03-01", "Phó Chủ tịch Liên hiệp tỉnh Lào Cai"),
        ("2025-01-09", "Chủ tịch Liên hiệp tỉnh Lào Cai"),
        (None, "Ủy viên Ban thường vụ"),
    ]
    assert timeline[0].url == "https://baolaocai.vn/bai-1.html"
    assert corpus.people("duong duc huy") == [person]  # without diacritics
    assert corpus.timeline("Dương Đức Huy") == timeline == corpus.timeline(person.id)


def test_same_name_different_provinces_kept_apart_with_a_reason(corpus: Corpus) -> None:
    corpus.index(
        [
            article(1, published=date(2024, 3, 1), people=(("Giàng Seo Phử", ("Chủ tịch UBND tỉnh Lai Châu",)),)),
            article(2, published=date(2024, 4, 2), people=(("Giàng Seo Phử", ("Chủ tịch UBND tỉnh Lào Cai",)),)),
            article(3, published=date(2024, 6, 5), people=(("Giàng Seo Phử", ("Bí thư Tỉnh ủy tỉnh Lai Châu",)),)),
            article(4, published=date(2024, 7, 5), people=(("Giàng Seo Phử", ("Phó Chủ tịch",)),)),
        ]
    )
    found = {p.provinces: p for p in corpus.people("Giàng Seo Phử")}
    assert set(found) == {("Lai Châu",), ("Lào Cai",), ()}
    assert "kept apart" in found[("Lai Châu",)].merge_note and "Lào Cai" in found[("Lai Châu",)].merge_note
    assert "overlapping dates" in found[("Lào Cai",)].merge_note
    assert "no province" in found[()].merge_note  # ambiguous: not guessed into either
    assert [t.position for t in corpus.timeline(found[("Lai Châu",)])] == [
        "Chủ tịch UBND tỉnh Lai Châu",
        "Bí thư Tỉnh ủy tỉnh Lai Châu",
    ]


def test_organizations_merged_by_canonical_name(corpus: Corpus) -> None:
    corpus.index(
        [
            article(1, orgs=(("UBND tỉnh Lào Cai", "Ủy ban nhân dân tỉnh Lào Cai"),)),
            article(2, orgs=(("Ủy ban nhân dân tỉnh Lào Cai", None),)),
            article(3, orgs=(("Liên hiệp các tổ chức hữu nghị tỉnh", None),)),
        ]
    )
    orgs = {o.name: o for o in corpus.organizations()}
    assert set(orgs) == {"Ủy ban nhân dân tỉnh Lào Cai", "Liên hiệp các tổ chức hữu nghị tỉnh"}
    assert orgs["Ủy ban nhân dân tỉnh Lào Cai"].article_count == 2
    assert orgs["Ủy ban nhân dân tỉnh Lào Cai"].aliases == ("UBND tỉnh Lào Cai",)
    assert len(orgs["Ủy ban nhân dân tỉnh Lào Cai"].sources) == 2


def test_facts_filtered_and_aid_aggregated(corpus: Corpus) -> None:
    corpus.index(
        [
            article(1, published=date(2025, 2, 1), aid=("Lào Cai", Decimal("5000000000"))),
            article(2, published=datetime(2025, 6, 1, 9, tzinfo=TZ), aid=("Lào Cai", Decimal("2500000000"))),
            article(3, published=date(2024, 6, 1), aid=("Lào Cai", Decimal("1000000000"))),
            article(4, published=date(2025, 6, 1), aid=("Lai Châu", Decimal("7000000000"))),
        ]
    )
    found = corpus.facts(kind="aid", place="lào cai", year=2025)
    assert [f.amount for f in found] == [5e9, 2.5e9]
    assert found[0].roles == (("recipient", "Lào Cai"), ("amount", "hơn 5 tỷ đồng"))
    assert found[0].url == "https://baolaocai.vn/bai-1.html"
    assert corpus.facts(kind="election") == []
    assert len(corpus.facts()) == 4
    totals = {(a.province, a.year): a for a in corpus.aid_by_province_year()}
    assert set(totals) == {("Lào Cai", 2024), ("Lào Cai", 2025), ("Lai Châu", 2025)}
    assert totals[("Lào Cai", 2025)].total == 7.5e9 and totals[("Lào Cai", 2025)].facts == 2
    assert len(totals[("Lào Cai", 2025)].sources) == 2


def test_fact_year_comes_from_a_date_role(corpus: Corpus) -> None:
    a = article(1, published=date(2026, 1, 5), aid=("Lào Cai", Decimal(1000)))
    a = Article(
        **{**{f: getattr(a, f) for f in ("title", "blocks", "published", "url")}},
        entities=[*a.entities, DateRef(name="năm 2025", id="date:1", value=date(2025, 12, 31))],
        facts=[Fact(kind="aid", roles=[*a.facts[0].roles, Role("date", "date:1")])],
    )
    corpus.index([a])
    assert [f.year for f in corpus.facts(kind="aid")] == [2025]


def test_search_with_and_without_diacritics(corpus: Corpus) -> None:
    corpus.index(
        [
            article(1, "Lễ kết nghĩa giữa bản Na Lốc và thôn Lũng Pô."),
            article(2, "Hội nghị tổng kết công tác đối ngoại nhân dân."),
            article(3, "Bán hàng tại chợ biên giới, không liên quan."),
        ]
    )
    with_marks = corpus.search("kết nghĩa")
    without = corpus.search("ket nghia")
    assert [h.article_id for h in with_marks] == [h.article_id for h in without] == [article(1, "x").id]
    assert "kết nghĩa" in with_marks[0].snippet
    assert [h.url for h in corpus.search("doi ngoai")] == ["https://baolaocai.vn/bai-2.html"]
    assert [h.url for h in corpus.search("ban")] == [
        "https://baolaocai.vn/bai-3.html",
        "https://baolaocai.vn/bai-1.html",
    ]
    assert corpus.search('"nghĩa kết"') == []  # a quoted phrase keeps its word order
    assert corpus.search("") == []


def test_search_with_diacritics_means_them_and_without_matches_any_spelling(corpus: Corpus) -> None:
    corpus.index([article(1, "Bàn giao nhà tình nghĩa."), article(2, "Bán nhà tình nghĩa.")])
    assert [h.url for h in corpus.search("Bán")] == ["https://baolaocai.vn/bai-2.html"]
    assert {h.url for h in corpus.search("ban")} == {
        "https://baolaocai.vn/bai-1.html",
        "https://baolaocai.vn/bai-2.html",
    }


def test_reindexing_replaces_the_article(corpus: Corpus) -> None:
    corpus.index([article(1, people=(("Vũ Văn Cài", ("Chủ tịch tỉnh Lào Cai",)),))])
    report = corpus.index([article(1, people=(("Vũ Văn Cài", ("Chủ tịch tỉnh Lào Cai",)),))])
    assert (report.indexed, report.unchanged) == (0, 1)
    changed = article(1, "Nội dung mới về hợp tác.", people=(("Hoàng Thị Lan", ("Phó Chủ tịch",)),))
    assert corpus.index([changed]).indexed == 1
    assert [p.name for p in corpus.people()] == ["Hoàng Thị Lan"]  # the old person is gone with the old text
    assert corpus.search("Cài") == [] and len(corpus.search("hop tac")) == 1
    assert corpus.counts()["articles"] == 1


def test_articles_round_trip(corpus: Corpus) -> None:
    text = "Ông Vũ Văn Cài trao 5 tỷ đồng."
    a = Article(
        title="Trao quà",
        blocks=[Paragraph(text)],
        published=datetime(2025, 1, 10, 8, 30, tzinfo=TZ),
        url="https://x.vn/a",
        authors=["Lê Thu"],
        mentions=[Mention("person", 4, 14, "Vũ Văn Cài", entity="person:1", attributes={"role": "giver"})],
        entities=[
            Person(name="Vũ Văn Cài", id="person:1", positions=["Chủ tịch"], honorific="ông"),
            DocumentRef(name="Quyết định số 326/QĐ-LHHN", id="document:1", type="Quyết định", number="326/QĐ-LHHN"),
        ],
        facts=[Fact(kind="award", roles=[Role("person", "person:1"), Role("award", value="Bằng khen")])],
    )
    corpus.index([a])
    assert corpus.article(a.id) == a
    assert list(corpus.articles()) == [a]
    assert corpus.db.execute("SELECT number FROM documents").fetchone()[0] == "326/QĐ-LHHN"


def test_failure_mid_batch_rolls_back_that_batch_only(corpus: Corpus) -> None:
    def source():
        yield article(1)
        yield article(2)
        yield article(3)
        raise RuntimeError("disk on fire")

    with pytest.raises(RuntimeError):
        corpus.index(source(), batch_size=2)
    assert corpus.counts()["articles"] == 2  # the first batch committed, the second rolled back
    assert corpus.db.execute("PRAGMA foreign_key_check").fetchall() == []
    corpus.index([article(1), article(2), article(3)])
    assert corpus.counts()["articles"] == 3


def test_exports(corpus: Corpus, tmp_path: Path) -> None:
    stored = [
        article(
            1,
            people=(("Dương Đức Huy", ("Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai",)),),
            orgs=(("Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai", None),),
            aid=("Lào Cai", Decimal("537000000000")),
        ),
        article(2, people=(("Vũ Văn Cài", ()),)),
    ]
    corpus.index(stored)
    out = tmp_path / "out"
    files = export(corpus, out, "csv")
    assert {p.name for p in files} == {f"{t}.csv" for t in CSV_TABLES}
    with (out / "person_positions.csv").open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert [r["position"] for r in rows] == ["Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh Lào Cai"]
    assert rows[0]["url"] == "https://baolaocai.vn/bai-1.html"

    (path,) = export(corpus, out, "jsonl")
    back = [from_json(line) for line in path.read_text(encoding="utf-8").splitlines()]
    assert back == stored

    (path,) = export(corpus, out, "jsonld")
    graph = json.loads(path.read_text(encoding="utf-8"))["@graph"]
    by_type: dict[str, list] = {}
    for node in graph:
        by_type.setdefault(node["@type"], []).append(node)
    assert len(by_type["NewsArticle"]) == 2 and len(by_type["Person"]) == 2
    huy = next(p for p in by_type["Person"] if p["name"] == "Dương Đức Huy")
    assert huy["hasOccupation"][0]["name"].startswith("Chủ tịch Liên hiệp")
    org_id = by_type["Organization"][0]["@id"]
    assert huy["memberOf"][0]["memberOf"]["@id"] == org_id
    first = next(a for a in by_type["NewsArticle"] if a["url"].endswith("bai-1.html"))
    assert {"@id": huy["@id"]} in first["mentions"] and {"@id": org_id} in first["mentions"]
    money = [m for m in first["mentions"] if m.get("@type") == "MonetaryAmount"]
    assert money == [{"@type": "MonetaryAmount", "name": "hơn 5 tỷ đồng", "currency": "VND", "value": "537000000000"}]
    assert [p.name for p in out.iterdir() if p.name.endswith(".part")] == []


def test_export_unknown_format(corpus: Corpus, tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="unknown export format"):
        export(corpus, tmp_path, "xml")


def test_datasette_can_find_the_full_text_index(corpus: Corpus) -> None:
    """datasette offers search on a table whose FTS table names it as content=."""
    corpus.index([article(1)])
    sql = corpus.db.execute("SELECT sql FROM sqlite_master WHERE name = 'articles_fts'").fetchone()[0]
    assert 'content="articles"' in sql  # the spelling datasette's detect_fts looks for
    rows = corpus.db.execute(
        "SELECT id FROM articles WHERE seq IN (SELECT rowid FROM articles_fts WHERE articles_fts MATCH 'nghĩa')"
    ).fetchall()
    assert len(rows) == 1
    with pytest.raises(sqlite3.IntegrityError):
        corpus.db.execute("INSERT INTO blocks VALUES ('nope', 0, 'paragraph', 'x', NULL, NULL, 0)")


def test_rows_prepared_in_a_worker_store_the_same_database(tmp_path: Path) -> None:
    """What `dnnd index -j N` does: rows built (and pickled) in a worker give the database articles give."""
    import pickle

    from dnnd.api import extract, load
    from dnnd.corpus.rows import prepare

    found = [extract(load(p)) for p in sorted(Path("examples/pages").glob("*.txt"))]
    found.append(article(1, aid=("Lào Cai", Decimal("5000000000.5"))))
    dumps = []
    for name, items in (("articles", found), ("prepared", [pickle.loads(pickle.dumps(prepare(a))) for a in found])):
        with Corpus(tmp_path / f"{name}.db") as store:
            report = store.index(items)
            assert report.indexed == len(found)
            dumps.append(list(store.db.iterdump()))
    assert dumps[0] == dumps[1]
    assert any('INSERT INTO "facts"' in line for line in dumps[0])

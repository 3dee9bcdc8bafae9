"""Questions asked of a corpus: people, timelines, organizations, facts, aid, and what the exports read.

Every function takes an open connection and only reads; each answer names the
articles it rests on. Amounts are exact :class:`~decimal.Decimal` values.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterator
from decimal import Decimal
from typing import Any

from dnnd.corpus.records import AidTotal, FactRecord, OrganizationRecord, PersonRecord, SourceRef, TimelineEntry
from dnnd.corpus.search import fold
from dnnd.text.normalize import match_key

__all__ = [
    "aid_totals",
    "article_ids",
    "counts",
    "fact_totals",
    "facts",
    "facts_per_month",
    "linked_entities",
    "merged_places",
    "organizations",
    "people",
    "people_by_positions",
    "positions",
    "table_rows",
    "timeline",
]


def _decimal(value: Any) -> Decimal | None:
    """An exact amount from a NUMERIC column (an int, or the decimal text of a fraction)."""
    return None if value is None else Decimal(str(value))


def _sources(db: sqlite3.Connection, sql: str, *args: Any) -> tuple[SourceRef, ...]:
    return tuple(SourceRef(r[0], r[1]) for r in db.execute(sql, args))


def people(db: sqlite3.Connection, name: str | None = None) -> list[PersonRecord]:
    """People merged across articles, by name; ``name`` matches a part of it, with or without diacritics."""
    rows = db.execute("SELECT * FROM people ORDER BY name, provinces, id").fetchall()
    if name:
        want = fold(name)
        rows = [r for r in rows if want in fold(r["name"])]
    return [
        PersonRecord(
            id=r["id"],
            name=r["name"],
            provinces=tuple(r["provinces"].split("; ")) if r["provinces"] else (),
            first_seen=r["first_seen"],
            last_seen=r["last_seen"],
            article_count=r["article_count"],
            merge_note=r["merge_note"],
            sources=_sources(
                db,
                "SELECT DISTINCT article_id, url FROM person_articles WHERE person_id = ?"
                " ORDER BY date IS NULL, date, article_id",
                r["id"],
            ),
        )
        for r in rows
    ]


def timeline(db: sqlite3.Connection, person: str | PersonRecord) -> list[TimelineEntry]:
    """The positions of a person (a record, an id, or a name: every person of that name), by date, undated last."""
    if isinstance(person, PersonRecord):
        ids = [person.id]
    elif db.execute("SELECT 1 FROM people WHERE id = ?", (person,)).fetchone():
        ids = [person]
    else:
        ids = [p.id for p in people(db, person)]
    out: list[TimelineEntry] = []
    for pid in ids:
        out.extend(
            TimelineEntry(r["person_id"], r["person"], r["position"], r["date"], r["article_id"], r["url"])
            for r in db.execute(
                "SELECT pp.person_id, p.name AS person, pp.position, pp.date, pp.article_id, pp.url"
                " FROM person_positions pp JOIN people p ON p.id = pp.person_id WHERE pp.person_id = ?"
                " ORDER BY pp.date IS NULL, pp.date, pp.position, pp.article_id",
                (pid,),
            )
        )
    return out


def organizations(db: sqlite3.Connection) -> list[OrganizationRecord]:
    """Organizations merged across articles, by name."""
    return [
        OrganizationRecord(
            id=r["id"],
            name=r["name"],
            category=r["category"],
            aliases=tuple(json.loads(r["aliases"])),
            first_seen=r["first_seen"],
            last_seen=r["last_seen"],
            article_count=r["article_count"],
            sources=_sources(
                db,
                "SELECT DISTINCT article_id, url FROM organization_articles WHERE organization_id = ?"
                " ORDER BY date IS NULL, date, article_id",
                r["id"],
            ),
        )
        for r in db.execute("SELECT * FROM organizations ORDER BY name, id").fetchall()
    ]


def merged_places(db: sqlite3.Connection) -> list[dict[str, Any]]:
    """Places merged across articles, as dicts of their columns, by name."""
    return [dict(r) for r in db.execute("SELECT * FROM places ORDER BY name, id")]


def facts(
    db: sqlite3.Connection,
    kind: str | None = None,
    place: str | None = None,
    year: int | None = None,
    status: str | None = None,
) -> list[FactRecord]:
    """Facts, filtered by kind, status, place (any spelling :func:`match_key` equates) and year."""
    where: list[str] = []
    args: list[Any] = []
    for column, value in (("kind", kind), ("status", status), ("year", year)):
        if value is not None and value != "":
            where.append(f"f.{column} = ?")
            args.append(value)
    if place:
        where.append("f.place_key = ?")
        args.append(match_key(place))
    sql = (
        "SELECT f.*, a.url, a.text FROM facts f JOIN articles a ON a.id = f.article_id"
        + (" WHERE " + " AND ".join(where) if where else "")
        + " ORDER BY f.year IS NULL, f.year, f.article_id, f.position"
    )
    out = []
    for r in db.execute(sql, args).fetchall():
        roles = tuple(
            (x["role"], x["entity_name"] or x["value"])
            for x in db.execute("SELECT * FROM fact_roles WHERE fact_id = ? ORDER BY position", (r["id"],))
        )
        out.append(
            FactRecord(
                kind=r["kind"],
                code=r["code"],
                status=r["status"],
                year=r["year"],
                place=r["place"],
                amount=_decimal(r["amount_text"]),
                currency=r["currency"],
                roles=roles,
                article_id=r["article_id"],
                url=r["url"],
                evidence=" … ".join(r["text"][start:end].strip() for start, end in json.loads(r["spans"])),
                part_of=_decimal(r["part_of"]),
                counted=bool(r["counted"]),
            )
        )
    return out


def fact_totals(db: sqlite3.Connection, kind: str | None = None) -> list[AidTotal]:
    """Facts of ``kind`` (every kind if ``None``) counted and summed exactly per place, year, status and currency.

    Statuses are never added together, and a part of a total another fact
    counts is left out. The sums are made in Python with :class:`~decimal.Decimal`,
    so that fractions stay exact too.
    """
    where = "f.counted = 1" + (" AND f.kind = ?" if kind else "")
    groups: dict[tuple[Any, ...], dict[str, Any]] = {}
    for r in db.execute(
        "SELECT f.place_key, f.place, f.year, f.status, f.currency, f.amount_text, f.article_id, a.url"
        f" FROM facts f JOIN articles a ON a.id = f.article_id WHERE {where}"
        " ORDER BY f.place, f.year, f.status, f.currency, f.article_id",
        (kind,) if kind else (),
    ):
        key = (r["place_key"], r["year"], r["status"], r["currency"])
        group = groups.setdefault(key, {"place": r["place"], "total": Decimal(0), "facts": 0, "sources": {}})
        if r["amount_text"] is not None:
            group["total"] += Decimal(r["amount_text"])
        group["facts"] += 1
        group["sources"][r["article_id"]] = r["url"]
    out = [
        AidTotal(
            province=g["place"],
            year=year,
            status=status,
            currency=currency,
            total=g["total"],
            facts=g["facts"],
            sources=tuple(SourceRef(a, u) for a, u in sorted(g["sources"].items())),
        )
        for (_, year, status, currency), g in groups.items()
    ]
    return sorted(out, key=lambda t: (t.province or "", t.year or 0, t.status or "", t.currency or ""))


def aid_totals(db: sqlite3.Connection) -> list[AidTotal]:
    """Aid with an amount, summed per province, year, status and currency (what ``v_aid_by_province_year`` shows)."""
    return [t for t in fact_totals(db, "aid") if t.currency is not None]


def counts(db: sqlite3.Connection) -> dict[str, int]:
    """Rows per table: a quick health check."""
    tables = [
        r[0]
        for r in db.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name != 'meta'"
            " ORDER BY name"
        )
    ]
    return {t: db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}


def article_ids(db: sqlite3.Connection) -> Iterator[str]:
    """The ids of every stored article, in indexing order, read a page at a time (memory stays flat)."""
    last = 0
    while True:
        rows = db.execute("SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq LIMIT 500", (last,)).fetchall()
        if not rows:
            return
        last = rows[-1]["seq"]
        yield from (r["id"] for r in rows)


def table_rows(db: sqlite3.Connection, table: str) -> tuple[list[str], Iterator[tuple[Any, ...]]]:
    """A stored table's column names and rows, for an export (``table`` must be one of the layout's tables)."""
    known = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")}
    if table not in known:
        raise KeyError(table)
    cursor = db.execute(f'SELECT * FROM "{table}"')
    return [d[0] for d in cursor.description], (tuple(r) for r in cursor)


def linked_entities(db: sqlite3.Connection, article_id: str) -> list[tuple[str, str]]:
    """The merged people, organizations and places an article names, as ``(kind, merged id)``."""
    out: list[tuple[str, str]] = []
    for table, fk, kind in (
        ("person_articles", "person_id", "person"),
        ("organization_articles", "organization_id", "organization"),
        ("place_articles", "place_id", "place"),
    ):
        out.extend(
            (kind, r[0])
            for r in db.execute(f"SELECT DISTINCT {fk} FROM {table} WHERE article_id = ? ORDER BY 1", (article_id,))
        )
    return out


def positions(db: sqlite3.Connection, person_id: str) -> list[dict[str, Any]]:
    """A merged person's positions with, for each, the organizations its article names that the position contains."""
    out: list[dict[str, Any]] = []
    for pos in db.execute(
        "SELECT position, article_id, date FROM person_positions WHERE person_id = ?"
        " ORDER BY date IS NULL, date, position",
        (person_id,),
    ).fetchall():
        orgs = [
            o["organization_id"]
            for o in db.execute(
                "SELECT organization_id, name_as_written FROM organization_articles WHERE article_id = ?",
                (pos["article_id"],),
            )
            if o["name_as_written"] and o["name_as_written"] in pos["position"]
        ]
        out.append({"position": pos["position"], "article_id": pos["article_id"], "date": pos["date"], "orgs": orgs})
    return out


def facts_per_month(db: sqlite3.Connection) -> list[tuple[str, str, int]]:
    """Facts counted per month and kind: ``(YYYY-MM, kind, count)``; the fact's own date, else its article's."""
    return [
        (r[0], r[1], r[2])
        for r in db.execute(
            "SELECT substr(coalesce(f.date, a.published_date), 1, 7) AS month, f.kind, COUNT(*) FROM facts f"
            " JOIN articles a ON a.id = f.article_id WHERE coalesce(f.date, a.published_date) IS NOT NULL"
            " GROUP BY month, f.kind ORDER BY month, f.kind"
        )
    ]


def people_by_positions(db: sqlite3.Connection, limit: int = 20) -> list[tuple[str, str, int]]:
    """The people with the most distinct positions: ``(person id, name, positions)``, most first."""
    return [
        (r[0], r[1], r[2])
        for r in db.execute(
            "SELECT p.id, p.name, COUNT(DISTINCT pp.position) AS n FROM people p"
            " JOIN person_positions pp ON pp.person_id = p.id GROUP BY p.id ORDER BY n DESC, p.name, p.id LIMIT ?",
            (limit,),
        )
    ]

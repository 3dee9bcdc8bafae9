"""Articles to rows and back: the only module that knows the corpus's table layout.

An article is stored as rows (``articles``, ``blocks``, ``mentions``,
``entities``, ``money``, ``documents``, ``facts``, ``fact_roles``) for SQL and
datasette, and as its dnnd JSON (``articles.record``), from which
:func:`read_article` rebuilds it through :mod:`dnnd.serialize`. The merged
tables (``people``, ``organizations``, ``places`` and their links) are written
here from what :mod:`dnnd.corpus.merge` computes.

A fact's row carries what the corpus aggregates by: its status, its year (from
its date or period role, else the article's), its place, its exact amount, and
whether it is counted (a part of a total another fact counts is not).
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
from collections.abc import Iterable, Sequence
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import attrs

from dnnd.corpus.merge import Occurrence, PersonCluster, SimpleMerge
from dnnd.facts.schema import fact_kind
from dnnd.model import Article, Fact
from dnnd.serialize import from_dict, to_dict
from dnnd.text.normalize import match_key

__all__ = [
    "MERGED_KINDS",
    "Encoded",
    "Prepared",
    "Touched",
    "clean",
    "dirty_keys",
    "encode",
    "exact_number",
    "forget",
    "insert",
    "mark_dirty",
    "occurrences",
    "prepare",
    "read_article",
    "stored",
    "write_people",
    "write_simple",
]

#: Entity kinds merged across articles.
MERGED_KINDS = ("person", "organization", "place")
#: Merge keys an indexing batch touched, per kind.
Touched = dict[str, set[str]]

# The roles that carry a fact's status and, for a breakdown, the total it is part of (dnnd.facts.schema
# names them for every kind that has them).
_STATUS_ROLE = "status"
_PART_OF_ROLE = "part_of"
# SQLite integers are 64-bit; a larger whole number is stored as its decimal text.
_INT64 = 2**63


def exact_number(value: Decimal | None) -> int | str | None:
    """A sum for SQLite: an ``int`` when whole (summed exactly), else its exact decimal text."""
    if value is None:
        return None
    if value == value.to_integral_value() and abs(value) < _INT64:
        return int(value)
    return format(value, "f")


@attrs.frozen
class Encoded:
    """An article ready to store: its dnnd JSON as a dict and as text (without the derived ``text``), and a digest."""

    article: Article
    value: dict[str, Any] = attrs.field(eq=False, repr=False)
    record: str = attrs.field(repr=False)
    digest: str


def encode(article: Article) -> Encoded:
    """Unstructure the article once: the stored JSON, its digest, and the dicts its rows are cut from."""
    value = to_dict(article, extraction=True)
    value.pop("text", None)
    record = json.dumps(value, ensure_ascii=False)
    return Encoded(article, value, record, hashlib.sha256(record.encode("utf-8")).hexdigest()[:32])


def stored(db: sqlite3.Connection, article: Article | Prepared) -> list[sqlite3.Row]:
    """The stored articles ``article`` replaces: the one with its identity, and one with its id."""
    return db.execute(
        "SELECT id, identity, digest FROM articles WHERE identity = ? OR id = ?", (article.identity, article.id)
    ).fetchall()


def forget(db: sqlite3.Connection, article_id: str, touched: Touched) -> None:
    """Delete an article and everything that rests on it, noting the merge keys it touched."""
    for row in db.execute(
        "SELECT kind, merge_key FROM entities WHERE article_id = ? AND merge_key IS NOT NULL", (article_id,)
    ):
        touched[row["kind"]].add(row["merge_key"])
    db.execute("DELETE FROM articles WHERE id = ?", (article_id,))


def mark_dirty(db: sqlite3.Connection, touched: Touched) -> None:
    """Record the merge keys whose merged rows must be rebuilt."""
    db.executemany(
        "INSERT OR IGNORE INTO dirty_keys(kind, merge_key) VALUES (?, ?)",
        [(kind, key) for kind, keys in touched.items() for key in keys],
    )


def dirty_keys(db: sqlite3.Connection, limit: int) -> list[tuple[str, str]]:
    """Up to ``limit`` merge keys waiting to be rebuilt."""
    return [
        (r[0], r[1])
        for r in db.execute("SELECT kind, merge_key FROM dirty_keys ORDER BY kind, merge_key LIMIT ?", (limit,))
    ]


def clean(db: sqlite3.Connection, keys: Sequence[tuple[str, str]]) -> None:
    """Unmark rebuilt merge keys."""
    db.executemany("DELETE FROM dirty_keys WHERE kind = ? AND merge_key = ?", keys)


def _published_date(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _merge_key(entity: Any) -> str | None:
    if entity.kind in ("person", "place"):
        return match_key(entity.name) or None
    if entity.kind == "organization":
        return match_key(entity.canonical or entity.name) or None
    return None


@attrs.frozen
class Prepared:
    """An article's rows, built without the database: what is left to do is the inserts.

    :func:`prepare` builds it where the article is extracted (a worker process
    of ``dnnd index -j N``), so that the process writing the corpus only runs
    the inserts. Row tuples hold plain values (picklable); a fact's row and its
    roles' rows lack the fact's row id, which only the insert gives.
    """

    id: str
    identity: str
    digest: str
    article: tuple[Any, ...] = attrs.field(repr=False)
    search: tuple[str, str, str] = attrs.field(repr=False)
    blocks: list[tuple[Any, ...]] = attrs.field(repr=False)
    mentions: list[tuple[Any, ...]] = attrs.field(repr=False)
    entities: list[tuple[Any, ...]] = attrs.field(repr=False)
    money: list[tuple[Any, ...]] = attrs.field(repr=False)
    documents: list[tuple[Any, ...]] = attrs.field(repr=False)
    facts: list[tuple[tuple[Any, ...], list[tuple[Any, ...]]]] = attrs.field(repr=False)
    keys: list[tuple[str, str]] = attrs.field(repr=False)


def prepare(item: Article | Encoded) -> Prepared:
    """The rows of an article (encoded first if it is not yet), ready for :func:`insert`."""
    from dnnd.corpus.search import d_words, fold

    encoded = item if isinstance(item, Encoded) else encode(item)
    article = encoded.article
    day = _published_date(article.published)
    text = article.text
    article_row = (
        article.id,
        article.identity,
        article.url,
        article.title,
        article.lead,
        article.published.isoformat() if article.published else None,
        day,
        int(day[:4]) if day else None,
        article.outlet,
        article.site,
        json.dumps(list(article.authors), ensure_ascii=False),
        article.republished_from,
        article.language,
        article.parser,
        article.source,
        text,
        encoded.digest,
        encoded.record,
    )
    search = (fold(article.title or ""), fold(text), d_words(f"{article.title or ''} {text}"))
    offsets = {id(b): pos for pos, b in article.block_offsets()}
    block_rows = [
        (article.id, i, b.type, b.text, getattr(b, "level", None), getattr(b, "src", None), offsets.get(id(b)))
        for i, b in enumerate(article.blocks)
    ]
    mention_rows = [
        (
            article.id,
            i,
            m.kind,
            m.start,
            m.end,
            m.text,
            m.entity,
            json.dumps(encoded.value["mentions"][i]["attributes"], ensure_ascii=False),
        )
        for i, m in enumerate(article.mentions)
    ]
    entity_rows, money_rows, doc_rows = [], [], []
    keys: list[tuple[str, str]] = []
    by_id: dict[str, Any] = {}
    for i, entity in enumerate(article.entities):
        data = encoded.value["entities"][i]
        fields = {k: v for k, v in data.items() if k not in ("kind", "name", "id", "spans")}
        key = _merge_key(entity)
        if key:
            keys.append((entity.kind, key))
        entity_rows.append(
            (
                article.id,
                i,
                entity.id,
                entity.kind,
                entity.name,
                key,
                json.dumps(data["spans"]),
                json.dumps(fields, ensure_ascii=False),
            )
        )
        by_id.setdefault(entity.id, entity)
        if entity.kind == "money":
            money_rows.append(
                (
                    article.id,
                    entity.id,
                    entity.name,
                    fields["value"],
                    exact_number(entity.value),  # type: ignore[union-attr,arg-type]
                    fields["currency"],
                    fields["qualifier"],
                    fields["upper"],
                )
            )
        elif entity.kind == "document":
            doc_rows.append(
                (article.id, entity.id, entity.name, fields["type"], fields["number"], fields["date"], fields["issuer"])
            )
    # The totals the article's facts count: a breakdown of one of them is not counted again.
    amounts = [_aggregated(fact, by_id, day) for fact in article.facts]
    counted_totals = {a["amount_entity"] for a in amounts if a["amount_entity"] and not a["part_of_entity"]}
    facts = [
        _fact_rows(article.id, position, fact, agg, by_id, agg["part_of_entity"] not in counted_totals)
        for position, (fact, agg) in enumerate(zip(article.facts, amounts, strict=True))
    ]
    return Prepared(
        article.id,
        article.identity,
        encoded.digest,
        article_row,
        search,
        block_rows,
        mention_rows,
        entity_rows,
        money_rows,
        doc_rows,
        facts,
        keys,
    )


def insert(db: sqlite3.Connection, item: Prepared | Encoded, touched: Touched) -> None:
    """Write one article's rows, noting the merge keys its people, organizations and places touch."""
    rows = item if isinstance(item, Prepared) else prepare(item)
    cur = db.execute(
        "INSERT INTO articles(id, identity, url, title, lead, published, published_date, year, outlet, site, authors,"
        " republished_from, language, parser, source, text, digest, record)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows.article,
    )
    db.execute(
        "INSERT INTO articles_fts_ascii(rowid, title, text, d_words) VALUES (?, ?, ?, ?)",
        (cur.lastrowid, *rows.search),
    )
    db.executemany(
        "INSERT INTO blocks(article_id, position, type, text, level, src, char_start) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows.blocks,
    )
    db.executemany(
        "INSERT INTO mentions(article_id, position, kind, char_start, char_end, text, entity_id, attributes)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows.mentions,
    )
    for kind, key in rows.keys:
        touched[kind].add(key)
    db.executemany(
        "INSERT INTO entities(article_id, position, entity_id, kind, name, merge_key, spans, data)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows.entities,
    )
    db.executemany(
        "INSERT INTO money(article_id, entity_id, text, value, amount, currency, qualifier, upper)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
        rows.money,
    )
    db.executemany(
        "INSERT INTO documents(article_id, entity_id, name, type, number, date, issuer) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows.documents,
    )
    for fact_row, role_rows in rows.facts:
        cur = db.execute(
            "INSERT INTO facts(article_id, position, kind, code, status, spans, about_article, year, year_from, date,"
            " place, place_key, amount, amount_text, currency, part_of, counted)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            fact_row,
        )
        db.executemany(
            "INSERT INTO fact_roles(fact_id, position, role, entity_id, entity_kind, entity_name, value)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            [(cur.lastrowid, *role) for role in role_rows],
        )


def _aggregates(kind: str) -> tuple[tuple[str, ...], tuple[str, ...], tuple[str, ...]]:
    """The roles a fact of ``kind`` is aggregated by, as its schema says: place, amount and year roles, by preference.

    A kind nobody registered aggregates by the generic roles (``place``, ``amount``, ``date``/``period``).
    """
    aggregates = fact_kind(kind).aggregates
    return aggregates.place, aggregates.amount, aggregates.year


def _aggregated(fact: Fact, by_id: dict[str, Any], day: str | None) -> dict[str, Any]:
    """What the corpus aggregates a fact by, read from its roles as its kind's schema says."""
    place_roles, amount_roles, year_roles = _aggregates(fact.kind)
    out: dict[str, Any] = {
        "status": None,
        "year": int(day[:4]) if day else None,
        "year_from": "published" if day else None,
        "date": None,
        "place": None,
        "amount": None,
        "amount_entity": None,
        "currency": None,
        "part_of": None,
        "part_of_entity": None,
    }
    place_rank = year_rank = amount_rank = len(place_roles) + len(year_roles) + len(amount_roles) + 9
    for role in fact.roles:
        entity = by_id.get(role.entity) if role.entity else None
        if role.role == _STATUS_ROLE and role.value and out["status"] is None:
            out["status"] = role.value
        if entity is None:
            if role.role in place_roles and role.value and place_rank > place_roles.index(role.role):
                out["place"], place_rank = role.value, place_roles.index(role.role)  # a province named by value
            continue
        if role.role in year_roles and year_rank > year_roles.index(role.role):
            year = None
            if entity.kind == "date" and entity.value is not None:
                year = entity.value.year
                out["date"] = entity.value.isoformat()
            elif entity.kind == "term" and entity.start_year and entity.start_year == entity.end_year:
                year = entity.start_year  # "năm 2025"
            if year is not None:
                out["year"], out["year_from"], year_rank = year, role.role, year_roles.index(role.role)
        if entity.kind == "place":
            # A place role first, then a province any role names, then any place.
            rank = (
                place_roles.index(role.role)
                if role.role in place_roles
                else len(place_roles) + (0 if entity.level == "province" else 1)
            )
            if rank < place_rank:
                out["place"], place_rank = entity.name, rank
        elif entity.kind == "money":
            if role.role in amount_roles and amount_rank > amount_roles.index(role.role):
                out["amount"], out["currency"] = entity.value, entity.currency
                out["amount_entity"], amount_rank = entity.id, amount_roles.index(role.role)
            elif role.role == _PART_OF_ROLE:
                out["part_of"], out["part_of_entity"] = entity.value, entity.id
    return out


def _fact_rows(
    article_id: str,
    position: int,
    fact: Fact,
    agg: dict[str, Any],
    by_id: dict[str, Any],
    counted: bool,
) -> tuple[tuple[Any, ...], list[tuple[Any, ...]]]:
    """A fact's row and its roles' rows (without the fact's row id, given by the insert)."""
    place = agg["place"]
    fact_row = (
        article_id,
        position,
        fact.kind,
        fact.code,
        agg["status"],
        json.dumps([[s.start, s.end] for s in fact.spans]),
        fact.article,
        agg["year"],
        agg["year_from"],
        agg["date"],
        place,
        match_key(place) if place else None,
        exact_number(agg["amount"]),
        None if agg["amount"] is None else format(agg["amount"], "f"),
        agg["currency"],
        None if agg["part_of"] is None else format(agg["part_of"], "f"),
        int(counted),
    )
    role_rows = []
    for j, role in enumerate(fact.roles):
        entity = by_id.get(role.entity) if role.entity else None
        role_rows.append(
            (j, role.role, role.entity, entity.kind if entity else None, entity.name if entity else None, role.value)
        )
    return fact_row, role_rows


def read_article(db: sqlite3.Connection, article_id: str) -> Article:
    """One stored article, rebuilt from its JSON by :mod:`dnnd.serialize` (``KeyError`` if absent)."""
    row = db.execute("SELECT record FROM articles WHERE id = ?", (article_id,)).fetchone()
    if row is None:
        raise KeyError(article_id)
    return from_dict(json.loads(row[0]), Article)


# --------------------------------------------------------------------------- merged rows


def occurrences(db: sqlite3.Connection, kind: str, key: str) -> list[Occurrence]:
    """Every stored entity of ``kind`` under the merge key ``key``, with its article's date and URL."""
    return [
        Occurrence(r["article_id"], r["entity_id"], r["name"], r["date"], r["url"], json.loads(r["data"]))
        for r in db.execute(
            "SELECT e.article_id, e.entity_id, e.name, e.data, a.published_date AS date, a.url"
            " FROM entities e JOIN articles a ON a.id = e.article_id"
            " WHERE e.kind = ? AND e.merge_key = ? ORDER BY e.article_id, e.position",
            (kind, key),
        )
    ]


def write_people(db: sqlite3.Connection, key: str, clusters: Iterable[PersonCluster]) -> None:
    """Replace the people of the name key ``key`` by ``clusters``, with their articles and positions."""
    db.execute("DELETE FROM people WHERE name_key = ?", (key,))
    for c in clusters:
        db.execute(
            "INSERT INTO people(id, name, name_key, provinces, first_seen, last_seen, article_count, merge_note)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (c.id, c.name, key, "; ".join(c.provinces) or None, c.first_seen, c.last_seen, c.article_count, c.note),
        )
        db.executemany(
            "INSERT OR IGNORE INTO person_articles(person_id, article_id, entity_id, name_as_written, date, url)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(c.id, o.article_id, o.entity_id, o.name, o.date, o.url) for o, _ in c.occurrences],
        )
        db.executemany(
            "INSERT INTO person_positions(person_id, position, article_id, date, url) VALUES (?, ?, ?, ?, ?)",
            [(c.id, p, o.article_id, o.date, o.url) for o, positions in c.occurrences for p in positions],
        )


def write_simple(db: sqlite3.Connection, kind: str, key: str, merged: SimpleMerge | None) -> None:
    """Replace the organization or place of the merge key ``key`` by ``merged`` (or by nothing)."""
    table, link, fk = (
        ("organizations", "organization_articles", "organization_id")
        if kind == "organization"
        else ("places", "place_articles", "place_id")
    )
    db.execute(f"DELETE FROM {table} WHERE merge_key = ?", (key,))
    if merged is None:
        return
    common = (merged.id, merged.first_seen, merged.last_seen, merged.article_count, key, merged.name)
    f = merged.fields
    if kind == "organization":
        db.execute(
            "INSERT INTO organizations(id, first_seen, last_seen, article_count, merge_key, name, category, aliases)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (*common, f["category"], json.dumps(f["aliases"], ensure_ascii=False)),
        )
    else:
        db.execute(
            "INSERT INTO places(id, first_seen, last_seen, article_count, merge_key, name, level, code, country,"
            " current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (*common, f["level"], f["code"], f["country"], f["current"]),
        )
    db.executemany(
        f"INSERT OR IGNORE INTO {link}({fk}, article_id, entity_id, name_as_written, date, url)"
        " VALUES (?, ?, ?, ?, ?, ?)",
        [(merged.id, o.article_id, o.entity_id, o.name, o.date, o.url) for o in merged.occurrences],
    )

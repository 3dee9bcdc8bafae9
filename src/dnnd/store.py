"""The SQLite corpus: articles, their entities and facts, merged across articles.

>>> corpus = Corpus(":memory:")
>>> corpus.index([])
IndexReport(indexed=0, unchanged=0)

:class:`Corpus` stores each article with its blocks, mentions, entities and
facts, and merges people, organizations and places across articles: the same
person named in several articles is one ``people`` row with a timeline of
positions, each dated (the article's publication date) and sourced (the
article's id and URL). The layout is meant to be read directly, e.g. with
``datasette dnnd.db``; see ``store_schema.sql`` for the tables and views.

Merging people: mentions share a person when their names have the same
:func:`~dnnd.text.normalize.match_key`, unless their positions name different
provinces ("Chủ tịch UBND tỉnh Lai Châu" and "Chủ tịch UBND tỉnh Lào Cai"):
those are kept apart, and ``people.merge_note`` says why. Derived rows are
rebuilt for the keys each batch touches, from everything stored, so the result
does not depend on the order articles are indexed in.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import re
import sqlite3
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime
from decimal import Decimal
from importlib.resources import files
from os import PathLike
from typing import Any

import attrs

from dnnd.model import Article, Fact
from dnnd.serialize import from_dict, to_dict, to_json
from dnnd.text.normalize import ascii_key, match_key

__all__ = [
    "AidTotal",
    "Corpus",
    "FactRecord",
    "IndexReport",
    "OrganizationRecord",
    "PersonRecord",
    "SearchHit",
    "SourceRef",
    "TimelineEntry",
    "decimal_str",
    "fold",
    "provinces_in",
    "record_dict",
]

#: Bumped when the layout changes incompatibly.
SCHEMA_VERSION = "1"
#: Articles per transaction.
DEFAULT_BATCH = 200


# --------------------------------------------------------------------------- records returned by queries


@attrs.frozen
class SourceRef:
    """Where an answer comes from: an article's id and URL."""

    article_id: str
    url: str | None = None


@attrs.frozen
class IndexReport:
    """What :meth:`Corpus.index` did: articles written, articles already stored unchanged."""

    indexed: int = 0
    unchanged: int = 0


@attrs.frozen
class PersonRecord:
    """A person merged across articles."""

    id: str
    name: str
    provinces: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    article_count: int
    merge_note: str | None
    sources: tuple[SourceRef, ...] = ()


@attrs.frozen
class TimelineEntry:
    """One position a person held, as one article reports it on its date."""

    person_id: str
    person: str
    position: str
    date: str | None
    article_id: str
    url: str | None


@attrs.frozen
class OrganizationRecord:
    """An organization merged across articles by the key of its canonical name."""

    id: str
    name: str
    category: str | None
    aliases: tuple[str, ...]
    first_seen: str | None
    last_seen: str | None
    article_count: int
    sources: tuple[SourceRef, ...] = ()


@attrs.frozen
class FactRecord:
    """A fact with its roles (``(role, entity name or value)``), place, year and amount.

    ``evidence`` is the article text the fact rests on (its spans, joined by " … ").
    """

    kind: str
    code: str | None
    year: int | None
    place: str | None
    amount: float | None
    currency: str | None
    roles: tuple[tuple[str, str | None], ...]
    article_id: str
    url: str | None
    evidence: str = ""


@attrs.frozen
class SearchHit:
    """An article found by :meth:`Corpus.search`; lower ``score`` is better (bm25)."""

    article_id: str
    title: str | None
    published: str | None
    url: str | None
    score: float
    snippet: str


@attrs.frozen
class AidTotal:
    """Aid summed per province, year and currency, with the articles it comes from."""

    province: str | None
    year: int | None
    currency: str | None
    total: float
    facts: int
    sources: tuple[SourceRef, ...] = ()


def record_dict(record: Any) -> dict[str, Any]:
    """A query record as a JSON-ready dict (sources as ``{article_id, url}`` objects)."""
    return attrs.asdict(record, recurse=True)


# --------------------------------------------------------------------------- text helpers


def fold(text: str) -> str:
    """``text`` folded for diacritic-free search: :func:`ascii_key` word by word.

    Folding word by word keeps :func:`ascii_key`'s cache small (words repeat,
    whole articles do not), so indexing a large corpus keeps memory flat.
    """
    return " ".join(ascii_key(w) for w in text.split())


_UNIT = re.compile(r"(?i)(?<![\w])(?:tỉnh|thành phố|tp\.?)\s+")
_STOP = {"và", "của", "cho", "với", "tại", "nhiệm", "khóa", "khoá"}


def provinces_in(position: str) -> list[str]:
    """The provinces or cities a position names after *tỉnh*, *thành phố* or *TP*, as written.

    >>> provinces_in("Chủ tịch UBND tỉnh Lai Châu")
    ['Lai Châu']
    >>> provinces_in("Phó Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh")
    []
    """
    out = []
    for match in _UNIT.finditer(position):
        words = []
        for word in position[match.end() :].split():
            word = word.strip(",;:()")
            if not word or not (word[0].isupper() or word[0].isdigit()) or word.lower() in _STOP:
                break
            words.append(word)
            if len(words) == 3:  # no province name is longer; stop before a following name
                break
        if words:
            out.append(" ".join(words))
    return out


def _digest(article: Article) -> str:
    return hashlib.sha256(to_json(article, extraction=True).encode("utf-8")).hexdigest()[:32]


def _stable_id(prefix: str, *parts: str) -> str:
    return prefix + "_" + hashlib.sha1("\x1f".join(parts).encode("utf-8")).hexdigest()[:12]


def _published_date(value: datetime | date | None) -> str | None:
    if value is None:
        return None
    return (value.date() if isinstance(value, datetime) else value).isoformat()


def _commonest(values: Iterable[str | None]) -> str | None:
    """The most frequent non-empty value; ties go to the smallest, so the choice is order-free."""
    counts = Counter(v for v in values if v)
    if not counts:
        return None
    return min(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0]


def _fts_query(query: str, folder: Any) -> str:
    """An FTS5 query: every word must occur; a quoted part must occur as a phrase."""
    parts = []
    for i, chunk in enumerate(query.split('"')):
        words = [folder(w) for w in re.findall(r"\w+", chunk)]
        words = [w for w in words if w]
        if not words:
            continue
        if i % 2:  # inside quotes
            parts.append('"' + " ".join(words) + '"')
        else:
            parts.extend(f'"{w}"' for w in words)
    return " ".join(parts)


def _snippet(text: str, query: str, width: int = 12) -> str:
    """The original words around the query's best place in ``text``.

    Best is where the query's words follow one another as typed (with their
    diacritics when it has them, else folded), else the first word of it.
    """
    words = text.split()
    exact = ascii_key(query) != match_key(query)
    key = match_key if exact else fold
    wanted = [key(w) for w in re.findall(r"\w+", query)]
    keys = [key(w.strip(".,;:!?()\"'“”")) for w in words]
    n = len(wanted)
    at = next((i for i in range(len(keys) - n + 1) if keys[i : i + n] == wanted), None)
    if at is None:
        at = next((i for i, k in enumerate(keys) if k in wanted), 0)
    lo = max(0, at - width // 2)
    cut = words[lo : lo + width]
    return ("… " if lo else "") + " ".join(cut) + (" …" if lo + width < len(words) else "")


# --------------------------------------------------------------------------- the corpus


def _schema() -> str:
    return files("dnnd").joinpath("store_schema.sql").read_text(encoding="utf-8")


class Corpus:
    """A SQLite corpus of articles: ``Corpus(path)``, then :meth:`index` and the queries.

    The database is opened in WAL mode with foreign keys on; ``path`` may be
    ``":memory:"``. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(self, path: str | PathLike[str], *, batch_size: int = DEFAULT_BATCH) -> None:
        self.path = str(path)
        self.batch_size = batch_size
        # isolation_level=None: we open and close transactions ourselves, one per batch.
        self.db = sqlite3.connect(self.path, isolation_level=None)
        self.db.row_factory = sqlite3.Row
        self.db.execute("PRAGMA foreign_keys = ON")
        self.db.execute("PRAGMA journal_mode = WAL")
        self.db.execute("PRAGMA synchronous = NORMAL")
        self.db.executescript(_schema())
        self.db.execute(
            "INSERT OR IGNORE INTO meta(key, value) VALUES ('schema_version', ?), ('generator', 'dnnd')",
            (SCHEMA_VERSION,),
        )

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------------- writing

    def index(self, articles: Iterable[Article], *, batch_size: int | None = None) -> IndexReport:
        """Store ``articles`` (any iterable, consumed lazily), one transaction per batch.

        An article already stored under the same id is replaced; one stored
        unchanged is skipped. If anything raises, the current batch is rolled
        back and earlier batches stay: the database is consistent and indexing
        the same input again finishes the job.
        """
        size = batch_size or self.batch_size
        indexed = unchanged = 0
        batch: list[Article] = []
        try:
            for article in articles:
                batch.append(article)
                if len(batch) >= size:
                    n, u = self._index_batch(batch)
                    indexed, unchanged, batch = indexed + n, unchanged + u, []
            if batch:
                n, u = self._index_batch(batch)
                indexed, unchanged = indexed + n, unchanged + u
        except BaseException:
            # Merge what the committed batches brought, but never hide the error that stopped the run.
            with contextlib.suppress(Exception):
                self.refresh()
            raise
        self.refresh()
        return IndexReport(indexed, unchanged)

    def _index_batch(self, batch: Sequence[Article]) -> tuple[int, int]:
        touched: dict[str, set[str]] = {"person": set(), "organization": set(), "place": set()}
        indexed = unchanged = 0
        self.db.execute("BEGIN IMMEDIATE")
        try:
            for article in batch:
                digest = _digest(article)
                row = self.db.execute("SELECT digest FROM articles WHERE id = ?", (article.id,)).fetchone()
                if row is not None and row["digest"] == digest:
                    unchanged += 1
                    continue
                if row is not None:
                    self._forget(article.id, touched)
                self._insert(article, digest, touched)
                indexed += 1
            # Mark, do not rebuild: a name or province in every batch would make rebuilding per batch quadratic.
            self.db.executemany(
                "INSERT OR IGNORE INTO dirty_keys(kind, merge_key) VALUES (?, ?)",
                [(kind, key) for kind, keys in touched.items() for key in keys],
            )
            self.db.execute("COMMIT")
        except BaseException:
            self.db.execute("ROLLBACK")
            raise
        return indexed, unchanged

    def _forget(self, article_id: str, touched: dict[str, set[str]]) -> None:
        for row in self.db.execute(
            "SELECT kind, merge_key FROM entities WHERE article_id = ? AND merge_key IS NOT NULL", (article_id,)
        ):
            touched[row["kind"]].add(row["merge_key"])
        self.db.execute("DELETE FROM articles WHERE id = ?", (article_id,))

    def _insert(self, article: Article, digest: str, touched: dict[str, set[str]]) -> None:
        db = self.db
        day = _published_date(article.published)
        text = article.text
        cur = db.execute(
            "INSERT INTO articles(id, url, title, lead, published, published_date, year, outlet, site, authors,"
            " republished_from, language, parser, source, text, digest)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
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
                digest,
            ),
        )
        db.execute(
            "INSERT INTO articles_fts_ascii(rowid, title, text) VALUES (?, ?, ?)",
            (cur.lastrowid, fold(article.title or ""), fold(text)),
        )
        offsets = {id(b): pos for pos, b in article.block_offsets()}
        db.executemany(
            "INSERT INTO blocks(article_id, position, type, text, level, src, char_start) VALUES (?, ?, ?, ?, ?, ?, ?)",
            [
                (article.id, i, b.type, b.text, getattr(b, "level", None), getattr(b, "src", None), offsets.get(id(b)))
                for i, b in enumerate(article.blocks)
            ],
        )
        db.executemany(
            "INSERT INTO mentions(article_id, position, kind, char_start, char_end, text, entity_id, attributes)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    article.id,
                    i,
                    m.kind,
                    m.start,
                    m.end,
                    m.text,
                    m.entity,
                    json.dumps(to_dict(m)["attributes"], ensure_ascii=False),
                )
                for i, m in enumerate(article.mentions)
            ],
        )
        entity_rows, money_rows, doc_rows = [], [], []
        by_id: dict[str, Any] = {}
        for i, entity in enumerate(article.entities):
            data = to_dict(entity)
            fields = {k: v for k, v in data.items() if k not in ("kind", "name", "id", "spans")}
            key = None
            if entity.kind == "person" or entity.kind == "place":
                key = match_key(entity.name)
            elif entity.kind == "organization":
                key = match_key(getattr(entity, "canonical", None) or entity.name)
            if key:
                touched[entity.kind].add(key)
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
                        float(fields["value"]),
                        fields["currency"],
                        fields["qualifier"],
                        fields["upper"],
                    )
                )
            elif entity.kind == "document":
                doc_rows.append(
                    (
                        article.id,
                        entity.id,
                        entity.name,
                        fields["type"],
                        fields["number"],
                        fields["date"],
                        fields["issuer"],
                    )
                )
        db.executemany(
            "INSERT INTO entities(article_id, position, entity_id, kind, name, merge_key, spans, data)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            entity_rows,
        )
        db.executemany("INSERT INTO money VALUES (?, ?, ?, ?, ?, ?, ?, ?)", money_rows)
        db.executemany(
            "INSERT INTO documents(article_id, entity_id, name, type, number, date, issuer)"
            " VALUES (?, ?, ?, ?, ?, ?, ?)",
            doc_rows,
        )
        for i, fact in enumerate(article.facts):
            self._insert_fact(article, i, fact, by_id, day)

    def _insert_fact(self, article: Article, position: int, fact: Fact, by_id: dict[str, Any], day: str | None) -> None:
        year = int(day[:4]) if day else None
        place = amount = currency = None
        place_rank = 9
        dated = False
        for role in fact.roles:
            entity = by_id.get(role.entity) if role.entity else None
            if entity is None:
                if role.role == "place" and role.value and place_rank > 0:
                    place, place_rank = role.value, 0  # the province named by value (not in the body)
                continue
            if entity.kind == "date" and entity.value is not None and not dated:
                year, dated = entity.value.year, True  # the date the fact happened beats the publication date
            elif entity.kind == "term" and entity.start_year and entity.start_year == entity.end_year and not dated:
                year, dated = entity.start_year, True  # "năm 2025"
            elif entity.kind == "place":
                # The role named place first, then a province, then any place.
                rank = 0 if role.role == "place" else 1 if entity.level == "province" else 2
                if rank < place_rank:
                    place, place_rank = entity.name, rank
            elif entity.kind == "money" and (amount is None or role.role == "amount"):
                amount, currency = float(entity.value), entity.currency
        cur = self.db.execute(
            "INSERT INTO facts(article_id, position, kind, code, spans, about_article, year, place, place_key,"
            " amount, currency) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                article.id,
                position,
                fact.kind,
                fact.code,
                json.dumps([[s.start, s.end] for s in fact.spans]),
                fact.article,
                year,
                place,
                match_key(place) if place else None,
                amount,
                currency,
            ),
        )
        rows = []
        for j, role in enumerate(fact.roles):
            entity = by_id.get(role.entity) if role.entity else None
            rows.append(
                (
                    cur.lastrowid,
                    j,
                    role.role,
                    role.entity,
                    entity.kind if entity else None,
                    entity.name if entity else None,
                    role.value,
                )
            )
        self.db.executemany("INSERT INTO fact_roles VALUES (?, ?, ?, ?, ?, ?, ?)", rows)

    # ----------------------------------------------------------------------- merging

    def refresh(self, chunk: int = 500) -> None:
        """Rebuild the merged people, organizations and places whose articles changed.

        :meth:`index` calls it when it is done (and queries call it first), so
        it only has work to do after a run was interrupted. Each chunk of keys
        is rebuilt in its own transaction; a key stays marked until rebuilt.
        """
        while True:
            self.db.execute("BEGIN IMMEDIATE")
            try:
                keys = self.db.execute(
                    "SELECT kind, merge_key FROM dirty_keys ORDER BY kind, merge_key LIMIT ?", (chunk,)
                ).fetchall()
                for kind, key in keys:
                    if kind == "person":
                        self._rebuild_person(key)
                    else:
                        self._rebuild_simple(kind, key)
                self.db.executemany("DELETE FROM dirty_keys WHERE kind = ? AND merge_key = ?", keys)
                self.db.execute("COMMIT")
            except BaseException:
                self.db.execute("ROLLBACK")
                raise
            if len(keys) < chunk:
                return

    def _occurrences(self, kind: str, key: str) -> list[sqlite3.Row]:
        return self.db.execute(
            "SELECT e.article_id, e.entity_id, e.name, e.data, a.published_date AS date, a.url"
            " FROM entities e JOIN articles a ON a.id = e.article_id"
            " WHERE e.kind = ? AND e.merge_key = ? ORDER BY e.article_id, e.position",
            (kind, key),
        ).fetchall()

    def _rebuild_person(self, key: str) -> None:
        db = self.db
        db.execute("DELETE FROM people WHERE name_key = ?", (key,))
        rows = self._occurrences("person", key)
        if not rows:
            return
        # Each occurrence: its positions and the provinces they name (by key, with spellings).
        occ = []
        spelling: dict[str, list[str]] = defaultdict(list)
        for row in rows:
            positions = list(dict.fromkeys(json.loads(row["data"]).get("positions", [])))
            provinces = set()
            for pos in positions:
                for name in provinces_in(pos):
                    spelling[match_key(name)].append(name)
                    provinces.add(match_key(name))
            occ.append((row, positions, provinces))
        # Occurrences whose provinces overlap are one person (union-find over provinces).
        parent: dict[str, str] = {}

        def find(p: str) -> str:
            while parent.setdefault(p, p) != p:
                p = parent[p]
            return p

        for _, _, provs in occ:
            first, *rest = sorted(provs) or [""]
            for p in rest:
                parent[find(p)] = find(first)
        groups: dict[str, list[Any]] = defaultdict(list)
        unplaced = []
        for item in occ:
            if item[2]:
                groups[find(min(item[2]))].append(item)
            else:
                unplaced.append(item)
        clusters = list(groups.values())
        display = _commonest(r["name"] for r in rows) or key

        def names(provs: set[str]) -> list[str]:
            return sorted(_commonest(spelling[p]) or p for p in provs)

        notes: list[str | None] = []
        all_provs = [set().union(*(i[2] for i in c)) for c in clusters]
        ranges = []
        for c in clusters:
            dated = [i[0]["date"] for i in c if i[0]["date"]]
            ranges.append((min(dated), max(dated)) if dated else None)
        for n, provs in enumerate(all_provs):
            note = None
            if len(clusters) > 1:
                others = sorted({p for m, q in enumerate(all_provs) if m != n for p in names(q)})
                mine = ranges[n]
                # Same name, different provinces, in office at overlapping dates: surely two people.
                overlap = mine is not None and any(
                    r is not None and r[0] <= mine[1] and mine[0] <= r[1] for m, r in enumerate(ranges) if m != n
                )
                note = (
                    f"kept apart from {len(clusters) - 1} other {display!r}: positions here name "
                    f"{', '.join(names(provs))}, elsewhere {', '.join(others)}"
                    + (" at overlapping dates" if overlap else "")
                )
            notes.append(note)
        if unplaced:
            if len(clusters) == 1:
                clusters[0].extend(unplaced)
                notes[0] = (
                    f"{len(unplaced)} mention(s) whose positions name no province merged in: "
                    "the only person of this name in the corpus"
                )
            elif clusters:
                told = ", ".join(sorted(p for q in all_provs for p in names(q)))
                notes.append(
                    f"not merged: positions name no province, and {len(clusters)} people of this name "
                    f"are told apart by province ({told})"
                )
                clusters.append(unplaced)
                all_provs.append(set())
            else:
                clusters.append(unplaced)
                all_provs.append(set())
                notes.append(None)
        for cluster, provs, note in zip(clusters, all_provs, notes, strict=True):
            pid = _stable_id("person", key, *sorted(provs))
            dates = sorted(i[0]["date"] for i in cluster if i[0]["date"])
            db.execute(
                "INSERT INTO people(id, name, name_key, provinces, first_seen, last_seen, article_count, merge_note)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    pid,
                    _commonest(i[0]["name"] for i in cluster) or display,
                    key,
                    "; ".join(names(provs)) or None,
                    dates[0] if dates else None,
                    dates[-1] if dates else None,
                    len({i[0]["article_id"] for i in cluster}),
                    note,
                ),
            )
            db.executemany(
                "INSERT OR IGNORE INTO person_articles VALUES (?, ?, ?, ?, ?, ?)",
                [(pid, r["article_id"], r["entity_id"], r["name"], r["date"], r["url"]) for r, _, _ in cluster],
            )
            db.executemany(
                "INSERT INTO person_positions VALUES (?, ?, ?, ?, ?)",
                [(pid, p, r["article_id"], r["date"], r["url"]) for r, positions, _ in cluster for p in positions],
            )

    def _rebuild_simple(self, kind: str, key: str) -> None:
        table, link, fk = (
            ("organizations", "organization_articles", "organization_id")
            if kind == "organization"
            else ("places", "place_articles", "place_id")
        )
        self.db.execute(f"DELETE FROM {table} WHERE merge_key = ?", (key,))
        rows = self._occurrences(kind, key)
        if not rows:
            return
        oid = _stable_id(kind[:3] if kind == "organization" else kind, key)
        data = [json.loads(r["data"]) for r in rows]
        dates = sorted(r["date"] for r in rows if r["date"])
        common = (
            oid,
            dates[0] if dates else None,
            dates[-1] if dates else None,
            len({r["article_id"] for r in rows}),
            key,
        )
        if kind == "organization":
            name = _commonest(d.get("canonical") for d in data) or _commonest(r["name"] for r in rows) or key
            aliases = sorted(({r["name"] for r in rows} | {a for d in data for a in d.get("aliases", [])}) - {name})
            self.db.execute(
                "INSERT INTO organizations(id, first_seen, last_seen, article_count, merge_key, name, category,"
                " aliases) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                (*common, name, _commonest(d.get("category") for d in data), json.dumps(aliases, ensure_ascii=False)),
            )
        else:
            self.db.execute(
                "INSERT INTO places(id, first_seen, last_seen, article_count, merge_key, name, level, code, country,"
                " current) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    *common,
                    _commonest(r["name"] for r in rows) or key,
                    _commonest(d.get("level") for d in data),
                    _commonest(d.get("code") for d in data),
                    _commonest(d.get("country") for d in data),
                    _commonest(d.get("current") for d in data),
                ),
            )
        self.db.executemany(
            f"INSERT OR IGNORE INTO {link}({fk}, article_id, entity_id, name_as_written, date, url)"
            " VALUES (?, ?, ?, ?, ?, ?)",
            [(oid, r["article_id"], r["entity_id"], r["name"], r["date"], r["url"]) for r in rows],
        )

    # ----------------------------------------------------------------------- queries

    def _sources(self, sql: str, *args: Any) -> tuple[SourceRef, ...]:
        return tuple(SourceRef(r[0], r[1]) for r in self.db.execute(sql, args))

    def people(self, name: str | None = None) -> list[PersonRecord]:
        """People merged across articles, by name; ``name`` matches a part of it, with or without diacritics."""
        self.refresh()
        rows = self.db.execute("SELECT * FROM people ORDER BY name, provinces, id").fetchall()
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
                sources=self._sources(
                    "SELECT DISTINCT article_id, url FROM person_articles WHERE person_id = ?"
                    " ORDER BY date IS NULL, date, article_id",
                    r["id"],
                ),
            )
            for r in rows
        ]

    def timeline(self, person: str | PersonRecord) -> list[TimelineEntry]:
        """The positions of a person (a :class:`PersonRecord`, an id, or a name: every person of that name).

        Ordered by date (undated last), then position.
        """
        self.refresh()
        if isinstance(person, PersonRecord):
            ids = [person.id]
        elif self.db.execute("SELECT 1 FROM people WHERE id = ?", (person,)).fetchone():
            ids = [person]
        else:
            ids = [p.id for p in self.people(person)]
        out: list[TimelineEntry] = []
        for pid in ids:
            out.extend(
                TimelineEntry(r["person_id"], r["person"], r["position"], r["date"], r["article_id"], r["url"])
                for r in self.db.execute(
                    "SELECT pp.person_id, p.name AS person, pp.position, pp.date, pp.article_id, pp.url"
                    " FROM person_positions pp JOIN people p ON p.id = pp.person_id WHERE pp.person_id = ?"
                    " ORDER BY pp.date IS NULL, pp.date, pp.position, pp.article_id",
                    (pid,),
                )
            )
        return out

    def organizations(self) -> list[OrganizationRecord]:
        """Organizations merged across articles, by name."""
        self.refresh()
        return [
            OrganizationRecord(
                id=r["id"],
                name=r["name"],
                category=r["category"],
                aliases=tuple(json.loads(r["aliases"])),
                first_seen=r["first_seen"],
                last_seen=r["last_seen"],
                article_count=r["article_count"],
                sources=self._sources(
                    "SELECT DISTINCT article_id, url FROM organization_articles WHERE organization_id = ?"
                    " ORDER BY date IS NULL, date, article_id",
                    r["id"],
                ),
            )
            for r in self.db.execute("SELECT * FROM organizations ORDER BY name, id")
        ]

    def facts(self, kind: str | None = None, place: str | None = None, year: int | None = None) -> list[FactRecord]:
        """Facts, filtered by kind, place (any spelling :func:`match_key` equates) and year."""
        where: list[str] = []
        args: list[Any] = []
        if kind:
            where.append("f.kind = ?")
            args.append(kind)
        if place:
            where.append("f.place_key = ?")
            args.append(match_key(place))
        if year is not None:
            where.append("f.year = ?")
            args.append(year)
        sql = (
            "SELECT f.*, a.url, a.text FROM facts f JOIN articles a ON a.id = f.article_id"
            + (" WHERE " + " AND ".join(where) if where else "")
            + " ORDER BY f.year IS NULL, f.year, f.article_id, f.position"
        )
        out = []
        for r in self.db.execute(sql, args).fetchall():
            roles = tuple(
                (x["role"], x["entity_name"] or x["value"])
                for x in self.db.execute("SELECT * FROM fact_roles WHERE fact_id = ? ORDER BY position", (r["id"],))
            )
            out.append(
                FactRecord(
                    r["kind"],
                    r["code"],
                    r["year"],
                    r["place"],
                    r["amount"],
                    r["currency"],
                    roles,
                    r["article_id"],
                    r["url"],
                    " … ".join(r["text"][start:end].strip() for start, end in json.loads(r["spans"])),
                )
            )
        return out

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching every word of ``query``, typed with or without diacritics, best first.

        A part in double quotes must occur as a phrase. A query typed without
        diacritics (``ket nghia``) matches any spelling; a query typed with them
        (``kết nghĩa``) matches those words exactly. Ranked by bm25.
        """
        exact_q = _fts_query(query, lambda w: w)
        ascii_q = _fts_query(query, ascii_key)
        if not ascii_q:
            return []
        exact = {r[0] for r in self.db.execute("SELECT rowid FROM articles_fts WHERE articles_fts MATCH ?", (exact_q,))}
        rows = self.db.execute(
            "SELECT rowid AS seq, bm25(articles_fts_ascii, 5.0, 1.0) AS score FROM articles_fts_ascii"
            " WHERE articles_fts_ascii MATCH ?",
            (ascii_q,),
        ).fetchall()
        if ascii_key(query) != match_key(query):
            # A query typed with diacritics means them: "Vân Nam" must not find "văn ... nam".
            rows = [r for r in rows if r["seq"] in exact]
        ranked = sorted(rows, key=lambda r: (r["seq"] not in exact, r["score"], r["seq"]))[:limit]
        hits = []
        for r in ranked:
            a = self.db.execute(
                "SELECT id, title, published, url, text FROM articles WHERE seq = ?", (r["seq"],)
            ).fetchone()
            hits.append(
                SearchHit(a["id"], a["title"], a["published"], a["url"], r["score"], _snippet(a["text"], query))
            )
        return hits

    def aid_by_province_year(self) -> list[AidTotal]:
        """Aid facts summed per province, year and currency (from ``v_aid_by_province_year``)."""
        out = []
        for r in self.db.execute("SELECT * FROM v_aid_by_province_year").fetchall():
            ids = sorted(set((r["article_ids"] or "").split(",")) - {""})
            urls = {
                a: u
                for a, u in self.db.execute(
                    f"SELECT id, url FROM articles WHERE id IN ({','.join('?' * len(ids))})", ids
                )
            }
            out.append(
                AidTotal(
                    r["province"],
                    r["year"],
                    r["currency"],
                    r["total"],
                    r["facts"],
                    tuple(SourceRef(a, urls.get(a)) for a in ids),
                )
            )
        return out

    # ----------------------------------------------------------------------- reading back

    def counts(self) -> dict[str, int]:
        """Rows per table: a quick health check."""
        tables = [
            r[0]
            for r in self.db.execute(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE '%fts%' AND name != 'meta'"
                " ORDER BY name"
            )
        ]
        return {t: self.db.execute(f"SELECT COUNT(*) FROM {t}").fetchone()[0] for t in tables}

    def article_ids(self) -> list[str]:
        """The ids of every stored article, in indexing order."""
        return [r[0] for r in self.db.execute("SELECT id FROM articles ORDER BY seq")]

    def article(self, article_id: str) -> Article:
        """One stored article, rebuilt with its mentions, entities and facts (``KeyError`` if absent)."""
        db = self.db
        row = db.execute("SELECT * FROM articles WHERE id = ?", (article_id,)).fetchone()
        if row is None:
            raise KeyError(article_id)
        blocks = []
        for b in db.execute("SELECT * FROM blocks WHERE article_id = ? ORDER BY position", (article_id,)):
            if b["type"] == "figure":
                blocks.append({"type": "figure", "src": b["src"], "caption": b["text"]})
            elif b["type"] == "heading":
                blocks.append({"type": "heading", "text": b["text"], "level": b["level"]})
            else:
                blocks.append({"type": b["type"], "text": b["text"]})
        mentions = [
            {
                "kind": m["kind"],
                "start": m["char_start"],
                "end": m["char_end"],
                "text": m["text"],
                "entity": m["entity_id"],
                "attributes": json.loads(m["attributes"]),
            }
            for m in db.execute("SELECT * FROM mentions WHERE article_id = ? ORDER BY position", (article_id,))
        ]
        entities = [
            {
                "kind": e["kind"],
                "name": e["name"],
                "id": e["entity_id"],
                "spans": json.loads(e["spans"]),
                **json.loads(e["data"]),
            }
            for e in db.execute("SELECT * FROM entities WHERE article_id = ? ORDER BY position", (article_id,))
        ]
        facts = []
        for f in db.execute("SELECT * FROM facts WHERE article_id = ? ORDER BY position", (article_id,)).fetchall():
            roles = [
                {"role": x["role"], "entity": x["entity_id"], "value": x["value"]}
                for x in db.execute("SELECT * FROM fact_roles WHERE fact_id = ? ORDER BY position", (f["id"],))
            ]
            facts.append(
                {
                    "kind": f["kind"],
                    "roles": roles,
                    "code": f["code"],
                    "spans": json.loads(f["spans"]),
                    "article": f["about_article"],
                }
            )
        value = {
            "id": row["id"],
            "source": row["source"],
            "parser": row["parser"],
            "title": row["title"],
            "lead": row["lead"],
            "published": row["published"],
            "url": row["url"],
            "outlet": row["outlet"],
            "site": row["site"],
            "authors": json.loads(row["authors"]),
            "republished_from": row["republished_from"],
            "language": row["language"],
            "blocks": blocks,
            "mentions": mentions,
            "entities": entities,
            "facts": facts,
        }
        return from_dict(value, Article)

    def articles(self) -> Iterator[Article]:
        """Every stored article, rebuilt, in indexing order (one at a time: memory stays flat)."""
        last = 0
        while True:
            row = self.db.execute("SELECT seq, id FROM articles WHERE seq > ? ORDER BY seq LIMIT 1", (last,)).fetchone()
            if row is None:
                return
            last = row["seq"]
            yield self.article(row["id"])


def decimal_str(value: Decimal | float | None) -> str | None:
    """A sum for display: no exponent, no trailing ``.0``."""
    if value is None:
        return None
    d = Decimal(str(value))
    return f"{d:f}".rstrip("0").rstrip(".") if "." in f"{d:f}" else f"{d:f}"

"""The SQLite corpus: articles, their entities and facts, merged across articles.

>>> corpus = Corpus(":memory:")
>>> corpus.index([])
IndexReport(indexed=0, unchanged=0)

:class:`Corpus` stores each article with its blocks, mentions, entities and
facts, and merges people, organizations and places across articles: the same
person named in several articles is one ``people`` row with a timeline of
positions, each dated (the article's publication date) and sourced (the
article's id and URL). The layout is meant to be read directly, e.g. with
``datasette dnnd.db`` or ``dnnd serve``; ``schema.sql`` documents the tables
and views.

A page is stored once: its identity is its URL, else its source (the path as
given on the command line), else its id (see :attr:`dnnd.Article.identity`).
Indexing a page again replaces its article, entities and facts; an unchanged
page is skipped. Derived rows are rebuilt for the merge keys each batch
touches, from everything stored, so the result does not depend on the order
articles are indexed in.

The package is split by job: :mod:`~dnnd.corpus.database` opens the file,
:mod:`~dnnd.corpus.rows` turns articles into rows and back,
:mod:`~dnnd.corpus.merge` clusters people, organizations and places (pure),
:mod:`~dnnd.corpus.queries` and :mod:`~dnnd.corpus.search` answer questions.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from decimal import Decimal
from os import PathLike

from dnnd.corpus import queries, rows
from dnnd.corpus.database import (
    DEFAULT_TIMEOUT,
    CorpusError,
    CorpusLockedError,
    connect,
    locked_as_error,
)
from dnnd.corpus.merge import cluster_people, merge_simple, provinces_in
from dnnd.corpus.records import (
    AidTotal,
    FactRecord,
    IndexReport,
    OrganizationRecord,
    PersonRecord,
    SearchHit,
    SourceRef,
    TimelineEntry,
    record_dict,
)
from dnnd.corpus.search import fold
from dnnd.corpus.search import search as _search
from dnnd.model import Article

__all__ = [
    "DEFAULT_BATCH",
    "AidTotal",
    "Corpus",
    "CorpusError",
    "CorpusLockedError",
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

#: Articles per transaction.
DEFAULT_BATCH = 200


class Corpus:
    """A SQLite corpus of articles: ``Corpus(path)``, then :meth:`index` and the queries.

    Opened for writing, the database is created if missing, in WAL mode with
    foreign keys on; ``path`` may be ``":memory:"``. ``readonly=True`` opens an
    existing corpus strictly for reading (SQLite ``mode=ro``): nothing in the
    file changes. ``timeout`` is how many seconds to wait for another writer
    before a :class:`CorpusLockedError`. A file that is not a dnnd corpus raises
    :class:`CorpusError`. Use it as a context manager, or call :meth:`close`.
    """

    def __init__(
        self,
        path: str | PathLike[str],
        *,
        batch_size: int = DEFAULT_BATCH,
        readonly: bool = False,
        timeout: float = DEFAULT_TIMEOUT,
    ) -> None:
        self.path = str(path)
        self.batch_size = batch_size
        self.readonly = readonly
        self.timeout = timeout
        #: The open connection; rows come back as :class:`sqlite3.Row`.
        self.db: sqlite3.Connection = connect(self.path, readonly=readonly, timeout=timeout)

    def close(self) -> None:
        """Close the database."""
        self.db.close()

    def __enter__(self) -> Corpus:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ----------------------------------------------------------------------- writing

    def index(self, articles: Iterable[Article | rows.Prepared], *, batch_size: int | None = None) -> IndexReport:
        """Store ``articles`` (any iterable, consumed lazily), one transaction per batch.

        An article whose page (:attr:`~dnnd.Article.identity`) or id is already
        stored replaces it; one stored unchanged is skipped. If anything raises,
        the current batch is rolled back and earlier batches stay: the database
        is consistent and indexing the same input again finishes the job.
        An item may also be an article's rows already built by
        :func:`dnnd.corpus.rows.prepare` (in a worker process).
        """
        if self.readonly:
            raise CorpusError("is open for reading only; open it without readonly=True to index", source=self.path)
        size = batch_size or self.batch_size
        indexed = unchanged = 0
        batch: list[Article | rows.Prepared] = []
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

    def _index_batch(self, batch: Sequence[Article | rows.Prepared]) -> tuple[int, int]:
        touched: rows.Touched = {kind: set() for kind in rows.MERGED_KINDS}
        indexed = unchanged = 0
        # Rows built before the lock, to keep it short (already built by the workers of `dnnd index -j N`).
        prepared = [item if isinstance(item, rows.Prepared) else rows.prepare(item) for item in batch]
        with locked_as_error(self.path, self.timeout):
            self.db.execute("BEGIN IMMEDIATE")
        try:
            for item in prepared:
                old = rows.stored(self.db, item)
                if [(r["id"], r["identity"], r["digest"]) for r in old] == [(item.id, item.identity, item.digest)]:
                    unchanged += 1
                    continue
                for row in old:
                    rows.forget(self.db, row["id"], touched)
                rows.insert(self.db, item, touched)
                indexed += 1
            # Mark, do not rebuild: a name or province in every batch would make rebuilding per batch quadratic.
            rows.mark_dirty(self.db, touched)
            self.db.execute("COMMIT")
        except BaseException:
            if self.db.in_transaction:  # a signal may land after COMMIT: never hide it behind a failed ROLLBACK
                self.db.execute("ROLLBACK")
            raise
        return indexed, unchanged

    def refresh(self, chunk: int = 500) -> None:
        """Rebuild the merged people, organizations and places whose articles changed.

        :meth:`index` calls it when it is done (and queries call it first), so
        it only has work to do after a run was interrupted. Each chunk of keys
        is rebuilt in its own transaction; a key stays marked until rebuilt. A
        corpus open for reading is left as it is.
        """
        if self.readonly:
            return
        while True:
            with locked_as_error(self.path, self.timeout):
                self.db.execute("BEGIN IMMEDIATE")
            try:
                keys = rows.dirty_keys(self.db, chunk)
                for kind, key in keys:
                    found = rows.occurrences(self.db, kind, key)
                    if kind == "person":
                        rows.write_people(self.db, key, cluster_people(key, found))
                    else:
                        rows.write_simple(self.db, kind, key, merge_simple(kind, key, found))
                rows.clean(self.db, keys)
                self.db.execute("COMMIT")
            except BaseException:
                if self.db.in_transaction:
                    self.db.execute("ROLLBACK")
                raise
            if len(keys) < chunk:
                return

    def stale(self) -> int:
        """How many merge keys wait to be rebuilt after an interrupted run (read-only answers go without them)."""
        return int(self.db.execute("SELECT COUNT(*) FROM dirty_keys").fetchone()[0])

    # ----------------------------------------------------------------------- queries

    def people(self, name: str | None = None) -> list[PersonRecord]:
        """People merged across articles, by name; ``name`` matches a part of it, with or without diacritics."""
        self.refresh()
        return queries.people(self.db, name)

    def timeline(self, person: str | PersonRecord) -> list[TimelineEntry]:
        """The positions of a person (a :class:`PersonRecord`, an id, or a name: every person of that name).

        Ordered by date (undated last), then position.
        """
        self.refresh()
        return queries.timeline(self.db, person)

    def organizations(self) -> list[OrganizationRecord]:
        """Organizations merged across articles, by name."""
        self.refresh()
        return queries.organizations(self.db)

    def facts(
        self, kind: str | None = None, place: str | None = None, year: int | None = None, status: str | None = None
    ) -> list[FactRecord]:
        """Facts, filtered by kind, place (any spelling ``match_key`` equates), year and status."""
        return queries.facts(self.db, kind=kind, place=place, year=year, status=status)

    def search(self, query: str, limit: int = 20) -> list[SearchHit]:
        """Articles matching every word of ``query``, typed with or without diacritics, best first.

        A part in double quotes must occur as a phrase. A query typed without
        diacritics (``ket nghia``) matches any spelling; a query typed with them
        (``kết nghĩa``) matches those words exactly. Ranked by bm25. Only the
        first :data:`~dnnd.corpus.search.MAX_QUERY_WORDS` distinct words count.
        """
        return _search(self.db, query, limit)

    def aid_by_province_year(self) -> list[AidTotal]:
        """Aid summed exactly per province, year, status and currency, with the articles it comes from.

        Statuses are separate rows (a commitment is never added to a gift), and
        a breakdown of a total another fact counts is left out.
        """
        return queries.aid_totals(self.db)

    def totals(self, kind: str | None = None) -> list[AidTotal]:
        """Facts of any ``kind`` (a plugin's own included) counted and summed per place, year, status, currency."""
        return queries.fact_totals(self.db, kind)

    # ----------------------------------------------------------------------- reading back

    def counts(self) -> dict[str, int]:
        """Rows per table: a quick health check."""
        return queries.counts(self.db)

    def article_ids(self) -> list[str]:
        """The ids of every stored article, in indexing order."""
        return list(queries.article_ids(self.db))

    def article(self, article_id: str) -> Article:
        """One stored article, rebuilt with its mentions, entities and facts (``KeyError`` if absent)."""
        return rows.read_article(self.db, article_id)

    def articles(self) -> Iterator[Article]:
        """Every stored article, rebuilt, in indexing order (one at a time: memory stays flat)."""
        for article_id in queries.article_ids(self.db):
            yield rows.read_article(self.db, article_id)


def decimal_str(value: Decimal | float | None) -> str | None:
    """A sum for display: exact, no exponent, no trailing zeros after the point.

    >>> from decimal import Decimal
    >>> from dnnd.corpus import decimal_str
    >>> decimal_str(Decimal("537000000000"))
    '537000000000'
    >>> decimal_str(Decimal("1.50"))
    '1.5'
    """
    if value is None:
        return None
    text = f"{Decimal(str(value)):f}"
    return text.rstrip("0").rstrip(".") if "." in text else text

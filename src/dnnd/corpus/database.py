"""Opening a corpus file: for writing (creating it if need be) or strictly for reading.

A corpus opened for reading is opened with SQLite's ``mode=ro``: nothing is
written to it, its journal mode is left alone and no table is added, so
querying someone else's file (or one on a read-only disk) never changes it.
Either way a file that is not a dnnd corpus is refused with a
:class:`CorpusError`, and a file another writer holds locked is waited for
(SQLite's busy timeout), then refused with a :class:`CorpusLockedError`.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from importlib.resources import files
from pathlib import Path
from typing import TypeVar
from urllib.parse import quote

from dnnd.errors import DnndError

__all__ = [
    "DEFAULT_TIMEOUT",
    "GENERATOR",
    "SCHEMA_VERSION",
    "CorpusError",
    "CorpusLockedError",
    "connect",
    "locked_as_error",
    "schema_sql",
]

#: The corpus layout's version, in the ``meta`` table; bumped when the layout changes incompatibly.
SCHEMA_VERSION = "2"
#: What the ``meta`` table's ``generator`` row says in a dnnd corpus.
GENERATOR = "dnnd"
#: Seconds to wait for another writer to release the corpus before giving up.
DEFAULT_TIMEOUT = 30.0

T = TypeVar("T")


class CorpusError(DnndError):
    """The corpus file cannot be used: missing, not a dnnd corpus, from another layout version."""


class CorpusLockedError(CorpusError):
    """Another process held the corpus locked for longer than the busy timeout."""


def schema_sql() -> str:
    """The corpus layout: ``schema.sql``, shipped with the package."""
    return files("dnnd.corpus").joinpath("schema.sql").read_text(encoding="utf-8")


def _is_locked(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "locked" in text or "busy" in text


@contextlib.contextmanager
def locked_as_error(path: str, timeout: float) -> Iterator[None]:
    """Turn SQLite's "database is locked" (after the busy timeout) into a one-line :class:`CorpusLockedError`."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        if _is_locked(exc):
            raise CorpusLockedError(
                f"another program is writing to this corpus (waited {timeout:g} s); "
                "wait for it to finish, or raise the wait, and run again",
                source=path,
            ) from None
        raise


def _retry(path: str, timeout: float, step: Callable[[], T]) -> T:
    with locked_as_error(path, timeout):
        return step()


def _check_dnnd(db: sqlite3.Connection, path: str, *, raise_open_errors: bool = False) -> str | None:
    """The corpus's layout version, ``None`` for an empty file; a :class:`CorpusError` if it is not a corpus."""
    try:
        tables = {r[0] for r in db.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    except sqlite3.DatabaseError as exc:
        if isinstance(exc, sqlite3.OperationalError) and (
            _is_locked(exc) or (raise_open_errors and _cannot_share(exc))
        ):
            raise
        raise CorpusError(f"is not an SQLite file ({exc}); give the path of a dnnd corpus", source=path) from None
    if not tables:
        return None
    meta = dict(db.execute("SELECT key, value FROM meta").fetchall()) if "meta" in tables else {}
    if meta.get("generator") != GENERATOR:
        raise CorpusError(
            "is an SQLite database but not a dnnd corpus; give another --db (dnnd never writes into it)",
            source=path,
        )
    return meta.get("schema_version")


def _check_version(version: str | None, path: str) -> None:
    if version is not None and version != SCHEMA_VERSION:
        raise CorpusError(
            f"is a dnnd corpus of layout {version}; this dnnd reads layout {SCHEMA_VERSION}: "
            "index the pages again into a new file",
            source=path,
        )


def connect(path: str, *, readonly: bool = False, timeout: float = DEFAULT_TIMEOUT) -> sqlite3.Connection:
    """Open the corpus at ``path`` (``":memory:"`` for one in memory).

    For writing, the file is created if missing and set to WAL mode with the
    layout created; for reading (``readonly=True``) it must exist and is opened
    with ``mode=ro``. Raises :class:`CorpusError` for a file that is missing (when
    reading), is not SQLite, is another program's database or has another layout.
    """
    memory = path == ":memory:"
    if readonly and not memory:
        if not Path(path).is_file():
            raise CorpusError("no such corpus; build one with `dnnd index PAGES --db FILE`", source=path)
        try:
            return _open_readonly(path, timeout, immutable=False)
        except sqlite3.OperationalError as exc:
            if not _cannot_share(exc):
                raise
        # A WAL corpus in a folder we cannot write (a read-only disk, another user's folder): SQLite cannot
        # make the shared-memory file readers need, but nobody can be writing there either: read it as is.
        return _open_readonly(path, timeout, immutable=True)
    else:
        try:
            db = sqlite3.connect(path, timeout=timeout, isolation_level=None)
        except sqlite3.OperationalError as exc:
            raise CorpusError(f"cannot be opened ({exc}); check the path and its folder", source=path) from None
    try:
        db.row_factory = sqlite3.Row
        version = _retry(path, timeout, lambda: _check_dnnd(db, path))
        _check_version(version, path)
        db.execute("PRAGMA foreign_keys = ON")
        if version is None:
            _retry(path, timeout, lambda: _create(db))
        elif not memory:
            _retry(path, timeout, lambda: db.execute("PRAGMA journal_mode = WAL"))
        db.execute("PRAGMA synchronous = NORMAL")
        return db
    except BaseException:
        db.close()
        raise


def _cannot_share(exc: sqlite3.OperationalError) -> bool:
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _open_readonly(path: str, timeout: float, *, immutable: bool) -> sqlite3.Connection:
    uri = "file:" + quote(str(Path(path).resolve())) + "?mode=ro" + ("&immutable=1" if immutable else "")
    db = sqlite3.connect(uri, uri=True, timeout=timeout, isolation_level=None)
    try:
        db.row_factory = sqlite3.Row
        # SQLite reads the file lazily: the first query is where a WAL file in a read-only folder fails.
        version = _retry(path, timeout, lambda: _check_dnnd(db, path, raise_open_errors=True))
        if version is None:
            raise CorpusError("is empty, not a dnnd corpus; build one with `dnnd index`", source=path)
        _check_version(version, path)
        db.execute("PRAGMA query_only = ON")
        return db
    except BaseException:
        db.close()
        raise


def _create(db: sqlite3.Connection) -> None:
    db.execute("PRAGMA journal_mode = WAL")
    # One transaction: the layout and the meta rows that mark the file as a corpus appear together.
    meta = (
        "INSERT OR IGNORE INTO meta(key, value)"
        f" VALUES ('schema_version', '{SCHEMA_VERSION}'), ('generator', '{GENERATOR}');"
    )
    db.executescript("BEGIN IMMEDIATE;\n" + schema_sql() + "\n" + meta + "\nCOMMIT;")

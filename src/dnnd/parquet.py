"""Articles as Parquet: one typed row per article, a hive-style dataset by outlet and month.

The layout (documented in ``docs/scale.rst``) is one row per article with its
fields as typed columns, and its blocks, mentions, entities and facts as
*nested lists of structs* in the same row. Nested lists rather than separate
tables, because every reader we aim at queries them in place (DuckDB
``UNNEST``, Spark ``explode``, pandas/pyarrow lists of dicts), an article stays
one row that a partition holds whole, and no join key has to be kept in step
across files. A dataset is partitioned hive-style as
``outlet_key=<slug>/month=<YYYY-MM>/part-….parquet``: ASCII slugs, because
Spark, DuckDB and pyarrow do not agree on how to escape Vietnamese letters in
a directory name.

Rows are made from the one JSON shape (:func:`dnnd.to_dict`) and read back
through it (:func:`dnnd.from_dict`), so Parquet holds what JSON holds, typed:
decimals as ``decimal128(38, 10)``, dates as ``date32``, moments as UTC
timestamps shown at ``+07:00``.

pyarrow is imported only here, and this module only when asked for
(``pip install 'dnnd[scale]'``): ``import dnnd`` does not load it.
"""

from __future__ import annotations

import itertools
import json
import os
import re
import shutil
import uuid
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from dnnd.errors import DnndError
from dnnd.model import ENTITY_TYPES, SCHEMA_VERSION, Article
from dnnd.serialize import from_dict, to_dict
from dnnd.text.normalize import ascii_key

if TYPE_CHECKING:
    import pyarrow as pa
    import pyarrow.compute as pc

    from dnnd.corpus import Corpus, records

__all__ = [
    "BATCH_SIZE",
    "DECIMAL_SCALE",
    "ENTITY_COLUMNS",
    "LAYOUT_VERSION",
    "PARTITIONS",
    "ParquetError",
    "article_row",
    "ingest_parquet",
    "month_of",
    "outlet_key",
    "parquet_files",
    "publish",
    "read_parquet",
    "row_article",
    "schema",
    "staging",
    "table",
    "write_parquet",
    "write_partition",
]

#: The Parquet layout's version, in every file's metadata (``dnnd.layout``); bumped on an incompatible change.
LAYOUT_VERSION = 1
#: The hive partition columns, in directory order. They live in the directory names, not in the files.
PARTITIONS = ("outlet_key", "month")
#: Articles per file a writer makes at most: what it holds in memory at once.
BATCH_SIZE = 5000
#: Digits after the point that a decimal column keeps; a value with more is refused, never rounded.
DECIMAL_SCALE = 10
_PRECISION = 38
#: Vietnam has kept UTC+7 since 1975: moments are shown at that fixed offset.
_VIETNAM = timezone(timedelta(hours=7))

#: Entity columns that hold a kind's field under another name: a date entity's ``value`` is a date, and a
#: money's a decimal, so they cannot share one typed column.
_RENAMED = {("date", "value"): "date"}


class ParquetError(DnndError):
    """A Parquet dataset that dnnd cannot write or read (an existing output, a foreign layout, a bad value)."""


def _import_pyarrow() -> Any:
    try:
        import pyarrow
    except ImportError:
        raise ParquetError("Parquet needs pyarrow: pip install 'dnnd[scale]'") from None
    return pyarrow


def outlet_key(article: Article) -> str | None:
    """The ``outlet_key`` partition: an ASCII slug of the outlet, else of the URL's host, else ``None``.

    >>> from dnnd.parquet import outlet_key
    >>> outlet_key(Article(outlet="Báo Lào Cai"))
    'bao-lao-cai'
    >>> outlet_key(Article(url="https://www.thoidai.com.vn/a-b.html"))
    'thoidai-com-vn'
    """
    name = article.outlet
    if not name and article.url:
        host = article.url.split("://", 1)[-1].split("/", 1)[0].split("@")[-1].split(":")[0].lower()
        name = host.removeprefix("www.")
    if not name:
        return None
    return re.sub(r"[^a-z0-9]+", "-", ascii_key(name)).strip("-") or None


def month_of(article: Article) -> str | None:
    """The ``month`` partition: ``YYYY-MM`` of the publication day (as the page gives it), or ``None``."""
    day = _published_day(article.published)
    return None if day is None else f"{day.year:04d}-{day.month:02d}"


def _published_day(value: datetime | date | None) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    return value


def schema() -> pa.Schema:
    """The Arrow schema of the files (without the partition columns), with dnnd's metadata."""
    pa = _import_pyarrow()
    text, span = pa.string(), pa.struct([("start", pa.int32()), ("end", pa.int32())])
    number = pa.decimal128(_PRECISION, DECIMAL_SCALE)
    columns = {
        "string": text,
        "strings": pa.list_(text),
        "spans": pa.list_(span),
        "decimal": number,
        "date": pa.date32(),
        "int": pa.int32(),
    }
    entity = pa.struct(
        [("kind", text), ("id", text), ("name", text), ("spans", pa.list_(span))]
        + [(name, columns[kind]) for name, kind in ENTITY_COLUMNS.items()]
    )
    block = pa.struct([("type", text), ("text", text), ("level", pa.int8()), ("src", text)])
    mention = pa.struct(
        [
            ("kind", text),
            ("start", pa.int32()),
            ("end", pa.int32()),
            ("text", text),
            ("entity", text),
            ("attributes", text),
            ("types", pa.map_(text, text)),
        ]
    )
    role = pa.struct([("role", text), ("entity", text), ("value", text)])
    fact = pa.struct(
        [("kind", text), ("code", text), ("roles", pa.list_(role)), ("spans", pa.list_(span)), ("article", text)]
    )
    fields = [
        ("id", text),
        ("source", text),
        ("parser", text),
        ("title", text),
        ("lead", text),
        ("published", pa.timestamp("us", tz="+07:00")),
        ("published_date", pa.date32()),
        ("url", text),
        ("outlet", text),
        ("site", text),
        ("authors", pa.list_(text)),
        ("republished_from", text),
        ("language", text),
        ("text", text),
        ("blocks", pa.list_(block)),
        ("mentions", pa.list_(mention)),
        ("entities", pa.list_(entity)),
        ("facts", pa.list_(fact)),
    ]
    metadata = {"dnnd.layout": str(LAYOUT_VERSION), "dnnd.schema": str(SCHEMA_VERSION)}
    return pa.schema(fields, metadata=metadata)


#: Every entity column after ``kind``, ``id``, ``name`` and ``spans``, with its type: the union of the
#: kinds' own fields (a column a kind does not have is null in its rows). See docs/scale.rst.
ENTITY_COLUMNS: dict[str, str] = {
    "positions": "strings",  # person
    "honorific": "string",
    "canonical": "string",  # organization
    "category": "string",
    "aliases": "strings",
    "level": "string",  # place
    "code": "string",
    "country": "string",
    "current": "string",
    "value": "decimal",  # money, quantity
    "currency": "string",
    "qualifier": "string",
    "upper": "decimal",
    "unit": "string",
    "date": "date",  # date (its value), document
    "part": "string",
    "start_year": "int",  # term
    "end_year": "int",
    "ordinal": "int",
    "type": "string",  # document
    "number": "string",
    "issuer": "string",
}
_ENTITY_BASE = ("kind", "id", "name", "spans")


def _entity_fields(kind: str) -> list[tuple[str, str]]:
    """(JSON key, column) for each field of an entity kind beyond the base four."""
    cls = ENTITY_TYPES[kind]
    return [(f.name, _RENAMED.get((kind, f.name), f.name)) for f in attrs.fields(cls) if f.name not in _ENTITY_BASE]


# --------------------------------------------------------------------------- article → row


def _decimal(value: str | None, where: str) -> Decimal | None:
    if value is None:
        return None
    number = Decimal(value)
    exponent = number.as_tuple().exponent
    if not isinstance(exponent, int) or -exponent > DECIMAL_SCALE or number.adjusted() >= _PRECISION - DECIMAL_SCALE:
        raise ParquetError(
            f"{where} is {value}, which a decimal({_PRECISION}, {DECIMAL_SCALE}) column cannot hold exactly; "
            "write this article as JSON instead"
        )
    return number


def _span(value: list[int]) -> dict[str, int]:
    return {"start": value[0], "end": value[1]}


def _entity_row(entity: dict[str, Any], where: str) -> dict[str, Any]:
    kind = entity["kind"]
    if kind not in ENTITY_TYPES:
        raise ParquetError(f"{where} has an entity of kind {kind!r}, which the Parquet layout does not know")
    row: dict[str, Any] = {"kind": kind, "id": entity["id"], "name": entity["name"]}
    row["spans"] = [_span(s) for s in entity["spans"]]
    for key, column in _entity_fields(kind):
        value = entity.get(key)
        kind_of_column = ENTITY_COLUMNS[column]
        if value is not None and kind_of_column == "decimal":
            value = _decimal(value, f"{where} {kind} {entity['id']} {key}")
        elif value is not None and kind_of_column == "date":
            value = date.fromisoformat(value)
        row[column] = value
    return row


def article_row(article: Article) -> dict[str, Any]:
    """The Parquet row of ``article``: its JSON shape, typed, plus its partition keys."""
    shape = to_dict(article, extraction=True)
    where = f"article {article.id} ({article.identity})"
    published = article.published
    row: dict[str, Any] = {key: shape[key] for key in ("id", "source", "parser", "title", "lead", "url")}
    row["published"] = published if isinstance(published, datetime) else None
    row["published_date"] = _published_day(published)
    for key in ("outlet", "site", "authors", "republished_from", "language", "text"):
        row[key] = shape[key]
    row["blocks"] = [
        {
            "type": b["type"],
            "text": b.get("caption") if b["type"] == "figure" else b.get("text"),
            "level": b.get("level"),
            "src": b.get("src"),
        }
        for b in shape["blocks"]
    ]
    row["mentions"] = [
        {
            **{k: m[k] for k in ("kind", "start", "end", "text", "entity")},
            "attributes": json.dumps(m["attributes"], ensure_ascii=False, sort_keys=True),
            "types": list(m["types"].items()),
        }
        for m in shape["mentions"]
    ]
    row["entities"] = [_entity_row(e, where) for e in shape["entities"]]
    row["facts"] = [
        {
            "kind": f["kind"],
            "code": f["code"],
            "roles": f["roles"],
            "spans": [_span(s) for s in f["spans"]],
            "article": f["article"],
        }
        for f in shape["facts"]
    ]
    row["outlet_key"] = outlet_key(article)
    row["month"] = month_of(article)
    return row


def table(articles: Iterable[Article]) -> pa.Table:
    """The articles as one Arrow table: the file columns of :func:`schema`, then the partition columns."""
    pa = _import_pyarrow()
    full = schema()
    for name in PARTITIONS:
        full = full.append(pa.field(name, pa.string()))
    return pa.Table.from_pylist([article_row(a) for a in articles], schema=full)


# --------------------------------------------------------------------------- row → article


def _number(value: Decimal | None) -> str | None:
    """A decimal column's value in the JSON shape, without the column's trailing zeros (1.5, not 1.5000000000)."""
    if value is None:
        return None
    text = format(value.normalize(), "f")
    return "0" if text in ("-0", "0") else text


def _entity_shape(row: dict[str, Any]) -> dict[str, Any]:
    kind = row["kind"]
    shape: dict[str, Any] = {"kind": kind, "id": row["id"], "name": row["name"]}
    shape["spans"] = [[s["start"], s["end"]] for s in row["spans"] or ()]
    for key, column in _entity_fields(kind):
        value = row.get(column)
        kind_of_column = ENTITY_COLUMNS[column]
        if kind_of_column == "decimal":
            value = _number(value)
        elif kind_of_column == "date" and value is not None:
            value = value.isoformat()
        elif kind_of_column == "strings":
            value = list(value or ())
        shape[key] = value
    return shape


def _block_shape(row: dict[str, Any]) -> dict[str, Any]:
    if row["type"] == "figure":
        return {"type": "figure", "src": row["src"], "caption": row["text"] or ""}
    if row["type"] == "heading":
        return {"type": "heading", "text": row["text"], "level": row["level"]}
    return {"type": row["type"], "text": row["text"]}


def row_article(row: dict[str, Any]) -> Article:
    """The :class:`~dnnd.Article` a Parquet row holds, read through the JSON shape (:func:`dnnd.from_dict`)."""
    published = row.get("published")
    if published is not None:
        moment = published.astimezone(_VIETNAM).isoformat()
    elif row.get("published_date") is not None:
        moment = row["published_date"].isoformat()
    else:
        moment = None
    shape: dict[str, Any] = {"schema": SCHEMA_VERSION}
    for key in ("id", "source", "parser", "title", "lead", "url", "outlet", "site", "republished_from", "language"):
        shape[key] = row.get(key)
    shape["published"] = moment
    shape["authors"] = list(row.get("authors") or ())
    shape["blocks"] = [_block_shape(b) for b in row.get("blocks") or ()]
    shape["mentions"] = [
        {
            **{k: m[k] for k in ("kind", "start", "end", "text", "entity")},
            "attributes": json.loads(m["attributes"] or "{}"),
            "types": dict(m["types"] or ()),
        }
        for m in row.get("mentions") or ()
    ]
    shape["entities"] = [_entity_shape(e) for e in row.get("entities") or ()]
    shape["facts"] = [
        {
            "kind": f["kind"],
            "code": f["code"],
            "roles": list(f["roles"] or ()),
            "spans": [[s["start"], s["end"]] for s in f["spans"] or ()],
            "article": f["article"],
        }
        for f in row.get("facts") or ()
    ]
    return from_dict(shape, Article)


# --------------------------------------------------------------------------- datasets


def _partitioning() -> Any:
    pa = _import_pyarrow()
    import pyarrow.dataset as ds

    return ds.partitioning(pa.schema([(name, pa.string()) for name in PARTITIONS]), flavor="hive")


def write_partition(
    articles: Iterable[Article], root: str | os.PathLike[str], index: int, *, batch_size: int = BATCH_SIZE
) -> int:
    """Write ``articles`` under the dataset folder ``root``, in files named ``part-<index>-<batch>-<n>.parquet``.

    One call per partition of a distributed run (each with its own ``index``,
    so that no two calls write the same file; a retried call overwrites its
    own). Articles are written ``batch_size`` at a time, so memory holds one
    batch, not the partition. Returns the number of rows.
    """
    _import_pyarrow()
    import pyarrow.dataset as ds

    rows, iterator = 0, iter(articles)
    for number in itertools.count():
        batch = list(itertools.islice(iterator, batch_size))
        if not batch:
            break
        data = table(batch)
        ds.write_dataset(
            data,
            os.fspath(root),
            format="parquet",
            partitioning=_partitioning(),
            basename_template=f"part-{index:05d}-{number:04d}-{{i}}.parquet",
            existing_data_behavior="overwrite_or_ignore",
            create_dir=True,
        )
        rows += data.num_rows
    return rows


def staging(path: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """A fresh, empty folder beside ``path`` to write a dataset into before :func:`publish` moves it there.

    Raises :class:`ParquetError` when ``path`` exists and ``overwrite`` is false.
    """
    target = Path(path)
    if target.exists() and not overwrite:
        raise ParquetError("exists; choose another folder or pass overwrite=True", source=str(path))
    if target.exists() and not target.is_dir():
        raise ParquetError("exists and is not a folder; choose another path", source=str(path))
    target.parent.mkdir(parents=True, exist_ok=True)
    tmp = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.part"
    tmp.mkdir()
    return tmp


def publish(tmp: Path, path: str | os.PathLike[str]) -> None:
    """Move the finished dataset ``tmp`` to ``path``, replacing what was there: a reader never sees half of one."""
    target = Path(path)
    if target.exists():
        old = target.parent / f".{target.name}.{uuid.uuid4().hex[:8]}.old"
        target.rename(old)
        tmp.rename(target)
        shutil.rmtree(old, ignore_errors=True)
    else:
        tmp.rename(target)


def write_parquet(articles: Iterable[Article], path: str | os.PathLike[str], *, overwrite: bool = False) -> int:
    """Write ``articles`` as a Parquet dataset in the folder ``path`` (in this process); return the row count.

    The folder appears only once it is complete. For many articles over many
    cores or machines, use :func:`dnnd.dask.to_parquet`, which writes the same layout.
    """
    tmp = staging(path, overwrite=overwrite)
    try:
        rows = write_partition(articles, tmp, 0)
        publish(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return rows


def _dataset(path: str | os.PathLike[str], files: Sequence[str] | None = None) -> Any:
    _import_pyarrow()
    import pyarrow.dataset as ds

    if not Path(path).exists():
        raise ParquetError("no such Parquet dataset; check the path", source=str(path))
    root = os.fspath(path)
    # Typed, not inferred: a dataset whose months are all unknown has no value to infer a type from.
    hive = _partitioning()
    if files is None:
        dataset = ds.dataset(root, format="parquet", partitioning=hive, exclude_invalid_files=False)
    else:
        dataset = ds.dataset(list(files), format="parquet", partitioning=hive, partition_base_dir=root)
    metadata = dataset.schema.metadata or {}
    layout = metadata.get(b"dnnd.layout")
    if layout is None and not dataset.files:
        return dataset
    if layout != str(LAYOUT_VERSION).encode():
        found = "none" if layout is None else layout.decode()
        raise ParquetError(
            f"is not a dnnd Parquet dataset of layout {LAYOUT_VERSION} (found layout {found}); "
            "write it with dnnd.dask.to_parquet or dnnd.parquet.write_parquet",
            source=str(path),
        )
    return dataset


def parquet_files(path: str | os.PathLike[str], *, filter: pc.Expression | None = None) -> list[str]:
    """The files of a dataset, sorted; with a ``filter`` on the partition columns, those of the folders it selects.

    Hand some of them to :func:`read_parquet` (``files=``) to read part of a
    dataset: what :func:`dnnd.dask.read_parquet` does, one file per task.
    """
    dataset = _dataset(path)
    return sorted(fragment.path for fragment in dataset.get_fragments(filter=filter))


def read_parquet(
    path: str | os.PathLike[str], *, filter: pc.Expression | None = None, files: Sequence[str] | None = None
) -> Iterator[Article]:
    """The articles of a dataset written by :func:`write_parquet` or :func:`dnnd.dask.to_parquet`, lazily.

    ``filter`` is a pyarrow expression; on the partition columns it skips whole
    folders: ``pyarrow.compute.field("month") == "2026-01"``. ``files`` reads
    only those files of the dataset (see :func:`parquet_files`).
    """
    dataset = _dataset(path, files)
    columns = [name for name in schema().names]
    for batch in dataset.to_batches(columns=columns, filter=filter, batch_size=1024):
        for row in batch.to_pylist():
            yield row_article(row)


def ingest_parquet(
    corpus: Corpus, path: str | os.PathLike[str], *, filter: pc.Expression | None = None
) -> records.IndexReport:
    """Index the articles of a Parquet dataset (or the partitions ``filter`` selects) into ``corpus``.

    The same as ``corpus.index(read_parquet(path))``: articles are read lazily,
    in batches, and an article already stored is replaced or left unchanged.
    """
    return corpus.index(read_parquet(path, filter=filter))

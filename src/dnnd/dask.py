"""Pages to articles on a Dask cluster: one machine's cores or many machines.

The same work as ``dnnd extract``, as a :class:`dask.bag.Bag` that any Dask
scheduler runs (threads, processes, or a ``distributed`` cluster: whichever
is active when the bag is computed)::

    from dask.distributed import Client
    import dnnd.dask

    client = Client("scheduler:8786")           # or Client() for this machine's cores
    pages = dnnd.dask.read_pages(["crawl/"])    # files are listed here, read on the workers
    articles = dnnd.dask.extract(pages)
    dnnd.dask.to_parquet(articles, "out/articles")   # or to_jsonl(articles, "out/jsonl")

:func:`read_pages` lists the files in this process and reads them where they
are processed, so the paths must be visible to every worker (a shared file
system). A page that cannot be read or parsed does not stop the run: it
becomes a :class:`Failure` in :func:`outcomes`, and :func:`extract` drops it
with a warning in the worker's log (``errors="raise"`` stops instead).

dask and pyarrow are imported only here (``pip install 'dnnd[scale]'``);
``import dnnd`` does not load them.
"""

from __future__ import annotations

import logging
import os
import shutil
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from dnnd.api import extract as extract_article
from dnnd.api import parse as parse_article
from dnnd.api import read_path
from dnnd.decode import DEFAULT_MAX_BYTES
from dnnd.errors import DnndError
from dnnd.model import Article, RawDocument
from dnnd.serialize import to_json

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = [
    "Failure",
    "FilePage",
    "extract",
    "outcomes",
    "parse",
    "read_pages",
    "read_parquet",
    "to_jsonl",
    "to_parquet",
]

log = logging.getLogger("dnnd.dask")

#: File names a folder is searched for (a trailing ``.gz`` is allowed), as ``dnnd extract`` does.
PAGE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".shtml")


def _import_dask() -> Any:
    try:
        import dask.bag
    except ImportError:
        raise DnndError("the Dask path needs dask: pip install 'dnnd[scale]'") from None
    return dask.bag


@attrs.frozen
class Failure:
    """A page that gave no article: its name and the one-line error, as ``dnnd extract`` prints it."""

    name: str
    message: str

    def __str__(self) -> str:
        return self.message if self.message.startswith(f"{self.name}: ") else f"{self.name}: {self.message}"


@attrs.frozen
class FilePage:
    """A page file, named here and read on the worker that processes it."""

    name: str
    path: str

    def document(self, *, max_bytes: int = DEFAULT_MAX_BYTES) -> RawDocument:
        """The page as a :class:`~dnnd.RawDocument`, read as :func:`dnnd.parse` reads a path."""
        return read_path(self.path, max_bytes=max_bytes)


def _is_page(name: str) -> bool:
    lower = name.lower()
    if lower.startswith("."):
        return False
    return lower.removesuffix(".gz").endswith(PAGE_SUFFIXES)


def _files(paths: Iterable[str | os.PathLike[str]]) -> Iterator[FilePage]:
    """The page files named or found (recursively, sorted, hidden entries skipped) in the folders named."""
    for raw in paths:
        name = os.fspath(raw)
        path = Path(name)
        if path.is_dir():
            found = sorted(str(p) for p in path.rglob("*") if p.is_file() and _is_page(p.name))
            found = [f for f in found if not any(part.startswith(".") for part in Path(f).relative_to(path).parts)]
            if not found:
                raise DnndError(
                    f"is a folder with no pages in it ({', '.join(PAGE_SUFFIXES)}); nothing to do", source=name
                )
            yield from (FilePage(f, f) for f in found)
        elif path.exists():
            yield FilePage(name, name)
        else:
            raise DnndError("no such file or folder; check the path", source=name)


def read_pages(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    partition_size: int | None = None,
) -> Bag:
    """A bag of the pages in ``paths`` (files, and folders searched recursively), in order.

    The files are listed now, in this process, and read by the worker that
    processes them. A path that does not exist raises
    :class:`~dnnd.errors.DnndError` at once. ``npartitions`` or
    ``partition_size`` (pages per partition) choose how the work is cut; by
    default Dask makes at most 100 partitions.
    """
    bag = _import_dask()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    pages = list(_files(paths))
    return bag.from_sequence(pages, npartitions=npartitions, partition_size=partition_size)


@attrs.frozen
class _Task:
    """What a worker does with one page: read, parse and (with ``extract``) extract it, or say why not."""

    parser: str | None
    extract: bool
    max_bytes: int

    def __call__(self, item: Any) -> Article | Failure:
        if isinstance(item, Failure):
            return item
        name = _name(item)
        try:
            if isinstance(item, Article):
                article = item
            else:
                document = item if isinstance(item, RawDocument) else item.document(max_bytes=self.max_bytes)
                article = parse_article(document, parser=self.parser, max_bytes=self.max_bytes)
            return extract_article(article) if self.extract else article
        except DnndError as exc:
            if exc.source is None:
                exc.source = name
            return Failure(name, str(exc))
        except RecursionError:
            return Failure(name, "nested too deeply to parse (malformed HTML?)")
        except MemoryError:
            return Failure(name, "too large to parse in memory; raise the limit or split the page")


def _name(item: Any) -> str:
    if isinstance(item, Article):
        return item.source or item.url or item.id
    if isinstance(item, RawDocument):
        return item.name
    return str(getattr(item, "name", item))


def outcomes(pages: Bag, *, parser: str | None = None, extract: bool = True, max_bytes: int = DEFAULT_MAX_BYTES) -> Bag:
    """A bag with, for each page, its :class:`~dnnd.Article` or the :class:`Failure` that replaced it.

    ``pages`` holds what :func:`read_pages` gives, :class:`~dnnd.RawDocument`
    records, or articles (then only extracted). ``extract=False`` only parses.
    """
    return pages.map(_Task(parser, extract, max_bytes))


def _keep(errors: str) -> Any:
    def keep(item: Article | Failure) -> bool:
        if isinstance(item, Article):
            return True
        if errors == "raise":
            raise DnndError(str(item))
        log.warning("dnnd: error: %s", item)
        return False

    return keep


def extract(
    pages: Bag,
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: Literal["skip", "raise"] = "skip",
) -> Bag:
    """A bag of the extracted articles of ``pages``, in order: ``dnnd extract`` on a cluster.

    A page that fails is logged (logger ``dnnd.dask``, on the worker) and
    skipped; ``errors="raise"`` makes the computation raise instead. Use
    :func:`outcomes` to collect the failures.
    """
    return outcomes(pages, parser=parser, extract=True, max_bytes=max_bytes).filter(_keep(errors))


def parse(
    pages: Bag,
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: Literal["skip", "raise"] = "skip",
) -> Bag:
    """A bag of the parsed (not extracted) articles of ``pages``: ``dnnd parse`` on a cluster."""
    return outcomes(pages, parser=parser, extract=False, max_bytes=max_bytes).filter(_keep(errors))


def _article_json(extraction: bool | None) -> Any:
    def render(article: Any) -> str:
        if not isinstance(article, Article):
            raise TypeError(f"to_jsonl writes articles, not {type(article).__name__}; use extract() or parse()")
        return to_json(article, extraction=extraction)

    return render


def to_jsonl(
    articles: Bag, path: str | os.PathLike[str], *, extraction: bool | None = None, overwrite: bool = False
) -> list[str]:
    """Compute ``articles`` and write them as JSON Lines, one file per partition, in the folder ``path``.

    Files are ``part-00000.jsonl``, ``part-00001.jsonl``...: concatenated in
    name order they are the articles in order, the lines ``dnnd extract
    --format jsonl`` prints. The folder appears only once it is complete; an
    existing one is refused unless ``overwrite``. Returns the files' paths.
    """
    from dnnd.parquet import publish, staging

    _import_dask()
    tmp = staging(path, overwrite=overwrite)
    try:
        articles.map(_article_json(extraction)).to_textfiles(
            os.path.join(tmp, "part-*.jsonl"), name_function=lambda i: f"{i:05d}", last_endline=True
        )
        publish(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return sorted(str(p) for p in Path(path).glob("part-*.jsonl"))


def _write_partition(articles: list[Any], root: str, index: int) -> int:
    from dnnd.parquet import write_partition

    for article in articles:
        if not isinstance(article, Article):
            raise TypeError(f"to_parquet writes articles, not {type(article).__name__}; use extract() or parse()")
    return write_partition(articles, root, index)


def to_parquet(articles: Bag, path: str | os.PathLike[str], *, overwrite: bool = False) -> int:
    """Compute ``articles`` and write them as a Parquet dataset in the folder ``path``; return the row count.

    The layout is :mod:`dnnd.parquet`'s: one row per article, partitioned
    hive-style by ``outlet_key`` and ``month``; each partition of the bag is
    written by the worker that computed it. The folder appears only once it is
    complete; an existing one is refused unless ``overwrite``. Read it back
    with :func:`dnnd.parquet.read_parquet`, DuckDB, pandas or Spark.
    """
    from dask import compute, delayed

    from dnnd.parquet import publish, staging

    _import_dask()
    tmp = staging(path, overwrite=overwrite)
    try:
        write = delayed(_write_partition, pure=False)
        counts = compute(*[write(part, str(tmp), i) for i, part in enumerate(articles.to_delayed())])
        publish(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return int(sum(counts))


def _read_partition(files: list[str], root: str, filter: Any) -> list[Article]:
    from dnnd.parquet import read_parquet as read_files

    return list(read_files(root, filter=filter, files=files))


def read_parquet(path: str | os.PathLike[str], *, filter: Any = None) -> Bag:
    """A bag of the articles of a Parquet dataset written by :func:`to_parquet`, one partition per file.

    ``filter`` is a pyarrow expression, as for :func:`dnnd.parquet.read_parquet`;
    on the partition columns it skips whole folders before any work is sent.
    To run newer extractors over articles parsed earlier:
    ``extract(read_parquet("out/articles"))``.
    """
    from dnnd.parquet import parquet_files

    bag = _import_dask()
    files = parquet_files(path, filter=filter)
    if not files:
        return bag.from_sequence([], npartitions=1)
    return bag.from_sequence(files, npartitions=len(files)).map_partitions(_read_partition, os.fspath(path), filter)

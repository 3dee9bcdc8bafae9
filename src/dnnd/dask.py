"""Pages to articles on a Dask cluster: one machine's cores or many machines.

The same work as ``dnnd extract``, as a :class:`dask.bag.Bag` that any Dask
scheduler runs (threads, processes, or a ``distributed`` cluster: whichever
is active when the bag is computed)::

    from dask.distributed import Client
    import dnnd.dask

    client = Client("scheduler:8786")           # or Client() for this machine's cores
    pages = dnnd.dask.read_pages(["crawl/"])    # files and WARC files listed here, read on the workers
    articles = dnnd.dask.extract(pages)
    dnnd.dask.to_parquet(articles, "out/articles")   # or to_jsonl(articles, "out/jsonl", extraction=True)

:func:`read_pages` lists the files in this process and reads them where they
are processed, so the paths must be visible to every worker (a shared file
system). A page that cannot be read or parsed does not stop the run: it
becomes a :class:`Failure` in :func:`outcomes`, and :func:`extract` drops it
with a warning in the worker's log (``errors="raise"`` stops instead).

dask and pyarrow are imported only here (``pip install 'dnnd[scale]'``);
``import dnnd`` does not load them.
"""

from __future__ import annotations

import contextlib
import glob
import logging
import os
import shutil
import stat
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

import attrs

from dnnd.api import extract as extract_article
from dnnd.api import parse as parse_article
from dnnd.decode import DEFAULT_MAX_BYTES
from dnnd.errors import DnndError
from dnnd.files import display_name
from dnnd.inputs import Page, iter_inputs, media_type
from dnnd.model import Article, RawDocument
from dnnd.runner import DEFAULT_TIME_CAP, ArticleTask, run
from dnnd.serialize import to_json

if TYPE_CHECKING:
    from dask.bag import Bag

__all__ = [
    "Failure",
    "extract",
    "outcomes",
    "parse",
    "read_pages",
    "read_parquet",
    "to_jsonl",
    "to_parquet",
]

log = logging.getLogger("dnnd.dask")


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


def _listing(raw: str) -> Iterator[str]:
    """The files one argument names, listed without reading them: the units a worker will read."""
    name = display_name(raw)
    if raw == "-":
        raise DnndError("standard input cannot be read by Dask workers; name files or folders")
    try:
        mode = os.stat(raw).st_mode
    except FileNotFoundError:
        matches = sorted(glob.glob(raw, recursive=True)) if glob.has_magic(raw) else []
        if not matches and glob.has_magic(raw):
            raise DnndError("matches no file; check the pattern", source=name) from None
        if not matches:
            raise DnndError("no such file or folder; check the path", source=name) from None
        for match in matches:
            yield from _listing(match)
        return
    except OSError as exc:
        raise DnndError(f"cannot be reached ({exc.strerror or exc}); check the path", source=name) from None
    if not stat.S_ISDIR(mode):
        yield raw
        return
    found = []
    for folder, dirs, files in os.walk(raw):
        dirs[:] = [d for d in dirs if not d.startswith(".")]
        for file in files:
            # What dnnd.inputs reads in a folder: pages and WARC files (tar and JSON Lines only when named).
            if file.startswith(".") or (media_type(file) is None and not file.lower().endswith(_WARC)):
                continue
            path = os.path.join(folder, file)
            with contextlib.suppress(OSError):
                if stat.S_ISREG(os.stat(path).st_mode):
                    found.append(path)
    if not found:
        raise DnndError("is a folder with no pages or WARC files in it; nothing to do", source=name)
    yield from sorted(found)


_WARC = (".warc", ".warc.gz")


def _pages(files: Iterable[str], max_bytes: int) -> Iterator[Page | Failure]:
    """On a worker: the pages of each file (one for a page, every record of a crawl), or why not."""
    for item in iter_inputs(files, max_bytes=max_bytes):
        if isinstance(item, Page):
            yield item
        elif item.fatal:
            yield Failure(item.name, item.message)
        else:
            log.warning("dnnd: note: %s", item)


def read_pages(
    paths: str | os.PathLike[str] | Sequence[str | os.PathLike[str]],
    *,
    npartitions: int | None = None,
    partition_size: int | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> Bag:
    """A bag of the pages in ``paths``, in order: what ``dnnd extract`` reads, read on the workers.

    ``paths`` are files (pages, and crawls: WARC, tar and JSON Lines files,
    see :mod:`dnnd.inputs`), folders (searched recursively for pages and WARC
    files, sorted) and globs. They are listed now, in this process — a path
    that does not exist raises :class:`~dnnd.errors.DnndError` at once — and
    read by the worker that processes them. Items are
    :class:`~dnnd.inputs.Page` records, and a :class:`Failure` for a record
    of a crawl that cannot be read. ``npartitions`` or ``partition_size`` (files
    per partition) choose how the work is cut: a crawl file's pages stay in one
    partition. By default Dask makes at most 100 partitions. ``max_bytes``
    bounds what is read of a crawl's record.
    """
    bag = _import_dask()
    if isinstance(paths, str | os.PathLike):
        paths = [paths]
    files = [path for raw in paths for path in _listing(os.fspath(raw))]
    units = bag.from_sequence(files, npartitions=npartitions, partition_size=partition_size)
    return units.map_partitions(_pages, max_bytes)


@attrs.frozen
class _Work:
    """What a worker does with one item: a page, a raw document or an article becomes an article."""

    task: ArticleTask

    def __call__(self, item: Any) -> Article | Failure:
        if isinstance(item, Failure):  # a crawl's record that could not be read: passed on as it is
            return item
        if isinstance(item, Article):
            return extract_article(item) if self.task.extract else item
        if isinstance(item, RawDocument):
            article = parse_article(item, parser=self.task.parser, max_bytes=self.task.max_bytes)
            return extract_article(article) if self.task.extract else article
        return self.task(item)


def _outcomes(items: Iterable[Any], task: ArticleTask, time_cap: float | None) -> Iterator[Article | Failure]:
    """A partition's articles, or their failures, as they come: the serial runner's work and messages."""
    for outcome in run(_Work(task), items, time_cap=time_cap):
        if outcome.error is None and outcome.value is not None:
            yield outcome.value
        else:
            yield Failure(_name(outcome.item), outcome.error or "gave no article")


def _name(item: Any) -> str:
    if isinstance(item, Article):
        return item.source or item.url or item.id
    return str(getattr(item, "name", item))


def outcomes(
    pages: Bag,
    *,
    parser: str | None = None,
    extract: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    time_cap: float | None = DEFAULT_TIME_CAP,
) -> Bag:
    """A bag with, for each page, its :class:`~dnnd.Article` or the :class:`Failure` that replaced it.

    ``pages`` holds what :func:`read_pages` gives (:class:`~dnnd.inputs.Page`
    records), :class:`~dnnd.RawDocument` records, or articles (then only
    extracted). ``extract=False`` only parses. Each page goes through what
    ``dnnd extract`` runs for it (:class:`dnnd.runner.ArticleTask`), so a
    failure's text is the line the command prints. A page taking longer than
    ``time_cap`` seconds (``None``: no cap) becomes a failure and the
    partition goes on, in a worker's thread as in the main thread (see
    :func:`dnnd.runner.run`).
    """
    return pages.map_partitions(_outcomes, ArticleTask(parser, extract, max_bytes), time_cap)


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
    time_cap: float | None = DEFAULT_TIME_CAP,
) -> Bag:
    """A bag of the extracted articles of ``pages``, in order: ``dnnd extract`` on a cluster.

    A page that fails, or takes longer than ``time_cap`` seconds, is logged
    (logger ``dnnd.dask``, on the worker) and skipped; ``errors="raise"`` makes
    the computation raise instead. Use :func:`outcomes` to collect the failures.
    """
    return outcomes(pages, parser=parser, extract=True, max_bytes=max_bytes, time_cap=time_cap).filter(_keep(errors))


def parse(
    pages: Bag,
    *,
    parser: str | None = None,
    max_bytes: int = DEFAULT_MAX_BYTES,
    errors: Literal["skip", "raise"] = "skip",
    time_cap: float | None = DEFAULT_TIME_CAP,
) -> Bag:
    """A bag of the parsed (not extracted) articles of ``pages``: ``dnnd parse`` on a cluster."""
    return outcomes(pages, parser=parser, extract=False, max_bytes=max_bytes, time_cap=time_cap).filter(_keep(errors))


def _write_jsonl_partition(articles: Iterable[Any], root: str, index: int, extraction: bool | None) -> int:
    with open(os.path.join(root, f"part-{index:05d}.jsonl"), "w", encoding="utf-8") as out:
        count = 0
        for article in articles:
            if not isinstance(article, Article):
                raise TypeError(f"to_jsonl writes articles, not {type(article).__name__}; use extract() or parse()")
            out.write(to_json(article, extraction=extraction) + "\n")
            count += 1
    return count


def _settled(write: Any) -> Any:
    """``write`` returning its error instead of raising it, so that no partition is still writing when one fails."""

    def run(*args: Any) -> tuple[int, BaseException | None]:
        try:
            return write(*args), None
        except Exception as error:  # handed back to the client, raised there once every partition is done
            return 0, error

    return run


def _write_all(articles: Bag, write: Any, root: str, *extra: Any) -> int:
    from dask import compute, delayed

    task = delayed(_settled(write), pure=False)
    results = compute(*[task(part, root, i, *extra) for i, part in enumerate(articles.to_delayed())])
    for _, error in results:
        if error is not None:
            raise error
    return int(sum(count for count, _ in results))


def to_jsonl(
    articles: Bag, path: str | os.PathLike[str], *, extraction: bool | None = None, overwrite: bool = False
) -> list[str]:
    """Compute ``articles`` and write them as JSON Lines, one file per partition, in the folder ``path``.

    Files are ``part-00000.jsonl``, ``part-00001.jsonl``...: concatenated in
    name order they are the articles in order, the lines ``dnnd extract
    --format jsonl`` prints. The folder appears only once it is complete; an
    existing one is refused unless ``overwrite``. Returns the files' paths.

    ``extraction=True`` writes every article's ``mentions``, ``entities`` and
    ``facts``, empty or not, as ``dnnd extract`` does: pass it for a bag from
    :func:`extract`. ``False`` leaves them out (``dnnd parse``'s lines); ``None``
    decides per article, by whether it holds any.
    """
    from dnnd.parquet import publish, staging

    _import_dask()
    tmp = staging(path, overwrite=overwrite)
    try:
        _write_all(articles, _write_jsonl_partition, str(tmp), extraction)
        publish(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return sorted(str(p) for p in Path(path).glob("part-*.jsonl"))


def _only_articles(items: Iterable[Any]) -> Iterator[Article]:
    for item in items:
        if not isinstance(item, Article):
            raise TypeError(f"to_parquet writes articles, not {type(item).__name__}; use extract() or parse()")
        yield item


def _write_partition(articles: Iterable[Any], root: str, index: int) -> int:
    from dnnd.parquet import write_partition

    return write_partition(_only_articles(articles), root, index)


def to_parquet(articles: Bag, path: str | os.PathLike[str], *, overwrite: bool = False) -> int:
    """Compute ``articles`` and write them as a Parquet dataset in the folder ``path``; return the row count.

    The layout is :mod:`dnnd.parquet`'s: one row per article, partitioned
    hive-style by ``outlet_key`` and ``month``; each partition of the bag is
    written by the worker that computed it. The folder appears only once it is
    complete; an existing one is refused unless ``overwrite``. Read it back
    with :func:`dnnd.parquet.read_parquet`, DuckDB, pandas or Spark.
    """
    from dnnd.parquet import publish, staging

    _import_dask()
    tmp = staging(path, overwrite=overwrite)
    try:
        count = _write_all(articles, _write_partition, str(tmp))
        publish(tmp, path)
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    return count


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

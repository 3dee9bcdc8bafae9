"""The corpus commands of ``dnnd``: ``index``, ``people``, ``orgs``, ``facts``, ``search``, ``aid``, ``export``,
``serve``, ``report``.

:func:`register` adds them to the ``dnnd`` group. Answers print as a table on a
terminal, or as ``--format json|jsonl|csv``; every answer names its sources
(article ids and URLs).
"""

from __future__ import annotations

import csv
import io
import json
import sys
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any

import click

from dnnd.cli.common import (
    count_ahead,
    error,
    fail,
    files_from_option,
    inputs_argument,
    jobs_option,
    max_size_option,
    note,
    progress_bar,
    time_cap_option,
)

__all__ = ["DEFAULT_DB", "register"]

#: The database the commands use unless given ``--db``.
DEFAULT_DB = "dnnd.db"

_db_option = click.option(
    "--db",
    default=DEFAULT_DB,
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The SQLite corpus file.",
)
_format_option = click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["table", "json", "jsonl", "csv"]),
    default="table",
    show_default=True,
    help="table: for reading (plain tab-separated lines when piped); json, jsonl, csv: for programs.",
)


def _open(db: str, *, write: bool = False, wait: float | None = None) -> Any:
    """The corpus at ``db``: for reading only (``mode=ro``: nothing in the file changes) unless ``write``."""
    import sqlite3

    from dnnd.corpus import Corpus
    from dnnd.corpus.database import DEFAULT_TIMEOUT
    from dnnd.errors import DnndError

    if not write and not Path(db).exists():
        fail(f"{db}: no such corpus; build one with `dnnd index PAGES --db {db}`")
    try:
        corpus = Corpus(db, readonly=not write, timeout=DEFAULT_TIMEOUT if wait is None else wait)
    except DnndError as exc:
        fail(str(exc))
    except sqlite3.Error as exc:  # one line, no traceback
        fail(f"{db}: cannot open as a dnnd corpus ({exc})")
    if not write and corpus.stale():
        # Reading never writes, so merges an interrupted run left undone stay undone: say so.
        note(
            f"{db}: an interrupted `dnnd index` left {corpus.stale()} merged record(s) out of date; "
            "run it again on the same pages to finish"
        )
    return corpus


def _writable_folder(folder: Path, what: str) -> None:
    """Make sure ``folder`` can be written into before any work starts; one line and exit 1 if not."""
    import os

    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError as exc:
        fail(f"{folder}: cannot write {what} there ({exc.strerror or exc}); choose another folder")
    if not os.access(folder, os.W_OK | os.X_OK):
        fail(f"{folder}: cannot write {what} there (permission denied); choose another folder")


def _check_choice(option: str, value: str | None, known: Iterable[str]) -> None:
    """Refuse a value outside a closed vocabulary with click's usage error, listing what is accepted."""
    choices = sorted(set(known))
    if value is not None and value not in choices:
        raise click.BadParameter(f"{value!r} is not one of {', '.join(choices)}", param_hint=option)


def _flat(value: Any) -> Any:
    """A cell for a table or CSV: sources as ``id url`` lines, tuples joined."""
    if isinstance(value, list | tuple):
        parts = []
        for v in value:
            if isinstance(v, dict) and "article_id" in v:
                parts.append(" ".join(x for x in (v["article_id"], v.get("url")) if x))
            elif isinstance(v, list | tuple):
                parts.append(": ".join(str(x) for x in v if x is not None))
            else:
                parts.append(str(v))
        return "; ".join(parts)
    return "" if value is None else value


def _cell(column: str, value: Any) -> str:
    """A table cell: sources shortened to their article ids (the URLs are in json/csv output)."""
    if column == "sources" and isinstance(value, list):
        ids = [v["article_id"] for v in value]
        return f"{len(ids)}: " + ", ".join(ids[:3]) + (" …" if len(ids) > 3 else "")
    return str(_flat(value))


def _emit(rows: Sequence[dict[str, Any]], fmt: str, columns: Sequence[str], title: str) -> None:
    if fmt == "json":
        click.echo(json.dumps(list(rows), ensure_ascii=False, indent=2))
    elif fmt == "jsonl":
        for row in rows:
            click.echo(json.dumps(row, ensure_ascii=False))
    elif fmt == "csv":
        buf = io.StringIO()
        writer = csv.writer(buf)
        writer.writerow(columns)
        for row in rows:
            writer.writerow([_flat(row.get(c)) for c in columns])
        click.echo(buf.getvalue(), nl=False)
    elif not sys.stdout.isatty():
        # Piped: plain lines, a header then one row per line, cells tab-separated (no box, no folding).
        click.echo("\t".join(columns))
        for row in rows:
            click.echo("\t".join(" ".join(_cell(c, row.get(c)).split()) for c in columns))
    else:
        from rich.console import Console
        from rich.table import Table

        table = Table(title=f"{title} ({len(rows)})")
        for c in columns:
            table.add_column(c, overflow="fold")
        for row in rows:
            table.add_row(*(_cell(c, row.get(c)) for c in columns))
        Console().print(table)  # as wide as the terminal, or COLUMNS when set


def _prepared(task: Any, page: Any) -> Any:
    """A page's article as its corpus rows (:func:`dnnd.corpus.rows.prepare`): what a worker of ``index`` returns."""
    from dnnd.corpus.rows import prepare

    return prepare(task(page))


def _indexed_articles(
    paths: tuple[str, ...], files_from: str | None, jobs: int, time_cap: float, max_size: int, failed: list[int]
) -> Iterator[Any]:
    """The articles of the inputs as rows to insert, parsed, extracted and turned into rows over ``jobs`` processes
    (the process writing the corpus only runs the inserts), with a progress bar on a terminal.

    A bad input is one line on stderr and counted in ``failed[0]``.
    """
    import functools

    from dnnd.inputs import Problem, iter_inputs, pages
    from dnnd.runner import INDEX_AHEAD, ArticleTask, run

    def problem(item: Problem) -> None:
        if item.fatal:
            failed[0] += 1
            error(str(item))
        else:
            note(str(item))

    found, total = count_ahead(pages(iter_inputs(paths, max_bytes=max_size, files_from=files_from), problem))
    progress = progress_bar(total)
    bar = progress.add_task("Indexing", total=total) if progress else None
    if progress:
        progress.start()
    try:
        task = functools.partial(_prepared, ArticleTask(None, True, max_size))
        outcomes = run(task, found, jobs=jobs, time_cap=time_cap or None, ahead=INDEX_AHEAD)
        for outcome in outcomes:
            if progress:
                progress.advance(bar)
            if outcome.error is not None:
                failed[0] += 1
                error(outcome.error)
            elif outcome.value is not None:
                yield outcome.value
    finally:
        if progress:
            progress.stop()


def _vocabulary(corpus: Any) -> tuple[set[str], set[str]]:
    """The fact kinds and statuses a filter accepts: those of the fact schema, and those stored in the corpus."""
    from dnnd.facts.schema import FACT_KINDS

    kinds = {r[0] for r in corpus.db.execute("SELECT DISTINCT kind FROM facts")} | set(FACT_KINDS)
    statuses = {r[0] for r in corpus.db.execute("SELECT DISTINCT status FROM facts WHERE status IS NOT NULL")}
    statuses |= {s for kind in FACT_KINDS.values() for s in kind.statuses}
    return kinds, statuses


@click.command()
@inputs_argument()
@_db_option
@click.option("--batch", default=200, show_default=True, type=click.IntRange(min=1), help="Articles per transaction.")
@jobs_option("Parse and extract in this many processes (at most one per CPU and per page).")
@time_cap_option()
@max_size_option()
@files_from_option("Also index the inputs listed in FILE, one path a line (- for standard input).")
@click.option(
    "--wait",
    default=30.0,
    show_default=True,
    metavar="SECONDS",
    type=click.FloatRange(min=0),
    help="How long to wait for another program writing to the corpus.",
)
def index(
    paths: tuple[str, ...],
    db: str,
    batch: int,
    jobs: int,
    time_cap: float,
    max_size: int,
    files_from: str | None,
    wait: float,
) -> None:
    """Parse pages, extract what they report, and store it all in a SQLite corpus.

    \b
    Examples:
      dnnd index examples/pages                  into ./dnnd.db
      dnnd index pages/ crawl.warc.gz --db laocai.db -j 4
      dnnd serve                                 browse it

    Inputs are files, folders, crawls (WARC...) and - for standard input, as
    for `dnnd extract`. A page is known by its URL, else by its path as
    given: indexing it again replaces its article, entities and facts; an
    unchanged page is skipped. Returns nothing on stdout; on stderr one line
    with the number of articles indexed and unchanged, and one line per bad
    input (the others are still stored; exit status 1 if any failed, 130 or
    143 if interrupted: the batches stored until then stay).
    """
    from dnnd.errors import DnndError
    from dnnd.runner import Interrupted, interruptible

    if not paths and files_from is None:
        raise click.UsageError("name at least one input (a file, a folder, - for stdin) or give --files-from")
    corpus = _open(db, write=True, wait=wait)  # before any work: a bad --db is one line now
    failed = [0]
    try:
        with interruptible():
            report = corpus.index(
                _indexed_articles(paths, files_from, jobs, time_cap, max_size, failed), batch_size=batch
            )
    except Interrupted as stop:
        click.echo(f"dnnd: interrupted ({stop}); the batches stored until then stay in {db}", err=True)
        sys.exit(stop.exit_status)
    except DnndError as exc:  # the corpus locked by another writer, or unusable
        fail(str(exc))
    finally:
        corpus.close()
    click.echo(f"dnnd: indexed {report.indexed} article(s), {report.unchanged} unchanged, into {db}", err=True)
    if failed[0]:
        click.echo(f"dnnd: {failed[0]} input(s) failed", err=True)
        sys.exit(1)


@click.command()
@click.argument("name", required=False)
@_db_option
@_format_option
@click.option("--timeline", "-t", is_flag=True, help="List each person's positions over time instead.")
def people(name: str | None, db: str, fmt: str, timeline: bool) -> None:
    """People merged across articles, with their sources; NAME matches part of a name, diacritics optional.

    \b
    Examples:
      dnnd people
      dnnd people "Giàng Seo Phử" --timeline
      dnnd people "giang seo phu" --format json

    Returns one row per person: name, provinces, first and last seen,
    article count, why they were or were not merged, id and sources; with
    --timeline one row per position: person, position, date, article, URL.
    """
    from dnnd.corpus import record_dict

    with _open(db) as corpus:
        found = corpus.people(name)
        if timeline:
            rows = [record_dict(e) for p in found for e in corpus.timeline(p)]
            _emit(rows, fmt, ["person", "position", "date", "article_id", "url", "person_id"], "Timeline")
        else:
            rows = [record_dict(p) for p in found]
            columns = ["name", "provinces", "first_seen", "last_seen", "article_count", "merge_note", "id"]
            _emit(rows, fmt, [*columns, "sources"], "People")


@click.command()
@_db_option
@_format_option
def orgs(db: str, fmt: str) -> None:
    """Organizations merged across articles, with their sources.

    Returns one row per organization: canonical name, aliases, first and
    last seen, article count, id and sources (article ids and URLs).
    """
    from dnnd.corpus import record_dict

    with _open(db) as corpus:
        rows = [record_dict(o) for o in corpus.organizations()]
        columns = ["name", "aliases", "first_seen", "last_seen", "article_count", "id", "sources"]
        _emit(rows, fmt, columns, "Organizations")


@click.command()
@_db_option
@_format_option
@click.option("--kind", help="aid, election, award, twinning, meeting, or a plugin's kind.")
@click.option("--status", help="committed, mobilised, received, donated (aid); elected, awarded...")
@click.option("--place", help="A place any role names, e.g. 'Lào Cai'.")
@click.option("--year", type=int, help="The year the fact happened (else the article's year).")
def facts(db: str, fmt: str, kind: str | None, status: str | None, place: str | None, year: int | None) -> None:
    """Facts reported by the articles, filtered: kind, status, year, place, exact amount, roles, evidence, source.

    \b
    Examples:
      dnnd facts --kind aid --place "Lào Cai" --year 2025
      dnnd facts --kind aid --status committed -f csv

    Returns one row per fact: kind, status, year, place, exact amount and
    currency, roles (role: entity or value), the text it rests on and the
    article's URL. An unknown --kind or --status is a usage error.
    """
    from dnnd.corpus import record_dict

    with _open(db) as corpus:
        kinds, statuses = _vocabulary(corpus)
        _check_choice("--kind", kind, kinds)
        _check_choice("--status", status, statuses)
        rows = [record_dict(f) for f in corpus.facts(kind=kind, place=place, year=year, status=status)]
        columns = ["kind", "status", "year", "place", "amount", "currency", "roles", "evidence", "url"]
        _emit(rows, fmt, columns, "Facts")


@click.command()
@click.argument("query")
@_db_option
@_format_option
@click.option("--limit", "-n", default=20, show_default=True, help="At most this many articles.")
def search(query: str, db: str, fmt: str, limit: int) -> None:
    """Full-text search of titles and text, with or without diacritics.

    \b
    Examples:
      dnnd search "kết nghĩa"
      dnnd search "ket nghia"            the same articles
      dnnd search '"hữu nghị" Lào Cai'   a phrase and words

    Returns one row per article, best first: title, publication time, the
    words around the match, article id and URL. Only the first 32 distinct
    words of the query count.
    """
    from dnnd.corpus import record_dict

    with _open(db) as corpus:
        try:
            hits = corpus.search(query, limit=limit)
        except Exception as exc:  # sqlite3.OperationalError from a malformed FTS query
            fail(f"cannot search for {query!r}: {exc}")
        rows = [record_dict(h) for h in hits]
        _emit(rows, fmt, ["title", "published", "snippet", "article_id", "url"], "Articles")


@click.command()
@_db_option
@_format_option
def aid(db: str, fmt: str) -> None:
    """Aid summed exactly per province, year, status and currency, with the articles it comes from.

    Committed, mobilised, received and donated aid are separate rows (never
    added together); a part of a total ("Trong đó, ...") is not counted on
    top of it; the year is the fact's own when the article gives one.

    Returns one row per province, year, status and currency: the exact
    total, the number of facts, and the articles they come from.
    """
    from dnnd.corpus import record_dict

    with _open(db) as corpus:
        rows = [record_dict(a) for a in corpus.aid_by_province_year()]
        _emit(rows, fmt, ["province", "year", "status", "currency", "total", "facts", "sources"], "Aid")


@click.command()
@_db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="The address to listen on.")
@click.option("--port", "-p", default=8001, show_default=True, type=click.IntRange(0, 65535), help="The port.")
@click.option("--open", "open_browser", is_flag=True, help="Open the corpus in a web browser.")
@click.option(
    "--metadata",
    "metadata_to",
    type=click.Path(dir_okay=False, writable=True),
    help="Write dnnd's datasette metadata to this file (for `datasette -m FILE`) instead of serving.",
)
def serve(db: str, host: str, port: int, open_browser: bool, metadata_to: str | None) -> None:
    """Browse the corpus in datasette: described tables, search with or without diacritics, canned queries.

    \b
    Examples:
      dnnd serve                          http://127.0.0.1:8001
      dnnd serve --db laocai.db --open
      dnnd serve --metadata meta.json     then: datasette dnnd.db -m meta.json
    Needs the serve extra: pip install 'dnnd[serve]'. The file is only read.

    Returns nothing: serves until interrupted (with --metadata, prints the
    file written).
    """
    from dnnd.corpus.serve import metadata, serve

    _open(db).close()  # one line now if it is not a corpus
    if metadata_to:
        from dnnd.files import atomic_writer

        _writable_folder(Path(metadata_to).parent, "the metadata")
        with atomic_writer(Path(metadata_to)) as handle:
            handle.write(json.dumps(metadata(db), ensure_ascii=False, indent=2) + "\n")
        click.echo(metadata_to)
        return
    try:
        import datasette  # noqa: F401
    except ImportError:
        fail("dnnd serve needs datasette: pip install 'dnnd[serve]'")
    serve(db, host=host, port=port, open_browser=open_browser)


@click.command()
@_db_option
@click.option(
    "--output",
    "-o",
    default="report.html",
    show_default=True,
    type=click.Path(dir_okay=False),
    help="The HTML file to write.",
)
def report(db: str, output: str) -> None:
    """Write one self-contained HTML page of charts (opens offline): aid, facts per month, people's positions.

    \b
    Examples:
      dnnd report --db dnnd.db -o report.html
    Needs the report extra: pip install 'dnnd[report]'.

    Returns the path of the file written, on stdout.
    """
    try:
        import plotly  # noqa: F401
    except ImportError:
        fail("dnnd report needs plotly: pip install 'dnnd[report]'")
    from dnnd.corpus.report import write_report

    with _open(db) as corpus:
        _writable_folder(Path(output).parent, "the report")
        click.echo(str(write_report(corpus, output)))


@click.command()
@_db_option
@click.option("--to", "to", required=True, type=click.Path(file_okay=False), help="The folder to write into.")
@click.option(
    "--format",
    "-f",
    "fmt",
    type=click.Choice(["csv", "jsonl", "jsonld"]),
    default="jsonl",
    show_default=True,
    help="csv: one file per record kind; jsonl: articles.jsonl; jsonld: schema.org corpus.jsonld.",
)
def export(db: str, to: str, fmt: str) -> None:
    """Export the corpus: CSV per record kind, JSON Lines of articles, or schema.org JSON-LD.

    \b
    Examples:
      dnnd export --db dnnd.db --to out --format csv

    Returns the paths of the files written, one a line; amounts in them are
    exact. Each file is replaced whole, never left half-written.
    """
    from dnnd.export import export as run_export

    with _open(db) as corpus:
        _writable_folder(Path(to), "the export")
        written = run_export(corpus, to, fmt)
    for path in written:
        click.echo(str(path))


def register(group: click.Group) -> None:
    """Add the corpus commands to ``group`` (the ``dnnd`` command)."""
    for command in (index, people, orgs, facts, search, aid, serve, report, export):
        group.add_command(command)

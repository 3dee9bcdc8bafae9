"""The page commands of ``dnnd``: ``parse``, ``extract`` and ``plugins``.

Inputs are read by :mod:`dnnd.inputs` and processed by :mod:`dnnd.runner`
(``-j N``, a time cap per page, ordered output); output files are written by
:func:`dnnd.files.atomic_writer`. :func:`register` adds the commands to the
``dnnd`` group.
"""

from __future__ import annotations

import functools
import sys
from typing import Any

import attrs
import click

from dnnd.cli.common import (
    count_ahead,
    error,
    files_from_option,
    inputs_argument,
    jobs_option,
    max_size_option,
    note,
    output,
    progress_bar,
    time_cap_option,
    warning,
)
from dnnd.errors import DnndError
from dnnd.files import check_output_file
from dnnd.inputs import Page, Problem, iter_inputs, pages
from dnnd.model import Article, Figure
from dnnd.runner import ArticleTask, Interrupted, interruptible, run

__all__ = ["register"]


@attrs.frozen
class _Options:
    parser: str | None
    extract: bool
    max_bytes: int
    fmt: str


def process_page(options: _Options, page: Page) -> str:
    """Parse (and extract) one page and render it: the task each worker runs."""
    article = ArticleTask(options.parser, options.extract, options.max_bytes)(page)
    return _render(article, options.fmt, options.extract)


def _render(article: Article, fmt: str, extraction: bool) -> str:
    from dnnd.serialize import to_dict, to_json

    if fmt == "jsonl":
        return to_json(article, extraction=extraction) + "\n"
    if fmt == "json":
        return to_json(article, indent=2, extraction=extraction)
    lines = [article.title or "(no title)"]
    meta = [
        ("Published", article.published.isoformat() if article.published else None),
        ("Outlet", article.outlet),
        ("Site", article.site),
        ("Authors", ", ".join(article.authors) or None),
        ("URL", article.url),
        ("Source", article.source),
        ("Parser", article.parser),
    ]
    lines += [f"{k}: {v}" for k, v in meta if v]
    lines.append("")
    for block in article.blocks:
        if isinstance(block, Figure):
            lines.append(f"[Figure {block.src or ''}] {block.caption}".rstrip())
        else:
            lines.append(block.text)
        lines.append("")
    if extraction and article.entities:
        lines.append("Entities:")
        for entity in article.entities:
            data = to_dict(entity)
            extra = {k: v for k, v in data.items() if k not in ("kind", "name", "id", "spans") and v}
            lines.append(f"  {entity.kind}: {entity.name}" + (f" {extra}" if extra else ""))
        lines.append("")
    if extraction and article.facts:
        names = {e.id: e.name for e in article.entities}
        lines.append("Facts:")
        for fact in article.facts:
            roles = "; ".join(f"{r.role}={names.get(r.entity or '', r.entity) or r.value}" for r in fact.roles)
            lines.append(f"  {fact.kind}" + (f" {fact.code}" if fact.code else "") + (f": {roles}" if roles else ""))
            for span in fact.spans:
                lines.append(f"    « {article.text[span.start : span.end]} »")
        lines.append("")
    return "\n".join(lines) + "\n"


def _check_parser(parser: str | None, extract: bool) -> None:
    from dnnd.registry import default_registry

    registry = default_registry()
    if parser is not None:
        try:
            registry.parser(parser)
        except DnndError as exc:
            raise click.UsageError(str(exc)) from None
    # Load the plugins now, so that a broken one is reported once, before the run.
    registry.parsers()
    if extract:
        registry.extractors()
    for failure in registry.failures:
        warning(str(failure))


def _process(
    paths: tuple[str, ...],
    parser: str | None,
    fmt: str,
    out: str | None,
    jobs: int,
    max_size: int,
    time_cap: float,
    files_from: str | None,
    extract: bool,
) -> None:
    if not paths and files_from is None:
        raise click.UsageError("name at least one input (a file, a folder, - for stdin) or give --files-from")
    if files_from == "-" and "-" in paths:
        raise click.UsageError("standard input cannot be both a page (-) and the list of paths (--files-from -)")
    if out not in (None, "-"):
        try:
            check_output_file(out)
        except DnndError as exc:
            raise click.UsageError(f"-o {exc}") from None
    _check_parser(parser, extract)
    counts = {"failed": 0, "done": 0, "problems": 0}

    def problem(item: Problem) -> None:
        if item.fatal:
            counts["failed"] += 1
            counts["problems"] += 1
            error(str(item))
        else:
            note(str(item))

    items = pages(iter_inputs(paths, max_bytes=max_size, files_from=files_from), problem)
    queue, total = count_ahead(items)  # counted ahead for the progress bar, as far as that stays cheap
    task = functools.partial(process_page, _Options(parser, extract, max_size, fmt))
    progress = progress_bar(total)
    first = True
    with output(out) as (handle, wrote):
        bar = progress.add_task("Parsing" if not extract else "Extracting", total=total) if progress else None
        if progress:
            progress.start()
        try:
            for outcome in run(task, queue, jobs=jobs, time_cap=time_cap or None):
                counts["done"] += 1
                if outcome.error is not None:
                    counts["failed"] += 1
                    error(outcome.error)
                elif fmt == "json":
                    handle.write(("[\n" if first else ",\n") + (outcome.value or ""))
                    first = False
                    wrote[0] = True
                else:
                    handle.write(outcome.value or "")
                    handle.flush()
                    wrote[0] = True
                if progress:
                    progress.advance(bar)
        finally:
            if progress:
                progress.stop()
        if fmt == "json" and not first:
            handle.write("\n]\n")
    if counts["failed"]:
        total_inputs = counts["done"] + counts["problems"]
        click.echo(f"dnnd: {counts['failed']} of {total_inputs} inputs failed", err=True)
        sys.exit(1)


_common = [
    inputs_argument(),
    click.option(
        "--parser", "-p", metavar="NAME", help="Use this parser instead of sniffing each page (see `dnnd plugins`)."
    ),
    click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(["jsonl", "json", "text"]),
        default="jsonl",
        show_default=True,
        help="The output format. jsonl: one JSON article per line; json: one JSON array; text: readable text.",
    ),
    click.option(
        "--output",
        "-o",
        "out",
        metavar="FILE",
        help="Write here instead of stdout; a regular file is replaced atomically, only if something succeeded.",
    ),
    jobs_option(
        "Process pages in this many processes (at most one per CPU and per page); the output keeps input order."
    ),
    time_cap_option(),
    max_size_option(),
    files_from_option("Also read the inputs listed in FILE, one path a line (- for standard input)."),
]


def _with_common(func: Any) -> Any:
    for decorator in reversed(_common):
        func = decorator(func)
    return func


def _run_command(**kwargs: Any) -> None:
    """Run ``_process``; SIGINT and SIGTERM end it with 130 and 143 after cleaning up."""
    try:
        with interruptible():
            _process(**kwargs)
    except Interrupted as stop:
        click.echo(f"dnnd: interrupted ({stop}); partial output discarded", err=True)
        sys.exit(stop.exit_status)


@click.command()
@_with_common
def parse(**options: Any) -> None:
    """Parse pages into articles: title, date, outlet, authors, body, figures.

    INPUTS are pages (.txt, .html, also gzipped), folders (searched
    recursively), crawls (.warc, .warc.gz, .tar, .jsonl), globs, or - for a
    page on standard input.

    \b
    Examples:
      dnnd parse examples/pages
      dnnd parse page.txt --parser text --format json
      dnnd parse --files-from list.txt      the pages listed, one path a line

    Returns one article per page (JSON Lines unless --format). Bad inputs are
    reported on stderr, one line each; the others are still parsed, and the
    exit status is 1 if any input failed (130/143 if interrupted).
    """
    _run_command(**options, extract=False)


@click.command()
@_with_common
def extract(**options: Any) -> None:
    """Parse pages and extract what they report: entities and facts.

    INPUTS are read as by `dnnd parse`.

    \b
    Examples:
      dnnd extract examples/pages --format jsonl -o entities.jsonl
      dnnd extract crawl.warc.gz -j 4 --format text

    Returns one article per page with its mentions, entities (people,
    organizations, places, money, documents, dates...) and facts (aid,
    elections, awards, twinnings, meetings); --format text lists the entities
    and the facts with the sentences they rest on. Exit status as for parse.
    """
    _run_command(**options, extract=True)


@click.command()
@click.option(
    "--check",
    is_flag=True,
    help="Also build every parser and extractor, as reading a page does, to report any that fails.",
)
def plugins(check: bool) -> None:
    """List the loaded parsers and extractors, with their distribution and version.

    Returns one line per plugin object: kind, name, distribution, version and
    the module it comes from; a plugin that failed to load is one warning line
    on stderr. Parsers and extractors a plugin describes lazily (as the
    built-in ones are) are listed by name without being imported; --check
    builds them, and lists only those that built.
    """
    from dnnd.registry import default_registry

    registry = default_registry()
    if check:
        registry.parsers()
        registry.extractors()
    infos = registry.describe()
    width = max((len(i.name) for i in infos), default=4)
    for info in infos:
        click.echo(f"{info.kind:<10} {info.name:<{width}}  {info.distribution} {info.version}  ({info.plugin})")
    for failure in registry.failures:
        warning(str(failure))


def register(group: click.Group) -> None:
    """Add ``parse``, ``extract`` and ``plugins`` to ``group`` (the ``dnnd`` command)."""
    for command in (parse, extract, plugins):
        group.add_command(command)

"""The ``dnnd`` command."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any

import attrs
import click

from dnnd import __version__
from dnnd.api import extract as extract_article
from dnnd.api import parse as parse_article
from dnnd.decode import DEFAULT_MAX_BYTES
from dnnd.errors import DnndError
from dnnd.files import atomic_writer
from dnnd.model import Article, Figure, RawDocument
from dnnd.registry import default_registry
from dnnd.serialize import to_dict, to_json

#: File names a folder is searched for.
PAGE_SUFFIXES = (".txt", ".html", ".htm", ".xhtml", ".shtml")
#: Above this many inputs (and on a terminal) a progress bar is shown.
PROGRESS_THRESHOLD = 3


@attrs.frozen
class Input:
    """One input named on the command line: a file path, or ``-`` for stdin."""

    name: str
    path: Path | None


def _is_page(path: Path) -> bool:
    name = path.name.lower()
    if name.startswith("."):
        return False
    if name.endswith(".gz"):
        name = name[:-3]
    return name.endswith(PAGE_SUFFIXES)


def expand_inputs(paths: tuple[str, ...], errors: list[str]) -> list[Input]:
    """Files named, files found (recursively, sorted) in folders named, and ``-``."""
    out: list[Input] = []
    for raw in paths:
        if raw == "-":
            out.append(Input("<stdin>", None))
            continue
        path = Path(raw)
        if path.is_dir():
            found = sorted(p for p in path.rglob("*") if p.is_file() and _is_page(p))
            if not found:
                errors.append(f"{raw}: a folder with no pages in it ({', '.join(PAGE_SUFFIXES)}); nothing to do")
            out.extend(Input(str(p), p) for p in found)
        elif path.exists():
            out.append(Input(raw, path))
        else:
            errors.append(f"{raw}: no such file or folder; check the path")
    return out


@attrs.frozen
class _Job:
    name: str
    path: str | None
    data: bytes | None
    parser: str | None
    extract: bool
    max_bytes: int
    fmt: str


def _run_job(job: _Job) -> tuple[str | None, str | None]:
    """Parse (and extract) one input; return (output text, error line)."""
    try:
        source: Any = Path(job.path) if job.path is not None else RawDocument(job.data or b"", source=job.name)
        article = parse_article(source, parser=job.parser, max_bytes=job.max_bytes)
        if job.extract:
            article = extract_article(article)
        return _render(article, job.fmt, job.extract), None
    except DnndError as exc:
        if exc.source is None:
            exc.source = job.name
        return None, str(exc)
    except RecursionError:
        return None, f"{job.name}: nested too deeply to parse (malformed HTML?)"
    except MemoryError:
        return None, f"{job.name}: too large to parse in memory; raise the limit or split the page"


def _render(article: Article, fmt: str, extraction: bool) -> str:
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
    return "\n".join(lines) + "\n"


@contextmanager
def _output(path: str | None) -> Iterator[tuple[IO[str], list[bool]]]:
    """Stdout, or a file that replaces ``path`` only if something was written to it."""
    wrote = [False]
    if path is None or path == "-":
        yield sys.stdout, wrote
        return
    with atomic_writer(Path(path), replace_if=lambda: wrote[0]) as handle:
        yield handle, wrote


def _progress(total: int) -> Any:
    if total <= PROGRESS_THRESHOLD or not sys.stderr.isatty():
        return None
    from rich.console import Console
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TimeRemainingColumn

    return Progress(
        "[progress.description]{task.description}",
        BarColumn(),
        MofNCompleteColumn(),
        TimeRemainingColumn(),
        console=Console(stderr=True),
        transient=True,
    )


def _process(
    paths: tuple[str, ...], parser: str | None, fmt: str, out: str | None, jobs: int, max_size: int, extract: bool
) -> None:
    errors: list[str] = []
    inputs = expand_inputs(paths, errors)
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
        click.echo(f"dnnd: warning: {failure}", err=True)
    work = []
    for item in inputs:
        data = None
        if item.path is None:
            data = sys.stdin.buffer.read()
        work.append(_Job(item.name, str(item.path) if item.path else None, data, parser, extract, max_size, fmt))
    for line in errors:
        click.echo(f"dnnd: error: {line}", err=True)
    failed = len(errors)
    progress = _progress(len(work))
    with _output(out) as (handle, wrote):
        results: Any
        if jobs > 1 and len(work) > 1:
            pool = ProcessPoolExecutor(max_workers=jobs)
            results = pool.map(_run_job, work, chunksize=8)
        else:
            pool = None
            results = map(_run_job, work)
        task = progress.add_task("Parsing" if not extract else "Extracting", total=len(work)) if progress else None
        if progress:
            progress.start()
        rendered: list[str] = []
        try:
            for text, error in results:
                if error is not None:
                    failed += 1
                    click.echo(f"dnnd: error: {error}", err=True)
                elif fmt == "json":
                    rendered.append(text or "")
                else:
                    handle.write(text or "")
                    handle.flush()
                    wrote[0] = True
                if progress:
                    progress.advance(task)
        finally:
            if progress:
                progress.stop()
            if pool:
                pool.shutdown()
        if fmt == "json" and rendered:
            handle.write("[\n" + ",\n".join(rendered) + "\n]\n")
            wrote[0] = True
    if failed:
        total = len(work) + len(errors)
        click.echo(f"dnnd: {failed} of {total} inputs failed", err=True)
        sys.exit(1)


_common = [
    click.argument("paths", nargs=-1, required=True),
    click.option("--parser", "-p", metavar="NAME", help="Use this parser instead of sniffing (see `dnnd plugins`)."),
    click.option(
        "--format",
        "-f",
        "fmt",
        type=click.Choice(["jsonl", "json", "text"]),
        default="jsonl",
        show_default=True,
        help="jsonl: one JSON object per line; json: one JSON array; text: readable text.",
    ),
    click.option("--output", "-o", "out", metavar="FILE", help="Write here (atomically) instead of stdout."),
    click.option("--jobs", "-j", default=1, show_default=True, help="Parse this many inputs in parallel."),
    click.option(
        "--max-size",
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        metavar="BYTES",
        help="Refuse inputs larger than this.",
    ),
]


def _with_common(func: Any) -> Any:
    for decorator in reversed(_common):
        func = decorator(func)
    return func


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="dnnd")
def main() -> None:
    """dnnd: Vietnamese people's-diplomacy news pages into clean, typed data.

    \b
    Examples:
      dnnd parse examples/pages                 one JSON article per page
      dnnd parse page.html --format text        read one page as text
      dnnd extract examples/pages -o out.jsonl  articles with entities
      cat page.txt | dnnd parse -               read standard input
      dnnd plugins                              what parsers and extractors are loaded
    """


@main.command()
@_with_common
def parse(paths: tuple[str, ...], parser: str | None, fmt: str, out: str | None, jobs: int, max_size: int) -> None:
    """Parse pages (files, folders searched recursively, or - for stdin) into articles.

    \b
    Examples:
      dnnd parse examples/pages
      dnnd parse page.txt --parser text --format json
    Bad inputs are reported on stderr, one line each; the others are still
    parsed, and the exit status is 1 if any input failed.
    """
    _process(paths, parser, fmt, out, jobs, max_size, extract=False)


@main.command()
@_with_common
def extract(paths: tuple[str, ...], parser: str | None, fmt: str, out: str | None, jobs: int, max_size: int) -> None:
    """Parse pages and extract people, organizations, places, money, documents.

    \b
    Examples:
      dnnd extract examples/pages --format jsonl -o entities.jsonl
    """
    _process(paths, parser, fmt, out, jobs, max_size, extract=True)


@main.command()
def plugins() -> None:
    """List the loaded parsers and extractors, with their distribution and version."""
    registry = default_registry()
    infos = registry.describe()
    width = max((len(i.name) for i in infos), default=4)
    for info in infos:
        click.echo(f"{info.kind:<10} {info.name:<{width}}  {info.distribution} {info.version}  ({info.plugin})")
    for failure in registry.failures:
        click.echo(f"dnnd: warning: {failure}", err=True)


# The corpus commands (index, people, orgs, facts, search, aid, export) live in their own module.
from dnnd.cli_corpus import register as _register_corpus  # noqa: E402
from dnnd.cli_scaffold import register as _register_scaffold  # noqa: E402

_register_corpus(main)
_register_scaffold(main)

if __name__ == "__main__":  # pragma: no cover
    main()

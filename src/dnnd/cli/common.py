"""What the command modules of :mod:`dnnd.cli` share: error lines, the output file, the progress bar, the options.

Every command module imports from here and from the library, never from
:mod:`dnnd.cli` itself, so that no import goes round in a cycle. Heavy parts
(rich) are imported only when a command needs them.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, Any, NoReturn, TypeVar

import click

from dnnd.decode import DEFAULT_MAX_BYTES
from dnnd.files import atomic_writer

__all__ = [
    "DEFAULT_TIME_CAP",
    "PROGRESS_THRESHOLD",
    "count_ahead",
    "error",
    "fail",
    "files_from_option",
    "inputs_argument",
    "jobs_option",
    "max_size_option",
    "note",
    "output",
    "progress_bar",
    "time_cap_option",
    "warning",
]

#: Above this many inputs (and on a terminal) a progress bar is shown.
PROGRESS_THRESHOLD = 3
#: Seconds one page may take before it is reported and skipped (``--time-cap``).
DEFAULT_TIME_CAP = 300.0
# Inputs counted ahead for the progress bar's total; past this many (or this many bytes of pages
# already read, from crawls) the total is left open.
_COUNT_AHEAD = 100_000
_HOLD_AHEAD = 32 * 1024 * 1024

_T = TypeVar("_T")
_Decorator = Callable[[Callable[..., Any]], Callable[..., Any]]


def error(line: str) -> None:
    """Print one ``dnnd: error:`` line on stderr (the command goes on)."""
    click.echo(f"dnnd: error: {line}", err=True)


def warning(line: str) -> None:
    """Print one ``dnnd: warning:`` line on stderr: something is wrong but the command goes on (a broken plugin)."""
    click.echo(f"dnnd: warning: {line}", err=True)


def note(line: str) -> None:
    """Print one ``dnnd: note:`` line on stderr: something skipped on purpose, or worth knowing."""
    click.echo(f"dnnd: note: {line}", err=True)


def fail(line: str) -> NoReturn:
    """Print one ``dnnd: error:`` line on stderr and end the command with exit status 1."""
    error(line)
    sys.exit(1)


@contextmanager
def output(path: str | None) -> Iterator[tuple[IO[str], list[bool]]]:
    """Stdout (for ``None`` or ``-``), or a file that replaces ``path`` only if something was written to it.

    Yields the handle and a one-item list the caller sets to ``True`` once it has written.
    """
    wrote = [False]
    if path is None or path == "-":
        yield sys.stdout, wrote
        return
    with atomic_writer(Path(path), replace_if=lambda: wrote[0]) as handle:
        yield handle, wrote


def progress_bar(total: int | None) -> Any:
    """A rich progress bar on stderr, or ``None`` when stderr is not a terminal or there are few inputs."""
    if (total is not None and total <= PROGRESS_THRESHOLD) or not sys.stderr.isatty():
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


def count_ahead(pages: Iterable[_T]) -> tuple[Iterator[_T], int | None]:
    """All of ``pages`` again, and how many there are if counting them stayed cheap (else ``None``).

    Pages are held while counted, so counting stops after 100 000 of them or
    32 MiB of page text already read (pages from crawls).
    """
    found = iter(pages)
    ahead: list[_T] = []
    held = 0
    for page in found:
        ahead.append(page)
        held += len(getattr(page, "content", None) or "")
        if len(ahead) >= _COUNT_AHEAD or held > _HOLD_AHEAD:
            return itertools.chain(ahead, found), None
    return iter(ahead), len(ahead)


def _jobs_callback(ctx: click.Context, param: click.Parameter, value: int) -> int:
    if value < 1:
        raise click.BadParameter(f"{value} is not a number of processes; give 1 or more", ctx=ctx, param=param)
    return value


def inputs_argument() -> _Decorator:
    """The ``[INPUTS]...`` argument: files, folders, crawls, globs, ``-`` for standard input."""
    return click.argument("paths", nargs=-1, metavar="[INPUTS]...")


def jobs_option(help_text: str) -> _Decorator:
    """``--jobs/-j N``: how many processes; below 1 is a usage error."""
    return click.option("--jobs", "-j", default=1, show_default=True, type=int, callback=_jobs_callback, help=help_text)


def time_cap_option() -> _Decorator:
    """``--time-cap SECONDS``: a page taking longer is reported and skipped; 0: no cap."""
    return click.option(
        "--time-cap",
        default=DEFAULT_TIME_CAP,
        show_default=True,
        type=click.FloatRange(min=0),
        metavar="SECONDS",
        help="A page taking longer is reported and skipped; 0: no cap.",
    )


def max_size_option() -> _Decorator:
    """``--max-size BYTES``: inputs larger than this are refused, and never read further."""
    return click.option(
        "--max-size",
        default=DEFAULT_MAX_BYTES,
        show_default=True,
        type=click.IntRange(min=1),
        metavar="BYTES",
        help="Refuse inputs larger than this (never read more of any input).",
    )


def files_from_option(help_text: str) -> _Decorator:
    """``--files-from/-T FILE``: more inputs listed in a file, one path a line (``-``: standard input)."""
    return click.option("--files-from", "-T", metavar="FILE", help=help_text)

"""Tables on the command line: fitted to the terminal on a terminal, plain tab-separated text when piped.

On a terminal a table is drawn with rich at the terminal's width (``COLUMNS``
when set), long cells folded; piped or redirected, it is a header line and
one line per row, cells separated by tabs (tabs and line breaks inside a cell
become spaces), so that ``cut``, ``sort`` and spreadsheets read it as it is.
"""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Sequence
from typing import IO

__all__ = ["print_table", "terminal_width"]


def terminal_width(stream: IO[str] | None = None) -> int:
    """The width to draw at: ``COLUMNS`` if set to a number, else the terminal's, else 80."""
    columns = os.environ.get("COLUMNS", "")
    if columns.isdigit() and int(columns) > 0:
        return int(columns)
    return shutil.get_terminal_size((80, 24)).columns


def _plain(cell: str) -> str:
    return " ".join(cell.replace("\t", " ").splitlines())


def print_table(
    rows: Sequence[Sequence[str]], columns: Sequence[str], title: str, *, stream: IO[str] | None = None
) -> None:
    """Print ``rows`` (cells as text) under ``columns``: a fitted table on a terminal, plain lines otherwise."""
    out = stream or sys.stdout
    if not out.isatty():
        out.write("\t".join(columns) + "\n")
        for row in rows:
            out.write("\t".join(_plain(cell) for cell in row) + "\n")
        return
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{title} ({len(rows)})")
    for column in columns:
        table.add_column(column, overflow="fold")
    for row in rows:
        table.add_row(*row)
    Console(file=out, width=terminal_width(out), force_terminal=True).print(table)

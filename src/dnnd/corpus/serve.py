"""The corpus in datasette: the metadata dnnd ships (descriptions, facets, search, canned queries), `dnnd serve`.

:func:`metadata` describes every table, view and column of the layout, makes
the folded full-text index the articles table's search (so the search box
finds ``kết nghĩa`` typed with or without diacritics), and adds canned queries:
aid by province and year with links to the source articles, a person's
timeline, a fact with its evidence, and search. The text lives in
``datasette.json`` beside this module. :func:`serve` starts datasette with it
(the ``serve`` extra installs datasette: ``pip install 'dnnd[serve]'``).
"""

from __future__ import annotations

import json
import os
from importlib.resources import files
from pathlib import Path
from typing import Any

__all__ = ["metadata", "serve"]


def _layout() -> dict[str, list[str]]:
    """Every table and view of the layout (full-text tables aside) with its columns."""
    from dnnd.corpus import Corpus

    with Corpus(":memory:") as corpus:
        names = [
            r[0]
            for r in corpus.db.execute(
                "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE 'articles_fts%'"
            )
        ]
        return {n: [r[1] for r in corpus.db.execute(f'PRAGMA table_info("{n}")')] for n in names}


def metadata(db: str | os.PathLike[str]) -> dict[str, Any]:
    """datasette's metadata for the corpus file ``db`` (its database name is the file's stem, as datasette names it)."""
    data = json.loads(files("dnnd.corpus").joinpath("datasette.json").read_text(encoding="utf-8"))
    common: dict[str, str] = data.pop("common_columns")
    tables: dict[str, Any] = data.pop("tables")
    canned: dict[str, Any] = data.pop("queries")
    for name, columns in _layout().items():
        table = tables.setdefault(name, {})
        own = table.get("columns", {})
        table["columns"] = {c: own.get(c) or common.get(c, "") for c in columns}
    hidden = {name: {"hidden": True} for name in ("articles_fts", "articles_fts_ascii")}
    data["databases"] = {Path(db).stem: {"tables": {**tables, **hidden}, "queries": canned}}
    return data


def serve(db: str | os.PathLike[str], *, host: str = "127.0.0.1", port: int = 8001, open_browser: bool = False) -> None:
    """Run datasette on ``db`` with :func:`metadata` until interrupted (the file is opened read-only)."""
    import tempfile

    from datasette.cli import cli

    with tempfile.TemporaryDirectory(prefix="dnnd-serve-") as folder:
        path = Path(folder) / "metadata.json"
        path.write_text(json.dumps(metadata(db), ensure_ascii=False), encoding="utf-8")
        args = ["serve", str(db), "--metadata", str(path), "--host", host, "--port", str(port)]
        cli.main(args=[*args, *(["--open"] if open_browser else [])], prog_name="datasette", standalone_mode=False)

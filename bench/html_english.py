"""dnnd's generic HTML body against trafilatura on trafilatura's own evaluation corpus.

The corpus is trafilatura's public multilingual benchmark (about a thousand news, magazine,
blog and institutional pages, mostly English and German, some in undeclared legacy encodings):
for each page, ``evaldata.json`` lists a few snippets the main text must hold ("with") and a
few it must not ("without"). The score is trafilatura's own (``tests/eval_common.py``): a
snippet counts when it is a substring of the whitespace-normalised output; precision, recall
and F1 over all snippets of all pages. A page that raises counts as an empty output.

dnnd's output is the article's lead, body blocks and figure captions (its main text), as
:func:`dnnd.parse` returns it through the whole registry; trafilatura runs with the settings of
its evaluation (``include_comments=False, include_tables=True, include_formatting=False``).
Both tools read the same bytes in the same run, and their time is measured per tool.

The corpus is not part of dnnd. Get it from trafilatura's repository and pass its ``tests``
folder (the one holding ``evaldata.json``, ``eval/`` and ``cache/``)::

    git clone --depth 1 https://github.com/adbar/trafilatura /tmp/trafilatura
    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/html_english.py --data /tmp/trafilatura/tests [--limit N] [--misses 20]
"""

from __future__ import annotations

import argparse
import json
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import trafilatura

import dnnd
from dnnd.errors import DnndError
from dnnd.model import Figure, RawDocument


def norm(text: str) -> str:
    """Whitespace-normalised, as trafilatura's evaluation compares."""
    return re.sub(r"\s+", " ", text).strip()


class Matrix:
    """Snippet counts over a corpus: true/false positives and negatives."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = self.tn = 0
        self.seconds = 0.0
        self.failures = 0

    def add(self, item: dict[str, Any], result: str | None) -> tuple[int, int]:
        text = norm(result or "")
        tp = sum(1 for snippet in item["with"] if norm(snippet) in text)
        fp = sum(1 for snippet in item["without"] if norm(snippet) in text)
        self.tp += tp
        self.fp += fp
        self.fn += len(item["with"]) - tp
        self.tn += len(item["without"]) - fp
        return len(item["with"]) - tp, fp

    def scores(self) -> tuple[float, float, float]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * self.tp / (2 * self.tp + self.fp + self.fn) if self.tp else 0.0
        return precision, recall, f1


def dnnd_text(data: bytes, url: str) -> str:
    """dnnd's main text of a page: lead, body blocks and captions, in order."""
    article = dnnd.parse(RawDocument(data, source=url, url=url))
    parts = [article.lead or ""]
    parts += [block.caption if isinstance(block, Figure) else block.text for block in article.blocks]
    return "\n".join(part for part in parts if part)


def trafilatura_text(data: bytes, url: str) -> str:
    """trafilatura's main text, with the settings of its own evaluation."""
    return (
        trafilatura.extract(data, url=url, include_comments=False, include_tables=True, include_formatting=False) or ""
    )


def resolve(root: Path, name: str) -> Path | None:
    for sub in ("cache", "eval"):
        path = root / sub / name
        if path.is_file():
            return path
    return None


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, required=True, help="trafilatura's tests/ folder")
    parser.add_argument("--limit", type=int, default=0, help="only the first N pages (by URL)")
    parser.add_argument("--misses", type=int, default=0, help="list the N pages where dnnd loses most")
    args = parser.parse_args()
    evaldata = json.loads((args.data / "evaldata.json").read_text(encoding="utf-8"))
    pages: list[tuple[str, dict[str, Any], bytes]] = []
    for url in sorted(evaldata):
        path = resolve(args.data, evaldata[url]["file"])
        if path is not None:
            pages.append((url, evaldata[url], path.read_bytes()))
    if args.limit:
        pages = pages[: args.limit]
    tools: dict[str, Callable[[bytes, str], str]] = {"dnnd": dnnd_text, "trafilatura": trafilatura_text}
    matrices = {name: Matrix() for name in tools}
    losses: list[tuple[int, str, str]] = []
    errors: dict[str, int] = {}
    for url, item, data in pages:
        missed: dict[str, tuple[int, int]] = {}
        for name, run in tools.items():
            start = time.perf_counter()
            try:
                result: str | None = run(data, url)
            except DnndError as exc:
                result = None
                matrices[name].failures += 1
                kind = type(exc).__name__
                errors[kind] = errors.get(kind, 0) + 1
            except Exception:  # a crash is a full miss, as trafilatura's evaluation counts it
                result = None
                matrices[name].failures += 1
            matrices[name].seconds += time.perf_counter() - start
            missed[name] = matrices[name].add(item, result)
        gap = sum(missed["dnnd"]) - sum(missed["trafilatura"])
        if gap > 0:
            losses.append((gap, url, item["file"]))
    megabytes = sum(len(data) for _, _, data in pages) / 1e6
    print(f"{len(pages)} pages, {megabytes:.1f} MB of HTML (trafilatura's evaluation corpus)")
    print(f"{'tool':<12} {'precision':>9} {'recall':>7} {'F1':>6} {'no text':>8} {'pages/s':>8} {'MB/s':>6}")
    for name, matrix in matrices.items():
        precision, recall, f1 = matrix.scores()
        rate = len(pages) / matrix.seconds if matrix.seconds else 0.0
        print(
            f"{name:<12} {precision:>9.3f} {recall:>7.3f} {f1:>6.3f} {matrix.failures:>8} {rate:>8.1f} "
            f"{megabytes / matrix.seconds:>6.2f}"
        )
    if errors:
        print("dnnd refused: " + ", ".join(f"{count} {kind}" for kind, count in sorted(errors.items())))
    if args.misses:
        print(f"\npages where dnnd misses more snippets than trafilatura ({len(losses)}):")
        for gap, url, name in sorted(losses, reverse=True)[: args.misses]:
            print(f"  +{gap}  {name}  {url}")


if __name__ == "__main__":
    main()

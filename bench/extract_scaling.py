"""Extraction time against page size: doubling a page must at most double the time (give or take).

    python bench/extract_scaling.py [--sizes 1 2 4 8 16] [--limit 2.2]

Each page is built from the real paragraphs of the sample and dev pages, each
made unique by a suffix, up to the size asked (in millions of characters). For
every size the script prints the seconds :func:`dnnd.extract` takes over the whole
page and per extractor, then the ratio of each size's time to the previous one.
It exits with status 1 when a doubling costs more than ``--limit`` times. Each size
runs ``--repeat`` times and the fastest run counts, so that other work on a shared
machine does not pass for a slow extractor.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

import dnnd
from dnnd import Article, Paragraph
from dnnd.api import default_registry
from dnnd.plugin import ExtractionContext

ROOT = Path(__file__).resolve().parent.parent
PAGES = [
    *sorted((ROOT / "examples" / "pages").glob("*.txt")),
    *sorted((ROOT / "examples" / "dev" / "pages").glob("*.txt")),
]


def paragraphs() -> list[str]:
    """The longer lines of the text pages: real sentences with names, sums and dates."""
    out = []
    for path in PAGES:
        out += [line.strip() for line in path.read_text(encoding="utf-8").splitlines() if len(line.strip()) > 80]
    return out


def page(chars: int, source: list[str]) -> Article:
    """An article of about ``chars`` characters; every paragraph unique (``(mục N)``)."""
    blocks, size, i = [], 0, 0
    while size < chars:
        text = f"{source[i % len(source)]} (mục {i})"
        blocks.append(Paragraph(text))
        size += len(text) + 2
        i += 1
    return Article(title="Trang thử", blocks=blocks)


def timed(article: Article) -> dict[str, float]:
    """Seconds per extractor over ``article``, run as :func:`dnnd.extract` runs them."""
    mentions: list = []
    entities: list = []
    facts: list = []
    out = {}
    for extractor in default_registry().extractors():
        start = time.perf_counter()
        result = extractor.extract(ExtractionContext(article, tuple(mentions), tuple(entities), tuple(facts)))
        out[extractor.name] = time.perf_counter() - start
        mentions += result.mentions
        entities += result.entities
        facts += result.facts
    return out


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8, 16], help="millions of characters")
    parser.add_argument("--limit", type=float, default=2.2, help="largest allowed time ratio per doubling")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest counts (a shared machine)")
    args = parser.parse_args()
    source = paragraphs()
    dnnd.extract(page(20_000, source))  # load the gazetteers and compile the patterns first
    previous: tuple[float, float] | None = None
    worst = 0.0
    for size in args.sizes:
        article = page(int(size * 1_000_000), source)
        times = min((timed(article) for _ in range(args.repeat)), key=lambda t: sum(t.values()))
        total = sum(times.values())
        slowest = ", ".join(f"{k} {v:.2f}" for k, v in sorted(times.items(), key=lambda kv: -kv[1])[:4])
        line = f"{size:6.1f} M chars  {total:7.2f} s  {len(article.text) / total / 1e6:5.2f} M chars/s  ({slowest})"
        if previous is not None:
            ratio = (total / previous[1]) / (size / previous[0])
            worst = max(worst, ratio)
            line += f"  x{ratio * 2:.2f} per doubling"
        print(line, flush=True)
        previous = (size, total)
    if worst * 2 > args.limit:
        print(f"a doubling cost x{worst * 2:.2f} > x{args.limit}", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())

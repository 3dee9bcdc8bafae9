"""Benchmark dnnd's generic HTML parser against trafilatura: body-text F1 and pages per second.

Pages: the four real HTML pages in ``examples/pages/html`` (known text = their
gold body) and a few hundred pages rendered from generated articles with
random furniture by :mod:`dnnd.testing.html_render` (known text = the
article's body). F1 is the token multiset F1 of ``tools/score.py``
(``re.findall(r"\\w+", text.lower())``), micro-averaged over the pages.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/html_vs_trafilatura.py [--generated 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura
from hypothesis import HealthCheck, Phase, given, settings

from dnnd.api import load
from dnnd.model import Article, Heading, RawDocument
from dnnd.parsers.html import HtmlParser
from dnnd.testing.html_render import Furniture, furnitures, render_page
from dnnd.testing.strategies import articles
from dnnd.text.normalize import match_key

ROOT = Path(__file__).resolve().parent.parent
Page = tuple[str, str]  # (html, known body text)


def tokens(text: str) -> list[str]:
    """Tokens as tools/score.py counts them."""
    return re.findall(r"\w+", unicodedata.normalize("NFC", text or "").lower())


class Score:
    """Micro-averaged token multiset precision/recall/F1."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: str, pred: str) -> None:
        g, p = Counter(tokens(gold)), Counter(tokens(pred))
        tp = sum((g & p).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    @property
    def f1(self) -> float:
        if not self.tp:
            return 0.0
        precision, recall = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * precision * recall / (precision + recall)


def real_pages() -> list[Page]:
    pages = []
    for path in sorted((ROOT / "examples" / "pages" / "html").glob("*.html")):
        gold = json.loads((ROOT / "examples" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        text = load(path).content
        assert isinstance(text, str)
        pages.append((text, " ".join(gold["body"])))
    return pages


def generated_pages(count: int) -> list[Page]:
    drawn: list[tuple[Article, Furniture]] = []

    @settings(
        max_examples=count,
        database=None,
        derandomize=True,
        deadline=None,
        phases=[Phase.generate],
        suppress_health_check=list(HealthCheck),
    )
    @given(articles(min_blocks=2, max_blocks=10), furnitures())
    def collect(article: Article, furniture: Furniture) -> None:
        # A sub-heading that repeats the headline is read as the headline, not as body text
        # (the round-trip tests make the same assumption).
        title = match_key(article.title or "")
        if not any(isinstance(b, Heading) and match_key(b.text) == title for b in article.blocks):
            drawn.append((article, furniture))

    collect()
    return [(render_page(a, f), " ".join(a.body)) for a, f in drawn]


def dnnd_text(html: str) -> str:
    return " ".join(HtmlParser().parse(RawDocument(html)).body)


def trafilatura_precision(html: str) -> str:
    return trafilatura.extract(html, include_comments=False, favor_precision=True) or ""


def trafilatura_default(html: str) -> str:
    return trafilatura.extract(html) or ""


def measure(extract: Callable[[str], str], pages: list[Page], repeat: int) -> tuple[float, float]:
    """(F1, pages per second): the best of ``repeat`` timed runs."""
    score = Score()
    for html, known in pages:
        score.add(known, extract(html))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for html, _known in pages:
            extract(html)
        best = min(best, time.perf_counter() - start)
    return score.f1, len(pages) / best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--generated", type=int, default=300, help="generated pages (default 300)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs per extractor; the best counts")
    args = parser.parse_args()

    generated = generated_pages(args.generated)
    sets = {"real (4)": real_pages(), f"generated ({len(generated)})": generated}
    extractors = {
        "dnnd HtmlParser": dnnd_text,
        "trafilatura precision": trafilatura_precision,
        "trafilatura default": trafilatura_default,
    }
    results = {
        (name, label): measure(fn, pages, args.repeat)
        for name, fn in extractors.items()
        for label, pages in sets.items()
    }
    header = f"{'extractor':<24}" + "".join(f"{label + ' F1':>20}{'pages/s':>10}" for label in sets)
    print(header)
    print("-" * len(header))
    for name in extractors:
        cells = "".join(f"{results[name, label][0]:>20.3f}{results[name, label][1]:>10.1f}" for label in sets)
        print(f"{name:<24}{cells}")
    print()
    print("ratios dnnd / trafilatura (F1 ratio, speed ratio):")
    for name in list(extractors)[1:]:
        cells = ", ".join(
            f"{label}: F1 x{results['dnnd HtmlParser', label][0] / max(results[name, label][0], 1e-9):.2f}"
            f" speed x{results['dnnd HtmlParser', label][1] / results[name, label][1]:.2f}"
            for label in sets
        )
        print(f"  vs {name:<22} {cells}")


if __name__ == "__main__":
    main()

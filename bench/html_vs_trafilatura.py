"""Benchmark dnnd's generic HTML parser against trafilatura: body-text F1 and pages per second.

Pages: the four real HTML pages in ``examples/pages/html`` (known text = their
gold body) and a few hundred pages rendered from generated articles with
random furniture by :mod:`dnnd.testing.html_render` (known text = the
article's body). F1 is the token multiset F1 of ``tools/score.py``
(``re.findall(r"\\w+", text.lower())``), micro-averaged over the pages.

Then, field by field (title, published, authors, body), the dev set's pages
(``examples/dev``, outlets the samples do not cover): its HTML pages as they
are, and its text pages, which dnnd reads as text and trafilatura as HTML with
one ``<p>`` per line. dnnd runs through :func:`dnnd.parse` (the whole registry,
as a user would); trafilatura through ``bare_extraction`` with its metadata.

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/html_vs_trafilatura.py [--generated 300] [--repeat 3]
"""

from __future__ import annotations

import argparse
import html as html_escape
import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import trafilatura
from hypothesis import HealthCheck, Phase, given, settings

import dnnd
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


# ---------------------------------------------------------------- the dev set, field by field

FIELDS = ("title", "published", "authors", "body")
DevPage = tuple[RawDocument, str, dict]  # (the page as dnnd reads it, as trafilatura reads it, its gold)


def _norm(text: object) -> str:
    return re.sub(r"\s+", " ", unicodedata.normalize("NFC", str(text or ""))).strip().lower().strip(" .;,:")


def dev_pages(html: bool) -> list[DevPage]:
    """The dev set's HTML pages (``html``) or its text pages, each with its gold."""
    out = []
    for path in sorted((ROOT / "examples" / "dev" / "pages").iterdir()):
        if (path.suffix == ".html") != html:
            continue
        gold = json.loads((ROOT / "examples" / "dev" / "gold" / f"{path.stem}.json").read_text(encoding="utf-8"))
        doc = load(path)
        text = doc.text
        if not html:  # trafilatura reads HTML: one paragraph per line of the scrape
            lines = (html_escape.escape(line) for line in text.split("\n") if line.strip())
            text = "<html><body>" + "".join(f"<p>{line}</p>" for line in lines) + "</body></html>"
        out.append((doc, text, gold))
    return out


def dnnd_fields(doc: RawDocument, _html: str) -> dict:
    article = dnnd.parse(doc)
    return {
        "title": article.title,
        "published": article.published.isoformat() if article.published else None,
        "authors": list(article.authors),
        "body": " ".join(article.body),
    }


def trafilatura_fields(_doc: RawDocument, html: str) -> dict:
    found = trafilatura.bare_extraction(html, with_metadata=True)
    data = found.as_dict() if hasattr(found, "as_dict") else (found or {})
    author = data.get("author") or ""
    return {
        "title": data.get("title"),
        "published": data.get("date"),
        "authors": [a.strip() for a in author.split(";") if a.strip()],
        "body": data.get("text") or "",
    }


class Fields:
    """Per-field micro F1 over pages, the way tools/score.py scores each field."""

    def __init__(self) -> None:
        self.scores = {field: Score() for field in FIELDS}

    def add(self, gold: dict, got: dict) -> None:
        self.scores["body"].add(" ".join(gold.get("body", [])), got["body"])
        for field in ("title", "published"):
            want = gold.get(field)
            if field == "published" and not want:
                continue  # no stamp in the gold: not scored
            n = min(len(want), 10) if field == "published" and want else None
            pair = (_norm(want)[:n], _norm(got[field])[:n] if got[field] else "")
            score = self.scores[field]
            hit = pair[0] == pair[1] and bool(pair[1]) == bool(pair[0])
            score.tp += hit
            score.fp += (not hit) and bool(pair[1])
            score.fn += (not hit) and bool(pair[0])
            if not pair[0] and not pair[1]:
                score.tp += 1  # no headline, none claimed: right
        want, got_authors = Counter(map(_norm, gold.get("authors", []))), Counter(map(_norm, got["authors"]))
        score = self.scores["authors"]
        tp = sum((want & got_authors).values())
        score.tp += tp
        score.fp += sum(got_authors.values()) - tp
        score.fn += sum(want.values()) - tp
        if not want and not got_authors:
            score.tp += 1  # no byline, none claimed: right


def measure_fields(extract: Callable[[RawDocument, str], dict], pages: list[DevPage], repeat: int) -> tuple:
    """(F1 per field, pages per second): the best of ``repeat`` timed runs."""
    fields = Fields()
    for doc, html, gold in pages:
        fields.add(gold, extract(doc, html))
    best = float("inf")
    for _ in range(repeat):
        start = time.perf_counter()
        for doc, html, _gold in pages:
            extract(doc, html)
        best = min(best, time.perf_counter() - start)
    return {f: s.f1 if s.tp else (1.0 if not s.fp and not s.fn else 0.0) for f, s in fields.scores.items()}, len(
        pages
    ) / best


def dev_report(repeat: int) -> None:
    sets = {"dev HTML": dev_pages(html=True), "dev text": dev_pages(html=False)}
    extractors = {"dnnd": dnnd_fields, "trafilatura": trafilatura_fields}
    print()
    header = f"{'set':<14}{'extractor':<14}" + "".join(f"{f:>11}" for f in FIELDS) + f"{'pages/s':>10}"
    print(header)
    print("-" * len(header))
    for label, pages in sets.items():
        for name, fn in extractors.items():
            scores, speed = measure_fields(fn, pages, repeat)
            cells = "".join(f"{scores[f]:>11.3f}" for f in FIELDS)
            print(f"{label + f' ({len(pages)})':<14}{name:<14}{cells}{speed:>10.1f}")


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
    dev_report(args.repeat)


if __name__ == "__main__":
    main()

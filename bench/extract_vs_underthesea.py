"""Benchmark: dnnd's extractors against underthesea's NER, on the same texts, in one run.

Prints, for both systems: F1 per kind (persons, organizations, places) against
the gold files of the samples and of the dev set, and throughput (articles/s,
characters/s) on the gold texts and on a generated corpus; then the ratios. Usage::

    .venv/bin/pip install -e '.[bench]'
    .venv/bin/python bench/extract_vs_underthesea.py [--articles 10000] [--baseline-articles 200]

underthesea ships its CRF models in its wheel and runs offline.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable
from pathlib import Path

import dnnd
from dnnd import Article, Figure, Paragraph

ROOT = Path(__file__).resolve().parent.parent
GOLD = ROOT / "examples" / "gold"
DEV_GOLD = ROOT / "examples" / "dev" / "gold"
KINDS = {"person": "persons", "organization": "organizations", "place": "places"}
UNDERTHESEA_KINDS = {"PER": "person", "ORG": "organization", "LOC": "place"}


def norm(text: str | None) -> str:
    """The scorer's normalisation (tools/score.py)."""
    text = unicodedata.normalize("NFC", text or "")
    return re.sub(r"\s+", " ", text).strip().lower().strip(" .;,:")


class PRF:
    """Micro-averaged precision, recall and F1."""

    def __init__(self) -> None:
        self.tp = self.fp = self.fn = 0

    def add(self, gold: Iterable[str], pred: Iterable[str]) -> None:
        g, p = Counter(set(gold)), Counter(set(pred))
        tp = sum((g & p).values())
        self.tp += tp
        self.fp += sum(p.values()) - tp
        self.fn += sum(g.values()) - tp

    def f1(self) -> float:
        if not self.tp:
            return 0.0
        p, r = self.tp / (self.tp + self.fp), self.tp / (self.tp + self.fn)
        return 2 * p * r / (p + r)


def gold_articles(folder: Path = GOLD) -> list[tuple[dict, Article]]:
    """Each gold file of ``folder`` with an Article built from its body and captions."""
    out = []
    for path in sorted(folder.glob("*.json")):
        gold = json.loads(path.read_text(encoding="utf-8"))
        blocks = [Paragraph(p) for p in gold["body"]] + [Figure(f["src"], f["caption"]) for f in gold["figures"]]
        out.append((gold, Article(title=gold["title"], blocks=blocks)))
    return out


def dnnd_entities(article: Article) -> dict[str, set[str]]:
    """dnnd's persons, organizations and places for one article."""
    result = dnnd.extract(article)
    return {kind: {norm(e.name) for e in result.entities_of(kind)} for kind in KINDS}


def underthesea_entities(article: Article) -> dict[str, set[str]]:
    """underthesea.ner's entities (BIO tags joined into names) for one article."""
    from underthesea import ner

    found: dict[str, set[str]] = {kind: set() for kind in KINDS}
    for block in article.text.split("\n\n"):
        current: list[str] = []
        label = None
        for token, _pos, _chunk, tag in [*ner(block), ("", "", "", "O")]:
            if tag.startswith("B-") or tag == "O" or (tag.startswith("I-") and tag[2:] != label):
                if current and label in UNDERTHESEA_KINDS:
                    found[UNDERTHESEA_KINDS[label]].add(norm(" ".join(current)))
                current, label = ([token], tag[2:]) if tag != "O" else ([], None)
            else:
                current.append(token)
    return found


def score(system: Callable[[Article], dict[str, set[str]]], pairs: list[tuple[dict, Article]]) -> dict[str, float]:
    """F1 per kind of ``system`` against the gold."""
    prf = {kind: PRF() for kind in KINDS}
    for gold, article in pairs:
        found = system(article)
        gold_sets = {
            "person": {norm(p["name"]) for p in gold["persons"]},
            "organization": {norm(o) for o in gold["organizations"]},
            "place": {norm(p) for p in gold["places"]},
        }
        for kind in KINDS:
            prf[kind].add(gold_sets[kind], found[kind])
    return {kind: prf[kind].f1() for kind in KINDS}


def generated_corpus(n: int, seed: int = 7) -> list[Article]:
    """``n`` articles assembled from shuffled gold paragraphs (realistic text, known size)."""
    rng = random.Random(seed)
    paragraphs = [p for gold, _ in gold_articles() for p in gold["body"]]
    return [
        Article(title=f"Bài {i}", blocks=[Paragraph(p) for p in rng.sample(paragraphs, k=min(6, len(paragraphs)))])
        for i in range(n)
    ]


def throughput(system: Callable[[Article], object], articles: list[Article]) -> tuple[float, float]:
    """Articles per second and characters per second of ``system`` over ``articles``."""
    chars = sum(len(a.text) for a in articles)
    start = time.perf_counter()
    for article in articles:
        system(article)
    elapsed = time.perf_counter() - start
    return len(articles) / elapsed, chars / elapsed


def main() -> int:
    """Run the benchmark and print its table."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--articles", type=int, default=10_000, help="generated articles for dnnd's throughput")
    parser.add_argument("--baseline-articles", type=int, default=100, help="of those, how many underthesea reads")
    args = parser.parse_args()
    try:
        import underthesea  # noqa: F401
    except ImportError:
        print("underthesea is not installed: pip install -e '.[bench]'", file=sys.stderr)
        return 2

    pairs = gold_articles()
    dev = gold_articles(DEV_GOLD)
    corpus = generated_corpus(args.articles)
    same = corpus[: args.baseline_articles]
    dnnd.extract(pairs[0][1])  # load gazetteers before timing
    underthesea_entities(pairs[0][1])

    f1 = {
        "samples": (score(dnnd_entities, pairs), score(underthesea_entities, pairs)),
        "dev set": (score(dnnd_entities, dev), score(underthesea_entities, dev)),
    }
    gold_dnnd = throughput(dnnd.extract, [a for _, a in pairs + dev] * 10)
    gold_uts = throughput(underthesea_entities, [a for _, a in pairs + dev])
    same_dnnd = throughput(dnnd.extract, same)
    same_uts = throughput(underthesea_entities, same)
    corpus_dnnd = throughput(dnnd.extract, corpus)

    print(f"{'':34}{'dnnd':>14}{'underthesea':>14}{'ratio':>9}")
    for name, (ours, theirs) in f1.items():
        for kind in KINDS:
            print(f"F1 {KINDS[kind] + ', ' + name:<31}{ours[kind]:>14.3f}{theirs[kind]:>14.3f}")
    rows = [
        ("chars/s, gold texts (samples, dev)", gold_dnnd[1], gold_uts[1]),
        (f"chars/s, {len(same)} generated (same texts)", same_dnnd[1], same_uts[1]),
        (f"articles/s, {len(same)} generated", same_dnnd[0], same_uts[0]),
    ]
    for label, ours, theirs in rows:
        print(f"{label:<34}{ours:>14,.0f}{theirs:>14,.0f}{ours / theirs:>8.0f}x")
    label = f"dnnd over {len(corpus):,} generated"
    print(f"{label:<34}{corpus_dnnd[1]:>14,.0f} chars/s, {corpus_dnnd[0]:,.0f} articles/s")
    return 0


if __name__ == "__main__":
    sys.exit(main())

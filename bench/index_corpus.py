"""Index a large generated corpus and report speed, size and memory.

    python bench/index_corpus.py --n 50000 --db /tmp/bench.db

Articles come from templates with their entities attached directly (no parsing
or extraction), generated lazily so that the generator itself holds no list.
Prints articles per second, database bytes per article, and peak RSS sampled
when 10%, 50% and 100% of the articles are indexed: memory should stay flat.
"""

from __future__ import annotations

import argparse
import os
import random
import resource
import time
from collections.abc import Iterator
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from dnnd.corpus import Corpus
from dnnd.model import Article, Fact, Figure, Money, Organization, Paragraph, Person, Place, Role
from dnnd.testing.strategies import GIVEN, MIDDLE, PLACES, SURNAMES, WORDS

POSTS = (
    "Chủ tịch UBND tỉnh",
    "Phó Chủ tịch UBND tỉnh",
    "Chủ tịch Liên hiệp các tổ chức hữu nghị tỉnh",
    "Bí thư Tỉnh ủy",
)
ORGS = ("Liên hiệp các tổ chức hữu nghị tỉnh", "Hội hữu nghị Việt Nam - Lào", "UBND tỉnh", "Ban Đối ngoại Tỉnh ủy")


def rss_mb() -> float:
    """Current resident set size in MB (Linux /proc), else the peak from getrusage."""
    try:
        with open("/proc/self/statm") as handle:
            return int(handle.read().split()[1]) * os.sysconf("SC_PAGE_SIZE") / 2**20
    except OSError:
        return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def articles(n: int, seed: int = 0) -> Iterator[Article]:
    """``n`` articles, each with 2 people, 2 organizations, a province, a sum of money and an aid fact."""
    rnd = random.Random(seed)
    for i in range(n):
        province = rnd.choice(PLACES)
        people = [
            (f"{rnd.choice(SURNAMES)} {rnd.choice(MIDDLE)} {rnd.choice(GIVEN)}", f"{rnd.choice(POSTS)} {province}")
            for _ in range(2)
        ]
        sentences = [" ".join(rnd.choices(WORDS, k=rnd.randint(12, 30))).capitalize() + "." for _ in range(12)]
        lead = f"Ông {people[0][0]}, {people[0][1]}, dự lễ kết nghĩa tại tỉnh {province}."
        paragraphs = [lead, *(" ".join(sentences[j : j + 3]) for j in range(0, 12, 3))]
        amount = rnd.randint(1, 900) * 10**6
        day = date(2015, 1, 1) + timedelta(days=rnd.randint(0, 4000))
        entities = [Person(name=name, id=f"person:{k}", positions=[pos]) for k, (name, pos) in enumerate(people, 1)]
        entities += [
            Organization(name=f"{org} {province}", id=f"organization:{k}")
            for k, org in enumerate(rnd.sample(ORGS, 2), 1)
        ]
        entities += [
            Place(name=province, id="place:1", level="province"),
            Money(name=f"{amount // 10**6} triệu đồng", id="money:1", value=Decimal(amount), currency="VND"),
        ]
        yield Article(
            title=f"Tỉnh {province} {' '.join(rnd.choices(WORDS, k=8))}",
            blocks=[*map(Paragraph, paragraphs), Figure(src=f"img-{i}.jpg", caption=sentences[0])],
            published=day,
            url=f"https://bench.example.vn/tin-{i}.html",
            outlet="Báo Bench",
            entities=entities,
            facts=[Fact(kind="aid", roles=[Role("recipient", "place:1"), Role("amount", "money:1")])],
        )


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=50_000, help="articles to index (default 50000)")
    parser.add_argument("--db", default="bench-corpus.db", help="database file (replaced)")
    parser.add_argument("--batch", type=int, default=200)
    args = parser.parse_args()
    db = Path(args.db)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)

    marks = {max(1, args.n // 10): "10%", max(1, args.n // 2): "50%", args.n: "100%"}
    samples: list[tuple[str, float]] = []
    peak = 0.0

    def watched() -> Iterator[Article]:
        nonlocal peak
        for i, article in enumerate(articles(args.n), 1):
            yield article
            if i % 100 == 0 or i in marks:
                peak = max(peak, rss_mb())
            if i in marks:
                samples.append((marks[i], peak))

    start = time.perf_counter()
    with Corpus(db, batch_size=args.batch) as corpus:
        report = corpus.index(watched())
        corpus.db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    elapsed = time.perf_counter() - start
    size = db.stat().st_size
    print(f"articles indexed:    {report.indexed:,} in {elapsed:.1f} s")
    print(f"articles/second:     {report.indexed / elapsed:,.0f}")
    print(f"db bytes/article:    {size / max(1, report.indexed):,.0f} ({size / 2**20:,.1f} MB total)")
    for label, mb in samples:
        print(f"peak RSS at {label:>4}:   {mb:,.1f} MB")


if __name__ == "__main__":
    main()

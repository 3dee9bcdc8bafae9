"""Extraction time against page size: doubling a page must at most double the time (give or take).

    python bench/extract_scaling.py [--sizes 1 2 4 8 16] [--limit 2.2]
    python bench/extract_scaling.py --short 600     # 600 pages of 1-3 k characters, as many real pages are

Each page is built from the real paragraphs of the sample and dev pages, each
made unique by a suffix, up to the size asked (in millions of characters). For
every size the script prints the seconds :func:`dnnd.extract` takes over the whole
page and per extractor, then the ratio of each size's time to the previous one.
It exits with status 1 when a doubling costs more than ``--limit`` times. Each size
runs ``--repeat`` times and the fastest run counts, so that other work on a shared
machine does not pass for a slow extractor.

Times are CPU seconds of this process (``time.process_time``), so that other
work on a shared machine counts less. Every line also gives the ratio to a
baseline measured in the same run on the same text: one plain regular-expression
scan over it (``\\w+``, what reading the text once costs). ``x<N> scan``
is the extraction time in such scans; it moves much less than characters per
second from one machine, or one load, to the next.

``--plain`` adds, for the same pages in the same run, the extraction with every
pattern as written (:func:`dnnd.text.patterns.scanner` off: the code path before
it), run in a second process, both timed in turns, and the ratio of the two.

``--against SRC --short N`` runs the ``--short`` report on this checkout and on the
library in SRC (another checkout's ``src``, e.g. a worktree of the base commit), in
turns for ``--rounds`` rounds, and prints the fastest figures of each side per
extractor with the change: an A/B of one change in the same run. It also prints the
median over the rounds of each round's ratio new / base ("paired"): both sides of a
round ran under about the same load, so that figure drifts less on a shared machine.

``--short N`` builds N pages of 1 000-3 000 characters instead (sizes drawn
from a fixed seed) and runs :func:`dnnd.extract` on each, as a crawl of short
pages does: it reports characters per second over all of them, milliseconds per
page, the time per extractor and the per-document overhead (the time of
:func:`dnnd.extract` with as many extractors that find nothing: contexts, checks,
ids, sorting, the article's copy), and the time of the documents' shared word
indexes (:mod:`dnnd.text.words`). In a run the first extractor asking for one pays
it; the per-extractor figures build it before the extractors and list it apart as
``word index``, so that the extractor that happens to ask first (documents) does not
look slow.
"""

from __future__ import annotations

import argparse
import os
import random
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path

if os.environ.get("DNND_BENCH_PLAIN_REGEX"):  # the previous code path: every pattern as written, none recompiled
    import dnnd.text.patterns

    dnnd.text.patterns.scanner = lambda pattern: pattern  # type: ignore[assignment]  # before any extractor import

import dnnd
from dnnd import Article, Paragraph
from dnnd.api import default_registry
from dnnd.plugin import Extraction, ExtractionContext

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


def short_pages(count: int, source: list[str]) -> list[Article]:
    """``count`` articles of 1 000 to 3 000 characters, every paragraph unique, sizes from a fixed seed."""
    sizes = random.Random(14)
    pages, i = [], 0
    for n in range(count):
        target = sizes.randint(1000, 3000)
        blocks: list[Paragraph] = []
        size = 0
        while size < target:
            text = f"{source[i % len(source)]} (mục {i})"
            blocks.append(Paragraph(text))
            size += len(text) + 2
            i += 1
        pages.append(Article(title=" ".join(source[(i + n) % len(source)].split()[:10]), blocks=blocks))
    return pages


_WORD = re.compile(r"\w+")


def scan_seconds(texts: list[str], repeat: int) -> float:
    """CPU seconds of the baseline: one plain regular-expression scan over ``texts`` (the fastest of ``repeat``)."""
    best = float("inf")
    for _ in range(max(repeat, 10)):
        start = time.process_time()
        for text in texts:
            _WORD.findall(text)
        best = min(best, time.process_time() - start)
    return best


def read_index(article: Article, shared: dict) -> float | None:
    """Build ``article``'s shared word index into ``shared``, as the first extractor asking for it would, and return
    its CPU seconds (``None`` for a library without one): timed apart, it is not charged to that extractor."""
    try:
        from dnnd.text import words
    except ImportError:
        return None
    start = time.process_time()
    index = shared[words.WordIndex] = words.WordIndex(article.text)
    if hasattr(words, "_known_openings"):  # (a library of before: one vocabulary of all opening words)
        index.positions(words._known_openings)
    else:
        index._read_openings()
    return time.process_time() - start


def timed(article: Article) -> dict[str, float]:
    """CPU seconds per extractor over ``article``, run as :func:`dnnd.extract` runs them; the shared word index
    (``word index``) apart."""
    mentions: list = []
    entities: list = []
    facts: list = []
    out = {}
    shared: dict = {}  # one per article, as dnnd.extract keeps it: what one extractor builds, the next reuses
    if (seconds := read_index(article, shared)) is not None:
        out["word index"] = seconds
    for extractor in default_registry().extractors():
        start = time.process_time()
        result = extractor.extract(ExtractionContext(article, tuple(mentions), tuple(entities), tuple(facts), shared))
        out[extractor.name] = time.process_time() - start
        mentions += result.mentions
        entities += result.entities
        facts += result.facts
    return out


class _Idle:
    """An extractor that finds nothing: what :func:`dnnd.extract` costs around the extractors."""

    def __init__(self, name: str, order: int) -> None:
        self.name, self.order = name, order

    def extract(self, context: ExtractionContext) -> Extraction:
        return Extraction()


def index_seconds(pages: list[Article], repeat: int) -> float | None:
    """CPU seconds of the documents' shared word indexes, as the extractors ask for them: the words and the
    opening words of every pattern asked about (``None`` for a library without one)."""
    try:
        from dnnd.text import words
    except ImportError:
        return None
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for page in pages:
            index = words.WordIndex(page.text)
            if hasattr(words, "_known_openings"):  # (a library of before: one vocabulary of all opening words)
                index.positions(words._known_openings)
            else:
                index._read_openings()
        best = min(best, time.process_time() - start)
    return best


def run_short(count: int, source: list[str], repeat: int) -> None:
    """The ``--short`` report: many short pages through :func:`dnnd.extract`, against the scan baseline."""
    pages = short_pages(count, source)
    chars = sum(len(p.text) for p in pages)
    scan = scan_seconds([p.text for p in pages], repeat)
    best = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for page in pages:
            dnnd.extract(page)
        best = min(best, time.process_time() - start)
    per_extractor: dict[str, float] = {}
    for _ in range(repeat):  # each extractor's fastest pass over all the pages
        one_pass: dict[str, float] = {}
        for page in pages:
            for name, seconds in timed(page).items():
                one_pass[name] = one_pass.get(name, 0.0) + seconds
        per_extractor = {k: min(v, per_extractor.get(k, v)) for k, v in one_pass.items()}
    # the overhead: dnnd.extract with extractors of the same names and order that find nothing
    idle = [_Idle(e.name, e.order) for e in default_registry().extractors()]
    overhead = float("inf")
    for _ in range(repeat):
        start = time.process_time()
        for page in pages:
            dnnd.extract(page, extractors=idle)
        overhead = min(overhead, time.process_time() - start)
    index = index_seconds(pages, repeat)
    print(f"{count} short pages, {chars / count:.0f} characters each on average, {chars / 1e6:.2f} M in all")
    print(
        f"extract  {best:6.2f} s  {chars / best / 1e6:5.2f} M chars/s  {best / count * 1000:5.2f} ms/page"
        f"  x{best / scan:5.1f} scan  (baseline: scan {scan * 1000:.0f} ms, {chars / scan / 1e6:.0f} M chars/s)"
    )
    print(
        f"per-document overhead {overhead / count * 1e6:5.0f} µs/page ({overhead / best:4.1%}); "
        + "per extractor, s per M chars: "
        + ", ".join(f"{k} {v / chars * 1e6:.3f}" for k, v in sorted(per_extractor.items(), key=lambda kv: -kv[1]))
    )
    if index is not None:
        print(f'shared word index: {index / chars * 1e6:.3f} s per M chars (the "word index" above)')


def compare_plain(argv: list[str]) -> int:
    """Run this script with scanner() on and off, in turns, and print the ratio of the fastest runs."""
    argv = [a for a in argv if a != "--plain"]
    best: dict[str, tuple[float, str]] = {}
    for _ in range(2):
        for label, env in (("plain", {"DNND_BENCH_PLAIN_REGEX": "1"}), ("scanner", {})):
            out = subprocess.run(
                [sys.executable, __file__, *argv],
                env={**os.environ, **env},
                capture_output=True,
                text=True,
                check=True,
            ).stdout
            line = next(line for line in out.splitlines() if " s " in line and "chars/s" in line)
            seconds = float(line.split(" s ")[0].split()[-1])
            if label not in best or seconds < best[label][0]:
                best[label] = (seconds, line)
    for label, (_, line) in best.items():
        print(f"{label:8} {line}")
    print(f"scanner() on: x{best['plain'][0] / best['scanner'][0]:.2f} the speed of the patterns as written")
    return 0


def _short_figures(out: str) -> tuple[float, dict[str, float]]:
    """The total seconds and the per-extractor seconds per M chars of one ``--short`` report."""
    total = next(float(line.split(" s ")[0].split()[-1]) for line in out.splitlines() if line.startswith("extract "))
    line = next(line for line in out.splitlines() if "per extractor" in line)
    pairs = line.split("s per M chars: ", 1)[1].split(", ")
    return total, {name: float(value) for name, value in (pair.rsplit(" ", 1) for pair in pairs)}


def compare_against(short: int, repeat: int, base: str, rounds: int) -> int:
    """``--short`` on this tree and on the tree whose ``src`` is ``base``, in turns; the fastest run of each.

    Both runs use this script and this interpreter, only the library differs (``PYTHONPATH``); alternating
    them spreads the load of a shared machine over both, so that a change of a few per cent shows.
    """
    argv = ["--short", str(short), "--repeat", str(repeat)]
    trees = {"base": str(Path(base).resolve()), "new": str(ROOT / "src")}
    best: dict[str, tuple[float, dict[str, float]]] = {}
    ratios: dict[str, list[float]] = {}  # new / base within each round: the load of that moment on both sides
    for turn in range(rounds):
        this_round: dict[str, dict[str, float]] = {}
        for label, src in list(trees.items())[:: 1 if turn % 2 == 0 else -1]:  # each side first in turn
            env = {**os.environ, "PYTHONPATH": src}
            out = subprocess.run([sys.executable, __file__, *argv], env=env, capture_output=True, text=True, check=True)
            total, per = _short_figures(out.stdout)
            this_round[label] = {**per, "extract": total}
            if label in best:
                total = min(total, best[label][0])
                per = {k: min(v, best[label][1].get(k, v)) for k, v in per.items()}
            best[label] = (total, per)
        for name, before in this_round["base"].items():
            if before > 0 and name in this_round["new"]:
                ratios.setdefault(name, []).append(this_round["new"][name] / before)
    (old_total, old), (new_total, new) = best["base"], best["new"]
    print(f"extract: base {old_total:.3f} s, new {new_total:.3f} s: x{old_total / new_total:.3f} the speed")
    print("s per M chars, base -> new (fastest of each over the rounds; in brackets the median of the rounds' ratios):")
    for name in sorted(old, key=lambda k: -old[k]):
        after = new.get(name, float("nan"))
        paired = statistics.median(ratios[name]) - 1 if ratios.get(name) else float("nan")
        print(f"  {name:14} {old[name]:.3f} -> {after:.3f}  ({after / old[name] - 1:+.1%}; paired {paired:+.1%})")
    print(f"  {'sum':14} {sum(old.values()):.3f} -> {sum(new.values()):.3f}")
    if ratios.get("extract"):
        print(f"extract, median of the rounds' ratios: x{1 / statistics.median(ratios['extract']):.3f} the speed")
    return 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=float, nargs="+", default=[1, 2, 4, 8, 16], help="millions of characters")
    parser.add_argument("--limit", type=float, default=2.2, help="largest allowed time ratio per doubling")
    parser.add_argument("--repeat", type=int, default=2, help="runs per size; the fastest counts (a shared machine)")
    parser.add_argument("--short", type=int, metavar="N", help="time N pages of 1-3 k characters instead of --sizes")
    parser.add_argument("--plain", action="store_true", help="also time the patterns as written (scanner off)")
    parser.add_argument(
        "--against", metavar="SRC", help="with --short: A/B against the library in SRC (another checkout's src)"
    )
    parser.add_argument("--rounds", type=int, default=3, help="turns of each side with --against")
    args = parser.parse_args()
    if args.against:
        if not args.short:
            parser.error("--against compares --short runs: give --short N too")
        return compare_against(args.short, args.repeat, args.against, args.rounds)
    if args.plain:
        return compare_plain(sys.argv[1:])
    source = paragraphs()
    dnnd.extract(page(20_000, source))  # load the gazetteers and compile the patterns first
    if args.short:
        run_short(args.short, source, args.repeat)
        return 0
    previous: tuple[float, float] | None = None
    worst = 0.0
    for size in args.sizes:
        article = page(int(size * 1_000_000), source)
        times = min((timed(article) for _ in range(args.repeat)), key=lambda t: sum(t.values()))
        total = sum(times.values())
        scan = scan_seconds([article.text], args.repeat)
        slowest = ", ".join(f"{k} {v:.2f}" for k, v in sorted(times.items(), key=lambda kv: -kv[1])[:4])
        line = (
            f"{size:6.1f} M chars  {total:7.2f} s  {len(article.text) / total / 1e6:5.2f} M chars/s"
            f"  x{total / scan:5.1f} scan  ({slowest})"
        )
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

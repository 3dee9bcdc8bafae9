"""Throughput of ``dnnd parse`` / ``extract`` / ``index`` at 1, 2 and all cores, and memory over a long run.

    python bench/jobs.py --pages 2000            # a WARC crawl of 2 000 pages made from the samples
    nice -n 10 python bench/jobs.py --pages 100000
    python bench/jobs.py --pages 20000 --jobs 2 --commands extract
    python bench/jobs.py --pages 100000 --short  # pages of 1-3 k characters, as many real pages are

The pages are the bundled text samples, each copy's title numbered so that no
two articles are equal, written as one ``.warc.gz`` crawl (what a run over a
real crawl reads); with ``--short``, pages of 1 000-3 000 characters built from
the paragraphs of the sample and dev pages instead (a title line, then
paragraphs, every paragraph numbered so that none repeats). Each command runs as a separate process, as a user would
run it (``index`` into a fresh SQLite file). For every run the report gives
pages and characters per second, the scaling ratio against the one-process run
of the same command in this run (the baseline), and memory: the peak of the
summed resident memory of the main process and its workers, sampled every
``--sample`` seconds, in the first and in the second half of the run. A run
whose memory grows with the number of pages shows a second half well above
the first (``growth``); flat memory shows about 1.0x.
"""

from __future__ import annotations

import argparse
import io
import os
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "bench"))

from extract_scaling import paragraphs  # noqa: E402 (a sibling script)


def short_page(i: int, source: list[str], sizes: random.Random) -> str:
    """Page ``i`` of a ``--short`` crawl: a title line and paragraphs, 1 000 to 3 000 characters."""
    target = sizes.randint(1000, 3000)
    title = " ".join(source[(i * 7) % len(source)].split()[:10])
    lines, size, k = [f"{title} (bản {i})"], 0, i * 3
    while size < target:
        lines.append(f"{source[k % len(source)]} (mục {i}.{k})")
        size += len(lines[-1]) + 2
        k += 1
    return "\n\n".join(lines)


def make_crawl(path: Path, count: int, short: bool = False) -> int:
    """Write ``count`` pages into a WARC file; return the number of characters."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "pages").glob("*.txt"))]
    source = paragraphs() if short else []
    sizes = random.Random(14)
    chars = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for i in range(count):
            if short:
                text = short_page(i, source, sizes)
            else:
                page = samples[i % len(samples)]
                title, _, rest = page.partition("\n")
                text = f"{title} (bản {i})\n{rest}"
            chars += len(text)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
            payload = io.BytesIO(text.encode("utf-8"))
            url = f"https://vidu.vn/bai-{i}.html"
            writer.write_record(writer.create_warc_record(url, "response", payload=payload, http_headers=headers))
    return chars


def tree_rss(pid: int) -> int:
    """Resident bytes of process ``pid`` and all its descendants (the workers), 0 once it is gone."""
    import psutil

    try:
        root = psutil.Process(pid)
        procs = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0
    total = 0
    for proc in procs:
        try:
            total += proc.memory_info().rss
        except psutil.Error:
            continue
    return total


def run(command: str, crawl: Path, jobs: int, folder: Path, sample: float) -> tuple[float, int, int]:
    """Seconds of one ``dnnd COMMAND crawl -j JOBS`` run, and its peak tree RSS in each half of the run."""
    argv = [sys.executable, "-m", "dnnd", command, str(crawl), "-j", str(jobs)]
    if command == "index":
        db = folder / f"index-{jobs}.db"
        db.unlink(missing_ok=True)
        argv += ["--db", str(db)]
    else:
        argv += ["-o", os.devnull]
    samples: list[tuple[float, int]] = []
    started = time.perf_counter()
    with subprocess.Popen(argv, stderr=subprocess.DEVNULL) as proc:
        while proc.poll() is None:
            samples.append((time.perf_counter() - started, tree_rss(proc.pid)))
            time.sleep(sample)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(argv)} exited with status {proc.returncode}")
    seconds = time.perf_counter() - started
    half = seconds / 2
    first = max((rss for t, rss in samples if t < half), default=0)
    second = max((rss for t, rss in samples if t >= half), default=0)
    return seconds, first, second


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="*", help="the -j values to try (default: 1, 2 and all cores)")
    parser.add_argument("--commands", nargs="*", default=["parse", "extract", "index"])
    parser.add_argument("--sample", type=float, default=0.5, help="seconds between two memory samples")
    parser.add_argument("--short", action="store_true", help="pages of 1-3 k characters instead of the samples")
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    jobs = args.jobs or sorted({1, min(2, cores), cores})
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        crawl = folder / "crawl.warc.gz"
        chars = make_crawl(crawl, args.pages, args.short)
        print(f"{args.pages} pages, {chars / 1e6:.1f} M characters, {cores} usable cores", flush=True)
        print(
            f"{'command':8} {'-j':>3} {'seconds':>8} {'pages/s':>8} {'M chars/s':>9} {'scaling':>7} "
            f"{'peak RSS':>9} {'growth':>6}"
        )
        for command in args.commands:
            base = None
            for j in jobs:
                seconds, first, second = run(command, crawl, j, folder, args.sample)
                base = base or seconds
                growth = second / first if first else float("nan")
                print(
                    f"{command:8} {j:>3} {seconds:>8.1f} {args.pages / seconds:>8.0f} {chars / seconds / 1e6:>9.2f} "
                    f"{base / seconds:>6.2f}x {max(first, second) / 2**20:>6.0f} MB {growth:>5.2f}x",
                    flush=True,
                )


if __name__ == "__main__":
    main()

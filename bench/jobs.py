"""Throughput of ``dnnd parse`` / ``dnnd extract`` at 1, 2 and all cores, and memory over a long run.

    python bench/jobs.py --pages 2000            # a WARC crawl of 2 000 pages made from the samples
    python bench/jobs.py --pages 100000 --jobs 2 --commands extract

The pages are the bundled text samples, each copy's title numbered so that no
two articles are equal, written as one ``.warc.gz`` crawl (what a run over a
real crawl reads). Each command runs as a separate process, as a user would
run it; the report gives pages and characters per second, the scaling ratio
against one process, and the peak resident memory of the main process and of
the largest worker.
"""

from __future__ import annotations

import argparse
import io
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def make_crawl(path: Path, count: int) -> int:
    """Write ``count`` pages into a WARC file; return the number of characters."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    samples = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "examples" / "pages").glob("*.txt"))]
    chars = 0
    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for i in range(count):
            page = samples[i % len(samples)]
            title, _, rest = page.partition("\n")
            text = f"{title} (bản {i})\n{rest}"
            chars += len(text)
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain; charset=utf-8")], protocol="HTTP/1.1")
            payload = io.BytesIO(text.encode("utf-8"))
            url = f"https://vidu.vn/bai-{i}.html"
            writer.write_record(writer.create_warc_record(url, "response", payload=payload, http_headers=headers))
    return chars


def run(command: str, crawl: Path, jobs: int) -> tuple[float, int]:
    """Seconds and output lines of one ``dnnd COMMAND crawl -j JOBS`` run."""
    dnnd = [sys.executable, "-m", "dnnd", command, str(crawl), "-j", str(jobs), "-o", os.devnull]
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    subprocess.run(dnnd, check=True)
    seconds = time.perf_counter() - started
    return seconds, max(before, resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=2000)
    parser.add_argument("--jobs", type=int, nargs="*", help="the -j values to try (default: 1, 2 and all cores)")
    parser.add_argument("--commands", nargs="*", default=["parse", "extract"])
    args = parser.parse_args()
    cores = len(os.sched_getaffinity(0))
    jobs = args.jobs or sorted({1, min(2, cores), cores})
    with tempfile.TemporaryDirectory() as folder:
        crawl = Path(folder) / "crawl.warc.gz"
        chars = make_crawl(crawl, args.pages)
        print(f"{args.pages} pages, {chars / 1e6:.1f} M characters, {cores} usable cores")
        print(f"{'command':8} {'-j':>3} {'seconds':>8} {'pages/s':>8} {'M chars/s':>9} {'scaling':>7} {'max RSS':>9}")
        for command in args.commands:
            base = None
            for j in jobs:
                seconds, rss_kb = run(command, crawl, j)
                base = base or seconds
                print(
                    f"{command:8} {j:>3} {seconds:>8.1f} {args.pages / seconds:>8.0f} {chars / seconds / 1e6:>9.2f} "
                    f"{base / seconds:>6.2f}x {rss_kb / 1024:>7.0f} MB"
                )


if __name__ == "__main__":
    main()

"""Throughput of the Dask path at 1 and 2 worker processes against the serial path, in one run.

    python bench/dask_scale.py --copies 20

The sample and dev pages are copied ``--copies`` times into a temporary folder
(each copy in its own subfolder, so that every page is read and parsed anew).
Then, on the same pages:

* serial: ``dnnd.extract`` on each file in this process (plugins loaded first);
* dask N: ``dnnd.dask.extract`` on a ``distributed.LocalCluster`` of N worker
  processes, one thread each; the cluster is started and warmed (each worker
  loads the plugins) before the clock starts; ``count N`` is the same work
  without sending the articles back to this process;
* parquet: ``dnnd.dask.to_parquet`` of the same bag on 2 workers.

Prints pages/s, characters/s and the ratio to the serial run. Needs
``pip install 'dnnd[scale]'``.
"""

from __future__ import annotations

import argparse
import shutil
import tempfile
import time
from pathlib import Path

import dnnd
import dnnd.dask

ROOT = Path(__file__).resolve().parent.parent
SOURCES = (ROOT / "examples" / "pages", ROOT / "examples" / "dev" / "pages")


def make_pages(folder: Path, copies: int) -> list[Path]:
    """``copies`` copies of the sample and dev pages under ``folder``."""
    originals = [p for src in SOURCES for p in sorted(src.rglob("*")) if p.suffix in (".txt", ".html")]
    out = []
    for i in range(copies):
        for page in originals:
            target = folder / f"copy{i:03d}" / page.parent.name / page.name
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)
            out.append(target)
    return out


def _warm(_: object) -> int:
    dnnd.extract("Tiêu đề\n\nSáng 10/1, hội nghị khai mạc tại tỉnh Lào Cai.")
    return 0


def report(label: str, seconds: float, pages: int, chars: int, baseline: float | None) -> None:
    ratio = f"{baseline / seconds:5.2f}x" if baseline else "   1.00x"
    print(f"{label:<12} {seconds:7.2f} s {pages / seconds:8.1f} pages/s {chars / seconds / 1e6:6.2f} M chars/s {ratio}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--copies", type=int, default=20, help="copies of the sample and dev pages")
    parser.add_argument("--workers", type=int, nargs="+", default=[1, 2], help="worker process counts to run")
    args = parser.parse_args()

    from distributed import Client, LocalCluster

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "pages"
        files = make_pages(folder, args.copies)
        _warm(None)
        start = time.perf_counter()
        serial = [dnnd.extract(p) for p in files]
        baseline = time.perf_counter() - start
        chars = sum(len(a.text) for a in serial)
        print(f"{len(files)} pages, {chars:,} characters of article text")
        report("serial", baseline, len(files), chars, None)
        for workers in args.workers:
            with (
                LocalCluster(n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=":0") as cl,
                Client(cl) as client,
            ):
                client.run(_warm, None)
                bag = dnnd.dask.extract(dnnd.dask.read_pages(folder, partition_size=20))
                start = time.perf_counter()
                articles = bag.compute()
                seconds = time.perf_counter() - start
                assert len(articles) == len(serial)
                report(f"dask {workers}", seconds, len(files), chars, baseline)
                start = time.perf_counter()
                assert bag.count().compute() == len(serial)  # the same work, without sending articles back
                report(f"  count {workers}", time.perf_counter() - start, len(files), chars, baseline)
                if workers == max(args.workers):
                    start = time.perf_counter()
                    dnnd.dask.to_parquet(bag, Path(tmp) / "articles")
                    report(f"parquet {workers}", time.perf_counter() - start, len(files), chars, baseline)


if __name__ == "__main__":
    main()

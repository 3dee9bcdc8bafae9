"""Fuzz the crawl readers: damaged WARC, tar and JSON Lines files must give pages and problems, never an exception.

    python bench/fuzz_crawls.py --n 100000

Each input is a small crawl (three sample pages) as dnnd's users store them,
then damaged: bytes cut, inserted, or the file truncated. Every page it gives
is read as :func:`dnnd.inputs.Page.document` would. Reports inputs tried,
failures (with the first tracebacks) and the slowest inputs.
"""

from __future__ import annotations

import argparse
import io
import json
import os
import random
import tarfile
import tempfile
import time
import traceback
from pathlib import Path

from dnnd.inputs import Page, iter_inputs

ROOT = Path(__file__).resolve().parent.parent


def crawl(rng: random.Random, samples: list[bytes]) -> tuple[bytes, str]:
    """A small crawl in one of the stored forms, and its file suffix."""
    kind = rng.choice(["warc", "tar", "jsonl"])
    if kind == "warc":
        from warcio.statusandheaders import StatusAndHeaders
        from warcio.warcwriter import WARCWriter

        out = io.BytesIO()
        writer = WARCWriter(out, gzip=rng.random() < 0.5)
        for i in range(3):
            headers = StatusAndHeaders("200 OK", [("Content-Type", "text/plain")], protocol="HTTP/1.1")
            payload = io.BytesIO(rng.choice(samples))
            writer.write_record(
                writer.create_warc_record(f"https://vidu.vn/{i}", "response", payload=payload, http_headers=headers)
            )
        return out.getvalue(), ".warc.gz"
    if kind == "tar":
        out = io.BytesIO()
        with tarfile.open(fileobj=out, mode="w:gz") as archive:
            for i in range(3):
                data = rng.choice(samples)
                info = tarfile.TarInfo(f"p{i}.txt")
                info.size = len(data)
                archive.addfile(info, io.BytesIO(data))
        return out.getvalue(), ".tar.gz"
    rows = [json.dumps({"url": f"https://vidu.vn/{i}", "text": rng.choice(samples).decode()}) for i in range(3)]
    return "\n".join(rows).encode(), ".jsonl"


def damage(rng: random.Random, data: bytes) -> bytes:
    """``data`` with bytes cut, inserted, or the end truncated."""
    out = bytearray(data)
    for _ in range(rng.randint(0, 20)):
        at = rng.randrange(len(out) + 1)
        roll = rng.random()
        if roll < 0.4 and out:
            del out[at % len(out) : at % len(out) + rng.randint(1, 50)]
        elif roll < 0.8:
            out[at:at] = os.urandom(rng.randint(1, 20))
        else:
            del out[at:]
    return bytes(out)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    samples = [p.read_bytes() for p in sorted((ROOT / "examples" / "pages").glob("*.txt"))]
    failures: list[str] = []
    slowest: list[tuple[float, str]] = []
    with tempfile.TemporaryDirectory() as folder:
        for i in range(args.n):
            data, suffix = crawl(rng, samples)
            path = Path(folder) / f"crawl{suffix}"
            path.write_bytes(damage(rng, data))
            started = time.perf_counter()
            try:
                for item in iter_inputs([str(path)], max_bytes=100_000):
                    if isinstance(item, Page):
                        item.document(max_bytes=100_000)
            except Exception:
                failures.append(traceback.format_exc())
            slowest = sorted([*slowest, (time.perf_counter() - started, f"input {i} ({suffix})")], reverse=True)[:5]
    print(f"inputs tried {args.n}, failures {len(failures)}")
    for text in failures[:3]:
        print(text)
    print("slowest:", ", ".join(f"{name} {seconds * 1000:.0f} ms" for seconds, name in slowest))


if __name__ == "__main__":
    main()

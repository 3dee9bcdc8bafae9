"""Long runs: crawls (WARC) give the same articles as the folder, and an interrupted run leaves nothing behind."""

from __future__ import annotations

import io
import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner

from dnnd.cli import main

COPIES = 34  # x 9 sample pages: a few hundred records


def _without_identity(value: Any) -> Any:
    """An article's JSON without what names where it came from (source, URL, ids derived from them)."""
    if isinstance(value, dict):
        return {k: _without_identity(v) for k, v in value.items() if k not in ("source", "url", "id", "article")}
    if isinstance(value, list):
        return [_without_identity(v) for v in value]
    return value


def _warc(path: Path, pages: list[tuple[str, bytes, str]]) -> None:
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for url, body, media in pages:
            request = writer.create_warc_record(url, "request", payload=io.BytesIO(b"GET / HTTP/1.1\r\n\r\n"))
            writer.write_record(request)
            headers = StatusAndHeaders("200 OK", [("Content-Type", f"{media}; charset=utf-8")], protocol="HTTP/1.1")
            writer.write_record(
                writer.create_warc_record(url, "response", payload=io.BytesIO(body), http_headers=headers)
            )
        image = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        png = io.BytesIO(b"\x89PNG\r\n\x1a\n" + b"\0" * 64)
        writer.write_record(
            writer.create_warc_record("https://vidu.vn/a.png", "response", payload=png, http_headers=image)
        )
        gone = StatusAndHeaders("404 Not Found", [("Content-Type", "text/html")], protocol="HTTP/1.1")
        body = io.BytesIO(b"<html><body>not found</body></html>")
        writer.write_record(writer.create_warc_record("https://vidu.vn/x", "response", payload=body, http_headers=gone))


def test_a_warc_file_gives_the_articles_of_the_folder(tmp_path: Path, pages: Path) -> None:
    runner = CliRunner()
    folder = runner.invoke(main, ["extract", str(pages)])
    assert folder.exit_code == 0
    articles = [json.loads(line) for line in folder.stdout.splitlines()]
    files = sorted(p for p in pages.rglob("*") if p.suffix in (".txt", ".html"))
    assert [Path(a["source"]).name for a in articles] == [p.name for p in files]
    records = []
    for copy in range(COPIES):
        for article, file in zip(articles, files, strict=True):
            url = article["url"] or f"https://vidu.vn/{file.stem}-{copy}.html"
            media = "text/html" if file.suffix == ".html" else "text/plain"
            records.append((url, file.read_bytes(), media))
    crawl = tmp_path / "crawl.warc.gz"
    _warc(crawl, records)
    result = runner.invoke(main, ["extract", str(crawl), "-j", "2"])
    assert result.exit_code == 0, result.stderr
    from_warc = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(from_warc) == len(records) == COPIES * len(files)
    assert [a["source"] for a in from_warc] == [url for url, _, _ in records]
    expected = [_without_identity(a) for a in articles]
    for copy in range(COPIES):
        chunk = from_warc[copy * len(files) : (copy + 1) * len(files)]
        assert [_without_identity(a) for a in chunk] == expected


def _children(pid: int) -> set[int]:
    found: set[int] = set()
    for task in Path(f"/proc/{pid}/task").iterdir():
        children = (task / "children").read_text().split()
        found.update(int(c) for c in children)
    return found


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().split(")")[-1].split()[0]
    except FileNotFoundError:
        return False
    return state != "Z"


@pytest.mark.parametrize(("signum", "status"), [(signal.SIGTERM, 143), (signal.SIGINT, 130)])
def test_an_interrupted_run_cleans_up(tmp_path: Path, pages: Path, signum: int, status: int) -> None:
    folder = tmp_path / "pages"
    folder.mkdir()
    files = sorted(p for p in pages.rglob("*") if p.suffix in (".txt", ".html"))
    for copy in range(60):
        for file in files:
            (folder / f"{copy:03d}-{file.name}").write_bytes(file.read_bytes())
    out = tmp_path / "out" / "articles.jsonl"
    command = [sys.executable, "-m", "dnnd", "extract", str(folder), "-j", "2", "-o", str(out)]
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    workers: set[int] = set()
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and process.poll() is None:
        workers = _children(process.pid)
        if len(workers) >= 2 and any(p.name.endswith(".part") for p in out.parent.glob(".*")):
            break
        time.sleep(0.05)
    assert process.poll() is None, "the run ended before it could be interrupted"
    time.sleep(0.3)
    process.send_signal(signum)
    _, stderr = process.communicate(timeout=120)  # (a loaded machine: slow, not stuck)
    assert process.returncode == status, stderr.decode()
    assert b"Traceback" not in stderr
    assert not out.exists()
    assert list(out.parent.iterdir()) == []
    time.sleep(0.5)
    assert [pid for pid in workers if _alive(pid)] == []
    assert os.path.exists(folder)

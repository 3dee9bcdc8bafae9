"""The Dask path on a local cluster gives what `dnnd extract` gives, page for page."""

from __future__ import annotations

import ast
import io
import json
import textwrap
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from extras import needs

import dnnd
from dnnd.cli import main
from dnnd.model import Article

needs("dask.bag", "scale")
distributed = needs("distributed", "scale")
needs("pyarrow", "scale")

import dnnd.dask as dd  # noqa: E402  (after the check that the scale extra is installed)
from dnnd import parquet  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "examples" / "pages"
DEV = ROOT / "examples" / "dev" / "pages"


@pytest.fixture(scope="module")
def client() -> Iterator[object]:
    """A cluster in this process (threads): what a worker does, without the start-up of worker processes."""
    with (
        distributed.LocalCluster(n_workers=1, threads_per_worker=2, processes=False, dashboard_address=":0") as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


def _cli(*args: str) -> tuple[int, str, str]:
    result = CliRunner().invoke(main, list(args))
    return result.exit_code, result.stdout, result.stderr


@pytest.fixture(scope="module")
def serial_lines() -> list[str]:
    """`dnnd extract` on the samples and the dev pages: the serial path, as a user runs it."""
    code, out, err = _cli("extract", str(SAMPLES), str(DEV), "--format", "jsonl")
    assert code == 0, err
    return out.splitlines(keepends=True)


def test_extract_gives_the_serial_articles_in_order(client: object, serial_lines: list[str]) -> None:
    pages = dd.read_pages([SAMPLES, DEV], partition_size=5)
    assert pages.npartitions > 1
    articles = dd.extract(pages).compute()
    assert articles == [dnnd.from_json(line) for line in serial_lines]


def test_to_jsonl_writes_the_lines_dnnd_extract_prints(client: object, serial_lines: list[str], tmp_path: Path) -> None:
    # Dask may cut one partition more than asked (its size is rounded down): one file per partition.
    bag = dd.extract(dd.read_pages([SAMPLES, DEV], npartitions=4))
    files = dd.to_jsonl(bag, tmp_path / "jsonl", extraction=True)
    assert [Path(f).name for f in files] == [f"part-{i:05d}.jsonl" for i in range(bag.npartitions)]
    assert [line for f in files for line in Path(f).read_text(encoding="utf-8").splitlines(keepends=True)] == (
        serial_lines
    )


def test_to_parquet_reads_back_as_the_serial_articles(client: object, serial_lines: list[str], tmp_path: Path) -> None:
    target = tmp_path / "articles"
    bag = dd.extract(dd.read_pages([SAMPLES, DEV], npartitions=3))
    rows = dd.to_parquet(bag, target)
    serial = [dnnd.from_json(line) for line in serial_lines]
    assert rows == len(serial)
    # Each partition of the bag wrote its own files, in hive folders by outlet and month.
    names = {p.name.split("-")[1] for p in target.rglob("*.parquet")}
    assert names == {f"{i:05d}" for i in range(bag.npartitions)}
    assert all(p.parent.name.startswith("month=") for p in target.rglob("*.parquet"))
    back = list(parquet.read_parquet(target))
    assert sorted(back, key=dnnd.to_json) == sorted(serial, key=dnnd.to_json)
    duckdb = needs("duckdb", "test")
    glob = (target / "**" / "*.parquet").as_posix()
    ids = duckdb.sql(f"SELECT id FROM read_parquet('{glob}', hive_partitioning = true)").fetchall()
    assert sorted(i for (i,) in ids) == sorted(a.id for a in serial)


def test_parsed_once_extracted_later_from_parquet(client: object, serial_lines: list[str], tmp_path: Path) -> None:
    import pyarrow.compute as pc

    target = tmp_path / "parsed"
    dd.to_parquet(dd.parse(dd.read_pages([SAMPLES, DEV], npartitions=2)), target)
    bag = dd.read_parquet(target)
    assert bag.npartitions == len(list(target.rglob("*.parquet")))
    parsed = bag.compute()
    assert all(not a.mentions and not a.entities for a in parsed)
    serial = [dnnd.from_json(line) for line in serial_lines]
    assert sorted(dd.extract(bag).compute(), key=dnnd.to_json) == sorted(serial, key=dnnd.to_json)
    lao_cai = dd.read_parquet(target, filter=pc.field("outlet_key") == "bao-lao-cai")
    assert lao_cai.npartitions < bag.npartitions
    assert sorted(a.id for a in lao_cai.compute()) == sorted(a.id for a in serial if a.outlet == "Báo Lào Cai")


def _warc(path: Path, files: list[Path], copy: int) -> None:
    """A gzipped WARC file with a response record for each page, under a made-up URL."""
    from warcio.statusandheaders import StatusAndHeaders
    from warcio.warcwriter import WARCWriter

    with path.open("wb") as stream:
        writer = WARCWriter(stream, gzip=True)
        for file in files:
            media = "text/html" if file.suffix == ".html" else "text/plain"
            headers = StatusAndHeaders("200 OK", [("Content-Type", f"{media}; charset=utf-8")], protocol="HTTP/1.1")
            url = f"https://vidu.vn/{copy}/{file.stem}.html"
            record = writer.create_warc_record(
                url, "response", payload=io.BytesIO(file.read_bytes()), http_headers=headers
            )
            writer.write_record(record)


def test_warc_files_give_what_dnnd_extract_gives(client: object, tmp_path: Path) -> None:
    files = [p for folder in (SAMPLES, DEV) for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".html")]
    crawls = tmp_path / "crawls"
    crawls.mkdir()
    half = len(files) // 2
    _warc(crawls / "crawl-0.warc.gz", files[:half], 0)
    _warc(crawls / "crawl-1.warc.gz", files[half:], 1)
    code, out, err = _cli("extract", str(crawls))
    assert code == 0, err
    serial = [dnnd.from_json(line) for line in out.splitlines()]
    urls = [f"https://vidu.vn/{int(i >= half)}/{f.stem}.html" for i, f in enumerate(files)]
    assert [a.source for a in serial] == urls
    pages = dd.read_pages(crawls, partition_size=1)
    assert pages.npartitions == 2  # a crawl file is one task
    assert dd.extract(pages).compute() == serial


def test_jsonl_and_tar_crawls_give_what_dnnd_extract_gives(client: object, tmp_path: Path) -> None:
    import tarfile

    files = sorted((SAMPLES / "html").glob("*.html"))[:2]
    lines = [json.dumps({"url": f"https://vidu.vn/{f.stem}", "html": f.read_text(encoding="utf-8")}) for f in files]
    (tmp_path / "pages.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")
    with tarfile.open(tmp_path / "pages.tar.gz", "w:gz") as archive:
        for f in files:
            archive.add(f, arcname=f"html/{f.name}")
    crawls = [str(tmp_path / "pages.jsonl"), str(tmp_path / "pages.tar.gz")]
    code, out, err = _cli("extract", *crawls)
    assert code == 0, err
    assert len(out.splitlines()) == 2 * len(files)
    assert dd.extract(dd.read_pages(crawls)).compute() == [dnnd.from_json(line) for line in out.splitlines()]


def test_a_bad_page_is_a_failure_not_a_crash(client: object, tmp_path: Path) -> None:
    good = tmp_path / "a.txt"
    good.write_bytes((SAMPLES / "000_07a63d3250d71a53.txt").read_bytes())
    bad = tmp_path / "b.txt"
    bad.write_bytes(b"")
    code, _, err = _cli("extract", str(tmp_path))
    assert code == 1
    cli_error = next(line for line in err.splitlines() if str(bad) in line)

    results = dd.outcomes(dd.read_pages(tmp_path)).compute()
    assert [type(r) for r in results] == [Article, dd.Failure]
    assert f"dnnd: error: {results[1]}" == cli_error
    assert [a.source for a in dd.extract(dd.read_pages(tmp_path)).compute()] == [str(good)]
    with pytest.raises(dnnd.DnndError, match=r"b\.txt"):
        dd.extract(dd.read_pages(tmp_path), errors="raise").compute()


def test_paths_are_checked_before_any_work(tmp_path: Path) -> None:
    with pytest.raises(dnnd.DnndError, match="no such file or folder"):
        dd.read_pages([SAMPLES, tmp_path / "missing"])
    empty = tmp_path / "empty"
    empty.mkdir()
    (empty / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(dnnd.DnndError, match="no pages or WARC files in it"):
        dd.read_pages(empty)
    with pytest.raises(dnnd.DnndError, match="matches no file"):
        dd.read_pages(str(tmp_path / "*.html"))
    with pytest.raises(dnnd.DnndError, match="standard input"):
        dd.read_pages("-")


def test_a_failed_write_leaves_no_folder(client: object, tmp_path: Path) -> None:
    bag = dd.outcomes(dd.read_pages(SAMPLES))  # articles and no failures, but to_jsonl wants articles only
    import dask.bag

    mixed = dask.bag.concat([bag, dask.bag.from_sequence([dd.Failure("x.txt", "broken")])])
    with pytest.raises(TypeError, match="writes articles"):
        dd.to_jsonl(mixed, tmp_path / "out")
    with pytest.raises(TypeError, match="writes articles"):
        dd.to_parquet(mixed, tmp_path / "out")
    assert list(tmp_path.iterdir()) == []


def test_worker_processes_give_the_same_articles(serial_lines: list[str]) -> None:
    """Two worker processes: pages, articles and failures cross process boundaries (pickled) intact."""
    with (
        distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0") as cluster,
        distributed.Client(cluster),
    ):
        articles = dd.extract(dd.read_pages(SAMPLES / "html", npartitions=2)).compute()
    html = [line for line in serial_lines if "/html/" in json.loads(line)["source"]]
    assert len(html) == len(list((SAMPLES / "html").glob("*.html"))) == len(articles)
    assert articles == [dnnd.from_json(line) for line in html]


def test_import_dnnd_loads_neither_dask_nor_pyarrow() -> None:
    import subprocess
    import sys

    code = "import sys, dnnd; print(sorted(m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"


def _recipe(name: str, **paths: str) -> Any:
    """A function of the Spark recipe in docs/scale.rst, compiled from the page as written.

    ``paths`` replaces the recipe's literal folders (``shared="/tmp/x"`` turns ``/shared/...`` into ``/tmp/x/...``).
    """
    text = (ROOT / "docs" / "scale.rst").read_text(encoding="utf-8")
    for old, new in paths.items():
        text = text.replace(f'"/{old}/', f'"{new}/')
    for block in text.split(".. code-block:: python")[1:]:
        lines = []
        for line in block.splitlines()[1:]:
            if line.strip() and not line.startswith("   "):
                break
            lines.append(line)
        tree = ast.parse(textwrap.dedent("\n".join(lines)))
        for node in tree.body:
            if isinstance(node, ast.FunctionDef) and node.name == name:
                namespace: dict[str, Any] = {"json": json}
                exec(compile(ast.Module([node], []), "docs/scale.rst", "exec"), namespace)
                return namespace[name]
    raise AssertionError(f"docs/scale.rst has no function {name}")


def test_the_spark_recipe_does_what_dnnd_extract_does(tmp_path: Path) -> None:
    """The recipe's partition functions, run as an executor runs them (no Spark needed)."""
    inputs = [str(SAMPLES / "html"), str(tmp_path / "missing.txt")]
    code, out, err = _cli("extract", *inputs)
    assert code == 1
    lines = list(_recipe("extract_partition")(inputs))
    assert [line for line in lines if not line.startswith('{"error"')] == out.splitlines()
    errors = [f"dnnd: error: {json.loads(line)['error']}" for line in lines if line.startswith('{"error"')]
    assert errors == [line for line in err.splitlines() if "missing.txt" in line]
    assert errors

    write = _recipe("write_partition", shared=str(tmp_path))
    assert list(write(0, inputs[:1])) == [len(out.splitlines())]
    back = list(parquet.read_parquet(tmp_path / "out" / "articles"))
    assert sorted(back, key=dnnd.to_json) == sorted(
        (dnnd.from_json(line) for line in out.splitlines()), key=dnnd.to_json
    )


def test_a_page_past_the_time_cap_is_a_failure_in_a_worker_thread(
    client: object, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the cluster runs in this process's threads: no alarm signal can land there, the runner's watchdog does
    import time

    import dnnd.dask

    slow = dnnd.parse((SAMPLES / "001_a9e593b123dc2aac.txt").read_text(encoding="utf-8"))
    real = dnnd.dask.extract_article

    def stuck(article: Article) -> Article:
        deadline = time.monotonic() + 20  # (bounded, so that a broken cap fails the test instead of hanging it)
        while article.id == slow.id and time.monotonic() < deadline:  # a pathological page's Python code
            time.sleep(0)
        return real(article)

    monkeypatch.setattr(dnnd.dask, "extract_article", stuck)
    others = [dnnd.parse(path) for path in sorted(SAMPLES.glob("*.txt")) if path.name.startswith(("000", "002"))]
    bag = distributed_bag([others[0], slow, others[1]])
    started = time.monotonic()
    found = dd.outcomes(bag, time_cap=1.0).compute()
    assert time.monotonic() - started < 30
    assert [type(item).__name__ for item in found] == ["Article", "Failure", "Article"]
    assert "took longer than 1 s (the time cap)" in str(found[1])
    assert found[0] == real(others[0]) and found[2] == real(others[1])


def distributed_bag(items: list[Article]) -> Any:
    import dask.bag

    return dask.bag.from_sequence(items, npartitions=1)

"""The Dask path on a local cluster gives what `dnnd extract` gives, page for page."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner

import dnnd
from dnnd.cli import main
from dnnd.model import Article

pytest.importorskip("dask.bag")
distributed = pytest.importorskip("distributed")
pytest.importorskip("pyarrow")
dd = pytest.importorskip("dnnd.dask")
parquet = pytest.importorskip("dnnd.parquet")

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
    files = dd.to_jsonl(dd.extract(dd.read_pages([SAMPLES, DEV], npartitions=4)), tmp_path / "jsonl")
    assert [Path(f).name for f in files] == [f"part-{i:05d}.jsonl" for i in range(4)]
    assert [line for f in files for line in Path(f).read_text(encoding="utf-8").splitlines(keepends=True)] == (
        serial_lines
    )


def test_to_parquet_reads_back_as_the_serial_articles(client: object, serial_lines: list[str], tmp_path: Path) -> None:
    target = tmp_path / "articles"
    rows = dd.to_parquet(dd.extract(dd.read_pages([SAMPLES, DEV], npartitions=3)), target)
    serial = [dnnd.from_json(line) for line in serial_lines]
    assert rows == len(serial)
    # Each partition of the bag wrote its own files, in hive folders by outlet and month.
    names = {p.name.split("-")[1] for p in target.rglob("*.parquet")}
    assert names == {"00000", "00001", "00002"}
    assert all(p.parent.name.startswith("month=") for p in target.rglob("*.parquet"))
    back = list(parquet.read_parquet(target))
    assert sorted(back, key=dnnd.to_json) == sorted(serial, key=dnnd.to_json)
    duckdb = pytest.importorskip("duckdb")
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
    with pytest.raises(dnnd.DnndError, match="no pages in it"):
        dd.read_pages(empty)


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
        articles = dd.extract(dd.read_pages(SAMPLES, npartitions=2)).compute()
    expected = [dnnd.from_json(line) for line in serial_lines[: len(articles)]]
    assert articles == expected
    assert [json.loads(line)["source"] for line in serial_lines[: len(articles)]] == [a.source for a in articles]
    assert len(articles) == len(list(SAMPLES.rglob("*.txt"))) + len(list(SAMPLES.rglob("*.html")))


def test_import_dnnd_loads_neither_dask_nor_pyarrow() -> None:
    import subprocess
    import sys

    code = "import sys, dnnd; print(sorted(m for m in ('dask', 'distributed', 'pyarrow') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"

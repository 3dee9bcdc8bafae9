"""The Parquet layout: articles go in and come back equal; DuckDB and pyarrow read the partitions."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from decimal import Decimal
from pathlib import Path

import attrs
import pytest
from extras import needs
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd.corpus import Corpus
from dnnd.model import ENTITY_TYPES, Article, Money, Paragraph
from dnnd.testing.strategies import articles, entities, facts, mentions_for

pa = needs("pyarrow", "scale")
pq = needs("pyarrow.parquet", "scale")

from dnnd import parquet  # noqa: E402  (after the check that the scale extra is installed)

ROOT = Path(__file__).resolve().parent.parent
FOLDERS = (ROOT / "examples" / "pages", ROOT / "examples" / "dev" / "pages")


@pytest.fixture(scope="module")
def serial() -> list[Article]:
    """The samples and the dev pages, extracted one by one as `dnnd extract` does."""
    files = [p for folder in FOLDERS for p in sorted(folder.rglob("*")) if p.suffix in (".txt", ".html")]
    return [dnnd.extract(p) for p in files]


@pytest.fixture(scope="module")
def dataset(serial: list[Article], tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("parquet") / "articles"
    assert parquet.write_parquet(serial, path) == len(serial)
    return path


def _sorted(records: list[Article]) -> list[Article]:
    return sorted(records, key=dnnd.to_json)


def test_samples_and_dev_set_come_back_equal(serial: list[Article], dataset: Path) -> None:
    back = list(parquet.read_parquet(dataset))
    assert _sorted(back) == _sorted(serial)
    # Same JSON too, key for key: nothing read back differs even in how it is written.
    assert sorted(dnnd.to_json(a) for a in back) == sorted(dnnd.to_json(a) for a in serial)


def test_partitions_are_hive_folders_by_outlet_and_month(serial: list[Article], dataset: Path) -> None:
    folders = {p.parent.relative_to(dataset).as_posix() for p in dataset.rglob("*.parquet")}
    expected = {
        f"outlet_key={parquet.outlet_key(a) or '__HIVE_DEFAULT_PARTITION__'}/"
        f"month={parquet.month_of(a) or '__HIVE_DEFAULT_PARTITION__'}"
        for a in serial
    }
    assert folders == expected
    assert all(name.isascii() for name in folders)
    # Every article sits in the folder its outlet and month name.
    for path in dataset.rglob("*.parquet"):
        ids = pq.read_table(path, columns=["id"]).column("id").to_pylist()
        for article in (a for a in serial if a.id in ids):
            assert f"month={parquet.month_of(article) or '__HIVE_DEFAULT_PARTITION__'}" in path.as_posix()


def test_pyarrow_reads_typed_columns(serial: list[Article], dataset: Path) -> None:
    import pyarrow.dataset as ds

    data = ds.dataset(dataset, format="parquet", partitioning="hive").to_table()
    assert data.num_rows == len(serial)
    assert data.schema.field("published").type == pa.timestamp("us", tz="+07:00")
    assert pa.types.is_decimal(data.schema.field("entities").type.value_type.field("value").type)
    assert set(parquet.PARTITIONS) <= set(data.column_names)
    amounts = sorted(e["value"] for row in data.column("entities").to_pylist() for e in row if e["kind"] == "money")
    assert amounts == sorted(e.value for a in serial for e in a.entities if isinstance(e, Money))


def test_duckdb_reads_the_partitions(serial: list[Article], dataset: Path) -> None:
    duckdb = needs("duckdb", "test")
    glob = (dataset / "**" / "*.parquet").as_posix()
    query = f"SELECT * FROM read_parquet('{glob}', hive_partitioning = true)"
    rows = duckdb.sql(f"SELECT outlet_key, month, count(*) FROM ({query}) GROUP BY ALL").fetchall()
    expected: dict[tuple[str | None, str | None], int] = {}
    for a in serial:
        key = (parquet.outlet_key(a), parquet.month_of(a))
        expected[key] = expected.get(key, 0) + 1
    assert {(k, m): n for k, m, n in rows} == expected
    people = duckdb.sql(
        f"SELECT e.name FROM (SELECT unnest(entities) AS e FROM ({query})) WHERE e.kind = 'person' ORDER BY 1"
    ).fetchall()
    assert [name for (name,) in people] == sorted(e.name for a in serial for e in a.entities if e.kind == "person")
    titles = duckdb.sql(f"SELECT id, title, published FROM ({query})").fetchall()
    by_id = {a.id: a for a in serial}
    for article_id, title, published in titles:
        assert title == by_id[article_id].title
        if isinstance(by_id[article_id].published, datetime):
            assert published == by_id[article_id].published


def test_every_entity_field_has_a_column() -> None:
    names = set(parquet.schema().field("entities").type.value_type.names)
    for kind, cls in ENTITY_TYPES.items():
        for field in attrs.fields(cls):
            column = "date" if (kind, field.name) == ("date", "value") else field.name
            assert column in names, f"{kind}.{field.name} has no Parquet column"


@settings(max_examples=30)  # the JSON shape's own properties (test_serialize) explore the records further
@given(st.data(), articles(), st.lists(entities(), max_size=4), st.lists(facts(), max_size=3))
def test_any_article_survives_a_table(data: st.DataObject, article: Article, ents: list, fs: list) -> None:
    full = attrs.evolve(article, mentions=data.draw(mentions_for(article.text)), entities=ents, facts=fs)
    rows = parquet.table([full]).to_pylist()
    # Parquet holds what the JSON shape holds (a decimal column keeps the value, not its trailing zeros).
    assert [parquet.row_article(row) for row in rows] == [dnnd.from_json(dnnd.to_json(full))]


def test_articles_without_outlet_or_date_have_null_partitions(tmp_path: Path) -> None:
    undated = [Article(title=f"T{i}", blocks=[Paragraph(f"Đoạn {i}.")]) for i in range(3)]
    assert parquet.write_parquet(undated, tmp_path / "out") == 3
    assert [p.parent.relative_to(tmp_path / "out").as_posix() for p in (tmp_path / "out").rglob("*.parquet")] == [
        "outlet_key=__HIVE_DEFAULT_PARTITION__/month=__HIVE_DEFAULT_PARTITION__"
    ]
    assert _sorted(list(parquet.read_parquet(tmp_path / "out"))) == _sorted(undated)


def test_a_partition_is_written_a_batch_at_a_time(
    serial: list[Article], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    taken: list[int] = []

    def lazily() -> Iterator[Article]:
        for number, article in enumerate(serial[:5]):
            taken.append(number)
            yield article

    written: list[int] = []
    original = parquet.table

    def table(batch: list[Article]) -> object:
        written.append(len(batch))
        assert len(taken) == sum(written)  # no article is read ahead of its batch
        return original(batch)

    monkeypatch.setattr(parquet, "table", table)
    assert parquet.write_partition(lazily(), tmp_path, 7, batch_size=2) == 5
    monkeypatch.undo()
    assert written == [2, 2, 1]
    batches = {p.name.split("-")[2] for p in tmp_path.rglob("*.parquet")}
    assert batches == {"0000", "0001", "0002"}
    assert {p.name.split("-")[1] for p in tmp_path.rglob("*.parquet")} == {"00007"}
    assert _sorted(list(parquet.read_parquet(tmp_path))) == _sorted(serial[:5])


def test_a_decimal_the_column_cannot_hold_is_refused() -> None:
    money = Money(name="1 đồng", id="money:1", value=Decimal("0.00000000001"), currency="VND")
    article = Article(title="T", blocks=[Paragraph("Một đồng.")], entities=[money])
    with pytest.raises(parquet.ParquetError, match="cannot hold exactly"):
        parquet.table([article])


def test_an_existing_folder_is_kept_unless_overwrite(serial: list[Article], tmp_path: Path) -> None:
    target = tmp_path / "out"
    target.mkdir()
    (target / "keep.txt").write_text("mine")
    with pytest.raises(parquet.ParquetError, match="exists"):
        parquet.write_parquet(serial[:2], target)
    assert (target / "keep.txt").read_text() == "mine"
    assert parquet.write_parquet(serial[:2], target, overwrite=True) == 2
    assert not (target / "keep.txt").exists()
    assert [p.name for p in tmp_path.iterdir()] == ["out"]  # no staging folder left behind


def test_a_foreign_parquet_file_is_refused(tmp_path: Path) -> None:
    folder = tmp_path / "other"
    folder.mkdir()
    pq.write_table(pa.table({"x": [1, 2]}), folder / "data.parquet")
    with pytest.raises(parquet.ParquetError, match="not a dnnd Parquet dataset"):
        list(parquet.read_parquet(folder))
    with pytest.raises(parquet.ParquetError, match="no such Parquet dataset"):
        list(parquet.read_parquet(tmp_path / "missing"))


def test_a_partition_filter_reads_only_its_articles(serial: list[Article], dataset: Path) -> None:
    import pyarrow.compute as pc

    back = list(parquet.read_parquet(dataset, filter=pc.field("outlet_key") == "bao-lao-cai"))
    assert _sorted(back) == _sorted([a for a in serial if parquet.outlet_key(a) == "bao-lao-cai"])
    assert back


def test_the_corpus_ingests_the_partitions_as_it_indexes_the_articles(serial: list[Article], dataset: Path) -> None:
    with Corpus(":memory:") as direct, Corpus(":memory:") as ingested:
        direct.index(serial)
        report = parquet.ingest_parquet(ingested, dataset)
        assert report.indexed == len({a.identity for a in serial})
        assert ingested.counts() == direct.counts()
        assert sorted(ingested.article_ids()) == sorted(direct.article_ids())
        assert [r.name for r in ingested.people()] == [r.name for r in direct.people()]

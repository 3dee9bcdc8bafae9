"""The corpus under misuse: edited pages, other people's files, a busy writer, hostile queries, aid that adds up."""

from __future__ import annotations

import contextlib
import csv
import hashlib
import io
import json
import os
import sqlite3
import threading
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from dnnd.cli import main
from dnnd.corpus import Corpus, CorpusError, CorpusLockedError
from dnnd.corpus.search import MAX_QUERY_WORDS, fold, fts_query
from dnnd.model import Article, Fact, Money, Paragraph, Place, Role, Term

PAGE = "Lào Cai tiếp nhận viện trợ\n\nSáng 10/1, tỉnh Lào Cai tiếp nhận {amount} tỷ đồng viện trợ cho trường học.\n"


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _files(folder: Path) -> set[str]:
    return {p.name for p in folder.iterdir()}


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


# --------------------------------------------------------------------------- identity (issue 15, point 2)


def test_an_edited_page_indexed_again_replaces_its_article(runner: CliRunner, tmp_path: Path) -> None:
    page = tmp_path / "page.txt"
    db = tmp_path / "c.db"
    page.write_text(PAGE.format(amount=5), encoding="utf-8")
    assert runner.invoke(main, ["index", str(page), "--db", str(db)]).exit_code == 0
    page.write_text(PAGE.format(amount=7), encoding="utf-8")  # edited: a new title-and-text hash, no URL
    result = runner.invoke(main, ["index", str(page), "--db", str(db)])
    assert result.exit_code == 0 and "indexed 1 article(s)" in result.stderr
    with Corpus(db) as corpus:
        assert corpus.counts()["articles"] == 1
        (article,) = corpus.articles()
        assert "7 tỷ" in article.text and article.identity == str(page)
        assert [f.amount for f in corpus.facts(kind="aid")] == [Decimal(7 * 10**9)]  # the old fact went with it


def test_identity_is_the_url_else_the_source_else_the_id(tmp_path: Path) -> None:
    def art(text: str, **kw: str) -> Article:
        return Article(title="Tin", blocks=[Paragraph(text)], **kw)

    assert art("a", url="https://x.vn/1", source="p.txt").identity == "https://x.vn/1"
    assert art("a", source="pages/p.txt").identity == "pages/p.txt"
    assert art("a", source="<stdin>").identity == art("a").identity == art("a").id
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.index([art("một", source="p.txt"), art("hai", source="q.txt")])
        corpus.index([art("một, sửa", source="p.txt")])
        assert sorted(a.text for a in corpus.articles()) == ["hai", "một, sửa"]
        corpus.index([art("ba"), art("bốn")])  # no URL, no source: the text is the identity
        assert corpus.counts()["articles"] == 4
        # The same page under two paths is one article (the same id), stored under the later path.
        corpus.index([art("hai", source="copy/q.txt")])
        assert corpus.counts()["articles"] == 4
        assert {a.source for a in corpus.articles()} == {"p.txt", "copy/q.txt", None}


# --------------------------------------------------------------------------- reading writes nothing (point 3)


def _other_database(path: Path) -> None:
    db = sqlite3.connect(path)
    db.execute("CREATE TABLE birds(name TEXT)")
    db.execute("INSERT INTO birds VALUES ('chim sẻ')")
    db.commit()
    db.close()


@pytest.mark.parametrize("command", [["people"], ["orgs"], ["facts"], ["aid"], ["search", "hữu nghị"]])
def test_read_commands_refuse_another_programs_database_and_leave_it_alone(
    runner: CliRunner, tmp_path: Path, command: list[str]
) -> None:
    other = tmp_path / "birds.db"
    _other_database(other)
    before, files = _sha(other), _files(tmp_path)
    result = runner.invoke(main, [*command, "--db", str(other)])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1 and "not a dnnd corpus" in result.stderr
    assert _sha(other) == before and _files(tmp_path) == files
    assert sqlite3.connect(other).execute("PRAGMA journal_mode").fetchone()[0] == "delete"


def test_index_refuses_another_programs_database(runner: CliRunner, tmp_path: Path) -> None:
    other = tmp_path / "birds.db"
    _other_database(other)
    before = _sha(other)
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(amount=5), encoding="utf-8")
    result = runner.invoke(main, ["index", str(page), "--db", str(other)])
    assert result.exit_code == 1 and "not a dnnd corpus" in result.stderr and "Traceback" not in result.stderr
    assert _sha(other) == before


def test_read_commands_change_nothing_in_a_corpus(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(amount=5), encoding="utf-8")
    assert runner.invoke(main, ["index", str(page), "--db", str(db)]).exit_code == 0
    raw = sqlite3.connect(db)
    raw.execute("PRAGMA journal_mode = DELETE")  # e.g. a copy someone made; reading must not switch it back
    raw.execute("INSERT INTO dirty_keys VALUES ('person', 'x')")  # a merge left pending by a killed run
    raw.commit()
    raw.close()
    before, files = _sha(db), _files(tmp_path)
    for command in (["people"], ["people", "x", "-t"], ["orgs"], ["facts"], ["aid"], ["search", "viện trợ"]):
        result = runner.invoke(main, [*command, "--db", str(db), "-f", "json"])
        assert result.exit_code == 0, result.stderr
        assert "interrupted `dnnd index` left 1 merged record(s) out of date" in result.stderr
    assert _sha(db) == before and _files(tmp_path) == files
    with Corpus(db, readonly=True) as corpus:
        assert corpus.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        with pytest.raises(CorpusError, match="reading only"):
            corpus.index([])


def test_not_sqlite_empty_and_missing_files_are_one_line(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "junk.db").write_bytes(b"not a database at all" * 100)
    (tmp_path / "empty.db").write_bytes(b"")
    for name, words in (("junk.db", "not an SQLite file"), ("empty.db", "not a dnnd corpus"), ("none.db", "no such")):
        result = runner.invoke(main, ["facts", "--db", str(tmp_path / name)])
        assert result.exit_code == 1 and words in result.stderr and len(result.stderr.splitlines()) == 1
    assert (tmp_path / "empty.db").read_bytes() == b""


# --------------------------------------------------------------------------- a busy writer (point 5)


def test_a_writer_holding_the_lock_is_waited_for_then_one_line(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    Corpus(db).close()
    page = tmp_path / "page.txt"
    page.write_text(PAGE.format(amount=5), encoding="utf-8")
    holder = sqlite3.connect(db, isolation_level=None, check_same_thread=False)
    holder.execute("BEGIN IMMEDIATE")
    try:
        result = runner.invoke(main, ["index", str(page), "--db", str(db), "--wait", "0.2"])
        assert result.exit_code == 1 and "Traceback" not in result.stderr
        assert "another program is writing" in result.stderr and len(result.stderr.strip().splitlines()) == 1
        with Corpus(db, timeout=0.1) as corpus, pytest.raises(CorpusLockedError):
            corpus.index([Article(title="t", blocks=[Paragraph("x")])])
        threading.Timer(0.3, holder.execute, ("COMMIT",)).start()  # released while we wait
        result = runner.invoke(main, ["index", str(page), "--db", str(db), "--wait", "20"])
        assert result.exit_code == 0, result.stderr
    finally:
        holder.close()


# --------------------------------------------------------------------------- hostile queries (point 15)


def test_long_queries_are_cut_and_repeats_dropped(tmp_path: Path) -> None:
    words = [f"từ{i}" for i in range(200)]
    query = " ".join(["hữu nghị"] * 2000 + words)
    assert fts_query(query, fold).split() == ['"huu"', '"nghi"'] + [f'"tu{i}"' for i in range(MAX_QUERY_WORDS - 2)]
    assert fts_query('"Lào Cai" "Lào Cai" lào', fold) == '"lao cai" "lao"'
    with Corpus(tmp_path / "c.db") as corpus:
        corpus.index([Article(title="Tin", blocks=[Paragraph("Hội hữu nghị " * 3000)])])
        hits = corpus.search(" ".join(["hữu nghị"] * 2500))
        assert len(hits) == 1 and "hữu nghị" in hits[0].snippet


# --------------------------------------------------------------------------- aid that adds up (issue 12)


def _aid_article(n: int, *facts: tuple[str, int, str | None], year: int | None = None) -> Article:
    """Facts as (status, amount in million VND, the money id of the total it is part of)."""
    entities: list = [Place(name="Lào Cai", id="place:1", level="province")]
    out = []
    for i, (status, amount, part_of) in enumerate(facts, 1):
        entities.append(
            Money(name=f"{amount} triệu đồng", id=f"money:{i}", value=Decimal(amount) * 10**6, currency="VND")
        )
        roles = [Role("status", value=status), Role("amount", f"money:{i}"), Role("place", "place:1")]
        if part_of:
            roles.append(Role("part_of", part_of))
        if year:
            roles.append(Role("period", "term:1"))
        out.append(Fact(kind="aid", roles=roles))
    if year:
        entities.append(Term(name=f"năm {year}", id="term:1", start_year=year, end_year=year))
    return Article(
        title=f"Tin {n}",
        blocks=[Paragraph("Viện trợ cho tỉnh.")],
        published=date(2026, 1, 10),
        url=f"https://x.vn/{n}",
        entities=entities,
        facts=out,
    )


def test_aid_keeps_statuses_apart_counts_no_part_twice_and_dates_by_the_fact(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        corpus.index(
            [
                # 500 committed, of which 200 (a breakdown of that total) must not be added again.
                _aid_article(1, ("committed", 500, None), ("committed", 200, "money:1"), year=2025),
                _aid_article(2, ("donated", 30, None), ("received", 40, None)),
            ]
        )
        totals = {(t.status, t.year): t.total for t in corpus.aid_by_province_year()}
    assert totals == {
        ("committed", 2025): Decimal(500 * 10**6),
        ("donated", 2026): Decimal(30 * 10**6),
        ("received", 2026): Decimal(40 * 10**6),
    }
    view = sqlite3.connect(db).execute("SELECT status, year, total FROM v_aid_by_province_year").fetchall()
    assert sorted(view) == [
        ("committed", 2025, 500 * 10**6),
        ("donated", 2026, 30 * 10**6),
        ("received", 2026, 40 * 10**6),
    ]
    assert all(isinstance(total, int) for _, _, total in view)  # exact integers, not floats
    aid = json.loads(runner.invoke(main, ["aid", "--db", str(db), "-f", "json"]).stdout)
    assert {a["total"] for a in aid} == {500 * 10**6, 30 * 10**6, 40 * 10**6}


def test_amounts_are_exact_in_every_output(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    article = _aid_article(1, ("donated", 504000, None))
    article = Article(
        **{f: getattr(article, f) for f in ("title", "blocks", "published", "url", "facts")},
        entities=[
            *article.entities[:1],
            Money(name="504 tỷ", id="money:1", value=Decimal("504000000000.5"), currency="VND"),
        ],
    )
    with Corpus(db) as corpus:
        corpus.index([article])
    facts = json.loads(runner.invoke(main, ["facts", "--db", str(db), "-f", "json"]).stdout)
    assert facts[0]["amount"] == "504000000000.5"
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["facts", "--db", str(db), "-f", "csv"]).stdout)))
    assert rows[0]["amount"] == "504000000000.5"
    out = tmp_path / "out"
    assert runner.invoke(main, ["export", "--db", str(db), "--to", str(out), "-f", "csv"]).exit_code == 0
    for name, column in (("facts.csv", "amount"), ("money.csv", "amount"), ("v_aid_by_province_year.csv", "total")):
        with (out / name).open(encoding="utf-8", newline="") as handle:
            values = [r[column] for r in csv.DictReader(handle)]
        assert values and all("e" not in v.lower() and not v.endswith(".0") for v in values), (name, values)


def test_closed_vocabularies_are_checked(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        corpus.index([_aid_article(1, ("donated", 30, None))])
    result = runner.invoke(main, ["facts", "--kind", "aidd", "--db", str(db)])
    assert result.exit_code == 2 and "'aidd' is not one of" in result.stderr and "aid," in result.stderr
    result = runner.invoke(main, ["facts", "--status", "given", "--db", str(db)])
    assert result.exit_code == 2 and "--status" in result.stderr
    assert runner.invoke(main, ["facts", "--kind", "aid", "--status", "donated", "--db", str(db)]).exit_code == 0


def test_a_third_party_fact_kind_is_aggregated_and_exported_from_its_schema(runner: CliRunner, tmp_path: Path) -> None:
    from dnnd.facts.schema import VALUE, Aggregates, FactKind, RoleSpec, register_fact_kind

    # A plugin's own kind whose roles have its own names: the store learns them from the schema only.
    register_fact_kind(
        FactKind(
            "scholarship",
            ("SCH",),
            ("granted",),
            (
                RoleSpec("status", frozenset({VALUE})),
                RoleSpec("grant", frozenset({"money"})),
                RoleSpec("school_province", frozenset({"place"})),
                RoleSpec("school_year", frozenset({"term"})),
            ),
            aggregates=Aggregates(place=("school_province",), amount=("grant",), year=("school_year",)),
        )
    )
    entities = [
        Place(name="Lào Cai", id="place:1", level="province"),
        Money(name="3.000 USD", id="money:1", value=Decimal(3000), currency="USD"),
        Money(name="1.500 USD", id="money:2", value=Decimal(1500), currency="USD"),
        Term(name="năm học 2024", id="term:1", start_year=2024, end_year=2024),
    ]
    facts = [
        Fact(
            kind="scholarship",
            roles=[
                Role("status", value="granted"),
                Role("grant", m),
                Role("school_province", "place:1"),
                Role("school_year", "term:1"),
            ],
        )
        for m in ("money:1", "money:2")
    ]
    article = Article(
        title="Học bổng",
        blocks=[Paragraph("Trao học bổng.")],
        published=date(2026, 2, 1),
        entities=entities,
        facts=facts,
    )
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        corpus.index([article])
        (total,) = corpus.totals("scholarship")
    assert (total.province, total.year, total.status, total.currency, total.total, total.facts) == (
        "Lào Cai",
        2024,
        "granted",
        "USD",
        Decimal(4500),
        2,
    )
    view = sqlite3.connect(db).execute("SELECT kind, province, year, total FROM v_facts_by_place_year").fetchall()
    assert view == [("scholarship", "Lào Cai", 2024, 4500)]
    assert runner.invoke(main, ["facts", "--kind", "scholarship", "--db", str(db)]).exit_code == 0
    out = tmp_path / "out"
    assert runner.invoke(main, ["export", "--db", str(db), "--to", str(out), "-f", "csv"]).exit_code == 0
    with (out / "v_facts_by_place_year.csv").open(encoding="utf-8", newline="") as handle:
        assert [(r["kind"], r["total"]) for r in csv.DictReader(handle)] == [("scholarship", "4500")]


def test_unwritable_output_paths_are_one_line_before_any_work(runner: CliRunner, tmp_path: Path) -> None:
    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        corpus.index([_aid_article(1, ("donated", 30, None))])
    a_file = tmp_path / "a-file"
    a_file.write_text("x", encoding="utf-8")
    for args in (
        ["export", "--to", str(a_file / "out"), "-f", "csv"],
        ["report", "-o", str(a_file / "report.html")],
        ["serve", "--metadata", str(a_file / "meta.json")],
        ["index", str(a_file), "--db", str(a_file / "c.db")],
    ):
        result = runner.invoke(main, [*args, *([] if "--db" in args else ["--db", str(db)])])
        assert result.exit_code == 1, (args, result.output)
        assert len(result.stderr.strip().splitlines()) == 1 and "Traceback" not in result.stderr, result.stderr
        assert str(a_file) in result.stderr


class _NoSharedMemory:
    """A connection as SQLite gives it for a WAL file in a folder it cannot write: the first read fails."""

    row_factory = None

    def execute(self, *args: object) -> None:
        raise sqlite3.OperationalError("attempt to write a readonly database")

    def close(self) -> None:
        pass


def test_a_wal_corpus_in_a_read_only_folder_is_read_as_it_is(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import dnnd.corpus.database as database

    db = tmp_path / "c.db"
    with Corpus(db) as corpus:
        corpus.index([_aid_article(1, ("donated", 30, None))])
    real = sqlite3.connect
    uris: list[str] = []

    def connect(database: str, *args: object, **kwargs: object) -> object:
        uris.append(database)
        return real(database, *args, **kwargs) if "immutable=1" in database else _NoSharedMemory()  # type: ignore[arg-type]

    monkeypatch.setattr(database.sqlite3, "connect", connect)
    with Corpus(db, readonly=True) as corpus:
        assert [t.total for t in corpus.aid_by_province_year()] == [Decimal(30 * 10**6)]
    assert [u.endswith("mode=ro") for u in uris] == [True, False]


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root may write anywhere; the test above simulates the read-only folder and runs as root too",
)
def test_a_read_only_folder_for_real(runner: CliRunner, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    db = folder / "c.db"
    with Corpus(db) as corpus:
        corpus.index([_aid_article(1, ("donated", 30, None))])
    folder.chmod(0o555)
    try:
        result = runner.invoke(main, ["aid", "--db", str(db), "-f", "json"])
        assert result.exit_code == 0, result.stderr
        assert [a["total"] for a in json.loads(result.stdout)] == [30 * 10**6]
    finally:
        folder.chmod(0o755)


def test_index_stopped_by_sigterm_keeps_the_stored_batches(tmp_path: Path) -> None:
    import signal
    import subprocess
    import sys
    import time

    folder = tmp_path / "pages"
    folder.mkdir()
    for n in range(200):
        (folder / f"{n:03}.txt").write_text(PAGE.format(amount=n + 1) + f"\nBài số {n}.\n", encoding="utf-8")
    db = tmp_path / "c.db"
    command = [sys.executable, "-m", "dnnd", "index", str(folder), "--db", str(db), "--batch", "5"]
    process = subprocess.Popen(command, stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 60
        stored = 0
        while stored < 10 and time.monotonic() < deadline and process.poll() is None:
            time.sleep(0.05)
            if db.exists():
                with contextlib.suppress(CorpusError, sqlite3.Error), Corpus(db, readonly=True) as corpus:
                    stored = corpus.counts()["articles"]
        assert process.poll() is None, "indexing finished before it could be stopped"
        process.send_signal(signal.SIGTERM)
        _, stderr = process.communicate(timeout=60)
    finally:
        process.kill()
    assert process.returncode == 143 and "Traceback" not in stderr
    assert "interrupted (SIGTERM)" in stderr
    with Corpus(db) as corpus:  # consistent, whole batches only, and a rerun finishes the job
        kept = corpus.counts()["articles"]
        assert kept >= 10 and kept % 5 == 0 and corpus.db.execute("PRAGMA foreign_key_check").fetchall() == []
    assert subprocess.run(command, capture_output=True, check=False).returncode == 0
    with Corpus(db, readonly=True) as corpus:
        assert corpus.counts()["articles"] == 200

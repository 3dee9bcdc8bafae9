"""The corpus commands, through click's CliRunner."""

from __future__ import annotations

import csv
import io
import json
import os
import re
import sys
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from click.testing import CliRunner

from dnnd.cli import main
from dnnd.model import Article, Fact, Money, Organization, Paragraph, Person, Place, Role
from dnnd.store import Corpus


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


@pytest.fixture
def db(tmp_path: Path) -> Path:
    """A corpus of hand-built articles: one person in two provinces' worth of news, and aid."""
    path = tmp_path / "hand.db"

    def art(n: int, day: date, name: str, position: str, province: str, amount: int) -> Article:
        return Article(
            title=f"Tin {n}: lễ kết nghĩa",
            blocks=[Paragraph(f"Ông {name}, {position}, dự lễ kết nghĩa và trao quà.")],
            published=day,
            url=f"https://baolaocai.vn/tin-{n}.html",
            entities=[
                Person(name=name, id="person:1", positions=[position]),
                Organization(name="Liên hiệp các tổ chức hữu nghị tỉnh", id="organization:1"),
                Place(name=province, id="place:1", level="province"),
                Money(name=f"{amount} triệu đồng", id="money:1", value=Decimal(amount * 10**6), currency="VND"),
            ],
            facts=[Fact(kind="aid", roles=[Role("recipient", "place:1"), Role("amount", "money:1")])],
        )

    with Corpus(path) as corpus:
        corpus.index(
            [
                art(1, date(2024, 5, 1), "Giàng Seo Phử", "Chủ tịch UBND tỉnh Lai Châu", "Lai Châu", 100),
                art(2, date(2025, 2, 1), "Giàng Seo Phử", "Chủ tịch UBND tỉnh Lào Cai", "Lào Cai", 200),
                art(3, date(2025, 3, 1), "Vũ Văn Cài", "Chủ tịch Liên hiệp tỉnh Lào Cai", "Lào Cai", 300),
            ]
        )
    return path


def test_index_samples_search_and_reindex(runner: CliRunner, pages: Path, tmp_path: Path) -> None:
    target = tmp_path / "samples.db"
    result = runner.invoke(main, ["index", str(pages), "--db", str(target)])
    assert result.exit_code == 0, result.stderr
    assert "indexed 9 article(s)" in result.stderr
    found = runner.invoke(main, ["search", "kết nghĩa", "--db", str(target), "--format", "json"])
    plain = runner.invoke(main, ["search", "ket nghia", "--db", str(target), "--format", "json"])
    hits = json.loads(found.stdout)
    assert hits and hits == json.loads(plain.stdout)
    assert all(h["article_id"] for h in hits)
    again = runner.invoke(main, ["index", str(pages), "--db", str(target)])
    assert again.exit_code == 0 and "indexed 0 article(s), 9 unchanged" in again.stderr
    with Corpus(target) as corpus:
        assert corpus.counts()["articles"] == 9


def test_index_reports_bad_inputs_one_line_each(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "random.txt").write_bytes(os.urandom(2048))
    (tmp_path / "good.txt").write_text("Tiêu đề bài báo\n\nSáng 10/1, lễ kết nghĩa đã diễn ra tại tỉnh.\n")
    target = tmp_path / "x.db"
    args = ["index", str(tmp_path / "empty.txt"), str(tmp_path / "random.txt"), str(tmp_path / "missing.txt")]
    result = runner.invoke(main, [*args, str(tmp_path / "good.txt"), "--db", str(target)])
    assert result.exit_code == 1
    assert len([line for line in result.stderr.splitlines() if line.startswith("dnnd: error:")]) == 3
    assert "Traceback" not in result.stderr
    with Corpus(target) as corpus:
        assert corpus.counts()["articles"] == 1


def test_people_table_json_csv_and_timeline(runner: CliRunner, db: Path) -> None:
    table = runner.invoke(main, ["people", "--db", str(db)])
    assert table.exit_code == 0 and "Giàng Seo Phử" in table.stdout
    header, *lines = table.stdout.splitlines()  # piped: plain tab-separated lines, no box
    assert header.split("\t")[:2] == ["name", "provinces"] and len(lines) == 3
    assert all(line.count("\t") == header.count("\t") for line in lines) and "┃" not in table.stdout
    people = json.loads(runner.invoke(main, ["people", "giang seo phu", "--db", str(db), "-f", "json"]).stdout)
    assert sorted(p["provinces"] for p in people) == [["Lai Châu"], ["Lào Cai"]]
    assert all("kept apart" in p["merge_note"] for p in people)
    assert people[0]["sources"][0]["url"].startswith("https://baolaocai.vn/")
    rows = list(csv.DictReader(io.StringIO(runner.invoke(main, ["people", "--db", str(db), "-f", "csv"]).stdout)))
    assert {r["name"] for r in rows} == {"Giàng Seo Phử", "Vũ Văn Cài"} and all(r["sources"] for r in rows)
    lines = runner.invoke(main, ["people", "Vũ Văn Cài", "-t", "--db", str(db), "-f", "jsonl"]).stdout.splitlines()
    assert [json.loads(line)["position"] for line in lines] == ["Chủ tịch Liên hiệp tỉnh Lào Cai"]
    assert json.loads(lines[0])["url"] == "https://baolaocai.vn/tin-3.html"


def test_orgs_facts_and_aid(runner: CliRunner, db: Path) -> None:
    orgs = json.loads(runner.invoke(main, ["orgs", "--db", str(db), "-f", "json"]).stdout)
    assert [o["article_count"] for o in orgs] == [3]
    args = ["facts", "--kind", "aid", "--place", "Lào Cai", "--year", "2025", "--db", str(db), "-f", "json"]
    facts = json.loads(runner.invoke(main, args).stdout)
    assert [f["amount"] for f in facts] == [2e8, 3e8] and all(f["url"] for f in facts)
    aid = json.loads(runner.invoke(main, ["aid", "--db", str(db), "-f", "json"]).stdout)
    assert [(a["province"], a["year"], a["total"]) for a in aid] == [("Lai Châu", 2024, 1e8), ("Lào Cai", 2025, 5e8)]
    table = runner.invoke(main, ["aid", "--db", str(db)])
    assert "500000000" in table.stdout


def test_export_command(runner: CliRunner, db: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    for fmt in ("csv", "jsonl", "jsonld"):
        result = runner.invoke(main, ["export", "--db", str(db), "--to", str(out), "--format", fmt])
        assert result.exit_code == 0, result.stderr
    assert len((out / "articles.jsonl").read_text(encoding="utf-8").splitlines()) == 3
    assert json.loads((out / "corpus.jsonld").read_text(encoding="utf-8"))["@graph"]
    assert (out / "people.csv").exists()


def test_missing_or_bad_db_is_one_line(runner: CliRunner, tmp_path: Path) -> None:
    result = runner.invoke(main, ["people", "--db", str(tmp_path / "none.db")])
    assert result.exit_code == 1 and "no such corpus" in result.stderr and "Traceback" not in result.stderr
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"not a database at all" * 100)
    result = runner.invoke(main, ["orgs", "--db", str(bad)])
    assert result.exit_code == 1 and "not an SQLite file" in result.stderr


def test_tables_fit_the_terminal_and_columns(
    db: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    from dnnd.cli.corpus import _emit
    from dnnd.corpus import Corpus, record_dict

    with Corpus(db, readonly=True) as corpus:
        rows = [record_dict(p) for p in corpus.people()]
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)
    for width in (60, 150):
        monkeypatch.setenv("COLUMNS", str(width))
        _emit(rows, "table", ["name", "provinces", "merge_note", "sources"], "People")
        out = capsys.readouterr().out
        assert "People (3)" in out and "┃" in out
        visible = re.sub(r"\x1b\[[0-9;]*m", "", out)  # without the terminal's colour codes
        assert max(len(line) for line in visible.splitlines()) == width


def test_every_corpus_option_has_help_and_every_command_says_what_it_returns() -> None:
    import click

    for name in ("index", "people", "orgs", "facts", "search", "aid", "export", "serve", "report"):
        command = main.commands[name]
        assert "Returns" in (command.help or ""), name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"dnnd {name} {param.opts[0]} has no help text"


def test_index_reads_crawls_in_parallel_and_a_crawled_page_is_known_by_its_url(
    runner: CliRunner, pages: Path, tmp_path: Path
) -> None:
    one, two = tmp_path / "one.db", tmp_path / "two.db"
    assert runner.invoke(main, ["index", str(pages), "--db", str(one)]).exit_code == 0
    result = runner.invoke(main, ["index", str(pages), "--db", str(two), "-j", "2"])
    assert result.exit_code == 0 and "indexed 9 article(s)" in result.stderr
    with Corpus(one, readonly=True) as a, Corpus(two, readonly=True) as b:
        assert list(a.articles()) == list(b.articles())

    def crawl(amount: int) -> str:
        page = f"Lào Cai nhận viện trợ\n\nSáng 10/1, tỉnh Lào Cai tiếp nhận {amount} tỷ đồng viện trợ.\n"
        return json.dumps({"url": "https://baolaocai.vn/vien-tro.html", "text": page}, ensure_ascii=False) + "\n"

    db = tmp_path / "crawl.db"
    for amount in (5, 7):  # the same URL crawled twice, edited in between: one article, the last
        (tmp_path / "crawl.jsonl").write_text(crawl(amount), encoding="utf-8")
        result = runner.invoke(main, ["index", str(tmp_path / "crawl.jsonl"), "--db", str(db)])
        assert result.exit_code == 0, result.stderr
    with Corpus(db, readonly=True) as corpus:
        (article,) = corpus.articles()
        assert article.identity == "https://baolaocai.vn/vien-tro.html" and "7 tỷ" in article.text
    assert runner.invoke(main, ["index", str(pages), "--db", str(db), "-j", "0"]).exit_code == 2


@pytest.mark.parametrize(("command", "extra"), [(["serve"], "serve"), (["report", "-o", "r.html"], "report")])
def test_serve_and_report_without_their_extra_say_what_to_install(
    runner: CliRunner, db: Path, monkeypatch: pytest.MonkeyPatch, command: list[str], extra: str
) -> None:
    monkeypatch.setitem(sys.modules, "datasette", None)  # as if not installed: importing it fails
    monkeypatch.setitem(sys.modules, "plotly", None)
    result = runner.invoke(main, [*command, "--db", str(db)])
    assert result.exit_code == 1 and f"pip install 'dnnd[{extra}]'" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1

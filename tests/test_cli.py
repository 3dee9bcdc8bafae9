"""The dnnd command: inputs, outputs, errors, exit status."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest
from click.testing import CliRunner

from dnnd.cli import main

PAGE = "Tiêu đề bài báo\n\nSáng 10/1, hội nghị tổng kết công tác đối ngoại nhân dân năm 2025 đã diễn ra tại tỉnh.\n"


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


def test_version_and_help(runner: CliRunner) -> None:
    assert runner.invoke(main, ["--version"]).output.startswith("dnnd, version")
    result = runner.invoke(main, ["parse", "--help"])
    assert result.exit_code == 0 and "Examples" in result.output


def test_plugins_lists_builtin_parsers(runner: CliRunner) -> None:
    result = runner.invoke(main, ["plugins"])
    assert result.exit_code == 0
    assert "parser" in result.output and " text " in result.output and " html " in result.output


def test_parse_samples_gives_one_article_per_page(runner: CliRunner, pages: Path) -> None:
    result = runner.invoke(main, ["parse", str(pages)])
    assert result.exit_code == 0, result.stderr
    articles = [json.loads(line) for line in result.stdout.splitlines()]
    files = sorted(p for p in pages.rglob("*") if p.suffix in (".txt", ".html"))
    assert len(articles) == len(files) == 9
    for article in articles:
        assert len(article["blocks"]) >= 3
    assert sum(1 for a in articles if a["title"]) >= 8  # one sample page has no headline


def test_bad_inputs_each_get_one_line_and_the_run_goes_on(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "image.png.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(64))
    (tmp_path / "random.txt").write_bytes(os.urandom(2048))
    (tmp_path / "nopages").mkdir()
    (tmp_path / "good.txt").write_text(PAGE, encoding="utf-8")
    args = [
        "parse",
        str(tmp_path / "empty.txt"),
        str(tmp_path / "image.png.txt"),
        str(tmp_path / "random.txt"),
        str(tmp_path / "nopages"),
        str(tmp_path / "missing.txt"),
        str(tmp_path / "good.txt"),
    ]
    result = runner.invoke(main, args)
    assert result.exit_code == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("dnnd: error:")]
    assert len(errors) == 5
    assert "Traceback" not in result.stderr
    assert json.loads(result.stdout)["title"] == "Tiêu đề bài báo"


def test_stdin(runner: CliRunner) -> None:
    result = runner.invoke(main, ["parse", "-", "--format", "json"], input=PAGE.encode())
    assert result.exit_code == 0
    assert json.loads(result.stdout)[0]["source"] == "<stdin>"


def test_output_file_is_not_replaced_when_everything_fails(runner: CliRunner, tmp_path: Path) -> None:
    out = tmp_path / "out.jsonl"
    out.write_text("previous good output\n", encoding="utf-8")
    (tmp_path / "empty.txt").write_bytes(b"")
    result = runner.invoke(main, ["parse", str(tmp_path / "empty.txt"), "-o", str(out)])
    assert result.exit_code == 1
    assert out.read_text(encoding="utf-8") == "previous good output\n"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".part")] == []


def test_output_file_written(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    out = tmp_path / "sub" / "out.jsonl"
    result = runner.invoke(main, ["parse", str(tmp_path / "a.txt"), "-o", str(out), "--format", "text"])
    assert result.exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("Tiêu đề bài báo")


def test_unknown_parser_is_a_usage_error(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(main, ["parse", str(tmp_path / "a.txt"), "--parser", "nope"])
    assert result.exit_code == 2 and "loaded parsers" in result.stderr


def test_parallel_jobs_keep_input_order(runner: CliRunner, tmp_path: Path) -> None:
    for i in range(6):
        (tmp_path / f"p{i}.txt").write_text(PAGE.replace("Tiêu đề", f"Bài {i}"), encoding="utf-8")
    result = runner.invoke(main, ["parse", str(tmp_path), "--jobs", "2"])
    assert result.exit_code == 0
    titles = [json.loads(line)["title"] for line in result.stdout.splitlines()]
    assert titles == [f"Bài {i} bài báo" for i in range(6)]

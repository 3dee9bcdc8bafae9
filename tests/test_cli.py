"""The dnnd command: inputs, outputs, errors, exit status."""

from __future__ import annotations

import json
import os
from pathlib import Path
from unittest.mock import patch

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


def test_plugins_check_builds_every_parser_and_extractor(runner: CliRunner) -> None:
    import dnnd

    class Broken:
        __name__ = "broken_lazy"

        @dnnd.hookimpl
        def dnnd_parsers(self) -> list:
            return [dnnd.Lazy("gone", "dnnd_no_such_module:GoneParser")]

    registry = dnnd.Registry(plugins=[Broken()])
    with patch("dnnd.registry.default_registry", return_value=registry):
        listed = runner.invoke(main, ["plugins"])
        checked = runner.invoke(main, ["plugins", "--check"])
    assert " gone " in listed.output and "broken_lazy" not in listed.stderr
    assert " gone " not in checked.output and " meetings " in checked.output
    assert "'gone'" in checked.stderr and "dnnd_no_such_module" in checked.stderr


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


@pytest.mark.parametrize("where", ["folder", "under_a_file"])
def test_a_bad_output_path_is_one_line_before_any_work(runner: CliRunner, tmp_path: Path, where: str) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    if where == "folder":
        out = tmp_path
    else:
        (tmp_path / "file").write_text("x", encoding="utf-8")
        out = tmp_path / "file" / "out.jsonl"
    result = runner.invoke(main, ["parse", str(tmp_path / "a.txt"), "-o", str(out)])
    assert result.exit_code == 2
    assert "Traceback" not in result.stderr and str(out) in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize("jobs", ["0", "-3"])
def test_jobs_below_one_are_refused(runner: CliRunner, tmp_path: Path, jobs: str) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    result = runner.invoke(main, ["parse", str(tmp_path / "a.txt"), "-j", jobs])
    assert result.exit_code == 2 and "--jobs" in result.stderr


def test_jobs_are_bounded_by_cpus_and_inputs() -> None:
    from dnnd.runner import bound_jobs, usable_cores

    assert bound_jobs(1000) == usable_cores()
    assert bound_jobs(1000, 1) == 1
    assert bound_jobs(2, 9) == min(2, usable_cores())
    with pytest.raises(ValueError):
        bound_jobs(0)


def test_a_thousand_jobs_for_two_pages_runs(runner: CliRunner, tmp_path: Path) -> None:
    for i in range(2):
        (tmp_path / f"p{i}.txt").write_text(PAGE.replace("Tiêu đề", f"Bài {i}"), encoding="utf-8")
    result = runner.invoke(main, ["parse", str(tmp_path), "-j", "1000"])
    assert result.exit_code == 0
    assert [json.loads(line)["title"] for line in result.stdout.splitlines()] == ["Bài 0 bài báo", "Bài 1 bài báo"]


def test_extract_text_prints_the_facts(runner: CliRunner, pages: Path) -> None:
    result = runner.invoke(main, ["extract", str(pages), "--format", "text"])
    assert result.exit_code == 0
    jsonl = runner.invoke(main, ["extract", str(pages)])
    facts = [fact for line in jsonl.stdout.splitlines() for fact in json.loads(line)["facts"]]
    assert facts
    kinds = {fact["kind"] for fact in facts}
    listed = [line for line in result.stdout.splitlines() if line[:3].strip() and line.startswith("  ")]
    listed = [line for line in listed if line.split()[0].rstrip(":") in kinds]
    assert result.stdout.count("Facts:") >= 1 and len(listed) == len(facts)


def test_every_option_has_help_and_every_command_says_what_it_returns() -> None:
    import click

    # The corpus commands (index, people...) are checked by their own tests.
    for name in ("parse", "extract", "plugins", "new-plugin"):
        command = main.commands[name]
        assert command.help, name
        for param in command.params:
            if isinstance(param, click.Option):
                assert param.help, f"dnnd {name} {param.opts[0]} has no help text"
    for name in ("parse", "extract", "plugins", "new-plugin"):
        assert "Returns" in (main.commands[name].help or ""), name


def test_stdin_over_the_limit_is_one_error(runner: CliRunner) -> None:
    result = runner.invoke(main, ["parse", "-", "--max-size", "100"], input=PAGE.encode() * 10)
    assert result.exit_code == 1
    assert "limit" in result.stderr and "Traceback" not in result.stderr
    assert result.stderr.startswith("dnnd: error: <stdin>: ")


def test_a_fifo_in_a_folder_is_skipped_with_a_note(runner: CliRunner, tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(PAGE, encoding="utf-8")
    os.mkfifo(tmp_path / "b.txt")
    result = runner.invoke(main, ["parse", str(tmp_path)])
    assert result.exit_code == 0
    assert [line for line in result.stderr.splitlines() if "b.txt" in line] == [
        f"dnnd: note: {tmp_path / 'b.txt'}: is a fifo, not a regular file; skipped"
    ]
    assert len(result.stdout.splitlines()) == 1
    (tmp_path / "a.txt").unlink()
    only_fifos = runner.invoke(main, ["parse", str(tmp_path)])
    assert only_fifos.exit_code == 1 and "a folder with no pages in it" in only_fifos.stderr


def test_a_name_with_a_newline_and_escapes_stays_one_line(runner: CliRunner, tmp_path: Path) -> None:
    bad = tmp_path / "tin\n\x1b[31mmới.txt"
    bad.write_bytes(b"")
    good = tmp_path / "good.txt"
    good.write_text(PAGE, encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["parse", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 1
    (line,) = [line for line in result.stderr.splitlines() if line.startswith("dnnd: error:")]
    assert "\\n\\x1b[31mmới.txt: is empty" in line and "\x1b" not in result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["title"] == "Tiêu đề bài báo"


def test_a_non_utf8_file_name_is_written_escaped(runner: CliRunner, tmp_path: Path) -> None:
    with open(os.fsencode(tmp_path) + b"/b\xe0i.txt", "wb") as handle:
        handle.write(PAGE.encode())
    out = tmp_path / "out.jsonl"
    result = runner.invoke(main, ["extract", str(tmp_path), "-o", str(out)])
    assert result.exit_code == 0, result.stderr
    assert json.loads(out.read_text(encoding="utf-8"))["source"].endswith("b\\xe0i.txt")


def test_starting_the_command_loads_no_heavy_parts() -> None:
    # What only some commands use is imported by them: tables, the corpus, the worker pool, the templates.
    import subprocess
    import sys

    code = "import sys, dnnd.cli; print(' '.join(sorted(sys.modules)))"
    loaded = set(
        subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.split()
    )
    heavy = {
        "rich",
        "dnnd.store",
        "dnnd.corpus",
        "multiprocessing",
        "dnnd.scaffold",
        "cattrs",
        "warcio",
        "tarfile",
        "sqlite3",
    }
    assert loaded & heavy == set()

"""``dnnd new-plugin``: a plugin made from the template installs, is listed and passes its own tests.

This is also the test of ``docs/tutorial-source-plugin.rst``: it runs the
``dnnd new-plugin`` command line printed in the tutorial, word for word, then
does what the tutorial does next — install the plugin, ``dnnd plugins``, run
the plugin's tests — the way a fresh checkout would. The plugin is installed
with ``pip install --target`` into a temporary folder put on ``PYTHONPATH``,
so the project's environment is never touched. A second plugin, with the
longest name, host and outlet accepted, shows that no trace of the template's
own names is left and that the code written stays ruff- and mypy-clean.
"""

from __future__ import annotations

import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from dnnd.cli import main
from dnnd.scaffold import (
    MAX_HOST_LENGTH,
    MAX_NAME_LENGTH,
    MAX_OUTLET_LENGTH,
    TEMPLATE_SUFFIX,
    ScaffoldError,
    new_plugin,
    plugin_names,
    template_files,
)

ROOT = Path(__file__).resolve().parent.parent
TUTORIAL = ROOT / "docs" / "tutorial-source-plugin.rst"
CONFIG = ROOT / "pyproject.toml"

# The second plugin: every value as long as the checks allow.
LONG_NAME = ("bao_mau_" * 4)[:MAX_NAME_LENGTH]
LONG_HOST = ("baomau" * 7)[: MAX_HOST_LENGTH - 3] + ".vn"
LONG_OUTLET = ("Tạp chí Điện tử Mẫu " * 3)[:MAX_OUTLET_LENGTH].strip()


def tutorial_command() -> list[str]:
    """The ``dnnd new-plugin`` command line the tutorial tells its reader to type."""
    found = re.findall(r"^\s*\$ (dnnd new-plugin .+)$", TUTORIAL.read_text(encoding="utf-8"), re.MULTILINE)
    assert len(found) == 1, f"{TUTORIAL.name} should show one `$ dnnd new-plugin` command, found {found}"
    words = shlex.split(found[0])
    assert words[:2] == ["dnnd", "new-plugin"]
    return words[1:]


def environment(site: Path) -> dict[str, str]:
    """This process's environment, with the plugins installed in ``site`` importable."""
    env = dict(os.environ, PYTHONPATH=os.pathsep.join(filter(None, [str(site), os.environ.get("PYTHONPATH")])))
    env.pop("PYTEST_ADDOPTS", None)  # the plugin's tests run with the plugin's own settings
    return env


def dnnd_command() -> list[str]:
    """The ``dnnd`` console script of this environment (``python -m dnnd.cli`` where there is none)."""
    script = Path(sys.executable).with_name("dnnd")
    return [str(script)] if script.exists() else [sys.executable, "-m", "dnnd.cli"]


@pytest.fixture(scope="module")
def made(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The tutorial's plugin and the long-named one, written and installed into ``site``."""
    work = tmp_path_factory.mktemp("new-plugin")
    # The command line names a folder relative to where it is typed: run it there.
    cwd = Path.cwd()
    os.chdir(work)
    try:
        result = CliRunner().invoke(main, tutorial_command(), catch_exceptions=False)
    finally:
        os.chdir(cwd)
    assert result.exit_code == 0, result.output
    tutorial = work / "plugins" / "dnnd-vidu"
    assert f"wrote plugins{os.sep}dnnd-vidu" in result.stdout
    long = new_plugin(LONG_NAME, work / "plugins", host=LONG_HOST, outlet=LONG_OUTLET)
    site = work / "site"
    pip = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    # Offline, and into a folder of its own: the project's environment is left as it was.
    pip += ["--no-deps", "--no-build-isolation", "--no-index", "--target", str(site)]
    install = subprocess.run([*pip, str(tutorial), str(long)], capture_output=True, text=True)
    assert install.returncode == 0, install.stderr
    return {"work": work, "site": site, "tutorial": tutorial, "long": long}


def test_the_tutorial_plugin_is_listed_by_dnnd_plugins(made: dict[str, Path]) -> None:
    listed = subprocess.run(
        [*dnnd_command(), "plugins"], cwd=made["work"], env=environment(made["site"]), capture_output=True, text=True
    )
    assert listed.returncode == 0, listed.stderr
    assert re.search(r"^parser\s+vidu\s+dnnd-vidu 0\.1\.0\s+\(vidu\)$", listed.stdout, re.MULTILINE), listed.stdout
    long = plugin_names(LONG_NAME)
    line = rf"^parser\s+{long.name}\s+{long.distribution} 0\.1\.0\s+\({long.name}\)$"
    assert re.search(line, listed.stdout, re.MULTILINE), listed.stdout
    assert "vidu" not in listed.stderr and long.name not in listed.stderr, listed.stderr


def test_each_plugin_passes_its_own_tests(made: dict[str, Path]) -> None:
    # `pytest` in the plugin's folder, as its README says; the two run side by side.
    env = environment(made["site"])
    command = [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider"]
    running = {
        which: subprocess.Popen(
            command, cwd=made[which], env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True
        )
        for which in ("tutorial", "long")
    }
    for which, process in running.items():
        output, _ = process.communicate(timeout=300)
        assert process.returncode == 0, f"{which}:\n{output}"
        passed = re.search(r"\b(\d+) passed\b", output)
        assert passed and int(passed.group(1)) >= 7, output
        assert not re.search(r"\b(failed|skipped|errors?|deselected)\b", output), output


def test_the_code_written_is_ruff_and_mypy_clean(made: dict[str, Path]) -> None:
    plugins = [made["tutorial"], made["long"]]
    for command in (["ruff", "check"], ["ruff", "format", "--check"]):
        lint = subprocess.run(
            [sys.executable, "-m", *command, "--config", str(CONFIG), *map(str, plugins)],
            capture_output=True,
            text=True,
        )
        assert lint.returncode == 0, lint.stdout + lint.stderr
    mypy = [sys.executable, "-m", "mypy", "--config-file", str(CONFIG), "--cache-dir", str(made["work"] / ".mypy")]
    for plugin in plugins:
        typed = subprocess.run([*mypy, str(plugin / "src"), str(plugin / "tests")], capture_output=True, text=True)
        assert typed.returncode == 0, typed.stdout + typed.stderr


def test_the_template_is_the_tutorial_plugin(made: dict[str, Path]) -> None:
    # The tutorial shows the template's files: with its names, the command writes them unchanged.
    written = {
        p.relative_to(made["tutorial"]).as_posix(): p.read_text(encoding="utf-8")
        for p in made["tutorial"].rglob("*")
        if p.is_file() and "__pycache__" not in p.parts and ".hypothesis" not in p.parts
    }
    template = {path.removesuffix(TEMPLATE_SUFFIX): text for path, text in template_files().items()}
    assert written == template


def test_no_trace_of_the_template_names_is_left(made: dict[str, Path]) -> None:
    long = made["long"]
    for path in long.rglob("*"):
        if "__pycache__" in path.parts or ".hypothesis" in path.parts:
            continue
        relative = path.relative_to(long).as_posix()
        assert "vidu" not in relative.lower()
        if path.is_file():
            text = path.read_text(encoding="utf-8").lower()
            assert "vidu" not in text and "ví dụ" not in text, f"{relative} still names the template's outlet"
    assert LONG_OUTLET in (long / "src" / plugin_names(LONG_NAME).package / "parser.py").read_text(encoding="utf-8")


# ---------------------------------------------------------------- names and errors


def test_names_derived_from_the_name() -> None:
    names = plugin_names("bao_moi", host="https://www.BaoMoi.com/tin/", outlet="  Báo  Mới ")
    assert (names.distribution, names.package, names.parser_class) == ("dnnd-bao-moi", "dnnd_bao_moi", "BaoMoiParser")
    assert (names.host, names.outlet) == ("baomoi.com", "Báo Mới")
    assert (plugin_names("vidu").host, plugin_names("vidu").outlet) == ("vidu.vn", "vidu.vn")


@pytest.mark.parametrize(
    "name", ["Vidu", "vi-du", "1vidu", "vi du", "vidu_", "vi__du", "", "dnnd-vidu", "dnnd_vidu", "text", "html"]
)
def test_a_bad_name_is_a_usage_error(tmp_path: Path, name: str) -> None:
    result = CliRunner().invoke(main, ["new-plugin", name, "--directory", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "Invalid value for 'NAME'" in result.stderr
    assert "Traceback" not in result.output
    assert list(tmp_path.iterdir()) == []


def test_a_too_long_name_is_refused() -> None:
    with pytest.raises(ScaffoldError, match="longer than"):
        plugin_names("a" * (MAX_NAME_LENGTH + 1))


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--host", "not a host"),
        ("--host", "vidu"),
        ("--host", "x" * MAX_HOST_LENGTH + ".vn"),
        ("--outlet", 'Báo "Ví Dụ"'),
        ("--outlet", "Báo\\Ví Dụ"),
        ("--outlet", "   "),
        ("--outlet", "Báo\tVí\x00Dụ"),
        ("--outlet", "B" * (MAX_OUTLET_LENGTH + 1)),
    ],
)
def test_a_bad_host_or_outlet_is_a_usage_error(tmp_path: Path, option: str, value: str) -> None:
    result = CliRunner().invoke(main, ["new-plugin", "vidu", option, value, "--directory", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert f"Invalid value for '{option}'" in result.stderr
    assert list(tmp_path.iterdir()) == []


def test_an_existing_folder_is_never_overwritten(tmp_path: Path) -> None:
    existing = tmp_path / "dnnd-vidu"
    existing.mkdir()
    (existing / "mine.txt").write_text("keep me", encoding="utf-8")
    result = CliRunner().invoke(main, ["new-plugin", "vidu", "--directory", str(tmp_path)])
    assert result.exit_code == 1
    assert result.stderr.startswith(f"dnnd: error: {existing}: already exists")
    assert "Traceback" not in result.output and result.stdout == ""
    assert [p.name for p in tmp_path.iterdir()] == ["dnnd-vidu"]  # nothing half-written beside it
    assert [p.name for p in existing.iterdir()] == ["mine.txt"]
    assert (existing / "mine.txt").read_text(encoding="utf-8") == "keep me"


def test_a_file_in_the_way_is_refused_too(tmp_path: Path) -> None:
    (tmp_path / "dnnd-vidu").write_text("a file", encoding="utf-8")
    with pytest.raises(ScaffoldError, match="already exists"):
        new_plugin("vidu", tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == ["dnnd-vidu"]


def test_the_directory_is_created(tmp_path: Path) -> None:
    target = new_plugin("baomau", tmp_path / "a" / "b", host="baomau.vn", outlet="Báo Mẫu")
    assert target == tmp_path / "a" / "b" / "dnnd-baomau"
    assert (target / "src" / "dnnd_baomau" / "py.typed").exists()
    assert 'baomau = "dnnd_baomau.plugin"' in (target / "pyproject.toml").read_text(encoding="utf-8")

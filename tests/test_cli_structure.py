"""The layout of :mod:`dnnd.cli`: one module per group of commands, no import cycle, one set of shared options."""

from __future__ import annotations

import ast
import pkgutil
import subprocess
import sys
from importlib import import_module
from importlib.metadata import entry_points
from importlib.util import find_spec
from pathlib import Path

import click
import pytest
from click.testing import CliRunner

# Found without importing it: a cycle fails the tests below, not the collection of this file.
_SPEC = find_spec("dnnd.cli")
assert _SPEC is not None and _SPEC.submodule_search_locations
PACKAGE = Path(next(iter(_SPEC.submodule_search_locations)))
# The modules of the package that can be imported on their own (``__main__`` runs the command).
MODULES = sorted(m.name for m in pkgutil.iter_modules([str(PACKAGE)]) if not m.name.startswith("_"))
COMMAND_MODULES = [m for m in MODULES if m != "common"]


def test_the_package_has_its_modules() -> None:
    assert {"common", "pages", "corpus", "scaffold"} <= set(MODULES)


@pytest.mark.parametrize("module", MODULES)
def test_each_module_imports_alone_in_a_fresh_interpreter(module: str) -> None:
    # A module importing from dnnd.cli while dnnd.cli imports it fails here ("partially initialized module").
    result = subprocess.run(
        [sys.executable, "-c", f"import dnnd.cli.{module}"], capture_output=True, text=True, check=False
    )
    assert result.returncode == 0, result.stderr


def _imported(module: str) -> set[str]:
    """The modules ``dnnd.cli.<module>`` imports, anywhere in it (inside functions too), as absolute names."""
    tree = ast.parse((PACKAGE / f"{module}.py").read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names |= {alias.name for alias in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:  # relative: resolve against dnnd.cli
                base = "dnnd.cli" + (f".{base}" if base else "")
            names.add(base)
            names |= {f"{base}.{alias.name}" for alias in node.names if base == "dnnd.cli"}
    return names


@pytest.mark.parametrize("module", COMMAND_MODULES)
def test_command_modules_import_only_the_common_module_of_the_package(module: str) -> None:
    inside = {n for n in _imported(module) if n == "dnnd.cli" or n.startswith("dnnd.cli.")}
    assert inside <= {"dnnd.cli.common"}


def test_the_common_module_imports_nothing_of_the_package() -> None:
    assert not {n for n in _imported("common") if n == "dnnd.cli" or n.startswith("dnnd.cli.")}


def test_every_command_module_registers_its_commands_on_main() -> None:
    from dnnd.cli import main

    registered: dict[str, str] = {}
    for module in COMMAND_MODULES:
        group = click.Group()
        import_module(f"dnnd.cli.{module}").register(group)
        assert group.commands, module
        for name, command in group.commands.items():
            assert name not in registered, f"{name} is registered by {registered.get(name)} and {module}"
            registered[name] = module
            assert main.commands[name] is command
    assert set(registered) == set(main.commands)


def test_the_console_script_and_python_m_run_main() -> None:
    from dnnd.cli import main

    (script,) = [ep for ep in entry_points(group="console_scripts") if ep.name == "dnnd"]
    assert script.value == "dnnd.cli:main" and script.load() is main
    for target in ("dnnd", "dnnd.cli"):
        result = subprocess.run([sys.executable, "-m", target, "--help"], capture_output=True, text=True, check=False)
        assert result.returncode == 0, result.stderr
        assert result.stdout.startswith("Usage: dnnd ") and "new-plugin" in result.stdout


@pytest.mark.parametrize("command", ["parse", "extract", "index"])
def test_the_shared_jobs_option_refuses_zero_the_same_way_everywhere(command: str, tmp_path: Path) -> None:
    from dnnd.cli import main

    db = ["--db", str(tmp_path / "x.db")] if command == "index" else []
    result = CliRunner().invoke(main, [command, "-j", "0", str(tmp_path), *db])
    assert result.exit_code == 2
    assert "0 is not a number of processes; give 1 or more" in result.output
    assert not (tmp_path / "x.db").exists()

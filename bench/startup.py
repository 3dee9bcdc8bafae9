"""What a fresh process pays before it does any work: ``import dnnd``, ``dnnd plugins``, ``--help``, one parse.

    python bench/startup.py              # each command in 7 fresh processes
    python bench/startup.py --runs 15    # on a busy machine, more runs steady the minimum

Each command runs in a fresh interpreter, as a user would run it (the
``dnnd`` commands through the same ``main`` the console script calls, with
every installed plugin loaded). The report gives, per command, the CPU seconds
(user + system) of the child process, the minimum over ``--runs`` runs (the
least disturbed by other work on the machine), the same less the baseline of
this run (a bare ``python -c pass``), the modules the process had imported when
it exited (in all, and dnnd's own), and the target of issue 14 where it sets one.
"""

from __future__ import annotations

import argparse
import resource
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PAGE = ROOT / "examples" / "pages" / "000_07a63d3250d71a53.txt"

# Every child reports, as it exits, what it imported (atexit is built in: it adds no import).
_REPORT = (
    "import atexit, sys\n"
    "atexit.register(lambda: sys.stderr.write('\\nMODULES %d %d\\n' % (len(sys.modules), "
    "sum(m == 'dnnd' or m.startswith(('dnnd.', 'dnnd_')) for m in sys.modules))))\n"
)
_CLI = "from dnnd.cli import main\nmain(sys.argv[1:], prog_name='dnnd')\n"

#: label, the code the child runs, its arguments, the target CPU seconds (issue 14) or None.
COMMANDS: tuple[tuple[str, str, tuple[str, ...], float | None], ...] = (
    ("python -c pass (baseline)", "pass\n", (), None),
    ("import dnnd", "import dnnd\n", (), 0.3),
    ("dnnd plugins", _CLI, ("plugins",), 0.35),
    ("dnnd --help", _CLI, ("--help",), None),
    ("dnnd parse PAGE", _CLI, ("parse", str(PAGE)), None),
)


def run_once(code: str, args: tuple[str, ...]) -> tuple[float, int, int]:
    """Run ``code`` in a fresh interpreter: its CPU seconds, the modules it imported, how many are dnnd's."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    result = subprocess.run(
        [sys.executable, "-c", _REPORT + code, *args], capture_output=True, text=True, check=False, cwd=ROOT
    )
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    if result.returncode != 0:
        raise SystemExit(f"{args or code!r} failed:\n{result.stderr}")
    cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
    line = next(x for x in result.stderr.splitlines() if x.startswith("MODULES "))
    _, modules, own = line.split()
    return cpu, int(modules), int(own)


def measure(code: str, args: tuple[str, ...], runs: int) -> tuple[float, int, int]:
    """The least CPU time over ``runs`` fresh processes, and the modules of the last one."""
    best, modules, own = float("inf"), 0, 0
    for _ in range(runs):
        cpu, modules, own = run_once(code, args)
        best = min(best, cpu)
    return best, modules, own


def main() -> None:
    """Measure every command of :data:`COMMANDS` and print the report."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7, help="fresh processes per command (the minimum is kept)")
    options = parser.parse_args()
    print(f"startup CPU seconds, min of {options.runs} fresh processes (python {sys.version.split()[0]})")
    print(f"{'command':<27}{'cpu s':>8}{'- base':>8}{'modules':>9}{'dnnd':>6}  target")
    baseline = None
    for label, code, args, target in COMMANDS:
        cpu, modules, own = measure(code, args, options.runs)
        baseline = cpu if baseline is None else baseline
        verdict = "" if target is None else f"<= {target:.2f} {'ok' if cpu <= target else 'MISSED'}"
        print(f"{label:<27}{cpu:>8.3f}{cpu - baseline:>8.3f}{modules:>9}{own:>6}  {verdict}")


if __name__ == "__main__":
    main()

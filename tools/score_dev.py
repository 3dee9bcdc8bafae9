#!/usr/bin/env python3
"""Score dnnd's output on the dev set, half by half, with the shared scorer.

usage: score_dev.py OUTPUT.jsonl [--json]

The dev pages are split by outlet in ``examples/dev/split.toml``: rules are written
looking at the ``tune`` half; the ``heldout`` half is only measured. This prints
``tools/score.py``'s figures for each half and for the whole dev set, side by side.
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEV = ROOT / "examples" / "dev"
SCORER = ROOT / "tools" / "score.py"
FIELDS = (
    "title",
    "published",
    "authors",
    "body",
    "captions",
    "leaks",
    "persons",
    "positions",
    "organizations",
    "places",
    "money",
    "documents",
    "facts",
    "facts_strict",
)


def halves() -> dict[str, list[str]]:
    """The page stems of each half, and of the whole dev set."""
    split = tomllib.loads((DEV / "split.toml").read_text(encoding="utf-8"))
    parts = {name: list(part["pages"]) for name, part in split.items()}
    parts["all"] = sorted(stem for part in parts.values() for stem in part)
    return parts


def score(stems: list[str], output: Path) -> dict:
    """``score.py --json`` on the gold files of ``stems`` only."""
    with tempfile.TemporaryDirectory() as tmp:
        for stem in stems:
            shutil.copy(DEV / "gold" / f"{stem}.json", tmp)
        done = subprocess.run(
            [sys.executable, str(SCORER), tmp, str(output), "--json"], check=True, capture_output=True, text=True
        )
    return json.loads(done.stdout)


def main() -> None:
    args = [a for a in sys.argv[1:] if a != "--json"]
    if len(args) != 1:
        sys.exit(__doc__.strip().splitlines()[2])
    output = Path(args[0])
    if not output.is_file():
        sys.exit(
            f"score_dev.py: {output}: no such file; run `dnnd extract examples/dev/pages --format jsonl "
            f"--output {output}` first"
        )
    results = {name: score(stems, output) for name, stems in halves().items()}
    if "--json" in sys.argv:
        print(json.dumps(results))
        return
    names = list(results)
    print(f"{'':14}" + "".join(f"{n:>10}" for n in names))
    for field in FIELDS:
        cells = [results[n].get(field) for n in names]
        print(f"{field:14}" + "".join(f"{'-' if c is None else c:>10}" for c in cells))
    kinds = sorted({k for r in results.values() for k in r.get("facts_by_kind", {})})
    for kind in kinds:
        cells = [results[n].get("facts_by_kind", {}).get(kind) for n in names]
        print(f"  facts {kind:8}" + "".join(f"{'-' if c is None else c:>10}" for c in cells))
    for name in names:
        if results[name]["missing"]:
            print(f"{name}: no output for", ", ".join(results[name]["missing"]))


if __name__ == "__main__":
    main()

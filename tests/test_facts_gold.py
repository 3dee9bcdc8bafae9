"""The facts of the nine samples against their hand-checked gold (examples/gold), scored by the shared scorer.

The floors are the figures reached so far (``tools/score.py``: core and strict F1, and F1 per kind);
raise one when a change lifts it, never lower one to pass. The dev halves' fact floors are in
``test_dev_scores.py``.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import dnnd
from dnnd.serialize import to_json

ROOT = Path(__file__).resolve().parent.parent
PAGES = ROOT / "examples" / "pages"
GOLD = ROOT / "examples" / "gold"

FLOORS = {"facts": 0.93, "facts_strict": 0.88}
KIND_FLOORS = {"aid": 1.0, "award": 1.0, "election": 0.8, "meeting": 0.9, "twinning": 0.9}


@pytest.fixture(scope="module")
def scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    output = tmp_path_factory.mktemp("samples") / "samples.jsonl"
    registry = dnnd.Registry()
    with output.open("w", encoding="utf-8") as out:
        for page in sorted(p for p in PAGES.rglob("*") if p.suffix in (".txt", ".html")):
            article = dnnd.extract(dnnd.parse(dnnd.load(page), registry=registry), registry=registry)
            out.write(to_json(article, extraction=True) + "\n")
    scorer = [sys.executable, str(ROOT / "tools" / "score.py"), str(GOLD), str(output), "--json"]
    result: dict[str, Any] = json.loads(subprocess.run(scorer, capture_output=True, check=True, text=True).stdout)
    return result


def test_the_sample_facts_hold_their_scores(scores: dict[str, Any]) -> None:
    low = {field: scores[field] for field, floor in FLOORS.items() if scores[field] < floor}
    assert not low, f"below the floor: {low}"


@pytest.mark.parametrize("kind", sorted(KIND_FLOORS))
def test_each_kind_holds_its_score(kind: str, scores: dict[str, Any]) -> None:
    assert scores["facts_by_kind"][kind] >= KIND_FLOORS[kind], scores["facts_by_kind"]

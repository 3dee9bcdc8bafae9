"""Fuzzing: whatever a user hands dnnd, it answers with an article or its own error, never a crash.

The inputs come from :mod:`dnnd.testing.fuzz` (mutated real pages, tag soup, deep nesting, encodings,
control characters and lone surrogates, huge numbers, empty/binary/truncated input, gzip), the same
generators ``tools/fuzz.py`` runs for hours. Here a short, derandomized run (the CI profile) checks:

- the API (``dnnd.parse``, ``dnnd.extract``): only a :class:`dnnd.DnndError` may escape, never a wrapped
  internal error ("report this to its authors"); an article keeps its invariants (mention spans cut back
  out of its NFC text, JSON round-trips, no empty article, no lost text);
- ``dnnd.load`` on the input as a file;
- the command (``dnnd parse``/``extract`` in-process, and a real process over a folder): exit status 0 or
  1, one-line errors, no traceback;
- the reproducers of the bugs the fuzzer found (``tests/fuzz_cases/``).
"""

from __future__ import annotations

import contextlib
import gzip
import itertools
import random
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import dnnd
from dnnd.testing.fuzz import GENERATORS, Case, Finding, cases, check_api, check_cli, generate, seed_pages

ROOT = Path(__file__).resolve().parent.parent
SEEDS = seed_pages(ROOT)
FUZZ_CASES = Path(__file__).resolve().parent / "fuzz_cases"
MANIFEST = tomllib.loads((FUZZ_CASES / "cases.toml").read_text(encoding="utf-8"))["case"]

# The signatures of bugs found and not fixed yet, each with a reproducer in fuzz_cases/cases.toml whose test
# is xfail(strict=True): when the bug is fixed that test fails, and its signature leaves this set.
OPEN_SIGNATURES = frozenset(case["signature"] for case in MANIFEST if case.get("open"))


def _report(finding: Finding | None, case: Case) -> str:
    return f"{finding} on {case} (data {case.data[:300]!r})\n{finding.trace if finding else ''}"


def test_seed_pages_are_the_samples_and_the_tune_half_only() -> None:
    split = tomllib.loads((ROOT / "examples/dev/split.toml").read_text(encoding="utf-8"))
    samples = {p.name for p in (ROOT / "examples/pages").rglob("*") if p.suffix in (".txt", ".html")}
    dev = {p.name for p in (ROOT / "examples/dev/pages").iterdir() if p.stem in split["tune"]["pages"]}
    assert {seed.name for seed in SEEDS} == samples | dev
    assert len(dev) == len(split["tune"]["pages"])


@pytest.mark.parametrize("generator", sorted(GENERATORS))
@settings(max_examples=16)
@given(data=st.data())
def test_api_meets_fuzzed_input_with_its_own_errors_only(generator: str, data: Any) -> None:
    case = data.draw(cases(SEEDS, [generator]), label="case")
    finding = check_api(case)
    assert finding is None or finding.signature in OPEN_SIGNATURES, _report(finding, case)


@pytest.mark.parametrize("generator", sorted(GENERATORS))
@settings(max_examples=3)
@given(data=st.data())
def test_command_meets_fuzzed_input_with_one_line_errors(
    generator: str, data: Any, tmp_path_factory: pytest.TempPathFactory
) -> None:
    case = data.draw(cases(SEEDS, [generator]), label="case")
    command = data.draw(st.sampled_from(["parse", "extract"]), label="command")
    stdin = data.draw(st.booleans(), label="stdin")
    folder = tmp_path_factory.mktemp("fuzz")
    finding = check_cli(case, folder, command, stdin=stdin)
    if finding is not None and finding.signature.startswith("cli:internal:"):
        # The command reports the error in one line, as it should; the error itself may be a known open bug.
        known = check_api(case, extract=command == "extract")
        assert known is not None and known.signature in OPEN_SIGNATURES, _report(finding, case)
    else:
        assert finding is None, _report(finding, case)
    if not stdin:  # the same file through dnnd.load: an article or a DnndError (check_api saw the rest)
        with contextlib.suppress(dnnd.DnndError):
            dnnd.parse(dnnd.load(folder / f"page{case.suffix}"))


def test_a_real_process_never_prints_a_traceback(tmp_path: Path) -> None:
    # One input of every generator in one folder, one `dnnd extract` process over it all.
    for i, name in enumerate(sorted(GENERATORS)):
        case = generate(random.Random(f"process:{i}"), SEEDS, name)
        (tmp_path / f"{i:02d}-{name}{case.suffix}").write_bytes(case.as_bytes())
    done = subprocess.run(
        [sys.executable, "-m", "dnnd", "extract", str(tmp_path), "--format", "jsonl"],
        capture_output=True,
        timeout=300,
        check=False,
    )
    stderr = done.stderr.decode("utf-8", "replace")
    assert done.returncode in (0, 1), stderr
    assert "Traceback" not in stderr
    for line in stderr.splitlines():
        assert line.startswith("dnnd: "), line
        assert "internal error" not in line and "report" not in line, line
    for line in done.stdout.decode("utf-8").split("\n"):
        if line:
            dnnd.from_json(line)


@settings(max_examples=15)
@given(seed=st.sampled_from(SEEDS), data=st.data())
def test_a_page_in_many_gzip_members_is_the_page(seed: Any, data: Any) -> None:
    cuts = sorted(data.draw(st.lists(st.integers(0, len(seed.data)), min_size=1, max_size=4), label="cuts"))
    bounds = [0, *cuts, len(seed.data)]
    members = b"".join(gzip.compress(seed.data[a:b], mtime=0) for a, b in itertools.pairwise(bounds))
    media = "text/html" if seed.is_html else "text/plain"
    whole = dnnd.parse(dnnd.RawDocument(seed.data, media_type=media))
    assert dnnd.parse(dnnd.RawDocument(members, media_type=media)) == whole


def _reproducer(entry: dict[str, Any]) -> Case:
    raw = (FUZZ_CASES / entry["file"]).read_bytes()
    data: bytes | str = raw.decode("utf-8", "surrogatepass") if entry["given"] == "str" else raw
    suffix = "".join(Path(entry["file"]).suffixes)
    return Case("reproducer", data, suffix, entry.get("media_type"), entry["file"], tuple(entry.get("expect", ())))


@pytest.mark.parametrize(
    "entry",
    [
        pytest.param(e, id=e["file"], marks=[pytest.mark.xfail(strict=True, reason=e["open"])] if e.get("open") else [])
        for e in MANIFEST
    ],
)
def test_reproducers_found_by_the_fuzzer(entry: dict[str, Any]) -> None:
    assert (FUZZ_CASES / entry["file"]).stat().st_size <= 2048
    case = _reproducer(entry)
    finding = check_api(case)
    assert finding is None, _report(finding, case)


def test_the_open_reproducers_still_fail_the_way_they_are_recorded() -> None:
    # An open bug is excluded from the fuzz properties by its signature: that signature must be its own.
    for entry in MANIFEST:
        if entry.get("open"):
            finding = check_api(_reproducer(entry))
            assert finding is None or finding.signature == entry["signature"], (entry["file"], str(finding))

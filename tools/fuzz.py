"""A long fuzzing run of dnnd: many thousand hostile inputs through the API and the command line.

Uses the generators and checks of :mod:`dnnd.testing.fuzz` (the same as
``tests/test_fuzz.py``). Input ``i`` of a run with ``--seed S`` is rebuilt
from ``random.Random(f"{S}:{i}")`` alone, so any input can be replayed
(``--replay I``). Reports the inputs tried, the failures (each distinct one
shrunk and saved under ``--save``) and the slowest inputs.

    python tools/fuzz.py --n 100000 --seed 1 --save fuzz-findings

One process, one core: run it with ``nice`` next to other work.
"""

from __future__ import annotations

import argparse
import collections
import faulthandler
import heapq
import json
import random
import re
import signal
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from dnnd.testing.fuzz import GENERATORS, Case, Finding, check_api, check_cli, generate, literal, minimize, seed_pages

ROOT = Path(__file__).resolve().parent.parent


class _Stop(BaseException):
    """SIGTERM or SIGINT: stop trying inputs and report what was tried."""


def _stop(signum: int, frame: Any) -> None:
    raise _Stop()


class _Timeout(BaseException):
    """The per-input time limit ran out (a BaseException: dnnd's ``except Exception`` cannot swallow it)."""


def _alarm(signum: int, frame: Any) -> None:
    raise _Timeout()


def _timed(func: Any, limit: float) -> tuple[Any, float, bool]:
    """``func()``, its duration, and whether it ran out of time (its result is then ``None``)."""
    start = time.perf_counter()
    signal.setitimer(signal.ITIMER_REAL, limit)
    try:
        return func(), time.perf_counter() - start, False
    except _Timeout:
        return None, time.perf_counter() - start, True
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)


def _slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9]+", "-", text).strip("-")[:80]


def _save(folder: Path, number: int, finding: Finding, case: Case, small: Case, where: str) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    stem = folder / f"{number:02d}-{_slug(finding.signature)}"
    stem.with_suffix(".bin").write_bytes(small.as_bytes())
    info = [
        f"signature: {finding.signature}",
        f"kind: {finding.kind}",
        f"input: {where} (generator {case.generator}; {case.note})",
        f"given as: {type(small.data).__name__}, media type {small.media_type}, file suffix {small.suffix}",
        f"original size: {len(case.data)}, shrunk size: {len(small.data)}",
        f"message: {finding.message}",
        "",
        "reproducer (Python literal):",
        literal(small),
        "",
        "traceback:",
        finding.trace or "(none)",
    ]
    stem.with_suffix(".txt").write_text("\n".join(info), encoding="utf-8")
    return stem


def main(argv: list[str] | None = None) -> int:
    """Run the fuzzer; the exit status is 1 when anything failed."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--n", type=int, default=1000, help="inputs to try (default 1000)")
    ap.add_argument("--seed", type=int, default=0, help="run seed: input i is made from f'{seed}:{i}'")
    ap.add_argument("--start", type=int, default=0, help="first input index (to resume a run)")
    ap.add_argument("--timeout-per-input", type=float, default=20.0, help="seconds before an input counts as a hang")
    ap.add_argument("--save", type=Path, default=None, help="folder for shrunk reproducers and report.json")
    ap.add_argument("--cli-every", type=int, default=25, help="also run the CLI on every Kth input (0: never)")
    ap.add_argument("--generator", choices=sorted(GENERATORS), action="append", help="only these generators")
    ap.add_argument("--slowest", type=int, default=10, help="how many slowest inputs to report")
    ap.add_argument("--shrink-budget", type=int, default=300, help="checks spent shrinking each distinct failure")
    ap.add_argument("--replay", type=int, action="append", help="run only these input indexes, verbosely")
    ap.add_argument("--root", type=Path, default=ROOT, help="the checkout whose example pages are mutated")
    ap.add_argument("--max-seconds", type=float, default=0, help="stop after this long and report (0: no limit)")
    args = ap.parse_args(argv)

    faulthandler.enable()
    signal.signal(signal.SIGALRM, _alarm)
    for signum in (signal.SIGTERM, signal.SIGINT):  # a stopped run still reports what it tried
        signal.signal(signum, _stop)
    seeds = seed_pages(args.root)
    indexes = args.replay or range(args.start, args.start + args.n)
    tmp = Path(tempfile.mkdtemp(prefix="dnnd-fuzz-"))
    current = args.save / "current-input.bin" if args.save else None
    if args.save:
        args.save.mkdir(parents=True, exist_ok=True)

    tried = 0
    cli_runs = 0
    per_generator: collections.Counter[str] = collections.Counter()
    signatures: collections.Counter[str] = collections.Counter()
    first: dict[str, dict[str, Any]] = {}
    slowest: list[tuple[float, int, str, int, str]] = []
    began = time.perf_counter()

    def record(finding: Finding, index: int, case: Case, stage: str, seconds: float) -> None:
        signatures[finding.signature] += 1
        if finding.signature in first:
            return
        print(f"FAIL #{index} {finding} ({stage})", file=sys.stderr, flush=True)
        entry: dict[str, Any] = {"index": index, "stage": stage, "generator": case.generator, "note": case.note}
        entry["message"] = finding.message
        entry["trace_tail"] = finding.trace.strip().splitlines()[-4:] if finding.trace else []
        small = case
        if finding.kind != "timeout" and args.shrink_budget:

            def same(candidate: Case) -> bool:
                if stage == "api":
                    got, _, hung = _timed(lambda: check_api(candidate), args.timeout_per_input)
                else:
                    _, command, *pipe = stage.split()  # "cli extract" or "cli extract -" (stdin)
                    got, _, hung = _timed(
                        lambda: check_cli(candidate, tmp, command, stdin=bool(pipe)), args.timeout_per_input
                    )
                return not hung and got is not None and got.signature == finding.signature

            small = minimize(case, same, budget=args.shrink_budget)
        entry["shrunk_size"] = len(small.data)
        entry["literal"] = literal(small, 600)
        if args.save:
            entry["saved"] = str(_save(args.save, len(first) + 1, finding, case, small, f"seed {args.seed} #{index}"))
        first[finding.signature] = entry

    def one(index: int) -> None:
        nonlocal tried, cli_runs
        case = generate(random.Random(f"{args.seed}:{index}"), seeds, None)
        if args.generator and case.generator not in args.generator:
            return
        tried += 1
        per_generator[case.generator] += 1
        if current:
            current.write_bytes(case.as_bytes())  # what was running if the process dies
        finding, seconds, hung = _timed(lambda case=case: check_api(case), args.timeout_per_input)
        if hung:
            finding = Finding("timeout", f"timeout:{case.generator}", f"over {args.timeout_per_input:g} s")
        if finding:
            record(finding, index, case, "api", seconds)
        entry = (seconds, index, case.generator, len(case.data), case.note)
        if len(slowest) < args.slowest:
            heapq.heappush(slowest, entry)
        else:
            heapq.heappushpop(slowest, entry)
        if args.cli_every and index % args.cli_every == 0:
            command = "extract" if (index // args.cli_every) % 2 == 0 else "parse"
            stdin = (index // args.cli_every) % 5 == 0
            cli_runs += 1
            found, seconds, hung = _timed(
                lambda case=case, command=command, stdin=stdin: check_cli(case, tmp, command, stdin=stdin),
                args.timeout_per_input,
            )
            if hung:
                found = Finding("timeout", f"timeout:cli {command}", f"over {args.timeout_per_input:g} s")
            if found:
                record(found, index, case, f"cli {command}{' -' if stdin else ''}", seconds)
        if args.replay:
            print(f"#{index} {case} -> {finding}", flush=True)
        if tried % 1000 == 0:
            rate = tried / (time.perf_counter() - began)
            failed = sum(signatures.values())
            print(f"{tried} inputs, {failed} failures, {rate:.1f}/s", file=sys.stderr, flush=True)

    stopped = ""
    try:
        for index in indexes:
            if args.max_seconds and time.perf_counter() - began > args.max_seconds:
                stopped = f"stopped after --max-seconds {args.max_seconds:g}"
                break
            one(index)
    except _Stop:
        stopped = "stopped by a signal"
    signal.setitimer(signal.ITIMER_REAL, 0)

    elapsed = time.perf_counter() - began
    failures = sum(signatures.values())
    report = {
        "seed": args.seed,
        "stopped": stopped or None,
        "inputs": tried,
        "cli_runs": cli_runs,
        "seconds": round(elapsed, 1),
        "per_generator": dict(sorted(per_generator.items())),
        "failures": failures,
        "distinct_failures": {s: {"count": signatures[s], **first[s]} for s in signatures},
        "slowest": [
            {"seconds": round(s, 3), "index": i, "generator": g, "size": n, "note": note}
            for s, i, g, n, note in sorted(slowest, reverse=True)
        ],
    }
    if stopped:
        print(stopped)
    print(f"inputs tried: {tried} (+ {cli_runs} CLI runs) in {elapsed:.0f} s ({tried / max(elapsed, 1e-9):.1f}/s)")
    print("per generator: " + ", ".join(f"{g} {n}" for g, n in sorted(per_generator.items())))
    print(f"failures: {failures} ({len(signatures)} distinct)")
    for signature, count in signatures.most_common():
        info = first[signature]
        print(f"  {count:6d}  {signature}  first #{info['index']} ({info['stage']}): {info['literal'][:120]}")
    print("slowest inputs:")
    for s, i, g, n, note in sorted(slowest, reverse=True):
        print(f"  {s:8.3f} s  #{i}  {g}  {n} {'bytes' if g else ''} {note}")
    if args.save:
        (args.save / "report.json").write_text(json.dumps(report, indent=2, ensure_ascii=False), encoding="utf-8")
        if current and current.exists():
            current.unlink()
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())

"""dnnd.runner: ordered results over many processes, a time cap per item, errors that name the item."""

from __future__ import annotations

import threading
import time
from pathlib import Path
from typing import Any

import attrs
import pytest

import dnnd
from dnnd.errors import DnndError
from dnnd.examples import SAMPLE
from dnnd.runner import Outcome, run


@attrs.frozen
class Item:
    name: str
    seconds: float = 0.0
    fail: bool = False


def work(item: Item) -> str:
    if item.fail:
        raise DnndError("cannot be read", source=item.name)
    if item.seconds:
        time.sleep(item.seconds)  # a stand-in for a pathological page
    return item.name.upper()


def crash(item: Item) -> str:
    raise KeyError(item.name)


@pytest.mark.parametrize("jobs", [1, 2])
def test_a_slow_item_is_skipped_and_the_run_goes_on(jobs: int) -> None:
    items = [Item("a"), Item("slow", seconds=30), Item("b"), Item("bad", fail=True), Item("c")]
    started = time.monotonic()
    outcomes = list(run(work, items, jobs=jobs, time_cap=0.5))
    assert time.monotonic() - started < 10
    assert [o.item.name for o in outcomes] == ["a", "slow", "b", "bad", "c"]
    assert [o.value for o in outcomes] == ["A", None, "B", None, "C"]
    assert outcomes[1].error is not None and outcomes[1].error.startswith("slow: took longer than 0.5 s")
    assert outcomes[3].error == "bad: cannot be read"


@pytest.mark.parametrize("jobs", [1, 2])
def test_an_unexpected_exception_is_one_line_naming_the_item(jobs: int) -> None:
    (outcome, *_) = list(run(crash, [Item("x"), Item("y")], jobs=jobs))
    assert outcome == Outcome(Item("x"), None, "x: internal error (KeyError: 'x'); please report it")


def test_many_items_keep_their_order_over_many_processes() -> None:
    items = [Item(f"p{i:04d}") for i in range(500)]
    assert [o.value for o in run(work, iter(items), jobs=2)] == [i.name.upper() for i in items]


def test_items_are_pulled_lazily() -> None:
    pulled = []

    def source():  # type: ignore[no-untyped-def]
        for i in range(10_000):
            pulled.append(i)
            yield Item(f"p{i}")

    outcomes = run(work, source(), jobs=2)
    for _ in range(5):
        next(outcomes)
    assert len(pulled) < 100  # a window of a few items per worker, not the whole input
    outcomes.close()


def test_articles_over_two_processes_equal_the_serial_api(pages) -> None:  # type: ignore[no-untyped-def]
    import dnnd
    from dnnd.inputs import iter_inputs
    from dnnd.inputs import pages as only_pages
    from dnnd.runner import articles

    problems: list[object] = []
    outcomes = list(articles(only_pages(iter_inputs([str(pages)]), problems.append), jobs=2))
    assert problems == [] and all(o.error is None for o in outcomes)
    files = sorted(p for p in pages.rglob("*") if p.suffix in (".txt", ".html"))
    assert [o.value for o in outcomes] == [dnnd.extract(path) for path in files]


def stuck(item: Item) -> str:
    # A call the alarm cannot stop (like a long call into C code): SIGALRM is blocked while it runs.
    import signal

    if item.seconds:
        signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGALRM})
        time.sleep(item.seconds)
    return item.name.upper()


def test_a_worker_stuck_past_the_cap_is_replaced_and_the_run_goes_on(monkeypatch: pytest.MonkeyPatch) -> None:
    import dnnd.runner

    monkeypatch.setattr(dnnd.runner, "HARD_CAP_GRACE", 1.0)
    items = [Item("a"), Item("stuck", seconds=60), Item("b"), Item("c"), Item("d")]
    started = time.monotonic()
    outcomes = list(run(stuck, items, jobs=2, time_cap=0.5))
    assert time.monotonic() - started < 20
    assert [o.value for o in outcomes] == ["A", None, "B", "C", "D"]
    assert outcomes[1].error is not None and "time cap" in outcomes[1].error


# SQLite reports the exception raised inside its callback as "unraisable" before wrapping it: that is the case tested.
@pytest.mark.filterwarnings("ignore::pytest.PytestUnraisableExceptionWarning")
def test_a_signal_that_another_exception_wraps_is_still_an_interruption() -> None:
    import os
    import signal
    import sqlite3

    from dnnd.runner import Interrupted, interruptible

    db = sqlite3.connect(":memory:")

    def kill_me(value: int) -> int:
        os.kill(os.getpid(), signal.SIGTERM)  # the handler raises here; SQLite turns it into OperationalError
        return value

    db.create_function("kill_me", 1, kill_me)
    with pytest.raises(Interrupted) as stop, interruptible():
        db.execute("SELECT kill_me(1)").fetchall()
    assert stop.value.exit_status == 143


def test_an_interruption_right_after_commit_is_not_hidden_by_the_rollback(tmp_path: Path) -> None:
    from dnnd.corpus import Corpus
    from dnnd.runner import Interrupted

    with Corpus(tmp_path / "c.db") as corpus:
        real = corpus.db

        class CommitThenStop:
            """The connection, but a signal lands just after COMMIT returns."""

            def __getattr__(self, name: str) -> object:
                return getattr(real, name)

            def execute(self, sql: str, *args: object) -> object:
                result = real.execute(sql, *args)
                if sql == "COMMIT":
                    raise Interrupted(15)
                return result

        corpus.db = CommitThenStop()  # type: ignore[assignment]
        with pytest.raises(Interrupted):
            corpus.index([dnnd.parse(SAMPLE)])
        corpus.db = real


def spin(item: Item) -> str:
    # Python code running past the cap (a regex-free pathological page): only an exception can stop it
    deadline = time.monotonic() + item.seconds
    while time.monotonic() < deadline:
        pass
    return item.name.upper()


def _in_thread(function: Any, *args: Any) -> Any:
    """``function(*args)`` in a thread that is not the main one, as a Dask worker or a web server runs it."""
    out: list[Any] = []
    thread = threading.Thread(target=lambda: out.append(function(*args)))
    thread.start()
    thread.join(60)
    assert not thread.is_alive()
    return out[0]


def test_the_time_cap_holds_in_a_thread_other_than_the_main_one() -> None:
    # (in a thread the cap stops Python code; a blocking call into C, as time.sleep, runs to its end)
    items = [Item("a"), Item("spin", seconds=30), Item("b"), Item("spin", seconds=30), Item("bad", fail=True)]
    started = time.monotonic()
    outcomes = _in_thread(lambda: list(run(lambda i: spin(i) if i.name == "spin" else work(i), items, time_cap=0.5)))
    assert time.monotonic() - started < 10
    assert [o.value for o in outcomes] == ["A", None, "B", None, None]
    assert [outcomes[i].error for i in (1, 3)] == ["spin: took longer than 0.5 s (the time cap); skipped"] * 2
    assert outcomes[4].error == "bad: cannot be read"


def test_an_alarm_never_lands_after_its_item_in_a_thread() -> None:
    # items that end right at the cap, many times: an alarm raised as an item ends must not hit the next one
    items = [Item(f"p{i}", seconds=0.02) for i in range(150)]

    def late(item: Item) -> str:
        return spin(item)

    outcomes = _in_thread(lambda: list(run(late, items, time_cap=0.02)))
    assert len(outcomes) == len(items)
    assert all(o.value == o.item.name.upper() or (o.value is None and "time cap" in (o.error or "")) for o in outcomes)
    after = _in_thread(lambda: [sum(range(10_000)) for _ in range(200)])  # nothing left pending in the thread
    assert after == [49995000] * 200


def test_ahead_keeps_more_items_in_flight_and_still_a_bounded_number() -> None:
    # a consumer that pauses (the corpus writing a batch) lets the workers go on with up to `ahead` items
    pulled = []

    def source():  # type: ignore[no-untyped-def]
        for i in range(10_000):
            pulled.append(i)
            yield Item(f"p{i}")

    outcomes = run(work, source(), jobs=2, ahead=60)
    assert [next(outcomes).value for _ in range(3)] == ["P0", "P1", "P2"]
    assert 60 <= len(pulled) <= 70
    outcomes.close()

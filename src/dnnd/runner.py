"""One task per item over many cores: results in input order, a time cap per item, memory flat.

:func:`run` is what ``dnnd parse -j N`` and ``dnnd extract -j N`` use, and
what any long run can use (``dnnd index``): items are pulled lazily and at
most a few per worker are in flight, so memory does not grow with the number
of items; an item that takes longer than the time cap is reported and
skipped, and the run goes on (in the main thread or any other: see :func:`run`).
:func:`interruptible` turns SIGTERM and SIGINT
into :class:`Interrupted`, so that ``finally`` blocks (temporary files, the
worker pool) run before the process exits with 128 + the signal number.

>>> from dnnd.runner import run
>>> [outcome.value for outcome in run(len, ["a", "bb", "ccc"])]
[1, 2, 3]
"""

from __future__ import annotations

import contextlib
import itertools
import os
import signal
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, Generic, TypeVar

import attrs

from dnnd.decode import DEFAULT_MAX_BYTES
from dnnd.errors import DnndError

if TYPE_CHECKING:
    from dnnd.inputs import Page
    from dnnd.model import Article

__all__ = [
    "DEFAULT_TIME_CAP",
    "INDEX_AHEAD",
    "ArticleTask",
    "Interrupted",
    "Outcome",
    "TimeCapExceeded",
    "articles",
    "bound_jobs",
    "interruptible",
    "run",
    "usable_cores",
]

T = TypeVar("T")
R = TypeVar("R")

#: The time cap of a page, in seconds, unless told otherwise (``dnnd`` commands' ``--time-cap``, :mod:`dnnd.dask`).
DEFAULT_TIME_CAP = 300.0

#: Pages in flight for :func:`articles` (``dnnd index``): a corpus batch and then some, so that the
#: workers go on while the corpus writes one; a bound that does not grow with the number of pages.
INDEX_AHEAD = 256

#: Items in flight per worker: enough to keep every core busy, few enough to keep memory flat.
_PER_WORKER = 4


class TimeCapExceeded(DnndError):
    """An item took longer than the run's time cap; it was skipped."""


class Interrupted(BaseException):
    """SIGTERM or SIGINT arrived; ``exit_status`` is the shell's convention, 128 + the signal number."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum
        self.exit_status = 128 + signum


@attrs.frozen
class Outcome(Generic[T, R]):
    """What became of one item: its ``value``, or the one-line ``error`` that replaced it."""

    item: T
    value: R | None = None
    error: str | None = None


def usable_cores() -> int:
    """The number of CPUs this process may run on."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


def bound_jobs(jobs: int, items: int | None = None) -> int:
    """``jobs`` bounded by the usable CPUs and by the number of ``items`` (when known); at least 1."""
    if jobs < 1:
        raise ValueError(f"jobs must be at least 1, not {jobs}")
    limit = usable_cores() if items is None else min(usable_cores(), items)
    return max(1, min(jobs, limit))


@contextlib.contextmanager
def interruptible() -> Iterator[None]:
    """While inside, SIGTERM and SIGINT raise :class:`Interrupted` (in the main thread only)."""
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    received: list[int] = []

    def raise_interrupted(signum: int, frame: Any) -> None:
        received.append(signum)
        raise Interrupted(signum)

    previous = {s: signal.signal(s, raise_interrupted) for s in (signal.SIGTERM, signal.SIGINT)}
    try:
        yield
    except BaseException as exc:
        if received and not isinstance(exc, Interrupted):
            # The signal's exception was turned into another on its way out (SQLite wraps an exception
            # raised in a Python function it calls as OperationalError): the run was still interrupted.
            raise Interrupted(received[0]) from exc
        raise
    finally:
        for signum, handler in previous.items():
            signal.signal(signum, handler)


def _on_alarm(signum: int, frame: Any) -> None:
    raise _Alarm()


class _Alarm(BaseException):
    """The time cap's alarm (a BaseException, so that a task's ``except Exception`` cannot swallow it)."""


class _ThreadCap:
    """The time cap in a thread other than the main one, where no signal can land: a watchdog timer.

    When the cap is up, the timer thread raises :class:`_Alarm` in the capped
    thread (CPython's ``PyThreadState_SetAsyncExc``, the documented way to
    interrupt another thread). As with the alarm signal, the exception lands
    at the thread's next Python instruction: a long call into C code (one
    regular-expression search) finishes first. :meth:`settle` makes sure that
    an alarm raised but not yet delivered when the task ends never lands in
    the code that runs after it.
    """

    def __init__(self, seconds: float) -> None:
        self.thread = threading.get_ident()
        self.lock = threading.Lock()
        self.done = self.fired = False
        self.timer = threading.Timer(seconds, self._fire)
        self.timer.daemon = True
        self.timer.start()

    def _fire(self) -> None:
        with self.lock:
            if not self.done:
                self.fired = True
                _raise_in(self.thread, _Alarm)

    def settle(self) -> None:
        """Stop the watchdog; drop an alarm it raised that has not landed yet (one landing now is caught)."""
        self.timer.cancel()
        while True:
            try:
                with self.lock:
                    self.done = True
                    if self.fired:
                        _raise_in(self.thread, None)
                return
            except _Alarm:
                continue


def _raise_in(thread: int, exception: type[BaseException] | None) -> None:
    """Raise ``exception`` in ``thread`` at its next instruction (``None``: cancel one not raised yet)."""
    import ctypes

    # None passes NULL, which cancels; py_object(None) would raise None itself
    target = None if exception is None else ctypes.py_object(exception)
    ctypes.pythonapi.PyThreadState_SetAsyncExc(ctypes.c_ulong(thread), target)


def _call(task: Callable[[T], R], item: T, time_cap: float | None) -> tuple[R | None, str | None]:
    if time_cap and threading.current_thread() is not threading.main_thread():
        return _call_in_thread(task, item, time_cap)
    capped = bool(time_cap)
    previous = signal.signal(signal.SIGALRM, _on_alarm) if capped else None
    try:
        if capped:
            signal.setitimer(signal.ITIMER_REAL, float(time_cap or 0))
        return _attempt(task, item, time_cap)
    finally:
        if capped:
            signal.setitimer(signal.ITIMER_REAL, 0)
            signal.signal(signal.SIGALRM, previous)


def _call_in_thread(task: Callable[[T], R], item: T, time_cap: float) -> tuple[R | None, str | None]:
    """:func:`_call` in a thread that is not the main one (a Dask worker's, a web server's): a watchdog, no signal."""
    try:
        cap = _ThreadCap(time_cap)
        try:
            return _attempt(task, item, time_cap)
        finally:
            cap.settle()
    except _Alarm:  # landed after the task was done with it, before the watchdog was settled
        return None, _over_cap(time_cap)


def _over_cap(time_cap: float | None) -> str:
    return f"took longer than {time_cap:g} s (the time cap); skipped"


def _attempt(task: Callable[[T], R], item: T, time_cap: float | None) -> tuple[R | None, str | None]:
    """``task(item)`` and no error, or no value and the one-line error that replaces it."""
    try:
        return task(item), None
    except _Alarm:
        return None, _over_cap(time_cap)
    except DnndError as exc:
        return None, str(exc)
    except RecursionError:
        return None, "nested too deeply to read (malformed HTML?)"
    except MemoryError:
        return None, "too large to process in memory; raise the limit or split the page"
    except Exception as exc:
        return None, f"internal error ({type(exc).__name__}: {exc}); please report it"


def _worker_init() -> None:
    # The parent handles SIGINT and SIGTERM and stops the pool; a worker just dies when told.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    with contextlib.suppress(Exception):  # Linux: die with the parent, even if it is killed with SIGKILL
        import ctypes

        ctypes.CDLL(None).prctl(1, signal.SIGTERM)  # PR_SET_PDEATHSIG


def _name(item: Any) -> str | None:
    return getattr(item, "name", None)


def _with_name(item: Any, error: str | None) -> str | None:
    """An error line that names the item (a time cap or internal error does not say which)."""
    name = _name(item)
    if error is None or name is None or error.startswith(f"{name}: "):
        return error
    return f"{name}: {error}"


def run(
    task: Callable[[T], R],
    items: Iterable[T],
    *,
    jobs: int = 1,
    time_cap: float | None = None,
    ahead: int = 0,
) -> Iterator[Outcome[T, R]]:
    """``task(item)`` for every item, as :class:`Outcome` records in the order of ``items``.

    With ``jobs`` > 1 the items run in that many worker processes (bounded by
    the usable CPUs and the number of items); ``task`` must then be a
    module-level function and items and results picklable. A
    :class:`~dnnd.errors.DnndError`, an unexpected exception or an item running
    past ``time_cap`` seconds becomes the item's ``error``, naming the item
    (its ``name`` attribute) when the message does not. When the iteration
    stops early (an exception, :class:`Interrupted`), the workers are stopped.

    With ``jobs`` > 1, a few items per worker are in flight, so that memory
    does not grow with the number of items; ``ahead`` raises that number, for
    a consumer that pauses between results (``dnnd index`` writing a batch to
    its database): the workers go on with up to ``ahead`` items meanwhile.

    The time cap stops an item's Python code wherever the run happens: in the
    main thread by an alarm signal (``SIGALRM``), in any other thread (a Dask
    worker's, a web server's) by a watchdog timer that raises in that thread.
    Either way a long call into C code finishes before the item is stopped; in
    a thread, so does a blocking one (``time.sleep``, a read), which the
    signal would interrupt. Worker processes (``jobs`` > 1) are also replaced
    when stuck past the cap by :data:`HARD_CAP_GRACE` seconds.
    """
    iterator = iter(items)
    head = list(itertools.islice(iterator, max(1, jobs)))
    workers = bound_jobs(jobs, len(head)) if len(head) < max(1, jobs) else bound_jobs(jobs)
    rest = itertools.chain(head, iterator)
    if workers <= 1:
        for item in rest:
            value, error = _call(task, item, time_cap)
            yield Outcome(item, value, _with_name(item, error))
        return
    pool = _Pool(task, workers, time_cap)
    finished = False
    try:
        for item in rest:
            pool.submit(item)
            if len(pool.pending) >= max(workers * _PER_WORKER, ahead):
                yield pool.take()
        while pool.pending:
            yield pool.take()
        finished = True
    finally:
        pool.stop(gracefully=finished)


#: Seconds a worker may overrun the time cap before its pool is replaced (the cap's alarm
#: cannot stop a long call into C code, nor a worker that died).
HARD_CAP_GRACE = 10.0


class _Pool(Generic[T, R]):
    """Worker processes and the items in flight, oldest first; a worker stuck past the cap is replaced."""

    def __init__(self, task: Callable[[T], R], workers: int, time_cap: float | None) -> None:
        import multiprocessing  # here: a one-process run (and `import dnnd.cli`) need not load it

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else None
        self.context = multiprocessing.get_context(method)
        self.task, self.workers, self.time_cap = task, workers, time_cap
        self.pool = self.context.Pool(workers, initializer=_worker_init)
        self.pending: deque[tuple[T, Any]] = deque()

    def submit(self, item: T) -> None:
        self.pending.append((item, self.pool.apply_async(_call, (self.task, item, self.time_cap))))

    def take(self) -> Outcome[T, R]:
        """The oldest item's outcome. It is running by now (tasks start in order), so it has at most
        the time cap left; past that and a grace period its worker is stuck: the pool is replaced and
        the items after it are handed to the new one."""
        item, result = self.pending.popleft()
        hard = None if not self.time_cap else self.time_cap + HARD_CAP_GRACE
        try:
            value, error = result.get(hard)
        except _timeout_error():
            self.stop(gracefully=False)
            self.pool = self.context.Pool(self.workers, initializer=_worker_init)
            waiting = [queued for queued, _ in self.pending]
            self.pending.clear()
            for queued in waiting:
                self.submit(queued)
            return Outcome(
                item, None, _with_name(item, f"took longer than {self.time_cap:g} s (the time cap); skipped")
            )
        return Outcome(item, value, _with_name(item, error))

    def stop(self, *, gracefully: bool) -> None:
        if gracefully:
            self.pool.close()
        else:
            self.pool.terminate()
        self.pool.join()


def _timeout_error() -> type[Exception]:
    """The exception ``AsyncResult.get`` raises on timeout."""
    import multiprocessing

    return multiprocessing.TimeoutError


@attrs.frozen
class ArticleTask:
    """Read, parse and (with ``extract``) extract one :class:`~dnnd.inputs.Page`: what a worker does.

    A module-level, picklable callable, so that :func:`run` can hand it to
    worker processes. Raises :class:`~dnnd.errors.DnndError` naming the page.
    """

    parser: str | None = None
    extract: bool = True
    max_bytes: int = DEFAULT_MAX_BYTES

    def __call__(self, page: Page) -> Article:
        """The page's article."""
        from dnnd.api import extract, parse

        try:
            article = parse(page.document(max_bytes=self.max_bytes), parser=self.parser, max_bytes=self.max_bytes)
            return extract(article) if self.extract else article
        except DnndError as exc:
            if exc.source is None:
                exc.source = page.name
            raise


def articles(
    pages: Iterable[Page],
    *,
    jobs: int = 1,
    time_cap: float | None = None,
    parser: str | None = None,
    extract: bool = True,
    max_bytes: int = DEFAULT_MAX_BYTES,
    ahead: int = INDEX_AHEAD,
) -> Iterator[Outcome[Page, Article]]:
    """The article of every page, in order, over ``jobs`` processes: what ``dnnd index`` needs.

    ``ahead`` pages are in flight (see :func:`run`): a corpus storing a batch
    of articles (200 by default) keeps the workers busy meanwhile.

    >>> from dnnd.inputs import iter_inputs, pages
    >>> from dnnd.runner import articles
    >>> problems = []
    >>> found = pages(iter_inputs(["examples/pages/html"]), problems.append)
    >>> [o.value.outlet for o in articles(found, jobs=2)]
    ['Tuổi Trẻ Online', 'Nhịp sống thị trường', 'Báo Pháp Luật TP. Hồ Chí Minh', 'VnExpress']
    """
    return run(ArticleTask(parser, extract, max_bytes), pages, jobs=jobs, time_cap=time_cap, ahead=ahead)

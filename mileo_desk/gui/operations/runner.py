"""User actions as ops: they run on the one DB worker thread, results come back on the GUI thread.

Habit 1 (Electrum ``runs_in_hwd_thread``): the database is used from a single worker thread,
``mileo-db``; functions meant for it can be wrapped with :func:`runs_in_db_thread`, which
asserts it. Habit 2 (Anki ``CollectionOp``): a user action is ``ops.run(fn, on_success=…,
on_failure=…, changes=…)``; the callbacks run on the GUI thread; the services'
:class:`~mileo_desk.services.dto.Changes` is then broadcast (habit 4).

The runner knows the change bus only as something with ``broadcast(changes)``: it does not
import :mod:`mileo_desk.gui.context`, which builds it (the dependency is one-way).
"""

from __future__ import annotations

import functools
import heapq
import itertools
import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from enum import IntEnum
from typing import Any, ParamSpec, Protocol, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QThread, Signal, Slot

from ...domain.errors import MileoError
from ...services.dto import Changes

log = logging.getLogger("mileo_desk.gui.operations")

T = TypeVar("T")
P = ParamSpec("P")

DB_THREAD_PREFIX = "mileo-db"


class ChangeBroadcaster(Protocol):
    """Where the runner sends what a successful op changed (the context's ChangeBus)."""

    def broadcast(self, changes: Changes) -> None: ...


def in_db_thread() -> bool:
    """Whether the caller runs on the DB worker thread."""
    return threading.current_thread().name.startswith(DB_THREAD_PREFIX)


def assert_db_thread() -> None:
    assert in_db_thread(), f"database used from {threading.current_thread().name}, not {DB_THREAD_PREFIX}"


def assert_gui_thread() -> None:
    app_thread = QThread.currentThread()
    from PySide6.QtCore import QCoreApplication

    app = QCoreApplication.instance()
    assert app is None or app_thread == app.thread(), "GUI code called off the GUI thread"


def runs_in_db_thread(fn: Callable[P, T]) -> Callable[P, T]:
    """Decorator: the wrapped function must run on the DB worker (habit 1)."""

    @functools.wraps(fn)
    def wrapper(*args: P.args, **kwargs: P.kwargs) -> T:
        assert_db_thread()
        return fn(*args, **kwargs)

    return wrapper


class Priority(IntEnum):
    """Order of the queued ops on the DB worker (FIFO within a priority)."""

    HIGH = 0  #: what the person in front of the screen is waiting for: a card read, a login
    NORMAL = 1  #: user actions, list queries, rows of the visible table
    LOW = 2  #: background loads: filter choices, developer menu, dashboards


class _Worker:
    """The one DB thread: runs queued callables by priority, then in submission order."""

    def __init__(self, name: str) -> None:
        self._queue: list[tuple[int, int, Future[Any], Callable[[], Any]]] = []
        self._counter = itertools.count()
        self._cond = threading.Condition()
        self._closed = False
        self._thread = threading.Thread(target=self._loop, name=name, daemon=True)
        self._thread.start()

    def submit(self, fn: Callable[[], T], priority: int = Priority.NORMAL) -> Future[T]:
        future: Future[T] = Future()
        with self._cond:
            if self._closed:
                raise RuntimeError("DB worker shut down")
            heapq.heappush(self._queue, (int(priority), next(self._counter), future, fn))
            self._cond.notify()
        return future

    def _loop(self) -> None:
        while True:
            with self._cond:
                while not self._queue and not self._closed:
                    self._cond.wait()
                if not self._queue:
                    return
                _, _, future, fn = heapq.heappop(self._queue)
            if not future.set_running_or_notify_cancel():
                continue
            try:
                future.set_result(fn())
            except BaseException as exc:  # handed to the future's owner
                future.set_exception(exc)

    def shutdown(self, *, wait: bool = True) -> None:
        with self._cond:
            self._closed = True
            for _, _, future, _ in self._queue:
                future.cancel()
            self._queue.clear()
            self._cond.notify_all()
        if wait and self._thread is not threading.current_thread():
            self._thread.join()


@dataclass
class _Op:
    fn: Callable[[], Any]
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[MileoError], None] | None
    changes: Changes | Callable[[Any], Changes] | None
    owner: QObject | None = None
    result: Any = None
    error: MileoError | None = None


class OpRunner(QObject):
    """Runs ops on the single DB worker thread and calls back on the GUI thread."""

    busy_changed = Signal(bool)  #: emitted on the GUI thread when the first op starts / the last one ends
    _finished = Signal(object)  # an _Op, emitted on the worker, delivered (queued) on the GUI thread

    def __init__(self, changes: ChangeBroadcaster | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._changes = changes
        self._worker = _Worker(f"{DB_THREAD_PREFIX}-0")
        self._pending = 0
        self._closed = False
        self._finished.connect(self._on_finished)

    @property
    def busy(self) -> bool:
        """Whether an op is queued or running."""
        return self._pending > 0

    @property
    def pending(self) -> int:
        return self._pending

    def run(
        self,
        fn: Callable[[], T],
        *,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[MileoError], None] | None = None,
        changes: Changes | Callable[[T], Changes] | None = None,
        priority: Priority = Priority.NORMAL,
        owner: QObject | None = None,
    ) -> None:
        """Queue *fn* on the DB worker; *on_success*/*on_failure* are called on the GUI thread.

        A MileoError goes to *on_failure* as is; any other exception is logged and turned into
        ``MileoError("Erreur inattendue : …")``. On success, *changes* (or ``changes(result)``)
        is broadcast on the change bus after *on_success*. *priority* orders the queue: a card
        read (HIGH) overtakes background loads (LOW). When *owner* (the widget or model the
        callbacks belong to) has been deleted by the time the op ends, the callbacks are skipped.
        """
        if self._closed:
            log.debug("op dropped: runner shut down")
            return
        op = _Op(fn, on_success, on_failure, changes, owner)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._worker.submit(lambda: self._execute(op), priority)

    def call(self, fn: Callable[[], T], priority: Priority = Priority.HIGH) -> Future[T]:
        """Run *fn* on the DB worker and return a future (scripts, tests, the composition root;
        never wait on it from a slot)."""
        return self._worker.submit(fn, priority)

    def _execute(self, op: _Op) -> None:
        assert_db_thread()
        try:
            op.result = op.fn()
        except MileoError as exc:
            # no traceback: it would keep this frame (and so the op, its callbacks and their
            # widgets) in a reference cycle that the collector may free on this worker
            # thread, which crashes Qt (widgets must die on the GUI thread)
            op.error = exc.with_traceback(None)
        except Exception as exc:
            log.exception("op failed unexpectedly")
            op.error = MileoError(f"Erreur inattendue : {type(exc).__name__}", code="inattendue")
        if not self._closed:
            self._finished.emit(op)

    @Slot(object)
    def _on_finished(self, op: _Op) -> None:
        if self._closed:
            return
        try:
            if op.owner is not None and not shiboken6.isValid(op.owner):
                log.debug("op callbacks skipped: their owner was deleted")
                op.on_success = op.on_failure = None
            if op.error is not None:
                if op.on_failure is not None:
                    op.on_failure(op.error)
                else:
                    log.warning("op failed with no failure handler: %s", op.error.message)
            else:
                if op.on_success is not None:
                    op.on_success(op.result)
                if op.changes is not None and self._changes is not None:
                    changes = op.changes(op.result) if callable(op.changes) else op.changes
                    self._changes.broadcast(changes)
        finally:
            # release the callables (and what they hold) here, on the GUI thread
            op.fn = op.on_success = op.on_failure = op.changes = None  # type: ignore[assignment]
            op.result = None
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

    def shutdown(self, *, wait: bool = True) -> None:
        """Cancel queued ops, wait for the running one, and ignore every later result."""
        if self._closed:
            return
        self._closed = True
        self._worker.shutdown(wait=wait)
        if self._pending:
            self._pending = 0
            self.busy_changed.emit(False)

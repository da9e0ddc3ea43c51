"""The small base every reader backend subclasses (STYLE habits 1 and 5).

- **A library/version gate** (:class:`LibraryGate`): a backend whose library is missing,
  too old or broken does not start its thread; it reports a
  :class:`~.protocols.BackendStatus` UNUSABLE with a French reason instead of raising.
- **One I/O thread per non-thread-safe resource**, with an assert: a PC/SC context or
  an nfcpy ``ContactlessFrontend`` is only ever touched from the thread that owns it.
  Methods that must run there are decorated with :func:`runs_in_io_thread` (after
  Electrum's ``runs_in_hwd_thread``); other threads reach them through
  :meth:`BackendBase.submit`, which returns a :class:`~concurrent.futures.Future`.
- **Status bookkeeping**: the last status of the family and of each reader, kept for
  ``readers()`` snapshots; events go to the sink only when something changed.
- **Crash containment**: an unexpected exception in the I/O loop is logged, reported as
  a BackendStatus ERROR, and ends the thread; the manager's supervisor restarts it.
"""

from __future__ import annotations

import functools
import importlib
import importlib.metadata
import logging
import queue
import threading
import time
from abc import ABC, abstractmethod
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any, ClassVar, Concatenate, ParamSpec, TypeVar

from . import messages as msg
from .protocols import (
    BackendStatus,
    DeviceEvent,
    DeviceFamily,
    DeviceState,
    EventSink,
    ReaderStatus,
)

log = logging.getLogger("mileo_desk.devices")

P = ParamSpec("P")
R = TypeVar("R")
B = TypeVar("B", bound="BackendBase")

FAMILY_LABELS = {
    DeviceFamily.PCSC: "PC/SC",
    DeviceFamily.NFC: "NFC",
    DeviceFamily.WEDGE: "clavier",
    DeviceFamily.PEN: "de signature",
    DeviceFamily.SIMULATED: "simulés",
}


def _version_tuple(text: str) -> tuple[int, ...]:
    parts: list[int] = []
    for piece in text.split("."):
        digits = "".join(ch for ch in piece if ch.isdigit())
        if not digits:
            break
        parts.append(int(digits))
        if len(digits) != len(piece):
            break
    return tuple(parts)


@dataclass(frozen=True)
class GateResult:
    """Outcome of a library gate: usable, or why not (in French)."""

    ok: bool
    version: str | None = None
    reason_fr: str | None = None


@dataclass(frozen=True)
class LibraryGate:
    """Checks that a backend's library is importable and recent enough.

    ``distribution`` is the name on PyPI (for the version), ``module`` the module to
    import; ``minimum`` / ``below`` bound the version (``below`` excluded).
    """

    distribution: str
    module: str
    minimum: str | None = None
    below: str | None = None

    def check(self, family: DeviceFamily) -> GateResult:
        """Import the module and compare versions; never raises."""
        label = FAMILY_LABELS.get(family, str(family))
        try:
            importlib.import_module(self.module)
        except ImportError:
            return GateResult(False, None, msg.LIBRARY_MISSING.format(library=self.distribution, family=label))
        except Exception as exc:  # a broken native extension raises anything
            log.warning("library %s failed to import: %r", self.module, exc)
            return GateResult(
                False, None, msg.LIBRARY_BROKEN.format(library=self.distribution, detail=type(exc).__name__)
            )
        try:
            version = importlib.metadata.version(self.distribution)
        except importlib.metadata.PackageNotFoundError:
            version = None  # vendored / frozen build: importable is good enough
        if version is not None:
            current = _version_tuple(version)
            too_old = self.minimum is not None and current < _version_tuple(self.minimum)
            too_new = self.below is not None and current >= _version_tuple(self.below)
            if too_old or too_new:
                wanted = self.minimum or "?"
                if self.below:
                    wanted = f"{wanted}, avant {self.below}"
                return GateResult(
                    False,
                    version,
                    msg.LIBRARY_TOO_OLD.format(library=self.distribution, version=version, minimum=wanted),
                )
        return GateResult(True, version)


class WrongThreadError(AssertionError):
    """A method bound to an I/O thread was called from another thread."""


def runs_in_io_thread(
    method: Callable[Concatenate[B, P], R],
) -> Callable[Concatenate[B, P], R]:
    """Decorator: assert that the method runs on its backend's I/O thread.

    The resources behind these methods (a PC/SC context, an nfcpy frontend) are not
    thread-safe; calling them from elsewhere is a programming error caught at once.
    """

    def wrapper(self: B, /, *args: P.args, **kwargs: P.kwargs) -> R:
        self.assert_io_thread()
        return method(self, *args, **kwargs)

    functools.update_wrapper(wrapper, method)
    return wrapper


class _Job:
    """A call submitted to the I/O thread (``future`` None: nobody waits for the result)."""

    __slots__ = ("args", "fn", "future", "taken")

    def __init__(self, fn: Callable[..., Any], args: tuple[Any, ...], future: Future[Any] | None) -> None:
        self.fn = fn
        self.args = args
        self.future = future
        self.taken = threading.Event()


class BackendBase(ABC):
    """Base of the reader backends: gate, I/O thread, statuses, jobs.

    Subclasses set ``family`` and ``gate``, implement :meth:`_run` (the I/O loop, which
    must return soon after :attr:`_stopping` is set and call :meth:`_run_jobs` often)
    and may override :meth:`_wake` to interrupt a blocking wait.
    """

    family: ClassVar[DeviceFamily]
    gate: ClassVar[LibraryGate | None] = None
    #: name prefix of the I/O thread
    thread_name: ClassVar[str] = "mileo-device"

    def __init__(self, name: str | None = None) -> None:
        self._name = name or str(self.family)
        self._sink: EventSink | None = None
        self._thread: threading.Thread | None = None
        self._stopping = threading.Event()
        self._jobs: queue.SimpleQueue[_Job] = queue.SimpleQueue()
        self._lock = threading.Lock()
        self._status = BackendStatus(self.family, DeviceState.ABSENT, None)
        self._readers: dict[str, ReaderStatus] = {}
        #: set when the gate refused: the supervisor must not restart this backend
        self.gate_result: GateResult | None = None

    # ------------------------------------------------------------------ public API

    @property
    def name(self) -> str:
        """A stable name for logs and the manager (``pcsc``, ``nfc:udp:…``)."""
        return self._name

    def start(self, sink: EventSink) -> None:
        """Check the gate, then start the I/O thread. Never raises for a missing library."""
        self._sink = sink
        if self._thread is not None and self._thread.is_alive():
            return
        if self.gate is not None:
            self.gate_result = self.gate.check(self.family)
            if not self.gate_result.ok:
                log.warning("%s backend unusable: %s", self.family, self.gate_result.reason_fr)
                self._set_status(DeviceState.UNUSABLE, self.gate_result.reason_fr)
                return
        self._stopping.clear()
        self._thread = threading.Thread(target=self._thread_main, name=f"{self.thread_name}-{self._name}", daemon=True)
        self._thread.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Ask the I/O thread to stop, wake it, and wait for it."""
        self._stopping.set()
        thread = self._thread
        if thread is None:
            return
        deadline = time.monotonic() + timeout
        while thread.is_alive() and time.monotonic() < deadline:
            # a wake can fall between two blocking waits and be lost: repeat it
            self._wake()
            thread.join(0.02)
        if thread.is_alive():
            log.warning("%s I/O thread did not stop within %.1f s", self._name, timeout)
            return
        self._fail_pending_jobs()

    def is_alive(self) -> bool:
        """True while the I/O thread runs."""
        return self._thread is not None and self._thread.is_alive()

    @property
    def restartable(self) -> bool:
        """False when the gate refused the library: restarting would not help."""
        return self.gate_result is None or self.gate_result.ok

    @property
    def stop_requested(self) -> bool:
        """True once :meth:`stop` was called (the supervisor must not restart it)."""
        return self._stopping.is_set()

    def status(self) -> BackendStatus:
        """The family's last known status."""
        return self._status

    def readers(self) -> list[ReaderStatus]:
        """Last known status of every reader seen, sorted by name."""
        with self._lock:
            return sorted(self._readers.values(), key=lambda s: s.reader)

    def submit(self, fn: Callable[..., R], *args: Any) -> Future[R]:
        """Run ``fn(*args)`` on the I/O thread; the future holds its result or exception."""
        future: Future[R] = Future()
        if not self.is_alive():
            future.set_exception(RuntimeError(f"{self._name}: I/O thread not running"))
            return future
        job = _Job(fn, args, future)
        self._jobs.put(job)
        self._wake_for(job)
        return future

    def assert_io_thread(self) -> None:
        """Raise :class:`WrongThreadError` unless called from this backend's I/O thread."""
        if threading.current_thread() is not self._thread:
            raise WrongThreadError(
                f"{self._name}: must run on its I/O thread, not on {threading.current_thread().name}"
            )

    # ------------------------------------------------------------------ for subclasses

    @abstractmethod
    def _run(self) -> None:
        """The I/O loop; returns when :attr:`_stopping` is set."""

    def _wake(self) -> None:  # noqa: B027 - optional hook, empty by default
        """Interrupt a blocking wait of the I/O loop (default: nothing, loops poll)."""

    def _wake_for(self, job: _Job) -> None:
        """Make sure the I/O loop picks *job* soon (default: one :meth:`_wake`)."""
        self._wake()

    def _post(self, fn: Callable[..., Any], *args: Any) -> None:
        """Queue ``fn(*args)`` for the I/O thread without waiting (from a helper thread).

        An exception it raises ends the I/O loop like one raised by :meth:`_run` itself.
        """
        job = _Job(fn, args, None)
        self._jobs.put(job)
        self._wake_for(job)

    def _run_jobs(self, block: float | None = None) -> None:
        """Run the submitted jobs; call it from the I/O loop.

        With *block*, wait up to that many seconds for the first job (a loop whose only
        work comes through the queue sleeps here and wakes at once when a job arrives).
        """
        first = True
        while True:
            try:
                job = self._jobs.get(timeout=block) if first and block is not None else self._jobs.get_nowait()
            except queue.Empty:
                return
            first = False
            job.taken.set()
            if job.future is None:
                job.fn(*job.args)
                continue
            if not job.future.set_running_or_notify_cancel():
                continue
            try:
                job.future.set_result(job.fn(*job.args))
            except BaseException as exc:  # the caller gets it through the future
                job.future.set_exception(exc)

    def _has_jobs(self) -> bool:
        return not self._jobs.empty()

    def _emit(self, event: DeviceEvent) -> None:
        """Hand *event* to the sink (the manager), never letting a subscriber break the loop."""
        sink = self._sink
        if sink is None:
            return
        try:
            sink(event)
        except Exception:
            log.exception("event sink failed for %s", type(event).__name__)

    def _set_status(self, state: DeviceState, reason_fr: str | None = None) -> None:
        """Record and emit the family status if it changed."""
        with self._lock:
            old = self._status
            if old.state is state and old.reason_fr == reason_fr:
                return
            self._status = BackendStatus(self.family, state, reason_fr)
            new = self._status
        self._emit(new)

    def _set_reader(self, reader: str, state: DeviceState, reason_fr: str | None = None) -> None:
        """Record and emit a reader status if it changed."""
        with self._lock:
            old = self._readers.get(reader)
            if old is not None and old.state is state and old.reason_fr == reason_fr:
                return
            new = ReaderStatus(reader, self.family, state, reason_fr)
            self._readers[reader] = new
        self._emit(new)

    def _mark_all_readers(self, state: DeviceState, reason_fr: str | None) -> None:
        with self._lock:
            names = list(self._readers)
        for name in names:
            self._set_reader(name, state, reason_fr)

    def _thread_main(self) -> None:
        label = FAMILY_LABELS[self.family]
        try:
            self._run()
        except Exception:
            log.exception("%s I/O loop crashed", self._name)
            self._mark_all_readers(DeviceState.ERROR, msg.INTERNAL_ERROR.format(family=label))
            self._set_status(DeviceState.ERROR, msg.INTERNAL_ERROR.format(family=label))
        else:
            # the last statuses of a stopped backend, still emitted on its I/O thread
            reason = msg.BACKEND_STOPPED.format(family=label)
            self._mark_all_readers(DeviceState.ABSENT, reason)
            self._set_status(DeviceState.ABSENT, reason)
        finally:
            self._fail_pending_jobs()

    def _fail_pending_jobs(self) -> None:
        while True:
            try:
                job = self._jobs.get_nowait()
            except queue.Empty:
                return
            job.taken.set()
            if job.future is not None and job.future.set_running_or_notify_cancel():
                job.future.set_exception(RuntimeError(f"{self._name}: I/O thread stopped"))

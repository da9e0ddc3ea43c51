"""The device manager: discovers the reader families, supervises them, fans events out.

The composition root builds one :class:`DeviceManager` (usually with
:meth:`DeviceManager.discover`), subscribes the Qt bridge, and starts it::

    manager = DeviceManager.discover(keys=KeyringKeyProvider(), resolver=resolve)
    unsubscribe = manager.subscribe(bridge.on_device_event)   # called on I/O threads
    manager.start()
    ...
    manager.stop()

Threads (STYLE habit 1):

- each backend runs its own I/O thread (``mileo-pcsc-…``, ``mileo-nfc-…``,
  ``mileo-simulated-…``) and **subscribers are called on it**, one event at a time per
  family, in the order the family produced them;
- keyboard-wedge events are delivered on the thread that calls
  :meth:`DeviceManager.feed_keystroke` (the GUI thread's key filter);
- the supervisor thread ``mileo-devices-supervisor`` restarts a backend whose I/O
  thread died (with a growing back-off), it never calls subscribers itself.

A subscriber that raises is logged and ignored: it never stops a family.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import Future
from typing import Any

from . import messages as msg
from .keytag import KeyProvider, KeyTagError
from .protocols import (
    BackendStatus,
    DeviceEvent,
    KeyTagWriteResult,
    ReaderBackend,
    ReaderStatus,
    ReadEvent,
    ReadResolution,
    Resolver,
    Subscriber,
)
from .wedge import WedgeClassifier, WedgeConfig

log = logging.getLogger("mileo_desk.devices.manager")


class DeviceManager:
    """Owns the reader backends, restarts them, and delivers their events to subscribers."""

    def __init__(
        self,
        backends: Iterable[ReaderBackend] = (),
        *,
        resolver: Resolver | None = None,
        wedge: WedgeClassifier | None = None,
        supervise_interval: float = 0.5,
        max_backoff: float = 30.0,
    ) -> None:
        self._backends: list[ReaderBackend] = list(backends)
        self.resolver = resolver
        self.wedge = wedge or WedgeClassifier()
        self.supervise_interval = supervise_interval
        self.max_backoff = max_backoff
        self._subscribers: list[Subscriber] = []
        self._lock = threading.Lock()
        self._running = False
        self._stop = threading.Event()
        self._supervisor: threading.Thread | None = None
        self._restarts: dict[int, tuple[int, float]] = {}  # id(backend) -> (failures, not before)
        self._alive_since: dict[int, float] = {}
        #: how many times the supervisor restarted a backend (tests, diagnostics)
        self.restart_count = 0

    # ------------------------------------------------------------------ building

    @classmethod
    def discover(
        cls,
        *,
        pcsc: bool = True,
        nfc_paths: Sequence[str] = ("usb",),
        nfc_targets: Sequence[str] | None = None,
        keys: KeyProvider | None = None,
        resolver: Resolver | None = None,
        wedge_config: WedgeConfig | None = None,
    ) -> DeviceManager:
        """A manager with the standard families: PC/SC, and one NFC backend per path.

        Nothing is opened yet; :meth:`start` starts each backend, whose library gate and
        device discovery turn a missing library or device into a status, not an error.
        """
        from .nfc import DEFAULT_TARGETS, NfcBackend
        from .pcsc import PcscBackend

        backends: list[ReaderBackend] = []
        if pcsc:
            backends.append(PcscBackend())
        for path in nfc_paths:
            backends.append(NfcBackend(path, targets=tuple(nfc_targets or DEFAULT_TARGETS), keys=keys))
        return cls(backends, resolver=resolver, wedge=WedgeClassifier(wedge_config))

    @property
    def backends(self) -> tuple[ReaderBackend, ...]:
        """The backends, in the order they were added."""
        with self._lock:
            return tuple(self._backends)

    def add_backend(self, backend: ReaderBackend) -> None:
        """Add a backend; started at once if the manager runs."""
        with self._lock:
            self._backends.append(backend)
            running = self._running
        if running:
            self._start_backend(backend)

    # ------------------------------------------------------------------ lifecycle

    def start(self) -> None:
        """Start every backend and the supervisor. Safe to call twice."""
        with self._lock:
            if self._running:
                return
            self._running = True
            backends = list(self._backends)
        self._stop.clear()
        for backend in backends:
            self._start_backend(backend)
        self._supervisor = threading.Thread(target=self._supervise, name="mileo-devices-supervisor", daemon=True)
        self._supervisor.start()

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the supervisor, then every backend (each waited for at most *timeout* s)."""
        with self._lock:
            self._running = False
            backends = list(self._backends)
        self._stop.set()
        if self._supervisor is not None:
            self._supervisor.join(timeout)
            self._supervisor = None
        for backend in backends:
            backend.stop(timeout)

    def __enter__(self) -> DeviceManager:
        self.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _start_backend(self, backend: ReaderBackend) -> None:
        try:
            backend.start(self._dispatch)
        except Exception:
            log.exception("backend %s failed to start", backend.name)
        self._alive_since[id(backend)] = time.monotonic()

    def _supervise(self) -> None:
        while not self._stop.wait(self.supervise_interval):
            for backend in self.backends:
                self._check(backend)

    def _check(self, backend: ReaderBackend) -> None:
        key = id(backend)
        now = time.monotonic()
        if backend.is_alive():
            # a backend that stayed up a while earns a fresh back-off
            if now - self._alive_since.get(key, now) > 10.0:
                self._restarts.pop(key, None)
            return
        if getattr(backend, "stop_requested", False) or not getattr(backend, "restartable", True):
            return
        failures, not_before = self._restarts.get(key, (0, 0.0))
        if now < not_before:
            return
        delay = min(self.max_backoff, 0.5 * 2**failures)
        self._restarts[key] = (failures + 1, now + delay)
        log.warning("restarting the %s backend (failure %d)", backend.name, failures + 1)
        self.restart_count += 1
        self._start_backend(backend)

    # ------------------------------------------------------------------ events

    def subscribe(self, callback: Subscriber) -> Callable[[], None]:
        """Call *callback* with every event; returns a function that unsubscribes it.

        The callback runs on the producing I/O thread (see the module docstring): it must
        be quick and must not touch Qt widgets.
        """
        with self._lock:
            self._subscribers.append(callback)
        return lambda: self.unsubscribe(callback)

    def unsubscribe(self, callback: Subscriber) -> None:
        """Stop calling *callback* (no error if it was not subscribed)."""
        with self._lock:
            if callback in self._subscribers:
                self._subscribers.remove(callback)

    def _dispatch(self, event: DeviceEvent) -> None:
        with self._lock:
            subscribers = list(self._subscribers)
        for callback in subscribers:
            try:
                callback(event)
            except Exception:
                log.exception("device event subscriber %r failed on %s", callback, type(event).__name__)

    def publish(self, event: DeviceEvent) -> None:
        """Deliver an event produced outside the backends (on the caller's thread)."""
        self._dispatch(event)

    # ------------------------------------------------------------------ queries

    def readers(self) -> list[ReaderStatus]:
        """Every reader of every family with its last known status."""
        out: list[ReaderStatus] = []
        for backend in self.backends:
            out.extend(backend.readers())
        return out

    def statuses(self) -> list[BackendStatus]:
        """The status of every family."""
        return [backend.status() for backend in self.backends]

    def resolve(self, event: ReadEvent) -> ReadResolution | None:
        """What the read designates, through the injected resolver (None without one).

        Runs on the caller's thread; a failing resolver is logged and gives None.
        """
        if self.resolver is None:
            return None
        try:
            return self.resolver(event)
        except Exception:
            log.exception("resolver failed")
            return None

    # ------------------------------------------------------------------ wedge

    def feed_keystroke(self, char: str, t: float | None = None) -> ReadEvent | None:
        """Feed one typed character to the wedge classifier (GUI thread).

        A finished scanner burst is delivered to the subscribers on this thread and
        returned, so the caller can swallow the keystrokes it was made of.
        """
        event = self.wedge.feed(char, time.monotonic() if t is None else t)
        if event is not None:
            self._dispatch(event)
        return event

    def flush_keystrokes(self, t: float | None = None) -> ReadEvent | None:
        """End a pending scanner burst without terminator (call on a short timer)."""
        event = self.wedge.flush(time.monotonic() if t is None else t)
        if event is not None:
            self._dispatch(event)
        return event

    # ------------------------------------------------------------------ key tags

    def write_key_tag(self, registry_id: str, *, timeout: float | None = 30.0) -> Future[KeyTagWriteResult]:
        """Write a key tag for *registry_id* on the first running NFC reader.

        The future fails with :class:`~.keytag.KeyTagError` if no NFC reader runs.
        """
        for backend in self.backends:
            write: Any = getattr(backend, "write_key_tag", None)
            if write is not None and backend.is_alive():
                future: Future[KeyTagWriteResult] = write(registry_id, timeout=timeout)
                return future
        failed: Future[KeyTagWriteResult] = Future()
        failed.set_exception(KeyTagError(msg.NO_NFC_BACKEND))
        return failed

"""A simulated reader, and the virtual devices of the demo mode.

:class:`SimulatedReader` is a reader backend without hardware, for GUI tests and the
developer menu. It implements the same protocol as the real backends and passes the
same contract tests (``tests/devices/test_contract.py``): its events come from its own
I/O thread (``mileo-simulated-<name>``), in the same order as a real tap produces them.
Drive it from any thread with :meth:`~SimulatedReader.tap`,
:meth:`~SimulatedReader.insert` / :meth:`~SimulatedReader.remove`,
:meth:`~SimulatedReader.plug` / :meth:`~SimulatedReader.unplug`,
:meth:`~SimulatedReader.fail_next_read`, :meth:`~SimulatedReader.service_down`…

:class:`DemoDevices` starts the *real* virtual devices of ``drivers/virtual`` (a vpcd
card and an NFC tag emulator) as child processes, so that a demo runs the whole real
stack: pcscd + vpcd + pyscard, nfcpy's udp transport. It needs a source checkout (or
``MILEO_DRIVERS_ROOT`` pointing at the directory that holds ``drivers/``), and, for the
card, a ``pcscd`` with vsmartcard's vpcd driver.
"""

from __future__ import annotations

import contextlib
import dataclasses
import heapq
import importlib.util
import itertools
import logging
import os
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from . import messages as msg
from .atr import technology_of
from .base import BackendBase, runs_in_io_thread
from .protocols import (
    CardPresence,
    DeviceFamily,
    DeviceState,
    KeyTagCheck,
    NdefRecordInfo,
    ReadEvent,
    ReadFailed,
    ReadKind,
    utc_now,
)

log = logging.getLogger("mileo_desk.devices.simulated")

DEFAULT_READER = "Lecteur simulé"
#: the ATR of a MIFARE Classic 1K on a PC/SC contactless reader (PC/SC part 3)
MIFARE_1K_ATR = "3B8F8001804F0CA000000306030001000000006A"


class SimulatedCrash(RuntimeError):
    """Raised on purpose in the I/O thread by :meth:`SimulatedReader.crash`."""


class SimulatedReader(BackendBase):
    """A reader backend driven by code (see the module docstring).

    All control methods are thread-safe and return at once; the resulting events are
    emitted on the backend's I/O thread. ``readers`` at start: one reader named
    ``"Lecteur simulé"`` unless told otherwise.
    """

    family = DeviceFamily.SIMULATED
    thread_name = "mileo-simulated"

    def __init__(self, name: str = "simulated", *, readers: tuple[str, ...] = (DEFAULT_READER,)) -> None:
        super().__init__(name)
        self._initial = readers
        self._plugged: set[str] = set()
        self._cards: dict[str, tuple[str | None, str | None]] = {}  # reader -> (uid, atr)
        self._fail_next: dict[str, str] = {}
        self._timers: list[tuple[float, int, Callable[[], None]]] = []
        self._seq = itertools.count()
        self._service_up = True

    # ------------------------------------------------------------------ control

    def tap(
        self,
        uid: str,
        *,
        reader: str = DEFAULT_READER,
        hold: float = 0.2,
        atr: str | None = MIFARE_1K_ATR,
        technology: str | None = None,
        kind: ReadKind = ReadKind.CARD_UID,
        ndef_records: tuple[NdefRecordInfo, ...] = (),
        key_tag: KeyTagCheck | None = None,
        registry_id: str | None = None,
    ) -> None:
        """Put a card with *uid* on *reader*, and take it off after *hold* seconds."""
        self.insert(
            uid,
            reader=reader,
            atr=atr,
            technology=technology,
            kind=kind,
            ndef_records=ndef_records,
            key_tag=key_tag,
            registry_id=registry_id,
        )
        self._post(self._schedule, hold, lambda: self._remove(reader))

    def insert(
        self,
        uid: str | None,
        *,
        reader: str = DEFAULT_READER,
        atr: str | None = MIFARE_1K_ATR,
        technology: str | None = None,
        kind: ReadKind = ReadKind.CARD_UID,
        ndef_records: tuple[NdefRecordInfo, ...] = (),
        key_tag: KeyTagCheck | None = None,
        registry_id: str | None = None,
    ) -> None:
        """Put a card on *reader* and leave it there (``uid`` None: a card without UID)."""
        clean = uid.replace(":", "").replace(" ", "").upper() if uid else None
        if technology is None and atr:
            technology = technology_of(bytes.fromhex(atr))
        read = ReadEvent(
            reader=reader,
            family=self.family,
            kind=kind,
            uid=clean,
            technology=technology,
            atr=atr,
            ndef_records=ndef_records,
            registry_id=registry_id,
            key_tag=key_tag,
        )
        self._post(self._insert, reader, read)

    def remove(self, reader: str = DEFAULT_READER) -> None:
        """Take the card off *reader*."""
        self._post(self._remove, reader)

    def plug(self, reader: str = DEFAULT_READER) -> None:
        """Plug a reader in."""
        self._post(self._plug, reader)

    def unplug(self, reader: str = DEFAULT_READER) -> None:
        """Unplug a reader (a card on it is removed first)."""
        self._post(self._unplug, reader)

    def fail_next_read(self, reason_fr: str = msg.CARD_REMOVED_DURING_READ, reader: str = DEFAULT_READER) -> None:
        """Make the next read on *reader* fail with *reason_fr* (a card pulled mid-read)."""
        self._post(self._fail_next.__setitem__, reader, reason_fr)

    def service_down(self) -> None:
        """Simulate the service stopping: readers ABSENT, family UNUSABLE."""
        self._post(self._set_service, False)

    def service_up(self) -> None:
        """Simulate the service coming back."""
        self._post(self._set_service, True)

    def crash(self) -> None:
        """Raise an unexpected exception in the I/O thread (tests of the supervisor)."""
        self._post(self._crash)

    def wait_idle(self, timeout: float = 2.0) -> None:
        """Wait until every command posted so far was handled (timers excluded)."""
        self.submit(lambda: None).result(timeout)

    # ------------------------------------------------------------------ I/O thread

    def _run(self) -> None:
        self._service_up = True
        self._set_status(DeviceState.PRESENT)
        for reader in self._initial:
            self._plug(reader)
        while not self._stopping.is_set():
            self._run_timers()
            delay = max(0.0, self._timers[0][0] - time.monotonic()) if self._timers else 0.5
            self._run_jobs(block=min(delay, 0.5))
        for reader in list(self._cards):
            self._remove(reader)

    def _wake(self) -> None:
        self._post(lambda: None)

    def _wake_for(self, job: Any) -> None:
        """Nothing: the loop blocks on its queue."""

    @runs_in_io_thread
    def _schedule(self, delay: float, fn: Callable[[], None]) -> None:
        heapq.heappush(self._timers, (time.monotonic() + delay, next(self._seq), fn))

    def _run_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0][0] <= now:
            _, _, fn = heapq.heappop(self._timers)
            fn()

    @runs_in_io_thread
    def _plug(self, reader: str) -> None:
        self._plugged.add(reader)
        if self._service_up:
            self._set_reader(reader, DeviceState.PRESENT)

    @runs_in_io_thread
    def _unplug(self, reader: str) -> None:
        self._remove(reader)
        self._plugged.discard(reader)
        self._set_reader(reader, DeviceState.ABSENT, msg.READER_UNPLUGGED)

    @runs_in_io_thread
    def _set_service(self, up: bool) -> None:
        self._service_up = up
        if up:
            self._set_status(DeviceState.PRESENT)
            for reader in sorted(self._plugged):
                self._set_reader(reader, DeviceState.PRESENT)
        else:
            for reader in list(self._cards):
                self._remove(reader)
            self._mark_all_readers(DeviceState.ABSENT, msg.READER_SERVICE_LOST)
            self._set_status(DeviceState.UNUSABLE, msg.PCSC_SERVICE_DOWN)

    @runs_in_io_thread
    def _insert(self, reader: str, read: ReadEvent) -> None:
        if reader not in self._plugged or not self._service_up or reader in self._cards:
            return
        self._cards[reader] = (read.uid, read.atr)
        self._emit(CardPresence(reader, self.family, True, read.atr))
        reason = self._fail_next.pop(reader, None)
        if reason is not None:
            self._emit(ReadFailed(reader, self.family, reason))
        elif read.uid is None and read.kind is ReadKind.CARD_UID:
            self._emit(ReadFailed(reader, self.family, msg.UID_UNSUPPORTED))
        else:
            # timestamps of the read itself, not of the request
            self._emit(dataclasses.replace(read, at=utc_now(), mono=time.monotonic()))

    @runs_in_io_thread
    def _remove(self, reader: str) -> None:
        if reader in self._cards:
            _uid, atr = self._cards.pop(reader)
            self._emit(CardPresence(reader, self.family, False, atr))

    @staticmethod
    def _crash() -> None:
        raise SimulatedCrash("simulated crash")


# --------------------------------------------------------------------------- demo devices


def find_drivers_root() -> Path | None:
    """The directory holding ``drivers/virtual`` (a source checkout), or None."""
    candidates = []
    if os.environ.get("MILEO_DRIVERS_ROOT"):
        candidates.append(Path(os.environ["MILEO_DRIVERS_ROOT"]))
    candidates.append(Path(__file__).resolve().parents[2])
    for root in candidates:
        if (root / "drivers" / "virtual" / "vpcd_card.py").is_file():
            return root
    return None


class DemoUnavailable(RuntimeError):
    """The demo devices cannot run here (no source checkout, a child failed to start)."""


class _Child:
    """A virtual device child process driven by lines on its stdin."""

    def __init__(self, args: list[str], root: Path) -> None:
        self.proc = subprocess.Popen(
            [sys.executable, "-m", *args],
            cwd=root,
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            bufsize=1,
        )
        self._lock = threading.Lock()

    def read_line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        if not line:
            raise DemoUnavailable(f"{self.proc.args!r} exited ({self.proc.poll()})")
        return line.strip()

    def command(self, line: str) -> str:
        """Send one command and return its answer line."""
        assert self.proc.stdin is not None
        with self._lock:
            self.proc.stdin.write(line + "\n")
            self.proc.stdin.flush()
            return self.read_line()

    def close(self) -> None:
        if self.proc.poll() is None:
            with contextlib.suppress(DemoUnavailable, OSError, ValueError):
                self.command("quit")
            try:
                self.proc.wait(2.0)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(2.0)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


class DemoDevices:
    """The virtual vpcd card and NFC tag of the demo mode, as child processes.

    Typical use (the app's demo mode)::

        demo = DemoDevices(nfc_ndef=b"...").start()
        manager = DeviceManager([PcscBackend(), NfcBackend(demo.nfc_path, targets=("106A",))])
        demo.tap_card()   # the card appears on "Virtual PCD 00 00"
        demo.present_tag()
        ...
        demo.stop()
    """

    def __init__(
        self,
        *,
        card_preset: str = "mifare-1k",
        card_uid: str | None = None,
        vpcd_port: int = 35963,
        nfc_type: str = "2",
        nfc_uid: str | None = None,
        nfc_ndef: bytes = b"",
        nfc_port: int = 0,
        root: Path | None = None,
        pcscd: bool = False,
    ) -> None:
        self.root = root or find_drivers_root()
        self.vpcd_port = vpcd_port
        self.card_preset = card_preset
        self.card_uid = card_uid
        #: start a private pcscd with the vpcd reader when no pcscd runs (the demo mode)
        self.want_pcscd = pcscd
        self.pcscd: Any = None  #: the private pcscd started, if any (stopped by :meth:`stop`)
        self.tag_args = [
            "drivers.virtual.nfc_tag_emulator",
            "--control",
            "--absent",
            "--type",
            nfc_type,
            "--port",
            str(nfc_port),
            "--ndef-hex",
            nfc_ndef.hex(),
        ]
        if nfc_uid:
            self.tag_args += ["--uid", nfc_uid]
        self.nfc_port: int | None = None
        self._card: _Child | None = None
        self._tag: _Child | None = None

    @property
    def nfc_path(self) -> str:
        """The nfcpy path of the emulated tag's reader (``udp:127.0.0.1:<port>``)."""
        if self.nfc_port is None:
            raise DemoUnavailable("demo devices not started")
        return f"udp:127.0.0.1:{self.nfc_port}"

    def start(self) -> DemoDevices:
        """Start both child processes (the tag starts out of the field, the card out of the reader)."""
        if self.root is None or not (self.root / "drivers" / "virtual" / "vpcd_card.py").is_file():
            raise DemoUnavailable("drivers/virtual not found (set MILEO_DRIVERS_ROOT)")
        try:
            self._tag = _Child(self.tag_args, self.root)
            ready = self._tag.read_line().split()
            if ready[:1] != ["ready"]:
                raise DemoUnavailable(f"NFC emulator: {' '.join(ready)}")
            self.nfc_port = int(ready[1])
            if self.want_pcscd:
                self._start_pcscd(self.root)
            self._card = _Child(self.card_args, self.root)
            if self._card.read_line() != "ready":
                raise DemoUnavailable("vpcd card did not start")
        except BaseException:
            self.stop()
            raise
        return self

    @property
    def card_args(self) -> list[str]:
        """The vpcd card child's arguments (its port follows the private pcscd's)."""
        args = ["drivers.virtual.vpcd_card", "--control", "--preset", self.card_preset, "--port", str(self.vpcd_port)]
        return [*args, "--uid", self.card_uid] if self.card_uid else args

    def _start_pcscd(self, root: Path) -> None:
        """A private pcscd with the vpcd reader when none runs (pcscd installed, not started).

        Plain mode only: the app's PC/SC client must find it at the usual socket. A pcscd
        that runs already (the system's, which serves vpcd from /etc/reader.conf.d) is used
        as is; a pcscd that cannot start leaves the card unavailable, said by the tap.
        """
        spec = importlib.util.spec_from_file_location(
            "mileo_demo_pcscd_private", root / "drivers" / "virtual" / "pcscd_private.py"
        )
        if spec is None or spec.loader is None:
            return
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        if module.running_pcscd() is not None:
            return
        daemon = module.PrivatePcscd(port=self.vpcd_port, mode="plain")
        try:
            daemon.start()
        except module.PcscdUnavailable as exc:
            log.warning("demo: no private pcscd for the virtual card: %s", exc)
            return
        log.info("demo: private pcscd started with the virtual reader on port %d", daemon.ports[0])
        self.pcscd = daemon
        self.vpcd_port = daemon.ports[0]

    def _answer(self, child: _Child | None, line: str) -> str:
        if child is None:
            raise DemoUnavailable("demo devices not started")
        answer = child.command(line)
        if answer.startswith("error"):
            raise DemoUnavailable(answer)
        return answer

    def insert_card(self) -> None:
        """Put the virtual card on the vpcd reader."""
        self._answer(self._card, "insert")

    def remove_card(self) -> None:
        """Take the virtual card off."""
        self._answer(self._card, "remove")

    def tap_card(self, hold: float = 0.5) -> None:
        """Tap the card (returns after *hold* seconds)."""
        self._answer(self._card, f"tap {hold}")

    def present_tag(self) -> None:
        """Bring the NFC tag into the field."""
        self._answer(self._tag, "present")

    def remove_tag(self) -> None:
        """Take the NFC tag out of the field."""
        self._answer(self._tag, "remove")

    def tag_ndef(self) -> bytes:
        """The NDEF message the emulated tag holds now."""
        words = self._answer(self._tag, "ndef").split()
        return bytes.fromhex(words[1]) if len(words) > 1 else b""

    def stop(self) -> None:
        """Stop both child processes."""
        for child in (self._card, self._tag):
            if child is not None:
                child.close()
        self._card = self._tag = None
        if self.pcscd is not None:
            self.pcscd.stop()
            self.pcscd = None

    def __enter__(self) -> DemoDevices:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

"""Fixtures of the device tests: the real reader stacks, started by the test session.

- ``pcscd`` (session): a private ``pcscd --foreground --config DIR`` with vsmartcard's
  vpcd readers "Virtual PCD 00 00" / "00 01" (:mod:`drivers.virtual.pcscd_private`). It
  runs beside a system pcscd in a private mount namespace if one is running, and is
  stopped (and any daemon a dead session left behind is killed) by the fixture.
- ``cards``: a factory of virtual cards (:mod:`drivers.virtual.vpcd_card`) on those
  readers; every card is removed at teardown.
- ``tags``: a factory of NFC tag emulators (:mod:`drivers.virtual.nfc_tag_emulator`),
  each a child process on a free UDP port, for nfcpy's ``udp`` transport.
- ``events`` / :class:`Recorder`: a thread-safe event sink with waits.

A stack that cannot run here (pcscd or vpcd not installed, no pyscard / nfcpy) skips its
tests with the reason — unless ``MILEO_DEVICE_TESTS=require`` (CI), which turns those
skips into failures.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, TypeVar

import pytest

from drivers.virtual.pcscd_private import PcscdUnavailable, PrivatePcscd
from drivers.virtual.vpcd_card import VirtualCard
from mileo_desk.devices.keytag import StaticKeyProvider
from mileo_desk.devices.protocols import DeviceEvent

REPO = Path(__file__).resolve().parents[2]
E = TypeVar("E")


def unavailable(reason: str) -> None:
    """Skip (or fail under ``MILEO_DEVICE_TESTS=require``) because a stack cannot run."""
    if os.environ.get("MILEO_DEVICE_TESTS") == "require":
        pytest.fail(f"device stack required but unavailable: {reason}")
    pytest.skip(reason)


# --------------------------------------------------------------------------- events


class Recorder:
    """Collects events from any thread; tests wait for the ones they expect."""

    def __init__(self) -> None:
        self._events: list[tuple[str, DeviceEvent]] = []
        self._cond = threading.Condition()

    def __call__(self, event: DeviceEvent) -> None:
        with self._cond:
            self._events.append((threading.current_thread().name, event))
            self._cond.notify_all()

    @property
    def events(self) -> list[DeviceEvent]:
        with self._cond:
            return [e for _, e in self._events]

    @property
    def threads(self) -> list[str]:
        with self._cond:
            return [t for t, _ in self._events]

    def of(self, cls: type[E]) -> list[E]:
        return [e for e in self.events if isinstance(e, cls)]

    def clear(self) -> None:
        with self._cond:
            self._events.clear()

    def wait_for(self, cls: type[E], predicate: Callable[[E], bool] = lambda e: True, timeout: float = 3.0) -> E:
        """The first event of *cls* matching *predicate* (recorded before or after the call)."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for _, event in self._events:
                    if isinstance(event, cls) and predicate(event):
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = "\n  ".join(repr(e) for _, e in self._events[-15:])
                    raise AssertionError(f"no {cls.__name__} matching within {timeout} s; last events:\n  {seen}")
                self._cond.wait(remaining)

    def wait_count(
        self, cls: type[E], count: int, predicate: Callable[[E], bool] = lambda e: True, timeout: float = 3.0
    ) -> list[E]:
        """Wait until *count* events of *cls* matching *predicate* were recorded."""
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                found: list[E] = [e for _, e in self._events if isinstance(e, cls) and predicate(e)]
                if len(found) >= count:
                    return found
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise AssertionError(f"{len(found)}/{count} {cls.__name__} within {timeout} s: {found}")
                self._cond.wait(remaining)

    def quiet(self, seconds: float) -> list[DeviceEvent]:
        """Wait *seconds* and return what arrived meanwhile."""
        start = len(self.events)
        time.sleep(seconds)
        return self.events[start:]


@pytest.fixture
def events() -> Recorder:
    return Recorder()


@pytest.fixture(scope="session")
def key() -> bytes:
    return secrets.token_bytes(32)


@pytest.fixture
def keys(key: bytes) -> StaticKeyProvider:
    """The installation key, injected (no keyring daemon in tests)."""
    return StaticKeyProvider(key)


# --------------------------------------------------------------------------- PC/SC


@pytest.fixture(scope="session")
def pcscd() -> Iterator[PrivatePcscd]:
    """A private pcscd with the vpcd readers, for the whole session."""
    try:
        import smartcard.scard  # noqa: F401
    except ImportError:
        unavailable("pyscard is not installed (pip install 'pyscard>=2.2,<3')")
    daemon = PrivatePcscd()
    try:
        daemon.start()
    except PcscdUnavailable as exc:
        unavailable(f"cannot start a private pcscd: {exc}")
    try:
        yield daemon
    finally:
        daemon.stop()


@pytest.fixture
def pcsc(pcscd: PrivatePcscd) -> Iterator[PrivatePcscd]:
    """The private pcscd, running (a test that killed it gets it back at teardown)."""
    if not pcscd.running:
        pcscd.start()
    yield pcscd
    if not pcscd.running:
        pcscd.start()


@pytest.fixture
def cards(pcsc: PrivatePcscd) -> Iterator[Callable[..., VirtualCard]]:
    """``cards(preset=…, port=…, uid=…, mode=…, delay=…)``: a virtual card (not inserted)."""
    made: list[VirtualCard] = []

    def make(preset: str = "mifare-1k", *, port: int | None = None, **kwargs: Any) -> VirtualCard:
        card = VirtualCard(preset=preset, port=port or pcsc.ports[0], **kwargs)
        made.append(card)
        return card

    yield make
    for card in made:
        card.remove()
    if made and pcsc.running:
        wait_readers_empty(pcsc)


def wait_readers_empty(pcsc: PrivatePcscd, timeout: float = 3.0) -> None:
    """Wait until pcscd saw every card leave (it polls vpcd every 400 ms).

    Without it, a card inserted right after another one's removal could reach pcscd as
    "still present" and never be reported.
    """
    from smartcard import scard

    hr, ctx = scard.SCardEstablishContext(scard.SCARD_SCOPE_USER)
    assert hr == scard.SCARD_S_SUCCESS, scard.SCardGetErrorMessage(hr)
    try:
        states = [(r, scard.SCARD_STATE_UNAWARE) for r in pcsc.readers]
        deadline = time.monotonic() + timeout
        while True:
            hr, new = scard.SCardGetStatusChange(ctx, 0 if states[0][1] == scard.SCARD_STATE_UNAWARE else 200, states)
            if hr == scard.SCARD_S_SUCCESS:
                if all(state & scard.SCARD_STATE_EMPTY for _, state, _ in new):
                    return
                states = [(r, state & ~scard.SCARD_STATE_CHANGED) for r, state, _ in new]
            assert time.monotonic() < deadline, "pcscd still sees a card after the test removed it"
    finally:
        scard.SCardReleaseContext(ctx)


# --------------------------------------------------------------------------- NFC


class TagProcess:
    """An NFC tag emulator child process, driven through its stdin."""

    def __init__(self, kind: str, uid: str | None, ndef: bytes, present: bool) -> None:
        args = [
            sys.executable,
            "-m",
            "drivers.virtual.nfc_tag_emulator",
            "--control",
            "--port",
            "0",
            "--type",
            kind,
            "--ndef-hex",
            ndef.hex(),
        ]
        if uid:
            args += ["--uid", uid]
        if not present:
            args.append("--absent")
        self.kind = kind
        self.proc = subprocess.Popen(
            args, cwd=REPO, stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True, bufsize=1
        )
        words = self._line().split()
        assert words[:1] == ["ready"], words
        self.port = int(words[1])
        self.path = f"udp:127.0.0.1:{self.port}"

    def _line(self) -> str:
        assert self.proc.stdout is not None
        line = self.proc.stdout.readline()
        assert line, f"tag emulator exited with {self.proc.poll()}"
        return line.strip()

    def command(self, line: str) -> str:
        assert self.proc.stdin is not None
        self.proc.stdin.write(line + "\n")
        self.proc.stdin.flush()
        return self._line()

    def present(self) -> None:
        assert self.command("present") == "ok present"

    def remove(self) -> None:
        assert self.command("remove") == "ok remove"

    def remove_after(self, frames: int) -> None:
        assert self.command(f"remove-after {frames}") == "ok remove-after"

    def ndef(self) -> bytes:
        words = self.command("ndef").split()
        return bytes.fromhex(words[1]) if len(words) > 1 else b""

    def set_ndef(self, message: bytes) -> None:
        assert self.command(f"set-ndef {message.hex()}") == "ok set-ndef"

    def close(self) -> None:
        if self.proc.poll() is None:
            try:
                self.command("quit")
                self.proc.wait(3)
            except (AssertionError, OSError, subprocess.TimeoutExpired):
                self.proc.kill()
                self.proc.wait(3)
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                stream.close()


TARGETS = {"2": ("106A",), "3": ("212F",), "4": ("106A",)}


@pytest.fixture(scope="session")
def nfcpy() -> None:
    try:
        import nfc  # noqa: F401
    except ImportError:
        unavailable("nfcpy is not installed (pip install nfcpy==1.0.4)")


@pytest.fixture
def tags(nfcpy: None) -> Iterator[Callable[..., TagProcess]]:
    """``tags(kind="2", uid=None, ndef=b"", present=True)``: an emulated tag process."""
    made: list[TagProcess] = []

    def make(kind: str = "2", uid: str | None = None, ndef: bytes = b"", present: bool = True) -> TagProcess:
        tag = TagProcess(kind, uid, ndef, present)
        made.append(tag)
        return tag

    yield make
    for tag in made:
        tag.close()

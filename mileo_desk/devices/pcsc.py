"""PC/SC readers (ACR122U, HID Omnikey, Identiv…) through pyscard's ``smartcard.scard``.

Why not pyscard's ``CardMonitor`` / ``ReaderMonitor``: their thread dies for good when
``pcscd`` stops or restarts (HARDWARE_NOTES). :class:`PcscBackend` runs its own
supervised loops instead, on two threads that each own one PC/SC context:

1. the **monitor** establishes a context; if the service is down, the family is reported
   UNUSABLE and the context retried every ``retry_s`` (0.25 s): monitoring resumes well
   within 2 s of ``pcscd`` coming back (measured: 0.05–0.25 s);
2. it waits in ``SCardGetStatusChange`` on every reader plus the
   ``\\\\?PnP?\\Notification`` pseudo-reader (reader hot-plug), with a timeout, and posts
   each change to the worker;
3. the **worker** (the backend's I/O thread) turns a card insertion into a
   :class:`~.protocols.CardPresence`, then connects, reads the ATR, sends GET DATA
   ``FF CA 00 00 00`` (PC/SC part 3) and emits a :class:`~.protocols.ReadEvent` — or a
   :class:`~.protocols.ReadFailed` with a French reason. A short or empty response is a
   failed read, never a UID;
4. any "service gone" result (``pcscd`` killed) drops the contexts and goes back to 1.

The contexts and card handles are only used on their own thread (``runs_in_io_thread``
for the worker); :meth:`PcscBackend.read_now` lets any thread ask for a read and wait.
"""

from __future__ import annotations

import logging
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any, ClassVar

from ..domain.identifiers import mask_uid
from . import messages as msg
from .atr import technology_of
from .base import BackendBase, LibraryGate, _Job, runs_in_io_thread
from .protocols import (
    CardPresence,
    DeviceFamily,
    DeviceState,
    ReadEvent,
    ReadFailed,
    ReadKind,
)

log = logging.getLogger("mileo_desk.devices.pcsc")

#: PC/SC part 3 GET DATA: UID of the card on the field, Le = 00 (full length)
GET_UID_APDU = (0xFF, 0xCA, 0x00, 0x00, 0x00)
#: pcsc-lite / WinSCard pseudo-reader that changes state when readers come and go
PNP_READER = "\\\\?PnP?\\Notification"
#: UID lengths a contactless card can have (ISO 14443 single/double/triple, FeliCa IDm,
#: iCLASS CSN, ISO 15693 UID)
UID_LENGTHS = frozenset({4, 7, 8, 10})

_U32 = 0xFFFFFFFF


def _code(hr: int) -> int:
    return int(hr) & _U32


# pcsc-lite result codes (stable values of the PC/SC API; pyscard exports the same)
S_SUCCESS = 0x00000000
E_CANCELLED = 0x80100002
E_INVALID_HANDLE = 0x80100003
E_UNKNOWN_READER = 0x80100009
E_TIMEOUT = 0x8010000A
E_SHARING_VIOLATION = 0x8010000B
E_NO_SMARTCARD = 0x8010000C
E_NOT_TRANSACTED = 0x80100016
E_READER_UNAVAILABLE = 0x80100017
F_COMM_ERROR = 0x80100013
E_NO_SERVICE = 0x8010001D
E_SERVICE_STOPPED = 0x8010001E
E_NO_READERS_AVAILABLE = 0x8010002E
E_COMM_DATA_LOST = 0x8010002F
W_UNRESPONSIVE_CARD = 0x80100066
W_UNPOWERED_CARD = 0x80100067
W_RESET_CARD = 0x80100068
W_REMOVED_CARD = 0x80100069

#: results meaning "the PC/SC service is gone": drop the context, re-establish later
SERVICE_LOST = frozenset({E_INVALID_HANDLE, F_COMM_ERROR, E_NO_SERVICE, E_SERVICE_STOPPED})
#: results meaning "the card left" during connect / transmit
CARD_LEFT = frozenset({E_NO_SMARTCARD, W_REMOVED_CARD, W_RESET_CARD, E_NOT_TRANSACTED, E_COMM_DATA_LOST})

STATE_UNAWARE = 0x0000
STATE_CHANGED = 0x0002
STATE_UNKNOWN = 0x0004
STATE_UNAVAILABLE = 0x0008
STATE_EMPTY = 0x0010
STATE_PRESENT = 0x0020
STATE_EXCLUSIVE = 0x0080
STATE_MUTE = 0x0200

SHARE_SHARED = 2
PROTOCOL_T0_T1 = 0x0001 | 0x0002
LEAVE_CARD = 0
SCOPE_USER = 0


class ServiceLost(Exception):
    """The PC/SC service went away (``pcscd`` stopped); the context must be re-established."""

    def __init__(self, hr: int) -> None:
        super().__init__(f"PC/SC service lost (0x{_code(hr):08X})")
        self.hr = _code(hr)


class CardLeft(Exception):
    """The card left the field during a connect or an APDU."""


class TransmitFailed(Exception):
    """SCardTransmit failed for another reason."""

    def __init__(self, hr: int) -> None:
        super().__init__(f"0x{_code(hr):08X}")
        self.hr = _code(hr)


# --------------------------------------------------------------------------- UID logic


@dataclass(frozen=True)
class UidResult:
    """Outcome of GET DATA: a UID (upper-case hex), or a French reason and the status word."""

    uid: str | None
    reason_fr: str | None = None
    sw: int | None = None


def read_uid(transmit: Callable[[list[int]], Sequence[int]]) -> UidResult:
    """Send GET DATA ``FF CA 00 00 00`` and interpret the PC/SC part 3 status words.

    - ``90 00`` (or ``62 82``, end of data) with a plausible UID length → the UID;
    - ``6C xx`` → wrong Le: sent again once with ``Le = xx``;
    - ``6A 81`` / ``6B 00`` / ``6D 00`` / ``6E 00`` → the reader cannot give a UID;
    - ``63 00`` → the card did not answer;
    - a response shorter than a status word, an empty or odd-length UID → failed read.

    *transmit* sends an APDU and returns the response with SW1 SW2; it raises
    :class:`CardLeft` when the card goes away.
    """
    apdu = list(GET_UID_APDU)
    for attempt in range(2):
        response = list(transmit(apdu))
        if len(response) < 2:
            return UidResult(None, msg.UID_SHORT_RESPONSE)
        sw1, sw2 = response[-2], response[-1]
        sw = sw1 << 8 | sw2
        data = response[:-2]
        if sw in (0x9000, 0x6282):
            if len(data) not in UID_LENGTHS:
                return UidResult(None, msg.UID_SHORT_RESPONSE, sw)
            return UidResult(bytes(data).hex().upper(), None, sw)
        if sw1 == 0x6C and attempt == 0 and sw2 != 0:
            apdu = [*GET_UID_APDU[:4], sw2]
            continue
        if sw in (0x6A81, 0x6B00, 0x6D00, 0x6E00):
            return UidResult(None, msg.UID_UNSUPPORTED, sw)
        if sw == 0x6300:
            return UidResult(None, msg.UID_READ_FAILED, sw)
        return UidResult(None, msg.UID_UNEXPECTED.format(sw=f"{sw1:02X} {sw2:02X}"), sw)
    return UidResult(None, msg.UID_SHORT_RESPONSE)


@dataclass(frozen=True)
class CardRead:
    """A read on one reader: the ATR and the UID, or why it failed."""

    reader: str
    atr: str | None
    technology: str | None
    uid: str | None
    reason_fr: str | None = None


# --------------------------------------------------------------------------- backend


class PcscBackend(BackendBase):
    """PC/SC readers: hot-plug, card presence, UID, technology (see the module docstring).

    Two threads, each owning one PC/SC context (contexts are not thread-safe):

    - the **worker** ``mileo-pcsc-<name>`` (the backend's I/O thread) connects to cards,
      reads them, serves :meth:`read_now` and emits **every** event of the family, in
      order — subscribers are called on this thread only;
    - the **monitor** ``mileo-pcsc-monitor-<name>`` only waits in
      ``SCardGetStatusChange`` and posts what changed to the worker's queue.

    A job reaches the worker through a blocking queue, so an insertion or a
    :meth:`read_now` is served at once, without cancelling a PC/SC wait.
    """

    family = DeviceFamily.PCSC
    gate: ClassVar[LibraryGate | None] = LibraryGate("pyscard", "smartcard.scard", minimum="2.2", below="3")
    thread_name = "mileo-pcsc"

    def __init__(
        self,
        name: str = "pcsc",
        *,
        wait_ms: int = 1000,
        retry_s: float = 0.25,
        auto_read: bool = True,
        reader_filter: Callable[[str], bool] | None = None,
    ) -> None:
        super().__init__(name)
        self.wait_ms = wait_ms
        self.retry_s = retry_s
        self.auto_read = auto_read
        self.reader_filter = reader_filter
        self._scard: Any = None
        self._halt = threading.Event()
        self._monitor_thread: threading.Thread | None = None
        self._mctx: int | None = None  # the monitor's context
        self._wctx: int | None = None  # the worker's context
        self._cards: dict[str, str | None] = {}  # worker: reader -> ATR of the card on it

    # ------------------------------------------------------------------ public

    def read_now(self, reader: str, timeout: float = 2.0) -> CardRead:
        """Read the card on *reader* now, from any thread; waits at most *timeout* s.

        Raises :class:`ServiceLost` if the PC/SC service is down, ``TimeoutError`` if the
        worker does not answer in time.
        """
        return self.submit(self._read_card, reader).result(timeout)

    def card_present(self, reader: str) -> bool:
        """Whether a card is on *reader*, as last reported by the monitor."""
        return reader in self._cards

    # ------------------------------------------------------------------ threads

    def _wake(self) -> None:
        # unblock the worker's queue wait, and the monitor's PC/SC wait (SCardCancel is the
        # one call pcsc-lite allows from another thread)
        self._jobs.put(_Job(lambda: None, (), None))
        ctx = self._mctx
        if ctx is not None and self._scard is not None:
            self._scard.SCardCancel(ctx)

    def _wake_for(self, job: _Job) -> None:
        """Nothing to do: the worker blocks on its queue and wakes when a job arrives."""

    def _run(self) -> None:
        from smartcard import scard

        self._scard = scard
        self._halt.clear()
        self._monitor_thread = threading.Thread(
            target=self._monitor_main, name=f"mileo-pcsc-monitor-{self.name}", daemon=True
        )
        self._monitor_thread.start()
        try:
            while not self._stopping.is_set():
                self._run_jobs(block=0.5)
        finally:
            self._halt.set()
            deadline = time.monotonic() + 5.0
            while self._monitor_thread.is_alive() and time.monotonic() < deadline:
                # SCardCancel only ends a wait already in progress: repeat until it ends
                ctx = self._mctx
                if ctx is not None:
                    scard.SCardCancel(ctx)
                self._monitor_thread.join(0.005)
            self._release_worker()
            for reader in list(self._cards):
                self._card_gone(reader)

    # ------------------------------------------------------------------ monitor thread

    def _monitor_main(self) -> None:
        try:
            self._monitor_loop()
        except Exception as exc:
            log.exception("PC/SC monitor crashed")
            self._post(self._reraise, exc)

    @staticmethod
    def _reraise(exc: Exception) -> None:
        raise RuntimeError("PC/SC monitor thread crashed") from exc

    def _monitor_loop(self) -> None:
        scard = self._scard
        while not self._halt.is_set():
            hr, ctx = scard.SCardEstablishContext(SCOPE_USER)
            if _code(hr) != S_SUCCESS:
                self._post(self._on_service_down)
                self._halt.wait(self.retry_s)
                continue
            self._mctx = int(ctx)
            log.info("PC/SC context established")
            try:
                self._watch(int(ctx))
            except ServiceLost as lost:
                log.warning("%s", lost)
                self._post(self._on_service_down)
            finally:
                self._mctx = None
                scard.SCardReleaseContext(ctx)

    def _list_readers(self, ctx: int) -> list[str]:
        hr, names = self._scard.SCardListReaders(ctx, [])
        code = _code(hr)
        if code == E_NO_READERS_AVAILABLE:
            return []
        if code != S_SUCCESS:
            raise ServiceLost(code)
        readers = [str(n) for n in names]
        if self.reader_filter is not None:
            readers = [r for r in readers if self.reader_filter(r)]
        return readers

    def _watch(self, ctx: int) -> None:
        """Wait for changes on every reader and on the PnP pseudo-reader; post them."""
        scard = self._scard
        readers = self._list_readers(ctx)
        self._post(self._on_service_up, readers)
        states: dict[str, int] = {}
        pnp_state = STATE_UNAWARE
        pnp_supported = True
        while not self._halt.is_set():
            wanted: list[tuple[str, int]] = [(r, states.get(r, STATE_UNAWARE)) for r in readers]
            if pnp_supported:
                wanted.append((PNP_READER, pnp_state))
            hr, changes = scard.SCardGetStatusChange(ctx, self.wait_ms, wanted)
            code = _code(hr)
            if code in (E_TIMEOUT, E_CANCELLED):
                if not pnp_supported:
                    readers = self._relist(ctx, readers, states)
                continue
            if code in (E_UNKNOWN_READER, E_READER_UNAVAILABLE):
                readers = self._relist(ctx, readers, states)
                continue
            if code != S_SUCCESS:
                raise ServiceLost(code)
            list_changed = False
            for raw_name, raw_event, atr in changes:
                event = int(raw_event)
                if raw_name == PNP_READER:
                    if event & STATE_UNKNOWN:
                        pnp_supported = False  # an old service without PnP: poll the list
                    elif event & STATE_CHANGED:
                        list_changed = True
                    pnp_state = event & ~STATE_CHANGED
                    continue
                name = str(raw_name)
                previous = states.get(name)
                states[name] = event & ~STATE_CHANGED
                if previous is None or event & STATE_CHANGED:
                    self._post(self._on_reader_state, name, event, previous, list(atr))
            if list_changed:
                readers = self._relist(ctx, readers, states)

    def _relist(self, ctx: int, readers: list[str], states: dict[str, int]) -> list[str]:
        current = self._list_readers(ctx)
        if current != readers:
            for gone in set(readers) - set(current):
                states.pop(gone, None)
            self._post(self._on_readers, current)
        return current

    # ------------------------------------------------------------------ worker thread

    @runs_in_io_thread
    def _on_service_up(self, readers: list[str]) -> None:
        self._set_status(DeviceState.PRESENT, None if readers else msg.PCSC_NO_READER)
        self._on_readers(readers)

    @runs_in_io_thread
    def _on_service_down(self) -> None:
        for reader in list(self._cards):
            self._card_gone(reader)
        self._release_worker()
        self._mark_all_readers(DeviceState.ABSENT, msg.READER_SERVICE_LOST)
        self._set_status(DeviceState.UNUSABLE, msg.PCSC_SERVICE_DOWN)

    @runs_in_io_thread
    def _on_readers(self, current: list[str]) -> None:
        known = {s.reader for s in self.readers() if s.state is not DeviceState.ABSENT}
        for name in current:
            if name not in known:
                log.info("reader present: %s", name)
            self._set_reader(name, DeviceState.PRESENT)
        for name in sorted(known - set(current)):
            log.info("reader unplugged: %s", name)
            self._card_gone(name)
            self._set_reader(name, DeviceState.ABSENT, msg.READER_UNPLUGGED)
        if self._status.state is DeviceState.PRESENT:
            self._set_status(DeviceState.PRESENT, None if current else msg.PCSC_NO_READER)

    @runs_in_io_thread
    def _on_reader_state(self, reader: str, event: int, previous: int | None, atr: list[int]) -> None:
        if event & (STATE_UNKNOWN | STATE_UNAVAILABLE):
            self._card_gone(reader)
            self._set_reader(reader, DeviceState.ERROR, msg.READER_UNPLUGGED)
            return
        self._set_reader(reader, DeviceState.PRESENT)
        present = bool(event & STATE_PRESENT)
        was_present = reader in self._cards
        if not present:
            self._card_gone(reader)
            return
        # the upper 16 bits count insertions and removals: +2 while "present" means the
        # card was swapped between two waits
        swapped = was_present and previous is not None and ((event >> 16) - (previous >> 16)) & 0xFFFF >= 2
        if was_present and not swapped:
            return
        if swapped:
            self._card_gone(reader)
        atr_hex = bytes(atr).hex().upper() if atr else None
        self._cards[reader] = atr_hex
        log.info("card inserted on %s", reader)
        self._emit(CardPresence(reader, self.family, True, atr_hex))
        if event & STATE_MUTE:
            self._emit(ReadFailed(reader, self.family, msg.CARD_MUTE))
        elif event & STATE_EXCLUSIVE:
            self._emit(ReadFailed(reader, self.family, msg.READER_EXCLUSIVE))
        elif self.auto_read:
            self._read_and_emit(reader)

    def _card_gone(self, reader: str) -> None:
        if reader in self._cards:
            atr = self._cards.pop(reader)
            log.info("card removed from %s", reader)
            self._emit(CardPresence(reader, self.family, False, atr))

    @runs_in_io_thread
    def _read_and_emit(self, reader: str) -> None:
        try:
            result = self._read_card(reader)
        except ServiceLost:
            self._emit(ReadFailed(reader, self.family, msg.PCSC_SERVICE_DOWN))
            return
        if result.uid is not None:
            log.debug("UID %s read on %s (%s)", mask_uid(result.uid), reader, result.technology)
            self._emit(
                ReadEvent(
                    reader=reader,
                    family=self.family,
                    kind=ReadKind.CARD_UID,
                    uid=result.uid,
                    technology=result.technology,
                    atr=result.atr,
                )
            )
        else:
            log.info("read failed on %s: %s", reader, result.reason_fr)
            self._emit(ReadFailed(reader, self.family, result.reason_fr or msg.UID_READ_FAILED))

    @runs_in_io_thread
    def _worker_context(self) -> int:
        if self._wctx is None:
            hr, ctx = self._scard.SCardEstablishContext(SCOPE_USER)
            if _code(hr) != S_SUCCESS:
                raise ServiceLost(hr)
            self._wctx = int(ctx)
        return self._wctx

    @runs_in_io_thread
    def _release_worker(self) -> None:
        ctx, self._wctx = self._wctx, None
        if ctx is not None:
            self._scard.SCardReleaseContext(ctx)

    @runs_in_io_thread
    def _read_card(self, reader: str) -> CardRead:
        """Connect, read the ATR and the UID, disconnect. Raises :class:`ServiceLost`."""
        try:
            return self._read_card_once(reader)
        except ServiceLost:
            self._release_worker()
            raise

    def _read_card_once(self, reader: str) -> CardRead:
        scard = self._scard
        hr, hcard, protocol = scard.SCardConnect(self._worker_context(), reader, SHARE_SHARED, PROTOCOL_T0_T1)
        code = _code(hr)
        if code != S_SUCCESS:
            return CardRead(reader, None, None, None, self._connect_failure(code))
        try:
            hr, _name, _state, _proto, atr = scard.SCardStatus(hcard)
            code = _code(hr)
            if code in SERVICE_LOST:
                raise ServiceLost(code)
            if code != S_SUCCESS:
                return CardRead(reader, None, None, None, msg.CARD_REMOVED_DURING_READ)
            atr_hex = bytes(atr).hex().upper() if atr else None
            technology = technology_of(bytes(atr)) if atr else None

            def transmit(apdu: list[int]) -> list[int]:
                hr, response = scard.SCardTransmit(hcard, protocol, apdu)
                code = _code(hr)
                if code == S_SUCCESS:
                    return list(response)
                if code in CARD_LEFT:
                    raise CardLeft
                if code in SERVICE_LOST:
                    raise ServiceLost(code)
                raise TransmitFailed(code)

            try:
                result = read_uid(transmit)
            except CardLeft:
                return CardRead(reader, atr_hex, technology, None, msg.CARD_REMOVED_DURING_READ)
            except TransmitFailed as exc:
                return CardRead(reader, atr_hex, technology, None, msg.READER_ERROR.format(detail=str(exc)))
            if result.uid is None and result.reason_fr == msg.UID_SHORT_RESPONSE and self._card_left(hcard):
                # vpcd answers an empty "success" when the card vanishes mid-APDU
                return CardRead(reader, atr_hex, technology, None, msg.CARD_REMOVED_DURING_READ)
            return CardRead(reader, atr_hex, technology, result.uid, result.reason_fr)
        finally:
            scard.SCardDisconnect(hcard, LEAVE_CARD)

    def _card_left(self, hcard: int) -> bool:
        hr, _name, state, _proto, _atr = self._scard.SCardStatus(hcard)
        return _code(hr) in CARD_LEFT or not int(state) & 0x0004  # SCARD_PRESENT bit of SCardStatus

    @staticmethod
    def _connect_failure(code: int) -> str:
        if code in SERVICE_LOST:
            raise ServiceLost(code)
        if code in CARD_LEFT:
            return msg.CARD_REMOVED_DURING_READ
        if code == E_SHARING_VIOLATION:
            return msg.CARD_SHARING_VIOLATION
        if code in (W_UNRESPONSIVE_CARD, W_UNPOWERED_CARD):
            return msg.CARD_MUTE
        return msg.READER_ERROR.format(detail=f"0x{code:08X}")

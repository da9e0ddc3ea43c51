"""NFC readers (Sony RC-S380, ACR122U with ``pn533`` blacklisted…) through nfcpy 1.0.4.

:class:`NfcBackend` owns one ``nfc.ContactlessFrontend`` on its ``mileo-nfc-<name>`` I/O
thread (nfcpy is not thread-safe) and loops:

1. open the frontend (``usb``, ``usb:054c:06c3``, ``tty:USB0:pn532``, ``udp:host:port``…);
   no device → the reader is ABSENT and the family UNUSABLE with a French reason, and
   opening is retried every ``reopen_s``;
2. ``clf.connect(rdwr=…)`` with ``iterations=1`` until a tag answers (``terminate``
   stops it on :meth:`~NfcBackend.stop`);
3. read the tag: UID (``tag.identifier``), NDEF records, key-tag verdict
   (:mod:`.keytag`) → :class:`~.protocols.CardPresence` then
   :class:`~.protocols.ReadEvent`, or :class:`~.protocols.ReadFailed` when the tag left
   during the read (nfcpy does not raise then: ``tag.ndef`` is None and
   ``tag.is_present`` False);
4. while the tag stays, serve pending key-tag writes (:meth:`~NfcBackend.write_key_tag`),
   then wait for it to leave (``tag.is_present``) → ``CardPresence(present=False)``.

Each technology that gets no answer costs the ``udp`` transport a fixed 1 s timeout:
list the expected technology first in ``targets`` (``106A`` = Type 2 and Type 4A,
``212F`` = Type 3/FeliCa, ``106B`` = Type 4B).
"""

from __future__ import annotations

import contextlib
import enum
import logging
import socket
import threading
import time
from collections import deque
from collections.abc import Sequence
from concurrent.futures import Future
from typing import Any, ClassVar

from ..domain.identifiers import mask_uid
from . import keytag
from . import messages as msg
from .base import BackendBase, LibraryGate, _Job, runs_in_io_thread
from .keytag import KeyProvider, KeyTagError, KeyUnavailable
from .protocols import (
    CardPresence,
    DeviceFamily,
    DeviceState,
    KeyTagCheck,
    KeyTagState,
    KeyTagWriteResult,
    NdefRecordInfo,
    ReadEvent,
    ReadFailed,
    ReadKind,
)

log = logging.getLogger("mileo_desk.devices.nfc")

DEFAULT_TARGETS = ("106A", "212F", "106B")
TYPE_LABELS = {
    "Type1Tag": "NFC Forum Type 1",
    "Type2Tag": "NFC Forum Type 2",
    "Type3Tag": "NFC Forum Type 3",
    "Type4Tag": "NFC Forum Type 4",
}


def describe_tag(tag: Any) -> str:
    """A technology label: ``NFC Forum Type 2 (NXP NTAG213)``, ``NFC Forum Type 3 (FeliCa)``…"""
    kind = str(getattr(tag, "type", "") or type(tag).__name__)
    label = TYPE_LABELS.get(kind, kind)
    product = str(getattr(tag, "product", "") or "")
    if product and product != kind:
        return f"{label} ({product})"
    if kind == "Type3Tag":
        return f"{label} (FeliCa)"
    return label


class _Read(enum.Enum):
    """Outcome of reading a tag's NDEF content."""

    OK = "ok"
    UNREADABLE = "unreadable"  #: malformed data: the read is reported, without records
    REMOVED = "removed"  #: the tag left during the read: a failed read


class _WriteJob:
    __slots__ = ("deadline", "future", "registry_id")

    def __init__(self, registry_id: str, future: Future[KeyTagWriteResult], deadline: float | None) -> None:
        self.registry_id = registry_id
        self.future = future
        self.deadline = deadline


class NfcBackend(BackendBase):
    """NFC tags through nfcpy (see the module docstring). Events on ``mileo-nfc-<name>``."""

    family = DeviceFamily.NFC
    gate: ClassVar[LibraryGate | None] = LibraryGate("nfcpy", "nfc", minimum="1.0.3", below="2")
    thread_name = "mileo-nfc"

    def __init__(
        self,
        path: str = "usb",
        *,
        name: str | None = None,
        targets: Sequence[str] = DEFAULT_TARGETS,
        interval: float = 0.1,
        presence_interval: float = 0.1,
        reopen_s: float = 2.0,
        keys: KeyProvider | None = None,
    ) -> None:
        super().__init__(name or f"nfc:{path}")
        self.path = path
        self.targets = tuple(targets)
        self.interval = interval
        self.presence_interval = presence_interval
        self.reopen_s = reopen_s
        self.keys = keys
        self.reader_name = f"NFC {path}"
        self._writes: deque[_WriteJob] = deque()
        self._writes_lock = threading.Lock()
        self._clf: Any = None
        self._kick = threading.Event()

    # ------------------------------------------------------------------ public

    def write_key_tag(self, registry_id: str, *, timeout: float | None = None) -> Future[KeyTagWriteResult]:
        """Write a Mileo key tag for *registry_id* on the tag on the reader, or the next one.

        The returned future gives a :class:`~.protocols.KeyTagWriteResult` once the tag
        was written **and read back**, or raises :class:`~.keytag.KeyTagError` (French
        reason) / ``TimeoutError`` when no tag came within *timeout* seconds. Its
        callbacks run on the NFC I/O thread.
        """
        future: Future[KeyTagWriteResult] = Future()
        try:
            rid = keytag.normalize_registry_id(registry_id)
        except KeyTagError as exc:
            future.set_exception(exc)
            return future
        deadline = None if timeout is None else time.monotonic() + timeout
        with self._writes_lock:
            self._writes.append(_WriteJob(rid, future, deadline))
        return future

    # ------------------------------------------------------------------ waking

    def _wake_for(self, job: _Job) -> None:
        # never the RFOFF trick below for a job: it would break a tag session in progress
        self._kick.set()

    def _wake(self) -> None:
        """Stop request: end the waits of the I/O loop."""
        self._kick.set()
        clf = self._clf
        if clf is None or not self.path.startswith("udp"):
            return
        # nfcpy's udp transport waits up to 1 s per technology in select(); an "RFOFF"
        # datagram to its socket ends each wait at once (the sense loop then sees stop)
        sock = getattr(getattr(clf, "device", None), "socket", None)
        if sock is None:
            return
        with contextlib.suppress(OSError), socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as out:
            port = sock.getsockname()[1]
            if port:  # 0: not sent anything yet, nothing to interrupt
                out.sendto(b"RFOFF", ("127.0.0.1", port))

    # ------------------------------------------------------------------ I/O loop

    def _run(self) -> None:
        import nfc

        # the absence is retried every reopen_s: log it when it starts (or its cause
        # changes) and when it ends, not at every retry
        absent: str | None = None
        while not self._stopping.is_set():
            self._run_jobs()
            self._expire_writes()
            try:
                clf = nfc.ContactlessFrontend(self.path)
            except OSError as exc:
                if str(exc) != absent:
                    absent = str(exc)
                    log.info("no NFC device on %s: %s (retried every %.0f s)", self.path, exc, self.reopen_s)
                self._set_reader(self.reader_name, DeviceState.ABSENT, msg.NFC_NO_DEVICE.format(path=self.path))
                self._set_status(DeviceState.UNUSABLE, msg.NFC_NO_DEVICE.format(path=self.path))
                self._kick.wait(self.reopen_s)
                self._kick.clear()
                continue
            if absent is not None:
                log.info("NFC device found on %s", self.path)
                absent = None
            self._clf = clf
            self._set_status(DeviceState.PRESENT)
            self._set_reader(self.reader_name, DeviceState.PRESENT)
            try:
                self._poll(clf)
            finally:
                self._clf = None
                with contextlib.suppress(Exception):
                    clf.close()

    @runs_in_io_thread
    def _poll(self, clf: Any) -> None:
        options = {
            "targets": self.targets,
            "on-connect": lambda tag: False,
            "iterations": 1,
            "interval": self.interval,
            "beep-on-connect": False,
        }
        while not self._stopping.is_set():
            self._run_jobs()
            self._expire_writes()
            tag = clf.connect(rdwr=options, terminate=self._should_return)
            if tag is False:
                # nfcpy returns False after an IOError: the device went away
                log.warning("NFC device lost on %s", self.path)
                self._set_reader(self.reader_name, DeviceState.ERROR, msg.NFC_DEVICE_LOST.format(path=self.path))
                self._set_status(DeviceState.UNUSABLE, msg.NFC_DEVICE_LOST.format(path=self.path))
                self._kick.wait(self.reopen_s)
                self._kick.clear()
                return
            if tag is None or isinstance(tag, bool):
                continue
            self._handle_tag(tag)

    def _should_return(self) -> bool:
        if self._stopping.is_set() or self._has_jobs():
            return True
        now = time.monotonic()
        with self._writes_lock:
            return any(job.deadline is not None and now >= job.deadline for job in self._writes)

    @runs_in_io_thread
    def _handle_tag(self, tag: Any) -> None:
        uid = bytes(tag.identifier).hex().upper()
        technology = describe_tag(tag)
        self._emit(CardPresence(self.reader_name, self.family, True))
        records, outcome = self._read_records(tag)
        if outcome is _Read.REMOVED:
            self._emit(ReadFailed(self.reader_name, self.family, msg.TAG_REMOVED_DURING_READ))
        else:
            # unreadable content is still a read: the UID is known and may designate an item
            unreadable = outcome is _Read.UNREADABLE
            check = (
                KeyTagCheck(KeyTagState.UNVERIFIABLE, None, msg.NDEF_UNREADABLE)
                if unreadable
                else keytag.verify_records(records, uid, self.keys)
            )
            log.debug("tag %s read on %s (%s, key tag %s)", mask_uid(uid), self.reader_name, technology, check.state)
            self._emit(
                ReadEvent(
                    reader=self.reader_name,
                    family=self.family,
                    kind=ReadKind.NFC_TAG,
                    uid=uid,
                    technology=technology,
                    ndef_records=records,
                    registry_id=check.registry_id if check.state is KeyTagState.VALID else None,
                    key_tag=check,
                    ndef_error_fr=msg.NDEF_UNREADABLE if unreadable else None,
                )
            )
        # serve writes while the tag stays, then wait for it to leave
        while not self._stopping.is_set():
            self._run_jobs()
            self._serve_writes(tag, uid)
            if not tag.is_present:
                break
            self._kick.wait(self.presence_interval)
            self._kick.clear()
        self._emit(CardPresence(self.reader_name, self.family, False))

    def _read_records(self, tag: Any) -> tuple[tuple[NdefRecordInfo, ...], _Read]:
        """NDEF records of *tag*, and whether they were read, unreadable, or the tag left.

        A tag's memory is written by anyone: whatever nfcpy or the NDEF decoder raise on
        malformed data makes the content UNREADABLE, never an error of the I/O loop (which
        would restart and read the same tag again, for as long as it lies on the reader).
        """
        import nfc.clf
        import nfc.tag

        try:
            ndef = tag.ndef
            octets = bytes(ndef.octets) if ndef is not None else b""
        except (nfc.tag.TagCommandError, nfc.clf.CommunicationError) as exc:
            log.info("NFC read interrupted: %r", exc)
            return (), _Read.REMOVED
        except Exception as exc:  # nfcpy parsing a malformed memory layout
            log.info("NFC tag memory unreadable on %s: %s", self.reader_name, type(exc).__name__)
            return (), _Read.UNREADABLE if tag.is_present else _Read.REMOVED
        if ndef is None and not tag.is_present:
            return (), _Read.REMOVED
        if not octets:
            return (), _Read.OK
        try:
            return keytag.decode_message(octets), _Read.OK
        except Exception as exc:  # ndef.DecodeError, or worse, on bytes written by anyone
            log.info("NDEF message unreadable on %s: %s", self.reader_name, type(exc).__name__)
            return (), _Read.UNREADABLE

    # ------------------------------------------------------------------ writes

    def _expire_writes(self) -> None:
        now = time.monotonic()
        with self._writes_lock:
            kept: deque[_WriteJob] = deque()
            for job in self._writes:
                if job.future.cancelled():
                    continue
                if job.deadline is not None and now >= job.deadline:
                    job.future.set_exception(TimeoutError(msg.WRITE_TIMEOUT))
                    continue
                kept.append(job)
            self._writes = kept

    @runs_in_io_thread
    def _serve_writes(self, tag: Any, uid: str) -> None:
        self._expire_writes()
        while True:
            with self._writes_lock:
                if not self._writes:
                    return
                job = self._writes.popleft()
            if not job.future.set_running_or_notify_cancel():
                continue
            try:
                job.future.set_result(self._write(tag, uid, job.registry_id))
            except KeyTagError as exc:
                job.future.set_exception(exc)
            except Exception as exc:
                log.warning("key tag write failed: %r", exc)
                job.future.set_exception(KeyTagError(msg.TAG_WRITE_FAILED))

    def _write(self, tag: Any, uid: str, registry_id: str) -> KeyTagWriteResult:
        import nfc.clf
        import nfc.tag

        try:
            key = self.keys.get_or_create_key() if self.keys is not None else None
        except KeyUnavailable as exc:
            raise KeyTagError(exc.reason_fr) from exc
        if key is None:
            raise KeyTagError(msg.KEYTAG_NO_KEY)
        records = keytag.build_records(registry_id, bytes.fromhex(uid), key)
        try:
            ndef = tag.ndef
            if ndef is None:
                raise KeyTagError(msg.TAG_NOT_NDEF)
            if not ndef.is_writeable:
                raise KeyTagError(msg.TAG_READ_ONLY)
            import ndef as ndeflib

            octets = b"".join(ndeflib.message_encoder(records))
            if len(octets) > ndef.capacity:
                raise KeyTagError(msg.TAG_TOO_SMALL.format(capacity=ndef.capacity))
            ndef.octets = octets
            # read back: has_changed re-reads the tag and compares with what we wrote
            if ndef.has_changed or tag.ndef is None:
                raise KeyTagError(msg.TAG_WRITE_NOT_VERIFIED)
        except (nfc.tag.TagCommandError, nfc.clf.CommunicationError) as exc:
            raise KeyTagError(msg.TAG_WRITE_FAILED) from exc
        check = keytag.verify_records(keytag.decode_message(bytes(tag.ndef.octets)), uid, self.keys)
        if check.state is not KeyTagState.VALID:
            raise KeyTagError(msg.TAG_WRITE_NOT_VERIFIED)
        log.info("key tag written on %s", self.reader_name)
        return KeyTagWriteResult(self.reader_name, uid, registry_id)

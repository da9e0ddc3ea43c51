"""What the device layer tells the rest of the application, and the shape of each family.

Everything here is GUI-neutral and immutable: events are frozen dataclasses that a
subscriber may keep, queue or send to another thread as they are.

Events (``DeviceEvent``), in the order a tap produces them:

- :class:`BackendStatus` — a whole family (PC/SC, NFC…) became usable or unusable
  (library missing, ``pcscd`` stopped, internal error being recovered).
- :class:`ReaderStatus` — one reader appeared, disappeared or failed.
- :class:`CardPresence` — a card or tag was put on / taken off a reader ("a card was
  tapped", whatever it is).
- :class:`ReadEvent` — what was read: a UID, a tag's NDEF records, a scanned code.
- :class:`ReadFailed` — a read started but gave nothing trustworthy (card pulled
  mid-read, unsupported card, short response). Never a wrong UID.

Threads: a subscriber registered with :meth:`DeviceManager.subscribe
<mileo_desk.devices.manager.DeviceManager.subscribe>` is called **on the I/O thread of
the family that produced the event** (``mileo-pcsc``, ``mileo-nfc``, ``mileo-simulated``
…), or on the thread that fed the keystrokes for keyboard-wedge reads. It must return
quickly and must not touch Qt widgets: the Qt bridge re-emits events as signals on the
GUI thread.
"""

from __future__ import annotations

import enum
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Protocol, runtime_checkable


def utc_now() -> datetime:
    """The current moment, timezone-aware UTC (events are stored and compared in UTC)."""
    return datetime.now(UTC)


class DeviceFamily(enum.StrEnum):
    """Where an event comes from."""

    PCSC = "pcsc"  #: PC/SC readers through pyscard and pcscd / WinSCard
    NFC = "nfc"  #: NFC readers through nfcpy
    WEDGE = "wedge"  #: keyboard-wedge readers and barcode / QR scanners
    PEN = "pen"  #: signature pads
    SIMULATED = "simulated"  #: the simulated reader (tests, developer menu, demos)


class DeviceState(enum.StrEnum):
    """State of a reader or of a whole family."""

    PRESENT = "present"  #: usable
    ABSENT = "absent"  #: unplugged, or the family is stopped
    ERROR = "error"  #: failed; recovery is attempted automatically
    UNUSABLE = "unusable"  #: recognised but unusable: library missing, service stopped


class ReadKind(enum.StrEnum):
    """What kind of read a :class:`ReadEvent` reports."""

    CARD_UID = "card_uid"  #: a contactless card's UID through a PC/SC reader
    NFC_TAG = "nfc_tag"  #: an NFC Forum tag: UID and NDEF records
    WEDGE_UID = "wedge_uid"  #: a UID typed by a keyboard-wedge reader
    BARCODE = "barcode"  #: a barcode / QR code typed by a scanner (maybe a registry id)


class KeyTagState(enum.StrEnum):
    """Verdict on a Mileo key tag (see :mod:`mileo_desk.devices.keytag`)."""

    VALID = "valid"  #: MAC verified and bound to this very tag's UID
    COPIED = "copied"  #: genuine content, written for another tag's UID
    FORGED = "forged"  #: the MAC does not match the content
    UNVERIFIABLE = "unverifiable"  #: no key on this station, or written by another installation
    NOT_KEY_TAG = "not_key_tag"  #: no Mileo key-tag record on the tag


@dataclass(frozen=True)
class KeyTagCheck:
    """Result of checking the key-tag record of an NFC tag.

    ``registry_id`` is what the tag *claims*; trust it only when ``state`` is VALID
    (:attr:`ReadEvent.registry_id` is set only then).
    """

    state: KeyTagState
    registry_id: str | None = None
    reason_fr: str | None = None

    @property
    def is_suspicious(self) -> bool:
        """True for a copied or forged tag: the GUI must warn, never open the item silently."""
        return self.state in (KeyTagState.COPIED, KeyTagState.FORGED)


@dataclass(frozen=True)
class NdefRecordInfo:
    """One NDEF record, reduced to what can be shown and matched (no library object).

    ``type`` is the full record type (``urn:nfc:wkt:T``, ``urn:nfc:ext:…``, a MIME type);
    ``text`` is the decoded text of a Text record or the URI of a URI record, else None;
    ``payload_hex`` the raw payload (upper-case hex).
    """

    type: str
    name: str = ""
    text: str | None = None
    payload_hex: str = ""


def _mono() -> float:
    return time.monotonic()


@dataclass(frozen=True)
class ReadEvent:
    """Something was read: a card UID, an NFC tag, a scanned code.

    - ``uid``: upper-case hex without separators, or None (a scanned code has none).
      Never a guess: a short or empty response is a :class:`ReadFailed`, not a ReadEvent.
    - ``technology``: card or tag technology (``MIFARE Classic 1K``, ``NFC Forum Type 2
      (NXP NTAG213)``…), when known.
    - ``atr``: the PC/SC ATR, upper-case hex, for PC/SC reads.
    - ``ndef_records``: the NDEF records of an NFC tag.
    - ``registry_id``: a registry id that the read *proves* (a VALID key tag) or that a
      scanned code carries (``MILEO:<id>`` or a bare id on a printed tag).
    - ``key_tag``: the key-tag verdict of an NFC tag (None for other kinds).
    - ``text``: the raw code typed by a wedge reader or scanner (prefix/suffix removed).
    - ``ndef_error_fr``: why an NFC tag's NDEF content could not be decoded (malformed
      data: « contenu illisible »); the UID is still reported, ``ndef_records`` is empty.
    - ``at``: when, UTC; ``mono``: :func:`time.monotonic` at creation (latency measures).
    """

    reader: str
    family: DeviceFamily
    kind: ReadKind
    uid: str | None
    technology: str | None = None
    atr: str | None = None
    ndef_records: tuple[NdefRecordInfo, ...] = ()
    registry_id: str | None = None
    key_tag: KeyTagCheck | None = None
    text: str | None = None
    ndef_error_fr: str | None = None
    at: datetime = field(default_factory=utc_now)
    mono: float = field(default_factory=_mono, compare=False, repr=False)

    @property
    def lookup_key(self) -> str | None:
        """What a resolver should look up first: the proven/scanned registry id, else the UID."""
        return self.registry_id or self.uid


@dataclass(frozen=True)
class ReadFailed:
    """A read started (a card is on the reader) but gave nothing trustworthy."""

    reader: str
    family: DeviceFamily
    reason_fr: str
    at: datetime = field(default_factory=utc_now)
    mono: float = field(default_factory=_mono, compare=False, repr=False)


@dataclass(frozen=True)
class CardPresence:
    """A card / tag was put on (``present=True``) or taken off a reader."""

    reader: str
    family: DeviceFamily
    present: bool
    atr: str | None = None
    at: datetime = field(default_factory=utc_now)
    mono: float = field(default_factory=_mono, compare=False, repr=False)


@dataclass(frozen=True)
class ReaderStatus:
    """State of one reader, with a French reason when it is not PRESENT."""

    reader: str
    family: DeviceFamily
    state: DeviceState
    reason_fr: str | None = None
    at: datetime = field(default_factory=utc_now)


@dataclass(frozen=True)
class BackendStatus:
    """State of a whole family: PRESENT when its library and service work."""

    family: DeviceFamily
    state: DeviceState
    reason_fr: str | None = None
    at: datetime = field(default_factory=utc_now)


DeviceEvent = ReadEvent | ReadFailed | CardPresence | ReaderStatus | BackendStatus

#: a subscriber: called on the producing I/O thread (see the module docstring)
Subscriber = Callable[[DeviceEvent], None]
#: where a backend hands its events (the manager's dispatcher)
EventSink = Callable[[DeviceEvent], None]


# --------------------------------------------------------------------------- resolution


@runtime_checkable
class ReadResolution(Protocol):
    """What a read designates, as told by the resolver injected from outside.

    ``kind`` is ``"item"``, ``"person"`` or ``"unknown"``; ``uid`` the key looked up.
    The services' ``Resolution`` DTO (:class:`mileo_desk.services.dto.Resolution`) satisfies
    this protocol; the device layer never looks further into it (the CLI prints ``label``
    when the object has one).
    """

    @property
    def kind(self) -> str: ...

    @property
    def uid(self) -> str: ...


#: resolves a read to an item or a person (a DB lookup, done outside the device layer).
#: Called by :meth:`DeviceManager.resolve`, on the caller's thread.
Resolver = Callable[[ReadEvent], ReadResolution | None]


# --------------------------------------------------------------------------- families


@runtime_checkable
class ReaderBackend(Protocol):
    """A family of readers that discovers readers and reports reads on its own I/O thread.

    Implemented by :class:`~mileo_desk.devices.pcsc.PcscBackend`,
    :class:`~mileo_desk.devices.nfc.NfcBackend` and
    :class:`~mileo_desk.devices.simulated.SimulatedReader`.
    """

    @property
    def family(self) -> DeviceFamily: ...

    @property
    def name(self) -> str: ...

    def start(self, sink: EventSink) -> None:
        """Check the library gate and start the I/O thread; events go to *sink*."""

    def stop(self, timeout: float = 5.0) -> None:
        """Stop the I/O thread and wait for it (at most *timeout* seconds)."""

    def is_alive(self) -> bool:
        """True while the I/O thread runs."""

    def status(self) -> BackendStatus:
        """The family's last known status."""

    def readers(self) -> list[ReaderStatus]:
        """Last known status of every reader seen (thread-safe snapshot)."""


@runtime_checkable
class TagWriter(Protocol):
    """A family able to write Mileo key tags (NFC)."""

    def write_key_tag(self, registry_id: str, *, timeout: float | None = None) -> KeyTagWriteFuture:
        """Write a key tag for *registry_id* on the next (or current) tag presented."""


@dataclass(frozen=True)
class KeyTagWriteResult:
    """A key tag written and read back: the tag's UID and the registry id it now proves."""

    reader: str
    uid: str
    registry_id: str


class KeyTagWriteFuture(Protocol):
    """The subset of :class:`concurrent.futures.Future` a tag write returns."""

    def result(self, timeout: float | None = None) -> KeyTagWriteResult: ...

    def cancel(self) -> bool: ...

    def done(self) -> bool: ...

    def add_done_callback(self, fn: Callable[..., object]) -> None: ...


@runtime_checkable
class KeystrokeSource(Protocol):
    """Keyboard-wedge readers and scanners: fed keystrokes by the GUI (see :mod:`.wedge`)."""

    def feed(self, char: str, t: float) -> ReadEvent | None:
        """Feed one typed character at monotonic time *t* (seconds); a ReadEvent ends a burst."""

    def flush(self, t: float) -> ReadEvent | None:
        """Close a pending burst if the scanner sends no terminator (call on a short timer)."""

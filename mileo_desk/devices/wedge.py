"""Keyboard-wedge readers and barcode / QR scanners: tell a scanner burst from a person.

A wedge reader "types" what it reads: a UID in hex (or decimal), or the text of a code,
usually followed by Enter, a few milliseconds between keys. A person types 80–300 ms
apart. :class:`WedgeClassifier` is fed every typed character with its time (the GUI's
key event filter calls :meth:`~WedgeClassifier.feed` on the GUI thread) and returns a
:class:`~.protocols.ReadEvent` when a burst ends:

- every gap between keys of the burst is at most ``max_gap_s`` (default 40 ms);
- the burst has at least ``min_length`` characters (prefix/suffix excluded);
- it ends with a terminator (Enter or Tab by default); scanners configured without one need
  ``require_terminator=False`` and a burst then ends by :meth:`~WedgeClassifier.flush`
  after ``max_gap_s`` of silence (a fast typist's short word could then pass for a
  code, hence the default);
- an optional configured ``prefix`` / ``suffix`` (some readers add ``%`` … ``?``) must
  be present and is removed.

What the burst means:

- ``MILEO:<registry id>`` (the QR code printed on tags) or a bare registry id → a
  BARCODE read carrying ``registry_id``;
- a hex UID of 4, 7, 8 or 10 bytes (separators ``:`` ``-`` or spaces allowed) → a
  WEDGE_UID read with the normalised UID; decimal UIDs (``decimal_uid``) are converted;
- anything else → a BARCODE read with the raw ``text``.

A registry id made only of hex digits of a UID's length (``0A0B0C0D``) is read as a UID:
printed tags always carry the ``MILEO:`` prefix, which removes the ambiguity.

The classifier holds no Qt object and no thread: the events it returns are delivered by
:meth:`DeviceManager.feed_keystroke <mileo_desk.devices.manager.DeviceManager.feed_keystroke>`
on the feeding thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from ..domain.identifiers import compact, is_registry_id, is_uid
from .protocols import DeviceFamily, ReadEvent, ReadKind

#: what ends a burst: Enter (CR or LF) or Tab, the suffixes scanners are set up with
TERMINATORS = ("\r", "\n", "\t")
QR_PREFIX = "MILEO:"


@dataclass(frozen=True)
class WedgeConfig:
    """How to recognise a scanner.

    ``decimal_uid``: some wedge readers type the UID as a decimal number; ``"be"`` /
    ``"le"`` convert a 10-digit number to a 4-byte UID (big / little endian), ``"off"``
    keeps digits as a code. ``require_terminator``: see the module docstring.
    """

    max_gap_s: float = 0.040
    min_length: int = 4
    prefix: str = ""
    suffix: str = ""
    terminators: tuple[str, ...] = TERMINATORS
    require_terminator: bool = True
    decimal_uid: Literal["off", "be", "le"] = "off"
    reader_name: str = "Lecteur clavier"


@dataclass(frozen=True)
class Interpretation:
    """What a scanned text means."""

    kind: ReadKind
    uid: str | None
    registry_id: str | None
    text: str


def interpret(text: str, decimal_uid: Literal["off", "be", "le"] = "off") -> Interpretation:
    """Interpret the text typed by a wedge reader or scanner (see the module docstring)."""
    raw = text.strip()
    upper = raw.upper()
    if upper.startswith(QR_PREFIX):
        rid = upper[len(QR_PREFIX) :].strip()
        if is_registry_id(rid):
            return Interpretation(ReadKind.BARCODE, None, rid, raw)
        return Interpretation(ReadKind.BARCODE, None, None, raw)
    uid = compact(upper)
    if is_uid(uid, card_lengths_only=True):
        return Interpretation(ReadKind.WEDGE_UID, uid, None, raw)
    if decimal_uid != "off" and raw.isdigit() and len(raw) == 10:
        # 10 digits is no hex UID length (5 bytes): a 4-byte UID typed in decimal
        number = int(raw)
        if number < 2**32:
            uid = number.to_bytes(4, "big" if decimal_uid == "be" else "little").hex().upper()
            return Interpretation(ReadKind.WEDGE_UID, uid, None, raw)
    if is_registry_id(upper):
        return Interpretation(ReadKind.BARCODE, None, upper, raw)
    return Interpretation(ReadKind.BARCODE, None, None, raw)


class WedgeClassifier:
    """Feeds on (character, time) pairs; returns a ReadEvent when a scanner burst ends.

    Not thread-safe: feed it from one thread (the GUI thread's key filter).
    """

    family = DeviceFamily.WEDGE

    def __init__(self, config: WedgeConfig | None = None) -> None:
        self.config = config or WedgeConfig()
        self._chars: list[str] = []
        self._last: float | None = None
        self._burst_ok = True

    @property
    def pending(self) -> str:
        """The characters of the burst in progress (for a GUI that must hold them back)."""
        return "".join(self._chars)

    def reset(self) -> None:
        """Forget the burst in progress."""
        self._chars.clear()
        self._last = None
        self._burst_ok = True

    def feed(self, char: str, t: float) -> ReadEvent | None:
        """Feed one character typed at monotonic time *t* (seconds)."""
        cfg = self.config
        gap_too_long = self._last is not None and t - self._last > cfg.max_gap_s
        if gap_too_long:
            # what came before was typed by a person (or a finished burst without terminator)
            event = None if cfg.require_terminator else self._finish()
            self.reset()
            if event is not None and char in cfg.terminators:
                return event
            if event is not None:
                self._start(char, t)
                return event
        if char in cfg.terminators:
            event = self._finish() if self._chars else None
            self.reset()
            return event
        self._start(char, t)
        return None

    def flush(self, t: float) -> ReadEvent | None:
        """End a burst after silence (scanners without terminator); call on a timer."""
        if not self._chars or self._last is None or t - self._last <= self.config.max_gap_s:
            return None
        event = None if self.config.require_terminator else self._finish()
        self.reset()
        return event

    def _start(self, char: str, t: float) -> None:
        if len(char) != 1 or not char.isprintable():
            # a control key in the middle: not a scanner
            self._burst_ok = False
        self._chars.append(char)
        self._last = t

    def _finish(self) -> ReadEvent | None:
        cfg = self.config
        text = "".join(self._chars)
        if not self._burst_ok or len(self._chars) < 2:
            return None
        if cfg.prefix:
            if not text.startswith(cfg.prefix):
                return None
            text = text[len(cfg.prefix) :]
        if cfg.suffix:
            if not text.endswith(cfg.suffix):
                return None
            text = text[: -len(cfg.suffix)]
        text = text.strip()
        if len(text) < cfg.min_length:
            return None
        meaning = interpret(text, cfg.decimal_uid)
        return ReadEvent(
            reader=cfg.reader_name,
            family=DeviceFamily.WEDGE,
            kind=meaning.kind,
            uid=meaning.uid,
            registry_id=meaning.registry_id,
            text=meaning.text,
        )

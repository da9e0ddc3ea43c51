"""A virtual contactless card for vsmartcard's ``vpcd`` PC/SC reader driver.

Written from the vpcd protocol (HARDWARE_NOTES), standard library only:

- vpcd (loaded by ``pcscd``) listens on TCP ``CHANNELID`` (35963 → reader
  "Virtual PCD 00 00", 35964 → "Virtual PCD 00 01"). **Connecting is inserting the
  card; closing the connection is removing it.**
- Every message, both ways, is a 2-byte big-endian length and a payload. A 1-byte
  payload from vpcd is a control code: 0 power off, 1 power on, 2 reset, 4 "send your
  ATR" (answered with the ATR). Anything longer is a command APDU, answered with the
  response APDU (data + SW1 SW2).
- vpcd 0.8 writes length and payload separately: with Nagle and delayed ACKs every
  exchange would cost ~40 ms, so the card sets ``TCP_NODELAY`` and re-arms
  ``TCP_QUICKACK`` before each ``recv``.

The card plays what a contactless PC/SC reader shows for a card on its field: a chosen
ATR (PC/SC part 3 pseudo-ATR presets below) and the answer to the GET DATA pseudo-APDU
``FF CA 00 00 Le`` (the UID), with modes to exercise the error paths:

=============  ==============================================================
``normal``     UID + ``90 00``; ``6C xx`` if 0 < Le < length, ``62 82`` if Le > length
``strict-le``  like ``normal`` but ``Le = 00`` also gets ``6C xx`` (retry with Le)
``unsupported`` ``6A 81``
``fail``       ``63 00``
``short``      ``90 00`` without UID bytes
``die``        the card vanishes mid-APDU: after ``delay`` s the connection closes
               without an answer (vpcd then returns an empty response)
=============  ==============================================================

Command line (development, demos)::

    python -m drivers.virtual.vpcd_card --preset mifare-1k --uid 04A1B2C3 --port 35963

inserts the card until Ctrl-C (or ``--seconds``); ``--control`` reads ``insert``,
``remove``, ``tap`` and ``quit`` lines on stdin instead.
"""

from __future__ import annotations

import argparse
import contextlib
import socket
import struct
import sys
import threading
import time
from collections.abc import Sequence
from dataclasses import dataclass
from functools import reduce

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 35963

CTRL_POWER_OFF = 0
CTRL_POWER_ON = 1
CTRL_RESET = 2
CTRL_GET_ATR = 4

MODES = ("normal", "strict-le", "unsupported", "fail", "short", "die")
_PCSC_RID = bytes.fromhex("A000000306")


def storage_atr(standard: int, name: int) -> bytes:
    """PC/SC part 3 pseudo-ATR of a storage card (standard byte SS, card name C0 C1)."""
    body = bytes.fromhex("8F800180") + bytes.fromhex("4F0C") + _PCSC_RID + bytes([standard, name >> 8, name & 0xFF])
    body += bytes(4)
    return b"\x3b" + body + bytes([reduce(lambda a, b: a ^ b, body, 0)])


def iso14443_4_atr(historical: bytes) -> bytes:
    """PC/SC part 3 pseudo-ATR of an ISO 14443-4 card with these ATS historical bytes."""
    body = bytes([0x80 | len(historical), 0x80, 0x01]) + historical
    return b"\x3b" + body + bytes([reduce(lambda a, b: a ^ b, body, 0)])


@dataclass(frozen=True)
class Preset:
    """A card kind: its pseudo-ATR and a default UID."""

    atr: bytes
    uid: bytes
    label: str


PRESETS: dict[str, Preset] = {
    "mifare-1k": Preset(storage_atr(0x03, 0x0001), bytes.fromhex("A1B2C3D4"), "MIFARE Classic 1K"),
    "mifare-4k": Preset(storage_atr(0x03, 0x0002), bytes.fromhex("B1C2D3E4"), "MIFARE Classic 4K"),
    "ultralight": Preset(storage_atr(0x03, 0x0003), bytes.fromhex("04112233445566"), "MIFARE Ultralight"),
    "desfire": Preset(iso14443_4_atr(b"\x80"), bytes.fromhex("04A2B3C4D5E680"), "MIFARE DESFire"),
    "iclass": Preset(storage_atr(0x0A, 0x001A), bytes.fromhex("E012345678ABCDEF"), "HID iCLASS"),
    "felica": Preset(storage_atr(0x11, 0x003B), bytes.fromhex("012E4CD2A1B2C3D4"), "FeliCa"),
    "iso14443-4": Preset(iso14443_4_atr(bytes.fromhex("4A434F503331")), bytes.fromhex("08A1B2C3"), "JCOP"),
    "contact": Preset(bytes.fromhex("3B0214 50".replace(" ", "")), bytes.fromhex("DEADBEEF"), "contact card"),
}


def _recv_exact(sock: socket.socket, size: int) -> bytes | None:
    data = b""
    while len(data) < size:
        with contextlib.suppress(OSError, AttributeError):
            # Linux only; re-armed before every recv because the kernel clears it
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_QUICKACK, 1)
        try:
            chunk = sock.recv(size - len(data))
        except OSError:
            return None
        if not chunk:
            return None
        data += chunk
    return data


class VirtualCard:
    """One virtual card on one vpcd port; :meth:`insert` / :meth:`remove` it.

    Thread-safe; the card answers on its own daemon thread. ``apdus`` lists the
    command APDUs received (hex), for tests.
    """

    def __init__(
        self,
        uid: bytes | str | None = None,
        atr: bytes | str | None = None,
        *,
        preset: str = "mifare-1k",
        port: int = DEFAULT_PORT,
        host: str = DEFAULT_HOST,
        mode: str = "normal",
        delay: float = 0.0,
    ) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown mode {mode!r}; choose among {', '.join(MODES)}")
        base = PRESETS[preset]
        self.uid = bytes.fromhex(uid) if isinstance(uid, str) else (uid if uid is not None else base.uid)
        self.atr = bytes.fromhex(atr) if isinstance(atr, str) else (atr if atr is not None else base.atr)
        self.host = host
        self.port = port
        self.mode = mode
        self.delay = delay
        self.apdus: list[str] = []
        self.powered = False
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ control

    @property
    def inserted(self) -> bool:
        """True while the connection to vpcd is open."""
        return self._sock is not None

    def insert(self, timeout: float = 2.0) -> None:
        """Connect to vpcd (the card enters the field)."""
        with self._lock:
            if self._sock is not None:
                return
            sock = socket.create_connection((self.host, self.port), timeout=timeout)
            sock.settimeout(None)
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
            self._sock = sock
            self._thread = threading.Thread(
                target=self._serve, args=(sock,), name=f"vpcd-card-{self.port}", daemon=True
            )
            self._thread.start()

    def remove(self) -> None:
        """Close the connection (the card leaves the field) and wait for the card thread."""
        with self._lock:
            sock, self._sock = self._sock, None
            thread, self._thread = self._thread, None
        if sock is not None:
            with contextlib.suppress(OSError):
                sock.shutdown(socket.SHUT_RDWR)
            sock.close()
        if thread is not None and thread is not threading.current_thread():
            thread.join(2.0)

    def tap(self, hold: float = 0.5) -> None:
        """Insert, keep the card *hold* seconds, remove."""
        self.insert()
        time.sleep(hold)
        self.remove()

    def __enter__(self) -> VirtualCard:
        self.insert()
        return self

    def __exit__(self, *exc: object) -> None:
        self.remove()

    # ------------------------------------------------------------------ protocol

    def _serve(self, sock: socket.socket) -> None:
        while True:
            header = _recv_exact(sock, 2)
            if header is None:
                break
            (length,) = struct.unpack(">H", header)
            payload = _recv_exact(sock, length) if length else b""
            if payload is None:
                break
            if length == 1:
                answer = self._control(payload[0])
            else:
                answer = self._apdu(payload)
                if answer is None:  # "die": vanish without answering
                    self._vanish(sock)
                    return
            if answer is not None:
                try:
                    sock.sendall(struct.pack(">H", len(answer)) + answer)
                except OSError:
                    break
        self._forget(sock)

    def _vanish(self, sock: socket.socket) -> None:
        with self._lock:
            if self._sock is sock:
                self._sock = None
                self._thread = None
        with contextlib.suppress(OSError):
            sock.shutdown(socket.SHUT_RDWR)
        sock.close()

    def _forget(self, sock: socket.socket) -> None:
        with self._lock:
            if self._sock is sock:
                self._sock = None
                self._thread = None
                sock.close()

    def _control(self, code: int) -> bytes | None:
        if code == CTRL_GET_ATR:
            return self.atr
        if code == CTRL_POWER_OFF:
            self.powered = False
        elif code in (CTRL_POWER_ON, CTRL_RESET):
            self.powered = True
        return None

    def _apdu(self, apdu: bytes) -> bytes | None:
        self.apdus.append(apdu.hex().upper())
        if len(apdu) >= 4 and apdu[0] == 0xFF and apdu[1] == 0xCA:
            return self._get_data(apdu)
        if len(apdu) >= 4 and apdu[0] == 0xFF:
            return b"\x6a\x81"  # other reader pseudo-APDUs: function not supported
        return b"\x6d\x00"  # the card itself knows no instruction

    def _get_data(self, apdu: bytes) -> bytes | None:
        if self.delay:
            time.sleep(self.delay)
        if self.mode == "die":
            return None
        if apdu[2] != 0x00:
            return b"\x6a\x81"  # P1 = 01 (ATS historical bytes) is not offered
        le = apdu[4] if len(apdu) >= 5 else 0
        size = len(self.uid)
        if self.mode == "unsupported":
            return b"\x6a\x81"
        if self.mode == "fail":
            return b"\x63\x00"
        if self.mode == "short":
            return b"\x90\x00"
        if self.mode == "strict-le" and le != size:
            return bytes([0x6C, size])
        if le in (0, size):
            return self.uid + b"\x90\x00"
        if le < size:
            return bytes([0x6C, size])
        return self.uid + b"\x62\x82"


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """Insert a virtual card in vpcd from the command line."""
    parser = argparse.ArgumentParser(description="Carte virtuelle pour le lecteur vpcd (vsmartcard).")
    parser.add_argument("--preset", choices=sorted(PRESETS), default="mifare-1k")
    parser.add_argument("--uid", help="UID en hexadécimal (défaut : celui du préréglage)")
    parser.add_argument("--atr", help="ATR en hexadécimal (défaut : celui du préréglage)")
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="35963 = Virtual PCD 00 00, 35964 = 00 01")
    parser.add_argument("--mode", choices=MODES, default="normal")
    parser.add_argument("--delay", type=float, default=0.0, help="délai avant la réponse à GET DATA (s)")
    parser.add_argument("--seconds", type=float, help="retirer la carte après ce délai")
    parser.add_argument(
        "--control", action="store_true", help="lire insert / remove / tap [s] / quit sur l'entrée standard"
    )
    args = parser.parse_args(argv)
    card = VirtualCard(
        args.uid, args.atr, preset=args.preset, port=args.port, host=args.host, mode=args.mode, delay=args.delay
    )
    if args.control:
        print("ready", flush=True)
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            command = words[0]
            try:
                if command == "insert":
                    card.insert()
                elif command == "remove":
                    card.remove()
                elif command == "tap":
                    card.tap(float(words[1]) if len(words) > 1 else 0.5)
                elif command == "quit":
                    break
                print(f"ok {command}", flush=True)
            except OSError as exc:
                print(f"error {command}: {exc}", flush=True)
        card.remove()
        return 0
    try:
        card.insert()
    except OSError as exc:
        print(
            f"vpcd injoignable sur {args.host}:{args.port} ({exc}) : pcscd et vsmartcard-vpcd tournent-ils ?",
            file=sys.stderr,
        )
        return 1
    print(f"carte insérée sur le port {args.port} (UID {card.uid.hex().upper()})", flush=True)
    try:
        if args.seconds is not None:
            time.sleep(args.seconds)
        else:
            while card.inserted:
                time.sleep(0.2)
    except KeyboardInterrupt:
        pass
    card.remove()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

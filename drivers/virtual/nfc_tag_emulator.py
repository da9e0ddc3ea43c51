"""NFC Forum tags emulated on nfcpy's ``udp`` transport (standard library only).

nfcpy's ``udp`` driver (``nfc.ContactlessFrontend('udp:HOST:PORT')``) simulates the RF
link with one UDP datagram per frame: ASCII ``b"<bitrate+type> <hex>"`` (``b"106A 26"``),
and ``b"RFOFF"`` when the reader's field goes off. The reader sends to HOST:PORT; a tag
answers each datagram's sender. :class:`TagEmulator` owns one plain UDP socket on that
port and answers from a daemon thread with one of these tags, written from the NFC
Forum / ISO specifications:

- :class:`Type2Tag` — NXP NTAG213 (7-byte UID): ISO 14443-3A anticollision (cascade
  levels 1–2), READ (``30``), WRITE (``A2``), GET_VERSION (``60``), READ_SIG (``3C``);
  any other command makes it mute until re-selected, as a real tag;
- :class:`Type3Tag` — FeliCa with the NDEF system ``12FC``: Polling, Request Response,
  Request System Code, Check / Update (Read / Write Without Encryption) on services
  ``000B`` / ``0009`` with the NDEF attribute block;
- :class:`Type4Tag` — ISO 14443-4A: RATS → ATS, ISO-DEP I/R/S blocks (block numbers,
  chaining, R(NAK) presence checks, DESELECT) and the NDEF application ``D2760000850101``
  (SELECT by name / file id, READ BINARY, UPDATE BINARY; CC file ``E103``, NDEF file
  ``E104``).

A "removed" tag (:meth:`TagEmulator.remove`) ignores every datagram, like a tag out of
the field. Command line::

    python -m drivers.virtual.nfc_tag_emulator --type 2 --uid 04A1B2C3D4E5F6 --text "MILEO:CL-0042"

prints ``ready <port>`` once listening; ``--control`` reads ``present``, ``remove``,
``remove-after <frames>``, ``ndef``, ``set-ndef <hex>`` and ``quit`` lines on stdin (``ndef`` prints
``ndef <hex>``, the NDEF message the tag holds now).
"""

from __future__ import annotations

import argparse
import binascii
import contextlib
import socket
import struct
import sys
import threading
from collections.abc import Sequence
from functools import reduce

DEFAULT_HOST = "127.0.0.1"
DEFAULT_PORT = 54321


def _bcc(data: bytes) -> int:
    return reduce(lambda a, b: a ^ b, data, 0)


# --------------------------------------------------------------------------- NDEF helpers


def short_record(tnf: int, rtype: bytes, payload: bytes, *, first: bool = True, last: bool = True) -> bytes:
    """One NDEF record with the short-record layout (payload < 256 bytes)."""
    if len(payload) > 255:
        raise ValueError("short records carry at most 255 bytes")
    header = (0x80 if first else 0) | (0x40 if last else 0) | 0x10 | tnf
    return bytes([header, len(rtype), len(payload)]) + rtype + payload


def text_message(text: str, lang: str = "fr") -> bytes:
    """An NDEF message of one Text record (NFC Forum RTD Text, UTF-8)."""
    code = lang.encode("ascii")
    return short_record(0x01, b"T", bytes([len(code)]) + code + text.encode("utf-8"))


def uri_message(uri: str) -> bytes:
    """An NDEF message of one URI record (no abbreviation code)."""
    return short_record(0x01, b"U", b"\x00" + uri.encode("utf-8"))


# --------------------------------------------------------------------------- tags


class EmulatedTag:
    """Base of the emulated tags: ``handle`` returns the response frame, or None (silence)."""

    brty: tuple[str, ...] = ()
    label = "tag"

    def __init__(self, uid: bytes) -> None:
        self.uid = uid
        self.lock = threading.Lock()
        self.commands = 0

    def reset(self) -> None:
        """The field went off: back to the initial state (memory kept)."""

    def handle(self, brty: str, frame: bytes) -> bytes | None:
        """Answer one frame received at bit rate / technology *brty*."""
        raise NotImplementedError

    def ndef(self) -> bytes:
        """The NDEF message the tag holds now."""
        raise NotImplementedError

    def set_ndef(self, message: bytes) -> None:
        """Replace the NDEF message (as if written by another device)."""
        raise NotImplementedError


class _TypeA(EmulatedTag):
    """ISO 14443-3A states and anticollision, shared by Type 2 and Type 4A tags."""

    brty = ("106A",)
    atqa = b"\x44\x00"
    final_sak = 0x00

    def __init__(self, uid: bytes) -> None:
        if len(uid) not in (4, 7, 10):
            raise ValueError("an ISO 14443-A UID has 4, 7 or 10 bytes")
        super().__init__(uid)
        self.state = "IDLE"  # IDLE, READY, ACTIVE, HALT
        self._levels = self._cascade_levels(uid)

    @staticmethod
    def _cascade_levels(uid: bytes) -> list[bytes]:
        """The 5-byte answers (UID part + BCC) of each cascade level."""
        if len(uid) == 4:
            parts = [uid]
        elif len(uid) == 7:
            parts = [b"\x88" + uid[:3], uid[3:]]
        else:
            parts = [b"\x88" + uid[:3], b"\x88" + uid[3:6], uid[6:]]
        return [p + bytes([_bcc(p)]) for p in parts]

    def reset(self) -> None:
        self.state = "IDLE"

    def _anticollision(self, frame: bytes) -> bytes | None:
        """REQA/WUPA, SDD and SELECT; None if *frame* is not part of it."""
        if frame in (b"\x26", b"\x52"):
            if self.state == "HALT" and frame == b"\x26":
                return b""
            self.state = "READY"
            self._on_select_start()
            return self.atqa
        if len(frame) >= 2 and frame[0] in (0x93, 0x95, 0x97) and self.state in ("READY", "ACTIVE"):
            level = (0x93, 0x95, 0x97).index(frame[0])
            if level >= len(self._levels):
                return b""
            answer = self._levels[level]
            if frame[1] == 0x20:
                return answer
            if frame[1] == 0x70 and frame[2:7] == answer:
                last = level == len(self._levels) - 1
                if last:
                    self.state = "ACTIVE"
                    return bytes([self.final_sak])
                return bytes([0x04])  # cascade bit: UID not complete
            return b""
        return None

    def _on_select_start(self) -> None:
        """A new selection begins (the tag was re-powered or woken up)."""

    def handle(self, brty: str, frame: bytes) -> bytes | None:
        answer = self._anticollision(frame)
        if answer is not None:
            return answer or None
        if self.state != "ACTIVE":
            return None
        if frame == b"\x50\x00":  # HLTA
            self.state = "HALT"
            return None
        return self._command(frame)

    def _command(self, frame: bytes) -> bytes | None:
        raise NotImplementedError


class Type2Tag(_TypeA):
    """An NXP NTAG213: 45 pages of 4 bytes, 144 bytes of user memory (pages 4–39)."""

    label = "NTAG213"
    pages = 45
    user_pages = range(4, 40)
    version = bytes.fromhex("0004040201000F03")

    def __init__(self, uid: bytes, ndef: bytes = b"") -> None:
        super().__init__(uid)
        self.memory = bytearray(self.pages * 4)
        if len(uid) == 7:
            self.memory[0:3] = uid[0:3]
            self.memory[3] = 0x88 ^ _bcc(uid[0:3])
            self.memory[4:8] = uid[3:7]
            self.memory[8] = _bcc(uid[3:7])
        else:
            self.memory[0:4] = uid[:4]
        self.memory[9] = 0x48
        self.memory[12:16] = bytes([0xE1, 0x10, len(self.user_pages) * 4 // 8, 0x00])  # CC
        self.memory[160:164] = bytes([0x00, 0x00, 0x00, 0xBD])  # dynamic lock
        self.memory[164:168] = bytes([0x04, 0x00, 0x00, 0xFF])  # CFG0: AUTH0 = FF (no password)
        self.memory[168:172] = bytes([0x00, 0x05, 0x00, 0x00])  # CFG1
        self.set_ndef(ndef)

    def set_ndef(self, message: bytes) -> None:
        tlv = (
            bytes([0x03, len(message)]) + message
            if len(message) < 255
            else (b"\x03\xff" + struct.pack(">H", len(message)) + message)
        )
        tlv += b"\xfe"
        start, end = self.user_pages.start * 4, self.user_pages.stop * 4
        if len(tlv) > end - start:
            raise ValueError("NDEF message too large for an NTAG213")
        with self.lock:
            self.memory[start:end] = tlv + bytes(end - start - len(tlv))

    def ndef(self) -> bytes:
        with self.lock:
            data = bytes(self.memory[16 : self.user_pages.stop * 4])
        pos = 0
        while pos < len(data):
            tag = data[pos]
            if tag == 0x00:
                pos += 1
                continue
            if tag == 0xFE:
                break
            length = data[pos + 1]
            header = 2
            if length == 0xFF:
                length = struct.unpack(">H", data[pos + 2 : pos + 4])[0]
                header = 4
            if tag == 0x03:
                return data[pos + header : pos + header + length]
            pos += header + length
        return b""

    def _command(self, frame: bytes) -> bytes | None:
        cmd = frame[0]
        if cmd == 0x30 and len(frame) == 2:  # READ: 4 pages, rolling over to page 0
            page = frame[1]
            if page >= self.pages:
                return b"\x00"  # NAK
            with self.lock:
                data = bytes(self.memory[page * 4 : page * 4 + 16])
                if len(data) < 16:
                    data += bytes(self.memory[: 16 - len(data)])
            return data
        if cmd == 0xA2 and len(frame) == 6:  # WRITE one page
            page = frame[1]
            with self.lock:
                if page == 3:
                    for i in range(4):  # the capability container is one-time programmable
                        self.memory[12 + i] |= frame[2 + i]
                    return b"\x0a"
                if page < 4 or page >= self.pages - 2:  # UID/lock pages, PWD/PACK
                    return b"\x00"
                self.memory[page * 4 : page * 4 + 4] = frame[2:6]
            return b"\x0a"  # ACK
        if cmd == 0x60 and len(frame) == 1:
            return self.version
        if cmd == 0x3C and len(frame) == 2:
            return bytes(32)  # no originality signature in a virtual tag
        # unknown command (e.g. Ultralight C's AUTHENTICATE 1A): a real tag goes mute
        self.state = "IDLE"
        return None


class Type4Tag(_TypeA):
    """An ISO 14443-4A tag with the NFC Forum Type 4 NDEF application (mapping 2.0)."""

    label = "Type 4A"
    atqa = b"\x44\x03"
    final_sak = 0x20
    ndef_aid = bytes.fromhex("D2760000850101")
    cc_fid = b"\xe1\x03"
    ndef_fid = b"\xe1\x04"
    ndef_size = 1024
    max_le = 0xF0
    max_lc = 0xF0
    #: ATS: TL, T0 (TA TB TC present, FSCI 8 = 256 bytes), TA, TB (FWI 8 ≈ 77 ms), TC, historical 80
    ats = bytes.fromhex("0678808000") + b"\x80"

    def __init__(self, uid: bytes, ndef: bytes = b"") -> None:
        super().__init__(uid)
        self.file = bytearray(self.ndef_size)
        self.cc = (
            struct.pack(">HBHH", 15, 0x20, self.max_le, self.max_lc)
            + b"\x04\x06"
            + self.ndef_fid
            + struct.pack(">H", self.ndef_size)
            + b"\x00\x00"
        )
        self.set_ndef(ndef)
        self._on_select_start()

    def _on_select_start(self) -> None:
        self.protocol = False  # ISO-DEP active (after RATS)
        self.block = 1  # the PICC's current block number (answers take the PCD's)
        self.last: bytes | None = None
        self.chained = bytearray()
        self.selected_app = False
        self.selected: bytes | None = None

    def set_ndef(self, message: bytes) -> None:
        if len(message) + 2 > self.ndef_size:
            raise ValueError("NDEF message too large")
        with self.lock:
            self.file[:] = struct.pack(">H", len(message)) + message + bytes(self.ndef_size - 2 - len(message))

    def ndef(self) -> bytes:
        with self.lock:
            (length,) = struct.unpack(">H", self.file[:2])
            return bytes(self.file[2 : 2 + length])

    def _command(self, frame: bytes) -> bytes | None:
        if not self.protocol:
            if frame[0] == 0xE0 and len(frame) == 2:  # RATS
                self.protocol = True
                return self.ats
            self.state = "IDLE"
            return None
        pcb = frame[0]
        if pcb & 0xE2 == 0x02:  # I-block (PCB 000x xx1x)
            number = pcb & 0x01
            self.chained += frame[1:]
            if pcb & 0x10:  # chaining: acknowledge, wait for the rest
                self.block = number
                self.last = bytes([0xA2 | number])
                return self.last
            apdu, self.chained = bytes(self.chained), bytearray()
            self.block = number
            self.last = bytes([0x02 | number]) + self._apdu(apdu)
            return self.last
        if pcb & 0xE6 == 0xA2:  # R-block
            number = pcb & 0x01
            if pcb & 0x10:  # R(NAK): presence check or lost answer
                if number == self.block and self.last is not None:
                    return self.last
                return bytes([0xA2 | self.block])
            return bytes([0xA2 | self.block])
        if pcb & 0xF7 == 0xC2:  # S(DESELECT)
            self.state = "HALT"
            self._on_select_start()
            return bytes([0xC2])
        return None

    def _apdu(self, apdu: bytes) -> bytes:
        if len(apdu) < 4:
            return b"\x67\x00"
        cla, ins, p1, p2 = apdu[:4]
        body = apdu[4:]
        if cla != 0x00:
            return b"\x6e\x00"
        if ins == 0xA4:  # SELECT
            lc = body[0] if body else 0
            data = body[1 : 1 + lc]
            if p1 == 0x04:
                self.selected_app = data == self.ndef_aid
                self.selected = None
                return b"\x90\x00" if self.selected_app else b"\x6a\x82"
            if p1 == 0x00 and self.selected_app and data in (self.cc_fid, self.ndef_fid):
                self.selected = data
                return b"\x90\x00"
            return b"\x6a\x82"
        if ins == 0xB0:  # READ BINARY
            if self.selected is None:
                return b"\x69\x86"
            offset = p1 << 8 | p2
            le = body[0] if body else 0
            le = le or 256
            with self.lock:
                source = self.cc if self.selected == self.cc_fid else bytes(self.file)
            if offset > len(source):
                return b"\x6b\x00"
            return source[offset : offset + min(le, self.max_le)] + b"\x90\x00"
        if ins == 0xD6:  # UPDATE BINARY
            if self.selected != self.ndef_fid:
                return b"\x69\x86" if self.selected is None else b"\x69\x82"
            offset = p1 << 8 | p2
            lc = body[0] if body else 0
            data = body[1 : 1 + lc]
            if offset + len(data) > self.ndef_size:
                return b"\x6b\x00"
            with self.lock:
                self.file[offset : offset + len(data)] = data
            return b"\x90\x00"
        return b"\x6d\x00"


class Type3Tag(EmulatedTag):
    """A FeliCa tag with the NFC Forum Type 3 NDEF system (system code 12FC)."""

    brty = ("212F", "424F")
    label = "Type 3"
    system_code = b"\x12\xfc"
    #: PMm: IC code FF (no specific FeliCa product), slow timing parameters so that the
    #: reader's timeouts stay generous on a loaded machine
    pmm = bytes.fromhex("00FF FFFFFFFFFFFF".replace(" ", ""))
    nbr = 4
    nbw = 4
    nmaxb = 16

    def __init__(self, uid: bytes, ndef: bytes = b"") -> None:
        if len(uid) != 8:
            raise ValueError("a FeliCa IDm has 8 bytes")
        if uid[:2] == b"\x01\xfe":
            raise ValueError("an IDm starting with 01 FE announces NFC-DEP, not a tag")
        super().__init__(uid)
        self.blocks = [bytearray(16) for _ in range(self.nmaxb + 1)]
        self.set_ndef(ndef)

    def _attribute(self, length: int, writing: bool = False) -> bytes:
        block = bytearray(16)
        block[0:5] = struct.pack(">BBBH", 0x10, self.nbr, self.nbw, self.nmaxb)
        block[9] = 0x0F if writing else 0x00
        block[10] = 0x01  # read/write
        block[11:14] = struct.pack(">I", length)[1:]
        block[14:16] = struct.pack(">H", sum(block[0:14]))
        return bytes(block)

    def set_ndef(self, message: bytes) -> None:
        if len(message) > self.nmaxb * 16:
            raise ValueError("NDEF message too large")
        padded = message + bytes(-len(message) % 16)
        with self.lock:
            self.blocks[0][:] = self._attribute(len(message))
            for i in range(self.nmaxb):
                chunk = padded[i * 16 : i * 16 + 16]
                self.blocks[i + 1][:] = chunk + bytes(16 - len(chunk))

    def ndef(self) -> bytes:
        with self.lock:
            length = struct.unpack(">I", b"\x00" + bytes(self.blocks[0][11:14]))[0]
            data = b"".join(bytes(b) for b in self.blocks[1:])
        return data[:length]

    def handle(self, brty: str, frame: bytes) -> bytes | None:
        if len(frame) < 2 or frame[0] != len(frame):
            return None
        code = frame[1]
        if code == 0x00 and len(frame) == 6:  # Polling
            wanted = frame[2:4]
            if not all(w in (0xFF, s) for w, s in zip(wanted, self.system_code, strict=True)):
                return None
            answer = b"\x01" + self.uid + self.pmm
            if frame[4] == 0x01:
                answer += self.system_code
            return bytes([len(answer) + 1]) + answer
        if len(frame) < 10 or frame[2:10] != self.uid:
            return None
        body = frame[10:]
        if code == 0x04:  # Request Response
            return self._answer(0x05, b"\x00")
        if code == 0x0C:  # Request System Code
            return self._answer(0x0D, b"\x01" + self.system_code)
        if code == 0x06:
            return self._answer(0x07, self._check(body))
        if code == 0x08:
            return self._answer(0x09, self._update(body))
        return None

    def _answer(self, code: int, data: bytes) -> bytes:
        return bytes([len(data) + 10, code]) + self.uid + data

    @staticmethod
    def _parse(body: bytes) -> tuple[list[int], list[int], bytes] | None:
        """Service codes, block numbers and trailing data of a Check / Update command."""
        try:
            count = body[0]
            services = [struct.unpack("<H", body[1 + 2 * i : 3 + 2 * i])[0] for i in range(count)]
            pos = 1 + 2 * count
            nblocks = body[pos]
            pos += 1
            blocks: list[int] = []
            for _ in range(nblocks):
                head = body[pos]
                if head & 0x80:
                    blocks.append(body[pos + 1])
                    pos += 2
                else:
                    blocks.append(body[pos + 1] | body[pos + 2] << 8)
                    pos += 3
        except (IndexError, struct.error):
            return None
        return services, blocks, body[pos:]

    def _check(self, body: bytes) -> bytes:
        parsed = self._parse(body)
        if parsed is None:
            return b"\xff\xa1"
        services, blocks, _ = parsed
        if not services or any(s not in (0x000B, 0x0009) for s in services):
            return b"\xff\xa1"
        if not 1 <= len(blocks) <= 15 or any(b > self.nmaxb for b in blocks):
            return b"\xff\xa2"
        with self.lock:
            data = b"".join(bytes(self.blocks[b]) for b in blocks)
        return b"\x00\x00" + bytes([len(blocks)]) + data

    def _update(self, body: bytes) -> bytes:
        parsed = self._parse(body)
        if parsed is None:
            return b"\xff\xa1"
        services, blocks, data = parsed
        if not services or any(s != 0x0009 for s in services):
            return b"\xff\xa1"
        if len(data) != 16 * len(blocks) or any(b > self.nmaxb for b in blocks):
            return b"\xff\xa2"
        with self.lock:
            for i, number in enumerate(blocks):
                self.blocks[number][:] = data[i * 16 : i * 16 + 16]
        return b"\x00\x00"


TAG_TYPES: dict[str, type[EmulatedTag]] = {"2": Type2Tag, "3": Type3Tag, "4": Type4Tag}
DEFAULT_UIDS = {"2": "04A1B2C3D4E5F6", "3": "03FE0102A1B2C3D4", "4": "04C1D2E3F40506"}


# --------------------------------------------------------------------------- transport


class TagEmulator:
    """Serves one emulated tag on a UDP port for nfcpy's ``udp`` reader.

    ``port=0`` picks a free port (read :attr:`port` after :meth:`start`); the reader
    path is then :attr:`path` (``udp:127.0.0.1:<port>``).
    """

    def __init__(self, tag: EmulatedTag, *, host: str = DEFAULT_HOST, port: int = DEFAULT_PORT) -> None:
        self.tag = tag
        self.host = host
        self.port = port
        self.present = True
        #: frames still answered before the tag leaves the field (None: stays)
        self.leave_after: int | None = None
        self._sock: socket.socket | None = None
        self._thread: threading.Thread | None = None

    @property
    def path(self) -> str:
        """The nfcpy device path of this emulator."""
        return f"udp:{self.host}:{self.port}"

    def start(self) -> TagEmulator:
        """Bind the UDP socket and serve from a daemon thread."""
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind((self.host, self.port))
        self.port = sock.getsockname()[1]
        self._sock = sock
        self._thread = threading.Thread(target=self._serve, args=(sock,), name=f"nfc-tag-{self.port}", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        """Close the socket and wait for the serving thread."""
        sock, self._sock = self._sock, None
        if sock is not None:
            with contextlib.suppress(OSError):
                # wake the blocking recvfrom with an empty datagram, then close
                sock.sendto(b"", sock.getsockname())
        if self._thread is not None:
            self._thread.join(2.0)
            self._thread = None
        if sock is not None:
            sock.close()

    def remove(self) -> None:
        """Take the tag out of the field: it stops answering and loses its session."""
        with self.tag.lock:
            self.present = False
        self.tag.reset()

    def put_back(self) -> None:
        """Bring the tag back into the field."""
        self.tag.reset()
        with self.tag.lock:
            self.leave_after = None
            self.present = True

    def remove_after(self, frames: int) -> None:
        """Answer *frames* more frames, then leave the field (a tag pulled mid-read)."""
        with self.tag.lock:
            self.leave_after = frames

    def __enter__(self) -> TagEmulator:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def _serve(self, sock: socket.socket) -> None:
        while self._sock is sock:
            try:
                datagram, sender = sock.recvfrom(4096)
            except OSError:
                return
            if not datagram or self._sock is not sock:
                continue
            answer = self._answer(datagram)
            if answer is not None:
                with contextlib.suppress(OSError):
                    sock.sendto(answer, sender)

    def _answer(self, datagram: bytes) -> bytes | None:
        if not self.present:
            return None
        if datagram.startswith(b"RFOFF"):
            self.tag.reset()
            return None
        try:
            brty_raw, hexdata = datagram.split()
            frame = binascii.unhexlify(hexdata)
            brty = brty_raw.decode("ascii")
        except (ValueError, binascii.Error):
            return None
        if brty not in self.tag.brty:
            return None
        if self.leave_after is not None:
            if self.leave_after <= 0:
                self.remove()
                return None
            self.leave_after -= 1
        self.tag.commands += 1
        response = self.tag.handle(brty, frame)
        if response is None:
            return None
        return brty_raw + b" " + binascii.hexlify(response)


def make_tag(kind: str, uid: str | None = None, ndef: bytes = b"") -> EmulatedTag:
    """A tag of type ``"2"``, ``"3"`` or ``"4"`` with *uid* (hex) and an NDEF message."""
    cls = TAG_TYPES[kind]
    return cls(bytes.fromhex(uid or DEFAULT_UIDS[kind]), ndef)  # type: ignore[call-arg]


# --------------------------------------------------------------------------- command line


def main(argv: Sequence[str] | None = None) -> int:
    """Serve an emulated tag from the command line."""
    parser = argparse.ArgumentParser(description="Étiquette NFC émulée pour le transport udp de nfcpy.")
    parser.add_argument("--type", choices=sorted(TAG_TYPES), default="2", help="type NFC Forum (2, 3 ou 4)")
    parser.add_argument("--uid", help="UID (IDm pour le type 3) en hexadécimal")
    content = parser.add_mutually_exclusive_group()
    content.add_argument("--ndef-hex", help="message NDEF en hexadécimal")
    content.add_argument("--text", help="un enregistrement Text")
    content.add_argument("--uri", help="un enregistrement URI")
    parser.add_argument("--host", default=DEFAULT_HOST)
    parser.add_argument("--port", type=int, default=DEFAULT_PORT, help="0 = port libre au hasard")
    parser.add_argument("--absent", action="store_true", help="démarrer avec l'étiquette hors du champ")
    parser.add_argument("--control", action="store_true", help="commandes sur l'entrée standard")
    args = parser.parse_args(argv)
    if args.ndef_hex is not None:
        message = bytes.fromhex(args.ndef_hex)
    elif args.text is not None:
        message = text_message(args.text)
    elif args.uri is not None:
        message = uri_message(args.uri)
    else:
        message = b""
    emulator = TagEmulator(make_tag(args.type, args.uid, message), host=args.host, port=args.port)
    if args.absent:
        emulator.present = False
    emulator.start()
    print(f"ready {emulator.port}", flush=True)
    try:
        if not args.control:
            threading.Event().wait()
        for line in sys.stdin:
            words = line.split()
            if not words:
                continue
            command = words[0]
            if command == "present":
                emulator.put_back()
            elif command == "remove":
                emulator.remove()
            elif command == "remove-after":
                emulator.remove_after(int(words[1]))
            elif command == "ndef":
                print(f"ndef {emulator.tag.ndef().hex().upper()}", flush=True)
                continue
            elif command == "set-ndef":
                emulator.tag.set_ndef(bytes.fromhex(words[1] if len(words) > 1 else ""))
            elif command == "quit":
                break
            else:
                print(f"error unknown command {command}", flush=True)
                continue
            print(f"ok {command}", flush=True)
    except KeyboardInterrupt:
        pass
    finally:
        emulator.stop()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

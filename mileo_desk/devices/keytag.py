"""Mileo key tags: an NFC tag carrying an item's registry id, sealed to that very tag.

A key tag holds an NDEF message of two records:

1. an NFC Forum **external record** of type ``urn:nfc:ext:mileo.desk:keytag`` whose
   payload is (all lengths are one byte)::

       version (01) | key id (4) | uid length | uid | id length | registry id (UTF-8) | MAC (16)

   ``MAC = HMAC-SHA256(key, "mileo-desk/keytag/1" 00 | uid length | uid | id length | id)``
   truncated to 16 bytes. The key is per installation (:class:`KeyProvider`), the key id
   the first 4 bytes of ``SHA-256("mileo-desk/keytag/key-id" | key)``: it tells "written
   by another installation" apart from "forged" without revealing the key;
2. a **Text record** ``MILEO:<registry id>`` so that a phone shows what the tag is (the
   same text as the QR code printed on the tag; it is not trusted by the app).

Verdicts (:class:`~.protocols.KeyTagState`):

- VALID: the MAC verifies and the UID bound in the record is the tag's UID;
- COPIED: the MAC verifies but the bound UID is another tag's (content cloned onto a
  blank tag: a cloned *UID* is beyond what a software check can see);
- FORGED: a record with this installation's key id whose MAC does not verify, or a
  malformed record;
- UNVERIFIABLE: another installation's key id, or no key on this station.

The key lives in the operating system's keyring (service ``mileo-desk``), never in a file
or a log; tests inject one with :class:`StaticKeyProvider`.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import re
import secrets
import threading
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Protocol

from . import messages as msg
from .protocols import KeyTagCheck, KeyTagState, NdefRecordInfo

log = logging.getLogger("mileo_desk.devices.keytag")

RECORD_TYPE = "urn:nfc:ext:mileo.desk:keytag"
TEXT_PREFIX = "MILEO:"
VERSION = 1
MAC_LEN = 16
KEY_ID_LEN = 4
KEY_LEN = 32
_MAC_LABEL = b"mileo-desk/keytag/1\x00"
_KEY_ID_LABEL = b"mileo-desk/keytag/key-id"
#: same rule as the registry (domain.text): letters, digits, dashes, 3–32 characters
REGISTRY_ID_RE = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,31}$")

KEYRING_SERVICE = "mileo-desk"
KEYRING_USERNAME = "nfc-keytag-key"


class KeyUnavailable(Exception):
    """No key can be had (no keyring, no key yet); ``reason_fr`` says why, in French."""

    def __init__(self, reason_fr: str) -> None:
        super().__init__(reason_fr)
        self.reason_fr = reason_fr


class KeyTagError(Exception):
    """A key tag could not be written; ``reason_fr`` says why, in French."""

    def __init__(self, reason_fr: str) -> None:
        super().__init__(reason_fr)
        self.reason_fr = reason_fr


# --------------------------------------------------------------------------- keys


class KeyProvider(Protocol):
    """Where the per-installation key-tag key comes from."""

    def get_key(self) -> bytes | None:
        """The key, or None if none was created yet. Raises :class:`KeyUnavailable`."""

    def get_or_create_key(self) -> bytes:
        """The key, created (and stored) on first use. Raises :class:`KeyUnavailable`."""


class StaticKeyProvider:
    """A key given in memory (tests, or a key unlocked by other means)."""

    def __init__(self, key: bytes | None) -> None:
        if key is not None and len(key) < 16:
            raise ValueError("a key-tag key has at least 16 bytes")
        self._key = key

    def get_key(self) -> bytes | None:
        """The key given at construction."""
        return self._key

    def get_or_create_key(self) -> bytes:
        """The key given at construction; creates a random one in memory if none."""
        if self._key is None:
            self._key = secrets.token_bytes(KEY_LEN)
        return self._key


class KeyringKeyProvider:
    """The key kept in the OS keyring (Secret Service, Keychain, Credential Locker).

    On a machine without a usable keyring, ``keyring`` falls back to ``fail.Keyring``:
    that is reported as :class:`KeyUnavailable`, never worked around with a plaintext
    store. The key is cached in memory once read.
    """

    def __init__(self, service: str = KEYRING_SERVICE, username: str = KEYRING_USERNAME) -> None:
        self.service = service
        self.username = username
        self._key: bytes | None = None
        self._lock = threading.Lock()

    def _backend(self) -> object:
        try:
            import keyring
            from keyring.backends import fail
        except ImportError as exc:
            raise KeyUnavailable(msg.KEYRING_UNAVAILABLE.format(detail="module keyring absent")) from exc
        backend = keyring.get_keyring()
        if isinstance(backend, fail.Keyring):
            raise KeyUnavailable(msg.KEYRING_UNAVAILABLE.format(detail="aucun trousseau sur ce poste"))
        return backend

    def _read(self) -> bytes | None:
        import keyring.errors

        backend = self._backend()
        try:
            stored = backend.get_password(self.service, self.username)  # type: ignore[attr-defined]
        except keyring.errors.KeyringError as exc:
            raise KeyUnavailable(msg.KEYRING_UNAVAILABLE.format(detail=type(exc).__name__)) from exc
        if not stored:
            return None
        try:
            key = base64.b64decode(str(stored), validate=True)
        except ValueError as exc:
            raise KeyUnavailable(msg.KEYRING_UNAVAILABLE.format(detail="clé illisible")) from exc
        return key if len(key) >= 16 else None

    def get_key(self) -> bytes | None:
        """The key from the keyring, or None if it was never created."""
        with self._lock:
            if self._key is None:
                self._key = self._read()
            return self._key

    def get_or_create_key(self) -> bytes:
        """The key from the keyring, created with 32 random bytes on first use."""
        import keyring.errors

        with self._lock:
            if self._key is None:
                self._key = self._read()
            if self._key is None:
                key = secrets.token_bytes(KEY_LEN)
                backend = self._backend()
                try:
                    backend.set_password(  # type: ignore[attr-defined]
                        self.service, self.username, base64.b64encode(key).decode("ascii")
                    )
                except keyring.errors.KeyringError as exc:
                    raise KeyUnavailable(msg.KEYRING_UNAVAILABLE.format(detail=type(exc).__name__)) from exc
                log.info("created the key-tag key of this installation in the keyring")
                self._key = key
            return self._key


# --------------------------------------------------------------------------- format


def key_id(key: bytes) -> bytes:
    """The public 4-byte identifier of *key*."""
    return hashlib.sha256(_KEY_ID_LABEL + key).digest()[:KEY_ID_LEN]


def normalize_registry_id(value: str) -> str:
    """Upper-case, stripped registry id; raises :class:`KeyTagError` if malformed."""
    text = value.strip().upper()
    if not REGISTRY_ID_RE.match(text):
        raise KeyTagError(msg.REGISTRY_ID_INVALID)
    return text


def _mac(key: bytes, uid: bytes, registry_id: bytes) -> bytes:
    data = _MAC_LABEL + bytes([len(uid)]) + uid + bytes([len(registry_id)]) + registry_id
    return hmac.new(key, data, hashlib.sha256).digest()[:MAC_LEN]


def build_payload(registry_id: str, uid: bytes, key: bytes) -> bytes:
    """The external record's payload binding *registry_id* to the tag *uid*."""
    rid = normalize_registry_id(registry_id).encode("ascii")
    if not 1 <= len(uid) <= 16:
        raise KeyTagError(msg.KEYTAG_MALFORMED)
    return bytes([VERSION]) + key_id(key) + bytes([len(uid)]) + uid + bytes([len(rid)]) + rid + _mac(key, uid, rid)


@dataclass(frozen=True)
class ParsedPayload:
    """The fields of a key-tag payload (not verified)."""

    version: int
    key_id: bytes
    uid: bytes
    registry_id: str
    mac: bytes


def parse_payload(payload: bytes) -> ParsedPayload | None:
    """Split a payload into fields, None if it is malformed."""
    try:
        version = payload[0]
        kid = payload[1 : 1 + KEY_ID_LEN]
        pos = 1 + KEY_ID_LEN
        uid_len = payload[pos]
        uid = payload[pos + 1 : pos + 1 + uid_len]
        pos += 1 + uid_len
        rid_len = payload[pos]
        rid = payload[pos + 1 : pos + 1 + rid_len]
        pos += 1 + rid_len
        mac = payload[pos:]
    except IndexError:
        return None
    if (
        version != VERSION
        or len(kid) != KEY_ID_LEN
        or len(uid) != uid_len
        or len(rid) != rid_len
        or len(mac) != MAC_LEN
    ):
        return None
    try:
        registry_id = rid.decode("ascii")
    except UnicodeDecodeError:
        return None
    return ParsedPayload(version, bytes(kid), bytes(uid), registry_id, bytes(mac))


def build_records(registry_id: str, uid: bytes, key: bytes) -> list[object]:
    """The ``ndef`` records to write on a tag (external key-tag record + Text record).

    Needs ``ndeflib`` (installed with nfcpy).
    """
    import ndef

    payload = build_payload(registry_id, uid, key)
    rid = normalize_registry_id(registry_id)
    return [ndef.Record(RECORD_TYPE, "", payload), ndef.TextRecord(TEXT_PREFIX + rid, "fr")]


def build_message(registry_id: str, uid: bytes, key: bytes) -> bytes:
    """The NDEF message bytes of a key tag (for emulators and tests)."""
    import ndef

    return b"".join(ndef.message_encoder(build_records(registry_id, uid, key)))


def verify_payload(payload: bytes, uid: bytes, keys: KeyProvider | None) -> KeyTagCheck:
    """Check a key-tag payload read from the tag whose UID is *uid*."""
    parsed = parse_payload(payload)
    if parsed is None:
        return KeyTagCheck(KeyTagState.FORGED, None, msg.KEYTAG_MALFORMED)
    claimed = parsed.registry_id
    try:
        key = keys.get_key() if keys is not None else None
    except KeyUnavailable as exc:
        return KeyTagCheck(KeyTagState.UNVERIFIABLE, claimed, exc.reason_fr)
    if key is None:
        return KeyTagCheck(KeyTagState.UNVERIFIABLE, claimed, msg.KEYTAG_NO_KEY)
    if not hmac.compare_digest(parsed.key_id, key_id(key)):
        return KeyTagCheck(KeyTagState.UNVERIFIABLE, claimed, msg.KEYTAG_OTHER_INSTALLATION)
    expected = _mac(key, parsed.uid, parsed.registry_id.encode("ascii"))
    if not hmac.compare_digest(parsed.mac, expected) or not REGISTRY_ID_RE.match(claimed):
        return KeyTagCheck(KeyTagState.FORGED, claimed, msg.KEYTAG_FORGED)
    if not hmac.compare_digest(parsed.uid, uid):
        return KeyTagCheck(KeyTagState.COPIED, claimed, msg.KEYTAG_COPIED)
    return KeyTagCheck(KeyTagState.VALID, claimed, msg.KEYTAG_VALID)


def verify_records(records: Sequence[NdefRecordInfo], uid: str, keys: KeyProvider | None) -> KeyTagCheck:
    """Check the records of a tag (as :class:`NdefRecordInfo`) read with UID *uid* (hex)."""
    found = [r for r in records if r.type == RECORD_TYPE]
    if not found:
        return KeyTagCheck(KeyTagState.NOT_KEY_TAG)
    if len(found) > 1:
        # two seals on one tag: someone appended a record; refuse to pick one
        return KeyTagCheck(KeyTagState.FORGED, None, msg.KEYTAG_FORGED)
    try:
        payload = bytes.fromhex(found[0].payload_hex)
        uid_bytes = bytes.fromhex(uid)
    except ValueError:
        return KeyTagCheck(KeyTagState.FORGED, None, msg.KEYTAG_MALFORMED)
    return verify_payload(payload, uid_bytes, keys)


def records_info(records: Iterable[object]) -> tuple[NdefRecordInfo, ...]:
    """Reduce ``ndef`` library records to :class:`NdefRecordInfo` (text and URI decoded)."""
    out: list[NdefRecordInfo] = []
    for record in records:
        rtype = str(getattr(record, "type", ""))
        name = str(getattr(record, "name", ""))
        data = bytes(getattr(record, "data", b""))
        text: str | None = None
        if rtype == "urn:nfc:wkt:T":
            text = str(getattr(record, "text", "")) or None
        elif rtype == "urn:nfc:wkt:U":
            text = str(getattr(record, "iri", "")) or None
        out.append(NdefRecordInfo(type=rtype, name=name, text=text, payload_hex=data.hex().upper()))
    return tuple(out)


def decode_message(octets: bytes) -> tuple[NdefRecordInfo, ...]:
    """Decode an NDEF message (relaxed, like nfcpy) into :class:`NdefRecordInfo`."""
    import ndef

    return records_info(ndef.message_decoder(octets, errors="relax"))

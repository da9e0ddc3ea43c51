"""Key-tag format, verdicts and key providers (no reader involved)."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import keyring.backend
import pytest
from keyring.backends import fail

from mileo_desk.devices import keytag
from mileo_desk.devices import messages as msg
from mileo_desk.devices.keytag import KeyringKeyProvider, KeyTagError, KeyUnavailable, StaticKeyProvider
from mileo_desk.devices.protocols import KeyTagState, NdefRecordInfo

UID = bytes.fromhex("04A1B2C3D4E5F6")
KEY = bytes(range(32))


def records(payload: bytes) -> tuple[NdefRecordInfo, ...]:
    return (NdefRecordInfo(type=keytag.RECORD_TYPE, payload_hex=payload.hex().upper()),)


def test_payload_layout_and_round_trip() -> None:
    payload = keytag.build_payload("cl-0042", UID, KEY)
    parsed = keytag.parse_payload(payload)
    assert parsed is not None
    assert parsed.version == 1 and parsed.uid == UID and parsed.registry_id == "CL-0042"
    assert parsed.key_id == keytag.key_id(KEY) and len(parsed.mac) == 16
    assert len(payload) == 1 + 4 + 1 + 7 + 1 + 7 + 16
    check = keytag.verify_records(records(payload), UID.hex().upper(), StaticKeyProvider(KEY))
    assert check.state is KeyTagState.VALID and check.registry_id == "CL-0042"
    assert check.reason_fr == msg.KEYTAG_VALID


def test_message_fits_a_ntag213_with_the_longest_registry_id() -> None:
    message = keytag.build_message("A" * 32, bytes(10), KEY)
    assert len(message) <= 142  # 144 bytes of user memory minus the NDEF TLV header
    decoded = keytag.decode_message(message)
    assert decoded[1].text == "MILEO:" + "A" * 32


@pytest.mark.parametrize(
    ("mutate", "state"),
    [
        (lambda p: p[:-1] + bytes([p[-1] ^ 1]), KeyTagState.FORGED),  # MAC
        (lambda p: p.replace(b"CL-0042", b"CL-0043"), KeyTagState.FORGED),  # registry id
        (lambda p: p[:-3], KeyTagState.FORGED),  # truncated
        (lambda p: b"\x02" + p[1:], KeyTagState.FORGED),  # unknown version
        (lambda p: p + b"\x00", KeyTagState.FORGED),  # trailing byte
    ],
)
def test_tampering_is_forged(mutate: object, state: KeyTagState) -> None:
    payload = keytag.build_payload("CL-0042", UID, KEY)
    tampered = mutate(payload)  # type: ignore[operator]
    check = keytag.verify_records(records(tampered), UID.hex(), StaticKeyProvider(KEY))
    assert check.state is state and check.is_suspicious


def test_copy_on_another_uid_is_copied_and_a_swapped_uid_is_forged() -> None:
    payload = keytag.build_payload("CL-0042", UID, KEY)
    copied = keytag.verify_records(records(payload), "04FFFFFFFFFFFF", StaticKeyProvider(KEY))
    assert copied.state is KeyTagState.COPIED and copied.registry_id == "CL-0042"
    # rewriting the bound UID to the clone's UID breaks the MAC
    swapped = payload.replace(UID, bytes.fromhex("04FFFFFFFFFFFF"))
    forged = keytag.verify_records(records(swapped), "04FFFFFFFFFFFF", StaticKeyProvider(KEY))
    assert forged.state is KeyTagState.FORGED


def test_unverifiable_and_not_key_tag() -> None:
    payload = keytag.build_payload("CL-0042", UID, KEY)
    other = keytag.verify_records(records(payload), UID.hex(), StaticKeyProvider(b"\x07" * 32))
    assert other.state is KeyTagState.UNVERIFIABLE and other.reason_fr == msg.KEYTAG_OTHER_INSTALLATION
    none = keytag.verify_records(records(payload), UID.hex(), None)
    assert none.state is KeyTagState.UNVERIFIABLE and none.reason_fr == msg.KEYTAG_NO_KEY
    text_only = (NdefRecordInfo(type="urn:nfc:wkt:T", text="MILEO:CL-0042"),)
    assert keytag.verify_records(text_only, UID.hex(), StaticKeyProvider(KEY)).state is KeyTagState.NOT_KEY_TAG
    twice = records(payload) + records(payload)
    assert keytag.verify_records(twice, UID.hex(), StaticKeyProvider(KEY)).state is KeyTagState.FORGED


def test_invalid_registry_id_is_refused() -> None:
    for bad in ("", "ab", "CL 0042", "-CL", "É-42", "X" * 33):
        with pytest.raises(KeyTagError) as info:
            keytag.build_payload(bad, UID, KEY)
        assert info.value.reason_fr == msg.REGISTRY_ID_INVALID


# --------------------------------------------------------------------------- keyring


class MemoryKeyring(keyring.backend.KeyringBackend):
    """A keyring backend living in memory (keyring's plugin interface), for this test only."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()  # type: ignore[no-untyped-call]
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


def test_keyring_provider_creates_the_key_once(memory_keyring: MemoryKeyring) -> None:
    provider = KeyringKeyProvider()
    assert provider.get_key() is None
    key = provider.get_or_create_key()
    assert len(key) == 32
    assert list(memory_keyring.store) == [("mileo-desk", "nfc-keytag-key")]
    # a second provider (next start of the app) reads the same key
    again = KeyringKeyProvider()
    assert again.get_key() == key and again.get_or_create_key() == key
    stored = memory_keyring.store[("mileo-desk", "nfc-keytag-key")]
    assert key.hex() not in stored  # base64 in the keyring, never hex in a log-friendly form


def test_headless_machine_without_keyring_is_a_clear_error() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())  # type: ignore[no-untyped-call]
    try:
        provider = KeyringKeyProvider()
        with pytest.raises(KeyUnavailable) as info:
            provider.get_or_create_key()
        assert "trousseau" in info.value.reason_fr
        payload = keytag.build_payload("CL-0042", UID, KEY)
        check = keytag.verify_records(records(payload), UID.hex(), provider)
        assert check.state is KeyTagState.UNVERIFIABLE and "trousseau" in (check.reason_fr or "")
    finally:
        keyring.set_keyring(previous)


def test_static_provider_rejects_short_keys() -> None:
    with pytest.raises(ValueError):
        StaticKeyProvider(b"short")
    generated = StaticKeyProvider(None)
    assert generated.get_key() is None
    assert len(generated.get_or_create_key()) == 32

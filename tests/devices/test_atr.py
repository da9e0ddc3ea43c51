"""Card technology from the ATR, and the GET DATA status words (pure functions)."""

from __future__ import annotations

from collections.abc import Sequence

import pytest

from drivers.virtual.vpcd_card import PRESETS
from mileo_desk.devices import messages as msg
from mileo_desk.devices.atr import AtrError, parse_atr, storage_card_atr, technology_of
from mileo_desk.devices.pcsc import CardLeft, read_uid


def test_mifare_classic_1k_atr_of_the_hardware_notes() -> None:
    info = parse_atr(bytes.fromhex("3B8F8001804F0CA000000306030001000000006A"))
    assert info.technology == "MIFARE Classic 1K"
    assert info.standard == "ISO 14443 A, partie 3"
    assert info.contactless and info.checksum_ok
    assert info.protocols == (0, 1)
    assert info.hex == "3B8F8001804F0CA000000306030001000000006A"


@pytest.mark.parametrize(
    ("atr", "technology"),
    [
        (storage_card_atr(0x03, 0x0002), "MIFARE Classic 4K"),
        (storage_card_atr(0x03, 0x0003), "MIFARE Ultralight"),
        (storage_card_atr(0x03, 0x003A), "MIFARE Ultralight C"),
        (storage_card_atr(0x03, 0x0026), "MIFARE Mini"),
        (storage_card_atr(0x0B, 0x0014), "NXP ICODE SLI"),
        (storage_card_atr(0x0A, 0x0017), "HID iCLASS (PicoPass 2K)"),
        (storage_card_atr(0x11, 0x003B), "FeliCa"),
        (storage_card_atr(0x11, 0xF011), "FeliCa 212 kbit/s"),
        (storage_card_atr(0x11, 0x7777), "FeliCa"),
        (storage_card_atr(0x03, 0x7777), "carte mémoire 7777"),
        (bytes.fromhex("3B8180018080"), "MIFARE DESFire"),
        (bytes.fromhex("3B8680014A434F50333146"), "NXP JCOP (Java Card)"),
        (bytes.fromhex("3B888001" + "0000000000718100" + "F8"), "ISO 14443-4"),
        (bytes.fromhex("3B021450"), "ISO 7816 (contact)"),
    ],
)
def test_technologies(atr: bytes, technology: str) -> None:
    assert technology_of(atr) == technology


def test_virtual_card_presets_have_valid_atrs() -> None:
    for name, preset in PRESETS.items():
        info = parse_atr(preset.atr)
        assert info.checksum_ok, name


def test_malformed_atrs() -> None:
    for bad in (b"", b"\x3b", bytes.fromhex("3B8F80"), bytes.fromhex("3B8180018080FF"), bytes.fromhex("123456")):
        with pytest.raises(AtrError):
            parse_atr(bad)
        assert technology_of(bad) in (None, "inconnue")
    broken = bytearray(storage_card_atr(0x03, 0x0001))
    broken[-1] ^= 0xFF
    assert not parse_atr(bytes(broken)).checksum_ok


def scripted(*responses: Sequence[int] | Exception) -> tuple[list[list[int]], object]:
    """A transmit function answering *responses* in turn, and the APDUs it received."""
    sent: list[list[int]] = []
    queue = list(responses)

    def transmit(apdu: list[int]) -> list[int]:
        sent.append(apdu)
        answer = queue.pop(0)
        if isinstance(answer, Exception):
            raise answer
        return list(answer)

    return sent, transmit


@pytest.mark.parametrize(
    ("responses", "uid", "reason"),
    [
        ([[0x04, 0xA1, 0xB2, 0xC3, 0x90, 0x00]], "04A1B2C3", None),
        ([[0x04, 0xA1, 0xB2, 0xC3, 0x62, 0x82]], "04A1B2C3", None),  # end of data before Le
        ([[0x6C, 0x04], [0x04, 0xA1, 0xB2, 0xC3, 0x90, 0x00]], "04A1B2C3", None),
        ([[0x6C, 0x04], [0x6C, 0x04]], None, msg.UID_UNEXPECTED.format(sw="6C 04")),
        ([[0x6A, 0x81]], None, msg.UID_UNSUPPORTED),
        ([[0x6B, 0x00]], None, msg.UID_UNSUPPORTED),
        ([[0x63, 0x00]], None, msg.UID_READ_FAILED),
        ([[]], None, msg.UID_SHORT_RESPONSE),  # vpcd's "card vanished" answer
        ([[0x90]], None, msg.UID_SHORT_RESPONSE),
        ([[0x90, 0x00]], None, msg.UID_SHORT_RESPONSE),
        ([[0x04, 0xA1, 0xB2, 0x90, 0x00]], None, msg.UID_SHORT_RESPONSE),  # 3 bytes: not a UID
        ([[0x69, 0x85]], None, msg.UID_UNEXPECTED.format(sw="69 85")),
    ],
)
def test_get_data_status_words(responses: list[list[int]], uid: str | None, reason: str | None) -> None:
    sent, transmit = scripted(*responses)
    result = read_uid(transmit)  # type: ignore[arg-type]
    assert (result.uid, result.reason_fr) == (uid, reason)
    assert sent[0] == [0xFF, 0xCA, 0x00, 0x00, 0x00]
    if len(sent) > 1:
        assert sent[1] == [0xFF, 0xCA, 0x00, 0x00, responses[0][1]]


def test_card_left_propagates() -> None:
    _, transmit = scripted(CardLeft())
    with pytest.raises(CardLeft):
        read_uid(transmit)  # type: ignore[arg-type]

"""Card technology from a PC/SC ATR (ISO/IEC 7816-3 structure, PC/SC part 3 conventions).

Contactless readers build a pseudo-ATR for the card on the field (PC/SC part 3, §3.1.3.2.3):

- **Storage cards** (MIFARE Classic/Ultralight, iCLASS, FeliCa, ISO 15693…):
  ``3B 8F 80 01 80 4F 0C A0 00 00 03 06 SS C0 C1 00 00 00 00 TCK`` — historical bytes
  ``80 4F 0C`` + RID ``A0 00 00 03 06`` (PC/SC workgroup), then the *standard* byte SS
  and the two *card name* bytes C0 C1 from the PC/SC part 3 supplement.
- **ISO 14443-4 cards** (DESFire, JCOP, MIFARE Plus SL3…): ``3B 8n 80 01`` followed by
  the ATS historical bytes (type A) or ATQB data (type B), then TCK.

Anything else is a contact card (ISO 7816). The result is a label for people and logs;
the UID comes from GET DATA, never from the ATR.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import reduce

PCSC_RID = bytes.fromhex("A000000306")
_STORAGE_PREFIX = bytes.fromhex("804F0C") + PCSC_RID

#: PC/SC part 3 supplement, "standard" byte SS
STANDARDS: dict[int, str] = {
    0x00: "aucune information",
    0x01: "ISO 14443 A, partie 1",
    0x02: "ISO 14443 A, partie 2",
    0x03: "ISO 14443 A, partie 3",
    0x05: "ISO 14443 B, partie 1",
    0x06: "ISO 14443 B, partie 2",
    0x07: "ISO 14443 B, partie 3",
    0x09: "ISO 15693, partie 1",
    0x0A: "ISO 15693, partie 2",
    0x0B: "ISO 15693, partie 3",
    0x0C: "ISO 15693, partie 4",
    0x0D: "contact ISO 7816-10, I2C",
    0x0E: "contact ISO 7816-10, I2C étendu",
    0x0F: "contact ISO 7816-10, 2WBP",
    0x10: "contact ISO 7816-10, 3WBP",
    0x11: "FeliCa",
    0x40: "basse fréquence (125 kHz)",
}

#: PC/SC part 3 supplement, card name bytes C0 C1 (plus the vendor values ACR122/Omnikey use)
CARD_NAMES: dict[int, str] = {
    0x0001: "MIFARE Classic 1K",
    0x0002: "MIFARE Classic 4K",
    0x0003: "MIFARE Ultralight",
    0x0004: "Infineon SLE55R",
    0x0006: "ST SR176",
    0x0007: "ST SRI X4K",
    0x0008: "Atmel AT88RF020",
    0x0009: "Atmel AT88SC0204CRF",
    0x000A: "Atmel AT88SC0808CRF",
    0x000B: "Atmel AT88SC1616CRF",
    0x000C: "Atmel AT88SC3216CRF",
    0x000D: "Atmel AT88SC6416CRF",
    0x000E: "Infineon SRF55V10P",
    0x000F: "Infineon SRF55V02P",
    0x0010: "Infineon SRF55V10S",
    0x0011: "Infineon SRF55V02S",
    0x0012: "TI Tag-it",
    0x0013: "ST LRI512",
    0x0014: "NXP ICODE SLI",
    0x0015: "TEMPSENS",
    0x0016: "NXP ICODE1",
    0x0017: "HID iCLASS (PicoPass 2K)",
    0x0018: "HID iCLASS (PicoPass 2KS)",
    0x0019: "HID iCLASS (PicoPass 16K)",
    0x001A: "HID iCLASS (PicoPass 16KS)",
    0x001B: "HID iCLASS (PicoPass 16K 8x2)",
    0x001C: "HID iCLASS (PicoPass 16KS 8x2)",
    0x001D: "HID iCLASS (PicoPass 32KS 16+16)",
    0x001E: "HID iCLASS (PicoPass 32KS 16+8x2)",
    0x001F: "HID iCLASS (PicoPass 32KS 8x2+16)",
    0x0020: "HID iCLASS (PicoPass 32KS 8x2+8x2)",
    0x0021: "ST LRI64",
    0x0022: "NXP ICODE UID",
    0x0023: "NXP ICODE EPC",
    0x0024: "ST LRI12",
    0x0025: "ST LRI128",
    0x0026: "MIFARE Mini",
    0x0027: "Infineon my-d move",
    0x0028: "Infineon my-d NFC",
    0x0029: "Infineon my-d proximity 2",
    0x002A: "Infineon my-d proximity enhanced",
    0x002B: "Infineon my-d light",
    0x002C: "Infineon PJM Stack Tag",
    0x002D: "Infineon PJM Item Tag",
    0x002E: "Infineon PJM Light",
    0x002F: "Innovision Jewel",
    0x0030: "Topaz (NFC Forum Type 1)",
    0x0031: "Atmel AT88SC0104CRF",
    0x0032: "Atmel AT88SC0404CRF",
    0x0033: "Atmel AT88RF01C",
    0x0034: "Atmel AT88RF04C",
    0x0035: "NXP ICODE SL2",
    0x0036: "MIFARE Plus SL1 2K",
    0x0037: "MIFARE Plus SL1 4K",
    0x0038: "MIFARE Plus SL2 2K",
    0x0039: "MIFARE Plus SL2 4K",
    0x003A: "MIFARE Ultralight C",
    0x003B: "FeliCa",
    0x003C: "Melexis MLX90129",
    0x003D: "MIFARE Ultralight EV1",
    # ACS ACR122U vendor values
    0xF004: "Topaz (NFC Forum Type 1)",
    0xF011: "FeliCa 212 kbit/s",
    0xF012: "FeliCa 424 kbit/s",
}

ISO14443_4 = "ISO 14443-4"
CONTACT = "ISO 7816 (contact)"
UNKNOWN = "inconnue"


class AtrError(ValueError):
    """The bytes are not a well-formed ATR."""


@dataclass(frozen=True)
class AtrInfo:
    """What an ATR says.

    ``technology`` is a label (``MIFARE Classic 1K``, ``MIFARE DESFire``, ``ISO 14443-4``,
    ``ISO 7816 (contact)``); ``standard`` the PC/SC standard byte's meaning for storage
    cards; ``contactless`` whether the ATR is a contactless reader's pseudo-ATR.
    """

    atr: bytes
    protocols: tuple[int, ...]
    historical: bytes
    technology: str
    contactless: bool
    standard: str | None = None
    card_name_code: int | None = None
    checksum_ok: bool = True

    @property
    def hex(self) -> str:
        """The ATR as upper-case hex without separators."""
        return self.atr.hex().upper()


def _structure(atr: bytes) -> tuple[tuple[int, ...], bytes, list[tuple[int, int | None, int | None, int | None]], bool]:
    """Split an ATR: protocols, historical bytes, interface groups (TD, TA, TB, TC), TCK ok."""
    if len(atr) < 2 or atr[0] not in (0x3B, 0x3F):
        raise AtrError("TS must be 3B or 3F")
    t0 = atr[1]
    hist_len = t0 & 0x0F
    y = t0 >> 4
    pos = 2
    protocols: list[int] = []
    groups: list[tuple[int, int | None, int | None, int | None]] = []
    while True:
        ta = tb = tc = td = None
        if y & 0x1:
            ta = atr[pos] if pos < len(atr) else None
            pos += 1
        if y & 0x2:
            tb = atr[pos] if pos < len(atr) else None
            pos += 1
        if y & 0x4:
            tc = atr[pos] if pos < len(atr) else None
            pos += 1
        if y & 0x8:
            if pos >= len(atr):
                raise AtrError("truncated interface bytes")
            td = atr[pos]
            pos += 1
        if pos > len(atr):
            raise AtrError("truncated interface bytes")
        groups.append((td if td is not None else -1, ta, tb, tc))
        if td is None:
            break
        protocols.append(td & 0x0F)
        y = td >> 4
    historical = atr[pos : pos + hist_len]
    if len(historical) != hist_len:
        raise AtrError("truncated historical bytes")
    pos += hist_len
    needs_tck = any(p != 0 for p in protocols)
    checksum_ok = True
    if needs_tck:
        if pos >= len(atr):
            raise AtrError("missing TCK")
        checksum_ok = reduce(lambda a, b: a ^ b, atr[1 : pos + 1], 0) == 0
        pos += 1
    if pos != len(atr):
        raise AtrError("trailing bytes after the ATR")
    return tuple(protocols) or (0,), bytes(historical), groups, checksum_ok


def _iso14443_4_label(historical: bytes) -> str:
    if historical == b"\x80":
        # DESFire EV1/EV2/EV3 answer RATS with the single historical byte 80
        return "MIFARE DESFire"
    if b"JCOP" in historical:
        return "NXP JCOP (Java Card)"
    if historical.startswith(b"\xc1\x05"):
        return "MIFARE Plus (SL3)"
    return ISO14443_4


def parse_atr(atr: bytes | bytearray | list[int]) -> AtrInfo:
    """Describe an ATR. Raises :class:`AtrError` if it is not well formed."""
    raw = bytes(atr)
    protocols, historical, groups, checksum_ok = _structure(raw)
    # PC/SC part 3 pseudo-ATRs: TD1 = 80 (T=0 indicated, TD2 follows), TD2 = 01 (T=1), no TA/TB/TC
    pseudo = (
        len(groups) >= 3
        and groups[0][0] == 0x80
        and groups[1][0] == 0x01
        and all(g[1] is None and g[2] is None and g[3] is None for g in groups[:3])
    )
    if pseudo and historical.startswith(_STORAGE_PREFIX) and len(historical) >= 11:
        standard = historical[8]
        name_code = historical[9] << 8 | historical[10]
        name = CARD_NAMES.get(name_code)
        if name is None:
            name = "FeliCa" if standard == 0x11 else f"carte mémoire {name_code:04X}"
        return AtrInfo(
            raw, protocols, historical, name, True, STANDARDS.get(standard, f"{standard:02X}"), name_code, checksum_ok
        )
    if pseudo:
        return AtrInfo(raw, protocols, historical, _iso14443_4_label(historical), True, None, None, checksum_ok)
    return AtrInfo(raw, protocols, historical, CONTACT, False, None, None, checksum_ok)


def technology_of(atr: bytes | bytearray | list[int] | None) -> str | None:
    """The technology label of *atr*, ``"inconnue"`` for a malformed ATR, None without ATR."""
    if not atr:
        return None
    try:
        return parse_atr(atr).technology
    except AtrError:
        return UNKNOWN


def storage_card_atr(standard: int, card_name: int) -> bytes:
    """The PC/SC part 3 pseudo-ATR of a storage card (used by tests and the virtual card)."""
    body = bytes.fromhex("8F8001") + _STORAGE_PREFIX + bytes([standard, card_name >> 8, card_name & 0xFF]) + bytes(4)
    return b"\x3b" + body + bytes([reduce(lambda a, b: a ^ b, body, 0)])

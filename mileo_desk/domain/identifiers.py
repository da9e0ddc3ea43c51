"""The grammar of the identifiers the registry reads and prints: registry ids (printed on the
tags), card and key-tag UIDs (read over PC/SC or NFC, or typed by a keyboard-wedge reader),
and the next registry id of a client.

Every part of the application that asks "is this a UID?", "is this a registry id?" or
"which id comes next?" asks here (the window's search box, the scan routing, reception and
the CSV import, the command line).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from .errors import ValidationError
from .text import strip_controls

_HEX = re.compile(r"^[0-9A-F]+$")
_REGISTRY_ID = re.compile(r"^[A-Z0-9][A-Z0-9-]{2,31}$")
_SEPARATORS = re.compile(r"[\s:-]")

#: a UID is 4, 7 or 10 bytes for ISO 14443, 8 for a FeliCa IDm: 4 to 10 bytes, in hex digits
UID_MIN_DIGITS = 8
UID_MAX_DIGITS = 20
#: the lengths real cards and tags have (ISO 14443 single, double, triple size; FeliCa IDm):
#: what a burst typed by a keyboard-wedge reader must have to be read as a UID
UID_BYTE_LENGTHS = (4, 7, 8, 10)
#: generated registry ids are ``<client code>-<number on five digits>`` (``ECL-00042``)
REGISTRY_NUMBER_DIGITS = 5


def normalize_uid(value: str | None, *, field: str = "uid", label: str = "UID") -> str | None:
    """Normalise a card/tag UID to upper-case hex without separators (``04:a2 …`` → ``04A2…``);
    None for an empty value, :class:`ValidationError` for anything that is not 4–10 bytes."""
    if value is None:
        return None
    text = compact(value)
    if not text:
        return None
    if not is_uid(text):
        raise ValidationError(
            "{label} invalide : attendu 4 à 10 octets en hexadécimal (ex. 04A2B3C4D5E680).",
            field=field, params={"label": label},
        )
    return text


def check_distinct_uids(card_uid: str | None, tag_uid: str | None, *, field: str = "tag_uid") -> None:
    """A card and a key tag are two objects: one UID cannot be both (normalised UIDs)."""
    if card_uid is not None and card_uid == tag_uid:
        raise ValidationError("L'UID de la carte et celui du porte-clés sont identiques.", field=field)


def is_uid(compact: str, *, card_lengths_only: bool = False) -> bool:
    """Whether *compact* (upper case, no separators) has the shape of a UID: 4 to 10 bytes in
    hex, or with *card_lengths_only* one of :data:`UID_BYTE_LENGTHS` (digits only read as hex
    too: that is how readers type UIDs)."""
    if len(compact) % 2 or _HEX.match(compact) is None:
        return False
    if card_lengths_only:
        return len(compact) // 2 in UID_BYTE_LENGTHS
    return UID_MIN_DIGITS <= len(compact) <= UID_MAX_DIGITS


def mask_uid(uid: str | None) -> str:
    """A UID as logs may show it: its first 2 bytes and its length (``04A2…(7 bytes)``).

    A UID identifies a person's badge or an item's tag: logs (debug included) never carry it
    whole. Enough is left to tell two reads apart while diagnosing a reader."""
    text = compact(uid or "")
    if not text:
        return "(none)"
    size = f"{len(text) // 2} bytes" if len(text) % 2 == 0 else f"{len(text)} digits"
    return f"{text[:4]}…({size})"


def is_registry_id(text: str) -> bool:
    """Whether *text* (upper case) follows the registry id grammar."""
    return _REGISTRY_ID.match(text) is not None


def lookup_key(value: str | None) -> str:
    """A scanned or typed code as looked up: no controls, no separators, upper case."""
    return compact(strip_controls(value or ""))


def compact(text: str) -> str:
    """*text* upper case without separators (spaces, colons, dashes), as UIDs are compared."""
    return _SEPARATORS.sub("", text).upper()


#: a client's code prefixes its generated registry ids (``ECL`` → ``ECL-00042``)
CLIENT_CODE_MAX = 12
CLIENT_CODE_PATTERN = r"[A-Z0-9]{2,12}"
_CLIENT_CODE = re.compile(rf"^{CLIENT_CODE_PATTERN}$")


def normalize_client_code(value: str | None) -> str:
    """A client code: 2 to 12 letters or digits, upper case (it starts the client's ids)."""
    code = (value or "").strip().upper()
    if not _CLIENT_CODE.match(code):
        raise ValidationError("Code client invalide : 2 à 12 lettres ou chiffres.", field="code")
    return code


def normalize_registry_id(value: str | None) -> str:
    """Registry ids are printed on tags: upper-case letters, digits and dashes, 3–32 chars."""
    text = (value or "").strip().upper()
    if not text:
        raise ValidationError("L'identifiant du registre est obligatoire.", field="registry_id")
    if not _REGISTRY_ID.match(text):
        raise ValidationError(
            "Identifiant du registre invalide : « {text} » (lettres, chiffres et tirets, 3 à 32 caractères).",
            field="registry_id", params={"text": text[:40]},
        )
    return text


def looks_like_registry_id(compact: str) -> bool:
    """Whether *compact* (upper case) reads as a registry id rather than a word to search:
    a dash, a digit, letters and digits only (``ECL-00042``; never a plain word)."""
    return (
        "-" in compact
        and any(c.isdigit() for c in compact)
        and compact.replace("-", "").isalnum()
        and is_registry_id(compact)
    )


def looks_like_code(text: str) -> bool:
    """Whether a text typed then validated with Enter is rather a read than a search (a
    keyboard-wedge reader types the UID, then Enter): a UID of 4–10 bytes or a registry id."""
    upper = text.strip().upper()
    return is_uid(compact(upper)) or looks_like_registry_id(upper.replace(" ", ""))


def registry_id_prefix(client_code: str) -> str:
    """The prefix of a client's generated registry ids."""
    return f"{client_code}-"


def registry_number(registry_id: str, client_code: str) -> int | None:
    """The number of a generated registry id of *client_code* (``ECL-00042`` → 42), or None
    for an id typed by hand in another form."""
    prefix = registry_id_prefix(client_code)
    if not registry_id.startswith(prefix):
        return None
    tail = registry_id[len(prefix):]
    return int(tail) if tail.isdigit() and tail.isascii() else None


class RegistryIdSequence:
    """The generated registry ids of one client: one more than the highest generated number
    already taken (never the count of items: ids typed by hand and restituted items leave
    gaps), skipping ids already taken or reserved. Reception and the CSV import both draw
    from it."""

    def __init__(self, client_code: str, taken: Iterable[str]) -> None:
        self.client_code = client_code
        self._taken = set(taken)
        numbers = (registry_number(rid, client_code) for rid in self._taken)
        self._last = max((x for x in numbers if x is not None), default=0)

    def reserve(self, registry_id: str) -> None:
        """Never generate *registry_id* (a later row of an import names it)."""
        self._taken.add(registry_id)

    def next(self) -> str:
        """The next free id; it counts as taken from now on."""
        while True:
            self._last += 1
            candidate = f"{registry_id_prefix(self.client_code)}{self._last:0{REGISTRY_NUMBER_DIGITS}d}"
            if candidate not in self._taken:
                self._taken.add(candidate)
                return candidate


def next_registry_id(client_code: str, taken: Iterable[str]) -> str:
    """The next generated registry id of a client whose ids are *taken*."""
    return RegistryIdSequence(client_code, taken).next()

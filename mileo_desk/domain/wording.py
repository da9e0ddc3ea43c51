"""The texts people sign and that documents print: one source for the dialog where a person
signs and for the receipt that proves it (SPEC §2, PROC-INT-006 §01).

They are legal statements in French: the window shows them as they will be printed, in
French whatever the interface language, so that what is signed is what is archived.
"""

from __future__ import annotations

import string
from collections.abc import Mapping
from datetime import datetime
from enum import Enum
from typing import Any

from .enums import ItemType, MovementKind

#: an item type as the statements name it: (noun with its article, "de" + article, feminine)
_THING: dict[ItemType, tuple[str, str, bool]] = {
    ItemType.BADGE: ("le badge", "du badge", False),
    ItemType.MECHANICAL_KEY: ("la clé", "de la clé", True),
    ItemType.CODE_KEY: ("la clé à code", "de la clé à code", True),
    ItemType.MASTER_KEY: ("la clé maîtresse", "de la clé maîtresse", True),
    ItemType.TEMPORARY_BADGE: ("le badge temporaire", "du badge temporaire", False),
}

#: the movements a handover receipt is printed for, and the title of each (SPEC §2)
RECEIPT_TITLES: dict[MovementKind, str] = {
    MovementKind.ATTRIBUTION: "Bon de remise",
    MovementKind.TRANSFER: "Bon de remise",
    MovementKind.RETURN: "Bon de retour",
    MovementKind.RESTITUTION: "Bon de remise",
}


def thing(item_type: ItemType) -> str:
    """« le badge », « la clé »…"""
    return _THING[ItemType(item_type)][0]


def of_thing(item_type: ItemType) -> str:
    """« du badge », « de la clé »… (never « de le badge »)."""
    return _THING[ItemType(item_type)][1]


def agreed(item_type: ItemType, participle: str) -> str:
    """A past participle agreed with the item's gender (« restitué » / « restituée »)."""
    return participle + ("e" if _THING[ItemType(item_type)][2] else "")


# --------------------------------------------------------------------------- French grammar
#
# Messages name people, items and types inside sentences: the articles, the elision before a
# vowel and the agreement come from here, so that no sentence reads « le retour de le badge »
# or « la signature de Antoine ».

def N_(text: str) -> str:  # the gettext convention translators' tools know
    """Mark a French fragment that a message takes as a parameter (« est déclaré perdu »):
    unchanged here; extracted for translation with the message templates."""
    return text


#: y and h are taken as consonants (« de Yann », « de Hugo »): the safe choice for names
_VOWELS = frozenset("aeiouàâäéèêëîïôöùûüœæAEIOUÀÂÄÉÈÊËÎÏÔÖÙÛÜŒÆ")


def elides(word: str) -> bool:
    """Whether « de », « le », « que »… elide before *word* (it begins with a vowel)."""
    return bool(word) and word[0] in _VOWELS


def de(name: str) -> str:
    """« de Thomas », « d'Antoine », « d'Éric »."""
    return f"d'{name}" if elides(name) else f"de {name}"


def plural(count: int, singular: str, plural_form: str | None = None) -> str:
    """« 1 objet volé », « 2 objets volés »: French takes the singular for 0 and 1."""
    return f"{count} {singular if abs(count) < 2 else (plural_form or singular + 's')}"


class FrenchFormatter(string.Formatter):
    """Formats a message template with its parameters, in French.

    Format specs name the grammar: ``{who:de}`` → « de Thomas » / « d'Antoine »,
    ``{item_type:le}`` → « la clé », ``{item_type:du}`` → « de la clé », ``{item_type:e}`` →
    « e » after a participle for a feminine type; an enum shows its French label and a
    moment its Paris time. The English rendering of the window uses its own formatter on
    the translated template (gui/models/labels.py).
    """

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec == "de":
            return de(str(self.format_field(value, "")))
        if format_spec in ("le", "du", "e"):
            item_type = ItemType(value)
            if format_spec == "le":
                return thing(item_type)
            if format_spec == "du":
                return of_thing(item_type)
            return agreed(item_type, "")
        if value is None:  # an unknown moment or name reads as nothing, never « None »
            return ""
        if isinstance(value, Enum) and hasattr(value, "label_fr"):
            return str(value.label_fr)
        if isinstance(value, datetime):
            from .clock import format_paris

            return format_paris(value)
        return str(super().format_field(value, format_spec))


_FRENCH = FrenchFormatter()


def render(template: str, params: Mapping[str, Any]) -> str:
    """A message template with its parameters, in French (see :class:`FrenchFormatter`)."""
    return _FRENCH.vformat(template, (), dict(params)) if params else template


def attribution_statement(*, holder: str, item_type: ItemType, registry_id: str) -> str:
    """What the technician signs when an item is handed to him (PROC-INT-006 §01)."""
    return (
        f"Je soussigné(e) {holder} reconnais avoir reçu {thing(item_type)} {registry_id} et en être "
        "responsable jusqu'à son retour au siège (PROC-INT-006 §01)."
    )


def transfer_statement(*, holder: str, item_type: ItemType, registry_id: str, previous: str | None) -> str:
    """What the new holder signs when an item passes to him from another technician."""
    source = f"des mains {de(previous)}" if previous else "par transfert"
    return (
        f"Je soussigné(e) {holder} reconnais avoir reçu {thing(item_type)} {registry_id} {source} et en "
        "être responsable jusqu'à son retour au siège (PROC-INT-006 §01)."
    )


def return_statement(*, holder: str, item_type: ItemType, registry_id: str) -> str:
    """What the technician signs when he gives the item back to the desk (PROC-INT-006 §01)."""
    return f"Je soussigné(e) {holder} déclare rendre {thing(item_type)} {registry_id} au siège (PROC-INT-006 §01)."


def return_countersignature(*, custodian: str, holder: str, item_type: ItemType, registry_id: str) -> str:
    """What the custodian countersigns on a return (PROC-INT-006 §01: « contresignée »)."""
    return f"Je soussigné(e) {custodian} contresigne le retour {of_thing(item_type)} {registry_id} par {holder}."


def restitution_statement(*, client: str, item_type: ItemType, registry_id: str, signatory: str | None) -> str:
    """What the client's representative signs when an item goes back to the client (PROC-INT-006
    §04); without a signatory, what the receipt states."""
    if signatory:
        return (
            f"Je soussigné(e) {signatory}, représentant(e) {de(client)}, reconnais avoir récupéré "
            f"{thing(item_type)} {registry_id} (PROC-INT-006 §04)."
        )
    return (
        f"{thing(item_type).capitalize()} {registry_id} est {agreed(item_type, 'restitué')} au client "
        f"{client} (PROC-INT-006 §04)."
    )


def receipt_statements(
    kind: MovementKind,
    *,
    item_type: ItemType,
    registry_id: str,
    holder: str,
    actor: str,
    client: str,
    previous_holder: str | None = None,
    client_signatory: str | None = None,
) -> tuple[str, ...]:
    """The statements a receipt of a movement of *kind* prints: the very sentences signed in
    the dialog (the holder's, and on a return the custodian's countersignature)."""
    if kind is MovementKind.ATTRIBUTION:
        return (attribution_statement(holder=holder, item_type=item_type, registry_id=registry_id),)
    if kind is MovementKind.TRANSFER:
        return (transfer_statement(holder=holder, item_type=item_type, registry_id=registry_id,
                                   previous=previous_holder),)
    if kind is MovementKind.RETURN:
        return (
            return_statement(holder=holder, item_type=item_type, registry_id=registry_id),
            return_countersignature(custodian=actor, holder=holder, item_type=item_type, registry_id=registry_id),
        )
    if kind is MovementKind.RESTITUTION:
        return (restitution_statement(client=client, item_type=item_type, registry_id=registry_id,
                                      signatory=client_signatory),)
    raise ValueError(f"no receipt for a movement of kind {kind}")

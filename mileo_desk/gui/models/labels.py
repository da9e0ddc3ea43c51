"""Translatable labels of the domain's enumerations.

The domain keeps French labels (``label_fr``) for the CLI and the reports; the GUI shows these
instead, looked up at call time so that a language switch applies at once. The French source
strings are literal here so that ``pyside6-lupdate`` extracts them (context ``Libellés``).
"""

from __future__ import annotations

import string
from collections.abc import Callable
from datetime import datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...domain.clock import format_paris
from ...domain.enums import ContractLevel, ItemState, ItemType, Keeping, MovementKind, Role, SignatureRole
from ...domain.wording import RECEIPT_TITLES

_CTX = "Labels"  # shared with the dialogs: one translation per label

_ITEM_TYPE = {
    ItemType.BADGE: QT_TRANSLATE_NOOP("Labels", "Badge"),
    ItemType.MECHANICAL_KEY: QT_TRANSLATE_NOOP("Labels", "Clé mécanique"),
    ItemType.CODE_KEY: QT_TRANSLATE_NOOP("Labels", "Clé à code"),
    ItemType.MASTER_KEY: QT_TRANSLATE_NOOP("Labels", "Clé maîtresse"),
    ItemType.TEMPORARY_BADGE: QT_TRANSLATE_NOOP("Labels", "Badge temporaire"),
}
_STATE = {
    ItemState.IN_SERVICE: QT_TRANSLATE_NOOP("Labels", "En service"),
    ItemState.RETURNED_TO_CLIENT: QT_TRANSLATE_NOOP("Labels", "Restitué au client"),
    ItemState.LOST: QT_TRANSLATE_NOOP("Labels", "Perdu"),
    ItemState.STOLEN: QT_TRANSLATE_NOOP("Labels", "Volé"),
}
_KEEPING = {
    Keeping.HEADQUARTERS: QT_TRANSLATE_NOOP("Labels", "Au siège"),
    Keeping.TECHNICIAN: QT_TRANSLATE_NOOP("Labels", "Attribué à un technicien"),
}
_ROLE = {
    Role.CUSTODIAN: QT_TRANSLATE_NOOP("Labels", "Gardien des clés"),
    Role.OPERATIONS_MANAGER: QT_TRANSLATE_NOOP("Labels", "Responsable d'exploitation"),
    Role.SITE_LEAD: QT_TRANSLATE_NOOP("Labels", "Chef de chantier"),
    Role.TECHNICIAN: QT_TRANSLATE_NOOP("Labels", "Technicien"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Administrateur"),
}
_KIND = {
    MovementKind.RECEPTION: QT_TRANSLATE_NOOP("Labels", "Réception du client"),
    MovementKind.ATTRIBUTION: QT_TRANSLATE_NOOP("Labels", "Attribution"),
    MovementKind.RETURN: QT_TRANSLATE_NOOP("Labels", "Retour"),
    MovementKind.TRANSFER: QT_TRANSLATE_NOOP("Labels", "Transfert"),
    MovementKind.LOSS: QT_TRANSLATE_NOOP("Labels", "Déclaration de perte"),
    MovementKind.THEFT: QT_TRANSLATE_NOOP("Labels", "Déclaration de vol"),
    MovementKind.FOUND: QT_TRANSLATE_NOOP("Labels", "Retrouvé"),
    MovementKind.RESTITUTION: QT_TRANSLATE_NOOP("Labels", "Restitution au client"),
    MovementKind.DUPLICATION: QT_TRANSLATE_NOOP("Labels", "Duplication sous mandat"),
    MovementKind.COPY_CREATION: QT_TRANSLATE_NOOP("Labels", "Création d'une copie"),
    MovementKind.CORRECTION: QT_TRANSLATE_NOOP("Labels", "Correction"),
}
#: the status after an operation, one whole sentence per movement (French agrees the participle
#: with the movement's gender: « Attribution enregistrée », « Retour enregistré »)
_RECORDED = {
    MovementKind.RECEPTION: QT_TRANSLATE_NOOP("Labels", "Réception enregistrée pour %1."),
    MovementKind.ATTRIBUTION: QT_TRANSLATE_NOOP("Labels", "Attribution enregistrée pour %1."),
    MovementKind.RETURN: QT_TRANSLATE_NOOP("Labels", "Retour enregistré pour %1."),
    MovementKind.TRANSFER: QT_TRANSLATE_NOOP("Labels", "Transfert enregistré pour %1."),
    MovementKind.LOSS: QT_TRANSLATE_NOOP("Labels", "Déclaration de perte enregistrée pour %1."),
    MovementKind.THEFT: QT_TRANSLATE_NOOP("Labels", "Déclaration de vol enregistrée pour %1."),
    MovementKind.FOUND: QT_TRANSLATE_NOOP("Labels", "Objet retrouvé enregistré pour %1."),
    MovementKind.RESTITUTION: QT_TRANSLATE_NOOP("Labels", "Restitution au client enregistrée pour %1."),
    MovementKind.DUPLICATION: QT_TRANSLATE_NOOP("Labels", "Duplication enregistrée pour %1."),
    MovementKind.COPY_CREATION: QT_TRANSLATE_NOOP("Labels", "Création d'une copie enregistrée pour %1."),
    MovementKind.CORRECTION: QT_TRANSLATE_NOOP("Labels", "Correction enregistrée pour %1."),
}
_SIGNATURE_ROLE = {
    SignatureRole.TECHNICIAN: QT_TRANSLATE_NOOP("Labels", "Technicien"),
    SignatureRole.CUSTODIAN: QT_TRANSLATE_NOOP("Labels", "Gardien"),
    SignatureRole.CLIENT: QT_TRANSLATE_NOOP("Labels", "Client"),
}
_CONTRACT = {
    ContractLevel.PREMIUM: QT_TRANSLATE_NOOP("Labels", "Premium"),
    ContractLevel.STANDARD: QT_TRANSLATE_NOOP("Labels", "Standard"),
}
#: the titles of the receipts, for the translation tools only: each movement's title is the
#: domain's (wording.RECEIPT_TITLES), which the PDF prints; tests check that none is missing here
RECEIPT_TITLE_TEXTS = (
    QT_TRANSLATE_NOOP("Labels", "Bon de remise"),
    QT_TRANSLATE_NOOP("Labels", "Bon de retour"),
)

def _t(text: object) -> str:
    # QT_TRANSLATE_NOOP is typed as returning object: it returns the French text as is
    return QCoreApplication.translate(_CTX, str(text))


def item_type_label(value: ItemType) -> str:
    return _t(_ITEM_TYPE[ItemType(value)])


def state_label(value: ItemState) -> str:
    return _t(_STATE[ItemState(value)])


def keeping_label(value: Keeping) -> str:
    return _t(_KEEPING[Keeping(value)])


def role_label(value: Role) -> str:
    return _t(_ROLE[Role(value)])


def movement_label(value: MovementKind) -> str:
    return _t(_KIND[MovementKind(value)])


def movement_recorded(kind: MovementKind, registry_id: str) -> str:
    """The status once a movement is recorded: « Retour enregistré pour ECL-00012. »"""
    return _t(_RECORDED[MovementKind(kind)]).replace("%1", registry_id)


def receipt_title(kind: MovementKind) -> str:
    """The title of a movement's receipt (« Bon de retour » for a return), translated."""
    return _t(RECEIPT_TITLES[MovementKind(kind)])


def signature_role_label(value: str) -> str:
    try:
        return _t(_SIGNATURE_ROLE[SignatureRole(value)])
    except ValueError:
        return value


def contract_label(value: ContractLevel) -> str:
    return _t(_CONTRACT[ContractLevel(value)])


def paris(moment: datetime | None, *, seconds: bool = False) -> str:
    """A date and time in Europe/Paris (SPEC: stored in UTC, shown in Paris time)."""
    return format_paris(moment, seconds=seconds)


def error_text(err: BaseException) -> str:
    """The message of a refusal for the user, in the interface's language.

    A refusal carries its French template and its parameters (mileo_desk.domain.errors);
    the template is translated in the « Messages » context (extracted from the domain and the
    services into gui/forms/messages_catalog.py) and filled in with the parameters, each shown
    as the window shows it (a type, a state, a role by its translated label, a moment in Paris
    time, a French fragment such as « est déclaré perdu » by its translation). Without a
    translation (French interface), the French sentence as the services wrote it."""
    message = getattr(err, "message", None) or str(err)
    template = getattr(err, "template", None)
    if not template:
        return message
    translated = QCoreApplication.translate(_MESSAGES, template)
    if translated == template:
        return message
    params = {name: _param_text(value) for name, value in getattr(err, "params", {}).items()}
    try:
        return _TRANSLATED.vformat(translated, (), params)
    except (KeyError, IndexError, ValueError):  # a translation naming an unknown parameter
        return message


_MESSAGES = "Messages"


def _param_text(value: object) -> object:
    """A parameter as the translated message shows it."""
    if value is None:
        return ""
    if isinstance(value, datetime):
        return paris(value)
    shown = _ENUM_LABELS.get(type(value))
    if shown is not None:
        return shown(value)
    label = getattr(value, "label_fr", None)
    if isinstance(label, str):  # another enumeration of the domain (an Action…)
        return QCoreApplication.translate(_MESSAGES, label)
    if isinstance(value, str):
        # a fragment or a field label marked for translation; a name or an id stays as is
        return QCoreApplication.translate(_MESSAGES, value)
    return value


#: the window's label of each enumeration a message may name (the functions above)
_ENUM_LABELS: dict[type, Callable[[Any], str]] = {
    ItemType: item_type_label, ItemState: state_label, Keeping: keeping_label, Role: role_label,
    MovementKind: movement_label, SignatureRole: signature_role_label, ContractLevel: contract_label,
}


class _TranslatedFormatter(string.Formatter):
    """Fills a translated template: the French grammar specs (``:de``, ``:le``, ``:du``,
    ``:e``) of the original mean nothing in another language and are dropped."""

    def format_field(self, value: Any, format_spec: str) -> str:
        if format_spec in ("de", "le", "du", "e"):
            return "" if format_spec == "e" else str(value)
        return str(super().format_field(value, format_spec))


_TRANSLATED = _TranslatedFormatter()

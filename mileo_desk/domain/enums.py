"""Enumerations of the registry. Values are stable (stored in the database and in hashes)."""

from __future__ import annotations

from enum import StrEnum

# the values (not the French labels) are stored and hashed into the chain: renaming one would
# break every past movement's hash, so a label changes freely and a value never


class ItemType(StrEnum):
    """Type of access item (PROC-INT-006 §01)."""

    BADGE = "badge"
    MECHANICAL_KEY = "mechanical_key"
    CODE_KEY = "code_key"
    MASTER_KEY = "master_key"
    TEMPORARY_BADGE = "temporary_badge"

    @property
    def label_fr(self) -> str:
        return _ITEM_TYPE_FR[self]


_ITEM_TYPE_FR = {
    ItemType.BADGE: "Badge",
    ItemType.MECHANICAL_KEY: "Clé mécanique",
    ItemType.CODE_KEY: "Clé à code",
    ItemType.MASTER_KEY: "Clé maîtresse",
    ItemType.TEMPORARY_BADGE: "Badge temporaire",
}

#: PROC-INT-006 §02: never copied without the client's written mandate.
MANDATE_REQUIRED_TYPES = frozenset({ItemType.MASTER_KEY, ItemType.BADGE, ItemType.CODE_KEY})


class ItemState(StrEnum):
    """State of an item (PROC-INT-006 §01: en service, restitué, perdu; SPEC §1 adds stolen)."""

    IN_SERVICE = "in_service"
    RETURNED_TO_CLIENT = "returned_to_client"
    LOST = "lost"
    STOLEN = "stolen"

    @property
    def label_fr(self) -> str:
        return _STATE_FR[self]


_STATE_FR = {
    ItemState.IN_SERVICE: "En service",
    ItemState.RETURNED_TO_CLIENT: "Restitué au client",
    ItemState.LOST: "Perdu",
    ItemState.STOLEN: "Volé",
}


class Keeping(StrEnum):
    """Where an item in service is kept."""

    HEADQUARTERS = "headquarters"
    TECHNICIAN = "technician"

    @property
    def label_fr(self) -> str:
        return "Au siège" if self is Keeping.HEADQUARTERS else "Attribué à un technicien"


class Role(StrEnum):
    """Roles of the people who use Mileo Desk (SPEC, "Who uses it")."""

    CUSTODIAN = "custodian"
    OPERATIONS_MANAGER = "operations_manager"
    SITE_LEAD = "site_lead"
    TECHNICIAN = "technician"
    ADMIN = "admin"

    @property
    def label_fr(self) -> str:
        return _ROLE_FR[self]


_ROLE_FR = {
    Role.CUSTODIAN: "Gardien des clés",
    Role.OPERATIONS_MANAGER: "Responsable d'exploitation",
    Role.SITE_LEAD: "Chef de chantier",
    Role.TECHNICIAN: "Technicien",
    Role.ADMIN: "Administrateur",
}

#: roles of people to whom an item may be handed (attribution, transfer)
HOLDER_ROLES = frozenset({Role.TECHNICIAN, Role.SITE_LEAD})


class MovementKind(StrEnum):
    """Kinds of movement in the append-only history (SPEC §1)."""

    RECEPTION = "reception"
    ATTRIBUTION = "attribution"
    RETURN = "return"
    TRANSFER = "transfer"
    LOSS = "loss"
    THEFT = "theft"
    FOUND = "found"
    RESTITUTION = "restitution"
    DUPLICATION = "duplication"
    COPY_CREATION = "copy_creation"
    CORRECTION = "correction"

    @property
    def label_fr(self) -> str:
        return _KIND_FR[self]


_KIND_FR = {
    MovementKind.RECEPTION: "Réception du client",
    MovementKind.ATTRIBUTION: "Attribution",
    MovementKind.RETURN: "Retour",
    MovementKind.TRANSFER: "Transfert",
    MovementKind.LOSS: "Déclaration de perte",
    MovementKind.THEFT: "Déclaration de vol",
    MovementKind.FOUND: "Retrouvé",
    MovementKind.RESTITUTION: "Restitution au client",
    MovementKind.DUPLICATION: "Duplication sous mandat",
    MovementKind.COPY_CREATION: "Création d'une copie",
    MovementKind.CORRECTION: "Correction",
}


class ContractLevel(StrEnum):
    """Client contract level (PROC-CRM-002 §02)."""

    PREMIUM = "premium"
    STANDARD = "standard"

    @property
    def label_fr(self) -> str:
        return "Premium" if self is ContractLevel.PREMIUM else "Standard"


class Sensitivity(StrEnum):
    """Site sensitivity (PROC-INT-005 §01: S2 and S3 are sensitive)."""

    S1 = "S1"
    S2 = "S2"
    S3 = "S3"


class SignatureRole(StrEnum):
    """In which capacity a person signs a movement."""

    TECHNICIAN = "technician"
    CUSTODIAN = "custodian"
    CLIENT = "client"

    @property
    def label_fr(self) -> str:
        return {"technician": "Technicien", "custodian": "Gardien", "client": "Client"}[self.value]

"""Who may do what. Every service call checks this table (SPEC §8); the README shows it,
generated from here by ``mileo-desk roles`` (a test keeps the two equal)."""

from __future__ import annotations

from enum import StrEnum

from .enums import Role
from .errors import PermissionDenied


class Action(StrEnum):
    """Each guarded use case."""

    VIEW_REGISTRY = "view_registry"
    VIEW_OWN_ITEMS = "view_own_items"
    VIEW_DIRECTORY = "view_directory"
    VERIFY_HISTORY = "verify_history"
    RECEIVE_ITEM = "receive_item"
    ATTRIBUTE_ITEM = "attribute_item"
    RETURN_ITEM = "return_item"
    TRANSFER_ITEM = "transfer_item"
    DECLARE_LOSS = "declare_loss"
    MARK_FOUND = "mark_found"
    RESTITUTE_ITEM = "restitute_item"
    DUPLICATE_ITEM = "duplicate_item"
    CORRECT_MOVEMENT = "correct_movement"
    MANAGE_CLIENTS = "manage_clients"
    MANAGE_PEOPLE = "manage_people"
    MANAGE_USERS = "manage_users"
    IMPORT_ITEMS = "import_items"
    EXPORT_REGISTRY = "export_registry"
    VIEW_DASHBOARD = "view_dashboard"

    @property
    def label_fr(self) -> str:
        return _ACTION_FR[self]


_ACTION_FR = {
    Action.VIEW_REGISTRY: "Consulter le registre",
    Action.VIEW_OWN_ITEMS: "Consulter les objets qu'on détient, leurs clients et leurs sites",
    Action.VIEW_DIRECTORY: "Consulter tous les clients et sites (contacts, adresses, sensibilité)",
    Action.VERIFY_HISTORY: "Vérifier l'intégrité de l'historique",
    Action.RECEIVE_ITEM: "Réceptionner un objet du client",
    Action.ATTRIBUTE_ITEM: "Attribuer à un technicien",
    Action.RETURN_ITEM: "Enregistrer un retour",
    Action.TRANSFER_ITEM: "Transférer entre techniciens",
    Action.DECLARE_LOSS: "Déclarer une perte ou un vol",
    Action.MARK_FOUND: "Déclarer un objet retrouvé",
    Action.RESTITUTE_ITEM: "Restituer au client",
    Action.DUPLICATE_ITEM: "Enregistrer une duplication sous mandat",
    Action.CORRECT_MOVEMENT: "Corriger un mouvement",
    Action.MANAGE_CLIENTS: "Gérer clients et sites",
    Action.MANAGE_PEOPLE: "Gérer le personnel",
    Action.MANAGE_USERS: "Gérer les comptes et les rôles",
    Action.IMPORT_ITEMS: "Importer des objets (CSV)",
    Action.EXPORT_REGISTRY: "Exporter le registre",
    Action.VIEW_DASHBOARD: "Tableau de bord (retards, pertes)",
}

_C, _O, _S, _T, _A = (
    Role.CUSTODIAN,
    Role.OPERATIONS_MANAGER,
    Role.SITE_LEAD,
    Role.TECHNICIAN,
    Role.ADMIN,
)

#: the table of who may do what; technicians only see and declare what they hold
PERMISSIONS: dict[Action, frozenset[Role]] = {
    Action.VIEW_REGISTRY: frozenset({_C, _O, _S, _A}),
    Action.VIEW_OWN_ITEMS: frozenset({_C, _O, _S, _T, _A}),
    # CHR-GOV-001 §01 (need to know): a client's security contact, a site's address and its
    # sensitivity are for the desk and the managers; a technician sees the clients and sites
    # of the items they hold, nothing more (directory_scope)
    Action.VIEW_DIRECTORY: frozenset({_C, _O, _S, _A}),
    Action.VERIFY_HISTORY: frozenset({_C, _O, _S, _A}),
    Action.RECEIVE_ITEM: frozenset({_C, _O, _A}),
    Action.ATTRIBUTE_ITEM: frozenset({_C, _O}),
    Action.RETURN_ITEM: frozenset({_C, _O}),
    Action.TRANSFER_ITEM: frozenset({_C, _O}),
    # PROC-INT-006 §03: the technician reports; the desk or the manager records
    Action.DECLARE_LOSS: frozenset({_C, _O, _S, _T}),
    Action.MARK_FOUND: frozenset({_C, _O}),
    Action.RESTITUTE_ITEM: frozenset({_C, _O, _S}),
    # PROC-INT-006 §02: duplication only under the client's written mandate
    Action.DUPLICATE_ITEM: frozenset({_O}),
    Action.CORRECT_MOVEMENT: frozenset({_C, _O}),
    Action.MANAGE_CLIENTS: frozenset({_O, _A}),
    Action.MANAGE_PEOPLE: frozenset({_O, _A}),
    Action.MANAGE_USERS: frozenset({_A}),
    Action.IMPORT_ITEMS: frozenset({_O, _A}),
    Action.EXPORT_REGISTRY: frozenset({_C, _O, _A}),
    Action.VIEW_DASHBOARD: frozenset({_C, _O, _S, _A}),
}


def allowed(role: Role, action: Action) -> bool:
    """Whether *role* may perform *action*."""
    return role in PERMISSIONS[action]


def directory_scope(role: Role, person_id: int) -> int | None:
    """CHR-GOV-001 §01 (need to know): whose held items bound the clients and sites *role* may
    read — None for the whole directory (:attr:`Action.VIEW_DIRECTORY`), else *person_id*:
    the clients and sites of the items that person holds. Anything outside reads as unknown
    (« introuvable », as an identifier that does not exist: its existence is not revealed)."""
    return None if allowed(role, Action.VIEW_DIRECTORY) else person_id


def require(role: Role, action: Action) -> None:
    """Raise :class:`PermissionDenied` (French message) unless *role* may perform *action*."""
    if role not in PERMISSIONS[action]:
        raise PermissionDenied(
            "Action refusée : « {action} » n'est pas permis au rôle « {role} ».",
            params={"action": action, "role": role},
        )


def markdown_table() -> str:
    """The permission table as Markdown (README section "Rôles et droits")."""
    roles = list(Role)
    head = "| Action | " + " | ".join(r.label_fr for r in roles) + " |"
    sep = "|---|" + "|".join(":-:" for _ in roles) + "|"
    lines = [head, sep]
    for action in Action:
        marks = " | ".join("✔" if r in PERMISSIONS[action] else "—" for r in roles)
        lines.append(f"| {action.label_fr} (`{action.value}`) | {marks} |")
    return "\n".join(lines)

"""Frozen DTOs returned by the services (never ORM objects)."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime
from typing import Any

from ..domain.enums import ContractLevel, ItemState, ItemType, Keeping, MovementKind, Role, Sensitivity
from ..domain.rules import ItemFacts, ItemStatus


@dataclass(frozen=True)
class Actor:
    """The logged-in user on whose behalf a service acts."""

    person_id: int
    login: str
    full_name: str
    role: Role
    station: str


@dataclass(frozen=True)
class ClientView:
    id: int
    code: str
    name: str
    contact_name: str
    contact_phone: str | None
    contact_email: str | None
    contract_level: ContractLevel
    active: bool


@dataclass(frozen=True)
class SiteView:
    id: int
    client_id: int
    client_name: str
    name: str
    address: str
    sensitivity: Sensitivity
    active: bool


@dataclass(frozen=True)
class PersonView:
    id: int
    full_name: str
    role: Role
    active: bool
    badge_uid: str | None
    email: str | None
    phone: str | None
    login: str | None

    @property
    def is_user(self) -> bool:
        return self.login is not None


@dataclass(frozen=True)
class ItemView:
    """An item with the names it refers to, as shown in lists and panels."""

    id: int
    registry_id: str
    type: ItemType
    client_id: int
    client_name: str
    site_id: int
    site_name: str
    sensitivity: Sensitivity
    card_uid: str | None
    tag_uid: str | None
    stamped_number: str | None
    label: str | None
    received_on: date
    in_charge_id: int | None
    in_charge_name: str | None
    keeping: Keeping
    holder_id: int | None
    holder_name: str | None
    held_since: datetime | None
    due_at: datetime | None
    state: ItemState
    original_id: int | None
    overdue: bool
    last_seq: int

    @property
    def status(self) -> ItemStatus:
        """Where the item is and who holds it, as the domain's rules take it."""
        return ItemStatus(self.state, self.keeping, self.holder_id, self.held_since, self.due_at)

    @property
    def facts(self) -> ItemFacts:
        """What the rules need to say which movements the item can undergo now."""
        return ItemFacts(self.registry_id, self.type, self.status, self.holder_name)


@dataclass(frozen=True)
class SignatureView:
    id: int
    role: str
    signer_id: int | None
    signer_name: str
    digest: str
    vectors: str = field(repr=False)
    png: bytes = field(repr=False)
    intact: bool = True


@dataclass(frozen=True)
class MovementView:
    seq: int
    kind: MovementKind
    item_id: int
    registry_id: str
    at: datetime
    actor_id: int
    actor_name: str
    station: str
    holder_id: int | None
    holder_name: str | None
    due_at: datetime | None
    corrects_seq: int | None
    note: str | None
    details: dict[str, Any]
    signatures: tuple[SignatureView, ...]
    hash: str
    prev_hash: str


@dataclass(frozen=True)
class Changes:
    """What a service call changed (Anki's ``OpChanges``): the window broadcasts it and each
    view decides whether it must refresh, instead of guessing from the call it made."""

    item_ids: frozenset[int] = frozenset()  #: items whose row or panel changed
    items_added: bool = False  #: items were created (or removed from a list's scope): lists re-query
    history: bool = False  #: movements were appended to the chain (integrity banner, dashboard)
    clients: bool = False  #: clients or sites changed
    people: bool = False  #: people (technicians, accounts) changed

    def touches(self, item_id: int) -> bool:
        """Whether the row or panel of *item_id* must be read again."""
        return self.items_added or item_id in self.item_ids

    def __or__(self, other: Changes) -> Changes:
        return Changes(
            self.item_ids | other.item_ids,
            self.items_added or other.items_added,
            self.history or other.history,
            self.clients or other.clients,
            self.people or other.people,
        )


@dataclass(frozen=True)
class MovementResult:
    """What a service that appends movements returns (reception, handovers, loss, found,
    restitution, duplication, correction): the main movement, the item after it, the items
    it created, and what changed."""

    movement: MovementView
    item: ItemView
    created: tuple[ItemView, ...] = ()

    @property
    def changes(self) -> Changes:
        """The item (and its copies) changed, a movement joined the history; created items
        enter the lists."""
        return Changes(
            item_ids=frozenset({self.item.id, *(c.id for c in self.created)}),
            items_added=bool(self.created) or self.movement.kind is MovementKind.RECEPTION,
            history=True,
        )


@dataclass(frozen=True)
class ItemFilter:
    """Filters of the registry list (all optional, combined with AND)."""

    text: str | None = None
    client_id: int | None = None
    site_id: int | None = None
    type: ItemType | None = None
    state: ItemState | None = None
    holder_id: int | None = None
    overdue_only: bool = False
    temporary_out: bool = False


@dataclass(frozen=True)
class ItemPage:
    items: tuple[ItemView, ...]
    total: int


@dataclass(frozen=True)
class Resolution:
    """What a read UID or code designates."""

    kind: str  # "item" | "person" | "unknown"
    uid: str
    item: ItemView | None = None
    person: PersonView | None = None


@dataclass(frozen=True)
class VerifyReport:
    ok: bool
    checked: int
    last_seq: int
    first_break_seq: int | None
    reason: str | None
    message: str
    seconds: float
    signatures_checked: int = 0


@dataclass(frozen=True)
class Dashboard:
    overdue: tuple[ItemView, ...]
    temporary_out: tuple[ItemView, ...]
    lost_or_stolen: tuple[ItemView, ...]
    late_loss_reports: tuple[MovementView, ...]


@dataclass(frozen=True)
class RowError:
    line: int
    message: str


@dataclass(frozen=True)
class ImportReport:
    ok: bool
    imported: int
    errors: tuple[RowError, ...]

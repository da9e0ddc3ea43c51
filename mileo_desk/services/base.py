"""Shared plumbing of the services: authorisation inside the transaction, DTO builders.

The statements themselves live in :mod:`mileo_desk.persistence.statements`; this module turns
their rows into the DTOs of :mod:`.dto` (persistence does not know them).
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import Connection
from sqlalchemy.orm import Session

from ..domain import permissions
from ..domain.clock import Clock, from_us, system_clock, to_us
from ..domain.enums import (
    ContractLevel,
    ItemState,
    ItemType,
    Keeping,
    MovementKind,
    Role,
    Sensitivity,
)
from ..domain.errors import AuthenticationError, NotFoundError, PermissionDenied
from ..domain.permissions import Action
from ..domain.rules import is_overdue
from ..persistence.db import Database
from ..persistence.records import ClientRecord, ItemRecord, MovementRecord, PersonRecord, SiteRecord
from ..persistence.statements import ACTOR_ACCOUNT, item_select, movement_select, signatures_of
from .dto import Actor, ClientView, ItemView, MovementView, PersonView, SignatureView, SiteView

_ITEM_TYPES = {t.value: t for t in ItemType}
_SENSITIVITIES = {s.value: s for s in Sensitivity}
_KEEPINGS = {k.value: k for k in Keeping}
_STATES = {s.value: s for s in ItemState}


def item_view_of(row: Sequence[Any], now_us: int) -> ItemView:
    """An ItemView from a row of :data:`~mileo_desk.persistence.statements.ITEM_COLUMNS` (same
    values as :func:`item_view`). The enum look-ups go through dicts first: this runs for
    every row of every page, and a dict hit is cheaper than an enum call."""
    (id_, registry_id, type_, client_id, client_name, site_id, site_name, sensitivity, card_uid, tag_uid,
     stamped_number, label, received_on, in_charge_id, in_charge_name, keeping, holder_id, holder_name,
     held_since_us, due_us, state, original_id, last_seq) = row
    state_ = _STATES.get(state) or ItemState(state)
    keeping_ = _KEEPINGS.get(keeping) or Keeping(keeping)
    return ItemView(
        id_, registry_id, _ITEM_TYPES.get(type_) or ItemType(type_), client_id, client_name, site_id, site_name,
        _SENSITIVITIES.get(sensitivity) or Sensitivity(sensitivity), card_uid, tag_uid, stamped_number, label,
        received_on, in_charge_id, in_charge_name, keeping_, holder_id, holder_name,
        from_us(held_since_us) if held_since_us is not None else None,
        from_us(due_us) if due_us is not None else None,
        state_, original_id,
        is_overdue(state_, keeping_, due_us, now_us),
        last_seq,
    )


def check_actor(conn: Connection, actor: Actor, action: Action) -> None:
    """:meth:`ServiceBase.authorize` on a Core connection, in its transaction: the account is
    re-read (active, current role) and the role must permit *action*. One small query."""
    row = conn.execute(ACTOR_ACCOUNT, {"person_id": actor.person_id}).first()
    if row is None:
        check_account(None, None, None, actor, action)
    else:
        check_account(row[0], row[1], row[2], actor, action)


def check_account(active: bool | None, login: str | None, role_value: str | None, actor: Actor,
                  action: Action) -> Role:
    """The authorisation rule, on the actor's account as just read from the database (None:
    no such person): active, with a login, the role the session was opened with, and that
    role permits *action*. Raises otherwise; returns the role. Shared by every path."""
    if role_value is None or not active or login is None:
        raise AuthenticationError("Votre compte n'est plus actif : reconnectez-vous.")
    role = Role(role_value)
    if role is not actor.role:
        raise PermissionDenied("Votre rôle a changé depuis la connexion : reconnectez-vous.")
    permissions.require(role, action)
    return role


def item_view(row: Sequence[Any], now_us: int) -> ItemView:
    rec: ItemRecord = row[0]
    overdue = is_overdue(ItemState(rec.state), Keeping(rec.keeping), rec.due_us, now_us)
    return ItemView(
        id=rec.id,
        registry_id=rec.registry_id,
        type=ItemType(rec.type),
        client_id=rec.client_id,
        client_name=row[1],
        site_id=rec.site_id,
        site_name=row[2],
        sensitivity=Sensitivity(row[3]),
        card_uid=rec.card_uid,
        tag_uid=rec.tag_uid,
        stamped_number=rec.stamped_number,
        label=rec.label,
        received_on=rec.received_on,
        in_charge_id=rec.in_charge_id,
        in_charge_name=row[5],
        keeping=Keeping(rec.keeping),
        holder_id=rec.holder_id,
        holder_name=row[4],
        held_since=from_us(rec.held_since_us) if rec.held_since_us is not None else None,
        due_at=from_us(rec.due_us) if rec.due_us is not None else None,
        state=ItemState(rec.state),
        original_id=rec.original_id,
        overdue=overdue,
        last_seq=rec.last_seq,
    )


def client_view(rec: ClientRecord) -> ClientView:
    return ClientView(
        id=rec.id, code=rec.code, name=rec.name, contact_name=rec.contact_name,
        contact_phone=rec.contact_phone, contact_email=rec.contact_email,
        contract_level=ContractLevel(rec.contract_level), active=rec.active,
    )


def site_view(rec: SiteRecord, client_name: str) -> SiteView:
    return SiteView(
        id=rec.id, client_id=rec.client_id, client_name=client_name, name=rec.name,
        address=rec.address, sensitivity=Sensitivity(rec.sensitivity), active=rec.active,
    )


def person_view(rec: PersonRecord) -> PersonView:
    return PersonView(
        id=rec.id, full_name=rec.full_name, role=Role(rec.role), active=rec.active,
        badge_uid=rec.badge_uid, email=rec.email, phone=rec.phone, login=rec.login,
    )


def movement_views(
    session: Session, rows: Iterable[Sequence[Any]], *, with_signatures: bool = True
) -> list[MovementView]:
    rows = list(rows)
    sigs: dict[int, list[SignatureView]] = {}
    if with_signatures and rows:
        from ..domain.signature import digest

        seqs = [r[0].seq for r in rows]
        for s in session.execute(signatures_of(seqs)).scalars():
            sigs.setdefault(s.movement_seq, []).append(
                SignatureView(
                    id=s.id, role=s.role, signer_id=s.signer_id, signer_name=s.signer_name,
                    digest=s.digest, vectors=s.vectors, png=s.png,
                    intact=digest(s.vectors, s.png) == s.digest,
                )
            )
    out = []
    for rec, registry_id, actor_name, holder_name in rows:
        out.append(
            MovementView(
                seq=rec.seq, kind=MovementKind(rec.kind), item_id=rec.item_id, registry_id=registry_id,
                at=from_us(rec.at_us), actor_id=rec.actor_id, actor_name=actor_name, station=rec.station,
                holder_id=rec.holder_id, holder_name=holder_name,
                due_at=from_us(rec.due_us) if rec.due_us is not None else None,
                corrects_seq=rec.corrects_seq, note=rec.note,
                details=json.loads(rec.details) if rec.details else {},
                signatures=tuple(sigs.get(rec.seq, ())), hash=rec.hash, prev_hash=rec.prev_hash,
            )
        )
    return out


class ServiceBase:
    """Holds the database, the clock; checks the actor's role from the database on every call."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock

    def now(self) -> datetime:
        return self.clock()

    def now_us(self) -> int:
        return to_us(self.clock())

    @staticmethod
    def authorize(session: Session, actor: Actor, action: Action) -> PersonRecord:
        """Re-read the actor in this transaction: active account, current role, permission."""
        person = session.get(PersonRecord, actor.person_id)
        if person is None:
            check_account(None, None, None, actor, action)
        assert person is not None
        check_account(person.active, person.login, person.role, actor, action)
        return person

    @staticmethod
    def item_record(session: Session, item_id: int) -> ItemRecord:
        item = session.get(ItemRecord, item_id)
        if item is None:
            raise NotFoundError("Objet n°{id} introuvable.", field="item", params={"id": item_id})
        return item

    @staticmethod
    def person_record(session: Session, person_id: int, *, label: str = "Personne") -> PersonRecord:
        person = session.get(PersonRecord, person_id)
        if person is None:
            raise NotFoundError("{label} introuvable (n°{id}).", field="person",
                                params={"label": label, "id": person_id})
        return person

    def load_item_view(self, session: Session, item_id: int) -> ItemView:
        row = session.execute(item_select().where(ItemRecord.id == item_id)).one()
        return item_view(row, self.now_us())

    def load_movement_view(self, session: Session, seq: int) -> MovementView:
        rows = session.execute(movement_select().where(MovementRecord.seq == seq)).all()
        return movement_views(session, rows)[0]

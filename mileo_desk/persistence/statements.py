"""The statements of the read paths, built once at import.

SQLAlchemy caches the compiled form of a statement object: the hot reads (UID lookup, item by
id, a page of ids turned into rows) reuse the module-level statements below and only bind new
parameters, so no statement is rebuilt and no SQL recompiled per call. They select plain
columns (no ORM entity per row); the services turn the tuples into DTOs (``item_view_of``).

The ORM statements (:func:`item_select`, :func:`movement_select`) serve the write paths and
the panels, which read one row at a time from a Session.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import (
    LABEL_STYLE_TABLENAME_PLUS_COL,
    ColumnElement,
    Connection,
    FromClause,
    Integer,
    Select,
    any_,
    bindparam,
    or_,
    select,
    true,
)
from sqlalchemy.dialects.postgresql import ARRAY
from sqlalchemy.orm import aliased

from ..domain.enums import ItemState, ItemType, Keeping
from .records import ClientRecord, ItemRecord, MovementRecord, PersonRecord, SignatureRecord, SiteRecord

# --------------------------------------------------------------------------- ORM statements

Holder = aliased(PersonRecord, name="holder")
InCharge = aliased(PersonRecord, name="in_charge")
ActorP = aliased(PersonRecord, name="actor_p")
MovHolder = aliased(PersonRecord, name="mov_holder")


def item_select() -> Select[Any]:
    """Items with the names they refer to (one query, for lists and panels): rows of
    ``(ItemRecord, client name, site name, site sensitivity, holder name, in-charge name)``."""
    return (
        select(
            ItemRecord,
            ClientRecord.name,
            SiteRecord.name,
            SiteRecord.sensitivity,
            Holder.full_name,
            InCharge.full_name,
        )
        .join(ClientRecord, ClientRecord.id == ItemRecord.client_id)
        .join(SiteRecord, SiteRecord.id == ItemRecord.site_id)
        .outerjoin(Holder, Holder.id == ItemRecord.holder_id)
        .outerjoin(InCharge, InCharge.id == ItemRecord.in_charge_id)
    )


def movement_select() -> Select[Any]:
    """Movements with their item's registry id, the actor's and the holder's names: rows of
    ``(MovementRecord, registry id, actor name, holder name)``."""
    return (
        select(MovementRecord, ItemRecord.registry_id, ActorP.full_name, MovHolder.full_name)
        .join(ItemRecord, ItemRecord.id == MovementRecord.item_id)
        .join(ActorP, ActorP.id == MovementRecord.actor_id)
        .outerjoin(MovHolder, MovHolder.id == MovementRecord.holder_id)
    )


def signatures_of(seqs: list[int]) -> Select[Any]:
    """The signatures of the movements *seqs*, in the order they were captured."""
    return select(SignatureRecord).where(SignatureRecord.movement_seq.in_(seqs)).order_by(SignatureRecord.id)


# --------------------------------------------------------------------------- Core item rows

ITEMS: FromClause = ItemRecord.__table__
_CLIENTS: FromClause = ClientRecord.__table__
_SITES: FromClause = SiteRecord.__table__
PEOPLE: FromClause = PersonRecord.__table__
_HOLDER = PEOPLE.alias("holder")
_IN_CHARGE = PEOPLE.alias("in_charge")

#: the columns of an item row (the services' ``item_view_of``), in the order of ItemView's
#: fields (overdue is computed from state, keeping and due date)
ITEM_COLUMNS = (
    ITEMS.c.id, ITEMS.c.registry_id, ITEMS.c.type, ITEMS.c.client_id, _CLIENTS.c.name, ITEMS.c.site_id,
    _SITES.c.name, _SITES.c.sensitivity, ITEMS.c.card_uid, ITEMS.c.tag_uid, ITEMS.c.stamped_number,
    ITEMS.c.label, ITEMS.c.received_on, ITEMS.c.in_charge_id, _IN_CHARGE.c.full_name, ITEMS.c.keeping,
    ITEMS.c.holder_id, _HOLDER.c.full_name, ITEMS.c.held_since_us, ITEMS.c.due_us, ITEMS.c.state,
    ITEMS.c.original_id, ITEMS.c.last_seq,
)
#: how many columns an item row has (where it ends in a wider row)
N_ITEM_COLUMNS = len(ITEM_COLUMNS)
ITEM_FROM = (
    ITEMS.join(_CLIENTS, _CLIENTS.c.id == ITEMS.c.client_id)
    .join(_SITES, _SITES.c.id == ITEMS.c.site_id)
    .outerjoin(_HOLDER, _HOLDER.c.id == ITEMS.c.holder_id)
    .outerjoin(_IN_CHARGE, _IN_CHARGE.c.id == ITEMS.c.in_charge_id)
)


def item_rows() -> Select[Any]:
    """Items with the names they refer to, as plain columns (:data:`ITEM_COLUMNS`): joins,
    for long lists."""
    return select(*ITEM_COLUMNS).select_from(ITEM_FROM)


def _name(col: Any, key: Any) -> Any:
    return select(col).where(col.table.c.id == key).scalar_subquery()


#: the same columns as :data:`ITEM_COLUMNS`, the names read by key (correlated subqueries):
#: for a few rows, where PostgreSQL would otherwise hash whole tables to join them
ITEM_COLUMNS_BY_KEY = (
    ITEMS.c.id, ITEMS.c.registry_id, ITEMS.c.type, ITEMS.c.client_id, _name(_CLIENTS.c.name, ITEMS.c.client_id),
    ITEMS.c.site_id, _name(_SITES.c.name, ITEMS.c.site_id), _name(_SITES.c.sensitivity, ITEMS.c.site_id),
    ITEMS.c.card_uid, ITEMS.c.tag_uid, ITEMS.c.stamped_number, ITEMS.c.label, ITEMS.c.received_on,
    ITEMS.c.in_charge_id, _name(_IN_CHARGE.c.full_name, ITEMS.c.in_charge_id), ITEMS.c.keeping,
    ITEMS.c.holder_id, _name(_HOLDER.c.full_name, ITEMS.c.holder_id), ITEMS.c.held_since_us, ITEMS.c.due_us,
    ITEMS.c.state, ITEMS.c.original_id, ITEMS.c.last_seq,
)


def overdue_items(now_us: int) -> list[ColumnElement[bool]]:
    """:func:`mileo_desk.domain.rules.is_overdue` written in SQL over the same three columns
    (in service, held by a technician, due before *now_us*): the list filter « en retard »."""
    return [ITEMS.c.state == ItemState.IN_SERVICE.value, ITEMS.c.keeping == Keeping.TECHNICIAN.value,
            ITEMS.c.due_us < now_us]


def temporary_badges_out() -> list[ColumnElement[bool]]:
    """Temporary site badges held by a technician (due back the same day, PROC-INT-005 §04)."""
    return [ITEMS.c.type == ItemType.TEMPORARY_BADGE.value, ITEMS.c.state == ItemState.IN_SERVICE.value,
            ITEMS.c.keeping == Keeping.TECHNICIAN.value]


def few_item_rows() -> Select[Any]:
    """:func:`item_rows` for a few rows (by id, by code, one page)."""
    return select(*ITEM_COLUMNS_BY_KEY)


#: items by ids (``:ids``, a list): an expanding IN and joins on SQLite (nested loops over
#: indexes there), ``= ANY(array)`` and names by key on PostgreSQL
ITEMS_BY_IDS = item_rows().where(ITEMS.c.id.in_(bindparam("ids", expanding=True)))
ITEMS_BY_ID_ARRAY = few_item_rows().where(ITEMS.c.id == any_(bindparam("ids", type_=ARRAY(Integer))))


def items_by_ids(conn: Connection) -> Select[Any]:
    """The statement of items by ``:ids`` for *conn*'s database."""
    return ITEMS_BY_IDS if conn.dialect.name == "sqlite" else ITEMS_BY_ID_ARRAY


# --------------------------------------------------------------------------- the actor's account

#: the people table as the actor of a read (the alias every one-statement read joins from)
ACTOR = PEOPLE.alias("actor")
#: the actor's account as authorisation needs it (``:person_id``): active, login, role
ACTOR_ACCOUNT = select(ACTOR.c.active, ACTOR.c.login, ACTOR.c.role).where(ACTOR.c.id == bindparam("person_id"))


# --------------------------------------------------------------------------- one-statement reads
#
# The actor's account, the item and (for a UID) a Mileo badge in ONE statement: the actor row
# left-joined to the item found (at most one) and to the badge owner. One snapshot, so the
# authorisation is checked in the same transaction as the read, and one round trip on
# PostgreSQL. A row is (active, login, role, *item row, *badge owner); the item part is all
# NULL when nothing was found, and no row at all means the actor no longer exists.

_C = ITEMS.c
_BADGE = PEOPLE.alias("badge")
#: the badge owner's columns, in the order of PersonView's fields
BADGE_COLUMNS = (_BADGE.c.id, _BADGE.c.full_name, _BADGE.c.role, _BADGE.c.active, _BADGE.c.badge_uid,
                 _BADGE.c.email, _BADGE.c.phone, _BADGE.c.login)


def _with_actor(item: Select[Any], *, badge: bool) -> Select[Any]:
    # LIMIT 1 keeps the outer join to one row even if two items shared a code; the label
    # style keeps the subquery's column names distinct from the actor's
    found = item.limit(1).set_label_style(LABEL_STYLE_TABLENAME_PLUS_COL).subquery("found")
    joined = ACTOR.outerjoin(found, true())
    columns: list[Any] = [ACTOR.c.active, ACTOR.c.login, ACTOR.c.role, *found.c]
    if badge:
        joined = joined.outerjoin(_BADGE, _BADGE.c.badge_uid == bindparam("key"))
        columns += BADGE_COLUMNS
    return select(*columns).select_from(joined).where(ACTOR.c.id == bindparam("person_id"))


def _by_code() -> Select[Any]:
    # ``:key`` is the code without separators (a UID); ``:code`` keeps the dashes a printed
    # registry id has
    return few_item_rows().where(or_(
        _C.card_uid == bindparam("key"), _C.tag_uid == bindparam("key"), _C.registry_id == bindparam("code"),
        _C.registry_id == bindparam("key"),
    ))


#: a read UID, tag or printed code (``:key``, ``:code``): the item or the badge owner
RESOLVE = _with_actor(_by_code(), badge=True)
#: the same, among the items ``:holder`` holds (technicians)
RESOLVE_HELD = _with_actor(_by_code().where(_C.holder_id == bindparam("holder")), badge=True)
#: one item by ``:item_id``
GET_BY_ID = _with_actor(few_item_rows().where(_C.id == bindparam("item_id")), badge=False)
GET_BY_ID_HELD = _with_actor(few_item_rows().where(_C.id == bindparam("item_id"),
                                                    _C.holder_id == bindparam("holder")), badge=False)
#: one item by ``:registry_id``
GET_BY_REGISTRY_ID = _with_actor(few_item_rows().where(_C.registry_id == bindparam("registry_id")), badge=False)
GET_BY_REGISTRY_ID_HELD = _with_actor(few_item_rows().where(_C.registry_id == bindparam("registry_id"),
                                                            _C.holder_id == bindparam("holder")), badge=False)

"""Creating registry items: what reception, duplication and the CSV import share.

Each of them adds items inside its own transaction (chain lock already taken) and appends
its own movement; the item itself — checked client and site, registry id, UIDs free, dates —
is made here, once, so that an imported item is exactly a received one.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from ..domain.enums import ItemState, ItemType, Keeping
from ..domain.errors import ConflictError, NotFoundError, RuleViolation, ValidationError
from ..domain.identifiers import (
    check_distinct_uids,
    next_registry_id,
    normalize_registry_id,
    normalize_uid,
    registry_id_prefix,
)
from ..domain.rules import CORRECTABLE_FIELDS, check_received_on
from ..domain.text import clean_text
from ..persistence.records import ClientRecord, ItemRecord, PersonRecord, SiteRecord
from ..persistence.repositories import refresh_item_search, uid_owner
from .base import ServiceBase

#: the longest number stamped on a key: the domain's limit, the same at reception, import and
#: correction
STAMPED_MAX = CORRECTABLE_FIELDS["stamped_number"][1]


def taken_registry_ids(s: Session, client_code: str) -> Iterable[str]:
    """The registry ids already generated for the client *client_code* (the domain picks the
    next one from them)."""
    return s.execute(
        select(ItemRecord.registry_id).where(ItemRecord.registry_id.like(f"{registry_id_prefix(client_code)}%"))
    ).scalars()


def check_uid_free(s: Session, uid: str | None, *, field: str, exclude_item: int | None = None) -> None:
    """Refuse *uid* when an item (other than *exclude_item*) or a professional badge has it."""
    if uid is None:
        return
    owner = uid_owner(s, uid)
    if owner is None:
        return
    if exclude_item is not None:
        same = s.execute(
            select(ItemRecord.id).where(ItemRecord.id == exclude_item)
            .where((ItemRecord.card_uid == uid) | (ItemRecord.tag_uid == uid))
        ).scalar_one_or_none()
        if same is not None:
            return
    raise ConflictError("L'UID {uid} est déjà enregistré pour {owner}.", field=field,
                        params={"uid": uid, "owner": owner})


def identity_details(item: ItemRecord) -> dict[str, Any]:
    """The details of the movement that creates *item*: its identity, so that it is part of
    the hashed history (a later edit of the row shows against the chain)."""
    return identity_values(
        registry_id=item.registry_id, type=item.type, client_id=item.client_id, site_id=item.site_id,
        card_uid=item.card_uid, tag_uid=item.tag_uid, stamped_number=item.stamped_number, label=item.label,
        received_on=item.received_on,
    )


def identity_values(
    *, registry_id: str, type: str, client_id: int, site_id: int, card_uid: str | None, tag_uid: str | None,
    stamped_number: str | None, label: str | None, received_on: date,
) -> dict[str, Any]:
    """:func:`identity_details` from the values themselves (the bulk import has no records)."""
    return {
        "registry_id": registry_id, "type": type, "client_id": client_id,
        "site_id": site_id, "card_uid": card_uid, "tag_uid": tag_uid,
        "stamped_number": stamped_number, "label": label,
        "received_on": received_on.isoformat(),
    }


def new_item(
    s: Session, actor_rec: PersonRecord, *, today: date, client_id: int, site_id: int, type: ItemType,
    registry_id: str | None, card_uid: str | None, tag_uid: str | None, stamped_number: str | None,
    label: str | None, received_on: date | None, in_charge_id: int | None,
    original_id: int | None = None, mandate_id: int | None = None,
) -> ItemRecord:
    """Add an item, kept at headquarters and in service, to the session (flushed: it has its
    id). *today* is the Paris date of the caller's clock; the item is in the actor's charge
    unless *in_charge_id* names someone. Raises a French error for anything refused."""
    try:
        item_type = ItemType(type)
    except ValueError:
        raise ValidationError("Type d'objet inconnu : « {type} ».", field="type", params={"type": str(type)}) from None
    client = s.get(ClientRecord, client_id)
    if client is None:
        raise NotFoundError("Client n°{id} introuvable.", field="client", params={"id": client_id})
    if not client.active:
        raise RuleViolation("Le client {name} est archivé.", code="client_archive", params={"name": client.name})
    site = s.get(SiteRecord, site_id)
    if site is None:
        raise NotFoundError("Site n°{id} introuvable.", field="site", params={"id": site_id})
    if site.client_id != client.id:
        raise ValidationError("Le site {site} n'appartient pas au client {client}.", field="site",
                              params={"site": site.name, "client": client.name})
    if not site.active:
        raise RuleViolation("Le site {name} est archivé.", code="site_archive", params={"name": site.name})
    # the domain's rule over the ids this client already has (highest generated number + 1)
    rid = (normalize_registry_id(registry_id) if registry_id
           else next_registry_id(client.code, taken_registry_ids(s, client.code)))
    if s.execute(select(ItemRecord.id).where(ItemRecord.registry_id == rid)).scalar_one_or_none():
        raise ConflictError("L'identifiant {rid} existe déjà dans le registre.", field="registry_id",
                            params={"rid": rid})
    card = normalize_uid(card_uid, field="card_uid", label="UID de la carte")
    tag = normalize_uid(tag_uid, field="tag_uid", label="UID du porte-clés")
    check_distinct_uids(card, tag)
    check_uid_free(s, card, field="card_uid")
    check_uid_free(s, tag, field="tag_uid")
    received = check_received_on(received_on or today, today)
    in_charge = actor_rec.id
    if in_charge_id is not None:
        in_charge = ServiceBase.person_record(s, in_charge_id, label="Responsable").id
    item = ItemRecord(
        registry_id=rid, client_id=client.id, site_id=site.id, type=item_type.value,
        card_uid=card, tag_uid=tag,
        stamped_number=clean_text(stamped_number, label="Numéro frappé", field="stamped_number",
                                  max_len=STAMPED_MAX, required=False),
        label=clean_text(label, label="Désignation", field="label", required=False),
        received_on=received, in_charge_id=in_charge, keeping=Keeping.HEADQUARTERS.value,
        state=ItemState.IN_SERVICE.value, last_seq=0, original_id=original_id, mandate_id=mandate_id,
        search_text="",
    )
    s.add(item)
    # flushed alone so that the search text (which needs the names) is computed with its id
    s.flush([item])
    refresh_item_search(s, item)
    return item

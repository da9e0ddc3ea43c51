"""Reception of items from a client (PROC-INT-006 §01): registry ids, UIDs, identity."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from mileo_desk.domain.enums import ItemState, ItemType, Keeping, MovementKind, Sensitivity
from mileo_desk.domain.errors import ConflictError, NotFoundError, ValidationError
from tests.conftest import (
    BADGE_UID,
    KEY_TAG_UID,
    MASTER_TAG_UID,
    NOEL_BADGE,
    OTHER_CARD_UID,
    STATION,
    TEMP_CARD_UID,
    THOMAS_BADGE,
    World,
)


@pytest.mark.read_only
def test_world_items_were_received_with_normalised_uids(world: World) -> None:
    ids = world.ids
    assert ids.registry_ids == {
        ItemType.BADGE: "ECL-00001", ItemType.MECHANICAL_KEY: "ECL-00002", ItemType.CODE_KEY: "ECL-00003",
        ItemType.MASTER_KEY: "ECL-00004", ItemType.TEMPORARY_BADGE: "ECL-00005",
    }
    badge = world.item(world.item_id(ItemType.BADGE))
    assert (badge.card_uid, badge.tag_uid, badge.sensitivity, badge.site_name) == (
        BADGE_UID, None, Sensitivity.S3, "Salle des serveurs")
    assert world.item(world.item_id(ItemType.MECHANICAL_KEY)).tag_uid == KEY_TAG_UID
    assert world.item(world.item_id(ItemType.MASTER_KEY)).tag_uid == MASTER_TAG_UID
    assert world.item(world.item_id(ItemType.TEMPORARY_BADGE)).card_uid == TEMP_CARD_UID
    other = world.item(ids.other_item_id)
    assert (other.registry_id, other.card_uid, other.client_name) == ("BDN-OPERA-01", OTHER_CARD_UID,
                                                                      "Banque du Nord")


def test_receive_with_automatic_registry_id(world: World) -> None:
    result = world.svc.registry.receive_item(
        world.custodian, client_id=world.ids.client_id, site_id=world.ids.site_s1_id, type=ItemType.MECHANICAL_KEY,
        tag_uid="a1 b2 c3 d4", stamped_number="K-9", label="Clé local poubelles", note="Reçue de M. Lemaire",
    )
    item, mv = result.item, result.movement
    assert item.registry_id == "ECL-00006"
    assert (item.tag_uid, item.card_uid, item.stamped_number, item.label) == ("A1B2C3D4", None, "K-9",
                                                                               "Clé local poubelles")
    assert (item.state, item.keeping, item.holder_id, item.due_at) == (ItemState.IN_SERVICE, Keeping.HEADQUARTERS,
                                                                       None, None)
    assert item.received_on == date(2026, 3, 10)
    assert (item.in_charge_id, item.in_charge_name) == (world.custodian.person_id, "Claire Dubois")
    assert (mv.kind, mv.item_id, mv.actor_id, mv.actor_name, mv.station) == (
        MovementKind.RECEPTION, item.id, world.custodian.person_id, "Claire Dubois", STATION)
    assert mv.at == world.clock.now
    assert mv.note == "Reçue de M. Lemaire"
    assert mv.signatures == ()
    # the item's identity is part of the hashed history
    assert mv.details == {
        "registry_id": "ECL-00006", "type": "mechanical_key", "client_id": world.ids.client_id,
        "site_id": world.ids.site_s1_id, "card_uid": None, "tag_uid": "A1B2C3D4", "stamped_number": "K-9",
        "label": "Clé local poubelles", "received_on": "2026-03-10",
    }
    assert item.last_seq == mv.seq
    assert [m.kind for m in world.history(item.id)] == [MovementKind.RECEPTION]
    # another client's numbering is its own
    bdn = world.receive(ItemType.CODE_KEY, client_id=world.ids.other_client_id, site_id=world.ids.other_site_id)
    # numbering follows the highest generated number; the explicit id BDN-OPERA-01 is not one
    assert bdn.registry_id == "BDN-00001"


def test_receive_with_explicit_registry_id_date_and_person_in_charge(world: World) -> None:
    item = world.receive(ItemType.BADGE, registry_id="  ecl-pantin-7 ", card_uid="04-11-22-33",
                         received_on=date(2026, 2, 28), in_charge_id=world.ids.paul_id)
    assert (item.registry_id, item.card_uid, item.received_on, item.in_charge_name) == (
        "ECL-PANTIN-7", "04112233", date(2026, 2, 28), "Paul Girard")


def test_received_on_defaults_to_the_paris_date(world: World) -> None:
    world.clock.set(datetime(2026, 3, 10, 23, 30, tzinfo=UTC))  # 00:30 on 11 March in Paris
    assert world.receive().received_on == date(2026, 3, 11)


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("kwargs", "exc", "field", "fragment"),
    [
        ({"registry_id": "ECL-00001"}, ConflictError, "registry_id", "ECL-00001 existe déjà"),
        ({"registry_id": "ecl-00001"}, ConflictError, "registry_id", "ECL-00001 existe déjà"),
        ({"registry_id": "E1"}, ValidationError, "registry_id", "3 à 32 caractères"),
        ({"registry_id": "ECL 7"}, ValidationError, "registry_id", "Identifiant du registre invalide"),
        ({"registry_id": "ÉCL-7"}, ValidationError, "registry_id", "Identifiant du registre invalide"),
        ({"card_uid": "04:a2:b3:c4:d5:e6:80"}, ConflictError, "card_uid", "l'objet ECL-00001"),
        ({"card_uid": KEY_TAG_UID}, ConflictError, "card_uid", "l'objet ECL-00002"),
        ({"tag_uid": "de ad be ef"}, ConflictError, "tag_uid", "l'objet ECL-00005"),
        ({"tag_uid": OTHER_CARD_UID}, ConflictError, "tag_uid", "l'objet BDN-OPERA-01"),
        ({"card_uid": THOMAS_BADGE}, ConflictError, "card_uid", "badge professionnel de Thomas Éclair"),
        ({"tag_uid": NOEL_BADGE}, ConflictError, "tag_uid", "badge professionnel de Noël Dupré"),
        ({"card_uid": "0102", "tag_uid": None}, ValidationError, "card_uid", "4 à 10 octets"),
        ({"card_uid": "GHIJKLMN"}, ValidationError, "card_uid", "UID de la carte invalide"),
        ({"tag_uid": "ABCDEF012"}, ValidationError, "tag_uid", "UID du porte-clés invalide"),
        ({"card_uid": "A1B2C3D4", "tag_uid": "a1:b2:c3:d4"}, ValidationError, "tag_uid", "identiques"),
        ({"type": "cle"}, ValidationError, "type", "Type d'objet inconnu"),
        ({"client_id": 999_999}, NotFoundError, "client", "introuvable"),
        ({"site_id": 999_999}, NotFoundError, "site", "introuvable"),
        ({"received_on": date(2026, 3, 11)}, ValidationError, "received_on", "dans le futur"),
        ({"received_on": date(1989, 12, 31)}, ValidationError, "received_on", "invalide"),
        ({"in_charge_id": 999_999}, NotFoundError, "person", "Responsable introuvable"),
        ({"stamped_number": "K" * 61}, ValidationError, "stamped_number", "dépasse 60"),
        ({"label": "Clé\nportail"}, ValidationError, "label", "une ligne"),
    ],
)
def test_receive_refusals(world: World, kwargs: dict[str, object], exc: type, field: str, fragment: str) -> None:
    base: dict[str, object] = {"client_id": world.ids.client_id, "site_id": world.ids.site_s1_id,
                               "type": ItemType.MECHANICAL_KEY}
    with world.refused(exc, field=field, match=fragment):
        world.svc.registry.receive_item(world.custodian, **{**base, **kwargs})  # type: ignore[arg-type]


@pytest.mark.read_only
def test_site_must_belong_to_the_client(world: World) -> None:
    with world.refused(ValidationError, field="site", match="n'appartient pas au client Société des Écluses"):
        world.svc.registry.receive_item(world.custodian, client_id=world.ids.client_id,
                                        site_id=world.ids.other_site_id, type=ItemType.BADGE)


def test_uid_is_free_again_for_nobody_after_restitution(world: World) -> None:
    # a UID stays attached to its item after restitution: the registry keeps the item
    badge = world.item_id(ItemType.BADGE)
    world.svc.registry.restitute_item(world.custodian, item_id=badge)
    with world.refused(ConflictError, field="card_uid"):
        world.receive(ItemType.BADGE, card_uid=BADGE_UID)

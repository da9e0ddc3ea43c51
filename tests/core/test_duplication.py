"""Duplication under the client's written mandate (PROC-INT-006 §02, SPEC §2)."""

from __future__ import annotations

import hashlib
from datetime import date

import pytest

from mileo_desk.domain.enums import ItemState, ItemType, Keeping, MovementKind
from mileo_desk.domain.errors import ConflictError, RuleViolation, ValidationError
from mileo_desk.services import MandateInput
from tests.conftest import World

MANDATE = MandateInput(reference="MAND-2026-014", signed_on=date(2026, 3, 2), signatory="Marc Lemaire", copies=2,
                       document=b"%PDF-1.7 mandat signe", document_name="mandat-014.pdf")


@pytest.mark.read_only
@pytest.mark.parametrize("item_type", [ItemType.MASTER_KEY, ItemType.BADGE, ItemType.CODE_KEY])
def test_protected_items_are_never_copied_without_a_mandate(world: World, item_type: ItemType) -> None:
    with world.refused(RuleViolation, code="mandat_requis",
                       match=f"un objet de type « {item_type.label_fr} » ne peut être reproduit que sur mandat écrit"):
        world.svc.registry.duplicate_item(world.manager, item_id=world.item_id(item_type), copies=1, mandate=None)


@pytest.mark.read_only
def test_temporary_badge_is_never_copied_even_with_a_mandate(world: World) -> None:
    with world.refused(RuleViolation, code="duplication_interdite", match="badge temporaire ne se duplique jamais"):
        world.svc.registry.duplicate_item(world.manager, item_id=world.item_id(ItemType.TEMPORARY_BADGE), copies=1,
                                          mandate=MANDATE)


def test_plain_mechanical_key_may_be_copied_without_mandate(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    result = world.svc.registry.duplicate_item(world.manager, item_id=key, copies=2, mandate=None,
                                               note="Double pour l'astreinte")
    assert result.item.id == key
    assert result.movement.kind is MovementKind.DUPLICATION
    assert result.movement.details == {"mandate": None, "copies": ["ECL-00006", "ECL-00007"]}
    assert [c.registry_id for c in result.created] == ["ECL-00006", "ECL-00007"]
    for copy in result.created:
        assert (copy.original_id, copy.type, copy.client_id, copy.site_id) == (
            key, ItemType.MECHANICAL_KEY, world.ids.client_id, world.ids.site_s1_id)
        assert (copy.stamped_number, copy.label, copy.card_uid, copy.tag_uid) == ("K-1234", "Clé portail", None,
                                                                                 None)
        assert (copy.state, copy.keeping, copy.in_charge_id) == (ItemState.IN_SERVICE, Keeping.HEADQUARTERS,
                                                                 world.manager.person_id)
        (creation,) = world.history(copy.id)
        assert creation.kind is MovementKind.COPY_CREATION
        assert creation.details["original"] == "ECL-00002"
        assert creation.details["duplication_seq"] == result.movement.seq
        assert creation.details["registry_id"] == copy.registry_id


def test_master_key_copied_under_mandate(world: World) -> None:
    master = world.item_id(ItemType.MASTER_KEY)
    result = world.svc.registry.duplicate_item(world.manager, item_id=master, copies=2, mandate=MANDATE,
                                               copy_registry_ids=["ecl-mk-01-a", "ECL-MK-01-B"])
    assert [c.registry_id for c in result.created] == ["ECL-MK-01-A", "ECL-MK-01-B"]
    assert {c.original_id for c in result.created} == {master}
    mandate = result.movement.details["mandate"]
    assert mandate == {
        "id": mandate["id"], "reference": "MAND-2026-014", "signed_on": "2026-03-02", "signatory": "Marc Lemaire",
        "copies": 2, "document_digest": hashlib.sha256(MANDATE.document or b"").hexdigest(),
    }
    # the copies are ordinary registry items
    copy = result.created[0].id
    assert world.attribute(copy).item.holder_id == world.thomas_id
    assert world.item(master).state is ItemState.IN_SERVICE


@pytest.mark.read_only
def test_mandate_limits_the_number_of_copies(world: World) -> None:
    with world.refused(RuleViolation, code="mandat_depasse", match="MAND-2026-014 autorise 2 copie(s), 3 demandée(s)"):
        world.svc.registry.duplicate_item(world.manager, item_id=world.item_id(ItemType.MASTER_KEY), copies=3,
                                          mandate=MANDATE)


def test_mandate_limit_holds_across_duplications(world: World) -> None:
    master = world.item_id(ItemType.MASTER_KEY)
    world.svc.registry.duplicate_item(world.manager, item_id=master, copies=2, mandate=MANDATE)
    with world.refused(RuleViolation, code="mandat_depasse"):
        world.svc.registry.duplicate_item(world.manager, item_id=master, copies=1, mandate=MANDATE)


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("copies", "mandate", "copy_ids", "exc", "field", "fragment"),
    [
        (0, None, None, ValidationError, "copies", "Nombre de copies invalide"),
        (11, None, None, ValidationError, "copies", "(1 à 10)"),
        (1, MandateInput("", date(2026, 3, 2), "Marc Lemaire", 1), None, ValidationError, "mandate_reference",
         "Référence du mandat"),
        (1, MandateInput("M-1", date(2026, 3, 2), " ", 1), None, ValidationError, "mandate_signatory",
         "Signataire du mandat"),
        (1, MandateInput("M-1", date(2026, 3, 11), "Marc Lemaire", 1), None, ValidationError, "mandate_signed_on",
         "dans le futur"),
        (1, MandateInput("M-1", date(2026, 3, 2), "Marc Lemaire", 0), None, ValidationError, "mandate_copies",
         "au moins une copie"),
        (2, None, ["ECL-X1"], ValidationError, "copy_registry_ids", "1 identifiant(s) fourni(s) pour 2 copie(s)"),
        (1, None, ["ECL-00001"], ConflictError, "registry_id", "ECL-00001 existe déjà"),
        (1, None, ["bad id"], ValidationError, "registry_id", "Identifiant du registre invalide"),
    ],
)
def test_duplication_refusals(world: World, *, copies: int, mandate: MandateInput | None,
                              copy_ids: list[str] | None, exc: type, field: str, fragment: str) -> None:
    with world.refused(exc, field=field, match=fragment):
        world.svc.registry.duplicate_item(world.manager, item_id=world.item_id(ItemType.MECHANICAL_KEY),
                                          copies=copies, mandate=mandate, copy_registry_ids=copy_ids)


@pytest.mark.read_only
def test_oversized_mandate_document_is_refused(world: World) -> None:
    big = MandateInput("M-1", date(2026, 3, 2), "Marc Lemaire", 1, document=b"%" * 10_000_001)
    with world.refused(ValidationError, field="mandate_document", match="dépasse 10 Mo"):
        world.svc.registry.duplicate_item(world.manager, item_id=world.item_id(ItemType.MASTER_KEY), copies=1,
                                          mandate=big)


def test_items_out_of_service_are_not_duplicated(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.svc.registry.declare_loss(world.manager, item_id=key, stolen=True, noticed_at=world.clock.now)
    with world.refused(RuleViolation, code="etat", match="est déclaré volé : impossible de le dupliquer"):
        world.svc.registry.duplicate_item(world.manager, item_id=key, copies=1, mandate=None)

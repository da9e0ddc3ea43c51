"""Each rule lives once, in the domain: what the window enables, what the command line and the
services refuse, what the dialog shows and the receipt prints all come from the same answer.

Where two copies of a rule disagreed before they were merged, a test here says which one won:
- Duplicate was enabled for a temporary badge that the rules refuse to copy;
- the technician signed « …jusqu'à son retour » while the receipt printed « …jusqu'à sa
  restitution »;
- reception numbered a client's items max+1, the CSV import count+1.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

import pytest

from mileo_desk.domain import rules, wording
from mileo_desk.domain.clock import PARIS
from mileo_desk.domain.enums import ItemState, ItemType, Keeping, MovementKind, Role
from mileo_desk.domain.errors import PermissionDenied, RuleViolation, ValidationError
from mileo_desk.domain.identifiers import (
    RegistryIdSequence,
    is_uid,
    looks_like_code,
    next_registry_id,
    normalize_uid,
)
from mileo_desk.domain.permissions import Action
from mileo_desk.domain.rules import AT_HEADQUARTERS, ItemFacts, ItemStatus, available_movements
from tests.conftest import World

NOW = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
HELD = ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, 7, NOW - timedelta(days=1), NOW + timedelta(days=2))


def facts(item_type: ItemType = ItemType.MECHANICAL_KEY, status: ItemStatus = AT_HEADQUARTERS) -> ItemFacts:
    return ItemFacts("ECL-00001", item_type, status, "Thomas Éclair" if status.is_held else None)


def possible(item: ItemFacts, role: Role = Role.OPERATIONS_MANAGER, actor_id: int | None = 1) -> set[Action]:
    return {a for a, why in available_movements(item, role=role, actor_id=actor_id).items() if why is None}


# --------------------------------------------------------------------------- availability


def test_an_item_at_headquarters_can_be_attributed_lost_restituted_or_copied_but_not_returned() -> None:
    assert possible(facts()) == {
        Action.ATTRIBUTE_ITEM, Action.DECLARE_LOSS, Action.RESTITUTE_ITEM, Action.DUPLICATE_ITEM,
    }
    reasons = available_movements(facts(), role=Role.OPERATIONS_MANAGER, actor_id=1)
    assert reasons[Action.RETURN_ITEM] is not None
    assert reasons[Action.RETURN_ITEM].message == "L'objet ECL-00001 est déjà au siège : aucun retour à enregistrer."
    assert reasons[Action.TRANSFER_ITEM].message == (
        "L'objet ECL-00001 est au siège : utilisez une attribution, pas un transfert."
    )
    assert reasons[Action.MARK_FOUND].message == "L'objet ECL-00001 n'est ni perdu ni volé."


def test_a_held_item_can_be_returned_transferred_or_declared_lost_and_says_who_holds_it() -> None:
    item = facts(status=HELD)
    assert possible(item) == {Action.RETURN_ITEM, Action.TRANSFER_ITEM, Action.DECLARE_LOSS, Action.DUPLICATE_ITEM}
    why = available_movements(item, role=Role.CUSTODIAN, actor_id=1)[Action.ATTRIBUTE_ITEM]
    assert isinstance(why, RuleViolation) and why.code == "deja_attribue"
    assert "déjà détenu par Thomas Éclair" in why.message
    assert available_movements(item, role=Role.CUSTODIAN, actor_id=1)[Action.RESTITUTE_ITEM].message == (
        "L'objet ECL-00001 est détenu par un technicien : il doit d'abord être rendu au siège."
    )


@pytest.mark.parametrize("state", [ItemState.LOST, ItemState.STOLEN])
def test_a_lost_or_stolen_item_can_only_be_found(state: ItemState) -> None:
    item = facts(status=ItemStatus(state, Keeping.HEADQUARTERS))
    assert possible(item) == {Action.MARK_FOUND}
    word = "perdu" if state is ItemState.LOST else "volé"
    assert available_movements(item, role=Role.CUSTODIAN, actor_id=1)[Action.ATTRIBUTE_ITEM].message == (
        f"L'objet ECL-00001 est déclaré {word} : impossible de l'attribuer."
    )


def test_a_restituted_item_can_undergo_nothing() -> None:
    assert possible(facts(status=ItemStatus(ItemState.RETURNED_TO_CLIENT, Keeping.HEADQUARTERS))) == set()


def test_duplicate_is_unavailable_for_a_temporary_badge_with_its_reason() -> None:
    # the window used to enable Duplicate on any item in service; the rules refuse this one
    why = available_movements(facts(ItemType.TEMPORARY_BADGE), role=Role.OPERATIONS_MANAGER, actor_id=1)[
        Action.DUPLICATE_ITEM
    ]
    assert isinstance(why, RuleViolation)
    assert (why.code, why.message) == ("duplication_interdite", "Un badge temporaire ne se duplique jamais.")
    # a master key is copied only under mandate: the action opens (the dialog asks the mandate)
    assert Action.DUPLICATE_ITEM in possible(facts(ItemType.MASTER_KEY))


def test_the_role_comes_first_and_says_which_action_is_not_permitted() -> None:
    why = available_movements(facts(), role=Role.CUSTODIAN, actor_id=1)[Action.DUPLICATE_ITEM]
    assert isinstance(why, PermissionDenied)
    assert why.message == (
        "Action refusée : « Enregistrer une duplication sous mandat » n'est pas permis au rôle « Gardien des clés »."
    )


def test_a_technician_may_declare_lost_only_what_he_holds() -> None:
    held_by_7 = facts(status=HELD)
    assert available_movements(held_by_7, role=Role.TECHNICIAN, actor_id=7)[Action.DECLARE_LOSS] is None
    why = available_movements(held_by_7, role=Role.TECHNICIAN, actor_id=8)[Action.DECLARE_LOSS]
    assert isinstance(why, PermissionDenied)
    assert why.message == "Un technicien ne peut déclarer perdu que ce qu'il détient."


def test_the_service_refuses_with_the_sentence_the_window_shows(world: World) -> None:
    badge = world.item(world.ids.items[ItemType.TEMPORARY_BADGE])
    shown = available_movements(badge.facts, role=world.manager.role, actor_id=world.manager.person_id)[
        Action.DUPLICATE_ITEM
    ]
    assert shown is not None
    with world.refused(RuleViolation, code=shown.code, match=shown.message):
        world.svc.registry.duplicate_item(world.manager, item_id=badge.id, copies=1, mandate=None)

    key = world.item(world.ids.items[ItemType.MECHANICAL_KEY])
    shown = available_movements(key.facts, role=world.custodian.role, actor_id=world.custodian.person_id)[
        Action.RETURN_ITEM
    ]
    assert shown is not None
    with world.refused(RuleViolation, code=shown.code, match=shown.message):
        world.give_back(key.id)


# --------------------------------------------------------------------------- times


def test_a_report_is_late_past_thirty_minutes_and_not_at_thirty() -> None:
    noticed = NOW
    assert not rules.is_late_report(noticed, noticed + timedelta(minutes=30))
    assert rules.is_late_report(noticed, noticed + timedelta(minutes=30, seconds=1))
    assert rules.LOSS_REPORT_MINUTES == 30
    assert "plus de 30 minutes" in rules.LATE_REPORT_TEXT and "PROC-INT-006 §03" in rules.LATE_REPORT_TEXT


def test_the_default_due_date_is_a_week_at_six_or_tonight_for_a_temporary_badge() -> None:
    due = rules.default_due(ItemType.BADGE, NOW).astimezone(PARIS)
    assert (due.date().isoformat(), due.hour, due.minute) == ("2026-03-17", 18, 0)
    tonight = rules.default_due(ItemType.TEMPORARY_BADGE, NOW).astimezone(PARIS)
    assert (tonight.date().isoformat(), tonight.hour, tonight.minute) == ("2026-03-10", 23, 59)
    # the rules accept what they propose
    rules.check_due_date(ItemType.TEMPORARY_BADGE, rules.default_due(ItemType.TEMPORARY_BADGE, NOW), NOW)


def test_overdue_is_one_predicate_on_datetimes_and_stored_microseconds() -> None:
    assert HELD.overdue(NOW + timedelta(days=3))
    assert not HELD.overdue(NOW)
    assert rules.is_overdue(ItemState.IN_SERVICE, Keeping.TECHNICIAN, 10, 11)
    assert not rules.is_overdue(ItemState.IN_SERVICE, Keeping.HEADQUARTERS, 10, 11)
    assert not rules.is_overdue(ItemState.LOST, Keeping.TECHNICIAN, 10, 11)


# --------------------------------------------------------------------------- identifiers


def test_a_uid_as_typed_and_as_a_reader_types_it() -> None:
    assert normalize_uid("04:a2 b3-c4") == "04A2B3C4"
    assert is_uid("04A2B3C4D5") and not is_uid("04A2B3C4D5", card_lengths_only=True)  # 5 bytes: no card
    assert is_uid("04A2B3C4D5E680", card_lengths_only=True)
    assert looks_like_code("04:A2:B3:C4") and looks_like_code("ecl-00042")
    assert not looks_like_code("hôtel") and not looks_like_code("clé-maîtresse")


def test_the_next_registry_id_follows_the_highest_generated_number_not_the_count() -> None:
    assert next_registry_id("ECL", []) == "ECL-00001"
    assert next_registry_id("ECL", ["ECL-00001", "ECL-00007", "ECL-A", "BDN-00099"]) == "ECL-00008"
    seq = RegistryIdSequence("ECL", ["ECL-00002"])
    seq.reserve("ECL-00003")  # a later row of an import names it
    assert [seq.next(), seq.next()] == ["ECL-00004", "ECL-00005"]


def test_reception_and_import_number_a_clients_items_alike(world: World) -> None:
    # the world's client has one item of each type; one typed by hand far ahead
    world.receive(registry_id="ECL-00040")
    count = len([i for i in world.ids.registry_ids.values() if i.startswith("ECL-")]) + 1
    assert count < 40
    imported = world.svc.import_export.import_items(
        world.admin, f"client_code,site,type\nECL,{world.ids.site_s1_id},mechanical_key\n", source="un.csv"
    )
    assert imported.ok, imported.errors
    # count+1 would have given ECL-0000<count+1>: the import follows the highest number, as reception
    assert imported.registry_ids == ("ECL-00041",)
    assert world.receive().registry_id == "ECL-00042"


# --------------------------------------------------------------------------- signed texts


def test_signed_texts_agree_in_gender_and_elision() -> None:
    assert wording.return_countersignature(
        custodian="Claire Dubois", holder="Thomas Éclair", item_type=ItemType.BADGE, registry_id="ECL-00001"
    ) == "Je soussigné(e) Claire Dubois contresigne le retour du badge ECL-00001 par Thomas Éclair."
    assert wording.restitution_statement(
        client="Banque du Nord", item_type=ItemType.MASTER_KEY, registry_id="BDN-00001", signatory=None
    ) == "La clé maîtresse BDN-00001 est restituée au client Banque du Nord (PROC-INT-006 §04)."
    for item_type in ItemType:
        text = wording.attribution_statement(holder="Ana", item_type=item_type, registry_id="X-1")
        assert " de le " not in text and text.endswith("jusqu'à son retour au siège (PROC-INT-006 §01).")


def test_a_receipt_prints_the_sentences_signed_in_the_dialog() -> None:
    (statement,) = wording.receipt_statements(
        MovementKind.ATTRIBUTION, item_type=ItemType.BADGE, registry_id="ECL-00001", holder="Thomas Éclair",
        actor="Claire Dubois", client="Société des Écluses",
    )
    assert statement == wording.attribution_statement(
        holder="Thomas Éclair", item_type=ItemType.BADGE, registry_id="ECL-00001"
    )
    back = wording.receipt_statements(
        MovementKind.RETURN, item_type=ItemType.BADGE, registry_id="ECL-00001", holder="Thomas Éclair",
        actor="Claire Dubois", client="Société des Écluses",
    )
    assert back == (
        wording.return_statement(holder="Thomas Éclair", item_type=ItemType.BADGE, registry_id="ECL-00001"),
        wording.return_countersignature(
            custodian="Claire Dubois", holder="Thomas Éclair", item_type=ItemType.BADGE, registry_id="ECL-00001"
        ),
    )
    with pytest.raises(ValueError):
        wording.receipt_statements(
            MovementKind.LOSS, item_type=ItemType.BADGE, registry_id="X", holder="", actor="", client=""
        )


def test_reception_and_import_refuse_an_old_date_and_twin_uids_with_one_sentence(world: World) -> None:
    old = "La date de réception est invalide (avant 1990)."
    twins = "L'UID de la carte et celui du porte-clés sont identiques."
    with world.refused(ValidationError, match=old, field="received_on"):
        world.receive(received_on=date(1989, 12, 31))
    with world.refused(ValidationError, match=twins):
        world.receive(card_uid="0102030405060708", tag_uid="01:02:03:04:05:06:07:08")
    report = world.svc.import_export.import_items(
        world.admin,
        "client_code,site,type,received_on,card_uid,tag_uid\n"
        f"ECL,{world.ids.site_s1_id},badge,1989-12-31,,\n"
        f"ECL,{world.ids.site_s1_id},badge,,0102030405060708,0102030405060708\n",
        source="deux.csv",
    )
    assert not report.ok
    assert [(e.line, e.message) for e in report.errors] == [(2, old), (3, twins)]

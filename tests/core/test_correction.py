"""Corrections: a new movement that references the one it corrects; history is never edited
(SPEC §1)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from mileo_desk.domain.clock import to_us
from mileo_desk.domain.enums import ItemType, MovementKind
from mileo_desk.domain.errors import ConflictError, NotFoundError, RuleViolation, ValidationError
from mileo_desk.services.dto import ItemFilter
from tests.conftest import BADGE_UID, KEY_TAG_UID, World, sig


def _reception_seq(world: World, item_id: int) -> int:
    return world.history(item_id)[0].seq


def test_correction_is_a_new_movement_referencing_the_corrected_one(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    before = world.history()
    target = _reception_seq(world, key)
    result = world.svc.registry.correct_movement(
        world.custodian, seq=target, note="Numéro frappé mal recopié",
        changes={"stamped_number": "K-1243", "label": "Clé portail nord"},
    )
    mv = result.movement
    assert (mv.kind, mv.corrects_seq, mv.note, mv.item_id) == (MovementKind.CORRECTION, target,
                                                               "Numéro frappé mal recopié", key)
    assert mv.details == {"changes": {"stamped_number": {"before": "K-1234", "after": "K-1243"},
                                      "label": {"before": "Clé portail", "after": "Clé portail nord"}}}
    assert (result.item.stamped_number, result.item.label) == ("K-1243", "Clé portail nord")
    after = world.history()
    assert after[: len(before)] == before, "earlier movements are never edited"
    assert after[len(before):] == [mv]
    assert world.svc.queries.list_items(world.custodian, ItemFilter(text="portail nord")).items[0].id == key


def test_note_only_correction(world: World) -> None:
    target = _reception_seq(world, world.item_id(ItemType.BADGE))
    mv = world.svc.registry.correct_movement(world.custodian, seq=target, note="Reçu le 9 mars, pas le 10").movement
    assert (mv.corrects_seq, mv.details, mv.due_at) == (target, {}, None)


def test_due_date_correction_on_the_current_attribution(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    attribution = world.attribute(key).movement
    # a note-only correction in between does not make the attribution any less current
    world.svc.registry.correct_movement(world.custodian, seq=attribution.seq, note="Précision : intervention n°42")
    new_due = world.due(days=21)
    result = world.svc.registry.correct_movement(world.manager, seq=attribution.seq, note="Chantier prolongé",
                                                 due_at=new_due)
    assert result.item.due_at == new_due
    assert result.movement.due_at == new_due
    assert attribution.due_at is not None
    assert result.movement.details == {"changes": {"due_us": {"before": to_us(attribution.due_at),
                                                              "after": to_us(new_due)}}}
    # the attribution itself still says what was signed
    assert world.history(key)[1] == attribution


def test_due_date_correction_only_on_the_current_attribution(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    first = world.attribute(key).movement
    world.give_back(key)
    with world.refused(RuleViolation, code="correction", match="que sur l'attribution en cours"):
        world.svc.registry.correct_movement(world.custodian, seq=first.seq, note="x", due_at=world.due(days=3))
    world.attribute(key, world.noel_id)
    for seq in (first.seq, _reception_seq(world, key)):
        with world.refused(RuleViolation, code="correction"):
            world.svc.registry.correct_movement(world.custodian, seq=seq, note="x", due_at=world.due(days=3))
    # a transfer is the current attribution too
    transfer = world.svc.registry.transfer_item(world.custodian, item_id=key, to_holder_id=world.thomas_id,
                                                due_at=world.due(days=1), signature=sig(6)).movement
    done = world.svc.registry.correct_movement(world.custodian, seq=transfer.seq, note="x", due_at=world.due(days=4))
    assert done.item.due_at == world.due(days=4)


@pytest.mark.parametrize(
    ("due", "exc", "fragment"),
    [
        ("past", ValidationError, "dans le futur"),
        ("two_years", ValidationError, "plus d'un an"),
        ("tomorrow_temp", RuleViolation, "PROC-INT-005 §04"),
    ],
)
def test_corrected_due_date_follows_the_attribution_rules(world: World, due: str, exc: type, fragment: str) -> None:
    item_type = ItemType.TEMPORARY_BADGE if due == "tomorrow_temp" else ItemType.BADGE
    item = world.item_id(item_type)
    seq = world.attribute(item, due=datetime(2026, 3, 10, 17, 0, tzinfo=UTC)).movement.seq
    due_at = {"past": world.due(hours=-1), "two_years": world.due(days=730),
              "tomorrow_temp": world.due(days=1)}[due]
    with world.refused(exc, match=fragment):
        world.svc.registry.correct_movement(world.custodian, seq=seq, note="x", due_at=due_at)


def test_uid_correction(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    seq = _reception_seq(world, key)
    result = world.svc.registry.correct_movement(world.custodian, seq=seq, note="Porte-clés remplacé",
                                                 changes={"tag_uid": "aa:bb:cc:dd"})
    assert result.item.tag_uid == "AABBCCDD"
    assert result.movement.details["changes"]["tag_uid"] == {"before": KEY_TAG_UID, "after": "AABBCCDD"}
    found = world.svc.queries.resolve_uid(world.custodian, "AABBCCDD")
    assert found.item is not None and found.item.id == key
    assert world.svc.queries.resolve_uid(world.custodian, KEY_TAG_UID).kind == "unknown"
    # keeping the item's own UID is not a conflict
    world.svc.registry.correct_movement(world.custodian, seq=seq, note="x", changes={"tag_uid": "AABBCCDD"})
    # clearing it is allowed
    cleared = world.svc.registry.correct_movement(world.custodian, seq=seq, note="Porte-clés perdu",
                                                  changes={"tag_uid": None})
    assert cleared.item.tag_uid is None


@pytest.mark.parametrize(
    ("changes", "exc", "field", "fragment"),
    [
        ({"card_uid": BADGE_UID}, ConflictError, "card_uid", "déjà enregistré pour l'objet ECL-00001"),
        ({"tag_uid": "04:a1:b2:c3:d4:e5:f6"}, ConflictError, "tag_uid", "badge professionnel de Thomas Éclair"),
        ({"card_uid": "xyz"}, ValidationError, "card_uid", "UID de la carte invalide"),
        ({"state": "lost"}, ValidationError, "state", "Champ non corrigeable : « state »"),
        ({"registry_id": "ECL-99"}, ValidationError, "registry_id", "non corrigeable"),
        ({"label": "a\nb"}, ValidationError, "label", "une ligne"),
        ({"stamped_number": "K" * 61}, ValidationError, "stamped_number", "dépasse 60"),
    ],
)
def test_correction_refusals(world: World, changes: dict[str, str], exc: type, field: str, fragment: str) -> None:
    seq = _reception_seq(world, world.item_id(ItemType.MECHANICAL_KEY))
    with world.refused(exc, field=field, match=fragment):
        world.svc.registry.correct_movement(world.custodian, seq=seq, note="Correction", changes=changes)


@pytest.mark.read_only
def test_correction_needs_a_reason_and_an_existing_movement(world: World) -> None:
    seq = _reception_seq(world, world.item_id(ItemType.BADGE))
    for note in ("", "   "):
        with world.refused(ValidationError, field="note", match="motif de la correction est obligatoire"):
            world.svc.registry.correct_movement(world.custodian, seq=seq, note=note, changes={"label": "X"})
    with world.refused(NotFoundError, field="seq", match="Mouvement n°999999 introuvable"):
        world.svc.registry.correct_movement(world.custodian, seq=999_999, note="x")


def test_correction_cannot_make_card_and_tag_uid_equal(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    with world.refused(ValidationError, field="card_uid"):
        world.svc.registry.correct_movement(world.custodian, seq=_reception_seq(world, key), note="x",
                                            changes={"card_uid": KEY_TAG_UID})


def test_uid_correction_frees_the_old_uid(world: World) -> None:
    badge = world.item_id(ItemType.BADGE)
    world.svc.registry.correct_movement(world.custodian, seq=_reception_seq(world, badge), note="Carte changée",
                                        changes={"card_uid": "01020304"})
    reused = world.receive(ItemType.BADGE, card_uid=BADGE_UID)
    assert reused.card_uid == BADGE_UID
    assert world.svc.queries.resolve_uid(world.custodian, BADGE_UID).item == reused

"""Attribution, return and transfer with signatures (SPEC §2, PROC-INT-006 §01,
PROC-INT-005 §04)."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta

import pytest

from mileo_desk.domain import signature as sig_mod
from mileo_desk.domain.enums import ItemState, ItemType, Keeping, MovementKind, SignatureRole
from mileo_desk.domain.errors import NotFoundError, RuleViolation, ValidationError
from mileo_desk.domain.signature import SignatureCapture
from tests.conftest import World, dot_sig, empty_sig, short_sig, sig

# --------------------------------------------------------------------------- attribution


def test_attribution_hands_the_item_to_the_technician_who_signs(world: World) -> None:
    badge = world.item_id(ItemType.BADGE)
    due = world.due(days=14)
    result = world.svc.registry.attribute_item(world.custodian, item_id=badge, holder_id=world.thomas_id, due_at=due,
                                               signature=sig(5), note="Maintenance trimestrielle",
                                               identified_by_badge=True)
    item, mv = result.item, result.movement
    assert (item.state, item.keeping, item.holder_id, item.holder_name) == (
        ItemState.IN_SERVICE, Keeping.TECHNICIAN, world.thomas_id, "Thomas Éclair")
    assert (item.held_since, item.due_at, item.overdue) == (world.clock.now, due, False)
    assert (mv.kind, mv.holder_id, mv.holder_name, mv.due_at, mv.note) == (
        MovementKind.ATTRIBUTION, world.thomas_id, "Thomas Éclair", due, "Maintenance trimestrielle")
    assert mv.details == {"badge": True}
    (signature,) = mv.signatures
    assert (signature.role, signature.signer_id, signature.signer_name, signature.intact) == (
        SignatureRole.TECHNICIAN.value, world.thomas_id, "Thomas Éclair", True)
    vectors = sig_mod.vectors_json(sig(5))
    assert signature.vectors == vectors
    assert signature.png.startswith(sig_mod.PNG_MAGIC)
    assert signature.digest == sig_mod.digest(vectors, signature.png)


def test_attribution_keeps_the_png_from_the_capture_widget(world: World) -> None:
    png = sig_mod.render_png(sig(0), scale=0.5)
    capture = SignatureCapture(sig(0).width, sig(0).height, sig(0).strokes, device="touch", png=png)
    mv = world.svc.registry.attribute_item(world.custodian, item_id=world.item_id(ItemType.BADGE),
                                           holder_id=world.thomas_id, due_at=world.due(), signature=capture).movement
    assert mv.signatures[0].png == png
    assert json.loads(mv.signatures[0].vectors)["device"] == "touch"
    assert mv.details == {}


def test_site_lead_may_hold_an_item(world: World) -> None:
    result = world.attribute(world.item_id(ItemType.MASTER_KEY), world.site_lead.person_id)
    assert result.item.holder_name == "Sophie Garnier"


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("due", "exc", "fragment"),
    [
        (None, ValidationError, "date de retour prévue est obligatoire"),
        (timedelta(0), ValidationError, "dans le futur"),
        (timedelta(hours=-1), ValidationError, "dans le futur"),
        (timedelta(days=367), ValidationError, "plus d'un an"),
    ],
)
def test_due_date_required_future_and_within_a_year(world: World, due: timedelta | None, exc: type,
                                                    fragment: str) -> None:
    due_at = None if due is None else world.clock.now + due
    with world.refused(exc, field="due_at", match=fragment):
        world.svc.registry.attribute_item(world.custodian, item_id=world.item_id(ItemType.BADGE),
                                          holder_id=world.thomas_id, due_at=due_at, signature=sig())


def test_due_date_a_year_ahead_is_accepted(world: World) -> None:
    assert world.attribute(world.item_id(ItemType.BADGE), due=world.due(days=365)).item.due_at == world.due(days=365)


def test_temporary_badge_must_come_back_the_same_day(world: World) -> None:
    temp = world.item_id(ItemType.TEMPORARY_BADGE)
    # 10:00 in Paris: 23:00 today is fine, 00:30 tomorrow is not (PROC-INT-005 §04)
    tomorrow = datetime(2026, 3, 10, 23, 30, tzinfo=UTC)
    with world.refused(RuleViolation, code="badge_temporaire", field="due_at", match="le jour même"):
        world.attribute(temp, due=tomorrow)
    with world.refused(RuleViolation, code="badge_temporaire", match="10/03/2026 23:59"):
        world.attribute(temp, due=world.due(days=7))
    tonight = datetime(2026, 3, 10, 22, 0, tzinfo=UTC)
    assert world.attribute(temp, due=tonight).item.due_at == tonight


def test_item_already_held_is_refused_with_the_holders_name(world: World) -> None:
    badge = world.item_id(ItemType.BADGE)
    world.attribute(badge)
    world.clock.advance(hours=2)
    with world.refused(RuleViolation, code="deja_attribue",
                       match="ECL-00001 est déjà détenu par Thomas Éclair depuis le 10/03/2026 10:00"):
        world.attribute(badge, world.noel_id)
    # not even to the same technician again
    with world.refused(RuleViolation, code="deja_attribue"):
        world.attribute(badge, world.thomas_id)


@pytest.mark.parametrize(
    ("make_state", "fragment"),
    [("lost", "est déclaré perdu"), ("stolen", "est déclaré volé"), ("returned", "a été restitué au client")],
)
def test_lost_stolen_or_returned_items_cannot_be_attributed(world: World, make_state: str, fragment: str) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    reg = world.svc.registry
    if make_state == "returned":
        reg.restitute_item(world.custodian, item_id=key)
    else:
        reg.declare_loss(world.manager, item_id=key, stolen=make_state == "stolen", noticed_at=world.clock.now)
    with world.refused(RuleViolation, code="etat", match=f"ECL-00002 {fragment} : impossible de l'attribuer"):
        world.attribute(key)


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("holder", "code", "fragment"),
    [
        ("ines", "inactif", "Inès Morel n'est plus actif"),
        ("paul", "role_detenteur", "Paul Girard (Responsable d'exploitation) ne peut pas détenir"),
        ("claire", "role_detenteur", "Claire Dubois (Gardien des clés)"),
    ],
)
def test_holder_must_be_an_active_technician(world: World, holder: str, code: str, fragment: str) -> None:
    holder_id = {"ines": world.ids.ines_id, "paul": world.ids.paul_id, "claire": world.custodian.person_id}[holder]
    with world.refused(RuleViolation, code=code, match=fragment):
        world.attribute(world.item_id(ItemType.BADGE), holder_id)


@pytest.mark.read_only
def test_unknown_item_or_holder(world: World) -> None:
    with world.refused(NotFoundError, field="item", match="Objet n°999999 introuvable"):
        world.attribute(999_999)
    with world.refused(NotFoundError, field="person", match="Technicien introuvable"):
        world.attribute(world.item_id(ItemType.BADGE), 999_999)


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("capture", "fragment"),
    [
        (None, "La signature de Thomas Éclair est obligatoire"),
        (empty_sig(), "est vide"),
        (dot_sig(), "trop courte"),
        (short_sig(), "trop courte"),
        (SignatureCapture(400, 150, sig().strokes, png=b"not a png"), "pas un PNG"),
    ],
)
def test_attribution_needs_a_real_signature(world: World, capture: SignatureCapture | None, fragment: str) -> None:
    with world.refused(ValidationError, field="signature", match=fragment):
        world.svc.registry.attribute_item(world.custodian, item_id=world.item_id(ItemType.BADGE),
                                          holder_id=world.thomas_id, due_at=world.due(), signature=capture)


# --------------------------------------------------------------------------- return


def test_return_is_countersigned_and_brings_the_item_back(world: World) -> None:
    badge = world.item_id(ItemType.BADGE)
    world.attribute(badge)
    world.clock.advance(days=1)
    result = world.svc.registry.return_item(world.custodian, item_id=badge, technician_signature=sig(7),
                                            custodian_signature=sig(8), note="RAS")
    item, mv = result.item, result.movement
    assert (item.keeping, item.holder_id, item.held_since, item.due_at) == (Keeping.HEADQUARTERS, None, None, None)
    assert (mv.kind, mv.holder_id, mv.holder_name, mv.note, mv.details) == (
        MovementKind.RETURN, world.thomas_id, "Thomas Éclair", "RAS", {})
    roles = {(s.role, s.signer_id, s.signer_name) for s in mv.signatures}
    assert roles == {("technician", world.thomas_id, "Thomas Éclair"),
                     ("custodian", world.custodian.person_id, "Claire Dubois")}
    assert all(s.intact for s in mv.signatures)
    # the item can be handed out again
    assert world.attribute(badge, world.noel_id).item.holder_id == world.noel_id


def test_an_item_comes_back_from_a_holder_deactivated_meanwhile(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(key, world.noel_id)
    world.svc.directory.update_person(world.manager, world.noel_id, active=False)
    assert world.item(key).holder_name == "Noël Dupré"
    # he cannot be handed anything else, but what he holds can always come back
    with world.refused(RuleViolation, code="inactif"):
        world.attribute(world.item_id(ItemType.BADGE), world.noel_id)
    mv = world.give_back(key).movement
    assert (mv.kind, mv.holder_id) == (MovementKind.RETURN, world.noel_id)
    assert {s.signer_name for s in mv.signatures} == {"Noël Dupré", "Claire Dubois"}


def test_late_return_is_flagged(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(key, due=world.due(days=2))
    world.clock.advance(days=3)
    assert world.item(key).overdue
    mv = world.give_back(key).movement
    assert mv.details == {"late": True}


@pytest.mark.parametrize("missing", ["technician", "custodian"])
def test_return_needs_both_signatures(world: World, missing: str) -> None:
    badge = world.item_id(ItemType.BADGE)
    world.attribute(badge)
    signatures = {"technician_signature": sig(2), "custodian_signature": sig(3)}
    signatures[f"{missing}_signature"] = None
    who = "Thomas Éclair" if missing == "technician" else "Claire Dubois"
    with world.refused(ValidationError, field="signature", match=f"La signature de {who} est obligatoire"):
        world.svc.registry.return_item(world.custodian, item_id=badge, **signatures)
    signatures[f"{missing}_signature"] = dot_sig()
    with world.refused(ValidationError, field="signature", match=f"La signature de {who} est trop courte"):
        world.svc.registry.return_item(world.custodian, item_id=badge, **signatures)


def test_return_of_an_item_at_headquarters_is_refused(world: World) -> None:
    with world.refused(RuleViolation, code="non_attribue", match="déjà au siège"):
        world.give_back(world.item_id(ItemType.BADGE))
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.svc.registry.declare_loss(world.manager, item_id=key, stolen=False, noticed_at=world.clock.now)
    with world.refused(RuleViolation, code="etat"):
        world.give_back(key)


# --------------------------------------------------------------------------- transfer


def test_transfer_between_technicians(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(key)
    world.clock.advance(hours=3)
    due = world.due(days=3)
    result = world.svc.registry.transfer_item(world.custodian, item_id=key, to_holder_id=world.noel_id, due_at=due,
                                              signature=sig(9), note="Relève d'astreinte")
    item, mv = result.item, result.movement
    assert (item.holder_id, item.holder_name, item.held_since, item.due_at) == (
        world.noel_id, "Noël Dupré", world.clock.now, due)
    assert (mv.kind, mv.holder_id, mv.due_at, mv.details) == (MovementKind.TRANSFER, world.noel_id, due,
                                                              {"from_holder_id": world.thomas_id})
    assert [(s.role, s.signer_id) for s in mv.signatures] == [("technician", world.noel_id)]


@pytest.mark.parametrize(
    ("case", "exc", "code", "fragment"),
    [
        ("at_headquarters", RuleViolation, "non_attribue", "utilisez une attribution"),
        ("same_holder", RuleViolation, "meme_detenteur", "Thomas Éclair détient déjà"),
        ("inactive", RuleViolation, "inactif", "Inès Morel"),
        ("not_a_technician", RuleViolation, "role_detenteur", "Paul Girard"),
        ("no_due", ValidationError, "saisie_invalide", "obligatoire"),
        ("no_signature", ValidationError, "saisie_invalide", "La signature de Noël Dupré est obligatoire"),
        ("unknown_holder", NotFoundError, "introuvable", "Technicien introuvable"),
        ("lost", RuleViolation, "etat", "impossible de le transférer"),
    ],
)
def test_transfer_refusals(world: World, case: str, exc: type, code: str, fragment: str) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    if case == "lost":
        world.svc.registry.declare_loss(world.manager, item_id=key, stolen=False, noticed_at=world.clock.now)
    elif case != "at_headquarters":
        world.attribute(key)
    to = {"same_holder": world.thomas_id, "inactive": world.ids.ines_id, "not_a_technician": world.ids.paul_id,
          "unknown_holder": 999_999}.get(case, world.noel_id)
    due = None if case == "no_due" else world.due()
    signature = None if case == "no_signature" else sig()
    with world.refused(exc, code=code, match=fragment):
        world.svc.registry.transfer_item(world.custodian, item_id=key, to_holder_id=to, due_at=due,
                                         signature=signature)


def test_transfer_of_a_temporary_badge_keeps_the_same_day_rule(world: World) -> None:
    temp = world.item_id(ItemType.TEMPORARY_BADGE)
    world.attribute(temp, due=datetime(2026, 3, 10, 16, 0, tzinfo=UTC))
    with world.refused(RuleViolation, code="badge_temporaire"):
        world.svc.registry.transfer_item(world.custodian, item_id=temp, to_holder_id=world.noel_id,
                                         due_at=world.due(days=1), signature=sig())

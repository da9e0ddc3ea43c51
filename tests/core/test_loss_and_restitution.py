"""Loss and theft (PROC-INT-006 §03), found items (SPEC §3) and restitution to the client
(PROC-INT-006 §04)."""

from __future__ import annotations

from datetime import timedelta

import pytest

from mileo_desk.domain.clock import to_us
from mileo_desk.domain.enums import ItemState, ItemType, Keeping, MovementKind
from mileo_desk.domain.errors import NotFoundError, PermissionDenied, RuleViolation, ValidationError
from tests.conftest import World, dot_sig, sig

# --------------------------------------------------------------------------- loss and theft


def test_loss_records_noticed_and_reported_times(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(key)
    noticed = world.clock.advance(hours=2) - timedelta(minutes=20)
    result = world.svc.registry.declare_loss(world.manager, item_id=key, stolen=False, noticed_at=noticed,
                                             note="Perdue sur le parking")
    item, mv = result.item, result.movement
    assert (item.state, item.keeping, item.holder_id, item.due_at) == (ItemState.LOST, Keeping.HEADQUARTERS, None,
                                                                       None)
    assert (mv.kind, mv.holder_id, mv.note) == (MovementKind.LOSS, world.thomas_id, "Perdue sur le parking")
    assert mv.details == {"noticed_us": to_us(noticed), "reported_us": to_us(world.clock.now), "late": False}


def test_theft_with_explicit_report_time(world: World) -> None:
    badge = world.item_id(ItemType.BADGE)
    noticed = world.clock.now - timedelta(hours=1)
    reported = noticed + timedelta(minutes=30)
    mv = world.svc.registry.declare_loss(world.site_lead, item_id=badge, stolen=True, noticed_at=noticed,
                                         reported_at=reported).movement
    assert mv.kind is MovementKind.THEFT
    assert mv.details == {"noticed_us": to_us(noticed), "reported_us": to_us(reported), "late": False}
    assert world.item(badge).state is ItemState.STOLEN


def test_report_more_than_30_minutes_after_noticing_is_flagged(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    noticed = world.clock.now - timedelta(minutes=31)
    mv = world.svc.registry.declare_loss(world.manager, item_id=key, stolen=False, noticed_at=noticed).movement
    assert mv.details["late"] is True
    late = world.svc.queries.dashboard(world.manager).late_loss_reports
    assert [m.seq for m in late] == [mv.seq]


@pytest.mark.read_only
@pytest.mark.parametrize(
    ("noticed", "reported", "field", "fragment"),
    [
        (None, None, "noticed_at", "L'heure de constatation est obligatoire"),
        (timedelta(minutes=5), None, "noticed_at", "L'heure de constatation est dans le futur"),
        (timedelta(minutes=-5), timedelta(minutes=10), "reported_at", "L'heure de signalement est dans le futur"),
        (timedelta(minutes=-5), timedelta(minutes=-6), "reported_at", "précède l'heure de constatation"),
    ],
)
def test_loss_times_are_checked(world: World, noticed: timedelta | None, reported: timedelta | None, field: str,
                                fragment: str) -> None:
    now = world.clock.now
    with world.refused(ValidationError, field=field, match=fragment):
        world.svc.registry.declare_loss(
            world.manager, item_id=world.item_id(ItemType.BADGE), stolen=False,
            noticed_at=None if noticed is None else now + noticed,
            reported_at=None if reported is None else now + reported,
        )


def test_technician_declares_only_what_he_holds(world: World) -> None:
    tech, reg = world.technician, world.svc.registry
    mine, noels, at_hq = (world.item_id(t) for t in (ItemType.BADGE, ItemType.MECHANICAL_KEY, ItemType.CODE_KEY))
    world.attribute(mine, world.thomas_id)
    world.attribute(noels, world.noel_id)
    for other in (noels, at_hq):
        with world.refused(PermissionDenied, match="ne peut déclarer perdu que ce qu'il détient"):
            reg.declare_loss(tech, item_id=other, stolen=False, noticed_at=world.clock.now)
    mv = reg.declare_loss(tech, item_id=mine, stolen=True, noticed_at=world.clock.now).movement
    assert (mv.kind, mv.actor_id, mv.holder_id) == (MovementKind.THEFT, world.thomas_id, world.thomas_id)
    # once declared, it is no longer his: he cannot declare it again
    with world.refused(PermissionDenied):
        reg.declare_loss(tech, item_id=mine, stolen=False, noticed_at=world.clock.now)


def test_loss_of_an_item_already_lost_or_returned(world: World) -> None:
    key, badge = world.item_id(ItemType.MECHANICAL_KEY), world.item_id(ItemType.BADGE)
    reg = world.svc.registry
    reg.declare_loss(world.manager, item_id=key, stolen=False, noticed_at=world.clock.now)
    with world.refused(RuleViolation, code="etat", match="est déclaré perdu"):
        reg.declare_loss(world.manager, item_id=key, stolen=True, noticed_at=world.clock.now)
    reg.restitute_item(world.custodian, item_id=badge)
    with world.refused(RuleViolation, code="etat", match="a été restitué au client"):
        reg.declare_loss(world.manager, item_id=badge, stolen=False, noticed_at=world.clock.now)
    with world.refused(NotFoundError, field="item"):
        reg.declare_loss(world.manager, item_id=999_999, stolen=False, noticed_at=world.clock.now)


# --------------------------------------------------------------------------- found


def test_found_item_keeps_the_loss_in_its_history(world: World) -> None:
    key = world.item_id(ItemType.MECHANICAL_KEY)
    world.attribute(key)
    loss = world.svc.registry.declare_loss(world.custodian, item_id=key, stolen=False,
                                           noticed_at=world.clock.now).movement
    world.clock.advance(days=2)
    result = world.svc.registry.mark_found(world.custodian, item_id=key, note="Retrouvée dans le véhicule")
    assert (result.item.state, result.item.keeping, result.item.holder_id) == (ItemState.IN_SERVICE,
                                                                               Keeping.HEADQUARTERS, None)
    assert (result.movement.kind, result.movement.note) == (MovementKind.FOUND, "Retrouvée dans le véhicule")
    history = world.history(key)
    assert [m.kind for m in history] == [MovementKind.RECEPTION, MovementKind.ATTRIBUTION, MovementKind.LOSS,
                                         MovementKind.FOUND]
    assert history[2] == loss  # the loss is kept as it was
    assert world.attribute(key, world.noel_id).item.holder_id == world.noel_id


@pytest.mark.read_only
def test_found_is_refused_for_items_in_service(world: World) -> None:
    with world.refused(RuleViolation, code="etat", match="ECL-00001 n'est ni perdu ni volé"):
        world.svc.registry.mark_found(world.custodian, item_id=world.item_id(ItemType.BADGE))


# --------------------------------------------------------------------------- restitution


def test_restitution_to_the_client(world: World) -> None:
    badge = world.item_id(ItemType.BADGE)
    result = world.svc.registry.restitute_item(world.site_lead, item_id=badge, note="Fin de contrat")
    assert (result.item.state, result.item.keeping) == (ItemState.RETURNED_TO_CLIENT, Keeping.HEADQUARTERS)
    assert (result.movement.kind, result.movement.signatures, result.movement.details) == (
        MovementKind.RESTITUTION, (), {})
    with world.refused(RuleViolation, code="etat", match="impossible de le restituer"):
        world.svc.registry.restitute_item(world.custodian, item_id=badge)


def test_restitution_signed_by_the_clients_representative(world: World) -> None:
    result = world.svc.registry.restitute_item(world.custodian, item_id=world.item_id(ItemType.MASTER_KEY),
                                               client_signature=sig(4), client_signatory="Marc Lemaire")
    (signature,) = result.movement.signatures
    assert (signature.role, signature.signer_id, signature.signer_name, signature.intact) == (
        "client", None, "Marc Lemaire", True)
    assert result.movement.details == {"client_signatory": "Marc Lemaire"}


def test_restitution_refusals(world: World) -> None:
    reg, key = world.svc.registry, world.item_id(ItemType.MECHANICAL_KEY)
    with world.refused(ValidationError, field="client_signatory", match="Représentant du client"):
        reg.restitute_item(world.custodian, item_id=key, client_signature=sig(4))
    with world.refused(ValidationError, field="signature", match="Marc Lemaire est trop courte"):
        reg.restitute_item(world.custodian, item_id=key, client_signature=dot_sig(), client_signatory="Marc Lemaire")
    # the item must be back at headquarters first
    world.attribute(key)
    with world.refused(RuleViolation, code="deja_attribue", match="doit d'abord être rendu au siège"):
        reg.restitute_item(world.custodian, item_id=key)
    world.give_back(key)
    assert reg.restitute_item(world.custodian, item_id=key).item.state is ItemState.RETURNED_TO_CLIENT
    lost = world.item_id(ItemType.CODE_KEY)
    reg.declare_loss(world.manager, item_id=lost, stolen=False, noticed_at=world.clock.now)
    with world.refused(RuleViolation, code="etat", match="est déclaré perdu"):
        reg.restitute_item(world.custodian, item_id=lost)

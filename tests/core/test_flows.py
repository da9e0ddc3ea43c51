"""The handover flow, driven headless as the window (or a test) drives it: each step refuses
what the service would refuse, with the same French sentence, and changes nothing when it
does; the outcome feeds the service, and the statements are the ones the receipt prints."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from mileo_desk.domain import wording
from mileo_desk.domain.enums import ItemState, ItemType, Keeping, MovementKind, Role, SignatureRole
from mileo_desk.domain.errors import PermissionDenied, RuleViolation, ValidationError
from mileo_desk.domain.flows import FlowError, HandoverFlow
from mileo_desk.domain.rules import AT_HEADQUARTERS, HolderFacts, ItemFacts, ItemStatus, default_due
from tests.conftest import World, dot_sig, sig

NOW = datetime(2026, 3, 10, 9, 0, tzinfo=UTC)
THOMAS = HolderFacts(7, "Thomas Éclair", Role.TECHNICIAN, True)
NOEL = HolderFacts(8, "Noël Dupré", Role.TECHNICIAN, True)
INES = HolderFacts(9, "Inès Ancienne", Role.TECHNICIAN, False)
PAUL = HolderFacts(10, "Paul Bureau", Role.OPERATIONS_MANAGER, True)
KEY = ItemFacts("ECL-00001", ItemType.MECHANICAL_KEY, AT_HEADQUARTERS)
HELD = ItemFacts("ECL-00001", ItemType.MECHANICAL_KEY,
                 ItemStatus(ItemState.IN_SERVICE, Keeping.TECHNICIAN, 7, NOW, NOW + timedelta(days=1)), "Thomas Éclair")


def attribution(item: ItemFacts = KEY, role: Role = Role.CUSTODIAN) -> HandoverFlow:
    return HandoverFlow(MovementKind.ATTRIBUTION, item, role=role, actor_id=1, actor_name="Claire Dubois", now=NOW)


def test_an_attribution_walks_holder_due_signature_and_yields_what_the_service_records() -> None:
    flow = attribution()
    assert (flow.current, flow.is_last()) == ("holder", False)
    assert flow.data["due_at"] == default_due(ItemType.MECHANICAL_KEY, NOW)  # proposed
    assert flow.submit(holder=THOMAS) == "due"
    assert flow.submit(due_at=NOW + timedelta(days=2)) == "signature"
    assert flow.is_last()
    assert flow.statement() == wording.attribution_statement(
        holder="Thomas Éclair", item_type=ItemType.MECHANICAL_KEY, registry_id="ECL-00001"
    )
    assert flow.submit(signature=sig(1)) is None
    assert flow.finished and flow.current is None
    request = flow.request()
    assert (request.kind, request.holder_id, request.due_at) == (MovementKind.ATTRIBUTION, 7, NOW + timedelta(days=2))
    assert request.statements[SignatureRole.TECHNICIAN].startswith("Je soussigné(e) Thomas Éclair reconnais")


def test_each_step_refuses_what_the_rules_refuse_and_stays_where_it_was() -> None:
    flow = attribution()
    with pytest.raises(ValidationError, match=r"^Choisissez le technicien dans la liste\.$"):
        flow.submit(holder=None)
    with pytest.raises(RuleViolation, match="n'est plus actif"):
        flow.submit(holder=INES)
    with pytest.raises(RuleViolation, match="seuls les techniciens et chefs de chantier"):
        flow.submit(holder=PAUL)
    assert (flow.current, flow.holder) == ("holder", None)
    flow.submit(holder=THOMAS)
    proposed = flow.data["due_at"]
    with pytest.raises(ValidationError, match="doit être dans le futur") as info:
        flow.submit(due_at=NOW - timedelta(hours=1))
    assert info.value.field == "due_at"
    assert (flow.current, flow.data["due_at"]) == ("due", proposed)  # the refused value was not kept
    flow.submit(due_at=NOW + timedelta(days=1))
    with pytest.raises(ValidationError, match=r"^La signature de Thomas Éclair est obligatoire\.$"):
        flow.submit(signature=None)
    with pytest.raises(ValidationError):
        flow.submit(signature=dot_sig())  # a dot is no signature
    with pytest.raises(FlowError, match="inattendu"):
        flow.submit(holder=NOEL)  # not this step's field
    assert flow.current == "signature"
    with pytest.raises(FlowError, match="pas complète"):
        flow.request()


def test_a_temporary_badge_is_proposed_tonight_and_refused_tomorrow() -> None:
    flow = attribution(ItemFacts("ECL-00005", ItemType.TEMPORARY_BADGE, AT_HEADQUARTERS))
    flow.submit(holder=THOMAS)
    with pytest.raises(RuleViolation, match="PROC-INT-005 §04"):
        flow.submit(due_at=NOW + timedelta(days=1))
    assert flow.submit(due_at=flow.data["due_at"]) == "signature"


def test_going_back_keeps_what_was_accepted_and_the_state_resumes() -> None:
    flow = attribution()
    flow.submit(holder=THOMAS)
    assert flow.back() == "holder"
    assert flow.holder == THOMAS
    with pytest.raises(FlowError, match="Première étape"):
        flow.back()
    flow.submit(holder=NOEL)
    saved = flow.state()
    resumed = attribution()
    resumed.restore(saved)
    assert (resumed.current, resumed.holder, resumed.path) == ("due", NOEL, ("holder", "due"))
    with pytest.raises(FlowError, match="illisible"):
        resumed.restore({"path": ["nowhere"]})
    assert resumed.current == "due"


def test_a_flow_never_starts_where_the_window_disables_the_action() -> None:
    with pytest.raises(RuleViolation, match="déjà détenu par Thomas Éclair"):
        attribution(HELD)
    with pytest.raises(PermissionDenied, match="n'est pas permis au rôle « Technicien »"):
        attribution(role=Role.TECHNICIAN)
    with pytest.raises(FlowError, match="n'est pas une remise"):
        HandoverFlow(MovementKind.LOSS, KEY, role=Role.CUSTODIAN, actor_id=1, actor_name="C", now=NOW)


def test_a_transfer_goes_to_someone_else_and_names_the_previous_holder() -> None:
    flow = HandoverFlow(MovementKind.TRANSFER, HELD, role=Role.CUSTODIAN, actor_id=1, actor_name="Claire", now=NOW)
    with pytest.raises(RuleViolation, match="Thomas Éclair détient déjà l'objet ECL-00001"):
        flow.submit(holder=THOMAS)
    flow.submit(holder=NOEL)
    assert "des mains de Thomas Éclair" in flow.statement()


def test_a_return_takes_both_signatures_with_the_texts_of_the_receipt() -> None:
    flow = HandoverFlow(MovementKind.RETURN, HELD, role=Role.CUSTODIAN, actor_id=1, actor_name="Claire Dubois",
                        now=NOW)
    assert flow.current == "technician_signature"
    flow.submit(technician_signature=sig(2))
    with pytest.raises(ValidationError, match=r"^La signature de Claire Dubois est obligatoire\.$"):
        flow.submit(custodian_signature=None)
    flow.submit(custodian_signature=sig(3))
    request = flow.request()
    assert request.holder_id == 7 and request.due_at is None
    assert tuple(request.statements.values()) == wording.receipt_statements(
        MovementKind.RETURN, item_type=ItemType.MECHANICAL_KEY, registry_id="ECL-00001", holder="Thomas Éclair",
        actor="Claire Dubois", client="",
    )


def test_the_flows_outcome_is_recorded_by_the_service(world: World) -> None:
    key = world.item(world.ids.items[ItemType.MECHANICAL_KEY])
    custodian = world.custodian
    thomas = next(p for p in world.svc.directory.list_people(custodian, holders_only=True)
                  if p.id == world.thomas_id)
    flow = HandoverFlow(MovementKind.ATTRIBUTION, key.facts, role=custodian.role, actor_id=custodian.person_id,
                        actor_name=custodian.full_name, now=world.clock())
    flow.submit(holder=HolderFacts(thomas.id, thomas.full_name, thomas.role, thomas.active))
    flow.submit(due_at=flow.data["due_at"])
    flow.submit(signature=sig(4))
    request = flow.request()
    result = world.svc.registry.attribute_item(
        custodian, item_id=key.id, holder_id=request.holder_id or 0, due_at=request.due_at,
        signature=request.signatures[SignatureRole.TECHNICIAN],
    )
    assert (result.item.holder_id, result.item.due_at) == (thomas.id, request.due_at)
    assert result.changes.item_ids == {key.id} and result.changes.history

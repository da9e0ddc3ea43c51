"""The handover as a flow (SPEC §2, PROC-INT-006 §01): who receives the item, until when, and
the signatures, each step checked by the same rules the service applies when it records the
movement — so a person learns at the step where it happens what the service would refuse.

- attribution and transfer: ``holder`` → ``due`` → ``signature``;
- return: ``technician_signature`` → ``custodian_signature``.

The flow cannot start on an item the rules do not allow to move that way (the window's action
is disabled with the same reason). Its outcome, :class:`HandoverRequest`, holds the inputs of
the service call and the statements signed, worded by :mod:`mileo_desk.domain.wording`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from .. import rules, wording
from ..enums import MovementKind, Role, SignatureRole
from ..errors import ValidationError
from ..permissions import Action
from ..rules import HolderFacts, ItemFacts
from ..signature import SignatureCapture, validate
from .base import Flow, FlowError, Step

#: the movement each handover records, and the permission (and rules) that guard it
_ACTIONS = {
    MovementKind.ATTRIBUTION: Action.ATTRIBUTE_ITEM,
    MovementKind.TRANSFER: Action.TRANSFER_ITEM,
    MovementKind.RETURN: Action.RETURN_ITEM,
}


@dataclass(frozen=True)
class HandoverRequest:
    """What the flow gathered: the inputs of the service call, and what each signer signed."""

    kind: MovementKind
    holder_id: int | None
    due_at: datetime | None
    signatures: Mapping[SignatureRole, SignatureCapture]
    statements: Mapping[SignatureRole, str]


def _accept_holder(flow: Flow, values: Mapping[str, Any]) -> None:
    assert isinstance(flow, HandoverFlow)
    holder = values.get("holder")
    if not isinstance(holder, HolderFacts):
        raise ValidationError("Choisissez le technicien dans la liste.", field="holder")
    if flow.kind is MovementKind.TRANSFER:
        rules.check_new_holder(flow.item.status, holder, label=flow.item.label)
    rules.check_holder(holder)


def _accept_due(flow: Flow, values: Mapping[str, Any]) -> None:
    assert isinstance(flow, HandoverFlow)
    rules.check_due_date(flow.item.item_type, values.get("due_at"), flow.now)


def _accept_signature(role: SignatureRole) -> Any:
    def accept(flow: Flow, values: Mapping[str, Any]) -> None:
        assert isinstance(flow, HandoverFlow)
        capture = next(iter(values.values()), None)
        who = flow.signer(role)
        if not isinstance(capture, SignatureCapture):
            raise ValidationError("La signature {who:de} est obligatoire.", field="signature", params={"who": who})
        validate(capture, who=who)

    return accept


class HandoverFlow(Flow):
    """An attribution, a transfer or a return, step by step (see the module docstring)."""

    def __init__(
        self,
        kind: MovementKind,
        item: ItemFacts,
        *,
        role: Role,
        actor_id: int | None,
        actor_name: str,
        now: datetime,
    ) -> None:
        if kind not in _ACTIONS:
            raise FlowError("« {kind} » n'est pas une remise.", params={"kind": kind})
        # the same answer as the window's action: a flow never starts where the rules refuse
        rules.check_movement(_ACTIONS[kind], item, role=role, actor_id=actor_id)
        self.kind = kind
        self.item = item
        self.actor_name = actor_name
        self.now = now
        if kind is MovementKind.RETURN:
            self.first = "technician_signature"
            self.steps = {
                "technician_signature": Step("technician_signature", ("technician_signature",),
                                             _accept_signature(SignatureRole.TECHNICIAN), "custodian_signature"),
                "custodian_signature": Step("custodian_signature", ("custodian_signature",),
                                            _accept_signature(SignatureRole.CUSTODIAN), None),
            }
        else:
            self.first = "holder"
            self.steps = {
                "holder": Step("holder", ("holder",), _accept_holder, "due"),
                "due": Step("due", ("due_at",), _accept_due, "signature"),
                "signature": Step("signature", ("signature",), _accept_signature(SignatureRole.TECHNICIAN), None),
            }
        super().__init__()
        if kind is not MovementKind.RETURN:
            # proposed, not yet accepted: the person may keep or change it at the « due » step
            self.data["due_at"] = rules.default_due(item.item_type, now)

    # -- what the person is shown

    @property
    def holder(self) -> HolderFacts | None:
        """The technician receiving the item (attribution, transfer) once chosen."""
        holder = self.data.get("holder")
        return holder if isinstance(holder, HolderFacts) else None

    def signer(self, role: SignatureRole) -> str:
        """The name of who signs in *role*."""
        if role is SignatureRole.CUSTODIAN:
            return self.actor_name
        if self.kind is MovementKind.RETURN:
            return self.item.holder_name or "le détenteur"
        return self.holder.name if self.holder is not None else "…"

    def statement(self, role: SignatureRole = SignatureRole.TECHNICIAN) -> str:
        """The sentence the signer in *role* signs: the one the receipt prints."""
        item, kind = self.item, self.kind
        if kind is MovementKind.ATTRIBUTION:
            return wording.attribution_statement(holder=self.signer(role), item_type=item.item_type,
                                                 registry_id=item.label)
        if kind is MovementKind.TRANSFER:
            return wording.transfer_statement(holder=self.signer(role), item_type=item.item_type,
                                              registry_id=item.label, previous=item.holder_name)
        if role is SignatureRole.CUSTODIAN:
            return wording.return_countersignature(
                custodian=self.actor_name, holder=self.signer(SignatureRole.TECHNICIAN),
                item_type=item.item_type, registry_id=item.label,
            )
        return wording.return_statement(holder=self.signer(role), item_type=item.item_type, registry_id=item.label)

    # -- the outcome

    def request(self) -> HandoverRequest:
        """What to record, once every step has been accepted."""
        if not self.finished:
            raise FlowError("La remise n'est pas complète : des étapes restent à remplir.")
        if self.kind is MovementKind.RETURN:
            roles = (SignatureRole.TECHNICIAN, SignatureRole.CUSTODIAN)
            signatures = {SignatureRole.TECHNICIAN: self.data["technician_signature"],
                          SignatureRole.CUSTODIAN: self.data["custodian_signature"]}
            return HandoverRequest(self.kind, self.item.status.holder_id, None, signatures,
                                   {r: self.statement(r) for r in roles})
        holder = self.holder
        assert holder is not None
        return HandoverRequest(self.kind, holder.person_id, self.data["due_at"],
                               {SignatureRole.TECHNICIAN: self.data["signature"]},
                               {SignatureRole.TECHNICIAN: self.statement()})

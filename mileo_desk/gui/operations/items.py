"""One op factory per movement of an item (habit 3, Anki ``qt/aqt/operations/note.py``).

Each factory is called on the GUI thread with the context and the inputs a dialog read; it
captures the actor and the service there and returns the callable the runner executes on the
DB worker. The callable holds plain values only, never a widget (it may be released on the
worker). The :class:`~mileo_desk.services.dto.MovementResult` it returns says what changed.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import TYPE_CHECKING

from ...domain.enums import ItemType
from ...services import MandateInput
from ...services.dto import MovementResult

if TYPE_CHECKING:
    from ...domain.signature import SignatureCapture
    from ..context import GuiContext

ItemOp = Callable[[], MovementResult]


def receive(ctx: GuiContext, *, client_id: int, site_id: int, type: ItemType, registry_id: str | None,
            card_uid: str | None, tag_uid: str | None, stamped_number: str, label: str, received_on: date,
            note: str | None) -> ItemOp:
    """Register an item a client hands over (reception)."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.receive_item(
        actor, client_id=client_id, site_id=site_id, type=type, registry_id=registry_id, card_uid=card_uid,
        tag_uid=tag_uid, stamped_number=stamped_number, label=label, received_on=received_on, note=note)


def attribute(ctx: GuiContext, item_id: int, *, holder_id: int, due_at: datetime, signature: SignatureCapture,
              note: str | None, identified_by_badge: bool) -> ItemOp:
    """Hand an item over to a technician, who signs."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.attribute_item(actor, item_id=item_id, holder_id=holder_id, due_at=due_at,
                                           signature=signature, note=note, identified_by_badge=identified_by_badge)


def transfer(ctx: GuiContext, item_id: int, *, to_holder_id: int, due_at: datetime, signature: SignatureCapture,
             note: str | None) -> ItemOp:
    """Pass an item from its holder to another technician, who signs."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.transfer_item(actor, item_id=item_id, to_holder_id=to_holder_id, due_at=due_at,
                                          signature=signature, note=note)


def return_(ctx: GuiContext, item_id: int, *, technician_signature: SignatureCapture,
            custodian_signature: SignatureCapture, note: str | None) -> ItemOp:
    """Take an item back at the head office; the technician and the custodian sign."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.return_item(actor, item_id=item_id, technician_signature=technician_signature,
                                        custodian_signature=custodian_signature, note=note)


def declare_loss(ctx: GuiContext, item_id: int, *, stolen: bool, noticed_at: datetime, reported_at: datetime,
                 note: str | None) -> ItemOp:
    """Declare an item lost or stolen (the domain checks the reporting delay)."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.declare_loss(actor, item_id=item_id, stolen=stolen, noticed_at=noticed_at,
                                         reported_at=reported_at, note=note)


def mark_found(ctx: GuiContext, item_id: int, *, note: str | None) -> ItemOp:
    """A lost item is found again."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.mark_found(actor, item_id=item_id, note=note)


def restitute(ctx: GuiContext, item_id: int, *, note: str | None, client_signature: SignatureCapture | None,
              client_signatory: str | None) -> ItemOp:
    """Give an item back to its client for good, signed by the client when present."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.restitute_item(actor, item_id=item_id, note=note, client_signature=client_signature,
                                           client_signatory=client_signatory)


def duplicate(ctx: GuiContext, item_id: int, *, copies: int, mandate: MandateInput | None,
              mandate_document: Callable[[MandateInput], MandateInput] | None, note: str | None) -> ItemOp:
    """Make copies of an item under the client's mandate.

    *mandate_document*, when given, runs on the worker first to attach the scanned mandate:
    reading a large file there never freezes the window.
    """
    actor, registry = ctx.require_actor(), ctx.services.registry

    def run() -> MovementResult:
        final = mandate_document(mandate) if mandate is not None and mandate_document is not None else mandate
        return registry.duplicate_item(actor, item_id=item_id, copies=copies, mandate=final, note=note)

    return run


def correct(ctx: GuiContext, seq: int, *, note: str, due_at: datetime | None,
            changes: dict[str, str | None] | None) -> ItemOp:
    """Append a correction of movement *seq* (the chain is never rewritten)."""
    actor, registry = ctx.require_actor(), ctx.services.registry
    return lambda: registry.correct_movement(actor, seq=seq, note=note, due_at=due_at, changes=changes)


__all__ = ["ItemOp", "attribute", "correct", "declare_loss", "duplicate", "mark_found", "receive", "restitute",
           "return_", "transfer"]

"""Printable documents built from the registry (SPEC §7)."""

from __future__ import annotations

from ..domain.clock import format_paris
from ..domain.enums import MovementKind, SignatureRole
from ..domain.errors import RuleViolation
from ..domain.permissions import Action
from ..reports.base import PdfDocument
from ..reports.receipt import ReceiptData, ReceiptSignature, render_receipt
from .base import ServiceBase
from .dto import Actor
from .queries import QueryService

_RECEIPT_KINDS = {
    MovementKind.ATTRIBUTION, MovementKind.RETURN, MovementKind.TRANSFER, MovementKind.RESTITUTION,
}


class ReportService(ServiceBase):
    """Builds report DTOs from the registry and hands them to the PDF adapter."""

    def handover_receipt(self, actor: Actor, *, seq: int) -> PdfDocument:
        """The bon de remise of a handover movement, with its signatures (SPEC §2)."""
        queries = QueryService(self.db, self.clock)
        with self.db.read() as s:
            self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
            movement = self.load_movement_view(s, seq)
        item = queries.get_item(actor, item_id=movement.item_id)
        if movement.kind not in _RECEIPT_KINDS:
            raise RuleViolation(
                f"Le mouvement n°{seq} ({movement.kind.label_fr}) n'est pas une remise : pas de bon de remise.",
                code="pas_de_bon",
            )
        holder = movement.holder_name or ""
        statements = {
            MovementKind.ATTRIBUTION: f"Je soussigné(e) {holder} reconnais avoir reçu l'objet {item.registry_id} "
            "et en être responsable jusqu'à sa restitution (PROC-INT-006 §01).",
            MovementKind.TRANSFER: f"Je soussigné(e) {holder} reconnais avoir reçu l'objet {item.registry_id} "
            "par transfert et en être responsable jusqu'à sa restitution (PROC-INT-006 §01).",
            MovementKind.RETURN: f"{holder} a rendu l'objet {item.registry_id} au siège ; le gardien le "
            "contresigne (PROC-INT-006 §01).",
            MovementKind.RESTITUTION: f"L'objet {item.registry_id} a été restitué au client {item.client_name} "
            "(PROC-INT-006 §04).",
        }
        data = ReceiptData(
            title="Bon de remise" if movement.kind is not MovementKind.RETURN else "Bon de retour",
            movement_label=movement.kind.label_fr,
            seq=movement.seq,
            movement_hash=movement.hash,
            at_paris=format_paris(movement.at, seconds=True),
            station=movement.station,
            actor_name=movement.actor_name,
            registry_id=item.registry_id,
            item_type=item.type.label_fr,
            item_label=item.label or "",
            client_name=item.client_name,
            site_name=item.site_name,
            holder_name=holder,
            due_paris=format_paris(movement.due_at),
            statement=statements[movement.kind],
            note=movement.note or "",
            signatures=tuple(
                ReceiptSignature(SignatureRole(sg.role).label_fr, sg.signer_name, sg.digest, sg.png)
                for sg in movement.signatures
            ),
        )
        return render_receipt(data)


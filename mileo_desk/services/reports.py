"""Printable documents built from the registry (SPEC §7)."""

from __future__ import annotations

from ..domain.clock import Clock, format_paris, system_clock
from ..domain.enums import MovementKind, SignatureRole
from ..domain.errors import RuleViolation
from ..domain.permissions import Action
from ..domain.wording import RECEIPT_TITLES, receipt_statements
from ..persistence.db import Database
from ..persistence.records import PersonRecord
from ..reports.base import PdfDocument
from ..reports.receipt import ReceiptData, ReceiptSignature, render_receipt
from .base import ServiceBase
from .dto import Actor
from .queries import QueryService


class ReportService(ServiceBase):
    """Builds report DTOs from the registry and hands them to the PDF adapter.

    It reads items through *queries* (the same scope and authorisation as the panels): the
    container hands it the one :class:`QueryService`.
    """

    def __init__(self, db: Database, clock: Clock = system_clock, *, queries: QueryService) -> None:
        super().__init__(db, clock)
        self.queries = queries

    def handover_receipt(self, actor: Actor, *, seq: int) -> PdfDocument:
        """The bon de remise of a handover movement, with its signatures (SPEC §2)."""
        with self.db.read() as s:
            self.authorize(s, actor, Action.VIEW_OWN_ITEMS)
            movement = self.load_movement_view(s, seq)
        item = self.queries.get_item(actor, item_id=movement.item_id)
        if movement.kind not in RECEIPT_TITLES:
            raise RuleViolation(
                "Le mouvement n°{seq} ({kind}) n'est pas une remise : pas de bon de remise.",
                code="pas_de_bon", params={"seq": seq, "kind": movement.kind},
            )
        holder = movement.holder_name or ""
        previous = None
        if movement.kind is MovementKind.TRANSFER and movement.details.get("from_holder_id"):
            previous = self._person_name(int(movement.details["from_holder_id"]))
        statements = receipt_statements(
            movement.kind, item_type=item.type, registry_id=item.registry_id, holder=holder,
            actor=movement.actor_name, client=item.client_name, previous_holder=previous,
            client_signatory=movement.details.get("client_signatory"),
        )
        data = ReceiptData(
            title=RECEIPT_TITLES[movement.kind],
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
            statements=statements,
            note=movement.note or "",
            signatures=tuple(
                ReceiptSignature(SignatureRole(sg.role).label_fr, sg.signer_name, sg.digest, sg.png)
                for sg in movement.signatures
            ),
        )
        return render_receipt(data)

    def _person_name(self, person_id: int) -> str | None:
        with self.db.read() as s:
            person = s.get(PersonRecord, person_id)
            return person.full_name if person is not None else None

"""Use cases that change the registry: each public method is one transaction that appends
one movement (or a few, for duplication) to the hash-chained history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from ..domain import rules
from ..domain import signature as sig
from ..domain.clock import from_us, paris_date, to_us
from ..domain.enums import ItemState, ItemType, Keeping, MovementKind, Role, SignatureRole
from ..domain.errors import NotFoundError, RuleViolation, ValidationError
from ..domain.identifiers import check_distinct_uids, normalize_uid
from ..domain.permissions import Action
from ..domain.rules import CORRECTABLE_FIELDS, HolderFacts, ItemStatus
from ..domain.text import clean_note, clean_text, require_text
from ..persistence.records import (
    ItemRecord,
    MandateRecord,
    MovementRecord,
    PersonRecord,
)
from ..persistence.repositories import SignatureRow, append_movement, refresh_item_search
from .base import ServiceBase
from .dto import Actor, MovementResult
from .items import check_uid_free, identity_details, new_item


@dataclass(frozen=True)
class MandateInput:
    """The client's written mandate for a duplication (PROC-INT-006 §02)."""

    reference: str
    signed_on: date
    signatory: str
    copies: int
    document: bytes | None = None
    document_name: str | None = None


MAX_DOCUMENT = 10_000_000


def _status(item: ItemRecord) -> ItemStatus:
    return ItemStatus(
        state=ItemState(item.state),
        keeping=Keeping(item.keeping),
        holder_id=item.holder_id,
        held_since=from_us(item.held_since_us) if item.held_since_us is not None else None,
        due_at=from_us(item.due_us) if item.due_us is not None else None,
    )


def _apply(item: ItemRecord, status: ItemStatus) -> None:
    item.state = status.state.value
    item.keeping = status.keeping.value
    item.holder_id = status.holder_id
    item.held_since_us = to_us(status.held_since) if status.held_since else None
    item.due_us = to_us(status.due_at) if status.due_at else None


def _holder_facts(person: PersonRecord) -> HolderFacts:
    return HolderFacts(person.id, person.full_name, Role(person.role), person.active)


def signature_row(capture: sig.SignatureCapture | None, *, role: SignatureRole, who: str,
                  signer_id: int | None) -> SignatureRow:
    """Validate a capture (refusing empty/trivial ones) and bind vectors + PNG by digest."""
    if capture is None:
        raise ValidationError("La signature {who:de} est obligatoire.", field="signature", params={"who": who})
    sig.validate(capture, who=who)
    vectors = sig.vectors_json(capture)
    png = capture.png if capture.png is not None else sig.render_png(capture)
    return SignatureRow(role.value, signer_id, who, vectors, png, sig.digest(vectors, png))


class RegistryService(ServiceBase):
    """Reception, handovers, loss, restitution, duplication, corrections."""

    # -- helpers -----------------------------------------------------------------

    def _begin_movement(
        self, session: Session, actor: Actor, action: Action, item_id: int
    ) -> tuple[PersonRecord, ItemRecord]:
        # the chain lock is taken before reading the item, so that two stations acting
        # on the same item are serialised and the second sees the first's result
        actor_rec = self.authorize(session, actor, action)
        self.db.lock_chain(session)
        item = self.item_record(session, item_id)
        session.refresh(item)
        return actor_rec, item

    def _result(self, session: Session, movement: MovementRecord, item: ItemRecord,
                created: tuple[int, ...] = ()) -> MovementResult:
        session.flush()
        return MovementResult(
            movement=self.load_movement_view(session, movement.seq),
            item=self.load_item_view(session, item.id),
            created=tuple(self.load_item_view(session, i) for i in created),
        )

    # -- reception -----------------------------------------------------------------

    def receive_item(
        self,
        actor: Actor,
        *,
        client_id: int,
        site_id: int,
        type: ItemType,
        registry_id: str | None = None,
        card_uid: str | None = None,
        tag_uid: str | None = None,
        stamped_number: str | None = None,
        label: str | None = None,
        received_on: date | None = None,
        in_charge_id: int | None = None,
        note: str | None = None,
    ) -> MovementResult:
        """Register an item received from a client (PROC-INT-006 §01), kept at headquarters."""
        with self.db.write() as s:
            actor_rec = self.authorize(s, actor, Action.RECEIVE_ITEM)
            self.db.lock_chain(s)
            item = new_item(
                s, actor_rec, today=paris_date(self.now()), client_id=client_id, site_id=site_id, type=type,
                registry_id=registry_id,
                card_uid=card_uid, tag_uid=tag_uid, stamped_number=stamped_number, label=label,
                received_on=received_on, in_charge_id=in_charge_id,
            )
            movement = append_movement(
                s, kind=MovementKind.RECEPTION.value, item_id=item.id, at_us=self.now_us(),
                actor_id=actor.person_id, station=actor.station, note=clean_note(note),
                details=identity_details(item),
            )
            return self._result(s, movement, item)

    # -- handovers -----------------------------------------------------------------

    def attribute_item(
        self,
        actor: Actor,
        *,
        item_id: int,
        holder_id: int,
        due_at: datetime | None,
        signature: sig.SignatureCapture | None,
        note: str | None = None,
        identified_by_badge: bool = False,
    ) -> MovementResult:
        """Hand an item to a technician, who signs (PROC-INT-006 §01); a due date is required,
        the same day for a temporary site badge (PROC-INT-005 §04)."""
        with self.db.write() as s:
            _, item = self._begin_movement(s, actor, Action.ATTRIBUTE_ITEM, item_id)
            holder = self.person_record(s, holder_id, label="Technicien")
            current = s.get(PersonRecord, item.holder_id) if item.holder_id else None
            status = rules.attribute(
                _status(item), label=item.registry_id, item_type=ItemType(item.type),
                holder=_holder_facts(holder), holder_name_now=current.full_name if current else None,
                due_at=due_at, now=self.now(),
            )
            row = signature_row(signature, role=SignatureRole.TECHNICIAN, who=holder.full_name, signer_id=holder.id)
            _apply(item, status)
            refresh_item_search(s, item)
            movement = append_movement(
                s, kind=MovementKind.ATTRIBUTION.value, item_id=item.id, at_us=self.now_us(),
                actor_id=actor.person_id, station=actor.station, holder_id=holder.id,
                due_us=item.due_us, note=clean_note(note),
                details={"badge": True} if identified_by_badge else None, signatures=[row],
            )
            return self._result(s, movement, item)

    def return_item(
        self,
        actor: Actor,
        *,
        item_id: int,
        technician_signature: sig.SignatureCapture | None,
        custodian_signature: sig.SignatureCapture | None,
        note: str | None = None,
    ) -> MovementResult:
        """The holder gives the item back; technician and custodian both sign (PROC-INT-006 §01)."""
        with self.db.write() as s:
            actor_rec, item = self._begin_movement(s, actor, Action.RETURN_ITEM, item_id)
            before = _status(item)
            status = rules.give_back(before, label=item.registry_id)
            holder = self.person_record(s, before.holder_id or 0, label="Détenteur")
            rows = [
                signature_row(technician_signature, role=SignatureRole.TECHNICIAN, who=holder.full_name,
                              signer_id=holder.id),
                signature_row(custodian_signature, role=SignatureRole.CUSTODIAN, who=actor_rec.full_name,
                              signer_id=actor_rec.id),
            ]
            late = before.overdue(self.now())
            _apply(item, status)
            refresh_item_search(s, item)
            movement = append_movement(
                s, kind=MovementKind.RETURN.value, item_id=item.id, at_us=self.now_us(),
                actor_id=actor.person_id, station=actor.station, holder_id=holder.id,
                note=clean_note(note), details={"late": True} if late else None, signatures=rows,
            )
            return self._result(s, movement, item)

    def transfer_item(
        self,
        actor: Actor,
        *,
        item_id: int,
        to_holder_id: int,
        due_at: datetime | None,
        signature: sig.SignatureCapture | None,
        note: str | None = None,
    ) -> MovementResult:
        """Hand a held item from its holder to another technician, who signs."""
        with self.db.write() as s:
            _, item = self._begin_movement(s, actor, Action.TRANSFER_ITEM, item_id)
            before = _status(item)
            holder = self.person_record(s, to_holder_id, label="Technicien")
            status = rules.transfer(
                before, label=item.registry_id, item_type=ItemType(item.type),
                holder=_holder_facts(holder), due_at=due_at, now=self.now(),
            )
            row = signature_row(signature, role=SignatureRole.TECHNICIAN, who=holder.full_name, signer_id=holder.id)
            _apply(item, status)
            refresh_item_search(s, item)
            movement = append_movement(
                s, kind=MovementKind.TRANSFER.value, item_id=item.id, at_us=self.now_us(),
                actor_id=actor.person_id, station=actor.station, holder_id=holder.id, due_us=item.due_us,
                note=clean_note(note), details={"from_holder_id": before.holder_id}, signatures=[row],
            )
            return self._result(s, movement, item)

    # -- loss, theft, found ----------------------------------------------------------

    def declare_loss(
        self,
        actor: Actor,
        *,
        item_id: int,
        stolen: bool,
        noticed_at: datetime | None,
        reported_at: datetime | None = None,
        note: str | None = None,
    ) -> MovementResult:
        """Record a loss or theft with the noticed-at and reported-at times; a report later
        than 30 minutes after noticing is flagged (PROC-INT-006 §03)."""
        with self.db.write() as s:
            actor_rec, item = self._begin_movement(s, actor, Action.DECLARE_LOSS, item_id)
            before = _status(item)
            rules.check_declarant(Role(actor_rec.role), actor_rec.id, before)
            status, facts = rules.declare_loss(
                before, label=item.registry_id, stolen=stolen, noticed_at=noticed_at,
                reported_at=reported_at, now=self.now(),
            )
            _apply(item, status)
            refresh_item_search(s, item)
            movement = append_movement(
                s, kind=(MovementKind.THEFT if stolen else MovementKind.LOSS).value, item_id=item.id,
                at_us=self.now_us(), actor_id=actor.person_id, station=actor.station,
                holder_id=before.holder_id, note=clean_note(note),
                details={
                    "noticed_us": to_us(facts.noticed_at),
                    "reported_us": to_us(facts.reported_at),
                    "late": facts.late,
                },
            )
            return self._result(s, movement, item)

    def mark_found(self, actor: Actor, *, item_id: int, note: str | None = None) -> MovementResult:
        """A lost or stolen item is back at headquarters; the loss stays in the history."""
        with self.db.write() as s:
            _, item = self._begin_movement(s, actor, Action.MARK_FOUND, item_id)
            status = rules.found(_status(item), label=item.registry_id)
            _apply(item, status)
            refresh_item_search(s, item)
            movement = append_movement(
                s, kind=MovementKind.FOUND.value, item_id=item.id, at_us=self.now_us(),
                actor_id=actor.person_id, station=actor.station, note=clean_note(note),
            )
            return self._result(s, movement, item)

    def restitute_item(
        self,
        actor: Actor,
        *,
        item_id: int,
        note: str | None = None,
        client_signature: sig.SignatureCapture | None = None,
        client_signatory: str | None = None,
    ) -> MovementResult:
        """Give the item back to its client (PROC-INT-006 §04); optionally signed by the
        client's representative."""
        with self.db.write() as s:
            _, item = self._begin_movement(s, actor, Action.RESTITUTE_ITEM, item_id)
            status = rules.restitute(_status(item), label=item.registry_id)
            rows = []
            details = None
            if client_signature is not None:
                who = require_text(client_signatory, label="Représentant du client", field="client_signatory")
                rows.append(signature_row(client_signature, role=SignatureRole.CLIENT, who=who, signer_id=None))
                details = {"client_signatory": who}
            _apply(item, status)
            refresh_item_search(s, item)
            movement = append_movement(
                s, kind=MovementKind.RESTITUTION.value, item_id=item.id, at_us=self.now_us(),
                actor_id=actor.person_id, station=actor.station, note=clean_note(note),
                details=details, signatures=rows,
            )
            return self._result(s, movement, item)

    # -- duplication -----------------------------------------------------------------

    def duplicate_item(
        self,
        actor: Actor,
        *,
        item_id: int,
        copies: int,
        mandate: MandateInput | None,
        copy_registry_ids: list[str] | None = None,
        note: str | None = None,
    ) -> MovementResult:
        """Record a duplication. Master keys, encoded badges and code keys only under the
        client's written mandate (PROC-INT-006 §02); each copy becomes a new registry item
        linked to its original."""
        with self.db.write() as s:
            actor_rec, item = self._begin_movement(s, actor, Action.DUPLICATE_ITEM, item_id)
            rules.check_duplication(
                _status(item), label=item.registry_id, item_type=ItemType(item.type),
                has_mandate=mandate is not None, copies=copies,
            )
            mandate_rec = self._mandate(s, item, mandate, copies) if mandate is not None else None
            if copy_registry_ids is not None and len(copy_registry_ids) != copies:
                raise ValidationError(
                    "{given} identifiant(s) fourni(s) pour {copies} copie(s).",
                    field="copy_registry_ids", params={"given": len(copy_registry_ids), "copies": copies},
                )
            now_us = self.now_us()
            created: list[ItemRecord] = []
            for i in range(copies):
                rid = copy_registry_ids[i] if copy_registry_ids else None
                copy = new_item(
                    s, actor_rec, today=paris_date(self.now()), client_id=item.client_id, site_id=item.site_id,
                    type=ItemType(item.type),
                    registry_id=rid, card_uid=None, tag_uid=None, stamped_number=item.stamped_number,
                    label=item.label, received_on=paris_date(self.now()), in_charge_id=actor_rec.id,
                    original_id=item.id, mandate_id=mandate_rec.id if mandate_rec else None,
                )
                created.append(copy)
            mandate_details = None
            if mandate_rec is not None:
                mandate_details = {
                    "id": mandate_rec.id, "reference": mandate_rec.reference,
                    "signed_on": mandate_rec.signed_on.isoformat(), "signatory": mandate_rec.signatory,
                    "copies": mandate_rec.copies, "document_digest": mandate_rec.document_digest,
                }
            movement = append_movement(
                s, kind=MovementKind.DUPLICATION.value, item_id=item.id, at_us=now_us,
                actor_id=actor.person_id, station=actor.station, note=clean_note(note),
                details={"mandate": mandate_details, "copies": [c.registry_id for c in created]},
            )
            for copy in created:
                details = identity_details(copy)
                details["original"] = item.registry_id
                details["duplication_seq"] = movement.seq
                append_movement(
                    s, kind=MovementKind.COPY_CREATION.value, item_id=copy.id, at_us=now_us,
                    actor_id=actor.person_id, station=actor.station, details=details,
                )
            return self._result(s, movement, item, tuple(c.id for c in created))

    def _mandate(self, s: Session, item: ItemRecord, mandate: MandateInput, copies: int) -> MandateRecord:
        import hashlib

        reference = require_text(mandate.reference, label="Référence du mandat", field="mandate_reference")
        signatory = require_text(mandate.signatory, label="Signataire du mandat", field="mandate_signatory")
        if mandate.signed_on > paris_date(self.now()):
            raise ValidationError("La date du mandat est dans le futur.", field="mandate_signed_on")
        if mandate.copies < 1:
            raise ValidationError("Le mandat doit autoriser au moins une copie.", field="mandate_copies")
        if mandate.document is not None and len(mandate.document) > MAX_DOCUMENT:
            raise ValidationError("Le document du mandat dépasse 10 Mo.", field="mandate_document")
        # one written mandate is one record: reusing its reference counts the copies already made
        existing = s.execute(
            select(MandateRecord).where(MandateRecord.client_id == item.client_id, MandateRecord.reference == reference)
        ).scalar_one_or_none()
        if existing is not None and (existing.signed_on, existing.signatory, existing.copies) != (
            mandate.signed_on, signatory, mandate.copies
        ):
            raise ValidationError(
                "Le mandat {reference} est déjà enregistré avec d'autres informations (signé le "
                "{signed_on} par {signatory}, {copies} copie(s)).",
                field="mandate_reference",
                params={"reference": reference, "signed_on": f"{existing.signed_on:%d/%m/%Y}",
                        "signatory": existing.signatory, "copies": existing.copies},
            )
        used = 0
        if existing is not None:
            used = s.execute(
                select(func.count()).select_from(ItemRecord).where(ItemRecord.mandate_id == existing.id)
            ).scalar_one()
        if used + copies > mandate.copies:
            params = {"reference": reference, "allowed": mandate.copies, "copies": copies, "used": used}
            if used:
                raise RuleViolation("Le mandat {reference} autorise {allowed} copie(s), {copies} demandée(s) ; {used} "
                                    "déjà réalisée(s).", code="mandat_depasse", params=params)
            raise RuleViolation("Le mandat {reference} autorise {allowed} copie(s), {copies} demandée(s).",
                                code="mandat_depasse", params=params)
        if existing is not None:
            return existing
        rec = MandateRecord(
            client_id=item.client_id, reference=reference, signed_on=mandate.signed_on, signatory=signatory,
            copies=mandate.copies,
            document_name=clean_text(mandate.document_name, label="Nom du document", field="mandate_document",
                                     max_len=200, required=False),
            document=mandate.document,
            document_digest=hashlib.sha256(mandate.document).hexdigest() if mandate.document else None,
        )
        s.add(rec)
        s.flush([rec])
        return rec

    # -- corrections -----------------------------------------------------------------

    def correct_movement(
        self,
        actor: Actor,
        *,
        seq: int,
        note: str,
        due_at: datetime | None = None,
        changes: dict[str, str | None] | None = None,
    ) -> MovementResult:
        """Record a correction: a new movement referencing the corrected one (history is
        never edited). It may fix the due date of the current attribution or an item's
        descriptive fields; the reason is mandatory."""
        with self.db.write() as s:
            self.authorize(s, actor, Action.CORRECT_MOVEMENT)
            self.db.lock_chain(s)
            target = s.get(MovementRecord, seq)
            if target is None:
                raise NotFoundError("Mouvement n°{seq} introuvable.", field="seq", params={"seq": seq})
            reason = clean_note(note)
            if reason is None:
                raise ValidationError("Le motif de la correction est obligatoire.", field="note")
            item = self.item_record(s, target.item_id)
            applied: dict[str, Any] = {}
            for key, value in (changes or {}).items():
                if key not in CORRECTABLE_FIELDS:
                    raise ValidationError("Champ non corrigeable : « {key} ».", field=key, params={"key": key})
                label, max_len = CORRECTABLE_FIELDS[key]
                if key in ("card_uid", "tag_uid"):
                    new = normalize_uid(value, field=key, label=label)
                    check_uid_free(s, new, field=key, exclude_item=item.id)
                else:
                    new = clean_text(value, label=label, field=key, max_len=max_len, required=False)
                applied[key] = {"before": getattr(item, key), "after": new}
                setattr(item, key, new)
            check_distinct_uids(item.card_uid, item.tag_uid, field="card_uid")
            due_us = None
            if due_at is not None:
                status = _status(item)
                if not status.is_held or item.last_seq != self._current_attribution_seq(s, item, target):
                    raise RuleViolation(
                        "La date de retour ne se corrige que sur l'attribution en cours.", code="correction"
                    )
                rules.check_due_date(ItemType(item.type), due_at, self.now())
                applied["due_us"] = {"before": item.due_us, "after": to_us(due_at)}
                item.due_us = due_us = to_us(due_at)
            refresh_item_search(s, item)
            movement = append_movement(
                s, kind=MovementKind.CORRECTION.value, item_id=item.id, at_us=self.now_us(),
                actor_id=actor.person_id, station=actor.station, corrects_seq=target.seq,
                due_us=due_us, note=reason, details={"changes": applied} if applied else None,
            )
            return self._result(s, movement, item)

    @staticmethod
    def _current_attribution_seq(s: Session, item: ItemRecord, target: MovementRecord) -> int:
        """The item's last seq if *target* is its current attribution/transfer, else -1."""
        if target.kind not in (MovementKind.ATTRIBUTION.value, MovementKind.TRANSFER.value):
            return -1
        later = s.execute(
            select(func.count()).select_from(MovementRecord).where(
                MovementRecord.item_id == item.id, MovementRecord.seq > target.seq,
                MovementRecord.kind != MovementKind.CORRECTION.value,
            )
        ).scalar_one()
        return item.last_seq if later == 0 else -1

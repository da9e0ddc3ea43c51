"""Handovers with signatures (SPEC §2, PROC-INT-006 §01): attribution to a technician, who
signs; return, signed by the technician and countersigned by the custodian; transfer from
one technician to another, who signs."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QHBoxLayout, QPlainTextEdit, QVBoxLayout, QWidget

from ...domain import wording
from ...domain.clock import format_paris
from ...domain.enums import ItemType, MovementKind, SignatureRole
from ...domain.errors import ValidationError
from ...domain.flows import HandoverFlow, HandoverRequest
from ...domain.identifiers import normalize_uid
from ...domain.rules import HolderFacts, default_due
from ..operations import items as item_ops
from ..widgets.signature_pad import SignaturePad
from .base import ItemHeader, OpDialog, require_signature
from .fields import ParisDateTimeEdit, PersonCombo, form_layout, hint_label, note_edit, plain, set_tab_chain

if TYPE_CHECKING:
    from ...services.dto import ItemView, PersonView
    from ..context import GuiContext


def format_delay(seconds: float) -> str:
    """« 2 j 3 h », « 4 h 05 », « 12 min »."""
    minutes = max(0, int(seconds // 60))
    days, rest = divmod(minutes, 24 * 60)
    hours, mins = divmod(rest, 60)
    if days:
        return QCoreApplication.translate("Delay", "{days} j {hours} h").format(days=days, hours=hours)
    if hours:
        return QCoreApplication.translate("Delay", "{hours} h {minutes:02d}").format(hours=hours, minutes=mins)
    return QCoreApplication.translate("Delay", "{minutes} min").format(minutes=mins)


class _HolderDialog(OpDialog):
    """An item handed to a technician who signs: holder, due date, note, signature."""

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None, *, title: str, ok_text: str,
                 exclude_holder: int | None = None) -> None:
        super().__init__(ctx, parent, title=title, ok_text=ok_text)
        self.item = item
        self._exclude = exclude_holder
        self.identified_by_badge = False

        self.header = ItemHeader(item, self.body)
        self.holder_combo = PersonCombo(self.body)
        self.holder_combo.setObjectName("holderCombo")
        self.badge_label = hint_label(
            self.tr("Le technicien peut aussi s'identifier en présentant son badge Mileo au lecteur."), self.body
        )
        self.due_edit = ParisDateTimeEdit(self.body)
        self.due_edit.setObjectName("dueEdit")
        # the domain's proposal (tonight for a temporary badge, a week otherwise), the same the
        # handover flow starts from
        self.due_edit.set_value(default_due(item.type, self.now()))
        self.due_hint = hint_label("", self.body)
        if item.type is ItemType.TEMPORARY_BADGE:
            self.due_hint.setText(
                self.tr("Badge temporaire : il revient le jour même, avant que le technicien quitte le site "
                        "(PROC-INT-005 §04).")
            )
        self.due_hint.setVisible(bool(self.due_hint.text()))
        self.note_edit: QPlainTextEdit = note_edit(self.body, self.tr("Motif de l'intervention, remarques…"))
        self.note_edit.setObjectName("noteEdit")
        self.signature_pad = SignaturePad(self.body)
        self.signature_pad.setObjectName("signature")

        form = form_layout()
        form.addRow(self.tr("&Technicien :"), self.holder_combo)
        form.addRow("", self.badge_label)
        form.addRow(self.tr("&Retour prévu le :"), self.due_edit)
        form.addRow("", self.due_hint)
        form.addRow(self.tr("&Note :"), self.note_edit)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.signature_pad, 1)

        # the flow names the holder "holder", the service "holder_id", the rules "person"
        for name in ("holder", "person", "holder_id"):
            self.register_field(name, self.holder_combo)
        self.register_field("due_at", self.due_edit)
        self.register_field("note", self.note_edit)
        self.register_field("signature", self.signature_pad)
        set_tab_chain([self.holder_combo, self.due_edit, self.note_edit, self.signature_pad.canvas,
                       self.signature_pad.undo_button, self.signature_pad.redo_button,
                       self.signature_pad.clear_button, self.ok_button, self.cancel_button])

        self.holder_combo.currentIndexChanged.connect(self._on_holder_combo_current_index_changed)
        self.holder_combo.editTextChanged.connect(self._on_holder_combo_edit_text_changed)
        self._update_signer()
        self.setMinimumWidth(560)
        self.holder_combo.setFocus()
        # while the dialog is open, a Mileo badge tapped on the reader picks the technician
        # instead of opening an item in the main window
        self.grab_scans(self._on_scan)
        actor, directory = self.actor(), ctx.services.directory
        self.load(lambda: directory.list_people(actor, holders_only=True), self._on_people_loaded)

    # -- data -----------------------------------------------------------------------

    def _on_people_loaded(self, people: list[PersonView]) -> None:
        # a transfer excludes the current holder from the list (the rules refuse him anyway)
        self.holder_combo.set_people(people, exclude=self._exclude)
        self._update_signer()

    # -- the statement follows the chosen technician ---------------------------------

    def statement(self, name: str) -> str:
        raise NotImplementedError

    def _update_signer(self) -> None:
        person = self.holder_combo.person()
        if person is None:
            self.signature_pad.set_signer(
                "", self.tr("Choisissez le technicien : il signe ici pour reconnaître la remise.")
            )
        else:
            self.signature_pad.set_signer(person.full_name, self.statement(person.full_name))

    def _on_holder_combo_current_index_changed(self, _index: int) -> None:
        self._update_signer()

    def _on_holder_combo_edit_text_changed(self, _text: str) -> None:
        if self.identified_by_badge:
            # typing a name after a badge read: the movement no longer records "identified by
            # badge", since the person chosen is no longer the one the badge proved
            self.identified_by_badge = False
            self.badge_label.setText(
                self.tr("Le technicien peut aussi s'identifier en présentant son badge Mileo au lecteur.")
            )
        self._update_signer()

    # -- a Mileo badge tapped on the reader -----------------------------------------------

    def _on_scan(self, event: Any) -> None:
        uid = getattr(event, "uid", None)
        try:
            normalized = normalize_uid(uid) if uid else None
        except ValidationError:
            normalized = None
        person = next((p for p in self.holder_combo.people() if normalized and p.badge_uid == normalized), None)
        if person is None:
            code = getattr(event, "registry_id", None)
            if code:
                # a tag or QR code of an item: this dialog reads only the technician's badge
                message = self.tr("« %1 » est le code d'un objet : ici, seul le badge Mileo du technicien est lu. "
                                  "Terminez ou annulez cette remise pour ouvrir cet objet.").replace("%1", code)
            elif normalized:
                message = self.tr("Ce badge n'est pas le badge Mileo d'un technicien ou chef de chantier actif.")
            else:
                message = self.tr("Code non reconnu : ici, seul le badge Mileo du technicien est lu.")
            self.error_banner.show_message(message)
            return
        self.clear_error()
        self.holder_combo.select_person(person.id)
        self.identified_by_badge = True
        self.badge_label.setText(self.tr("Identifié par son badge Mileo."))
        self._update_signer()
        self.due_edit.setFocus()

    # -- the call -------------------------------------------------------------------------

    def _chosen_holder(self) -> PersonView:
        person = self.holder_combo.person()
        if person is None:
            raise ValidationError(self.tr("Choisissez le technicien dans la liste."), field="holder")
        return person

    def _handover(self, kind: MovementKind) -> HandoverRequest:
        """The handover flow walked with what the dialog holds: each step checks with the rules
        the service applies, so a refusal names its field before anything is sent."""
        flow = handover_flow(self, kind, self.item)
        holder = self._chosen_holder()
        flow.submit(holder=HolderFacts(holder.id, holder.full_name, holder.role, holder.active))
        flow.submit(due_at=self.due_edit.value())
        flow.submit(signature=require_signature(self.signature_pad))
        return flow.request()


class AttributeDialog(_HolderDialog):
    """Hand an item kept at headquarters to a technician, who signs (PROC-INT-006 §01)."""

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, item, parent,
            title=self.tr("Attribuer {registry_id} à un technicien").format(registry_id=item.registry_id),
            ok_text=self.tr("&Attribuer"),
        )

    def statement(self, name: str) -> str:
        return wording.attribution_statement(holder=name, item_type=self.item.type,
                                             registry_id=self.item.registry_id)

    def build_op(self) -> Callable[[], Any]:
        request = self._handover(MovementKind.ATTRIBUTION)
        assert request.holder_id is not None and request.due_at is not None
        return item_ops.attribute(self.ctx, self.item.id, holder_id=request.holder_id, due_at=request.due_at,
                                  signature=request.signatures[SignatureRole.TECHNICIAN],
                                  note=plain(self.note_edit), identified_by_badge=self.identified_by_badge)


class TransferDialog(_HolderDialog):
    """Hand a held item from its holder to another technician, who signs."""

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, item, parent,
            title=self.tr("Transférer {registry_id} à un autre technicien").format(registry_id=item.registry_id),
            ok_text=self.tr("Trans&férer"),
            exclude_holder=item.holder_id,
        )
        if item.holder_name:
            self.badge_label.setText(
                self.tr("Actuellement détenu par {name}. Le nouveau détenteur peut présenter son badge Mileo.")
                .format(name=item.holder_name)
            )

    def statement(self, name: str) -> str:
        return wording.transfer_statement(holder=name, item_type=self.item.type,
                                          registry_id=self.item.registry_id, previous=self.item.holder_name)

    def build_op(self) -> Callable[[], Any]:
        request = self._handover(MovementKind.TRANSFER)
        assert request.holder_id is not None and request.due_at is not None
        return item_ops.transfer(self.ctx, self.item.id, to_holder_id=request.holder_id, due_at=request.due_at,
                                 signature=request.signatures[SignatureRole.TECHNICIAN], note=plain(self.note_edit))


class ReturnDialog(OpDialog):
    """The holder gives the item back: the technician signs, the custodian countersigns."""

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=self.tr("Retour de {registry_id} au siège").format(registry_id=item.registry_id),
            ok_text=self.tr("Enregistrer le &retour"),
        )
        self.item = item
        actor = ctx.actor
        holder = item.holder_name or self.tr("le détenteur")

        self.header = ItemHeader(item, self.body)
        self.late = item.status.overdue(self.now())
        if self.late and item.due_at is not None:
            delay = format_delay((self.now() - item.due_at).total_seconds())
            self.notice_banner.show_message(
                self.tr("Retour en retard : il était prévu le {due}, soit {delay} de retard.").format(
                    due=format_paris(item.due_at), delay=delay
                )
            )
        self.technician_pad = SignaturePad(self.body)
        self.technician_pad.setObjectName("signature_technician")
        self.technician_pad.set_signer(
            item.holder_name or "",
            wording.return_statement(holder=holder, item_type=item.type, registry_id=item.registry_id),
        )
        self.custodian_pad = SignaturePad(self.body)
        self.custodian_pad.setObjectName("signature_custodian")
        custodian = actor.full_name if actor is not None else ""
        self.custodian_pad.set_signer(
            custodian,
            wording.return_countersignature(custodian=custodian, holder=holder, item_type=item.type,
                                            registry_id=item.registry_id),
        )
        self.note_edit = note_edit(self.body, self.tr("État de l'objet, remarques…"))
        self.note_edit.setObjectName("noteEdit")

        pads = QHBoxLayout()
        pads.setSpacing(16)
        pads.addWidget(self.technician_pad, 1)
        pads.addWidget(self.custodian_pad, 1)
        form = form_layout()
        form.addRow(self.tr("&Note :"), self.note_edit)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(pads, 1)
        layout.addLayout(form)

        self.register_field("signature", self.technician_pad)
        self.register_field("signature_technician", self.technician_pad)
        self.register_field("signature_custodian", self.custodian_pad)
        self.register_field("note", self.note_edit)
        set_tab_chain([
            self.technician_pad.canvas, self.technician_pad.undo_button, self.technician_pad.redo_button,
            self.technician_pad.clear_button, self.custodian_pad.canvas, self.custodian_pad.undo_button,
            self.custodian_pad.redo_button, self.custodian_pad.clear_button, self.note_edit, self.ok_button,
            self.cancel_button,
        ])
        self.setMinimumWidth(780)
        self.technician_pad.setFocus()

    def build_op(self) -> Callable[[], Any]:
        # the return flow: the technician's signature, then the custodian's countersignature
        flow = handover_flow(self, MovementKind.RETURN, self.item)
        flow.submit(technician_signature=require_signature(self.technician_pad))
        flow.submit(custodian_signature=require_signature(self.custodian_pad))
        signatures = flow.request().signatures
        return item_ops.return_(self.ctx, self.item.id, technician_signature=signatures[SignatureRole.TECHNICIAN],
                                custodian_signature=signatures[SignatureRole.CUSTODIAN], note=plain(self.note_edit))


def handover_flow(dialog: OpDialog, kind: MovementKind, item: ItemView) -> HandoverFlow:
    """The domain's handover flow for *item*, as the dialog's user (refused when the rules
    refuse the movement: the same sentence as the window's disabled action)."""
    actor = dialog.actor()
    return HandoverFlow(kind, item.facts, role=actor.role, actor_id=actor.person_id, actor_name=actor.full_name,
                        now=dialog.now())


__all__ = ["AttributeDialog", "ReturnDialog", "TransferDialog"]

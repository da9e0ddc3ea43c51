"""Duplication under the client's written mandate (PROC-INT-006 §02)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ...domain.clock import paris_date
from ...domain.enums import MANDATE_REQUIRED_TYPES
from ...domain.errors import ValidationError
from ...domain.permissions import Action
from ...domain.rules import MAX_COPIES, refusal
from ...services import MandateInput
from ...services.registry import MAX_DOCUMENT
from ..models.labels import error_text, item_type_label
from ..operations import items as item_ops
from .base import Banner, ItemHeader, OpDialog
from .fields import (
    ParisDateEdit,
    buddy_label,
    buttons_without_default,
    form_layout,
    note_edit,
    plain,
    set_tab_chain,
    to_qdate,
)

if TYPE_CHECKING:
    from ...services.dto import ItemView, MovementResult
    from ..context import GuiContext


class DuplicateDialog(OpDialog):
    """Record a duplication; master keys, encoded badges and code keys only against the
    client's written mandate (reference, date, signatory, copies, scanned document). Each copy
    becomes a new registry item linked to its original."""

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=self.tr("Duplication de {registry_id}").format(registry_id=item.registry_id),
            ok_text=self.tr("&Enregistrer la duplication"),
        )
        self.item = item
        self.mandate_required = item.type in MANDATE_REQUIRED_TYPES

        self.header = ItemHeader(item, self.body)
        self.rule_banner = Banner("info" if not self.mandate_required else "warning", "ruleBanner", self.body)
        self.rule_banner.show_message(self._rule_text())
        self.copies_spin = QSpinBox(self.body)
        self.copies_spin.setObjectName("copiesSpin")
        self.copies_spin.setRange(1, MAX_COPIES)  # the domain's bound, so the spin box cannot exceed it
        self.copies_spin.setValue(1)
        self.copies_spin.setSuffix(self.tr(" copie(s)"))
        self.copies_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

        self.mandate_group = QGroupBox(self.tr("&Mandat écrit du client"), self.body)
        self.mandate_group.setObjectName("mandateGroup")
        # checkable: a simple mechanical key may be copied without a mandate (unchecked), the
        # other types start checked and the service refuses them without one
        self.mandate_group.setCheckable(True)
        self.mandate_group.setChecked(self.mandate_required)
        self.reference_edit = QLineEdit(self.mandate_group)
        self.reference_edit.setObjectName("mandateReference")
        self.reference_edit.setPlaceholderText(self.tr("Référence du courrier ou du bon de commande"))
        self.signed_on_edit = ParisDateEdit(self.mandate_group)
        self.signed_on_edit.setObjectName("mandateSignedOn")
        today = paris_date(self.now())
        self.signed_on_edit.set_value(today)
        self.signed_on_edit.setMaximumDate(to_qdate(today))
        self.signatory_edit = QLineEdit(self.mandate_group)
        self.signatory_edit.setObjectName("mandateSignatory")
        self.signatory_edit.setPlaceholderText(self.tr("Le responsable sécurité du client"))
        self.mandate_copies_spin = QSpinBox(self.mandate_group)
        self.mandate_copies_spin.setObjectName("mandateCopies")
        self.mandate_copies_spin.setRange(1, 99)
        self.mandate_copies_spin.setValue(1)
        self.mandate_copies_spin.setSuffix(self.tr(" copie(s)"))
        self.mandate_copies_spin.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)
        self.document_edit = QLineEdit(self.mandate_group)
        self.document_edit.setObjectName("mandateDocument")
        self.document_edit.setPlaceholderText(self.tr("Mandat numérisé (PDF ou image)"))
        self.browse_button = QPushButton(self.tr("Parc&ourir…"), self.mandate_group)
        buttons_without_default(self.browse_button)
        document = QHBoxLayout()
        document.addWidget(self.document_edit, 1)
        document.addWidget(self.browse_button)

        mandate_form = form_layout()
        mandate_form.addRow(self.tr("&Référence :"), self.reference_edit)
        mandate_form.addRow(self.tr("Si&gné le :"), self.signed_on_edit)
        mandate_form.addRow(self.tr("Signé &par :"), self.signatory_edit)
        mandate_form.addRow(self.tr("Copies &autorisées :"), self.mandate_copies_spin)
        mandate_form.addRow(buddy_label(self.tr("&Document :"), self.document_edit, self.mandate_group), document)
        self.mandate_group.setLayout(mandate_form)

        self.note_edit = note_edit(self.body, self.tr("Prestataire habilité, date de fabrication…"))
        self.note_edit.setObjectName("noteEdit")

        form = form_layout()
        form.addRow(self.tr("&Nombre de copies :"), self.copies_spin)
        notes = form_layout()
        notes.addRow(self.tr("No&te :"), self.note_edit)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.rule_banner)
        layout.addLayout(form)
        layout.addWidget(self.mandate_group)
        layout.addLayout(notes)
        layout.addStretch(1)

        self.register_field("copies", self.copies_spin)
        self.register_field("mandate_reference", self.reference_edit)
        self.register_field("mandate_signed_on", self.signed_on_edit)
        self.register_field("mandate_signatory", self.signatory_edit)
        self.register_field("mandate_copies", self.mandate_copies_spin)
        self.register_field("mandate_document", self.document_edit)
        self.register_field("note", self.note_edit)
        # refusals without a field are routed by their code to the widget that can fix them
        self.register_field("code:mandat_requis", self.mandate_group)
        self.register_field("code:mandat_depasse", self.mandate_copies_spin)
        set_tab_chain([self.copies_spin, self.mandate_group, self.reference_edit, self.signed_on_edit,
                       self.signatory_edit, self.mandate_copies_spin, self.document_edit, self.browse_button,
                       self.note_edit, self.ok_button, self.cancel_button])

        self.copies_spin.valueChanged.connect(self._on_copies_spin_value_changed)
        self.browse_button.clicked.connect(self._on_browse_button_clicked)
        self.setMinimumWidth(640)
        self.copies_spin.setFocus()

    def _rule_text(self) -> str:
        kind = item_type_label(self.item.type)
        # the domain says whether this item may be copied at all (a temporary badge never):
        # its sentence is shown as is; the text below only explains the procedure
        actor = self.actor()
        why = refusal(Action.DUPLICATE_ITEM, self.item.facts, role=actor.role, actor_id=actor.person_id)
        if why is not None:
            return error_text(why)
        if self.mandate_required:
            return self.tr(
                "PROC-INT-006 §02 : un objet de type « {kind} » ne se reproduit jamais sans le mandat écrit "
                "du responsable sécurité du client, même avec son accord verbal. Seul le client décide d'une "
                "duplication, réalisée par le prestataire habilité de son système de clés ; Mileo Technology "
                "n'en prend jamais l'initiative."
            ).format(kind=kind)
        return self.tr(
            "Une clé mécanique simple peut être dupliquée ; joignez le mandat du client s'il en a donné un. "
            "Chaque copie devient un nouvel objet du registre, lié à l'original."
        )

    def _on_copies_spin_value_changed(self, value: int) -> None:
        # a mandate authorises at least the copies asked: follow upwards, never down
        if self.mandate_copies_spin.value() < value:
            self.mandate_copies_spin.setValue(value)

    def _on_browse_button_clicked(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Mandat numérisé"),
            self.document_edit.text() or str(Path.home()),
            self.tr("Documents (*.pdf *.png *.jpg *.jpeg *.tif *.tiff);;Tous les fichiers (*)"),
        )
        if path:
            self.document_edit.setText(path)

    def build_op(self) -> Callable[[], MovementResult]:
        copies = self.copies_spin.value()
        mandate: MandateInput | None = None
        path_text = self.document_edit.text().strip()
        # the messages are translated here, on the GUI thread: the file is read on the worker
        unreadable = self.tr("Le document du mandat est illisible : {path}").format(path=path_text)
        too_big = self.tr("Le document du mandat dépasse {size} Mo.").format(size=MAX_DOCUMENT // 1_000_000)
        if self.mandate_group.isChecked():
            mandate = MandateInput(
                reference=self.reference_edit.text(),
                signed_on=self.signed_on_edit.value(),
                signatory=self.signatory_edit.text(),
                copies=self.mandate_copies_spin.value(),
            )
        note = plain(self.note_edit)

        def attach_document(given: MandateInput) -> MandateInput:
            # runs on the worker (see item_ops.duplicate): plain values only, no widget
            path = Path(path_text).expanduser()
            try:
                if path.stat().st_size > MAX_DOCUMENT:
                    raise ValidationError(too_big, field="mandate_document")
                data = path.read_bytes()
            except OSError:
                raise ValidationError(unreadable, field="mandate_document") from None
            return MandateInput(given.reference, given.signed_on, given.signatory, given.copies,
                                document=data, document_name=path.name)

        return item_ops.duplicate(self.ctx, self.item.id, copies=copies, mandate=mandate,
                                  mandate_document=attach_document if path_text else None, note=note)


__all__ = ["DuplicateDialog"]

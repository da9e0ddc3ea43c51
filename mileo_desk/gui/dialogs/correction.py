"""A correction: a new movement that references the one it corrects (the history is never
edited, SPEC §1). It may fix the due date of the current attribution or the item's
descriptive fields; the reason is mandatory."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QCheckBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from ...domain.clock import format_paris
from ...domain.enums import MovementKind
from ..models.labels import movement_label as kind_label
from ..operations import items as item_ops
from .base import OpDialog
from .fields import ParisDateTimeEdit, esc, form_layout, hint_label, note_edit, set_tab_chain

if TYPE_CHECKING:
    from ...services.dto import ItemView, MovementView
    from ..context import GuiContext

#: the item fields a correction may change, in the order shown
FIELDS = ("stamped_number", "label", "card_uid", "tag_uid")


class CorrectionDialog(OpDialog):
    """Correct a movement: reason, and a new due date or item field changes."""

    def __init__(self, ctx: GuiContext, movement: MovementView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=self.tr("Corriger le mouvement n°{seq}").format(seq=movement.seq),
            ok_text=self.tr("&Enregistrer la correction"),
        )
        self.movement = movement
        self.item: ItemView | None = None
        # only a handover carries a due date; whether it is the item's *current* one is the
        # service's to say (it knows the later movements), with the domain's sentence
        self.dues_correctable = movement.kind in (MovementKind.ATTRIBUTION, MovementKind.TRANSFER)

        self.summary = QLabel(self.body)
        self.summary.setObjectName("movementSummary")
        self.summary.setWordWrap(True)
        # rich text for the bold number; every stored value in it goes through esc()
        self.summary.setTextFormat(Qt.TextFormat.RichText)
        self.summary.setStyleSheet(
            "QLabel#movementSummary { background: palette(alternate-base); border: 1px solid palette(mid);"
            " border-radius: 4px; padding: 6px 8px; }"
        )
        self.summary.setText(self._summary_html())
        self.explanation = hint_label(
            self.tr("L'historique n'est jamais modifié : la correction est un nouveau mouvement qui renvoie à "
                    "celui-ci, avec son motif."),
            self.body,
        )
        self.reason_edit = note_edit(self.body, self.tr("Pourquoi ce mouvement doit être corrigé (obligatoire)"))
        self.reason_edit.setObjectName("reasonEdit")
        self.reason_edit.setFixedHeight(72)

        self.due_check = QCheckBox(self.tr("Corriger la &date de retour prévue"), self.body)
        self.due_edit = ParisDateTimeEdit(self.body)
        self.due_edit.setObjectName("dueEdit")
        # the current due date as the starting point: a correction usually moves it a little
        self.due_edit.set_value(movement.due_at or (self.now() + timedelta(days=1)))
        self.due_edit.setEnabled(False)
        if not self.dues_correctable:
            self.due_check.setEnabled(False)
            self.due_check.setToolTip(
                self.tr("Seule la date de retour d'une attribution ou d'un transfert se corrige.")
            )

        labels = {
            "stamped_number": self.tr("N° &frappé :"),
            "label": self.tr("Dé&signation :"),
            "card_uid": self.tr("UID de la &carte :"),
            "tag_uid": self.tr("UID du &porte-clés :"),
        }
        self.field_edits: dict[str, QLineEdit] = {}
        form = form_layout()
        form.addRow(self.tr("&Motif :"), self.reason_edit)
        form.addRow("", self.due_check)
        form.addRow(self.tr("Retour prévu le :"), self.due_edit)
        fields_hint = hint_label(self.tr("Champs de l'objet (modifiez seulement ce qui est faux) :"), self.body)
        form.addRow("", fields_hint)
        for name in FIELDS:
            edit = QLineEdit(self.body)
            edit.setObjectName(f"{name}Edit")
            edit.setEnabled(False)  # until the item's current values are loaded
            self.field_edits[name] = edit
            form.addRow(labels[name], edit)
            self.register_field(name, edit)

        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.summary)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)

        self.register_field("note", self.reason_edit)
        self.register_field("due_at", self.due_edit)
        self.register_field("code:correction", self.due_check)
        set_tab_chain([self.reason_edit, self.due_check, self.due_edit,
                       *(self.field_edits[n] for n in FIELDS), self.ok_button, self.cancel_button])
        self.due_check.toggled.connect(self._on_due_check_toggled)
        self.setMinimumWidth(600)
        self.reason_edit.setFocus()
        actor, queries, item_id = self.actor(), ctx.services.queries, movement.item_id
        self.load(lambda: queries.get_item(actor, item_id=item_id), self._on_item_loaded)

    def _summary_html(self) -> str:
        mv = self.movement
        lines = [
            self.tr("<b>N°{seq}</b> — {kind} — {at}").format(seq=mv.seq, kind=esc(kind_label(mv.kind)),
                                                             at=format_paris(mv.at)),
            self.tr("Objet {registry_id}, enregistré par {actor}").format(registry_id=esc(mv.registry_id),
                                                                          actor=esc(mv.actor_name)),
        ]
        if mv.holder_name:
            lines.append(self.tr("Détenteur : {name}").format(name=esc(mv.holder_name)))
        if mv.due_at is not None:
            lines.append(self.tr("Retour prévu le {due}").format(due=format_paris(mv.due_at)))
        if mv.note:
            lines.append(self.tr("Note : {note}").format(note=esc(mv.note)))
        return "<br>".join(lines)

    def _on_item_loaded(self, item: ItemView) -> None:
        self.item = item
        for name, edit in self.field_edits.items():
            edit.setText(getattr(item, name) or "")
            edit.setEnabled(True)

    def _on_due_check_toggled(self, checked: bool) -> None:
        self.due_edit.setEnabled(checked)
        if checked:
            self.due_edit.setFocus()

    def changes(self) -> dict[str, str | None]:
        """The item fields whose text differs from the item's current value."""
        # only what the person changed is sent: the correction movement records before/after
        # for exactly those fields, and an untouched field is never "corrected" to itself
        out: dict[str, str | None] = {}
        if self.item is None:
            return out
        for name, edit in self.field_edits.items():
            new = edit.text().strip()
            if new != (getattr(self.item, name) or ""):
                out[name] = new or None
        return out

    def build_op(self) -> Callable[[], Any]:
        reason = self.reason_edit.toPlainText()
        due = self.due_edit.value() if self.due_check.isChecked() else None
        changes = self.changes() or None
        return item_ops.correct(self.ctx, self.movement.seq, note=reason, due_at=due, changes=changes)


__all__ = ["CorrectionDialog"]

"""An item leaves or comes back to service: loss or theft (PROC-INT-006 §03), found again,
restitution to the client (PROC-INT-006 §04)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import wording
from ...domain.rules import LOSS_REPORT_MINUTES, is_late_report
from ..operations import items as item_ops
from ..widgets.signature_pad import SignaturePad
from .base import ItemHeader, OpDialog, require_signature
from .fields import (
    ParisDateTimeEdit,
    buddy_label,
    buttons_without_default,
    form_layout,
    hint_label,
    note_edit,
    plain,
    set_tab_chain,
)
from .handover import format_delay

if TYPE_CHECKING:
    from ...services.dto import ItemView
    from ..context import GuiContext

_RULE_STYLES = {
    "ok": "QLabel { background: #e7f4ea; border: 1px solid #9ccfa8; border-radius: 4px; padding: 6px 8px;"
    " color: #1d5a2c; }",
    "late": "QLabel { background: #fff4d6; border: 1px solid #e3c46b; border-radius: 4px; padding: 6px 8px;"
    " color: #6b4a00; }",
    "error": "QLabel { background: #fdecea; border: 1px solid #e0a19a; border-radius: 4px; padding: 6px 8px;"
    " color: #8a1c12; }",
}


class LossDialog(OpDialog):
    """Declare a loss or a theft: when it was noticed, when it was reported (a report later
    than 30 minutes after noticing is flagged, PROC-INT-006 §03), the circumstances.

    The steps that follow (security contact, incident report within 2 hours) are tracked
    from the declaration, elsewhere.
    """

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None = None, stolen: bool = False) -> None:
        super().__init__(ctx, parent, title="", ok_text=self.tr("&Déclarer"))
        self.item = item
        # both times start at "now", to the minute: the editors show minutes, and seconds the
        # person cannot see would decide the 30-minute rule at its edge
        now = self.now().replace(second=0, microsecond=0)

        self.header = ItemHeader(item, self.body)
        self.loss_radio = QRadioButton(self.tr("&Perte"), self.body)
        self.theft_radio = QRadioButton(self.tr("&Vol"), self.body)
        # one dialog for both: a loss reported as a theft (or the reverse) is switched here,
        # before anything is recorded, rather than corrected afterwards
        self.kind_group = QButtonGroup(self)
        self.kind_group.addButton(self.loss_radio)
        self.kind_group.addButton(self.theft_radio)
        (self.theft_radio if stolen else self.loss_radio).setChecked(True)
        kinds = QHBoxLayout()
        kinds.addWidget(self.loss_radio)
        kinds.addWidget(self.theft_radio)
        kinds.addStretch(1)

        self.noticed_edit = ParisDateTimeEdit(self.body)
        self.noticed_edit.setObjectName("noticedEdit")
        self.noticed_edit.set_value(now)
        self.reported_edit = ParisDateTimeEdit(self.body)
        self.reported_edit.setObjectName("reportedEdit")
        self.reported_edit.set_value(now)
        self.now_button = QPushButton(self.tr("&Maintenant"), self.body)
        self.now_button.setToolTip(self.tr("Le signalement est fait maintenant"))
        buttons_without_default(self.now_button)  # Enter in a time field must not press it
        reported = QHBoxLayout()
        reported.addWidget(self.reported_edit)
        reported.addWidget(self.now_button)
        reported.addStretch(1)
        # the 30-minute verdict as the times are typed (the domain's predicate): the person
        # knows before validating that the declaration will be flagged late
        self.rule_label = QLabel(self.body)
        self.rule_label.setObjectName("ruleLabel")
        self.rule_label.setWordWrap(True)
        self.note_edit = note_edit(
            self.body, self.tr("Où, quand, comment : les circonstances, les personnes prévenues…")
        )
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setFixedHeight(90)
        self.procedure_hint = hint_label(
            self.tr(
                "PROC-INT-006 §03 : le technicien signale la perte ou le vol à son responsable dans les "
                "{limit} minutes qui suivent sa constatation. Le responsable d'exploitation prévient ensuite le "
                "responsable sécurité du client et un rapport d'incident écrit lui est transmis sous 2 heures."
            ).format(limit=LOSS_REPORT_MINUTES),
            self.body,
        )

        form = form_layout()
        form.addRow(self.tr("Nature :"), kinds)
        form.addRow(self.tr("&Constaté le :"), self.noticed_edit)
        form.addRow(buddy_label(self.tr("&Signalé le :"), self.reported_edit, self.body), reported)
        form.addRow("", self.rule_label)
        form.addRow(self.tr("C&irconstances :"), self.note_edit)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addLayout(form)
        layout.addWidget(self.procedure_hint)
        layout.addStretch(1)

        self.register_field("noticed_at", self.noticed_edit)
        self.register_field("reported_at", self.reported_edit)
        self.register_field("note", self.note_edit)
        set_tab_chain([self.loss_radio, self.theft_radio, self.noticed_edit, self.reported_edit, self.now_button,
                       self.note_edit, self.ok_button, self.cancel_button])

        self.kind_group.buttonToggled.connect(self._on_kind_group_button_toggled)
        self.noticed_edit.dateTimeChanged.connect(self._on_times_changed)
        self.reported_edit.dateTimeChanged.connect(self._on_times_changed)
        self.now_button.clicked.connect(self._on_now_button_clicked)
        self._update_title()
        self.update_rule()
        self.setMinimumWidth(580)
        self.noticed_edit.setFocus()

    @property
    def stolen(self) -> bool:
        return self.theft_radio.isChecked()

    def _update_title(self) -> None:
        if self.stolen:
            self.setWindowTitle(self.tr("Déclarer le vol de {registry_id}").format(registry_id=self.item.registry_id))
        else:
            self.setWindowTitle(
                self.tr("Déclarer la perte de {registry_id}").format(registry_id=self.item.registry_id)
            )

    def is_late(self) -> bool:
        """What the 30-minute rule says about the times entered (PROC-INT-006 §03)."""
        return is_late_report(self.noticed_edit.value(), self.reported_edit.value())

    def update_rule(self) -> None:
        """Show, as the times are typed, whether the report is within 30 minutes."""
        delay = self.reported_edit.value() - self.noticed_edit.value()
        if delay < timedelta(0):
            kind = "error"
            text = self.tr("L'heure de signalement précède l'heure de constatation.")
        elif self.is_late():
            kind = "late"
            text = self.tr(
                "Signalé {delay} après la constatation : au-delà des {limit} minutes de PROC-INT-006 §03, la "
                "déclaration sera marquée comme tardive."
            ).format(delay=format_delay(delay.total_seconds()), limit=LOSS_REPORT_MINUTES)
        else:
            kind = "ok"
            text = self.tr(
                "Signalé {delay} après la constatation : dans le délai de {limit} minutes (PROC-INT-006 §03)."
            ).format(delay=format_delay(delay.total_seconds()), limit=LOSS_REPORT_MINUTES)
        self.rule_label.setText(text)
        self.rule_label.setProperty("rule", kind)
        self.rule_label.setStyleSheet(_RULE_STYLES[kind])

    def _on_kind_group_button_toggled(self, _button: object, _checked: bool) -> None:
        self._update_title()

    def _on_times_changed(self, _value: object) -> None:
        self.update_rule()

    def _on_now_button_clicked(self) -> None:
        self.reported_edit.set_value(self.now())
        self.reported_edit.setFocus()

    def build_op(self) -> Callable[[], Any]:
        # the rule is the service's: a late report is recorded, flagged, never refused
        noticed = self.noticed_edit.value()
        reported = self.reported_edit.value()
        stolen = self.stolen
        note = plain(self.note_edit)
        return item_ops.declare_loss(self.ctx, self.item.id, stolen=stolen, noticed_at=noticed, reported_at=reported,
                                     note=note)


class FoundDialog(OpDialog):
    """A lost or stolen item is back at headquarters; the loss stays in the history."""

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=self.tr("{registry_id} retrouvé").format(registry_id=item.registry_id),
            ok_text=self.tr("&Enregistrer"),
        )
        self.item = item
        self.header = ItemHeader(item, self.body)
        self.explanation = hint_label(
            self.tr("L'objet revient au siège. La déclaration de perte ou de vol reste dans l'historique."),
            self.body,
        )
        self.note_edit = note_edit(self.body, self.tr("Où, quand et par qui l'objet a été retrouvé…"))
        self.note_edit.setObjectName("noteEdit")
        self.note_edit.setFixedHeight(90)
        form = form_layout()
        form.addRow(self.tr("&Note :"), self.note_edit)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addStretch(1)
        self.register_field("note", self.note_edit)
        set_tab_chain([self.note_edit, self.ok_button, self.cancel_button])
        self.setMinimumWidth(540)
        self.note_edit.setFocus()

    def build_op(self) -> Callable[[], Any]:
        note = plain(self.note_edit)
        return item_ops.mark_found(self.ctx, self.item.id, note=note)


class RestituteDialog(OpDialog):
    """Give the item back to its client (PROC-INT-006 §04), optionally signed by the client's
    representative."""

    def __init__(self, ctx: GuiContext, item: ItemView, parent: QWidget | None = None) -> None:
        super().__init__(
            ctx, parent,
            title=self.tr("Restituer {registry_id} au client").format(registry_id=item.registry_id),
            ok_text=self.tr("&Restituer"),
        )
        self.item = item
        self.header = ItemHeader(item, self.body)
        self.explanation = hint_label(
            self.tr("L'objet est rendu à {client} et sort du registre en service. En fin de chantier ou de "
                    "contrat, l'inventaire contradictoire (PROC-INT-006 §04) restitue tous les objets du client.")
            .format(client=item.client_name),
            self.body,
        )
        self.note_edit = note_edit(self.body, self.tr("Remis en main propre, par courrier…"))
        self.note_edit.setObjectName("noteEdit")
        # the client's signature is optional here (a courier, a mailbox); the contradictory
        # inventory of PROC-INT-006 §04 is where both sides always sign
        self.client_signs = QCheckBox(self.tr("Le représentant du client &signe la restitution"), self.body)
        self.signatory_edit = QLineEdit(self.body)
        self.signatory_edit.setObjectName("signatoryEdit")
        self.signatory_edit.setPlaceholderText(self.tr("Prénom et nom du représentant du client"))
        self.signature_pad = SignaturePad(self.body)
        self.signature_pad.setObjectName("signature")

        form = form_layout()
        form.addRow(self.tr("&Note :"), self.note_edit)
        form.addRow("", self.client_signs)
        form.addRow(self.tr("Re&présentant :"), self.signatory_edit)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.header)
        layout.addWidget(self.explanation)
        layout.addLayout(form)
        layout.addWidget(self.signature_pad, 1)

        self.register_field("note", self.note_edit)
        self.register_field("client_signatory", self.signatory_edit)
        self.register_field("signature", self.signature_pad)
        set_tab_chain([self.note_edit, self.client_signs, self.signatory_edit, self.signature_pad.canvas,
                       self.signature_pad.undo_button, self.signature_pad.redo_button,
                       self.signature_pad.clear_button, self.ok_button, self.cancel_button])
        self.client_signs.toggled.connect(self._on_client_signs_toggled)
        self.signatory_edit.textChanged.connect(self._on_signatory_edit_text_changed)
        self._on_client_signs_toggled(False)
        self.setMinimumWidth(560)
        self.note_edit.setFocus()

    def _statement(self) -> str:
        return wording.restitution_statement(
            client=self.item.client_name, item_type=self.item.type, registry_id=self.item.registry_id,
            signatory=self.signatory_edit.text().strip() or "…",
        )

    def _on_client_signs_toggled(self, checked: bool) -> None:
        self.signatory_edit.setEnabled(checked)
        self.signature_pad.setEnabled(checked)
        self.signature_pad.setVisible(checked)
        if checked:
            self.signatory_edit.setFocus()
        self.adjustSize()

    def _on_signatory_edit_text_changed(self, text: str) -> None:
        self.signature_pad.set_signer(text.strip(), self._statement())

    def build_op(self) -> Callable[[], Any]:
        capture = None
        signatory = None
        if self.client_signs.isChecked():
            signatory = self.signatory_edit.text()
            capture = require_signature(self.signature_pad)
        note = plain(self.note_edit)
        return item_ops.restitute(self.ctx, self.item.id, note=note, client_signature=capture,
                                  client_signatory=signatory)


__all__ = ["FoundDialog", "LossDialog", "RestituteDialog"]

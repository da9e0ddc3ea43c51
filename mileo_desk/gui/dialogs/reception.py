"""Reception of an item entrusted by a client (PROC-INT-006 §01): it enters the registry,
kept at headquarters."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtWidgets import QComboBox, QLineEdit, QVBoxLayout, QWidget

from ...domain.clock import paris_date
from ...domain.enums import ItemType
from ...domain.errors import ValidationError
from ..models.labels import item_type_label
from ..operations import items as item_ops
from .base import OpDialog
from .fields import ParisDateEdit, form_layout, hint_label, note_edit, plain, set_tab_chain, to_qdate

if TYPE_CHECKING:
    from ...services.dto import ClientView, SiteView
    from ..context import GuiContext

#: which identifier a scanned UID most likely is, by item type (cards vs. key tags)
_CARD_TYPES = frozenset({ItemType.BADGE, ItemType.TEMPORARY_BADGE})


class ReceiveDialog(OpDialog):
    """Register an item received from a client: client → site, type, registry id (generated
    when left empty), card UID / key-tag UID (prefilled from a scan), stamped number,
    designation, reception date."""

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None, uid: str | None = None) -> None:
        super().__init__(ctx, parent, title=self.tr("Réception d'un objet du client"),
                         ok_text=self.tr("&Réceptionner"))
        self._scanned_uid = (uid or "").strip() or None

        self.client_combo = QComboBox(self.body)
        self.client_combo.setObjectName("clientCombo")
        self.client_combo.setMinimumContentsLength(26)
        self.site_combo = QComboBox(self.body)
        self.site_combo.setObjectName("siteCombo")
        self.site_combo.setMinimumContentsLength(26)
        self.site_combo.setEnabled(False)
        self.type_combo = QComboBox(self.body)
        self.type_combo.setObjectName("typeCombo")
        for item_type in ItemType:
            self.type_combo.addItem(item_type_label(item_type), item_type.value)
        self.registry_edit = QLineEdit(self.body)
        self.registry_edit.setObjectName("registryIdEdit")
        self.registry_edit.setPlaceholderText(self.tr("Laisser vide : attribué automatiquement (ex. ECL-00012)"))
        self.card_edit = QLineEdit(self.body)
        self.card_edit.setObjectName("cardUidEdit")
        self.card_edit.setPlaceholderText(self.tr("Présentez la carte au lecteur, ou tapez son UID"))
        self.tag_edit = QLineEdit(self.body)
        self.tag_edit.setObjectName("tagUidEdit")
        self.tag_edit.setPlaceholderText(self.tr("Présentez le porte-clés au lecteur, ou tapez son UID"))
        self.stamped_edit = QLineEdit(self.body)
        self.stamped_edit.setObjectName("stampedEdit")
        self.stamped_edit.setPlaceholderText(self.tr("Numéro gravé ou frappé sur la clé"))
        self.label_edit = QLineEdit(self.body)
        self.label_edit.setObjectName("labelEdit")
        self.label_edit.setPlaceholderText(self.tr("ex. Clé portail entrepôt"))
        self.received_edit = ParisDateEdit(self.body)
        self.received_edit.setObjectName("receivedEdit")
        today = paris_date(self.now())
        self.received_edit.set_value(today)
        # the editor cannot go past today; the service still checks it (a clock can move)
        self.received_edit.setMaximumDate(to_qdate(today))
        self.note_edit = note_edit(self.body, self.tr("Remis par, conditions particulières…"))
        self.note_edit.setObjectName("noteEdit")
        self.scan_hint = hint_label(
            self.tr("Un badge ou un porte-clés présenté au lecteur remplit son UID."), self.body
        )

        form = form_layout()
        form.addRow(self.tr("C&lient :"), self.client_combo)
        form.addRow(self.tr("&Site :"), self.site_combo)
        form.addRow(self.tr("&Type :"), self.type_combo)
        form.addRow(self.tr("&Identifiant registre :"), self.registry_edit)
        form.addRow(self.tr("UID de la &carte :"), self.card_edit)
        form.addRow(self.tr("UID du &porte-clés :"), self.tag_edit)
        form.addRow("", self.scan_hint)
        form.addRow(self.tr("N° &frappé :"), self.stamped_edit)
        form.addRow(self.tr("&Désignation :"), self.label_edit)
        form.addRow(self.tr("Reçu l&e :"), self.received_edit)
        form.addRow(self.tr("&Note :"), self.note_edit)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(form)
        layout.addStretch(1)

        # a refusal names a field (or a code): the dialog focuses that widget and keeps the input
        for name, widget in (("client", self.client_combo), ("client_id", self.client_combo),
                             ("site", self.site_combo), ("site_id", self.site_combo), ("type", self.type_combo),
                             ("registry_id", self.registry_edit), ("card_uid", self.card_edit),
                             ("tag_uid", self.tag_edit), ("stamped_number", self.stamped_edit),
                             ("label", self.label_edit), ("received_on", self.received_edit),
                             ("note", self.note_edit), ("code:client_archive", self.client_combo)):
            self.register_field(name, widget)
        set_tab_chain([self.client_combo, self.site_combo, self.type_combo, self.registry_edit, self.card_edit,
                       self.tag_edit, self.stamped_edit, self.label_edit, self.received_edit, self.note_edit,
                       self.ok_button, self.cancel_button])

        self.client_combo.currentIndexChanged.connect(self._on_client_combo_current_index_changed)
        self.type_combo.currentIndexChanged.connect(self._on_type_combo_current_index_changed)
        if self._scanned_uid:
            self.card_edit.setText(self._scanned_uid)
        self.grab_scans(self._on_scan)
        self.setMinimumWidth(580)
        self.client_combo.setFocus()
        actor, directory = self.actor(), ctx.services.directory
        self.load(lambda: directory.list_clients(actor), self._on_clients_loaded)

    # -- client → site cascade ---------------------------------------------------------

    def _on_clients_loaded(self, clients: list[ClientView]) -> None:
        # filled without signals and left on no client: a first entry chosen by default would
        # be a silent guess on a form that engages the company's responsibility
        self.client_combo.blockSignals(True)
        self.client_combo.clear()
        for c in clients:
            self.client_combo.addItem(f"{c.name} ({c.code})", c.id)
        self.client_combo.setCurrentIndex(-1)
        self.client_combo.blockSignals(False)
        self.client_combo.setPlaceholderText(self.tr("Choisissez le client"))
        self.site_combo.setPlaceholderText(self.tr("Choisissez d'abord le client"))

    def _on_client_combo_current_index_changed(self, _index: int) -> None:
        client_id = self.client_combo.currentData()
        self.site_combo.clear()
        self.site_combo.setEnabled(False)
        if client_id is None:
            return
        actor = self.actor()
        directory = self.ctx.services.directory
        self.load(lambda: (client_id, directory.list_sites(actor, client_id=int(client_id))), self._on_sites_loaded)

    def _on_sites_loaded(self, result: tuple[int, list[SiteView]]) -> None:
        client_id, sites = result
        if client_id != self.client_combo.currentData():
            return  # the client changed meanwhile; its own list is on its way
        self.site_combo.clear()
        for s in sites:
            if s.active:
                self.site_combo.addItem(f"{s.name} ({s.sensitivity.value})", s.id)
        self.site_combo.setEnabled(self.site_combo.count() > 0)
        self.site_combo.setPlaceholderText(self.tr("Ce client n'a aucun site actif") if not self.site_combo.count()
                                           else self.tr("Choisissez le site"))
        # a single site is the only possible answer; among several, the custodian chooses
        self.site_combo.setCurrentIndex(0 if self.site_combo.count() == 1 else -1)

    # -- the scanned UID follows the item type until it is edited ------------------------

    def item_type(self) -> ItemType:
        return ItemType(self.type_combo.currentData())

    def _on_type_combo_current_index_changed(self, _index: int) -> None:
        uid = self._scanned_uid
        if not uid:
            return
        # a read arrives before the type is set: a badge's UID is a card's, a key's is its tag's
        wants_card = self.item_type() in _CARD_TYPES
        source, target = (self.tag_edit, self.card_edit) if wants_card else (self.card_edit, self.tag_edit)
        if source.text().strip() == uid and not target.text().strip():
            source.clear()
            target.setText(uid)

    def _on_scan(self, event: Any) -> None:
        uid = getattr(event, "uid", None)
        if not uid:
            return
        self._scanned_uid = str(uid)
        target = self.card_edit if self.item_type() in _CARD_TYPES else self.tag_edit
        # where the custodian has put the cursor wins over the type's guess
        if self.tag_edit.hasFocus():
            target = self.tag_edit
        elif self.card_edit.hasFocus():
            target = self.card_edit
        target.setText(self._scanned_uid)

    # -- the call -------------------------------------------------------------------------

    def build_op(self) -> Callable[[], Any]:
        client_id = self.client_combo.currentData()
        if client_id is None:
            raise ValidationError(self.tr("Choisissez le client qui confie l'objet."), field="client")
        site_id = self.site_combo.currentData()
        if site_id is None:
            raise ValidationError(self.tr("Choisissez le site du client."), field="site")
        values: dict[str, Any] = {
            "client_id": int(client_id),
            "site_id": int(site_id),
            "type": self.item_type(),
            "registry_id": self.registry_edit.text().strip() or None,
            "card_uid": self.card_edit.text().strip() or None,
            "tag_uid": self.tag_edit.text().strip() or None,
            # raw text: the service strips, bounds and refuses control characters
            "stamped_number": self.stamped_edit.text(),
            "label": self.label_edit.text(),
            "received_on": self.received_edit.value(),
            "note": plain(self.note_edit),
        }
        return item_ops.receive(self.ctx, **values)


__all__ = ["ReceiveDialog"]

"""The readers settings page (SPEC §6): which readers the station listens to, a test mode
(« Présentez une carte ou un porte-clés… » then what was read and what it designates), and
for custodians the writing of an item's key tag on an NFC reader."""

from __future__ import annotations

import logging
from concurrent.futures import Future
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ..domain.permissions import Action
from .devices_bridge import DeviceBridge, tr_devices
from .models.labels import error_text, item_type_label, state_label
from .operations.runner import Priority
from .widgets.reader_status import STATE_COLOURS, dot

if TYPE_CHECKING:
    from ..services.dto import Resolution
    from .context import GuiContext

log = logging.getLogger("mileo_desk.gui.readers")

COL_ENABLED, COL_NAME, COL_FAMILY, COL_STATE, COL_REASON = range(5)


class _WriteRelay(QObject):
    """Brings a key-tag write's result (a Future completed on the NFC thread) to the GUI thread."""

    done = Signal(object)


class ReadersDialog(QDialog):
    """Choose, test and (custodians) write with the readers."""

    #: a read shown in the test mode (ReadEvent or ReadFailed), GUI thread
    test_read_shown = Signal(object)
    #: what the last test read designates was shown (a Resolution, or None)
    resolution_shown = Signal(object)
    #: a key-tag write ended: (ok, French message)
    write_finished = Signal(bool, str)

    def __init__(self, ctx: GuiContext, bridge: DeviceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.bridge = bridge
        self._release_grab: Any = None
        self._last_read: Any = None
        self._relay = _WriteRelay(self)
        self._relay.done.connect(self._on_relay_done)
        self._write_future: Future[Any] | None = None
        self.setMinimumSize(720, 520)

        layout = QVBoxLayout(self)
        self.intro = QLabel(self)
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)

        self.table = QTableWidget(0, 5, self)
        self.table.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(COL_REASON, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        layout.addWidget(self.table, 1)

        # the test mode
        self.test_box = QGroupBox(self)
        test_layout = QVBoxLayout(self.test_box)
        row = QHBoxLayout()
        self.test_button = QPushButton(self.test_box)
        self.test_button.setCheckable(True)
        self.test_button.toggled.connect(self._on_test_button_toggled)
        self.prompt = QLabel(self.test_box)
        self.prompt.setStyleSheet("font-weight: 600;")
        row.addWidget(self.test_button)
        row.addWidget(self.prompt, 1)
        test_layout.addLayout(row)
        form = QFormLayout()
        self.uid_value = QLabel(self.test_box)
        self.tech_value = QLabel(self.test_box)
        self.ndef_value = QLabel(self.test_box)
        self.keytag_value = QLabel(self.test_box)
        self.resolved_value = QLabel(self.test_box)
        for value in (self.uid_value, self.tech_value, self.ndef_value, self.keytag_value, self.resolved_value):
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            value.setWordWrap(True)
        self.uid_label, self.tech_label, self.ndef_label = QLabel(self), QLabel(self), QLabel(self)
        self.keytag_label, self.resolved_label = QLabel(self), QLabel(self)
        form.addRow(self.uid_label, self.uid_value)
        form.addRow(self.tech_label, self.tech_value)
        form.addRow(self.ndef_label, self.ndef_value)
        form.addRow(self.keytag_label, self.keytag_value)
        form.addRow(self.resolved_label, self.resolved_value)
        test_layout.addLayout(form)
        layout.addWidget(self.test_box)

        # writing a key tag (custodians)
        self.write_box = QGroupBox(self)
        write_layout = QHBoxLayout(self.write_box)
        self.registry_edit = QLineEdit(self.write_box)
        self.registry_edit.setMaxLength(32)
        self.write_button = QPushButton(self.write_box)
        self.write_button.clicked.connect(self.write_key_tag)
        self.write_status = QLabel(self.write_box)
        self.write_status.setWordWrap(True)
        write_layout.addWidget(self.registry_edit)
        write_layout.addWidget(self.write_button)
        write_layout.addWidget(self.write_status, 1)
        layout.addWidget(self.write_box)
        self.write_box.setVisible(ctx.can(Action.RECEIVE_ITEM))

        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)

        bridge.status_changed.connect(self._on_bridge_status_changed)
        bridge.read_failed.connect(self._on_bridge_read_failed)
        self.table.itemChanged.connect(self._on_table_item_changed)
        self._pending_disabled = set(bridge.disabled)
        self._retranslate()
        self.fill()
        self._clear_read()

    # ------------------------------------------------------------------ the list

    def _family_label(self, family: str) -> str:
        return {
            "pcsc": self.tr("Carte à puce (PC/SC)"),
            "nfc": self.tr("NFC"),
            "wedge": self.tr("Clavier / scanner"),
            "pen": self.tr("Tablette de signature"),
            "simulated": self.tr("Simulé"),
        }.get(family, family)

    def _state_label(self, state: str) -> str:
        return {
            "present": self.tr("présent"),
            "absent": self.tr("absent"),
            "error": self.tr("erreur"),
            "unusable": self.tr("reconnu mais inutilisable"),
        }.get(state, state)

    def fill(self) -> None:
        """(Re)fill the list from the bridge's latest statuses."""
        self.table.blockSignals(True)
        try:
            readers = self.bridge.readers()
            rows: list[tuple[str | None, str, str, str, str]] = [
                (r.reader, r.reader, str(r.family), str(r.state), tr_devices(r.reason_fr)) for r in readers]
            if not self.bridge.available:
                rows = [(None, self.tr("Lecteurs non installés"), "", "unusable",
                         self.tr("Le module des lecteurs n'est pas installé."))]
            else:
                # families without any reader still say why (pcscd stopped, no NFC reader…)
                families = {str(r.family) for r in readers}
                rows += [(None, self._family_label(str(b.family)), str(b.family), str(b.state),
                          tr_devices(b.reason_fr)) for b in self.bridge.backend_statuses()
                         if str(b.family) not in families and b.reason_fr]
            self.table.setRowCount(len(rows))
            for i, (name, shown, family, state, reason) in enumerate(rows):
                enabled = QTableWidgetItem()
                if name is not None:
                    enabled.setFlags(Qt.ItemFlag.ItemIsUserCheckable | Qt.ItemFlag.ItemIsEnabled
                                     | Qt.ItemFlag.ItemIsSelectable)
                    enabled.setCheckState(Qt.CheckState.Unchecked if name in self._pending_disabled
                                          else Qt.CheckState.Checked)
                    enabled.setData(Qt.ItemDataRole.UserRole, name)
                else:
                    enabled.setFlags(Qt.ItemFlag.ItemIsEnabled)
                self.table.setItem(i, COL_ENABLED, enabled)
                self.table.setItem(i, COL_NAME, QTableWidgetItem(shown))
                self.table.setItem(i, COL_FAMILY, QTableWidgetItem(self._family_label(family) if family else ""))
                state_item = QTableWidgetItem(self._state_label(state))
                state_item.setIcon(dot(STATE_COLOURS.get(state, "#8c959f")))
                self.table.setItem(i, COL_STATE, state_item)
                reason_item = QTableWidgetItem(reason)
                reason_item.setToolTip(reason)
                self.table.setItem(i, COL_REASON, reason_item)
            self.table.setCurrentCell(-1, -1)
        finally:
            self.table.blockSignals(False)

    def reader_names(self) -> list[str]:
        """The readers listed (tests)."""
        items = (self.table.item(i, COL_NAME) for i in range(self.table.rowCount()))
        return [item.text() for item in items if item is not None]

    def set_reader_enabled(self, name: str, enabled: bool) -> None:
        for i in range(self.table.rowCount()):
            item = self.table.item(i, COL_ENABLED)
            if item is not None and item.data(Qt.ItemDataRole.UserRole) == name:
                item.setCheckState(Qt.CheckState.Checked if enabled else Qt.CheckState.Unchecked)

    @Slot(QTableWidgetItem)
    def _on_table_item_changed(self, item: QTableWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole)
        if item.column() != COL_ENABLED or not name:
            return
        if item.checkState() == Qt.CheckState.Checked:
            self._pending_disabled.discard(name)
        else:
            self._pending_disabled.add(name)

    @Slot(object)
    def _on_bridge_status_changed(self, _status: Any) -> None:
        self.fill()

    def accept(self) -> None:
        self.bridge.set_disabled(self._pending_disabled)
        super().accept()

    def done(self, result: int) -> None:
        self.test_button.setChecked(False)
        if self._write_future is not None and not self._write_future.done():
            self._write_future.cancel()
        super().done(result)

    # ------------------------------------------------------------------ test mode

    @property
    def testing(self) -> bool:
        return self._release_grab is not None

    @Slot(bool)
    def _on_test_button_toggled(self, on: bool) -> None:
        if on and self._release_grab is None:
            # the test reads stay here: they do not open items in the window behind
            self._release_grab = self.ctx.scan.grab(self._on_test_read)
            self._clear_read()
        elif not on and self._release_grab is not None:
            self._release_grab()
            self._release_grab = None
        self._retranslate_prompt()

    def start_test(self) -> None:
        self.test_button.setChecked(True)

    def _clear_read(self) -> None:
        self._last_read = None
        for value in (self.uid_value, self.tech_value, self.ndef_value, self.keytag_value, self.resolved_value):
            value.setText("—")
            value.setStyleSheet("")

    def _on_test_read(self, event: Any) -> None:
        self._last_read = event
        self.prompt.setText(self.tr("Lu sur « %1 ». Présentez une autre carte ou un autre porte-clés…")
                            .replace("%1", getattr(event, "reader", "")))
        self.uid_value.setText(getattr(event, "uid", None) or self.tr("(aucun)"))
        self.tech_value.setText(getattr(event, "technology", None) or self.tr("inconnue"))
        records = getattr(event, "ndef_records", ()) or ()
        if records:
            self.ndef_value.setText("\n".join(r.text or f"{r.type} ({len(r.payload_hex) // 2} octets)"
                                              for r in records))
        elif getattr(event, "ndef_error_fr", None):
            self.ndef_value.setText(tr_devices(event.ndef_error_fr))
        else:
            text = getattr(event, "text", None)
            self.ndef_value.setText(self.tr("Code saisi : %1").replace("%1", text) if text else self.tr("aucun"))
        key_tag = getattr(event, "key_tag", None)
        self.keytag_value.setText(self._verdict(key_tag))
        suspicious = bool(key_tag is not None and key_tag.is_suspicious)
        self.keytag_value.setStyleSheet("color: #cf222e; font-weight: 600;" if suspicious else "")
        self.resolved_value.setText(self.tr("recherche…"))
        self.resolved_value.setStyleSheet("")
        self.test_read_shown.emit(event)
        # a copied or forged tag: look up its UID, never the registry id it claims
        key = (getattr(event, "uid", None) if suspicious else None) or getattr(event, "lookup_key", None) \
            or getattr(event, "text", None)
        if not key or self.ctx.actor is None:
            self.resolved_value.setText(self.tr("rien à rechercher"))
            self.resolution_shown.emit(None)
            return
        ctx = self.ctx
        actor = ctx.require_actor()

        def resolve() -> Resolution:
            return ctx.services.queries.resolve_uid(actor, key)

        def shown(res: Resolution, ev: Any = event) -> None:
            self._show_resolution(ev, res)

        ctx.ops.run(resolve, on_success=shown,
                    on_failure=lambda err: self.resolved_value.setText(error_text(err)),
                    priority=Priority.HIGH, owner=self)

    def _verdict(self, key_tag: Any) -> str:
        if key_tag is None:
            return self.tr("pas un porte-clés Mileo")
        labels = {
            "valid": self.tr("authentique"),
            "copied": self.tr("COPIÉ — ne pas se fier à cet objet"),
            "forged": self.tr("FALSIFIÉ — ne pas se fier à cet objet"),
            "unverifiable": self.tr("non vérifiable"),
            "not_key_tag": self.tr("pas un porte-clés Mileo"),
        }
        text = labels.get(str(key_tag.state), str(key_tag.state))
        if key_tag.registry_id and str(key_tag.state) != "not_key_tag":
            text += self.tr(" (annonce %1)").replace("%1", key_tag.registry_id)
        if key_tag.reason_fr:
            text += "\n" + tr_devices(key_tag.reason_fr)
        return text

    def _show_resolution(self, event: Any, resolution: Any) -> None:
        if event is not self._last_read:
            return  # a newer read is shown
        if resolution.kind == "item" and resolution.item is not None:
            item = resolution.item
            text = self.tr("Objet %1 — %2, %3 (%4)").replace("%1", item.registry_id).replace(
                "%2", item_type_label(item.type)).replace("%3", item.label or item.client_name).replace(
                "%4", state_label(item.state))
            if not self.registry_edit.text():
                self.registry_edit.setText(item.registry_id)
        elif resolution.kind == "person" and resolution.person is not None:
            text = self.tr("Badge de %1").replace("%1", resolution.person.full_name)
        else:
            text = self.tr("Inconnu dans le registre")
        self.resolved_value.setText(text)
        self.resolution_shown.emit(resolution)

    @Slot(object)
    def _on_bridge_read_failed(self, failed: Any) -> None:
        if not self.testing:
            return
        self._clear_read()
        self.prompt.setText(self.tr("Lecture échouée sur « %1 » : %2").replace("%1", failed.reader)
                            .replace("%2", tr_devices(failed.reason_fr)))
        self.test_read_shown.emit(failed)

    # ------------------------------------------------------------------ key tags

    def write_key_tag(self) -> None:
        """Write the key tag of the registry id typed (custodians), on the next tag presented."""
        registry_id = self.registry_edit.text().strip().upper()
        if not registry_id:
            self.write_status.setText(self.tr("Indiquez l'identifiant du registre de l'objet."))
            return
        if self.bridge.manager is None:
            self.write_status.setText(self.tr("Les lecteurs ne sont pas installés."))
            return
        self.write_button.setEnabled(False)
        self.write_status.setText(self.tr("Présentez le porte-clés à écrire sur le lecteur NFC…"))
        future = self.bridge.manager.write_key_tag(registry_id)
        self._write_future = future
        # the callback runs on the NFC thread: the relay's signal brings the result back here
        future.add_done_callback(self._relay.done.emit)

    @Slot(object)
    def _on_relay_done(self, future: Future[Any]) -> None:
        self.write_button.setEnabled(True)
        if future.cancelled():
            ok, text = False, self.tr("Écriture annulée.")
        else:
            exc = future.exception()
            if exc is None:
                result = future.result()
                ok, text = True, self.tr("Porte-clés écrit pour %1 (puce %2).").replace(
                    "%1", result.registry_id).replace("%2", result.uid)
            else:
                reason = getattr(exc, "reason_fr", None)
                ok, text = False, (tr_devices(reason) if reason else
                                   self.tr("Écriture échouée : %1").replace("%1", type(exc).__name__))
        self.write_status.setText(text)
        self.write_status.setStyleSheet("" if ok else "color: #cf222e;")
        self.write_finished.emit(ok, text)

    # ------------------------------------------------------------------ texts

    def _retranslate_prompt(self) -> None:
        if self.testing:
            self.test_button.setText(self.tr("Arrêter le test"))
            self.prompt.setText(self.tr("Présentez une carte ou un porte-clés…"))
        else:
            self.test_button.setText(self.tr("Tester"))
            self.prompt.setText(self.tr("Cliquez sur « Tester » puis présentez une carte à un lecteur."))

    def _retranslate(self) -> None:
        self.setWindowTitle(self.tr("Lecteurs"))
        self.intro.setText(self.tr("Les lecteurs cochés sont écoutés : une carte posée sur l'un d'eux ouvre "
                                   "l'objet correspondant. Décochez un lecteur pour l'ignorer sur ce poste."))
        self.table.setHorizontalHeaderLabels([self.tr("Actif"), self.tr("Lecteur"), self.tr("Type"),
                                              self.tr("État"), self.tr("Motif")])
        self.test_box.setTitle(self.tr("Test"))
        self.uid_label.setText(self.tr("UID :"))
        self.tech_label.setText(self.tr("Technologie :"))
        self.ndef_label.setText(self.tr("Contenu (NDEF) :"))
        self.keytag_label.setText(self.tr("Porte-clés :"))
        self.resolved_label.setText(self.tr("Correspond à :"))
        self.write_box.setTitle(self.tr("Écrire un porte-clés"))
        self.registry_edit.setPlaceholderText(self.tr("Identifiant du registre (ex. ECL-00001)"))
        self.write_button.setText(self.tr("Écrire le porte-clés"))
        self.buttons.button(QDialogButtonBox.StandardButton.Save).setText(self.tr("Enregistrer"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Annuler"))
        self._retranslate_prompt()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
            self.fill()
        super().changeEvent(event)

"""Scan-first (SPEC §2): a known item opens, a person's Mileo badge filters what they hold,
an unknown UID offers to register it; entering a code by hand and the developer menu's
simulated reads go through the same hub.
"""

from __future__ import annotations

import contextlib
import secrets
from typing import Any

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QMainWindow,
    QMessageBox,
)

from ...domain.errors import MileoError
from ...domain.permissions import Action
from ...services.dto import (
    ItemFilter,
    ItemView,
    PersonView,
)
from .. import dialogs
from ..context import GuiContext
from ..models.labels import role_label
from ..operations.runner import Priority, runs_in_db_thread
from ..scan import ScanEntryDialog, read_key
from ..widgets.item_panel import ItemBundle, load_item_bundle
from ._host import WindowBase


@runs_in_db_thread
def _resolve_read(ctx: GuiContext, key: str) -> tuple[Any, ItemBundle | None]:
    actor = ctx.require_actor()
    resolution = ctx.services.queries.resolve_uid(actor, key)
    if resolution.kind == "item" and resolution.item is not None:
        try:
            return resolution, load_item_bundle(ctx.services, actor, resolution.item.id, resolution.item)
        except MileoError:
            # a technician may resolve an item he does not hold; he just cannot open it
            return resolution, None
    return resolution, None


class MainWindow(QMainWindow):
    """The desk station."""

    locked = Signal()  #: the content is hidden
    unlocked = Signal(object)  #: the Actor now using the station
    scan_handled = Signal(str, object)  #: ("item" | "person" | "unknown" | "ignored", payload)
    verified = Signal(object)  #: a VerifyReport


class ScanRoutingMixin(WindowBase):  # type: ignore[misc]  # see _host
    """Scan-first routing of :class:`MainWindow` (a mixin, for the "MainWindow" translation
    context): every read no dialog grabbed arrives through :attr:`ScanHub.unclaimed`."""

    _unknown_box: QMessageBox | None
    _dialog: QDialog | None

    def _on_scan_unclaimed(self, event: Any) -> None:
        key = read_key(event)
        if not key:
            return
        if self._locked or self.ctx.actor is None:
            self.scan_handled.emit("ignored", event)
            return
        if QApplication.activeModalWidget() is not None:
            self.ui.statusbar.showMessage(self.tr("Lecture ignorée : terminez d'abord la fenêtre en cours."), 5000)
            self.scan_handled.emit("ignored", event)
            return
        key_tag = getattr(event, "key_tag", None)
        suspicious = bool(key_tag is not None and getattr(key_tag, "is_suspicious", False))
        if suspicious:
            # a copied or forged key tag: never trust the registry id it claims, look up its UID
            key = getattr(event, "uid", None) or key
        ctx = self.ctx

        def done(result: tuple[Any, ItemBundle | None]) -> None:
            if self._locked:
                return
            resolution, bundle = result
            if resolution.kind == "item" and bundle is not None:
                self.ui.itemDock.show()
                self.ui.itemDock.raise_()
                self.panel.show_bundle(bundle)
                # the panel is painted first; the registry row is selected just after
                QTimer.singleShot(40, self, lambda item_id=bundle.item.id: self._select_after_read(item_id))
                self.ui.statusbar.showMessage(
                    self.tr("Lu : %1").replace("%1", bundle.item.registry_id), 4000)
                self.scan_handled.emit("item", bundle.item)
                if suspicious:
                    self._warn_suspicious_tag(key_tag, bundle.item)
            elif resolution.kind == "item":
                self.ui.statusbar.showMessage(self.tr("Cet objet ne fait pas partie de ceux que vous détenez."), 6000)
                self.scan_handled.emit("ignored", event)
            elif resolution.kind == "person" and resolution.person is not None:
                person = resolution.person
                self.ui.statusbar.showMessage(
                    self.tr("Badge Mileo de %1 (%2) : objets détenus affichés.")
                    .replace("%1", person.full_name).replace("%2", role_label(person.role)), 8000)
                self.filter_by_holder(person.id)
                self.scan_handled.emit("person", person)
            else:
                self._offer_registration(resolution.uid, event)

        ctx.ops.run(lambda: _resolve_read(ctx, key), on_success=done, on_failure=self._on_op_failed,
                    priority=Priority.HIGH, owner=self)

    def _select_after_read(self, item_id: int) -> None:
        if self.panel.item is not None and self.panel.item.id == item_id and not self.select_item(item_id):
            self.ui.table.clearSelection()

    def _warn_suspicious_tag(self, key_tag: Any, item: ItemView) -> None:
        reason = getattr(key_tag, "reason_fr", None) or ""
        box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Porte-clés suspect"),
                          self.tr("Ce porte-clés semble copié ou falsifié : vérifiez l'objet %1 avant toute remise.")
                          .replace("%1", item.registry_id), QMessageBox.StandardButton.Ok, self)
        if reason:
            box.setInformativeText(reason)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def _offer_registration(self, uid: str, event: Any) -> None:
        # a read is a UID when the reader (or the domain's grammar, for a typed code) said so;
        # anything else is a code, reported as it was typed or printed, never as its lookup key
        is_uid = getattr(event, "uid", None) is not None
        if not is_uid:
            uid = getattr(event, "registry_id", None) or getattr(event, "text", None) or uid
        self.scan_handled.emit("unknown", uid)
        if not is_uid or not self.ctx.can(Action.RECEIVE_ITEM):
            box = QMessageBox(QMessageBox.Icon.Information, self.tr("Code inconnu"),
                              self.tr("Aucun objet du registre ne correspond à « %1 ».").replace("%1", uid),
                              QMessageBox.StandardButton.Ok, self)
        else:
            box = QMessageBox(QMessageBox.Icon.Question, self.tr("Carte inconnue"),
                              self.tr("L'UID %1 ne correspond à aucun objet du registre.").replace("%1", uid),
                              QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, self)
            box.setInformativeText(self.tr("Voulez-vous réceptionner un nouvel objet avec cet UID ?"))
            box.button(QMessageBox.StandardButton.Yes).setText(self.tr("Réceptionner…"))
            box.button(QMessageBox.StandardButton.No).setText(self.tr("Ignorer"))
            box.setDefaultButton(QMessageBox.StandardButton.Yes)
            box.accepted.connect(lambda: self.open_dialog(dialogs.ReceiveDialog, uid=uid))
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.destroyed.connect(self._on_unknown_box_destroyed)
        self._unknown_box = box
        box.open()

    def _on_unknown_box_destroyed(self) -> None:
        self._unknown_box = None

    @property
    def unknown_box(self) -> QMessageBox | None:
        """The "unknown card" question currently shown (tests and screenshots)."""
        return self._unknown_box

    def enter_code(self) -> None:
        dialog = ScanEntryDialog(self.ctx.scan, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def simulate_read(self, uid: str | None, *, registry_id: str | None = None) -> None:
        """Developer menu: a read from the simulated reader."""
        from ..devices_bridge import DeviceFamily, ReadEvent, ReadKind

        event = ReadEvent(reader=self.tr("Lecteur simulé"), family=DeviceFamily.SIMULATED,
                          kind=ReadKind.CARD_UID if uid else ReadKind.BARCODE, uid=uid,
                          registry_id=registry_id, text=registry_id)
        self.ctx.scan.submit(event)

    def _on_simulate_unknown_action(self) -> None:
        self.simulate_read("04" + secrets.token_hex(6).upper())

    def _load_simulated_reads(self) -> None:
        self._simulate_menu.clear()
        if not self.developer_mode:
            return
        actor = self.ctx.require_actor()
        services = self.ctx.services

        @runs_in_db_thread
        def load() -> tuple[list[ItemView], list[PersonView]]:
            page = services.queries.list_items(actor, ItemFilter(), limit=60, with_total=False)
            items = [i for i in page.items if i.card_uid or i.tag_uid][:10]
            people: list[PersonView] = []
            with contextlib.suppress(MileoError):
                people = [p for p in services.directory.list_people(actor, holders_only=True) if p.badge_uid][:5]
            return items, people

        def done(result: tuple[list[ItemView], list[PersonView]]) -> None:
            items, people = result
            self._simulate_menu.clear()
            for item in items:
                uid = item.card_uid or item.tag_uid
                action = self._simulate_menu.addAction(f"{item.registry_id} — {uid}")
                action.triggered.connect(lambda _=False, u=uid: self.simulate_read(u))
            if people:
                self._simulate_menu.addSeparator()
            for p in people:
                action = self._simulate_menu.addAction(self.tr("Badge Mileo de %1").replace("%1", p.full_name))
                action.triggered.connect(lambda _=False, u=p.badge_uid: self.simulate_read(u))

        self.ctx.ops.run(load, on_success=done, on_failure=self._on_op_failed, priority=Priority.LOW, owner=self)

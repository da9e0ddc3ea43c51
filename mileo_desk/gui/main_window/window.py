"""The desk station's main window (SPEC §1, §2, §6, §8), composed of its parts:

- :mod:`.registry_tab`: the table, the search box and the filters;
- :mod:`.actions`: menus, toolbar and context menu, by role and by the domain's rules;
- :mod:`.scan_routing`: scan-first reads, unknown UIDs, codes typed in, simulated reads;
- :mod:`.state`: window, dock, splitter and column state;
- :mod:`.preview`: the receipt preview;

and, here, the session, the idle lock, the dialogs (opened by class), the chain verification
and what the window does when the change bus says something changed.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QWidget,
)

from ... import __version__
from ...domain.enums import MovementKind
from ...domain.errors import MileoError
from ...domain.permissions import Action
from ...services.dto import (
    Changes,
    ClientView,
    MovementResult,
    MovementView,
    PersonView,
    SiteView,
    VerifyReport,
)
from .. import dialogs
from ..context import GuiContext
from ..dashboard import DashboardView
from ..forms.ui_main_window import Ui_MainWindow
from ..i18n import retranslate_marked
from ..lock import IdleWatcher, LockScreen
from ..models.labels import error_text, movement_recorded, role_label
from ..operations import reports as report_ops
from ..operations.runner import Priority
from ..settings import SettingsDialog
from ..widgets.item_panel import ItemPanel
from .actions import ActionsMixin
from .preview import ReceiptDialog
from .registry_tab import RegistryTabMixin
from .scan_routing import ScanRoutingMixin
from .state import WindowState

log = logging.getLogger("mileo_desk.gui.main_window")

#: after movements were recorded, the whole chain is verified again once they pause (ms)
REVERIFY_DELAY_MS = 500


class MainWindow(ActionsMixin, RegistryTabMixin, ScanRoutingMixin, QMainWindow):
    """The desk station: composes the registry tab, the actions, the scan routing, the item
    panel, the dashboard, the lock screen and the remembered state."""

    locked = Signal()  #: the content is hidden
    unlocked = Signal(object)  #: the Actor now using the station
    scan_handled = Signal(str, object)  #: ("item" | "person" | "unknown" | "ignored", payload)
    verified = Signal(object)  #: a VerifyReport

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._locked = False
        self._dock_was_visible = True
        self._global_report: VerifyReport | None = None
        self._auto_verify_done = False
        self._unknown_box: QMessageBox | None = None
        self._dialog: QDialog | None = None
        self._clients: list[ClientView] = []
        self._sites: list[SiteView] = []
        self._holders: list[PersonView] = []
        self._pending_select: int | None = None
        # bumped when movements join the chain: a verification started before is out of date
        self._history_generation = 0
        #: a full verification was asked this session: its line follows the chain from now on
        self._chain_followed = False
        self._reverify_timer = QTimer(self)
        self._reverify_timer.setSingleShot(True)
        self._reverify_timer.setInterval(REVERIFY_DELAY_MS)
        self._reverify_timer.timeout.connect(self._on_reverify_timer_timeout)
        self.window_state = WindowState(self)

        self._setup_registry_tab()

        # the item panel, the dashboard, the lock screen
        self.panel = ItemPanel(ctx, self.ui.itemDockContents)
        self.ui.itemDockLayout.addWidget(self.panel)
        self.panel.item_shown.connect(self._on_panel_item_shown)
        self.panel.item_cleared.connect(self._update_actions)
        self.panel.load_failed.connect(self._on_op_failed)
        self.panel.verify_requested.connect(self.verify_chain)
        self.panel.correction_requested.connect(self._on_panel_correction_requested)
        self.panel.receipt_requested.connect(self._on_panel_receipt_requested)
        self.dashboard = DashboardView(ctx, self.ui.dashboardTab)
        self.ui.dashboardLayout.addWidget(self.dashboard)
        self.dashboard.item_activated.connect(self.open_item)
        self.lock_screen = LockScreen(ctx, self.ui.lockPage)
        self.ui.lockLayout.addWidget(self.lock_screen)
        self.lock_screen.unlocked.connect(self._on_lock_screen_unlocked)
        dock_action = self.ui.itemDock.toggleViewAction()
        dock_action.setShortcut(QKeySequence("Ctrl+3"))
        self.ui.menuView.insertAction(self.ui.actionVerify, dock_action)
        self.ui.menuView.insertSeparator(self.ui.actionVerify)
        self._dock_action = dock_action

        # the status bar
        self._user_label = QLabel(self)
        self._busy_label = QLabel(self)
        self._busy_label.setStyleSheet("color: #57606a;")
        self._busy_label.hide()
        self.ui.statusbar.addWidget(self._busy_label)
        self.ui.statusbar.addPermanentWidget(self._user_label)
        self._busy_timer = QTimer(self)
        self._busy_timer.setSingleShot(True)
        self._busy_timer.setInterval(300)
        self._busy_timer.timeout.connect(self._busy_label.show)
        ctx.ops.busy_changed.connect(self._on_ops_busy_changed)
        self._setup_actions()

        # the session, the lock, the reads, the changes
        self.idle = IdleWatcher(ctx.settings.idle_lock_seconds * 1000, self)
        self.idle.idle.connect(self.lock)
        ctx.scan.unclaimed.connect(self._on_scan_unclaimed)
        ctx.changes.actor_changed.connect(self._on_changes_actor_changed)
        ctx.changes.changed.connect(self._on_changes_changed)

        self._retranslate()
        self.window_state.restore()
        if ctx.actor is not None:
            self._on_changes_actor_changed(ctx.actor)
        else:
            self._update_actions()

    def _on_changes_actor_changed(self, actor: Any) -> None:
        # CHR-GOV-001 §01: one user's search is not the next one's business — a new session
        # starts with no search, no filter, no selection and an empty panel (the panel and the
        # models clear themselves on the same signal)
        self._global_report = None
        self._reverify_timer.stop()
        self._history_generation += 1
        self._chain_followed = False
        self._auto_verify_done = False
        self._pending_select = None
        self._reset_registry_view()
        self._retranslate_user()
        self._apply_role()
        if actor is None:
            return
        self.idle.start()
        self._load_filter_choices()
        self._load_simulated_reads()
        if not self.model.loaded and not self.model.querying:
            self.model.refresh()

    @property
    def is_locked(self) -> bool:
        return self._locked

    def lock(self, *, switch_user: bool = False) -> None:
        """Hide the content until the same or another user logs in (SPEC §8)."""
        if self._locked or self.ctx.actor is None:
            return
        self._locked = True
        self.idle.stop()
        self._search_timer.stop()
        # dialogs and message boxes show confidential data: they are closed, not hidden
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()
        self._dock_was_visible = self.ui.itemDock.isVisible()
        self.ui.itemDock.hide()
        self.ui.mainToolBar.hide()
        self.ui.menubar.hide()
        self.ui.menubar.setEnabled(False)
        self._user_label.hide()
        self.ui.statusbar.clearMessage()
        self.lock_screen.prepare(None if switch_user else self.ctx.actor)
        self.ui.stack.setCurrentWidget(self.ui.lockPage)
        self._update_actions()
        self.lock_screen.focus_form()
        log.info("station locked")
        self.locked.emit()

    def _on_lock_screen_unlocked(self, actor: Any) -> None:
        previous = self.ctx.actor
        self._locked = False
        self.ui.stack.setCurrentWidget(self.ui.contentPage)
        self.ui.menubar.setEnabled(True)
        self.ui.menubar.show()
        self.ui.mainToolBar.show()
        self._user_label.show()
        if previous is not None and actor.person_id == previous.person_id and actor.role is previous.role:
            # same person: the session goes on, with what was on screen
            self.idle.start()
            self._update_actions()
            if self._chain_followed and self._global_report is None:
                self._reverify_timer.start()  # movements were recorded while locked
        else:
            # another user takes the station: the registry view is reset before the session
            # changes, so that the first query of the new session is already the unfiltered one
            self._reset_registry_view()
            self.ctx.actor = actor
        if self._dock_was_visible:
            self.ui.itemDock.show()
        self.unlocked.emit(actor)

    def open_dialog(self, cls: Callable[..., dialogs.OpDialog], *args: Any, **kwargs: Any) -> dialogs.OpDialog | None:
        """Open a dialog of :mod:`mileo_desk.gui.dialogs`, given its class (window-modal, not
        blocking); the dialog runs its op and says ``completed`` with the result."""
        if self._locked:
            return None
        dialog = cls(self.ctx, *args, parent=self, **kwargs)
        dialog.completed.connect(self._on_dialog_completed)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()
        return dialog

    @property
    def current_dialog(self) -> QDialog | None:
        try:
            return self._dialog if self._dialog is not None and self._dialog.isVisible() else None
        except RuntimeError:  # already deleted
            return None

    def _open_item_dialog(self, cls: Callable[..., dialogs.OpDialog], **kwargs: Any) -> None:
        item = self.panel.item
        if item is None:
            self.ui.statusbar.showMessage(self.tr("Sélectionnez d'abord un objet."), 4000)
            return
        self.open_dialog(cls, item, **kwargs)

    def _on_panel_correction_requested(self, movement: MovementView) -> None:
        self.open_dialog(dialogs.CorrectionDialog, movement)

    def _on_dialog_completed(self, result: Any) -> None:
        # the dialog broadcast its change set itself; here we only navigate
        if isinstance(result, MovementResult):
            item = result.item
            if result.movement.kind is MovementKind.RECEPTION or result.created:
                target = result.created[0] if result.created else item
                self._pending_select = target.id
                self.open_item(target.id, item=target)
            self.ui.statusbar.showMessage(movement_recorded(result.movement.kind, item.registry_id), 6000)
        elif isinstance(result, ClientView | SiteView | PersonView):
            self.ui.statusbar.showMessage(self.tr("Annuaire mis à jour."), 4000)

    def open_settings(self) -> None:
        dialog = SettingsDialog(self.ctx.settings, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(self._on_settings_accepted)
        self._dialog = dialog
        dialog.open()

    def _on_settings_accepted(self) -> None:
        self.idle.set_timeout_ms(self.ctx.settings.idle_lock_seconds * 1000)
        self._apply_role()
        self._load_simulated_reads()

    def _on_receipt_action(self) -> None:
        movement = self._last_receipt_movement()
        if movement is not None:
            self._on_panel_receipt_requested(movement)

    def _on_panel_receipt_requested(self, movement: MovementView) -> None:
        kind = movement.kind
        self.ctx.ops.run(report_ops.receipt(self.ctx, movement.seq),
                         on_success=lambda document: self._show_receipt(document, kind),
                         on_failure=self._on_op_failed, owner=self)

    def _show_receipt(self, document: Any, kind: MovementKind) -> None:
        dialog = ReceiptDialog(document, kind, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._dialog = dialog
        dialog.open()

    def verify_chain(self, *, quiet: bool = False) -> None:
        """Verify the whole chain and its signatures (SPEC §1); the panel shows the result."""
        if not self.ctx.can(Action.VERIFY_HISTORY):
            return
        actor = self.ctx.require_actor()
        integrity = self.ctx.services.integrity
        if not quiet:
            self.ui.statusbar.showMessage(self.tr("Vérification de tout l'historique…"))
        generation = self._history_generation
        self._chain_followed = True

        def done(report: VerifyReport) -> None:
            if generation != self._history_generation:
                return  # movements were recorded meanwhile: the next verification says it
            self._global_report = report
            self.panel.set_global_report(report)
            self.ui.statusbar.clearMessage()
            self.verified.emit(report)
            if report.ok and quiet:
                return
            from ..models.chain_check import global_status_text

            box = QMessageBox(QMessageBox.Icon.Information if report.ok else QMessageBox.Icon.Critical,
                              self.tr("Intégrité de l'historique"), global_status_text(report) or "",
                              QMessageBox.StandardButton.Ok, self)
            if not report.ok:
                box.setInformativeText(report.message)
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()

        self.ctx.ops.run(lambda: integrity.verify(actor, signatures=True), on_success=done,
                         on_failure=self._on_op_failed, priority=Priority.LOW if quiet else Priority.NORMAL, owner=self)

    @property
    def global_report(self) -> VerifyReport | None:
        return self._global_report

    def _on_changes_changed(self, changes: Changes) -> None:
        if changes.history:
            self._on_history_appended()
        if changes.clients or changes.people:
            self._load_filter_choices()
        if changes.items_added:
            self._retranslate_count()

    def _on_history_appended(self) -> None:
        """Movements joined the chain: the last full verification no longer covers it. Its
        line is withdrawn at once (never a stale « 708 mouvements »), and the chain is verified
        again quietly once the changes pause."""
        self._history_generation += 1
        if not self._chain_followed:
            return  # no full verification this session: nothing goes stale
        self._global_report = None
        self.panel.set_global_report(None)
        self._reverify_timer.start()

    def _on_reverify_timer_timeout(self) -> None:
        if not self._locked and self.ctx.actor is not None:
            self.verify_chain(quiet=True)

    def _on_ops_busy_changed(self, busy: bool) -> None:
        if busy:
            self._busy_timer.start()
        else:
            self._busy_timer.stop()
            self._busy_label.hide()

    def _on_op_failed(self, err: MileoError) -> None:
        log.info("op refused: %s", err.code)
        if err.code == "authentification" and not self._locked:
            self.lock()
        self.ui.statusbar.showMessage(error_text(err), 10000)

    def _on_refresh_action(self) -> None:
        # what the list shows matches the visible filters, whatever happened before
        if self.model.filters != (self.current_filter(),):
            self.apply_filters()
        else:
            self.model.refresh()
        self.panel.reload()
        if self.ui.tabs.currentWidget() is self.ui.dashboardTab:
            self.dashboard.refresh()
        self._load_filter_choices()

    def _on_about_action(self) -> None:
        QMessageBox.about(self, self.tr("À propos de Mileo Desk"), self.tr(
            "<b>Mileo Desk %1</b><br>Registre des badges, clés et moyens d'accès confiés par les clients "
            "de Mileo Technology (PROC-INT-006).").replace("%1", __version__))

    def _retranslate(self) -> None:
        self._retranslate_combos()
        self._fit_static_combos()
        self._retranslate_count()
        self._retranslate_user()
        self._simulate_menu.setTitle(self.tr("Simuler une lecture"))
        self._dock_action.setText(self.tr("Panneau de l'objet"))
        self._busy_label.setText(self.tr("Travail en cours…"))

    def _retranslate_user(self) -> None:
        actor = self.ctx.actor
        if actor is None:
            self._user_label.setText("")
            return
        self._user_label.setText(
            self.tr("%1 — %2 · poste %3").replace("%1", actor.full_name).replace("%2", role_label(actor.role))
            .replace("%3", actor.station))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            self._retranslate()
            self.model.retranslate()
            # the actions added in code (the readers' entries of the Tools menu)
            retranslate_marked(self)
        super().changeEvent(event)

    def showEvent(self, event: Any) -> None:
        super().showEvent(event)
        self.idle.watch_widget(self)
        self.window_state.on_first_show()

    def save_state(self) -> None:
        """Remember the window's geometry and its parts' state in the settings."""
        self.window_state.save()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.idle.uninstall()
        super().closeEvent(event)

"""The item panel: every field of an item, its current holder and since when, the full
history as a timeline with the signatures, and the chain status (SPEC §1, §2).

It loads an item and its history in one op on the DB worker (:func:`load_item_bundle`),
which also checks the item's own links of the chain (:mod:`..models.chain_check`). It
refreshes itself when a change set touches the item it shows (habit 4).

The timeline's cards and the signature pop-up are drawn by :mod:`.movement_delegate`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QGridLayout, QLabel, QMenu, QSizePolicy, QToolButton, QWidget

from ...domain.enums import ItemState, ItemType, Keeping
from ...domain.errors import MileoError
from ...domain.permissions import Action
from ...services import Services
from ...services.dto import Actor, Changes, ItemView, MovementView, VerifyReport
from ..context import GuiContext
from ..forms.ui_item_panel import Ui_ItemPanel
from ..models.chain_check import ItemChainStatus, check_item_history, global_status_text
from ..models.labels import error_text, item_type_label, keeping_label, paris, state_label
from ..models.timeline_model import MOVEMENT_ROLE, TimelineModel
from ..operations.runner import Priority, runs_in_db_thread
from .movement_delegate import RECEIPT_KINDS, MovementDelegate, open_signature

log = logging.getLogger("mileo_desk.gui.item_panel")

_STATE_STYLES = {
    ItemState.IN_SERVICE: "background:#dafbe1; color:#1a7f37;",
    ItemState.RETURNED_TO_CLIENT: "background:#eaeef2; color:#57606a;",
    ItemState.LOST: "background:#ffebe9; color:#b00020;",
    ItemState.STOLEN: "background:#ffebe9; color:#b00020;",
}
_BADGE = "border-radius: 8px; padding: 2px 8px; font-weight: 600;"


@dataclass(frozen=True)
class ItemBundle:
    """What the panel shows: the item, its history (oldest first) and its chain status."""

    item: ItemView
    history: tuple[MovementView, ...]
    status: ItemChainStatus


@runs_in_db_thread
def load_item_bundle(services: Services, actor: Actor, item_id: int, item: ItemView | None = None) -> ItemBundle:
    """Load an item and its history and check its links of the chain (on the DB worker)."""
    view = item if item is not None else services.queries.get_item(actor, item_id=item_id)
    history = services.queries.history(actor, item_id=item_id)
    return ItemBundle(view, tuple(history), check_item_history(history))


def _set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes (each set re-polishes the widget)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


class ItemPanel(QWidget):
    """Fields, holder, chain status and signed history of one item."""

    item_shown = Signal(int)  #: an item and its whole history are displayed
    item_cleared = Signal()
    load_failed = Signal(object)  #: a MileoError while loading
    verify_requested = Signal()  #: the user asked for a full verification of the chain
    correction_requested = Signal(object)  #: a MovementView to correct
    receipt_requested = Signal(object)  #: a MovementView whose handover receipt is wanted

    def __init__(self, ctx: GuiContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.ui = Ui_ItemPanel()
        self.ui.setupUi(self)
        self.ui.titleLabel.setStyleSheet("font-size: 16pt; font-weight: 700;")
        self.ui.subtitleLabel.setStyleSheet("color: #57606a;")
        self.ui.overdueLabel.setStyleSheet(f"{_BADGE} background:#b00020; color:white;")
        self.ui.emptyLabel.setStyleSheet("color: #57606a; font-size: 11pt;")
        self.ui.splitter.setStretchFactor(0, 0)
        self.ui.splitter.setStretchFactor(1, 1)
        self._actions_grid = QGridLayout()
        self._actions_grid.setHorizontalSpacing(4)
        self._actions_grid.setVerticalSpacing(4)
        self.ui.actionsLayout.addLayout(self._actions_grid)
        self._action_buttons: list[QToolButton] = []
        self.ui.verifyButton.clicked.connect(self.verify_requested)
        # values wrap rather than push the details sideways
        self.ui.detailsArea.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        for label in self.ui.detailsWidget.findChildren(QLabel):
            if label.objectName().endswith("Value"):
                label.setWordWrap(True)
        self._bundle: ItemBundle | None = None
        self._loading_id: int | None = None
        # bumped by every show/clear: a load that finishes after a newer request is dropped
        self._token = 0
        self._global: VerifyReport | None = None
        self.timeline = TimelineModel(self)
        self.timeline_delegate = MovementDelegate(self, self.ui.timelineView)
        self.ui.timelineView.setModel(self.timeline)
        self.ui.timelineView.setItemDelegate(self.timeline_delegate)
        self.ui.timelineView.customContextMenuRequested.connect(self._on_timeline_view_context_menu_requested)
        ctx.changes.changed.connect(self._on_changes_changed)
        ctx.changes.actor_changed.connect(self._on_changes_actor_changed)
        self.clear()

    # -- public

    @property
    def item(self) -> ItemView | None:
        return self._bundle.item if self._bundle else None

    @property
    def history(self) -> tuple[MovementView, ...]:
        return self._bundle.history if self._bundle else ()

    @property
    def chain_status(self) -> ItemChainStatus | None:
        return self._bundle.status if self._bundle else None

    @property
    def loading(self) -> bool:
        return self._loading_id is not None

    def show_item(self, item_id: int, *, item: ItemView | None = None) -> None:
        """Load and show an item; *item*, when already known, is shown at once."""
        self._token += 1
        token = self._token
        self._loading_id = item_id
        if item is not None and (self._bundle is None or self._bundle.item.id != item_id):
            self._fill_fields(item)
            self.ui.panelStack.setCurrentWidget(self.ui.itemPage)
        services, actor = self.ctx.services, self.ctx.require_actor()

        def done(bundle: ItemBundle) -> None:
            if token == self._token:
                self.show_bundle(bundle)

        def failed(err: MileoError) -> None:
            if token == self._token:
                self._loading_id = None
                self.load_failed.emit(err)

        self.ctx.ops.run(lambda: load_item_bundle(services, actor, item_id), on_success=done, on_failure=failed,
                         priority=Priority.HIGH, owner=self)

    def show_bundle(self, bundle: ItemBundle) -> None:
        """Display an already loaded item (from :func:`load_item_bundle`)."""
        self._token += 1
        self._loading_id = None
        self._bundle = bundle
        self._fill_fields(bundle.item)
        self._fill_chain()
        self._fill_timeline()
        self.ui.panelStack.setCurrentWidget(self.ui.itemPage)
        self.item_shown.emit(bundle.item.id)

    def reload(self) -> None:
        if self._bundle is not None:
            self.show_item(self._bundle.item.id)

    def clear(self) -> None:
        self._token += 1
        self._bundle = None
        self._loading_id = None
        self.timeline.set_movements(())
        self.ui.panelStack.setCurrentWidget(self.ui.emptyPage)
        self.item_cleared.emit()

    def set_actions(self, actions: Sequence[QAction], *, per_row: int = 4) -> None:
        """The window's item actions as buttons, those the role allows (visible ones), in rows."""
        for button in self._action_buttons:
            self._actions_grid.removeWidget(button)
            button.deleteLater()
        self._action_buttons = []
        for i, action in enumerate(a for a in actions if a.isVisible()):
            button = QToolButton(self.ui.actionsHost)
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
            button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
            self._actions_grid.addWidget(button, i // per_row, i % per_row)
            self._action_buttons.append(button)
        self.ui.actionsHost.setVisible(bool(self._action_buttons))

    @property
    def action_buttons(self) -> list[QToolButton]:
        return list(self._action_buttons)

    def set_global_report(self, report: VerifyReport | None) -> None:
        self._global = report
        self._fill_chain()

    # -- filling

    def _fill_fields(self, v: ItemView) -> None:
        ui = self.ui
        ui.titleLabel.setText(v.registry_id)
        ui.stateLabel.setText(state_label(v.state))
        _set_style(ui.stateLabel, _BADGE + _STATE_STYLES.get(v.state, ""))
        ui.overdueLabel.setVisible(v.overdue)
        subtitle = f"{item_type_label(v.type)} · {v.client_name} · {v.site_name}"
        if v.label:
            subtitle += f" · {v.label}"
        ui.subtitleLabel.setText(subtitle)
        dash = "—"
        ui.typeValue.setText(item_type_label(v.type))
        ui.clientValue.setText(v.client_name)
        ui.siteValue.setText(self.tr("%1 (sensibilité %2)").replace("%1", v.site_name)
                             .replace("%2", v.sensitivity.value))
        ui.cardUidValue.setText(v.card_uid or dash)
        ui.tagUidValue.setText(v.tag_uid or dash)
        # PROC-INT-006: the secret of a code key is never shown; only its stamped number is
        ui.stampedValue.setText(v.stamped_number or dash)
        ui.labelValue.setText(v.label or dash)
        ui.receivedValue.setText(v.received_on.strftime("%d/%m/%Y"))
        ui.inChargeValue.setText(v.in_charge_name or dash)
        if v.state is ItemState.IN_SERVICE:
            ui.keepingValue.setText(keeping_label(v.keeping))
        else:
            ui.keepingValue.setText(state_label(v.state))
        if v.holder_name:
            ui.holderValue.setText(v.holder_name)
        elif v.state is ItemState.IN_SERVICE and v.keeping is Keeping.HEADQUARTERS:
            ui.holderValue.setText(self.tr("Personne : l'objet est au siège"))
        else:
            ui.holderValue.setText(dash)
        ui.heldSinceValue.setText(paris(v.held_since) or dash)
        due = paris(v.due_at) if v.holder_id is not None else ""
        if due and v.overdue:
            due = self.tr("%1 — dépassé").replace("%1", due)
        elif v.type is ItemType.TEMPORARY_BADGE and v.holder_id is not None:
            due = self.tr("%1 (badge temporaire : retour le jour même)").replace("%1", due)
        ui.dueValue.setText(due or dash)
        _set_style(ui.dueValue, "color: #b00020; font-weight: 600;" if v.overdue else "")
        ui.originalValue.setText(self.tr("objet n°%1").replace("%1", str(v.original_id)) if v.original_id else dash)
        ui.lastSeqValue.setText(self.tr("n°%1").replace("%1", str(v.last_seq)))

    def _fill_chain(self) -> None:
        bundle = self._bundle
        if bundle is None:
            return
        status = bundle.status
        lines = [status.message()]
        broken = not status.ok
        global_line = global_status_text(self._global)
        if global_line:
            lines.append(global_line)
        if self._global is not None and not self._global.ok:
            broken = True
            lines.append(self._global.message)
        icon = "⚠" if broken else "✔"
        label = self.ui.chainLabel
        label.setText(f"{icon} " + "\n".join(lines))
        _set_style(label, "color: #b00020; font-weight: 600;" if broken else "color: #1a7f37;")
        label.setToolTip("\n".join(lines))
        # the label's height changes with its number of lines: make the frame follow at once
        label.setMinimumHeight(label.sizeHint().height())
        self.ui.chainFrame.setMinimumHeight(self.ui.chainFrame.sizeHint().height())
        _set_style(self.ui.chainFrame,
            "#chainFrame { background: #ffebe9; }" if broken else "#chainFrame { background: #f0fff4; }")
        self.ui.verifyButton.setVisible(self.ctx.can(Action.VERIFY_HISTORY))

    def _fill_timeline(self) -> None:
        assert self._bundle is not None
        history = self._bundle.history
        self.timeline_delegate.reset()
        self.timeline.set_movements(history)
        self.ui.timelineView.scrollToTop()
        self.ui.historyBox.setTitle(self.tr("Historique (%n mouvement(s))", "", len(history)))

    def _on_timeline_view_context_menu_requested(self, pos: QPoint) -> None:
        index = self.ui.timelineView.indexAt(pos)
        if not index.isValid():
            return
        m: MovementView = index.data(MOVEMENT_ROLE)
        menu = QMenu(self)
        delegate = self.timeline_delegate
        for key_name, text in delegate.links_of(m):
            menu.addAction(text, functools.partial(delegate.activate, key_name, m))
        for sig in m.signatures:
            menu.addAction(self.tr("Voir la signature de %1…").replace("%1", sig.signer_name),
                           functools.partial(delegate.activate, "signature", sig))
        if not menu.isEmpty():
            menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            menu.popup(self.ui.timelineView.viewport().mapToGlobal(pos))

    # -- changes

    def _on_changes_changed(self, changes: Changes) -> None:
        if self._bundle is not None and (changes.touches(self._bundle.item.id) or changes.people or changes.clients):
            self.reload()

    def _on_changes_actor_changed(self, actor: Any) -> None:
        self.clear()
        self._global = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
            # retranslateUi() only redoes the Designer texts; the values are filled in code
            if self._bundle is not None:
                self._fill_fields(self._bundle.item)
                self._fill_chain()
                self._fill_timeline()
        super().changeEvent(event)


# RECEIPT_KINDS and open_signature are imported from here by the main window and by
# scripts/screenshots.py: they stay importable from the panel's module
__all__ = ["RECEIPT_KINDS", "ItemBundle", "ItemPanel", "MovementDelegate", "error_text", "load_item_bundle",
           "open_signature"]

"""The item panel: every field of an item, its current holder and since when, the full
history as a timeline with the signatures, and the chain status (SPEC §1, §2).

It loads an item and its history in one op on the DB worker (:func:`load_item_bundle`),
which also checks the item's own links of the chain (:mod:`..models.chain_check`). It
refreshes itself when a change set touches the item it shows (habit 4).
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QHelpEvent,
    QMouseEvent,
    QPainter,
    QPen,
    QPixmap,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QGridLayout,
    QLabel,
    QListView,
    QMenu,
    QSizePolicy,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolButton,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import ItemState, ItemType, Keeping, MovementKind
from ...domain.errors import MileoError
from ...domain.permissions import Action
from ...domain.rules import LOSS_REPORT_MINUTES
from ...services import Services
from ...services.dto import Actor, Changes, ItemView, MovementView, SignatureView, VerifyReport
from ..context import GuiContext
from ..forms.ui_item_panel import Ui_ItemPanel
from ..models.chain_check import ItemChainStatus, check_item_history, global_status_text
from ..models.labels import (
    error_text,
    item_type_label,
    keeping_label,
    movement_label,
    paris,
    signature_role_label,
    state_label,
)
from ..models.timeline_model import MOVEMENT_ROLE, TimelineModel
from ..operations.runner import Priority, runs_in_db_thread

log = logging.getLogger("mileo_desk.gui.item_panel")

THUMB = QSize(180, 68)
RECEIPT_KINDS = frozenset({MovementKind.ATTRIBUTION, MovementKind.RETURN, MovementKind.TRANSFER,
                           MovementKind.RESTITUTION})

_KIND_COLOURS = {
    MovementKind.RECEPTION: "#1f6feb",
    MovementKind.ATTRIBUTION: "#b26b00",
    MovementKind.TRANSFER: "#b26b00",
    MovementKind.RETURN: "#1a7f37",
    MovementKind.FOUND: "#1a7f37",
    MovementKind.LOSS: "#b00020",
    MovementKind.THEFT: "#b00020",
    MovementKind.RESTITUTION: "#6e40c9",
    MovementKind.DUPLICATION: "#6e40c9",
    MovementKind.COPY_CREATION: "#6e40c9",
    MovementKind.CORRECTION: "#57606a",
}
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


CARD_BORDER = QColor("#d0d7de")
ALTERED = QColor("#b00020")
MUTED = QColor("#57606a")


def _set_style(widget: QWidget, sheet: str) -> None:
    """Set a style sheet only when it changes (each set re-polishes the widget)."""
    if widget.styleSheet() != sheet:
        widget.setStyleSheet(sheet)


def open_signature(signature: SignatureView, parent: QWidget) -> QDialog:
    """A stored signature, large, with its replay and its digest."""
    from .signature_pad import SignatureViewer as SignatureWidget

    dialog = QDialog(parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.setWindowTitle(QCoreApplication.translate("MovementDelegate", "Signature de %1")
                          .replace("%1", signature.signer_name))
    layout = QVBoxLayout(dialog)
    from ..models.labels import signature_role_label

    who = QLabel(f"{signature_role_label(signature.role)} : {signature.signer_name}", dialog)
    font = who.font()
    font.setBold(True)
    who.setFont(font)
    layout.addWidget(who)
    view = SignatureWidget(dialog)
    view.set_signature(signature.vectors, signature.png, intact=signature.intact)
    view.setMinimumSize(520, 200)
    layout.addWidget(view)
    digest = QLabel(QCoreApplication.translate("MovementDelegate", "Empreinte : %1").replace("%1", signature.digest),
                    dialog)
    digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(digest)
    dialog.open()
    return dialog


@dataclass
class CardLayout:
    """Where each part of a movement card is drawn, relative to the card's top-left corner."""

    height: int
    title: QRect
    when: QRect
    body: QRect
    note: QRect | None = None
    altered: QRect | None = None
    thumbs: list[tuple[QRect, QRect, SignatureView]] = field(default_factory=list)
    links: dict[str, QRect] = field(default_factory=dict)


PAD_LEFT, PAD_RIGHT, PAD_V, GAP = 14, 10, 7, 3


class MovementDelegate(QStyledItemDelegate):
    """Draws a movement as a card: kind and date, who, details, note, the signatures (click to
    enlarge and replay), and links to the handover receipt and to a correction."""

    def __init__(self, panel: ItemPanel, view: QListView) -> None:
        super().__init__(view)
        self._panel = panel
        self._view = view
        self._layouts: dict[tuple[int, int], CardLayout] = {}
        self._pixmaps: dict[int, QPixmap] = {}
        view.setMouseTracking(True)

    def reset(self) -> None:
        """A new item: forget the cached layouts and thumbnails."""
        self._layouts.clear()
        self._pixmaps.clear()

    # -- texts

    def texts(self, m: MovementView) -> list[str]:
        """The plain lines of a card (tests, accessibility)."""
        return self._lines(m)

    def links_of(self, m: MovementView) -> list[tuple[str, str]]:
        links = []
        if m.kind in RECEIPT_KINDS:
            links.append(("receipt", self.tr("Bon de remise…")))
        if self._panel.ctx.can(Action.CORRECT_MOVEMENT) and m.kind is not MovementKind.CORRECTION:
            links.append(("correct", self.tr("Corriger…")))
        return links

    def _lines(self, m: MovementView) -> list[str]:
        lines = [self.tr("Par %1 · poste %2").replace("%1", m.actor_name).replace("%2", m.station)]
        d = m.details
        holder = m.holder_name or ""
        if m.kind is MovementKind.ATTRIBUTION:
            lines.append(self.tr("Remis à %1 · retour prévu le %2")
                         .replace("%1", holder).replace("%2", paris(m.due_at)))
            if d.get("badge"):
                lines.append(self.tr("Technicien identifié par son badge Mileo"))
        elif m.kind is MovementKind.TRANSFER:
            lines.append(self.tr("Transféré à %1 · retour prévu le %2")
                         .replace("%1", holder).replace("%2", paris(m.due_at)))
        elif m.kind is MovementKind.RETURN:
            lines.append(self.tr("Rendu par %1").replace("%1", holder))
            if d.get("late"):
                lines.append(self.tr("Rendu après la date prévue"))
        elif m.kind in (MovementKind.LOSS, MovementKind.THEFT):
            from ...domain.clock import from_us

            if "noticed_us" in d and "reported_us" in d:
                lines.append(self.tr("Constaté le %1 · signalé le %2")
                             .replace("%1", paris(from_us(int(d["noticed_us"]))))
                             .replace("%2", paris(from_us(int(d["reported_us"])))))
            if holder:
                lines.append(self.tr("Détenteur au moment des faits : %1").replace("%1", holder))
            if d.get("late"):
                lines.append(self.tr("Signalement tardif : plus de %1 minutes après le constat (PROC-INT-006 §03)")
                             .replace("%1", str(LOSS_REPORT_MINUTES)))
        elif m.kind is MovementKind.FOUND:
            lines.append(self.tr("De retour au siège ; la déclaration reste dans l'historique"))
        elif m.kind is MovementKind.RESTITUTION:
            who = d.get("client_signatory")
            lines.append(self.tr("Restitué au client · signé par %1").replace("%1", str(who)) if who
                         else self.tr("Restitué au client"))
        elif m.kind is MovementKind.DUPLICATION:
            mandate = d.get("mandate") or {}
            copies = ", ".join(d.get("copies") or [])
            lines.append(self.tr("Copies : %1").replace("%1", copies))
            if mandate:
                lines.append(self.tr("Mandat %1 du %2, signé par %3")
                             .replace("%1", str(mandate.get("reference", "")))
                             .replace("%2", str(mandate.get("signed_on", "")))
                             .replace("%3", str(mandate.get("signatory", ""))))
        elif m.kind is MovementKind.COPY_CREATION:
            lines.append(self.tr("Copie de %1").replace("%1", str(d.get("original", ""))))
        elif m.kind is MovementKind.CORRECTION:
            lines.append(self.tr("Corrige le mouvement n°%1").replace("%1", str(m.corrects_seq)))
            for field, change in (d.get("changes") or {}).items():
                if field == "due_us":
                    continue
                name = self._field_name(field)
                lines.append(f"{name} : {change.get('before') or '—'} → {change.get('after') or '—'}")
            if m.due_at is not None:
                lines.append(self.tr("Nouvelle date de retour : %1").replace("%1", paris(m.due_at)))
        return lines

    def _field_name(self, field_key: str) -> str:
        names = {
            "stamped_number": self.tr("Numéro frappé"),
            "label": self.tr("Désignation"),
            "card_uid": self.tr("UID de la carte"),
            "tag_uid": self.tr("UID du porte-clés"),
        }
        return names.get(field_key, field_key)

    # -- geometry

    def _fonts(self) -> tuple[QFont, QFont, QFont, QFont]:
        base = self._view.font()
        bold, italic, link = QFont(base), QFont(base), QFont(base)
        bold.setBold(True)
        italic.setItalic(True)
        link.setUnderline(True)
        return base, bold, italic, link

    def layout_for(self, m: MovementView, width: int) -> CardLayout:
        key = (m.seq, width)
        cached = self._layouts.get(key)
        if cached is not None:
            return cached
        base, bold, italic, link = self._fonts()
        fm, fm_bold, fm_italic, fm_link = QFontMetrics(base), QFontMetrics(bold), QFontMetrics(italic), \
            QFontMetrics(link)
        inner = max(80, width - PAD_LEFT - PAD_RIGHT)
        y = PAD_V
        line = fm_bold.height()
        title = QRect(PAD_LEFT, y, inner, line)
        when = QRect(PAD_LEFT, y, inner, line)
        y += line + GAP
        wrap = Qt.TextFlag.TextWordWrap
        body_text = "\n".join(self._lines(m))
        body_h = fm.boundingRect(QRect(0, 0, inner, 100_000), wrap, body_text).height()
        body = QRect(PAD_LEFT, y, inner, body_h)
        y += body_h + GAP
        layout = CardLayout(0, title, when, body)
        if m.note:
            note_h = fm_italic.boundingRect(QRect(0, 0, inner, 100_000), wrap, f"« {m.note} »").height()
            layout.note = QRect(PAD_LEFT, y, inner, note_h)
            y += note_h + GAP
        if any(not s.intact for s in m.signatures):
            layout.altered = QRect(PAD_LEFT, y, inner, fm_bold.height())
            y += fm_bold.height() + GAP
        if m.signatures:
            x = PAD_LEFT
            row_h = THUMB.height() + 6 + fm.height() + 2
            for s in m.signatures:
                if x > PAD_LEFT and x + THUMB.width() + 6 > PAD_LEFT + inner:
                    x = PAD_LEFT
                    y += row_h + GAP
                thumb = QRect(x, y, THUMB.width() + 6, THUMB.height() + 6)
                caption = QRect(x, y + thumb.height() + 1, max(thumb.width(), 160), fm.height())
                layout.thumbs.append((thumb, caption, s))
                x += thumb.width() + 12
            y += row_h + GAP
        links = self.links_of(m)
        if links:
            right = PAD_LEFT + inner
            for key_name, text in reversed(links):
                w = fm_link.horizontalAdvance(text) + 2
                layout.links[key_name] = QRect(right - w, y, w, fm_link.height())
                right -= w + 16
            y += fm_link.height() + GAP
        layout.height = y + PAD_V - GAP
        self._layouts[key] = layout
        return layout

    def _width(self, option: QStyleOptionViewItem) -> int:
        return max(200, self._view.viewport().width() - 2 * self._view.spacing() - 2)

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex) -> QSize:
        m = index.data(MOVEMENT_ROLE)
        width = self._width(option)
        return QSize(width, self.layout_for(m, width).height)

    # -- painting

    def _thumb(self, s: SignatureView) -> QPixmap:
        pixmap = self._pixmaps.get(s.id)
        if pixmap is None:
            from .signature_pad import signature_pixmap

            pixmap = signature_pixmap(s.vectors, s.png)
            if not pixmap.isNull():
                pixmap = pixmap.scaled(THUMB, Qt.AspectRatioMode.KeepAspectRatio,
                                       Qt.TransformationMode.SmoothTransformation)
            self._pixmaps[s.id] = pixmap
        return pixmap

    def paint(self, painter: QPainter, option: QStyleOptionViewItem,
              index: QModelIndex | QPersistentModelIndex) -> None:
        m: MovementView = index.data(MOVEMENT_ROLE)
        rect = option.rect
        lay = self.layout_for(m, rect.width())
        colour = QColor(_KIND_COLOURS.get(m.kind, "#57606a"))
        palette = option.palette
        base, bold, italic, link = self._fonts()
        painter.save()
        painter.translate(rect.topLeft())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        card = QRectF(0.5, 0.5, rect.width() - 1, lay.height - 1)
        painter.setPen(QPen(palette.highlight().color() if selected else CARD_BORDER, 2 if selected else 1))
        painter.setBrush(palette.base())
        painter.drawRoundedRect(card, 4, 4)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(colour)
        painter.drawRoundedRect(QRectF(0.5, 0.5, 4, lay.height - 1), 2, 2)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
        align_left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.setFont(bold)
        painter.setPen(colour)
        painter.drawText(lay.title, align_left, movement_label(m.kind))
        painter.setFont(base)
        painter.setPen(MUTED)
        painter.drawText(lay.when, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         self.tr("%1 · n°%2").replace("%1", paris(m.at)).replace("%2", str(m.seq)))
        painter.setPen(palette.text().color())
        wrap = int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop) | int(Qt.TextFlag.TextWordWrap)
        painter.drawText(lay.body, wrap, "\n".join(self._lines(m)))
        if lay.note is not None:
            painter.setFont(italic)
            painter.drawText(lay.note, wrap, f"« {m.note} »")
        if lay.altered is not None:
            painter.setFont(bold)
            painter.setPen(ALTERED)
            painter.drawText(lay.altered, align_left, self.tr("Signature altérée : ne correspond plus à son empreinte"))
        painter.setFont(base)
        for thumb, caption, s in lay.thumbs:
            painter.fillRect(thumb, QColor("white"))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(QPen(CARD_BORDER if s.intact else ALTERED, 1 if s.intact else 2))
            painter.drawRect(thumb.adjusted(0, 0, -1, -1))
            pixmap = self._thumb(s)
            if not pixmap.isNull():
                x = thumb.x() + (thumb.width() - pixmap.width()) // 2
                y = thumb.y() + (thumb.height() - pixmap.height()) // 2
                painter.drawPixmap(x, y, pixmap)
            painter.setPen(MUTED)
            painter.drawText(caption, align_left, self.tr("%1 : %2").replace("%1", signature_role_label(s.role))
                             .replace("%2", s.signer_name))
        painter.setFont(link)
        painter.setPen(palette.link().color())
        for key_name, text in self.links_of(m):
            if key_name in lay.links:
                painter.drawText(lay.links[key_name], align_left, text)
        painter.restore()

    # -- interaction

    def hit(self, m: MovementView, rect: QRect, pos: QPoint) -> tuple[str, Any] | None:
        """What is under *pos* (view coordinates) in the card drawn in *rect*."""
        lay = self.layout_for(m, rect.width())
        local = pos - rect.topLeft()
        for key_name, link_rect in lay.links.items():
            if link_rect.adjusted(-2, -2, 2, 2).contains(local):
                return key_name, m
        for thumb, _caption, s in lay.thumbs:
            if thumb.contains(local):
                return "signature", s
        return None

    def editorEvent(self, event: QEvent, model: Any, option: QStyleOptionViewItem,
                    index: QModelIndex | QPersistentModelIndex) -> bool:
        if event.type() not in (QEvent.Type.MouseMove, QEvent.Type.MouseButtonRelease):
            return False
        assert isinstance(event, QMouseEvent)
        m = index.data(MOVEMENT_ROLE)
        target = self.hit(m, option.rect, event.position().toPoint())
        viewport = self._view.viewport()
        if event.type() == QEvent.Type.MouseMove:
            viewport.setCursor(Qt.CursorShape.PointingHandCursor if target else Qt.CursorShape.ArrowCursor)
            return False
        if target is None or event.button() != Qt.MouseButton.LeftButton:
            return False
        self.activate(*target)
        return True

    def activate(self, what: str, payload: Any) -> None:
        if what == "receipt":
            self._panel.receipt_requested.emit(payload)
        elif what == "correct":
            self._panel.correction_requested.emit(payload)
        elif what == "signature":
            open_signature(payload, self._panel)

    def helpEvent(self, event: QHelpEvent, view: QAbstractItemView, option: QStyleOptionViewItem,
                  index: QModelIndex | QPersistentModelIndex) -> bool:
        if index.isValid():
            target = self.hit(index.data(MOVEMENT_ROLE), option.rect, event.pos())
            if target is not None and target[0] == "signature":
                QToolTip.showText(event.globalPos(), self.tr("Cliquer pour agrandir et rejouer la signature"), view)
                return True
        QToolTip.hideText()
        return True


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
            if self._bundle is not None:
                self._fill_fields(self._bundle.item)
                self._fill_chain()
                self._fill_timeline()
        super().changeEvent(event)


__all__ = ["ItemBundle", "ItemPanel", "MovementDelegate", "error_text", "load_item_bundle"]

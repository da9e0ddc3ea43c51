"""An item's history drawn as a timeline of cards, and the stored-signature pop-up.

:class:`MovementDelegate` paints each movement of the item panel's timeline as a card: kind
and date, who, details, note, the signature thumbnails (click to enlarge and replay) and the
links to the handover receipt and to a correction. It is a delegate rather than a widget
per card because a history can be long: the list view asks only for the cards it shows,
and the delegate caches their layout per width and their thumbnails per signature.

Kept apart from :mod:`.item_panel` (the panel's fields, chain status and loading): this is
the rendering and hit-testing, which change for different reasons.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

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
)
from PySide6.QtGui import QColor, QFont, QFontMetrics, QHelpEvent, QMouseEvent, QPainter, QPen, QPixmap
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QListView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from ...domain.enums import MovementKind
from ...domain.permissions import Action
from ...domain.rules import LOSS_REPORT_MINUTES
from ...domain.wording import RECEIPT_TITLES
from ...services.dto import MovementView, SignatureView
from ..models.labels import movement_label, paris, receipt_title, signature_role_label
from ..models.timeline_model import MOVEMENT_ROLE

if TYPE_CHECKING:
    # only for annotations: the panel imports this module to build its timeline
    from .item_panel import ItemPanel

#: the size of a signature thumbnail in a card
THUMB = QSize(180, 68)
#: the movements that hand an item over and so have a handover receipt to print
RECEIPT_KINDS = frozenset(RECEIPT_TITLES)

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

CARD_BORDER = QColor("#d0d7de")
ALTERED = QColor("#b00020")
MUTED = QColor("#57606a")


def open_signature(signature: SignatureView, parent: QWidget) -> QDialog:
    """A stored signature, large, with its replay and its digest."""
    from .signature_viewer import SignatureViewer

    dialog = QDialog(parent.window())
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    # a function has no tr(): its strings stay filed under the delegate's context
    dialog.setWindowTitle(QCoreApplication.translate("MovementDelegate", "Signature de %1")
                          .replace("%1", signature.signer_name))
    layout = QVBoxLayout(dialog)
    from ..models.labels import signature_role_label

    who = QLabel(f"{signature_role_label(signature.role)} : {signature.signer_name}", dialog)
    font = who.font()
    font.setBold(True)
    who.setFont(font)
    layout.addWidget(who)
    view = SignatureViewer(dialog)
    view.set_signature(signature.vectors, signature.png, intact=signature.intact)
    view.setMinimumSize(520, 200)
    layout.addWidget(view)
    digest = QLabel(QCoreApplication.translate("MovementDelegate", "Empreinte : %1").replace("%1", signature.digest),
                    dialog)
    digest.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    layout.addWidget(digest)
    dialog.open()  # window-modal, not blocking: the timeline stays live behind it
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
        # a card's layout depends on the width its text wraps in: cached per (seq, width)
        self._layouts: dict[tuple[int, int], CardLayout] = {}
        self._pixmaps: dict[int, QPixmap] = {}  # thumbnails by signature id, decoded once
        # MouseMove reaches editorEvent() without a button pressed: the cursor shows links
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
            links.append(("receipt", receipt_title(m.kind) + "…"))
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
            from .signature_ink import signature_pixmap

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
            return False  # not consumed: the view still tracks hover and selection
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


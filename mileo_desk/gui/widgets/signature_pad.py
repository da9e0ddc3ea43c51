"""Handwritten signature capture and display (SPEC §2, README « Format des signatures »).

:class:`SignaturePad` records what a pen tablet or pen display (``QTabletEvent``: pressure
and timestamp), a touch screen (``QTouchEvent``) or a mouse draws, as vectors
``(t_ms, x, y, pressure)`` in the pixels of the capture area, and renders them as a PNG
(white background, anti-aliased ink whose width follows the pressure). It refuses an empty
or trivial signature with the domain's French message
(:func:`mileo_desk.domain.signature.validate`).

:class:`SignatureViewer` shows a stored signature and can replay it stroke by stroke over its
recorded times; :func:`signature_pixmap` turns stored vectors + PNG into a pixmap.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import replace

from PySide6.QtCore import (
    QBuffer,
    QElapsedTimer,
    QEvent,
    QIODevice,
    QPointF,
    QRect,
    QRectF,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QColor,
    QEventPoint,
    QFocusEvent,
    QImage,
    QInputDevice,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
    QPixmap,
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ...domain import signature as sig
from ...domain.errors import MileoError

Point = tuple[int, float, float, float]

#: pressure recorded when the device reports none (README: 0.5)
DEFAULT_PRESSURE = 0.5
#: ink colour of the rendered image and of the pad (dark blue, like a ballpoint pen)
INK = QColor(18, 32, 92)
#: the PNG is rendered at twice the capture size so that printed receipts stay sharp
PNG_SCALE = 2.0
#: points closer than this to the previous one add nothing but weight
MIN_STEP = 0.3
#: pen lifts longer than this are shortened when a signature is replayed
REPLAY_MAX_PAUSE_MS = 1500
#: a timestamp farther than this from the first one is treated as a clock glitch
MAX_CAPTURE_MS = 3_600_000


def ink_width(pressure: float) -> float:
    """Ink width in capture pixels for a pressure in [0, 1] (0.8 px light, 3.4 px firm)."""
    return 0.8 + 2.6 * max(0.0, min(1.0, pressure))


def paint_strokes(
    painter: QPainter,
    strokes: Sequence[Sequence[Point]],
    *,
    scale: float = 1.0,
    offset: QPointF | None = None,
    until_ms: float | None = None,
    color: QColor = INK,
) -> None:
    """Draw *strokes* (capture coordinates) with pressure-following, anti-aliased ink.

    With *until_ms*, only what had been drawn at that moment of the capture is painted
    (replay).
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
    ox = offset.x() if offset is not None else 0.0
    oy = offset.y() if offset is not None else 0.0
    pen = QPen(color)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    for stroke in strokes:
        if not stroke:
            continue
        if until_ms is not None and stroke[0][0] > until_ms:
            break
        first = stroke[0]
        if len(stroke) == 1:
            pen.setWidthF(ink_width(first[3]) * scale)
            painter.setPen(pen)
            painter.drawPoint(QPointF(ox + first[1] * scale, oy + first[2] * scale))
            continue
        prev = first
        for pt in stroke[1:]:
            if until_ms is not None and pt[0] > until_ms:
                break
            pen.setWidthF(ink_width((prev[3] + pt[3]) / 2) * scale)
            painter.setPen(pen)
            painter.drawLine(
                QPointF(ox + prev[1] * scale, oy + prev[2] * scale),
                QPointF(ox + pt[1] * scale, oy + pt[2] * scale),
            )
            prev = pt
    painter.restore()


def render_signature_image(capture: sig.SignatureCapture, *, scale: float = PNG_SCALE) -> QImage:
    """The capture drawn on white, *scale* times its capture size."""
    width = max(1, round(capture.width * scale))
    height = max(1, round(capture.height * scale))
    image = QImage(width, height, QImage.Format.Format_RGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        paint_strokes(painter, capture.strokes, scale=scale)
    finally:
        painter.end()
    return image


def image_png(image: QImage) -> bytes:
    """Encode *image* as PNG bytes."""
    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    if not image.save(buffer, "PNG"):  # type: ignore[call-overload]  # the stubs want bytes, PySide wants str
        raise RuntimeError("PNG encoding failed")
    buffer.close()
    return bytes(buffer.data().data())


def signature_pixmap(vectors_json: str, png: bytes) -> QPixmap:
    """The stored image of a signature; redrawn from its vectors if the image is unreadable.

    Returns a null pixmap when neither can be read.
    """
    pixmap = QPixmap()
    if png and pixmap.loadFromData(png, "PNG"):
        return pixmap
    try:
        capture = sig.parse_vectors(vectors_json)
    except MileoError:
        return QPixmap()
    return QPixmap.fromImage(render_signature_image(capture))


def _has_pressure(device: QInputDevice | None) -> bool:
    return device is not None and bool(device.capabilities() & QInputDevice.Capability.Pressure)


# --------------------------------------------------------------------------- capture


class SignatureCanvas(QWidget):
    """The drawing surface of a :class:`SignaturePad` (pen, touch, mouse)."""

    #: a stroke was completed, undone, redone or everything was cleared
    changed = Signal()
    #: the first point of a stroke was laid down
    stroke_started = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents, True)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setCursor(Qt.CursorShape.CrossCursor)
        self.setMinimumSize(320, 120)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setAccessibleName(self.tr("Zone de signature"))
        self.setAccessibleDescription(
            self.tr("Signez avec le stylet, le doigt ou la souris. Ctrl+Z annule le dernier trait.")
        )
        self.hint = self.tr("Signez ici")
        self._strokes: list[list[Point]] = []
        self._devices: list[str] = []  # the device of each stroke
        self._redo: list[tuple[list[Point], str]] = []
        self._current: list[Point] | None = None
        self._current_device = ""
        self._touch_id: int | None = None
        self._area: QSize | None = None  # capture area, fixed at the first point
        self._t0_event: int | None = None
        self._clock = QElapsedTimer()
        self._last_t = 0
        self._recent_input = QElapsedTimer()  # last tablet/touch event: mouse duplicates are ignored
        self._ink: QImage | None = None  # cache of the drawn ink at the widget's size

    # -- state ----------------------------------------------------------------------

    def sizeHint(self) -> QSize:
        return QSize(460, 160)

    @property
    def strokes(self) -> tuple[tuple[Point, ...], ...]:
        """The completed strokes, in capture coordinates."""
        return tuple(tuple(s) for s in self._strokes)

    @property
    def device(self) -> str:
        """``pen``, ``touch`` or ``mouse``: the device that drew most of the points."""
        if not self._strokes:
            return "mouse"
        weights: Counter[str] = Counter()
        for stroke, device in zip(self._strokes, self._devices, strict=True):
            weights[device] += len(stroke)
        return weights.most_common(1)[0][0]

    def area(self) -> QSize:
        """The capture area's size in pixels (the canvas size when the first point was laid)."""
        return QSize(self._area) if self._area is not None else QSize(self.width(), self.height())

    def is_empty(self) -> bool:
        return not self._strokes and self._current is None

    def raw_capture(self) -> sig.SignatureCapture:
        """What has been drawn, without validation or image."""
        area = self.area()
        return sig.SignatureCapture(area.width(), area.height(), self.strokes, device=self.device)

    def load(self, capture: sig.SignatureCapture) -> None:
        """Show strokes captured elsewhere (e.g. by a vendor pad's SDK) as the current signature."""
        self.clear(emit=False)
        self._area = QSize(capture.width, capture.height)
        self._strokes = [list(s) for s in capture.strokes]
        self._devices = [capture.device if capture.device in ("pen", "touch", "mouse") else "pen"] * len(
            self._strokes
        )
        self._last_t = max((pt[0] for s in self._strokes for pt in s), default=0)
        self._invalidate()
        self.changed.emit()

    # -- editing --------------------------------------------------------------------

    def clear(self, *, emit: bool = True) -> None:
        """Erase everything; the next point starts a new capture (time 0, new area)."""
        had = bool(self._strokes or self._redo or self._current)
        self._strokes.clear()
        self._devices.clear()
        self._redo.clear()
        self._current = None
        self._touch_id = None
        self._area = None
        self._t0_event = None
        self._last_t = 0
        self._invalidate()
        if emit and had:
            self.changed.emit()

    def undo(self) -> bool:
        """Take back the last stroke (it can be redone)."""
        if self._current is not None or not self._strokes:
            return False
        self._redo.append((self._strokes.pop(), self._devices.pop()))
        self._invalidate()
        self.changed.emit()
        return True

    def redo(self) -> bool:
        """Put back the last stroke taken back."""
        if self._current is not None or not self._redo:
            return False
        stroke, device = self._redo.pop()
        self._strokes.append(stroke)
        self._devices.append(device)
        self._invalidate()
        self.changed.emit()
        return True

    def can_undo(self) -> bool:
        return bool(self._strokes) and self._current is None

    def can_redo(self) -> bool:
        return bool(self._redo) and self._current is None

    # -- geometry -------------------------------------------------------------------

    def _scale(self) -> float:
        """Widget pixels per capture pixel (1 unless the canvas was resized mid-signature)."""
        if self._area is None or self._area.isEmpty():
            return 1.0
        return min(self.width() / self._area.width(), self.height() / self._area.height()) or 1.0

    def _to_capture(self, pos: QPointF) -> tuple[float, float]:
        s = self._scale()
        area = self.area()
        x = min(max(pos.x() / s, 0.0), float(area.width()))
        y = min(max(pos.y() / s, 0.0), float(area.height()))
        return x, y

    # -- recording ------------------------------------------------------------------

    def _time(self, timestamp: int) -> int:
        """Milliseconds since the first point: from the events' timestamps when they are
        usable, else from a monotonic clock; never decreasing."""
        if self._t0_event is None:
            self._t0_event = timestamp
            self._clock.start()
            t = 0
        else:
            delta = timestamp - self._t0_event
            t = delta if timestamp and self._t0_event and 0 <= delta <= MAX_CAPTURE_MS else self._clock.elapsed()
        t = max(int(t), self._last_t)
        self._last_t = t
        return t

    def _begin(self, device: str, pos: QPointF, pressure: float, timestamp: int) -> None:
        if self._current is not None:
            self._end()
        if not self._strokes:
            # a new signature (first stroke, or everything was cleared or undone)
            self._redo.clear()
            self._area = QSize(self.width(), self.height())
            self._t0_event = None
            self._last_t = 0
            self._ink = None
        if len(self._strokes) >= sig.MAX_STROKES or self._point_count() >= sig.MAX_POINTS:
            return
        self._redo.clear()
        x, y = self._to_capture(pos)
        self._current = [(self._time(timestamp), x, y, pressure)]
        self._current_device = device
        self.stroke_started.emit()
        self._draw_segment(self._current[0], self._current[0])

    def _extend(self, pos: QPointF, pressure: float, timestamp: int) -> None:
        if self._current is None or self._point_count() >= sig.MAX_POINTS:
            return
        x, y = self._to_capture(pos)
        last = self._current[-1]
        if math.hypot(x - last[1], y - last[2]) < MIN_STEP:
            return
        point = (self._time(timestamp), x, y, pressure)
        self._current.append(point)
        self._draw_segment(last, point)

    def _end(self) -> None:
        if self._current is None:
            return
        self._strokes.append(self._current)
        self._devices.append(self._current_device)
        self._current = None
        self._touch_id = None
        self.changed.emit()

    def _cancel(self) -> None:
        self._current = None
        self._touch_id = None
        self._invalidate()

    def _point_count(self) -> int:
        return sum(len(s) for s in self._strokes) + (len(self._current) if self._current else 0)

    # -- input events ---------------------------------------------------------------

    def tabletEvent(self, event: QTabletEvent) -> None:
        # accepted: Qt then does not synthesise mouse events from the pen
        event.accept()
        self._recent_input.start()
        if event.pointerType() == QPointingDevice.PointerType.Eraser:
            return
        pressure = event.pressure() if _has_pressure(event.pointingDevice()) else DEFAULT_PRESSURE
        kind = event.type()
        if kind == QEvent.Type.TabletPress and event.button() == Qt.MouseButton.LeftButton:
            self._begin("pen", event.position(), pressure, event.timestamp())
        elif kind == QEvent.Type.TabletMove and self._current is not None:
            self._extend(event.position(), pressure, event.timestamp())
        elif kind == QEvent.Type.TabletRelease and self._current is not None:
            # the release reports zero pressure: the stroke ends at the last pressed point
            self._end()

    def event(self, event: QEvent) -> bool:
        kind = event.type()
        if kind in (QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd, QEvent.Type.TouchCancel):
            assert isinstance(event, QTouchEvent)
            device = event.pointingDevice()
            if device is not None and device.type() != QInputDevice.DeviceType.TouchScreen:
                # a touchpad moves the cursor: let Qt turn it into mouse events
                event.ignore()
                return False
            self._on_touch(event)
            event.accept()
            return True
        return super().event(event)

    def _on_touch(self, event: QTouchEvent) -> None:
        self._recent_input.start()
        if event.type() == QEvent.Type.TouchCancel:
            self._cancel()
            return
        with_pressure = _has_pressure(event.pointingDevice())
        for point in event.points():
            pressure = point.pressure() if with_pressure else DEFAULT_PRESSURE
            state = point.state()
            if self._touch_id is None and state == QEventPoint.State.Pressed:
                # one finger signs; the others are ignored
                self._begin("touch", point.position(), pressure, event.timestamp())
                self._touch_id = point.id()
            elif point.id() == self._touch_id:
                if state == QEventPoint.State.Released:
                    self._end()
                elif state == QEventPoint.State.Updated:
                    self._extend(point.position(), pressure, event.timestamp())

    def _mouse_duplicate(self, event: QMouseEvent) -> bool:
        """A mouse event Qt or the system synthesised from the pen or finger just handled."""
        synthesised = event.source() != Qt.MouseEventSource.MouseEventNotSynthesized
        return synthesised and self._recent_input.isValid() and self._recent_input.elapsed() < 1000

    def mousePressEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if event.button() != Qt.MouseButton.LeftButton or self._mouse_duplicate(event):
            return
        self._begin("mouse", event.position(), DEFAULT_PRESSURE, event.timestamp())

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if self._current is None or self._current_device != "mouse" or self._mouse_duplicate(event):
            return
        if event.buttons() & Qt.MouseButton.LeftButton:
            self._extend(event.position(), DEFAULT_PRESSURE, event.timestamp())

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        event.accept()
        if event.button() != Qt.MouseButton.LeftButton or self._current_device != "mouse":
            return
        if self._current is not None and not self._mouse_duplicate(event):
            self._extend(event.position(), DEFAULT_PRESSURE, event.timestamp())
            self._end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.matches(QKeySequence.StandardKey.Undo):
            self.undo()
        elif event.matches(QKeySequence.StandardKey.Redo):
            self.redo()
        else:
            super().keyPressEvent(event)

    def focusInEvent(self, event: QFocusEvent) -> None:
        super().focusInEvent(event)
        self.update()

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        self.update()

    # -- painting -------------------------------------------------------------------

    def _invalidate(self) -> None:
        self._ink = None
        self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._ink = None

    def _ink_image(self) -> QImage:
        if self._ink is None:
            dpr = self.devicePixelRatioF()
            image = QImage(
                max(1, round(self.width() * dpr)),
                max(1, round(self.height() * dpr)),
                QImage.Format.Format_ARGB32_Premultiplied,
            )
            image.setDevicePixelRatio(dpr)
            image.fill(Qt.GlobalColor.transparent)
            painter = QPainter(image)
            try:
                paint_strokes(painter, self._strokes, scale=self._scale())
                if self._current:
                    paint_strokes(painter, [self._current], scale=self._scale())
            finally:
                painter.end()
            self._ink = image
        return self._ink

    def _draw_segment(self, a: Point, b: Point) -> None:
        """Add one segment to the ink cache and repaint only around it."""
        if self._ink is None:
            self.update()
            return
        s = self._scale()
        painter = QPainter(self._ink)
        try:
            stroke = [a] if a is b else [a, b]
            paint_strokes(painter, [stroke], scale=s)
        finally:
            painter.end()
        pad = ink_width(1.0) * s + 2
        rect = QRectF(QPointF(a[1] * s, a[2] * s), QPointF(b[1] * s, b[2] * s)).normalized()
        self.update(rect.adjusted(-pad, -pad, pad, pad).toAlignedRect())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.setClipRect(event.rect())
            rect = self.rect()
            painter.fillRect(rect, Qt.GlobalColor.white)
            # a signing line and a cross, as on paper
            base_y = round(rect.height() * 0.74)
            guide = QPen(QColor(170, 176, 190))
            guide.setWidthF(1.0)
            painter.setPen(guide)
            painter.drawLine(24, base_y, rect.width() - 24, base_y)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
            painter.drawLine(24, base_y - 14, 34, base_y - 4)
            painter.drawLine(24, base_y - 4, 34, base_y - 14)
            if self.is_empty():
                painter.setPen(QColor(140, 146, 160))
                painter.drawText(
                    QRect(44, base_y - 30, rect.width() - 68, 26),
                    Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignBottom,
                    self.hint,
                )
            painter.drawImage(QPointF(0, 0), self._ink_image())
            border = QPen(self.palette().highlight().color() if self.hasFocus() else QColor(150, 156, 170))
            border.setWidthF(2.0 if self.hasFocus() else 1.0)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing, False)
            painter.setPen(border)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRect(rect.adjusted(0, 0, -1, -1))
        finally:
            painter.end()


class SignaturePad(QWidget):
    """Who signs and for what, the drawing surface, and *Effacer* / *Annuler le trait* /
    *Rétablir* buttons.

    :meth:`capture` validates what was drawn (refusing an empty or trivial signature with
    the domain's French message, shown under the surface) and returns it with its PNG.
    """

    #: the drawing changed (stroke added, undone, redone, cleared)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._who = ""
        self._error: str | None = None

        self.title_label = QLabel(self)
        self.title_label.setObjectName("signatureTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.statement_label = QLabel(self)
        self.statement_label.setObjectName("signatureStatement")
        self.statement_label.setWordWrap(True)
        self.statement_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.statement_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.canvas = SignatureCanvas(self)
        self.canvas.setObjectName("signatureCanvas")
        self.setFocusProxy(self.canvas)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("signatureError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(False)

        self.device_label = QLabel(self)
        self.device_label.setObjectName("signatureDevice")
        self.device_label.setStyleSheet("color: #5f6368;")
        self.undo_button = QPushButton(self.tr("Annuler le trait"), self)
        self.undo_button.setToolTip(self.tr("Retire le dernier trait (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("Rétablir"), self)
        self.redo_button.setToolTip(self.tr("Remet le dernier trait retiré (Ctrl+Maj+Z)"))
        self.clear_button = QPushButton(self.tr("Effacer"), self)
        self.clear_button.setToolTip(self.tr("Efface la signature pour signer à nouveau"))
        for button in (self.undo_button, self.redo_button, self.clear_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        title = QHBoxLayout()
        title.setContentsMargins(0, 0, 0, 0)
        title.addWidget(self.title_label, 1)
        title.addWidget(self.device_label)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(title)
        layout.addWidget(self.statement_label)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.setTabOrder(self.canvas, self.undo_button)
        self.setTabOrder(self.undo_button, self.redo_button)
        self.setTabOrder(self.redo_button, self.clear_button)

        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.redo_button.clicked.connect(self._on_redo_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.canvas.changed.connect(self._on_canvas_changed)
        self.canvas.stroke_started.connect(self._on_canvas_stroke_started)
        self.set_signer("", "")
        self._refresh()

    # -- public API -----------------------------------------------------------------

    def set_signer(self, name: str, statement: str) -> None:
        """Show who signs (*name*) and what the signature acknowledges (*statement*)."""
        self._who = name.strip()
        self.title_label.setText(
            self.tr("Signature de {name}").format(name=self._who) if self._who else self.tr("Signature")
        )
        self.title_label.setVisible(True)
        self.statement_label.setText(statement)
        self.statement_label.setVisible(bool(statement))
        self.canvas.setAccessibleName(
            self.tr("Zone de signature de {name}").format(name=self._who) if self._who else self.tr("Zone de signature")
        )

    @property
    def signer(self) -> str:
        return self._who

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def clear(self) -> None:
        """Erase the signature (the person signs again)."""
        self.canvas.clear()
        self._set_error(None)
        self._refresh()

    def undo(self) -> bool:
        return self.canvas.undo()

    def redo(self) -> bool:
        return self.canvas.redo()

    def raw_capture(self) -> sig.SignatureCapture:
        """The strokes as drawn, not validated, without image."""
        return self.canvas.raw_capture()

    def validation_error(self) -> str | None:
        """The French reason why what is drawn is not an acceptable signature, or None."""
        try:
            sig.validate(self.raw_capture(), who=self._who or self.tr("la personne qui signe"))
        except MileoError as err:
            return err.message
        return None

    def capture(self) -> sig.SignatureCapture | None:
        """The validated signature with its PNG, or None (the reason is then shown under the
        surface and kept in :attr:`error_message`)."""
        error = self.validation_error()
        self._set_error(error)
        if error is not None:
            return None
        raw = self.raw_capture()
        return replace(raw, png=image_png(render_signature_image(raw)))

    @property
    def error_message(self) -> str | None:
        """The refusal currently shown under the surface, if any."""
        return self._error

    def show_error(self, message: str | None) -> None:
        """Show a refusal about this signature (e.g. one raised by the services)."""
        self._set_error(message)

    def load(self, capture: sig.SignatureCapture) -> None:
        """Show a signature captured by another device (a vendor pad's SDK)."""
        self.canvas.load(capture)

    # -- internals ------------------------------------------------------------------

    def _set_error(self, message: str | None) -> None:
        self._error = message
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def _refresh(self) -> None:
        self.undo_button.setEnabled(self.canvas.can_undo())
        self.redo_button.setEnabled(self.canvas.can_redo())
        self.clear_button.setEnabled(not self.canvas.is_empty() or self.canvas.can_redo())
        if self.canvas.is_empty():
            self.device_label.setText("")
        else:
            labels = {
                "pen": self.tr("Saisie au stylet (pression)"),
                "touch": self.tr("Saisie tactile"),
                "mouse": self.tr("Saisie à la souris"),
            }
            self.device_label.setText(labels.get(self.canvas.device, ""))

    def _on_canvas_changed(self) -> None:
        self._refresh()
        self.changed.emit()

    def _on_canvas_stroke_started(self) -> None:
        if self._error:
            self._set_error(None)

    def _on_undo_button_clicked(self) -> None:
        self.canvas.undo()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_redo_button_clicked(self) -> None:
        self.canvas.redo()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear_button_clicked(self) -> None:
        self.clear()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)


# --------------------------------------------------------------------------- display


class SignatureViewer(QWidget):
    """A stored signature (its PNG), which can be replayed stroke by stroke over its
    recorded times (:meth:`replay`)."""

    #: a replay reached the end of the signature (or was stopped)
    replay_finished = Signal()

    def __init__(self, parent: QWidget | None = None, *, replay_button: bool = True) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Preferred)
        self.setMinimumSize(120, 50)
        self._pixmap = QPixmap()
        self._capture: sig.SignatureCapture | None = None
        self._timeline: list[list[Point]] = []  # strokes with long pauses shortened
        self._duration = 0
        self._intact = True
        self._speed = 1.0
        self._elapsed = QElapsedTimer()
        self._position: float | None = None  # replay position in ms, None when not replaying
        self._timer = QTimer(self)
        self._timer.setInterval(16)
        self._timer.timeout.connect(self._on_timer_timeout)
        self.replay_button: QToolButton | None = None
        if replay_button:
            self.replay_button = QToolButton(self)
            self.replay_button.setText(self.tr("Rejouer"))
            self.replay_button.setToolTip(self.tr("Rejouer le tracé de la signature à sa vitesse d'origine"))
            self.replay_button.setAutoRaise(True)
            self.replay_button.setEnabled(False)
            self.replay_button.clicked.connect(self._on_replay_button_clicked)
        self.setAccessibleName(self.tr("Signature enregistrée"))

    def sizeHint(self) -> QSize:
        return QSize(260, 100)

    def set_signature(self, vectors_json: str, png: bytes, *, intact: bool = True) -> None:
        """Show a stored signature; *intact* False marks it as not matching its digest."""
        self.stop()
        self._pixmap = signature_pixmap(vectors_json, png)
        try:
            self._capture = sig.parse_vectors(vectors_json)
        except MileoError:
            self._capture = None
        self._intact = intact
        self._timeline = self._build_timeline()
        self._duration = max((s[-1][0] for s in self._timeline if s), default=0)
        if self.replay_button is not None:
            self.replay_button.setEnabled(bool(self._timeline))
        self.update()

    def clear(self) -> None:
        self.stop()
        self._pixmap = QPixmap()
        self._capture = None
        self._timeline = []
        self._duration = 0
        self._intact = True
        if self.replay_button is not None:
            self.replay_button.setEnabled(False)
        self.update()

    @property
    def duration_ms(self) -> int:
        """How long a replay at normal speed lasts."""
        return self._duration

    @property
    def replay_position_ms(self) -> float | None:
        """Where the running replay is (capture milliseconds), or None."""
        return self._position

    def is_replaying(self) -> bool:
        return self._position is not None

    def replay(self, speed: float = 1.0) -> bool:
        """Animate the strokes over their recorded times (*speed* × real time).

        Returns False (and emits nothing) when there are no vectors to replay.
        """
        if not self._timeline:
            return False
        self._speed = max(0.05, speed)
        self._position = 0.0
        self._elapsed.start()
        self._timer.start()
        self.update()
        return True

    def stop(self) -> None:
        """Stop a running replay and show the stored image again."""
        if self._position is None:
            return
        self._timer.stop()
        self._position = None
        self.update()
        self.replay_finished.emit()

    def _build_timeline(self) -> list[list[Point]]:
        if self._capture is None:
            return []
        timeline: list[list[Point]] = []
        shift = 0
        last_end: int | None = None
        for stroke in self._capture.strokes:
            if not stroke:
                continue
            if last_end is not None:
                pause = stroke[0][0] - last_end
                shift += max(0, pause - REPLAY_MAX_PAUSE_MS)
            timeline.append([(t - shift, x, y, p) for t, x, y, p in stroke])
            last_end = stroke[-1][0]
        return timeline

    def _on_timer_timeout(self) -> None:
        self._position = self._elapsed.elapsed() * self._speed
        if self._position >= self._duration:
            self.stop()
        else:
            self.update()

    def _on_replay_button_clicked(self) -> None:
        if self.is_replaying():
            self.stop()
        else:
            self.replay()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if self.replay_button is not None:
            hint = self.replay_button.sizeHint()
            self.replay_button.setGeometry(
                self.width() - hint.width() - 2, self.height() - hint.height() - 2, hint.width(), hint.height()
            )

    def _content_rect(self, width: float, height: float) -> tuple[QRectF, float]:
        """Where a *width* × *height* picture fits, centred, and its scale."""
        area = QRectF(self.rect()).adjusted(4, 4, -4, -4)
        if width <= 0 or height <= 0:
            return area, 1.0
        scale = min(area.width() / width, area.height() / height)
        w, h = width * scale, height * scale
        return QRectF(area.x() + (area.width() - w) / 2, area.y() + (area.height() - h) / 2, w, h), scale

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            painter.fillRect(self.rect(), Qt.GlobalColor.white)
            painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, True)
            if self._position is not None and self._capture is not None:
                target, scale = self._content_rect(self._capture.width, self._capture.height)
                paint_strokes(painter, self._timeline, scale=scale, offset=target.topLeft(),
                              until_ms=self._position)
            elif not self._pixmap.isNull():
                target, _ = self._content_rect(self._pixmap.width(), self._pixmap.height())
                painter.drawPixmap(target, self._pixmap, QRectF(self._pixmap.rect()))
            else:
                painter.setPen(QColor(140, 146, 160))
                painter.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.tr("Aucune signature"))
            if not self._intact:
                painter.setPen(QColor(176, 0, 32))
                painter.drawText(
                    self.rect().adjusted(6, 4, -6, -4),
                    Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft,
                    self.tr("Empreinte invalide : signature altérée"),
                )
            painter.setPen(QColor(200, 204, 214))
            painter.drawRect(self.rect().adjusted(0, 0, -1, -1))
        finally:
            painter.end()

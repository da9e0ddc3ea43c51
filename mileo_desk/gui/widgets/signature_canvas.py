"""The drawing surface of the signature pad: pen, touch and mouse input, the strokes and
their undo/redo, and the ink painted incrementally.

Why the input handling is this involved: a pen tablet, a touch screen and a mouse all reach
the widget, and Qt (or the system) also synthesises mouse events from the pen and the
finger. The canvas accepts tablet events so that Qt does not synthesise mouse events from
them, follows a single finger, and ignores synthesised mouse events shortly after tablet or
touch input, so that every stroke is recorded once, with the device that drew it.
"""

from __future__ import annotations

import math
from collections import Counter

from PySide6.QtCore import QElapsedTimer, QEvent, QPointF, QRect, QRectF, QSize, Qt, Signal
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
    QPointingDevice,
    QResizeEvent,
    QTabletEvent,
    QTouchEvent,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

from ...domain import signature as sig
from .signature_ink import Point, ink_width, paint_strokes

#: pressure recorded when the device reports none (README: 0.5)
DEFAULT_PRESSURE = 0.5
#: points closer than this to the previous one add nothing but weight
MIN_STEP = 0.3
#: a timestamp farther than this from the first one is treated as a clock glitch
MAX_CAPTURE_MS = 3_600_000


def _has_pressure(device: QInputDevice | None) -> bool:
    return device is not None and bool(device.capabilities() & QInputDevice.Capability.Pressure)


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

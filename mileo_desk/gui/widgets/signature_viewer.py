"""A stored signature, shown read-only and replayed stroke by stroke over its recorded
times (the item panel's signature pop-up).

Separate from the capture pad: it needs only the stored vectors and PNG
(:mod:`.signature_ink`), never the input machinery of :mod:`.signature_canvas`.
"""

from __future__ import annotations

from PySide6.QtCore import QElapsedTimer, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPixmap, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QToolButton, QWidget

from ...domain import signature as sig
from ...domain.errors import MileoError
from .signature_ink import Point, paint_strokes, signature_pixmap

#: pen lifts longer than this are shortened when a signature is replayed
REPLAY_MAX_PAUSE_MS = 1500


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

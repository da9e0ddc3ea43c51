"""Signature ink: how strokes are drawn, rendered to PNG and read back (README « Format des
signatures »).

A signature is stored twice: as vectors ``(t_ms, x, y, pressure)`` in the pixels of the
capture area, and as a PNG rendered from them. The pad, the canvas, the viewer and the
timeline thumbnails all draw through :func:`paint_strokes`, so the ink on screen, in the
stored image and in a replay is the same ink. Kept apart from the widgets because it is
what the item panel needs without pulling in the capture machinery.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QBuffer, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPixmap

from ...domain import signature as sig
from ...domain.errors import MileoError

#: one recorded point: (milliseconds since the first point, x, y, pressure in [0, 1])
Point = tuple[int, float, float, float]

#: ink colour of the rendered image and of the pad (dark blue, like a ballpoint pen)
INK = QColor(18, 32, 92)
#: the PNG is rendered at twice the capture size so that printed receipts stay sharp
PNG_SCALE = 2.0


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

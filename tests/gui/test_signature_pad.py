"""The signature capture widget and the stored-signature view (SPEC §2, README « Format des
signatures »), driven by synthetic pen (QTabletEvent), touch and mouse input under the
offscreen platform."""

from __future__ import annotations

import itertools
import json
import math
from collections.abc import Sequence

import pytest
from PySide6.QtCore import QEvent, QPoint, QPointF, Qt
from PySide6.QtGui import QImage, QInputDevice, QKeySequence, QPointingDevice, QTabletEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from mileo_desk.domain import signature as sig
from mileo_desk.gui.widgets.signature_canvas import SignatureCanvas
from mileo_desk.gui.widgets.signature_ink import image_png, render_signature_image, signature_pixmap
from mileo_desk.gui.widgets.signature_pad import SignaturePad
from mileo_desk.gui.widgets.signature_viewer import SignatureViewer

#: the offscreen platform cannot propagate size hints, raise windows or grab the keyboard, and
#: says so at WARNING level: that is the test platform's limitation, not the widget's
OFFSCREEN_LIMITS = r"^This plugin does not support (propagateSizeHints|raise|grabbing the keyboard)"

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)]

STATEMENT = (
    "Je soussigné(e) Théo Martin reconnais avoir reçu la clé ACME-00012 et en être responsable "
    "jusqu'à son retour."
)

# --------------------------------------------------------------------------- synthetic input

_DEVICES: dict[str, QPointingDevice] = {}


def pen_device(kind: str = "pen") -> QPointingDevice:
    """A virtual stylus (or its eraser end) reporting position, pressure and tilt."""
    if kind not in _DEVICES:
        caps = (
            QInputDevice.Capability.Position
            | QInputDevice.Capability.Pressure
            | QInputDevice.Capability.XTilt
            | QInputDevice.Capability.YTilt
        )
        pointer = QPointingDevice.PointerType.Eraser if kind == "eraser" else QPointingDevice.PointerType.Pen
        _DEVICES[kind] = QPointingDevice(
            f"virtual {kind}", 1 if kind == "pen" else 2, QInputDevice.DeviceType.Stylus, pointer, caps, 1, 3
        )
    return _DEVICES[kind]


def tablet_event(
    widget: QWidget, kind: QEvent.Type, x: float, y: float, *, pressure: float, timestamp: int,
    device: QPointingDevice | None = None,
) -> QTabletEvent:
    pressed = kind != QEvent.Type.TabletRelease
    pos = QPointF(x, y)
    event = QTabletEvent(
        kind, device or pen_device(), pos, QPointF(widget.mapToGlobal(pos)), pressure, 12.0, -8.0, 0.0, 0.0, 0.0,
        Qt.KeyboardModifier.NoModifier, Qt.MouseButton.LeftButton,
        Qt.MouseButton.LeftButton if pressed else Qt.MouseButton.NoButton,
    )
    event.setTimestamp(timestamp)
    QApplication.sendEvent(widget, event)
    return event


def pen_stroke(
    widget: QWidget, points: Sequence[tuple[float, float, float]], *, start_ms: int, step_ms: int = 8,
    device: QPointingDevice | None = None,
) -> int:
    """Press, move through *points* (x, y, pressure), release; returns the last timestamp."""
    ts = start_ms
    x, y, p = points[0]
    tablet_event(widget, QEvent.Type.TabletPress, x, y, pressure=p, timestamp=ts, device=device)
    for x, y, p in points[1:]:
        ts += step_ms
        tablet_event(widget, QEvent.Type.TabletMove, x, y, pressure=p, timestamp=ts, device=device)
    ts += step_ms
    tablet_event(widget, QEvent.Type.TabletRelease, x, y, pressure=0.0, timestamp=ts, device=device)
    return ts


def signature_strokes(width: int, height: int, seed: int = 0) -> list[list[tuple[float, float, float]]]:
    """A wavy name and an underline, proportioned to the capture area, varying pressure."""
    name = [
        (width * (0.1 + 0.6 * i / 39), height * (0.45 + 0.2 * math.sin(i / 3 + seed)), 0.3 + 0.6 * (i % 7) / 6)
        for i in range(40)
    ]
    underline = [(width * (0.15 + 0.7 * i / 11), height * 0.78, 0.8) for i in range(12)]
    return [name, underline]


def pen_signature(canvas: QWidget, *, seed: int = 0, start_ms: int = 50_000) -> None:
    """Sign on *canvas* with the virtual pen: two strokes, a pause between them."""
    ts = start_ms
    for stroke in signature_strokes(canvas.width(), canvas.height(), seed):
        ts = pen_stroke(canvas, stroke, start_ms=ts) + 250


def mouse_signature(canvas: QWidget) -> None:
    points = [QPoint(30 + i * 9, 60 + round(20 * math.sin(i / 2))) for i in range(30)]
    QTest.mousePress(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[0])
    for pt in points[1:]:
        QTest.mouseMove(canvas, pt)
    QTest.mouseRelease(canvas, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, points[-1])


def dark_pixels(image: QImage) -> int:
    """How many pixels carry ink (much darker than the white background)."""
    gray = image.convertToFormat(QImage.Format.Format_Grayscale8)
    count = 0
    for y in range(gray.height()):
        count += sum(1 for v in gray.constScanLine(y).tobytes()[: gray.width()] if v < 160)
    return count


@pytest.fixture
def pad(qtbot: object) -> SignaturePad:
    widget = SignaturePad()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    widget.set_signer("Théo Martin", STATEMENT)
    widget.resize(520, 300)
    widget.show()
    qtbot.waitExposed(widget)  # type: ignore[attr-defined]
    return widget


# --------------------------------------------------------------------------- pen


def test_pen_strokes_give_pressure_and_time_vectors_and_a_png(pad: SignaturePad, qtbot: object) -> None:
    canvas = pad.canvas
    w, h = canvas.width(), canvas.height()
    with qtbot.waitSignals([pad.changed, pad.changed], timeout=1000):  # type: ignore[attr-defined]
        pen_signature(canvas, start_ms=50_000)

    capture = pad.capture()
    assert capture is not None, pad.error_message
    assert (capture.width, capture.height, capture.device) == (w, h, "pen")
    name, underline = capture.strokes
    assert (len(name), len(underline)) == (40, 12)
    expected = signature_strokes(w, h)
    # t_ms counts from the first point, from the tablet's own timestamps (8 ms apart)
    assert [pt[0] for pt in name] == [8 * i for i in range(40)]
    assert underline[0][0] == name[-1][0] + 8 + 250
    for (t, x, y, p), (ex, ey, ep) in zip(name, expected[0], strict=True):
        assert (x, y) == pytest.approx((ex, ey), abs=1e-6)
        assert p == pytest.approx(ep, abs=1e-6)
        assert t >= 0
    assert {round(pt[3], 2) for pt in name} > {0.3, 0.9}  # the pressure varies along the stroke

    sig.validate(capture, who="Théo Martin")
    doc = json.loads(sig.vectors_json(capture))
    assert doc["device"] == "pen" and doc["width"] == w and len(doc["strokes"]) == 2
    assert sig.parse_vectors(sig.vectors_json(capture)).strokes[1][0][3] == pytest.approx(0.8)

    assert capture.png is not None and capture.png.startswith(sig.PNG_MAGIC)
    image = QImage.fromData(capture.png, "PNG")
    assert (image.width(), image.height()) == (2 * w, 2 * h)
    assert image.pixelColor(0, 0).name() == "#ffffff"  # white background
    assert dark_pixels(image) > 1500  # ink where the strokes are
    assert pad.error_message is None and not pad.error_label.isVisible()


def test_ink_width_follows_pressure(qapp: QApplication) -> None:
    line = tuple((i * 10, 20.0 + i * 12.0, 50.0, 0.0) for i in range(25))
    light = sig.SignatureCapture(340, 100, (tuple((t, x, y, 0.05) for t, x, y, _ in line),), device="pen")
    firm = sig.SignatureCapture(340, 100, (tuple((t, x, y, 1.0) for t, x, y, _ in line),), device="pen")
    assert dark_pixels(render_signature_image(firm)) > 2.5 * dark_pixels(render_signature_image(light))


def test_pen_hovering_draws_nothing_and_the_eraser_is_ignored(pad: SignaturePad) -> None:
    canvas = pad.canvas
    # a pen moving above the surface without touching it
    for i in range(20):
        tablet_event(canvas, QEvent.Type.TabletMove, 20 + i * 10, 50, pressure=0.0, timestamp=1000 + i * 8)
    pen_stroke(canvas, [(30 + i * 10, 60 + i, 0.7) for i in range(20)], start_ms=2000, device=pen_device("eraser"))
    assert pad.is_empty()
    assert pad.raw_capture().strokes == ()


def test_pen_events_are_accepted_so_qt_synthesises_no_mouse(pad: SignaturePad) -> None:
    events = [
        tablet_event(pad.canvas, QEvent.Type.TabletPress, 40, 40, pressure=0.5, timestamp=10),
        tablet_event(pad.canvas, QEvent.Type.TabletMove, 120, 60, pressure=0.6, timestamp=30),
        tablet_event(pad.canvas, QEvent.Type.TabletRelease, 120, 60, pressure=0.0, timestamp=40),
    ]
    assert all(e.isAccepted() for e in events)
    (stroke,) = pad.raw_capture().strokes
    assert stroke == ((0, 40.0, 40.0, 0.5), (20, 120.0, 60.0, 0.6))
    assert pad.raw_capture().device == "pen"


# --------------------------------------------------------------------------- fallbacks


def test_mouse_fallback_records_default_pressure(pad: SignaturePad) -> None:
    mouse_signature(pad.canvas)
    capture = pad.capture()
    assert capture is not None, pad.error_message
    assert capture.device == "mouse"
    (stroke,) = capture.strokes
    assert len(stroke) >= 29
    assert {pt[3] for pt in stroke} == {0.5}  # README: 0.5 when the device gives no pressure
    assert stroke[0][0] == 0 and all(a[0] <= b[0] for a, b in itertools.pairwise(stroke))
    assert (stroke[0][1], stroke[0][2]) == (30.0, 60.0)
    assert pad.device_label.text() == "Saisie à la souris"


def test_touch_fallback(pad: SignaturePad) -> None:
    canvas = pad.canvas
    device = QTest.createTouchDevice()
    touch = QTest.touchEvent(canvas, device)
    points = [QPoint(40 + i * 8, 50 + round(25 * math.sin(i / 3))) for i in range(35)]
    touch.press(0, points[0], canvas).commit()
    for pt in points[1:]:
        touch.move(0, pt, canvas).commit()
    # a second finger resting on the screen is ignored
    touch.stationary(0).press(1, QPoint(400, 100), canvas).commit()
    touch.release(0, points[-1], canvas).release(1, QPoint(400, 100), canvas).commit()
    capture = pad.capture()
    assert capture is not None, pad.error_message
    assert capture.device == "touch"
    (stroke,) = capture.strokes
    assert [(x, y) for _, x, y, _ in stroke] == [(float(p.x()), float(p.y())) for p in points]
    assert {pt[3] for pt in stroke} == {0.5}


# --------------------------------------------------------------------------- refusals


def test_empty_signature_is_refused_with_the_french_message(pad: SignaturePad) -> None:
    assert pad.capture() is None
    assert pad.error_message == "La signature de Théo Martin est vide."
    assert pad.error_label.isVisible() and pad.error_label.text() == pad.error_message


def test_one_dot_and_a_tick_are_refused(pad: SignaturePad) -> None:
    tablet_event(pad.canvas, QEvent.Type.TabletPress, 200, 80, pressure=0.6, timestamp=100)
    tablet_event(pad.canvas, QEvent.Type.TabletRelease, 200, 80, pressure=0.0, timestamp=140)
    assert pad.capture() is None
    assert pad.error_message == (
        "La signature de Théo Martin est trop courte (un point ou un trait) : signez à nouveau."
    )
    pad.clear()
    assert pad.error_message is None and not pad.error_label.isVisible()
    pen_stroke(pad.canvas, [(200 + i, 80 + i * 0.5, 0.6) for i in range(12)], start_ms=500)
    assert pad.capture() is None
    assert "trop courte" in (pad.error_message or "")
    # signing again clears the message as soon as the pen touches the surface
    tablet_event(pad.canvas, QEvent.Type.TabletPress, 50, 50, pressure=0.6, timestamp=900)
    assert pad.error_message is None


def test_unnamed_signer_message(qtbot: object) -> None:
    widget = SignaturePad()
    qtbot.addWidget(widget)  # type: ignore[attr-defined]
    assert widget.capture() is None
    assert widget.error_message == "La signature de la personne qui signe est vide."


# --------------------------------------------------------------------------- clear / undo / redo


def test_undo_redo_and_clear(pad: SignaturePad, qtbot: object) -> None:
    canvas = pad.canvas
    pen_signature(canvas, start_ms=10_000)
    assert len(pad.raw_capture().strokes) == 2
    assert pad.undo_button.isEnabled() and not pad.redo_button.isEnabled()

    with qtbot.waitSignal(pad.changed, timeout=1000):  # type: ignore[attr-defined]
        qtbot.mouseClick(pad.undo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(pad.raw_capture().strokes) == 1 and pad.redo_button.isEnabled()
    qtbot.mouseClick(pad.redo_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert len(pad.raw_capture().strokes) == 2 and not pad.redo_button.isEnabled()

    # keyboard: the canvas takes Ctrl+Z / Ctrl+Shift+Z
    canvas.setFocus()
    QTest.keySequence(canvas, QKeySequence(QKeySequence.StandardKey.Undo))
    assert len(pad.raw_capture().strokes) == 1
    QTest.keySequence(canvas, QKeySequence(QKeySequence.StandardKey.Redo))
    assert len(pad.raw_capture().strokes) == 2

    # a new stroke after an undo drops what could have been redone
    pad.undo()
    pen_stroke(canvas, [(60 + i * 6, 40, 0.5) for i in range(10)], start_ms=20_000)
    assert not pad.redo_button.isEnabled() and not pad.redo()

    with qtbot.waitSignal(pad.changed, timeout=1000):  # type: ignore[attr-defined]
        qtbot.mouseClick(pad.clear_button, Qt.MouseButton.LeftButton)  # type: ignore[attr-defined]
    assert pad.is_empty() and pad.raw_capture().strokes == ()
    assert not pad.clear_button.isEnabled() and not pad.undo_button.isEnabled()
    assert canvas.hasFocus()

    # signing again: time restarts at 0 for the new capture
    pen_signature(canvas, seed=2, start_ms=90_000)
    capture = pad.capture()
    assert capture is not None
    assert capture.strokes[0][0][0] == 0


def test_undoing_everything_then_signing_restarts_the_capture(pad: SignaturePad) -> None:
    pen_signature(pad.canvas, start_ms=1_000)
    assert pad.undo() and pad.undo() and not pad.undo()
    pen_signature(pad.canvas, start_ms=7_000)
    capture = pad.capture()
    assert capture is not None and capture.strokes[0][0][0] == 0


# --------------------------------------------------------------------------- the statement


def test_set_signer_shows_who_signs_and_for_what(pad: SignaturePad) -> None:
    assert pad.title_label.text() == "Signature de Théo Martin"
    assert pad.statement_label.text() == STATEMENT
    assert pad.statement_label.isVisible()
    pad.set_signer("Claire Dubois", "")
    assert pad.title_label.text() == "Signature de Claire Dubois"
    assert not pad.statement_label.isVisible()
    assert pad.canvas.accessibleName() == "Zone de signature de Claire Dubois"


def test_a_signature_drawn_elsewhere_can_be_loaded(pad: SignaturePad) -> None:
    stroke = tuple((i * 10, 20.0 + i * 12, 60 + 20 * math.sin(i), 0.6) for i in range(24))
    pad.load(sig.SignatureCapture(400, 150, (stroke,), device="pad"))
    capture = pad.capture()
    assert capture is not None
    assert (capture.width, capture.height, capture.strokes) == (400, 150, (stroke,))


# --------------------------------------------------------------------------- display and replay


def _stored(seed: int = 0) -> tuple[str, bytes, sig.SignatureCapture]:
    strokes = tuple(
        tuple((1000 * k + i * 20, 30.0 + i * 11, 60 + 25 * math.sin(i / 2 + seed + k), 0.4 + 0.5 * (i % 2))
              for i in range(25))
        for k in range(2)
    )
    capture = sig.SignatureCapture(360, 140, strokes, device="pen")
    return sig.vectors_json(capture), image_png(render_signature_image(capture)), capture


def test_signature_pixmap_uses_the_png_and_falls_back_to_the_vectors(qapp: QApplication) -> None:
    vectors, png, _ = _stored()
    stored = signature_pixmap(vectors, png)
    assert (stored.width(), stored.height()) == (720, 280)
    redrawn = signature_pixmap(vectors, b"not a png")
    assert not redrawn.isNull()
    assert dark_pixels(redrawn.toImage()) > 500
    assert signature_pixmap("{}", b"").isNull()


def test_signature_view_replays_the_strokes_over_their_times(qtbot: object) -> None:
    vectors, png, capture = _stored()
    view = SignatureViewer()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(360, 140)
    view.show()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    view.set_signature(vectors, png)
    assert view.duration_ms == capture.strokes[-1][-1][0] == 1480
    full = dark_pixels(view.grab().toImage())
    assert full > 500
    assert view.replay_button is not None and view.replay_button.isEnabled()

    assert view.replay(speed=2.0)
    assert view.is_replaying()
    qtbot.waitUntil(  # type: ignore[attr-defined]
        lambda: 300 < (view.replay_position_ms or 0) < 900, timeout=3000
    )
    partial = dark_pixels(view.grab().toImage())
    assert 0 < partial < full
    with qtbot.waitSignal(view.replay_finished, timeout=3000):  # type: ignore[attr-defined]
        pass
    assert not view.is_replaying() and view.replay_position_ms is None
    assert dark_pixels(view.grab().toImage()) == full


def test_replay_shortens_long_pen_lifts(qtbot: object) -> None:
    first = tuple((i * 10, 20.0 + i * 10, 50.0, 0.5) for i in range(15))
    second = tuple((60_000 + i * 10, 20.0 + i * 10, 90.0, 0.5) for i in range(15))
    capture = sig.SignatureCapture(300, 120, (first, second), device="pen")
    view = SignatureViewer(replay_button=False)
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.set_signature(sig.vectors_json(capture), image_png(render_signature_image(capture)))
    assert view.duration_ms == 140 + 1500 + 140
    assert view.replay_button is None


def test_signature_view_without_vectors_and_tampered(qtbot: object) -> None:
    _, png, _ = _stored()
    view = SignatureViewer()
    qtbot.addWidget(view)  # type: ignore[attr-defined]
    view.resize(300, 120)
    assert not view.replay()  # nothing shown yet
    view.set_signature("garbage", png, intact=False)
    assert not view.replay()
    assert view.replay_button is not None and not view.replay_button.isEnabled()
    view.show()
    qtbot.waitExposed(view)  # type: ignore[attr-defined]
    assert dark_pixels(view.grab().toImage()) > 300  # the image is still shown, with a warning
    view.clear()
    assert view.duration_ms == 0


def test_canvas_size_is_the_capture_area(qtbot: object) -> None:
    canvas = SignatureCanvas()
    qtbot.addWidget(canvas)  # type: ignore[attr-defined]
    canvas.resize(400, 150)
    canvas.show()
    qtbot.waitExposed(canvas)  # type: ignore[attr-defined]
    pen_stroke(canvas, [(10 + i * 20, 20 + i * 5, 0.5) for i in range(15)], start_ms=5)
    # the canvas grows mid-signature: earlier and later points share the first area
    canvas.resize(800, 300)
    pen_stroke(canvas, [(20 + i * 40, 250, 0.5) for i in range(10)], start_ms=500)
    capture = canvas.raw_capture()
    assert (capture.width, capture.height) == (400, 150)
    assert capture.strokes[1][0][1:3] == (10.0, 125.0)
    assert all(0 <= x <= 400 and 0 <= y <= 150 for s in capture.strokes for _, x, y, _ in s)

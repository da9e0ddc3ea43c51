"""The signature-pad driver interface, exercised with the simulated pad (the one fake allowed)."""

from __future__ import annotations

import math
import threading

import pytest

from mileo_desk.devices.pen import (
    PadButton,
    PadCapabilities,
    PadError,
    PenSample,
    SignaturePadDriver,
    SimulatedPad,
    StrokeRecorder,
)
from mileo_desk.domain.signature import validate


def wavy(n: int = 30, *, t0: int = 0) -> list[tuple[float, float, float, int]]:
    return [(1000 + i * 250.0, 3000 + 1500 * math.sin(i / 3), 0.4 + i / 100, t0 + i * 5) for i in range(n)]


def test_capture_gives_a_valid_signature_for_the_core() -> None:
    pad = SimulatedPad()
    assert isinstance(pad, SignaturePadDriver) and pad.available().ok
    pad.open()
    caps = pad.capabilities()
    assert caps.has_screen and PadButton.OK in caps.buttons
    pad.render_prompt("Signez ci-dessous", details=("Remise de la clé K-1234", "Thomas Éclair"))
    recorder = StrokeRecorder()
    pad.start_capture(recorder)
    pad.draw(wavy())
    pad.draw(wavy(20, t0=400))
    pad.press(PadButton.OK)
    assert recorder.finished.wait(2)
    pad.stop_capture()
    pad.close()
    assert recorder.outcome is PadButton.OK and recorder.error_fr is None
    assert [len(s) for s in recorder.strokes] == [30, 20]
    capture = recorder.to_capture(caps)
    validate(capture, who="le technicien")  # the core accepts it
    assert capture.device == "pad" and capture.width == 400 and capture.height == 150
    xs = [p[1] for stroke in capture.strokes for p in stroke]
    ys = [p[2] for stroke in capture.strokes for p in stroke]
    assert min(xs) >= 0 and max(xs) <= 400
    assert min(ys) >= 0 and max(ys) <= 150
    assert pad.screen_log == ["Signez ci-dessous | Remise de la clé K-1234 | Thomas Éclair"]


def test_clear_cancel_and_unplug() -> None:
    pad = SimulatedPad()
    pad.open()
    recorder = StrokeRecorder()
    pad.start_capture(recorder)
    pad.draw(wavy())
    pad.press(PadButton.CLEAR)
    pad.clear()
    pad.draw(wavy(12))
    pad.wait_delivered()
    assert [len(s) for s in recorder.strokes] == [12]
    pad.press(PadButton.CANCEL)
    assert recorder.finished.wait(2) and recorder.outcome is PadButton.CANCEL
    broken = StrokeRecorder()
    pad.start_capture(broken)
    pad.unplug()
    assert broken.finished.wait(2) and broken.error_fr == "Tablette de signature débranchée."
    pad.close()
    assert pad.screen_log == ["<effacé>"]


def test_lifted_pen_samples_split_strokes_and_callbacks_come_from_the_pad_thread() -> None:
    threads: set[str] = set()

    class Spy(StrokeRecorder):
        def on_sample(self, sample: PenSample) -> None:
            threads.add(threading.current_thread().name)
            super().on_sample(sample)

    pad = SimulatedPad(PadCapabilities("Wacom", "STU-540", 9600, 6000, 1024, 200, (800, 480)))
    pad.open()
    spy = Spy()
    pad.start_capture(spy)
    pad.draw([(10, 10, 0.5, 0), (20, 20, 0.5, 5), (30, 30, 0.0, 10), (40, 40, 0.6, 15), (50, 50, 0.6, 20)])
    pad.wait_delivered()
    assert [len(s) for s in spy.strokes] == [2, 2]
    assert threads == {"mileo-pad-simulated"}
    pad.close()


def test_a_closed_pad_refuses_to_work() -> None:
    pad = SimulatedPad()
    with pytest.raises(PadError) as info:
        pad.capabilities()
    assert "n'est pas ouverte" in info.value.reason_fr
    with pytest.raises(PadError):
        pad.start_capture(StrokeRecorder())

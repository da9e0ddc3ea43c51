"""Signature pads with a vendor SDK (Wacom STU, signotec, Topaz, StepOver): the driver interface.

Pen displays and tablets that present themselves as HID digitizers need no driver here:
Qt delivers their ``QTabletEvent``s to the capture widget (GUI team). Dedicated LCD pads
speak vendor protocols through vendor SDKs; this module defines what such an SDK driver
implements, so that one can be plugged in without touching the rest of the app:

- :class:`SignaturePadDriver` — the ABC a vendor driver implements: ``open`` / ``close``,
  :meth:`~SignaturePadDriver.capabilities`, :meth:`~SignaturePadDriver.start_capture`
  with a :class:`PadHandler`, :meth:`~SignaturePadDriver.render_prompt` (text on the
  pad's screen), :meth:`~SignaturePadDriver.clear`;
- :class:`PadHandler` — the GUI-neutral interface a driver calls back (STYLE habit 6):
  every pen sample as a :class:`PenSample` ``(x, y, pressure, t_ms)``, pen lifts,
  button presses, errors with a French reason. Drivers call it **on their own thread**
  (SDK callback threads); the Qt bridge re-emits to the GUI thread;
- :class:`StrokeRecorder` — a ready-made handler that groups samples into strokes and
  hands them over as the core's :class:`~mileo_desk.domain.signature.SignatureCapture`
  (``device="pad"``, coordinates scaled to the capture area, pressure in [0, 1]).

:class:`SimulatedPad` is **the one fake of this package**: no vendor SDK can run on a
build machine, so it stands in for one in tests and in the developer menu. It
implements the whole interface and delivers its callbacks on its own thread, like an
SDK would.

No Qt here (the device layer is GUI-neutral).
"""

from __future__ import annotations

import enum
import functools
import queue
import threading
from abc import ABC, abstractmethod
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, ClassVar, Protocol

from . import messages as msg
from .base import GateResult

if TYPE_CHECKING:
    from ..domain.signature import SignatureCapture


class PadButton(enum.StrEnum):
    """Buttons a pad offers (hardware keys or touch areas drawn on its screen)."""

    OK = "ok"
    CLEAR = "clear"
    CANCEL = "cancel"


@dataclass(frozen=True)
class PenSample:
    """One pen sample in pad coordinates.

    ``x``, ``y`` in the pad's sensor units (0 ≤ x < ``width``), ``pressure`` normalised
    to [0, 1] by the driver (0 = hovering / lifted), ``t_ms`` milliseconds since
    :meth:`SignaturePadDriver.start_capture`.
    """

    x: float
    y: float
    pressure: float
    t_ms: int


@dataclass(frozen=True)
class PadCapabilities:
    """What a pad can do."""

    vendor: str
    model: str
    width: int  #: sensor width, in the units of PenSample.x
    height: int  #: sensor height, in the units of PenSample.y
    pressure_levels: int
    sample_rate_hz: int
    screen: tuple[int, int] | None = None  #: LCD size in pixels, None without a screen
    buttons: tuple[PadButton, ...] = (PadButton.OK, PadButton.CLEAR, PadButton.CANCEL)

    @property
    def has_screen(self) -> bool:
        """True if :meth:`SignaturePadDriver.render_prompt` shows something."""
        return self.screen is not None


class PadError(Exception):
    """A pad failed (unplugged, SDK error); ``reason_fr`` says it in French."""

    def __init__(self, reason_fr: str) -> None:
        super().__init__(reason_fr)
        self.reason_fr = reason_fr


class PadHandler(Protocol):
    """What a pad driver needs from the application, called on the driver's thread."""

    def on_sample(self, sample: PenSample) -> None:
        """A pen sample (pressure > 0 while the pen touches)."""

    def on_pen_up(self) -> None:
        """The pen left the surface: the current stroke ends."""

    def on_button(self, button: PadButton) -> None:
        """A pad button was pressed (OK: validate, CLEAR: start again, CANCEL: abandon)."""

    def on_error(self, reason_fr: str) -> None:
        """The pad failed during the capture (unplugged…), with a French reason."""


class SignaturePadDriver(ABC):
    """The interface a vendor SDK driver implements (see the module docstring).

    Lifecycle: :meth:`available` (class method: is the SDK installed?) → :meth:`open`
    → :meth:`capabilities` / :meth:`render_prompt` → :meth:`start_capture` (callbacks
    flow) → :meth:`stop_capture` → :meth:`close`. Methods other than the callbacks are
    called from one application thread (the pad's worker), never concurrently.
    """

    vendor: ClassVar[str] = "?"

    @classmethod
    @abstractmethod
    def available(cls) -> GateResult:
        """Whether the vendor SDK can be loaded here, with a French reason if not."""

    @abstractmethod
    def open(self) -> None:
        """Connect to the pad. Raises :class:`PadError` (e.g. no pad plugged in)."""

    @abstractmethod
    def close(self) -> None:
        """Release the pad (idempotent)."""

    @abstractmethod
    def capabilities(self) -> PadCapabilities:
        """What the open pad can do."""

    @abstractmethod
    def render_prompt(self, text: str, *, details: Sequence[str] = ()) -> None:
        """Show *text* (e.g. « Signez ci-dessous ») and detail lines on the pad's screen."""

    @abstractmethod
    def clear(self) -> None:
        """Erase the ink shown on the pad's screen (after CLEAR)."""

    @abstractmethod
    def start_capture(self, handler: PadHandler) -> None:
        """Start sending samples and button presses to *handler* (on the driver's thread)."""

    @abstractmethod
    def stop_capture(self) -> None:
        """Stop the callbacks; returns once no more callback will come."""


class StrokeRecorder:
    """A :class:`PadHandler` that records strokes and the outcome of a capture.

    Thread-safe: the driver's thread records, the application's thread reads.
    ``finished`` is set when OK, CANCEL or an error ended the capture.
    """

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._strokes: list[list[PenSample]] = []
        self._current: list[PenSample] = []
        self.outcome: PadButton | None = None
        self.error_fr: str | None = None
        self.finished = threading.Event()

    # -- PadHandler

    def on_sample(self, sample: PenSample) -> None:
        """Record a sample (a lifted pen's sample ends the stroke)."""
        with self._lock:
            if sample.pressure <= 0:
                self._end_stroke()
            else:
                self._current.append(sample)

    def on_pen_up(self) -> None:
        """End the current stroke."""
        with self._lock:
            self._end_stroke()

    def on_button(self, button: PadButton) -> None:
        """CLEAR forgets the ink; OK and CANCEL end the capture."""
        with self._lock:
            if button is PadButton.CLEAR:
                self._strokes.clear()
                self._current = []
                return
            self._end_stroke()
            self.outcome = button
        self.finished.set()

    def on_error(self, reason_fr: str) -> None:
        """Record the error and end the capture."""
        with self._lock:
            self.error_fr = reason_fr
        self.finished.set()

    def _end_stroke(self) -> None:
        if self._current:
            self._strokes.append(self._current)
            self._current = []

    # -- reading

    @property
    def strokes(self) -> tuple[tuple[PenSample, ...], ...]:
        """The finished strokes (and the one in progress)."""
        with self._lock:
            done = [tuple(s) for s in self._strokes]
            if self._current:
                done.append(tuple(self._current))
            return tuple(done)

    def to_capture(self, caps: PadCapabilities, *, width: int = 400, height: int = 150) -> SignatureCapture:
        """The strokes as the core's ``SignatureCapture`` (``device="pad"``).

        Pad coordinates are scaled to a *width* × *height* capture area (aspect kept,
        centred), times are those of the pad.
        """
        from ..domain.signature import SignatureCapture

        scale = min(width / caps.width, height / caps.height)
        dx = (width - caps.width * scale) / 2
        dy = (height - caps.height * scale) / 2
        strokes = tuple(
            tuple(
                (s.t_ms, round(dx + s.x * scale, 1), round(dy + s.y * scale, 1), round(min(1.0, s.pressure), 3))
                for s in stroke
            )
            for stroke in self.strokes
        )
        return SignatureCapture(width=width, height=height, strokes=strokes, device="pad")


class SimulatedPad(SignaturePadDriver):
    """The simulated pad — the one fake of the device layer (no vendor SDK runs here).

    Tests and the developer menu drive it with :meth:`draw`, :meth:`press` and
    :meth:`unplug`; callbacks reach the handler on the ``mileo-pad-simulated`` thread.
    ``screen_log`` records what :meth:`render_prompt` / :meth:`clear` showed.
    """

    vendor = "Mileo (simulation)"

    def __init__(self, caps: PadCapabilities | None = None) -> None:
        self.caps = caps or PadCapabilities(
            vendor=self.vendor,
            model="Pad simulé",
            width=9600,
            height=6000,
            pressure_levels=1024,
            sample_rate_hz=200,
            screen=(800, 480),
        )
        self.screen_log: list[str] = []
        self._open = False
        self._handler: PadHandler | None = None
        self._queue: queue.SimpleQueue[Callable[[], None] | None] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None

    @classmethod
    def available(cls) -> GateResult:
        """Always available."""
        return GateResult(True, "1")

    def open(self) -> None:
        """Open the simulated pad."""
        self._open = True

    def close(self) -> None:
        """Close it (stops a capture in progress)."""
        self.stop_capture()
        self._open = False

    def capabilities(self) -> PadCapabilities:
        """The simulated pad's capabilities."""
        self._require_open()
        return self.caps

    def render_prompt(self, text: str, *, details: Sequence[str] = ()) -> None:
        """Record the prompt as if shown on the screen."""
        self._require_open()
        self.screen_log.append(" | ".join([text, *details]))

    def clear(self) -> None:
        """Record a screen clear."""
        self._require_open()
        self.screen_log.append("<effacé>")

    def start_capture(self, handler: PadHandler) -> None:
        """Start delivering what :meth:`draw` / :meth:`press` simulate to *handler*."""
        self._require_open()
        self.stop_capture()
        self._handler = handler
        self._thread = threading.Thread(target=self._deliver, name="mileo-pad-simulated", daemon=True)
        self._thread.start()

    def stop_capture(self) -> None:
        """Stop the deliveries (waits for the callback thread)."""
        thread, self._thread = self._thread, None
        if thread is not None:
            self._queue.put(None)
            thread.join(2.0)
        self._handler = None

    # -- simulation controls (any thread)

    def draw(self, points: Sequence[tuple[float, float, float, int]]) -> None:
        """Draw one stroke of ``(x, y, pressure, t_ms)`` samples, then lift the pen."""
        for x, y, p, t in points:
            self._queue.put(functools.partial(self._sample, PenSample(x, y, p, t)))
        self._queue.put(lambda: self._call(lambda h: h.on_pen_up()))

    def press(self, button: PadButton) -> None:
        """Press a pad button."""
        self._queue.put(lambda: self._call(lambda h: h.on_button(button)))

    def unplug(self) -> None:
        """Simulate the pad being unplugged during a capture."""
        self._queue.put(lambda: self._call(lambda h: h.on_error(msg.PAD_UNPLUGGED)))

    def wait_delivered(self, timeout: float = 2.0) -> None:
        """Wait until everything simulated so far reached the handler."""
        done = threading.Event()
        self._queue.put(done.set)
        if not done.wait(timeout):
            raise TimeoutError("simulated pad did not deliver in time")

    def _sample(self, sample: PenSample) -> None:
        handler = self._handler
        if handler is not None:
            handler.on_sample(sample)

    def _call(self, fn: Callable[[PadHandler], None]) -> None:
        handler = self._handler
        if handler is not None:
            fn(handler)

    def _deliver(self) -> None:
        while True:
            item = self._queue.get()
            if item is None:
                return
            item()

    def _require_open(self) -> None:
        if not self._open:
            raise PadError(msg.PAD_NOT_OPEN)

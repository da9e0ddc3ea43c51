"""Synthetic handwriting for the demo: plausible signatures (a hand per person, a little
different each time) and the one-page PDF standing for a scanned mandate."""

from __future__ import annotations

import math
import random
import zlib
from dataclasses import replace
from typing import TYPE_CHECKING

from ..domain.signature import SignatureCapture, render_png

if TYPE_CHECKING:
    pass


def handwriting(style_seed: int, variant: int = 0, *, width: int = 400, height: int = 150,
                device: str = "pad") -> SignatureCapture:
    """A plausible handwritten signature: a capital, a cursive word, an underline flourish.

    *style_seed* fixes the hand (proportions, slant, number of letters), *variant* the
    small differences between two signatures of the same person. The cursive word is a
    looped trochoid whose height and slant wander like a hand's; pressure swells in the
    middle of each stroke; points come every 7–9 ms.
    """
    style = random.Random(style_seed)
    jitter = random.Random(style_seed * 7919 + variant)

    def param(low: float, high: float) -> float:
        return style.uniform(low, high) * (1 + jitter.uniform(-0.04, 0.04))

    strokes: list[tuple[tuple[int, float, float, float], ...]] = []
    t = 0
    slant = param(0.15, 0.45)
    base = height * param(0.58, 0.64)

    def clamp(x: float, y: float) -> tuple[float, float]:
        return min(max(x, 2.0), width - 2.0), min(max(y, 2.0), height - 2.0)

    def emit(points: list[tuple[float, float]]) -> None:
        nonlocal t
        out = []
        n = len(points)
        for i, (x, y) in enumerate(points):
            u = i / max(1, n - 1)
            p = 0.35 + 0.45 * math.sin(math.pi * u) + jitter.uniform(-0.05, 0.05)
            cx, cy = clamp(x + jitter.uniform(-0.6, 0.6), y + jitter.uniform(-0.6, 0.6))
            out.append((t, round(cx, 1), round(cy, 1), round(min(max(p, 0.05), 1.0), 3)))
            t += jitter.randint(7, 9)
        strokes.append(tuple(out))
        t += jitter.randint(120, 320)

    # the capital: a tall loop opening to the right
    x0 = width * param(0.06, 0.12)
    cap_h = height * param(0.42, 0.55)
    cap_w = cap_h * param(0.35, 0.6)
    cap = []
    for i in range(28):
        a = -math.pi / 2 + 2.1 * math.pi * i / 27
        r = 1.0 - 0.25 * i / 27
        x = x0 + cap_w * (0.5 + 0.5 * math.cos(a)) * r
        y = base - cap_h * (0.5 - 0.5 * math.sin(a)) * r
        cap.append((x + slant * (base - y), y))
    emit(cap)

    # the word: loops of varying height, drifting up or down a little
    letters = style.randint(5, 8)
    start = x0 + cap_w * 0.9
    length = width * param(0.5, 0.62)
    a = length / (2 * math.pi * letters)
    b = a * param(1.25, 1.75)
    drift = style.uniform(-0.08, 0.08)
    phase = param(0.1, math.pi)
    word = []
    steps = letters * 13
    for i in range(steps + 1):
        s = 2 * math.pi * letters * i / steps
        amp = 1.0 + 0.45 * math.sin(s / 3.1 + phase) + jitter.uniform(-0.05, 0.05)
        x = start + a * s + b * math.sin(s)
        y = base - drift * a * s - b * amp * (1 - math.cos(s)) * 0.9
        word.append((x + slant * (base - y), y))
    emit(word)

    # the flourish: a long underline with a hook
    if style.random() < 0.8:
        fx0 = x0 + param(1, 15)
        fx1 = start + length * param(0.9, 1.05)
        under = base + height * param(0.1, 0.18)
        flourish = []
        for i in range(25):
            u = i / 24
            flourish.append((fx0 + (fx1 - fx0) * u, under + 8 * math.sin(math.pi * u) - 14 * u * u))
        emit(flourish)
    return SignatureCapture(width=width, height=height, strokes=tuple(strokes), device=device)


class SignatureBook:
    """Signatures of the demo's people: a style per person, a couple of variants each,
    rendered once (rendering is the slow part)."""

    def __init__(self, seed: int, *, variants: int = 2) -> None:
        self.seed = seed
        self.variants = variants
        self._cache: dict[tuple[str, int], SignatureCapture] = {}
        self._uses: dict[str, int] = {}

    def sign(self, who: str) -> SignatureCapture:
        """The next variant of *who*'s signature, with its PNG."""
        n = self._uses.get(who, 0)
        self._uses[who] = n + 1
        key = (who, n % self.variants)
        capture = self._cache.get(key)
        if capture is None:
            # the same hand for a person, a little different from one signature to the next
            person_seed = zlib.crc32(who.encode("utf-8")) ^ self.seed
            device = ("pad", "pad", "pen", "touch")[person_seed % 4]
            capture = handwriting(person_seed, key[1], device=device)
            capture = replace(capture, png=render_png(capture))
            self._cache[key] = capture
        return capture


def mandate_pdf(lines: list[str]) -> bytes:
    """A one-page PDF standing for the client's scanned mandate (ASCII text)."""
    text = "BT /F1 12 Tf 60 770 Td 16 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines
    ) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("ascii", "replace") + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)

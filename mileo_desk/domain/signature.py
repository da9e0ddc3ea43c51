"""Handwritten signatures: vector strokes (t, x, y, pressure) and a rendered PNG.

Storage format (documented in the README, "Signature format"): the vectors are kept as
canonical JSON ``{"format": "mileo-signature/1", "width": W, "height": H, "device":
"pen"|"touch"|"mouse"|"pad", "strokes": [[[t_ms, x, y, p], …], …]}`` with x, y in pixels
of the capture area (one decimal), p the pressure in [0, 1] (three decimals; 0.5 when the
device has none) and t_ms the milliseconds since the capture started. The PNG is the
image shown to people. The signature's digest is SHA-256 over the canonical JSON, a NUL
byte and the PNG bytes; the digest is part of the movement's hashed content, which binds
the signature to the tamper-evident history (SPEC §1).
"""

from __future__ import annotations

import hashlib
import itertools
import json
import math
import struct
import zlib
from dataclasses import dataclass, field

from .errors import ValidationError

FORMAT = "mileo-signature/1"
DEVICES = frozenset({"pen", "touch", "mouse", "pad"})
MIN_POINTS = 10
MIN_PATH = 40.0  # pixels of ink: a dot or a tick is not a signature
MAX_POINTS = 20_000
MAX_STROKES = 300
MAX_PNG_BYTES = 2_000_000
PNG_MAGIC = b"\x89PNG\r\n\x1a\n"

Point = tuple[int, float, float, float]


@dataclass(frozen=True)
class SignatureCapture:
    """What a capture widget or a pad hands over: strokes, capture size, optional PNG."""

    width: int
    height: int
    strokes: tuple[tuple[Point, ...], ...]
    device: str = "mouse"
    png: bytes | None = field(default=None, repr=False)

    @property
    def point_count(self) -> int:
        return sum(len(s) for s in self.strokes)

    def ink_length(self) -> float:
        """Total length of the drawn path, in capture pixels."""
        total = 0.0
        for stroke in self.strokes:
            for (_, x0, y0, _), (_, x1, y1, _) in itertools.pairwise(stroke):
                total += math.hypot(x1 - x0, y1 - y0)
        return total


def _refusal(template: str, who: str) -> ValidationError:
    return ValidationError(template, field="signature", params={"who": who})


def validate(capture: SignatureCapture, *, who: str) -> None:
    """Refuse an empty, one-dot or trivial signature and malformed vectors (SPEC §2)."""
    if capture.device not in DEVICES:
        raise _refusal("Signature {who:de} : périphérique inconnu.", who)
    if not (10 <= capture.width <= 5000 and 10 <= capture.height <= 5000):
        raise _refusal("Signature {who:de} : dimensions invalides.", who)
    if not capture.strokes or capture.point_count == 0:
        raise _refusal("La signature {who:de} est vide.", who)
    if capture.point_count > MAX_POINTS or len(capture.strokes) > MAX_STROKES:
        raise _refusal("Signature {who:de} : trop de points.", who)
    # a pen lifted just past the edge still draws there: 10 % beyond the area is tolerated,
    # anything further is a forged or corrupted capture
    margin = 0.1
    for stroke in capture.strokes:
        last_t = -1
        for t, x, y, p in stroke:
            if not all(math.isfinite(v) for v in (x, y, p)):
                raise _refusal("Signature {who:de} : point invalide.", who)
            if not (0.0 <= p <= 1.0):
                raise _refusal("Signature {who:de} : pression hors limites.", who)
            if not (-margin * capture.width <= x <= (1 + margin) * capture.width) or not (
                -margin * capture.height <= y <= (1 + margin) * capture.height
            ):
                raise ValidationError(
                    "Signature {who:de} : point hors de la zone de signature.", field="signature", params={"who": who}
                )
            if t < last_t:
                raise _refusal("Signature {who:de} : horodatage incohérent.", who)
            last_t = t
    # a signature is refused as trivial on any of three counts: too few points (a tap), too
    # little ink (a tick) or too small an extent (a scribble in one spot)
    xs = [pt[1] for s in capture.strokes for pt in s]
    ys = [pt[2] for s in capture.strokes for pt in s]
    extent = max(max(xs) - min(xs), max(ys) - min(ys))
    if capture.point_count < MIN_POINTS or capture.ink_length() < MIN_PATH or extent < 15:
        raise ValidationError(
            "La signature {who:de} est trop courte (un point ou un trait) : signez à nouveau.",
            field="signature", params={"who": who},
        )
    if capture.png is not None:
        if len(capture.png) > MAX_PNG_BYTES:
            raise _refusal("Signature {who:de} : image trop lourde.", who)
        if not capture.png.startswith(PNG_MAGIC):
            raise _refusal("Signature {who:de} : l'image n'est pas un PNG.", who)


def vectors_json(capture: SignatureCapture) -> str:
    """The canonical JSON of the vectors (sorted keys, rounded values, no spaces)."""
    strokes = [
        [[int(t), round(float(x), 1), round(float(y), 1), round(float(p), 3)] for t, x, y, p in s]
        for s in capture.strokes
    ]
    doc = {
        "format": FORMAT,
        "width": capture.width,
        "height": capture.height,
        "device": capture.device,
        "strokes": strokes,
    }
    return json.dumps(doc, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def parse_vectors(text: str, *, png: bytes | None = None) -> SignatureCapture:
    """Read the canonical JSON (or a file in that format) back into a capture."""
    try:
        doc = json.loads(text)
        if doc.get("format") != FORMAT:
            raise ValueError("format")
        strokes = tuple(
            tuple((int(pt[0]), float(pt[1]), float(pt[2]), float(pt[3])) for pt in stroke)
            for stroke in doc["strokes"]
        )
        return SignatureCapture(
            width=int(doc["width"]),
            height=int(doc["height"]),
            strokes=strokes,
            device=str(doc.get("device", "mouse")),
            png=png,
        )
    except (ValueError, KeyError, TypeError, IndexError, AttributeError):
        raise ValidationError(
            "Fichier de signature illisible (format attendu : {format}).", field="signature",
            params={"format": FORMAT},
        ) from None


def digest(vectors: str, png: bytes) -> str:
    """SHA-256 hex digest binding the vectors and the image."""
    h = hashlib.sha256(vectors.encode("utf-8"))
    h.update(b"\x00")
    h.update(png)
    return h.hexdigest()


def render_png(capture: SignatureCapture, *, scale: float = 1.0) -> bytes:
    """Render the strokes as a grey-scale PNG (pure Python; used where no Qt runs, e.g. CLI).

    Ink width follows the pressure (1 to 3 pixels).
    """
    w = max(1, int(capture.width * scale))
    h = max(1, int(capture.height * scale))
    pixels = bytearray(b"\xff" * (w * h))

    def dab(cx: float, cy: float, radius: float) -> None:
        r = math.ceil(radius)
        ix, iy = round(cx), round(cy)
        r2 = radius * radius
        for yy in range(max(0, iy - r), min(h, iy + r + 1)):
            row = yy * w
            dy = (yy - cy) ** 2
            for xx in range(max(0, ix - r), min(w, ix + r + 1)):
                if (xx - cx) ** 2 + dy <= r2 + 0.25:
                    pixels[row + xx] = 0x10

    for stroke in capture.strokes:
        pts = [(x * scale, y * scale, 0.6 + 1.0 * p) for _, x, y, p in stroke]
        if len(pts) == 1:
            dab(*pts[0])
        for (x0, y0, r0), (x1, y1, r1) in itertools.pairwise(pts):
            steps = max(1, int(math.hypot(x1 - x0, y1 - y0) * 2))
            for i in range(steps + 1):
                f = i / steps
                dab(x0 + (x1 - x0) * f, y0 + (y1 - y0) * f, r0 + (r1 - r0) * f)

    raw = b"".join(b"\x00" + bytes(pixels[y * w : (y + 1) * w]) for y in range(h))

    def chunk(tag: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + tag + data + struct.pack(">I", zlib.crc32(tag + data))

    ihdr = struct.pack(">IIBBBBB", w, h, 8, 0, 0, 0, 0)
    return PNG_MAGIC + chunk(b"IHDR", ihdr) + chunk(b"IDAT", zlib.compress(raw, 6)) + chunk(b"IEND", b"")

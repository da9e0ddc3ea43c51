"""Shared PDF plumbing: fonts that cover French, page template, fingerprint footer."""

from __future__ import annotations

import functools
import hashlib
import io
import json
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import reportlab
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, SimpleDocTemplate

# ReportLab's 14 standard fonts are not embedded and their Latin-1 encoding loses « € »,
# « œ » and typographic quotes; an embedded TrueType font keeps every French character
FONT = "MileoSans"
FONT_BOLD = "MileoSans-Bold"

COMPANY = "Mileo Technology — 47 boulevard de Courcelles, 75008 Paris"


@functools.cache
def register_fonts() -> None:
    """Bitstream Vera ships with ReportLab and covers French accents and € (once per process)."""
    fonts = Path(reportlab.__file__).parent / "fonts"
    pdfmetrics.registerFont(TTFont(FONT, str(fonts / "Vera.ttf")))
    pdfmetrics.registerFont(TTFont(FONT_BOLD, str(fonts / "VeraBd.ttf")))


def styles() -> dict[str, ParagraphStyle]:
    register_fonts()
    body = ParagraphStyle("body", fontName=FONT, fontSize=9.5, leading=13, alignment=TA_LEFT)
    return {
        "title": ParagraphStyle("title", parent=body, fontName=FONT_BOLD, fontSize=16, leading=20, spaceAfter=4),
        "subtitle": ParagraphStyle("subtitle", parent=body, fontSize=10, textColor=colors.HexColor("#555555")),
        "h2": ParagraphStyle("h2", parent=body, fontName=FONT_BOLD, fontSize=11, leading=15, spaceBefore=8,
                             spaceAfter=3),
        "body": body,
        "small": ParagraphStyle("small", parent=body, fontSize=7.5, leading=10, textColor=colors.HexColor("#444444")),
        "cell": ParagraphStyle("cell", parent=body, fontSize=9, leading=11.5),
        "cellb": ParagraphStyle("cellb", parent=body, fontName=FONT_BOLD, fontSize=9, leading=11.5),
    }


def fingerprint(content: Any) -> str:
    """SHA-256 of the canonical JSON of what the document states."""
    # canonical form: sorted keys, no spaces, UTF-8 as is, so that anyone holding the stated
    # content (not the PDF bytes, which carry a creation date) recomputes the same digest
    data = json.dumps(content, sort_keys=True, separators=(",", ":"), ensure_ascii=False, default=str)
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


@dataclass(frozen=True)
class PdfDocument:
    """A generated report: its bytes, its fingerprint and a suggested file name."""

    filename: str
    pdf: bytes
    fingerprint: str


def build(story: list[Flowable], *, title: str, footer: str, digest: str) -> bytes:
    """Lay out *story* on A4 with a footer carrying the document fingerprint and page number."""
    register_fonts()
    buf = io.BytesIO()
    doc = SimpleDocTemplate(
        buf, pagesize=A4, leftMargin=18 * mm, rightMargin=18 * mm, topMargin=16 * mm, bottomMargin=22 * mm,
        title=title, author="Mileo Desk", subject=f"Empreinte {digest}",
    )

    # the fingerprint sits on every page: a single page torn out of a printed report still
    # names the document it belongs to
    def on_page(canvas: Canvas, document: Any) -> None:
        canvas.saveState()
        canvas.setFont(FONT, 7)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(18 * mm, 12 * mm, footer)
        canvas.drawString(18 * mm, 8.5 * mm, f"Empreinte du document (SHA-256) : {digest}")
        canvas.drawRightString(A4[0] - 18 * mm, 12 * mm, f"Page {document.page}")
        canvas.restoreState()

    page_cb: Callable[[Canvas, Any], None] = on_page  # typed once: ReportLab's stubs take Any
    doc.build(story, onFirstPage=page_cb, onLaterPages=page_cb)
    return buf.getvalue()

"""The preview of a handover receipt (« Bon de remise », « Bon de retour »: the domain's title
for the movement), to save as PDF or print (SPEC §2, §7).

« Enregistrer en PDF » writes the document's own bytes (its text, its fingerprint, its
attached data); « Imprimer… » renders each page at :data:`PRINT_DPI` into the printer's page,
its proportions kept — a printer driver, or a PDF printer, gets a page of a few hundred
kilobytes rather than a bitmap at the printer's full resolution.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QWidget,
)

from ...domain.enums import MovementKind
from ..models.labels import receipt_title

if TYPE_CHECKING:
    from PySide6.QtPdf import QPdfDocument
    from PySide6.QtPrintSupport import QPrinter

#: the resolution pages are rendered at for printing (text stays sharp, a page stays light)
PRINT_DPI = 300


def print_pdf(pdf: QPdfDocument, printer: QPrinter, *, dpi: int = PRINT_DPI) -> None:
    """Print every page of *pdf* on *printer*: rendered at *dpi* (never above the printer's
    own resolution), scaled into the printer's page rectangle with its aspect ratio kept and
    centred in it."""
    from PySide6.QtGui import QImage, QPainter
    from PySide6.QtPrintSupport import QPrinter

    painter = QPainter()
    if not painter.begin(printer):
        return
    try:
        page_rect = printer.pageRect(QPrinter.Unit.DevicePixel)
        target_area = QRectF(0, 0, page_rect.width(), page_rect.height())
        device_dpi = max(1, printer.resolution())
        for page in range(pdf.pageCount()):
            if page:
                printer.newPage()
            points = pdf.pagePointSize(page)  # 1/72 inch
            if points.width() <= 0 or points.height() <= 0:
                continue
            scale = min(target_area.width() / points.width(), target_area.height() / points.height())
            width, height = points.width() * scale, points.height() * scale
            target = QRectF(target_area.x() + (target_area.width() - width) / 2,
                            target_area.y() + (target_area.height() - height) / 2, width, height)
            # the pixels of the page at *dpi*, as many as the printer would use at most
            pixels = min(dpi, device_dpi) / 72
            size = QSize(max(1, round(points.width() * pixels)), max(1, round(points.height() * pixels)))
            image = pdf.render(page, size)
            # a rendered page is transparent where nothing is drawn: on white, without alpha,
            # it is stored once and small
            flat = QImage(image.size(), QImage.Format.Format_RGB888)
            flat.fill(Qt.GlobalColor.white)
            over = QPainter(flat)
            over.drawImage(0, 0, image)
            over.end()
            painter.drawImage(target, flat)
    finally:
        painter.end()


class ReceiptDialog(QDialog):
    """Preview of a movement's receipt, to save as PDF or print (SPEC §2, §7)."""

    def __init__(self, document: Any, kind: MovementKind, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

        super().__init__(parent)
        self.document = document
        self.kind = MovementKind(kind)
        self.resize(720, 860)
        layout = QVBoxLayout(self)
        # QtPdf (PySide6-Pdf, a dependency) is imported here: only a preview pays its start-up
        from PySide6.QtCore import QBuffer, QByteArray, QIODevice
        from PySide6.QtPdf import QPdfDocument
        from PySide6.QtPdfWidgets import QPdfView

        self._pdf = QPdfDocument(self)
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(document.pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self._pdf.load(self._buffer)
        view = QPdfView(self)
        view.setDocument(self._pdf)
        view.setPageMode(QPdfView.PageMode.MultiPage)
        view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        layout.addWidget(view)
        self._footer = QLabel(self)
        self._footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self._footer.setStyleSheet("color: #57606a;")
        layout.addWidget(self._footer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        self.save_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.print_button = buttons.addButton("", QDialogButtonBox.ButtonRole.ActionRole)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.print_button.clicked.connect(self._on_print_button_clicked)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self._retranslate()

    @property
    def title(self) -> str:
        """The document's title, as the PDF prints it (translated)."""
        return receipt_title(self.kind)

    @property
    def pdf(self) -> QPdfDocument:
        return self._pdf

    def _retranslate(self) -> None:
        self.setWindowTitle(f"{self.title} — {self.document.filename}")
        self._footer.setText(self.tr("Empreinte du document : %1").replace("%1", self.document.fingerprint))
        self.save_button.setText(self.tr("Enregistrer en PDF…"))
        self.print_button.setText(self.tr("Imprimer…"))

    def save_to(self, path: str) -> None:
        """Write the original document (its bytes as generated, signed data included)."""
        with open(path, "wb") as fh:
            fh.write(self.document.pdf)

    def _on_save_button_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer « %1 »").replace("%1", self.title),
                                              self.document.filename, self.tr("Documents PDF (*.pdf)"))
        if path:
            self.save_to(path)

    def _on_print_button_clicked(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setDocName(self.document.filename)
        if QPrintDialog(printer, self).exec() == QDialog.DialogCode.Accepted:
            print_pdf(self._pdf, printer)

    def changeEvent(self, event: Any) -> None:
        from PySide6.QtCore import QEvent

        if event.type() == QEvent.Type.LanguageChange:
            self._retranslate()
        super().changeEvent(event)

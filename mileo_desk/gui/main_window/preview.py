"""The preview of a handover receipt (bon de remise), to save as PDF or print (SPEC §2, §7).

QtPdf is optional: without it the dialog still saves the PDF and says the preview is absent.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QLabel,
    QWidget,
)


class ReceiptDialog(QDialog):
    """Preview of a handover receipt (bon de remise), to save as PDF or print (SPEC §2, §7)."""

    def __init__(self, document: Any, parent: QWidget | None = None) -> None:
        from PySide6.QtWidgets import QDialogButtonBox, QVBoxLayout

        super().__init__(parent)
        self.document = document
        self.setWindowTitle(self.tr("Bon de remise — %1").replace("%1", document.filename))
        self.resize(720, 860)
        layout = QVBoxLayout(self)
        self._pdf: Any = None
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
        footer = QLabel(self.tr("Empreinte du document : %1").replace("%1", document.fingerprint), self)
        footer.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        footer.setStyleSheet("color: #57606a;")
        layout.addWidget(footer)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        save = buttons.addButton(self.tr("Enregistrer en PDF…"), QDialogButtonBox.ButtonRole.ActionRole)
        printer = buttons.addButton(self.tr("Imprimer…"), QDialogButtonBox.ButtonRole.ActionRole)
        save.clicked.connect(self._on_save_clicked)
        printer.clicked.connect(self._on_print_clicked)
        printer.setEnabled(self._pdf is not None)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def _on_save_clicked(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        path, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le bon de remise"), self.document.filename,
                                              self.tr("Documents PDF (*.pdf)"))
        if path:
            with open(path, "wb") as fh:
                fh.write(self.document.pdf)

    def _on_print_clicked(self) -> None:
        from PySide6.QtGui import QPainter
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() != QDialog.DialogCode.Accepted or self._pdf is None:
            return
        painter = QPainter(printer)
        try:
            for page in range(self._pdf.pageCount()):
                if page:
                    printer.newPage()
                rect = painter.viewport()
                image = self._pdf.render(page, rect.size())
                painter.fillRect(rect, Qt.GlobalColor.white)
                painter.drawImage(rect, image)
        finally:
            painter.end()

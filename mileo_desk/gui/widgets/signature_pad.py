"""Handwritten signature capture (SPEC §2, README « Format des signatures »).

:class:`SignaturePad` records what a pen tablet or pen display (``QTabletEvent``: pressure
and timestamp), a touch screen (``QTouchEvent``) or a mouse draws, as vectors
``(t_ms, x, y, pressure)`` in the pixels of the capture area, and renders them as a PNG
(white background, anti-aliased ink whose width follows the pressure). It refuses an empty
or trivial signature with the domain's French message
(:func:`mileo_desk.domain.signature.validate`).

The pad is the frame a dialog places: who signs and what for, the buttons and the refusal.
The drawing surface and its input are in :mod:`.signature_canvas`, the ink and the PNG in
:mod:`.signature_ink`, and the read-only display of a stored signature in
:mod:`.signature_viewer`.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSizePolicy, QVBoxLayout, QWidget

from ...domain import signature as sig
from ...domain.errors import MileoError
from ..models.labels import error_text
from .signature_canvas import SignatureCanvas
from .signature_ink import image_png, render_signature_image


class SignaturePad(QWidget):
    """Who signs and for what, the drawing surface, and *Effacer* / *Annuler le trait* /
    *Rétablir* buttons.

    :meth:`capture` validates what was drawn (refusing an empty or trivial signature with
    the domain's French message, shown under the surface) and returns it with its PNG.
    """

    #: the drawing changed (stroke added, undone, redone, cleared)
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._who = ""
        self._error: str | None = None

        self.title_label = QLabel(self)
        self.title_label.setObjectName("signatureTitle")
        font = self.title_label.font()
        font.setBold(True)
        self.title_label.setFont(font)
        self.statement_label = QLabel(self)
        self.statement_label.setObjectName("signatureStatement")
        self.statement_label.setWordWrap(True)
        self.statement_label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.statement_label.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Minimum)

        self.canvas = SignatureCanvas(self)
        self.canvas.setObjectName("signatureCanvas")
        # a refusal that names the field "signature" focuses the pad: the surface takes it
        self.setFocusProxy(self.canvas)

        self.error_label = QLabel(self)
        self.error_label.setObjectName("signatureError")
        self.error_label.setWordWrap(True)
        self.error_label.setStyleSheet("color: #b00020;")
        self.error_label.setVisible(False)

        self.device_label = QLabel(self)
        self.device_label.setObjectName("signatureDevice")
        self.device_label.setStyleSheet("color: #5f6368;")
        self.undo_button = QPushButton(self.tr("Annuler le trait"), self)
        self.undo_button.setToolTip(self.tr("Retire le dernier trait (Ctrl+Z)"))
        self.redo_button = QPushButton(self.tr("Rétablir"), self)
        self.redo_button.setToolTip(self.tr("Remet le dernier trait retiré (Ctrl+Maj+Z)"))
        self.clear_button = QPushButton(self.tr("Effacer"), self)
        self.clear_button.setToolTip(self.tr("Efface la signature pour signer à nouveau"))
        # inside a dialog, Enter must press OK, never one of these
        for button in (self.undo_button, self.redo_button, self.clear_button):
            button.setAutoDefault(False)
            button.setDefault(False)

        title = QHBoxLayout()
        title.setContentsMargins(0, 0, 0, 0)
        title.addWidget(self.title_label, 1)
        title.addWidget(self.device_label)
        buttons = QHBoxLayout()
        buttons.setContentsMargins(0, 0, 0, 0)
        buttons.addStretch(1)
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.redo_button)
        buttons.addWidget(self.clear_button)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(title)
        layout.addWidget(self.statement_label)
        layout.addWidget(self.canvas, 1)
        layout.addWidget(self.error_label)
        layout.addLayout(buttons)

        self.setTabOrder(self.canvas, self.undo_button)
        self.setTabOrder(self.undo_button, self.redo_button)
        self.setTabOrder(self.redo_button, self.clear_button)

        self.undo_button.clicked.connect(self._on_undo_button_clicked)
        self.redo_button.clicked.connect(self._on_redo_button_clicked)
        self.clear_button.clicked.connect(self._on_clear_button_clicked)
        self.canvas.changed.connect(self._on_canvas_changed)
        self.canvas.stroke_started.connect(self._on_canvas_stroke_started)
        self.set_signer("", "")
        self._refresh()

    # -- public API -----------------------------------------------------------------

    def set_signer(self, name: str, statement: str) -> None:
        """Show who signs (*name*) and what the signature acknowledges (*statement*)."""
        self._who = name.strip()
        self.title_label.setText(
            self.tr("Signature de {name}").format(name=self._who) if self._who else self.tr("Signature")
        )
        self.title_label.setVisible(True)
        self.statement_label.setText(statement)
        self.statement_label.setVisible(bool(statement))
        self.canvas.setAccessibleName(
            self.tr("Zone de signature de {name}").format(name=self._who) if self._who else self.tr("Zone de signature")
        )

    @property
    def signer(self) -> str:
        return self._who

    def is_empty(self) -> bool:
        return self.canvas.is_empty()

    def clear(self) -> None:
        """Erase the signature (the person signs again)."""
        self.canvas.clear()
        self._set_error(None)
        self._refresh()

    def undo(self) -> bool:
        return self.canvas.undo()

    def redo(self) -> bool:
        return self.canvas.redo()

    def raw_capture(self) -> sig.SignatureCapture:
        """The strokes as drawn, not validated, without image."""
        return self.canvas.raw_capture()

    def validation_error(self) -> str | None:
        """Why what is drawn is not an acceptable signature (in the interface's language), or None."""
        try:
            sig.validate(self.raw_capture(), who=self._who or self.tr("la personne qui signe"))
        except MileoError as err:
            return error_text(err)
        return None

    def capture(self) -> sig.SignatureCapture | None:
        """The validated signature with its PNG, or None (the reason is then shown under the
        surface and kept in :attr:`error_message`)."""
        error = self.validation_error()
        self._set_error(error)
        if error is not None:
            return None
        raw = self.raw_capture()
        return replace(raw, png=image_png(render_signature_image(raw)))

    @property
    def error_message(self) -> str | None:
        """The refusal currently shown under the surface, if any."""
        return self._error

    def show_error(self, message: str | None) -> None:
        """Show a refusal about this signature (e.g. one raised by the services)."""
        self._set_error(message)

    def load(self, capture: sig.SignatureCapture) -> None:
        """Show a signature captured by another device (a vendor pad's SDK)."""
        self.canvas.load(capture)

    # -- internals ------------------------------------------------------------------

    def _set_error(self, message: str | None) -> None:
        self._error = message
        self.error_label.setText(message or "")
        self.error_label.setVisible(bool(message))

    def _refresh(self) -> None:
        self.undo_button.setEnabled(self.canvas.can_undo())
        self.redo_button.setEnabled(self.canvas.can_redo())
        self.clear_button.setEnabled(not self.canvas.is_empty() or self.canvas.can_redo())
        if self.canvas.is_empty():
            self.device_label.setText("")
        else:
            labels = {
                "pen": self.tr("Saisie au stylet (pression)"),
                "touch": self.tr("Saisie tactile"),
                "mouse": self.tr("Saisie à la souris"),
            }
            self.device_label.setText(labels.get(self.canvas.device, ""))

    def _on_canvas_changed(self) -> None:
        self._refresh()
        self.changed.emit()

    def _on_canvas_stroke_started(self) -> None:
        if self._error:
            self._set_error(None)

    # after a button, the focus goes back to the surface so that Ctrl+Z / Ctrl+Maj+Z still work

    def _on_undo_button_clicked(self) -> None:
        self.canvas.undo()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_redo_button_clicked(self) -> None:
        self.canvas.redo()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)

    def _on_clear_button_clicked(self) -> None:
        self.clear()
        self.canvas.setFocus(Qt.FocusReason.OtherFocusReason)


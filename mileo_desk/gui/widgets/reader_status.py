"""The readers in the status bar: one compact indicator per reader (a coloured dot and its
name, the French reason in the tooltip), a summary when there is none (SPEC §6: "a reader
unplugged … gives a clear status")."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPixmap
from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from ..devices_bridge import DeviceBridge, tr_devices

#: colour of each state (the same values as devices.protocols.DeviceState)
STATE_COLOURS = {
    "present": "#1a7f37",  # green
    "absent": "#8c959f",  # grey
    "error": "#cf222e",  # red
    "unusable": "#bf8700",  # amber
}
#: the worst state first (the summary shows the worst)
SEVERITY = ("error", "unusable", "absent", "present")


def dot(colour: str, size: int = 10) -> QPixmap:
    pixmap = QPixmap(size, size)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QColor(colour).darker(130))
    painter.setBrush(QColor(colour))
    painter.drawEllipse(QRectF(0.5, 0.5, size - 1, size - 1))
    painter.end()
    return pixmap


class _Indicator(QWidget):
    """A coloured dot and a short name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 0, 4, 0)
        layout.setSpacing(4)
        self.icon = QLabel(self)
        self.label = QLabel(self)
        layout.addWidget(self.icon)
        layout.addWidget(self.label)
        self.state = ""

    def set(self, state: str, text: str, tooltip: str) -> None:
        self.state = state
        self.icon.setPixmap(dot(STATE_COLOURS.get(state, "#8c959f")))
        self.label.setText(text)
        self.setToolTip(tooltip)
        self.setAccessibleName(tooltip)


class ReaderStatusWidget(QWidget):
    """Status-bar widget following a :class:`DeviceBridge`."""

    #: the user clicked the widget (the window opens the readers page)
    clicked = Signal()

    def __init__(self, bridge: DeviceBridge, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bridge = bridge
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self._layout.setSpacing(2)
        self.indicators: list[_Indicator] = []
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        bridge.status_changed.connect(self.refresh)
        bridge.disabled_changed.connect(self.refresh)
        self.refresh()

    # ------------------------------------------------------------------ content

    def state_label(self, state: str) -> str:
        labels = {
            "present": self.tr("présent"),
            "absent": self.tr("absent"),
            "error": self.tr("erreur"),
            "unusable": self.tr("reconnu mais inutilisable"),
        }
        return labels.get(state, state)

    def entries(self) -> list[tuple[str, str, str]]:
        """(state, text, tooltip) of each indicator shown (tests, accessibility)."""
        bridge = self.bridge
        if not bridge.available:
            return [("unusable", self.tr("Lecteurs non installés"),
                     self.tr("Le module des lecteurs n'est pas installé : les lectures de cartes sont "
                             "indisponibles (la saisie au clavier reste possible)."))]
        out: list[tuple[str, str, str]] = []
        for status in bridge.readers():
            if not bridge.is_enabled(status.reader):
                continue
            state = str(status.state)
            tooltip = self.tr("%1 : %2").replace("%1", status.reader).replace("%2", self.state_label(state))
            if status.reason_fr:
                tooltip += "\n" + tr_devices(status.reason_fr)
            out.append((state, status.reader, tooltip))
        if out:
            return out
        # no reader: one summary, as bad as the worst family, with every family's reason
        backends = bridge.backend_statuses()
        reasons = [tr_devices(b.reason_fr) for b in backends if b.reason_fr]
        states = [str(b.state) for b in backends] or ["absent"]
        worst = min(states, key=lambda s: SEVERITY.index(s) if s in SEVERITY else 0)
        if worst == "present":
            worst = "absent"
        tooltip = self.tr("Aucun lecteur de cartes n'est branché.")
        if reasons:
            tooltip += "\n" + "\n".join(dict.fromkeys(reasons))
        return [(worst, self.tr("Aucun lecteur"), tooltip)]

    def refresh(self, *_args: Any) -> None:
        entries = self.entries()
        while len(self.indicators) < len(entries):
            indicator = _Indicator(self)
            self._layout.addWidget(indicator)
            self.indicators.append(indicator)
        while len(self.indicators) > len(entries):
            indicator = self.indicators.pop()
            self._layout.removeWidget(indicator)
            indicator.deleteLater()
        for indicator, (state, text, tooltip) in zip(self.indicators, entries, strict=True):
            indicator.set(state, text, tooltip)

    # ------------------------------------------------------------------ events

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        super().mouseReleaseEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.refresh()
        super().changeEvent(event)

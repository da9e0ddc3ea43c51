"""Window, dock, splitter and column state remembered in the settings (a small object the
window owns, not a mixin: it has no user-facing text).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer

from ..models.registry_model import Column

if TYPE_CHECKING:
    from .window import MainWindow


class WindowState:
    """Restores and saves the geometry of *window* and of the parts it is made of."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        #: whether the columns have their widths (saved ones, or fitted at the first show)
        self._columns_fitted = False

    def on_first_show(self) -> None:
        """Called from the window's showEvent: fit the columns once when nothing was saved."""
        if not self._columns_fitted:
            self._columns_fitted = True
            QTimer.singleShot(0, self.window, self._fit_columns)

    def restore(self) -> None:
        s = self.window.ctx.settings
        geometry = s.state("main_window/geometry")
        if geometry is not None:
            self.window.restoreGeometry(geometry)
        state = s.state("main_window/state")
        if state is not None:
            self.window.restoreState(state)
        header = s.state("main_window/table_header")
        self._columns_fitted = header is not None
        if header is not None:
            self.window.ui.table.horizontalHeader().restoreState(header)
            header_view = self.window.ui.table.horizontalHeader()
            self.window.model.sort(header_view.sortIndicatorSection(), header_view.sortIndicatorOrder())
        for name, splitter in (("item_panel/splitter", self.window.panel.ui.splitter),
                               ("dashboard/splitter", self.window.dashboard.ui.splitter)):
            value = s.state(name)
            if value is not None:
                splitter.restoreState(value)

    def _fit_columns(self) -> None:
        """First run: a third of the window for the item panel, the table's width shared
        between its columns (later, the saved state)."""
        window = self.window
        window.resizeDocks([window.ui.itemDock], [max(440, int(window.width() * 0.36))], Qt.Orientation.Horizontal)
        # the columns once the dock has taken its width
        QTimer.singleShot(0, self.window, self._fit_table_columns)

    def _fit_table_columns(self) -> None:
        header = self.window.ui.table.horizontalHeader()
        fixed = {Column.REGISTRY_ID: 112, Column.TYPE: 128, Column.STATE: 108, Column.DUE: 124}
        # what is left (the last column, "Retard", stretches over ~80 px) goes to the names
        rest = self.window.ui.table.viewport().width() - sum(fixed.values()) - 84
        shares = {Column.CLIENT: 0.4, Column.SITE: 0.33, Column.HOLDER: 0.27}
        for col, width in fixed.items():
            header.resizeSection(col, width)
        for col, share in shares.items():
            header.resizeSection(col, max(90, int(rest * share)))

    def save(self) -> None:
        s = self.window.ctx.settings
        s.set_state("main_window/geometry", self.window.saveGeometry())
        if self.window._locked:
            self.window.ui.itemDock.setVisible(self.window._dock_was_visible)
        s.set_state("main_window/state", self.window.saveState())
        s.set_state("main_window/table_header", self.window.ui.table.horizontalHeader().saveState())
        s.set_state("item_panel/splitter", self.window.panel.ui.splitter.saveState())
        s.set_state("dashboard/splitter", self.window.dashboard.ui.splitter.saveState())
        s.sync()

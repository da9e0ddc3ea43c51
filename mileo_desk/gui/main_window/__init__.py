"""The desk station's main window, as a package: :class:`MainWindow` (``window``) composes the
registry tab, the actions, the scan routing, the remembered state and the receipt preview."""

from .preview import ReceiptDialog
from .window import MainWindow

__all__ = ["MainWindow", "ReceiptDialog"]

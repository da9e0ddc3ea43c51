"""Texts set on actions and menus built in code (outside a Designer form and a class with its
own ``changeEvent``): marked with their French source, set again when the language changes.

The source is given through ``QT_TRANSLATE_NOOP(context, text)`` so that pyside6-lupdate
extracts it; the window calls :func:`retranslate_marked` on ``QEvent.LanguageChange``.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

_PROPERTY = "mileo_tr"


def mark(target: QAction | QMenu, context: str, text: object, status_tip: object | None = None) -> None:
    """Give *target* its translated text (and status tip), and again after each language change."""
    target.setProperty(_PROPERTY, [context, str(text), "" if status_tip is None else str(status_tip)])
    _apply(target)


def _apply(target: QObject) -> None:
    marked = target.property(_PROPERTY)
    if not marked:
        return
    context, text, tip = marked
    translated = QCoreApplication.translate(context, text)
    if isinstance(target, QMenu):
        target.setTitle(translated)
    elif isinstance(target, QAction):
        target.setText(translated)
        if tip:
            target.setStatusTip(QCoreApplication.translate(context, tip))


def retranslate_marked(root: QObject) -> None:
    """Set the texts of every marked action and menu under *root* in the current language."""
    for obj in root.findChildren(QAction) + root.findChildren(QMenu):
        _apply(obj)


__all__ = ["mark", "retranslate_marked"]

"""The base of the main window's mixins, for the type checker.

At run time the mixins derive from ``object`` and run on the :class:`MainWindow` they are
mixed into; typed ``Any`` here, their ``self.ui``, ``self.ctx``… are not checked against
MainWindow (mypy rejects a ``self: MainWindow`` annotation on a mixin of MainWindow).
Mixins rather than helper objects: their methods are the window's own (slots, ``tr``);
``pyside6-lupdate`` files their texts under the mixin's name and PySide's ``tr`` looks a
singular text up along the window's classes, so each string keeps one translation.
"""

from typing import Any

WindowBase: Any = object

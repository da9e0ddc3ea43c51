"""The base of the main window's mixins, for the type checker.

At run time the mixins derive from ``object`` and run on the :class:`MainWindow` they are
mixed into; typed ``Any`` here, their ``self.ui``, ``self.ctx``… are not checked against
MainWindow (mypy rejects a ``self: MainWindow`` annotation on a mixin of MainWindow).
Mixins rather than helper objects: their ``self.tr`` strings keep the "MainWindow"
translation context the shipped .ts file has.
"""

from typing import Any

WindowBase: Any = object

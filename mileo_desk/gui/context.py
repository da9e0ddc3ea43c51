"""What every window, view and dialog of the GUI is given: the services, the op runner, the
change bus, the scan hub, the settings and the logged-in actor.

Habit 4 (Anki ``operation_did_execute``): after an op changed something it broadcasts the
services' :class:`~mileo_desk.services.dto.Changes` on :class:`ChangeBus`; each view decides
whether it must refresh. This module imports the op runner, never the reverse.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Signal

from ..domain.errors import AuthenticationError
from ..domain.permissions import Action, allowed
from ..services.dto import Changes
from .operations.runner import OpRunner

if TYPE_CHECKING:
    from ..services import Services
    from ..services.dto import Actor
    from .scan import ScanHub
    from .settings import AppSettings


class ChangeBus(QObject):
    """Broadcasts what changed, on the GUI thread."""

    changed = Signal(object)  #: a Changes, on the GUI thread
    actor_changed = Signal(object)  #: the new Actor (or None when the session ends)

    def broadcast(self, changes: Changes) -> None:
        self.changed.emit(changes)


class GuiContext:
    """The GUI's view of the application (a plain class, built by the composition root)."""

    def __init__(
        self,
        services: Services,
        settings: AppSettings,
        *,
        ops: OpRunner | None = None,
        changes: ChangeBus | None = None,
        scan: ScanHub | None = None,
    ) -> None:
        from .scan import ScanHub

        self.services = services
        self.settings = settings
        self.changes = changes or ChangeBus()
        self.ops = ops or OpRunner(self.changes)
        self.scan = scan or ScanHub()
        self._actor: Actor | None = None

    # -- the session

    @property
    def actor(self) -> Actor | None:
        """The logged-in user, or None before the first login."""
        return self._actor

    @actor.setter
    def actor(self, actor: Actor | None) -> None:
        changed = actor != self._actor
        self._actor = actor
        if changed:
            self.changes.actor_changed.emit(actor)

    def require_actor(self) -> Actor:
        """The logged-in user; raises a French AuthenticationError when nobody is."""
        if self._actor is None:
            raise AuthenticationError("Aucun utilisateur connecté : connectez-vous.")
        return self._actor

    def can(self, action: Action) -> bool:
        """Whether the logged-in user's role allows *action* (menus follow the role)."""
        return self._actor is not None and allowed(self._actor.role, action)

    def shutdown(self) -> None:
        """Stop the DB worker (pending ops are cancelled)."""
        self.ops.shutdown()

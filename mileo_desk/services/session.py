"""Log-in by password (and, once readers exist, by Mileo badge + PIN)."""

from __future__ import annotations

import socket

from sqlalchemy import select

from ..domain.enums import Role
from ..domain.errors import AuthenticationError
from ..domain.text import require_text, strip_controls
from ..persistence.records import PersonRecord
from .auth import check_password
from .base import ServiceBase
from .dto import Actor

_GENERIC = "Identifiant ou mot de passe incorrect."


def default_station() -> str:
    """The station name recorded in every movement: the host name, at most 64 characters."""
    return (socket.gethostname() or "poste")[:64]


class SessionService(ServiceBase):
    """Authenticates users; the returned :class:`Actor` is passed to every other service."""

    def login(self, login: str, password: str, *, station: str | None = None) -> Actor:
        """Check a login and password; the message never tells which of the two was wrong."""
        # the station name is recorded (and hashed) in every movement of this session
        station_name = require_text(station or default_station(), label="Nom du poste", field="station", max_len=64)
        with self.db.read() as s:
            rec = s.execute(
                select(PersonRecord).where(PersonRecord.login == strip_controls(login or "").strip().lower())
            ).scalar_one_or_none()
            ok = check_password(password or "", rec.password_hash if rec else None)
            if rec is None or not ok:
                raise AuthenticationError(_GENERIC)
            if not rec.active:
                raise AuthenticationError("Ce compte est désactivé.")
            assert rec.login is not None
            return Actor(rec.id, rec.login, rec.full_name, Role(rec.role), station_name)

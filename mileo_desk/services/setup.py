"""First start: the initial administrator account (no authorisation possible before it)."""

from __future__ import annotations

from sqlalchemy import func, select

from ..domain.enums import Role
from ..domain.errors import RuleViolation
from ..domain.text import fold, normalize_login, require_text
from ..persistence.records import PersonRecord
from .auth import hash_password
from .base import ServiceBase, person_view
from .dto import PersonView


class SetupService(ServiceBase):
    """Creates the first administrator of an empty registry."""

    def has_users(self) -> bool:
        with self.db.read() as s:
            return bool(s.execute(select(func.count()).select_from(PersonRecord)
                                  .where(PersonRecord.login.is_not(None))).scalar_one())

    def create_first_admin(self, *, full_name: str, login: str, password: str) -> PersonView:
        """Only while no account exists; afterwards accounts are created by an administrator."""
        with self.db.write() as s:
            if s.execute(select(func.count()).select_from(PersonRecord)
                         .where(PersonRecord.login.is_not(None))).scalar_one():
                raise RuleViolation("Le registre a déjà des comptes : connectez-vous comme administrateur.",
                                    code="deja_initialise")
            rec = PersonRecord(
                full_name=require_text(full_name, label="Nom complet", field="full_name"),
                role=Role.ADMIN.value, active=True, login=normalize_login(login),
                password_hash=hash_password(password),
            )
            rec.search_text = fold(f"{rec.full_name} {rec.login}")
            s.add(rec)
            s.flush()
            return person_view(rec)

"""Use cases. One public method = one transaction; DTOs in, DTOs out.

:class:`Services` is the composition of all of them over one database and one clock.
"""

from __future__ import annotations

from ..domain.clock import Clock, system_clock
from ..persistence.db import Database, default_url
from .directory import DirectoryService
from .dto import Actor
from .import_export import ImportExportService
from .integrity import IntegrityService
from .queries import QueryService
from .registry import MandateInput, RegistryService
from .reports import ReportService
from .session import SessionService
from .setup import SetupService

__all__ = ["Actor", "MandateInput", "Services", "open_services"]


class Services:
    """Every service over one database. Services that need another one receive it here
    (they never construct each other), so there is one instance of each per database."""

    def __init__(self, db: Database, clock: Clock = system_clock) -> None:
        self.db = db
        self.clock = clock
        self.setup = SetupService(db, clock)
        self.session = SessionService(db, clock)
        self.directory = DirectoryService(db, clock)
        self.registry = RegistryService(db, clock)
        self.queries = QueryService(db, clock)
        self.integrity = IntegrityService(db, clock)
        self.reports = ReportService(db, clock, queries=self.queries)
        self.import_export = ImportExportService(db, clock)

    def close(self) -> None:
        self.db.dispose()


def open_services(url: str | None = None, *, clock: Clock = system_clock, migrate: bool = True) -> Services:
    """Open the database at *url* (default: the embedded SQLite), migrating it first."""
    db = Database(url or default_url())
    if migrate:
        db.migrate()
    return Services(db, clock)

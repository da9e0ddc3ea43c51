"""Fixtures of the integrity tests: a registry with a mixed history, per backend.

The history (see :mod:`tests.integrity.history`) is built once per session and backend
into a template — a SQLite file, a PostgreSQL ``TEMPLATE`` database — and each test gets a
private copy, since every test here damages its database on purpose.

The PostgreSQL fixtures come from :mod:`tests.support.postgres`. ``tests/conftest.py``
already imports them; importing them again here would register a second session-scoped
``postgres_server`` fixture and start a second server, so they are imported only when the
root conftest does not provide them.
"""

from __future__ import annotations

import shutil
import sys
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mileo_desk.services import Services, open_services
from tests.integrity.history import RegistryIds, StepClock, build_registry

_root = sys.modules.get("tests.conftest")
if _root is None or not hasattr(_root, "postgres_server"):  # pragma: no cover - depends on the root conftest
    from tests.support.postgres import postgres_server, postgres_url  # noqa: F401

BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@dataclass(frozen=True)
class _Template:
    location: str  # SQLite file, or PostgreSQL template database name
    ids: RegistryIds


@pytest.fixture(scope="session")
def _history_template_sqlite(tmp_path_factory: pytest.TempPathFactory) -> _Template:
    path = tmp_path_factory.mktemp("integrity") / "history.sqlite3"
    svc = open_services(f"sqlite:///{path}", clock=StepClock())
    try:
        ids = build_registry(svc)
    finally:
        svc.close()  # the last connection checkpoints the WAL into the file
    return _Template(str(path), ids)


@pytest.fixture(scope="session")
def _history_template_postgres(postgres_server: Any) -> _Template:
    name = "integrity_history_template"
    url = postgres_server.create_database(name)
    svc = open_services(url, clock=StepClock())
    try:
        ids = build_registry(svc)
    finally:
        svc.close()
    return _Template(name, ids)


@dataclass(frozen=True)
class Registry:
    """A private copy of the history: its URL, backend and ids."""

    url: str
    backend: str
    ids: RegistryIds
    path: str | None  # the SQLite file, None on PostgreSQL

    def open(self) -> Services:
        """New services over this copy (the system clock: the history ends in the past)."""
        return open_services(self.url, migrate=False)


@pytest.fixture(params=BACKENDS)
def registry(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[Registry]:
    backend = str(request.param)
    template: _Template = request.getfixturevalue(f"_history_template_{backend}")
    if backend == "sqlite":
        target = tmp_path / "registre.sqlite3"
        shutil.copyfile(template.location, target)
        wal = Path(template.location + "-wal")
        if wal.exists() and wal.stat().st_size:
            shutil.copyfile(wal, str(target) + "-wal")
        yield Registry(f"sqlite:///{target}", backend, template.ids, str(target))
        return
    server = request.getfixturevalue("postgres_server")
    name = f"integrity_{uuid.uuid4().hex[:12]}"
    url = server.create_database(name, template=template.location)
    try:
        yield Registry(url, backend, template.ids, None)
    finally:
        server.drop_database(name)


@pytest.fixture
def services(registry: Registry) -> Iterator[Services]:
    svc = registry.open()
    try:
        yield svc
    finally:
        svc.close()

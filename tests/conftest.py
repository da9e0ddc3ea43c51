"""Shared fixtures of the suite.

- ``backend``: ``sqlite`` (a temporary file) and ``postgres`` (marker ``postgres``, a real
  PostgreSQL 15 started once per session by :mod:`tests.support.postgres`). Every fixture
  below depends on it, so every test that uses them runs on both databases.
- ``db_url``: the URL of a fresh, empty (unmigrated) database of that backend.
- ``clock``: a :class:`FakeClock` the services read; tests move time with ``advance``.
- ``world``: a small registry built through the services (first administrator, one user
  per role, technicians with Mileo badge UIDs, two clients with their security contacts,
  sites S1/S2/S3, one item of every type). It is built once per session and backend into a
  template (a SQLite file, a PostgreSQL ``TEMPLATE`` database) and copied for each test,
  because password hashing (scrypt) makes building it costly; PostgreSQL copies are made
  ahead by a background thread. Tests marked ``read_only`` share one copy per module, and
  the fixture checks that they left it exactly as they found it.
- :func:`sig` makes a valid :class:`SignatureCapture`; :func:`refused` asserts that a call
  is refused with a clear French error and that the database is left exactly as it was.
"""

from __future__ import annotations

import json
import os
import tempfile

if "QT_QPA_PLATFORM" not in os.environ:
    # Qt offscreen (pytest-qt aborts with neither a display nor a platform), on a desk-sized
    # screen: the default 800×600 offscreen screen clamps restored window geometries
    _fd, _screen = tempfile.mkstemp(prefix="mileo-offscreen-", suffix=".json")
    with os.fdopen(_fd, "w") as _fh:
        json.dump({"screens": [{"name": "mileo-desk", "x": 0, "y": 0, "width": 1920, "height": 1080,
                                "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}, _fh)
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={_screen}"

import contextlib
import functools
import math
import queue
import shutil
import threading
import uuid
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from psycopg import sql
from sqlalchemy import text

from mileo_desk.domain.enums import ContractLevel, ItemType, Role, Sensitivity
from mileo_desk.domain.errors import MileoError
from mileo_desk.domain.signature import SignatureCapture
from mileo_desk.services import Actor, Services, open_services
from mileo_desk.services.dto import ItemView, MovementResult, MovementView
from tests.support.postgres import postgres_server, postgres_url  # noqa: F401

#: the moment the world is built: Tuesday 10 March 2026, 09:00 in Paris (CET, UTC+1)
T0 = datetime(2026, 3, 10, 8, 0, tzinfo=UTC)
#: tests start one hour later (10:00 in Paris), far from midnight and from DST changes
T_START = T0 + timedelta(hours=1)
STATION = "poste-test"

#: every table of the schema, compared in full by :func:`snapshot`
TABLES = ("clients", "sites", "people", "mandates", "items", "movements", "signatures", "chain_head", "settings")


# --------------------------------------------------------------------------- clock


class FakeClock:
    """A clock the services call; tests set or advance it."""

    def __init__(self, start: datetime = T_START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def advance(self, **delta: float) -> datetime:
        self.now += timedelta(**delta)
        return self.now

    def set(self, moment: datetime) -> datetime:
        assert moment.tzinfo is not None
        self.now = moment
        return self.now


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


# --------------------------------------------------------------------------- signatures


@functools.cache
def sig(seed: int = 0, *, device: str = "pen") -> SignatureCapture:
    """A valid handwritten signature: one wavy stroke of 24 points, about 350 px of ink.

    Different seeds give different strokes (and digests).
    """
    points = tuple(
        (i * 15, round(20 + i * 14.0, 1), round(75 + 40 * math.sin(i / 2 + seed), 1), 0.5) for i in range(24)
    )
    return SignatureCapture(width=400, height=150, strokes=(points,), device=device)


def dot_sig() -> SignatureCapture:
    """A single tap of the pen."""
    return SignatureCapture(width=400, height=150, strokes=(((0, 100.0, 70.0, 0.5),),), device="pen")


def empty_sig() -> SignatureCapture:
    """The pad was validated without anything drawn."""
    return SignatureCapture(width=400, height=150, strokes=(), device="pad")


def short_sig() -> SignatureCapture:
    """A tick: enough points, but only a few pixels of ink."""
    stroke = tuple((i * 10, 100.0 + i * 0.5, 70.0 + i * 0.3, 0.5) for i in range(12))
    return SignatureCapture(width=400, height=150, strokes=(stroke,), device="mouse")


# --------------------------------------------------------------------------- database checks


def snapshot(svc: Services) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order: equal snapshots mean nothing was written."""
    with svc.db.read() as s:
        return {t: [tuple(r) for r in s.execute(text(f"SELECT * FROM {t} ORDER BY 1"))] for t in TABLES}


def counts(svc: Services) -> dict[str, int]:
    with svc.db.read() as s:
        return {t: int(s.execute(text(f"SELECT count(*) FROM {t}")).scalar_one()) for t in TABLES}


def assert_same_db(before: dict[str, list[tuple[Any, ...]]], after: dict[str, list[tuple[Any, ...]]]) -> None:
    changed = [t for t in TABLES if before[t] != after[t]]
    assert not changed, f"the database changed (tables {changed}) where nothing may be written"


def assert_clear_error(err: BaseException) -> None:
    """A refusal the GUI and the CLI can show as is: a MileoError with a French sentence, no
    driver or ORM text leaking through."""
    assert isinstance(err, MileoError), f"{type(err).__name__}: {err}"
    assert err.message and str(err) == err.message
    assert err.code
    for leak in ("sqlalchemy", "psycopg", "sqlite3", "Traceback", "IntegrityError", "SELECT "):
        assert leak not in err.message, err.message


@contextmanager
def refused(
    svc: Services,
    exc_type: type[MileoError],
    *,
    code: str | None = None,
    match: str | None = None,
    field: str | None = None,
) -> Iterator[pytest.ExceptionInfo[MileoError]]:
    """Expect the block to raise *exc_type* (with *code*, a message containing *match*, the
    input *field*) and to leave every table of the database unchanged."""
    before = snapshot(svc)
    with pytest.raises(exc_type) as info:
        yield info
    err = info.value
    assert_clear_error(err)
    if code is not None:
        assert err.code == code, f"code {err.code!r}: {err.message}"
    if match is not None:
        assert match in err.message, err.message
    if field is not None:
        assert err.field == field, f"field {err.field!r}: {err.message}"
    assert_same_db(before, snapshot(svc))


# --------------------------------------------------------------------------- the world

PASSWORDS = {
    "admin": "admin-Mileo-2026",
    "claire": "gardien-Mileo-2026",
    "olivier": "exploit-Mileo-2026",
    "sophie": "chantier-Mileo-2026",
    "thomas": "technicien-Mileo-2026",
    "victor": "veilleur-Mileo-2026",
}

#: the world's UIDs as stored (normalised)
BADGE_UID = "04A2B3C4D5E680"
KEY_TAG_UID = "E004015012345678"
MASTER_TAG_UID = "1122334455667788"
TEMP_CARD_UID = "DEADBEEF"
OTHER_CARD_UID = "CAFEBABE01"
THOMAS_BADGE = "04A1B2C3D4E5F6"
NOEL_BADGE = "0A0B0C0D"


@dataclass(frozen=True)
class WorldIds:
    """Ids of what the world holds (identical in every copy of the template)."""

    actors: dict[Role, Actor]
    victor: Actor  # a second custodian account, for role changes and deactivation
    noel_id: int  # technician without an account, Mileo badge NOEL_BADGE
    ines_id: int  # technician, deactivated
    paul_id: int  # operations manager without an account: may not hold items
    client_id: int  # Société des Écluses (Premium)
    other_client_id: int  # Banque du Nord
    site_s1_id: int
    site_s3_id: int
    other_site_id: int  # Banque du Nord, S2
    items: dict[ItemType, int]  # one item of each type, Société des Écluses, at headquarters
    registry_ids: dict[ItemType, str]
    other_item_id: int  # a Banque du Nord badge, BDN-OPERA-01


@dataclass
class World:
    """A copy of the world on one backend, with its services and clock."""

    svc: Services
    clock: FakeClock
    backend: str
    url: str
    ids: WorldIds
    #: what a read_only(prepare=…) marker's preparation returned
    prepared: Any = None

    # -- people

    def actor(self, role: Role) -> Actor:
        return self.ids.actors[role]

    @property
    def admin(self) -> Actor:
        return self.ids.actors[Role.ADMIN]

    @property
    def custodian(self) -> Actor:
        return self.ids.actors[Role.CUSTODIAN]

    @property
    def manager(self) -> Actor:
        return self.ids.actors[Role.OPERATIONS_MANAGER]

    @property
    def site_lead(self) -> Actor:
        return self.ids.actors[Role.SITE_LEAD]

    @property
    def technician(self) -> Actor:
        return self.ids.actors[Role.TECHNICIAN]

    @property
    def thomas_id(self) -> int:
        return self.technician.person_id

    @property
    def noel_id(self) -> int:
        return self.ids.noel_id

    # -- items

    def item_id(self, item_type: ItemType) -> int:
        return self.ids.items[item_type]

    def item(self, item_id: int) -> ItemView:
        return self.svc.queries.get_item(self.manager, item_id=item_id)

    def history(self, item_id: int | None = None) -> list[MovementView]:
        return self.svc.queries.history(self.manager, item_id=item_id)

    def due(self, **delta: float) -> datetime:
        """A due date relative to the clock (default: in a week)."""
        return self.clock.now + (timedelta(**delta) if delta else timedelta(days=7))

    def receive(self, item_type: ItemType = ItemType.MECHANICAL_KEY, **kwargs: Any) -> ItemView:
        """A new item of the Société des Écluses, received by the custodian."""
        kwargs.setdefault("client_id", self.ids.client_id)
        kwargs.setdefault("site_id", self.ids.site_s1_id)
        return self.svc.registry.receive_item(self.custodian, type=item_type, **kwargs).item

    def attribute(
        self, item_id: int, holder_id: int | None = None, *, due: datetime | None = None, by: Actor | None = None
    ) -> MovementResult:
        return self.svc.registry.attribute_item(
            by or self.custodian,
            item_id=item_id,
            holder_id=holder_id or self.thomas_id,
            due_at=due or self.due(),
            signature=sig(1),
        )

    def give_back(self, item_id: int, *, by: Actor | None = None) -> MovementResult:
        return self.svc.registry.return_item(
            by or self.custodian, item_id=item_id, technician_signature=sig(2), custodian_signature=sig(3)
        )

    # -- database

    def snapshot(self) -> dict[str, list[tuple[Any, ...]]]:
        return snapshot(self.svc)

    def counts(self) -> dict[str, int]:
        return counts(self.svc)

    def refused(self, exc_type: type[MileoError], **kwargs: Any) -> Any:
        return refused(self.svc, exc_type, **kwargs)


def build_world(svc: Services) -> WorldIds:
    """Populate an empty, migrated registry through the services only."""
    setup, session, directory = svc.setup, svc.session, svc.directory
    setup.create_first_admin(full_name="Alice Martin", login="admin", password=PASSWORDS["admin"])
    admin = session.login("admin", PASSWORDS["admin"], station=STATION)
    users = {
        Role.CUSTODIAN: ("Claire Dubois", "claire", None),
        Role.OPERATIONS_MANAGER: ("Olivier Lefèvre", "olivier", None),
        Role.SITE_LEAD: ("Sophie Garnier", "sophie", None),
        Role.TECHNICIAN: ("Thomas Éclair", "thomas", "04:a1:b2:c3:d4:e5:f6"),
    }
    actors = {Role.ADMIN: admin}
    for role, (name, login, badge) in users.items():
        directory.create_person(
            admin,
            full_name=name,
            role=role,
            login=login,
            password=PASSWORDS[login],
            badge_uid=badge,
            email=f"{login}@mileotech.com",
        )
        actors[role] = session.login(login, PASSWORDS[login], station=STATION)
    directory.create_person(
        admin, full_name="Victor Roux", role=Role.CUSTODIAN, login="victor", password=PASSWORDS["victor"]
    )
    victor = session.login("victor", PASSWORDS["victor"], station=STATION)
    manager = actors[Role.OPERATIONS_MANAGER]
    noel = directory.create_person(
        manager, full_name="Noël Dupré", role=Role.TECHNICIAN, badge_uid="0a0b0c0d", phone="+33 6 12 34 56 78"
    )
    ines = directory.create_person(manager, full_name="Inès Morel", role=Role.TECHNICIAN)
    directory.update_person(manager, ines.id, active=False)
    paul = directory.create_person(manager, full_name="Paul Girard", role=Role.OPERATIONS_MANAGER)

    client = directory.create_client(
        manager,
        code="ECL",
        name="Société des Écluses",
        contact_name="Marc Lemaire",
        contact_phone="+33 1 23 45 67 89",
        contact_email="securite@ecluses.fr",
        contract_level=ContractLevel.PREMIUM,
    )
    other = directory.create_client(
        manager, code="BDN", name="Banque du Nord", contact_name="Jeanne Petit", contact_email="rssi@banquedunord.fr"
    )
    s1 = directory.create_site(
        manager,
        client_id=client.id,
        name="Entrepôt de Pantin",
        address="12 quai de l'Ourcq, 93500 Pantin",
        sensitivity=Sensitivity.S1,
    )
    s3 = directory.create_site(
        manager,
        client_id=client.id,
        name="Salle des serveurs",
        address="3 rue de l'Écluse, 75010 Paris",
        sensitivity=Sensitivity.S3,
    )
    s_other = directory.create_site(
        manager,
        client_id=other.id,
        name="Agence Opéra",
        address="1 place de l'Opéra, 75009 Paris",
        sensitivity=Sensitivity.S2,
    )

    custodian = actors[Role.CUSTODIAN]
    receive = svc.registry.receive_item
    specs: list[tuple[ItemType, int, dict[str, Any]]] = [
        (ItemType.BADGE, s3.id, {"card_uid": "04:a2:b3:c4:d5:e6:80", "label": "Badge salle serveurs"}),
        (
            ItemType.MECHANICAL_KEY,
            s1.id,
            {"tag_uid": "e0 04 01 50 12 34 56 78", "stamped_number": "K-1234", "label": "Clé portail"},
        ),
        (ItemType.CODE_KEY, s1.id, {"stamped_number": "CODE-77", "label": "Clé à code local technique"}),
        (
            ItemType.MASTER_KEY,
            s3.id,
            {"tag_uid": "11-22-33-44-55-66-77-88", "stamped_number": "MK-01", "label": "Clé maîtresse bâtiment B"},
        ),
        (ItemType.TEMPORARY_BADGE, s3.id, {"card_uid": "deadbeef", "label": "Badge visiteur"}),
    ]
    items: dict[ItemType, int] = {}
    registry_ids: dict[ItemType, str] = {}
    for item_type, site_id, extra in specs:
        view = receive(custodian, client_id=client.id, site_id=site_id, type=item_type, **extra).item
        items[item_type] = view.id
        registry_ids[item_type] = view.registry_id
    other_item = receive(
        custodian,
        client_id=other.id,
        site_id=s_other.id,
        type=ItemType.BADGE,
        registry_id="bdn-opera-01",
        card_uid="CAFEBABE01",
    ).item
    return WorldIds(
        actors=actors,
        victor=victor,
        noel_id=noel.id,
        ines_id=ines.id,
        paul_id=paul.id,
        client_id=client.id,
        other_client_id=other.id,
        site_s1_id=s1.id,
        site_s3_id=s3.id,
        other_site_id=s_other.id,
        items=items,
        registry_ids=registry_ids,
        other_item_id=other_item.id,
    )


@dataclass(frozen=True)
class _Template:
    location: str  # SQLite file path, or PostgreSQL template database name
    ids: WorldIds


@pytest.fixture(scope="session")
def _world_template_sqlite(tmp_path_factory: pytest.TempPathFactory) -> _Template:
    path = tmp_path_factory.mktemp("world") / "template.sqlite3"
    svc = open_services(f"sqlite:///{path}", clock=FakeClock(T0))
    try:
        ids = build_world(svc)
    finally:
        svc.close()  # the last connection closed checkpoints the WAL into the file
    return _Template(str(path), ids)


@pytest.fixture(scope="session")
def _world_template_postgres(postgres_server: Any) -> _Template:  # noqa: F811
    name = "mileo_world_template"
    url = postgres_server.create_database(name)
    svc = open_services(url, clock=FakeClock(T0))
    try:
        ids = build_world(svc)
    finally:
        svc.close()
    return _Template(name, ids)


BACKENDS = ["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)]


@pytest.fixture(params=BACKENDS)
def backend(request: pytest.FixtureRequest) -> str:
    return str(request.param)


@pytest.fixture
def db_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> str:
    """A fresh, empty database (not migrated) on the backend under test."""
    if backend == "sqlite":
        return f"sqlite:///{tmp_path / 'empty.sqlite3'}"
    return str(request.getfixturevalue("postgres_url"))


def _copy_sqlite(template: str, target: Path) -> None:
    shutil.copyfile(template, target)
    wal = Path(template + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, str(target) + "-wal")


class _DatabasePool:
    """Copies of the PostgreSQL world template, made ahead by a background thread (and the
    used ones dropped behind it), so that a test's set-up only takes a ready database.

    ``CREATE DATABASE … TEMPLATE … STRATEGY FILE_COPY`` costs some 30 ms per test; done in
    the shadow of the previous test, it costs the suite almost nothing.
    """

    def __init__(self, server: Any, template: str, *, ahead: int = 2) -> None:
        self._server = server
        self._template = template
        self._ahead = ahead
        self._ready: queue.Queue[str] = queue.Queue()
        self._used: queue.Queue[str] = queue.Queue()
        self._stop = threading.Event()
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="mileo-pg-world-pool", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        try:
            conn = self._server.connect("postgres", autocommit=True)
        except BaseException as exc:  # surfaced to the test that waits for a database
            self._error = exc
            return
        strategy = sql.SQL(" STRATEGY FILE_COPY") if conn.info.server_version >= 150000 else sql.SQL("")
        try:
            while not self._stop.is_set():
                try:
                    used = self._used.get_nowait()
                except queue.Empty:
                    used = None
                if used is not None:
                    conn.execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(used)))
                elif self._ready.qsize() < self._ahead:
                    name = f"world_{uuid.uuid4().hex[:12]}"
                    conn.execute(sql.SQL("CREATE DATABASE {} TEMPLATE {}").format(
                        sql.Identifier(name), sql.Identifier(self._template)) + strategy)
                    self._ready.put(name)
                else:
                    with contextlib.suppress(queue.Empty):
                        self._used.put(self._used.get(timeout=0.05))
        except BaseException as exc:
            self._error = exc
        finally:
            conn.close()

    def take(self) -> str:
        while True:
            with contextlib.suppress(queue.Empty):
                return self._ready.get(timeout=0.5)
            if self._error is not None:
                raise RuntimeError("the PostgreSQL world pool failed") from self._error
            if not self._thread.is_alive():
                raise RuntimeError("the PostgreSQL world pool stopped")

    def give_back(self, name: str) -> None:
        self._used.put(name)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(timeout=30)


@pytest.fixture(scope="session")
def _postgres_world_pool(postgres_server: Any, _world_template_postgres: _Template) -> Iterator[_DatabasePool]:  # noqa: F811
    pool = _DatabasePool(postgres_server, _world_template_postgres.location)
    try:
        yield pool
    finally:
        pool.close()  # the server, with every database left, is removed after the session


def _checkout_world(request: pytest.FixtureRequest, backend: str, directory: Path) -> tuple[str, WorldIds,
                                                                                         Callable[[], None]]:
    """A private copy of the world template: (URL, ids, release)."""
    template: _Template = request.getfixturevalue(f"_world_template_{backend}")
    if backend == "sqlite":
        target = directory / "registre.sqlite3"
        _copy_sqlite(template.location, target)
        return f"sqlite:///{target}", template.ids, lambda: None
    server = request.getfixturevalue("postgres_server")
    pool: _DatabasePool = request.getfixturevalue("_postgres_world_pool")
    name = pool.take()
    return server.url(name), template.ids, lambda: pool.give_back(name)


@pytest.fixture
def world_url(backend: str, tmp_path: Path, request: pytest.FixtureRequest) -> Iterator[tuple[str, WorldIds]]:
    """A private copy of the world template for one test: (URL, ids)."""
    url, ids, release = _checkout_world(request, backend, tmp_path)
    try:
        yield url, ids
    finally:
        release()


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "read_only(prepare=None): the test does not write; its `world` is one copy shared by the module's "
        "read-only tests (prepared once by prepare(world), result in world.prepared), checked unchanged after",
    )


@pytest.fixture(scope="module")
def _module_worlds(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Callable[[str, Callable[[World], Any] | None], World]]:
    made: dict[str, World] = {}
    preparers: dict[str, Callable[[World], Any] | None] = {}
    opened: list[tuple[Services, Callable[[], None]]] = []

    def get(backend: str, prepare: Callable[[World], Any] | None) -> World:
        if backend not in made:
            url, ids, release = _checkout_world(request, backend, tmp_path_factory.mktemp("module-world"))
            clock = FakeClock()
            svc = open_services(url, clock=clock, migrate=False)
            opened.append((svc, release))
            made[backend] = World(svc=svc, clock=clock, backend=backend, url=url, ids=ids)
            preparers[backend] = prepare
            if prepare is not None:
                made[backend].prepared = prepare(made[backend])
        assert preparers[backend] is prepare, "one read_only(prepare=…) per module"
        return made[backend]

    yield get
    for svc, release in opened:
        svc.close()
        release()


@pytest.fixture
def world(request: pytest.FixtureRequest, backend: str, clock: FakeClock) -> Iterator[World]:
    """A copy of the world on the backend under test, private to the test; for tests marked
    ``read_only``, a copy shared by the module's read-only tests, which must leave it as
    they found it (checked after each; the clock is put back)."""
    marker = request.node.get_closest_marker("read_only")
    if marker is not None:
        shared = request.getfixturevalue("_module_worlds")(backend, marker.kwargs.get("prepare"))
        shared.clock.set(T_START)
        before = shared.snapshot()
        yield shared
        shared.clock.set(T_START)
        assert_same_db(before, shared.snapshot())
        return
    url, ids = request.getfixturevalue("world_url")
    svc = open_services(url, clock=clock, migrate=False)
    try:
        yield World(svc=svc, clock=clock, backend=backend, url=url, ids=ids)
    finally:
        svc.close()

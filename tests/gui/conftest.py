"""Fixtures of the GUI tests (pytest-qt, offscreen by default).

- ``gui_world`` / ``gui_services``: a private SQLite copy of the suite's world (users per role,
  clients, sites, technicians, one item of each type) plus some signed history built through
  the services: attributions (one overdue), a return, a temporary badge out, a lost item.
  The services read a :class:`FakeClock`, so "overdue" does not depend on today's date.
- ``settings``: :class:`AppSettings` over a private INI file.
- ``ctx``: a :class:`GuiContext` logged in as the custodian (Claire Dubois).

Every test here is marked ``gui`` and fails on a Qt warning (habit 13, qutebrowser's
``qt_log_level_fail``); a test may relax it with ``@pytest.mark.qt_log_ignore(regex)``.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from mileo_desk.domain.enums import ItemType, Role
from mileo_desk.services import Services, open_services
from mileo_desk.services.dto import Actor
from tests.conftest import (
    PASSWORDS,
    T_START,
    FakeClock,
    WorldIds,
    _copy_sqlite,
    sig,
)

GUI_DIR = Path(__file__).parent
OFFSCREEN_NOISE = (r"This plugin does not support propagateSizeHints\(\)",
                   r"This plugin does not support raise\(\)",
                   r"This plugin does not support grabbing the keyboard")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    for item in items:
        if GUI_DIR not in Path(str(item.path)).parents:
            continue
        item.add_marker(pytest.mark.gui)
        if item.get_closest_marker("qt_log_level_fail") is None:
            item.add_marker(pytest.mark.qt_log_level_fail("WARNING"))
            # artefacts of the offscreen platform, not of the application
            item.add_marker(pytest.mark.qt_log_ignore(*OFFSCREEN_NOISE))


@dataclass(frozen=True)
class GuiIds:
    """What the GUI world holds beyond the suite's world."""

    world: WorldIds
    held_key_id: int  # mechanical key attributed to Thomas, due in 3 days, signed
    overdue_master_id: int  # master key attributed to Noël, due yesterday: overdue
    temp_badge_id: int  # temporary badge out with Thomas since this morning
    lost_code_key_id: int  # code key declared lost
    returned_badge_id: int  # BDN badge attributed and returned (two signatures)


@dataclass
class GuiWorld:
    svc: Services
    clock: FakeClock
    url: str
    ids: GuiIds

    def actor(self, role: Role) -> Actor:
        return self.ids.world.actors[role]

    @property
    def custodian(self) -> Actor:
        return self.ids.world.actors[Role.CUSTODIAN]

    def registry_id(self, item_id: int) -> str:
        return self.svc.queries.get_item(self.actor(Role.OPERATIONS_MANAGER), item_id=item_id).registry_id


#: the GUI world's clock starts a day after the world was built (10:00 in Paris)
GUI_T0 = T_START + timedelta(days=1)


def build_gui_history(svc: Services, clock: FakeClock, w: WorldIds) -> GuiIds:
    custodian = w.actors[Role.CUSTODIAN]
    thomas = w.actors[Role.TECHNICIAN].person_id
    reg = svc.registry
    clock.set(T_START + timedelta(hours=1))
    key = w.items[ItemType.MECHANICAL_KEY]
    reg.attribute_item(custodian, item_id=key, holder_id=thomas, due_at=clock.now + timedelta(days=4),
                       signature=sig(1), note="Maintenance portail")
    master = w.items[ItemType.MASTER_KEY]
    reg.attribute_item(custodian, item_id=master, holder_id=w.noel_id, due_at=clock.now + timedelta(hours=3),
                       signature=sig(4))
    other = w.other_item_id
    reg.attribute_item(custodian, item_id=other, holder_id=thomas, due_at=clock.now + timedelta(days=2),
                       signature=sig(5))
    clock.advance(hours=2)
    reg.return_item(custodian, item_id=other, technician_signature=sig(2), custodian_signature=sig(3))
    code_key = w.items[ItemType.CODE_KEY]
    reg.declare_loss(custodian, item_id=code_key, stolen=False, noticed_at=clock.now - timedelta(minutes=10))
    clock.set(GUI_T0 - timedelta(hours=1))
    temp = w.items[ItemType.TEMPORARY_BADGE]
    reg.attribute_item(custodian, item_id=temp, holder_id=thomas, due_at=clock.now + timedelta(hours=6),
                       signature=sig(6))
    return GuiIds(world=w, held_key_id=key, overdue_master_id=master, temp_badge_id=temp,
                  lost_code_key_id=code_key, returned_badge_id=other)


@pytest.fixture(scope="session")
def _gui_template(_world_template_sqlite, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, GuiIds]:
    path = tmp_path_factory.mktemp("gui_world") / "template.sqlite3"
    _copy_sqlite(_world_template_sqlite.location, path)
    clock = FakeClock(T_START)
    svc = open_services(f"sqlite:///{path}", clock=clock, migrate=False)
    try:
        ids = build_gui_history(svc, clock, _world_template_sqlite.ids)
    finally:
        svc.close()
    return str(path), ids


@pytest.fixture
def gui_world(_gui_template: tuple[str, GuiIds], tmp_path: Path) -> Iterator[GuiWorld]:
    template, ids = _gui_template
    target = tmp_path / "registre.sqlite3"
    _copy_sqlite(template, target)
    url = f"sqlite:///{target}"
    clock = FakeClock(GUI_T0)
    svc = open_services(url, clock=clock, migrate=False)
    try:
        yield GuiWorld(svc, clock, url, ids)
    finally:
        svc.close()


@pytest.fixture
def gui_services(gui_world: GuiWorld) -> Services:
    return gui_world.svc


@pytest.fixture(autouse=True)
def _french(qapp):  # type: ignore[no-untyped-def]
    """The application's language at start (French, with its plural forms), as ``run_gui`` sets
    it; a test that switches to English is back in French for the next one."""
    from mileo_desk.gui.settings import apply_language

    assert apply_language("fr")


@pytest.fixture
def settings_path(tmp_path: Path) -> Path:
    return tmp_path / "settings.ini"


@pytest.fixture
def settings(qapp, settings_path: Path):  # type: ignore[no-untyped-def]
    from mileo_desk.gui.settings import AppSettings

    return AppSettings(QSettings(str(settings_path), QSettings.Format.IniFormat))


@pytest.fixture
def make_ctx(gui_services: Services, settings, qapp):  # type: ignore[no-untyped-def]
    """Build more contexts (a second station); all shut down at teardown."""
    from mileo_desk.gui.context import GuiContext

    made: list[GuiContext] = []

    def _make(role: Role | None = Role.CUSTODIAN, actor: Actor | None = None) -> GuiContext:
        ctx = GuiContext(gui_services, settings)
        made.append(ctx)
        if actor is not None:
            ctx.actor = actor
        elif role is not None:
            ctx.actor = _actor_for(gui_services, role)
        return ctx

    yield _make
    for c in made:
        c.shutdown()


def _actor_for(svc: Services, role: Role) -> Actor:
    from tests.conftest import STATION

    logins = {Role.ADMIN: "admin", Role.CUSTODIAN: "claire", Role.OPERATIONS_MANAGER: "olivier",
              Role.SITE_LEAD: "sophie", Role.TECHNICIAN: "thomas"}
    person = svc.directory.find_person(_any_admin(svc), login=logins[role])
    return Actor(person.id, logins[role], person.full_name, role, STATION)


def _any_admin(svc: Services) -> Actor:
    from tests.conftest import STATION

    return Actor(1, "admin", "Alice Martin", Role.ADMIN, STATION)


@pytest.fixture
def ctx(make_ctx, gui_world: GuiWorld):  # type: ignore[no-untyped-def]
    """A GuiContext logged in as the custodian (Claire Dubois)."""
    return make_ctx(actor=gui_world.custodian)


@pytest.fixture(autouse=True)
def _french_again() -> Iterator[None]:
    """A test that switches the language leaves the next one in French."""
    yield
    from mileo_desk.gui.settings import remove_translators

    remove_translators()


def wait_idle(qtbot, ctx) -> None:  # type: ignore[no-untyped-def]
    """Until every queued op has run and its callbacks were delivered."""
    qtbot.waitUntil(lambda: not ctx.ops.busy, timeout=10_000)


@pytest.fixture
def make_window(qtbot):  # type: ignore[no-untyped-def]
    """Build a shown MainWindow over a context, once its registry ids are loaded."""

    def _make(ctx):  # type: ignore[no-untyped-def]
        from mileo_desk.gui.main_window import MainWindow

        window = MainWindow(ctx)
        qtbot.addWidget(window)
        window.show()
        qtbot.waitExposed(window)
        qtbot.waitUntil(lambda: window.model.loaded, timeout=10_000)
        wait_idle(qtbot, ctx)
        return window

    return _make


@pytest.fixture
def window(make_window, ctx):  # type: ignore[no-untyped-def]
    """The main window of the custodian."""
    return make_window(ctx)


__all__ = ["GUI_T0", "PASSWORDS", "GuiIds", "GuiWorld", "wait_idle"]

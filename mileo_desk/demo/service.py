"""The demo as a service: fill an empty registry, then tell whether a registry is the demo."""

from __future__ import annotations

import json
import time
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, select

from ..domain.enums import ItemState
from ..domain.errors import RuleViolation
from ..domain.permissions import Action
from ..persistence.db import Database
from ..persistence.records import (
    ClientRecord,
    ItemRecord,
    MovementRecord,
    PersonRecord,
    SettingRecord,
    SiteRecord,
)
from ..services.base import ServiceBase
from ..services.dto import Actor, ItemFilter
from .catalog import DEMO_ADMIN, DEMO_ITEMS, DEMO_MONTHS, DEMO_SEED, DEMO_USERS, SETTING_KEY
from .desk import DemoClock
from .simulation import Simulation

if TYPE_CHECKING:
    pass


@dataclass(frozen=True)
class DemoSummary:
    """What the demo created."""

    clients: int
    sites: int
    people: int
    users: tuple[tuple[str, str], ...]  # (login, French role label)
    items: int
    movements: int
    held: int
    overdue: int
    temporary_out: int
    lost: int
    stolen: int
    returned_to_client: int
    started: datetime
    ended: datetime
    seconds: float



# --------------------------------------------------------------------------- service


class DemoService(ServiceBase):
    """Fills an empty registry with the demonstration data."""

    def populate(self, admin: Actor, *, seed: int = DEMO_SEED, items: int = DEMO_ITEMS,
                 months: int = DEMO_MONTHS) -> DemoSummary:
        """Build the demo registry as of this service's clock, through the real services.

        *admin* is the first administrator; the other demo accounts (one per role,
        password :data:`DEMO_PASSWORD`) are created here. Refused unless the registry is
        empty (no client, no item, no account besides *admin*).
        """
        from ..services import Services

        started = time.perf_counter()
        end = self.now()
        with self.db.read() as s:
            self.authorize(s, admin, Action.MANAGE_USERS)
            accounts = s.execute(select(func.count()).select_from(PersonRecord)
                                 .where(PersonRecord.login.is_not(None))).scalar_one()
            clients = s.execute(select(func.count()).select_from(ClientRecord)).scalar_one()
            items_n = s.execute(select(func.count()).select_from(ItemRecord)).scalar_one()
        if accounts > 1 or clients or items_n:
            raise RuleViolation(
                "Les données de démonstration ne s'installent que dans un registre vide.", code="demo_registre_non_vide"
            )
        fast = self._fast_database()
        clock = DemoClock(end - timedelta(days=int(months * 30.5) + 10))
        try:
            svc = Services(fast or self.db, clock=clock)
            Simulation(svc, clock, admin, seed=seed, n_items=items, end=end, months=months).run()
        finally:
            if fast is not None:
                fast.dispose()
        # written on the normal connection (synchronous=FULL): this commit makes the whole
        # write-ahead log durable, including what the fast connection wrote
        with self.db.write() as s:
            s.merge(SettingRecord(key=SETTING_KEY, value=json.dumps(
                {"created": end.isoformat(), "seed": seed, "items": items}, sort_keys=True)))
        return self._summary(admin, end, months, time.perf_counter() - started)

    def _fast_database(self) -> Database | None:
        """A second engine on the same SQLite file without fsync at each commit.

        The demo appends about a thousand movements, one transaction each; with the
        embedded database's ``synchronous=FULL`` every commit waits for the disk. The
        demo is rebuilt from nothing if the machine crashes meanwhile, so it does without.
        """
        if not self.db.is_sqlite or self.db.url.database in (None, "", ":memory:"):
            return None
        fast = Database(self.db.url.render_as_string(hide_password=False))

        @event.listens_for(fast.engine, "connect")
        def _no_fsync(dbapi_conn: Any, _record: Any) -> None:
            dbapi_conn.execute("PRAGMA synchronous=OFF")

        return fast

    def _summary(self, admin: Actor, end: datetime, months: int, seconds: float) -> DemoSummary:
        from ..services.queries import QueryService

        queries = QueryService(self.db, self.clock)

        def total(flt: ItemFilter) -> int:
            return queries.list_items(admin, flt, limit=0).total

        with self.db.read() as s:
            self.authorize(s, admin, Action.VIEW_REGISTRY)

            def count(table: Any, *where: Any) -> int:
                return int(s.execute(select(func.count()).select_from(table).where(*where)).scalar_one())

            clients, sites, people = count(ClientRecord), count(SiteRecord), count(PersonRecord)
            movements = count(MovementRecord)
            held = count(ItemRecord, ItemRecord.holder_id.is_not(None))
        users = tuple((admin.login if u is DEMO_ADMIN else u.login, u.role.label_fr) for u in DEMO_USERS)
        return DemoSummary(
            clients=clients, sites=sites, people=people, users=users, items=total(ItemFilter()),
            movements=movements, held=held, overdue=total(ItemFilter(overdue_only=True)),
            temporary_out=total(ItemFilter(temporary_out=True)), lost=total(ItemFilter(state=ItemState.LOST)),
            stolen=total(ItemFilter(state=ItemState.STOLEN)),
            returned_to_client=total(ItemFilter(state=ItemState.RETURNED_TO_CLIENT)),
            started=end - timedelta(days=int(months * 30.5)), ended=end, seconds=seconds,
        )

    def is_demo(self) -> bool:
        """Whether this registry was filled with the demonstration data."""
        with self.db.read() as s:
            return s.get(SettingRecord, SETTING_KEY) is not None

"""The demo's desk: a clock that only moves forward and the movements a desk records,
each one through the real use case (so every rule holds and the chain is valid)."""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING, Any

from ..domain.clock import paris_at, paris_date
from ..domain.enums import ItemState, ItemType, Role, Sensitivity
from ..services.dto import Actor, MovementResult
from .catalog import (
    BADGE_ZONES,
    CLIENTS,
    DEMO_CARD_UID,
    DEMO_PASSWORD,
    DEMO_USERS,
    ENDED_CLIENT,
    KEY_BRANDS,
    KEY_ROOMS,
    TECHNICIANS,
    TYPE_WEIGHTS,
    ascii_name,
)
from .handwriting import SignatureBook

if TYPE_CHECKING:
    from ..services import Services


# --------------------------------------------------------------------------- clock


class DemoClock:
    """The clock the demo's services read; it only moves forward."""

    def __init__(self, start: datetime) -> None:
        self.now = start

    def __call__(self) -> datetime:
        return self.now

    def set(self, moment: datetime) -> datetime:
        """Move to *moment*, or a millisecond later than now if *moment* is not after it."""
        self.now = moment if moment > self.now else self.now + timedelta(milliseconds=1)
        return self.now


# --------------------------------------------------------------------------- the simulation


@dataclass
class TrackedItem:
    id: int
    registry_id: str
    type: ItemType
    client: str
    label: str
    reception_seq: int
    stamped_number: str | None = None
    state: ItemState = ItemState.IN_SERVICE
    holder: int | None = None
    due: datetime | None = None
    attribution_seq: int | None = None
    #: the day the holder actually brings it back (None: not decided yet)
    return_day: date | None = None
    never_back: bool = False

    @property
    def available(self) -> bool:
        return self.state is ItemState.IN_SERVICE and self.holder is None


@dataclass
class Plan:
    """An item to receive on a given day."""

    day: date
    client: str
    site_id: int
    type: ItemType
    extra: dict[str, Any] = field(default_factory=dict)


def weighted(rng: random.Random, pairs: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def working_days(first: date, last: date) -> list[date]:
    days = []
    d = first
    while d <= last:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def next_working_day(d: date, n: int = 1) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


class Desk:
    """A headquarters desk played through the services: the day's time cursor, the reference
    data, the movements and the choice of items. :class:`~.simulation.Simulation` tells the story."""

    def __init__(self, svc: Services, clock: DemoClock, admin: Actor, *, seed: int, n_items: int,
                 end: datetime, months: int) -> None:
        self.svc = svc
        self.clock = clock
        self.admin = admin
        self.rng = random.Random(seed)
        self.signatures = SignatureBook(seed)
        self.n_items = n_items
        self.end = end
        self.first_day = paris_date(end) - timedelta(days=int(months * 30.5))
        self.last_day = paris_date(end)
        self.actors: dict[str, Actor] = {}
        self.holders: list[tuple[int, str]] = []  # (person id, name) of technicians and the site lead
        self.names: dict[int, str] = {}
        self.clients: dict[str, int] = {}
        self.sites: dict[str, list[tuple[int, Sensitivity]]] = {}
        self.items: dict[int, TrackedItem] = {}
        # the demo card's UID is reserved for the first badge (identity below)
        self.uids: set[str] = {DEMO_CARD_UID}
        self._demo_card_given = False
        self.cursor = end
        self.lost_on_time: TrackedItem | None = None
        self.stolen_item: TrackedItem | None = None
        self.temporary_out_day: date | None = None

    # -- time ----------------------------------------------------------------------

    def start_day(self, day: date, hour: int = 8, minute: int = 0) -> None:
        self.cursor = paris_at(day, hour, minute)

    def tick(self, low: int = 2, high: int = 12) -> datetime:
        """Advance the day's cursor by a few minutes and set the clock there."""
        self.cursor += timedelta(minutes=self.rng.randint(low, high), seconds=self.rng.randint(0, 59))
        return self.clock.set(self.cursor)

    def jump(self, day: date, hour: int, minute: int = 0) -> None:
        moment = paris_at(day, hour, minute)
        self.cursor = max(self.cursor, moment)

    # -- reference data --------------------------------------------------------------

    def uid(self, nbytes: int, prefix: str = "") -> str:
        while True:
            body = "".join(f"{self.rng.randrange(256):02X}" for _ in range(nbytes - len(prefix) // 2))
            value = prefix + body
            if value not in self.uids:
                self.uids.add(value)
                return value

    def people(self, start: datetime) -> None:
        svc, admin = self.svc, self.admin
        self.clock.set(start)
        self.actors["admin"] = admin
        for user in DEMO_USERS[1:]:
            badge = self.uid(7, "04") if user.role in (Role.TECHNICIAN, Role.SITE_LEAD) else None
            first, last = user.full_name.lower().split(" ", 1)
            view = svc.directory.create_person(
                admin, full_name=user.full_name, role=user.role, login=user.login, password=DEMO_PASSWORD,
                badge_uid=badge, email=f"{ascii_name(first)}.{ascii_name(last)}@mileotech.com",
                phone=f"+33 6 {self.rng.randint(10, 99)} {self.rng.randint(10, 99)} "
                f"{self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
            )
            self.actors[user.login] = Actor(view.id, user.login, user.full_name, user.role, user.station)
            self.names[view.id] = user.full_name
            if user.role in (Role.TECHNICIAN, Role.SITE_LEAD):
                self.holders.append((view.id, user.full_name))
        manager = self.actors["exploitation"]
        for name, phone in TECHNICIANS:
            first, last = name.lower().split(" ", 1)
            view = svc.directory.create_person(
                manager, full_name=name, role=Role.TECHNICIAN, badge_uid=self.uid(7, "04"), phone=phone,
                email=f"{ascii_name(first)}.{ascii_name(last)}@mileotech.com",
            )
            self.holders.append((view.id, name))
            self.names[view.id] = name
        # a technician who left the company: still in the history, no longer active
        former = svc.directory.create_person(manager, full_name="Bruno Caron", role=Role.TECHNICIAN,
                                             badge_uid=self.uid(4))
        svc.directory.update_person(manager, former.id, active=False)
        for spec in CLIENTS:
            client = svc.directory.create_client(
                manager, code=spec.code, name=spec.name, contact_name=spec.contact[0],
                contact_phone=spec.contact[1], contact_email=spec.contact[2], contract_level=spec.level,
            )
            self.clients[spec.code] = client.id
            for site_name, address, sensitivity in spec.sites:
                site = svc.directory.create_site(manager, client_id=client.id, name=site_name, address=address,
                                                 sensitivity=sensitivity)
                self.sites.setdefault(spec.code, []).append((site.id, sensitivity))

    def plan_receptions(self, days: list[date]) -> dict[date, list[Plan]]:
        rng = self.rng
        total_weight = sum(c.weight for c in CLIENTS)
        plans: dict[date, list[Plan]] = {}
        intake = days[: max(1, min(12, len(days)))]
        ended_cutoff = max(0, len(days) // 2)
        for spec in CLIENTS:
            count = max(3, round(self.n_items * spec.weight / total_weight))
            for k in range(count):
                if rng.random() < 0.6 or k < 3:
                    day = rng.choice(intake)  # the bulk arrives when the contract starts
                elif spec.code == ENDED_CLIENT:
                    day = rng.choice(days[:ended_cutoff])
                else:
                    day = rng.choice(days[:-1] if len(days) > 1 else days)
                site_id, sensitivity = rng.choice(self.sites[spec.code])
                item_type = weighted(rng, TYPE_WEIGHTS)
                if item_type is ItemType.TEMPORARY_BADGE and sensitivity is Sensitivity.S1 and rng.random() < 0.5:
                    item_type = ItemType.BADGE
                # every client has at least a temporary badge and a master key, whatever the scale
                if k == 1 and spec.code != ENDED_CLIENT:
                    item_type = ItemType.TEMPORARY_BADGE
                elif k == 2 or (spec.code == ENDED_CLIENT and k == 0):
                    item_type = ItemType.MASTER_KEY
                plans.setdefault(day, []).append(Plan(day, spec.code, site_id, item_type, self.identity(item_type)))
        return plans

    def identity(self, item_type: ItemType) -> dict[str, Any]:
        rng = self.rng
        if item_type is ItemType.BADGE:
            ident = {"card_uid": self.uid(rng.choice((4, 7)), "" if rng.random() < 0.5 else "04"),
                     "label": f"Badge accès {rng.choice(BADGE_ZONES)}"}
            if not self._demo_card_given:  # drawn as the others (same random sequence), then replaced
                self._demo_card_given = True
                ident["card_uid"] = DEMO_CARD_UID
            return ident
        if item_type is ItemType.TEMPORARY_BADGE:
            return {"card_uid": self.uid(4), "label": f"Badge temporaire visiteur n°{rng.randint(1, 40)}"}
        if item_type is ItemType.MECHANICAL_KEY:
            return {"tag_uid": self.uid(7, "04"), "label": f"Clé {rng.choice(KEY_ROOMS)}",
                    "stamped_number": f"{rng.choice(KEY_BRANDS)} {rng.randint(10000, 99999)}"}
        if item_type is ItemType.CODE_KEY:
            return {"tag_uid": self.uid(7, "04"), "label": f"Clé à code armoire {rng.choice(KEY_ROOMS)}",
                    "stamped_number": f"C-{rng.randint(1000, 9999)}"}
        return {"tag_uid": self.uid(8, "E004"), "label": f"Clé maîtresse bâtiment {rng.choice('ABCDE')}",
                "stamped_number": f"PG-{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}"}

    # -- movements -------------------------------------------------------------------

    def receive(self, plan: Plan, by: str) -> None:
        self.tick(2, 7)
        result = self.svc.registry.receive_item(
            self.actors[by], client_id=self.clients[plan.client], site_id=plan.site_id, type=plan.type,
            in_charge_id=self.actors["gardien"].person_id, **plan.extra,
        )
        it = result.item
        self.items[it.id] = TrackedItem(it.id, it.registry_id, it.type, plan.client, it.label or "",
                                  result.movement.seq, it.stamped_number)

    def attribute(self, item: TrackedItem, holder: tuple[int, str], due: datetime, by: str = "gardien",
                  note: str | None = None) -> None:
        self.tick(3, 14)
        result = self.svc.registry.attribute_item(
            self.actors[by], item_id=item.id, holder_id=holder[0], due_at=due,
            signature=self.signatures.sign(holder[1]), note=note,
            identified_by_badge=self.rng.random() < 0.6,
        )
        item.holder, item.due, item.attribution_seq = holder[0], due, result.movement.seq
        self.schedule_return(item)

    def give_back(self, item: TrackedItem, by: str = "gardien", note: str | None = None) -> None:
        assert item.holder is not None
        self.tick(3, 12)
        self.svc.registry.return_item(
            self.actors[by], item_id=item.id,
            technician_signature=self.signatures.sign(self.names[item.holder]),
            custodian_signature=self.signatures.sign(self.actors[by].full_name), note=note,
        )
        item.holder = item.due = item.attribution_seq = item.return_day = None

    def transfer(self, item: TrackedItem, holder: tuple[int, str], due: datetime, note: str) -> None:
        self.tick(5, 20)
        result = self.svc.registry.transfer_item(
            self.actors["gardien"], item_id=item.id, to_holder_id=holder[0], due_at=due,
            signature=self.signatures.sign(holder[1]), note=note,
        )
        item.holder, item.due, item.attribution_seq = holder[0], due, result.movement.seq
        self.schedule_return(item)

    def loss(self, item: TrackedItem, *, stolen: bool, noticed_before: timedelta, reported_before: timedelta,
             by: str, note: str) -> MovementResult:
        now = self.tick(5, 25)
        result = self.svc.registry.declare_loss(
            self.actors[by], item_id=item.id, stolen=stolen, noticed_at=now - noticed_before,
            reported_at=now - reported_before, note=note,
        )
        item.state = ItemState.STOLEN if stolen else ItemState.LOST
        item.holder = item.due = item.attribution_seq = item.return_day = None
        return result

    # -- choosing ------------------------------------------------------------------------

    def pick(self, predicate: Callable[[TrackedItem], bool]) -> TrackedItem | None:
        candidates = [i for i in self.items.values() if predicate(i)]
        return self.rng.choice(candidates) if candidates else None

    def due_for(self, item: TrackedItem, day: date) -> datetime:
        if item.type is ItemType.TEMPORARY_BADGE:
            # PROC-INT-005 §04: back the same day, before leaving the site
            return paris_at(day, 18, self.rng.choice((0, 15, 30)))
        return paris_at(next_working_day(day, self.rng.choice((1, 2, 3, 3, 5, 5, 7, 10, 15))), 18)

    def schedule_return(self, item: TrackedItem) -> None:
        """When the holder will bring the item back: mostly on the due day, sometimes late,
        and near the end of the demo some never come back (overdue now)."""
        assert item.due is not None
        due_day = paris_date(item.due)
        rng = self.rng
        item.never_back = False
        if item.client == ENDED_CLIENT:
            item.return_day = due_day
        elif item.type is ItemType.TEMPORARY_BADGE:
            late = rng.random() < 0.05
            item.return_day = next_working_day(due_day) if late else due_day
        elif (self.last_day - due_day).days <= 12 and rng.random() < 0.3:
            item.return_day = None
        else:
            late = rng.random() < 0.1
            item.return_day = next_working_day(due_day, rng.randint(1, 4)) if late else due_day
        if item.return_day is None or item.return_day >= self.last_day:
            # not back by now: still held (overdue once its due date has passed)
            item.return_day = None
            item.never_back = True

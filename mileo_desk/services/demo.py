"""Demonstration data: a believable French registry built through the real services.

``mileo-desk init --demo`` (and the first start of the application on an empty
database) fills an empty registry with eight clients and their sites, a dozen
technicians with their Mileo badges, one account per role and six months of history:
receptions, signed attributions and returns, transfers, losses (one reported late),
thefts, found items, restitutions (a whole client at the end of its contract), duplications
under the client's written mandate and corrections. Some items are overdue and some
temporary site badges are still out.

Every movement goes through the real use cases, so the hash chain is valid and every
rule is enforced; the services run on a :class:`DemoClock` that walks from six months
ago up to now. The data depends only on the seed and on the end moment (the clock of
the :class:`DemoService`), so two runs with the same clock give the same registry.

This is the one place where a public service method is not a single transaction: the
demo is the composition of many use cases, each its own transaction, exactly as a desk
station would have recorded them.
"""

from __future__ import annotations

import json
import math
import random
import time
import zlib
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from datetime import UTC, date, datetime, timedelta
from datetime import time as dtime
from typing import TYPE_CHECKING, Any

from sqlalchemy import event, func, select

from ..domain.clock import PARIS, end_of_paris_day, paris_date
from ..domain.enums import ContractLevel, ItemState, ItemType, Role, Sensitivity
from ..domain.errors import RuleViolation
from ..domain.permissions import Action
from ..domain.signature import SignatureCapture, render_png
from ..persistence.db import Database
from ..persistence.records import (
    ClientRecord,
    ItemRecord,
    MovementRecord,
    PersonRecord,
    SettingRecord,
    SiteRecord,
)
from .base import ServiceBase
from .dto import Actor, ItemFilter, MovementResult
from .registry import MandateInput

if TYPE_CHECKING:
    from . import Services

#: the password of every demo account (documented in the README, section « Démonstration »)
DEMO_PASSWORD = "demo-mileo"
DEMO_SEED = 2026
DEMO_ITEMS = 220
DEMO_MONTHS = 6
#: key of the settings row that marks a registry as demonstration data
SETTING_KEY = "demo"


@dataclass(frozen=True)
class DemoUser:
    """A demo account: one per role."""

    login: str
    full_name: str
    role: Role
    station: str


DEMO_USERS: tuple[DemoUser, ...] = (
    DemoUser("admin", "Camille Rousseau", Role.ADMIN, "poste-admin"),
    DemoUser("gardien", "Nathalie Bernard", Role.CUSTODIAN, "accueil-siege"),
    DemoUser("exploitation", "Laurent Mercier", Role.OPERATIONS_MANAGER, "poste-exploitation"),
    DemoUser("chef", "Sébastien Faure", Role.SITE_LEAD, "portable-chantier"),
    DemoUser("technicien", "Julien Moreau", Role.TECHNICIAN, "poste-atelier"),
)
DEMO_ADMIN = DEMO_USERS[0]


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


# --------------------------------------------------------------------------- reference data

_S1, _S2, _S3 = Sensitivity.S1, Sensitivity.S2, Sensitivity.S3
_P, _STD = ContractLevel.PREMIUM, ContractLevel.STANDARD


@dataclass(frozen=True)
class _ClientSpec:
    code: str
    name: str
    level: ContractLevel
    contact: tuple[str, str, str]  # name, phone, email
    sites: tuple[tuple[str, str, Sensitivity], ...]
    weight: int  # share of the items


_CLIENTS: tuple[_ClientSpec, ...] = (
    _ClientSpec("HSA", "Groupe Hospitalier Saint-Aubin", _P,
                ("Hélène Garnier", "+33 1 45 67 21 90", "securite@gh-saint-aubin.fr"),
                (("Hôpital Saint-Aubin — bâtiment A", "45 rue de la Santé, 75013 Paris", _S2),
                 ("Pharmacie centrale", "45 bis rue de la Santé, 75013 Paris", _S3),
                 ("Clinique des Lilas", "8 allée des Tilleuls, 93260 Les Lilas", _S1)), 45),
    _ClientSpec("BLF", "Banque Lefort & Associés", _P,
                ("Marc Delaunay", "+33 1 53 20 44 10", "rssi@lefort-associes.fr"),
                (("Siège — Opéra", "18 boulevard Haussmann, 75009 Paris", _S3),
                 ("Agence Neuilly", "96 avenue Charles-de-Gaulle, 92200 Neuilly-sur-Seine", _S2)), 30),
    _ClientSpec("VAL", "Laboratoires Valmont", _P,
                ("Isabelle Renaud", "+33 4 72 10 33 58", "securite.site@valmont-labs.fr"),
                (("Centre de recherche de Gerland", "60 avenue Tony-Garnier, 69007 Lyon", _S3),
                 ("Unité de production de Saint-Priest", "14 rue du Dauphiné, 69800 Saint-Priest", _S2),
                 ("Entrepôt de Corbas", "ZI de Corbas, 3 rue des Frères-Lumière, 69960 Corbas", _S1)), 40),
    _ClientSpec("RHG", "Résidences Haussmann Gestion", _STD,
                ("Patrick Lemoine", "+33 1 42 93 18 77", "p.lemoine@rh-gestion.fr"),
                (("Résidence Monceau", "27 rue de Lévis, 75017 Paris", _S1),
                 ("Résidence Batignolles", "112 rue Legendre, 75017 Paris", _S1),
                 ("Résidence Ternes", "9 rue Poncelet, 75017 Paris", _S1),
                 ("Parking Courcelles", "150 boulevard de Courcelles, 75017 Paris", _S1)), 35),
    _ClientSpec("LSA", "Logistique Seine-Amont", _STD,
                ("Karim Benali", "+33 1 64 88 52 03", "k.benali@seine-amont-logistique.fr"),
                (("Plateforme de Vitry", "5 quai Jules-Guesde, 94400 Vitry-sur-Seine", _S1),
                 ("Entrepôt de Choisy", "21 avenue de Villeneuve-Saint-Georges, 94600 Choisy-le-Roi", _S2)), 20),
    _ClientSpec("MAR", "Hôtel Le Marceau", _STD,
                ("Sandrine Picard", "+33 1 47 23 65 40", "securite@hotel-lemarceau.fr"),
                (("Hôtel — avenue Marceau", "38 avenue Marceau, 75008 Paris", _S2),
                 ("Annexe Chaillot", "4 rue de Chaillot, 75116 Paris", _S1)), 20),
    _ClientSpec("DCN", "DCN Infra — datacenters Île-de-France", _P,
                ("Thierry Vasseur", "+33 1 70 38 92 15", "soc@dcn-infra.fr"),
                (("Datacenter Saint-Denis DC1", "12 rue du Landy, 93200 Saint-Denis", _S3),
                 ("Datacenter Aubervilliers DC2", "61 rue des Gardinoux, 93300 Aubervilliers", _S3)), 35),
    _ClientSpec("FCA", "Fondation Carpeaux", _STD,
                ("Élodie Marchand", "+33 1 44 05 71 26", "e.marchand@fondation-carpeaux.fr"),
                (("Musée — hôtel de Sévigné", "23 rue de Sévigné, 75003 Paris", _S2),
                 ("Réserves de Saint-Ouen", "7 rue Paul-Bert, 93400 Saint-Ouen-sur-Seine", _S3)), 25),
)
#: the client whose maintenance contract ends during the demo (restitution, then archive)
_ENDED_CLIENT = "LSA"

_TECHNICIANS: tuple[tuple[str, str], ...] = (
    ("Antoine Lefebvre", "+33 6 12 45 78 90"),
    ("Mehdi Haddad", "+33 6 23 56 89 01"),
    ("Lucie Fontaine", "+33 6 34 67 90 12"),
    ("Kevin Nguyen", "+33 6 45 78 01 23"),
    ("Romain Chevalier", "+33 6 56 89 12 34"),
    ("Sarah Benoît", "+33 6 67 90 23 45"),
    ("Nicolas Girard", "+33 6 78 01 34 56"),
    ("Yannick Le Goff", "+33 6 89 12 45 67"),
    ("Fatou Diallo", "+33 7 81 23 56 78"),
    ("Guillaume Perrin", "+33 7 82 34 67 89"),
    ("Damien Roche", "+33 7 83 45 78 90"),
)

_TYPE_WEIGHTS = (
    (ItemType.BADGE, 34),
    (ItemType.MECHANICAL_KEY, 30),
    (ItemType.TEMPORARY_BADGE, 18),
    (ItemType.CODE_KEY, 9),
    (ItemType.MASTER_KEY, 9),
)
_BADGE_ZONES = ("parking", "hall d'accueil", "local technique", "salle serveurs", "quai de livraison",
                "PC sécurité", "toiture", "sous-sol", "salle blanche", "bureaux 3e étage")
_KEY_ROOMS = ("local TGBT", "local CCTV", "baie de brassage", "armoire SSI", "local poubelles", "chaufferie",
              "portail", "accès toiture", "local onduleurs", "grille du parking", "local vélos", "gaine palière")
_KEY_BRANDS = ("Vachette", "Bricard", "Fichet", "Abus", "Pollux", "Heracles")


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


def paris_at(day: date, hour: int, minute: int = 0) -> datetime:
    """*day* at *hour*:*minute* in Paris, as UTC."""
    return datetime.combine(day, dtime(hour, minute), tzinfo=PARIS).astimezone(UTC)


# --------------------------------------------------------------------------- signatures


def handwriting(style_seed: int, variant: int = 0, *, width: int = 400, height: int = 150,
                device: str = "pad") -> SignatureCapture:
    """A plausible handwritten signature: a capital, a cursive word, an underline flourish.

    *style_seed* fixes the hand (proportions, slant, number of letters), *variant* the
    small differences between two signatures of the same person. The cursive word is a
    looped trochoid whose height and slant wander like a hand's; pressure swells in the
    middle of each stroke; points come every 7–9 ms.
    """
    style = random.Random(style_seed)
    jitter = random.Random(style_seed * 7919 + variant)

    def param(low: float, high: float) -> float:
        return style.uniform(low, high) * (1 + jitter.uniform(-0.04, 0.04))

    strokes: list[tuple[tuple[int, float, float, float], ...]] = []
    t = 0
    slant = param(0.15, 0.45)
    base = height * param(0.58, 0.64)

    def clamp(x: float, y: float) -> tuple[float, float]:
        return min(max(x, 2.0), width - 2.0), min(max(y, 2.0), height - 2.0)

    def emit(points: list[tuple[float, float]]) -> None:
        nonlocal t
        out = []
        n = len(points)
        for i, (x, y) in enumerate(points):
            u = i / max(1, n - 1)
            p = 0.35 + 0.45 * math.sin(math.pi * u) + jitter.uniform(-0.05, 0.05)
            cx, cy = clamp(x + jitter.uniform(-0.6, 0.6), y + jitter.uniform(-0.6, 0.6))
            out.append((t, round(cx, 1), round(cy, 1), round(min(max(p, 0.05), 1.0), 3)))
            t += jitter.randint(7, 9)
        strokes.append(tuple(out))
        t += jitter.randint(120, 320)

    # the capital: a tall loop opening to the right
    x0 = width * param(0.06, 0.12)
    cap_h = height * param(0.42, 0.55)
    cap_w = cap_h * param(0.35, 0.6)
    cap = []
    for i in range(28):
        a = -math.pi / 2 + 2.1 * math.pi * i / 27
        r = 1.0 - 0.25 * i / 27
        x = x0 + cap_w * (0.5 + 0.5 * math.cos(a)) * r
        y = base - cap_h * (0.5 - 0.5 * math.sin(a)) * r
        cap.append((x + slant * (base - y), y))
    emit(cap)

    # the word: loops of varying height, drifting up or down a little
    letters = style.randint(5, 8)
    start = x0 + cap_w * 0.9
    length = width * param(0.5, 0.62)
    a = length / (2 * math.pi * letters)
    b = a * param(1.25, 1.75)
    drift = style.uniform(-0.08, 0.08)
    phase = param(0.1, math.pi)
    word = []
    steps = letters * 13
    for i in range(steps + 1):
        s = 2 * math.pi * letters * i / steps
        amp = 1.0 + 0.45 * math.sin(s / 3.1 + phase) + jitter.uniform(-0.05, 0.05)
        x = start + a * s + b * math.sin(s)
        y = base - drift * a * s - b * amp * (1 - math.cos(s)) * 0.9
        word.append((x + slant * (base - y), y))
    emit(word)

    # the flourish: a long underline with a hook
    if style.random() < 0.8:
        fx0 = x0 + param(1, 15)
        fx1 = start + length * param(0.9, 1.05)
        under = base + height * param(0.1, 0.18)
        flourish = []
        for i in range(25):
            u = i / 24
            flourish.append((fx0 + (fx1 - fx0) * u, under + 8 * math.sin(math.pi * u) - 14 * u * u))
        emit(flourish)
    return SignatureCapture(width=width, height=height, strokes=tuple(strokes), device=device)


class SignatureBook:
    """Signatures of the demo's people: a style per person, a couple of variants each,
    rendered once (rendering is the slow part)."""

    def __init__(self, seed: int, *, variants: int = 2) -> None:
        self.seed = seed
        self.variants = variants
        self._cache: dict[tuple[str, int], SignatureCapture] = {}
        self._uses: dict[str, int] = {}

    def sign(self, who: str) -> SignatureCapture:
        """The next variant of *who*'s signature, with its PNG."""
        n = self._uses.get(who, 0)
        self._uses[who] = n + 1
        key = (who, n % self.variants)
        capture = self._cache.get(key)
        if capture is None:
            # the same hand for a person, a little different from one signature to the next
            person_seed = zlib.crc32(who.encode("utf-8")) ^ self.seed
            device = ("pad", "pad", "pen", "touch")[person_seed % 4]
            capture = handwriting(person_seed, key[1], device=device)
            capture = replace(capture, png=render_png(capture))
            self._cache[key] = capture
        return capture


def mandate_pdf(lines: list[str]) -> bytes:
    """A one-page PDF standing for the client's scanned mandate (ASCII text)."""
    text = "BT /F1 12 Tf 60 770 Td 16 TL " + " ".join(
        "(" + ln.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)") + ") '" for ln in lines
    ) + " ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(text) + text.encode("ascii", "replace") + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = bytearray(b"%PDF-1.4\n")
    offsets = []
    for i, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % i + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    for off in offsets:
        out += b"%010d 00000 n \n" % off
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return bytes(out)


# --------------------------------------------------------------------------- the simulation


@dataclass
class _Item:
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
class _Plan:
    """An item to receive on a given day."""

    day: date
    client: str
    site_id: int
    type: ItemType
    extra: dict[str, Any] = field(default_factory=dict)


def _weighted(rng: random.Random, pairs: tuple[tuple[Any, int], ...]) -> Any:
    return rng.choices([p[0] for p in pairs], weights=[p[1] for p in pairs])[0]


def _working_days(first: date, last: date) -> list[date]:
    days = []
    d = first
    while d <= last:
        if d.weekday() < 5:
            days.append(d)
        d += timedelta(days=1)
    return days


def _next_working_day(d: date, n: int = 1) -> date:
    while n > 0:
        d += timedelta(days=1)
        if d.weekday() < 5:
            n -= 1
    return d


class _Simulation:
    """Six months of a headquarters desk, played through the services."""

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
        self.items: dict[int, _Item] = {}
        self.uids: set[str] = set()
        self.cursor = end
        self.lost_on_time: _Item | None = None
        self.stolen_item: _Item | None = None
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
                badge_uid=badge, email=f"{_ascii(first)}.{_ascii(last)}@mileotech.com",
                phone=f"+33 6 {self.rng.randint(10, 99)} {self.rng.randint(10, 99)} "
                f"{self.rng.randint(10, 99)} {self.rng.randint(10, 99)}",
            )
            self.actors[user.login] = Actor(view.id, user.login, user.full_name, user.role, user.station)
            self.names[view.id] = user.full_name
            if user.role in (Role.TECHNICIAN, Role.SITE_LEAD):
                self.holders.append((view.id, user.full_name))
        manager = self.actors["exploitation"]
        for name, phone in _TECHNICIANS:
            first, last = name.lower().split(" ", 1)
            view = svc.directory.create_person(
                manager, full_name=name, role=Role.TECHNICIAN, badge_uid=self.uid(7, "04"), phone=phone,
                email=f"{_ascii(first)}.{_ascii(last)}@mileotech.com",
            )
            self.holders.append((view.id, name))
            self.names[view.id] = name
        # a technician who left the company: still in the history, no longer active
        former = svc.directory.create_person(manager, full_name="Bruno Caron", role=Role.TECHNICIAN,
                                             badge_uid=self.uid(4))
        svc.directory.update_person(manager, former.id, active=False)
        for spec in _CLIENTS:
            client = svc.directory.create_client(
                manager, code=spec.code, name=spec.name, contact_name=spec.contact[0],
                contact_phone=spec.contact[1], contact_email=spec.contact[2], contract_level=spec.level,
            )
            self.clients[spec.code] = client.id
            for site_name, address, sensitivity in spec.sites:
                site = svc.directory.create_site(manager, client_id=client.id, name=site_name, address=address,
                                                 sensitivity=sensitivity)
                self.sites.setdefault(spec.code, []).append((site.id, sensitivity))

    def plan_receptions(self, days: list[date]) -> dict[date, list[_Plan]]:
        rng = self.rng
        total_weight = sum(c.weight for c in _CLIENTS)
        plans: dict[date, list[_Plan]] = {}
        intake = days[: max(1, min(12, len(days)))]
        ended_cutoff = max(0, len(days) // 2)
        for spec in _CLIENTS:
            count = max(3, round(self.n_items * spec.weight / total_weight))
            for k in range(count):
                if rng.random() < 0.6 or k < 3:
                    day = rng.choice(intake)  # the bulk arrives when the contract starts
                elif spec.code == _ENDED_CLIENT:
                    day = rng.choice(days[:ended_cutoff])
                else:
                    day = rng.choice(days[:-1] if len(days) > 1 else days)
                site_id, sensitivity = rng.choice(self.sites[spec.code])
                item_type = _weighted(rng, _TYPE_WEIGHTS)
                if item_type is ItemType.TEMPORARY_BADGE and sensitivity is Sensitivity.S1 and rng.random() < 0.5:
                    item_type = ItemType.BADGE
                # every client has at least a temporary badge and a master key, whatever the scale
                if k == 1 and spec.code != _ENDED_CLIENT:
                    item_type = ItemType.TEMPORARY_BADGE
                elif k == 2 or (spec.code == _ENDED_CLIENT and k == 0):
                    item_type = ItemType.MASTER_KEY
                plans.setdefault(day, []).append(_Plan(day, spec.code, site_id, item_type, self.identity(item_type)))
        return plans

    def identity(self, item_type: ItemType) -> dict[str, Any]:
        rng = self.rng
        if item_type is ItemType.BADGE:
            return {"card_uid": self.uid(rng.choice((4, 7)), "" if rng.random() < 0.5 else "04"),
                    "label": f"Badge accès {rng.choice(_BADGE_ZONES)}"}
        if item_type is ItemType.TEMPORARY_BADGE:
            return {"card_uid": self.uid(4), "label": f"Badge temporaire visiteur n°{rng.randint(1, 40)}"}
        if item_type is ItemType.MECHANICAL_KEY:
            return {"tag_uid": self.uid(7, "04"), "label": f"Clé {rng.choice(_KEY_ROOMS)}",
                    "stamped_number": f"{rng.choice(_KEY_BRANDS)} {rng.randint(10000, 99999)}"}
        if item_type is ItemType.CODE_KEY:
            return {"tag_uid": self.uid(7, "04"), "label": f"Clé à code armoire {rng.choice(_KEY_ROOMS)}",
                    "stamped_number": f"C-{rng.randint(1000, 9999)}"}
        return {"tag_uid": self.uid(8, "E004"), "label": f"Clé maîtresse bâtiment {rng.choice('ABCDE')}",
                "stamped_number": f"PG-{rng.choice('ABCDEFGH')}{rng.randint(10, 99)}"}

    # -- movements -------------------------------------------------------------------

    def receive(self, plan: _Plan, by: str) -> None:
        self.tick(2, 7)
        result = self.svc.registry.receive_item(
            self.actors[by], client_id=self.clients[plan.client], site_id=plan.site_id, type=plan.type,
            in_charge_id=self.actors["gardien"].person_id, **plan.extra,
        )
        it = result.item
        self.items[it.id] = _Item(it.id, it.registry_id, it.type, plan.client, it.label or "",
                                  result.movement.seq, it.stamped_number)

    def attribute(self, item: _Item, holder: tuple[int, str], due: datetime, by: str = "gardien",
                  note: str | None = None) -> None:
        self.tick(3, 14)
        result = self.svc.registry.attribute_item(
            self.actors[by], item_id=item.id, holder_id=holder[0], due_at=due,
            signature=self.signatures.sign(holder[1]), note=note,
            identified_by_badge=self.rng.random() < 0.6,
        )
        item.holder, item.due, item.attribution_seq = holder[0], due, result.movement.seq
        self.schedule_return(item)

    def give_back(self, item: _Item, by: str = "gardien", note: str | None = None) -> None:
        assert item.holder is not None
        self.tick(3, 12)
        self.svc.registry.return_item(
            self.actors[by], item_id=item.id,
            technician_signature=self.signatures.sign(self.names[item.holder]),
            custodian_signature=self.signatures.sign(self.actors[by].full_name), note=note,
        )
        item.holder = item.due = item.attribution_seq = item.return_day = None

    def transfer(self, item: _Item, holder: tuple[int, str], due: datetime, note: str) -> None:
        self.tick(5, 20)
        result = self.svc.registry.transfer_item(
            self.actors["gardien"], item_id=item.id, to_holder_id=holder[0], due_at=due,
            signature=self.signatures.sign(holder[1]), note=note,
        )
        item.holder, item.due, item.attribution_seq = holder[0], due, result.movement.seq
        self.schedule_return(item)

    def loss(self, item: _Item, *, stolen: bool, noticed_before: timedelta, reported_before: timedelta,
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

    def pick(self, predicate: Callable[[_Item], bool]) -> _Item | None:
        candidates = [i for i in self.items.values() if predicate(i)]
        return self.rng.choice(candidates) if candidates else None

    def due_for(self, item: _Item, day: date) -> datetime:
        if item.type is ItemType.TEMPORARY_BADGE:
            # PROC-INT-005 §04: back the same day, before leaving the site
            return paris_at(day, 18, self.rng.choice((0, 15, 30)))
        return paris_at(_next_working_day(day, self.rng.choice((1, 2, 3, 3, 5, 5, 7, 10, 15))), 18)

    def schedule_return(self, item: _Item) -> None:
        """When the holder will bring the item back: mostly on the due day, sometimes late,
        and near the end of the demo some never come back (overdue now)."""
        assert item.due is not None
        due_day = paris_date(item.due)
        rng = self.rng
        item.never_back = False
        if item.client == _ENDED_CLIENT:
            item.return_day = due_day
        elif item.type is ItemType.TEMPORARY_BADGE:
            late = rng.random() < 0.05
            item.return_day = _next_working_day(due_day) if late else due_day
        elif (self.last_day - due_day).days <= 12 and rng.random() < 0.3:
            item.return_day = None
        else:
            late = rng.random() < 0.1
            item.return_day = _next_working_day(due_day, rng.randint(1, 4)) if late else due_day
        if item.return_day is None or item.return_day >= self.last_day:
            # not back by now: still held (overdue once its due date has passed)
            item.return_day = None
            item.never_back = True

    # -- the story -----------------------------------------------------------------------

    def run(self) -> None:
        days = _working_days(self.first_day, self.last_day - timedelta(days=1))
        if len(days) < 30:
            raise RuleViolation("Période de démonstration trop courte.", code="demo")
        self.people(paris_at(days[0] - timedelta(days=7), 9))
        receptions = self.plan_receptions(days)
        n = len(days)
        ended_restitution = days[int(n * 0.88)]
        ended_cutoff = days[int(n * 0.88) - 18]
        specials: dict[date, list[Callable[[date], None]]] = {}

        def at(fraction: float, fn: Callable[[date], None]) -> None:
            specials.setdefault(days[min(n - 1, max(12, int(n * fraction)))], []).append(fn)

        at(0.22, self.story_loss_on_time)
        at(0.28, self.story_master_key_duplication)
        at(0.36, self.story_found)
        at(0.42, self.story_theft)
        at(0.47, self.story_correct_stamped_number)
        at(0.53, self.story_badge_duplication)
        at(0.60, self.story_late_loss)
        at(0.64, self.story_client_requests_items_back)
        at(0.69, self.story_key_copy_without_mandate)
        at(0.74, self.story_late_theft)
        at(0.79, self.story_loss_at_headquarters)
        at(0.84, self.story_technician_reports_loss)
        at(0.93, self.story_extend_due_date)
        at(0.96, self.story_theft_found)
        specials.setdefault(ended_restitution, []).append(self.story_end_of_contract)
        self.temporary_out_day = days[-1]

        for day in days:
            self.start_day(day, 8, self.rng.randint(0, 20))
            for plan in receptions.get(day, []):
                self.receive(plan, "gardien" if self.rng.random() < 0.85 else "exploitation")
            self.jump(day, 8, 45)
            # late items brought back in the morning
            for item in sorted(self.items.values(), key=lambda i: i.id):
                if item.holder is not None and item.return_day == day and item.due and paris_date(item.due) < day:
                    self.give_back(item, note="Retour en retard." if self.rng.random() < 0.5 else None)
            self.jump(day, 9, 0)
            self.morning_attributions(day, ended_cutoff)
            self.jump(day, 11, self.rng.randint(0, 30))
            if self.rng.random() < 0.12:
                self.story_transfer(day)
            for story in specials.get(day, []):
                self.jump(day, 11, 30)
                story(day)
            self.jump(day, 16, self.rng.randint(0, 40))
            for item in sorted(self.items.values(), key=lambda i: (i.due or self.end, i.id)):
                if item.holder is not None and item.return_day == day and item.due and paris_date(item.due) >= day:
                    self.give_back(item, by="gardien" if self.rng.random() < 0.9 else "exploitation")
        self.today()

    def morning_attributions(self, day: date, ended_cutoff: date) -> None:
        rng = self.rng
        # the desk's traffic follows the size of the registry (about 1.8 handovers a day for 220 items)
        rate = self.n_items / DEMO_ITEMS
        count = int(rng.choice((0, 1, 1, 1, 2, 2)) * rate + rng.random())
        temps = int(rng.choice((0, 0, 0, 1, 1, 2)) * rate + rng.random())
        if day == self.temporary_out_day:
            temps = 3
        for want_temp, how_many in ((False, count), (True, temps)):
            def wanted(i: _Item, temp: bool = want_temp) -> bool:
                return (i.available and (i.type is ItemType.TEMPORARY_BADGE) == temp
                        and not (i.client == _ENDED_CLIENT and day >= ended_cutoff))

            for _ in range(how_many):
                item = self.pick(wanted)
                if item is None:
                    continue
                holder = rng.choice(self.holders[1:]) if rng.random() < 0.93 else self.holders[0]
                due = self.due_for(item, day)
                self.attribute(item, holder, due)
                if item.type is ItemType.TEMPORARY_BADGE and day == self.temporary_out_day:
                    # PROC-INT-005 §04: these were never brought back; they show as overdue
                    item.return_day, item.never_back = None, True

    def today(self) -> None:
        """Today, up to the end moment: a couple of temporary badges handed out this morning."""
        day = self.last_day
        local = self.end.astimezone(PARIS)
        if day.weekday() >= 5 or not dtime(9, 30) <= local.time() <= dtime(17, 0):
            return
        self.start_day(day, 8, 30)
        for _ in range(2):
            item = self.pick(lambda i: i.available and i.type is ItemType.TEMPORARY_BADGE)
            if item is None:
                return
            due = min(paris_at(day, 18, 30), end_of_paris_day(self.end))
            self.attribute(item, self.rng.choice(self.holders[1:]), due)

    # -- stories ---------------------------------------------------------------------------

    def _held(self, *types: ItemType, day: date) -> _Item | None:
        """An item held today by a technician (not the demo's « technicien » account), of one
        of *types* if there is one, else of any type but a temporary badge."""
        def held(i: _Item) -> bool:
            return (i.holder is not None and i.client != _ENDED_CLIENT and i.due is not None
                    and i.due > self.cursor + timedelta(hours=2) and i.return_day != day
                    and i.holder != self.actors["technicien"].person_id)

        return (self.pick(lambda i: held(i) and i.type in types)
                or self.pick(lambda i: held(i) and i.type is not ItemType.TEMPORARY_BADGE))

    def story_transfer(self, day: date) -> None:
        item = self._held(ItemType.BADGE, ItemType.MECHANICAL_KEY, ItemType.CODE_KEY, day=day)
        if item is None or item.due is None:
            return
        others = [h for h in self.holders[1:] if h[0] != item.holder]
        holder = self.rng.choice(others)
        due = paris_at(_next_working_day(paris_date(item.due), self.rng.randint(1, 4)), 18)
        self.transfer(item, holder, due, "Reprise de l'intervention par un collègue.")

    def story_loss_on_time(self, day: date) -> None:
        item = self._held(ItemType.MECHANICAL_KEY, ItemType.BADGE, day=day)
        if item is not None:
            self.loss(item, stolen=False, noticed_before=timedelta(minutes=35), reported_before=timedelta(minutes=20),
                      by="exploitation", note="Clé égarée lors de l'intervention en toiture ; recherches en cours. "
                      "Responsable sécurité du client prévenu par téléphone.")
            self.lost_on_time = item

    def story_found(self, day: date) -> None:
        item = self.lost_on_time
        if item is not None and item.state is ItemState.LOST:
            self.tick(10, 30)
            self.svc.registry.mark_found(self.actors["gardien"], item_id=item.id,
                                         note="Retrouvée par le gardien d'immeuble dans le local technique.")
            item.state = ItemState.IN_SERVICE

    def story_theft(self, day: date) -> None:
        item = self._held(ItemType.BADGE, day=day)
        if item is not None:
            self.loss(item, stolen=True, noticed_before=timedelta(minutes=25), reported_before=timedelta(minutes=10),
                      by="exploitation", note="Vol du véhicule d'intervention (plainte déposée). Badge désactivé "
                      "par le client à 8 h 40.")
            self.stolen_item = item

    def story_theft_found(self, day: date) -> None:
        item = self.stolen_item
        if item is not None and item.state is ItemState.STOLEN:
            self.tick(10, 30)
            self.svc.registry.mark_found(self.actors["exploitation"], item_id=item.id,
                                         note="Restitué par le commissariat avec le véhicule retrouvé.")
            item.state = ItemState.IN_SERVICE

    def story_late_loss(self, day: date) -> None:
        item = self._held(ItemType.MECHANICAL_KEY, ItemType.CODE_KEY, day=day)
        if item is not None:
            self.loss(item, stolen=False, noticed_before=timedelta(hours=2, minutes=40),
                      reported_before=timedelta(minutes=15), by="exploitation",
                      note="Signalée tardivement : le technicien a d'abord cherché dans son véhicule.")

    def story_late_theft(self, day: date) -> None:
        item = self._held(ItemType.MECHANICAL_KEY, ItemType.BADGE, day=day)
        if item is not None:
            self.loss(item, stolen=True, noticed_before=timedelta(hours=1, minutes=10),
                      reported_before=timedelta(minutes=5), by="exploitation",
                      note="Sacoche volée sur le chantier ; changement de cylindre demandé au client.")

    def story_loss_at_headquarters(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.CODE_KEY and i.client != _ENDED_CLIENT)
        if item is not None:
            self.loss(item, stolen=False, noticed_before=timedelta(hours=1), reported_before=timedelta(minutes=40),
                      by="gardien", note="Introuvable dans l'armoire à clés lors du contrôle mensuel.")

    def story_technician_reports_loss(self, day: date) -> None:
        tech = self.actors["technicien"]
        item = self.pick(lambda i: i.available and i.type is ItemType.BADGE and i.client != _ENDED_CLIENT)
        if item is None:
            return
        self.attribute(item, (tech.person_id, tech.full_name), paris_at(_next_working_day(day, 3), 18))
        self.jump(day, 15, 10)
        self.loss(item, stolen=False, noticed_before=timedelta(minutes=18), reported_before=timedelta(minutes=6),
                  by="technicien", note="Badge perdu sur le parking du site, signalé depuis le chantier.")

    def story_master_key_duplication(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.MASTER_KEY and i.client != _ENDED_CLIENT)
        if item is None:
            return
        spec = next(c for c in _CLIENTS if c.code == item.client)
        self.tick(10, 40)
        reference = f"MD-{day.year}-{self.rng.randint(100, 999)}"
        signed = day - timedelta(days=6)
        self.svc.registry.duplicate_item(
            self.actors["exploitation"], item_id=item.id, copies=2,
            mandate=MandateInput(
                reference=reference, signed_on=signed, signatory=spec.contact[0], copies=2,
                document=mandate_pdf([f"Mandat de reproduction {reference}", f"Client : {_ascii(spec.name)}",
                                      f"Objet : {item.registry_id} ({_ascii(item.label)})", "Nombre de copies : 2",
                                      f"Signataire : {_ascii(spec.contact[0])}, responsable securite",
                                      f"Date : {signed.strftime('%d/%m/%Y')}"]),
                document_name=f"mandat-{reference}.pdf",
            ),
            note="Deux exemplaires supplémentaires pour l'équipe de maintenance du client.",
        )
        self._register_copies(item)

    def story_badge_duplication(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.BADGE and i.client != _ENDED_CLIENT)
        if item is None:
            return
        spec = next(c for c in _CLIENTS if c.code == item.client)
        self.tick(10, 40)
        reference = f"MD-{day.year}-{self.rng.randint(100, 999)}"
        self.svc.registry.duplicate_item(
            self.actors["exploitation"], item_id=item.id, copies=1,
            mandate=MandateInput(reference=reference, signed_on=day - timedelta(days=3),
                                 signatory=spec.contact[0], copies=1),
            note="Réencodage d'un second badge par le prestataire habilité du client.",
        )
        self._register_copies(item)

    def story_key_copy_without_mandate(self, day: date) -> None:
        item = self.pick(lambda i: i.available and i.type is ItemType.MECHANICAL_KEY and i.client != _ENDED_CLIENT)
        if item is None:
            return
        self.tick(10, 40)
        self.svc.registry.duplicate_item(self.actors["exploitation"], item_id=item.id, copies=1, mandate=None,
                                         note="Double d'une clé simple (local vélos) demandé par le client.")
        self._register_copies(item)

    def _register_copies(self, original: _Item) -> None:
        with self.svc.db.read() as s:
            rows = s.execute(select(ItemRecord.id, ItemRecord.registry_id, MovementRecord.seq)
                             .join(MovementRecord, MovementRecord.item_id == ItemRecord.id)
                             .where(ItemRecord.original_id == original.id)).all()
        for item_id, rid, seq in rows:
            if item_id not in self.items:
                self.items[item_id] = _Item(item_id, rid, original.type, original.client, original.label, seq,
                                            original.stamped_number)

    def story_correct_stamped_number(self, day: date) -> None:
        item = self.pick(lambda i: i.type is ItemType.MECHANICAL_KEY and bool(i.stamped_number)
                         and i.state is ItemState.IN_SERVICE)
        if item is None or item.stamped_number is None:
            return
        brand, number = item.stamped_number.rsplit(" ", 1)
        fixed = f"{brand} {number[:-2]}{number[-1]}{number[-2]}"
        self.tick(5, 20)
        self.svc.registry.correct_movement(
            self.actors["gardien"], seq=item.reception_seq,
            note="Numéro frappé mal recopié à la réception (deux chiffres inversés).",
            changes={"stamped_number": fixed},
        )
        item.stamped_number = fixed

    def story_client_requests_items_back(self, day: date) -> None:
        spec = self.rng.choice([c for c in _CLIENTS if c.code != _ENDED_CLIENT])
        items = [i for i in self.items.values() if i.client == spec.code and i.available
                 and i.type in (ItemType.BADGE, ItemType.MECHANICAL_KEY)][:2]
        for item in items:
            self.tick(5, 15)
            self.svc.registry.restitute_item(
                self.actors["chef"], item_id=item.id, note="Accès devenu inutile : site réaménagé par le client.",
                client_signature=self.signatures.sign(spec.contact[0]), client_signatory=spec.contact[0],
            )
            item.state = ItemState.RETURNED_TO_CLIENT

    def story_end_of_contract(self, day: date) -> None:
        spec = next(c for c in _CLIENTS if c.code == _ENDED_CLIENT)
        self.jump(day, 14, 0)
        for item in sorted(self.items.values(), key=lambda i: i.registry_id):
            if item.client != spec.code or not item.available:
                continue
            self.tick(1, 4)
            self.svc.registry.restitute_item(
                self.actors["chef"], item_id=item.id,
                note="Fin du contrat de maintenance : inventaire contradictoire (PROC-INT-006 §04).",
                client_signature=self.signatures.sign(spec.contact[0]), client_signatory=spec.contact[0],
            )
            item.state = ItemState.RETURNED_TO_CLIENT
        if not any(i.client == spec.code and i.holder is not None for i in self.items.values()):
            self.tick(5, 10)
            self.svc.directory.update_client(self.actors["exploitation"], self.clients[spec.code], active=False)

    def story_extend_due_date(self, day: date) -> None:
        item = self.pick(lambda i: i.holder is not None and i.attribution_seq is not None
                         and i.type is not ItemType.TEMPORARY_BADGE and i.client != _ENDED_CLIENT
                         and i.due is not None and i.due > self.cursor + timedelta(hours=3)
                         and not i.never_back)
        if item is None or item.due is None or item.attribution_seq is None:
            return
        new_due = paris_at(_next_working_day(paris_date(item.due), 5), 18)
        self.tick(5, 20)
        self.svc.registry.correct_movement(
            self.actors["gardien"], seq=item.attribution_seq, due_at=new_due,
            note="Intervention prolongée d'une semaine à la demande du client.",
        )
        item.due = new_due
        self.schedule_return(item)


def _ascii(text: str) -> str:
    import unicodedata

    folded = unicodedata.normalize("NFKD", text)
    return "".join(c for c in folded if not unicodedata.combining(c)).replace(" ", "-").replace("'", "")


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
        from . import Services

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
            _Simulation(svc, clock, admin, seed=seed, n_items=items, end=end, months=months).run()
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
        from .queries import QueryService

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

"""Builds the benchmark dataset of SPEC §9: 100,000 items, 2,000,000 movements, 2,000 clients.

The registry is created by the application's own migration, then filled by bulk inserts
(``executemany`` on SQLite, ``COPY`` on PostgreSQL) instead of the services, which would
take hours. The rows are what the services would have written:

- a simulated history: every item is received from its client, then attributed, returned,
  transferred, lost, stolen, found, restituted, its due date corrected… following the
  registry's rules, in chronological order over six years;
- each movement's hash is the real :func:`mileo_desk.domain.chain.movement_hash` over the
  real canonical fields, linked to its predecessor: the chain verifies;
- one handover in :data:`SIGN_EVERY` carries real signatures (a few captures rendered once
  and reused): the signature rows and the digests bound in the movement's ``signatures``
  field agree, so ``verify --signatures`` passes;
- items' ``search_text`` is computed by :func:`mileo_desk.persistence.repositories.item_search_text`
  from their final state, and the SQLite FTS5 index is rebuilt at the end.

The SQLite file is cached in ``bench/out/`` under a name keyed by :data:`VERSION` and the
sizes; ``python bench/generate.py`` builds it if missing (``--force`` rebuilds). PostgreSQL
databases are loaded from that file with :func:`load_into_postgres`.
"""

from __future__ import annotations

import argparse
import functools
import json
import random
import shutil
import sqlite3
import sys
import time
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import SimpleNamespace
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from mileo_desk.domain import chain  # noqa: E402
from mileo_desk.domain.clock import from_us, paris_date, to_us  # noqa: E402
from mileo_desk.domain.enums import ItemType, Role  # noqa: E402
from mileo_desk.domain.signature import SignatureCapture, digest, render_png, vectors_json  # noqa: E402
from mileo_desk.domain.text import fold  # noqa: E402
from mileo_desk.persistence import search_order  # noqa: E402
from mileo_desk.persistence.repositories import item_search_text  # noqa: E402
from mileo_desk.services.auth import hash_password  # noqa: E402

#: bump when the generated data changes: the cached file is keyed by it (and by the schema's
#: newest migration, so that a benchmark never times a migration of its cached file)
VERSION = 1
OUT = ROOT / "bench" / "out"
SEED = 20261123
PASSWORD = "bench-Mileo-2026"
#: one handover in SIGN_EVERY stores its signatures (vectors + PNG)
SIGN_EVERY = 25
HISTORY_START = datetime(2020, 11, 2, 7, 0, tzinfo=UTC)
HISTORY_END = datetime(2026, 11, 2, 17, 0, tzinfo=UTC)
BATCH = 50_000

STATIONS = ("accueil-siege-1", "accueil-siege-2", "accueil-siege-3", "bureau-exploitation", "portable-chantier-7")
FIRST = ("Thomas", "Noël", "Léa", "Inès", "Hélène", "Jérôme", "François", "Zoé", "Loïc", "Gaëlle", "Éric",
         "Amélie", "Benoît", "Cécile", "Clément", "Maëlle", "Raphaël", "Sébastien", "Anaïs", "Joël", "Marc",
         "Julie", "Paul", "Camille", "Hugo", "Chloé", "Nicolas", "Manon", "Lucas", "Sarah")
LAST = ("Éclair", "Dupré", "Châtelet", "Morel", "Lefèvre", "Garnier", "Bézier", "Ménard", "Roux", "Dubois",
        "Martin", "Bernard", "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Michel", "Lefebvre",
        "Fontaine", "Chevalier", "Robin", "Gauthier", "Perrin", "Mathieu", "Clément", "Masson", "Noël", "Caron")
CLIENT_KINDS = ("Société", "Banque", "Hôpital", "Crèche", "Musée", "Entrepôts", "Résidence", "Clinique",
                "Laboratoires", "Hôtel", "Lycée", "Mairie", "Théâtre", "Pharmacie", "Garage", "Boulangerie")
CLIENT_NAMES = ("des Écluses", "du Nord", "Saint-Éloi", "de l'Opéra", "Bellevue", "des Forêts", "Mériadec",
                "du Château", "Élysée", "de la Gare", "Pasteur", "Molière", "des Prés", "Lumière", "Étoile",
                "Régence", "du Lac", "Sévigné", "Montaigne", "Béranger")
CITIES = ("Paris", "Pantin", "Créteil", "Évry", "Orléans", "Besançon", "Nîmes", "Angoulême", "Chalon",
          "Vénissieux", "Saint-Étienne", "Montréal-la-Cluse", "Sète", "Périgueux", "Béziers", "Lille")
SITE_NAMES = ("Siège", "Entrepôt", "Agence", "Salle des serveurs", "Quai de chargement", "Bâtiment B",
              "Parking souterrain", "Local technique", "Réserve", "Accueil", "Laboratoire", "Atelier")
LABELS = {
    ItemType.BADGE: ("Badge accès quai", "Badge salle serveurs", "Badge parking", "Badge bureaux", "Badge général"),
    ItemType.MECHANICAL_KEY: ("Clé portail", "Clé armoire électrique", "Clé local poubelles", "Clé grille",
                              "Clé boîte aux lettres", "Clé baie de brassage"),
    ItemType.CODE_KEY: ("Clé à code local technique", "Clé à code coffre", "Clé à code armoire"),
    ItemType.MASTER_KEY: ("Clé maîtresse bâtiment", "Clé maîtresse étage", "Passe général"),
    ItemType.TEMPORARY_BADGE: ("Badge visiteur", "Badge intervenant", "Badge temporaire chantier"),
}
TYPE_WEIGHTS = ((ItemType.BADGE, 40), (ItemType.MECHANICAL_KEY, 35), (ItemType.CODE_KEY, 8),
                (ItemType.MASTER_KEY, 5), (ItemType.TEMPORARY_BADGE, 12))

# item states in the simulation
_HQ, _HELD, _LOST, _STOLEN, _RESTITUTED = range(5)
_STATE_VALUE = {_HQ: "in_service", _HELD: "in_service", _LOST: "lost", _STOLEN: "stolen",
                _RESTITUTED: "returned_to_client"}


@dataclass(frozen=True)
class Sizes:
    items: int = 100_000
    movements: int = 2_000_000
    clients: int = 2_000
    people: int = 300

    @property
    def key(self) -> str:
        return f"v{VERSION}-s{_schema_head()}-{self.items}i-{self.movements}m-{self.clients}c-{self.people}p"


@functools.lru_cache(maxsize=1)
def _schema_head() -> str:
    from alembic.script import ScriptDirectory

    from mileo_desk.persistence.migrate import alembic_config

    return str(ScriptDirectory.from_config(alembic_config()).get_current_head())


def dataset_path(sizes: Sizes) -> Path:
    return OUT / f"dataset-{sizes.key}.sqlite3"


def meta_path(sizes: Sizes) -> Path:
    return OUT / f"dataset-{sizes.key}.json"


def ensure_dataset(sizes: Sizes = Sizes(), *, force: bool = False, quiet: bool = False) -> tuple[Path, dict[str, Any]]:
    """The cached SQLite dataset of *sizes* (built first if missing) and its metadata."""
    path, meta = dataset_path(sizes), meta_path(sizes)
    if not force and path.exists() and meta.exists():
        return path, json.loads(meta.read_text())
    OUT.mkdir(parents=True, exist_ok=True)
    info = build_sqlite(path, sizes, quiet=quiet)
    meta.write_text(json.dumps(info, indent=2, ensure_ascii=False))
    return path, info


# --------------------------------------------------------------------------- generation


def _hex_uid(rng: random.Random, nbytes: int, used: set[str]) -> str:
    while True:
        uid = rng.getrandbits(nbytes * 8).to_bytes(nbytes, "big").hex().upper()
        if uid not in used:
            used.add(uid)
            return uid


def _signature_pool(n: int = 8) -> list[tuple[str, bytes, str]]:
    """*n* distinct valid signatures (vectors JSON, PNG, digest), rendered once."""
    import math

    pool = []
    for seed in range(n):
        strokes = []
        for s in range(2):
            strokes.append(tuple(
                (s * 800 + i * 12, round(30 + s * 150 + i * 9.0, 1),
                 round(80 + 35 * math.sin(i / (2.5 + seed / 4) + seed + s), 1), round(0.35 + 0.02 * (i % 20), 3))
                for i in range(30)
            ))
        capture = SignatureCapture(width=480, height=160, strokes=tuple(strokes), device=("pen", "pad")[seed % 2])
        vectors = vectors_json(capture)
        png = render_png(capture)
        pool.append((vectors, png, digest(vectors, png)))
    return pool


def _people(rng: random.Random, n: int) -> list[dict[str, Any]]:
    """Staff: one administrator, custodians, operations managers, site leads, technicians.

    The first of each role except technicians has an account (same password for all, hashed once).
    """
    pw = hash_password(PASSWORD)
    roles = ([Role.ADMIN] + [Role.CUSTODIAN] * 12 + [Role.OPERATIONS_MANAGER] * 6 + [Role.SITE_LEAD] * 30)
    roles += [Role.TECHNICIAN] * (n - len(roles))
    logins = {Role.ADMIN: "admin", Role.CUSTODIAN: "gardien", Role.OPERATIONS_MANAGER: "exploitation",
              Role.SITE_LEAD: "chantier"}
    used_uids: set[str] = set()
    out = []
    seen: set[str] = set()
    for pid, role in enumerate(roles, start=1):
        while True:
            name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
            if name not in seen or len(seen) > 800:
                break
        seen.add(name)
        login = None
        if role in logins and not any(p["login"] == logins[role] for p in out):
            login = logins[role]
        elif role in (Role.CUSTODIAN, Role.OPERATIONS_MANAGER):
            login = f"{logins[role]}{pid}"
        badge = _hex_uid(rng, 7, used_uids) if role in (Role.TECHNICIAN, Role.SITE_LEAD) else None
        out.append({
            "id": pid, "full_name": name, "role": role.value, "active": 1 if rng.random() > 0.03 or login else 0,
            "badge_uid": badge, "email": f"p{pid}@mileotech.com", "phone": None, "login": login,
            "password_hash": pw if login else None, "search_text": fold(f"{name} {login or ''}"),
        })
    return out


def _clients_and_sites(rng: random.Random, n: int, start_us: int) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    clients, sites = [], []
    for cid in range(1, n + 1):
        name = f"{rng.choice(CLIENT_KINDS)} {rng.choice(CLIENT_NAMES)} {rng.choice(CITIES)} {cid}"
        code = f"C{cid:04d}"
        contact = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
        clients.append({
            "id": cid, "code": code, "name": name, "contact_name": contact, "contact_phone": "+33 1 23 45 67 89",
            "contact_email": f"securite@client{cid}.fr",
            "contract_level": "premium" if rng.random() < 0.2 else "standard",
            "active": 1, "search_text": fold(f"{code} {name} {contact}"), "created_us": start_us,
        })
        for _ in range(rng.choice((1, 1, 2, 2, 3, 3, 4, 5))):
            site_name = f"{rng.choice(SITE_NAMES)} {rng.choice(CITIES)}"
            address = f"{rng.randint(1, 200)} rue {rng.choice(CLIENT_NAMES)}, {rng.choice(CITIES)}"
            sites.append({
                "id": len(sites) + 1, "client_id": cid, "name": site_name, "address": address,
                "sensitivity": rng.choice(("S1", "S1", "S2", "S2", "S3")), "active": 1,
                "search_text": fold(f"{site_name} {address} {name}"),
            })
    return clients, sites


class _History:
    """The simulation: items and their state, and the chain of movements in seq order."""

    def __init__(self, rng: random.Random, sizes: Sizes, people: list[dict[str, Any]],
                 clients: list[dict[str, Any]], sites: list[dict[str, Any]]) -> None:
        self.rng = rng
        self.sizes = sizes
        self.people = people
        self.custodians = [p["id"] for p in people if p["role"] == "custodian"]
        self.managers = [p["id"] for p in people if p["role"] == "operations_manager"]
        self.holders = [p["id"] for p in people if p["role"] in ("technician", "site_lead") and p["active"]]
        self.clients = clients
        self.sites_of: dict[int, list[dict[str, Any]]] = {}
        for s in sites:
            self.sites_of.setdefault(s["client_id"], []).append(s)
        # a few big clients hold many items (Zipf-like weights)
        self.client_weights = [1.0 / (i + 1) ** 0.7 for i in range(len(clients))]
        self.types = [t for t, _ in TYPE_WEIGHTS]
        self.type_weights = [w for _, w in TYPE_WEIGHTS]
        self.sig_pool = _signature_pool()
        self.items: list[dict[str, Any]] = []
        self.state: list[int] = []
        self.holder: list[int | None] = []
        self.held_since: list[int | None] = []
        self.due: list[int | None] = []
        self.last_seq: list[int] = []
        self.current_attr: list[int] = []  # seq of the current attribution/transfer, or 0
        self.per_client: dict[int, int] = {}
        self.used_uids: set[str] = set()
        self.signature_rows: list[tuple[Any, ...]] = []
        self.kinds: dict[str, int] = {}
        self.prev = chain.GENESIS
        self.seq = 0

    # -- items

    def _new_item(self, at_us: int) -> int:
        rng = self.rng
        client = rng.choices(self.clients, weights=self.client_weights)[0]
        site = rng.choice(self.sites_of[client["id"]])
        item_type = rng.choices(self.types, weights=self.type_weights)[0]
        n = self.per_client.get(client["id"], 0) + 1
        self.per_client[client["id"]] = n
        card = tag = stamped = None
        if item_type in (ItemType.BADGE, ItemType.TEMPORARY_BADGE):
            card = _hex_uid(rng, rng.choice((4, 7, 7, 7)), self.used_uids)
        else:
            stamped = f"{item_type.value[:1].upper()}-{rng.randint(100, 99999)}"
            if rng.random() < 0.6:
                tag = _hex_uid(rng, 8, self.used_uids)
        item = {
            "id": len(self.items) + 1, "registry_id": f"{client['code']}-{n:05d}", "client_id": client["id"],
            "site_id": site["id"], "type": item_type.value, "card_uid": card, "tag_uid": tag,
            "stamped_number": stamped, "label": f"{rng.choice(LABELS[item_type])} {site['name']}",
            "received_on": paris_date(from_us(at_us)), "in_charge_id": rng.choice(self.custodians),
        }
        self.items.append(item)
        self.state.append(_HQ)
        self.holder.append(None)
        self.held_since.append(None)
        self.due.append(None)
        self.last_seq.append(0)
        self.current_attr.append(0)
        return item["id"] - 1

    # -- movements

    def _signed(self, roles: Sequence[tuple[str, int | None, str]]) -> str | None:
        """Signatures for the next movement (one handover in SIGN_EVERY), stored and bound."""
        if self.rng.randrange(SIGN_EVERY):
            return None
        digests = []
        for role, signer_id, signer_name in roles:
            vectors, png, dig = self.sig_pool[self.rng.randrange(len(self.sig_pool))]
            self.signature_rows.append((self.seq + 1, role, signer_id, signer_name, vectors, png, dig))
            digests.append((role, dig))
        return chain.canonical_signatures(digests)

    def _append(self, idx: int, kind: str, at_us: int, actor: int, *, holder: int | None = None,
                due: int | None = None, corrects: int | None = None, note: str | None = None,
                details: dict[str, Any] | None = None, signatures: str | None = None) -> tuple[Any, ...]:
        self.seq += 1
        values = (self.seq, kind, idx + 1, at_us, actor, STATIONS[actor % len(STATIONS)], holder, due, corrects,
                  note, chain.canonical_details(details), signatures, self.prev)
        digest_ = chain.movement_hash(values)
        self.prev = digest_
        self.last_seq[idx] = self.seq
        self.kinds[kind] = self.kinds.get(kind, 0) + 1
        return (*values, digest_)

    def _name(self, person_id: int) -> str:
        return str(self.people[person_id - 1]["full_name"])

    def movements(self) -> Iterator[tuple[Any, ...]]:
        """The whole history, in seq order."""
        rng = self.rng
        total = self.sizes.movements
        start_us, end_us = to_us(HISTORY_START), to_us(HISTORY_END)
        step = (end_us - start_us) // total
        to_receive = self.sizes.items
        active: list[int] = []
        while self.seq < total:
            at = start_us + self.seq * step + rng.randrange(step // 2)
            left = total - self.seq
            if to_receive and (not active or rng.random() * left < to_receive):
                idx = self._new_item(at)
                to_receive -= 1
                active.append(idx)
                item = self.items[idx]
                details = {k: item[k] for k in ("registry_id", "type", "client_id", "site_id", "card_uid",
                                                "tag_uid", "stamped_number", "label")}
                details["received_on"] = item["received_on"].isoformat()
                yield self._append(idx, "reception", at, item["in_charge_id"], details=details)
                continue
            pos = rng.randrange(len(active))
            idx = active[pos]
            st = self.state[idx]
            r = rng.random()
            custodian = self.custodians[idx % len(self.custodians)]
            if st == _HQ:
                if r < 0.004:
                    self.state[idx] = _RESTITUTED
                    active[pos] = active[-1]
                    active.pop()
                    client_sig = self._signed((("client", None, "Représentant du client"),))
                    yield self._append(idx, "restitution", at, rng.choice(self.managers),
                                       note="Fin de contrat", signatures=client_sig,
                                       details={"client_signatory": "Représentant du client"} if client_sig else None)
                    continue
                holder = rng.choice(self.holders)
                temp = self.items[idx]["type"] == "temporary_badge"
                due = at + (rng.randint(2, 8) * 3_600_000_000 if temp else rng.randint(1, 45) * 86_400_000_000)
                self.state[idx], self.holder[idx], self.held_since[idx], self.due[idx] = _HELD, holder, at, due
                self.current_attr[idx] = self.seq + 1
                sigs = self._signed((("technician", holder, self._name(holder)),))
                yield self._append(idx, "attribution", at, custodian, holder=holder, due=due, signatures=sigs,
                                   details={"badge": True} if rng.random() < 0.3 else None)
            elif st == _HELD:
                holder = self.holder[idx]
                assert holder is not None
                if r < 0.80:
                    late = self.due[idx] is not None and self.due[idx] < at  # type: ignore[operator]
                    sigs = self._signed((("technician", holder, self._name(holder)),
                                         ("custodian", custodian, self._name(custodian))))
                    self.state[idx], self.holder[idx], self.held_since[idx], self.due[idx] = _HQ, None, None, None
                    self.current_attr[idx] = 0
                    yield self._append(idx, "return", at, custodian, holder=holder, signatures=sigs,
                                       details={"late": True} if late else None)
                elif r < 0.92:
                    new = rng.choice(self.holders)
                    if new == holder:
                        continue
                    due = at + rng.randint(1, 30) * 86_400_000_000
                    self.holder[idx], self.held_since[idx], self.due[idx] = new, at, due
                    self.current_attr[idx] = self.seq + 1
                    sigs = self._signed((("technician", new, self._name(new)),))
                    yield self._append(idx, "transfer", at, custodian, holder=new, due=due, signatures=sigs,
                                       details={"from_holder_id": holder})
                elif r < 0.97:
                    before, after = self.due[idx], at + rng.randint(1, 20) * 86_400_000_000
                    self.due[idx] = after
                    yield self._append(idx, "correction", at, rng.choice(self.managers), due=after,
                                       corrects=self.current_attr[idx], note="Date de retour convenue avec le client",
                                       details={"changes": {"due_us": {"before": before, "after": after}}})
                else:
                    stolen = r > 0.993
                    noticed = at - rng.randint(5, 120) * 60_000_000
                    self.state[idx] = _STOLEN if stolen else _LOST
                    self.holder[idx], self.held_since[idx], self.due[idx] = None, None, None
                    self.current_attr[idx] = 0
                    yield self._append(idx, "theft" if stolen else "loss", at, custodian, holder=holder,
                                       note="Déclaré par le technicien",
                                       details={"noticed_us": noticed, "reported_us": at,
                                                "late": at - noticed > 30 * 60_000_000})
            elif st in (_LOST, _STOLEN) and r < 0.25:
                self.state[idx] = _HQ
                yield self._append(idx, "found", at, rng.choice(self.managers), note="Retrouvé sur site")

    # -- final state

    def item_rows(self, people_names: dict[int, str], clients: dict[int, str], sites: dict[int, str]) -> Iterator[
            tuple[Any, ...]]:
        for idx, item in enumerate(self.items):
            holder = self.holder[idx]
            ns = SimpleNamespace(**item)
            search = item_search_text(ns, clients[item["client_id"]], sites[item["site_id"]],  # type: ignore[arg-type]
                                      people_names[holder] if holder else None, ItemType(item["type"]).label_fr)
            yield (item["id"], item["registry_id"], item["client_id"], item["site_id"], item["type"], item["card_uid"],
                   item["tag_uid"], item["stamped_number"], item["label"], item["received_on"].isoformat(),
                   item["in_charge_id"], "technician" if holder else "headquarters", holder, self.held_since[idx],
                   self.due[idx], _STATE_VALUE[self.state[idx]], None, None, self.last_seq[idx], search)


ITEM_COLUMNS = ("id", "registry_id", "client_id", "site_id", "type", "card_uid", "tag_uid", "stamped_number", "label",
                "received_on", "in_charge_id", "keeping", "holder_id", "held_since_us", "due_us", "state",
                "original_id", "mandate_id", "last_seq", "search_text")
MOVEMENT_COLUMNS = (*chain.FIELDS, "hash")
SIGNATURE_COLUMNS = ("movement_seq", "role", "signer_id", "signer_name", "vectors", "png", "digest")


def _insert(conn: sqlite3.Connection, table: str, columns: Sequence[str], rows: Any) -> None:
    sql = f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
    conn.executemany(sql, rows)


def _batched(rows: Iterator[tuple[Any, ...]], n: int) -> Iterator[list[tuple[Any, ...]]]:
    batch: list[tuple[Any, ...]] = []
    for row in rows:
        batch.append(row)
        if len(batch) >= n:
            yield batch
            batch = []
    if batch:
        yield batch


def build_sqlite(path: Path, sizes: Sizes, *, quiet: bool = False) -> dict[str, Any]:
    """Build the dataset into *path* (through a temporary file renamed at the end)."""
    from mileo_desk.services import open_services

    def say(msg: str) -> None:
        if not quiet:
            print(f"  [{time.perf_counter() - t0:6.1f} s] {msg}", flush=True)

    t0 = time.perf_counter()
    tmp = path.with_name(path.name + ".tmp")
    for p in (tmp, Path(f"{tmp}-wal"), Path(f"{tmp}-shm")):
        p.unlink(missing_ok=True)
    svc = open_services(f"sqlite:///{tmp}")  # the application's own migration
    svc.close()
    say("schema migrated")
    rng = random.Random(SEED)
    conn = sqlite3.connect(tmp, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("PRAGMA journal_mode=OFF")
    conn.execute("PRAGMA synchronous=OFF")
    conn.execute("PRAGMA cache_size=-400000")
    conn.execute("PRAGMA foreign_keys=OFF")
    # secondary indexes and the FTS triggers are dropped during the load, re-created after
    saved = [r[0] for r in conn.execute(
        "SELECT sql FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN "
        "('items', 'movements', 'signatures')) OR (type = 'trigger' AND name LIKE 'items_fts_%'))")]
    for kind, name in conn.execute(
        "SELECT type, name FROM sqlite_master WHERE sql IS NOT NULL AND ((type = 'index' AND tbl_name IN "
        "('items', 'movements', 'signatures')) OR (type = 'trigger' AND name LIKE 'items_fts_%'))").fetchall():
        conn.execute(f"DROP {kind.upper()} {name}")
    conn.execute("BEGIN")
    people = _people(rng, sizes.people)
    _insert(conn, "people", list(people[0]), [tuple(p.values()) for p in people])
    clients, sites = _clients_and_sites(rng, sizes.clients, to_us(HISTORY_START))
    _insert(conn, "clients", list(clients[0]), [tuple(c.values()) for c in clients])
    _insert(conn, "sites", list(sites[0]), [tuple(s.values()) for s in sites])
    say(f"{len(people)} people, {len(clients)} clients, {len(sites)} sites")
    history = _History(rng, sizes, people, clients, sites)
    done = 0
    for batch in _batched(history.movements(), BATCH):
        _insert(conn, "movements", MOVEMENT_COLUMNS, batch)
        if history.signature_rows:
            _insert(conn, "signatures", SIGNATURE_COLUMNS, history.signature_rows)
            history.signature_rows.clear()
        done += len(batch)
        if done % 500_000 == 0:
            say(f"{done:,} movements")
    say(f"{history.seq:,} movements hashed and inserted")
    names = {p["id"]: p["full_name"] for p in people}
    _insert(conn, "items", ITEM_COLUMNS, history.item_rows(
        names, {c["id"]: c["name"] for c in clients}, {s["id"]: s["name"] for s in sites}))
    conn.execute("UPDATE chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", (history.seq, history.prev))
    conn.execute("COMMIT")
    say(f"{len(history.items):,} items inserted")
    for sql in saved:
        conn.execute(sql)
    say("indexes re-created")
    for statement in search_order.renumber_statements():
        conn.execute(statement)
    say("items_fts rebuilt (search ranks in registry id order)")
    n_sig = conn.execute("SELECT count(*) FROM signatures").fetchone()[0]
    conn.execute("PRAGMA journal_mode=WAL")
    conn.close()
    tmp.rename(path)
    seconds = time.perf_counter() - t0
    say(f"done: {path} ({path.stat().st_size / 1e6:.0f} MB)")
    return {
        "version": VERSION, "sizes": sizes.__dict__, "seed": SEED, "build_seconds": round(seconds, 1),
        "items": len(history.items), "movements": history.seq, "signatures": n_sig, "people": len(people),
        "clients": len(clients), "sites": len(sites), "kinds": history.kinds, "last_hash": history.prev,
        "logins": {"custodian": "gardien", "manager": "exploitation", "admin": "admin"}, "password": PASSWORD,
    }


# --------------------------------------------------------------------------- PostgreSQL


def load_into_postgres(sqlite_path: Path, url: str, *, quiet: bool = False) -> float:
    """Copy the SQLite dataset into the (empty) PostgreSQL database at *url* with COPY.

    The schema comes from the application's migration; secondary indexes are dropped
    during the copy and re-created after, sequences are moved past the copied ids, and the
    tables are vacuumed and analysed (as autovacuum would do on a live server).
    Returns the seconds spent.
    """
    import psycopg
    from sqlalchemy.engine import make_url

    from mileo_desk.services import open_services

    t0 = time.perf_counter()

    def say(msg: str) -> None:
        if not quiet:
            print(f"  [{time.perf_counter() - t0:6.1f} s] {msg}", flush=True)

    svc = open_services(url)
    svc.close()
    u = make_url(url)
    dsn = f"host={u.host} port={u.port} user={u.username} dbname={u.database}"
    src = sqlite3.connect(sqlite_path)
    with psycopg.connect(dsn) as pg:
        indexes = pg.execute(
            "SELECT indexname, indexdef FROM pg_indexes i WHERE schemaname = 'public' AND tablename IN "
            "('items', 'movements', 'signatures', 'people', 'clients', 'sites') AND NOT EXISTS "
            "(SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)"
        ).fetchall()
        for name, _ in indexes:
            pg.execute(f'DROP INDEX "{name}"')
        pg.execute("SET session_replication_role = replica")  # no FK checks during the copy
        booleans = {("people", "active"), ("clients", "active"), ("sites", "active")}
        for table in ("people", "clients", "sites", "items", "movements", "signatures"):
            cols = [r[1] for r in src.execute(f"PRAGMA table_info({table})")]
            bool_pos = [i for i, c in enumerate(cols) if (table, c) in booleans]
            with pg.cursor().copy(f"COPY {table} ({', '.join(cols)}) FROM STDIN") as copy:
                cur = src.execute(f"SELECT {', '.join(cols)} FROM {table}")
                while rows := cur.fetchmany(20_000):
                    for row in rows:
                        copy.write_row(tuple(bool(v) if i in bool_pos else v for i, v in enumerate(row))
                                       if bool_pos else row)
            say(f"{table} copied")
        last_seq, last_hash = src.execute("SELECT last_seq, last_hash FROM chain_head").fetchone()
        pg.execute("UPDATE chain_head SET last_seq = %s, last_hash = %s WHERE id = 1", (last_seq, last_hash))
        pg.execute("SET session_replication_role = DEFAULT")
        for table in ("people", "clients", "sites", "items", "signatures", "mandates"):
            pg.execute(f"SELECT setval(pg_get_serial_sequence('{table}', 'id'), "
                       f"GREATEST((SELECT max(id) FROM {table}), 1))")
        pg.commit()
        for _, definition in indexes:
            pg.execute(definition)
            pg.commit()
        say("indexes re-created")
        pg.autocommit = True
        pg.execute("VACUUM (ANALYZE)")
        say("vacuum analyse")
    src.close()
    return time.perf_counter() - t0


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--items", type=int, default=Sizes.items)
    parser.add_argument("--movements", type=int, default=Sizes.movements)
    parser.add_argument("--clients", type=int, default=Sizes.clients)
    parser.add_argument("--people", type=int, default=Sizes.people)
    parser.add_argument("--force", action="store_true", help="rebuild even if the cached file exists")
    parser.add_argument("--verify", action="store_true", help="verify the chain of the built file")
    args = parser.parse_args(argv)
    sizes = Sizes(args.items, args.movements, args.clients, args.people)
    print(f"dataset {sizes.key}")
    path, meta = ensure_dataset(sizes, force=args.force)
    print(f"{path}: {meta['items']:,} items, {meta['movements']:,} movements, {meta['signatures']:,} signatures, "
          f"{meta['clients']:,} clients, {meta['sites']:,} sites, {meta['people']} people "
          f"(built in {meta['build_seconds']} s)")
    print("kinds: " + ", ".join(f"{k} {v:,}" for k, v in sorted(meta["kinds"].items(), key=lambda kv: -kv[1])))
    if args.verify:
        work = path.with_name(path.stem + "-verify.sqlite3")
        shutil.copyfile(path, work)
        from mileo_desk.services import open_services

        svc = open_services(f"sqlite:///{work}", migrate=False)
        actor = svc.session.login(meta["logins"]["manager"], meta["password"])
        report = svc.integrity.verify(actor, signatures=True)
        svc.close()
        work.unlink()
        print(f"verify: ok={report.ok} checked={report.checked:,} signatures={report.signatures_checked:,} "
              f"in {report.seconds:.2f} s — {report.message}")
        return 0 if report.ok else 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

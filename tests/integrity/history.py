"""A registry with a mixed history, built through the services, and an attacker's access to it.

:func:`build_registry` populates an empty, migrated database the way the desk would: staff,
a client with two sites, items of every type, then about twenty handovers, losses,
restitution, duplication under mandate and a correction, so that the chain holds ~35
movements of every kind, a dozen of them signed. It returns :class:`RegistryIds`, which is
plain picklable data, so worker processes can act on a copy.

:class:`Attacker` is someone with direct access to the database (a DBA, a stolen laptop):
it drops the append-only triggers, then edits, deletes, inserts and renumbers rows with
its own connection, outside the application.
"""

from __future__ import annotations

import math
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

from mileo_desk.domain import chain
from mileo_desk.domain.enums import ContractLevel, ItemType, Role, Sensitivity
from mileo_desk.domain.signature import SignatureCapture
from mileo_desk.services import Actor, MandateInput, Services

#: the history is built on Monday 2 March 2026 from 09:00 Paris time, one minute per action
BUILD_START = datetime(2026, 3, 2, 8, 0, tzinfo=UTC)
STATION = "poste-integrite"
PASSWORD = "integrite-Mileo-2026"

HASHED_COLUMNS = chain.FIELDS
COLUMNS = (*chain.FIELDS, "hash")


class StepClock:
    """A clock that moves one minute forward on every reading (movements get distinct times)."""

    def __init__(self, start: datetime = BUILD_START) -> None:
        self.now = start

    def __call__(self) -> datetime:
        self.now += timedelta(minutes=1)
        return self.now


def signature(seed: int, *, device: str = "pen") -> SignatureCapture:
    """A valid signature: one wavy stroke of 24 points; each seed gives other vectors."""
    points = tuple(
        (i * 15, round(20 + i * 14.0, 1), round(75 + 40 * math.sin(i / 2 + seed), 1), 0.5) for i in range(24)
    )
    return SignatureCapture(width=400, height=150, strokes=(points,), device=device)


@dataclass(frozen=True)
class RegistryIds:
    """What :func:`build_registry` created (identical in every copy of the database)."""

    custodians: tuple[Actor, ...]  # three desk accounts, one per concurrent station
    manager: Actor
    holders: tuple[int, ...]  # technicians who may hold items
    holder_names: tuple[str, ...]
    items: tuple[int, ...]  # every item, in reception order
    at_headquarters: tuple[int, ...]  # items in service at headquarters when the build ends
    spare_keys: tuple[int, ...]  # mechanical keys at headquarters: free for any handover
    signed: tuple[int, ...]  # seqs of the movements that carry signatures
    last_seq: int

    @property
    def custodian(self) -> Actor:
        return self.custodians[0]


def build_registry(svc: Services) -> RegistryIds:
    """Populate an empty, migrated registry through the services only."""
    svc.setup.create_first_admin(full_name="Alice Martin", login="admin", password=PASSWORD)
    admin = svc.session.login("admin", PASSWORD, station=STATION)
    accounts = {
        "claire": ("Claire Dubois", Role.CUSTODIAN),
        "victor": ("Victor Roux", Role.CUSTODIAN),
        "hugo": ("Hugo Lambert", Role.CUSTODIAN),
        "olivier": ("Olivier Lefèvre", Role.OPERATIONS_MANAGER),
    }
    actors: dict[str, Actor] = {}
    for login, (name, role) in accounts.items():
        svc.directory.create_person(admin, full_name=name, role=role, login=login, password=PASSWORD)
        actors[login] = svc.session.login(login, PASSWORD, station=f"{STATION}-{login}")
    manager = actors["olivier"]
    holders = [
        svc.directory.create_person(manager, full_name=name, role=Role.TECHNICIAN, badge_uid=badge)
        for name, badge in (
            ("Thomas Éclair", "04A1B2C3D4E5F6"),
            ("Noël Dupré", "0A0B0C0D"),
            ("Léa Châtelet", "0B0C0D0E"),
        )
    ]
    client = svc.directory.create_client(
        manager, code="ECL", name="Société des Écluses", contact_name="Marc Lemaire",
        contact_phone="+33 1 23 45 67 89", contact_email="securite@ecluses.fr",
        contract_level=ContractLevel.PREMIUM,
    )
    pantin = svc.directory.create_site(
        manager, client_id=client.id, name="Entrepôt de Pantin", address="12 quai de l'Ourcq, 93500 Pantin",
        sensitivity=Sensitivity.S1,
    )
    servers = svc.directory.create_site(
        manager, client_id=client.id, name="Salle des serveurs", address="3 rue de l'Écluse, 75010 Paris",
        sensitivity=Sensitivity.S3,
    )

    claire = actors["claire"]
    reg = svc.registry
    specs: list[tuple[ItemType, int, dict[str, Any]]] = [
        (ItemType.BADGE, servers.id, {"card_uid": "04A2B3C4D5E680", "label": "Badge salle serveurs"}),
        (ItemType.MECHANICAL_KEY, pantin.id, {"tag_uid": "E004015012345678", "stamped_number": "K-1234"}),
        (ItemType.TEMPORARY_BADGE, servers.id, {"card_uid": "DEADBEEF", "label": "Badge visiteur"}),
        (ItemType.CODE_KEY, pantin.id, {"stamped_number": "CODE-77", "label": "Clé à code local technique"}),
        (ItemType.MECHANICAL_KEY, pantin.id, {"stamped_number": "K-2001", "label": "Clé portail nord"}),
        (ItemType.MASTER_KEY, servers.id, {"tag_uid": "1122334455667788", "stamped_number": "MK-01"}),
        (ItemType.BADGE, pantin.id, {"card_uid": "CAFEBABE01", "label": "Badge quai"}),
    ]
    specs += [
        (ItemType.MECHANICAL_KEY, pantin.id, {"stamped_number": f"K-3{n:03d}", "label": f"Clé armoire {n}"})
        for n in range(1, 10)
    ]
    items = [
        reg.receive_item(claire, client_id=client.id, site_id=site, type=item_type,
                         received_on=date(2026, 2, 27), **extra).item.id
        for item_type, site, extra in specs
    ]
    badge, key, temp, code_key, gate_key, master, dock_badge = items[:7]
    thomas, noel, lea = (h.id for h in holders)
    due = BUILD_START + timedelta(days=14)
    signed: list[int] = []

    def attribute(item_id: int, holder_id: int, seed: int, due_at: datetime = due) -> int:
        seq = reg.attribute_item(claire, item_id=item_id, holder_id=holder_id, due_at=due_at,
                                 signature=signature(seed)).movement.seq
        signed.append(seq)
        return seq

    def give_back(item_id: int, seed: int) -> int:
        seq = reg.return_item(claire, item_id=item_id, technician_signature=signature(seed),
                              custodian_signature=signature(seed + 1, device="pad")).movement.seq
        signed.append(seq)
        return seq

    attribute(badge, thomas, 1)
    attribute(key, noel, 2)
    transfer = reg.transfer_item(claire, item_id=badge, to_holder_id=lea, due_at=due + timedelta(days=1),
                                 signature=signature(3), note="Relève de Thomas sur le chantier")
    signed.append(transfer.movement.seq)
    give_back(key, 4)
    attribute(temp, thomas, 6, due_at=BUILD_START.replace(hour=17))
    give_back(temp, 7)
    attribute(code_key, noel, 9)
    reg.declare_loss(claire, item_id=code_key, stolen=False, noticed_at=BUILD_START + timedelta(minutes=20),
                     note="Perdue sur le parking")
    reg.mark_found(manager, item_id=code_key, note="Rapportée par le gardien du site")
    restitution = reg.restitute_item(manager, item_id=gate_key, client_signature=signature(10, device="touch"),
                                     client_signatory="Marc Lemaire", note="Fin du contrat de maintenance")
    signed.append(restitution.movement.seq)
    reg.duplicate_item(
        manager, item_id=master, copies=2, note="Deux copies pour l'équipe de nuit",
        mandate=MandateInput(reference="MAND-2026-014", signed_on=date(2026, 2, 26), signatory="Marc Lemaire",
                             copies=2, document=b"%PDF-1.4 mandat signe", document_name="mandat.pdf"),
    )
    reg.correct_movement(manager, seq=transfer.movement.seq, note="Date de retour convenue avec le client",
                         due_at=due + timedelta(days=3))
    attribute(dock_badge, thomas, 11)
    reg.declare_loss(claire, item_id=dock_badge, stolen=True, noticed_at=BUILD_START + timedelta(minutes=30),
                     reported_at=BUILD_START + timedelta(minutes=45), note="Vol dans le véhicule")
    attribute(items[7], noel, 12)
    give_back(badge, 13)
    give_back(items[7], 15)

    pool = tuple(i for i in items if i not in (gate_key, dock_badge))
    with svc.db.read() as s:
        last = int(s.execute(sa.text("SELECT last_seq FROM chain_head")).scalar_one())
    return RegistryIds(
        custodians=(claire, actors["victor"], actors["hugo"]),
        manager=manager,
        holders=(thomas, noel, lea),
        holder_names=tuple(h.full_name for h in holders),
        items=tuple(items),
        at_headquarters=pool,
        spare_keys=(key, *items[7:]),
        signed=tuple(signed),
        last_seq=last,
    )


# --------------------------------------------------------------------------- direct access


class Attacker:
    """Direct SQL access to the registry's database with a connection of its own."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.dialect = make_url(url).get_backend_name()
        self.engine = sa.create_engine(url, poolclass=NullPool)

    def close(self) -> None:
        self.engine.dispose()

    @contextmanager
    def session(self) -> Iterator[sa.Connection]:
        """One transaction, with the append-only guards and the signatures' foreign key
        removed first, as someone with full access to the database would."""
        with self.engine.begin() as conn:
            if self.dialect == "sqlite":
                conn.exec_driver_sql("PRAGMA foreign_keys=OFF")
                conn.exec_driver_sql("DROP TRIGGER IF EXISTS movements_no_update")
                conn.exec_driver_sql("DROP TRIGGER IF EXISTS movements_no_delete")
            else:
                conn.exec_driver_sql("DROP TRIGGER IF EXISTS movements_append_only ON movements")
                conn.exec_driver_sql(
                    "ALTER TABLE signatures DROP CONSTRAINT IF EXISTS fk_signatures_movement_seq_movements"
                )
            yield conn

    # -- reading

    def row(self, conn: sa.Connection, seq: int) -> dict[str, Any]:
        cols = ", ".join(COLUMNS)
        found = conn.execute(sa.text(f"SELECT {cols} FROM movements WHERE seq = :s"), {"s": seq}).one()
        return dict(zip(COLUMNS, found, strict=True))

    @staticmethod
    def rehash(values: dict[str, Any]) -> str:
        return chain.movement_hash([values[c] for c in HASHED_COLUMNS])

    # -- tampering

    def update(self, conn: sa.Connection, seq: int, **values: Any) -> None:
        sets = ", ".join(f"{c} = :{c}" for c in values)
        conn.execute(sa.text(f"UPDATE movements SET {sets} WHERE seq = :seq_"), {**values, "seq_": seq})

    def delete(self, conn: sa.Connection, seq: int) -> None:
        conn.execute(sa.text("DELETE FROM signatures WHERE movement_seq = :s"), {"s": seq})
        conn.execute(sa.text("DELETE FROM movements WHERE seq = :s"), {"s": seq})

    def insert(self, conn: sa.Connection, values: dict[str, Any]) -> None:
        cols = ", ".join(values)
        params = ", ".join(f":{c}" for c in values)
        conn.execute(sa.text(f"INSERT INTO movements ({cols}) VALUES ({params})"), values)

    def shift(self, conn: sa.Connection, from_seq: int, by: int) -> None:
        """Renumber movements from *from_seq* on (and their signatures) by *by* positions."""
        # through a far-away range, so that the primary key never collides midway
        far = 1_000_000_000
        for table, col in (("movements", "seq"), ("signatures", "movement_seq")):
            conn.execute(sa.text(f"UPDATE {table} SET {col} = {col} + :far WHERE {col} >= :f"),
                         {"far": far, "f": from_seq})
            conn.execute(sa.text(f"UPDATE {table} SET {col} = {col} - :far + :by WHERE {col} >= :far"),
                         {"far": far, "by": by})

    def swap_seqs(self, conn: sa.Connection, a: int, b: int) -> None:
        """Exchange the positions of movements *a* and *b* (their signatures follow them)."""
        tmp = -1
        for table, col in (("movements", "seq"), ("signatures", "movement_seq")):
            for src, dst in ((a, tmp), (b, a), (tmp, b)):
                conn.execute(sa.text(f"UPDATE {table} SET {col} = :d WHERE {col} = :s"), {"d": dst, "s": src})

    def swap_contents(self, conn: sa.Connection, a: int, b: int) -> None:
        """Exchange everything but the seq of movements *a* and *b*."""
        row_a, row_b = self.row(conn, a), self.row(conn, b)
        movable = [c for c in COLUMNS if c != "seq"]
        self.update(conn, a, **{c: row_b[c] for c in movable})
        self.update(conn, b, **{c: row_a[c] for c in movable})

    def set_head(self, conn: sa.Connection, *, last_seq: int | None = None, last_hash: str | None = None) -> None:
        if last_seq is not None:
            conn.execute(sa.text("UPDATE chain_head SET last_seq = :v WHERE id = 1"), {"v": last_seq})
        if last_hash is not None:
            conn.execute(sa.text("UPDATE chain_head SET last_hash = :v WHERE id = 1"), {"v": last_hash})


# --------------------------------------------------------------------------- checks


def movement_seqs(url: str) -> list[int]:
    engine = sa.create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            return [int(r[0]) for r in conn.execute(sa.text("SELECT seq FROM movements ORDER BY seq"))]
    finally:
        engine.dispose()


def stored_hashes(url: str, seqs: Sequence[int]) -> dict[int, str]:
    """seq → stored hash for the movements among *seqs* that exist."""
    engine = sa.create_engine(url, poolclass=NullPool)
    out: dict[int, str] = {}
    try:
        with engine.connect() as conn:
            wanted = list(seqs)
            for start in range(0, len(wanted), 500):
                part = wanted[start : start + 500]
                stmt = sa.text("SELECT seq, hash FROM movements WHERE seq IN :seqs").bindparams(
                    sa.bindparam("seqs", expanding=True)
                )
                out.update({int(s): h for s, h in conn.execute(stmt, {"seqs": part})})
    finally:
        engine.dispose()
    return out


def projection_mismatches(url: str) -> list[int]:
    """Items whose ``last_seq`` is not the seq of their last movement (the projection and the
    history are written in one transaction, so a crash can never separate them)."""
    engine = sa.create_engine(url, poolclass=NullPool)
    try:
        with engine.connect() as conn:
            rows = conn.execute(sa.text(
                "SELECT i.id FROM items i LEFT JOIN (SELECT item_id, max(seq) AS m FROM movements "
                "GROUP BY item_id) x ON x.item_id = i.id WHERE x.m IS NULL OR x.m <> i.last_seq"
            ))
            return [int(r[0]) for r in rows]
    finally:
        engine.dispose()


def sqlite_checks(path: str) -> tuple[str, list[Any]]:
    """(``PRAGMA integrity_check``, ``PRAGMA foreign_key_check`` rows) of a SQLite file."""
    conn = sqlite3.connect(path)
    try:
        integrity = ", ".join(r[0] for r in conn.execute("PRAGMA integrity_check"))
        fk = list(conn.execute("PRAGMA foreign_key_check"))
        return integrity, fk
    finally:
        conn.close()

"""Queries and writes the services compose inside one transaction."""

from __future__ import annotations

import functools
import itertools
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from typing import Any, cast

from sqlalchemy import Select, Table, and_, bindparam, func, insert, or_, select, text, update
from sqlalchemy.orm import Session

from ..domain import chain
from ..domain.text import fold
from .records import (
    ChainHeadRecord,
    ClientRecord,
    ItemRecord,
    MovementRecord,
    PersonRecord,
    SignatureRecord,
    SiteRecord,
)


@dataclass(frozen=True)
class SignatureRow:
    """A signature ready to be stored with its movement."""

    role: str
    signer_id: int | None
    signer_name: str
    vectors: str
    png: bytes
    digest: str


# Core tables for the bulk statements (no ORM objects: 50,000 rows in a few seconds)
_ITEMS = cast(Table, ItemRecord.__table__)
_MOVEMENTS = cast(Table, MovementRecord.__table__)


@dataclass(frozen=True)
class NewMovement:
    """A movement without signatures, for :func:`append_movements` (a bulk import)."""

    kind: str
    item_id: int
    at_us: int
    actor_id: int
    station: str
    holder_id: int | None = None
    due_us: int | None = None
    corrects_seq: int | None = None
    note: str | None = None
    details: dict[str, Any] | None = None


def movement_row(
    seq: int, prev_hash: str, *, kind: str, item_id: int, at_us: int, actor_id: int, station: str,
    holder_id: int | None, due_us: int | None, corrects_seq: int | None, note: str | None,
    details: dict[str, Any] | None, signatures: str | None,
) -> dict[str, Any]:
    """The stored columns of movement *seq* linked to *prev_hash*, its hash computed: the one
    definition of what a movement hashes, for :func:`append_movement` and
    :func:`append_movements` alike."""
    details_json = chain.canonical_details(details)
    values = (
        seq, kind, item_id, at_us, actor_id, station, holder_id, due_us, corrects_seq,
        note or None, details_json, signatures, prev_hash,
    )
    return {
        "seq": seq, "kind": kind, "item_id": item_id, "at_us": at_us, "actor_id": actor_id, "station": station,
        "holder_id": holder_id, "due_us": due_us, "corrects_seq": corrects_seq, "note": note or None,
        "details": details_json, "signatures": signatures, "prev_hash": prev_hash,
        "hash": chain.movement_hash(values),
    }


def append_movement(
    session: Session,
    *,
    kind: str,
    item_id: int,
    at_us: int,
    actor_id: int,
    station: str,
    holder_id: int | None = None,
    due_us: int | None = None,
    corrects_seq: int | None = None,
    note: str | None = None,
    details: dict[str, Any] | None = None,
    signatures: Sequence[SignatureRow] = (),
) -> MovementRecord:
    """Append one movement to the chain. The caller holds the chain lock (``lock_chain``)."""
    head = session.get(ChainHeadRecord, 1, with_for_update=False)
    assert head is not None, "chain head missing: schema not migrated"
    seq = head.last_seq + 1
    sigs = chain.canonical_signatures((s.role, s.digest) for s in signatures)
    row = movement_row(
        seq, head.last_hash, kind=kind, item_id=item_id, at_us=at_us, actor_id=actor_id, station=station,
        holder_id=holder_id, due_us=due_us, corrects_seq=corrects_seq, note=note, details=details,
        signatures=sigs,
    )
    record = MovementRecord(**row)
    session.add(record)
    session.flush([record])
    for sig in signatures:
        session.add(
            SignatureRecord(
                movement_seq=seq, role=sig.role, signer_id=sig.signer_id, signer_name=sig.signer_name,
                vectors=sig.vectors, png=sig.png, digest=sig.digest,
            )
        )
    head.last_seq = seq
    head.last_hash = row["hash"]
    session.execute(update(ItemRecord).where(ItemRecord.id == item_id).values(last_seq=seq))
    return record


def append_movements(session: Session, movements: Sequence[NewMovement]) -> list[int]:
    """Append *movements* to the chain in their order, in bulk (one multi-row INSERT per
    thousand or so): the same rows and hashes as as many :func:`append_movement` calls, and
    each item's ``last_seq`` set to its last movement. The caller holds the chain lock.
    Returns their seqs."""
    if not movements:
        return []
    session.flush()  # the ORM's pending rows (the head) before Core statements
    head = session.get(ChainHeadRecord, 1, with_for_update=False)
    assert head is not None, "chain head missing: schema not migrated"
    seq, prev = head.last_seq, head.last_hash
    rows: list[dict[str, Any]] = []
    last_of_item: dict[int, int] = {}
    for m in movements:
        seq += 1
        row = movement_row(
            seq, prev, kind=m.kind, item_id=m.item_id, at_us=m.at_us, actor_id=m.actor_id, station=m.station,
            holder_id=m.holder_id, due_us=m.due_us, corrects_seq=m.corrects_seq, note=m.note, details=m.details,
            signatures=None,
        )
        rows.append(row)
        prev = row["hash"]
        last_of_item[m.item_id] = seq
    session.execute(insert(_MOVEMENTS), rows)
    items = _ITEMS
    session.execute(
        update(items).where(items.c.id == bindparam("item")).values(last_seq=bindparam("seq")),
        [{"item": item, "seq": last} for item, last in last_of_item.items()],
    )
    head.last_seq = seq
    head.last_hash = prev
    session.flush([head])
    return [r["seq"] for r in rows]


def insert_items(session: Session, rows: Sequence[dict[str, Any]]) -> list[int]:
    """Insert item rows (the columns of ``items``) in bulk; returns their ids in the order
    of *rows*. The search index follows by the tables' triggers (SQLite)."""
    if not rows:
        return []
    items = _ITEMS
    # no RETURNING: with it, SQLite gets one INSERT per row to keep their order. The ids are
    # read back by registry id, among the ids above the highest one before the inserts
    before = session.execute(select(func.coalesce(func.max(items.c.id), 0))).scalar_one()
    session.execute(insert(items), list(rows))
    ids = {rid: int(i) for i, rid in session.execute(
        select(items.c.id, items.c.registry_id).where(items.c.id > before)).tuples()}
    return [ids[r["registry_id"]] for r in rows]


def uid_owner(session: Session, uid: str) -> str | None:
    """What already carries *uid*: ``item:<registry id>``, ``person:<name>`` or None."""
    item = session.execute(
        select(ItemRecord.registry_id).where(or_(ItemRecord.card_uid == uid, ItemRecord.tag_uid == uid))
    ).scalar_one_or_none()
    if item is not None:
        return f"l'objet {item}"
    person = session.execute(
        select(PersonRecord.full_name).where(PersonRecord.badge_uid == uid)
    ).scalar_one_or_none()
    if person is not None:
        return f"le badge professionnel de {person}"
    return None


def item_search_text(item: ItemRecord, client: str, site: str, holder: str | None, type_label: str) -> str:
    """The folded text searched for an item: ids, UIDs, client, site, holder, type."""
    return search_text_of(item.registry_id, item.card_uid, item.tag_uid, item.stamped_number, item.label,
                          client, site, holder, type_label)


def search_text_of(*parts: str | None) -> str:
    """:func:`item_search_text` from the values themselves (a bulk import has no records)."""
    return fold(" ".join(p for p in parts if p))


def refresh_item_search(session: Session, item: ItemRecord) -> None:
    """Recompute an item's search text after a change of holder, site or identifiers."""
    from ..domain.enums import ItemType

    client = session.get(ClientRecord, item.client_id)
    site = session.get(SiteRecord, item.site_id)
    holder = session.get(PersonRecord, item.holder_id) if item.holder_id else None
    item.search_text = item_search_text(
        item,
        client.name if client else "",
        site.name if site else "",
        holder.full_name if holder else None,
        ItemType(item.type).label_fr,
    )


def text_filter(session: Session, column: Any, needle: str, *, fts_table: str | None = None) -> Any:
    """An accent-insensitive substring condition on a folded ``search_text`` column.

    On SQLite with an FTS5 trigram table, terms of 3+ characters use the index; shorter
    ones fall back to LIKE. On PostgreSQL, LIKE uses the pg_trgm GIN index.
    """
    terms = fold(needle).split()
    if not terms:
        return None
    dialect = session.get_bind().dialect.name
    conditions = []
    long_terms = [t for t in terms if len(t) >= 3]
    if dialect == "sqlite" and fts_table and long_terms:
        match = " AND ".join('"' + t.replace('"', '""') + '"' for t in long_terms)
        conditions.append(
            column.table.c.id.in_(text(f"SELECT rowid FROM {fts_table} WHERE {fts_table} MATCH :m")
                                  .bindparams(m=match))
        )
        terms = [t for t in terms if len(t) < 3]
    for term in terms:
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        conditions.append(column.like(f"%{escaped}%", escape="\\"))
    return and_(*conditions)


def paginate(stmt: Select[Any], limit: int | None, offset: int) -> Select[Any]:
    if offset:
        stmt = stmt.offset(offset)
    if limit is not None:
        stmt = stmt.limit(limit)
    return stmt


def count(session: Session, stmt: Select[Any]) -> int:
    return int(session.execute(select(func.count()).select_from(stmt.order_by(None).subquery())).scalar_one())


_cursor_ids = itertools.count(1)

#: what sqlite3 raises when a TEXT value is not UTF-8 (a BLOB cast to text by raw SQL)
_UNDECODABLE = "Could not decode"


def sqlite_tolerant_rows(driver: Any, sql: str, key: str, batch: int = 20_000) -> Iterator[Sequence[Any]]:
    """The rows of *sql* (ordered by *key*, an integer column, first in the SELECT) from the
    sqlite3 connection *driver*, at full speed; when a text value cannot be decoded, the walk
    goes on after the last row given, reading undecodable texts as
    :class:`~mileo_desk.domain.chain.Unreadable` (so that a verification reports a broken
    link there, instead of a driver error)."""
    last: Any = None
    cur = driver.cursor()
    try:
        cur.execute(sql)
        for block in iter(functools.partial(cur.fetchmany, batch), []):
            yield from block
            last = block[-1][0]
        return
    except driver.OperationalError as exc:  # sqlite3.OperationalError
        if _UNDECODABLE not in str(exc):
            raise
        # the failing block was never given: the rows after `last`, read tolerantly
    finally:
        cur.close()
    yield from _tolerant_resume(driver, sql, key, last, batch)


def _tolerant_resume(driver: Any, sql: str, key: str, last: Any, batch: int) -> Iterator[Sequence[Any]]:
    if isinstance(last, int):  # else nothing was given yet, or only rows verify rejects
        head, _, order = sql.partition(" ORDER BY ")
        joiner = " AND " if " WHERE " in head else " WHERE "
        sql = f"{head}{joiner}{key} > {last} ORDER BY {order}"
    yield from _tolerant_rows(driver, sql, batch)


def _tolerant_rows(driver: Any, sql: str, batch: int) -> Iterator[Sequence[Any]]:
    """The rows of *sql* on a raw SQLite connection, every stored text decoded tolerantly (an
    undecodable value becomes a marker the verification reports, never an exception)."""
    saved = driver.text_factory
    driver.text_factory = chain.tolerant_text
    cur = driver.cursor()
    try:
        cur.execute(sql)
        for block in iter(functools.partial(cur.fetchmany, batch), []):
            yield from block
    finally:
        cur.close()
        driver.text_factory = saved


def chain_rows(session: Session, start: int = 1, batch: int = 20_000) -> Iterator[Sequence[Any]]:
    """All movements from *start* in chain order as plain tuples (hashed fields + hash),
    streamed from a raw DB-API cursor of the session's connection — in its transaction, so in
    its snapshot — without SQLAlchemy rows (half the cost of fetching 2,000,000 of them)."""
    cols = ", ".join((*chain.FIELDS, "hash"))
    conn = session.connection()
    driver: Any = conn.connection.driver_connection
    sql = f"SELECT {cols} FROM movements WHERE seq >= {int(start)} ORDER BY seq"
    if conn.dialect.name == "sqlite":
        yield from sqlite_tolerant_rows(driver, sql, "seq", batch)
        return
    # PostgreSQL: a server-side cursor fetched in blocks; binary: integers need no parsing
    with driver.cursor(name=f"mileo_chain_rows_{next(_cursor_ids)}", binary=True) as cur:
        cur.execute(sql)
        yield from itertools.chain.from_iterable(iter(functools.partial(cur.fetchmany, batch), []))


def chain_head(session: Session) -> tuple[Any, Any]:
    """The chain head (last seq, last hash) as stored; on SQLite an undecodable hash is read
    as :class:`~mileo_desk.domain.chain.Unreadable` (it then matches no movement)."""
    conn = session.connection()
    sql = "SELECT last_seq, last_hash FROM chain_head WHERE id = 1"
    if conn.dialect.name == "sqlite":
        rows = list(sqlite_tolerant_rows(conn.connection.driver_connection, sql, "id"))
    else:
        rows = [tuple(r) for r in conn.exec_driver_sql(sql)]
    assert rows, "chain head missing: schema not migrated"
    return rows[0][0], rows[0][1]


def signature_rows(session: Session, batch: int = 2000) -> Iterator[Sequence[Any]]:
    """Every stored signature with its movement's bound digests, in movement order:
    (seq, role, vectors, png, digest, bound). On SQLite, values that are not what their
    column holds (an image turned into text) are given as they are, or as
    :class:`~mileo_desk.domain.chain.Unreadable`, never raised as a driver error."""
    sql = ("SELECT s.movement_seq, s.role, s.vectors, s.png, s.digest, m.signatures, s.id "
           "FROM signatures AS s JOIN movements AS m ON m.seq = s.movement_seq "
           "ORDER BY s.movement_seq, s.id")
    conn = session.connection()
    if conn.dialect.name != "sqlite":
        for row in conn.exec_driver_sql(sql).yield_per(batch):
            yield tuple(row)
        return
    driver: Any = conn.connection.driver_connection
    # a few thousand rows: the tolerant read throughout
    yield from _tolerant_rows(driver, sql, batch)

"""The fast ways of reading the chain give the reference verdict, on unusual rows too.

On PostgreSQL the range walk of :mod:`mileo_desk.services.verify_parallel` has the server
print each movement's canonical line (``COPY ... FORMAT csv``) and only hashes it; it must
accept a row only when the reference walk (:func:`mileo_desk.domain.chain.verify_rows` over
ordinary rows) would, and leave anything unusual to it. Here rows are rewritten — with every
hash after them recomputed, so that the reference sees a whole chain — with values the CSV
output would quote or that only the reference can tell apart, and columns change type; the
verdict of every way of verifying must stay the reference's.
"""

from __future__ import annotations

import hashlib
from typing import Any

import pytest
import sqlalchemy as sa

from mileo_desk.domain import chain
from mileo_desk.services.verify_parallel import verify_chain
from tests.integrity.conftest import Registry
from tests.integrity.history import COLUMNS, Attacker


def _rechain(attacker: Attacker, conn: sa.Connection, first: int, *, after: str | None = None) -> None:
    """Recompute prev_hash and hash from movement *first* on (linked to *after*, by default
    the hash of movement ``first - 1``), and the chain head."""
    rows = [dict(zip(COLUMNS, r, strict=True)) for r in conn.execute(
        sa.text(f"SELECT {', '.join(COLUMNS)} FROM movements WHERE seq >= :f ORDER BY seq"), {"f": first})]
    prev = after or conn.execute(sa.text("SELECT hash FROM movements WHERE seq = :s"),
                                 {"s": first - 1}).scalar_one()
    for row in rows:
        row["prev_hash"] = prev
        row["hash"] = attacker.rehash(row)
        attacker.update(conn, row["seq"], prev_hash=row["prev_hash"], hash=row["hash"])
        prev = row["hash"]
    attacker.set_head(conn, last_hash=prev)


def _verdicts(registry: Registry) -> list[tuple[Any, ...]]:
    """The service's verdict (reference walk) and verify_chain's, in this process and with
    worker processes."""
    svc = registry.open()
    try:
        report = svc.integrity.verify(registry.ids.manager, parallel=False)
    finally:
        svc.close()
    out = [(report.ok, report.first_break_seq, report.reason, report.last_seq)]
    for workers, processes in ((1, False), (2, False), (3, False), (2, True)):
        check = verify_chain(registry.url, workers=workers, min_parallel=0, processes=processes)
        brk = check.brk
        out.append((brk is None, None if brk is None else brk.seq, None if brk is None else brk.reason,
                    check.last_seq))
    return out


@pytest.mark.parametrize(
    "note",
    ["", "a\x1fb", "a\x01b", "deux\nlignes", 'guillemets "x"', "barre \\ oblique", "\\.", "Noël — clé « B » 🔑"],
)
def test_unusual_texts_give_the_reference_verdict(registry: Registry, note: str) -> None:
    seq = registry.ids.last_seq // 2
    attacker = Attacker(registry.url)
    try:
        with attacker.session() as conn:
            attacker.update(conn, seq, note=note)
            _rechain(attacker, conn, seq)
    finally:
        attacker.close()
    verdicts = _verdicts(registry)
    assert verdicts[0][:3] == (True, None, None)  # a whole chain for the reference
    assert set(verdicts) == {verdicts[0]}, verdicts


def test_empty_texts_hash_like_absent_ones(registry: Registry) -> None:
    """'' and NULL are the same in the canonical line: the chain stays whole either way."""
    seq = registry.ids.last_seq - 3
    attacker = Attacker(registry.url)
    try:
        with attacker.session() as conn:
            row = attacker.row(conn, seq)
            empties = {c: "" for c in ("note", "details", "signatures") if row[c] is None}
            assert empties
            attacker.update(conn, seq, **empties)  # same line: no rehash needed
    finally:
        attacker.close()
    verdicts = _verdicts(registry)
    assert verdicts[0][:3] == (True, None, None)
    assert set(verdicts) == {verdicts[0]}, verdicts


def test_a_column_of_another_type_gives_the_reference_verdict(registry: Registry) -> None:
    """The same digits under another type print alike in SQL ('5') but not in Python ('5.0',
    "b'5'"): the reference sees an edit, and no fast walk may hide it."""
    attacker = Attacker(registry.url)
    try:
        with attacker.session() as conn:
            if registry.backend == "sqlite":
                # (a REAL equal to an integer would be stored back as INTEGER: a BLOB of its digits)
                conn.exec_driver_sql(
                    "UPDATE movements SET actor_id = CAST(CAST(actor_id AS TEXT) AS BLOB) WHERE seq = 5")
            else:
                conn.exec_driver_sql("ALTER TABLE movements DROP CONSTRAINT fk_movements_actor_id_people")
                conn.exec_driver_sql("ALTER TABLE movements ALTER COLUMN actor_id TYPE double precision")
    finally:
        attacker.close()
    verdicts = _verdicts(registry)
    assert verdicts[0][:3] == (False, 5 if registry.backend == "sqlite" else 1, "edited")
    assert set(verdicts) == {verdicts[0]}, verdicts


def test_a_row_hashed_as_csv_prints_it_is_still_an_edit(registry: Registry) -> None:
    """A forger who hashes a row the way CSV prints it (its text quoted) must not get it
    past the fast walk: the reference hashes the text itself and sees an edit."""
    seq = registry.ids.last_seq // 2
    attacker = Attacker(registry.url)
    try:
        with attacker.session() as conn:
            row = attacker.row(conn, seq)
            row["note"] = "a\x1fb"
            printed = [("\x01a\x1fb\x01" if c == "note" else row[c]) for c in chain.FIELDS]
            forged = hashlib.sha256(chain.canonical_line(printed).encode()).hexdigest()
            attacker.update(conn, seq, note=row["note"], hash=forged)
            _rechain(attacker, conn, seq + 1)
    finally:
        attacker.close()
    verdicts = _verdicts(registry)
    assert verdicts[0][:3] == (False, seq, "edited")
    assert set(verdicts) == {verdicts[0]}, verdicts


def test_a_duplicated_seq_without_its_key_gives_the_reference_verdict(registry: Registry) -> None:
    """Counting the rows of a range proves every seq is there only while seq is unique: with
    its key dropped, a movement renumbered onto its predecessor's seq (hashes recomputed) is
    a duplicate for the reference, and must stay one."""
    if registry.backend != "postgres":
        pytest.skip("the primary key of a SQLite table cannot be dropped in place")
    seq = registry.ids.last_seq // 2
    attacker = Attacker(registry.url)
    try:
        with attacker.session() as conn:
            conn.exec_driver_sql("ALTER TABLE movements DROP CONSTRAINT pk_movements CASCADE")
            row = attacker.row(conn, seq)
            row["seq"] = seq - 1
            conn.execute(sa.text("UPDATE movements SET seq = :new, hash = :h WHERE seq = :old"),
                         {"new": seq - 1, "h": attacker.rehash(row), "old": seq})
            # the next ones link to it: the chain is whole, but for the duplicated seq
            _rechain(attacker, conn, seq + 1, after=attacker.rehash(row))
    finally:
        attacker.close()
    verdicts = _verdicts(registry)
    assert verdicts[0][0] is False
    assert set(verdicts) == {verdicts[0]}, verdicts


def test_copy_walk_reads_the_same_lines_as_python(registry: Registry) -> None:
    """Every movement of a real history is accepted by the fast walk (no fallback needed)."""
    if registry.backend != "postgres":
        pytest.skip("COPY walk: PostgreSQL only")
    from mileo_desk.services import verify_parallel as vp

    reader = vp._Reader(vp._target(registry.url))
    try:
        assert vp._copy_walk_applies(reader)
        walked = vp._copy_walk(reader, 1, registry.ids.last_seq, chain.GENESIS)
    finally:
        reader.close()
    assert walked is not None and walked[:2] == (None, registry.ids.last_seq)


def test_a_worker_that_fails_leaves_its_range_to_this_process(
    registry: Registry, monkeypatch: pytest.MonkeyPatch
) -> None:
    from mileo_desk.services import verify_parallel as vp

    monkeypatch.setattr(vp, "_BOOT", "import sys; sys.exit('no interpreter for you')")
    check = verify_chain(registry.url, workers=2, min_parallel=0)
    assert check.ok, check
    assert check.checked == check.head_seq == registry.ids.last_seq and len(check.ranges) == 2

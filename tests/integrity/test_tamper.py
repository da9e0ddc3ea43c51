"""Tampering with the history directly in the database is detected and located (SPEC §1).

Each test damages a private copy of a ~35-movement history (every kind of movement, a
dozen signed) the way someone with direct access to the database could — after dropping
the append-only triggers — and checks that ``integrity.verify`` reports the history as
broken, attributes the break to the right movement (``first_break_seq``), classifies it
(``reason``) and names that movement in its French message (« n°N »).

Positions: the first movement, one in the middle, the last one.
"""

from __future__ import annotations

import re
from typing import Any

import pytest
import sqlalchemy as sa

from mileo_desk.domain import chain
from mileo_desk.domain.signature import digest, render_png
from mileo_desk.services.dto import VerifyReport
from mileo_desk.services.verify_parallel import verify_chain
from tests.integrity.conftest import Registry
from tests.integrity.history import Attacker, signature

POSITIONS = ["first", "middle", "last"]


def position(reg: Registry, where: str) -> int:
    last = reg.ids.last_seq
    return {"first": 1, "middle": (last + 1) // 2, "last": last}[where]


def verify(reg: Registry, *, signatures: bool = False) -> VerifyReport:
    """The service's verdict — checked against the range-split verification of
    :mod:`mileo_desk.services.verify_parallel`, which must report exactly the same, wherever
    the range boundaries fall (here in this process, so with ranges of a few movements)."""
    svc = reg.open()
    try:
        report = svc.integrity.verify(reg.ids.manager, signatures=signatures)
    finally:
        svc.close()
    if report.reason != "signature":
        for workers in (2, 3):
            check = verify_chain(reg.url, workers=workers, min_parallel=0, processes=False)
            assert len(check.ranges) == workers
            brk = check.brk
            got = (True, None, None) if brk is None else (False, brk.seq, brk.reason, brk.message)
            want = (True, None, None) if report.ok else (False, report.first_break_seq, report.reason, report.message)
            assert got == want, f"{workers} ranges: {check}"
            assert check.last_seq == report.last_seq
    return report


def assert_break(report: VerifyReport, seq: int, reason: str | tuple[str, ...]) -> None:
    """The history is reported broken at movement *seq*, for *reason*, and the message says so."""
    assert not report.ok, report
    assert report.first_break_seq == seq, report
    reasons = (reason,) if isinstance(reason, str) else reason
    assert report.reason in reasons, report
    assert re.search(rf"n°{seq}(?!\d)", report.message), report.message
    assert not report.message.startswith("Historique intègre"), report.message


@pytest.fixture
def attacker(registry: Registry) -> Any:
    att = Attacker(registry.url)
    yield att
    att.close()


# --------------------------------------------------------------------------- baseline


def test_untouched_history_verifies(registry: Registry) -> None:
    report = verify(registry, signatures=True)
    assert report.ok, report
    assert report.checked == report.last_seq == registry.ids.last_seq
    assert report.first_break_seq is None and report.reason is None
    # every signature of every signed movement was re-hashed (returns carry two)
    assert report.signatures_checked >= len(registry.ids.signed)


@pytest.mark.parametrize("statement", ["UPDATE movements SET note = 'x' WHERE seq = 2",
                                       "DELETE FROM movements WHERE seq = 2"])
def test_application_connection_cannot_edit_the_history(registry: Registry, statement: str) -> None:
    """The append-only guards are in place: the tampering below needs them dropped first."""
    svc = registry.open()
    try:
        with pytest.raises(Exception, match="append-only"), svc.db.engine.begin() as conn:
            conn.exec_driver_sql(statement)
    finally:
        svc.close()
    assert verify(registry).ok


# --------------------------------------------------------------------------- edited content


@pytest.mark.parametrize("where", POSITIONS)
def test_edited_movement_is_named(registry: Registry, attacker: Attacker, where: str) -> None:
    seq = position(registry, where)
    with attacker.session() as conn:
        row = attacker.row(conn, seq)
        attacker.update(conn, seq, at_us=row["at_us"] + 1)  # one microsecond earlier or later
    assert_break(verify(registry), seq, "edited")


def _other_value(column: str, row: dict[str, Any], reg: Registry) -> Any:
    ids = reg.ids
    changes: dict[str, Any] = {
        "kind": "return" if row["kind"] != "return" else "attribution",
        "item_id": next(i for i in ids.items if i != row["item_id"]),
        "at_us": row["at_us"] - 3_600_000_000,
        "actor_id": ids.manager.person_id if row["actor_id"] != ids.manager.person_id else ids.custodian.person_id,
        "station": "poste-pirate",
        "holder_id": next(h for h in ids.holders if h != row["holder_id"]),
        "due_us": (row["due_us"] or 0) + 86_400_000_000,
        "corrects_seq": 1,
        "note": "Rendu en main propre",
        "details": '{"badge":true,"late":false}',
        "signatures": (row["signatures"] or "technician:" + "0" * 64)[:-1] + "f",
        "prev_hash": "f" * 64,
    }
    return changes[column]


HASHED_CONTENT = [c for c in chain.FIELDS if c not in ("seq", "prev_hash")]


@pytest.mark.parametrize(
    "column",
    [
        *HASHED_CONTENT,
        "prev_hash",
    ],
)
def test_every_hashed_column_is_covered(registry: Registry, attacker: Attacker, column: str) -> None:
    seq = position(registry, "middle")
    with attacker.session() as conn:
        row = attacker.row(conn, seq)
        attacker.update(conn, seq, **{column: _other_value(column, row, registry)})
    assert_break(verify(registry), seq, "edited")


@pytest.mark.parametrize(
    "where",
    [
        "first",
        "middle",
        "last",
    ],
)
def test_edited_and_rehashed_movement_is_named(registry: Registry, attacker: Attacker, where: str) -> None:
    """The attacker recomputes the edited movement's own hash: its successor's link (or, for
    the last one, the chain head) no longer matches."""
    seq = position(registry, where)
    with attacker.session() as conn:
        row = attacker.row(conn, seq)
        row["note"] = "Retour constaté par le gardien"
        attacker.update(conn, seq, note=row["note"], hash=attacker.rehash(row))
    assert_break(verify(registry), seq, "relinked")


# --------------------------------------------------------------------------- deleted


@pytest.mark.parametrize("where", POSITIONS)
def test_deleted_movement_is_named(registry: Registry, attacker: Attacker, where: str) -> None:
    seq = position(registry, where)
    with attacker.session() as conn:
        attacker.delete(conn, seq)
    # the last one leaves no gap: the chain head, which still records it, tells
    assert_break(verify(registry), seq, "truncated" if where == "last" else "deleted")


def test_truncated_end_names_the_last_recorded_movement(registry: Registry, attacker: Attacker) -> None:
    last = registry.ids.last_seq
    with attacker.session() as conn:
        for seq in range(last - 2, last + 1):
            attacker.delete(conn, seq)
    report = verify(registry)
    assert_break(report, last, "truncated")
    assert report.last_seq == last - 3


# --------------------------------------------------------------------------- inserted


def _forged(reg: Registry, conn: Any, attacker: Attacker, seq: int) -> dict[str, Any]:
    """A plausible movement at position *seq*, correctly hashed and linked to its predecessor."""
    prev = attacker.row(conn, seq - 1) if seq > 1 else None
    ids = reg.ids
    values: dict[str, Any] = {
        "seq": seq,
        "kind": "return",
        "item_id": ids.items[1],
        "at_us": (prev["at_us"] + 1 if prev else 1_772_000_000_000_000),
        "actor_id": ids.custodian.person_id,
        "station": ids.custodian.station,
        "holder_id": ids.holders[1],
        "due_us": None,
        "corrects_seq": None,
        "note": "Retour au siège",
        "details": None,
        "signatures": None,
        "prev_hash": prev["hash"] if prev else chain.GENESIS,
    }
    values["hash"] = attacker.rehash(values)
    return values


@pytest.mark.parametrize("where", POSITIONS)
def test_inserted_movement_is_named(registry: Registry, attacker: Attacker, where: str) -> None:
    """A forged movement slipped in at the position of the first, a middle one (the rest
    renumbered, the chain head updated to match) or after the last one."""
    last = registry.ids.last_seq
    seq = {"first": 1, "middle": position(registry, "middle"), "last": last + 1}[where]
    with attacker.session() as conn:
        forged = _forged(registry, conn, attacker, seq)
        if seq <= last:
            attacker.shift(conn, seq, 1)
            attacker.set_head(conn, last_seq=last + 1)
        attacker.insert(conn, forged)
    assert_break(verify(registry), seq, "inserted")


def test_several_appended_movements_name_the_first(registry: Registry, attacker: Attacker) -> None:
    last = registry.ids.last_seq
    with attacker.session() as conn:
        for seq in (last + 1, last + 2):
            attacker.insert(conn, _forged(registry, conn, attacker, seq))
    assert_break(verify(registry), last + 1, "inserted")


# --------------------------------------------------------------------------- reordered



@pytest.mark.parametrize("how", ["seq", "contents"])
@pytest.mark.parametrize("pair", ["first", "middle", "last", "apart"])
def test_reordered_movements_are_named(registry: Registry, attacker: Attacker, pair: str, how: str) -> None:
    """Two movements exchange places (their seq numbers, or everything but the seq)."""
    last = registry.ids.last_seq
    middle = position(registry, "middle")
    a, b = {"first": (1, 2), "middle": (middle, middle + 1), "last": (last - 1, last), "apart": (3, last - 3)}[pair]
    with attacker.session() as conn:
        if how == "seq":
            attacker.swap_seqs(conn, a, b)
        else:
            attacker.swap_contents(conn, a, b)
    assert_break(verify(registry), a, ("duplicate", "relinked", "edited"))


# --------------------------------------------------------------------------- signatures


def _replacement_png() -> bytes:
    return render_png(signature(99, device="mouse"))


@pytest.mark.parametrize("how", ["png", "png+digest", "vectors"])
@pytest.mark.parametrize("where", POSITIONS)
def test_replaced_signature_is_named(registry: Registry, attacker: Attacker, where: str, how: str) -> None:
    """A signature's image (or its vectors) is replaced; recomputing the stored digest does
    not help, since the digest is bound into the movement's hashed content."""
    signed = registry.ids.signed
    seq = {"first": signed[0], "middle": signed[len(signed) // 2], "last": signed[-1]}[where]
    with attacker.session() as conn:
        sig_id, vectors = conn.execute(
            sa.text("SELECT id, vectors FROM signatures WHERE movement_seq = :s ORDER BY id"), {"s": seq}
        ).first() or (None, "")
        assert sig_id is not None
        png = _replacement_png()
        if how == "vectors":
            forged_vectors = vectors.replace('"width":400', '"width":401')  # a stretched signature
            assert forged_vectors != vectors
            updates = {"vectors": forged_vectors}
        else:
            updates = {"png": png}
            if how == "png+digest":
                updates["digest"] = digest(vectors, png)
        sets = ", ".join(f"{k} = :{k}" for k in updates)
        conn.execute(sa.text(f"UPDATE signatures SET {sets} WHERE id = :id"), {**updates, "id": sig_id})
    assert_break(verify(registry, signatures=True), seq, "signature")

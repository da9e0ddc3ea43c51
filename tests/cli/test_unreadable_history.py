"""A value of the history that can no longer be read is a broken link (exit 4, the movement
named), never « Base de données inaccessible »; ``status`` exits 4 on a broken history.

The database is tampered with as an attacker holding the SQLite file would: raw SQL that
turns an image or a text into bytes that are not UTF-8 (``CAST(x'…' AS TEXT)``), which the
driver refuses to decode.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

import pytest

from mileo_desk.cli.core import EXIT_INTEGRITY
from mileo_desk.domain import chain
from mileo_desk.persistence.repositories import sqlite_tolerant_rows
from mileo_desk.services.verify_parallel import verify_chain

from .conftest import CliRunner

#: not UTF-8: a lone continuation byte, then an invalid lead byte
NOT_UTF8 = "x'80ff41'"


@contextmanager
def attacker(url: str) -> Iterator[sqlite3.Connection]:
    """The database file opened with sqlite3, the append-only guards dropped."""
    conn = sqlite3.connect(url.removeprefix("sqlite:///"), isolation_level=None)
    try:
        conn.execute("BEGIN IMMEDIATE")
        for trigger in [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' "
                                                   "AND tbl_name IN ('movements', 'signatures', 'chain_head')")]:
            conn.execute(f'DROP TRIGGER "{trigger}"')
        yield conn
        conn.execute("COMMIT")
    finally:
        conn.close()


def assert_broken(cli: CliRunner, seq: int, *words: str, signatures: bool = False) -> None:
    argv = ("verify", "--signatures") if signatures else ("verify",)
    run = cli(*argv, user="exploitation")
    assert run.code == EXIT_INTEGRITY, (run.code, run.err)
    assert "inaccessible" not in run.err and "HISTORIQUE ROMPU" in run.err
    assert f"n°{seq}" in run.err, run.err
    for word in words:
        assert word in run.err, run.err
    as_json = cli(*argv, "--json", user="exploitation")
    assert as_json.code == EXIT_INTEGRITY
    assert as_json.json["report"]["first_break_seq"] == seq


def test_a_signature_image_turned_into_text_is_a_broken_link(cli: CliRunner, demo_url: str) -> None:
    with attacker(demo_url) as conn:
        seq, sig_id = conn.execute("SELECT movement_seq, id FROM signatures ORDER BY movement_seq, id "
                                   "LIMIT 1 OFFSET 3").fetchone()
        # the PNG (it starts with 0x89: not UTF-8) stored as TEXT
        conn.execute("UPDATE signatures SET png = CAST(png AS TEXT) WHERE id = ?", (sig_id,))
    assert_broken(cli, seq, "Signature", "illisible", signatures=True)


@pytest.mark.parametrize("column", ["note", "station", "hash", "prev_hash", "details"])
def test_an_undecodable_text_of_a_movement_is_a_broken_link(cli: CliRunner, demo_url: str, column: str) -> None:
    with attacker(demo_url) as conn:
        last = conn.execute("SELECT max(seq) FROM movements").fetchone()[0]
        seq = last // 2
        conn.execute(f"UPDATE movements SET {column} = CAST({NOT_UTF8} AS TEXT) WHERE seq = ?", (seq,))
    assert_broken(cli, seq, "illisible")
    # the range-split verification reads the same and says the same, wherever the ranges fall
    for workers in (2, 3):
        check = verify_chain(demo_url, workers=workers, min_parallel=0, processes=False)
        assert check.brk is not None and (check.brk.seq, check.brk.reason) == (seq, "unreadable")


def test_an_undecodable_chain_head_is_a_broken_link(cli: CliRunner, demo_url: str) -> None:
    with attacker(demo_url) as conn:
        last = conn.execute("SELECT max(seq) FROM movements").fetchone()[0]
        conn.execute(f"UPDATE chain_head SET last_hash = CAST({NOT_UTF8} AS TEXT)")
    assert_broken(cli, last)


def test_a_seq_turned_into_text_is_a_broken_link(cli: CliRunner, demo_url: str) -> None:
    with attacker(demo_url) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE movements SET seq = 'dix' WHERE seq = 10")
    # a text sorts after every number: n°10 is missing from its place
    assert_broken(cli, 10, "supprimé")


def test_status_exits_4_when_the_history_is_broken(cli: CliRunner, demo_url: str) -> None:
    intact = cli("status", user="exploitation")
    assert intact.code == 0 and "✔" in intact.out
    with attacker(demo_url) as conn:
        conn.execute("DELETE FROM signatures WHERE movement_seq = (SELECT max(seq) FROM movements)")
        conn.execute("DELETE FROM movements WHERE seq = (SELECT max(seq) FROM movements)")
    broken = cli("status", user="exploitation")
    assert broken.code == EXIT_INTEGRITY, broken.err
    assert "✘ Fin de l'historique supprimée" in broken.out
    # a role that may not verify the history still gets its counts, status 0
    assert cli("status", user="technicien").code == 0


def test_the_tolerant_walk_resumes_after_the_last_row_given(demo_url: str) -> None:
    """Blocks of 7 rows: the undecodable row falls in the middle of the walk, which goes on
    from the last row handed out, none twice, none missing."""
    path = demo_url.removeprefix("sqlite:///")
    with attacker(demo_url) as conn:
        conn.execute(f"UPDATE movements SET note = CAST({NOT_UTF8} AS TEXT) WHERE seq = 30")
    conn = sqlite3.connect(path)
    try:
        rows = list(sqlite_tolerant_rows(conn, "SELECT seq, note FROM movements ORDER BY seq", "seq", batch=7))
        expected = [r[0] for r in conn.execute("SELECT seq FROM movements ORDER BY seq")]
        assert [r[0] for r in rows] == expected
        assert isinstance(rows[29][1], chain.Unreadable) and rows[29][1] == "\ufffd\ufffdA"
        assert conn.text_factory is str  # put back for the next user of the connection
    finally:
        conn.close()

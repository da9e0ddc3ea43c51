"""The fast canonical hash of a movement is byte-for-byte the reference one.

The serialisation is a stored format (README, « Historique infalsifiable »): every hash ever
written must verify forever. :func:`mileo_desk.domain.chain.movement_hash` and the copy of it
inlined in :func:`mileo_desk.domain.chain.verify_rows` build the line with one f-string for
speed; here they are compared with the reference definition — the format tag, then
``"" if v is None else str(v)`` of each field, joined by 0x1F, in UTF-8 — on many random rows
(None, empty strings, accents, emoji, combining marks, huge and negative integers, and types
whose ``format()`` differs from ``str()``).
"""

from __future__ import annotations

import hashlib
import random
from collections.abc import Sequence
from enum import Enum, IntEnum, StrEnum

import pytest

from mileo_desk.domain import chain
from mileo_desk.domain.enums import MovementKind


def reference_hash(values: Sequence[object]) -> str:
    """The join-based implementation the chain was first written with."""
    line = chain.FORMAT_TAG + "\x1f" + "\x1f".join(["" if v is None else str(v) for v in values])
    return hashlib.sha256(line.encode("utf-8")).hexdigest()


class _Colour(str, Enum):  # noqa: UP042 - format() and str() differ for such mixins before Python 3.12
    RED = "red"


class _Level(IntEnum):
    HIGH = 3


class _Kind(StrEnum):
    LOSS = "loss"


class _Odd(str):
    def __str__(self) -> str:
        return "odd-str"

    def __format__(self, spec: str) -> str:
        return "odd-format"


_TEXTS = ["", " ", "a", "reception", "Noël", "Élysée — façade", "clé maîtresse", "日本語", "🔑🏢", "e\u0301",
          "שלום", "a\\b", '{"a":"é","b":[1,2]}', "custodian:" + "ab" * 32, "tab\there", "x" * 500]
_ODD: list[object] = [0, -1, 2**63 - 1, -(2**63), 10**30, 1.5, -0.0, float("inf"), True, False, b"bytes",
                      _Colour.RED, _Level.HIGH, _Kind.LOSS, MovementKind.RECEPTION, _Odd("v"), (1, 2), 1 + 2j]


def _value(rng: random.Random) -> object:
    pick = rng.random()
    if pick < 0.2:
        return None
    if pick < 0.45:
        return rng.randint(-(2**40), 2**62)
    if pick < 0.8:
        return "".join(rng.choice(_TEXTS) for _ in range(rng.randint(1, 3)))
    return rng.choice(_ODD)


def _random_rows(n: int, seed: int) -> list[tuple[object, ...]]:
    rng = random.Random(seed)
    return [tuple(_value(rng) for _ in chain.FIELDS) for _ in range(n)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_movement_hash_is_the_reference_hash(seed: int) -> None:
    for values in _random_rows(5000, seed):
        assert chain.movement_hash(values) == reference_hash(values), values
        assert chain.canonical_line(values).encode() + b"" == (
            chain.FORMAT_TAG + "\x1f" + "\x1f".join("" if v is None else str(v) for v in values)).encode()
        assert chain.movement_hash(list(values)) == reference_hash(values)


def test_movement_hash_of_other_lengths_is_the_reference_hash() -> None:
    # not the 13 fields: still the reference serialisation of whatever is given
    for values in ((), (1,), (1, "x", None), tuple(range(20))):
        assert chain.movement_hash(values) == reference_hash(values)


def test_movement_hash_of_typical_movements() -> None:
    sigs = chain.canonical_signatures([("technician", "b" * 64), ("custodian", "a" * 64)])
    details = chain.canonical_details({"late": True, "noticed_us": 1_700_000_000_000_000, "note": "Clé « B »"})
    for values in [
        (1, "reception", 1, 0, 1, "poste", None, None, None, None, None, None, chain.GENESIS),
        (2_000_000, "attribution", 99_999, 1_793_000_000_000_000, 42, "accueil-siège-1", 17, 1_793_600_000_000_000,
         None, "Remis en main propre — Noël", details, sigs, "f" * 64),
        (7, "correction", 3, 5, 6, "p", None, None, 4, "", "", "", "0" * 64),
    ]:
        assert chain.movement_hash(values) == reference_hash(values)


def _linked(rows: list[tuple[object, ...]]) -> list[tuple[object, ...]]:
    """*rows* made into a chain: seq 1..n, each linked to its predecessor by the reference hash."""
    out: list[tuple[object, ...]] = []
    prev = chain.GENESIS
    for seq, random_values in enumerate(rows, start=1):
        values = (seq, *random_values[1:12], prev)
        digest = reference_hash(values)
        out.append((*values, digest))
        prev = digest
    return out


@pytest.mark.parametrize("seed", [4, 5])
def test_verify_rows_hashes_like_the_reference(seed: int) -> None:
    rows = _linked(_random_rows(3000, seed))
    assert chain.verify_rows(rows) == (None, len(rows), rows[-1][13])
    # rows given as lists, or with extra columns after the hash, are read the same way
    assert chain.verify_rows([list(r) for r in rows]) == (None, len(rows), rows[-1][13])
    assert chain.verify_rows([(*r, "extra") for r in rows]) == (None, len(rows), rows[-1][13])
    rng = random.Random(seed)
    for _ in range(200):
        k = rng.randrange(len(rows))
        field = rng.randrange(1, 12)
        forged = list(rows[k])
        forged[field] = _value(rng)
        changed = reference_hash(forged[:13]) != rows[k][13]
        brk, last_seq, _ = chain.verify_rows([*rows[:k], tuple(forged), *rows[k + 1:]])
        if changed:  # the reference sees an edit: so must the fast walk, on that movement
            assert brk is not None and (brk.seq, brk.reason) == (k + 1, "edited") and last_seq == k
        else:  # same canonical line (e.g. None for ""): the reference sees nothing, nor must it
            assert brk is None

"""Code that runs in other processes: concurrent stations and a station killed mid-work.

Importable by a ``spawn`` child (multiprocessing) and runnable as
``python -m tests.integrity.workers record URL ACTOR_JSON ITEM_IDS HOLDER_IDS``.
"""

from __future__ import annotations

import json
import sys
import time
import traceback
from datetime import UTC, datetime, timedelta
from typing import Any

from mileo_desk.domain.enums import Role
from mileo_desk.domain.errors import MileoError
from mileo_desk.services import Actor, open_services
from tests.integrity.history import signature

WON = "won"
REFUSED = "refused"
FAILED = "failed"


def _due() -> datetime:
    return datetime.now(UTC) + timedelta(days=7)


def contend(
    *, url: str, actor: Actor, item_id: int, holder_id: int, rounds: int, barrier: Any, results: Any, slot: int
) -> None:
    """A desk station that, on every round, tries to attribute *item_id* to *holder_id* at the
    same moment as the other stations (all released together by *barrier*).

    Puts ``(slot, round, outcome, code, message, detail, started, ended)`` on *results* for
    each round (*detail*: the exception type, or the movement seq; times: ``time.monotonic``,
    comparable between processes).
    """
    svc = open_services(url, migrate=False)
    try:
        # warm up: a connection open and the code paths imported before the first race
        svc.queries.get_item(actor, item_id=item_id)
        capture = signature(slot + 20)
        for rnd in range(rounds):
            barrier.wait()
            started = time.monotonic()
            try:
                res = svc.registry.attribute_item(
                    actor, item_id=item_id, holder_id=holder_id, due_at=_due(), signature=capture
                )
            except MileoError as exc:
                out = (REFUSED, exc.code, exc.message, type(exc).__name__)
            except Exception as exc:  # anything else is a failure the parent reports
                out = (FAILED, type(exc).__name__, f"{exc}\n{traceback.format_exc()}", "")
            else:
                out = (WON, "", res.item.holder_name or "", res.movement.seq)
            results.put((slot, rnd, *out, started, time.monotonic()))
    finally:
        svc.close()


def record(url: str, actor: Actor, item_ids: list[int], holder_ids: list[int]) -> None:
    """Attribute and return *item_ids* in a loop, forever; after each call returns (its
    transaction committed), print ``seq hash`` on stdout and flush: that line is the
    acknowledgement the parent relies on after killing this process."""
    svc = open_services(url, migrate=False)
    held = {i for i in item_ids if svc.queries.get_item(actor, item_id=i).holder_id is not None}
    print("ready", flush=True)
    n = 0
    while True:
        for item_id in item_ids:
            n += 1
            if item_id in held:
                res = svc.registry.return_item(
                    actor, item_id=item_id, technician_signature=signature(n % 7),
                    custodian_signature=signature(n % 5 + 7, device="pad"),
                )
                held.discard(item_id)
            else:
                res = svc.registry.attribute_item(
                    actor, item_id=item_id, holder_id=holder_ids[n % len(holder_ids)], due_at=_due(),
                    signature=signature(n % 11), note=f"Tournée {n}",
                )
                held.add(item_id)
            sys.stdout.write(f"{res.movement.seq} {res.movement.hash}\n")
            sys.stdout.flush()


def _actor_from_json(text: str) -> Actor:
    d = json.loads(text)
    return Actor(d["person_id"], d["login"], d["full_name"], Role(d["role"]), d["station"])


def actor_json(actor: Actor) -> str:
    return json.dumps({"person_id": actor.person_id, "login": actor.login, "full_name": actor.full_name,
                       "role": actor.role.value, "station": actor.station})


if __name__ == "__main__":
    command, url, actor_text, items_text, holders_text = sys.argv[1:6]
    if command != "record":
        raise SystemExit(f"unknown command {command}")
    record(url, _actor_from_json(actor_text), [int(i) for i in items_text.split(",")],
           [int(h) for h in holders_text.split(",")])

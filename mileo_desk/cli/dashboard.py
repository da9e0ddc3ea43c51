"""The registry at a glance: ``status`` (counts and the chain check; on an empty registry,
the first start with the demo) and ``dashboard`` (overdue items, temporary badges out,
losses and thefts, late reports)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..domain.rules import LOSS_REPORT_MINUTES
from .core import (
    ENV_USER,
    EXIT_INTEGRITY,
    EXIT_OK,
    ITEM_HEADERS,
    PROG,
    Commands,
    Context,
    describe_movement,
    item_row,
    table,
)
from .setup import demo_lines

if TYPE_CHECKING:
    from ..services import Actor, Services


def add_parser(sub: Commands) -> None:
    """``status`` and ``dashboard``."""
    sub.command("status", cmd_status, "état du registre (crée la démo sur un registre vide)")
    sub.command("dashboard", cmd_dashboard, "retards, badges temporaires sortis, pertes et vols")


def cmd_status(ctx: Context) -> int:
    """``status``: on a registry without accounts, install the demo (the first start of
    :mod:`mileo_desk.app`, as the window does) and say how to log in; then print counts and
    the chain check."""
    from ..app import first_start

    svc = ctx.services()
    actor: Actor | None = None
    if not svc.setup.has_users():
        print(f"Premier démarrage : création du registre de démonstration dans {svc.db.describe()}…", file=ctx.err)
        # the demo administrator logs in from this station, as any command's actor would
        start = first_start(svc, demo=True, station=ctx.station)
        actor = start.admin
        if start.demo is not None:
            ctx.say("\n".join(demo_lines(start.demo)))
    elif getattr(ctx.args, "user", None) or os.environ.get(ENV_USER):
        actor = ctx.actor()
    if actor is None:
        ctx.say(f"Registre : {svc.db.describe()}. Pour voir son état : {PROG} --user IDENTIFIANT dashboard")
        return EXIT_OK
    text, intact = status_text(svc, actor)
    ctx.say(text)
    # a broken history is not a refusal: the status of ``verify`` (4), the counts still printed
    return EXIT_OK if intact else EXIT_INTEGRITY


def status_text(svc: Services, actor: Actor) -> tuple[str, bool]:
    """Counts of the registry and the result of the chain verification, and whether the
    history was found intact (True when the actor's role may not verify it)."""
    from ..domain.enums import ItemState
    from ..domain.permissions import Action, allowed
    from ..services.dto import ItemFilter

    q = svc.queries

    def total(flt: ItemFilter) -> int:
        return q.list_items(actor, flt, limit=0).total

    lines = [
        f"Registre {svc.db.describe()} — connecté : {actor.full_name} ({actor.role.label_fr})",
        f"  {total(ItemFilter())} objets dont {total(ItemFilter(state=ItemState.IN_SERVICE))} en service ; "
        f"{total(ItemFilter(overdue_only=True))} en retard ; {total(ItemFilter(temporary_out=True))} badges "
        f"temporaires sortis ; {total(ItemFilter(state=ItemState.LOST))} perdus ; "
        f"{total(ItemFilter(state=ItemState.STOLEN))} volés.",
    ]
    # the chain check only for the roles allowed to run it (domain.permissions)
    intact = True
    if allowed(actor.role, Action.VERIFY_HISTORY):
        report = svc.integrity.verify(actor)
        intact = report.ok
        lines.append(("  ✔ " if report.ok else "  ✘ ") + report.message)
    return "\n".join(lines), intact


def cmd_dashboard(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    board = svc.queries.dashboard(actor)

    # three lists, then the late loss reports (PROC-INT-006 §03)
    def text() -> str:
        out = []
        for title, items in (("Objets en retard", board.overdue),
                             ("Badges temporaires sortis (retour le jour même, PROC-INT-005 §04)", board.temporary_out),
                             ("Objets perdus ou volés", board.lost_or_stolen)):
            out.append(f"{title} : {len(items)}")
            if items:
                out.append(table(ITEM_HEADERS, [item_row(i) for i in items]))
            out.append("")
        out.append(f"Pertes ou vols signalés plus de {LOSS_REPORT_MINUTES} minutes après la constatation : "
                   f"{len(board.late_loss_reports)}")
        out += ["  " + describe_movement(m) for m in board.late_loss_reports]
        return "\n".join(out)

    return ctx.emit(board, text)

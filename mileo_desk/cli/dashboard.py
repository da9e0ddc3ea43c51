"""The registry at a glance: ``status`` (counts and the chain check; on an empty registry,
how to create its first administrator) and ``dashboard`` (overdue items, temporary badges out,
losses and thefts, late reports)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from ..domain.errors import MileoError
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

if TYPE_CHECKING:
    from ..services import Actor, Services


def add_parser(sub: Commands) -> None:
    """``status`` and ``dashboard``."""
    sub.command("status", cmd_status,
                "état du registre (sur un registre vide : comment créer le premier administrateur)")
    sub.command("dashboard", cmd_dashboard, "retards, badges temporaires sortis, pertes et vols")


def cmd_status(ctx: Context) -> int:
    """``status``: counts and the chain check. On a registry without accounts, nothing is
    created (demo data only when asked, :func:`mileo_desk.app.first_start`): the French notice
    says how to create the first administrator (``init``), and the status is 1."""
    from ..app import first_start

    svc = ctx.services()
    if not svc.setup.has_users():
        start = first_start(svc, demo=False)
        raise MileoError(f"Registre {ctx.shown_url} : {start.notice}", code="registre_vide")
    if not (getattr(ctx.args, "user", None) or os.environ.get(ENV_USER)):
        ctx.say(f"Registre : {ctx.shown_url}. Pour voir son état : {PROG} --user IDENTIFIANT dashboard")
        return EXIT_OK
    text, intact = status_text(svc, ctx.actor(), ctx.shown_url)
    ctx.say(text)
    # a broken history is not a refusal: the status of ``verify`` (4), the counts still printed
    return EXIT_OK if intact else EXIT_INTEGRITY


def status_text(svc: Services, actor: Actor, shown_url: str) -> tuple[str, bool]:
    """Counts of the registry (at *shown_url*, its password hidden) and the result of the chain
    verification, and whether the history was found intact (True when the actor's role may
    not verify it)."""
    from ..domain.enums import ItemState
    from ..domain.permissions import Action, allowed
    from ..domain.wording import plural
    from ..services.dto import ItemFilter

    q = svc.queries

    def total(flt: ItemFilter) -> int:
        return q.list_items(actor, flt, limit=0).total

    lines = [
        f"Registre {shown_url} — connecté : {actor.full_name} ({actor.role.label_fr})",
        f"  {plural(total(ItemFilter()), 'objet')} dont {total(ItemFilter(state=ItemState.IN_SERVICE))} en "
        f"service ; {total(ItemFilter(overdue_only=True))} en retard ; "
        f"{plural(total(ItemFilter(temporary_out=True)), 'badge temporaire sorti', 'badges temporaires sortis')} ; "
        f"{plural(total(ItemFilter(state=ItemState.LOST)), 'perdu')} ; "
        f"{plural(total(ItemFilter(state=ItemState.STOLEN)), 'volé')}.",
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

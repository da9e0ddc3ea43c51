"""``verify``: the hash chain of the history checked end to end (and each signature's
digest with ``--signatures``). A broken chain is exit status 4, not a refusal."""

from __future__ import annotations

import json
from typing import TYPE_CHECKING

from .core import (
    EXIT_INTEGRITY,
    Commands,
    Context,
    jsonable,
)

if TYPE_CHECKING:
    pass


def add_parser(sub: Commands) -> None:
    """``verify``."""
    p = sub.command("verify", cmd_verify, "vérifie la chaîne d'empreintes de l'historique")
    p.add_argument("--signatures", action="store_true", help="recalcule aussi l'empreinte de chaque signature")


def cmd_verify(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    report = svc.integrity.verify(actor, signatures=ctx.args.signatures)
    if report.ok:
        extra = f" ; {report.signatures_checked} signature(s) vérifiée(s)" if ctx.args.signatures else ""
        return ctx.emit(report, f"{report.message.rstrip('.')}{extra} ({report.seconds:.2f} s).")
    # a broken chain is not a refusal: its own status (4) and the whole report
    if ctx.as_json:
        print(json.dumps({"error": {"code": "integrite", "message": report.message, "field": None},
                          "report": jsonable(report)}, ensure_ascii=False, indent=1), file=ctx.out)
    print(f"HISTORIQUE ROMPU — {report.message}", file=ctx.err)
    return EXIT_INTEGRITY

"""Setting a registry up: ``init`` (the database, the first administrator, the demo on
request) and ``roles`` (the permission table, the same one the README prints)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING, Any

from ..domain.errors import MileoError
from .core import (
    ENV_ADMIN_PASSWORD,
    PROG,
    Commands,
    Context,
    read_secret,
)

if TYPE_CHECKING:
    from ..demo import DemoSummary


def add_parser(sub: Commands) -> None:
    """``init`` and ``roles``."""
    p = sub.command("init", cmd_init, "crée ou met à jour la base et le premier administrateur")
    p.add_argument("--demo", action="store_true", help="ajoute les données de démonstration")
    p.add_argument("--admin-login", metavar="L", help="identifiant de l'administrateur (admin)")
    p.add_argument("--admin-name", metavar="N", help="nom complet de l'administrateur")
    sub.command("roles", cmd_roles, "affiche le tableau des rôles et des droits")


def cmd_init(ctx: Context) -> int:
    """Create or migrate the database; create the first administrator (and the demo)."""
    from ..app import install_demo
    from ..demo import DEMO_ADMIN, DEMO_PASSWORD

    args = ctx.args
    svc = ctx.services()  # opening migrates
    url = ctx.shown_url
    if svc.setup.has_users():
        # fictional clients must never mix with a real history
        if args.demo:
            raise MileoError(
                "Le registre a déjà des comptes : les données de démonstration ne s'installent que dans un "
                "registre vide.", code="deja_initialise")
        return ctx.emit({"database": url, "initialised": False},
                        f"Base {url} à jour ; le registre a déjà ses comptes.")
    login = args.admin_login or "admin"
    name = args.admin_name or (DEMO_ADMIN.full_name if args.demo else "Administrateur")
    # the demo administrator has the documented demo password; a real one is typed twice
    password = os.environ.get(ENV_ADMIN_PASSWORD) or (
        DEMO_PASSWORD if args.demo else read_secret("Mot de passe de l'administrateur : ", ENV_ADMIN_PASSWORD,
                                                    confirm=True))
    admin = svc.setup.create_first_admin(full_name=name, login=login, password=password)
    data: dict[str, Any] = {"database": url, "initialised": True, "admin": admin}
    lines = [f"Registre créé dans {url}.", f"Administrateur : {admin.full_name} (identifiant « {admin.login} »)."]
    if args.demo:
        # the demo is built by the administrator just created, logged in like any actor
        actor = svc.session.login(login, password, station=ctx.station)
        if not ctx.as_json:
            print("Création des données de démonstration…", file=ctx.err)
        summary = install_demo(svc, actor)
        data["demo"] = summary
        lines += demo_lines(summary, admin_password_default=not os.environ.get(ENV_ADMIN_PASSWORD))
    return ctx.emit(data, "\n".join(lines))


def demo_lines(summary: DemoSummary, *, admin_password_default: bool = True) -> list[str]:
    """What the demo created and how to log in (French)."""
    from ..demo import DEMO_PASSWORD

    lines = [
        f"Démonstration : {summary.clients} clients, {summary.sites} sites, {summary.people} personnes, "
        f"{summary.items} objets, {summary.movements} mouvements ({summary.seconds:.1f} s).",
        f"  {summary.held} objets détenus par des techniciens, dont {summary.overdue} en retard ; "
        f"{summary.temporary_out} badges temporaires sortis ; {summary.lost} perdus, {summary.stolen} volés, "
        f"{summary.returned_to_client} restitués.",
        "Comptes de démonstration (mot de passe « " + DEMO_PASSWORD + " »"
        + ("" if admin_password_default else ", sauf l'administrateur") + ") :",
    ]
    lines += [f"  {login:<14} {role}" for login, role in summary.users]
    lines.append(f"Exemple : MILEO_DESK_PASSWORD={DEMO_PASSWORD} {PROG} --user gardien dashboard")
    return lines


def cmd_roles(ctx: Context) -> int:
    from ..domain.enums import Role
    from ..domain.permissions import PERMISSIONS, Action, markdown_table

    # the same table as the README's and the window's: domain.permissions is its one source
    data = [{"action": a.value, "label": a.label_fr, "roles": [r.value for r in Role if r in PERMISSIONS[a]]}
            for a in Action]
    return ctx.emit(data, markdown_table())

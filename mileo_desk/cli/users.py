"""``user``: the accounts that log in. A password is never an option: it comes from
``MILEO_DESK_NEW_PASSWORD`` or a prompt without echo (or one line of standard input)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import arguments as arg
from .core import (
    ENV_NEW_PASSWORD,
    Commands,
    Context,
    read_secret,
)
from .people import people_table, person_options

if TYPE_CHECKING:
    pass


def add_parser(sub: Commands) -> None:
    """``user add|list|set-password|deactivate|activate``."""
    users = sub.group("user", "comptes de connexion")
    p = users.command("add", cmd_user_add, f"crée un compte (mot de passe : {ENV_NEW_PASSWORD} ou invite)")
    p.add_argument("login")
    p.add_argument("--name", required=True, metavar="NOM", help="nom complet")
    p.add_argument("--role", required=True, type=arg.role_type, help="gardien, exploitation, chef, technicien, admin")
    person_options(p)
    p = users.command("list", cmd_user_list, "liste les comptes")
    p.add_argument("--all", action="store_true", help="y compris les comptes désactivés")
    p = users.command("set-password", cmd_user_set_password,
                      f"change un mot de passe (nouveau : {ENV_NEW_PASSWORD} ou invite)")
    p.add_argument("login")
    p = users.command("deactivate", lambda c: _set_active(c, False), "désactive un compte")
    p.add_argument("login")
    p = users.command("activate", lambda c: _set_active(c, True), "réactive un compte")
    p.add_argument("login")


def cmd_user_add(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    password = _new_password(f"Mot de passe de « {a.login} » : ")
    person = svc.directory.create_person(actor, full_name=a.name, role=a.role, login=a.login, password=password,
                                         badge_uid=a.badge_uid, email=a.email, phone=a.phone)
    return ctx.emit(person, f"Compte « {person.login} » créé : {person.full_name} ({person.role.label_fr}).")


def cmd_user_list(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    # accounts only: the staff without login are « person list »
    users = [p for p in svc.directory.list_people(actor, include_inactive=ctx.args.all) if p.is_user]
    return ctx.emit(users, lambda: people_table(users))


def cmd_user_set_password(ctx: Context) -> int:
    from ..domain.permissions import Action, allowed

    svc, actor = ctx.services(), ctx.actor()
    login = ctx.args.login.strip().lower()
    if login == actor.login and not allowed(actor.role, Action.MANAGE_USERS):
        # one's own password: the current one was just typed to log in
        password = _new_password("Nouveau mot de passe : ")
        svc.directory.change_own_password(actor, old_password=ctx.password, new_password=password)
        return ctx.emit({"login": login, "changed": True}, "Mot de passe changé.")
    # an administrator sets another account's password without knowing the old one
    person = svc.directory.find_person(actor, login=login)
    password = _new_password(f"Nouveau mot de passe de « {login} » : ")
    person = svc.directory.set_account(actor, person.id, login=login, password=password)
    return ctx.emit(person, f"Mot de passe de « {login} » changé.")


def _set_active(ctx: Context, active: bool) -> int:
    svc, actor = ctx.services(), ctx.actor()
    person = svc.directory.find_person(actor, login=ctx.args.login)
    person = svc.directory.update_person(actor, person.id, active=active)
    word = "réactivé" if active else "désactivé"
    return ctx.emit(person, f"Compte « {person.login} » {word}.")


def _new_password(prompt: str) -> str:
    return read_secret(prompt, ENV_NEW_PASSWORD, confirm=True)

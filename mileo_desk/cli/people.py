"""``person``: the staff without an account (technicians who hold items), and what the
``user`` group shares with it (the people table, the contact options)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING

from . import arguments as arg
from .core import (
    Commands,
    Context,
    active_options,
    table,
)

if TYPE_CHECKING:
    from ..services.dto import PersonView


def add_parser(sub: Commands) -> None:
    """``person add|list|update``."""
    people = sub.group("person", "personnel sans compte (techniciens…)")
    p = people.command("add", cmd_person_add, "enregistre une personne")
    p.add_argument("--name", required=True, metavar="NOM", help="nom complet")
    p.add_argument("--role", type=arg.role_type, default="technician", help="rôle (technicien par défaut)")
    person_options(p)
    p = people.command("list", cmd_person_list, "liste le personnel")
    p.add_argument("--role", type=arg.role_type)
    p.add_argument("--search", metavar="TEXTE")
    p.add_argument("--all", action="store_true", help="y compris les personnes inactives")
    p = people.command("update", cmd_person_update, "modifie une personne")
    p.add_argument("person", metavar="N°_OU_IDENTIFIANT")
    p.add_argument("--name", metavar="NOM")
    p.add_argument("--role", type=arg.role_type)
    person_options(p)
    active_options(p, "--active", "--inactive")


def cmd_person_add(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    person = svc.directory.create_person(actor, full_name=a.name, role=a.role, badge_uid=a.badge_uid,
                                         email=a.email, phone=a.phone)
    return ctx.emit(person, f"{person.full_name} ({person.role.label_fr}) enregistré sous le n°{person.id}.")


def cmd_person_list(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    people = svc.directory.list_people(actor, role=a.role, text=a.search, include_inactive=a.all)
    return ctx.emit(people, lambda: people_table(people))


def cmd_person_update(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    # by number or login: people without an account have only a number
    person = arg.person(ctx, a.person)
    person = svc.directory.update_person(actor, person.id, full_name=a.name, role=a.role, active=a.active,
                                         badge_uid=a.badge_uid, email=a.email, phone=a.phone)
    return ctx.emit(person, f"{person.full_name} (n°{person.id}) mis à jour.")


def people_table(people: Sequence[PersonView]) -> str:
    return table(("N°", "Nom", "Rôle", "Identifiant", "Badge Mileo", "Actif"),
                 [(p.id, p.full_name, p.role.label_fr, p.login or "", p.badge_uid or "", "oui" if p.active else "non")
                  for p in people])


def person_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--badge-uid", metavar="UID", help="UID du badge professionnel Mileo")
    p.add_argument("--email", metavar="E-MAIL")
    p.add_argument("--phone", metavar="TÉLÉPHONE")

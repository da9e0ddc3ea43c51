"""``client`` and ``site``: the clients who entrust items, their security contact and
contract level, and their sites with their sensitivity (S1–S3)."""

from __future__ import annotations

import argparse
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from . import arguments as arg
from .core import (
    Commands,
    Context,
    active_options,
    table,
)

if TYPE_CHECKING:
    pass


def add_parser(sub: Commands) -> None:
    """``client add|list|show|update`` and ``site add|list|update``."""
    clients = sub.group("client", "clients et leur responsable sécurité")
    p = clients.command("add", cmd_client_add, "crée un client")
    p.add_argument("code", help="code client (2 à 12 lettres ou chiffres), préfixe des identifiants")
    p.add_argument("--name", required=True, metavar="NOM")
    _client_options(p, required=True)
    p = clients.command("list", cmd_client_list, "liste les clients")
    p.add_argument("--search", metavar="TEXTE")
    p.add_argument("--all", action="store_true", help="y compris les clients archivés")
    p = clients.command("show", cmd_client_show, "affiche un client, ses sites et ses objets")
    p.add_argument("code")
    p = clients.command("update", cmd_client_update, "modifie un client")
    p.add_argument("code")
    p.add_argument("--name", metavar="NOM")
    _client_options(p, required=False)
    active_options(p, "--reactivate", "--archive")

    sites = sub.group("site", "sites des clients")
    p = sites.command("add", cmd_site_add, "crée un site")
    p.add_argument("--client", required=True, metavar="CODE")
    p.add_argument("--name", required=True, metavar="NOM")
    p.add_argument("--address", required=True, metavar="ADRESSE")
    p.add_argument("--sensitivity", required=True, choices=("S1", "S2", "S3"))
    p = sites.command("list", cmd_site_list, "liste les sites")
    p.add_argument("--client", metavar="CODE")
    p.add_argument("--search", metavar="TEXTE")
    p = sites.command("update", cmd_site_update, "modifie un site")
    p.add_argument("site_id", type=int, metavar="N°_SITE")
    p.add_argument("--name", metavar="NOM")
    p.add_argument("--address", metavar="ADRESSE")
    p.add_argument("--sensitivity", choices=("S1", "S2", "S3"))
    active_options(p, "--reactivate", "--archive")


def cmd_client_add(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    client = svc.directory.create_client(actor, code=a.code, name=a.name, contact_name=a.contact_name,
                                         contact_phone=a.contact_phone, contact_email=a.contact_email,
                                         contract_level=a.level)
    return ctx.emit(client, f"Client {client.code} — {client.name} créé ({client.contract_level.label_fr}).")


def cmd_client_list(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    clients = svc.directory.list_clients(actor, text=ctx.args.search, include_inactive=ctx.args.all)
    return ctx.emit(clients, lambda: _clients_table(clients))


def cmd_client_show(ctx: Context) -> int:
    from ..domain.enums import ItemState
    from ..services.dto import ItemFilter

    svc, actor = ctx.services(), ctx.actor()
    client = svc.directory.get_client(actor, code=ctx.args.code)
    sites = svc.directory.list_sites(actor, client_id=client.id)
    # limit=0: only the totals, no rows
    counts = {s.value: svc.queries.list_items(actor, ItemFilter(client_id=client.id, state=s), limit=0).total
              for s in ItemState}
    counts["overdue"] = svc.queries.list_items(actor, ItemFilter(client_id=client.id, overdue_only=True),
                                               limit=0).total

    def text() -> str:
        lines = [f"{client.code} — {client.name} ({client.contract_level.label_fr})"
                 + ("" if client.active else " — ARCHIVÉ"),
                 f"  Responsable sécurité : {client.contact_name}"
                 + "".join(f" ; {v}" for v in (client.contact_phone, client.contact_email) if v),
                 "  Objets : " + ", ".join(f"{ItemState(k).label_fr.lower()} {v}" for k, v in counts.items()
                                           if k in {s.value for s in ItemState})
                 + f" ; en retard {counts['overdue']}", "", _sites_table(sites)]
        return "\n".join(lines)

    # the text is built only without --json
    return ctx.emit({"client": client, "sites": sites, "items": counts}, text)


def cmd_client_update(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    client_id = arg.client_id(ctx, a.code)
    client = svc.directory.update_client(actor, client_id, name=a.name, contact_name=a.contact_name,
                                         contact_phone=a.contact_phone, contact_email=a.contact_email,
                                         contract_level=a.level, active=a.active)
    return ctx.emit(client, f"Client {client.code} mis à jour.")


def cmd_site_add(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    site = svc.directory.create_site(actor, client_id=arg.client_id(ctx, a.client), name=a.name, address=a.address,
                                     sensitivity=a.sensitivity)
    return ctx.emit(site, f"Site n°{site.id} « {site.name} » ({site.sensitivity.value}) créé pour {site.client_name}.")


def cmd_site_list(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    client_id = arg.client_id(ctx, ctx.args.client) if ctx.args.client else None
    sites = svc.directory.list_sites(actor, client_id=client_id, text=ctx.args.search)
    return ctx.emit(sites, lambda: _sites_table(sites))


def cmd_site_update(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    site = svc.directory.update_site(actor, a.site_id, name=a.name, address=a.address, sensitivity=a.sensitivity,
                                     active=a.active)
    return ctx.emit(site, f"Site n°{site.id} « {site.name} » mis à jour.")


def _clients_table(clients: Sequence[Any]) -> str:
    return table(("Code", "Nom", "Contrat", "Responsable sécurité", "Téléphone", "E-mail", "Actif"),
                 [(c.code, c.name, c.contract_level.label_fr, c.contact_name, c.contact_phone or "",
                   c.contact_email or "", "oui" if c.active else "archivé") for c in clients])


def _sites_table(sites: Sequence[Any]) -> str:
    return table(("N°", "Client", "Site", "Sensibilité", "Adresse", "Actif"),
                 [(s.id, s.client_name, s.name, s.sensitivity.value, s.address, "oui" if s.active else "archivé")
                  for s in sites], width=60)


def _client_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--contact-name", required=required, metavar="NOM", help="responsable sécurité du client")
    p.add_argument("--contact-phone", metavar="TÉLÉPHONE")
    p.add_argument("--contact-email", metavar="E-MAIL")
    # on update, None leaves the contract level unchanged
    p.add_argument("--level", choices=("premium", "standard"), default="standard" if required else None,
                   help="niveau de contrat")

"""The command line ``mileo-desk``: a thin shell over the services, for administrators and
scripts.

Every command opens the database (``--db``, else ``MILEO_DESK_DB``, else the embedded
SQLite), logs in (``--user`` or ``MILEO_DESK_USER``; the password from
``MILEO_DESK_PASSWORD`` or a prompt, never from an option) and calls one service. With
``--json`` the result is printed on stdout as JSON, and a refusal as
``{"error": {"code", "message", "field"}}``. Exit status: 0 done, 1 refused by a rule or
an invalid input (the French message on stderr; nothing was changed), 2 usage, 3
authentication or permission, 4 broken history (``verify``).

Without a command, :func:`run_default` starts the application (for now: the first-start
demo and a status).
"""

from __future__ import annotations

import argparse
import contextlib
import getpass
import json
import os
import sys
import tempfile
from collections.abc import Callable, Iterator, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from .domain.errors import AuthenticationError, MileoError, PermissionDenied, ValidationError
from .domain.rules import LATE_REPORT_TEXT, LOSS_REPORT_MINUTES

if TYPE_CHECKING:
    from .devices.protocols import ReadEvent
    from .services import Actor, Services
    from .services.dto import ItemView, MovementResult, MovementView, PersonView

EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INTEGRITY = 4

ENV_DB = "MILEO_DESK_DB"
ENV_USER = "MILEO_DESK_USER"
ENV_PASSWORD = "MILEO_DESK_PASSWORD"
ENV_ADMIN_PASSWORD = "MILEO_DESK_ADMIN_PASSWORD"
ENV_NEW_PASSWORD = "MILEO_DESK_NEW_PASSWORD"

PROG = "mileo-desk"


class UsageError(Exception):
    """A command line that cannot be run as typed (exit status 2)."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage


class _Formatter(argparse.HelpFormatter):
    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        return super()._format_usage(usage, actions, groups, "usage : " if prefix is None else prefix)


class _Parser(argparse.ArgumentParser):
    """argparse with French messages that raises instead of exiting (``main`` returns 2)."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="affiche cette aide")

    def error(self, message: str) -> NoReturn:
        for en, fr in (
            ("the following arguments are required", "arguments obligatoires manquants"),
            ("unrecognized arguments", "arguments non reconnus"),
            ("invalid choice", "choix invalide"),
            ("expected one argument", "une valeur est attendue"),
            ("invalid int value", "nombre entier invalide"),
            ("not allowed with argument", "incompatible avec l'argument"),
            ("choose from", "choisir parmi"),
        ):
            message = message.replace(en, fr)
        raise UsageError(message, self.format_usage())


# --------------------------------------------------------------------------- output


def jsonable(value: Any) -> Any:
    """DTOs → JSON values: enums by value, dates ISO, bytes left out (signature images)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in fields(value)
                if f.name not in ("vectors", "png") and not isinstance(getattr(value, f.name), bytes)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


def _paris(moment: datetime | None) -> str:
    from .domain.clock import format_paris

    return format_paris(moment)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, width: int = 42) -> str:
    """A plain-text table; cells longer than *width* are cut with an ellipsis."""

    def cell(v: Any) -> str:
        text = "" if v is None else str(v).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    cells = [[cell(v) for v in r] for r in rows]
    sizes = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(sizes[i]) for i, h in enumerate(headers)).rstrip(),
             "  ".join("-" * s for s in sizes)]
    lines += ["  ".join(c.ljust(sizes[i]) for i, c in enumerate(r)).rstrip() for r in cells]
    return "\n".join(lines)


def describe_item(item: ItemView) -> str:
    """Several lines about one item, for ``item show`` and after a movement."""
    lines = [
        f"{item.registry_id} — {item.type.label_fr}" + (f" — {item.label}" if item.label else ""),
        f"  Client : {item.client_name} ; site : {item.site_name} ({item.sensitivity.value})",
        f"  État : {item.state.label_fr} ; {item.keeping.label_fr}"
        + (f" : {item.holder_name} depuis le {_paris(item.held_since)}" if item.holder_name else ""),
    ]
    if item.due_at is not None:
        lines.append(f"  Retour prévu : {_paris(item.due_at)}" + ("  ⚠ EN RETARD" if item.overdue else ""))
    ids = [f"UID carte {item.card_uid}" if item.card_uid else "",
           f"UID porte-clés {item.tag_uid}" if item.tag_uid else "",
           f"numéro frappé {item.stamped_number}" if item.stamped_number else ""]
    if any(ids):
        lines.append("  " + " ; ".join(i for i in ids if i))
    lines.append(f"  Reçu le {item.received_on.strftime('%d/%m/%Y')}"
                 + (f", responsable : {item.in_charge_name}" if item.in_charge_name else ""))
    return "\n".join(lines)


def describe_movement(m: MovementView) -> str:
    """One line per movement: n°, when (Paris), kind, item, who, holder, due, signatures, note."""
    parts = [f"n°{m.seq}", _paris(m.at), m.kind.label_fr, m.registry_id, f"par {m.actor_name}"]
    if m.holder_name:
        parts.append(f"→ {m.holder_name}")
    if m.due_at is not None:
        parts.append(f"retour prévu {_paris(m.due_at)}")
    if m.corrects_seq:
        parts.append(f"corrige n°{m.corrects_seq}")
    if m.details.get("late"):
        parts.append("⚠ signalement tardif" if m.kind.value in ("loss", "theft") else "⚠ en retard")
    if m.signatures:
        parts.append("signé : " + ", ".join(s.signer_name for s in m.signatures))
    if m.note:
        parts.append(f"« {m.note} »")
    return "  ".join(parts)


ITEM_HEADERS = ("Identifiant", "Type", "Client", "Site", "État", "Détenteur", "Retour prévu", "")


def item_row(item: ItemView) -> tuple[str, ...]:
    return (item.registry_id, item.type.label_fr, item.client_name, item.site_name, item.state.label_fr,
            item.holder_name or "", _paris(item.due_at), "EN RETARD" if item.overdue else "")


# --------------------------------------------------------------------------- context


class Context:
    """What a command needs: its arguments, the output streams, the services, the actor."""

    def __init__(self, args: argparse.Namespace, out: TextIO, err: TextIO) -> None:
        self.args = args
        self.out = out
        self.err = err
        self.as_json = bool(getattr(args, "json", False))
        self._services: Services | None = None
        self._actor: Actor | None = None
        self._password: str | None = None  # kept for « user set-password » on one's own account

    # -- database and log-in

    @property
    def url(self) -> str:
        from .persistence.db import default_url

        return str(getattr(self.args, "db", None) or os.environ.get(ENV_DB) or default_url())

    @property
    def station(self) -> str:
        from .services.session import default_station

        return str(getattr(self.args, "station", None) or default_station())[:64]

    def services(self) -> Services:
        if self._services is None:
            from .services import open_services

            self._services = open_services(self.url)
        return self._services

    def actor(self) -> Actor:
        """Log in with ``--user``/``MILEO_DESK_USER`` and ``MILEO_DESK_PASSWORD`` (or prompts)."""
        if self._actor is None:
            login = getattr(self.args, "user", None) or os.environ.get(ENV_USER)
            if not login:
                if not _interactive():
                    raise AuthenticationError("Identifiant manquant : utilisez --user ou la variable MILEO_DESK_USER.")
                login = input("Identifiant : ").strip()
            svc = self.services()
            password = read_secret("Mot de passe : ", ENV_PASSWORD)
            self._actor = svc.session.login(login, password, station=self.station)
            self._password = password
        return self._actor

    @property
    def password(self) -> str:
        """The password the actor logged in with."""
        self.actor()
        assert self._password is not None
        return self._password

    def close(self) -> None:
        if self._services is not None:
            self._services.close()
            self._services = None

    # -- output

    def emit(self, data: Any, text: str | Callable[[], str]) -> int:
        """Print *data* as JSON with ``--json``, else *text*; returns 0."""
        if self.as_json:
            print(json.dumps(jsonable(data), ensure_ascii=False, indent=1), file=self.out)
        else:
            print(text() if callable(text) else text, file=self.out)
        return EXIT_OK

    def say(self, text: str) -> None:
        """A message for a person (stderr with ``--json``, so that stdout stays parseable)."""
        print(text, file=self.err if self.as_json else self.out)


def _interactive() -> bool:
    try:
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def read_secret(prompt: str, env: str, *, confirm: bool = False) -> str:
    """A password from the environment variable *env*, else a prompt without echo, else
    one line of standard input (scripts). Never from an option, never printed."""
    value = os.environ.get(env)
    if value:
        return value
    if _interactive():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Confirmation : ") != first:
            raise ValidationError("Les deux mots de passe diffèrent.", field="password")
        return first
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        line = ""
    value = line.rstrip("\r\n")
    if not value:
        raise AuthenticationError(f"Mot de passe manquant : définissez {env} ou saisissez-le au clavier.",
                                  field="password")
    return value


# --------------------------------------------------------------------------- argument helpers


def _role(value: str) -> Any:
    from .domain.enums import Role
    from .domain.text import fold

    aliases = {"gardien": Role.CUSTODIAN, "exploitation": Role.OPERATIONS_MANAGER, "chef": Role.SITE_LEAD,
               "technicien": Role.TECHNICIAN, "admin": Role.ADMIN, "administrateur": Role.ADMIN}
    key = fold(value).replace("_", " ")
    for role in Role:
        if key in (role.value.replace("_", " "), fold(role.label_fr)):
            return role
    if key in aliases:
        return aliases[key]
    names = ", ".join(r.value for r in Role)
    raise argparse.ArgumentTypeError(f"rôle inconnu « {value} » (gardien, exploitation, chef, technicien, admin ou "
                                     f"{names})")


def _item_type(value: str) -> Any:
    from .services.transfer import parse_item_type

    try:
        return parse_item_type(value)
    except MileoError as exc:
        raise argparse.ArgumentTypeError(exc.message) from None


def _state(value: str) -> Any:
    from .domain.enums import ItemState
    from .domain.text import fold

    key = fold(value).replace("_", " ")
    for state in ItemState:
        if key in (state.value.replace("_", " "), fold(state.label_fr)):
            return state
    raise argparse.ArgumentTypeError(f"état inconnu « {value} » ({', '.join(s.value for s in ItemState)})")


def _positive(value: str) -> int:
    try:
        n = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"nombre entier invalide : « {value} »") from None
    if n < 0:
        raise argparse.ArgumentTypeError(f"nombre négatif : {n}")
    return n


def _when(text: str, *, field: str, label: str) -> datetime:
    from .domain.clock import parse_user_datetime

    return parse_user_datetime(text, field=field, label=label)


def _due(text: str) -> datetime:
    """A due date; a bare date means the end of that day in Paris."""
    from .domain.clock import end_of_paris_day

    moment = _when(text, field="due_at", label="Retour prévu")
    raw = text.strip()
    if ":" not in raw and "T" not in raw:
        return end_of_paris_day(moment)
    return moment


def _date(text: str, *, field: str, label: str) -> date:
    from .services.transfer import parse_date

    return parse_date(text, field=field, label=label)


def _read_bytes(path: str, *, field: str, what: str, limit: int = 20_000_000) -> bytes:
    p = Path(path)
    try:
        if p.stat().st_size > limit:
            raise ValidationError(f"{what} trop lourd : {path}.", field=field)
        return p.read_bytes()
    except FileNotFoundError:
        raise ValidationError(f"{what} introuvable : {path}.", field=field) from None
    except IsADirectoryError:
        raise ValidationError(f"{what} : {path} est un dossier.", field=field) from None
    except PermissionError:
        raise ValidationError(f"{what} illisible (droits insuffisants) : {path}.", field=field) from None


def _signature(path: str | None, png_path: str | None, *, field: str) -> Any:
    """A signature file in the ``mileo-signature/1`` format, with its PNG if given."""
    from .domain.signature import parse_vectors

    if path is None:
        return None
    raw = _read_bytes(path, field=field, what="Fichier de signature", limit=5_000_000)
    png = _read_bytes(png_path, field=field, what="Image de signature") if png_path else None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        raise ValidationError(f"Fichier de signature illisible : {path}.", field=field) from None
    return parse_vectors(text, png=png)


def _person(ctx: Context, value: str) -> PersonView:
    """A person by id (digits) or by login."""
    svc, actor = ctx.services(), ctx.actor()
    if value.strip().isdigit():
        return svc.directory.find_person(actor, person_id=int(value))
    return svc.directory.find_person(actor, login=value)


def _client_id(ctx: Context, code: str) -> int:
    return ctx.services().directory.get_client(ctx.actor(), code=code).id


def _site_id(ctx: Context, value: str, client_id: int | None) -> int:
    """A site by id, or by name among the client's sites (accents and case ignored)."""
    from .domain.errors import NotFoundError
    from .domain.text import fold

    if value.strip().isdigit():
        return int(value)
    sites = ctx.services().directory.list_sites(ctx.actor(), client_id=client_id)
    matches = [s for s in sites if fold(s.name) == fold(value)]
    if len(matches) == 1:
        return matches[0].id
    if not matches:
        raise NotFoundError(f"Site « {value} » introuvable.", field="site")
    raise ValidationError(f"Plusieurs sites s'appellent « {value} » : donnez son numéro ou --client.", field="site")


def _item(ctx: Context, registry_id: str) -> ItemView:
    return ctx.services().queries.get_item(ctx.actor(), registry_id=registry_id)


# --------------------------------------------------------------------------- commands: set-up


def cmd_init(ctx: Context) -> int:
    """Create or migrate the database; create the first administrator (and the demo)."""
    from .demo import DEMO_ADMIN, DEMO_PASSWORD, DemoService

    args = ctx.args
    svc = ctx.services()  # opening migrates
    url = svc.db.describe()
    if svc.setup.has_users():
        if args.demo:
            raise MileoError(
                "Le registre a déjà des comptes : les données de démonstration ne s'installent que dans un "
                "registre vide.", code="deja_initialise")
        return ctx.emit({"database": url, "initialised": False},
                        f"Base {url} à jour ; le registre a déjà ses comptes.")
    login = args.admin_login or "admin"
    name = args.admin_name or (DEMO_ADMIN.full_name if args.demo else "Administrateur")
    password = os.environ.get(ENV_ADMIN_PASSWORD) or (
        DEMO_PASSWORD if args.demo else read_secret("Mot de passe de l'administrateur : ", ENV_ADMIN_PASSWORD,
                                                    confirm=True))
    admin = svc.setup.create_first_admin(full_name=name, login=login, password=password)
    data: dict[str, Any] = {"database": url, "initialised": True, "admin": admin}
    lines = [f"Registre créé dans {url}.", f"Administrateur : {admin.full_name} (identifiant « {admin.login} »)."]
    if args.demo:
        actor = svc.session.login(login, password, station=ctx.station)
        if not ctx.as_json:
            print("Création des données de démonstration…", file=ctx.err)
        summary = DemoService(svc.db, svc.clock).populate(actor)
        data["demo"] = summary
        lines += demo_lines(summary, admin_password_default=not os.environ.get(ENV_ADMIN_PASSWORD))
    return ctx.emit(data, "\n".join(lines))


def demo_lines(summary: Any, *, admin_password_default: bool = True) -> list[str]:
    """What the demo created and how to log in (French)."""
    from .demo import DEMO_PASSWORD

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
    from .domain.enums import Role
    from .domain.permissions import PERMISSIONS, Action, markdown_table

    data = [{"action": a.value, "label": a.label_fr, "roles": [r.value for r in Role if r in PERMISSIONS[a]]}
            for a in Action]
    return ctx.emit(data, markdown_table())


# --------------------------------------------------------------------------- commands: people


def _new_password(prompt: str) -> str:
    return read_secret(prompt, ENV_NEW_PASSWORD, confirm=True)


def cmd_user_add(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    password = _new_password(f"Mot de passe de « {a.login} » : ")
    person = svc.directory.create_person(actor, full_name=a.name, role=a.role, login=a.login, password=password,
                                         badge_uid=a.badge_uid, email=a.email, phone=a.phone)
    return ctx.emit(person, f"Compte « {person.login} » créé : {person.full_name} ({person.role.label_fr}).")


def _people_table(people: Sequence[PersonView]) -> str:
    return table(("N°", "Nom", "Rôle", "Identifiant", "Badge Mileo", "Actif"),
                 [(p.id, p.full_name, p.role.label_fr, p.login or "", p.badge_uid or "", "oui" if p.active else "non")
                  for p in people])


def cmd_user_list(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    users = [p for p in svc.directory.list_people(actor, include_inactive=ctx.args.all) if p.is_user]
    return ctx.emit(users, lambda: _people_table(users))


def cmd_user_set_password(ctx: Context) -> int:
    from .domain.permissions import Action, allowed

    svc, actor = ctx.services(), ctx.actor()
    login = ctx.args.login.strip().lower()
    if login == actor.login and not allowed(actor.role, Action.MANAGE_USERS):
        # one's own password: the current one was just typed to log in
        password = _new_password("Nouveau mot de passe : ")
        svc.directory.change_own_password(actor, old_password=ctx.password, new_password=password)
        return ctx.emit({"login": login, "changed": True}, "Mot de passe changé.")
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
    return ctx.emit(people, lambda: _people_table(people))


def cmd_person_update(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    person = _person(ctx, a.person)
    person = svc.directory.update_person(actor, person.id, full_name=a.name, role=a.role, active=a.active,
                                         badge_uid=a.badge_uid, email=a.email, phone=a.phone)
    return ctx.emit(person, f"{person.full_name} (n°{person.id}) mis à jour.")


# --------------------------------------------------------------------------- commands: clients and sites


def _clients_table(clients: Sequence[Any]) -> str:
    return table(("Code", "Nom", "Contrat", "Responsable sécurité", "Téléphone", "E-mail", "Actif"),
                 [(c.code, c.name, c.contract_level.label_fr, c.contact_name, c.contact_phone or "",
                   c.contact_email or "", "oui" if c.active else "archivé") for c in clients])


def _sites_table(sites: Sequence[Any]) -> str:
    return table(("N°", "Client", "Site", "Sensibilité", "Adresse", "Actif"),
                 [(s.id, s.client_name, s.name, s.sensitivity.value, s.address, "oui" if s.active else "archivé")
                  for s in sites], width=60)


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
    from .domain.enums import ItemState
    from .services.dto import ItemFilter

    svc, actor = ctx.services(), ctx.actor()
    client = svc.directory.get_client(actor, code=ctx.args.code)
    sites = svc.directory.list_sites(actor, client_id=client.id)
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

    return ctx.emit({"client": client, "sites": sites, "items": counts}, text)


def cmd_client_update(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    client_id = _client_id(ctx, a.code)
    client = svc.directory.update_client(actor, client_id, name=a.name, contact_name=a.contact_name,
                                         contact_phone=a.contact_phone, contact_email=a.contact_email,
                                         contract_level=a.level, active=a.active)
    return ctx.emit(client, f"Client {client.code} mis à jour.")


def cmd_site_add(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    site = svc.directory.create_site(actor, client_id=_client_id(ctx, a.client), name=a.name, address=a.address,
                                     sensitivity=a.sensitivity)
    return ctx.emit(site, f"Site n°{site.id} « {site.name} » ({site.sensitivity.value}) créé pour {site.client_name}.")


def cmd_site_list(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    client_id = _client_id(ctx, ctx.args.client) if ctx.args.client else None
    sites = svc.directory.list_sites(actor, client_id=client_id, text=ctx.args.search)
    return ctx.emit(sites, lambda: _sites_table(sites))


def cmd_site_update(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    site = svc.directory.update_site(actor, a.site_id, name=a.name, address=a.address, sensitivity=a.sensitivity,
                                     active=a.active)
    return ctx.emit(site, f"Site n°{site.id} « {site.name} » mis à jour.")


# --------------------------------------------------------------------------- commands: items


def _movement_done(ctx: Context, result: MovementResult, headline: str) -> int:
    def text() -> str:
        lines = [f"{headline} (mouvement n°{result.movement.seq}).", describe_item(result.item)]
        lines += [f"Copie créée : {c.registry_id}" for c in result.created]
        return "\n".join(lines)

    return ctx.emit(result, text)


def cmd_item_receive(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    client_id = _client_id(ctx, a.client)
    received = _date(a.received_on, field="received_on", label="Date de réception") if a.received_on else None
    in_charge = _person(ctx, a.in_charge).id if a.in_charge else None
    result = svc.registry.receive_item(
        actor, client_id=client_id, site_id=_site_id(ctx, a.site, client_id), type=a.type,
        registry_id=a.registry_id, card_uid=a.card_uid, tag_uid=a.tag_uid, stamped_number=a.stamped_number,
        label=a.label, received_on=received, in_charge_id=in_charge, note=a.note,
    )
    return _movement_done(ctx, result, f"Objet {result.item.registry_id} réceptionné")


def cmd_item_attribute(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = _item(ctx, a.registry_id)
    holder = _person(ctx, a.to)
    result = svc.registry.attribute_item(
        actor, item_id=item.id, holder_id=holder.id, due_at=_due(a.due),
        signature=_signature(a.signature, a.signature_png, field="signature"), note=a.note,
        identified_by_badge=a.badge,
    )
    return _movement_done(ctx, result, f"{item.registry_id} attribué à {holder.full_name}")


def cmd_item_return(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = _item(ctx, a.registry_id)
    result = svc.registry.return_item(
        actor, item_id=item.id,
        technician_signature=_signature(a.technician_signature, a.technician_signature_png,
                                        field="technician_signature"),
        custodian_signature=_signature(a.custodian_signature, a.custodian_signature_png,
                                       field="custodian_signature"),
        note=a.note,
    )
    return _movement_done(ctx, result, f"Retour de {item.registry_id} enregistré")


def cmd_item_transfer(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = _item(ctx, a.registry_id)
    holder = _person(ctx, a.to)
    result = svc.registry.transfer_item(
        actor, item_id=item.id, to_holder_id=holder.id, due_at=_due(a.due),
        signature=_signature(a.signature, a.signature_png, field="signature"), note=a.note,
    )
    return _movement_done(ctx, result, f"{item.registry_id} transféré à {holder.full_name}")


def _loss(ctx: Context, *, stolen: bool) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = _item(ctx, a.registry_id)
    noticed = _when(a.noticed_at, field="noticed_at", label="Constaté le")
    reported = _when(a.reported_at, field="reported_at", label="Signalé le") if a.reported_at else None
    result = svc.registry.declare_loss(actor, item_id=item.id, stolen=stolen, noticed_at=noticed,
                                       reported_at=reported, note=a.note)
    word = "Vol" if stolen else "Perte"
    headline = f"{word} de {item.registry_id} déclarée"
    if result.movement.details.get("late"):
        headline += f" — {LATE_REPORT_TEXT}"
    return _movement_done(ctx, result, headline)


def cmd_item_lost(ctx: Context) -> int:
    return _loss(ctx, stolen=False)


def cmd_item_stolen(ctx: Context) -> int:
    return _loss(ctx, stolen=True)


def cmd_item_found(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    item = _item(ctx, ctx.args.registry_id)
    result = svc.registry.mark_found(actor, item_id=item.id, note=ctx.args.note)
    return _movement_done(ctx, result, f"{item.registry_id} retrouvé")


def cmd_item_restitute(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    item = _item(ctx, a.registry_id)
    if bool(a.client_signature) != bool(a.client_signatory):
        raise UsageError("--client-signature et --client-signatory vont ensemble.")
    result = svc.registry.restitute_item(
        actor, item_id=item.id, note=a.note,
        client_signature=_signature(a.client_signature, a.client_signature_png, field="client_signature"),
        client_signatory=a.client_signatory,
    )
    return _movement_done(ctx, result, f"{item.registry_id} restitué au client {item.client_name}")


def cmd_item_duplicate(ctx: Context) -> int:
    from .services import MandateInput

    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    mandate_opts = (a.mandate_ref, a.mandate_date, a.mandate_signatory)
    mandate = None
    if any(mandate_opts) or a.mandate_document or a.mandate_copies:
        if not all(mandate_opts):
            raise UsageError("Un mandat se décrit par --mandate-ref, --mandate-date et --mandate-signatory.")
        document = (_read_bytes(a.mandate_document, field="mandate_document", what="Document du mandat")
                    if a.mandate_document else None)
        mandate = MandateInput(
            reference=a.mandate_ref, signed_on=_date(a.mandate_date, field="mandate_signed_on", label="Date du mandat"),
            signatory=a.mandate_signatory, copies=a.mandate_copies or a.copies, document=document,
            document_name=Path(a.mandate_document).name if a.mandate_document else None,
        )
    item = _item(ctx, a.registry_id)
    result = svc.registry.duplicate_item(actor, item_id=item.id, copies=a.copies, mandate=mandate,
                                         copy_registry_ids=a.copy_id or None, note=a.note)
    return _movement_done(ctx, result, f"Duplication de {item.registry_id} enregistrée ({a.copies} copie(s))")


def cmd_item_correct(ctx: Context) -> int:
    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    changes: dict[str, str | None] = {}
    for assignment in a.set or ():
        field, sep, value = assignment.partition("=")
        if not sep or not field.strip():
            raise UsageError(f"--set attend champ=valeur, pas « {assignment} ».")
        changes[field.strip()] = value
    if a.registry_id:
        item = _item(ctx, a.registry_id)
        seqs = {m.seq for m in svc.queries.history(actor, item_id=item.id, with_signatures=False)}
        if a.seq not in seqs:
            raise ValidationError(f"Le mouvement n°{a.seq} ne concerne pas l'objet {item.registry_id}.", field="seq")
    result = svc.registry.correct_movement(actor, seq=a.seq, note=a.reason,
                                           due_at=_due(a.due) if a.due else None, changes=changes or None)
    return _movement_done(ctx, result, f"Correction du mouvement n°{a.seq} enregistrée")


def cmd_item_show(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    item = _item(ctx, ctx.args.registry_id)
    history = svc.queries.history(actor, item_id=item.id)

    def text() -> str:
        return "\n".join([describe_item(item), "", "Historique :"] + [describe_movement(m) for m in history])

    return ctx.emit({"item": item, "history": history}, text)


def cmd_items_list(ctx: Context) -> int:
    from .services.dto import ItemFilter

    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    client_id = _client_id(ctx, a.client) if a.client else None
    flt = ItemFilter(
        text=a.search, client_id=client_id, site_id=_site_id(ctx, a.site, client_id) if a.site else None,
        type=a.type, state=a.state, holder_id=_person(ctx, a.holder).id if a.holder else None,
        overdue_only=a.overdue, temporary_out=a.temporary_out,
    )
    page = svc.queries.list_items(actor, flt, limit=a.limit or None, offset=a.offset,
                                  sort="due" if a.overdue or a.temporary_out else "registry_id")

    def text() -> str:
        shown = f"{len(page.items)} objet(s) affiché(s) sur {page.total}"
        if a.offset:
            shown += f" (à partir du {a.offset + 1}e)"
        return table(ITEM_HEADERS, [item_row(i) for i in page.items]) + "\n" + shown + "."

    return ctx.emit({"total": page.total, "offset": a.offset, "items": page.items}, text)


def cmd_history(ctx: Context) -> int:
    from .services.transfer import TransferService

    svc, actor = ctx.services(), ctx.actor()
    item_id = _item(ctx, ctx.args.registry_id).id if ctx.args.registry_id else None
    movements = TransferService(svc.db, svc.clock).history_tail(actor, item_id=item_id, limit=ctx.args.limit)
    return ctx.emit(movements, lambda: "\n".join(describe_movement(m) for m in movements) or "Aucun mouvement.")


def cmd_verify(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    report = svc.integrity.verify(actor, signatures=ctx.args.signatures)
    if report.ok:
        extra = f" ; {report.signatures_checked} signature(s) vérifiée(s)" if ctx.args.signatures else ""
        return ctx.emit(report, f"{report.message.rstrip('.')}{extra} ({report.seconds:.2f} s).")
    if ctx.as_json:
        print(json.dumps({"error": {"code": "integrite", "message": report.message, "field": None},
                          "report": jsonable(report)}, ensure_ascii=False, indent=1), file=ctx.out)
    print(f"HISTORIQUE ROMPU — {report.message}", file=ctx.err)
    return EXIT_INTEGRITY


def cmd_dashboard(ctx: Context) -> int:
    svc, actor = ctx.services(), ctx.actor()
    board = svc.queries.dashboard(actor)

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


# --------------------------------------------------------------------------- commands: import, export


def cmd_import_items(ctx: Context) -> int:
    from .services.transfer import TransferService

    a = ctx.args
    svc, actor = ctx.services(), ctx.actor()
    data = _read_bytes(a.file, field="file", what="Fichier", limit=60_000_000)
    result = TransferService(svc.db, svc.clock).import_items(actor, data, source=Path(a.file).name, dry_run=a.dry_run)
    if not result.ok:
        message = (f"Import refusé : {len({e.line for e in result.errors})} ligne(s) en erreur ; "
                   "rien n'a été enregistré.")
        if ctx.as_json:
            print(json.dumps({"error": {"code": "import_refuse", "message": message, "field": "file",
                                        "rows": jsonable(result.errors)}}, ensure_ascii=False, indent=1),
                  file=ctx.out)
        for e in result.errors:
            print(f"ligne {e.line} : {e.message}", file=ctx.err)
        print(message, file=ctx.err)
        return EXIT_REFUSED
    if result.dry_run:
        return ctx.emit(result, f"Fichier valide : {result.imported} objet(s) seraient importés (rien n'a été "
                                "enregistré, --dry-run).")
    return ctx.emit(result, f"{result.imported} objet(s) importé(s) : "
                            f"{', '.join(result.registry_ids[:10])}{' …' if result.imported > 10 else ''}")


def cmd_export_registry(ctx: Context) -> int:
    from .services.transfer import TransferService, registry_csv, registry_json

    a = ctx.args
    fmt = a.format
    if fmt is None:
        suffix = Path(a.file).suffix.lower()
        if suffix not in (".csv", ".json"):
            raise UsageError("Format inconnu : nommez le fichier en .csv ou .json, ou précisez --format.")
        fmt = suffix[1:]
    svc, actor = ctx.services(), ctx.actor()
    export = TransferService(svc.db, svc.clock).export_registry(actor)
    data = registry_csv(export) if fmt == "csv" else registry_json(export)
    if a.file == "-":
        stream = getattr(ctx.out, "buffer", None)
        if stream is not None:
            ctx.out.flush()
            stream.write(data)
            stream.flush()
        else:
            ctx.out.write(data.decode("utf-8"))
        return EXIT_OK
    _write_atomically(Path(a.file), data)
    return ctx.emit({"file": str(Path(a.file)), "format": fmt, "items": len(export.items)},
                    f"{len(export.items)} objet(s) exporté(s) dans {a.file} ({fmt.upper()}).")


def _write_atomically(path: Path, data: bytes) -> None:
    """Write to a temporary file beside *path*, then rename: never a half-written export."""
    directory = path.parent if str(path.parent) else Path(".")
    if not directory.is_dir():
        raise ValidationError(f"Dossier introuvable : {directory}.", field="file")
    fd, tmp = tempfile.mkstemp(prefix=".mileo-export-", dir=directory)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


# --------------------------------------------------------------------------- readers


def cmd_readers_missing(ctx: Context) -> int:
    raise MileoError("La prise en charge des lecteurs n'est pas installée (paquet mileo-desk[readers]).",
                     code="lecteurs_absents")


def run_readers(ctx: Context) -> int:
    """``readers`` from mileo_desk/devices/cli.py; with a user, reads are resolved to items/people."""
    args = ctx.args
    resolver = None
    if getattr(args, "user", None) or os.environ.get(ENV_USER):
        svc, actor = ctx.services(), ctx.actor()

        def resolver(event: ReadEvent) -> Any:
            key = event.lookup_key
            return svc.queries.resolve_uid(actor, key) if key else None

    status: int = args.func(args, resolver=resolver, out=ctx.out)
    return status


# --------------------------------------------------------------------------- default (no command)


def run_default(args: argparse.Namespace) -> int:
    """What ``mileo-desk`` without a command does: open the desk station window on the
    registry (``--db`` or the embedded SQLite database); an empty registry first gets the
    demonstration data. ``mileo-desk status`` is the text equivalent."""
    from .app import run_gui

    return run_gui(getattr(args, "db", None) or os.environ.get("MILEO_DESK_DB"), [PROG])


def cmd_status(ctx: Context) -> int:
    """``status``: on a registry without accounts, install the demo (as ``init --demo``) and
    say how to log in; then print counts and the chain check."""
    return _first_start(ctx)


def _first_start(ctx: Context) -> int:
    from .demo import DEMO_ADMIN, DEMO_PASSWORD, DemoService

    svc = ctx.services()
    actor: Actor | None = None
    if not svc.setup.has_users():
        print(f"Premier démarrage : création du registre de démonstration dans {svc.db.describe()}…", file=ctx.err)
        svc.setup.create_first_admin(full_name=DEMO_ADMIN.full_name, login=DEMO_ADMIN.login, password=DEMO_PASSWORD)
        actor = svc.session.login(DEMO_ADMIN.login, DEMO_PASSWORD, station=ctx.station)
        summary = DemoService(svc.db, svc.clock).populate(actor)
        ctx.say("\n".join(demo_lines(summary)))
    elif getattr(ctx.args, "user", None) or os.environ.get(ENV_USER):
        actor = ctx.actor()
    if actor is None:
        ctx.say(f"Registre : {svc.db.describe()}. Pour voir son état : {PROG} --user IDENTIFIANT dashboard")
        return EXIT_OK
    ctx.say(status_text(svc, actor))
    return EXIT_OK


def status_text(svc: Services, actor: Actor) -> str:
    """Counts of the registry and the result of the chain verification."""
    from .domain.enums import ItemState
    from .domain.permissions import Action, allowed
    from .services.dto import ItemFilter

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
    if allowed(actor.role, Action.VERIFY_HISTORY):
        report = svc.integrity.verify(actor)
        lines.append(("  ✔ " if report.ok else "  ✘ ") + report.message)
    return "\n".join(lines)


# --------------------------------------------------------------------------- parser


def _common() -> argparse.ArgumentParser:
    """Options accepted before or after the command (SUPPRESS keeps the outer value)."""
    common = _Parser(add_help=False)
    g = common.add_argument_group("options générales")
    g.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help=f"base de données (sinon {ENV_DB}, sinon la base SQLite embarquée)")
    g.add_argument("--user", metavar="IDENTIFIANT", default=argparse.SUPPRESS,
                   help=f"identifiant de connexion (sinon {ENV_USER}) ; mot de passe : {ENV_PASSWORD} ou invite")
    g.add_argument("--station", metavar="NOM", default=argparse.SUPPRESS,
                   help="nom du poste enregistré dans les mouvements (par défaut : nom de la machine)")
    g.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="sortie JSON sur stdout")
    return common


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    common = _common()
    parser = _Parser(
        prog=PROG, parents=[common],
        description="Registre des badges et clés confiés par les clients de Mileo Technology (PROC-INT-006).",
        epilog="Codes de sortie : 0 succès, 1 refus (règle ou saisie), 2 usage, 3 authentification ou droits, "
               "4 historique rompu.",
    )
    parser.set_defaults(handler=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=_Parser)

    def command(parent: Any, name: str, handler: Callable[[Context], int], help_text: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = parent.add_parser(name, parents=[common], help=help_text,
                                                       description=help_text[:1].upper() + help_text[1:] + ".")
        p.set_defaults(handler=handler)
        return p

    def group(name: str, help_text: str) -> Any:
        p = sub.add_parser(name, help=help_text, description=help_text[:1].upper() + help_text[1:] + ".")
        p.set_defaults(handler=None, group_parser=p)
        return p.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)

    # set-up
    p = command(sub, "init", cmd_init, "crée ou met à jour la base et le premier administrateur")
    p.add_argument("--demo", action="store_true", help="ajoute les données de démonstration")
    p.add_argument("--admin-login", metavar="L", help="identifiant de l'administrateur (admin)")
    p.add_argument("--admin-name", metavar="N", help="nom complet de l'administrateur")
    command(sub, "roles", cmd_roles, "affiche le tableau des rôles et des droits")

    # accounts and staff
    users = group("user", "comptes de connexion")
    p = command(users, "add", cmd_user_add, f"crée un compte (mot de passe : {ENV_NEW_PASSWORD} ou invite)")
    p.add_argument("login")
    p.add_argument("--name", required=True, metavar="NOM", help="nom complet")
    p.add_argument("--role", required=True, type=_role, help="gardien, exploitation, chef, technicien, admin")
    _person_options(p)
    p = command(users, "list", cmd_user_list, "liste les comptes")
    p.add_argument("--all", action="store_true", help="y compris les comptes désactivés")
    p = command(users, "set-password", cmd_user_set_password,
                f"change un mot de passe (nouveau : {ENV_NEW_PASSWORD} ou invite)")
    p.add_argument("login")
    p = command(users, "deactivate", lambda c: _set_active(c, False), "désactive un compte")
    p.add_argument("login")
    p = command(users, "activate", lambda c: _set_active(c, True), "réactive un compte")
    p.add_argument("login")

    people = group("person", "personnel sans compte (techniciens…)")
    p = command(people, "add", cmd_person_add, "enregistre une personne")
    p.add_argument("--name", required=True, metavar="NOM", help="nom complet")
    p.add_argument("--role", type=_role, default="technician", help="rôle (technicien par défaut)")
    _person_options(p)
    p = command(people, "list", cmd_person_list, "liste le personnel")
    p.add_argument("--role", type=_role)
    p.add_argument("--search", metavar="TEXTE")
    p.add_argument("--all", action="store_true", help="y compris les personnes inactives")
    p = command(people, "update", cmd_person_update, "modifie une personne")
    p.add_argument("person", metavar="N°_OU_IDENTIFIANT")
    p.add_argument("--name", metavar="NOM")
    p.add_argument("--role", type=_role)
    _person_options(p)
    _active_options(p, "--active", "--inactive")

    # clients and sites
    clients = group("client", "clients et leur responsable sécurité")
    p = command(clients, "add", cmd_client_add, "crée un client")
    p.add_argument("code", help="code client (2 à 12 lettres ou chiffres), préfixe des identifiants")
    p.add_argument("--name", required=True, metavar="NOM")
    _client_options(p, required=True)
    p = command(clients, "list", cmd_client_list, "liste les clients")
    p.add_argument("--search", metavar="TEXTE")
    p.add_argument("--all", action="store_true", help="y compris les clients archivés")
    p = command(clients, "show", cmd_client_show, "affiche un client, ses sites et ses objets")
    p.add_argument("code")
    p = command(clients, "update", cmd_client_update, "modifie un client")
    p.add_argument("code")
    p.add_argument("--name", metavar="NOM")
    _client_options(p, required=False)
    _active_options(p, "--reactivate", "--archive")

    sites = group("site", "sites des clients")
    p = command(sites, "add", cmd_site_add, "crée un site")
    p.add_argument("--client", required=True, metavar="CODE")
    p.add_argument("--name", required=True, metavar="NOM")
    p.add_argument("--address", required=True, metavar="ADRESSE")
    p.add_argument("--sensitivity", required=True, choices=("S1", "S2", "S3"))
    p = command(sites, "list", cmd_site_list, "liste les sites")
    p.add_argument("--client", metavar="CODE")
    p.add_argument("--search", metavar="TEXTE")
    p = command(sites, "update", cmd_site_update, "modifie un site")
    p.add_argument("site_id", type=int, metavar="N°_SITE")
    p.add_argument("--name", metavar="NOM")
    p.add_argument("--address", metavar="ADRESSE")
    p.add_argument("--sensitivity", choices=("S1", "S2", "S3"))
    _active_options(p, "--reactivate", "--archive")

    # items
    items = group("item", "mouvements d'un objet (par son identifiant du registre)")
    p = command(items, "receive", cmd_item_receive, "réceptionne un objet confié par un client")
    p.add_argument("--client", required=True, metavar="CODE")
    p.add_argument("--site", required=True, metavar="SITE", help="nom ou numéro du site")
    p.add_argument("--type", required=True, type=_item_type,
                   help="badge, clé mécanique, clé à code, clé maîtresse, badge temporaire")
    p.add_argument("--registry-id", metavar="ID", help="identifiant du registre (sinon CODE-00001…)")
    p.add_argument("--card-uid", metavar="UID")
    p.add_argument("--tag-uid", metavar="UID")
    p.add_argument("--stamped-number", metavar="N°")
    p.add_argument("--label", metavar="DÉSIGNATION")
    p.add_argument("--received-on", metavar="JJ/MM/AAAA")
    p.add_argument("--in-charge", metavar="PERSONNE", help="responsable (identifiant ou n°)")
    _note(p)
    p = command(items, "attribute", cmd_item_attribute, "attribue un objet à un technicien, qui signe")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--to", required=True, metavar="PERSONNE", help="identifiant ou n° du technicien")
    p.add_argument("--due", required=True, metavar="DATE", help="retour prévu, « 23/11/2026 18:00 » ou ISO")
    p.add_argument("--signature", required=True, metavar="FICHIER.json", help="signature mileo-signature/1")
    p.add_argument("--signature-png", metavar="FICHIER.png")
    p.add_argument("--badge", action="store_true", help="technicien identifié par son badge Mileo")
    _note(p)
    p = command(items, "return", cmd_item_return, "enregistre un retour, signé par le technicien et le gardien")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--technician-signature", required=True, metavar="FICHIER.json")
    p.add_argument("--technician-signature-png", metavar="FICHIER.png")
    p.add_argument("--custodian-signature", required=True, metavar="FICHIER.json")
    p.add_argument("--custodian-signature-png", metavar="FICHIER.png")
    _note(p)
    p = command(items, "transfer", cmd_item_transfer, "transfère un objet détenu à un autre technicien, qui signe")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--to", required=True, metavar="PERSONNE")
    p.add_argument("--due", required=True, metavar="DATE")
    p.add_argument("--signature", required=True, metavar="FICHIER.json")
    p.add_argument("--signature-png", metavar="FICHIER.png")
    _note(p)
    for name, handler, what in (("lost", cmd_item_lost, "une perte"), ("stolen", cmd_item_stolen, "un vol")):
        p = command(items, name, handler, f"déclare {what} (PROC-INT-006 §03)")
        p.add_argument("registry_id", metavar="ID")
        p.add_argument("--noticed-at", required=True, metavar="DATE", help="constaté le")
        p.add_argument("--reported-at", metavar="DATE", help="signalé le (par défaut : maintenant)")
        _note(p)
    p = command(items, "found", cmd_item_found, "enregistre un objet perdu ou volé retrouvé")
    p.add_argument("registry_id", metavar="ID")
    _note(p)
    p = command(items, "restitute", cmd_item_restitute, "restitue un objet au client (PROC-INT-006 §04)")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--client-signature", metavar="FICHIER.json")
    p.add_argument("--client-signature-png", metavar="FICHIER.png")
    p.add_argument("--client-signatory", metavar="NOM", help="représentant du client qui signe")
    _note(p)
    p = command(items, "duplicate", cmd_item_duplicate, "enregistre une duplication sous mandat (PROC-INT-006 §02)")
    p.add_argument("registry_id", metavar="ID")
    p.add_argument("--copies", required=True, type=_positive, metavar="N")
    p.add_argument("--mandate-ref", metavar="RÉF")
    p.add_argument("--mandate-date", metavar="JJ/MM/AAAA")
    p.add_argument("--mandate-signatory", metavar="NOM")
    p.add_argument("--mandate-copies", type=_positive, metavar="N", help="copies autorisées (défaut : --copies)")
    p.add_argument("--mandate-document", metavar="FICHIER", help="mandat numérisé (PDF…)")
    p.add_argument("--copy-id", action="append", metavar="ID", help="identifiant de chaque copie (répétable)")
    _note(p)
    p = command(items, "correct", cmd_item_correct, "corrige un mouvement par un nouveau mouvement")
    p.add_argument("registry_id", metavar="ID", nargs="?", help="objet concerné (vérifié)")
    p.add_argument("--seq", required=True, type=int, metavar="N", help="n° du mouvement corrigé")
    p.add_argument("--reason", required=True, metavar="MOTIF")
    p.add_argument("--due", metavar="DATE", help="nouvelle date de retour de l'attribution en cours")
    p.add_argument("--set", action="append", metavar="CHAMP=VALEUR",
                   help="stamped_number, label, card_uid ou tag_uid (répétable)")
    p = command(items, "show", cmd_item_show, "affiche un objet et son historique")
    p.add_argument("registry_id", metavar="ID")

    lists = group("items", "listes d'objets")
    p = command(lists, "list", cmd_items_list, "liste les objets du registre")
    p.add_argument("--client", metavar="CODE")
    p.add_argument("--site", metavar="SITE", help="nom ou numéro du site")
    p.add_argument("--type", type=_item_type)
    p.add_argument("--state", type=_state, help="in_service, returned_to_client, lost, stolen")
    p.add_argument("--holder", metavar="PERSONNE", help="identifiant ou n° du détenteur")
    p.add_argument("--overdue", action="store_true", help="seulement les objets en retard")
    p.add_argument("--temporary-out", action="store_true", help="seulement les badges temporaires sortis")
    p.add_argument("--search", metavar="TEXTE")
    p.add_argument("--limit", type=_positive, default=100, metavar="N", help="100 par défaut, 0 : tous")
    p.add_argument("--offset", type=_positive, default=0, metavar="N")

    p = command(sub, "history", cmd_history, "affiche les derniers mouvements (d'un objet ou du registre)")
    p.add_argument("registry_id", metavar="ID", nargs="?")
    p.add_argument("--limit", type=_positive, default=50, metavar="N")
    p = command(sub, "verify", cmd_verify, "vérifie la chaîne d'empreintes de l'historique")
    p.add_argument("--signatures", action="store_true", help="recalcule aussi l'empreinte de chaque signature")
    command(sub, "status", cmd_status, "état du registre (crée la démo sur un registre vide)")
    command(sub, "dashboard", cmd_dashboard, "retards, badges temporaires sortis, pertes et vols")

    imports = group("import", "import de données")
    p = command(imports, "items", cmd_import_items, "importe des objets d'un fichier CSV (tout ou rien)")
    p.add_argument("file", metavar="FICHIER.csv")
    p.add_argument("--dry-run", action="store_true", help="vérifie le fichier sans rien enregistrer")
    exports = group("export", "export de données")
    p = command(exports, "registry", cmd_export_registry, "exporte tout le registre en CSV ou JSON")
    p.add_argument("file", metavar="FICHIER", help="FICHIER.csv, FICHIER.json, ou - pour la sortie standard")
    p.add_argument("--format", choices=("csv", "json"))

    _add_readers(sub)
    return parser


def _add_readers(sub: Any) -> None:
    try:
        from .devices.cli import add_readers_parser
    except ImportError:
        p = sub.add_parser("readers", help="lecteurs de cartes (non installé)")
        p.set_defaults(handler=cmd_readers_missing)
        return
    p = add_readers_parser(sub)
    p.set_defaults(handler=run_readers)


def _person_options(p: argparse.ArgumentParser) -> None:
    p.add_argument("--badge-uid", metavar="UID", help="UID du badge professionnel Mileo")
    p.add_argument("--email", metavar="E-MAIL")
    p.add_argument("--phone", metavar="TÉLÉPHONE")


def _client_options(p: argparse.ArgumentParser, *, required: bool) -> None:
    p.add_argument("--contact-name", required=required, metavar="NOM", help="responsable sécurité du client")
    p.add_argument("--contact-phone", metavar="TÉLÉPHONE")
    p.add_argument("--contact-email", metavar="E-MAIL")
    p.add_argument("--level", choices=("premium", "standard"), default="standard" if required else None,
                   help="niveau de contrat")


def _active_options(p: argparse.ArgumentParser, on: str, off: str) -> None:
    g = p.add_mutually_exclusive_group()
    g.add_argument(on, dest="active", action="store_const", const=True, default=None)
    g.add_argument(off, dest="active", action="store_const", const=False)


def _note(p: argparse.ArgumentParser) -> None:
    p.add_argument("--note", metavar="TEXTE")


# --------------------------------------------------------------------------- main


@contextlib.contextmanager
def _database_errors(ctx: Context) -> Iterator[None]:
    """Driver errors (unreachable server, bad URL) as French messages, without the password."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

    try:
        yield
    except (ArgumentError, NoSuchModuleError):
        raise UsageError("URL de base de données invalide (ex. sqlite:///registre.sqlite3 ou "
                         "postgresql+psycopg://utilisateur@serveur/registre).") from None
    except DBAPIError as exc:
        where = _safe_url(ctx)
        raise MileoError(f"Base de données inaccessible ({where}) : {type(exc.orig).__name__}.",
                         code="base_injoignable") from None
    except SQLAlchemyError as exc:
        raise MileoError(f"Erreur de la base de données ({_safe_url(ctx)}) : {type(exc).__name__}.",
                         code="base") from None


def _safe_url(ctx: Context) -> str:
    from sqlalchemy.engine import make_url

    try:
        return make_url(ctx.url).render_as_string(hide_password=True)
    except Exception:  # an unparsable URL is not shown at all
        return "URL illisible"


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``mileo-desk`` and ``python -m mileo_desk``; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _usage_failure(exc, "--json" in argv, sys.stderr, sys.stdout)
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    if args.command is None:
        return run_default(args)
    if args.handler is None:  # a group without its action: ``mileo-desk item``
        group_parser = getattr(args, "group_parser", None)
        if group_parser is not None:
            print(group_parser.format_help(), file=sys.stderr)
        return _usage_failure(UsageError("action manquante"), bool(getattr(args, "json", False)),
                              sys.stderr, sys.stdout)
    return execute(args, args.handler)


def execute(args: argparse.Namespace, handler: Callable[[Context], int]) -> int:
    """Run one command: French messages and exit statuses for every refusal, the database
    closed at the end."""
    out, err = sys.stdout, sys.stderr
    ctx = Context(args, out, err)
    try:
        with _database_errors(ctx):
            return int(handler(ctx))
    except UsageError as exc:
        return _usage_failure(exc, ctx.as_json, err, out)
    except MileoError as exc:
        status = EXIT_AUTH if isinstance(exc, AuthenticationError | PermissionDenied) else EXIT_REFUSED
        if ctx.as_json:
            print(json.dumps({"error": {"code": exc.code, "message": exc.message, "field": exc.field}},
                             ensure_ascii=False), file=out)
        print(exc.message, file=err)
        return status
    except KeyboardInterrupt:
        print("Interrompu.", file=err)
        return 130
    except BrokenPipeError:
        # the reader went away (``mileo-desk items list | head``): stop quietly
        with contextlib.suppress(OSError, ValueError):
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, out.fileno())
        return EXIT_OK
    finally:
        ctx.close()


def _usage_failure(exc: UsageError, as_json: bool, err: TextIO, out: TextIO) -> int:
    if as_json:
        print(json.dumps({"error": {"code": "usage", "message": exc.message, "field": None}}, ensure_ascii=False),
              file=out)
    if exc.usage:
        print(exc.usage.rstrip(), file=err)
    print(f"{PROG} : erreur : {exc.message}", file=err)
    return EXIT_USAGE

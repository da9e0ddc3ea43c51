"""What every command shares: the exit statuses, the French argparse, the :class:`Context`
(arguments, streams, services, log-in), the output helpers (JSON, tables, one item, one
movement) and the general options.

Nothing here opens a database by itself: :meth:`Context.services` asks the composition
root (:mod:`mileo_desk.app`), so the command line never imports persistence or SQLAlchemy.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import fields, is_dataclass
from datetime import date, datetime
from enum import Enum
from typing import TYPE_CHECKING, Any, NoReturn, TextIO

from ..app import ENV_DB
from ..domain.errors import AuthenticationError, ValidationError

if TYPE_CHECKING:
    from ..services import Actor, Services
    from ..services.dto import ItemView, MovementView

# exit statuses are part of the interface: scripts test them (see the epilog of --help)
EXIT_OK = 0
EXIT_REFUSED = 1
EXIT_USAGE = 2
EXIT_AUTH = 3
EXIT_INTEGRITY = 4

# the database variable is the composition root's (ENV_DB); these are the command line's own
ENV_USER = "MILEO_DESK_USER"
ENV_PASSWORD = "MILEO_DESK_PASSWORD"
ENV_ADMIN_PASSWORD = "MILEO_DESK_ADMIN_PASSWORD"
ENV_NEW_PASSWORD = "MILEO_DESK_NEW_PASSWORD"

PROG = "mileo-desk"

#: a handler: runs one command, returns its exit status
Handler = Callable[["Context"], int]


class UsageError(Exception):
    """A command line that cannot be run as typed (exit status 2)."""

    def __init__(self, message: str, usage: str = "") -> None:
        super().__init__(message)
        self.message = message
        self.usage = usage


class Formatter(argparse.HelpFormatter):
    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: str | None) -> str:
        return super()._format_usage(usage, actions, groups, "usage : " if prefix is None else prefix)


class Parser(argparse.ArgumentParser):
    """argparse with French messages that raises instead of exiting (``main`` returns 2)."""

    def __init__(self, *, add_help: bool = True, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", Formatter)
        super().__init__(add_help=False, **kwargs)
        self._positionals.title = "arguments"
        self._optionals.title = "options"
        if add_help:
            self.add_argument("-h", "--help", action="help", default=argparse.SUPPRESS, help="affiche cette aide")

    def error(self, message: str) -> NoReturn:
        # argparse speaks English; the people at the desk read French
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
        # raise instead of exit: main() decides the status and prints the --json error
        raise UsageError(message, self.format_usage())


# --------------------------------------------------------------------------- output


def jsonable(value: Any) -> Any:
    """DTOs → JSON values: enums by value, dates ISO, bytes left out (signature images)."""
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    # signature strokes and images are bulky binary: the JSON carries their digests instead
    if is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in fields(value)
                if f.name not in ("vectors", "png") and not isinstance(getattr(value, f.name), bytes)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [jsonable(v) for v in value]
    return value


def paris(moment: datetime | None) -> str:
    from ..domain.clock import format_paris

    return format_paris(moment)


def table(headers: Sequence[str], rows: Sequence[Sequence[Any]], *, width: int = 42) -> str:
    """A plain-text table; cells longer than *width* are cut with an ellipsis."""

    def cell(v: Any) -> str:
        text = "" if v is None else str(v).replace("\n", " ")
        return text if len(text) <= width else text[: width - 1] + "…"

    # every column has a header, every row exactly one cell per header: no stray column
    assert all(h.strip() for h in headers), "a column without a header"
    assert all(len(r) == len(headers) for r in rows), "a row longer or shorter than the headers"
    # widths from the longest cell of each column, headers included
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
        + (f" : {item.holder_name} depuis le {paris(item.held_since)}" if item.holder_name else ""),
    ]
    if item.due_at is not None:
        lines.append(f"  Retour prévu : {paris(item.due_at)}" + ("  ⚠ EN RETARD" if item.overdue else ""))
    ids = [f"UID carte {item.card_uid}" if item.card_uid else "",
           f"UID porte-clés {item.tag_uid}" if item.tag_uid else "",
           f"numéro frappé {item.stamped_number}" if item.stamped_number else ""]
    # only the identifiers this item has (a key has no card UID…)
    if any(ids):
        lines.append("  " + " ; ".join(i for i in ids if i))
    lines.append(f"  Reçu le {item.received_on.strftime('%d/%m/%Y')}"
                 + (f", responsable : {item.in_charge_name}" if item.in_charge_name else ""))
    return "\n".join(lines)


def describe_movement(m: MovementView) -> str:
    """One line per movement: n°, when (Paris), kind, item, who, holder, due, signatures, note."""
    parts = [f"n°{m.seq}", paris(m.at), m.kind.label_fr, m.registry_id, f"par {m.actor_name}"]
    if m.holder_name:
        parts.append(f"→ {m.holder_name}")
    if m.due_at is not None:
        parts.append(f"retour prévu {paris(m.due_at)}")
    if m.corrects_seq:
        parts.append(f"corrige n°{m.corrects_seq}")
    if m.details.get("late"):
        # a late loss report and a late return are both flagged, with different words
        parts.append("⚠ signalement tardif" if m.kind.value in ("loss", "theft") else "⚠ en retard")
    if m.signatures:
        parts.append("signé : " + ", ".join(s.signer_name for s in m.signatures))
    if m.note:
        parts.append(f"« {m.note} »")
    return "  ".join(parts)


ITEM_HEADERS = ("Identifiant", "Type", "Client", "Site", "État", "Détenteur", "Retour prévu", "Retard")


def item_row(item: ItemView) -> tuple[str, ...]:
    """One line of an item table, a cell under each of :data:`ITEM_HEADERS`."""
    return (item.registry_id, item.type.label_fr, item.client_name, item.site_name, item.state.label_fr,
            item.holder_name or "", paris(item.due_at), "EN RETARD" if item.overdue else "")


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
        # services and actor are opened on first use: --help and usage errors never touch the database
        self._password: str | None = None  # kept for « user set-password » on one's own account

    # -- database and log-in

    @property
    def url(self) -> str:
        from ..app import registry_url

        return registry_url(getattr(self.args, "db", None))

    @property
    def shown_url(self) -> str:
        """The URL as it may be printed: without its password (:func:`mileo_desk.app.safe_url`)."""
        from ..app import safe_url

        return safe_url(self.url)

    @property
    def station(self) -> str:
        from ..services.session import default_station

        # the station column of the history holds 64 characters
        return str(getattr(self.args, "station", None) or default_station())[:64]

    def services(self) -> Services:
        if self._services is None:
            from ..app import open_registry

            self._services = open_registry(self.url)
        return self._services

    def actor(self) -> Actor:
        """Log in with ``--user``/``MILEO_DESK_USER`` and ``MILEO_DESK_PASSWORD`` (or prompts)."""
        if self._actor is None:
            login = getattr(self.args, "user", None) or os.environ.get(ENV_USER)
            if not login:
                if not interactive():
                    raise AuthenticationError("Identifiant manquant : utilisez --user ou la variable MILEO_DESK_USER.")
                login = input("Identifiant : ").strip()
            svc = self.services()
            # the database is opened first so that a bad --db is reported before the password prompt
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
            # ensure_ascii=False: French names stay readable in the JSON
            print(json.dumps(jsonable(data), ensure_ascii=False, indent=1), file=self.out)
        else:
            print(text() if callable(text) else text, file=self.out)
        return EXIT_OK

    def say(self, text: str) -> None:
        """A message for a person (stderr with ``--json``, so that stdout stays parseable)."""
        print(text, file=self.err if self.as_json else self.out)


def interactive() -> bool:
    try:
        # no stdin at all (pythonw, services) or a closed one counts as not interactive
        return sys.stdin is not None and sys.stdin.isatty()
    except (ValueError, OSError):
        return False


def read_secret(prompt: str, env: str, *, confirm: bool = False) -> str:
    """A password from the environment variable *env*, else a prompt without echo, else
    one line of standard input (scripts). Never from an option, never printed."""
    # never from an option: it would show in the process list and the shell history
    value = os.environ.get(env)
    if value:
        return value
    if interactive():
        first = getpass.getpass(prompt)
        if confirm and getpass.getpass("Confirmation : ") != first:
            raise ValidationError("Les deux mots de passe diffèrent.", field="password")
        return first
    # a script pipes the password in: one line, the newline removed
    try:
        line = sys.stdin.readline() if sys.stdin is not None else ""
    except (OSError, ValueError):
        line = ""
    value = line.rstrip("\r\n")
    if not value:
        raise AuthenticationError(f"Mot de passe manquant : définissez {env} ou saisissez-le au clavier.",
                                  field="password")
    return value


# --------------------------------------------------------------------------- parser helpers


def common_options() -> argparse.ArgumentParser:
    """Options accepted before or after the command (SUPPRESS keeps the outer value)."""
    common = Parser(add_help=False)
    g = common.add_argument_group("options générales")
    # SUPPRESS: an option given before the command is not reset by the command's own copy
    g.add_argument("--db", metavar="URL", default=argparse.SUPPRESS,
                   help=f"base de données (sinon {ENV_DB}, sinon la base SQLite embarquée)")
    g.add_argument("--user", metavar="IDENTIFIANT", default=argparse.SUPPRESS,
                   help=f"identifiant de connexion (sinon {ENV_USER}) ; mot de passe : {ENV_PASSWORD} ou invite")
    g.add_argument("--station", metavar="NOM", default=argparse.SUPPRESS,
                   help="nom du poste enregistré dans les mouvements (par défaut : nom de la machine)")
    g.add_argument("--json", action="store_true", default=argparse.SUPPRESS, help="sortie JSON sur stdout")
    return common


class Commands:
    """Where a command group module registers its commands: *action* is argparse's
    sub-parsers object (``sub.action`` for the rare command that needs it raw), *common*
    the general options every command accepts."""

    def __init__(self, action: Any, common: argparse.ArgumentParser) -> None:
        self.action = action
        self.common = common

    def command(self, name: str, handler: Handler, help_text: str) -> argparse.ArgumentParser:
        """A command (or an action of a group) that runs *handler*."""
        p: argparse.ArgumentParser = self.action.add_parser(
            name, parents=[self.common], help=help_text, description=help_text[:1].upper() + help_text[1:] + ".")
        p.set_defaults(handler=handler)
        return p

    def group(self, name: str, help_text: str) -> Commands:
        """A command made of actions (``item receive``…); alone, it prints its help (exit 2)."""
        p = self.action.add_parser(name, help=help_text, description=help_text[:1].upper() + help_text[1:] + ".")
        # no handler: main() prints this group's help and « action manquante »
        p.set_defaults(handler=None, group_parser=p)
        # the group's actions accept the general options too, through the same parent
        return Commands(p.add_subparsers(dest="action", metavar="ACTION", parser_class=Parser), self.common)


def active_options(p: argparse.ArgumentParser, on: str, off: str) -> None:
    # one dest, three states: None (unchanged), True, False
    g = p.add_mutually_exclusive_group()
    g.add_argument(on, dest="active", action="store_const", const=True, default=None)
    g.add_argument(off, dest="active", action="store_const", const=False)


def note_option(p: argparse.ArgumentParser) -> None:
    p.add_argument("--note", metavar="TEXTE")

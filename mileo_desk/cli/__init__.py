"""The command line ``mileo-desk``: a thin shell over the services, for administrators and
scripts.

Every command opens the database (``--db``, else ``MILEO_DESK_DB``, else the embedded
SQLite), logs in (``--user`` or ``MILEO_DESK_USER``; the password from
``MILEO_DESK_PASSWORD`` or a prompt, never from an option) and calls one service. With
``--json`` the result is printed on stdout as JSON, and a refusal as
``{"error": {"code", "message", "field"}}``. Exit status: 0 done, 1 refused by a rule or
an invalid input (the French message on stderr; nothing was changed), 2 usage, 3
authentication or permission, 4 broken history (``verify``).

Without a command, :func:`run_default` opens the desk station window.

The commands live in one module per group, listed in :data:`COMMAND_GROUPS` (as pip's
command table does); each module's ``add_parser`` registers its commands next to their
handlers. What they share is in :mod:`.core` and :mod:`.arguments`.
"""

from __future__ import annotations

import argparse
import contextlib
import importlib
import json
import os
import sys
from collections.abc import Sequence
from typing import TextIO

from ..domain.errors import AuthenticationError, MileoError, PermissionDenied
from .core import (
    EXIT_AUTH,
    EXIT_OK,
    EXIT_REFUSED,
    EXIT_USAGE,
    PROG,
    Commands,
    Context,
    Handler,
    Parser,
    UsageError,
    common_options,
)

__all__ = ["COMMAND_GROUPS", "build_parser", "execute", "main"]

#: command group → the module (in this package) that defines its commands; the order is
#: the order of ``mileo-desk --help``
COMMAND_GROUPS: dict[str, str] = {
    "setup": "setup",  # init, roles
    "users": "users",  # user …
    "people": "people",  # person …
    "clients": "clients",  # client …, site …
    "items": "items",  # item …, items list, history
    "integrity": "integrity",  # verify
    "dashboard": "dashboard",  # status, dashboard
    "import_export": "import_export",  # import items, export registry
    "readers": "readers",  # readers [watch]
}


def build_parser() -> argparse.ArgumentParser:
    """The whole command line."""
    common = common_options()
    parser = Parser(
        prog=PROG, parents=[common],
        description="Registre des badges et clés confiés par les clients de Mileo Technology (PROC-INT-006).",
        epilog="Codes de sortie : 0 succès, 1 refus (règle ou saisie), 2 usage, 3 authentification ou droits, "
               "4 historique rompu.",
    )
    parser.set_defaults(handler=None)
    sub = Commands(parser.add_subparsers(dest="command", metavar="COMMANDE", parser_class=Parser), common)
    for module in COMMAND_GROUPS.values():
        importlib.import_module(f"{__name__}.{module}").add_parser(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of ``mileo-desk`` and ``python -m mileo_desk``; returns the exit status."""
    argv = list(sys.argv[1:] if argv is None else argv)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        return _usage_failure(exc, "--json" in argv, sys.stderr, sys.stdout)
    # argparse exits for --help only: error() raises UsageError instead
    except SystemExit as exc:  # --help
        return exc.code if isinstance(exc.code, int) else EXIT_OK
    # no command: the window, as double-clicking the application does
    if args.command is None:
        return run_default(args)
    if args.handler is None:  # a group without its action: ``mileo-desk item``
        group_parser = getattr(args, "group_parser", None)
        if group_parser is not None:
            print(group_parser.format_help(), file=sys.stderr)
        return _usage_failure(UsageError("action manquante"), bool(getattr(args, "json", False)),
                              sys.stderr, sys.stdout)
    return execute(args, args.handler)


def execute(args: argparse.Namespace, handler: Handler) -> int:
    """Run one command: French messages and exit statuses for every refusal, the database
    closed at the end."""
    out, err = sys.stdout, sys.stderr
    ctx = Context(args, out, err)
    from ..app import DatabaseURLError, database_errors

    try:
        # driver errors become French MileoErrors there, the password never shown
        with database_errors(lambda: ctx.url):
            return int(handler(ctx))
    except DatabaseURLError as exc:  # an unusable --db is a usage error, as a bad option
        return _usage_failure(UsageError(exc.message), ctx.as_json, err, out)
    except UsageError as exc:
        return _usage_failure(exc, ctx.as_json, err, out)
    except MileoError as exc:
        status = EXIT_AUTH if isinstance(exc, AuthenticationError | PermissionDenied) else EXIT_REFUSED
        if ctx.as_json:
            print(json.dumps({"error": {"code": exc.code, "message": exc.message, "field": exc.field}},
                             ensure_ascii=False), file=out)
        print(exc.message, file=err)
        return status
    # Ctrl-C: the shell's usual status (128 + SIGINT), no traceback
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
    # the usage line first, then the French message, as argparse does
    if exc.usage:
        print(exc.usage.rstrip(), file=err)
    print(f"{PROG} : erreur : {exc.message}", file=err)
    return EXIT_USAGE


def run_default(args: argparse.Namespace) -> int:
    """What ``mileo-desk`` without a command does: open the desk station window on the
    registry (``--db`` or the embedded SQLite database). At a first start, the embedded
    database gets the demonstration data; an empty registry given by URL asks for its first
    administrator (:func:`mileo_desk.app.run_gui`)."""
    from ..app import run_gui

    # None: the composition root falls back on MILEO_DESK_DB, then the embedded database
    return run_gui(getattr(args, "db", None), [PROG])

"""The one composition root, for the desk station and the command line: the registry opened
(and migrated) and its first start (the demo, or how to create the first administrator),
driver errors as French messages, then for the window the DB worker, the Qt application
and its translators, the login and the main window.

Only this module (besides the services) touches persistence and SQLAlchemy: the command
line (:mod:`mileo_desk.cli`) calls :func:`open_registry`, :func:`first_start`,
:func:`install_demo` and :func:`database_errors`.

``run_gui(db_url, argv)`` is what ``mileo-desk`` (no sub-command) and ``python -m mileo_desk``
run. The database is only ever used from the DB worker thread (habit 1), including the
migrations and the demo data of a first run, while the GUI thread waits for them. Demo data only when
asked: the embedded default database at the desktop's first start, or ``init --demo``; an
empty registry given by URL asks for its first administrator (:mod:`mileo_desk.gui.first_admin`).
"""

from __future__ import annotations

import contextlib
import gc
import logging
import os
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from types import TracebackType
from typing import TYPE_CHECKING, Any

from .domain.errors import MileoError
from .domain.wording import N_
from .persistence.db import ENV_DB as ENV_DB  # noqa: PLC0414  (re-exported: the CLI names it in its help)
from .persistence.db import default_url
from .persistence.files import embedded_database, private_sqlite
from .persistence.files import write_private as write_private  # noqa: PLC0414  (the CLI's exports)

if TYPE_CHECKING:
    from .demo import DemoSummary
    from .services import Actor, Services

log = logging.getLogger("mileo_desk.app")
qt_log = logging.getLogger("mileo_desk.qt")


def configure_logging() -> None:
    """Category loggers to stderr; ``MILEO_DESK_DEBUG=1`` for details. Nothing sensitive is
    logged anywhere (SPEC §8): no passwords, no codes, no client data."""
    root = logging.getLogger("mileo_desk")
    if root.handlers:
        return
    handler = logging.StreamHandler()
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    root.setLevel(logging.DEBUG if os.environ.get("MILEO_DESK_DEBUG") else logging.INFO)


def configure_runtime() -> None:
    """Hand the GIL over sooner between the GUI thread and the DB worker (default 5 ms): a
    worker that releases it around every SQLite call would otherwise wait for the GUI thread's
    time slice each time, and the GUI for the worker's."""
    sys.setswitchinterval(0.001)


def freeze_startup_objects() -> None:
    """Move what start-up created (modules, Qt wrappers, translations) out of the garbage
    collector's reach: full collections then scan only what the session creates, and stay
    short enough not to stall the GUI thread."""
    gc.collect()
    gc.freeze()


def install_qt_message_handler() -> None:
    """Route Qt's own warnings into the ``mileo_desk.qt`` logger (habit 12)."""
    from PySide6.QtCore import QMessageLogContext, QtMsgType, qInstallMessageHandler

    levels = {
        QtMsgType.QtDebugMsg: logging.DEBUG,
        QtMsgType.QtInfoMsg: logging.INFO,
        QtMsgType.QtWarningMsg: logging.WARNING,
        QtMsgType.QtCriticalMsg: logging.ERROR,
        QtMsgType.QtFatalMsg: logging.CRITICAL,
    }

    def handler(msg_type: QtMsgType, context: QMessageLogContext, message: str) -> None:
        category = context.category or "qt"
        qt_log.log(levels.get(msg_type, logging.WARNING), "[%s] %s", category, message)

    qInstallMessageHandler(handler)


def install_excepthook() -> None:
    """An exception escaping a slot is logged instead of being printed and forgotten."""

    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        log.critical("unexpected error", exc_info=(exc_type, exc, tb))

    sys.excepthook = hook


# --------------------------------------------------------------------------- the registry
# The window and the command line open the registry and handle its first start here, once.


def registry_url(explicit: str | None = None) -> str:
    """*explicit* (``--db``), else ``MILEO_DESK_DB``, else the embedded SQLite database."""
    return explicit or default_url()


def open_registry(url: str | None = None) -> Services:
    """Open (and migrate) the registry at *url* (None: :func:`registry_url`); a URL that cannot
    be used as written is refused first (:func:`check_database_url`), without repeating it."""
    from .services import open_services

    target = registry_url(url)
    database = sqlite_file(check_database_url(target))
    if database is not None:
        # the database created 0600 before SQLite opens it, its -wal and -shm checked once it has
        private_sqlite(database)
    services = open_services(target)
    if database is not None:
        private_sqlite(database)
    return services


def sqlite_file(url: Any) -> Path | None:
    """The file of a SQLite *url* (a parsed URL); None for a server or an in-memory database."""
    if url.get_backend_name() != "sqlite" or not url.database or url.database == ":memory:":
        return None
    return None if url.database.startswith("file:") else Path(url.database)


@dataclass(frozen=True)
class FirstStart:
    """What :func:`first_start` did: *demo* is the summary of a demo registry it just
    created (*admin* its administrator, logged in); *notice* a French message when the
    registry is empty and stays so."""

    demo: DemoSummary | None = None
    admin: Actor | None = None
    notice: str | None = None


#: an empty registry the demo is not wanted in: how to create the first administrator
EMPTY_REGISTRY_NOTICE = (
    "Le registre est vide : aucun compte n'existe encore. Créez le premier administrateur avec "
    "« mileo-desk init » (ou « mileo-desk init --demo » pour un registre de démonstration), "
    "ou ouvrez la fenêtre de Mileo Desk, qui le demande."
)


def is_embedded(db_url: str | None) -> bool:
    """Whether *db_url* (None: :func:`registry_url`'s choice) is the embedded default database
    of this desktop, the one registry a first start may fill with the demo."""
    target = registry_url(db_url)
    try:
        database = sqlite_file(check_database_url(target))
    except DatabaseURLError:
        return False
    return database is not None and _same_file(database, embedded_database())


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False


def first_start(services: Services, *, demo: bool, station: str | None = None) -> FirstStart:
    """On a registry without accounts, create the demo registry (*demo*) or say how to
    create the first administrator; on any other registry, do nothing.

    Demo data only when asked: ``mileo-desk init --demo``, or the desktop's first start on its
    embedded default database (:func:`prepare_database`). A registry given by URL — a fresh
    PostgreSQL server included — never gets accounts whose password is public.

    *station* is the workstation the demo administrator logs in from (default: the demo's).
    """
    if services.setup.has_users():
        return FirstStart()
    if not demo:
        return FirstStart(notice=EMPTY_REGISTRY_NOTICE)
    from .demo import DEMO_ADMIN, DEMO_PASSWORD

    services.setup.create_first_admin(full_name=DEMO_ADMIN.full_name, login=DEMO_ADMIN.login,
                                      password=DEMO_PASSWORD)
    admin = services.session.login(DEMO_ADMIN.login, DEMO_PASSWORD, station=station or DEMO_ADMIN.station)
    return FirstStart(demo=install_demo(services, admin), admin=admin)


def install_demo(services: Services, admin: Actor) -> DemoSummary:
    """The demo registry (:mod:`mileo_desk.demo`, built through the real services) under the
    first administrator *admin*; returns its summary."""
    from .demo import DemoService

    return DemoService(services.db, services.clock).populate(admin)


def demo_hint(services: Services) -> str | None:
    """The demo accounts, shown in the login dialog when the registry is the demo one."""
    from .demo import DEMO_PASSWORD, DEMO_USERS, DemoService

    if not DemoService(services.db, services.clock).is_demo():
        return None
    logins = ", ".join(u.login for u in DEMO_USERS)
    # said on screen: fictional data, created by the first start on this desktop's own database
    return ("Registre de démonstration (données fictives créées au premier démarrage) — "
            f"identifiants : {logins} ; mot de passe : {DEMO_PASSWORD}")


def prepare_database(db_url: str | None, *, demo: bool | None = None) -> tuple[Services, str | None]:
    """Open (and migrate) the registry; on an empty one, the first start (:func:`first_start`):
    the demo data when *demo* (None: only on the embedded default database, :func:`is_embedded`).

    Runs on the DB worker. Returns (services, None) when the registry has accounts, or
    (services, :data:`EMPTY_REGISTRY_NOTICE`) when it is still empty: the window then asks for
    the first administrator.
    """
    from .gui.operations.runner import assert_db_thread

    assert_db_thread()
    services = open_registry(db_url)
    wanted = is_embedded(db_url) if demo is None else demo
    if wanted and not services.setup.has_users():
        log.info("empty embedded registry: creating the demo data")
    start = first_start(services, demo=wanted)
    if start.demo is not None:
        log.info("demo data created: %s items, %s movements", start.demo.items, start.demo.movements)
    return services, start.notice


# --------------------------------------------------------------------------- database errors


class DatabaseURLError(MileoError):
    """A database URL that cannot be used as written (the command line's usage error). Its
    message never repeats the URL: a mistyped one may hold a password anywhere."""

    def __init__(self, message: str, *, params: dict[str, Any] | None = None) -> None:
        super().__init__(message, code="usage", params=params)


#: the example every refusal of a URL ends with
_URL_EXAMPLE = N_("ex. sqlite:///registre.sqlite3 ou postgresql+psycopg://utilisateur@serveur:5432/registre")
#: query parameters of a URL that carry a secret (libpq accepts them there too)
_SECRET_PARAMETERS = frozenset({"password", "passfile", "sslpassword", "sslkey"})


def check_database_url(url: str) -> Any:
    """*url* parsed (a SQLAlchemy URL), or :class:`DatabaseURLError` saying what is wrong in
    French without quoting any of it: a password with an unencoded « @ », a port that is not a
    number, an IPv6 address without its closing bracket, a URL that is no URL at all."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    # the part naming the server: after the last « @ » (user and password come before it)
    server = url.partition("://")[2].rpartition("@")[2]
    server = server.split("/", 1)[0].split("?", 1)[0]
    if server.startswith("[") and "]" not in server:
        raise DatabaseURLError("Adresse IPv6 du serveur sans crochet fermant : écrivez-la entre crochets "
                               "(ex. postgresql+psycopg://utilisateur@[::1]:5432/registre).")
    try:
        parsed = make_url(url)
    except ArgumentError:
        raise DatabaseURLError("URL de base de données invalide ({example}).",
                               params={"example": _URL_EXAMPLE}) from None
    except ValueError:  # SQLAlchemy's int() of the port, whose message quotes it
        raise DatabaseURLError("Port de la base de données invalide : un nombre de 1 à 65535 est attendu "
                               "({example}).", params={"example": _URL_EXAMPLE}) from None
    if parsed.host is not None and "@" in parsed.host:
        # « user:Pg@Secret@server »: the first « @ » ends the password for every URL parser
        raise DatabaseURLError("L'identifiant ou le mot de passe de l'URL contient « @ » : écrivez-le %40 "
                               "(un mot de passe « a@b » s'écrit a%40b ; {example}).", params={"example": _URL_EXAMPLE})
    if parsed.port is not None and not 1 <= parsed.port <= 65535:
        raise DatabaseURLError("Port de la base de données invalide : un nombre de 1 à 65535 est attendu "
                               "({example}).", params={"example": _URL_EXAMPLE})
    return parsed


def safe_url(url: str) -> str:
    """*url* as it may be shown: the password and secret parameters hidden; a URL that
    :func:`check_database_url` refuses is not shown at all."""
    try:
        parsed = check_database_url(url)
    except DatabaseURLError:
        return "URL illisible"
    hidden = {k: "***" for k in parsed.query if k.lower() in _SECRET_PARAMETERS}
    shown = str(parsed.update_query_dict(hidden).render_as_string(hide_password=True))
    return shown.replace("%2A%2A%2A", "***")


@contextlib.contextmanager
def database_errors(url: Callable[[], str]) -> Iterator[None]:
    """Driver errors (unreachable server, bad URL) as French :class:`MileoError`, without the
    password; *url* is only called when there is an error to describe."""
    from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError, SQLAlchemyError

    try:
        yield
    except (ArgumentError, NoSuchModuleError):
        raise DatabaseURLError("URL de base de données invalide ({example}).",
                               params={"example": _URL_EXAMPLE}) from None
    except DBAPIError as exc:
        raise MileoError("Base de données inaccessible ({url}) : {error}.", code="base_injoignable",
                         params={"url": safe_url(url()), "error": type(exc.orig).__name__}) from None
    except SQLAlchemyError as exc:
        raise MileoError("Erreur de la base de données ({url}) : {error}.", code="base",
                         params={"url": safe_url(url()), "error": type(exc).__name__}) from None


# --------------------------------------------------------------------------- the window


def run_gui(db_url: str | None, argv: list[str], *, demo: bool | None = None) -> int:
    """Run the desk station on the registry at *db_url* (None: the embedded SQLite database).
    On an empty registry, the first start: the demonstration data on the embedded default
    database (or when *demo*), else a dialog asking for the first administrator."""
    configure_logging()
    configure_runtime()
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

    from . import __version__
    from .gui.context import ChangeBus, GuiContext
    from .gui.operations.runner import OpRunner
    from .gui.session_bus import prevent_bus_autolaunch
    from .gui.settings import AppSettings, apply_language

    prevent_bus_autolaunch()  # before Qt connects: an autolaunched D-Bus would outlive the app
    app = QApplication.instance() or QApplication(argv)
    assert isinstance(app, QApplication)
    app.setApplicationName("Mileo Desk")
    app.setOrganizationName("Mileo Technology")
    app.setApplicationVersion(__version__)
    app.setAttribute(Qt.ApplicationAttribute.AA_DontShowIconsInMenus, False)
    install_qt_message_handler()
    install_excepthook()
    settings = AppSettings()
    apply_language(settings.language)

    changes = ChangeBus()
    ops = OpRunner(changes)
    try:
        services, notice = _wait(app, ops.call(lambda: prepare_database(db_url, demo=demo)))
    except Exception as exc:  # the database cannot be opened or migrated: say so and stop
        # a refused URL says why (never repeating it); a driver error only by its type
        reason = exc.message if isinstance(exc, DatabaseURLError) else type(exc).__name__
        log.error("database unavailable: %s", reason)
        QMessageBox.critical(None, QCoreApplication.translate("App", "Mileo Desk"), QCoreApplication.translate(
            "App", "Impossible d'ouvrir la base de données du registre : %1").replace("%1", reason))
        ops.shutdown()
        return 1
    ctx = GuiContext(services, settings, ops=ops, changes=changes)
    try:
        login_name = ""
        if notice is not None:  # an empty registry without the demo: its first administrator
            from .gui.first_admin import FirstAdminDialog

            first = FirstAdminDialog(ctx, where=QCoreApplication.translate("App", "Registre : %1").replace(
                "%1", safe_url(registry_url(db_url))))
            if first.exec() != QDialog.DialogCode.Accepted or first.admin is None:
                return 0
            login_name = first.admin.login or ""
        return _session(app, ctx, login_name=login_name)
    finally:
        ctx.shutdown()
        services.close()


def _wait(app: Any, future: Any) -> Any:
    """The result of a start-up step run on the DB worker; past a moment (migrations, the demo
    data of a first run), a small window says what is happening."""
    from PySide6.QtCore import QCoreApplication, QEventLoop, Qt
    from PySide6.QtWidgets import QLabel

    try:
        return future.result(timeout=0.4)
    except TimeoutError:
        pass
    splash = QLabel(QCoreApplication.translate("App", "Préparation du registre…"))
    splash.setWindowFlags(Qt.WindowType.SplashScreen)
    splash.setMargin(24)
    splash.setStyleSheet("font-size: 12pt;")
    splash.show()
    try:
        while not future.done():
            app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        return future.result()
    finally:
        splash.close()


def _session(app: Any, ctx: Any, *, login_name: str = "") -> int:
    from PySide6.QtWidgets import QDialog

    from .gui.login import LoginDialog
    from .gui.main_window import MainWindow

    hint = ctx.ops.call(lambda: demo_hint(ctx.services)).result()
    login = LoginDialog(ctx, login=login_name or ctx.settings.last_login or ("gardien" if hint else ""))
    if hint:
        login.form.set_texts(intro=lambda: hint)
    if login.exec() != QDialog.DialogCode.Accepted or login.actor is None:
        return 0
    ctx.settings.last_login = login.actor.login
    ctx.actor = login.actor
    window = MainWindow(ctx)
    window.show()
    bridge = _start_readers(ctx, window, demo=hint is not None)
    freeze_startup_objects()
    try:
        return int(app.exec())
    finally:
        if bridge is not None:
            bridge.stop()


def _start_readers(ctx: Any, window: Any, *, demo: bool) -> Any:
    """The readers (PC/SC, NFC, keyboard wedge), their reads routed to the scan hub, and their
    status and settings in the window; on the demo registry, the virtual card and tag too.
    A failure here never stops the station: it works with the keyboard entry alone."""
    from .gui.device_setup import attach, start_devices

    bridge = start_devices(ctx, demo=demo)
    if bridge is not None:
        attach(window, bridge)
    return bridge


def main(argv: list[str] | None = None) -> int:
    """``python -m mileo_desk.app [--db URL]``."""
    import argparse
    import multiprocessing

    # the chain verification spreads over worker processes; a frozen build must let them start
    multiprocessing.freeze_support()

    args = list(sys.argv if argv is None else argv)
    parser = argparse.ArgumentParser(prog="mileo-desk-gui", description="Poste de gestion du registre Mileo Desk")
    parser.add_argument("--db", default=os.environ.get(ENV_DB), help="URL de la base (défaut : SQLite)")
    known, rest = parser.parse_known_args(args[1:])
    return run_gui(known.db, [args[0], *rest])


if __name__ == "__main__":
    raise SystemExit(main())

"""A throw-away PostgreSQL server for the test suite and the benchmarks.

The server is a real ``postgres`` (Debian's ``postgresql`` package, or any
install whose ``initdb``/``pg_ctl``/``postgres`` can be found) started in a
private temporary directory, listening on 127.0.0.1 on a free port, with
``trust`` authentication and a superuser able to ``CREATE EXTENSION``.

``initdb`` refuses to run as root: when this process is root, the cluster
belongs to the ``postgres`` user (or to a system user ``mileo-pg`` created for
the purpose) and every server command runs through ``runuser -u USER --``.

Durability is off by default (``fsync``, ``full_page_writes`` and
``synchronous_commit``): a test server's data is thrown away anyway.
Benchmarks that must measure real commits pass ``durable=True``.

Usage from benchmarks::

    from tests.support.postgres import PostgresServer

    with PostgresServer(durable=True) as server:
        server.create_database("bench")
        engine = create_engine(server.url("bench"))

Usage from pytest (in ``tests/conftest.py``)::

    pytest_plugins = ["tests.support.postgres"]

which provides the fixtures ``postgres_server`` (session scope) and
``postgres_url`` (a fresh empty database per test, dropped afterwards).
Importing the two names into ``conftest.py`` works as well.

A server is stopped when ``stop()`` is called, when its ``with`` block ends,
at interpreter exit (``atexit``), and, if a process died without any of these,
by the next ``start()`` on the machine, which reaps orphaned servers whose
owning process is gone.

PYTEST_DONT_REWRITE: this module may be imported before pytest registers it as
a plugin; the marker keeps pytest from warning (an error under
``filterwarnings = error``) about a module it can no longer rewrite.
"""

from __future__ import annotations

import atexit
import contextlib
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import uuid
from collections.abc import Callable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any, Self

__all__ = [
    "PostgresError",
    "PostgresServer",
    "PostgresUnavailable",
    "find_bindir",
    "postgres_server",
    "postgres_url",
    "reap_orphaned_servers",
]

SUPERUSER = "postgres"
"""Name of the cluster's bootstrap superuser (the user in every URL)."""

FALLBACK_OS_USER = "mileo-pg"
"""System user created when running as root on a machine without ``postgres``."""

_DIR_PREFIX = "mileo-pg-"
_OWNER_FILE = "owner.pid"
_REQUIRED = ("initdb", "pg_ctl", "postgres")
_EXE = ".exe" if sys.platform == "win32" else ""
_PG_ENV_VARS = ("PGDATA", "PGHOST", "PGHOSTADDR", "PGPORT", "PGUSER", "PGDATABASE", "PGOPTIONS")


class PostgresUnavailable(RuntimeError):
    """No PostgreSQL server binaries on this machine."""


class PostgresError(RuntimeError):
    """The server could not be initialised, started or stopped."""


# --------------------------------------------------------------------------- discovery


def _has_server_binaries(bindir: Path) -> bool:
    return all((bindir / f"{name}{_EXE}").is_file() for name in _REQUIRED)


def _version_key(path: Path) -> tuple[int, ...]:
    """Sort key for directories named after a PostgreSQL version (``15``, ``9.6``, ``postgresql@16``)."""
    numbers = re.findall(r"\d+", path.name)
    return tuple(int(n) for n in numbers) if numbers else (-1,)


def _candidate_bindirs() -> Iterator[Path]:
    override = os.environ.get("MILEO_PG_BINDIR")
    if override:
        yield Path(override)
        return
    # Debian/Ubuntu (newest version first), then RHEL/PGDG layouts.
    for pattern_root, pattern in (
        (Path("/usr/lib/postgresql"), "*/bin"),
        (Path("/usr"), "pgsql-*/bin"),
        (Path("/opt/homebrew/opt"), "postgresql@*/bin"),
        (Path("/usr/local/opt"), "postgresql@*/bin"),
    ):
        if pattern_root.is_dir():
            yield from sorted(pattern_root.glob(pattern), key=lambda p: _version_key(p.parent), reverse=True)
    pg_config = shutil.which("pg_config")
    if pg_config:
        with contextlib.suppress(OSError, subprocess.SubprocessError):
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, timeout=10, check=True
            ).stdout.strip()
            if out:
                yield Path(out)
    # Anything on PATH (e.g. /usr/local/bin/pg_ctl symlinks, Homebrew, Postgres.app).
    for name in ("pg_ctl", "initdb"):
        found = shutil.which(name)
        if found:
            yield Path(found).resolve().parent
    if sys.platform == "win32":
        program_files = Path(os.environ.get("PROGRAMFILES", r"C:\Program Files")) / "PostgreSQL"
        if program_files.is_dir():
            yield from sorted(program_files.glob("*/bin"), key=lambda p: _version_key(p.parent), reverse=True)


def find_bindir() -> Path | None:
    """The directory holding ``initdb``, ``pg_ctl`` and ``postgres`` (newest version), or None.

    ``MILEO_PG_BINDIR`` overrides the search.
    """
    for candidate in _candidate_bindirs():
        if _has_server_binaries(candidate):
            return candidate
    return None


# --------------------------------------------------------------------------- processes


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def _pid_alive(pid: int) -> bool:
    """True while PID is a live process (a zombie counts as dead)."""
    if pid <= 0:
        return False
    if sys.platform == "win32":  # pragma: no cover - no signal 0 on Windows
        out = subprocess.run(["tasklist", "/FI", f"PID eq {pid}"], capture_output=True, text=True, check=False).stdout
        return str(pid) in out
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass
    stat = Path(f"/proc/{pid}/stat")
    with contextlib.suppress(OSError):
        state = stat.read_text().rsplit(")", 1)[1].split()[0]
        return state not in ("Z", "X")
    return True


def _process_cmdline(pid: int) -> str | None:
    proc = Path(f"/proc/{pid}/cmdline")
    if proc.exists():
        with contextlib.suppress(OSError):
            return proc.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        return None
    with contextlib.suppress(OSError, subprocess.SubprocessError):
        return subprocess.run(
            ["ps", "-p", str(pid), "-o", "command="], capture_output=True, text=True, timeout=5, check=False
        ).stdout
    return None


def _wait_until(predicate: Callable[[], bool], timeout: float, interval: float = 0.02) -> bool:
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return True
        if time.monotonic() >= deadline:
            return False
        time.sleep(interval)


def _read_postmaster_pid(data_dir: Path) -> int | None:
    with contextlib.suppress(OSError, ValueError, IndexError):
        return int((data_dir / "postmaster.pid").read_text().splitlines()[0])
    return None


def _kill_postmaster(data_dir: Path, timeout: float = 10.0) -> None:
    """Stops the postmaster of DATA_DIR with signals: SIGQUIT (immediate shutdown), then SIGKILL.

    Only signals a process whose command line names DATA_DIR, so a recycled pid is left alone.
    """
    pid = _read_postmaster_pid(data_dir)
    if pid is None or not _pid_alive(pid):
        return
    cmdline = _process_cmdline(pid)
    if cmdline is None or str(data_dir) not in cmdline:
        return
    # SIGQUIT is the postmaster's "immediate shutdown"; Windows has neither signal.
    for sig in (getattr(signal, "SIGQUIT", signal.SIGTERM), getattr(signal, "SIGKILL", signal.SIGTERM)):
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.kill(pid, sig)
        if _wait_until(lambda: not _pid_alive(pid), timeout):
            return


def _kill_group(proc: subprocess.Popen[str]) -> None:
    """Kills PROC and its process group (POSIX), then reaps it."""
    if os.name == "posix":
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, signal.SIGKILL)
    with contextlib.suppress(OSError):
        proc.kill()
    with contextlib.suppress(subprocess.TimeoutExpired):
        proc.wait(timeout=10)


def _remove_tree(path: Path) -> None:
    """rmtree that retries briefly: a process that just died may still be removing its files."""
    for _attempt in range(20):
        shutil.rmtree(path, ignore_errors=True)
        if not path.exists():
            return
        time.sleep(0.05)


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        port: int = sock.getsockname()[1]
        return port


def _unprivileged_user() -> tuple[str, int, int]:
    """(name, uid, gid) of the user that owns clusters when running as root."""
    import pwd

    for name in ("postgres", FALLBACK_OS_USER):
        with contextlib.suppress(KeyError):
            entry = pwd.getpwnam(name)
            return name, entry.pw_uid, entry.pw_gid
    useradd = shutil.which("useradd") or "/usr/sbin/useradd"
    result = subprocess.run(
        [
            useradd,
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            FALLBACK_OS_USER,
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        raise PostgresError(f"running as root and could not create user {FALLBACK_OS_USER}: {result.stderr}")
    entry = pwd.getpwnam(FALLBACK_OS_USER)
    return FALLBACK_OS_USER, entry.pw_uid, entry.pw_gid


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in _PG_ENV_VARS}
    env.setdefault("LC_MESSAGES", "C")
    return env


def reap_orphaned_servers(base_dir: Path | str | None = None) -> list[Path]:
    """Stops and removes servers left in BASE_DIR by processes that no longer exist.

    Returns the directories removed. Directories of live owners are left alone.
    """
    base = Path(base_dir) if base_dir is not None else _default_base_dir()
    removed: list[Path] = []
    if not base.is_dir():
        return removed
    for directory in base.glob(f"{_DIR_PREFIX}*"):
        owner_file = directory / _OWNER_FILE
        try:
            owner = int(owner_file.read_text().strip())
        except (OSError, ValueError):
            continue  # not ours, or still being set up
        if _pid_alive(owner):
            continue
        with contextlib.suppress(OSError):
            _kill_postmaster(directory / "data")
            _remove_tree(directory)
        if not directory.exists():  # else: someone else's directory, which we may not touch
            removed.append(directory)
    return removed


def _default_base_dir() -> Path:
    override = os.environ.get("MILEO_PG_TMPDIR")
    if override:
        return Path(override)
    # /tmp keeps the socket path short (macOS's $TMPDIR is long) and is reachable by `postgres`.
    if os.name == "posix" and Path("/tmp").is_dir():
        return Path("/tmp")
    return Path(tempfile.gettempdir())


# --------------------------------------------------------------------------- the server

_LIVE: set[PostgresServer] = set()
_LIVE_LOCK = threading.Lock()


def _stop_all_at_exit() -> None:
    with _LIVE_LOCK:
        servers = list(_LIVE)
    for server in servers:
        with contextlib.suppress(Exception):
            server.stop()


atexit.register(_stop_all_at_exit)


class PostgresServer:
    """A private PostgreSQL cluster: ``start()``, use ``url(dbname)``, ``stop()``.

    Parameters
    ----------
    bindir:
        Directory of ``initdb``/``pg_ctl``/``postgres``; found with :func:`find_bindir` if None.
    durable:
        Keep ``fsync``, ``full_page_writes`` and ``synchronous_commit`` on (for benchmarks).
    base_dir:
        Where the cluster's temporary directory goes (default ``/tmp``, or ``MILEO_PG_TMPDIR``).
    settings:
        Extra server settings, passed as ``-c name=value``.
    locale:
        Cluster locale; falls back to ``--no-locale`` when the machine lacks it.
    """

    def __init__(
        self,
        *,
        bindir: Path | str | None = None,
        durable: bool = False,
        base_dir: Path | str | None = None,
        settings: Mapping[str, str | int] | None = None,
        locale: str = "C.UTF-8",
        start_timeout: float = 60.0,
    ) -> None:
        self._bindir = Path(bindir) if bindir is not None else None
        self.durable = durable
        self._base_parent = Path(base_dir) if base_dir is not None else None
        self._settings = dict(settings or {})
        self._locale = locale
        self._start_timeout = start_timeout
        self._lock = threading.RLock()
        self._base: Path | None = None
        self._port: int | None = None
        self._pid: int | None = None
        self._run_as: tuple[str, int, int] | None = None
        self._starting = False  # True from `pg_ctl start` until the server answered
        self._admin: Any = None  # psycopg.Connection, opened lazily

    # ---- properties

    @property
    def bindir(self) -> Path:
        if self._bindir is None:
            found = find_bindir()
            if found is None:
                raise PostgresUnavailable(
                    "PostgreSQL server binaries (initdb, pg_ctl, postgres) not found; "
                    "install Debian's `postgresql postgresql-contrib` (scripts/setup.sh does) "
                    "or set MILEO_PG_BINDIR"
                )
            self._bindir = found
        return self._bindir

    @property
    def running(self) -> bool:
        return self._pid is not None and _pid_alive(self._pid)

    @property
    def port(self) -> int:
        if self._port is None:
            raise PostgresError("server not started")
        return self._port

    @property
    def host(self) -> str:
        return "127.0.0.1"

    @property
    def user(self) -> str:
        return SUPERUSER

    @property
    def pid(self) -> int | None:
        """Process id of the postmaster while running."""
        return self._pid

    @property
    def base_dir(self) -> Path | None:
        """The server's private temporary directory (data/, sock/, server.log) while started."""
        return self._base

    @property
    def data_dir(self) -> Path:
        if self._base is None:
            raise PostgresError("server not started")
        return self._base / "data"

    @property
    def log_path(self) -> Path:
        if self._base is None:
            raise PostgresError("server not started")
        return self._base / "server.log"

    # ---- addresses

    def url(self, dbname: str = "postgres") -> str:
        """SQLAlchemy URL: ``postgresql+psycopg://postgres@127.0.0.1:PORT/DBNAME``.

        SQLAlchemy takes the database name verbatim (no %-decoding), so names with
        ``/ ? # @`` cannot be written in a URL and are refused.
        """
        if any(c in dbname for c in "/?#@"):
            raise ValueError(f"database name {dbname!r} cannot be written in a SQLAlchemy URL")
        return f"postgresql+psycopg://{SUPERUSER}@{self.host}:{self.port}/{dbname}"

    def dsn(self, dbname: str = "postgres") -> str:
        """libpq/psycopg connection string."""
        return f"host={self.host} port={self.port} user={SUPERUSER} dbname='{_escape_conninfo(dbname)}'"

    def connect(self, dbname: str = "postgres", **kwargs: Any) -> Any:
        """A new ``psycopg.Connection`` to DBNAME (the caller closes it)."""
        import psycopg

        return psycopg.connect(self.dsn(dbname), connect_timeout=10, **kwargs)

    # ---- lifecycle

    def start(self) -> Self:
        with self._lock:
            if self._base is not None:
                return self
            bindir = self.bindir
            parent = self._base_parent or _default_base_dir()
            reap_orphaned_servers(parent)
            self._run_as = _unprivileged_user() if _is_root() else None
            self._base = Path(tempfile.mkdtemp(prefix=_DIR_PREFIX, dir=parent))
            with _LIVE_LOCK:
                _LIVE.add(self)
            try:
                (self._base / _OWNER_FILE).write_text(f"{os.getpid()}\n")
                (self._base / "sock").mkdir()
                if self._run_as is not None:
                    _, uid, gid = self._run_as
                    for path in (self._base, self._base / "sock"):
                        os.chown(path, uid, gid)
                self._initdb(bindir)
                self._start_postmaster(bindir)
            except BaseException:
                self.stop()
                raise
            return self

    def stop(self) -> None:
        """Stops the server (fast, then immediate, then signals) and removes its directory."""
        with self._lock:
            base = self._base
            if base is None:
                return
            if self._admin is not None:
                with contextlib.suppress(Exception):
                    self._admin.close()
                self._admin = None
            data = base / "data"
            if self._pid is None and self._starting:
                # pg_ctl start was interrupted: the postmaster may be about to write its pid file.
                _wait_until(lambda: _read_postmaster_pid(data) is not None, 2.0)
            pid = self._pid or _read_postmaster_pid(data)
            if pid is not None and _pid_alive(pid):
                postmaster = pid

                def gone() -> bool:
                    return not _pid_alive(postmaster)

                for mode, timeout in (("fast", 30), ("immediate", 10)):
                    with contextlib.suppress(PostgresError, subprocess.TimeoutExpired):
                        self._pg(
                            [self.bindir / f"pg_ctl{_EXE}", "-D", data, "-m", mode, "-w", "-t", timeout, "stop"],
                            timeout=timeout + 5,
                        )
                    if _wait_until(gone, 5):
                        break
                else:
                    _kill_postmaster(data)
            _remove_tree(base)
            self._base = None
            self._pid = None
            self._port = None
            self._starting = False
            with _LIVE_LOCK:
                _LIVE.discard(self)

    def __enter__(self) -> Self:
        return self.start()

    def __exit__(self, *exc_info: object) -> None:
        self.stop()

    def __repr__(self) -> str:
        state = f"port={self._port} pid={self._pid}" if self._base else "stopped"
        return f"<PostgresServer {state} durable={self.durable}>"

    # ---- databases

    def create_database(self, name: str, *, template: str = "template0") -> str:
        """Creates an empty database NAME (UTF-8) and returns its SQLAlchemy URL."""
        from psycopg import sql

        self._admin_execute(
            sql.SQL("CREATE DATABASE {} TEMPLATE {} ENCODING 'UTF8'").format(
                sql.Identifier(name), sql.Identifier(template)
            )
        )
        return self.url(name)

    def drop_database(self, name: str) -> None:
        """Drops NAME if it exists, closing any connection still open to it."""
        from psycopg import sql

        self._admin_execute(sql.SQL("DROP DATABASE IF EXISTS {} WITH (FORCE)").format(sql.Identifier(name)))

    def list_databases(self) -> list[str]:
        rows = self._admin_execute("SELECT datname FROM pg_database WHERE NOT datistemplate ORDER BY 1")
        return [row[0] for row in rows]

    def _admin_execute(self, query: Any) -> list[tuple[Any, ...]]:
        import psycopg

        with self._lock:
            if self._base is None:
                raise PostgresError("server not started")
            for attempt in (1, 2):
                if self._admin is None or self._admin.closed:
                    self._admin = self.connect("postgres", autocommit=True)
                try:
                    cursor = self._admin.execute(query)
                    return list(cursor.fetchall()) if cursor.description else []
                except psycopg.OperationalError:
                    with contextlib.suppress(Exception):
                        self._admin.close()
                    self._admin = None
                    if attempt == 2:
                        raise
            raise AssertionError("unreachable")

    # ---- internals

    def _pg(self, argv: Sequence[object], *, timeout: float) -> subprocess.CompletedProcess[str]:
        """Runs a server command (as the unprivileged user when root); raises PostgresError on failure."""
        args = [str(a) for a in argv]
        kwargs: dict[str, Any] = {}
        if self._run_as is not None:
            name, uid, gid = self._run_as
            runuser = shutil.which("runuser") or ("/usr/sbin/runuser" if Path("/usr/sbin/runuser").exists() else None)
            if runuser:
                args = [runuser, "-u", name, "--", *args]
            else:
                kwargs = {"user": uid, "group": gid, "extra_groups": []}
        # Own process group: if we are interrupted (Ctrl-C, SIGTERM, timeout), the whole command
        # dies with us. Killing only runuser would leave initdb writing into a directory being
        # removed, or pg_ctl polling. (The postmaster detaches itself with setsid and is stopped
        # by stop().)
        with subprocess.Popen(
            args,
            cwd=self._base,
            env=_clean_env(),
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            start_new_session=os.name == "posix",
            **kwargs,
        ) as proc:
            try:
                stdout, stderr = proc.communicate(timeout=timeout)
            except BaseException:
                _kill_group(proc)
                raise
        result = subprocess.CompletedProcess(args, proc.returncode, stdout, stderr)
        if result.returncode != 0:
            raise PostgresError(
                f"{shlex.join(args)} exited {result.returncode}\n{result.stdout}{result.stderr}{self._log_tail()}"
            )
        return result

    def _log_tail(self, lines: int = 30) -> str:
        if self._base is None:
            return ""
        with contextlib.suppress(OSError):
            tail = (self._base / "server.log").read_text(errors="replace").splitlines()[-lines:]
            if tail:
                return "--- server.log (tail) ---\n" + "\n".join(tail) + "\n"
        return ""

    def _initdb(self, bindir: Path) -> None:
        assert self._base is not None
        data = self._base / "data"
        base_args: list[object] = [
            bindir / f"initdb{_EXE}",
            "-D",
            data,
            "-U",
            SUPERUSER,
            "-A",
            "trust",
            "-E",
            "UTF8",
        ]
        if not self.durable:
            base_args.append("--no-sync")
        try:
            self._pg([*base_args, f"--locale={self._locale}"], timeout=120)
        except PostgresError:
            # The locale is missing on this machine (macOS has no C.UTF-8): use the C locale.
            shutil.rmtree(data, ignore_errors=True)
            self._pg([*base_args, "--no-locale"], timeout=120)

    def _server_options(self, port: int) -> str:
        assert self._base is not None
        options: dict[str, str | int] = {"listen_addresses": "127.0.0.1"}
        if os.name == "posix":
            options["unix_socket_directories"] = str(self._base / "sock")
        else:
            options["unix_socket_directories"] = ""
        if not self.durable:
            options.update({"fsync": "off", "full_page_writes": "off", "synchronous_commit": "off"})
        options.update(self._settings)
        parts = ["-p", str(port)]
        for key, value in options.items():
            parts += ["-c", f"{key}={value}"]
        # pg_ctl hands this string to a shell (cmd.exe on Windows).
        if os.name == "posix":
            return " ".join(shlex.quote(p) for p in parts)
        return subprocess.list2cmdline(parts)

    def _start_postmaster(self, bindir: Path) -> None:
        assert self._base is not None
        data = self._base / "data"
        log = self._base / "server.log"
        last_error: PostgresError | None = None
        for _attempt in range(5):
            port = _free_port()
            self._starting = True
            try:
                self._pg(
                    [
                        bindir / f"pg_ctl{_EXE}",
                        "-D",
                        data,
                        "-l",
                        log,
                        "-w",
                        "-t",
                        int(self._start_timeout),
                        "-o",
                        self._server_options(port),
                        "start",
                    ],
                    timeout=self._start_timeout + 10,
                )
            except PostgresError as exc:
                last_error = exc
                if "could not bind" in str(exc) or "already in use" in str(exc):
                    continue  # another process took the port meanwhile: pick another one
                raise
            self._port = port
            self._pid = _read_postmaster_pid(data)
            self._starting = False
            return
        raise last_error or PostgresError("could not start the server")


def _escape_conninfo(value: str) -> str:
    return value.replace("\\", "\\\\").replace("'", "\\'")


# --------------------------------------------------------------------------- pytest fixtures


def _ci_requires_postgres() -> bool:
    for var in ("MILEO_REQUIRE_POSTGRES", "CI"):
        if os.environ.get(var, "").strip().lower() not in ("", "0", "false", "no", "off"):
            return True
    return False


@contextlib.contextmanager
def _sigterm_raises_keyboard_interrupt() -> Iterator[None]:
    """While the session runs, SIGTERM unwinds pytest (teardown runs) instead of killing it."""
    if (
        not hasattr(signal, "SIGTERM")
        or threading.current_thread() is not threading.main_thread()
        or signal.getsignal(signal.SIGTERM) is not signal.SIG_DFL
    ):
        yield
        return

    def handler(signum: int, _frame: object) -> None:
        raise KeyboardInterrupt(f"signal {signum}")

    signal.signal(signal.SIGTERM, handler)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_DFL)


try:
    import pytest
except ImportError:  # pragma: no cover - benchmarks may run without pytest
    pytest = None  # type: ignore[assignment]

if pytest is not None:

    @pytest.fixture(scope="session")
    def postgres_server() -> Iterator[PostgresServer]:
        """One PostgreSQL server for the whole session.

        Skips when the binaries are missing, unless ``CI`` (or ``MILEO_REQUIRE_POSTGRES``)
        is set: then the missing server is a failure.
        """
        with _sigterm_raises_keyboard_interrupt():
            server = PostgresServer()
            try:
                server.start()
            except PostgresUnavailable as exc:
                if _ci_requires_postgres():
                    pytest.fail(f"PostgreSQL is required under CI: {exc}", pytrace=False)
                pytest.skip(str(exc))
            try:
                yield server
            finally:
                server.stop()

    @pytest.fixture
    def postgres_url(postgres_server: PostgresServer) -> Iterator[str]:
        """SQLAlchemy URL of a new empty database, dropped after the test."""
        name = f"test_{uuid.uuid4().hex[:12]}"
        url = postgres_server.create_database(name)
        try:
            yield url
        finally:
            postgres_server.drop_database(name)

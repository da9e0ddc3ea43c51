"""The database: engine, pragmas, transactions and start-up migrations.

Embedded default: SQLite in WAL mode in the user data directory, no set-up. Shared mode:
PostgreSQL by URL (``--db`` or ``MILEO_DESK_DB``). Every write transaction on SQLite
starts with ``BEGIN IMMEDIATE`` so that writers are serialised up front (no lost update,
no upgrade deadlock); read transactions use a deferred ``BEGIN``. On PostgreSQL, appends
to the history are serialised by locking the single ``chain_head`` row.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Executable, Result, Row, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import DBAPIError, IntegrityError, OperationalError
from sqlalchemy.orm import Session

from ..domain.errors import ConflictError, MileoError

log = logging.getLogger("mileo_desk.persistence")

ENV_DB = "MILEO_DESK_DB"
_READ_OPTION = "mileo_read"
#: SQLite: how long a reader waits on a lock (only recovery or an exclusive lock stop a WAL reader)
READ_BUSY_MS = 30_000
#: SQLite: how long one attempt of a writer waits for the write lock before saying it waits
WRITE_BUSY_MS = 2_000
#: SQLite: attempts of a writer to take the write lock (≈ 30 s in all with the pauses)
WRITE_ATTEMPTS = 8
#: the pause after the first busy attempt, doubled after each one, at most WRITE_BACKOFF_MAX
WRITE_BACKOFF = 0.25
WRITE_BACKOFF_MAX = 2.0
BUSY_MESSAGE = ("Registre occupé : un autre poste enregistre en ce moment (un import, peut-être) ; "
                "réessayez dans un instant.")


def _is_busy(exc: OperationalError) -> bool:
    """SQLite « database is locked / busy », PostgreSQL « could not serialize »."""
    text_ = str(exc.orig)
    return "locked" in text_ or "busy" in text_ or "could not serialize" in text_


def default_url() -> str:
    """``MILEO_DESK_DB`` if set, else the embedded SQLite file in the user data directory."""
    env = os.environ.get(ENV_DB)
    if env:
        return env
    from .files import embedded_database

    return f"sqlite:///{embedded_database()}"


class Database:
    """Owns the engine. ``write()`` and ``read()`` give a Session in one transaction,
    ``read_connection()`` a Core connection in one read-only transaction."""

    def __init__(self, url: str, *, echo: bool = False) -> None:
        self.url = make_url(url)
        self.is_sqlite = self.url.get_backend_name() == "sqlite"
        kwargs: dict[str, Any] = {"echo": echo, "future": True}
        if self.is_sqlite:
            db_path = self.url.database
            if db_path and db_path != ":memory:":
                Path(db_path).parent.mkdir(parents=True, exist_ok=True)
            kwargs["connect_args"] = {"check_same_thread": False, "timeout": 30}
        else:
            kwargs["pool_pre_ping"] = True
            kwargs["pool_size"] = 5
        self.engine: Engine = create_engine(self.url, **kwargs)
        if self.is_sqlite:
            self._install_sqlite_hooks()
        self._read_engine = self.engine.execution_options(**{_READ_OPTION: True})
        self._kwargs = kwargs
        self._single: Engine | None = None  # PostgreSQL: autocommit pool of read_all()
        self._single_lock = threading.Lock()
        # SQLite writers: how long each attempt waits for the lock, how many attempts
        self.write_busy_ms = WRITE_BUSY_MS
        self.write_attempts = WRITE_ATTEMPTS
        #: told « Registre occupé … nouvel essai » (a French sentence) each time a writer has
        #: to wait again; the composition root may show it (status bar, standard error)
        self.on_busy: Callable[[str], None] | None = None

    def _install_sqlite_hooks(self) -> None:
        @event.listens_for(self.engine, "connect")
        def _on_connect(dbapi_conn: Any, _record: Any) -> None:
            # let SQLAlchemy's "begin" event emit BEGIN itself (pysqlite recipe)
            dbapi_conn.isolation_level = None
            cur = dbapi_conn.cursor()
            cur.execute("PRAGMA journal_mode=WAL")
            # FULL: an acknowledged movement survives a crash or power loss
            cur.execute("PRAGMA synchronous=FULL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
            cur.execute("PRAGMA cache_size=-32000")
            cur.close()

        @event.listens_for(self.engine, "begin")
        def _on_begin(conn: Any) -> None:
            # a PRAGMA on the DB-API connection itself: it starts no transaction
            dbapi = conn.connection.dbapi_connection
            if conn.get_execution_options().get(_READ_OPTION):
                dbapi.execute(f"PRAGMA busy_timeout={READ_BUSY_MS}")
                conn.exec_driver_sql("BEGIN")
            else:
                # a writer waits a little, then says so and tries again (see write())
                dbapi.execute(f"PRAGMA busy_timeout={int(self.write_busy_ms)}")
                conn.exec_driver_sql("BEGIN IMMEDIATE")

    # -- transactions --------------------------------------------------------------

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction: committed on success, rolled back on any error.

        On SQLite the write lock is taken first (``BEGIN IMMEDIATE``). When another writer
        holds it (a large import), each attempt waits :attr:`write_busy_ms`; after each
        failed attempt :attr:`on_busy` (or the log) is told « Registre occupé … nouvel essai »
        and the next one starts after a pause that doubles (backoff), :attr:`write_attempts`
        attempts in all (≈ 30 s). Readers are never blocked by a writer (WAL).

        Raises:

        - :class:`ConflictError` — a unique value already used (``IntegrityError``), or the
          database *busy*: « Registre occupé : … réessayez » when SQLite's write lock could
          not be taken after every attempt, or a PostgreSQL serialisation failure (« could
          not serialize »);
        - any :class:`MileoError` raised inside the block, unchanged (after the rollback);
        - :class:`sqlalchemy.exc.OperationalError` otherwise, untranslated — the database
          *unreachable*: PostgreSQL server down, refused or timed-out connection, bad
          credentials, a connection lost mid-transaction (``connection_invalidated`` set, see
          :func:`is_disconnect`); SQLite file that cannot be opened (« unable to open
          database file »), disk full or I/O error. Other :class:`sqlalchemy.exc.DBAPIError`
          subclasses (``DatabaseError`` for a corrupt SQLite file, ``InterfaceError``) also
          pass through. The body of the block is never run twice: only taking the lock is
          retried.
        """
        session = self._write_session()
        try:
            yield session
            session.commit()
        except MileoError:
            session.rollback()
            raise
        except IntegrityError as exc:
            session.rollback()
            log.info("integrity error: %s", type(exc.orig).__name__)
            raise ConflictError(
                "Enregistrement refusé : une valeur unique (identifiant, UID, identifiant de "
                "connexion) est déjà utilisée."
            ) from None
        except OperationalError as exc:
            session.rollback()
            if _is_busy(exc):
                raise ConflictError(BUSY_MESSAGE, code="registre_occupe") from None
            raise
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def _write_session(self) -> Session:
        """A Session in a write transaction; on SQLite, with the write lock already taken
        (bounded retries with backoff while another writer holds it)."""
        attempt = 0
        while True:
            session = Session(self.engine, expire_on_commit=False, autoflush=True)
            if not self.is_sqlite:
                return session  # PostgreSQL: rows are locked when written (chain head FOR UPDATE)
            try:
                session.connection()  # BEGIN IMMEDIATE: waits write_busy_ms at most
                return session
            except OperationalError as exc:
                session.close()
                if not _is_busy(exc):
                    raise
                attempt += 1
                if attempt >= self.write_attempts:
                    log.warning("registry busy: write given up after %d attempts", attempt)
                    raise ConflictError(BUSY_MESSAGE, code="registre_occupe") from None
                pause = min(WRITE_BACKOFF * 2 ** (attempt - 1), WRITE_BACKOFF_MAX)
                notice = (f"Registre occupé : un autre poste enregistre ; nouvel essai dans {pause:.1f} s "
                          f"({attempt + 1}/{self.write_attempts}).")
                log.warning("registry busy: attempt %d/%d in %.1f s", attempt + 1, self.write_attempts, pause)
                if self.on_busy is not None:
                    self.on_busy(notice)
                time.sleep(pause)

    @contextmanager
    def read(self, *, snapshot: bool = False) -> Iterator[Session]:
        """One read-only transaction (never takes the SQLite write lock).

        With *snapshot*, every statement sees the same state of the database: on PostgreSQL
        the transaction is REPEATABLE READ, READ ONLY (a SQLite read transaction already is
        one snapshot, from its first read on).

        Nothing is translated on reads: besides the :class:`MileoError` of the caller's own
        checks, the block raises :class:`sqlalchemy.exc.OperationalError` when the database
        is *unreachable* (PostgreSQL down, refused or timed-out connection, bad credentials;
        SQLite file that cannot be opened) and, rarely, when it is *busy* (SQLite « database
        is locked » after the 30 s ``busy_timeout``: WAL readers wait only on recovery or a
        connection holding the file exclusively). A connection lost mid-read is a
        :class:`sqlalchemy.exc.DBAPIError` with ``connection_invalidated`` set
        (:func:`is_disconnect`); it is not retried here. Same for :meth:`read_connection`.
        """
        session = Session(self._read_engine, expire_on_commit=False, autoflush=False)
        try:
            if snapshot and not self.is_sqlite:
                session.connection(execution_options={"isolation_level": "REPEATABLE READ",
                                                      "postgresql_readonly": True})
            yield session
        finally:
            session.rollback()
            session.close()

    @contextmanager
    def read_connection(self, *, snapshot: bool = False) -> Iterator[Connection]:
        """The same read-only transaction as :meth:`read`, on a Core ``Connection`` (no ORM
        Session, no identity map): for hot read paths that return plain rows (UID lookup,
        search). Always rolled back; never takes the SQLite write lock.
        """
        with self._read_engine.connect() as conn:
            if snapshot and not self.is_sqlite:
                conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
            conn.begin()
            try:
                yield conn
            finally:
                conn.rollback()

    def read_one(self, stmt: Executable, params: Mapping[str, Any]) -> Row[Any] | None:
        """The first row of :meth:`read_all`, or None."""
        rows = self.read_all(stmt, params, first=True)
        return rows[0] if rows else None

    def read_all(self, stmt: Executable, params: Mapping[str, Any], *, first: bool = False) -> list[Row[Any]]:
        """Run ONE read statement and return its rows (with *first*, at most the first).

        A single statement sees one consistent snapshot by itself, so on PostgreSQL it runs
        outside any transaction block, on a small autocommit pool without pre-ping: one round
        trip instead of four (ping + BEGIN, statement, ROLLBACK). A connection found lost is
        retried once on a fresh one (a read is idempotent). On SQLite: :meth:`read_connection`.
        Callers that need several statements to agree use :meth:`read_connection`.

        Raises as :meth:`read` does: :class:`sqlalchemy.exc.OperationalError` for a database
        unreachable or (SQLite) locked past the busy timeout, :class:`sqlalchemy.exc.DBAPIError`
        with ``connection_invalidated`` when the retry on a fresh connection fails too.
        """
        if self.is_sqlite:
            with self.read_connection() as conn:
                result = conn.execute(stmt, params)
                return _rows(result, first)
        engine = self._single
        if engine is None:
            with self._single_lock:
                if self._single is None:
                    kwargs = dict(self._kwargs, pool_pre_ping=False, pool_size=2, isolation_level="AUTOCOMMIT")
                    self._single = create_engine(self.url, **kwargs)
                engine = self._single
        for attempt in (1, 2):
            try:
                with engine.connect() as conn:
                    return _rows(conn.execute(stmt, params), first)
            except DBAPIError as exc:
                if attempt == 2 or not exc.connection_invalidated:
                    raise
        raise AssertionError("unreachable")  # pragma: no cover

    def lock_chain(self, session: Session) -> None:
        """Serialise appends to the history. SQLite already holds the write lock (BEGIN
        IMMEDIATE); PostgreSQL locks the chain head row until commit."""
        if not self.is_sqlite:
            session.execute(text("SELECT last_seq FROM chain_head WHERE id = 1 FOR UPDATE"))

    # -- schema --------------------------------------------------------------------

    def migrate(self) -> None:
        """Apply the Alembic migrations shipped in the package (run at every start-up).

        The revision is read in a read transaction: a schema already at head is not written
        to (no write lock), so a start while another station imports does not wait for it."""
        from .migrate import upgrade

        upgrade(self.engine, read_engine=self._read_engine)
        if self.is_sqlite:
            from .search_order import relayout_if_needed

            relayout_if_needed(self.engine, read_engine=self._read_engine)

    def dispose(self) -> None:
        self.engine.dispose()
        if self._single is not None:
            self._single.dispose()

    def describe(self) -> str:
        """The URL without password, for messages."""
        return self.url.render_as_string(hide_password=True)


def _rows(result: Result[Any], first: bool) -> list[Row[Any]]:
    if first:
        row = result.first()
        return [] if row is None else [row]
    return list(result.all())


def is_disconnect(exc: BaseException) -> bool:
    """Whether *exc* is a lost connection (shown as « base injoignable »)."""
    return isinstance(exc, DBAPIError) and bool(exc.connection_invalidated)

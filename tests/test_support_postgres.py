"""The PostgreSQL test fixture: a real server, databases per test, clean teardown."""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import textwrap
import time
from collections.abc import Iterator
from pathlib import Path

import psycopg
import pytest
import sqlalchemy as sa

from tests.support.postgres import (
    PostgresServer,
    PostgresUnavailable,
    find_bindir,
    reap_orphaned_servers,
)

pytest_plugins = ["pytester", "tests.support.postgres"]
pytestmark = pytest.mark.postgres

REPO_ROOT = Path(__file__).resolve().parents[1]
ON_LINUX = sys.platform.startswith("linux")


def _ci() -> bool:
    return os.environ.get("CI", "").lower() not in ("", "0", "false", "no", "off")


@pytest.fixture(scope="module")
def bindir() -> Path:
    found = find_bindir()
    if found is None:
        if _ci():
            pytest.fail("PostgreSQL binaries are required under CI", pytrace=False)
        pytest.skip("PostgreSQL server binaries not installed")
    return found


@pytest.fixture
def private_base_dir() -> Iterator[Path]:
    """A parent directory for servers that the `postgres` user can traverse (tmp_path cannot)."""
    base = Path(tempfile.mkdtemp(prefix="mileo-pg-test-", dir="/tmp" if os.name == "posix" else None))
    base.chmod(0o755)
    yield base
    reap_orphaned_servers(base)
    shutil.rmtree(base, ignore_errors=True)


def _children(pid: int) -> set[int]:
    """Pids whose parent is PID (Linux /proc)."""
    found: set[int] = set()
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
            found.add(int(stat.parent.name))
    return found


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    stat = Path(f"/proc/{pid}/stat")
    if stat.exists():
        try:
            return stat.read_text().rsplit(")", 1)[1].split()[0] not in ("Z", "X")
        except OSError:
            return False
    return True


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(1)
        return sock.connect_ex(("127.0.0.1", port)) == 0


def _wait_dead(pids: set[int], timeout: float = 10) -> set[int]:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        pids = {pid for pid in pids if _alive(pid)}
        if not pids:
            break
        time.sleep(0.05)
    return pids


# --------------------------------------------------------------------------- the session fixtures


def test_postgres_url_is_a_fresh_empty_database(postgres_url: str, postgres_server: PostgresServer) -> None:
    url = sa.engine.make_url(postgres_url)
    assert url.drivername == "postgresql+psycopg"
    assert url.host == "127.0.0.1"
    assert url.port == postgres_server.port
    assert url.username == "postgres"
    engine = sa.create_engine(postgres_url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT current_database()")).scalar_one() == url.database
            tables = conn.execute(
                sa.text("SELECT count(*) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')")
            ).scalar_one()
            assert tables == 0
            assert conn.execute(sa.text("SHOW server_encoding")).scalar_one() == "UTF8"
            assert conn.execute(sa.text("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")).scalar_one()
    finally:
        engine.dispose()


def test_session_server_is_tuned_for_tests(postgres_server: PostgresServer) -> None:
    with postgres_server.connect() as conn:
        settings = dict(
            conn.execute(
                "SELECT name, setting FROM pg_settings "
                "WHERE name IN ('fsync', 'full_page_writes', 'synchronous_commit', 'listen_addresses')"
            ).fetchall()
        )
    assert settings == {
        "fsync": "off",
        "full_page_writes": "off",
        "synchronous_commit": "off",
        "listen_addresses": "127.0.0.1",
    }


def test_create_extension_pg_trgm(postgres_url: str) -> None:
    engine = sa.create_engine(postgres_url)
    try:
        with engine.begin() as conn:
            conn.execute(sa.text("CREATE EXTENSION pg_trgm"))
            similarity = conn.execute(sa.text("SELECT similarity('Dupont', 'Dupond')")).scalar_one()
            assert 0.3 < similarity < 1
            # French text: the cluster's ctype lowers accented capitals.
            assert conn.execute(sa.text("SELECT lower('ÉCOLE Ç')")).scalar_one() == "école ç"
    finally:
        engine.dispose()


def test_create_and_drop_database_with_open_connections(postgres_server: PostgresServer) -> None:
    name = 'Mileo "quoted" base'
    url = postgres_server.create_database(name)
    assert name in postgres_server.list_databases()
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            assert conn.execute(sa.text("SELECT current_database()")).scalar_one() == name
        lingering = psycopg.connect(postgres_server.dsn(name))  # still open while dropping
        try:
            postgres_server.drop_database(name)
        finally:
            lingering.close()
    finally:
        engine.dispose()
    assert name not in postgres_server.list_databases()
    postgres_server.drop_database(name)  # dropping again is a no-op


# --------------------------------------------------------------------------- lifecycle


@pytest.mark.skipif(not ON_LINUX, reason="process checks read /proc")
def test_start_stop_leaves_no_process_nor_directory(bindir: Path, private_base_dir: Path) -> None:
    server = PostgresServer(bindir=bindir, durable=True, base_dir=private_base_dir)
    with server:
        assert server.running
        assert server.pid is not None
        base = server.base_dir
        assert base is not None and base.is_dir()
        port = server.port
        assert _port_open(port)
        with server.connect() as conn:
            assert conn.execute("SHOW fsync").fetchone() == ("on",)
            assert conn.execute("SELECT 1").fetchone() == (1,)
        processes = {server.pid} | _children(server.pid)
        assert len(processes) >= 3  # postmaster + checkpointer, writers…
    assert not server.running
    assert _wait_dead(processes) == set()
    assert not base.exists()
    assert not _port_open(port)
    server.stop()  # idempotent


def test_missing_binaries_raise_unavailable(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("MILEO_PG_BINDIR", str(tmp_path / "no-such-bin"))
    assert find_bindir() is None
    server = PostgresServer(base_dir=tmp_path)
    with pytest.raises(PostgresUnavailable, match="MILEO_PG_BINDIR"):
        server.start()
    assert server.base_dir is None
    assert list(tmp_path.iterdir()) == []


_CHILD = textwrap.dedent(
    """
    import os, sys, time
    from tests.support.postgres import PostgresServer
    server = PostgresServer(base_dir=sys.argv[1]).start()
    print(server.pid, server.base_dir, server.port, flush=True)
    if sys.argv[2] == "hang":
        time.sleep(600)
    """
)


@contextlib.contextmanager
def _child_server(base: Path, mode: str) -> Iterator[tuple[subprocess.Popen[str], int, Path, int]]:
    """A separate Python process that starts a server in BASE and then exits or hangs."""
    with subprocess.Popen(
        [sys.executable, "-c", _CHILD, str(base), mode],
        cwd=REPO_ROOT,
        env={**os.environ, "PYTHONPATH": str(REPO_ROOT)},
        stdout=subprocess.PIPE,
        text=True,
    ) as child:
        assert child.stdout is not None
        pid, base_dir, port = child.stdout.readline().split()
        try:
            yield child, int(pid), Path(base_dir), int(port)
        finally:
            if child.poll() is None:
                child.kill()


@pytest.mark.skipif(not ON_LINUX, reason="process checks read /proc")
def test_atexit_stops_a_server_left_running(bindir: Path, private_base_dir: Path) -> None:
    with _child_server(private_base_dir, "exit") as (child, pid, base, _port):
        assert child.wait(timeout=60) == 0
    assert _wait_dead({pid}) == set()
    assert not base.exists()


@pytest.mark.skipif(not ON_LINUX, reason="process checks read /proc")
def test_orphan_of_a_killed_process_is_reaped(bindir: Path, private_base_dir: Path) -> None:
    with _child_server(private_base_dir, "hang") as (child, pid, base, port):
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=10)
    assert _alive(pid), "postgres survives its owner's SIGKILL"
    assert reap_orphaned_servers(private_base_dir) == [base]
    assert _wait_dead({pid}) == set()
    assert not base.exists()
    assert not _port_open(port)


# --------------------------------------------------------------------------- fixture behaviour in a session


_INNER_TESTS = """
import psycopg
import pytest

pytest_plugins = ["tests.support.postgres"]
seen = []


def _databases(server):
    return set(server.list_databases())


@pytest.mark.parametrize("round", [1, 2])
def test_fresh_database(round, postgres_url, postgres_server):
    name = postgres_url.rsplit("/", 1)[1]
    assert name in _databases(postgres_server)
    for previous in seen:
        assert previous not in _databases(postgres_server)
    seen.append(name)
    with psycopg.connect(postgres_server.dsn(name)) as conn:
        conn.execute("CREATE TABLE t (x int)")
"""


def _inner_env(monkeypatch: pytest.MonkeyPatch, *, ci: bool, bindir: str | None) -> None:
    monkeypatch.setenv("PYTHONPATH", str(REPO_ROOT))
    monkeypatch.delenv("MILEO_REQUIRE_POSTGRES", raising=False)
    if ci:
        monkeypatch.setenv("CI", "true")
    else:
        monkeypatch.delenv("CI", raising=False)
    if bindir is None:
        monkeypatch.delenv("MILEO_PG_BINDIR", raising=False)
    else:
        monkeypatch.setenv("MILEO_PG_BINDIR", bindir)


def test_fixtures_give_each_test_its_own_database(
    bindir: Path, pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch
) -> None:
    _inner_env(monkeypatch, ci=False, bindir=None)
    pytester.makepyfile(test_inner=_INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(passed=2)


def test_fixtures_skip_without_binaries_outside_ci(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _inner_env(monkeypatch, ci=False, bindir="/nonexistent/bin")
    pytester.makepyfile(test_inner=_INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider", "-rs")
    result.assert_outcomes(skipped=2)
    result.stdout.fnmatch_lines(["*PostgreSQL server binaries*not found*"])


def test_fixtures_fail_without_binaries_under_ci(pytester: pytest.Pytester, monkeypatch: pytest.MonkeyPatch) -> None:
    _inner_env(monkeypatch, ci=True, bindir="/nonexistent/bin")
    pytester.makepyfile(test_inner=_INNER_TESTS)
    result = pytester.runpytest_subprocess("-p", "no:cacheprovider")
    result.assert_outcomes(errors=2)
    result.stdout.fnmatch_lines(["*PostgreSQL is required under CI*"])


_SLOW_INNER_TEST = """
import time

pytest_plugins = ["tests.support.postgres"]


def test_slow(postgres_server):
    time.sleep(120)
"""


def _processes_mentioning(text: str) -> dict[int, str]:
    """Live processes whose command line contains TEXT (Linux /proc)."""
    found: dict[int, str] = {}
    for cmdline in Path("/proc").glob("[0-9]*/cmdline"):
        try:
            command = cmdline.read_bytes().replace(b"\0", b" ").decode(errors="replace")
        except OSError:
            continue
        pid = int(cmdline.parent.name)
        if text in command and pid != os.getpid() and _alive(pid):
            found[pid] = command
    return found


def _server_ready(base: Path) -> bool:
    """True once a postmaster in BASE reports "ready" in its pid file (line 8)."""
    for pid_file in base.glob("mileo-pg-*/data/postmaster.pid"):
        with contextlib.suppress(OSError):
            lines = pid_file.read_text().splitlines()
            if len(lines) >= 8 and lines[7].strip() == "ready":
                return True
    return False


@pytest.mark.skipif(not ON_LINUX, reason="process checks read /proc")
@pytest.mark.parametrize("moment", ["during-initdb", "while-running"])
def test_sigterm_to_the_session_still_stops_the_server(
    moment: str, bindir: Path, private_base_dir: Path, tmp_path: Path
) -> None:
    (tmp_path / "test_slow.py").write_text(_SLOW_INNER_TEST)
    env = {**os.environ, "PYTHONPATH": str(REPO_ROOT), "MILEO_PG_TMPDIR": str(private_base_dir)}
    if moment == "during-initdb":

        def reached() -> bool:
            return any(private_base_dir.glob("mileo-pg-*/data/base"))
    else:

        def reached() -> bool:
            return _server_ready(private_base_dir)

    with subprocess.Popen(
        [sys.executable, "-m", "pytest", "-p", "no:cacheprovider", "-q", "test_slow.py"],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    ) as session:
        deadline = time.monotonic() + 60
        while not reached() and time.monotonic() < deadline and session.poll() is None:
            time.sleep(0.005)
        assert reached(), f"the inner session never got {moment}"
        session.send_signal(signal.SIGTERM)
        output, _ = session.communicate(timeout=60)
    assert "KeyboardInterrupt" in output
    # Right when the session has exited: nothing of its server may still run (no grace period).
    assert _processes_mentioning(str(private_base_dir)) == {}
    leftovers = sorted(str(p.relative_to(private_base_dir)) for p in private_base_dir.rglob("*"))
    assert leftovers == [], f"exit {session.returncode}\n{output}"

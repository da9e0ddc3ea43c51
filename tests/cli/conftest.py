"""Fixtures of the command-line tests: plain SQLite files, the CLI run in process.

- Every test runs with ``MILEO_DESK_DB`` pointing into its own temporary directory and
  without any ``MILEO_DESK_*`` variable of the developer's shell, so that nothing can
  touch the real embedded database.
- ``demo_template`` (session): a registry built once by ``mileo-desk init --demo``;
  ``demo_url`` gives each test its own copy of it.
- ``cli``: runs ``main([...])`` as a given user and returns the exit status, stdout,
  stderr and the parsed JSON.
- ``signature_files``: signature files in the documented ``mileo-signature/1`` format.
"""

from __future__ import annotations

import contextlib
import io
import json
import shutil
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from mileo_desk.app import ENV_DB
from mileo_desk.cli import main
from mileo_desk.cli.core import ENV_ADMIN_PASSWORD, ENV_NEW_PASSWORD, ENV_PASSWORD, ENV_USER
from mileo_desk.demo import DEMO_PASSWORD, handwriting
from mileo_desk.domain.signature import render_png, vectors_json
from mileo_desk.services import Services, open_services

ADMIN_PASSWORD = "admin-Mileo-2026"
ENV_NAMES = (ENV_DB, ENV_USER, ENV_PASSWORD, ENV_ADMIN_PASSWORD, ENV_NEW_PASSWORD)


@dataclass(frozen=True)
class Run:
    """What one command did."""

    code: int
    out: str
    err: str

    @property
    def json(self) -> Any:
        return json.loads(self.out)


@pytest.fixture(autouse=True)
def _isolated_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    for name in ENV_NAMES:
        monkeypatch.delenv(name, raising=False)
    # the embedded default lives under the user data directory: keep it in the test's folder
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setenv(ENV_DB, f"sqlite:///{tmp_path / 'default.sqlite3'}")


def copy_sqlite(source: Path, target: Path) -> None:
    shutil.copyfile(source, target)
    wal = Path(str(source) + "-wal")
    if wal.exists() and wal.stat().st_size:
        shutil.copyfile(wal, str(target) + "-wal")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Path, str]]:
    """``init --demo`` once for the session: (database file, what the command printed)."""
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite3"
    with pytest.MonkeyPatch.context() as mp:
        for name in ENV_NAMES:
            mp.delenv(name, raising=False)
        mp.setenv(ENV_DB, f"sqlite:///{path}")
        out, err = io.StringIO(), io.StringIO()
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["init", "--demo", "--station", "poste-demo"])
    assert code == 0, err.getvalue()
    yield path, out.getvalue()


@pytest.fixture
def demo_url(demo_template: tuple[Path, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A private copy of the demo registry, also set as ``MILEO_DESK_DB``."""
    target = tmp_path / "demo-copy.sqlite3"
    copy_sqlite(demo_template[0], target)
    url = f"sqlite:///{target}"
    monkeypatch.setenv(ENV_DB, url)
    return url


@pytest.fixture
def empty_url(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    """A database file that does not exist yet, set as ``MILEO_DESK_DB``."""
    url = f"sqlite:///{tmp_path / 'new' / 'registre.sqlite3'}"
    monkeypatch.setenv(ENV_DB, url)
    return url


CliRunner = Callable[..., Run]


@pytest.fixture
def cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> CliRunner:
    """``cli("items", "list", user="gardien")``: run the command line in process.

    *user* logs in with *password* (the demo password by default) through the
    environment; ``env={...}`` sets more variables for this call only.
    """

    def run(*argv: str, user: str | None = None, password: str = DEMO_PASSWORD,
            env: dict[str, str] | None = None) -> Run:
        capsys.readouterr()
        with monkeypatch.context() as mp:
            if user is not None:
                mp.setenv(ENV_USER, user)
                mp.setenv(ENV_PASSWORD, password)
            for key, value in (env or {}).items():
                mp.setenv(key, value)
            code = main(list(argv))
        captured = capsys.readouterr()
        return Run(code, captured.out, captured.err)

    return run


@pytest.fixture
def services() -> Iterator[Callable[[str], Services]]:
    """Opens Services on a URL (to look at the database the CLI changed); closed at teardown."""
    opened: list[Services] = []

    def _open(url: str) -> Services:
        svc = open_services(url, migrate=False)
        opened.append(svc)
        return svc

    yield _open
    for svc in opened:
        svc.close()


@pytest.fixture
def signature_files(tmp_path: Path) -> Callable[[int], tuple[str, str]]:
    """``signature_files(n)`` → (vectors JSON path, PNG path) of a distinct signature."""

    def make(n: int) -> tuple[str, str]:
        capture = handwriting(1000 + n, device="pen")
        vectors = tmp_path / f"signature-{n}.json"
        png = tmp_path / f"signature-{n}.png"
        vectors.write_text(vectors_json(capture), encoding="utf-8")
        png.write_bytes(render_png(capture))
        return str(vectors), str(png)

    return make

"""The registry's files are readable by their owner only (issue 10, item 3; CHR-GOV-001 §01):
the data folder 0700; the database, its -wal and -shm, and the exports 0600 — on creation and
when found looser (corrected and logged once)."""

from __future__ import annotations

import logging
import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from mileo_desk import app as app_module
from mileo_desk.persistence.files import write_private

pytestmark = pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")


def mode(path: Path) -> int:
    return stat.S_IMODE(os.stat(path).st_mode)


@pytest.fixture
def lax_umask() -> Iterator[None]:
    """The usual 022: what a file gets when nobody takes care (0644 files, 0755 folders)."""
    old = os.umask(0o022)
    yield
    os.umask(old)


@pytest.fixture
def data_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The embedded default database under a private XDG_DATA_HOME."""
    monkeypatch.delenv(app_module.ENV_DB, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    return tmp_path / "xdg" / "MileoDesk"


def registry_files(folder: Path) -> list[Path]:
    return [folder / "registre.sqlite3", folder / "registre.sqlite3-wal", folder / "registre.sqlite3-shm"]


def test_the_embedded_registry_is_created_private(lax_umask: None, data_home: Path) -> None:
    services = app_module.open_registry()
    try:
        assert services.db.url.database == str(data_home / "registre.sqlite3")
        assert mode(data_home) == 0o700
        for path in registry_files(data_home):
            assert path.exists(), path  # WAL mode: SQLite created both while migrating
            assert mode(path) == 0o600, (path, oct(mode(path)))
    finally:
        services.close()


def test_looser_files_are_tightened_and_said_once(lax_umask: None, data_home: Path,
                                                 caplog: pytest.LogCaptureFixture) -> None:
    app_module.open_registry().close()
    os.chmod(data_home, 0o755)
    for path in registry_files(data_home):
        path.touch()
        os.chmod(path, 0o644)
    with caplog.at_level(logging.WARNING, logger="mileo_desk.persistence"):
        services = app_module.open_registry()
        try:
            assert mode(data_home) == 0o700
            assert all(mode(p) == 0o600 for p in registry_files(data_home) if p.exists())
        finally:
            services.close()
        said = [r.getMessage() for r in caplog.records if "permissions of" in r.getMessage()]
        assert len(said) == 4, said  # the folder, the database, -wal, -shm: once each
        caplog.clear()
        app_module.open_registry().close()
        assert not [r for r in caplog.records if "permissions of" in r.getMessage()]


def test_a_database_given_by_path_is_private_but_its_existing_folder_is_left_alone(
        lax_umask: None, tmp_path: Path, data_home: Path) -> None:
    shared = tmp_path / "partage"
    shared.mkdir(mode=0o755)
    services = app_module.open_registry(f"sqlite:///{shared / 'registre.sqlite3'}")
    try:
        assert mode(shared) == 0o755  # a folder the user chose is theirs
        for path in registry_files(shared):
            assert mode(path) == 0o600, path
    finally:
        services.close()
    created = tmp_path / "nouveau" / "sous-dossier"
    app_module.open_registry(f"sqlite:///{created / 'registre.sqlite3'}").close()
    assert mode(created) == 0o700 and mode(created.parent) == 0o700


def test_exports_replace_a_looser_file_with_a_private_one(lax_umask: None, tmp_path: Path) -> None:
    target = tmp_path / "registre.csv"
    target.write_bytes(b"ancien")
    os.chmod(target, 0o644)
    write_private(target, b"nouveau")
    assert target.read_bytes() == b"nouveau" and mode(target) == 0o600
    assert [p.name for p in tmp_path.iterdir()] == ["registre.csv"]  # no temporary left

"""The composition root: start-up on an existing or an empty registry, login, main window."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mileo_desk import app as app_module
from mileo_desk.gui.login import LoginDialog
from mileo_desk.gui.main_window import MainWindow
from mileo_desk.gui.operations.runner import DB_THREAD_PREFIX
from tests.gui.conftest import PASSWORDS


@pytest.fixture
def db_worker():  # type: ignore[no-untyped-def]
    executor = ThreadPoolExecutor(1, thread_name_prefix=DB_THREAD_PREFIX)
    yield executor
    executor.shutdown()


def test_run_gui_logs_in_and_shows_the_registry(qtbot, gui_world, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MILEO_DESK_SETTINGS", str(tmp_path / "settings.ini"))
    # keep pytest-qt's own Qt message capture and excepthook
    monkeypatch.setattr(app_module, "install_qt_message_handler", lambda: None)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    # gc.freeze() suits the app's own process; here it would freeze every earlier test's
    # garbage (pyscard connections to the test pcscd among them) for the rest of the run
    monkeypatch.setattr(app_module, "freeze_startup_objects", lambda: None)
    seen: dict[str, object] = {}

    def drive() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, LoginDialog) and widget.isVisible() and "login" not in seen:
                seen["login"] = widget.windowTitle()
                widget.form.ui.loginEdit.setText("claire")
                widget.form.ui.passwordEdit.setText(PASSWORDS["claire"])
                widget.form.submit()
            if isinstance(widget, MainWindow) and widget.isVisible() and widget.model.loaded and "rows" not in seen:
                seen["rows"] = widget.model.rowCount()
                seen["user"] = widget.ctx.actor.full_name
                widget.close()

    timer = QTimer()
    timer.timeout.connect(drive)
    timer.start(20)
    QTimer.singleShot(20_000, QApplication.quit)  # never hang the suite
    try:
        rc = app_module.run_gui(gui_world.url, ["mileo-desk"])
    finally:
        timer.stop()
    assert rc == 0
    assert seen == {"login": "Mileo Desk — Connexion", "rows": 6, "user": "Claire Dubois"}


def test_an_empty_registry_without_demo_asks_for_the_first_account(db_worker, tmp_path: Path) -> None:
    services, notice = db_worker.submit(
        lambda: app_module.prepare_database(f"sqlite:///{tmp_path / 'vide.sqlite3'}", demo=False)).result()
    try:
        assert notice is not None and "mileo-desk init" in notice
    finally:
        services.close()


def test_first_run_creates_the_demo_registry(db_worker, tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'premier.sqlite3'}"
    services, notice = db_worker.submit(lambda: app_module.prepare_database(url)).result()
    try:
        assert notice is None
        assert services.setup.has_users()
        hint = db_worker.submit(lambda: app_module.demo_hint(services)).result()
        assert hint is not None and "gardien" in hint
        # the second start opens it as it is
        again, notice = db_worker.submit(lambda: app_module.prepare_database(url)).result()
        again.close()
        assert notice is None
    finally:
        services.close()


def test_the_database_is_only_used_from_the_db_worker(tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        app_module.prepare_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")

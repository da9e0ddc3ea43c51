"""The composition root: start-up on an existing or an empty registry, login, main window."""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from mileo_desk import app as app_module
from mileo_desk.gui.first_admin import FirstAdminDialog
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


def test_first_run_creates_the_demo_registry_on_the_embedded_database_only(
        db_worker, tmp_path: Path, monkeypatch) -> None:
    """Issue 10, item 4: demo accounts (public password) only on this desktop's own database."""
    monkeypatch.delenv(app_module.ENV_DB, raising=False)
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    assert app_module.is_embedded(None)
    services, notice = db_worker.submit(lambda: app_module.prepare_database(None)).result()
    try:
        assert notice is None
        assert services.setup.has_users()
        hint = db_worker.submit(lambda: app_module.demo_hint(services)).result()
        assert hint is not None and "gardien" in hint and "premier démarrage" in hint
        # the second start opens it as it is
        again, notice = db_worker.submit(lambda: app_module.prepare_database(None)).result()
        again.close()
        assert notice is None
    finally:
        services.close()


def test_an_empty_registry_given_by_url_gets_no_demo(db_worker, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    url = f"sqlite:///{tmp_path / 'donne-par-url.sqlite3'}"
    assert not app_module.is_embedded(url)
    monkeypatch.setenv(app_module.ENV_DB, url)
    assert not app_module.is_embedded(None)  # MILEO_DESK_DB is a URL given too
    services, notice = db_worker.submit(lambda: app_module.prepare_database(url)).result()
    try:
        assert notice == app_module.EMPTY_REGISTRY_NOTICE
        assert not services.setup.has_users()
        assert db_worker.submit(lambda: app_module.demo_hint(services)).result() is None
    finally:
        services.close()


def test_run_gui_on_an_empty_url_asks_for_the_first_administrator(qtbot, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("MILEO_DESK_SETTINGS", str(tmp_path / "settings.ini"))
    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "xdg"))
    monkeypatch.setattr(app_module, "install_qt_message_handler", lambda: None)
    monkeypatch.setattr(app_module, "install_excepthook", lambda: None)
    monkeypatch.setattr(app_module, "freeze_startup_objects", lambda: None)
    monkeypatch.setattr(app_module, "_start_readers", lambda ctx, window, demo: None)
    url = f"sqlite:///{tmp_path / 'neuf.sqlite3'}"
    seen: dict[str, object] = {}

    def drive() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, FirstAdminDialog) and widget.isVisible() and "first" not in seen:
                seen["first"] = widget.windowTitle()
                widget.name_edit.setText("Camille Admin")
                widget.login_edit.setText("camille")
                widget.password_edit.setText("Premier-Mileo-2026")
                widget.confirm_edit.setText("Autre-chose")
                widget.submit()
                seen["mismatch"] = widget.error
                widget.password_edit.setText("court")
                widget.confirm_edit.setText("court")
                widget.submit()
            elif isinstance(widget, FirstAdminDialog) and widget.isVisible() and widget.error \
                    and "short" not in seen:
                seen["short"] = widget.error
                widget.password_edit.setText("Premier-Mileo-2026")
                widget.confirm_edit.setText("Premier-Mileo-2026")
                widget.submit()
            if isinstance(widget, LoginDialog) and widget.isVisible() and "login" not in seen:
                seen["login"] = widget.form.ui.loginEdit.text()
                seen["intro"] = widget.form.ui.introLabel.text()
                widget.form.ui.passwordEdit.setText("Premier-Mileo-2026")
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
        rc = app_module.run_gui(url, ["mileo-desk"])
    finally:
        timer.stop()
    assert rc == 0
    assert seen["first"] == "Mileo Desk — Premier administrateur"
    assert seen["mismatch"] == "Les deux mots de passe diffèrent."
    assert "au moins" in str(seen["short"])
    assert seen["login"] == "camille" and "demo-mileo" not in str(seen["intro"])
    assert seen["rows"] == 0 and seen["user"] == "Camille Admin"


def test_the_database_is_only_used_from_the_db_worker(tmp_path: Path) -> None:
    with pytest.raises(AssertionError):
        app_module.prepare_database(f"sqlite:///{tmp_path / 'x.sqlite3'}")

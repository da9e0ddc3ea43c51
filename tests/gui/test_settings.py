"""Typed settings with versioned upgrades (habit 11)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from mileo_desk.gui.settings import AppSettings


def ini(path: Path) -> QSettings:
    return QSettings(str(path), QSettings.Format.IniFormat)


def test_defaults_french_and_five_minutes(qapp, tmp_path: Path) -> None:
    s = AppSettings(ini(tmp_path / "s.ini"))
    assert s.language == "fr"
    assert s.idle_lock_seconds == 300
    assert s.developer_menu is False
    assert s.qsettings.value("settings/version") == AppSettings.VERSION


def test_values_are_coerced_and_clamped(qapp, tmp_path: Path) -> None:
    qs = ini(tmp_path / "s.ini")
    qs.setValue("settings/version", AppSettings.VERSION)
    qs.setValue("ui/language", "klingon")
    qs.setValue("security/idle_lock_seconds", "2")
    qs.setValue("ui/developer_menu", "true")
    s = AppSettings(qs)
    assert s.language == "fr"
    assert s.idle_lock_seconds == 5
    assert s.developer_menu is True
    s.idle_lock_seconds = 10**9
    assert s.idle_lock_seconds == 4 * 3600


def test_old_files_are_upgraded_step_by_step(qapp, tmp_path: Path) -> None:
    qs = ini(tmp_path / "s.ini")
    qs.setValue("language", "English")
    qs.setValue("security/idle_lock_minutes", "3")
    s = AppSettings(qs)
    assert s.language == "en"
    assert s.idle_lock_seconds == 180
    assert qs.value("security/idle_lock_minutes") is None
    assert int(qs.value("settings/version")) == AppSettings.VERSION

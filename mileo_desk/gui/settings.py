"""Typed, declarative settings with versioned upgrades (habit 11: Electrum ``ConfigVar``,
Picard ``config_upgrade``), stored in a :class:`QSettings`.

Each setting is declared once on :class:`AppSettings` with its key, type, default and bounds;
reading coerces and clamps what the file holds, so a hand-edited or stale file never breaks
the station. :meth:`AppSettings.upgrade` migrates older files step by step.
"""

from __future__ import annotations

import contextlib
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Generic, TypeVar, overload

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtWidgets import QDialog, QWidget

log = logging.getLogger("mileo_desk.gui.settings")

T = TypeVar("T")

LANGUAGES = ("fr", "en")
#: the environment variable naming an INI file to use instead of the user's settings
SETTINGS_ENV = "MILEO_DESK_SETTINGS"


class Setting(Generic[T]):
    """One declared setting: ``AppSettings.language`` reads/writes ``ui/language``."""

    def __init__(
        self,
        key: str,
        default: T,
        *,
        choices: tuple[T, ...] | None = None,
        minimum: int | None = None,
        maximum: int | None = None,
        doc: str = "",
    ) -> None:
        self.key = key
        self.default = default
        self.type: type = type(default)
        self.choices = choices
        self.minimum = minimum
        self.maximum = maximum
        self.__doc__ = doc

    def coerce(self, raw: Any) -> T:
        """What *raw* (as QSettings returns it: often a string) means, or the default."""
        if raw is None:
            return self.default
        try:
            if self.type is bool:
                value: Any = raw if isinstance(raw, bool) else str(raw).strip().lower() in ("1", "true", "yes", "on")
            elif self.type is int:
                value = int(raw)
                if self.minimum is not None:
                    value = max(self.minimum, value)
                if self.maximum is not None:
                    value = min(self.maximum, value)
            else:
                value = self.type(raw)
        except (TypeError, ValueError):
            log.warning("setting %s: unreadable value, default used", self.key)
            return self.default
        if self.choices is not None and value not in self.choices:
            return self.default
        return value  # type: ignore[no-any-return]

    @overload
    def __get__(self, obj: None, owner: type) -> Setting[T]: ...
    @overload
    def __get__(self, obj: AppSettings, owner: type) -> T: ...
    def __get__(self, obj: AppSettings | None, owner: type) -> T | Setting[T]:
        if obj is None:
            return self
        return self.coerce(obj.qsettings.value(self.key))

    def __set__(self, obj: AppSettings, value: T) -> None:
        obj.qsettings.setValue(self.key, self.coerce(value))


class AppSettings:
    """The station's settings. ``AppSettings(QSettings(path, QSettings.IniFormat))`` in tests."""

    VERSION = 2

    language = Setting("ui/language", "fr", choices=LANGUAGES, doc="Interface language (French by default).")
    idle_lock_seconds = Setting(
        "security/idle_lock_seconds", 300, minimum=5, maximum=4 * 3600,
        doc="Inactivity after which the station locks (SPEC §8).",
    )
    developer_menu = Setting("ui/developer_menu", False, doc="Show the developer menu (simulated reads).")
    verify_at_login = Setting("security/verify_at_login", True, doc="Verify the whole chain after each login.")
    last_login = Setting("session/last_login", "", doc="Login proposed in the login dialog.")

    def __init__(self, qsettings: QSettings | None = None) -> None:
        if qsettings is None:
            path = os.environ.get(SETTINGS_ENV)
            qsettings = (QSettings(path, QSettings.Format.IniFormat) if path
                         else QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope,
                                        "Mileo Technology", "Mileo Desk"))
        self.qsettings = qsettings
        self.upgrade()

    # -- versioned upgrades

    def upgrade(self) -> None:
        """Bring an older settings file up to :attr:`VERSION`, one step at a time."""
        version = int(str(self.qsettings.value("settings/version", 0) or 0))
        if version == 0 and not self.qsettings.allKeys():
            self.qsettings.setValue("settings/version", self.VERSION)
            return
        for target in range(version + 1, self.VERSION + 1):
            step = _UPGRADES.get(target)
            if step is not None:
                log.info("settings upgraded to version %d", target)
                step(self.qsettings)
        self.qsettings.setValue("settings/version", self.VERSION)

    # -- window and view state (opaque bytes saved by Qt)

    def state(self, name: str) -> QByteArray | None:
        value = self.qsettings.value(f"state/{name}")
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    def set_state(self, name: str, value: QByteArray) -> None:
        self.qsettings.setValue(f"state/{name}", value)

    def sync(self) -> None:
        self.qsettings.sync()


def _upgrade_to_1(qs: QSettings) -> None:
    # version 0 (early builds) stored the language as a display name
    old = qs.value("language")
    if old is not None:
        qs.setValue("ui/language", "en" if str(old).lower().startswith("en") else "fr")
        qs.remove("language")


def _upgrade_to_2(qs: QSettings) -> None:
    # version 1 stored the idle delay in minutes
    old = qs.value("security/idle_lock_minutes")
    if old is not None:
        with contextlib.suppress(TypeError, ValueError):
            qs.setValue("security/idle_lock_seconds", int(old) * 60)
        qs.remove("security/idle_lock_minutes")


_UPGRADES: dict[int, Callable[[QSettings], None]] = {1: _upgrade_to_1, 2: _upgrade_to_2}


# --------------------------------------------------------------------------- language


def resources_dir() -> Path:
    """The ``resources/`` folder: beside the package in a checkout, in the bundle when frozen."""
    env = os.environ.get("MILEO_DESK_RESOURCES")
    candidates = [Path(env)] if env else []
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    package = Path(__file__).resolve().parents[1]
    candidates += [package.parent / "resources", package / "resources"]
    for path in candidates:
        if (path / "translations").is_dir():
            return path
    return candidates[-1]


def translations_dir() -> Path:
    return resources_dir() / "translations"


_installed: list[QTranslator] = []


def apply_language(language: str) -> bool:
    """Install the translators of *language* ("fr" or "en") on the running application.

    French is the source language: its own file gives only the plural forms of %n texts.
    Every widget receives a LanguageChange event and re-translates itself. Returns False
    when the application's translation file could not be loaded (the UI stays French).
    """
    app = QCoreApplication.instance()
    assert app is not None, "no QApplication"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    lang = language if language in LANGUAGES else "fr"
    ok = True
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
    # French is the source, but its plural forms (« 1 objet », « 2 objets ») come from its own
    # file, as Qt's %n texts do in any language
    mine = QTranslator(app)
    if mine.load(f"mileo_desk_{lang}", str(translations_dir())):
        app.installTranslator(mine)
        _installed.append(mine)
    else:
        log.warning("translation %s not found in %s", lang, translations_dir())
        ok = False
    QLocale.setDefault(QLocale("fr_FR" if lang == "fr" else "en_GB"))
    # every widget re-translates itself now rather than at the next turn of the event loop
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)
    return ok


def remove_translators() -> None:
    """Back to the source language (French), without Qt's own translations."""
    app = QCoreApplication.instance()
    for translator in _installed:
        if app is not None:
            app.removeTranslator(translator)
    _installed.clear()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.LanguageChange)


def current_language() -> str:
    """The language of the installed translators ("fr" when none)."""
    for translator in _installed:
        if translator.filePath().endswith(".qm") and "mileo_desk_" in translator.filePath():
            return translator.language()[:2] or "en"
    return "fr"


# --------------------------------------------------------------------------- dialog


class SettingsDialog(QDialog):
    """Language, idle lock delay, full verification at login, developer menu."""

    def __init__(self, settings: AppSettings, parent: QWidget | None = None) -> None:
        from .forms.ui_settings import Ui_SettingsDialog

        super().__init__(parent)
        self.settings = settings
        self.ui = Ui_SettingsDialog()
        self.ui.setupUi(self)
        # language names are written in their own language, never translated
        self.ui.languageCombo.addItem("Français", "fr")
        self.ui.languageCombo.addItem("English", "en")
        self.ui.languageCombo.setCurrentIndex(max(0, self.ui.languageCombo.findData(settings.language)))
        self.ui.idleSpin.setValue(max(1, round(settings.idle_lock_seconds / 60)))
        self.ui.verifyCheck.setChecked(settings.verify_at_login)
        self.ui.developerCheck.setChecked(settings.developer_menu)
        self.resize(self.sizeHint().expandedTo(self.minimumSizeHint()).width() + 40, self.sizeHint().height())

    def accept(self) -> None:
        s = self.settings
        s.idle_lock_seconds = self.ui.idleSpin.value() * 60
        s.verify_at_login = self.ui.verifyCheck.isChecked()
        s.developer_menu = self.ui.developerCheck.isChecked()
        language = str(self.ui.languageCombo.currentData())
        changed = language != s.language
        s.language = language
        s.sync()
        if changed:
            apply_language(language)
        super().accept()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.ui.retranslateUi(self)
        super().changeEvent(event)

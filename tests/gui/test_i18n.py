"""French first, English shipped (.qm), chosen in the settings dialog; dates in Paris time."""

from __future__ import annotations

import xml.etree.ElementTree as ET

from PySide6.QtCore import Qt

from mileo_desk.gui.models.registry_model import Column
from mileo_desk.gui.settings import SettingsDialog, apply_language, translations_dir
from tests.gui.conftest import wait_idle

#: translation contexts of the main window, its panel, dashboard, login, lock and settings
WINDOW_CONTEXTS = {"MainWindow", "ItemPanel", "MovementCard", "RegistryModel", "DashboardView", "LoginForm",
                   "LoginDialog", "LockScreen", "SettingsDialog", "ScanEntryDialog", "ChainStatus", "Labels",
                   "ReceiptDialog", "_SignatureThumb", "App"}


def test_the_english_translation_is_shipped_compiled() -> None:
    ts = translations_dir() / "mileo_desk_en.ts"
    qm = translations_dir() / "mileo_desk_en.qm"
    assert ts.is_file() and qm.is_file()
    assert qm.stat().st_mtime >= ts.stat().st_mtime - 1 or qm.stat().st_size > 0
    root = ET.parse(ts).getroot()
    untranslated = [
        (c.findtext("name"), m.findtext("source"))
        for c in root.iter("context") if c.findtext("name") in WINDOW_CONTEXTS
        for m in c.iter("message") if m.find("translation").get("type") == "unfinished"
    ]
    assert untranslated == []


def test_switching_to_english_in_the_settings_dialog(qtbot, window, gui_world) -> None:
    window.open_item(gui_world.ids.overdue_master_id)
    qtbot.waitUntil(lambda: window.panel.item is not None)
    wait_idle(qtbot, window.ctx)
    assert window.ui.menuFile.title() == "&Fichier"
    window.open_settings()
    dialog = window.current_dialog
    assert isinstance(dialog, SettingsDialog)
    assert dialog.ui.languageCombo.currentData() == "fr"
    dialog.ui.languageCombo.setCurrentIndex(dialog.ui.languageCombo.findData("en"))
    dialog.ui.idleSpin.setValue(7)
    dialog.accept()
    assert window.ctx.settings.language == "en"
    assert window.ctx.settings.idle_lock_seconds == 420
    assert window.idle.timeout_ms == 420_000
    # menus, actions, headers, combos, panel and statuses are English at once
    assert window.ui.menuFile.title() == "&File"
    assert window.ui.actionReceive.text() == "Receive an item…"
    assert window.ui.actionAttribute.text() == "Attribute to a technician…"
    assert window.model.headerData(Column.REGISTRY_ID, Qt.Orientation.Horizontal) == "Registry id"
    assert window.ui.typeCombo.itemText(0) == "All types"
    assert [window.ui.clientCombo.itemText(0), window.ui.siteCombo.itemText(0), window.ui.holderCombo.itemText(0)] == [
        "All clients", "All sites", "All holders"]
    assert window.ui.countLabel.text() == "6 items"
    row = window.model.row_of(gui_world.ids.overdue_master_id)
    assert window.model.index(row, Column.TYPE).data() == "Master key"
    assert window.model.index(row, Column.OVERDUE).data() == "Overdue"
    assert window.model.index(row, Column.DUE).data() == "10/03/2026 14:00"  # still Paris time
    panel = window.panel.ui
    assert panel.holderCaption.text() == "Holder:"
    assert panel.stateLabel.text() == "In service"
    assert "History intact (2 movements of the item)" in panel.chainLabel.text()
    assert window.ui.tabs.tabText(1) == "Dashboard"
    # and back to French
    assert apply_language("fr")
    assert window.ui.menuFile.title() == "&Fichier"
    assert window.ui.countLabel.text() == "6 objets"


def test_the_language_is_applied_at_start_from_the_settings(qtbot, settings, make_ctx, make_window) -> None:
    settings.language = "en"
    apply_language(settings.language)
    window = make_window(make_ctx())
    assert window.ui.actionLock.text() == "Lock the station"
    assert window.lock_screen.ui.titleLabel.text() == "Station locked"


def test_actions_added_in_code_follow_the_language(qtbot, window) -> None:
    """Issue 10, item 10: the Tools menu's « Lecteurs… » and demo entries switch too."""
    from PySide6.QtCore import QT_TRANSLATE_NOOP
    from PySide6.QtGui import QAction

    from mileo_desk.gui.i18n import mark

    readers, demo = QAction(window), QAction(window)
    mark(readers, "DeviceSetup", QT_TRANSLATE_NOOP("DeviceSetup", "Lecteurs…"),
         QT_TRANSLATE_NOOP("DeviceSetup", "Choisir et tester les lecteurs de cartes et de porte-clés"))
    mark(demo, "DeviceSetup", QT_TRANSLATE_NOOP("DeviceSetup", "Démo : poser la carte virtuelle"))
    window.ui.menuTools.addAction(readers)
    window.ui.menuTools.addAction(demo)
    assert (readers.text(), demo.text()) == ("Lecteurs…", "Démo : poser la carte virtuelle")
    assert apply_language("en")
    assert (readers.text(), demo.text()) == ("Readers…", "Demo: tap the virtual card")
    assert readers.statusTip() == "Choose and test the card and key tag readers"
    assert apply_language("fr")
    assert readers.text() == "Lecteurs…"


def test_the_status_after_an_operation_agrees_with_the_movement(qtbot) -> None:
    """Issue 10, item 9: « Attribution enregistrée », « Retour enregistré », never « enregistré(e) »."""
    from mileo_desk.domain.enums import MovementKind
    from mileo_desk.gui.models.labels import movement_recorded

    assert movement_recorded(MovementKind.ATTRIBUTION, "ECL-00001") == "Attribution enregistrée pour ECL-00001."
    assert movement_recorded(MovementKind.RETURN, "ECL-00001") == "Retour enregistré pour ECL-00001."
    assert all("(e)" not in movement_recorded(k, "X") for k in MovementKind)
    assert apply_language("en")
    try:
        assert movement_recorded(MovementKind.RETURN, "ECL-00001") == "Return recorded for ECL-00001."
        assert all("enregistr" not in movement_recorded(k, "X") for k in MovementKind)
    finally:
        assert apply_language("fr")


def test_french_plurals_and_whole_filter_entries(qtbot, window) -> None:
    """Issue 10, item 9: « 1 objet », « 6 objets »; « Tous les détenteurs » not clipped."""
    from PySide6.QtCore import QCoreApplication

    def count(n: int) -> str:
        return QCoreApplication.translate("RegistryTabMixin", "%n objet(s)", "", n)

    assert (count(0), count(1), count(2)) == ("0 objet", "1 objet", "2 objets")
    for combo in (window.ui.clientCombo, window.ui.siteCombo, window.ui.holderCombo):
        text = combo.itemText(0)
        assert text.startswith("Tous les ")
        assert combo.minimumContentsLength() >= len(text)

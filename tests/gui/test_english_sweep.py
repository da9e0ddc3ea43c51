"""After switching to English, every screen and every dialog speaks English (issue 10, item 10):
the window, its menus and panel, the dashboard, the lock screen, the readers dialog, the
settings, every operation dialog and the refusals they show. What may stay French is data
(names of people, clients, sites, notes) and proper nouns."""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPlainTextEdit,
    QTabWidget,
    QWidget,
)

from mileo_desk.domain.enums import ItemType, Role
from mileo_desk.gui import dialogs
from mileo_desk.gui.settings import apply_language
from tests.gui.conftest import wait_idle
from tests.gui.test_signature_pad import OFFSCREEN_LIMITS

pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)]

#: words only French text has (whole words, or the French quotes)
_FRENCH = re.compile(
    r"(«|»|\b(le|la|les|des|du|une|est|sont|objet|objets|clé|clés|Choisissez|Enregistrer|Annuler|Fermer|"
    r"retour|prévu|signature de|aucun|aucune|technicien|gardien|client du|au siège|détenteur|Rechercher)\b)",
    re.IGNORECASE,
)
#: what is data or a proper noun in the GUI world: names, clients, sites, notes, procedures
_DATA = re.compile(
    r"Société des Écluses|Banque du Nord|Entrepôt|Salle des serveurs|Agence|Opéra|Thomas Éclair|Noël Dupré|"
    r"Claire Dubois|Olivier|Sophie|Victor|Inès|Paul|PROC-INT-\d+|CHR-GOV-\d+|Mileo|Maintenance|Astreinte|"
    r"Rendu en bon état|clé portail|Clé portail|Porte|Badge salle|Passe|Mécanique|Parking|quai|rue |avenue|"
    r"boulevard|Paris|Pantin|\d{2}/\d{2}/\d{4}|Clé maîtresse bâtiment \w|Clé mécanique \w|Clé à code local",
    re.IGNORECASE,
)


def texts_of(root: QWidget) -> Iterator[tuple[str, str]]:
    """(where, text) of what a person reads in *root*: titles, labels, buttons, placeholders,
    group boxes, combo entries, tabs and tooltips of visible widgets."""
    yield type(root).__name__, root.windowTitle()
    for widget in [root, *root.findChildren(QWidget)]:
        if not widget.isVisibleTo(root):
            continue
        name = f"{type(root).__name__}/{type(widget).__name__}:{widget.objectName()}"
        if isinstance(widget, QLabel | QAbstractButton):
            yield name, widget.text()
        elif isinstance(widget, QGroupBox):
            yield name, widget.title()
        elif isinstance(widget, QLineEdit | QPlainTextEdit):
            yield name, widget.placeholderText()
        elif isinstance(widget, QComboBox):
            yield name, widget.placeholderText()
            for i in range(min(widget.count(), 3)):  # the fixed first entries, not the data
                yield f"{name}[{i}]", widget.itemText(i)
        elif isinstance(widget, QTabWidget):
            for i in range(widget.count()):
                yield f"{name}[{i}]", widget.tabText(i)
        if widget.toolTip():
            yield f"{name}(tooltip)", widget.toolTip()


#: the statement a person signs is the legal text the receipt prints, in French whatever the
#: interface's language (domain.wording): shown as it will be archived, never translated
_SIGNED = ":signatureStatement"


def french_in(root: QWidget) -> list[tuple[str, str]]:
    found = []
    for where, text in texts_of(root):
        if where.endswith(_SIGNED):
            continue
        plain = re.sub(r"<[^>]+>", " ", text or "")
        plain = _DATA.sub(" ", plain)
        if _FRENCH.search(plain):
            found.append((where, text))
    return found


@pytest.fixture
def english(qapp) -> Iterator[None]:  # type: ignore[no-untyped-def]
    apply_language("en")
    yield
    apply_language("fr")


def test_the_window_and_its_menus_are_english(qtbot, english, window, gui_world) -> None:
    window.open_item(gui_world.ids.held_key_id)
    qtbot.waitUntil(lambda: window.panel.item is not None and not window.panel.loading)
    wait_idle(qtbot, window.ctx)
    assert french_in(window) == []
    menus = [(m.title(), [a.text() for a in m.actions()]) for m in window.menuBar().findChildren(type(
        window.ui.menuFile))]
    french_menus = [(title, text) for title, entries in menus for text in [title, *entries]
                    if text and _FRENCH.search(_DATA.sub(" ", text))]
    assert french_menus == []
    # an unavailable action's reason, from the domain, is English too
    reason = window.ui.actionAttribute.statusTip()
    assert reason and not _FRENCH.search(_DATA.sub(" ", reason)), reason
    window.ui.tabs.setCurrentWidget(window.ui.dashboardTab)
    qtbot.waitUntil(lambda: window.dashboard.loaded)
    assert french_in(window.dashboard) == []
    window.lock()
    assert french_in(window.lock_screen) == []


def _dialog_cases(gui_world: Any, ctx: Any, manager_ctx: Any) -> list[tuple[Any, tuple[Any, ...], dict[str, Any]]]:
    q = gui_world.svc.queries
    custodian = gui_world.custodian
    held = q.get_item(custodian, item_id=gui_world.ids.held_key_id)
    lost = q.get_item(custodian, item_id=gui_world.ids.lost_code_key_id)
    at_hq = q.get_item(custodian, item_id=gui_world.ids.world.items[ItemType.MASTER_KEY])
    movement = q.history(custodian, item_id=held.id)[-1]
    client = gui_world.svc.directory.list_clients(manager_ctx.actor)[0]
    return [
        (dialogs.ReceiveDialog, (ctx,), {}),
        (dialogs.AttributeDialog, (ctx, at_hq), {}),
        (dialogs.ReturnDialog, (ctx, held), {}),
        (dialogs.TransferDialog, (ctx, held), {}),
        (dialogs.LossDialog, (ctx, held), {}),
        (dialogs.LossDialog, (ctx, held), {"stolen": True}),
        (dialogs.FoundDialog, (ctx, lost), {}),
        (dialogs.RestituteDialog, (ctx, at_hq), {}),
        (dialogs.DuplicateDialog, (manager_ctx, at_hq), {}),
        (dialogs.CorrectionDialog, (ctx, movement), {}),
        (dialogs.ClientDialog, (manager_ctx,), {}),
        (dialogs.SiteDialog, (manager_ctx,), {"client": client}),
        (dialogs.PersonDialog, (manager_ctx,), {}),
    ]


def test_every_dialog_and_its_refusal_are_english(qtbot, english, ctx, make_ctx, gui_world) -> None:
    manager_ctx = make_ctx(Role.OPERATIONS_MANAGER)
    french: list[Any] = []
    for cls, args, kwargs in _dialog_cases(gui_world, ctx, manager_ctx):
        dialog = cls(*args, **kwargs)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitUntil(lambda d=dialog: getattr(d, "is_ready", lambda: True)())
        french += french_in(dialog)
        # validate as is: the refusal (a service's or the dialog's own) is English too
        dialog.ok_button.click()
        qtbot.waitUntil(lambda d=dialog: not d.is_busy(), timeout=10_000)
        if dialog.error_banner.isVisible():
            text = dialog.error_banner.text()
            if _FRENCH.search(_DATA.sub(" ", text)):
                french.append((cls.__name__, text))
        dialog.reject()
        wait_idle(qtbot, ctx)
    assert french == []


def test_the_settings_and_readers_dialogs_are_english(qtbot, english, window, ctx) -> None:
    window.open_settings()
    settings = window.current_dialog
    assert isinstance(settings, QDialog)
    assert french_in(settings) == []
    settings.reject()
    assert isinstance(window, QMainWindow)
    # the readers dialog with a (simulated) reader: its table, its status texts, its prompt
    from mileo_desk.devices import DeviceManager
    from mileo_desk.devices.simulated import SimulatedReader
    from mileo_desk.gui.devices_bridge import DeviceBridge
    from mileo_desk.gui.readers_page import ReadersDialog

    bridge = DeviceBridge(DeviceManager([SimulatedReader()]), ctx)
    bridge.start()
    try:
        qtbot.waitUntil(lambda: bool(bridge.readers()))
        readers = ReadersDialog(ctx, bridge)
        qtbot.addWidget(readers)
        readers.show()
        table = [readers.table.item(r, c).text() for r in range(readers.table.rowCount())
                 for c in range(readers.table.columnCount()) if readers.table.item(r, c) is not None]
        headers = [readers.table.horizontalHeaderItem(c).text() for c in range(readers.table.columnCount())]
        assert [t for t in [*table, *headers] if _FRENCH.search(_DATA.sub(" ", t))] == []
        assert french_in(readers) == []
    finally:
        bridge.stop()

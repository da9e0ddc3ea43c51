"""Scan-first (SPEC §6): a read anywhere opens the item; an unknown UID offers to register it."""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QMessageBox

from mileo_desk.devices.protocols import DeviceFamily, KeyTagCheck, KeyTagState, ReadEvent, ReadKind
from mileo_desk.gui.scan import ScanEntryDialog, make_keyboard_read
from tests.conftest import BADGE_UID, TEMP_CARD_UID, THOMAS_BADGE
from tests.gui.conftest import wait_idle


def card(uid: str | None, **kw) -> ReadEvent:  # type: ignore[no-untyped-def]
    return ReadEvent(reader="Lecteur de test", family=DeviceFamily.SIMULATED, kind=ReadKind.CARD_UID, uid=uid, **kw)


def test_a_known_card_opens_its_item_even_from_the_dashboard(qtbot, window, gui_world) -> None:
    window.ui.tabs.setCurrentWidget(window.ui.dashboardTab)
    window.ui.itemDock.hide()
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as blocker:
        window.ctx.scan.submit(card(BADGE_UID))
    assert blocker.args[0] == "item"
    panel = window.panel
    assert panel.item is not None and panel.item.registry_id == "ECL-00001"
    assert window.ui.itemDock.isVisible()
    assert window.ui.tabs.currentWidget() is window.ui.dashboardTab, "the user stays where they are"
    assert len(panel.history) == 1 and panel.chain_status.ok
    # the registry row follows, just after the panel was painted
    qtbot.waitUntil(lambda: window.ui.table.currentIndex().isValid())
    assert window.model.item_id_at(window.ui.table.currentIndex().row()) == panel.item.id
    wait_idle(qtbot, window.ctx)


def test_reads_from_a_reader_thread_arrive_on_the_gui_thread(qtbot, window) -> None:
    seen: list[bool] = []
    window.ctx.scan.read.connect(lambda _e: seen.append(QThread.currentThread() == QApplication.instance().thread()))
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        threading.Thread(target=window.ctx.scan.submit, args=(card(TEMP_CARD_UID),), name="mileo-pcsc").start()
    assert seen == [True]
    assert window.panel.item.registry_id == "ECL-00005"
    wait_idle(qtbot, window.ctx)


def test_an_unknown_uid_offers_to_register_it(qtbot, window) -> None:
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as blocker:
        window.ctx.scan.submit(card("04AABBCCDDEE01"))
    assert blocker.args == ["unknown", "04AABBCCDDEE01"]
    box = window.unknown_box
    assert box is not None and box.isVisible()
    assert box.text() == "L'UID 04AABBCCDDEE01 ne correspond à aucun objet du registre."
    assert box.informativeText() == "Voulez-vous réceptionner un nouvel objet avec cet UID ?"
    yes = box.button(QMessageBox.StandardButton.Yes)
    assert yes.text() == "Réceptionner…"
    yes.click()
    qtbot.waitUntil(lambda: window.current_dialog is not None)
    dialog = window.current_dialog
    assert type(dialog).__name__ == "ReceiveDialog"
    assert dialog.card_edit.text() == "04AABBCCDDEE01"
    qtbot.waitUntil(dialog.is_ready)
    dialog.reject()
    wait_idle(qtbot, window.ctx)


def test_a_technician_badge_shows_what_he_holds(qtbot, window, gui_world) -> None:
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as blocker:
        window.ctx.scan.submit(card(THOMAS_BADGE))
    assert blocker.args[0] == "person"
    assert window.ui.holderCombo.currentData() == gui_world.ids.world.actors[next(
        r for r in gui_world.ids.world.actors if r.value == "technician")].person_id
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    assert window.model.rowCount() == 2
    assert "Badge Mileo de Thomas Éclair" in window.ui.statusbar.currentMessage()


def test_a_dialog_that_grabs_reads_gets_them_instead_of_the_window(qtbot, window) -> None:
    got: list[object] = []
    handled: list[str] = []
    window.scan_handled.connect(lambda kind, _p: handled.append(kind))
    release = window.ctx.scan.grab(got.append)
    event = card(BADGE_UID)
    window.ctx.scan.submit(event)
    assert got == [event] and handled == []
    release()
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        window.ctx.scan.submit(event)
    assert got == [event]
    wait_idle(qtbot, window.ctx)


def test_a_copied_key_tag_opens_the_item_with_a_warning(qtbot, window) -> None:
    event = ReadEvent(reader="NFC", family=DeviceFamily.NFC, kind=ReadKind.NFC_TAG, uid="E004015012345678",
                      key_tag=KeyTagCheck(KeyTagState.COPIED, "ECL-00004", "Écrit pour un autre porte-clés."))
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        window.ctx.scan.submit(event)
    # the UID is trusted, not the registry id the tag claims
    assert window.panel.item.registry_id == "ECL-00002"
    qtbot.waitUntil(lambda: any(isinstance(w, QMessageBox) and w.isVisible() and w.windowTitle() == "Porte-clés suspect"
                                for w in QApplication.topLevelWidgets()))
    for w in QApplication.topLevelWidgets():
        if isinstance(w, QMessageBox):
            w.reject()
    wait_idle(qtbot, window.ctx)


def test_keyboard_entry_and_wedge_reader_in_the_search_field(qtbot, window) -> None:
    # Ctrl+K: type a registry id
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.current_dialog, ScanEntryDialog))
    dialog = window.current_dialog
    qtbot.keyClicks(dialog.ui.codeEdit, "ecl-00003")
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert window.panel.item.registry_id == "ECL-00003"
    # a keyboard-wedge reader types the UID into the search field, then Enter
    window.ui.searchEdit.setFocus()
    qtbot.keyClicks(window.ui.searchEdit, "04:A2:B3:C4:D5:E6:80")
    with qtbot.waitSignal(window.scan_handled, timeout=5000):
        qtbot.keyClick(window.ui.searchEdit, Qt.Key.Key_Return)
    assert window.panel.item.registry_id == "ECL-00001"
    wait_idle(qtbot, window.ctx)


def test_keyboard_reads_are_read_events() -> None:
    uid = make_keyboard_read(" 04 a2 b3 c4 ")
    assert uid.uid == "04A2B3C4" and uid.kind is ReadKind.WEDGE_UID and uid.registry_id is None
    code = make_keyboard_read("ecl-00001")
    assert code.uid is None and code.registry_id == "ECL-00001" and code.kind is ReadKind.BARCODE


def test_an_unknown_code_typed_is_reported_as_typed(qtbot, window) -> None:
    """Issue 10, item 7: « Saisir un code » ZZZ-99999 is not reported as « ZZZ99999 »."""
    qtbot.keyClick(window, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(window.current_dialog, ScanEntryDialog))
    dialog = window.current_dialog
    qtbot.keyClicks(dialog.ui.codeEdit, "ZZZ-99999")
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as blocker:
        qtbot.keyClick(dialog.ui.codeEdit, Qt.Key.Key_Return)
    assert blocker.args == ["unknown", "ZZZ-99999"]
    box = window.unknown_box
    assert box is not None and box.isVisible()
    # a registry id is no UID: nothing to register, the code as it was typed
    assert box.windowTitle() == "Code inconnu"
    assert box.text() == "Aucun objet du registre ne correspond à « ZZZ-99999 »."
    box.reject()
    # a UID typed with separators is a UID: shown in the registry's form, offered for reception
    with qtbot.waitSignal(window.scan_handled, timeout=5000) as blocker:
        window.ctx.scan.submit(make_keyboard_read("04:aa:bb:cc"))
    assert blocker.args == ["unknown", "04AABBCC"]
    assert window.unknown_box.text() == "L'UID 04AABBCC ne correspond à aucun objet du registre."
    window.unknown_box.reject()
    wait_idle(qtbot, window.ctx)

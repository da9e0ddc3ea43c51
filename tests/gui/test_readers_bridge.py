"""Readers in the window without hardware: the bridge, the status-bar widget, the keyboard-wedge
filter and the readers page, driven by the SimulatedReader (same contract as the real ones)."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt, QThread
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QVBoxLayout, QWidget

from mileo_desk.devices import messages as msg
from mileo_desk.devices.manager import DeviceManager
from mileo_desk.devices.protocols import (
    BackendStatus,
    DeviceFamily,
    DeviceState,
    KeyTagCheck,
    KeyTagState,
    NdefRecordInfo,
    ReaderStatus,
    ReadEvent,
    ReadKind,
)
from mileo_desk.devices.simulated import DEFAULT_READER, SimulatedReader
from mileo_desk.gui.device_setup import attach
from mileo_desk.gui.devices_bridge import DISABLED_KEY, DeviceBridge, WedgeInput, load_disabled
from mileo_desk.gui.readers_page import ReadersDialog
from mileo_desk.gui.widgets.reader_status import ReaderStatusWidget
from tests.conftest import BADGE_UID
from tests.gui.conftest import wait_idle

pytestmark = pytest.mark.timeout(60)


@pytest.fixture
def sim() -> SimulatedReader:
    return SimulatedReader()


@pytest.fixture
def bridge(ctx, sim: SimulatedReader) -> Iterator[DeviceBridge]:  # type: ignore[no-untyped-def]
    manager = DeviceManager([sim])
    b = DeviceBridge(manager, ctx)
    b.start()
    yield b
    b.stop()


def is_gui_thread() -> bool:
    return QThread.currentThread() == QApplication.instance().thread()


def present(widget: ReaderStatusWidget, name: str = DEFAULT_READER) -> bool:
    return any(text == name and state == "present" for state, text, _ in widget.entries())


# ------------------------------------------------------------------ status widget


def test_status_widget_shows_present_absent_and_error_with_reason(qtbot, bridge, sim) -> None:
    widget = ReaderStatusWidget(bridge)
    qtbot.addWidget(widget)
    qtbot.waitUntil(lambda: present(widget))
    [(_, _, tooltip)] = widget.entries()
    assert tooltip == "Lecteur simulé : présent"
    assert widget.indicators[0].label.text() == "Lecteur simulé"

    sim.unplug()
    qtbot.waitUntil(lambda: widget.entries()[0][0] == "absent")
    assert widget.entries()[0][2] == "Lecteur simulé : absent\nLecteur débranché."
    assert widget.indicators[0].toolTip() == "Lecteur simulé : absent\nLecteur débranché."

    # an error of a reader, reported from an I/O thread
    error = ReaderStatus("Lecteur du guichet", DeviceFamily.PCSC, DeviceState.ERROR, msg.READER_EXCLUSIVE)
    threading.Thread(target=bridge.on_device_event, args=(error,), name="mileo-pcsc").start()
    qtbot.waitUntil(lambda: len(widget.indicators) == 2)
    by_name = {text: (state, tip) for state, text, tip in widget.entries()}
    assert by_name["Lecteur du guichet"] == (
        "error", "Lecteur du guichet : erreur\nLecteur utilisé en exclusivité par une autre application.")


def test_status_widget_summary_without_readers(qtbot, ctx) -> None:
    bridge = DeviceBridge(DeviceManager([]), ctx)
    widget = ReaderStatusWidget(bridge)
    qtbot.addWidget(widget)
    assert [(s, t) for s, t, _ in widget.entries()] == [("absent", "Aucun lecteur")]
    bridge.on_device_event(BackendStatus(DeviceFamily.PCSC, DeviceState.UNUSABLE, msg.PCSC_SERVICE_DOWN))
    [(state, text, tooltip)] = widget.entries()
    assert (state, text) == ("unusable", "Aucun lecteur")
    assert tooltip.endswith("Le service de cartes à puce (pcscd) ne répond pas ; nouvel essai automatique.")


def test_without_the_device_layer_a_single_status(qtbot, ctx) -> None:
    bridge = DeviceBridge(None, ctx)
    bridge.start()  # nothing to start
    widget = ReaderStatusWidget(bridge)
    qtbot.addWidget(widget)
    [(state, text, tooltip)] = widget.entries()
    assert (state, text) == ("unusable", "Lecteurs non installés")
    assert "n'est pas installé" in tooltip
    assert not bridge.available and not bridge.can_write_tags()


# ------------------------------------------------------------------ bridge


def test_bridge_delivers_reads_on_the_gui_thread_through_the_scan_hub(qtbot, ctx, bridge, sim) -> None:
    seen: dict[str, list[bool]] = {"read": [], "presence": [], "scan": [], "failed": []}
    bridge.read_received.connect(lambda _e: seen["read"].append(is_gui_thread()))
    bridge.card_presence_changed.connect(lambda _e: seen["presence"].append(is_gui_thread()))
    bridge.read_failed.connect(lambda _e: seen["failed"].append(is_gui_thread()))
    got: list[ReadEvent] = []
    release = ctx.scan.grab(lambda e: (got.append(e), seen["scan"].append(is_gui_thread())))
    try:
        qtbot.waitUntil(lambda: bool(bridge.readers()))
        with qtbot.waitSignal(bridge.read_received, timeout=3000) as blocker:
            sim.tap(BADGE_UID)
        assert blocker.args[0].uid == BADGE_UID
        assert got == [blocker.args[0]], "every read goes through the scan-first entry point"
        qtbot.waitUntil(lambda: len(seen["presence"]) == 2)  # put on, taken off
        with qtbot.waitSignal(bridge.read_failed, timeout=3000) as failed:
            sim.fail_next_read()
            sim.tap(BADGE_UID, hold=0.05)
        assert failed.args[0].reason_fr == msg.CARD_REMOVED_DURING_READ
    finally:
        release()
    assert all(all(v) for v in seen.values()) and all(seen.values())
    assert [s.state for s in bridge.readers()] == [DeviceState.PRESENT]


def test_disabled_readers_are_ignored_and_persisted(qtbot, ctx, bridge, sim) -> None:
    got: list[object] = []
    release = ctx.scan.grab(got.append)
    try:
        bridge.set_disabled({DEFAULT_READER})
        assert load_disabled(ctx.settings.qsettings) == {DEFAULT_READER}
        sim.tap(BADGE_UID, hold=0.05)
        sim.wait_idle()
        qtbot.wait(150)
        assert got == []
        bridge.set_disabled(set())
        with qtbot.waitSignal(bridge.read_received, timeout=3000):
            sim.tap(BADGE_UID, hold=0.05)
        assert len(got) == 1
    finally:
        release()


# ------------------------------------------------------------------ keyboard wedge


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


@pytest.fixture
def typing_target(qtbot) -> Iterator[tuple[QWidget, QLineEdit, QLineEdit, WedgeInput, Clock]]:  # type: ignore[no-untyped-def]
    manager = DeviceManager([])
    wedge = WedgeInput(manager)
    clock = Clock()
    wedge.clock = clock
    page = QWidget()
    layout = QVBoxLayout(page)
    edit, password = QLineEdit(page), QLineEdit(page)
    password.setEchoMode(QLineEdit.EchoMode.Password)
    layout.addWidget(edit)
    layout.addWidget(password)
    qtbot.addWidget(page)
    page.show()
    qtbot.waitExposed(page)
    page.activateWindow()
    edit.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is edit)
    app = QApplication.instance()
    app.installEventFilter(wedge)
    yield page, edit, password, wedge, clock
    app.removeEventFilter(wedge)


def type_text(qtbot, widget: QWidget, text: str, clock: Clock, gap: float) -> None:  # type: ignore[no-untyped-def]
    for char in text:
        clock.t += gap
        qtbot.keyClick(widget, char)


def test_a_scanner_burst_is_a_read_and_is_not_typed(qtbot, typing_target) -> None:
    _page, edit, _pw, wedge, clock = typing_target
    reads: list[ReadEvent] = []
    wedge.manager.subscribe(reads.append)
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))
    with qtbot.waitSignal(wedge.burst_recognised, timeout=1000) as blocker:
        type_text(qtbot, edit, "04a2b3c4d5e680", clock, 0.008)
        clock.t += 0.008
        qtbot.keyClick(edit, Qt.Key.Key_Return)
    read = blocker.args[0]
    assert read.kind is ReadKind.WEDGE_UID and read.uid == BADGE_UID
    assert reads == [read], "delivered to the manager's subscribers (the bridge)"
    qtbot.wait(80)
    assert edit.text() == "", "the burst never reached the focused field"
    assert returns == [], "nor did its Enter"


def test_a_person_typing_is_not_a_read(qtbot, typing_target) -> None:
    _page, edit, _pw, wedge, clock = typing_target
    reads: list[ReadEvent] = []
    wedge.manager.subscribe(reads.append)
    returns: list[bool] = []
    edit.returnPressed.connect(lambda: returns.append(True))
    type_text(qtbot, edit, "Cle B12", clock, 0.150)
    qtbot.waitUntil(lambda: edit.text() == "Cle B12", timeout=1000)
    clock.t += 0.15
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert returns == [True]
    # held keys are released in order, even when a control key interrupts them
    type_text(qtbot, edit, "xy", clock, 0.01)
    qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert edit.text() == "Cle B12x"
    assert reads == []


def test_a_person_typing_in_real_time(qtbot, typing_target) -> None:
    _page, edit, _pw, wedge, _clock = typing_target
    import time

    wedge.clock = time.monotonic
    reads: list[ReadEvent] = []
    wedge.manager.subscribe(reads.append)
    for char in "ABCD1234":
        qtbot.keyClick(edit, char)
        qtbot.wait(90)
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert edit.text() == "ABCD1234" and reads == []


def test_password_fields_are_left_alone(qtbot, typing_target) -> None:
    _page, _edit, password, wedge, clock = typing_target
    password.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is password)
    reads: list[ReadEvent] = []
    wedge.manager.subscribe(reads.append)
    type_text(qtbot, password, "DEADBEEF", clock, 0.005)
    qtbot.keyClick(password, Qt.Key.Key_Return)
    assert password.text() == "DEADBEEF" and reads == [] and wedge.held_text == ""


# ------------------------------------------------------------------ readers page


def forged_tag_read(uid: str = BADGE_UID) -> dict[str, object]:
    check = KeyTagCheck(KeyTagState.FORGED, "ECL-00002", msg.KEYTAG_FORGED)
    record = NdefRecordInfo("urn:nfc:ext:mileo.fr:keytag", payload_hex="00" * 40)
    return {"kind": ReadKind.NFC_TAG, "key_tag": check, "ndef_records": (record,),
            "technology": "NFC Forum Type 2 (NXP NTAG213)", "atr": None}


def test_readers_page_lists_tests_and_saves(qtbot, ctx, bridge, sim) -> None:
    qtbot.waitUntil(lambda: bool(bridge.readers()))
    dialog = ReadersDialog(ctx, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.reader_names() == [DEFAULT_READER]
    assert dialog.table.item(0, 3).text() == "présent"
    assert dialog.prompt.text() == "Cliquez sur « Tester » puis présentez une carte à un lecteur."
    dialog.test_button.click()
    assert dialog.testing and dialog.prompt.text() == "Présentez une carte ou un porte-clés…"

    opened: list[object] = []
    ctx.scan.unclaimed.connect(opened.append)
    with qtbot.waitSignal(dialog.resolution_shown, timeout=5000):
        sim.tap(BADGE_UID, hold=0.05)
    assert dialog.uid_value.text() == BADGE_UID
    assert dialog.tech_value.text() == "MIFARE Classic 1K"
    assert dialog.keytag_value.text() == "pas un porte-clés Mileo"
    assert dialog.resolved_value.text().startswith("Objet ECL-00001 — ")
    assert opened == [], "a test read does not open the item behind the dialog"

    # a forged key tag: a clear verdict, and its claim is not trusted
    sim.wait_idle()
    qtbot.wait(100)
    with qtbot.waitSignal(dialog.resolution_shown, timeout=5000):
        sim.tap("04FFEEDDCCBBAA", hold=0.05, **forged_tag_read())  # type: ignore[arg-type]
    assert dialog.keytag_value.text().startswith("FALSIFIÉ — ne pas se fier à cet objet (annonce ECL-00002)")
    assert "sceau" in dialog.keytag_value.text()
    assert dialog.resolved_value.text() == "Inconnu dans le registre"

    # a failed read
    sim.wait_idle()
    qtbot.wait(100)
    with qtbot.waitSignal(dialog.test_read_shown, timeout=3000):
        sim.fail_next_read()
        sim.tap(BADGE_UID, hold=0.05)
    assert dialog.prompt.text() == ("Lecture échouée sur « Lecteur simulé » : Carte retirée pendant la lecture : "
                                    "reposez-la et maintenez-la sur le lecteur.")

    # switch the reader off, save: persisted under readers/disabled
    dialog.set_reader_enabled(DEFAULT_READER, False)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert not dialog.testing and not ctx.scan.grabbed
    assert bridge.disabled == {DEFAULT_READER}
    assert load_disabled(ctx.settings.qsettings) == {DEFAULT_READER}
    assert ctx.settings.qsettings.contains(DISABLED_KEY)
    wait_idle(qtbot, ctx)


def test_writing_a_key_tag_without_nfc_reader_says_why(qtbot, ctx, bridge) -> None:
    dialog = ReadersDialog(ctx, bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.write_box.isVisible(), "custodians may write key tags"
    dialog.registry_edit.setText("ECL-00001")
    with qtbot.waitSignal(dialog.write_finished, timeout=3000) as blocker:
        dialog.write_button.click()
    assert blocker.args == [False, "Aucun lecteur NFC n'est configuré pour écrire une étiquette."]


def test_technicians_cannot_write_key_tags(qtbot, make_ctx, bridge) -> None:
    from mileo_desk.domain.enums import Role

    dialog = ReadersDialog(make_ctx(Role.TECHNICIAN), bridge)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.write_box.isVisible()


# ------------------------------------------------------------------ attach


def test_attach_puts_the_indicators_in_the_status_bar_and_an_action_in_the_tools(qtbot, window, bridge) -> None:
    action = attach(window, bridge)
    status = window.statusBar().findChild(ReaderStatusWidget, "readerStatus")
    assert status is not None
    qtbot.waitUntil(lambda: present(status))
    menu = window.findChild(QMenu, "menuTools")
    assert action in menu.actions() and action.text() == "Lecteurs…"
    action.trigger()
    dialog = window.findChild(ReadersDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.reject()
    wait_idle(qtbot, window.ctx)


def test_start_devices_builds_the_manager_and_the_wedge_filter(qtbot, ctx) -> None:
    from mileo_desk.gui.device_setup import make_resolver, start_devices

    bridge = start_devices(ctx, demo=False, nfc_paths=())
    assert bridge is not None and bridge.available
    try:
        assert bridge.wedge_input is not None
        assert [b.family for b in bridge.manager.backends] == [DeviceFamily.PCSC]
        resolution = make_resolver(ctx)(ReadEvent("x", DeviceFamily.WEDGE, ReadKind.WEDGE_UID, BADGE_UID))
        assert resolution.kind == "item" and resolution.item.registry_id == "ECL-00001"
    finally:
        bridge.stop()
    assert bridge.wedge_input is None

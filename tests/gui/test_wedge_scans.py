"""Issue 16: keyboard-wedge readers and QR scanners as real ones type, in the window.

A scanner is a keyboard: Shift pressed and released around every capital (and every digit
on a French AZERTY layout, where the text of Shift+& is « 1 »), 2–5 ms between keys, Enter or
Tab at the end. The key events below are those, sent to the focused widget as the window
system would (a ShortcutOverride first, then the press, then the release); key times come
from a fake clock so that nothing sleeps.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWidget

from mileo_desk.devices.manager import DeviceManager
from mileo_desk.domain.enums import ItemType, Role
from mileo_desk.gui.devices_bridge import DeviceBridge, ReadEvent, WedgeInput
from mileo_desk.gui.dialogs import AttributeDialog, TransferDialog
from tests.conftest import NOEL_BADGE, THOMAS_BADGE
from tests.gui.conftest import wait_idle

pytestmark = pytest.mark.timeout(120)

Press, Release = QTest.KeyAction.Press, QTest.KeyAction.Release
SHIFT = Qt.KeyboardModifier.ShiftModifier
NO_MOD = Qt.KeyboardModifier.NoModifier


class Clock:
    def __init__(self) -> None:
        self.t = 1000.0

    def __call__(self) -> float:
        return self.t


class Scanner:
    """Types as a keyboard-wedge scanner into whatever widget has the focus."""

    def __init__(self, clock: Clock, seed: int = 16) -> None:
        self.clock = clock
        self.random = random.Random(seed)

    def _send(self, action: Any, key: int, text: str, mods: Qt.KeyboardModifier) -> None:
        target = QApplication.focusWidget()
        assert target is not None, "a scan needs a focused widget"
        QTest.sendKeyEvent(action, target, Qt.Key(key), text, mods)

    def key(self, char: str, *, layout: str = "qwerty", keypad: bool = False) -> None:
        shift = char.isupper() or (layout == "azerty" and char.isdigit()) or (layout == "qwerty" and char in ":_")
        mods = SHIFT if shift else NO_MOD
        if keypad and char.isdigit():
            mods |= Qt.KeyboardModifier.KeypadModifier
        key = {":": Qt.Key.Key_Colon, "-": Qt.Key.Key_Minus}.get(char, ord(char.upper()))
        if shift:
            self._send(Press, Qt.Key.Key_Shift, "", SHIFT)
        self.clock.t += self.random.uniform(0.002, 0.005)
        self._send(Press, key, char, mods)
        self._send(Release, key, char, mods)
        if shift:
            self._send(Release, Qt.Key.Key_Shift, "", NO_MOD)

    def scan(self, text: str, *, layout: str = "qwerty", keypad: bool = False, terminator: str = "\r") -> None:
        # a pause since the last scan: never one burst with it
        self.clock.t += 1.0
        for char in text:
            self.key(char, layout=layout, keypad=keypad)
        self.clock.t += self.random.uniform(0.002, 0.005)
        key = Qt.Key.Key_Return if terminator == "\r" else Qt.Key.Key_Tab
        self._send(Press, key, terminator, NO_MOD)
        self._send(Release, key, terminator, NO_MOD)

    def type_slowly(self, qtbot: Any, text: str) -> None:
        """A person: 120–300 ms between keys (the held keys are released on time)."""
        for char in text:
            self.clock.t += self.random.uniform(0.120, 0.300)
            self.key(char)
            qtbot.wait(60)


@pytest.fixture
def scanning(qtbot, window) -> Iterator[tuple[Scanner, WedgeInput, list[ReadEvent]]]:  # type: ignore[no-untyped-def]
    """The window with the application-wide wedge filter, its reads routed through the bridge."""
    manager = DeviceManager([])
    bridge = DeviceBridge(manager, window.ctx)
    wedge = WedgeInput(manager, bridge)
    clock = Clock()
    wedge.clock = clock
    reads: list[ReadEvent] = []
    manager.subscribe(reads.append)
    app = QApplication.instance()
    app.installEventFilter(wedge)
    window.activateWindow()
    yield Scanner(clock), wedge, reads
    app.removeEventFilter(wedge)
    bridge.stop()
    wait_idle(qtbot, window.ctx)


def focus(qtbot, widget: QWidget) -> None:  # type: ignore[no-untyped-def]
    widget.activateWindow()
    widget.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget)


def random_uid(rng: random.Random) -> str:
    """A 7-byte UID as the demo's NTAG and DESFire cards have, always with letters."""
    while True:
        uid = "04" + "".join(rng.choice("0123456789ABCDEF") for _ in range(12))
        if sum(c.isalpha() for c in uid) >= 3:
            return uid


@pytest.fixture
def twenty_items(gui_world) -> list[tuple[str, str]]:  # type: ignore[no-untyped-def]
    """(registry id, card UID) of 20 badges received for the test, with random UIDs."""
    rng = random.Random(1616)
    svc, custodian, ids = gui_world.svc, gui_world.custodian, gui_world.ids.world
    out = []
    for _ in range(20):
        view = svc.registry.receive_item(custodian, client_id=ids.client_id, site_id=ids.site_s1_id,
                                         type=ItemType.BADGE, card_uid=random_uid(rng)).item
        out.append((view.registry_id, view.card_uid))
    return out


def scan_and_expect(qtbot, window, scanner: Scanner, text: str, registry_id: str, **kw: Any) -> None:  # type: ignore[no-untyped-def]
    handled: list[tuple[str, Any]] = []
    window.scan_handled.connect(lambda kind, payload: handled.append((kind, payload)))
    try:
        with qtbot.waitSignal(window.scan_handled, timeout=5000):
            scanner.scan(text, **kw)
        wait_idle(qtbot, window.ctx)
    finally:
        window.scan_handled.disconnect()
    assert [k for k, _ in handled] == ["item"], f"{text}: {handled}"
    assert window.panel.item.registry_id == registry_id, text
    assert window.unknown_box is None


def twenty_scans(twenty_items: list[tuple[str, str]]) -> Iterator[tuple[str, str, dict[str, Any]]]:
    """What a scanner types for each item, in turn: its UID (AZERTY, or QWERTY on the keypad),
    its registry id, the QR code of its tag; Enter or Tab at the end."""
    for n, (registry_id, uid) in enumerate(twenty_items):
        text = (uid, registry_id, f"MILEO:{registry_id}", uid.lower() if n % 2 else uid)[n % 4]
        layout = "azerty" if n % 3 else "qwerty"
        yield text, registry_id, {"layout": layout, "keypad": layout == "qwerty" and n % 2 == 0,
                                  "terminator": "\t" if n % 5 == 4 else "\r"}


def test_twenty_scans_from_the_registry_table_each_open_their_item(qtbot, twenty_items, window, scanning) -> None:
    scanner, wedge, reads = scanning
    table = window.ui.table
    focus(qtbot, table)
    for text, registry_id, kw in twenty_scans(twenty_items):
        scan_and_expect(qtbot, window, scanner, text, registry_id, **kw)
        # nothing reached the table's type-to-find, the Tab did not move the focus
        assert QApplication.focusWidget() is table and wedge.held_text == ""
        qtbot.waitUntil(lambda: window.model.item_id_at(table.currentIndex().row())
                        == window.panel.item.id, timeout=2000)
    assert len(reads) == 20


def test_twenty_scans_from_the_search_box_neither_type_nor_filter(qtbot, twenty_items, window, scanning) -> None:
    scanner, _wedge, reads = scanning
    search = window.ui.searchEdit
    focus(qtbot, search)
    # a person types slowly: the box filters as before
    scanner.type_slowly(qtbot, "Badge")
    qtbot.waitUntil(lambda: search.text() == "Badge", timeout=2000)
    assert reads == []
    for text, registry_id, kw in twenty_scans(twenty_items):
        scan_and_expect(qtbot, window, scanner, text, registry_id, **kw)
        assert search.text() == "Badge", "the scan never lands in the search box"
    assert len(reads) == 20


def test_slow_typing_of_a_code_is_never_a_scan(qtbot, window, scanning) -> None:
    scanner, wedge, reads = scanning
    search = window.ui.searchEdit
    focus(qtbot, search)
    scanner.type_slowly(qtbot, "ECL-00001")
    qtbot.waitUntil(lambda: search.text() == "ECL-00001", timeout=2000)
    assert reads == [] and wedge.held_text == ""


def _open(qtbot, window, cls: Any, item_id: int) -> Any:  # type: ignore[no-untyped-def]
    item = window.ctx.services.queries.get_item(window.ctx.actor, item_id=item_id)
    dialog = window.open_dialog(cls, item)
    qtbot.waitUntil(lambda: dialog.is_ready() and bool(dialog.holder_combo.people()), timeout=5000)
    return dialog


@pytest.mark.parametrize("cls", [AttributeDialog, TransferDialog])
def test_in_a_handover_dialog_a_badge_picks_the_technician_and_an_item_is_refused(
        qtbot, window, scanning, gui_world, cls) -> None:  # type: ignore[no-untyped-def]
    scanner, _wedge, reads = scanning
    ids = gui_world.ids
    item_id = ids.world.items[ItemType.BADGE] if cls is AttributeDialog else ids.held_key_id
    dialog = _open(qtbot, window, cls, item_id)
    handled: list[str] = []
    window.scan_handled.connect(lambda kind, _p: handled.append(kind))
    completed: list[object] = []
    dialog.completed.connect(completed.append)
    # Noël's badge, scanned in capitals on AZERTY into the note field: Noël is chosen
    focus(qtbot, dialog.note_edit)
    scanner.scan(NOEL_BADGE, layout="azerty")
    assert dialog.holder_combo.person_id() == ids.world.noel_id and dialog.identified_by_badge
    assert dialog.note_edit.toPlainText() == "" and not dialog.error_banner.isVisible()
    # an item's registry id and its QR code are refused with their reason, the note untouched
    for code in ("ECL-00002", "MILEO:ECL-00003"):
        focus(qtbot, dialog.note_edit)
        scanner.scan(code)
        assert dialog.error_banner.isVisible()
        assert dialog.error_banner.text().startswith(f"« {code.removeprefix('MILEO:')} » est le code d'un objet")
        assert dialog.note_edit.toPlainText() == ""
    if cls is AttributeDialog:
        # into the Technicien field: Thomas's badge in capitals identifies Thomas; Enter presses nothing
        focus(qtbot, dialog.holder_combo)
        scanner.scan(THOMAS_BADGE, layout="azerty")
        assert dialog.holder_combo.person_id() == ids.world.actors[Role.TECHNICIAN].person_id
        assert dialog.holder_combo.currentText().startswith("Thomas Éclair")
    # due date field too, ended by Tab
    focus(qtbot, dialog.due_edit)
    before = dialog.due_edit.value()
    scanner.scan(NOEL_BADGE, terminator="\t")
    assert dialog.holder_combo.person_id() == ids.world.noel_id and dialog.due_edit.value() == before
    qtbot.wait(60)
    assert dialog.isVisible() and completed == [] and handled == [], "no default button, no item opened"
    assert len(reads) == 5 - (cls is TransferDialog)
    dialog.reject()


def test_the_event_filter_ignores_releases_and_a_lone_shift(qtbot, window, scanning) -> None:
    _scanner, wedge, reads = scanning
    focus(qtbot, window.ui.table)
    QTest.sendKeyEvent(Press, window.ui.table, Qt.Key.Key_Shift, "", SHIFT)
    assert wedge.held_text == "" and reads == []
    assert wedge.eventFilter(window.ui.table, QEvent(QEvent.Type.KeyRelease)) is False

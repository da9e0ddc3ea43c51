"""The desk-station dialogs, filled as a user would (keyboard, mouse, a synthetic pen on the
signature pads), each running ONE service call through ``ctx.ops`` on the DB worker; refusals
are shown in French inside the dialog and nothing typed or signed is lost."""

from __future__ import annotations

import io
import json
import os
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDateTimeEdit, QWidget

from mileo_desk.domain import signature as sig_mod
from mileo_desk.domain.clock import PARIS
from mileo_desk.domain.enums import (
    ContractLevel,
    ItemState,
    ItemType,
    Keeping,
    MovementKind,
    Role,
    Sensitivity,
    SignatureRole,
)
from mileo_desk.domain.errors import MileoError
from mileo_desk.gui.dialogs import (
    AttributeDialog,
    ClientDialog,
    CorrectionDialog,
    DuplicateDialog,
    FoundDialog,
    LossDialog,
    OpDialog,
    PersonDialog,
    ReceiveDialog,
    RestituteDialog,
    ReturnDialog,
    SiteDialog,
    TransferDialog,
)
from mileo_desk.services.dto import Changes, ItemView, MovementResult
from tests.gui.conftest import GuiWorld
from tests.gui.test_signature_pad import OFFSCREEN_LIMITS, pen_signature


@dataclass(frozen=True)
class KeyboardRead:
    """A read as a reader's bridge submits it (the duck type of
    :class:`mileo_desk.devices.protocols.ReadEvent` the scan hub routes: kind, uid, registry_id, reader)."""

    kind: str
    uid: str | None
    registry_id: str | None = None
    reader: str = "clavier"
    text: str | None = None

    @property
    def lookup_key(self) -> str | None:
        return self.registry_id or self.uid



pytestmark = [pytest.mark.gui, pytest.mark.qt_log_ignore(OFFSCREEN_LIMITS)]

OP_TIMEOUT = 10_000

# --------------------------------------------------------------------------- helpers


def item(world: GuiWorld, item_id: int) -> ItemView:
    return world.svc.queries.get_item(world.actor(Role.OPERATIONS_MANAGER), item_id=item_id)


def world_item(world: GuiWorld, item_type: ItemType) -> ItemView:
    return item(world, world.ids.world.items[item_type])


def history(world: GuiWorld, item_id: int) -> list[Any]:
    return world.svc.queries.history(world.actor(Role.OPERATIONS_MANAGER), item_id=item_id)


def open_dialog(qtbot: Any, dialog: OpDialog) -> OpDialog:
    """Show *dialog* and wait until what it loads (people, clients…) has arrived."""
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    activate(qtbot, dialog)
    qtbot.waitUntil(dialog.is_ready, timeout=OP_TIMEOUT)
    return dialog


def activate(qtbot: Any, window: QWidget) -> None:
    """Make *window* the active window, so that it gets focus events as on a desktop (the
    offscreen platform leaves a closed popup as the active window)."""
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=2000)


def click_ok(qtbot: Any, dialog: OpDialog) -> Any:
    """Click OK and wait for the service's result (the dialog then closes)."""
    with qtbot.waitSignal(dialog.completed, timeout=OP_TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=OP_TIMEOUT)
    assert dialog.result() == OpDialog.DialogCode.Accepted
    return blocker.args[0]


def click_ok_refused(qtbot: Any, dialog: OpDialog) -> MileoError:
    """Click OK and wait for the refusal, shown in the dialog, which stays open."""
    with qtbot.waitSignal(dialog.failed, timeout=OP_TIMEOUT) as blocker:
        qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    err = blocker.args[0]
    assert isinstance(err, MileoError)
    assert dialog.isVisible() and dialog.is_ready()
    assert dialog.error_banner.isVisible() and dialog.error_banner.text() == err.message
    return err


def keys(qtbot: Any, widget: QWidget, text: str) -> None:
    """Type *text* into *widget*; QTest only knows ASCII keys, so accented letters are sent as
    key events carrying their text, as a French keyboard layout produces them."""
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def type_text(qtbot: Any, widget: QWidget, text: str) -> None:
    """Tab into *widget* and type *text*."""
    widget.setFocus(Qt.FocusReason.TabFocusReason)
    keys(qtbot, widget, text)


def type_datetime(qtbot: Any, edit: QDateTimeEdit, text: str) -> None:
    """Tab into a date/time field and type its digits (the field moves from section to section)."""
    edit.setFocus(Qt.FocusReason.TabFocusReason)
    keys(qtbot, edit, "".join(c for c in text if c.isdigit()))


def pick_person(qtbot: Any, dialog: AttributeDialog | TransferDialog, search: str) -> None:
    """Type part of a name in the searchable combo and take the first suggestion."""
    line = dialog.holder_combo.lineEdit()
    assert line is not None
    line.clear()
    type_text(qtbot, line, search)
    completer = dialog.holder_combo.completer()
    assert completer is not None
    qtbot.waitUntil(lambda: completer.popup().isVisible(), timeout=2000)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Down)
    qtbot.keyClick(completer.popup(), Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not completer.popup().isVisible(), timeout=2000)
    # the offscreen platform queues the popup's activation changes: deliver them now, or they
    # arrive later and hand the focus back to the combo in the middle of the test
    QApplication.processEvents()
    activate(qtbot, dialog)
    QApplication.processEvents()


def focused(dialog: QWidget) -> QWidget | None:
    """The widget of *dialog* that has (or will have, once the window is active) the focus."""
    return dialog.focusWidget()


def paris(text: str) -> datetime:
    return datetime.strptime(text, "%d/%m/%Y %H:%M").replace(tzinfo=PARIS).astimezone(UTC)


def stroke_count(pad: Any) -> int:
    return len(pad.raw_capture().strokes)


@pytest.fixture
def manager_ctx(make_ctx: Any) -> Any:
    return make_ctx(Role.OPERATIONS_MANAGER)


@pytest.fixture
def admin_ctx(make_ctx: Any) -> Any:
    return make_ctx(Role.ADMIN)


@pytest.fixture
def broadcasts(ctx: Any) -> list[Changes]:
    seen: list[Changes] = []
    ctx.changes.changed.connect(seen.append)
    return seen


# --------------------------------------------------------------------------- attribution and return


def test_attribution_then_return_through_the_dialogs_with_pen_signatures(
    qtbot: Any, ctx: Any, gui_world: GuiWorld, broadcasts: list[Changes]
) -> None:
    badge = world_item(gui_world, ItemType.BADGE)
    thomas = gui_world.ids.world.actors[Role.TECHNICIAN].person_id
    assert badge.keeping is Keeping.HEADQUARTERS

    dialog = open_dialog(qtbot, AttributeDialog(ctx, badge))
    assert dialog.windowTitle() == f"Attribuer {badge.registry_id} à un technicien"
    # 10:00 in Paris on 11 March 2026: due by default in a week, at 18:00
    assert dialog.due_edit.value() == paris("18/03/2026 18:00")
    pick_person(qtbot, dialog, "eclair")
    assert dialog.holder_combo.person_id() == thomas
    assert dialog.signature_pad.title_label.text() == "Signature de Thomas Éclair"
    # the one text people sign (domain.wording): the dialog shows it, the receipt prints it
    signed = (
        f"Je soussigné(e) Thomas Éclair reconnais avoir reçu le badge {badge.registry_id} et en être "
        "responsable jusqu'à son retour au siège (PROC-INT-006 §01)."
    )
    assert dialog.signature_pad.statement_label.text() == signed
    type_datetime(qtbot, dialog.due_edit, "20/03/2026 17:30")
    type_text(qtbot, dialog.note_edit, "Maintenance trimestrielle")
    pen_signature(dialog.signature_pad.canvas, seed=1)
    result = click_ok(qtbot, dialog)

    assert isinstance(result, MovementResult)
    after = item(gui_world, badge.id)
    assert (after.keeping, after.holder_id, after.due_at) == (Keeping.TECHNICIAN, thomas, paris("20/03/2026 17:30"))
    mv = history(gui_world, badge.id)[-1]
    assert (mv.kind, mv.holder_id, mv.note) == (MovementKind.ATTRIBUTION, thomas, "Maintenance trimestrielle")
    (signature,) = mv.signatures
    assert (signature.role, signature.signer_name, signature.intact) == ("technician", "Thomas Éclair", True)
    vectors = json.loads(signature.vectors)
    assert vectors["device"] == "pen" and len(vectors["strokes"]) == 2
    assert vectors["strokes"][0][0][0] == 0 and len({p[3] for p in vectors["strokes"][0]}) > 3
    assert signature.png.startswith(sig_mod.PNG_MAGIC)
    assert signature.digest == sig_mod.digest(signature.vectors, signature.png)
    receipt = ctx.services.reports.handover_receipt(ctx.actor, seq=mv.seq)
    printed = " ".join(PdfReader(io.BytesIO(receipt.pdf)).pages[0].extract_text().split())
    assert signed in printed
    assert broadcasts[-1] == Changes(item_ids=frozenset({badge.id}), history=True)

    # the technician brings it back: both sign
    back = open_dialog(qtbot, ReturnDialog(ctx, after))
    assert not back.notice_banner.isVisible()  # not late
    assert back.technician_pad.title_label.text() == "Signature de Thomas Éclair"
    assert back.custodian_pad.title_label.text() == "Signature de Claire Dubois"
    pen_signature(back.technician_pad.canvas, seed=2)
    pen_signature(back.custodian_pad.canvas, seed=3)
    type_text(qtbot, back.note_edit, "Rendu en bon état")
    click_ok(qtbot, back)

    returned = item(gui_world, badge.id)
    assert (returned.keeping, returned.holder_id, returned.state) == (Keeping.HEADQUARTERS, None, ItemState.IN_SERVICE)
    mv = history(gui_world, badge.id)[-1]
    assert (mv.kind, mv.note, mv.details) == (MovementKind.RETURN, "Rendu en bon état", {})
    roles = {s.role: s for s in mv.signatures}
    assert set(roles) == {SignatureRole.TECHNICIAN.value, SignatureRole.CUSTODIAN.value}
    assert roles["technician"].signer_name == "Thomas Éclair"
    assert roles["custodian"].signer_name == "Claire Dubois"
    assert all(json.loads(s.vectors)["device"] == "pen" and s.intact for s in mv.signatures)
    assert roles["technician"].digest != roles["custodian"].digest


def test_attributing_an_item_already_held_is_refused_in_the_dialog_keeping_the_input(
    qtbot: Any, ctx: Any, gui_world: GuiWorld
) -> None:
    # the desk's view of the key is stale: a colleague handed it to Thomas meanwhile
    key = item(gui_world, gui_world.ids.held_key_id)
    stale = ItemView(**{**key.__dict__, "keeping": Keeping.HEADQUARTERS, "holder_id": None, "holder_name": None,
                        "held_since": None, "due_at": None})
    before = len(history(gui_world, key.id))
    dialog = open_dialog(qtbot, AttributeDialog(ctx, stale))
    pick_person(qtbot, dialog, "noel")
    type_text(qtbot, dialog.note_edit, "Astreinte du week-end")
    pen_signature(dialog.signature_pad.canvas)

    err = click_ok_refused(qtbot, dialog)
    assert err.code == "deja_attribue"
    assert dialog.error_banner.text().startswith(f"L'objet {key.registry_id} est déjà détenu par Thomas Éclair")
    # nothing lost: the technician, the note and the signature are still there
    assert dialog.holder_combo.currentText().startswith("Noël Dupré")
    assert dialog.note_edit.toPlainText() == "Astreinte du week-end"
    assert stroke_count(dialog.signature_pad) == 2
    assert len(history(gui_world, key.id)) == before
    dialog.reject()


def test_a_due_date_in_the_past_is_refused_then_fixed_without_signing_again(
    qtbot: Any, ctx: Any, gui_world: GuiWorld
) -> None:
    badge = world_item(gui_world, ItemType.BADGE)
    dialog = open_dialog(qtbot, AttributeDialog(ctx, badge))
    pick_person(qtbot, dialog, "Sophie")
    type_datetime(qtbot, dialog.due_edit, "10/03/2026 18:00")
    pen_signature(dialog.signature_pad.canvas)

    err = click_ok_refused(qtbot, dialog)
    assert (err.field, err.message) == ("due_at", "La date de retour prévue doit être dans le futur.")
    assert focused(dialog) is dialog.due_edit
    assert dialog.due_edit.value() == paris("10/03/2026 18:00")
    assert stroke_count(dialog.signature_pad) == 2

    type_datetime(qtbot, dialog.due_edit, "12/03/2026 18:00")
    click_ok(qtbot, dialog)
    assert item(gui_world, badge.id).holder_name == "Sophie Garnier"


def test_a_temporary_badge_due_tomorrow_is_refused(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    world = gui_world.ids.world
    temp = gui_world.svc.registry.receive_item(
        gui_world.custodian, client_id=world.client_id, site_id=world.site_s3_id, type=ItemType.TEMPORARY_BADGE,
        card_uid="0A1B2C3D",
    ).item
    dialog = open_dialog(qtbot, AttributeDialog(ctx, temp))
    assert dialog.due_edit.value() == paris("11/03/2026 23:59")  # the same day (PROC-INT-005 §04)
    assert "PROC-INT-005 §04" in dialog.due_hint.text()
    pick_person(qtbot, dialog, "thomas")
    type_datetime(qtbot, dialog.due_edit, "12/03/2026 09:00")
    pen_signature(dialog.signature_pad.canvas)

    err = click_ok_refused(qtbot, dialog)
    assert (err.code, err.field) == ("badge_temporaire", "due_at")
    assert "doit être rendu le jour même" in dialog.error_banner.text()
    assert focused(dialog) is dialog.due_edit
    assert item(gui_world, temp.id).keeping is Keeping.HEADQUARTERS
    dialog.reject()


def test_an_empty_signature_is_refused_by_the_pad_before_any_call(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    badge = world_item(gui_world, ItemType.BADGE)
    before = len(history(gui_world, badge.id))
    dialog = open_dialog(qtbot, AttributeDialog(ctx, badge))
    pick_person(qtbot, dialog, "eclair")
    err = click_ok_refused(qtbot, dialog)
    assert err.message == "La signature de Thomas Éclair est vide."
    assert dialog.signature_pad.error_label.isVisible()
    assert focused(dialog) is dialog.signature_pad.canvas
    assert len(history(gui_world, badge.id)) == before
    dialog.reject()


def test_the_refusal_goes_away_once_its_cause_is_fixed(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    """Issue 10, item 6: no red « Choisissez le technicien dans la liste. » once he is chosen."""
    dialog = open_dialog(qtbot, AttributeDialog(ctx, world_item(gui_world, ItemType.BADGE)))
    err = click_ok_refused(qtbot, dialog)
    assert err.message == "Choisissez le technicien dans la liste."
    # a name typed that designates nobody yet: the refusal stays
    type_text(qtbot, dialog.holder_combo.lineEdit(), "zz")
    assert dialog.error_banner.isVisible()
    pick_person(qtbot, dialog, "eclair")
    assert not dialog.error_banner.isVisible() and dialog.error_banner.text() == ""
    err = click_ok_refused(qtbot, dialog)
    assert err.message == "La signature de Thomas Éclair est vide."
    pen_signature(dialog.signature_pad.canvas, seed=1)
    assert not dialog.error_banner.isVisible()
    assert not dialog.signature_pad.error_label.isVisible()
    dialog.reject()


def test_enter_in_the_technician_suggestions_picks_and_does_not_submit(
    qtbot: Any, ctx: Any, gui_world: GuiWorld
) -> None:
    """Issue 10, item 6: Enter in the completer picks the entry, the dialog stays open."""
    thomas = gui_world.ids.world.actors[Role.TECHNICIAN].person_id
    dialog = open_dialog(qtbot, AttributeDialog(ctx, world_item(gui_world, ItemType.BADGE)))
    submitted: list[Any] = []
    dialog.failed.connect(submitted.append)
    dialog.completed.connect(submitted.append)
    completer = dialog.holder_combo.completer()
    popup = completer.popup()
    # nothing highlighted: Enter takes the first suggestion
    type_text(qtbot, dialog.holder_combo.lineEdit(), "eclair")
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    QApplication.processEvents()
    assert dialog.holder_combo.person_id() == thomas
    assert dialog.holder_combo.currentText() == "Thomas Éclair — Technicien"
    assert dialog.signature_pad.title_label.text() == "Signature de Thomas Éclair"
    assert submitted == [] and dialog.isVisible() and not dialog.error_banner.isVisible()
    # a highlighted suggestion, with Enter of the keypad
    dialog.holder_combo.lineEdit().clear()
    type_text(qtbot, dialog.holder_combo.lineEdit(), "noel")
    qtbot.waitUntil(popup.isVisible, timeout=2000)
    qtbot.keyClick(popup, Qt.Key.Key_Down)
    qtbot.keyClick(popup, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    qtbot.waitUntil(lambda: not popup.isVisible(), timeout=2000)
    QApplication.processEvents()
    assert dialog.holder_combo.currentText().startswith("Noël Dupré")
    assert submitted == [] and dialog.isVisible()
    # a name typed in full, popup closed: Enter in the field picks it, still no submission
    popup.hide()
    activate(qtbot, dialog)
    dialog.holder_combo.setCurrentIndex(-1)
    dialog.holder_combo.setEditText("sophie")
    dialog.holder_combo.setFocus()
    qtbot.keyClick(dialog.holder_combo, Qt.Key.Key_Return)
    assert dialog.holder_combo.currentText().startswith("Sophie Garnier")
    assert submitted == [] and dialog.isVisible()
    # once picked, Enter is the dialog's again (it submits, refused: no signature)
    popup.hide()
    with qtbot.waitSignal(dialog.failed, timeout=OP_TIMEOUT):
        qtbot.keyClick(dialog.holder_combo, Qt.Key.Key_Return)
    dialog.reject()


def test_the_technician_is_identified_by_tapping_the_mileo_badge(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    badge = world_item(gui_world, ItemType.BADGE)
    dialog = open_dialog(qtbot, AttributeDialog(ctx, badge))
    ctx.scan.submit(KeyboardRead("nfc_uid", "0a:0b:0c:0d", reader="ACR122U"))
    qtbot.waitUntil(lambda: dialog.identified_by_badge, timeout=2000)
    assert dialog.holder_combo.person_id() == gui_world.ids.world.noel_id
    assert dialog.signature_pad.signer == "Noël Dupré"
    pen_signature(dialog.signature_pad.canvas)
    result = click_ok(qtbot, dialog)
    assert result.movement.details == {"badge": True}
    assert not ctx.scan.grabbed  # the dialog released the reader when it closed


def test_return_of_an_overdue_item_shows_the_delay(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    master = item(gui_world, gui_world.ids.overdue_master_id)
    assert master.overdue
    dialog = open_dialog(qtbot, ReturnDialog(ctx, master))
    assert dialog.notice_banner.isVisible()
    assert dialog.notice_banner.text() == (
        "Retour en retard : il était prévu le 10/03/2026 14:00, soit 20 h 00 de retard.")
    pen_signature(dialog.technician_pad.canvas, seed=3)
    # the custodian forgets to countersign
    err = click_ok_refused(qtbot, dialog)
    assert err.message == "La signature de Claire Dubois est vide."
    assert focused(dialog) is dialog.custodian_pad.canvas and stroke_count(dialog.technician_pad) == 2
    pen_signature(dialog.custodian_pad.canvas, seed=4)
    result = click_ok(qtbot, dialog)
    assert result.movement.details == {"late": True}


def test_transfer_to_another_technician(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    key = item(gui_world, gui_world.ids.held_key_id)
    dialog = open_dialog(qtbot, TransferDialog(ctx, key))
    names = [dialog.holder_combo.itemText(i) for i in range(dialog.holder_combo.count())]
    assert not any(n.startswith("Thomas Éclair") for n in names)  # the current holder is not offered
    pick_person(qtbot, dialog, "Dupr")
    assert "des mains de Thomas Éclair" in dialog.signature_pad.statement_label.text()
    pen_signature(dialog.signature_pad.canvas)
    result = click_ok(qtbot, dialog)
    assert result.item.holder_name == "Noël Dupré"
    assert result.movement.kind is MovementKind.TRANSFER


# --------------------------------------------------------------------------- reception


def test_receive_with_a_scanned_uid(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    dialog = open_dialog(qtbot, ReceiveDialog(ctx, uid="04:11:22:33:44:55:66"))
    assert dialog.card_edit.text() == "04:11:22:33:44:55:66"
    type_text(qtbot, dialog.client_combo, "Soc")
    assert dialog.client_combo.currentText() == "Société des Écluses (ECL)"
    qtbot.waitUntil(lambda: dialog.site_combo.count() == 2 and dialog.is_ready(), timeout=OP_TIMEOUT)
    type_text(qtbot, dialog.site_combo, "Entr")
    assert dialog.site_combo.currentText() == "Entrepôt de Pantin (S1)"
    type_text(qtbot, dialog.type_combo, "Clé m")
    assert dialog.item_type() is ItemType.MECHANICAL_KEY
    # a key has a key tag, not a card: the scanned UID followed the type
    assert (dialog.card_edit.text(), dialog.tag_edit.text()) == ("", "04:11:22:33:44:55:66")
    type_text(qtbot, dialog.stamped_edit, "K-9981")
    type_text(qtbot, dialog.label_edit, "Clé local poubelles")
    result = click_ok(qtbot, dialog)

    received = result.item
    assert received.registry_id.startswith("ECL-")
    assert (received.type, received.tag_uid, received.card_uid) == (ItemType.MECHANICAL_KEY, "04112233445566", None)
    assert (received.stamped_number, received.label, received.site_name) == (
        "K-9981", "Clé local poubelles", "Entrepôt de Pantin")
    assert (received.keeping, received.state) == (Keeping.HEADQUARTERS, ItemState.IN_SERVICE)
    assert received.received_on.isoformat() == "2026-03-11"
    assert result.movement.kind is MovementKind.RECEPTION


def test_receive_refusals_keep_the_form(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    dialog = open_dialog(qtbot, ReceiveDialog(ctx))
    err = click_ok_refused(qtbot, dialog)
    assert (err.field, err.message) == ("client", "Choisissez le client qui confie l'objet.")
    assert focused(dialog) is dialog.client_combo

    type_text(qtbot, dialog.client_combo, "Banque")
    qtbot.waitUntil(lambda: dialog.site_combo.count() == 1 and dialog.is_ready(), timeout=OP_TIMEOUT)
    assert dialog.site_combo.currentText() == "Agence Opéra (S2)"  # the only site is chosen
    # a card UID already registered for another item, typed at the reader's wedge
    ctx.scan.submit(KeyboardRead("wedge_uid", "04A2B3C4D5E680"))
    assert dialog.card_edit.text() == "04A2B3C4D5E680"
    type_text(qtbot, dialog.label_edit, "Badge agence")
    err = click_ok_refused(qtbot, dialog)
    assert (err.code, err.field) == ("doublon", "card_uid")
    assert "04A2B3C4D5E680" in dialog.error_banner.text()
    assert focused(dialog) is dialog.card_edit
    assert dialog.label_edit.text() == "Badge agence"
    assert dialog.site_combo.currentText() == "Agence Opéra (S2)"

    dialog.card_edit.selectAll()
    keys(qtbot, dialog.card_edit, "04C0FFEE0001")
    result = click_ok(qtbot, dialog)
    assert result.item.card_uid == "04C0FFEE0001" and result.item.client_name == "Banque du Nord"


# --------------------------------------------------------------------------- loss, found, restitution


def test_loss_reported_late_is_flagged(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    key = item(gui_world, gui_world.ids.held_key_id)
    dialog = open_dialog(qtbot, LossDialog(ctx, key))
    assert dialog.windowTitle() == f"Déclarer la perte de {key.registry_id}"
    assert dialog.rule_label.property("rule") == "ok"
    # noticed at 08:00, reported now (10:00): two hours, far beyond 30 minutes
    type_datetime(qtbot, dialog.noticed_edit, "11/03/2026 08:00")
    assert dialog.is_late() and dialog.rule_label.property("rule") == "late"
    assert dialog.rule_label.text() == (
        "Signalé 2 h 00 après la constatation : au-delà des 30 minutes de PROC-INT-006 §03, la déclaration "
        "sera marquée comme tardive."
    )
    type_datetime(qtbot, dialog.reported_edit, "11/03/2026 08:20")
    assert not dialog.is_late() and "dans le délai de 30 minutes" in dialog.rule_label.text()
    qtbot.mouseClick(dialog.now_button, Qt.MouseButton.LeftButton)
    assert dialog.reported_edit.value() == gui_world.clock.now and dialog.is_late()
    type_text(qtbot, dialog.note_edit, "Perdue sur le parking du site")
    result = click_ok(qtbot, dialog)

    assert result.item.state is ItemState.LOST
    assert result.movement.kind is MovementKind.LOSS
    assert result.movement.details["late"] is True
    assert result.movement.note == "Perdue sur le parking du site"


def test_theft_times_refused_then_fixed(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    master = item(gui_world, gui_world.ids.overdue_master_id)
    dialog = open_dialog(qtbot, LossDialog(ctx, master, stolen=True))
    assert dialog.windowTitle() == f"Déclarer le vol de {master.registry_id}"
    type_datetime(qtbot, dialog.noticed_edit, "11/03/2026 11:30")  # in the future
    err = click_ok_refused(qtbot, dialog)
    assert (err.field, err.message) == ("noticed_at", "L'heure de constatation est dans le futur.")
    assert focused(dialog) is dialog.noticed_edit and dialog.theft_radio.isChecked()
    type_datetime(qtbot, dialog.noticed_edit, "11/03/2026 09:45")
    result = click_ok(qtbot, dialog)
    assert (result.item.state, result.movement.kind, result.movement.details["late"]) == (
        ItemState.STOLEN, MovementKind.THEFT, False)


def test_found_then_restituted_with_the_client_signature(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    lost = item(gui_world, gui_world.ids.lost_code_key_id)
    found = open_dialog(qtbot, FoundDialog(ctx, lost))
    type_text(qtbot, found.note_edit, "Retrouvée dans le véhicule de service")
    result = click_ok(qtbot, found)
    assert (result.item.state, result.movement.kind) == (ItemState.IN_SERVICE, MovementKind.FOUND)
    assert [m.kind for m in history(gui_world, lost.id)][-2:] == [MovementKind.LOSS, MovementKind.FOUND]

    dialog = open_dialog(qtbot, RestituteDialog(ctx, result.item))
    assert not dialog.signature_pad.isVisible()
    dialog.client_signs.setFocus()
    qtbot.keyClick(dialog.client_signs, Qt.Key.Key_Space)
    assert dialog.signature_pad.isVisible() and focused(dialog) is dialog.signatory_edit
    pen_signature(dialog.signature_pad.canvas)
    err = click_ok_refused(qtbot, dialog)  # the representative's name is missing
    assert (err.field, err.message) == (
        "client_signatory", "Le champ « Représentant du client » est obligatoire.")
    assert focused(dialog) is dialog.signatory_edit and stroke_count(dialog.signature_pad) == 2
    keys(qtbot, dialog.signatory_edit, "Marc Lemaire")
    assert dialog.signature_pad.statement_label.text().startswith(
        "Je soussigné(e) Marc Lemaire, représentant(e) de Société des Écluses")
    result = click_ok(qtbot, dialog)
    assert result.item.state is ItemState.RETURNED_TO_CLIENT
    (signature,) = result.movement.signatures
    assert (signature.role, signature.signer_name) == ("client", "Marc Lemaire")
    assert result.movement.details == {"client_signatory": "Marc Lemaire"}


# --------------------------------------------------------------------------- duplication


def test_duplication_of_a_master_key_refused_without_mandate_then_accepted_with_one(
    qtbot: Any, manager_ctx: Any, gui_world: GuiWorld, tmp_path: Path
) -> None:
    master = item(gui_world, gui_world.ids.overdue_master_id)
    dialog = open_dialog(qtbot, DuplicateDialog(manager_ctx, master))
    assert "PROC-INT-006 §02" in dialog.rule_banner.text()
    assert dialog.mandate_group.isChecked()  # a master key: the mandate is expected
    dialog.mandate_group.setChecked(False)  # "the client agreed on the phone"
    err = click_ok_refused(qtbot, dialog)
    assert err.code == "mandat_requis"
    assert err.message.startswith("Duplication refusée : un objet de type « Clé maîtresse »")
    assert focused(dialog) is dialog.mandate_group
    assert not any(m.kind is MovementKind.DUPLICATION for m in history(gui_world, master.id))

    scan = tmp_path / "mandat-ECL-2026-014.pdf"
    scan.write_bytes(b"%PDF-1.4 mandat signe\n")
    dialog.mandate_group.setChecked(True)
    type_text(qtbot, dialog.reference_edit, "ECL-2026-014")
    type_text(qtbot, dialog.signatory_edit, "Marc Lemaire")
    type_datetime(qtbot, dialog.signed_on_edit, "09/03/2026")
    type_text(qtbot, dialog.document_edit, str(scan))
    result = click_ok(qtbot, dialog)

    (copy,) = result.created
    assert (copy.original_id, copy.type, copy.client_id) == (master.id, ItemType.MASTER_KEY, master.client_id)
    mandate = result.movement.details["mandate"]
    assert (mandate["reference"], mandate["signatory"], mandate["signed_on"], mandate["copies"]) == (
        "ECL-2026-014", "Marc Lemaire", "2026-03-09", 1)
    assert mandate["document_digest"] is not None
    assert result.movement.details["copies"] == [copy.registry_id]


def test_duplication_with_an_unreadable_mandate_file(qtbot: Any, manager_ctx: Any, gui_world: GuiWorld,
                                                     tmp_path: Path) -> None:
    badge = world_item(gui_world, ItemType.BADGE)
    dialog = open_dialog(qtbot, DuplicateDialog(manager_ctx, badge))
    type_text(qtbot, dialog.reference_edit, "M-1")
    type_text(qtbot, dialog.signatory_edit, "Marc Lemaire")
    type_text(qtbot, dialog.document_edit, str(tmp_path / "absent.pdf"))
    err = click_ok_refused(qtbot, dialog)
    assert err.field == "mandate_document" and err.message.startswith("Le document du mandat est illisible")
    assert focused(dialog) is dialog.document_edit and dialog.reference_edit.text() == "M-1"
    dialog.reject()


# --------------------------------------------------------------------------- correction


def test_correction_of_a_due_date_and_a_field(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    key_id = gui_world.ids.held_key_id
    attribution = next(m for m in history(gui_world, key_id) if m.kind is MovementKind.ATTRIBUTION)
    dialog = open_dialog(qtbot, CorrectionDialog(ctx, attribution))
    assert dialog.field_edits["stamped_number"].text() == "K-1234"
    dialog.due_check.setChecked(True)
    type_datetime(qtbot, dialog.due_edit, "16/03/2026 12:00")
    dialog.field_edits["stamped_number"].selectAll()
    keys(qtbot, dialog.field_edits["stamped_number"], "K-1243")
    err = click_ok_refused(qtbot, dialog)  # no reason given
    assert (err.field, err.message) == ("note", "Le motif de la correction est obligatoire.")
    assert focused(dialog) is dialog.reason_edit
    keys(qtbot, dialog.reason_edit, "Numéro mal recopié, retour reporté")
    result = click_ok(qtbot, dialog)
    mv = result.movement
    assert (mv.kind, mv.corrects_seq, mv.note) == (
        MovementKind.CORRECTION, attribution.seq, "Numéro mal recopié, retour reporté")
    assert mv.details["changes"]["stamped_number"] == {"before": "K-1234", "after": "K-1243"}
    assert result.item.due_at == paris("16/03/2026 12:00")
    assert set(mv.details["changes"]) == {"stamped_number", "due_us"}


# --------------------------------------------------------------------------- clients, sites, people


def test_client_site_and_person_creation(qtbot: Any, manager_ctx: Any, admin_ctx: Any,
                                         gui_world: GuiWorld) -> None:
    dialog = open_dialog(qtbot, ClientDialog(manager_ctx))
    type_text(qtbot, dialog.code_edit, "ecl")
    type_text(qtbot, dialog.name_edit, "Écluses bis")
    type_text(qtbot, dialog.contact_name_edit, "Jeanne Roche")
    type_text(qtbot, dialog.contact_phone_edit, "+33 1 40 00 00 00")
    type_text(qtbot, dialog.contact_email_edit, "jeanne.roche@hopital")
    type_text(qtbot, dialog.level_combo, "P")
    err = click_ok_refused(qtbot, dialog)
    assert (err.field, err.message) == ("code", "Le code client ECL existe déjà.")
    assert focused(dialog) is dialog.code_edit and dialog.contact_name_edit.text() == "Jeanne Roche"
    dialog.code_edit.selectAll()
    keys(qtbot, dialog.code_edit, "HSL")
    err = click_ok_refused(qtbot, dialog)
    assert err.field == "email" and focused(dialog) is dialog.contact_email_edit
    keys(qtbot, dialog.contact_email_edit, ".fr")
    client = click_ok(qtbot, dialog)
    assert (client.code, client.name, client.contact_email, client.contract_level) == (
        "HSL", "Écluses bis", "jeanne.roche@hopital.fr", ContractLevel.PREMIUM)

    site_dialog = open_dialog(qtbot, SiteDialog(manager_ctx, client=client))
    assert site_dialog.client_combo.currentData() == client.id
    type_text(qtbot, site_dialog.name_edit, "Bloc opératoire")
    type_text(qtbot, site_dialog.address_edit, "1 rue de la Santé, 75014 Paris")
    type_text(qtbot, site_dialog.sensitivity_combo, "S3")
    site = click_ok(qtbot, site_dialog)
    assert (site.client_id, site.sensitivity, site.name) == (client.id, Sensitivity.S3, "Bloc opératoire")

    person_dialog = open_dialog(qtbot, PersonDialog(admin_ctx))
    assert person_dialog.login_edit.isVisible() and person_dialog.account_label.isVisible()
    type_text(qtbot, person_dialog.name_edit, "Léa Fontaine")
    admin_ctx.scan.submit(KeyboardRead("pcsc_uid", "04AABBCCDD"))
    assert person_dialog.badge_edit.text() == "04AABBCCDD"
    type_text(qtbot, person_dialog.login_edit, "lea")
    type_text(qtbot, person_dialog.password_edit, "Technicienne-2026")
    type_text(qtbot, person_dialog.confirm_edit, "Technicienne-2025")
    err = click_ok_refused(qtbot, person_dialog)
    assert err.field == "password" and focused(person_dialog) is person_dialog.password_edit
    person_dialog.confirm_edit.selectAll()
    keys(qtbot, person_dialog.confirm_edit, "Technicienne-2026")
    person = click_ok(qtbot, person_dialog)
    assert (person.full_name, person.role, person.login, person.badge_uid) == (
        "Léa Fontaine", Role.TECHNICIAN, "lea", "04AABBCCDD")
    assert gui_world.svc.session.login("lea", "Technicienne-2026").person_id == person.id


def test_manager_edits_staff_without_account_fields(qtbot: Any, manager_ctx: Any, gui_world: GuiWorld) -> None:
    noel = gui_world.svc.directory.find_person(gui_world.actor(Role.OPERATIONS_MANAGER),
                                               person_id=gui_world.ids.world.noel_id)
    dialog = open_dialog(qtbot, PersonDialog(manager_ctx, person=noel))
    assert not dialog.login_edit.isVisible() and not dialog.account_label.isVisible()
    assert dialog.badge_edit.text() == "0A0B0C0D"
    type_text(qtbot, dialog.role_combo, "Chef")
    person = click_ok(qtbot, dialog)
    assert person.role is Role.SITE_LEAD and person.phone == "+33 6 12 34 56 78"


def test_a_custodian_may_not_create_clients(qtbot: Any, ctx: Any) -> None:
    dialog = open_dialog(qtbot, ClientDialog(ctx))
    type_text(qtbot, dialog.code_edit, "NEW")
    type_text(qtbot, dialog.name_edit, "Nouveau client")
    err = click_ok_refused(qtbot, dialog)
    assert err.code == "droits" and "Gérer clients et sites" in err.message
    dialog.reject()


# --------------------------------------------------------------------------- keyboard


def test_enter_submits_and_escape_cancels(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    lost = item(gui_world, gui_world.ids.lost_code_key_id)
    dialog = open_dialog(qtbot, FoundDialog(ctx, lost))
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible() and dialog.result() == OpDialog.DialogCode.Rejected

    dialog = open_dialog(qtbot, ClientDialog(ctx))
    with qtbot.waitSignal(dialog.failed, timeout=OP_TIMEOUT):
        type_text(qtbot, dialog.name_edit, "X")
        qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.isVisible()
    dialog.reject()


def tab_through(qtbot: Any, dialog: OpDialog, first: QWidget, presses: int = 30) -> list[str]:
    """Press Tab from *first* and name each widget that receives the focus, until it cycles."""
    first.setFocus(Qt.FocusReason.TabFocusReason)
    names: list[str] = []
    widget = QApplication.focusWidget()
    for _ in range(presses):
        assert widget is not None
        name = widget.objectName() or type(widget).__name__
        if names and name == names[0]:
            break
        if not names or names[-1] != name:  # Tab also walks the sections of a date/time field
            names.append(name)
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
        widget = QApplication.focusWidget()
    return names


def test_tab_order_attribution(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    dialog = open_dialog(qtbot, AttributeDialog(ctx, world_item(gui_world, ItemType.BADGE)))
    assert tab_through(qtbot, dialog, dialog.holder_combo) == [
        "holderCombo", "dueEdit", "noteEdit", "signatureCanvas", "okButton", "cancelButton"]
    pen_signature(dialog.signature_pad.canvas)  # now the pad's buttons can be used
    dialog.signature_pad.undo_button.setObjectName("undo")
    dialog.signature_pad.clear_button.setObjectName("clear")
    assert tab_through(qtbot, dialog, dialog.signature_pad.canvas) == [
        "signatureCanvas", "undo", "clear", "okButton", "cancelButton", "holderCombo", "dueEdit", "noteEdit"]
    dialog.reject()


def test_tab_order_return_loss_reception_client(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    held = item(gui_world, gui_world.ids.held_key_id)
    back = open_dialog(qtbot, ReturnDialog(ctx, held))
    back.technician_pad.canvas.setObjectName("technicianCanvas")
    back.custodian_pad.canvas.setObjectName("custodianCanvas")
    assert tab_through(qtbot, back, back.technician_pad.canvas) == [
        "technicianCanvas", "custodianCanvas", "noteEdit", "okButton", "cancelButton"]
    back.reject()

    loss = open_dialog(qtbot, LossDialog(ctx, held))
    loss.now_button.setObjectName("now")
    loss.loss_radio.setObjectName("loss")
    assert tab_through(qtbot, loss, loss.loss_radio) == [
        "loss", "noticedEdit", "reportedEdit", "now", "noteEdit", "okButton", "cancelButton"]
    loss.reject()

    receive = open_dialog(qtbot, ReceiveDialog(ctx))
    assert tab_through(qtbot, receive, receive.client_combo) == [
        "clientCombo", "typeCombo", "registryIdEdit", "cardUidEdit", "tagUidEdit", "stampedEdit", "labelEdit",
        "receivedEdit", "noteEdit", "okButton", "cancelButton"]  # the site waits for the client
    receive.reject()

    client = open_dialog(qtbot, ClientDialog(ctx))
    assert tab_through(qtbot, client, client.code_edit) == [
        "codeEdit", "nameEdit", "levelCombo", "contactNameEdit", "contactPhoneEdit", "contactEmailEdit",
        "okButton", "cancelButton"]
    client.reject()


def test_closing_while_the_call_runs_waits_for_its_outcome(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    """The station locking itself closes open dialogs: a running call is not abandoned midway,
    the dialog closes as soon as its outcome is known."""
    key = item(gui_world, gui_world.ids.held_key_id)
    dialog = open_dialog(qtbot, ReturnDialog(ctx, key))
    pen_signature(dialog.technician_pad.canvas)
    pen_signature(dialog.custodian_pad.canvas, seed=5)
    qtbot.mouseClick(dialog.ok_button, Qt.MouseButton.LeftButton)
    assert dialog.is_busy()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # ignored while the call runs
    dialog.close()
    assert dialog.isVisible()
    with qtbot.waitSignal(dialog.completed, timeout=OP_TIMEOUT):
        pass
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=OP_TIMEOUT)
    assert item(gui_world, key.id).keeping is Keeping.HEADQUARTERS

    refused_dialog = open_dialog(qtbot, LossDialog(ctx, item(gui_world, gui_world.ids.lost_code_key_id)))
    qtbot.mouseClick(refused_dialog.ok_button, Qt.MouseButton.LeftButton)
    refused_dialog.close()
    with qtbot.waitSignal(refused_dialog.failed, timeout=OP_TIMEOUT):
        pass
    assert not refused_dialog.isVisible()


# --------------------------------------------------------------------------- screenshots


def _screenshot_dir(tmp_path: Path) -> Path:
    """``screenshots/dialogs`` of the repository when MILEO_DESK_SCREENSHOTS is set, else a temp dir."""
    if os.environ.get("MILEO_DESK_SCREENSHOTS"):
        target = Path(__file__).resolve().parents[2] / "screenshots" / "dialogs"
    else:
        target = tmp_path / "dialogs"
    target.mkdir(parents=True, exist_ok=True)
    return target


@pytest.fixture
def screenshot_dir(tmp_path: Path) -> Path:
    return _screenshot_dir(tmp_path)


def test_screenshots_of_every_dialog(qtbot: Any, make_ctx: Any, gui_world: GuiWorld, screenshot_dir: Path) -> None:
    """Each dialog as the user first sees it (plus a refusal), saved as PNG for review."""
    out = screenshot_dir
    ctx, manager_ctx, admin_ctx = (make_ctx(role) for role in (Role.CUSTODIAN, Role.OPERATIONS_MANAGER, Role.ADMIN))
    ids = gui_world.ids
    key = item(gui_world, ids.held_key_id)
    badge = world_item(gui_world, ItemType.BADGE)
    master = item(gui_world, ids.overdue_master_id)
    attribution = next(m for m in history(gui_world, ids.held_key_id) if m.kind is MovementKind.ATTRIBUTION)
    client = gui_world.svc.directory.get_client(gui_world.custodian, client_id=ids.world.client_id)
    thomas = gui_world.svc.directory.find_person(gui_world.custodian, login="thomas")

    def shot(name: str, dialog: OpDialog, prepare: Any = None) -> None:
        open_dialog(qtbot, dialog)
        if prepare is not None:
            prepare(dialog)
        QApplication.processEvents()
        dialog.adjustSize()
        QApplication.processEvents()
        image = dialog.grab()
        assert not image.isNull()
        assert image.save(str(out / f"{name}.png"))
        dialog.reject()

    def signed(dialog: Any) -> None:
        pick_person(qtbot, dialog, "eclair" if not isinstance(dialog, TransferDialog) else "noel")
        pen_signature(dialog.signature_pad.canvas)

    def returned(dialog: Any) -> None:
        pen_signature(dialog.technician_pad.canvas, seed=2)

    def refused(dialog: Any) -> None:
        click_ok_refused(qtbot, dialog)

    def late_loss(dialog: Any) -> None:
        type_datetime(qtbot, dialog.noticed_edit, "11/03/2026 08:40")

    def with_client(dialog: Any) -> None:
        type_text(qtbot, dialog.client_combo, "Soc")
        qtbot.waitUntil(lambda: dialog.site_combo.count() > 0 and dialog.is_ready(), timeout=OP_TIMEOUT)

    def client_signs(dialog: Any) -> None:
        dialog.client_signs.setChecked(True)
        keys(qtbot, dialog.signatory_edit, "Marc Lemaire")

    shot("attribution", AttributeDialog(ctx, badge), signed)
    shot("attribution_refusee", AttributeDialog(ctx, badge), lambda d: (pick_person(qtbot, d, "eclair"), refused(d)))
    shot("retour_en_retard", ReturnDialog(ctx, master), returned)
    shot("transfert", TransferDialog(ctx, key), signed)
    shot("reception", ReceiveDialog(ctx, uid="04:11:22:33:44:55:66"), with_client)
    shot("perte_tardive", LossDialog(ctx, key), late_loss)
    shot("vol", LossDialog(ctx, key, stolen=True))
    shot("retrouve", FoundDialog(ctx, item(gui_world, ids.lost_code_key_id)))
    shot("restitution", RestituteDialog(ctx, badge), client_signs)
    shot("duplication_cle_maitresse", DuplicateDialog(manager_ctx, master))
    shot("duplication_refusee", DuplicateDialog(manager_ctx, master),
         lambda d: (d.mandate_group.setChecked(False), refused(d)))
    shot("correction", CorrectionDialog(ctx, attribution))
    shot("client_nouveau", ClientDialog(manager_ctx))
    shot("client_modifier", ClientDialog(manager_ctx, client=client))
    shot("site_nouveau", SiteDialog(manager_ctx, client=client))
    shot("personne_admin", PersonDialog(admin_ctx))
    shot("personne_responsable", PersonDialog(manager_ctx, person=thomas))
    assert len(list(out.glob("*.png"))) >= 17


def test_every_dialog_emits_its_result_then_closes(qtbot: Any, ctx: Any, gui_world: GuiWorld) -> None:
    lost = item(gui_world, gui_world.ids.lost_code_key_id)
    dialog = FoundDialog(ctx, lost)
    order: list[str] = []
    dialog.completed.connect(lambda _r: order.append(f"completed visible={dialog.isVisible()}"))
    dialog.accepted.connect(lambda: order.append("accepted"))
    open_dialog(qtbot, dialog)
    click_ok(qtbot, dialog)
    assert order == ["completed visible=True", "accepted"]

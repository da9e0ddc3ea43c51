"""The item panel: fields, holder and since when, the signed history, the chain status (SPEC §1, §2)."""

from __future__ import annotations

import dataclasses

from mileo_desk.domain.enums import ItemType, Role
from mileo_desk.domain.permissions import Action
from mileo_desk.domain.rules import available_movements
from mileo_desk.gui.models.chain_check import check_item_history
from tests.gui.conftest import wait_idle


def open_item(qtbot, window, item_id: int):  # type: ignore[no-untyped-def]
    window.open_item(item_id)
    qtbot.waitUntil(lambda: window.panel.item is not None and window.panel.item.id == item_id
                    and not window.panel.loading)
    wait_idle(qtbot, window.ctx)
    return window.panel


def test_panel_shows_fields_holder_history_signatures_and_chain_status(qtbot, window, gui_world) -> None:
    panel = open_item(qtbot, window, gui_world.ids.returned_badge_id)
    ui = panel.ui
    assert ui.titleLabel.text() == "BDN-OPERA-01"
    assert ui.stateLabel.text() == "En service"
    assert not ui.overdueLabel.isVisible()
    assert ui.clientValue.text() == "Banque du Nord"
    assert ui.siteValue.text() == "Agence Opéra (sensibilité S2)"
    assert ui.cardUidValue.text() == "CAFEBABE01"
    assert ui.holderValue.text() == "Personne : l'objet est au siège"
    # the timeline, newest first: return (two signatures), attribution (one), reception
    movements = panel.timeline.movements()
    assert [m.kind.value for m in movements] == ["return", "attribution", "reception"]
    assert [len(m.signatures) for m in movements] == [2, 1, 0]
    delegate = panel.timeline_delegate
    assert "Rendu par Thomas Éclair" in delegate.texts(movements[0])
    assert [k for k, _ in delegate.links_of(movements[0])] == ["receipt", "correct"]
    assert [k for k, _ in delegate.links_of(movements[2])] == ["correct"]
    view = ui.timelineView
    rect = view.visualRect(panel.timeline.index(0))
    layout = delegate.layout_for(movements[0], rect.width())
    assert len(layout.thumbs) == 2 and rect.height() >= layout.height
    # the signatures are drawn from their stored images
    image = view.viewport().grab().toImage()
    thumb = layout.thumbs[0][0].translated(rect.topLeft())
    inked = [image.pixelColor(x, y).lightness() < 128 for x in range(thumb.left() + 4, thumb.right() - 4, 3)
             for y in range(thumb.top() + 4, thumb.bottom() - 4, 3)]
    assert any(inked)
    assert "Technicien : Thomas Éclair" in [delegate.tr("%1 : %2").replace("%1", "Technicien")
                                            .replace("%2", s.signer_name) for s in movements[0].signatures]
    assert ui.historyBox.title() == "Historique (3 mouvements)"
    assert panel.chain_status is not None and panel.chain_status.ok
    assert "Historique intègre (3 mouvements de l'objet)" in ui.chainLabel.text()


def test_holder_since_when_and_overdue(qtbot, window, gui_world) -> None:
    panel = open_item(qtbot, window, gui_world.ids.overdue_master_id)
    ui = panel.ui
    assert ui.holderValue.text() == "Noël Dupré"
    assert ui.heldSinceValue.text() == "10/03/2026 11:00"
    assert ui.dueValue.text() == "10/03/2026 14:00 — dépassé"
    assert ui.overdueLabel.isVisible()
    assert window.ui.actionReturn.isEnabled() and not window.ui.actionAttribute.isEnabled()


def test_full_verification_is_shown_in_the_panel(qtbot, window, gui_world) -> None:
    panel = open_item(qtbot, window, gui_world.ids.held_key_id)
    with qtbot.waitSignal(window.verified, timeout=10_000) as blocker:
        panel.ui.verifyButton.click()
    report = blocker.args[0]
    assert report.ok
    assert "Chaîne complète intègre (12 mouvements)" in panel.ui.chainLabel.text()
    wait_idle(qtbot, window.ctx)


def test_the_full_verification_line_follows_each_change(qtbot, window, gui_world) -> None:
    """Issue 10, item 2: never a stale « Chaîne complète intègre (12 mouvements) » after n°13."""
    from mileo_desk.services.dto import Changes
    from tests.conftest import sig

    panel = open_item(qtbot, window, gui_world.ids.held_key_id)
    with qtbot.waitSignal(window.verified, timeout=10_000):
        panel.ui.verifyButton.click()
    assert "Chaîne complète intègre (12 mouvement" in panel.ui.chainLabel.text()
    ctx = window.ctx
    result = gui_world.svc.registry.return_item(ctx.actor, item_id=gui_world.ids.held_key_id,
                                                technician_signature=sig(8), custodian_signature=sig(9))
    with qtbot.waitSignal(window.verified, timeout=10_000) as blocker:
        ctx.changes.broadcast(result.changes)
        # at once: the old figure is withdrawn, not left standing
        assert "Chaîne complète" not in panel.ui.chainLabel.text()
    assert blocker.args[0].checked == 13
    qtbot.waitUntil(lambda: "Chaîne complète intègre (13 mouvement" in panel.ui.chainLabel.text(), timeout=5000)
    # a change that appends nothing to the chain leaves the line alone
    ctx.changes.broadcast(Changes(people=True))
    wait_idle(qtbot, ctx)
    qtbot.waitUntil(lambda: not panel.loading)
    assert "Chaîne complète intègre (13 mouvement" in panel.ui.chainLabel.text()
    wait_idle(qtbot, ctx)


def test_a_modified_movement_or_signature_is_the_first_broken_link(qtbot, ctx, gui_world) -> None:
    history = gui_world.svc.queries.history(ctx.actor, item_id=gui_world.ids.returned_badge_id)
    assert check_item_history(history).ok
    edited = [history[0], dataclasses.replace(history[1], note="modifié après coup"), history[2]]
    status = check_item_history(edited)
    assert not status.ok and status.first_break_seq == history[1].seq
    assert status.message() == f"Premier maillon rompu : mouvement n°{history[1].seq} modifié"
    bad_sig = dataclasses.replace(history[2].signatures[0], intact=False)
    altered = dataclasses.replace(history[2], signatures=(bad_sig, *history[2].signatures[1:]))
    status = check_item_history([history[0], history[1], altered])
    assert status.reason == "signature" and status.first_break_seq == history[2].seq


def test_panel_follows_changes_of_its_item(qtbot, window, gui_world) -> None:
    from tests.conftest import sig

    panel = open_item(qtbot, window, gui_world.ids.held_key_id)
    assert len(panel.history) == 2
    svc, ctx = gui_world.svc, window.ctx
    svc.registry.return_item(ctx.actor, item_id=gui_world.ids.held_key_id, technician_signature=sig(8),
                             custodian_signature=sig(9))
    from mileo_desk.services.dto import Changes

    with qtbot.waitSignal(panel.item_shown, timeout=5000):
        ctx.changes.broadcast(Changes(item_ids=frozenset({gui_world.ids.held_key_id}), history=True))
    assert len(panel.history) == 3
    assert panel.ui.holderValue.text() == "Personne : l'objet est au siège"
    wait_idle(qtbot, ctx)


def test_timeline_links_open_the_correction_and_the_receipt(qtbot, window, gui_world) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QApplication

    panel = open_item(qtbot, window, gui_world.ids.returned_badge_id)
    view = panel.ui.timelineView
    rect = view.visualRect(panel.timeline.index(0))
    layout = panel.timeline_delegate.layout_for(panel.timeline.movement(0), rect.width())
    with qtbot.waitSignal(panel.correction_requested) as blocker:
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layout.links["correct"].center()
                         + rect.topLeft())
    assert blocker.args[0].seq == panel.timeline.movement(0).seq
    qtbot.waitUntil(lambda: window.current_dialog is not None)
    assert type(window.current_dialog).__name__ == "CorrectionDialog"
    qtbot.waitUntil(window.current_dialog.is_ready)
    window.current_dialog.reject()
    # the receipt: generated by the services, previewed with its fingerprint
    with qtbot.waitSignal(panel.receipt_requested):
        qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layout.links["receipt"].center()
                         + rect.topLeft())
    qtbot.waitUntil(lambda: type(window.current_dialog).__name__ == "ReceiptDialog", timeout=10_000)
    receipt = window.current_dialog
    assert receipt.document.pdf.startswith(b"%PDF")
    assert receipt.windowTitle().startswith("Bon de retour — ")  # the newest card: the return
    receipt.reject()
    # a click on a signature opens it large, with its replay
    before = set(QApplication.topLevelWidgets())
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=layout.thumbs[0][0].center() + rect.topLeft())
    opened = [w for w in QApplication.topLevelWidgets() if w not in before and w.isVisible()]
    assert opened and opened[0].windowTitle() == "Signature de Thomas Éclair"
    opened[0].close()
    wait_idle(qtbot, window.ctx)


def test_a_small_registry_is_verified_after_login(qtbot, make_ctx, make_window, settings, gui_world) -> None:
    settings.verify_at_login = True
    window = make_window(make_ctx())
    qtbot.waitUntil(lambda: window.global_report is not None, timeout=10_000)
    assert window.global_report.ok
    panel = open_item(qtbot, window, gui_world.ids.lost_code_key_id)
    assert "Chaîne complète intègre" in panel.ui.chainLabel.text()


def test_an_unavailable_action_says_why_in_its_tooltip_and_the_status_bar(qtbot, make_window, make_ctx,
                                                                           gui_world) -> None:
    manager = make_ctx(Role.OPERATIONS_MANAGER)
    window = make_window(manager)
    ui = window.ui
    # nothing opened: every item action is grey and says what to do first
    assert not ui.actionDuplicate.isEnabled()
    assert ui.actionDuplicate.statusTip() == "Choisissez d'abord un objet dans le registre ou lisez son badge."
    badge_id = gui_world.ids.world.items[ItemType.TEMPORARY_BADGE]
    panel = open_item(qtbot, window, badge_id)
    # the domain refuses to copy a temporary badge: the window asks it and shows its sentence
    assert not ui.actionDuplicate.isEnabled()
    assert ui.actionDuplicate.statusTip() == "Un badge temporaire ne se duplique jamais."
    assert ui.actionDuplicate.toolTip().endswith("— Un badge temporaire ne se duplique jamais.")
    # the panel's button is the same action: hovering it says why, as the menu entry does
    button = next(b for b in panel.action_buttons if b.defaultAction() is ui.actionDuplicate)
    assert not button.isEnabled() and "ne se duplique jamais" in button.toolTip()
    # every enabled action is one the domain allows, every grey one carries the domain's reason
    reasons = available_movements(panel.item.facts, role=Role.OPERATIONS_MANAGER,
                                  actor_id=manager.actor.person_id)
    for action, movement in window._movement_actions.items():
        why = reasons[movement]
        assert action.isEnabled() is (why is None)
        assert action.statusTip() == ("" if why is None else why.message)
        assert (" — " in action.toolTip()) is (why is not None)
    assert reasons[Action.DECLARE_LOSS] is None and ui.actionDeclareLoss.isEnabled()

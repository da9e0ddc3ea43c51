"""The receipt preview (SPEC §2, §7): the return's document is « Bon de retour » everywhere
(issue 10, item 8); printing renders light pages with their proportions (item 11)."""

from __future__ import annotations

from pathlib import Path

from pypdf import PdfReader
from PySide6.QtPrintSupport import QPrinter

from mileo_desk.domain.enums import MovementKind
from mileo_desk.domain.wording import RECEIPT_TITLES
from mileo_desk.gui.main_window.preview import ReceiptDialog, print_pdf
from mileo_desk.gui.models.labels import RECEIPT_TITLE_TEXTS
from tests.gui.conftest import wait_idle
from tests.gui.test_item_panel import open_item


def open_receipt(qtbot, window, kind: MovementKind) -> ReceiptDialog:  # type: ignore[no-untyped-def]
    movement = next(m for m in window.panel.history if m.kind is kind)
    window.panel.receipt_requested.emit(movement)
    qtbot.waitUntil(lambda: isinstance(window.current_dialog, ReceiptDialog), timeout=10_000)
    dialog = window.current_dialog
    assert isinstance(dialog, ReceiptDialog)
    qtbot.waitUntil(lambda: dialog.pdf.pageCount() > 0, timeout=5000)
    return dialog


def test_every_receipt_title_of_the_domain_is_translatable() -> None:
    assert set(RECEIPT_TITLES.values()) <= set(RECEIPT_TITLE_TEXTS)


def test_the_return_receipt_is_a_bon_de_retour_everywhere(qtbot, window, gui_world) -> None:
    panel = open_item(qtbot, window, gui_world.ids.returned_badge_id)
    links = {m.kind: dict(panel.timeline_delegate.links_of(m)).get("receipt") for m in panel.history}
    assert links[MovementKind.RETURN] == "Bon de retour…"
    assert links[MovementKind.ATTRIBUTION] == "Bon de remise…"
    registry_id = panel.item.registry_id
    back = open_receipt(qtbot, window, MovementKind.RETURN)
    seq = next(m.seq for m in panel.history if m.kind is MovementKind.RETURN)
    assert back.document.filename == f"bon-de-retour-{registry_id}-{seq}.pdf"
    assert back.windowTitle() == f"Bon de retour — bon-de-retour-{registry_id}-{seq}.pdf"
    back.reject()
    given = open_receipt(qtbot, window, MovementKind.ATTRIBUTION)
    assert given.windowTitle().startswith("Bon de remise — bon-de-remise-")
    given.reject()
    wait_idle(qtbot, window.ctx)


def test_printing_gives_a_light_page_with_its_proportions(qtbot, window, gui_world, tmp_path: Path) -> None:
    open_item(qtbot, window, gui_world.ids.returned_badge_id)
    dialog = open_receipt(qtbot, window, MovementKind.RETURN)
    # « Enregistrer en PDF »: the original document, byte for byte
    saved = tmp_path / "saved.pdf"
    dialog.save_to(str(saved))
    assert saved.read_bytes() == dialog.document.pdf
    # « Imprimer… » to a PDF printer at its high resolution (1200 dpi): was 5.6 MB
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    printed = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(printed))
    print_pdf(dialog.pdf, printer)
    size = printed.stat().st_size
    assert 0 < size < 1_000_000, size
    page = PdfReader(printed).pages[0]
    (image,) = page.images
    source = dialog.pdf.pagePointSize(0)
    ratio, source_ratio = image.image.width / image.image.height, source.width() / source.height()
    assert abs(ratio / source_ratio - 1) < 0.01
    # about 300 dpi: an A4 page is some 2480 pixels wide
    assert 2300 <= image.image.width <= 2600
    dialog.reject()
    wait_idle(qtbot, window.ctx)

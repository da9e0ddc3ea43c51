"""The registry table: id-based model with block fetches, search-as-you-type, filters (SPEC §1)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from mileo_desk.domain.enums import ItemState, ItemType
from mileo_desk.gui.models.registry_model import PLACEHOLDER, Column, ItemRole, RegistryModel
from mileo_desk.services.dto import ItemFilter
from tests.gui.conftest import wait_idle


def shown_ids(window) -> list[str]:  # type: ignore[no-untyped-def]
    model = window.model
    return sorted(model.index(r, Column.REGISTRY_ID).data() for r in range(model.rowCount()))


def search(qtbot, window, text: str) -> list[str]:  # type: ignore[no-untyped-def]
    edit = window.ui.searchEdit
    edit.clear()
    qtbot.keyClicks(edit, text)
    qtbot.waitUntil(lambda: not window.model.querying and not window._search_timer.isActive(), timeout=5000)
    wait_idle(qtbot, window.ctx)
    return shown_ids(window)


def test_all_items_with_their_columns(qtbot, window, gui_world) -> None:
    assert window.model.rowCount() == 6
    assert window.ui.countLabel.text() == "6 objets"
    model = window.model
    row = model.row_of(gui_world.ids.overdue_master_id)
    assert row is not None
    cells = [model.index(row, c).data() for c in Column]
    assert cells[:6] == ["ECL-00004", "Clé maîtresse", "Société des Écluses", "Salle des serveurs", "Noël Dupré",
                         "En service"]
    assert cells[Column.DUE] == "10/03/2026 14:00"  # 13:00 UTC shown in Paris time
    assert cells[Column.OVERDUE] == "En retard"
    assert model.index(row, 0).data(ItemRole.OVERDUE) is True
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in Column]
    assert headers == ["Identifiant", "Type", "Client", "Site", "Détenteur", "État", "Retour prévu", "Retard"]


def test_search_as_you_type_is_accent_insensitive(qtbot, window) -> None:
    # holder "Thomas Éclair" typed without accent, client "Écluses" as "ecluses"
    assert search(qtbot, window, "eclair") == ["ECL-00002", "ECL-00005"]
    assert search(qtbot, window, "ÉCLUSES") == ["ECL-00001", "ECL-00002", "ECL-00003", "ECL-00004", "ECL-00005"]
    assert search(qtbot, window, "opera") == ["BDN-OPERA-01"]
    assert search(qtbot, window, "deadbeef") == ["ECL-00005"]  # card UID
    assert search(qtbot, window, "ECL-00003") == ["ECL-00003"]  # registry id
    assert search(qtbot, window, "noel dupre") == ["ECL-00004"]
    assert search(qtbot, window, "zzzz") == []
    assert window.ui.countLabel.text() == "0 objet"
    assert search(qtbot, window, "") == shown_ids(window) and len(shown_ids(window)) == 6


def test_filters_combine(qtbot, window, gui_world) -> None:
    ui = window.ui
    ids = gui_world.ids

    def choose(combo, data) -> None:  # type: ignore[no-untyped-def]
        combo.setCurrentIndex(combo.findData(data))
        qtbot.waitUntil(lambda: not window.model.querying)
        wait_idle(qtbot, window.ctx)

    choose(ui.clientCombo, ids.world.other_client_id)
    assert shown_ids(window) == ["BDN-OPERA-01"]
    assert ui.siteCombo.count() == 2  # "all sites" + the client's one site
    assert [ui.siteCombo.itemData(i) for i in range(2)] == [None, ids.world.other_site_id]
    # the lists come back from the database (a client or a person changed): the choice stays
    window._fill_choice_combos()
    assert (ui.clientCombo.currentData(), ui.siteCombo.count()) == (ids.world.other_client_id, 2)
    assert ui.clientCombo.currentText() == "Banque du Nord"
    choose(ui.clientCombo, ids.world.client_id)
    choose(ui.typeCombo, ItemType.TEMPORARY_BADGE)
    assert shown_ids(window) == ["ECL-00005"]
    choose(ui.typeCombo, None)
    choose(ui.stateCombo, ItemState.LOST)
    assert shown_ids(window) == ["ECL-00003"]
    choose(ui.stateCombo, None)
    choose(ui.holderCombo, ids.world.noel_id)
    assert shown_ids(window) == ["ECL-00004"]
    choose(ui.holderCombo, None)
    choose(ui.siteCombo, ids.world.site_s1_id)
    assert shown_ids(window) == ["ECL-00002", "ECL-00003"]
    window.clear_filters()
    qtbot.waitUntil(lambda: not window.model.querying)
    ui.overdueCheck.setChecked(True)
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    assert shown_ids(window) == ["ECL-00004"]
    ui.overdueCheck.setChecked(False)
    ui.tempOutCheck.setChecked(True)
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    assert shown_ids(window) == ["ECL-00005"]
    qtbot.keyClick(window, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)  # clear filters
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    assert len(shown_ids(window)) == 6 and not ui.tempOutCheck.isChecked()


def test_rows_are_fetched_in_blocks_with_placeholders_meanwhile(qtbot, ctx) -> None:
    model = RegistryModel(ctx, block_size=2, auto_refresh=False)
    model.first_page = 0  # ids only: every row comes from a block fetch
    fetched: list[tuple[int, int]] = []
    model.block_loaded.connect(lambda a, b: fetched.append((a, b)))
    model.refresh()
    qtbot.waitUntil(lambda: model.loaded)
    assert model.rowCount() == 6
    # the first look at row 3 asks for its block and shows a placeholder meanwhile
    assert model.index(3, Column.REGISTRY_ID).data() == PLACEHOLDER
    assert model.index(3, 0).data(ItemRole.ID) is not None  # the id is known before the row
    assert model.item_at(3) is None
    qtbot.waitUntil(lambda: (2, 3) in fetched)
    assert model.index(3, Column.REGISTRY_ID).data() != PLACEHOLDER
    assert model.item_at(0) is None, "only the block that was looked at is fetched"
    wait_idle(qtbot, ctx)


def test_a_newer_filter_wins_over_a_query_in_flight(qtbot, ctx) -> None:
    model = RegistryModel(ctx, auto_refresh=False)
    counts: list[int] = []
    model.ids_loaded.connect(counts.append)
    for text in ("e", "ec", "ecl", "eclair"):
        model.set_filter(ItemFilter(text=text))
    qtbot.waitUntil(lambda: model.loaded and not model.querying)
    wait_idle(qtbot, ctx)
    assert model.filters == (ItemFilter(text="eclair"),)
    assert model.rowCount() == 2
    assert len(counts) <= 2, "intermediate filters were skipped"


def test_sorting_by_due_date_and_descending(qtbot, window) -> None:
    window.ui.table.sortByColumn(Column.DUE, Qt.SortOrder.AscendingOrder)
    qtbot.waitUntil(lambda: not window.model.querying)
    wait_idle(qtbot, window.ctx)
    model = window.model
    first = model.index(0, Column.REGISTRY_ID).data()
    window.ui.table.sortByColumn(Column.DUE, Qt.SortOrder.DescendingOrder)
    wait_idle(qtbot, window.ctx)
    assert model.index(model.rowCount() - 1, Column.REGISTRY_ID).data() == first


def test_the_first_page_is_shown_before_every_id_is_known(qtbot, ctx) -> None:
    model = RegistryModel(ctx, auto_refresh=False)
    model.first_page = 4
    counts: list[tuple[int, bool]] = []
    model.ids_loaded.connect(lambda n: counts.append((n, model.complete)))
    model.refresh()
    qtbot.waitUntil(lambda: model.loaded and not model.querying)
    wait_idle(qtbot, ctx)
    assert counts == [(4, False), (6, True)]
    assert all(model.item_at(r) is not None for r in range(4)), "the first page comes with its rows"


def test_every_id_waits_for_a_pause_in_the_typing(qtbot, ctx) -> None:
    """The first page comes at once; every matching id only after ids_delay_ms without a new
    filter (listing thousands of ids would hold the DB worker while the person types)."""
    model = RegistryModel(ctx, auto_refresh=False)
    model.first_page = 2
    model.ids_delay_ms = 400
    counts: list[tuple[int, bool, str | None]] = []
    model.ids_loaded.connect(lambda n: counts.append((n, model.complete, model.filters[0].text)))
    model.set_filter(ItemFilter(text="ecl"))
    qtbot.waitUntil(lambda: counts == [(2, False, "ecl")])
    assert model.querying and model.canFetchMore()
    # a newer filter before the pause: the first one never lists its ids
    model.set_filter(ItemFilter(text="ecluses"))
    qtbot.waitUntil(lambda: len(counts) == 2)
    assert counts[1] == (2, False, "ecluses")
    qtbot.waitUntil(lambda: not model.querying, timeout=5000)
    wait_idle(qtbot, ctx)
    assert counts[2:] == [(5, True, "ecluses")]
    assert not model.canFetchMore()


def test_scrolling_to_the_end_of_the_first_page_lists_every_id_at_once(qtbot, ctx) -> None:
    model = RegistryModel(ctx, auto_refresh=False)
    model.first_page = 2
    model.ids_delay_ms = 60_000  # no pause long enough in this test
    model.set_filter(ItemFilter(text="ecl"))
    qtbot.waitUntil(lambda: model.rowCount() == 2 and model.canFetchMore())
    model.fetchMore()  # what the view does when it is scrolled to its last row
    qtbot.waitUntil(lambda: model.complete and not model.querying, timeout=5000)
    assert model.rowCount() == 5


def test_the_delegate_paints_what_the_roles_say(qtbot, window, gui_world) -> None:
    """RegistryDelegate fills the style option from one cell() call: the same text, colours
    and weight the standard delegate would take from the roles."""
    from PySide6.QtGui import QPalette
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    from mileo_desk.gui.models.registry_model import RegistryDelegate

    model, table = window.model, window.ui.table
    delegate = table.itemDelegate()
    assert isinstance(delegate, RegistryDelegate)
    standard = QStyledItemDelegate()
    row = model.row_of(gui_world.ids.overdue_master_id)
    assert row is not None
    for col in Column:
        index = model.index(row, col)
        ours, theirs = QStyleOptionViewItem(), QStyleOptionViewItem()
        for option, d in ((ours, delegate), (theirs, standard)):
            option.initFrom(table)
            option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter  # the view's
            d.initStyleOption(option, index)
        assert ours.text == theirs.text == index.data()
        assert ours.font.bold() == theirs.font.bold() == (col in (Column.REGISTRY_ID, Column.OVERDUE))
        text = QPalette.ColorRole.Text
        assert ours.palette.brush(text).color() == theirs.palette.brush(text).color()
        assert ours.backgroundBrush.color() == theirs.backgroundBrush.color()
        assert ours.displayAlignment == theirs.displayAlignment
    assert model.cell(row, Column.DUE)[1] is not None, "an overdue due date is red"

"""The inputs and layout helpers the desk-station dialogs are built from.

Paris-time date/time editors (the services work in aware UTC, people read and type Paris
time), the searchable person combo (accents optional), the free note, form and label
helpers, and the French labels (marked for translation) that only the dialogs use.

These are plain widgets with no knowledge of the service call a dialog runs, which is in
:mod:`.base`: a dialog module takes its building blocks from here and its behaviour from
there.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QDate,
    QDateTime,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTime,
    QTimeZone,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QCompleter,
    QDateEdit,
    QDateTimeEdit,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QWidget,
)

from ...domain.enums import Sensitivity
from ...domain.text import fold
from ..models.labels import role_label

if TYPE_CHECKING:
    from ...services.dto import PersonView

_EPOCH = datetime(1970, 1, 1, tzinfo=UTC)
PARIS_ZONE = QTimeZone(b"Europe/Paris")
DATETIME_FORMAT = "dd/MM/yyyy HH:mm"
DATE_FORMAT = "dd/MM/yyyy"

# --------------------------------------------------------------------------- labels

# the enumerations' labels are shared with the main window (models.labels, context "Labels");
# only what the dialogs alone say is declared here
_LABELS = "DialogLabels"

#: the item named with its article, as in « reconnais avoir reçu la clé ECL-00012 »
_SENSITIVITY = {
    Sensitivity.S1: QT_TRANSLATE_NOOP("DialogLabels", "S1 — site courant"),
    Sensitivity.S2: QT_TRANSLATE_NOOP("DialogLabels", "S2 — site sensible"),
    Sensitivity.S3: QT_TRANSLATE_NOOP("DialogLabels", "S3 — site très sensible"),
}


def _tr(text: object) -> str:
    # QT_TRANSLATE_NOOP returns its text unchanged (typed object in the stubs)
    return QCoreApplication.translate(_LABELS, str(text))


def sensitivity_label(value: Sensitivity) -> str:
    return _tr(_SENSITIVITY[Sensitivity(value)])


# --------------------------------------------------------------------------- time


def to_qdatetime(moment: datetime) -> QDateTime:
    """An aware datetime as a QDateTime in Europe/Paris."""
    ms = (moment - _EPOCH) // timedelta(milliseconds=1)
    return QDateTime.fromMSecsSinceEpoch(ms, PARIS_ZONE)


def from_qdatetime(value: QDateTime) -> datetime:
    """A QDateTime (any zone) as an aware UTC datetime."""
    return _EPOCH + timedelta(milliseconds=value.toMSecsSinceEpoch())


def to_qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def from_qdate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


class ParisDateTimeEdit(QDateTimeEdit):
    """A date and time typed and shown in Europe/Paris; :meth:`value` is aware UTC."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # typed and shown in Paris time whatever the workstation's own time zone
        self.setTimeZone(PARIS_ZONE)
        self.setDisplayFormat(DATETIME_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDateTime(QDateTime(QDate(2000, 1, 1), QTime(0, 0), PARIS_ZONE))
        self.setMaximumDateTime(QDateTime(QDate(2100, 12, 31), QTime(23, 59), PARIS_ZONE))
        self.setMinimumWidth(170)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_value(self, moment: datetime) -> None:
        self.setDateTime(to_qdatetime(moment))

    def value(self) -> datetime:
        return from_qdatetime(self.dateTime())


class ParisDateEdit(QDateEdit):
    """A calendar date (Paris), shown as dd/MM/yyyy."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDisplayFormat(DATE_FORMAT)
        self.setCalendarPopup(True)
        self.setMinimumDate(QDate(1990, 1, 1))
        self.setMinimumWidth(130)
        self.setSizePolicy(QSizePolicy.Policy.Fixed, QSizePolicy.Policy.Fixed)

    def set_value(self, day: date) -> None:
        self.setDate(to_qdate(day))

    def value(self) -> date:
        return from_qdate(self.date())


# --------------------------------------------------------------------------- inputs and helpers


def esc(text: str) -> str:
    """*text* made safe to put in a rich-text label (names and labels are typed by people)."""
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)

#: what the completer matches on: the shown label followed by its accent-free form
_SEARCH_ROLE = Qt.ItemDataRole.UserRole + 1


class _NameCompleter(QCompleter):
    """Matches on the accent-free search text but puts the shown name in the field."""

    def pathFromIndex(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Qt.ItemDataRole.DisplayRole) or "")


class PersonCombo(QComboBox):
    """A searchable list of people: type part of a name (accents optional) and pick it."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setEditable(True)
        # editable only to search: typing a name never adds a person
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.setMaxVisibleItems(15)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(28)
        completer = _NameCompleter(self.model(), self)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionRole(_SEARCH_ROLE)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.setCompleter(completer)
        # Enter in the suggestions picks one (the highlighted, else the first) and never reaches
        # the dialog's default button: installed after QCompleter's own filter, so it runs first
        popup = completer.popup()
        assert popup is not None
        popup.installEventFilter(self)
        line = self.lineEdit()
        assert line is not None
        line.setPlaceholderText(self.tr("Tapez une partie du nom…"))
        self._people: dict[int, PersonView] = {}

    def set_people(self, people: Iterable[PersonView], *, exclude: int | None = None) -> None:
        keep = self.person_id() if self.count() else None
        text = self.currentText()
        self.clear()
        self._people = {}
        for person in people:
            if person.id == exclude:
                continue
            self._people[person.id] = person
            label = f"{person.full_name} — {role_label(person.role)}"
            self.addItem(label, person.id)
            self.setItemData(self.count() - 1, f"{label} {fold(label)}", _SEARCH_ROLE)
        if keep is not None and self.select_person(keep):
            return
        self.setCurrentIndex(-1)
        self.setEditText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        completer = self.completer()
        if (completer is not None and watched is completer.popup() and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() in _ENTER_KEYS):
            popup = completer.popup()
            assert popup is not None
            index = popup.currentIndex()
            model = completer.completionModel()
            if not index.isValid() and model.rowCount() > 0:
                index = model.index(0, 0)
            popup.hide()
            if index.isValid():
                source = completer.completionModel().mapToSource(index)  # type: ignore[attr-defined]
                self.setCurrentIndex(source.row())
            return True
        return super().eventFilter(watched, event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter on a name typed but not yet picked picks it (or shows the suggestions): it does
        # not submit the dialog with a half-chosen technician
        if event.key() in _ENTER_KEYS and not self._picked():
            person_id = self.person_id()
            if person_id is not None:
                self.select_person(person_id)
            elif self.currentText().strip():
                completer = self.completer()
                if completer is not None:
                    completer.setCompletionPrefix(self.currentText())
                    completer.complete()
            event.accept()
            return
        super().keyPressEvent(event)

    def _picked(self) -> bool:
        """Whether the field shows an entry of the list (or nothing at all)."""
        text = self.currentText().strip()
        index = self.currentIndex()
        return not text or (index >= 0 and self.itemText(index) == text)

    def people(self) -> list[PersonView]:
        return list(self._people.values())

    def select_person(self, person_id: int) -> bool:
        index = self.findData(person_id)
        if index < 0:
            return False
        self.setCurrentIndex(index)
        return True

    def person(self) -> PersonView | None:
        pid = self.person_id()
        return self._people.get(pid) if pid is not None else None

    def person_id(self) -> int | None:
        """The chosen person: the selected entry, or the one entry the typed text designates."""
        text = self.currentText().strip()
        if not text:
            return None
        index = self.currentIndex()
        if index >= 0 and self.itemText(index) == text:
            return int(self.itemData(index))
        needle = fold(text)
        exact = [i for i in range(self.count()) if fold(self._name(i)) == needle]
        if len(exact) == 1:
            return int(self.itemData(exact[0]))
        partial = [i for i in range(self.count()) if needle in fold(self.itemText(i))]
        if len(partial) == 1:
            return int(self.itemData(partial[0]))
        return None

    def _name(self, index: int) -> str:
        person = self._people.get(int(self.itemData(index)))
        return person.full_name if person else self.itemText(index)


def note_edit(parent: QWidget, placeholder: str) -> QPlainTextEdit:
    """A free note: multi-line, Tab moves on (it does not type a tab)."""
    edit = QPlainTextEdit(parent)
    edit.setTabChangesFocus(True)
    edit.setPlaceholderText(placeholder)
    edit.setFixedHeight(64)
    return edit


def plain(edit: QPlainTextEdit) -> str | None:
    text = edit.toPlainText().strip()
    return text or None


def set_tab_chain(widgets: Sequence[QWidget | None]) -> None:
    """Tab goes through *widgets* in this order."""
    chain = [w for w in widgets if w is not None]
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


def form_layout() -> QFormLayout:
    form = QFormLayout()
    form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
    form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.DontWrapRows)
    form.setLabelAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
    form.setHorizontalSpacing(12)
    form.setVerticalSpacing(8)
    return form


def buddy_label(text: str, buddy: QWidget, parent: QWidget | None = None) -> QLabel:
    """A form label whose mnemonic (``&``) focuses *buddy* (needed when the row's field is a
    layout, for which QFormLayout makes no buddy)."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def section_label(text: str, parent: QWidget | None = None) -> QLabel:
    """A bold heading inside a form (keeps the form's label column aligned, unlike a group box)."""
    label = QLabel(text, parent)
    font = label.font()
    font.setBold(True)
    label.setFont(font)
    label.setContentsMargins(0, 8, 0, 0)
    return label


def hint_label(text: str, parent: QWidget | None = None) -> QLabel:
    label = QLabel(text, parent)
    label.setWordWrap(True)
    label.setStyleSheet("color: #5f6368;")
    return label


def buttons_without_default(*buttons: QAbstractButton) -> None:
    """Helper buttons inside a form must not steal Enter from OK."""
    for button in buttons:
        if isinstance(button, QPushButton):
            button.setAutoDefault(False)
            button.setDefault(False)

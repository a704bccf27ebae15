"""Counts typed with the keyboard alone: a digit opens the cell, Tab and Enter check and commit then open the
next count, Up/Down commit and move, Escape gives the old figure back. A refused count stays in the editor
(nothing is written) and `refused(index, text)` says why; the view shows it beside the row."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPersistentModelIndex, QRegularExpression, Qt, Signal
from PySide6.QtGui import QKeyEvent, QRegularExpressionValidator
from PySide6.QtWidgets import QAbstractItemDelegate, QAbstractItemView, QLineEdit, QStyledItemDelegate, QTableView

from app.views.capacities.table_model import CapacityTableModel, parse_count, status_of
from app.views.refusal_text import refusal_text

Hint = QAbstractItemDelegate.EndEditHint
COMMIT_KEYS = {Qt.Key.Key_Tab: Hint.EditNextItem, Qt.Key.Key_Return: Hint.EditNextItem,
               Qt.Key.Key_Enter: Hint.EditNextItem, Qt.Key.Key_Backtab: Hint.EditPreviousItem,
               Qt.Key.Key_Up: Hint.NoHint, Qt.Key.Key_Down: Hint.NoHint}


class CountDelegate(QStyledItemDelegate):
    """A line edit for one count, checked through capacities.check before anything is committed."""

    refused = Signal(object, str)  # QPersistentModelIndex, the sentence
    cleared = Signal(object)  # QPersistentModelIndex: nothing to say any more (accepted, escaped or left)
    moveAfter = Signal(int)  # -1 / +1: the row to go to after an Up/Down commit

    def createEditor(self, parent, option, index):  # noqa: N802 - Qt override
        editor = QLineEdit(parent)
        editor.setValidator(QRegularExpressionValidator(QRegularExpression(r"-?\d{0,6}"), editor))
        editor.setAlignment(Qt.AlignmentFlag.AlignRight)
        editor.setProperty("index", QPersistentModelIndex(index))
        return editor

    def setEditorData(self, editor, index) -> None:  # noqa: N802 - Qt override
        if editor.property("filled"):  # a refresh of the row must not wipe what is being typed
            return
        editor.setProperty("filled", True)
        editor.setText(index.data(Qt.ItemDataRole.EditRole) or "")
        editor.selectAll()

    def setModelData(self, editor, model, index) -> None:  # noqa: N802 - Qt override
        if self.refusal(editor, index) is None:
            model.setData(index, editor.text(), Qt.ItemDataRole.EditRole)

    def refusal(self, editor: QLineEdit, index) -> str | None:
        """Why the editor's text cannot be kept, in the user's language, or None."""
        model = index.model()
        try:
            count = parse_count(editor.text())
        except ValueError:
            return self.tr("Saisissez un nombre entier.")
        if not isinstance(model, CapacityTableModel):
            return None
        refusal = model.check_edit(index, count)
        return refusal_text(refusal) if refusal is not None else None

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.KeyPress and isinstance(editor, QLineEdit):
            key = Qt.Key(event.key())
            index = editor.property("index")
            if key in COMMIT_KEYS and index is not None and index.isValid():
                why = self.refusal(editor, index)
                if why is not None:
                    self.refused.emit(index, why)
                    return True  # the typed value stays in the editor
                self.cleared.emit(index)
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, COMMIT_KEYS[key])
                if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
                    self.moveAfter.emit(-1 if key == Qt.Key.Key_Up else 1)
                return True
            if key == Qt.Key.Key_Escape:
                self.cleared.emit(index)
        if event.type() == QEvent.Type.FocusOut and isinstance(editor, QLineEdit):
            index = editor.property("index")
            if index is not None and index.isValid() and self.refusal(editor, index) is not None:
                self.cleared.emit(index)
                self.closeEditor.emit(editor, Hint.RevertModelCache)  # leaving a refused count writes nothing
                return True
        return super().eventFilter(editor, event)


class EntryTable(QTableView):
    """A QTableView whose Tab chain and typing follow the count columns only."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.delegate = CountDelegate(self)
        self.setItemDelegate(self.delegate)
        self.setEditTriggers(QAbstractItemView.EditTrigger.AnyKeyPressed
                             | QAbstractItemView.EditTrigger.EditKeyPressed
                             | QAbstractItemView.EditTrigger.DoubleClicked)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setTabKeyNavigation(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        self.delegate.moveAfter.connect(self._move_rows)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802 - Qt override
        text = event.text()
        if text and text.isprintable() and not (text.isdigit() or text == "-"):
            event.ignore()  # only a figure opens a count
            return
        if text and (text.isdigit() or text == "-") and status_of(self.currentIndex().column()) is None:
            first = self._editable(self.currentIndex().row(), 0, 1)
            if first is not None:
                self.setCurrentIndex(first)
        super().keyPressEvent(event)

    def moveCursor(self, action, modifiers):  # noqa: N802 - Qt override
        """Tab and Shift+Tab go from count to count, row after row."""
        Move = QAbstractItemView.CursorAction
        current = self.currentIndex()
        if action in (Move.MoveNext, Move.MovePrevious) and current.isValid():
            step = 1 if action == Move.MoveNext else -1
            found = self._editable(current.row(), current.column() + step, step)
            row = current.row() + step
            while found is None and 0 <= row < self.model().rowCount():
                found = self._editable(row, 0 if step > 0 else self.model().columnCount() - 1, step)
                row += step
            return found if found is not None else current
        return super().moveCursor(action, modifiers)

    def _editable(self, row: int, column: int, step: int) -> QModelIndex | None:
        model = self.model()
        while 0 <= column < model.columnCount():
            if status_of(column) is not None and not self.isColumnHidden(column):
                return model.index(row, column)
            column += step
        return None

    def _move_rows(self, delta: int) -> None:
        current = self.currentIndex()
        target = current.sibling(current.row() + delta, current.column())
        if target.isValid():
            self.setCurrentIndex(target)

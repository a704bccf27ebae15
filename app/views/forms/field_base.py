"""The base of every field widget, and the read-only look the inputs share.

A field widget edits the answers of one item: `value() -> [answer, ...]`, `set_value(answers)` (never emits),
`edited` when the user changed it, `local_error()` when what is typed cannot become an answer (it stays in the
field with its message), `set_read_only(on)`. The widgets of each item type are in field_widgets.py,
number_widgets.py, time_widgets.py, choice_widgets.py and the others the registry lists.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.i18n import current_language


class FieldWidget(QWidget):
    edited = Signal()
    reshaped = Signal()  # inputs were added or removed (a block, a slot): the form orders its Tab chain again

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.pack = pack
        self.read_only = False
        self.locked_codes: frozenset[str] = frozenset()  # pre-filled values that must stay (see set_locked)
        self.accessible = item.text_for(current_language()) or item.link_id  # the name screen readers say
        self._error: str | None = None
        self.layout_ = QHBoxLayout(self)
        self.layout_.setContentsMargins(0, 0, 0, 0)

    def value(self) -> list[dict]:
        return []

    def set_value(self, answers: list[dict]) -> None:
        pass

    def local_error(self) -> str | None:
        return self._error

    def set_read_only(self, on: bool) -> None:
        """Read-only looks read-only: greyed background, no clear button, no arrows, nothing to click."""
        self.read_only = on
        for child in self.findChildren(QWidget):
            if isinstance(child, QLineEdit) and isinstance(child.parent(), QAbstractSpinBox):
                continue  # the spin box's own editor: the spin box is handled
            if isinstance(child, (QLineEdit, QPlainTextEdit, QAbstractSpinBox)):
                show_read_only(child, on)
            elif hasattr(child, "setReadOnly"):
                child.setReadOnly(on)
            else:
                child.setEnabled(not on)

    def set_locked(self, codes: frozenset[str]) -> None:
        """The codes of pre-filled mandatory values (FINESS, ViaTrajectoire, server): shown as locked."""
        self.locked_codes = frozenset(codes)

    def focus_target(self) -> QWidget:
        return self

    def set_accessible_name(self, name: str) -> None:
        """Name the field and each of its inputs after the item's text (screen readers say it)."""
        self.accessible = name
        self.setAccessibleName(name)
        self.name_inputs()

    def name_inputs(self) -> None:
        """Give every focusable input of the field an accessible name (widgets with several inputs say which)."""
        for child in self.findChildren(QWidget):
            if child.focusPolicy() != Qt.FocusPolicy.NoFocus and (not child.accessibleName()
                                                                  or child.property("namedByField")):
                child.setAccessibleName(self.accessible)
                child.setProperty("namedByField", True)  # renamed with the field (language switch)
        target = self.focus_target()
        if target is not self:
            target.setAccessibleName(self.accessible)

    def retranslate(self) -> None:
        """Texts of the widget itself (placeholders, buttons), in the interface's language."""

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


READ_ONLY_STYLE = "background: #eceff1; color: #37474f; border: 1px solid #cfd8dc; border-radius: 2px;"


def show_read_only(edit: QWidget, on: bool) -> None:
    """A text or number input that cannot be changed here, and looks it (a FINESS value, a server value)."""
    edit.setReadOnly(on)
    edit.setStyleSheet(READ_ONLY_STYLE if on else "")
    edit.setProperty("lockedLook", on)
    if isinstance(edit, QLineEdit):
        if on:
            edit.setProperty("clearable", edit.property("clearable") or edit.isClearButtonEnabled())
            edit.setClearButtonEnabled(False)
        elif edit.property("clearable"):
            edit.setClearButtonEnabled(True)
    if isinstance(edit, QAbstractSpinBox):
        edit.setButtonSymbols(QAbstractSpinBox.ButtonSymbols.NoButtons if on
                              else QAbstractSpinBox.ButtonSymbols.UpDownArrows)
        if isinstance(edit, QDateTimeEdit):
            edit.setCalendarPopup(not on)


def first_answer(answers: list[dict], key: str) -> Any:
    for answer in answers or []:
        if key in answer:
            return answer[key]
    return None

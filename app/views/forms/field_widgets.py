"""The widgets of the plain item types: text, several lines, yes/no, one value per line, display texts.

The base class is in field_base.py and the number fields in number_widgets.py; both are importable from here
too, where the form builder and the tests have always found them. `register(type, ...)` (registry.py) adds a
class to the registry (calibre style); registry.py picks the class for an item. Dates and times are in
time_widgets.py.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QRadioButton,
    QWidget,
)

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_base import READ_ONLY_STYLE, FieldWidget, first_answer, show_read_only
from app.views.forms.number_widgets import DecimalWidget, IntegerWidget, QuantityWidget
from app.views.forms.registry import register, register_shape
from app.views.i18n import current_language

__all__ = ["READ_ONLY_STYLE", "BooleanWidget", "DecimalWidget", "DisplayWidget", "FieldWidget", "IntegerWidget",
           "MultiTextWidget", "QuantityWidget", "StringWidget", "TextWidget", "first_answer", "show_read_only"]


@register("string", "url", "reference", "attachment")
class StringWidget(FieldWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QLineEdit()
        if item.max_length:
            self.edit.setMaxLength(item.max_length)
        self.layout_.addWidget(self.edit)
        self.edit.textEdited.connect(lambda _t: self.edited.emit())
        self._key = "valueUri" if item.type == "url" else "valueString"
        self._other: list[dict] | None = None  # a value this widget cannot edit (reference...) is kept as is

    def value(self) -> list[dict]:
        if self._other is not None and self.item.type in ("reference", "attachment"):
            return self._other
        text = self.edit.text().strip()
        return [{self._key: text}] if text else []

    def set_value(self, answers: list[dict]) -> None:
        self._other = answers or None
        text = first_answer(answers, self._key) or first_answer(answers, "valueString") or ""
        if not text and answers:
            from app.views.forms.sources import answer_label
            text = answer_label(answers[0])
        self.edit.setText(str(text))

    def focus_target(self) -> QWidget:
        return self.edit


@register("text")
class TextWidget(FieldWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QPlainTextEdit()
        self.edit.setFixedHeight(72)
        self.edit.setTabChangesFocus(True)
        self.layout_.addWidget(self.edit)
        self._setting = False
        self.edit.textChanged.connect(self._changed)

    def _changed(self) -> None:
        if not self._setting:
            self.edited.emit()

    def value(self) -> list[dict]:
        text = self.edit.toPlainText().strip()
        return [{"valueString": text}] if text else []

    def set_value(self, answers: list[dict]) -> None:
        self._setting = True
        try:
            self.edit.setPlainText(str(first_answer(answers, "valueString") or ""))
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.edit


@register("boolean")
class BooleanWidget(FieldWidget):
    """Oui / Non as two radio buttons: nothing checked means no answer yet."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.yes = QRadioButton()
        self.no = QRadioButton()
        self.group = QButtonGroup(self)
        self.group.setExclusive(True)
        self.group.addButton(self.yes)
        self.group.addButton(self.no)
        self.layout_.addWidget(self.yes)
        self.layout_.addWidget(self.no)
        self.layout_.addStretch(1)
        self.yes.clicked.connect(self.edited.emit)
        self.no.clicked.connect(self.edited.emit)
        self.retranslate()

    def retranslate(self) -> None:
        self.yes.setText(self.tr("Oui"))
        self.no.setText(self.tr("Non"))
        self.name_inputs()

    def name_inputs(self) -> None:
        self.yes.setAccessibleName(f"{self.accessible} : {self.yes.text()}")
        self.no.setAccessibleName(f"{self.accessible} : {self.no.text()}")

    def value(self) -> list[dict]:
        if self.yes.isChecked():
            return [{"valueBoolean": True}]
        if self.no.isChecked():
            return [{"valueBoolean": False}]
        return []

    def set_value(self, answers: list[dict]) -> None:
        v = first_answer(answers, "valueBoolean")
        self.group.setExclusive(False)
        self.yes.setChecked(v is True)
        self.no.setChecked(v is False)
        self.group.setExclusive(True)

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.yes.setEnabled(not on)
        self.no.setEnabled(not on)

    def focus_target(self) -> QWidget:
        return self.yes


@register_shape(lambda item: item.repeats and item.type in ("string", "text", "url"))
class MultiTextWidget(FieldWidget):
    """A repeating text item: one value per line."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.edit = QPlainTextEdit()
        self.edit.setFixedHeight(60)
        self.edit.setTabChangesFocus(True)
        self.layout_.addWidget(self.edit)
        self._setting = False
        self.edit.textChanged.connect(lambda: None if self._setting else self.edited.emit())
        self._key = "valueUri" if item.type == "url" else "valueString"
        self.retranslate()

    def retranslate(self) -> None:
        self.edit.setPlaceholderText(self.tr("Une valeur par ligne"))

    def value(self) -> list[dict]:
        return [{self._key: line.strip()} for line in self.edit.toPlainText().splitlines() if line.strip()]

    def set_value(self, answers: list[dict]) -> None:
        self._setting = True
        try:
            self.edit.setPlainText("\n".join(str(a.get(self._key) or a.get("valueString") or "")
                                             for a in answers or []))
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.edit


class DisplayWidget(QLabel):
    """A `display` item: text only."""

    def __init__(self, item: ItemDef, parent: QWidget | None = None) -> None:
        super().__init__(item.text_for(current_language()), parent)
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setStyleSheet("color: #455a64; font-weight: 600; margin-top: 6px;")

"""Lay a Questionnaire out as widgets: sections for groups with a title, one row per question.

Groups with `text` become titled sections; text-less groups are inline containers (their questions show in
the enclosing section); hidden items get no widget. Each question row shows its label ("*" when required, help
as tooltip), its field widget (named after the item's text for screen readers), and the messages of the form
under the field. Tab goes through the inputs in the order the form shows them (`order_tabs`). The layout is
built once per Questionnaire and reused for every fiche of that form (FormView keeps it).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt
from PySide6.QtWidgets import QGroupBox, QHBoxLayout, QLabel, QLayout, QVBoxLayout, QWidget

from app.models.forms.questionnaire import ItemDef, Questionnaire
from app.views.forms.field_widgets import DisplayWidget, FieldWidget
from app.views.forms.widgets import create_widget
from app.views.i18n import current_language

LABEL_WIDTH = 280  # the labels' column in a wide form
MIN_LABEL_WIDTH = 160  # ... narrowed down to this in a narrow one, so the fields keep their room
ERROR_COLOUR = "#c62828"
WARNING_COLOUR = "#e65100"


class FieldRow(QWidget):
    """One question: label, field, inline messages."""

    def __init__(self, item: ItemDef, widget: FieldWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.widget = widget
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 2, 0, 2)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setFixedWidth(LABEL_WIDTH)
        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setBuddy(widget.focus_target())
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(1)
        column.addWidget(widget)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.hide()
        column.addWidget(self.message)
        self.column = column
        layout.addWidget(self.label)
        layout.addLayout(column, 1)
        self.retranslate()

    def retranslate(self) -> None:
        import html

        lang = current_language()
        text = html.escape(self.item.text_for(lang) or self.item.link_id)
        if self.item.prefix:
            text = html.escape(self.item.prefix_for(lang)) + " " + text
        if self.item.required:
            text += f" <span style='color:{ERROR_COLOUR}'>*</span>"
        tips = [self.item.help_for(lang)] if self.item.help else []
        if self.item.read_only:
            text = f"<span style='color:#616161'>{text}</span>"
            tips.append(self.tr("Donnée non modifiable ici : pour la changer, contactez le support."))
        self.label.setText(text)
        tip = "\n".join(tips)
        self.label.setToolTip(tip)
        self.widget.setToolTip(tip)
        prefix = self.item.prefix_for(lang) if self.item.prefix else ""
        self.widget.set_accessible_name(" ".join(p for p in (prefix, self.item.text_for(lang) or self.item.link_id)
                                                 if p))
        if self.item.read_only:
            self.widget.setAccessibleDescription(tips[-1])

    def set_label_width(self, width: int) -> None:
        if self.label.width() != width or self.label.minimumWidth() != width:
            self.label.setFixedWidth(width)

    def add_below(self, widget: QWidget) -> None:
        """A widget under the field and its messages (the label rule's advice under a name)."""
        self.column.addWidget(widget)

    def set_messages(self, errors: list[str], warnings: list[str]) -> None:
        if errors:
            self.message.setText("\n".join(dict.fromkeys(errors)))
            self.message.setStyleSheet(f"color: {ERROR_COLOUR};")
        elif warnings:
            self.message.setText("\n".join(dict.fromkeys(warnings)))
            self.message.setStyleSheet(f"color: {WARNING_COLOUR};")
        self.message.setVisible(bool(errors or warnings))

    def message_text(self) -> str:
        return self.message.text() if self.message.isVisibleTo(self) else ""


@dataclass
class BuiltForm:
    """The widgets of one Questionnaire, addressable by linkId."""

    questionnaire: Questionnaire
    root: QWidget
    rows: dict[str, FieldRow] = field(default_factory=dict)
    containers: dict[str, QWidget] = field(default_factory=dict)  # every item with a widget (rows, groups)
    group_messages: dict[str, QLabel] = field(default_factory=dict)

    def fit_labels(self, page_width: int) -> None:
        """The labels' column takes about a third of a narrow page (between 160 and 280 px): the form fits."""
        width = max(MIN_LABEL_WIDTH, min(LABEL_WIDTH, page_width * 3 // 10))
        for row in self.rows.values():
            row.set_label_width(width)

    def row_for(self, link_id: str) -> FieldRow | QLabel | None:
        """The row (or group message) that shows a problem of `link_id`: itself or its nearest shown parent."""
        item = self.questionnaire.get(link_id)
        while item is not None:
            if item.link_id in self.rows:
                return self.rows[item.link_id]
            if item.link_id in self.group_messages:
                return self.group_messages[item.link_id]
            item = item.parent
        return None

    def show_messages(self, problems: list[Any], extra: dict[str, str]) -> None:
        """Each problem under its row (or its group's message); `extra` ({linkId: text}: typed values the form
        could not take, refused edits) first, as errors."""
        found: dict[int, tuple[Any, list[str], list[str]]] = {}
        for problem in problems:
            target = self.row_for(problem.link_id)
            if target is None:
                continue
            entry = found.setdefault(id(target), (target, [], []))
            message = problem.message
            if isinstance(target, FieldRow) and target.item.link_id != problem.link_id:
                child = self.questionnaire.get(problem.link_id)
                label = child.text_for(current_language()) if child is not None else ""
                message = f"{label or problem.link_id} : {message}" if child is not None else message
            (entry[1] if problem.blocking else entry[2]).append(message)
        for link_id, text in extra.items():
            target = self.rows[link_id]
            entry = found.setdefault(id(target), (target, [], []))
            entry[1].insert(0, text)
        for row in self.rows.values():
            shown = found.get(id(row))
            row.set_messages(shown[1] if shown else [], shown[2] if shown else [])
        for label in self.group_messages.values():
            shown = found.get(id(label))
            label.setText("\n".join(shown[1] + shown[2]) if shown else "")
            label.setVisible(bool(shown))


class SectionBox(QGroupBox):
    """A titled group of the form (its title is the item's text, in the interface's language)."""

    def __init__(self, item: ItemDef, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.item = item
        self.retranslate()

    def retranslate(self) -> None:
        lang = current_language()
        self.setTitle(self.item.text_for(lang))
        if self.item.help:
            self.setToolTip(self.item.help_for(lang))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


class ReadOnlyHint(QLabel):
    """Says, above a section's FINESS or server values, why they cannot be changed here."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet("color: #616161; font-style: italic;")
        self.retranslate()

    def retranslate(self) -> None:
        self.setText(QCoreApplication.translate("FormBuilder", "Certaines données viennent de FINESS ou du ROR "
                                                "et ne peuvent pas être modifiées ici : pour les changer, "
                                                "contactez le support."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)


def tab_chain(root: QWidget) -> list[QWidget]:
    """The inputs under `root` that Tab reaches, in the order the layouts show them (top to bottom)."""
    chain: list[QWidget] = []

    def walk_layout(layout: QLayout) -> None:
        for index in range(layout.count()):
            entry = layout.itemAt(index)
            if entry.widget() is not None:
                walk_widget(entry.widget())
            elif entry.layout() is not None:
                walk_layout(entry.layout())

    def walk_widget(widget: QWidget) -> None:
        if widget.focusPolicy() & Qt.FocusPolicy.TabFocus and widget.focusProxy() is None:
            chain.append(widget)
        if widget.layout() is not None:
            walk_layout(widget.layout())

    walk_widget(root)
    return chain


def order_tabs(root: QWidget) -> None:
    """Tab follows the form, also through blocks and slots added after it was built."""
    chain = tab_chain(root)
    for first, second in zip(chain, chain[1:], strict=False):
        QWidget.setTabOrder(first, second)


class FormRoot(QWidget):
    """The scrolled page: never squeezed below its natural height (the scroll bar appears instead)."""

    def minimumSizeHint(self) -> QSize:  # noqa: N802 - Qt override
        hint = super().minimumSizeHint()
        return QSize(hint.width(), max(hint.height(), self.sizeHint().height()))


def build_form(questionnaire: Questionnaire, pack: Any = None) -> BuiltForm:
    root = FormRoot()
    root.setObjectName("formRoot")
    layout = QVBoxLayout(root)
    layout.setContentsMargins(8, 8, 8, 8)
    layout.setSpacing(10)
    built = BuiltForm(questionnaire, root)
    for item in questionnaire.items:
        widget = _build_item(item, pack, built, depth=0)
        if widget is not None:
            layout.addWidget(widget)
    layout.addStretch(1)
    order_tabs(root)
    return built


def _build_item(item: ItemDef, pack: Any, built: BuiltForm, depth: int) -> QWidget | None:
    if item.hidden:
        return None
    if item.type == "display":
        label = DisplayWidget(item)
        built.containers[item.link_id] = label
        return label
    if item.is_question or item.repeats:
        widget = create_widget(item, pack)
        if item.read_only:
            widget.set_read_only(True)
        row = FieldRow(item, widget)
        built.rows[item.link_id] = row
        built.containers[item.link_id] = row
        return row
    return _build_group(item, pack, built, depth)


def _build_group(item: ItemDef, pack: Any, built: BuiltForm, depth: int) -> QWidget | None:
    children = [w for w in (_build_item(c, pack, built, depth + 1) for c in item.children) if w is not None]
    if not children and not item.text:
        return None
    if item.text:
        box: QWidget = SectionBox(item)
        box.setObjectName("section")
        if depth <= 1:
            box.setStyleSheet("QGroupBox#section { font-weight: 600; font-size: 11pt; }"
                              "QGroupBox#section QLabel, QGroupBox#section QWidget { font-weight: normal; "
                              "font-size: 9pt; }")
        layout = QVBoxLayout(box)
        layout.setContentsMargins(10, 8, 10, 8)
    else:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
    layout.setSpacing(4)
    message = QLabel()
    message.setWordWrap(True)
    message.setStyleSheet(f"color: {ERROR_COLOUR};")
    message.hide()
    layout.addWidget(message)
    built.group_messages[item.link_id] = message
    if item.text and _has_read_only(item):
        layout.addWidget(ReadOnlyHint())
    for child in children:
        layout.addWidget(child)
    built.containers[item.link_id] = box
    return box


def _has_read_only(item: ItemDef) -> bool:
    return any(c.read_only and not c.hidden and c.is_question for c in item.children) or any(
        _has_read_only(c) for c in item.children if c.type == "group" and not c.text)

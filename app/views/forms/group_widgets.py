"""Repeating groups (contacts, capacities...): a list of blocks, each with the group's visible questions.

The answers of a repeating group are `[{"item": {childLinkId: [answer, ...]}}, ...]`; values of hidden items
(fixed urls) found in a stored instance are kept as they were. Empty blocks are not saved.
"""
from __future__ import annotations

import copy
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_widgets import DisplayWidget, FieldWidget
from app.views.forms.registry import create_widget, register_shape
from app.views.i18n import current_language


def visible_questions(item: ItemDef) -> list[ItemDef]:
    """The questions a block shows: descendants that are not hidden, through inline (text-less) groups."""
    found: list[ItemDef] = []
    for child in item.children:
        if child.hidden:
            continue
        if child.type == "group" and not child.repeats:
            found.extend(visible_questions(child))
        else:
            found.append(child)
    return found



class Instance(QFrame):
    """One block of a repeating group."""

    def __init__(self, group: RepeatGroupWidget, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("instance")
        self.setStyleSheet("#instance { border: 1px solid #cfd8dc; border-radius: 4px; background: #fafafa; }")
        self.group = group
        self.kept: dict = {}
        self.widgets: dict[str, FieldWidget] = {}
        self.labels: dict[str, QLabel] = {}
        grid = QGridLayout(self)
        grid.setContentsMargins(8, 6, 8, 6)
        grid.setVerticalSpacing(4)
        row = 0
        for question in visible_questions(group.item):
            if question.type == "display":
                grid.addWidget(DisplayWidget(question), row, 0, 1, 2)
                row += 1
                continue
            label = QLabel()
            label.setWordWrap(True)
            widget = create_widget(question, group.pack)
            if question.read_only:
                widget.set_read_only(True)
            widget.edited.connect(group.edited.emit)
            label.setBuddy(widget.focus_target())
            grid.addWidget(label, row, 0)
            grid.addWidget(widget, row, 1)
            self.widgets[question.link_id] = widget
            self.labels[question.link_id] = label
            row += 1
        grid.setColumnStretch(1, 1)
        grid.setColumnMinimumWidth(0, 200)
        self.remove = QPushButton()
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        bottom.addWidget(self.remove)
        grid.addLayout(bottom, row, 0, 1, 2)
        self.remove.clicked.connect(lambda: group.remove_instance(self))
        self.retranslate(1)

    def retranslate(self, number: int) -> None:
        """Labels, buttons and accessible names ("Contacts 2 : Canal"), in the interface's language."""
        lang = current_language()
        block = f"{self.group.item.text_for(lang) or self.group.item.link_id} {number}"
        for link_id, widget in self.widgets.items():
            question = widget.item
            text = question.text_for(lang) or question.link_id
            label = self.labels[link_id]
            label.setText(text + (" <span style='color:#c62828'>*</span>" if question.required else ""))
            label.setToolTip(question.help_for(lang))
            widget.set_accessible_name(f"{block} : {text}")
        self.remove.setText(QCoreApplication.translate("RepeatGroupWidget", "Supprimer"))
        self.remove.setToolTip(QCoreApplication.translate("RepeatGroupWidget", "Supprimer ce bloc"))
        self.remove.setAccessibleName(
            QCoreApplication.translate("RepeatGroupWidget", "Supprimer le bloc {0}").format(block))

    def value(self) -> dict:
        inner = {k: copy.deepcopy(v) for k, v in self.kept.items() if k not in self.widgets}
        answered = False
        for link_id, widget in self.widgets.items():
            answers = widget.value()
            if answers:
                inner[link_id] = answers
                answered = True
        return {"item": inner} if answered else {}

    def set_value(self, instance: dict) -> None:
        inner = instance.get("item") if isinstance(instance, dict) else None
        self.kept = dict(inner) if isinstance(inner, dict) else {}
        for link_id, widget in self.widgets.items():
            widget.set_value(self.kept.get(link_id) or [])


@register_shape(lambda item: item.type == "group" and item.repeats)
class RepeatGroupWidget(FieldWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        box = QVBoxLayout()
        box.setContentsMargins(0, 0, 0, 0)
        self.blocks = QVBoxLayout()
        self.blocks.setSpacing(6)
        box.addLayout(self.blocks)
        self.add_button = QPushButton()
        line = QHBoxLayout()
        line.addWidget(self.add_button)
        line.addStretch(1)
        box.addLayout(line)
        self.layout_.addLayout(box, 1)
        self.instances: list[Instance] = []
        self.add_button.clicked.connect(self.add_instance)
        self.retranslate()

    def retranslate(self) -> None:
        what = self.item.text_for(current_language()) or QCoreApplication.translate("RepeatGroupWidget", "un élément")
        self.add_button.setText(QCoreApplication.translate("RepeatGroupWidget", "Ajouter : {0}").format(what))
        for number, instance in enumerate(self.instances, start=1):
            instance.retranslate(number)

    def name_inputs(self) -> None:
        """The blocks name their own inputs; the add button says what it adds."""
        self.add_button.setAccessibleName(self.add_button.text())
        for number, instance in enumerate(self.instances, start=1):
            instance.retranslate(number)

    def focus_target(self) -> QWidget:
        return self.add_button

    def add_instance(self) -> Instance:
        instance = Instance(self)
        instance.remove.setVisible(not self.read_only)
        self.blocks.addWidget(instance)
        self.instances.append(instance)
        instance.retranslate(len(self.instances))
        self.reshaped.emit()
        return instance

    def remove_instance(self, instance: Instance) -> None:
        self.instances.remove(instance)
        self.blocks.removeWidget(instance)
        instance.setParent(None)
        instance.deleteLater()
        for number, other in enumerate(self.instances, start=1):
            other.retranslate(number)
        self.reshaped.emit()
        self.edited.emit()

    def local_error(self) -> str | None:
        for instance in self.instances:
            for widget in instance.widgets.values():
                if widget.local_error():
                    return widget.local_error()
        return None

    def value(self) -> list[dict]:
        return [v for v in (i.value() for i in self.instances) if v]

    def set_value(self, answers: list[dict]) -> None:
        for instance in list(self.instances):
            self.instances.remove(instance)
            self.blocks.removeWidget(instance)
            instance.setParent(None)
            instance.deleteLater()
        for answer in answers or []:
            self.add_instance().set_value(answer)
        self.set_read_only(self.read_only)
        self.reshaped.emit()

    def set_read_only(self, on: bool) -> None:
        self.read_only = on
        self.add_button.setVisible(not on)
        for instance in self.instances:
            instance.remove.setVisible(not on)
            for widget in instance.widgets.values():
                widget.set_read_only(on or widget.item.read_only)

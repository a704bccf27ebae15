"""Which widget edits an item: by item type (REGISTRY, filled by @register), with the special shapes first.

A repeating weekday/start/end group is the hours editor, any other repeating group a list of blocks, a
repeating choice a multi-select with chips, a repeating text one value per line.
"""
from __future__ import annotations

from typing import Any

from app.models.forms.questionnaire import ItemDef
from app.views.forms import choice_widgets, field_widgets
from app.views.forms.field_widgets import REGISTRY, FieldWidget, MultiTextWidget
from app.views.forms.group_widgets import RepeatGroupWidget
from app.views.forms.hours_editor import HoursEditor, is_hours_group

CHOICE_TYPES = {"choice", "open-choice", "coding"}
__all__ = ["create_widget", "widget_class", "REGISTRY", "choice_widgets", "field_widgets"]


def widget_class(item: ItemDef) -> type[FieldWidget]:
    if item.type == "group" and item.repeats:
        return HoursEditor if is_hours_group(item) else RepeatGroupWidget
    if item.repeats and item.type in CHOICE_TYPES:
        return choice_widgets.MultiChoiceWidget
    if item.repeats and item.type in ("string", "text", "url"):
        return MultiTextWidget
    return REGISTRY.get(item.type, field_widgets.StringWidget)


def create_widget(item: ItemDef, pack: Any = None) -> FieldWidget:
    return widget_class(item)(item, pack)

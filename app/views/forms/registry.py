"""Which widget edits an item: special shapes first (by priority), then the item type, else a text field.

The registry imports no widget: each widget module registers its classes (`@register("integer")`,
`@register_shape(predicate)`), and `app.views.forms.widgets` imports them all, so a widget that builds other
widgets (a repeating group's blocks) may ask the registry without an import cycle. Every widget it builds has
its drop-downs and number boxes guarded against the mouse wheel (wheel_guard.py).
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.models.forms.questionnaire import ItemDef
from app.views.forms.wheel_guard import guard_wheel

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

REGISTRY: dict[str, type] = {}  # item type -> widget class
SHAPES: list[tuple[int, Callable[[ItemDef], bool], type]] = []  # (priority, predicate, widget class)
DEFAULT_TYPE = "string"
CHOICE_TYPES = frozenset({"choice", "open-choice", "coding"})


def register(*types: str):
    """Class decorator: the widget class used for these item types."""
    def deco(cls):
        for kind in types:
            REGISTRY[kind] = cls
        return cls
    return deco


def register_shape(predicate: Callable[[ItemDef], bool], priority: int = 10):
    """Class decorator: the widget class used for items of a shape (lower priority is asked first)."""
    def deco(cls):
        SHAPES.append((priority, predicate, cls))
        SHAPES.sort(key=lambda entry: entry[0])
        return cls
    return deco


def widget_class(item: ItemDef) -> type:
    for _priority, predicate, cls in SHAPES:
        if predicate(item):
            return cls
    found = REGISTRY.get(item.type) or REGISTRY.get(DEFAULT_TYPE)
    if found is None:
        raise LookupError("no widget registered: import app.views.forms.widgets first")
    return found


def create_widget(item: ItemDef, pack: Any = None) -> QWidget:
    """The field widget of `item`, its inputs guarded against the wheel (wheel_guard.py)."""
    widget = widget_class(item)(item, pack)
    guard_wheel(widget)
    return widget

"""Every field widget module, imported so that each registers its classes in the registry."""
from __future__ import annotations

from app.views.forms import (
    choice_widgets,
    field_widgets,
    group_widgets,
    hours_editor,
    number_widgets,
    time_widgets,
    type_filters,
)
from app.views.forms.registry import REGISTRY, create_widget, widget_class

__all__ = ["REGISTRY", "choice_widgets", "create_widget", "field_widgets", "group_widgets", "hours_editor",
           "number_widgets", "time_widgets", "type_filters", "widget_class"]

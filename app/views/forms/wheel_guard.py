"""The mouse wheel scrolls the form; it changes a value only in the field the user is working in.

Qt's drop-downs, number boxes, date edits and sliders take a wheel turn as "next value" whenever the pointer is
over them, so scrolling a long fiche silently changed a champ or a capacity (and the autosave kept it). One
event filter, installed by the registry on every field widget it builds: a wheel event on such an input without
the keyboard focus is ignored, so Qt hands it to the parents and the scroll area scrolls. Focus comes from a
click or Tab only (Qt.StrongFocus), never from the wheel itself.
"""
from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtWidgets import QAbstractSlider, QAbstractSpinBox, QApplication, QComboBox, QWidget
from shiboken6 import isValid

GUARDED = (QComboBox, QAbstractSpinBox, QAbstractSlider)  # QAbstractSpinBox covers spin, date and time edits


class WheelGuard(QObject):
    """Ignores wheel events on a guarded input that does not have the focus (they go to its parents)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Wheel and isinstance(watched, QWidget) and not _focused(watched):
            event.ignore()
            return True
        return False


def _focused(widget: QWidget) -> bool:
    focus = QApplication.focusWidget()
    return focus is not None and (focus is widget or widget.isAncestorOf(focus))


_GUARD: WheelGuard | None = None


def guard() -> WheelGuard:
    """The one filter of the application (created with it, so it lives as long as the widgets)."""
    global _GUARD
    if _GUARD is None or not isValid(_GUARD):
        _GUARD = WheelGuard(QApplication.instance())
    return _GUARD


def guard_wheel(root: QWidget) -> None:
    """Guard `root` and every input under it: no wheel without focus, focus by click or Tab only."""
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if isinstance(widget, GUARDED) and not widget.property("wheelGuarded"):
            widget.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
            widget.installEventFilter(guard())
            widget.setProperty("wheelGuarded", True)

"""An action's texts in one call: label, tooltip (the label without its '&' when no tip), status tip."""
from __future__ import annotations

from PySide6.QtGui import QAction


def set_text(action: QAction, text: str, tip: str | None) -> None:
    action.setText(text)
    action.setToolTip(tip or text.replace("&", ""))
    action.setStatusTip(tip or "")

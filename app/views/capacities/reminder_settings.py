"""The small control for the reminder periods: after how many hours disponibles, and how many days installés,
figures are called old. Kept in the workspace's settings (periods.py)."""
from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QSpinBox, QWidget

from app.models import capacities as cap
from app.views.capacities.periods import UNITS, amount


class ReminderSettings(QDialog):
    def __init__(self, periods: dict[str, timedelta], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capacityReminderSettings")
        self.setWindowTitle(self.tr("Rappel des chiffres anciens"))
        self.available = QSpinBox()
        self.available.setRange(1, 24 * 90)
        self.available.setSuffix(self.tr(" h"))
        self.available.setValue(amount(periods, cap.DISPONIBLES))
        self.installed = QSpinBox()
        self.installed.setRange(1, 3650)
        self.installed.setSuffix(self.tr(" jours"))
        self.installed.setValue(amount(periods, cap.INSTALLES))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(self.tr("Rappeler les disponibles après"), self.available)
        form.addRow(self.tr("Rappeler les installés après"), self.installed)
        form.addRow(buttons)

    def periods(self) -> dict[str, timedelta]:
        return {cap.DISPONIBLES: UNITS[cap.DISPONIBLES] * self.available.value(),
                cap.INSTALLES: UNITS[cap.INSTALLES] * self.installed.value()}

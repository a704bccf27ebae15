"""Number fields: a spin box whose lowest value stands for "no answer" (integer, decimal, quantity)."""
from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QDoubleSpinBox, QLabel, QSpinBox, QWidget

from app.models.forms.questionnaire import ItemDef
from app.views.forms.field_base import FieldWidget, first_answer
from app.views.forms.registry import register

INT_LIMIT = 2_000_000_000


class _NumberWidget(FieldWidget):
    """A spin box whose lowest value stands for "no answer" (shown empty)."""

    def _setup(self, spin: QSpinBox | QDoubleSpinBox, low: float, high: float) -> None:
        self.spin = spin
        self._empty = low - 1
        spin.setRange(self._empty, high)
        spin.setSpecialValueText(" ")
        spin.setValue(self._empty)
        spin.setKeyboardTracking(True)
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.UpDownArrows)
        spin.setMinimumWidth(110)
        spin.setMaximumWidth(180)
        self.layout_.addWidget(spin)
        unit = self.item.unit or {}
        if unit.get("display") or unit.get("code"):
            self.layout_.addWidget(QLabel(str(unit.get("display") or unit.get("code"))))
        self.layout_.addStretch(1)
        self._setting = False
        spin.valueChanged.connect(self._changed)

    def _changed(self, _v) -> None:
        if not self._setting:
            self.edited.emit()

    def _number(self):
        v = self.spin.value()
        return None if v <= self._empty else v

    def _put(self, number) -> None:
        self._setting = True
        try:
            self.spin.setValue(self._empty if number is None else number)
        finally:
            self._setting = False

    def focus_target(self) -> QWidget:
        return self.spin


def _bound(value: Any, default: float) -> float:
    return float(value) if isinstance(value, (int, float)) and not isinstance(value, bool) else default


@register("integer")
class IntegerWidget(_NumberWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self._setup(QSpinBox(), int(_bound(item.min_value, -INT_LIMIT + 1)), int(_bound(item.max_value, INT_LIMIT)))

    def value(self) -> list[dict]:
        n = self._number()
        return [] if n is None else [{"valueInteger": int(n)}]

    def set_value(self, answers: list[dict]) -> None:
        n = first_answer(answers, "valueInteger")
        self._put(int(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None)


@register("decimal")
class DecimalWidget(_NumberWidget):
    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        spin = QDoubleSpinBox()
        spin.setDecimals(2)
        self._setup(spin, _bound(item.min_value, -1e9 + 1), _bound(item.max_value, 1e9))

    def value(self) -> list[dict]:
        n = self._number()
        return [] if n is None else [{"valueDecimal": round(float(n), 2)}]

    def set_value(self, answers: list[dict]) -> None:
        n = first_answer(answers, "valueDecimal")
        n = first_answer(answers, "valueInteger") if n is None else n
        self._put(float(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None)


@register("quantity")
class QuantityWidget(DecimalWidget):
    def value(self) -> list[dict]:
        n = self._number()
        if n is None:
            return []
        quantity: dict[str, Any] = {"value": round(float(n), 2)}
        unit = self.item.unit or {}
        if unit.get("code"):
            quantity.update({"unit": unit.get("display") or unit["code"], "system": unit.get("system"),
                             "code": unit["code"]})
            quantity = {k: v for k, v in quantity.items() if v is not None}
        return [{"valueQuantity": quantity}]

    def set_value(self, answers: list[dict]) -> None:
        q = first_answer(answers, "valueQuantity") or {}
        n = q.get("value") if isinstance(q, dict) else None
        self._put(float(n) if isinstance(n, (int, float)) and not isinstance(n, bool) else None)

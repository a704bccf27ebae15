"""The type d'UO with the guide's two filters above it: by discipline, and by speciality / catégorie de besoins.

The champ d'activité already chose the list (each UO form offers its champ's types); two drop-downs narrow its
proposals further, each offering only what keeps at least one type (app/models/type_filters.py). The filters help
to find a type and are not saved; the value itself is never filtered (a type chosen earlier stays even when a
filter would hide it). Long type names wrap in the proposal list, each with its whole name as a tooltip, and the
chosen name is the field's tooltip, so names that start alike are told apart.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QListView, QVBoxLayout, QWidget

from app.models.forms.questionnaire import ItemDef
from app.models.forms.values import answer_code
from app.models.type_filters import FilterOption, type_filters
from app.views.forms.choice_widgets import ChoiceWidget
from app.views.forms.flow_layout import FlowLayout
from app.views.forms.registry import CHOICE_TYPES, register_shape
from app.views.i18n import current_language

J238_MARK = "JDV_J238-TypeOffre-ROR"  # the type d'offre value set and the champ lists derived from it


def is_type_offre(item: ItemDef) -> bool:
    """A single type d'offre (type d'UO) chosen in the J238 list or one of its lists by champ."""
    return item.type in CHOICE_TYPES and not item.repeats and J238_MARK in (item.answer_value_set or "")


class NarrowedSource:
    """The item's OptionSource with its proposals narrowed to the codes the filters keep (None: all)."""

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        self.allowed: frozenset[str] | None = None

    def __getattr__(self, name: str) -> Any:  # label, match, missing, short, free_answer ... as the source says
        return getattr(self.inner, name)

    def __len__(self) -> int:
        return len(self.inner)

    def _keep(self, rows: list[tuple[dict, str]]) -> list[tuple[dict, str]]:
        allowed = self.allowed
        return rows if allowed is None else [r for r in rows if str(answer_code(r[0]) or "") in allowed]

    def all(self) -> list[tuple[dict, str]]:
        return self._keep(self.inner.all())

    def search(self, text: str, limit: int = 50) -> list[tuple[dict, str]]:
        if self.allowed is None:
            return self.inner.search(text, limit)
        return self._keep(self.inner.search(text, max(limit, len(self.inner))))[:limit]


@register_shape(is_type_offre, priority=5)
class TypeOffreWidget(ChoiceWidget):
    """The type d'UO: the champ's list, narrowed by discipline and by speciality / catégorie de besoins."""

    def __init__(self, item: ItemDef, pack: Any = None, parent: QWidget | None = None) -> None:
        super().__init__(item, pack, parent)
        self.filters = type_filters()
        self.narrowed = NarrowedSource(self.source)
        self.source = self.narrowed
        if self.picker is not None:
            self.picker.source = self.narrowed
            self._wrap_proposals()
        self.codes = [str(answer_code(a) or "") for a, _label in self.narrowed.inner.all()]
        self.discipline_label, self.need_label, self.count = QLabel(), QLabel(), QLabel()
        self.count.setStyleSheet("color: #616161;")
        self.discipline, self.need = QComboBox(), QComboBox()
        # The two filters and the count wrap onto more lines in a narrow form rather than widen it.
        filters = QWidget()
        row = FlowLayout(filters, spacing=6, fit_height=True)
        for label, box in ((self.discipline_label, self.discipline), (self.need_label, self.need)):
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setMinimumContentsLength(14)
            label.setBuddy(box)
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.setSpacing(4)
            pair_layout.addWidget(label)
            pair_layout.addWidget(box)
            row.addWidget(pair)
            box.activated.connect(self._filter_changed)
        row.addWidget(self.count)
        field = self.picker if self.picker is not None else self.combo
        self.layout_.removeWidget(field)
        column = QVBoxLayout()
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(3)
        column.addWidget(filters)
        column.addWidget(field)
        self.layout_.insertLayout(0, column, 1)
        self.retranslate()

    # ------------------------------------------------------------------ the filters
    def _wrap_proposals(self) -> None:
        """Long names wrap in the proposal list instead of being cut at the same place."""
        popup = self.picker.completer.popup()
        if isinstance(popup, QListView):
            popup.setWordWrap(True)
            popup.setUniformItemSizes(False)
            popup.setTextElideMode(Qt.TextElideMode.ElideNone)

    def current(self, box: QComboBox) -> str | None:
        key = box.currentData()
        return str(key) if key else None

    def _fill(self, box: QComboBox, options: list[FilterOption], chosen: str | None) -> None:
        lang = current_language()
        box.blockSignals(True)
        box.clear()
        box.addItem(self.tr("Toutes"), None)
        for option in options:
            label = option.label_for(lang)
            box.addItem(label, option.key)
            tip = label + "\n" + self.tr("Source : {0}").format(option.source)
            box.setItemData(box.count() - 1, tip, Qt.ItemDataRole.ToolTipRole)
        index = box.findData(chosen) if chosen else 0
        box.setCurrentIndex(max(index, 0))
        box.setToolTip(box.currentText() if index > 0 else "")
        box.blockSignals(False)

    def _refill(self) -> None:
        discipline, need = self.current(self.discipline), self.current(self.need)
        self._fill(self.discipline, self.filters.discipline_options(self.codes, need), discipline)
        self._fill(self.need, self.filters.need_options(self.codes, discipline), need)

    def _filter_changed(self, _index: int = 0) -> None:
        self.set_filters(self.current(self.discipline), self.current(self.need))

    def set_filters(self, discipline: str | None, need: str | None) -> list[str]:
        """Narrow the proposals to the types of `discipline` and `need` (None: that filter is off)."""
        kept = self.filters.narrow(self.codes, discipline, need)
        self.narrowed.allowed = None if discipline is None and need is None else frozenset(kept)
        self._fill(self.discipline, self.filters.discipline_options(self.codes, need), discipline)
        self._fill(self.need, self.filters.need_options(self.codes, discipline), need)
        if self.combo is not None:
            for row, (answer, _label) in enumerate(self._options, start=1):
                allowed = self.narrowed.allowed
                hidden = allowed is not None and str(answer_code(answer) or "") not in allowed
                self.combo.view().setRowHidden(row, hidden)
        elif self.picker.isVisible() and self.narrowed.allowed is not None:
            self.picker.show_all()
        self._show_count()
        return kept

    def proposals(self) -> list[tuple[dict, str]]:
        """What the type-ahead offers now (every type of the list the filters keep)."""
        return self.narrowed.all()

    def _show_count(self) -> None:
        shown = len(self.proposals())
        self.count.setText(self.tr("{0} type(s)").format(shown) if self.narrowed.allowed is not None else "")

    # ------------------------------------------------------------------ language
    def retranslate(self) -> None:
        super().retranslate()
        if not hasattr(self, "need"):
            return  # called by the base class before the filters exist
        self.discipline_label.setText(self.tr("Discipline :"))
        self.need_label.setText(self.tr("Spécialité / besoins :"))
        self.discipline.setAccessibleName(self.tr("Filtrer le type d'UO par discipline"))
        self.need.setAccessibleName(self.tr("Filtrer le type d'UO par spécialité ou catégorie de besoins"))
        self.discipline_label.setToolTip(self.tr("Ne proposer que les types d'UO de cette discipline"))
        self.need_label.setToolTip(self.tr("Ne proposer que les types d'UO de cette spécialité ou de cette "
                                           "catégorie de besoins (public, pathologie)"))
        self._refill()
        self._show_count()

    def set_read_only(self, on: bool) -> None:
        super().set_read_only(on)
        self.discipline.setEnabled(not on)
        self.need.setEnabled(not on)

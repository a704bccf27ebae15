"""Small dialogs of the tree actions: create N units, rename with the label rule, move to another parent.

A new unit is named by the label rule (app/models/labels.py): for a unit (UO) the dialog asks its champ
d'activité and type d'offre, as the ROR does, and proposes "Unité" + the type's usual name; for other kinds the
kind's name. What the user types wins; the rule's remarks (lower-case words, unknown acronyms, nomenclature
qualifiers) show under the name as advice, never as a refusal.
"""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from app.models.forms_catalog import CHAMP_LABELS, champ_code
from app.models.labels import default_unit_names, label_remarks, suggest_label, title_case
from app.models.nomenclature_build import TYPE_OFFRE_SETS, TYPE_OFFRE_URL
from app.views.icons import kind_icon
from app.views.labels import kind_label, remark_text

# The champ d'activité a new unit starts with, from its structure's domaine (the user may change it).
DOMAINE_CHAMPS = {"sanitaire": "01", "medico-social": "04", "ville": "05", "social": "06"}


def suggest_name(name: str, kind: str, type_offre_display: str | None = None) -> str:
    """The label rule's suggestion: "Unité" + the type name for a UO, capitals per word, acronyms kept."""
    if kind == "UO":
        return suggest_label(type_offre_display or name)
    return title_case(name)


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


def type_offre_choices(champ: str | None, pack: Any = None) -> list[tuple[str, str]]:
    """(code, label) of the types d'offre of a champ d'activité (all of J238 when the champ has no list)."""
    if pack is None:
        from app.models.nomenclatures import NomenclaturePack

        pack = NomenclaturePack.default()
    code = champ_code(champ)
    name = next((label for label, champs in TYPE_OFFRE_SETS.items() if code in champs), None)
    vs = (pack.get(TYPE_OFFRE_URL.format(name)) if name else None) or pack.get("J238")
    if vs is None:
        return []
    found = [(c.code, c.display or c.code) for c in vs.concepts if not c.retired]
    return sorted(found, key=lambda entry: entry[1].casefold())


class CreateDialog(QDialog):
    """Kind (limited to the allowed children), for a unit its champ and type d'offre, the name the label rule
    gives it, and how many units to create at once."""

    def __init__(self, parent_name: str, kinds: list[str], parent: QWidget | None = None,
                 champ: str | None = None, domaine: str | None = None, pack: Any = None) -> None:
        super().__init__(parent)
        self.pack = pack
        self.setWindowTitle(self.tr("Créer sous « {0} »").format(parent_name))
        self.kind = QComboBox()
        for k in kinds:
            self.kind.addItem(kind_icon(k), kind_label(k), k)
        self.champ = QComboBox()
        for code, label in CHAMP_LABELS.items():
            self.champ.addItem(label, code)
        start = champ_code(champ) or DOMAINE_CHAMPS.get(domaine or "", "04")
        self.champ.setCurrentIndex(max(0, self.champ.findData(start)))
        self.type_offre = QComboBox()
        self.type_offre.setEditable(True)
        self.type_offre.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.type_offre.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.type_offre.setMinimumContentsLength(40)
        self.type_offre.lineEdit().setPlaceholderText(self.tr("Tapez pour chercher un type d'offre…"))
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Nom de l'unité"))
        self.remarks = QLabel()
        self.remarks.setWordWrap(True)
        self.remarks.setStyleSheet("color: #e65100;")
        self.count = QSpinBox()
        self.count.setRange(1, 100)
        self.hint = QLabel(self.tr("Avec plusieurs unités, un numéro est ajouté à chaque nom."))
        self.hint.setWordWrap(True)
        self.form = QFormLayout()
        self.form.addRow(self.tr("Type"), self.kind)
        self.form.addRow(self.tr("Champ d'activité"), self.champ)
        self.form.addRow(self.tr("Type d'offre"), self.type_offre)
        self.form.addRow(self.tr("Nom"), self.name)
        self.form.addRow("", self.remarks)
        self.form.addRow(self.tr("Nombre"), self.count)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._suggested = ""  # the name the rule last proposed: replaced when the type changes, unless edited
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.champ.currentIndexChanged.connect(self._champ_changed)
        self.type_offre.currentIndexChanged.connect(lambda _i: self._suggest())
        self.type_offre.lineEdit().editingFinished.connect(self._type_typed)
        self.name.textChanged.connect(lambda _t: self._show_remarks())
        self._champ_changed()
        self._kind_changed()
        self.resize(620, self.sizeHint().height())
        self.name.setFocus()

    # ------------------------------------------------------------------ what was chosen
    def chosen_kind(self) -> str:
        return self.kind.currentData()

    def chosen_type(self) -> tuple[str, str] | None:
        """(code, label) of the type d'offre chosen for a unit, or None."""
        if self.chosen_kind() != "UO":
            return None
        code = self.type_offre.currentData()
        if not code or self.type_offre.currentText() != self.type_offre.itemText(self.type_offre.currentIndex()):
            return None
        return str(code), self.type_offre.currentText()

    def fields(self) -> dict[str, str]:
        """The node columns a new unit starts with: its champ and type d'offre."""
        if self.chosen_kind() != "UO":
            return {}
        chosen = self.chosen_type()
        fields = {"champ": str(self.champ.currentData())}
        if chosen is not None:
            fields["type_offre"] = chosen[0]
        return fields

    def names(self) -> list[str]:
        chosen = self.chosen_type()
        return default_unit_names(self.chosen_kind(), self.count.value(), self.name.text(),
                                  chosen[1] if chosen else None)

    # ------------------------------------------------------------------ reactions
    def _kind_changed(self) -> None:
        unit = self.chosen_kind() == "UO"
        for widget in (self.champ, self.type_offre):
            widget.setVisible(unit)
            self.form.labelForField(widget).setVisible(unit)
        self._suggest()

    def _champ_changed(self) -> None:
        chosen = self.chosen_type()
        self.type_offre.blockSignals(True)
        self.type_offre.clear()
        self.type_offre.addItem("", None)
        for code, label in type_offre_choices(self.champ.currentData(), self.pack):
            self.type_offre.addItem(label, code)
            self.type_offre.setItemData(self.type_offre.count() - 1, label, Qt.ItemDataRole.ToolTipRole)
        index = self.type_offre.findData(chosen[0]) if chosen else 0
        self.type_offre.setCurrentIndex(max(0, index))
        self.type_offre.blockSignals(False)
        completer = QCompleter(self.type_offre.model(), self.type_offre)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.PopupCompletion)
        self.type_offre.setCompleter(completer)
        self._suggest()

    def _type_typed(self) -> None:
        """A type typed in full (accents and case aside) is taken as chosen."""
        index = self.type_offre.findText(self.type_offre.currentText(), Qt.MatchFlag.MatchFixedString)
        if index > 0 and index != self.type_offre.currentIndex():
            self.type_offre.setCurrentIndex(index)

    def _suggest(self) -> None:
        chosen = self.chosen_type()
        suggestion = default_unit_names(self.chosen_kind(), 1, "", chosen[1] if chosen else None)[0]
        current = self.name.text().strip()
        if not current or current == self._suggested:
            self.name.setText(suggestion)
        self._suggested = suggestion
        self._show_remarks()

    def _show_remarks(self) -> None:
        chosen = self.chosen_type()
        remarks = [] if self.chosen_kind() != "UO" or not self.name.text().strip() else \
            label_remarks(self.name.text(), chosen[1] if chosen else None)
        self.remarks.setText("\n".join(remark_text(r) for r in remarks))
        self.remarks.setVisible(bool(remarks))


class RenameDialog(QDialog):
    """The new name, with the label rule's suggestion and an "Appliquer" button that takes it."""

    def __init__(self, current: str, suggestion: str, parent: QWidget | None = None,
                 type_offre_display: str | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renommer"))
        self.name = QLineEdit(current)
        self.name.selectAll()
        self.suggestion = suggestion
        self.type_display = type_offre_display
        self.remarks = QLabel()
        self.remarks.setWordWrap(True)
        self.remarks.setStyleSheet("color: #e65100;")
        self.suggestion_label = QLabel(self.tr("Suggestion (règle de nommage) : « {0} »").format(suggestion))
        self.suggestion_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Appliquer"))
        self.apply_button.clicked.connect(lambda: self.name.setText(self.suggestion))
        self.name.textChanged.connect(lambda text: self.apply_button.setEnabled(text.strip() != self.suggestion))
        self.name.textChanged.connect(lambda _t: self._show_remarks())
        self.apply_button.setEnabled(current != suggestion)
        row = QHBoxLayout()
        row.addWidget(self.suggestion_label, 1)
        row.addWidget(self.apply_button)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.addRow(self.tr("Nouveau nom"), self.name)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(self.remarks)
        layout.addWidget(self.buttons)
        self._show_remarks()
        self.resize(520, self.sizeHint().height())

    def _show_remarks(self) -> None:
        """The label rule's advice on what is typed (the suggestion itself is shown above)."""
        remarks = [r for r in label_remarks(self.name.text(), self.type_display) if r.key != "name-suggestion"]
        self.remarks.setText("\n".join(remark_text(r) for r in remarks))
        self.remarks.setVisible(bool(remarks))

    def new_name(self) -> str:
        return self.name.text().strip()


class MoveDialog(QDialog):
    """A list of the parents the unit may go under (same structure, allowed kind), indented by depth."""

    def __init__(self, name: str, targets: list[tuple[int, str, str, int]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Déplacer « {0} » vers…").format(name))
        self.list = QListWidget()
        for node_id, kind, label, depth in targets:
            item = QListWidgetItem(kind_icon(kind), "    " * depth + label)
            item.setData(Qt.ItemDataRole.UserRole, node_id)
            self.list.addItem(item)
        if targets:
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _i: self.accept())
        self.empty = QLabel(self.tr("Aucun autre emplacement possible dans cette structure."))
        self.empty.setVisible(not targets)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Nouveau parent :")))
        layout.addWidget(self.list)
        layout.addWidget(self.empty)
        layout.addWidget(self.buttons)
        self.resize(480, 420)

    def target(self) -> int | None:
        item = self.list.currentItem()
        return None if item is None else int(item.data(Qt.ItemDataRole.UserRole))

    def choose(self, node_id: int) -> None:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == node_id:
                self.list.setCurrentRow(row)
                return

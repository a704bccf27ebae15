"""Small dialogs of the tree actions: create N units, rename with the label rule, move to another parent."""
from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
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

from app.models.labels import suggest_label, title_case
from app.views.icons import kind_icon
from app.views.labels import kind_label


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


class CreateDialog(QDialog):
    """Kind (limited to the allowed children), name, and how many units to create at once."""

    def __init__(self, parent_name: str, kinds: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Créer sous « {0} »").format(parent_name))
        self.kind = QComboBox()
        for k in kinds:
            self.kind.addItem(kind_icon(k), kind_label(k), k)
        self.name = QLineEdit()
        self.name.setPlaceholderText(self.tr("Nom de l'unité"))
        self.count = QSpinBox()
        self.count.setRange(1, 100)
        self.hint = QLabel(self.tr("Avec plusieurs unités, un numéro est ajouté à chaque nom."))
        self.hint.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Type"), self.kind)
        form.addRow(self.tr("Nom"), self.name)
        form.addRow(self.tr("Nombre"), self.count)
        self.buttons = _buttons(self)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.name.setFocus()

    def chosen_kind(self) -> str:
        return self.kind.currentData()

    def names(self) -> list[str]:
        base = self.name.text().strip()
        n = self.count.value()
        if n == 1:
            return [base]
        return [f"{base} {i}" for i in range(1, n + 1)]


class RenameDialog(QDialog):
    """The new name, with the label rule's suggestion and an "Appliquer" button that takes it."""

    def __init__(self, current: str, suggestion: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Renommer"))
        self.name = QLineEdit(current)
        self.name.selectAll()
        self.suggestion = suggestion
        self.suggestion_label = QLabel(self.tr("Suggestion (règle de nommage) : « {0} »").format(suggestion))
        self.suggestion_label.setWordWrap(True)
        self.apply_button = QPushButton(self.tr("Appliquer"))
        self.apply_button.clicked.connect(lambda: self.name.setText(self.suggestion))
        self.name.textChanged.connect(lambda text: self.apply_button.setEnabled(text.strip() != self.suggestion))
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
        layout.addWidget(self.buttons)
        self.resize(520, self.sizeHint().height())

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

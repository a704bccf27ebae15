"""The Dossiers panel: each structure's dossier with its state in words and what it holds, the actions on it,
and the checklist of the selected dossier (each line a link to its fiche). Reads run on the DB worker."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.views.dossiers.checklist import Checklist
from app.views.dossiers.reads import PanelRow
from app.views.dossiers.texts import holds_words, state_words, translate

COLUMNS = 4


class DossiersPanel(QWidget):
    nodeActivated = Signal(int)  # a fiche (or structure) to select in the tree
    actionAsked = Signal(str, int)  # action name, structure id
    selectionChanged = Signal(object)  # the structure id of the selected row, or None

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossiersPanel")
        self.rows: list[PanelRow] = []
        self.table = QTreeWidget()
        self.table.setObjectName("dossiersTable")
        self.table.setRootIsDecorated(False)
        self.table.setColumnCount(COLUMNS)
        self.table.setAlternatingRowColors(True)
        self.table.currentItemChanged.connect(self._selected)
        self.table.itemDoubleClicked.connect(self._double_clicked)
        self.buttons: dict[str, QPushButton] = {}
        bar = QHBoxLayout()
        for name in ("open", "send", "withdraw", "diff", "finalise", "confirm"):
            button = QPushButton()
            button.setObjectName(f"dossier_{name}")
            button.clicked.connect(lambda _c=False, n=name: self._ask(n))
            self.buttons[name] = button
            bar.addWidget(button)
        bar.addStretch(1)
        self.check_title = QLabel()
        self.check_title.setWordWrap(True)
        self.checklist = Checklist()
        self.checklist.nodeActivated.connect(self.nodeActivated)
        lower = QWidget()
        lower_layout = QVBoxLayout(lower)
        lower_layout.setContentsMargins(0, 0, 0, 0)
        lower_layout.addWidget(self.check_title)
        lower_layout.addWidget(self.checklist)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setSizes([560, 560])
        layout = QVBoxLayout(self)
        layout.addLayout(bar)
        layout.addWidget(split, 1)
        self.target: int | None = None  # the tree's structure when no row is chosen (to open a dossier)
        self.retranslate()

    # ------------------------------------------------------------------ texts
    def retranslate(self) -> None:
        self.table.setHeaderLabels([translate("Dossiers", "Structure"), translate("Dossiers", "État du dossier"),
                                    translate("Dossiers", "Ce qu'il contient"), translate("Dossiers", "À reprendre")])
        texts = {
            "open": (translate("Dossiers", "Ouvrir un dossier"),
                     translate("Dossiers", "Ouvrir un dossier sur l'établissement choisi dans l'arborescence")),
            "send": (translate("Dossiers", "Envoyer…"),
                     translate("Dossiers", "Vérifier puis envoyer le dossier au validateur")),
            "withdraw": (translate("Dossiers", "Retirer"),
                         translate("Dossiers", "Retirer un dossier envoyé (annule sa demande de validation)")),
            "diff": (translate("Dossiers", "Changements…"),
                     translate("Dossiers", "Ce que le dossier change par rapport à la version publiée")),
            "finalise": (translate("Dossiers", "Finaliser les fiches complètes"),
                         translate("Dossiers", "Finaliser en une étape (annulable) toutes les fiches du dossier "
                                               "sans problème bloquant")),
            "confirm": (translate("Dossiers", "Confirmer sans changement"),
                        translate("Dossiers", "Mise à jour annuelle : confirmer que l'offre de l'établissement "
                                              "n'a pas changé")),
        }
        for name, (text, tip) in texts.items():
            self.buttons[name].setText(text)
            self.buttons[name].setToolTip(tip)
        self.set_rows(self.rows)
        self.set_checklist(getattr(self, "_blockers", None))  # its sentences too, in the new language

    # ------------------------------------------------------------------ contents
    def set_rows(self, rows: list[PanelRow]) -> None:
        keep = self.selected_structure()
        self.rows = list(rows)
        self.table.blockSignals(True)
        self.table.clear()
        for row in rows:
            s = row.summary
            todo = []
            if s.with_problems:
                todo.append(translate("Dossiers", "{0} avec problème(s)").format(s.with_problems))
            if s.drafts:
                todo.append(translate("Dossiers", "{0} non finalisée(s)").format(s.drafts))
            item = QTreeWidgetItem([s.structure_name, state_words(s.state, row.ready, s.withdrawing),
                                    holds_words(row.counts) if s.state != "published" else "",
                                    ", ".join(todo)])
            item.setData(0, Qt.ItemDataRole.UserRole, s.structure_id)
            if s.comment:
                item.setToolTip(1, s.comment)
            self.table.addTopLevelItem(item)
            if s.structure_id == keep:
                self.table.setCurrentItem(item)
        self.table.blockSignals(False)
        for col in range(COLUMNS):
            self.table.resizeColumnToContents(col)
        self.update_buttons()

    def row_texts(self) -> list[list[str]]:
        """What each row shows (tests, accessibility)."""
        return [[self.table.topLevelItem(i).text(c) for c in range(COLUMNS)]
                for i in range(self.table.topLevelItemCount())]

    def select_structure(self, structure_id: int | None) -> None:
        for i in range(self.table.topLevelItemCount()):
            item = self.table.topLevelItem(i)
            if item.data(0, Qt.ItemDataRole.UserRole) == structure_id:
                self.table.setCurrentItem(item)
                return

    def selected_structure(self) -> int | None:
        item = self.table.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None

    def selected_row(self) -> PanelRow | None:
        sid = self.selected_structure()
        return next((r for r in self.rows if r.summary.structure_id == sid), None)

    def set_checklist(self, blockers: list | None) -> None:
        self._blockers = blockers
        if blockers is None:
            self.check_title.setText(translate("Dossiers", "Choisissez un dossier pour voir ce qui bloque son envoi."))
            self.checklist.clear()
            return
        self.check_title.setText(translate(
                "Dossiers", "Avant l'envoi, {0} fiche(s) à reprendre (cliquez pour l'afficher) :")
                                 .format(len(blockers)) if blockers else translate(
                                         "Dossiers", "Vérification avant l'envoi :"))
        self.checklist.set_blockers(blockers)

    def update_buttons(self) -> None:
        row = self.selected_row()
        state = row.summary.state if row else None
        editable = state in ("open", "rejected")
        held = next((r for r in self.rows if r.summary.structure_id == self.target), None)
        self.buttons["open"].setEnabled(self.target is not None and (held is None or held.summary.state == "published"))
        self.buttons["send"].setEnabled(row is not None and state in ("open", "rejected", "awaiting_direction"))
        self.buttons["withdraw"].setEnabled(row is not None and not row.summary.withdrawing
                                            and state in ("queued", "awaiting_direction", "in_validation"))
        self.buttons["diff"].setEnabled(row is not None or self.target is not None)
        self.buttons["finalise"].setEnabled(row is not None and editable and row.summary.drafts > 0)
        self.buttons["confirm"].setEnabled(self._confirm_target() is not None)

    def _confirm_target(self) -> int | None:
        row = self.selected_row()
        if row is not None:
            return row.summary.structure_id if row.summary.structure_kind == "EG" else None
        return self.target

    # ------------------------------------------------------------------ events
    def _selected(self, current: QTreeWidgetItem | None, _previous: QTreeWidgetItem | None) -> None:
        self.update_buttons()
        self.selectionChanged.emit(current.data(0, Qt.ItemDataRole.UserRole) if current is not None else None)

    def _double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        self.nodeActivated.emit(int(item.data(0, Qt.ItemDataRole.UserRole)))

    def _ask(self, name: str) -> None:
        if name == "open":
            target = self.target
        elif name == "confirm":
            target = self._confirm_target()
        else:
            target = self.selected_structure() if self.selected_structure() is not None else self.target
        if target is not None:
            self.actionAsked.emit(name, int(target))

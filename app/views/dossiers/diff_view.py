"""The diff of a dossier against the last published version: one row per unit changed (created, renamed,
moved, deleted, fiche edited), its fields below it with the value before and after, in the interface's
language (item texts from the form, nomenclature labels)."""
from __future__ import annotations

from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from app.models.diff import DossierDiff
from app.views.dossiers.texts import change_words, holds_words, translate
from app.views.i18n import current_language
from app.views.labels import kind_label

COLOURS = {"created": "#2e7d32", "deleted": "#c62828", "renamed": "#1565c0", "moved": "#6a1b9a",
           "edited": "#444444"}
NOTHING = "—"


def headline(diff: DossierDiff) -> str:
    when = (diff.published_at or "")[:10]
    base = translate(
            "Dossiers", "dernière publication le {0}").format(when) if when else translate("Dossiers", "jamais publié")
    return translate("Dossiers", "« {0} » par rapport à la version publiée ({1}) : {2}").format(
        diff.structure_name, base, holds_words(diff.counts()))


class DiffView(QTreeWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dossierDiff")
        self.setColumnCount(3)
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.diff: DossierDiff | None = None
        self.retranslate()

    def retranslate(self) -> None:
        self.setHeaderLabels([translate(
                "Dossiers", "Unité / champ"), translate("Dossiers", "Avant"), translate("Dossiers", "Après")])
        if self.diff is not None:
            self.set_diff(self.diff)

    def set_diff(self, diff: DossierDiff) -> None:
        self.diff = diff
        self.clear()
        lang = current_language()
        for unit in diff.units:
            words = ", ".join(change_words(c) for c in unit.changes)
            top = QTreeWidgetItem([translate("Dossiers", "{0} « {1} » — {2}").format(
                kind_label(unit.kind), unit.name, words), "", ""])
            top.setForeground(0, QBrush(QColor(COLOURS.get(unit.changes[0], "#444444"))))
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            if unit.old_name:
                top.addChild(QTreeWidgetItem([translate("Dossiers", "Nom"), unit.old_name, unit.name]))
            if "moved" in unit.changes:
                top.addChild(QTreeWidgetItem([translate("Dossiers", "Rattachement"), unit.old_parent or NOTHING,
                                              unit.new_parent or NOTHING]))
            for f in unit.fields:
                before = ", ".join(v.in_(lang) for v in f.before) or NOTHING
                after = ", ".join(v.in_(lang) for v in f.after) or NOTHING
                child = QTreeWidgetItem([f.label.in_(lang), before, after])
                for col in range(3):
                    child.setToolTip(col, child.text(col))
                top.addChild(child)
            self.addTopLevelItem(top)
            top.setExpanded(True)
        if not diff.units:
            self.addTopLevelItem(QTreeWidgetItem([translate(
                    "Dossiers", "Aucun changement par rapport à la version publiée."), "", ""]))
        for i in range(self.topLevelItemCount()):
            self.topLevelItem(i).setFirstColumnSpanned(True)
        self._fit()

    def resizeEvent(self, event) -> None:  # noqa: N802 - Qt override
        super().resizeEvent(event)
        self._fit()

    def _fit(self) -> None:
        """Unit rows span the width; the field label gets what it needs (at most a third), before and after
        share the rest; a cell too long shows whole in its tooltip."""
        width = max(self.viewport().width(), 300)
        self.resizeColumnToContents(0)
        first = min(self.columnWidth(0), width // 3)
        self.setColumnWidth(0, first)
        self.setColumnWidth(1, (width - first) // 2)
        self.setColumnWidth(2, (width - first) // 2)

    def texts(self) -> list[str]:
        """Every line shown (tests, accessibility): unit rows then their fields, tab-separated."""
        found = []
        for i in range(self.topLevelItemCount()):
            top = self.topLevelItem(i)
            found.append(top.text(0))
            for j in range(top.childCount()):
                child = top.child(j)
                found.append("\t".join(child.text(c) for c in range(3)))
        return found


class DiffDialog(QDialog):
    """The diff on demand, beside the window."""

    def __init__(self, diff: DossierDiff, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("diffDialog")
        self.setWindowTitle(translate("Dossiers", "Changements du dossier"))
        self.head = QLabel(headline(diff))
        self.head.setWordWrap(True)
        self.view = DiffView()
        self.view.set_diff(diff)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(translate("Dossiers", "Fermer"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.head)
        layout.addWidget(self.view)
        layout.addWidget(buttons)
        self.resize(860, 520)

"""*Fichier > Importer des capacités (CSV)…*: what a bed-management export would change, shown before anything
is written. Each line is accepted (the unit and the figure, in words) or refused with its reason; *Tout
appliquer* writes every figure in one transaction through the controller, and is offered only when no line is
refused: nothing is ever half-applied. The file is read and planned on the DB worker."""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models import capacities as cap
from app.models.capacity_import import read_csv
from app.views.capacities.labels import gender_label, nature_label, status_label, temporality_label
from app.views.refusal_text import error_text, refusal_text


@dataclass
class Preview:
    plan: cap.ImportPlan
    names: dict[int, str]


def plan_file(ws, path: Path) -> Preview:
    """Read and plan on the worker; the names of the units it finds come with it."""
    plan = ws.capacities.import_plan(read_csv(path))
    names = {r.id: r.name for r in ws.nodes.rows(sorted(plan.units()))}
    return Preview(plan, names)


class ImportPreview(QDialog):
    applied = Signal(object)  # the Changes once every line was applied

    def __init__(self, controller, path: str | Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("capacityImportPreview")
        self.controller = controller
        self.path = Path(path)
        self.preview: Preview | None = None
        self.setWindowTitle(self.tr("Importer des capacités — {0}").format(self.path.name))
        self.summary = QLabel(self.tr("Lecture du fichier…"))
        self.summary.setWordWrap(True)
        self.lines = QListWidget()
        self.lines.setObjectName("capacityImportLines")
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.apply_button = QPushButton(self.tr("&Tout appliquer"))
        self.apply_button.setEnabled(False)
        self.buttons.addButton(self.apply_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.rejected.connect(self.reject)
        self.apply_button.clicked.connect(self.apply)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.lines, 1)
        layout.addWidget(self.buttons)
        self.resize(760, 480)
        controller.read(lambda ws: plan_file(ws, self.path), self.show_preview, self.show_failure)

    def show_failure(self, exc: BaseException) -> None:
        if isinstance(exc, OSError):
            text = self.tr("Le fichier ne peut pas être lu : {0}").format(exc.strerror or exc)
        else:
            text = error_text(exc)
        self.summary.setText(text)
        self.apply_button.setEnabled(False)

    def show_preview(self, preview: Preview) -> None:
        self.preview = preview
        plan = preview.plan
        self.lines.clear()
        entries: list[tuple[int, str, bool]] = [(a.line, self.accepted_text(a, preview.names), True)
                                                for a in plan.accepted]
        entries += [(line, self.tr("Ligne {0} — refusée : {1}").format(line, refusal_text(refusal)), False)
                    for line, refusal in plan.refused]
        for _line, text, ok in sorted(entries, key=lambda e: e[0]):
            item = QListWidgetItem(("✓ " if ok else "✗ ") + text)
            if not ok:
                item.setForeground(QBrush(QColor("#b71c1c")))
            self.lines.addItem(item)
        accepted, refused = len(plan.accepted), len(plan.refused)
        text = self.tr("%n ligne(s) acceptée(s)", "", accepted) + ", " + \
            self.tr("%n ligne(s) refusée(s)", "", refused) + ". "
        if refused:
            text += self.tr("Rien ne sera appliqué tant qu'une ligne est refusée : corrigez le fichier puis "
                            "importez-le de nouveau.")
        elif accepted:
            text += self.tr("Toutes les lignes seront appliquées ensemble (source « Bed management »).")
        self.summary.setText(text)
        self.apply_button.setEnabled(plan.ok)

    def accepted_text(self, a: cap.ImportLine, names: dict[int, str]) -> str:
        nature = nature_label(a.nature)
        if a.gender:
            nature += f" ({gender_label(a.gender)})"
        return self.tr("Ligne {0} — {1} : {2} {3} = {4} ({5})").format(
            a.line, names.get(a.node_id, str(a.node_id)), nature.lower(), status_label(a.status).lower(), a.count,
            temporality_label(a.temporality).lower())

    def apply(self) -> None:
        """Every line in one write, through the controller (all or nothing)."""
        if self.preview is None or not self.preview.plan.ok:
            return
        plan = self.preview.plan
        self.apply_button.setEnabled(False)

        def done(changes) -> None:
            self.applied.emit(changes)
            self.accept()

        self.controller.run(lambda ws: ws.capacities.apply_import(plan), on_done=done,
                            on_error=self.show_failure, origin=self)

    def keyPressEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not self.apply_button.isEnabled():
            return  # Enter never applies a refused plan
        super().keyPressEvent(event)

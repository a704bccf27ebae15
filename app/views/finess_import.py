"""*Fichier > Importer l'extraction FINESS…*: the window's side of `app.models.finess_import`.

The import runs on the DB worker through `Controller.run` (one road for writes: the tree takes its Changes in,
or, above `APPLY_LIMIT` structures, reads the workspace again as the opening does); its progress comes back by
a queued signal to a small dialog whose *Annuler* stops it between two batches. The import is one transaction,
so a cancel, a refused file (cut short, not an extract) or a failure leave the workspace as it was, and the
dialog says so in one sentence.
"""
from __future__ import annotations

import threading
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from app.models.changes import Changes
from app.models.finess_import import BATCH_SIZE, ImportReport, import_finess
from app.models.finess_reader import ImportCancelled
from app.models.refusals import Refusal
from app.views.refusal_text import refusal_text, unexpected_text

STEPS = 1000  # the bar counts thousandths of the file's bytes
# Above this many structures the tree is read again whole (the opening's fast load) rather than node by node.
APPLY_LIMIT = 200


class FinessProgressDialog(QDialog):
    """The bar, what has been read, and *Annuler*; closing it (Esc, the title bar) asks for the cancel too."""

    cancel_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import de l'extraction FINESS"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.label = QLabel(self.tr("Lecture de {0}…").format(name))
        self.label.setWordWrap(True)
        self.bar = QProgressBar()
        self.bar.setRange(0, STEPS)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button = self.buttons.button(QDialogButtonBox.StandardButton.Cancel)
        self.cancel_button.setText(self.tr("Annuler"))
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.label)
        layout.addWidget(self.bar)
        layout.addWidget(self.buttons)
        self.resize(460, self.sizeHint().height())
        self.running = True

    def show_progress(self, rows: int, done: int, size: int) -> None:
        self.bar.setValue(min(STEPS, done * STEPS // size) if size else 0)
        if self.cancel_button.isEnabled():
            self.label.setText(self.tr("%n structure(s) lue(s)…", "", rows))

    def reject(self) -> None:
        """Cancel, not close, while the import runs: it stops between two batches and undoes everything."""
        if not self.running:
            super().reject()
            return
        if self.cancel_button.isEnabled():
            self.cancel_button.setEnabled(False)
            self.label.setText(self.tr("Annulation… rien ne sera importé."))
            self.cancel_requested.emit()

    def finish(self) -> None:
        self.running = False
        self.accept()


class FinessImport(QObject):
    """One import of `path` into the workspace open in `controller`, with its progress dialog and outcome."""

    progressed = Signal(int, int, int)  # rows, bytes read, file size (emitted on the worker thread)
    finished = Signal(str)  # the outcome, in the user's language

    def __init__(self, controller: Any, path: str | Path, parent: QWidget | None = None,
                 batch_size: int = BATCH_SIZE, status: Any = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.path = Path(path)
        self.batch_size = batch_size
        self._status = status
        self._cancel = threading.Event()
        self.report: ImportReport | None = None
        self.reloaded = False  # the import was too large to apply node by node: the tree was read again
        self.outcome = ""
        self.outcome_box: QMessageBox | None = None
        self.dialog = FinessProgressDialog(self.path.name, parent)
        self.dialog.cancel_requested.connect(self._cancel.set)
        self.progressed.connect(self.dialog.show_progress)  # queued: emitted on the worker thread

    @property
    def cancelling(self) -> bool:
        return self._cancel.is_set()

    def start(self) -> None:
        self.dialog.open()
        self.controller.run(self._op, on_done=self._done, on_error=self._failed, origin=self)

    def cancel(self) -> None:
        self.dialog.reject()

    def _op(self, ws: Any) -> Changes:
        self.report = import_finess(ws, self.path, progress=self.progressed.emit, cancelled=self._cancel.is_set,
                                    batch_size=self.batch_size)
        if len(self.report.changes.nodes) > APPLY_LIMIT:  # a whole region or country: the tree is read again
            self.reloaded = True
            return Changes()
        return self.report.changes

    def _done(self, _changes: Changes) -> None:
        if self.reloaded:
            self.dialog.label.setText(self.tr("Affichage des structures importées…"))
            self.controller.open(self.controller.path, on_done=self._report_done)
        else:
            self._report_done()

    def _report_done(self) -> None:
        report = self.report
        assert report is not None
        text = self.tr("Import FINESS terminé : {0} EJ et {1} EG créées, {2} EG mises à jour, {3} ligne(s) "
                       "rejetée(s).").format(report.ej_created, report.eg_created, report.eg_updated,
                                              len(report.rejected))
        if report.fallback_lines:
            text += " " + self.tr("%n ligne(s) n'étaient pas en UTF-8 et ont été lues en Windows-1252 (latin-1).",
                                  "", report.fallback_lines)
        self._end(text, QMessageBox.Icon.Information)

    def _failed(self, exc: BaseException) -> None:
        if isinstance(exc, ImportCancelled):
            text = refusal_text(exc)
        elif isinstance(exc, Refusal):
            text = self.tr("Import refusé, rien n'a été importé : {0}").format(refusal_text(exc))
        else:
            text = self.tr("L'import a échoué, rien n'a été importé : {0}").format(unexpected_text(exc))
        self._end(text, QMessageBox.Icon.Warning)

    def _end(self, text: str, icon: QMessageBox.Icon) -> None:
        self.outcome = text
        self.dialog.finish()
        parent = self.parent()
        box = QMessageBox(icon, self.tr("Import de l'extraction FINESS"), text, QMessageBox.StandardButton.Ok,
                          parent if isinstance(parent, QWidget) else None)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()
        self.outcome_box = box
        if self._status is not None:
            self._status(text)
        self.finished.emit(text)


def import_finess_dialog(window: Any) -> FinessImport | None:
    """Ask for the extract, then import it into the open workspace (the *Fichier* menu's entry)."""
    if getattr(window.controller, "path", None) is None:
        window.status(QCoreApplication.translate("FinessImport", "Ouvrez d'abord un espace de travail."))
        return None
    chosen, _ = QFileDialog.getOpenFileName(
        window, QCoreApplication.translate("FinessImport", "Importer l'extraction FINESS"), "",
        QCoreApplication.translate("FinessImport", "Extraction FINESS (*.csv *.txt);;Tous les fichiers (*)"))
    if not chosen:
        return None
    run = FinessImport(window.controller, chosen, window, status=getattr(window, "status", None))
    run.start()
    return run

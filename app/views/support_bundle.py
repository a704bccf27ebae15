"""*Aide > Créer un paquet pour le support…*: the window's side of `app.models.support.bundle`.

`create_support_bundle(window)` opens a small dialog: where to write the zip (a file dialog), whether to
pseudonymise the people's contact data, then writes the bundle on a thread of its own (the window keeps
working; the copy of the workspace is consistent even while the window writes) and says where it was written.
"""
from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.refusals import Refusal
from app.views.jobs import Done, Failed, SerialJobs
from app.views.refusal_text import refusal_text, unexpected_text

log = logging.getLogger(__name__)


class BundleJobs(SerialJobs):
    """The bundle's own thread: neither the DB worker (the screens wait on it) nor the sync thread."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__("ror-support", parent)

    def submit(self, call: Any, on_done: Done, on_error: Failed) -> None:
        self._enqueue(call, on_done, on_error)

    def shutdown(self) -> None:
        self._pool.shutdown(wait=False)


def default_path() -> Path:
    folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(Path.home())
    return Path(folder) / f"ror-referent-support-{datetime.now():%Y%m%d-%H%M}.zip"


def _size(n: int) -> str:
    return f"{n / 1024**2:.1f} Mo" if n >= 1024**2 else f"{max(1, round(n / 1024))} Ko"


class SupportBundleDialog(QDialog):
    """Where to write the bundle, and whether to pseudonymise; then the outcome, in the dialog itself."""

    def __init__(self, workspace: Path, parent: QWidget | None = None, status: Any = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self._status = status
        self.written: Path | None = None
        self.setWindowTitle(self.tr("Créer un paquet pour le support"))
        intro = QLabel(self.tr(
            "Le paquet contient une copie de l'espace de travail, le journal des synchronisations, les journaux "
            "récents de l'application, les versions utilisées, l'adresse du serveur et votre identifiant. Il ne "
            "contient aucun mot de passe ni aucun jeton de connexion."))
        intro.setWordWrap(True)
        self.path = QLineEdit(str(default_path()))
        self.browse = QPushButton(self.tr("Choisir…"))
        self.browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(self.browse)
        self.pseudonymise = QCheckBox(self.tr("Pseudonymiser les données personnelles"))
        self.pseudonymise.setToolTip(self.tr(
            "Remplace les noms, téléphones et courriels des personnes (contacts des fiches) par des valeurs "
            "fictives ; les données des établissements sont gardées."))
        self.outcome = QLabel()
        self.outcome.setWordWrap(True)
        self.outcome.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.create_button = self.buttons.addButton(self.tr("Créer le paquet"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.accepted.connect(self.start)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(QLabel(self.tr("Fichier du paquet :")))
        layout.addLayout(row)
        layout.addWidget(self.pseudonymise)
        layout.addWidget(self.outcome)
        layout.addWidget(self.buttons)
        self.resize(560, self.sizeHint().height())
        self.jobs = BundleJobs(self)
        self.finished.connect(lambda _code: self.jobs.shutdown())

    @property
    def busy(self) -> bool:
        return self.jobs.busy

    def reject(self) -> None:
        """Not while the bundle is being written: its thread reports to this dialog."""
        if self.busy:
            self.outcome.setText(self.tr("Création du paquet… Patientez jusqu'à la fin."))
            return
        super().reject()

    def choose_file(self) -> None:
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Enregistrer le paquet pour le support"),
                                                self.path.text(), self.tr("Paquet zip (*.zip)"))
        if chosen:
            self.path.setText(chosen if chosen.lower().endswith(".zip") else chosen + ".zip")

    def start(self) -> None:
        """Write the bundle off the GUI thread."""
        from app.models.support.bundle import make_bundle

        text = self.path.text().strip()
        if not text:
            self.outcome.setText(self.tr("Choisissez d'abord le fichier du paquet."))
            return
        out = Path(text).expanduser()
        pseudonymise = self.pseudonymise.isChecked()
        self._working(True)
        self.outcome.setText(self.tr("Création du paquet…"))
        self.jobs.submit(lambda: make_bundle(self.workspace, out, pseudonymise=pseudonymise),
                         self._done, self._failed)

    def _working(self, on: bool) -> None:
        for widget in (self.path, self.browse, self.pseudonymise, self.create_button):
            widget.setEnabled(not on)

    def _done(self, report: Any) -> None:
        self.written = report.path
        message = self.tr("Paquet pour le support écrit : {0} ({1}).").format(str(report.path), _size(report.size))
        if report.pseudonymised is not None:
            message += " " + self.tr("Données personnelles remplacées : %n valeur(s).", "",
                                     sum(report.pseudonymised.values()))
        self.outcome.setText(message)
        self.create_button.hide()
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Fermer"))
        if self._status is not None:
            self._status(message)

    def _failed(self, exc: BaseException) -> None:
        self._working(False)
        if isinstance(exc, Refusal):
            message = refusal_text(exc)
        elif isinstance(exc, OSError):
            message = self.tr("Impossible d'écrire le paquet {0} : {1}").format(
                self.path.text(), exc.strerror or str(exc))
        else:
            log.error("support bundle failed", exc_info=exc)
            message = unexpected_text(exc)
        self.outcome.setText(message)
        if self._status is not None:
            self._status(message)


def create_support_bundle(window: Any) -> SupportBundleDialog | None:
    """Open the dialog for the workspace open in `window` (the *Aide* menu's entry); None when none is open."""
    path = getattr(window.controller, "path", None)
    if path is None:
        window.status(QCoreApplication.translate("SupportBundleDialog", "Ouvrez d'abord un espace de travail."))
        return None
    dialog = SupportBundleDialog(Path(path), window, status=getattr(window, "status", None))
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.open()
    return dialog

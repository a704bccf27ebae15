"""*Aide > À propos de ROR Référent*: what a support agent asks first (version, workspace, logs) and how to
reach support, selectable and copied in one click so that it can be pasted into a message."""
from __future__ import annotations

import html
import platform
from importlib import metadata
from pathlib import Path

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt, QUrl, qVersion
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from app.models.support.environment import log_dir
from app.views.icons import app_icon

DIST_NAME = "ror-referent"


def app_version() -> str:
    """The installed version (pyproject.toml; the packaged app carries the same metadata)."""
    try:
        return metadata.version(DIST_NAME)
    except metadata.PackageNotFoundError:
        return "?"


class AboutDialog(QDialog):
    def __init__(self, workspace: Path | str | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("À propos de ROR Référent"))
        self.version = app_version()
        self.workspace = str(workspace) if workspace else ""
        self.logs = str(log_dir())
        icon = QLabel()
        icon.setPixmap(app_icon().pixmap(64, 64))
        title = QLabel(f"<h2 style='margin:0'>ROR Référent {html.escape(self.version)}</h2>")
        intro = QLabel(self.tr("ROR Référent décrit l'offre de soins de vos établissements dans le "
                               "Répertoire Opérationnel des Ressources, même hors ligne."))
        intro.setWordWrap(True)
        self.fields = {
            "version": self.version,
            "workspace": self.workspace or self.tr("aucun espace de travail ouvert"),
            "logs": self.logs,
            "platform": f"Python {platform.python_version()} · Qt {qVersion()} · PySide6 {pyside_version} · "
                        f"{platform.system()} {platform.release()}",
        }
        labels = {"version": self.tr("Version :"), "workspace": self.tr("Espace de travail :"),
                  "logs": self.tr("Dossier des journaux :"), "platform": self.tr("Composants :")}
        form = QFormLayout()
        self.values: dict[str, QLabel] = {}
        for key, value in self.fields.items():
            label = QLabel(value)
            label.setTextFormat(Qt.TextFormat.PlainText)  # a path is shown as it is, never as markup
            label.setObjectName(f"about_{key}")
            label.setWordWrap(True)
            label.setTextInteractionFlags(label.textInteractionFlags() | _SELECTABLE)
            self.values[key] = label
            form.addRow(labels[key], label)
        self.support = QLabel(self.support_text())
        self.support.setObjectName("about_support")
        self.support.setWordWrap(True)
        self.support.setTextInteractionFlags(self.support.textInteractionFlags() | _SELECTABLE)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Fermer"))
        self.copy_button = QPushButton(self.tr("Copier ces informations"))
        self.open_logs_button = QPushButton(self.tr("Ouvrir le dossier des journaux"))
        self.buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.buttons.addButton(self.open_logs_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy)
        self.open_logs_button.clicked.connect(self.open_logs)
        self.buttons.rejected.connect(self.reject)
        head = QVBoxLayout()
        head.addWidget(title)
        head.addWidget(intro)
        layout = QVBoxLayout(self)
        top = QFormLayout()
        top.addRow(icon, _wrap(head))
        layout.addLayout(top)
        layout.addLayout(form)
        layout.addWidget(self.support)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def support_text(self) -> str:
        return self.tr("Besoin d'aide ? Le guide d'utilisation s'ouvre avec F1 (Aide > Guide d'utilisation). "
                       "En cas de problème, créez un paquet pour le support (Aide > Créer un paquet pour le "
                       "support…) et transmettez-le au support ROR de votre ARS ou de votre GRADeS, avec "
                       "quelques mots sur ce que vous faisiez. Le paquet ne contient aucun mot de passe.")

    def as_text(self) -> str:
        """What "Copier ces informations" puts on the clipboard."""
        return "\n".join([f"ROR Référent {self.version}", *(f"{k}: {v}" for k, v in self.fields.items())])

    def copy(self) -> None:
        QGuiApplication.clipboard().setText(self.as_text())

    def open_logs(self) -> None:
        folder = Path(self.logs)
        folder.mkdir(parents=True, exist_ok=True)
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


def _wrap(layout: QVBoxLayout) -> QWidget:
    box = QWidget()
    box.setLayout(layout)
    return box


_SELECTABLE = Qt.TextInteractionFlag.TextSelectableByMouse

"""The server dialogs: connection (URL, account, TLS files) and the Direction confirmation of a sanitaire
dossier (the conflict dialogs are in conflict_dialogs.py).

The dialogs only collect and show; the checks that need the network run on the sync thread (SyncController),
so a dialog stays open with the plain reason when the server says no (`show_error`).
"""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #8e1b1b; background: #fdecea; border: 1px solid #c62828; border-radius: 4px; padding: 6px;"


class _CheckedDialog(QDialog):
    """A dialog whose OK button asks (`submitted`) instead of closing; the owner calls accept() or show_error()."""

    submitted = Signal()

    def _finish(self, layout: QVBoxLayout, ok_text: str, cancel_text: str) -> None:
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setWordWrap(True)
        self.error.setStyleSheet(ERROR_STYLE)
        self.error.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(ok_text)
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(cancel_text)
        self.buttons.accepted.connect(self._submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)

    def _submit(self) -> None:
        self.error.hide()
        self.set_busy(True)
        self.submitted.emit()

    def set_busy(self, busy: bool) -> None:
        self.ok_button.setEnabled(not busy)

    def show_error(self, message: str) -> None:
        self.set_busy(False)
        self.error.setText(message)
        self.error.show()


class ServerDialog(_CheckedDialog):
    """Server address, identifier, password (kept in the system keyring only), optional TLS files."""

    def __init__(self, url: str = "", user: str = "", ca_bundle: str = "", client_cert: str = "",
                 client_key: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Connexion au serveur ROR"))
        self.url = QLineEdit(url)
        self.url.setPlaceholderText("https://…/fhir")
        self.user = QLineEdit(user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("laisser vide pour garder celui du trousseau"))
        self.ca_bundle = QLineEdit(ca_bundle)
        self.client_cert = QLineEdit(client_cert)
        self.client_key = QLineEdit(client_key)
        form = QFormLayout()
        form.addRow(self.tr("Adresse du serveur"), self.url)
        form.addRow(self.tr("Identifiant"), self.user)
        form.addRow(self.tr("Mot de passe"), self.password)
        form.addRow(self.tr("Autorités de certification (facultatif)"), self._with_browse(self.ca_bundle))
        form.addRow(self.tr("Certificat client (facultatif)"), self._with_browse(self.client_cert))
        form.addRow(self.tr("Clé du certificat client (facultatif)"), self._with_browse(self.client_key))
        note = QLabel(self.tr("Le mot de passe est gardé dans le trousseau du système, jamais dans l'espace de "
                              "travail. Le certificat du serveur est toujours vérifié."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        self._finish(layout, self.tr("Se connecter"), self.tr("Annuler"))
        self.resize(560, self.sizeHint().height())
        (self.password if url and user else self.url).setFocus()

    def _with_browse(self, edit: QLineEdit) -> QWidget:
        box = QWidget()
        row = QHBoxLayout(box)
        row.setContentsMargins(0, 0, 0, 0)
        button = QPushButton(self.tr("Parcourir…"))
        button.clicked.connect(lambda: self._browse(edit))
        row.addWidget(edit, 1)
        row.addWidget(button)
        return box

    def _browse(self, edit: QLineEdit) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choisir un fichier"), edit.text(),
                                              self.tr("Certificats (*.pem *.crt *.cer *.key);;Tous les fichiers (*)"))
        if path:
            edit.setText(path)

    def values(self) -> dict[str, str]:
        return {"url": self.url.text().strip(), "user": self.user.text().strip(), "password": self.password.text(),
                "ca_bundle": self.ca_bundle.text().strip(), "client_cert": self.client_cert.text().strip(),
                "client_key": self.client_key.text().strip()}


class DirectionDialog(_CheckedDialog):
    """Second confirmation of a sanitaire dossier: a Direction account's identifier and password."""

    def __init__(self, structure_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Confirmation par la Direction"))
        text = QLabel(self.tr("« {0} » est un établissement sanitaire : l'envoi du dossier pour validation doit "
                              "être confirmé par un compte Direction, autre que celui du référent.")
                      .format(structure_name))
        text.setWordWrap(True)
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        form = QFormLayout()
        form.addRow(self.tr("Identifiant Direction"), self.user)
        form.addRow(self.tr("Mot de passe"), self.password)
        note = QLabel(self.tr("Ce mot de passe sert une seule fois et n'est enregistré nulle part."))
        note.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(note)
        self._finish(layout, self.tr("Confirmer l'envoi"), self.tr("Annuler"))
        self.resize(480, self.sizeHint().height())
        self.user.setFocus()

    def values(self) -> tuple[str, str]:
        return self.user.text().strip(), self.password.text()

"""The server dialogs: connection (URL, account, TLS files), a conflict to settle field by field, the Direction
confirmation of a sanitaire dossier.

The dialogs only collect and show; the checks that need the network run on the sync thread (SyncController),
so a dialog stays open with the plain reason when the server says no (`show_error`).
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

ERROR_STYLE = "color: #8e1b1b; background: #fdecea; border: 1px solid #c62828; border-radius: 4px; padding: 6px;"
MAX_VALUE_CHARS = 400


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


# ---------------------------------------------------------------------- conflicts
def describe(value: Any) -> str:
    """A short human reading of a FHIR value (texts, codings' labels, times); JSON for the rest."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if isinstance(value, str | int | float):
        return str(value)
    if isinstance(value, list):
        return "\n".join(d for d in (describe(v) for v in value) if d)
    if isinstance(value, dict):
        if "coding" in value or "text" in value:
            codings = [c.get("display") or c.get("code") or "" for c in value.get("coding") or []]
            return value.get("text") or ", ".join(c for c in codings if c)
        if "display" in value or "code" in value and "system" in value:
            return str(value.get("display") or value.get("code"))
        if "value" in value and ("system" in value or "use" in value):
            return str(value["value"])
        if "daysOfWeek" in value or "allDay" in value:
            days = ", ".join(value.get("daysOfWeek") or [])
            hours = "24 h/24" if value.get("allDay") else \
                f"{str(value.get('availableStartTime', ''))[:5]}–{str(value.get('availableEndTime', ''))[:5]}"
            return f"{days} {hours}".strip()
        if "reference" in value:
            return str(value.get("display") or value["reference"])
        if "url" in value:  # an extension: its short name and its value(s)
            short = str(value["url"]).rstrip("/").rsplit("/", 1)[-1]
            inner = [describe(v) for k, v in value.items() if k.startswith("value")]
            inner += [describe(e) for e in value.get("extension") or []]
            return f"{short} : {'; '.join(i for i in inner if i)}"
        if "low" in value or "high" in value:
            return f"{describe(value.get('low'))} – {describe(value.get('high'))}".strip(" –")
        if "value" in value and ("unit" in value or "code" in value):
            return f"{value['value']} {value.get('unit') or value.get('code')}"
        text = json.dumps(value, ensure_ascii=False)
        return text if len(text) <= MAX_VALUE_CHARS else text[:MAX_VALUE_CHARS] + "…"
    return str(value)


def same_content(a: Any, b: Any) -> bool:
    """Equal once the order of repeated elements is ignored (the server may reorder extensions)."""
    def norm(v: Any) -> Any:
        if isinstance(v, list):
            return sorted(json.dumps(norm(x), sort_keys=True, ensure_ascii=False) for x in v)
        if isinstance(v, dict):
            return {k: norm(x) for k, x in v.items()}
        return v
    return norm(a) == norm(b)


class _Choice(QWidget):
    """A radio button with its value as wrapped text beside it (a click on the text chooses it too)."""

    def __init__(self, text: str, name: str) -> None:
        super().__init__()
        self.radio = QRadioButton()
        self.radio.setObjectName(name)
        self.label = QLabel(text)
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
        self.label.setMinimumWidth(240)
        row = QHBoxLayout(self)
        row.setContentsMargins(2, 4, 8, 4)
        row.addWidget(self.radio, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.label, 1, Qt.AlignmentFlag.AlignTop)

    def mousePressEvent(self, event) -> None:  # noqa: N802 - Qt's name
        self.radio.setChecked(True)
        super().mousePressEvent(event)


class ConflictDialog(QDialog):
    """Mine and theirs side by side for each differing field; a radio button per side; nothing pre-applied.

    `choices()` gives `{field: 'mine'|'theirs'}` for `SyncEngine.resolve`.
    """

    def __init__(self, conflict, position: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("conflictDialog")
        title = self.tr("Conflit sur « {0} »").format(conflict.name)
        self.setWindowTitle(f"{title} {position}".strip())
        intro = QLabel(self.tr("Cette fiche a été modifiée sur le serveur pendant que vous la modifiiez. Pour "
                               "chaque rubrique, choisissez la version à garder ; rien n'est remplacé sans votre "
                               "choix."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        for col, text in enumerate((self.tr("Rubrique"), self.tr("Ma version"), self.tr("Version du serveur"))):
            head = QLabel(text)
            head.setStyleSheet("color: #555; border-bottom: 1px solid #bbb; padding-bottom: 4px;")
            grid.addWidget(head, 0, col)
        self.groups: dict[str, QButtonGroup] = {}
        self.radios: dict[str, tuple[QRadioButton, QRadioButton]] = {}
        self.same = [d.field for d in conflict.fields if same_content(d.mine, d.theirs)]
        shown = [d for d in conflict.fields if d.field not in self.same]
        for row, diff in enumerate(shown, start=1):
            label = QLabel(f"<b>{self.field_label(diff.field)}</b>")
            label.setContentsMargins(0, 4, 8, 0)
            label.setAlignment(Qt.AlignmentFlag.AlignTop)
            mine_cell = _Choice(describe(diff.mine) or self.tr("(vide)"), f"mine:{diff.field}")
            theirs_cell = _Choice(describe(diff.theirs) or self.tr("(vide)"), f"theirs:{diff.field}")
            mine, theirs = mine_cell.radio, theirs_cell.radio
            group = QButtonGroup(self)
            group.addButton(mine)
            group.addButton(theirs)
            group.buttonToggled.connect(self._update_ok)
            self.groups[diff.field] = group
            self.radios[diff.field] = (mine, theirs)
            grid.addWidget(label, row, 0)
            grid.addWidget(mine_cell, row, 1)
            grid.addWidget(theirs_cell, row, 2)
        grid.setRowStretch(len(shown) + 1, 1)
        inner = QWidget()
        inner.setLayout(grid)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        self.keep_mine = QPushButton(self.tr("Tout garder de mon côté"))
        self.keep_mine.setObjectName("keepMine")
        self.take_theirs = QPushButton(self.tr("Tout prendre du serveur"))
        self.take_theirs.setObjectName("takeTheirs")
        self.keep_mine.clicked.connect(lambda: self.choose_all("mine"))
        self.take_theirs.clicked.connect(lambda: self.choose_all("theirs"))
        all_row = QHBoxLayout()
        all_row.addWidget(self.keep_mine)
        all_row.addWidget(self.take_theirs)
        all_row.addStretch(1)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Appliquer mes choix"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Décider plus tard"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.hint = QLabel()
        self.hint.setStyleSheet("color: #555;")
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(scroll, 1)
        layout.addLayout(all_row)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(820, min(640, 220 + 60 * max(1, len(shown))))

    def field_label(self, name: str) -> str:
        """A French name for a top-level FHIR element (the raw name when unknown)."""
        return {
            "name": self.tr("Nom"), "alias": self.tr("Autres noms"), "comment": self.tr("Commentaire"),
            "telecom": self.tr("Téléphone et contacts"), "address": self.tr("Adresse"),
            "availableTime": self.tr("Horaires"), "notAvailable": self.tr("Fermetures"),
            "type": self.tr("Champ d'activité"), "category": self.tr("Catégorie d'offre"),
            "specialty": self.tr("Activités"), "characteristic": self.tr("Modes de prise en charge"),
            "extension": self.tr("Données ROR complémentaires"), "identifier": self.tr("Identifiants"),
            "active": self.tr("Active"), "partOf": self.tr("Rattachement"), "providedBy": self.tr("Structure"),
            "location": self.tr("Lieux"), "program": self.tr("Programmes"),
            "eligibility": self.tr("Publics accueillis"), "referralMethod": self.tr("Modes d'adressage"),
            "serviceProvisionCode": self.tr("Conditions d'accès"),
            "coverageArea": self.tr("Zone d'intervention"), "contact": self.tr("Contacts"),
        }.get(name, name)

    def choose(self, field: str, side: str) -> None:
        mine, theirs = self.radios[field]
        (mine if side == "mine" else theirs).setChecked(True)

    def choose_all(self, side: str) -> None:
        for field in self.radios:
            self.choose(field, side)

    def choices(self) -> dict[str, str]:
        """The side chosen for each field shown (fields equal but for their order keep mine)."""
        out = dict.fromkeys(self.same, "mine")
        for field, (mine, theirs) in self.radios.items():
            if mine.isChecked():
                out[field] = "mine"
            elif theirs.isChecked():
                out[field] = "theirs"
        return out

    def _update_ok(self, *_args) -> None:
        missing = len(self.radios) + len(self.same) - len(self.choices())
        self.ok_button.setEnabled(missing == 0)
        self.hint.setText(self.tr("Encore {0} rubrique(s) à choisir.").format(missing) if missing else "")

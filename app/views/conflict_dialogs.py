"""Settling a conflict with the server: the user chooses, nothing is overwritten silently.

A fiche changed on the server while it was changed here: both versions side by side, field by field
(`ConflictDialog`). A unit deleted on the server while a change of it waited here: send it again, or accept
the deletion (`DeletedConflictDialog`).
"""
from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

MAX_VALUE_CHARS = 400
OK_CANCEL = QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel


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
        intro = QLabel(self.tr("Cette fiche a été modifiée sur le serveur pendant que vous la modifiiez. "
                               "Pour chaque rubrique, choisissez la version à garder ; rien n'est remplacé "
                               "sans votre choix."))
        intro.setWordWrap(True)
        grid = QGridLayout()
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        heads = (self.tr("Rubrique"), self.tr("Ma version"), self.tr("Version du serveur"))
        for col, text in enumerate(heads):
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
        self.buttons = QDialogButtonBox(OK_CANCEL)
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
            "active": self.tr("Active"), "partOf": self.tr("Rattachement"),
            "providedBy": self.tr("Structure"),
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


class DeletedConflictDialog(QDialog):
    """A unit deleted on the server while a change of it waited here: send it again (it is created anew on
    the server, with the change), or accept the deletion (the change is given up). Nothing is chosen for the
    user. `keep()` is the choice, for `ws.conflicts.resolve_deleted`."""

    def __init__(self, conflict, position: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.conflict = conflict
        self.setObjectName("deletedConflictDialog")
        title = self.tr("« {0} » supprimé(e) sur le serveur").format(conflict.name)
        self.setWindowTitle(f"{title} {position}".strip())
        intro = QLabel(self.tr("« {0} » a été supprimé(e) sur le serveur alors qu'une modification faite ici "
                               "attendait d'être envoyée. Que voulez-vous faire ?").format(conflict.name))
        intro.setWordWrap(True)
        self.keep_radio = QRadioButton(self.tr("La renvoyer au serveur avec ma modification (elle y sera "
                                               "créée de nouveau)"))
        self.keep_radio.setObjectName("keepDeleted")
        self.accept_radio = QRadioButton(self.tr("Accepter la suppression (ma modification est abandonnée)"))
        self.accept_radio.setObjectName("acceptDeletion")
        group = QButtonGroup(self)
        group.addButton(self.keep_radio)
        group.addButton(self.accept_radio)
        group.buttonToggled.connect(self._update_ok)
        self.buttons = QDialogButtonBox(OK_CANCEL)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Appliquer mon choix"))
        self.buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Décider plus tard"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.keep_radio)
        layout.addWidget(self.accept_radio)
        layout.addWidget(self.buttons)
        self._update_ok()
        self.resize(560, self.sizeHint().height())

    def choose(self, keep: bool) -> None:
        (self.keep_radio if keep else self.accept_radio).setChecked(True)

    def keep(self) -> bool:
        return self.keep_radio.isChecked()

    def _update_ok(self, *_args) -> None:
        self.ok_button.setEnabled(self.keep_radio.isChecked() or self.accept_radio.isChecked())

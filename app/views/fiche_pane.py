"""The right side: a read-only summary of the selected node, and the dossier banner shown above the fiche."""
from __future__ import annotations

import html
from typing import Any

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QTextBrowser, QWidget

from app.models.rows import DossierRow, FicheData, NodeRow
from app.views.labels import (
    champ_label,
    domaine_label,
    dossier_label,
    kind_label,
    status_label,
    type_offre_label,
)

YELLOW_STATES = {"in_validation", "queued", "awaiting_direction"}

FINESS_FIELDS = (  # key in finess_data, French label (translated in _finess_label)
    "raison_sociale", "denomination", "finess_ej", "finess_eg", "siren", "siret", "statut_juridique",
    "libcategorie", "numvoie", "voie", "code_postal", "ville", "libdepartement", "telephone",
)


class Banner(QFrame):
    """Yellow while the node's dossier is with the validator, red (with the comments) when it was rejected."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        self.label = QLabel()
        self.label.setWordWrap(True)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.addWidget(self.label)
        self.state: str | None = None
        self._dossier: DossierRow | None = None
        self._node_comment: str | None = None
        self.hide()

    def show_dossier(self, dossier: DossierRow | None, node_comment: str | None = None) -> None:
        self._dossier, self._node_comment = dossier, node_comment
        self.state = dossier.state if dossier else None
        self._render()

    def _render(self) -> None:
        d = self._dossier
        if d is None or d.state not in (*YELLOW_STATES, "rejected"):
            self.hide()
            return
        if d.state == "rejected":
            text = "<b>" + html.escape(self.tr("Dossier refusé")) + "</b>"
            comments = _comment_lines(d.comments, self._node_comment)
            if comments:
                text += "<br>" + html.escape(self.tr("Commentaires du validateur :")) + "<ul style='margin:0'>" + \
                    "".join(f"<li>{html.escape(c)}</li>" for c in comments) + "</ul>"
            self.setStyleSheet("#banner { background: #fdecea; border: 1px solid #c62828; border-radius: 4px; }"
                               "QLabel { color: #8e1b1b; }")
        else:
            text = "<b>" + html.escape(dossier_label(d.state)) + "</b>"
            if d.state == "in_validation":
                text += " — " + html.escape(self.tr("les unités et fiches nouvelles du dossier attendent la "
                                                    "réponse du validateur ; les fiches déjà publiées restent "
                                                    "modifiables directement."))
            self.setStyleSheet("#banner { background: #fff8d6; border: 1px solid #e0b400; border-radius: 4px; }"
                               "QLabel { color: #5c4a00; }")
        self.label.setText(text)
        self.show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.isVisible():
            self._render()
        super().changeEvent(event)


def _comment_lines(comments: Any, node_comment: str | None) -> list[str]:
    """Validator comments in any of the shapes the sync layer stores (text, list, dict of notes)."""
    out: list[str] = []
    if node_comment:
        out.append(node_comment)

    def walk(value: Any) -> None:
        if isinstance(value, str):
            if value and value not in out:
                out.append(value)
        elif isinstance(value, dict):
            for key in ("reason", "statusReason", "text"):
                if key in value:
                    walk(value[key])
            for key, item in value.items():
                if key not in ("reason", "statusReason", "text"):
                    walk(item)
        elif isinstance(value, list | tuple):
            for item in value:
                walk(item)

    walk(comments)
    return out


class FichePane(QTextBrowser):
    """Read-only summary of a node: kind, name, codes, FINESS data, status, problems, validator comment."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("fichePane")
        self.setOpenLinks(False)
        self._shown: tuple[NodeRow | None, FicheData | None, DossierRow | None] = (None, None, None)
        self.show_node(None)

    def show_node(self, row: NodeRow | None, fiche: FicheData | None = None, dossier: DossierRow | None = None) -> None:
        self._shown = (row, fiche, dossier)
        if row is None:
            self.setHtml("<p style='color:#666'>" + html.escape(
                self.tr("Choisissez une unité dans l'arborescence pour voir sa fiche.")) + "</p>")
            return
        e = html.escape
        lines: list[tuple[str, str]] = [
            (self.tr("Type"), kind_label(row.kind)),
            (self.tr("Nom"), row.name),
        ]
        if row.finess:
            lines.append((self.tr("N° FINESS"), row.finess))
        if row.departement:
            lines.append((self.tr("Département"), row.departement))
        if row.domaine:
            lines.append((self.tr("Domaine"), domaine_label(row.domaine)))
        if row.champ:
            lines.append((self.tr("Champ d'activité"), champ_label(row.champ)))
        if row.type_offre:
            lines.append((self.tr("Type d'offre"), type_offre_label(row.type_offre)))
        status = status_label(row.status)
        colour = "#2e7d32" if row.status == "finalised" else "#444"
        if dossier is not None:
            lines.append((self.tr("Dossier"), dossier_label(dossier.state)))
        lines.append((self.tr("Envoyée au ROR"), self.tr("oui") if row.server_id else self.tr("non, jamais")))
        if row.dirty:
            lines.append((self.tr("Modifications locales"), self.tr("en attente d'envoi")))
        body = [f"<h2 style='margin-bottom:2px'>{e(row.name)}</h2>",
                f"<p style='color:{colour};margin-top:0'><b>{e(status)}</b>"]
        if row.problems:
            body.append(" — <span style='color:#c62828'><b>" +
                        e(self.tr("{0} problème(s) à corriger").format(row.problems)) + "</b></span>")
        if row.conflict:
            body.append(" — <span style='color:#e65100'><b>" + e(self.tr("conflit avec le serveur")) +
                        "</b></span>")
        body.append("</p>")
        body.append(_table(lines))
        if row.comment:
            body.append("<h3>" + e(self.tr("Commentaire du validateur")) + "</h3>")
            body.append(f"<p style='color:#8e1b1b'>{e(row.comment)}</p>")
        finess = (fiche.finess_data if fiche else None) or {}
        shown = [(self._finess_label(k), str(finess[k])) for k in FINESS_FIELDS if finess.get(k)]
        if shown:
            body.append("<h3>" + e(self.tr("Données FINESS (non modifiables ici)")) + "</h3>")
            body.append(_table(shown))
        if fiche is not None and fiche.answers:
            body.append("<p style='color:#666'>" + e(self.tr("{0} rubrique(s) renseignée(s) dans la fiche.")
                                                     .format(len(fiche.answers))) + "</p>")
        self.setHtml("".join(body))

    def _finess_label(self, key: str) -> str:
        return {
            "raison_sociale": self.tr("Raison sociale"), "denomination": self.tr("Dénomination"),
            "finess_ej": self.tr("FINESS juridique"), "finess_eg": self.tr("FINESS géographique"),
            "siren": self.tr("SIREN"), "siret": self.tr("SIRET"), "statut_juridique": self.tr("Statut juridique"),
            "libcategorie": self.tr("Catégorie"), "numvoie": self.tr("N° de voie"), "voie": self.tr("Voie"),
            "code_postal": self.tr("Code postal"), "ville": self.tr("Commune"),
            "libdepartement": self.tr("Département"), "telephone": self.tr("Téléphone"),
        }.get(key, key)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.show_node(*self._shown)
        super().changeEvent(event)


def _table(lines: list[tuple[str, str]]) -> str:
    cells = "".join(f"<tr><td style='color:#555;padding-right:16px'>{html.escape(k)}</td>"
                    f"<td>{html.escape(v)}</td></tr>" for k, v in lines)
    return f"<table cellspacing='2'>{cells}</table>"

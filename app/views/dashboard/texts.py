"""The dashboard's words, in the interface's language (literal translate() calls so lupdate finds them)."""
from __future__ import annotations

from functools import cache

from PySide6.QtCore import QCoreApplication

from app.models.dashboard import DUE

translate = QCoreApplication.translate  # literal calls: lupdate finds them


def headers() -> list[str]:
    return [
        translate("Dashboard", "Établissement (EG)"),
        translate("Dashboard", "FINESS"),
        translate("Dashboard", "Entité juridique"),
        translate("Dashboard", "Dépt"),
        translate("Dashboard", "Catégorie"),
        translate("Dashboard", "Fiches finalisées"),
        translate("Dashboard", "Problèmes bloquants"),
        translate("Dashboard", "Avertissements"),
        translate("Dashboard", "Dossier"),
        translate("Dashboard", "Dernière modification"),
        translate("Dashboard", "Mise à jour annuelle"),
    ]


def dossier_words(state: str | None) -> str:
    """A dossier's state in a few words (the table's column)."""
    return {
        None: translate("Dashboard", "aucun"),
        "open": translate("Dashboard", "en cours"),
        "queued": translate("Dashboard", "prêt à envoyer"),
        "awaiting_direction": translate("Dashboard", "attente de la Direction"),
        "in_validation": translate("Dashboard", "en validation"),
        "rejected": translate("Dashboard", "rejeté"),
        "published": translate("Dashboard", "publié"),
    }.get(state, state or "")


def state_choices() -> list[tuple[str, str]]:
    """(value, words) of the state filter; "" keeps every EG."""
    return [
        ("", translate("Dashboard", "Tous les états")),
        ("conflict", translate("Dashboard", "En conflit")),
        ("problems", translate("Dashboard", "Avec problèmes")),
        ("in_validation", translate("Dashboard", "Chez le validateur")),
        ("draft", translate("Dashboard", "Avec brouillons")),
        ("finalised", translate("Dashboard", "Tout finalisé")),
        (DUE, translate("Dashboard", "Mise à jour annuelle à faire")),
    ]


def yearly_words(due: bool, published: str | None) -> str:
    if due:
        return translate("Dashboard", "à faire") if published else translate("Dashboard", "à faire (jamais publié)")
    return translate("Dashboard", "à jour")


@cache
def category_label(code: str | None) -> str:
    """The FINESS category's label from the nomenclature pack (the code when the pack does not know it)."""
    if not code:
        return ""
    try:
        from app.models.nomenclatures import NomenclaturePack

        return NomenclaturePack.default().label_of_categorie(code) or code
    except Exception:  # noqa: BLE001 - a label is not worth failing the dashboard
        return code

"""The panel's words: a dossier's state, what it holds, a change of a unit, a blocking reason (context
"Dossiers", French source, English in i18n/*.ts)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate  # literal calls: lupdate finds them


def state_words(state: str, ready: bool = False, withdrawing: bool = False) -> str:
    """en cours, prêt à envoyer, en validation, rejeté, publié (and the in-between states in words)."""
    if withdrawing:
        return translate("Dossiers", "retrait demandé (en attente du serveur)")
    if state == "open":
        return translate("Dossiers", "prêt à envoyer") if ready else translate("Dossiers", "en cours")
    return {
        "queued": translate("Dossiers", "prêt, en attente d'envoi (hors ligne)"),
        "awaiting_direction": translate("Dossiers", "en attente de la Direction"),
        "in_validation": translate("Dossiers", "en validation"),
        "rejected": translate("Dossiers", "rejeté"),
        "published": translate("Dossiers", "publié"),
    }.get(state, state)


def change_words(change: str) -> str:
    return {"created": translate("Dossiers", "créée"), "renamed": translate("Dossiers", "renommée"),
            "moved": translate("Dossiers", "déplacée"), "deleted": translate("Dossiers", "supprimée"),
            "edited": translate("Dossiers", "fiche modifiée")}.get(change, change)


def holds_words(counts: dict[str, int]) -> str:
    """"2 créée(s), 1 renommée(s), 3 fiche(s) modifiée(s)" or "aucun changement"."""
    parts = []
    for key, template in (("created", translate("Dossiers", "{0} créée(s)")),
                          ("renamed", translate("Dossiers", "{0} renommée(s)")),
                          ("moved", translate("Dossiers", "{0} déplacée(s)")),
                          ("deleted", translate("Dossiers", "{0} supprimée(s)")),
                          ("edited", translate("Dossiers", "{0} fiche(s) modifiée(s)"))):
        if counts.get(key):
            parts.append(template.format(counts[key]))
    return ", ".join(parts) if parts else translate("Dossiers", "aucun changement")


def blocker_words(reason: str, problems: int) -> str:
    if reason == "problems":
        return translate("Dossiers", "{0} problème(s) bloquant(s)").format(problems)
    if reason == "unsaved":
        return translate("Dossiers", "brouillon non enregistré")
    return translate("Dossiers", "fiche non finalisée")

"""Translated names of kinds, fiche statuses and dossier states (literal tr() calls so lupdate finds them)."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication


def kind_label(kind: str) -> str:
    return {
        "EJ": QCoreApplication.translate("Labels", "Entité juridique"),
        "EG": QCoreApplication.translate("Labels", "Entité géographique"),
        "P": QCoreApplication.translate("Labels", "Pôle"),
        "PM": QCoreApplication.translate("Labels", "Pôle multi-sites"),
        "S": QCoreApplication.translate("Labels", "Service"),
        "S2": QCoreApplication.translate("Labels", "Sous-service"),
        "UF": QCoreApplication.translate("Labels", "Unité fonctionnelle"),
        "UO": QCoreApplication.translate("Labels", "Unité opérationnelle"),
    }.get(kind, kind)


def status_label(status: str) -> str:
    return {"draft": QCoreApplication.translate("Labels", "Brouillon"),
            "finalised": QCoreApplication.translate("Labels", "Finalisée")}.get(status, status)


def dossier_label(state: str) -> str:
    return {
        "open": QCoreApplication.translate("Labels", "Dossier en cours de saisie"),
        "queued": QCoreApplication.translate("Labels", "Dossier prêt, en attente d'envoi (hors ligne)"),
        "awaiting_direction": QCoreApplication.translate("Labels", "En attente de confirmation par la Direction"),
        "in_validation": QCoreApplication.translate("Labels", "Dossier en cours de validation"),
        "rejected": QCoreApplication.translate("Labels", "Dossier refusé par le validateur"),
        "published": QCoreApplication.translate("Labels", "Dossier validé et publié"),
    }.get(state, state)


def domaine_label(domaine: str | None) -> str:
    return {
        "sanitaire": QCoreApplication.translate("Labels", "Sanitaire"),
        "medico-social": QCoreApplication.translate("Labels", "Médico-social"),
        "ville": QCoreApplication.translate("Labels", "Ville"),
        "autre": QCoreApplication.translate("Labels", "Autre"),
    }.get(domaine or "", domaine or "")


def champ_label(code: str | None) -> str:
    """Champ d'activité label from the nomenclature pack (French, as published), or the code."""
    if not code:
        return ""
    try:
        from app.models.nomenclatures import NomenclaturePack

        vs = NomenclaturePack.default().get("TRE_R227-ChampActivite") or NomenclaturePack.default().get("J20")
        concept = vs.lookup(code) if vs else None
        if concept is not None:
            return concept.display
    except Exception:  # noqa: BLE001 - the pack is optional for the tree
        pass
    return code


def type_offre_label(code: str | None) -> str:
    if not code:
        return ""
    try:
        from app.models.nomenclatures import NomenclaturePack

        vs = NomenclaturePack.default().get("J238")
        concept = vs.lookup(code) if vs else None
        if concept is not None:
            return concept.display
    except Exception:  # noqa: BLE001
        pass
    return code


def remark_text(remark) -> str:
    """A remark of the unit naming rule (app.models.labels.Remark) in the interface's language."""
    from app.models.labels import REMARKS, quote_words

    templates = {
        "name-empty": QCoreApplication.translate("LabelRule", "Le nom est vide."),
        "name-edge-spaces": QCoreApplication.translate("LabelRule", "Le nom commence ou finit par un espace."),
        "name-inner-spaces": QCoreApplication.translate(
            "LabelRule", "Le nom contient des espaces doubles ou des retours à la ligne."),
        "name-lower-words": QCoreApplication.translate("LabelRule", "Chaque mot commence par une majuscule : {words}."),
        "name-acronym-case": QCoreApplication.translate("LabelRule", "Sigle à écrire en capitales : {words}."),
        "name-unknown-acronym": QCoreApplication.translate(
            "LabelRule", "Sigle inconnu : {words} ; vérifiez-le ou écrivez le mot en entier."),
        "name-qualifier": QCoreApplication.translate(
            "LabelRule", "{words} ne fait pas partie du nom usuel : retirez-le."),
        "name-suggestion": QCoreApplication.translate(
            "LabelRule", "Nom conseillé pour ce type d'offre : « {suggestion} »."),
    }
    template = templates.get(remark.key) or REMARKS.get(remark.key, remark.key)
    words = quote_words(remark.words, QCoreApplication.translate("LabelRule", "« {0} »"))
    try:
        return template.format(words=words, **remark.args)
    except (KeyError, IndexError, ValueError):  # a translation lost a placeholder: say it in French
        return remark.text

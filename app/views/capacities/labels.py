"""The words of the Disponibilités screens, in the interface's language: natures, statuses, temporalities,
sources and sync states (the codes are app.models.capacities')."""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models import capacities as cap
from app.views.refusal_text import stored_reason_text


def nature_label(code: str) -> str:
    return {cap.LIT: QCoreApplication.translate("Capacities", "Lits"),
            cap.PLACE: QCoreApplication.translate("Capacities", "Places")}.get(code, code)


def gender_label(code: str | None) -> str:
    if not code:
        return ""
    return {"M": QCoreApplication.translate("Capacities", "hommes"),
            "F": QCoreApplication.translate("Capacities", "femmes"),
            "MF": QCoreApplication.translate("Capacities", "mixte")}.get(code, code)


def status_label(code: str) -> str:
    return {cap.INSTALLES: QCoreApplication.translate("Capacities", "Installés"),
            cap.DISPONIBLES: QCoreApplication.translate("Capacities", "Disponibles"),
            cap.OCCUPES: QCoreApplication.translate("Capacities", "Occupés"),
            cap.FERMES: QCoreApplication.translate("Capacities", "Fermés"),
            cap.SUPPLEMENTAIRES: QCoreApplication.translate("Capacities", "Supplémentaires"),
            cap.RESERVES: QCoreApplication.translate("Capacities", "Réservés")}.get(code, code)


def temporality_label(code: str) -> str:
    return {cap.COURANT: QCoreApplication.translate("Capacities", "Courant"),
            cap.PREVISIONNEL_24H: QCoreApplication.translate("Capacities", "Prévisionnel 24 h"),
            cap.PREVISIONNEL_48H: QCoreApplication.translate("Capacities", "Prévisionnel 48 h"),
            cap.PREVISIONNEL_7J: QCoreApplication.translate("Capacities", "Prévisionnel 7 jours")}.get(code, code)


def source_label(code: str | None) -> str:
    if not code:
        return ""
    code = cap.SOURCE_OF.get(code, code)
    return {cap.SAISIE_MANUELLE: QCoreApplication.translate("Capacities", "Saisie manuelle"),
            cap.BED_MANAGEMENT: QCoreApplication.translate("Capacities", "Bed management"),
            "03": QCoreApplication.translate("Capacities", "Gestion administrative du malade"),
            "04": QCoreApplication.translate("Capacities", "Dossier patient informatisé")}.get(code, code)


def sync_label(state: str, error: str | None = None) -> str:
    """A row's sync state; a refusal says why."""
    if state == cap.PENDING:
        return QCoreApplication.translate("Capacities", "En attente d'envoi")
    if state == cap.REFUSED:
        if error:
            return QCoreApplication.translate("Capacities", "Refusé : {0}").format(error)
        return QCoreApplication.translate("Capacities", "Refusé par le serveur")
    if state == cap.CONFLICT:
        return QCoreApplication.translate("Capacities", "Conflit : modifié sur le serveur entre-temps")
    return QCoreApplication.translate("Capacities", "Envoyé")


def champ_text(code: str | None) -> str:
    from app.views.labels import champ_label

    return champ_label(code) if code else QCoreApplication.translate("Capacities", "(sans champ)")


def error_words(row: cap.CapacityRow) -> str | None:
    """Why the server refused a row's figures, in the interface's language when it was kept as a refusal."""
    return stored_reason_text(row.reason, row.error) if row.error or row.reason else None

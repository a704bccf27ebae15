"""What the user is told of the server: the status bar's dot (online, offline, syncing, error) and the
sentence that sums up a synchronisation. Texts keep the SyncController translation context."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from app.views.sync_error_text import report_lines


def online_state(config: dict[str, str], syncing: bool, reachable: bool | None,
                 last_report: Any) -> tuple[str, str]:
    """(state, detail) for the window's dot: syncing, else what the last sync or the watcher said."""
    if not config.get("url"):
        return "unknown", ""
    if syncing:
        return "syncing", config["url"]
    if reachable is False:
        return "offline", QCoreApplication.translate(
            "SyncController", "Serveur injoignable : les modifications restent en attente et partiront dès "
                              "son retour.")
    if last_report is not None and last_report.errors:
        return "error", "\n".join(report_lines(last_report))
    if reachable:
        return "online", config["url"]
    return "offline", QCoreApplication.translate("SyncController", "Vérification du serveur…")


def summary(report: Any, pending: int) -> str:
    """One sentence for the status bar: what was sent, received, in conflict, published, refused."""
    if report.offline:
        text = QCoreApplication.translate("SyncController", "Hors ligne : {0} modification(s) en attente "
                                                            "d'envoi.")
        return text.format(pending)
    text = QCoreApplication.translate("SyncController", "Synchronisation terminée : {0} modification(s) directe(s) "
                                                        "envoyée(s), {1} reçue(s), {2} conflit(s).")
    text = text.format(report.pushed, report.pulled, report.conflicts)
    if report.sent:
        text += " " + QCoreApplication.translate("SyncController", "Dossier envoyé pour validation.")
    if report.published:
        more = QCoreApplication.translate("SyncController", "{0} dossier(s) validé(s) et publié(s).")
        text += " " + more.format(report.published)
    if report.rejected:
        more = QCoreApplication.translate("SyncController", "{0} dossier(s) refusé(s) par le validateur.")
        text += " " + more.format(report.rejected)
    if report.errors:
        text += " " + QCoreApplication.translate("SyncController", "Erreur : {0}").format(
            report_lines(report)[0])
    return text


def progress_text(stage: str, done: int, total: int) -> str:
    label = {"push": QCoreApplication.translate("SyncController", "envoi des modifications"),
             "send": QCoreApplication.translate("SyncController", "envoi du dossier"),
             "pull": QCoreApplication.translate("SyncController", "réception"),
             "reconcile": QCoreApplication.translate("SyncController", "vérification des unités du serveur")
             }.get(stage, stage)
    count = f"{done}/{total}" if total else str(done)
    return QCoreApplication.translate("SyncController", "Synchronisation : {0} ({1})").format(label, count)

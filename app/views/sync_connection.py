"""Connecting to a server: the dialog (address, account, TLS files), the account checked on the server's token
endpoint, the password kept in the system keyring only, the settings kept in the workspace."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal

from app.views.refusal_text import error_text
from app.views.sync_account import check_account, keep_login
from app.views.sync_dialogs import ServerDialog
from app.views.sync_host import SyncCore
from app.views.sync_session import SETTING_KEYS, tls


class SyncConnection(QObject):
    connected = Signal(bool, str)  # the dialog's outcome: ok, detail

    def __init__(self, core: SyncCore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.dialog: ServerDialog | None = None

    def open_dialog(self) -> ServerDialog:
        """Open the connection dialog (non-blocking); OK checks the account on the server first."""
        c = self.core.config
        dialog = ServerDialog(c.get("url", ""), c.get("user", ""), c.get("ca_bundle", ""),
                              c.get("client_cert", ""), c.get("client_key", ""), self.core.host.widget())
        dialog.submitted.connect(lambda: self._submit(dialog))
        self.dialog = dialog
        dialog.open()
        return dialog

    def _submit(self, dialog: ServerDialog) -> None:
        values = dialog.values()
        ws = self.core.host.workspace
        if ws is None:
            dialog.show_error(QCoreApplication.translate("SyncController",
                                                         "Ouvrez d'abord un espace de travail."))
            return
        if not values["url"].startswith(("http://", "https://")):
            dialog.show_error(QCoreApplication.translate(
                "SyncController", "Adresse de serveur invalide : elle commence par https://"))
            return
        if not values["user"]:
            dialog.show_error(QCoreApplication.translate("SyncController", "L'identifiant est obligatoire."))
            return
        values["url"] = values["url"].rstrip("/")
        session = self.core.session

        def job() -> tuple[Any, bool]:
            from app.sync.auth import Secrets

            password = values["password"] or Secrets(values["url"], values["user"]).password()
            if not password:
                return None, False
            verify, cert = tls(values)
            check = check_account(values["url"], values["user"], password, verify, cert)
            stored = True
            if check.ok or (check.kind == "offline" and values["password"]):
                stored = keep_login(values["url"], values["user"], password, check.refresh_token)
                session.memory_password = None if stored else password
                for k, key in SETTING_KEYS.items():
                    ws.settings.set(key, values[k] or None)
                session.drop()
            return check, stored

        self.core.worker.submit(job, lambda result: self._checked(dialog, values, *result),
                                lambda exc: dialog.show_error(error_text(exc)))

    def _checked(self, dialog: ServerDialog, values: dict[str, str], check, stored: bool) -> None:
        core = self.core
        if check is None:
            dialog.show_error(QCoreApplication.translate(
                "SyncController", "Mot de passe obligatoire : aucun n'est enregistré pour ce compte."))
            return
        if not check.ok and check.kind != "offline":
            refused = QCoreApplication.translate(
                "SyncController", "Le serveur a refusé l'identifiant « {0} » ou son mot de passe.")
            text = refused.format(values["user"]) if check.kind == "refused" else check.message
            dialog.show_error(text)
            self.connected.emit(False, text)
            return
        dialog.accept()
        core.last_report = None
        core.configured({k: values[k] for k in SETTING_KEYS})
        if not stored:
            core.status(QCoreApplication.translate(
                "SyncController", "Pas de trousseau système : le mot de passe est gardé en mémoire jusqu'à "
                                  "la fermeture de l'application."), 20_000)
        if check.ok:
            text = QCoreApplication.translate("SyncController", "Connecté à {0}").format(values["url"])
            self.connected.emit(True, text)
            core.sync_now(user=True)
        else:
            core.reachable = False
            core.show_state()
            text = QCoreApplication.translate("SyncController", "Serveur injoignable : la connexion sera "
                                                                "vérifiée dès qu'il répondra.")
            core.status(text)
            self.connected.emit(True, text)

"""Sending a structure's dossier for validation: the confirmation, the Direction's second confirmation of a
sanitaire dossier (its account checked on the server), then the sync that sends it (now, or when the server
is back). Texts keep the SyncController translation context."""
from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtWidgets import QDialog

from app.views import node_rules
from app.views.refusal_text import error_text
from app.views.sync_account import check_account
from app.views.sync_dialogs import DirectionDialog
from app.views.sync_host import SyncCore
from app.views.sync_session import tls


class DossierSending(QObject):
    def __init__(self, core: SyncCore, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.core = core
        self.confirm_box: QDialog | None = None  # the send dialog (app/views/dossiers/send_dialog.py)
        self.direction_dialog: DirectionDialog | None = None

    @property
    def host(self):
        return self.core.host

    def structure_of(self, node_id: int | None) -> int | None:
        """The EG or EJ a node belongs to (itself when it is one)."""
        tree = self.host.tree
        if node_id is None or node_id not in tree:
            return None
        return node_rules.structure_of(tree, node_id)

    def send_current(self) -> None:
        """"Envoyer pour validation…" on the selected node's structure."""
        structure_id = self.structure_of(self.host.current_node_id())
        if structure_id is None:
            self.host.show_refusal(QCoreApplication.translate(
                "SyncController", "Choisissez un établissement ou une de ses unités pour envoyer son "
                                  "dossier."))
            return
        self.send_structure(structure_id)

    def send_structure(self, structure_id: int) -> None:
        """The send dialog of a structure's dossier: its checklist and diff (app/views/dossiers), read first."""
        from app.views.dossiers.reads import send_view

        row = self.host.tree.nodes[structure_id]
        self.host.controller.read(lambda ws: send_view(ws, structure_id), lambda v: self._confirm(row, v))

    def _confirm(self, row: Any, view: Any) -> None:
        if view.dossier is not None and view.dossier.state == "awaiting_direction" and not view.blockers:
            self.ask_direction(row)
            return
        from app.views.dossiers.send_flow import open_send_dialog

        def send() -> None:
            self.host.controller.run(lambda ws: ws.dossiers.send(row.id, direction_confirmed=False),
                                     lambda _ch: self._after_send(row), origin=self.core)

        def closed() -> None:
            self.confirm_box = None

        self.confirm_box = open_send_dialog(self.host, view, send, closed)

    def _after_send(self, row: Any) -> None:
        def state(d: Any) -> None:
            if d is not None and d.state == "awaiting_direction":
                self.ask_direction(row)
            else:
                self._queued()

        self.host.controller.read(lambda ws: ws.dossiers.of(row.id), state)

    def _queued(self) -> None:
        core = self.core
        self.host.refresh_fiche()
        if core.config.get("url") and core.reachable is not False:
            core.status(QCoreApplication.translate("SyncController", "Dossier prêt : envoi au serveur…"))
            core.sync_now(user=False)
        else:
            core.status(QCoreApplication.translate("SyncController", "Dossier prêt, en attente d'envoi (hors "
                                                                     "ligne) : il partira dès que le serveur "
                                                                     "sera joignable."), 20_000)

    def ask_direction(self, row: Any) -> DirectionDialog:
        """The Direction account's identifier and password, checked on the server's token endpoint."""
        dialog = DirectionDialog(row.name, self.host.widget())
        dialog.submitted.connect(lambda: self._check_direction(dialog, row))
        self.direction_dialog = dialog
        self.host.refresh_fiche()
        dialog.open()
        return dialog

    def _check_direction(self, dialog: DirectionDialog, row: Any) -> None:
        user, password = dialog.values()
        config = dict(self.core.config)
        if not config.get("url"):
            dialog.show_error(QCoreApplication.translate(
                "SyncController", "Connectez-vous d'abord au serveur : le compte Direction y est vérifié."))
            return
        if not user or not password:
            dialog.show_error(QCoreApplication.translate(
                "SyncController", "Identifiant et mot de passe du compte Direction sont obligatoires."))
            return
        if user.casefold() == (config.get("user") or "").casefold():
            dialog.show_error(QCoreApplication.translate(
                "SyncController", "La confirmation doit venir d'un compte Direction, pas du compte du "
                                  "référent ({0}).").format(config.get("user")))
            return

        def job():
            verify, cert = tls(config)
            return check_account(config["url"], user, password, verify, cert)

        def done(check) -> None:
            if not check.ok:
                dialog.show_error({
                    "refused": QCoreApplication.translate(
                        "SyncController", "Le serveur a refusé l'identifiant « {0} » ou son mot de passe."
                    ).format(user),
                    "offline": QCoreApplication.translate(
                        "SyncController", "Serveur injoignable : le compte Direction n'a pas pu être "
                                          "vérifié. Le dossier attend cette confirmation."),
                }.get(check.kind, check.message))
                return
            dialog.accept()
            self.host.controller.run(lambda ws: ws.dossiers.send(row.id, direction_confirmed=True),
                                     lambda _ch: self._queued(), origin=self.core)

        self.core.worker.submit(job, done, lambda exc: dialog.show_error(error_text(exc)))

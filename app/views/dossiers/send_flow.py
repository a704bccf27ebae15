"""Opening the send dialog over the window: its links select fiches in the tree, *Finaliser les fiches
complètes* runs as one undoable step and the dialog is read again, *Envoyer* hands over to the sync's
sending (the Direction's confirmation, then the sync)."""
from __future__ import annotations

from collections.abc import Callable
from typing import Any

from app.views.dossiers.finalise_command import FinaliseCompleteCommand
from app.views.dossiers.reads import SendView, send_view
from app.views.dossiers.send_dialog import SendDialog


def finalise_complete(host: Any, structure_id: int, then: Callable[[], None] | None = None) -> None:
    """Every complete fiche of the structure's dossier finalised in one step (Ctrl+Z undoes all of it)."""
    name = host.tree.nodes[structure_id].name if structure_id in host.tree else ""
    host.controller.execute(FinaliseCompleteCommand(host.controller, structure_id, name),
                            lambda _changes: then() if then is not None else None)


def open_send_dialog(host: Any, view: SendView, send: Callable[[], None],
                     closed: Callable[[], None]) -> SendDialog:
    dialog = SendDialog(view, host.widget())

    def reread() -> None:
        host.controller.read(lambda ws: send_view(ws, view.structure_id), dialog.set_view)

    dialog.nodeActivated.connect(lambda node_id: host.select_node(node_id, expand=True))
    dialog.finaliseAsked.connect(lambda sid: finalise_complete(host, sid, reread))
    dialog.accepted.connect(send)
    dialog.finished.connect(lambda _r: closed())
    dialog.open()
    return dialog

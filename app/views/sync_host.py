"""What the server side needs of the window, and what its parts need of each other: narrow interfaces.

The sync controller and its parts never import the main window: the window hands itself over as a `SyncHost`
(the few things the sync shows or asks), and the parts (connection, conflicts, sending a dossier, the
server watch) see the sync controller as a `SyncCore`.
"""
from __future__ import annotations

from typing import Any, Protocol

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from app.models.changes import Changes
from app.models.tree import Tree
from app.views.controller import Controller


class SyncHost(Protocol):
    controller: Controller
    workspaceOpened: Any  # Signal(str): a workspace was opened (the server settings are read again)

    @property
    def tree(self) -> Tree: ...

    @property
    def workspace(self) -> Any: ...

    def widget(self) -> QWidget:
        """The window: parent of the sync's dialogs and owner of its actions' shortcuts."""

    def add_server_menu(self, menu: QMenu, toolbar: list[QAction]) -> None: ...

    def status(self, message: str, ms: int = 10_000) -> None: ...

    def set_online_state(self, state: str, detail: str = "") -> None: ...

    def show_refusal(self, message: str) -> None: ...

    def select_node(self, node_id: int, expand: bool = False) -> bool: ...

    def current_node_id(self) -> int | None: ...

    def refresh_fiche(self) -> None: ...


class SyncCore(Protocol):
    host: SyncHost
    worker: Any  # SyncWorker: jobs on the sync thread
    session: Any  # SyncSession (touched on the sync thread only)
    config: dict[str, str]
    reachable: bool | None
    last_report: Any

    def status(self, message: str, ms: int = 10_000) -> None: ...

    def show_state(self) -> None: ...

    def sync_now(self, user: bool = True) -> bool: ...

    def configured(self, config: dict[str, str]) -> None: ...

    def apply(self, changes: Changes, on_done: Any = None) -> None: ...

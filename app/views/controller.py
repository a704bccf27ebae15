"""The window's link to one workspace: the DB worker, the pure tree, its Qt model and the undo stack.

Writes go through `execute(command)` (undoable) or `run(op)`; each returns a `Changes` on the worker, the
fresh rows of the nodes it names are read in the same job, and the tree model refreshes only those rows.
Refusals (RuleError, workflow TransitionError, WorkspaceError) come back as `refused(message)`.
"""
from __future__ import annotations

import logging
from collections.abc import Callable
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtGui import QUndoStack

from app.models.changes import Changes
from app.models.store import WorkspaceError
from app.models.tree import gc_paused
from app.models.rows import NodeRow
from app.models.store import RuleError, Workspace
from app.models.tree import Tree
from app.models.workflow import TransitionError
from app.views.commands import StoreCommand
from app.views.labels import champ_label
from app.views.tree_model import TreeModel
from app.views.worker import DbWorker

log = logging.getLogger(__name__)
USER_ERRORS = (RuleError, TransitionError, WorkspaceError, FileExistsError)


@cache
def _champ_search_label(code: str | None) -> str:
    return champ_label(code) if code else ""


class Controller(QObject):
    loaded = Signal(str)  # workspace path, once the tree is populated
    applied = Signal(object)  # Changes, after the tree is updated
    refused = Signal(str)  # the plain reason of a refused action or a failed opening
    pendingChanged = Signal(int)  # outbox count after each write

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = DbWorker(parent=self)
        self.worker.error.connect(self._unexpected)
        self.stack = QUndoStack(self)
        self.tree = Tree(labels=lambda r: _champ_search_label(r.champ))
        self.model = TreeModel(self.tree, self)
        self.path: Path | None = None

    @property
    def workspace(self) -> Workspace | None:
        return self.worker.workspace

    # ------------------------------------------------------------------ opening
    def open(self, path: str | Path, create: bool = False, maker: Callable[[Path], Workspace] | None = None,
             on_done: Callable[[], None] | None = None) -> None:
        """Open (or create, or make with `maker`) a workspace on the worker, then load the tree."""
        path = Path(path)

        def job(_old: Workspace | None) -> tuple[Workspace, list[NodeRow], int]:
            if maker is not None and not path.exists():
                ws = maker(path)
            else:
                ws = Workspace.open(path, create=create)
            return ws, ws.tree.rows(), ws.outbox.count()

        def done(result: tuple[Workspace, list[NodeRow], int]) -> None:
            ws, rows, pending = result
            old = self.worker.workspace
            self.worker.workspace = ws
            if old is not None:
                self.worker.submit(lambda _ws: old.close())
            self.path = path
            self.stack.clear()
            with gc_paused():
                self.tree.load(rows)
            self.pendingChanged.emit(pending)
            self.loaded.emit(str(path))
            if on_done is not None:
                on_done()

        self.worker.submit(job, done, self._refuse)

    def close(self) -> None:
        ws = self.worker.workspace
        self.worker.workspace = None
        if ws is not None:
            self.worker.submit(lambda _ws: ws.close())
        self.worker.shutdown()

    # ------------------------------------------------------------------ writing
    def execute(self, command: StoreCommand, on_done: Callable[[Changes], None] | None = None) -> None:
        """Run an undoable command; it enters the undo stack only once it succeeded."""
        def pushed(changes: Changes) -> None:
            self.stack.push(command)
            if on_done is not None:
                on_done(changes)

        self.run(command.forward, on_done=pushed)

    def run(self, op: Callable[[Workspace], Changes], on_done: Callable[[Changes], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None) -> None:
        def job(ws: Workspace) -> tuple[Changes, list[NodeRow], int]:
            changes = op(ws)
            return changes, ws.nodes.rows(changes.nodes), ws.outbox.count()

        def done(result: tuple[Changes, list[NodeRow], int]) -> None:
            changes, rows, pending = result
            self.model.apply(changes, rows)
            self.pendingChanged.emit(pending)
            self.applied.emit(changes)
            if on_done is not None:
                on_done(changes)

        def failed(exc: BaseException) -> None:
            self._refuse(exc)
            if on_error is not None:
                on_error(exc)

        self.worker.submit(job, done, failed)

    def apply_changes(self, changes: Changes) -> None:
        """Refresh the tree after a write made elsewhere (forms, sync): reads the named rows on the worker."""
        self.run(lambda _ws: changes)

    def read(self, fn: Callable[[Workspace], Any], on_done: Callable[[Any], None]) -> None:
        self.worker.submit(fn, on_done, self._refuse)

    # ------------------------------------------------------------------ errors
    def _refuse(self, exc: BaseException) -> None:
        if isinstance(exc, USER_ERRORS):
            self.refused.emit(str(exc))
        else:
            self._unexpected(exc)

    def _unexpected(self, exc: BaseException) -> None:
        log.error("unexpected error in a database job", exc_info=exc)
        self.refused.emit(QCoreApplication.translate("Controller", "Erreur inattendue : {0}").format(exc))

"""The window's link to one workspace: the DB worker, the pure tree, its Qt model and the undo stack.

One road for changes: every write (a tree command, a form save, a sync, an undo) is an `op(ws) -> Changes`
given to `run`, or Changes made elsewhere given to `apply_changes`. On the worker the fresh rows of the nodes
the Changes name are read in the same job; back on the GUI thread the tree model refreshes only those rows
and `applied(changes, origin)` tells every screen, which refreshes what concerns it (`origin` is whoever
asked for the write, so a screen can tell its own writes from the others'). Refusals come back as
`refused(text)`, in the user's language.
"""
from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtGui import QUndoStack

from app.models.changes import Changes
from app.models.rows import NodeRow
from app.models.rules import Summary, row_summaries
from app.models.store import Workspace, verify_integrity
from app.models.tree import Tree, gc_paused
from app.views.commands import StoreCommand
from app.views.labels import champ_label
from app.views.refusal_text import USER_ERRORS, error_text
from app.views.tree_model import TreeModel
from app.views.worker import DbWorker

log = logging.getLogger(__name__)
Op = Callable[[Workspace], Changes]


@cache
def _champ_search_label(code: str | None) -> str:
    return champ_label(code) if code else ""


def _revalidate_if_stale(ws: Workspace) -> None:
    """Statuses computed under other checks or nomenclatures are computed again before the tree is read (one
    setting read when they are current); a file that cannot be written keeps the statuses it has."""
    from app.models.fiche_service import revalidate_if_stale
    from app.models.refusals import Refusal

    try:
        revalidate_if_stale(ws)
    except Refusal:
        log.warning("statuses not checked again: the workspace cannot be written")
    except Exception:  # noqa: BLE001 - a check that fails must not keep the user out of the workspace
        log.exception("statuses not checked again")


# Nodes (deleted ones included) above which a workspace opens in two reads: its EJ and EG rows, all the window
# shows at first, then what they hold. A group of a hundred EGs reads its 2,000 nodes in a few milliseconds,
# which the user does not see; the national group's 8,000 (and a region's 40,000) would keep the tree blank
# several times as long as the read of its first level (bench/bench_tree.py: tree_open_s, tree_complete_s).
TWO_READS_ABOVE = 2_000
# The second read waits for the window's next turn of its event loop (the paint of the first rows) so that the
# two do not take the interpreter's lock in turns; a controller with no window waits no more than this.
FIRST_PAINT_WAIT_S = 0.5


class _Discarded(Exception):
    """A write asked for while its workspace was being opened, which was then found damaged: nothing written."""

    def __init__(self, reason: BaseException) -> None:
        super().__init__(str(reason))
        self.reason = reason


@dataclass
class Opened:
    """What the window needs to show a workspace it opened, read and counted off the GUI thread. A large
    workspace's first read holds only its EJ and EG rows (`partial`): its units, marks and page check follow."""

    ws: Workspace
    rows: list[NodeRow]
    pending: int
    states: dict[int, str]
    summaries: dict[int, Summary] | None = None
    check: Future[None] | None = None

    @property
    def partial(self) -> bool:
        return self.summaries is None


def _opened(ws: Workspace, rows: list[NodeRow], pending: int) -> Opened:
    states = ws.dossiers.states()
    return Opened(ws, rows, pending, states, row_summaries(rows, states))


class Controller(QObject):
    loaded = Signal(str)  # workspace path, once the tree is populated (a large workspace's EJ and EG rows)
    completed = Signal()  # after `loaded`, once every node and mark is in the tree (at once for a small one)
    applied = Signal(object, object)  # Changes, origin (who asked for the write; None for tree commands)
    refused = Signal(str)  # the reason of a refused action or a failed opening, in the user's language
    pendingChanged = Signal(int)  # outbox count after each write

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.worker = DbWorker(parent=self)
        self.worker.error.connect(self._unexpected)
        self.stack = QUndoStack(self)
        self.tree = Tree(labels=lambda r: _champ_search_label(r.champ))
        self.model = TreeModel(self.tree, self)
        self.path: Path | None = None
        self.applying = False  # True while the tree model takes a write's Changes in
        self._damaged: tuple[Workspace, BaseException] | None = None  # a large workspace found damaged

    @property
    def workspace(self) -> Workspace | None:
        return self.worker.workspace

    # ------------------------------------------------------------------ opening
    def open(self, path: str | Path, create: bool = False, maker: Callable[[Path], Workspace] | None = None,
             on_done: Callable[[], None] | None = None) -> None:
        """Open (or create, or make with `maker`) a workspace on the worker, then load the tree."""
        path = Path(path)

        def job(_old: Workspace | None) -> Opened:
            if maker is not None and not path.exists():
                ws = maker(path)
                return _opened(ws, ws.tree.rows(), ws.outbox.count())
            # The page-by-page check of an existing file runs beside the first read of the tree (both read-only
            # until the user acts): a damaged file is refused before the tree shows, at no cost in waiting. A
            # large workspace shows its EJ and EG rows first; its check ends before its units come or any write
            # runs.
            pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ror-verify")
            check = pool.submit(verify_integrity, path) if path.exists() else None
            pool.shutdown(wait=False)
            ws = Workspace.open(path, create=create, verify=False)
            try:
                _revalidate_if_stale(ws)
                pending = ws.outbox.count()
                if ws.tree.count() > TWO_READS_ABOVE:
                    return Opened(ws, ws.tree.rows("structures"), pending, ws.dossiers.states(), check=check)
                rows = ws.tree.rows()
                if check is not None:
                    check.result()
            except BaseException:
                ws.close()
                if check is not None:
                    check.result()  # a damaged file is said to be damaged, whichever read stumbled first
                raise
            return _opened(ws, rows, pending)

        def done(result: Opened) -> None:
            old = self.worker.workspace
            self.worker.workspace = result.ws
            if old is not None:
                self.worker.submit(lambda _ws: old.close())
            self.path = path
            self.stack.clear()
            with gc_paused():
                self.tree.load(result.rows)
            if result.partial:
                self.model.await_units({row.id for row in result.rows if row.kind == "EG"})
            self.model.set_dossier_states(result.states)
            self.model.adopt_summaries(result.summaries)
            self.pendingChanged.emit(result.pending)
            log.info("workspace opened: %s (%d nodes shown, %d changes waiting)", path, len(result.rows),
                     result.pending)
            if result.partial:
                painted = threading.Event()
                QTimer.singleShot(0, painted.set)  # the event loop's next turn, which paints the rows shown
                self._load_units(result, painted)
            self.loaded.emit(str(path))
            if on_done is not None:
                on_done()
            if not result.partial:
                self.completed.emit()

        self.worker.submit(job, done, self._refuse)

    def _load_units(self, first: Opened, painted: threading.Event) -> None:
        """A large workspace's second read, queued before any write: the page check's verdict, then the units
        under the EG rows shown, then every mark. A damaged file is closed, said, and nothing of it is kept:
        the writes asked for meanwhile, queued behind this read, find it damaged and write nothing. When
        another workspace was opened meanwhile, this one's units are not its own: they are dropped."""
        structures = first.rows

        def job(ws: Workspace) -> tuple[list[NodeRow], dict[int, Summary]]:
            painted.wait(FIRST_PAINT_WAIT_S)
            if first.check is not None:
                try:
                    first.check.result()
                except BaseException as exc:
                    self._damaged = (ws, exc)  # read by the jobs after this one, on this same thread
                    raise
            units = ws.tree.rows("units")
            return units, row_summaries([*structures, *units], first.states)

        def done(result: tuple[list[NodeRow], dict[int, Summary]]) -> None:
            if self.worker.workspace is not first.ws:
                return
            units, summaries = result
            self.model.adopt_summaries(summaries)
            with gc_paused():
                self.tree.extend(units)
            log.info("units loaded: %d", len(units))
            self.completed.emit()

        def failed(exc: BaseException) -> None:
            if self.worker.workspace is not first.ws:  # the workspace opened since then closed this one
                log.warning("a workspace left while its units were read: %s", exc)
                return
            ws, self.worker.workspace, self.path = first.ws, None, None
            self.worker.submit(lambda _ws: ws.close())
            self.tree.load([])
            self._refuse(exc)

        self.worker.submit(job, done, failed)

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

    def run(self, op: Op, on_done: Callable[[Changes], None] | None = None,
            on_error: Callable[[BaseException], None] | None = None, origin: Any = None) -> None:
        """Run a write on the worker and apply its Changes; a refusal goes to `on_error` when given (the
        caller shows it), else to `refused`."""
        def job(ws: Workspace) -> tuple[Changes, list[NodeRow], int, dict[int, str] | None]:
            if self._damaged is not None and ws is self._damaged[0]:
                raise _Discarded(self._damaged[1])
            changes = op(ws)
            states = ws.dossiers.states() if changes.dossiers else None  # the EG rows' marks follow them
            return changes, ws.nodes.rows(changes.nodes), ws.outbox.count(), states

        def done(result: tuple[Changes, list[NodeRow], int, dict[int, str] | None]) -> None:
            changes, rows, pending, states = result
            self.applying = True
            try:
                self.model.apply(changes, rows)
                if states is not None:
                    self.model.set_dossier_states(states)
            finally:
                self.applying = False
            self.pendingChanged.emit(pending)
            self.applied.emit(changes, origin)
            if on_done is not None:
                on_done(changes)

        def failed(exc: BaseException) -> None:
            if isinstance(exc, _Discarded):  # its opening was refused, and said, while the write waited
                if on_error is not None:
                    on_error(exc.reason)
                return
            if on_error is None or not isinstance(exc, USER_ERRORS):
                self._refuse(exc)
            if on_error is not None:
                on_error(exc)

        self.worker.submit(job, done, failed)

    def apply_changes(self, changes: Changes, origin: Any = None,
                      on_done: Callable[[Changes], None] | None = None) -> None:
        """Refresh the screens after a write made elsewhere (a sync, a test): reads only the rows it names."""
        self.run(lambda _ws: changes, on_done, origin=origin)

    def read(self, fn: Callable[[Workspace], Any], on_done: Callable[[Any], None],
             on_error: Callable[[BaseException], None] | None = None) -> None:
        self.worker.submit(fn, on_done, on_error or self._refuse)

    # ------------------------------------------------------------------ errors
    def _refuse(self, exc: BaseException) -> None:
        if not isinstance(exc, USER_ERRORS):
            log.error("unexpected error in a database job", exc_info=exc)
        self.refused.emit(error_text(exc))

    def _unexpected(self, exc: BaseException) -> None:
        log.error("unexpected error in a database job", exc_info=exc)
        self.refused.emit(error_text(exc))

"""The workspace: one SQLite file, its transactions, and one manager per concern (as Anki's collection).

    ws = Workspace.open(path)
    ws.nodes.create(parent_id, "UO", ["Unité Hébergement Permanent"])   # -> Changes
    ws.fiches.save(node_id, answers)                                   # -> Changes
    ws.dossiers.send(structure_id)                                     # -> Changes
    ws.outbox.pending()  ws.server.apply_pulled(items)  ws.conflicts.of(node_id)  ws.tree.rows()

Every write runs in one transaction and returns the `Changes` it made; a refused one raises a `Refusal` and
changes nothing. This package is the only code that imports SQLAlchemy or the ORM schema (import-linter).
"""
from __future__ import annotations

import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from app.models.store.engine import open_engine, remove_files


class Workspace:
    """A referent's local copy of the establishment tree and its pending work."""

    def __init__(self, path: Path, engine: Engine) -> None:
        from app.models.store.bulk import Bulk
        from app.models.store.capacities import Capacities
        from app.models.store.conflicts import Conflicts
        from app.models.store.dashboard_reads import DashboardReads
        from app.models.store.dossiers import Dossiers
        from app.models.store.fiches import Fiches
        from app.models.store.journal import Journal
        from app.models.store.nodes import Nodes
        from app.models.store.outbox import Outbox
        from app.models.store.published import PublishedStore
        from app.models.store.server import ServerCopy
        from app.models.store.settings import Settings
        from app.models.store.structures import Structures
        from app.models.store.tree_reads import TreeReads

        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._lock = threading.RLock()
        self._local = threading.local()
        self.nodes = Nodes(self)
        self.fiches = Fiches(self)
        self.dossiers = Dossiers(self)
        self.outbox = Outbox(self)
        self.conflicts = Conflicts(self)
        self.server = ServerCopy(self)
        self.structures = Structures(self)
        self.tree = TreeReads(self)
        self.dashboard = DashboardReads(self)
        self.journal = Journal(self)
        self.settings = Settings(self)
        self.capacities = Capacities(self)
        self.bulk = Bulk(self)
        self.published = PublishedStore(self)

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path, create: bool = False, verify: bool = True) -> Workspace:
        """Open (or create) a workspace file. `verify=False` leaves the page-by-page integrity check to the
        caller (`engine.verify_integrity`), which the window runs beside its first read of the tree."""
        path = Path(path)
        return cls(path, open_engine(path, create=create, verify=verify))

    @classmethod
    @contextmanager
    def creating(cls, path: str | Path) -> Iterator[Workspace]:
        """A new workspace file filled inside the block; when the block fails, no file is left behind."""
        path = Path(path)
        if path.exists():
            from app.models.store.engine import WorkspaceError

            raise WorkspaceError("workspace-exists", path=str(path))
        ws = cls.open(path, create=True)
        try:
            yield ws
        except BaseException:
            ws.close()
            remove_files(path)
            raise
        ws.close()

    def close(self) -> None:
        self.engine.dispose()

    def backup_to(self, target: str | Path) -> None:
        """A consistent copy of this workspace at `target` (SQLite's online backup API), even while it is written:
        the support bundle's copy (app/models/store/support.py)."""
        from app.models.store.support import snapshot

        snapshot(self.path, target)

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ------------------------------------------------------------------ transactions
    @contextmanager
    def write(self) -> Iterator[Session]:
        """One write transaction (managers only): everything inside commits together or not at all.

        Nested calls on the same thread join the outer transaction, so `batch()` groups many commands (an
        undo of 500 units, a sync pull) into one commit.
        """
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        with self._lock, self._sessions() as session, session.begin():
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A read (managers only), inside the current transaction when there is one."""
        current = getattr(self._local, "session", None)
        if current is not None:
            current.flush()
            yield current
            return
        with self._lock, self._sessions() as session:
            yield session

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Group several commands into one transaction: all of them are committed, or none."""
        with self.write():
            yield

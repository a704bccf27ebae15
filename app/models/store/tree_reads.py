"""`ws.tree`: the whole live tree for the window, straight from the DBAPI cursor (no ORM on the hot path).

`ws.nodes.all()` goes through SQLAlchemy Core and builds frozen dataclasses, which costs several times the raw
SQLite read on an 8,000-fiche group; the tree window opens on this instead. Same columns, same order; rows are
`TreeRow` named tuples with NodeRow's field names (read-only, duck-compatible with NodeRow).
"""
from __future__ import annotations

from collections import namedtuple
from typing import TYPE_CHECKING

from app.models.rows import TREE_COLUMNS
from app.models.tree import gc_paused

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

TreeRow = namedtuple("TreeRow", TREE_COLUMNS)  # type: ignore[misc]  # a tuple is what makes the load cheap

SQL = (f"SELECT {', '.join(TREE_COLUMNS)} FROM node WHERE deleted = 0 "
       "ORDER BY parent_id IS NOT NULL, parent_id, position, id")


class TreeReads:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def rows(self) -> list[TreeRow]:
        """Every live node (flags as 0/1), parents' lists in position order."""
        with self.ws._lock, gc_paused():  # noqa: SLF001 - one reader at a time, as the store's own reads
            raw = self.ws.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute(SQL)
                # The fetched tuples are freed before the GC runs again: it then visits only the rows kept.
                rows = list(map(TreeRow._make, cur.fetchall()))
                cur.close()
            finally:
                raw.close()
            return rows

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
# A large workspace (a group of 500 EGs, a region) opens in two reads: its EJ and EG rows first, shown at once,
# then what they hold.
_PARTS = {"all": "", "structures": "AND kind IN ('EJ', 'EG') ", "units": "AND kind NOT IN ('EJ', 'EG') "}


class TreeReads:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def count(self) -> int:
        """How many nodes (deleted ones included): the window reads a large workspace in two parts."""
        with self.ws._lock:  # noqa: SLF001 - one reader at a time, as the store's own reads
            raw = self.ws.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute("SELECT count(*) FROM node")  # the deleted too: one index read, no table scan
                (count,) = cur.fetchone() or (0,)
                return int(count)
            finally:
                raw.close()

    def rows(self, part: str = "all") -> list[TreeRow]:
        """Every live node (flags as 0/1), parents' lists in position order; `part` "structures" (EJ and EG)
        or "units" (the rest) reads one part of them."""
        with self.ws._lock, gc_paused():  # noqa: SLF001 - one reader at a time, as the store's own reads
            raw = self.ws.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute(SQL.replace("ORDER BY", _PARTS[part] + "ORDER BY"))
                # Straight from the cursor: a region's 40,000 fetched tuples never sit in a list beside their rows.
                rows = list(map(TreeRow._make, cur))  # type: ignore[call-overload]  # a DB-API cursor iterates rows
                cur.close()
            finally:
                raw.close()
            return rows

"""Fast reads for the tree: the whole live tree straight from the DBAPI cursor (no ORM on the hot path).

`Workspace.tree_rows()` goes through SQLAlchemy Core and builds frozen dataclasses, which costs several times
the raw SQLite read on an 8,000-fiche group; the tree window opens on this instead. Same columns, same order;
rows are `TreeRow` named tuples with NodeRow's field names (read-only, duck-compatible with NodeRow).
"""
from __future__ import annotations

import gc
from collections import namedtuple
from collections.abc import Iterator
from contextlib import contextmanager

from app.models.rows import TREE_COLUMNS
from app.models.store import Workspace

TreeRow = namedtuple("TreeRow", TREE_COLUMNS)  # noqa: PYI024 - a tuple is what makes the load cheap

_SQL = (f"SELECT {', '.join(TREE_COLUMNS)} FROM node WHERE deleted = 0 "
        "ORDER BY parent_id IS NOT NULL, parent_id, position, id")


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of small acyclic objects are made.

    Building the 8,000-row tree otherwise triggers several collections over the whole heap, which doubled
    the load time measured by bench/bench_tree.py.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def tree_rows_fast(ws: Workspace) -> list[TreeRow]:
    """Every live node (flags as 0/1), parents' lists in position order (as `Workspace.tree_rows`)."""
    with ws._lock, gc_paused():  # noqa: SLF001 - one reader at a time, as the store's own reads
        raw = ws.engine.raw_connection()
        try:
            cur = raw.cursor()
            cur.execute(_SQL)
            data = cur.fetchall()
            cur.close()
        finally:
            raw.close()
    return list(map(TreeRow._make, data))


def floor_sql() -> str:
    """The statement the benchmark times with plain sqlite3 as the load floor."""
    return _SQL

"""`ws.dashboard`: what the dashboard of EGs reads, straight from the cursor (a 40,000-fiche workspace reads
fast and off the GUI thread); the rows themselves are made by the pure app/models/dashboard.py."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models.dashboard import DashboardSource, eg_of_nodes
from app.models.tree import gc_paused

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

# The later of a node's own change and its fiche's: what "last update" of an EG is made of.
UPDATED_SQL = ("SELECT n.id, max(n.updated_at, coalesce(f.updated_at, '')) FROM node n "
               "LEFT JOIN fiche f ON f.node_id = n.id WHERE n.deleted = 0")


class DashboardReads:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def source(self, rows: list[Any] | None = None, states: dict[int, str] | None = None) -> DashboardSource:
        """The tree, the last changes, the dossier states and the publication dates, read together. The window
        gives the rows and states its tree already holds (in step with the store), which spares reading them."""
        with self.ws.read():  # one reader at a time: the reads below see the same workspace
            rows = self.ws.tree.rows() if rows is None else rows
            updated = dict(self._raw(UPDATED_SQL))
            states = self.ws.dossiers.states() if states is None else states
            published = getattr(self.ws, "published", None)
            dates = published.dates() if published is not None else {}
        return DashboardSource(rows, updated, states, dates)

    def warnings(self) -> dict[int, int]:
        """EG id -> warnings (problems that never block: the quality rules' advice) of its fiches, from the
        same checks as the tree's counts (fiche_service.check_all); slower than `source`, so read apart."""
        from app.models.fiche_service import check_all

        checks = check_all(self.ws)
        eg_of = eg_of_nodes(self.ws.tree.rows())
        counts: dict[int, int] = {}
        for node_id, check in checks.items():
            eg = eg_of.get(node_id)
            if eg is not None:
                counts[eg] = counts.get(eg, 0) + sum(1 for p in check.problems if not p.blocking)
        return counts

    def _raw(self, sql: str) -> list[tuple]:
        with self.ws.read(), gc_paused():
            raw = self.ws.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute(sql)
                rows = [tuple(r) for r in cur.fetchall()]
                cur.close()
            finally:
                raw.close()
        return rows

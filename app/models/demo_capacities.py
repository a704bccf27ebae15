"""Lits et places of the demo: figures of various ages with a month of history, so the Disponibilités view,
its reminder of old figures and the group's 30-day chart have something to show.

The hospital's units get beds (lits), the first EHPAD's units places; one unit was updated two hours ago,
others a day, a few days, a month or more than a year ago.
"""
from __future__ import annotations

import random
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING

from app.models import capacities as C

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

STRUCTURES = (("CH De Villefranche - Site Principal", C.LIT), ("EHPAD Les Tilleuls", C.PLACE))
# how old each unit's latest figures are, in hours (cycled)
AGES_H = (2, 5, 20, 30, 52, 80, 200, 400, 800, 9000)


def add_capacities(ws: Workspace, seed: int = 2026, now: datetime | None = None) -> int:
    """Give the demo structures' units figures and history; returns the number of units."""
    now = now or datetime.now(UTC)
    rng = random.Random(seed)
    wanted = dict(STRUCTURES)
    units = [(r.node_id, wanted[r.eg_name]) for r in ws.capacities.rows()
             if r.eg_name in wanted and not r.counts and r.temporality == C.COURANT]
    units = [u for u in dict.fromkeys(units) if ws.nodes.get(u[0]).server_id]  # published units only
    figures: list[C.HistoryEntry] = []
    for i, (nid, nature) in enumerate(units):
        installed = rng.randrange(12, 42) if nature == C.LIT else rng.randrange(10, 30)
        last = now - timedelta(hours=AGES_H[i % len(AGES_H)])
        day = last - timedelta(days=30)
        while day <= last:
            closed = rng.choice((0, 0, 0, 1, 2))
            free = rng.randrange(0, max(1, installed // 4))
            taken = max(0, installed - closed - free - rng.randrange(0, 2))
            counts: dict[str, int | None] = {C.INSTALLES: installed, C.DISPONIBLES: free, C.OCCUPES: taken,
                                             C.FERMES: closed}
            if nature == C.LIT and rng.random() < 0.2:
                counts[C.SUPPLEMENTAIRES] = rng.randrange(1, 3)
            assert C.check(counts) is None
            source = C.BED_MANAGEMENT if nature == C.LIT and i % 3 == 0 else C.SAISIE_MANUELLE
            figures.append(C.HistoryEntry(nid, nature, None, C.COURANT, counts, source,
                                          day.isoformat(timespec="milliseconds")))
            day += timedelta(days=1)
    ws.capacities.load(figures)
    return len(units)

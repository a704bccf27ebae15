"""Which rows the entry table shows for one temporality (pure): the rows read for it, plus an empty row for
each unit, nature and gender known in another temporality, so a forecast can be typed where none exists yet."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from app.models import capacities as cap


def rows_for(rows: Iterable[cap.CapacityRow], temporality: str) -> list[cap.CapacityRow]:
    rows = list(rows)
    shown = {r.key: r for r in rows if r.temporality == temporality}
    for r in rows:
        key = (r.node_id, r.nature, r.gender, temporality)
        if key not in shown:
            shown[key] = replace(r, temporality=temporality, counts={}, updated_at=None, source=None,
                                 sync_state=cap.SYNCED, error=None)
    return sorted(shown.values(), key=lambda r: (r.eg_name.casefold(), r.eg_id or 0, r.uo_name.casefold(),
                                                   r.node_id, r.nature, r.gender or ""))


def newest(rows: Iterable[cap.CapacityRow]) -> str | None:
    """The latest update among rows (ISO texts compare in time order once parsed)."""
    stamps = [(cap.parse_instant(r.updated_at), r.updated_at) for r in rows if r.updated_at]
    stamps = [s for s in stamps if s[0] is not None]
    return max(stamps)[1] if stamps else None

"""The reads of `ws.capacities`: the rows of the Disponibilités view, a unit's history, the group's 30 days.

Large groups are read without the ORM: one recursive walk down the parent index gives the UOs of the EGs, and
two partial indexes on fiche (schema.FICHE_WITH_LOCATION, FICHE_WITH_CAPACITIES) give the few fiches whose
Location or form holds figures, so no answer of the other thousands is parsed.
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from app.models import capacities as C
from app.models.capacity_fhir import Figures, figures_of
from app.models.capacity_form import answers_figures
from app.models.store.schema import FICHE_WITH_CAPACITIES, FICHE_WITH_LOCATION, Capacity, CapacityHistory

# the UOs under some EGs, each with its EG (one recursive walk down the parent index)
UNITS_SQL = ("WITH RECURSIVE sub(id, eg) AS (SELECT id, id FROM node WHERE deleted = 0 AND kind = 'EG' {where} "
             "UNION ALL SELECT n.id, sub.eg FROM node n JOIN sub ON n.parent_id = sub.id WHERE n.deleted = 0) "
             "SELECT n.id, n.name, n.departement, n.champ, n.domaine, sub.eg, e.name, e.departement, e.domaine "
             "FROM sub JOIN node n ON n.id = sub.id JOIN node e ON e.id = sub.eg WHERE n.kind = 'UO'")
# a unit's figures before anything was entered: its Location, else its form's group (partial indexes on fiche)
FEW_UNITS = 500  # up to this many units, the reads name them
LOCATIONS_SQL = f"SELECT node_id, location FROM fiche WHERE {FICHE_WITH_LOCATION}"
GROUPS_SQL = f"SELECT node_id, json_extract(answers, '$.\"uo.capacites\"') FROM fiche WHERE {FICHE_WITH_CAPACITIES}"
# the last figures of each key entered before a date (SQLite gives the other columns of the max(at) row)
LAST_BEFORE_SQL = ("SELECT node_id, nature, gender, counts, max(at) FROM capacity_history "
                   "WHERE at < :start AND temporality = :temporality GROUP BY node_id, nature, gender")
STORED_COLUMNS = (Capacity.node_id, Capacity.nature, Capacity.gender, Capacity.temporality, Capacity.counts,
                  Capacity.source, Capacity.updated_at, Capacity.sync_state, Capacity.error)
Key = tuple[str, str, str]  # nature, gender ('' when none), temporality


@dataclass(frozen=True)
class Stored:
    """A stored row as read for the view (the columns of `STORED_COLUMNS`)."""

    node_id: int
    nature: str
    gender: str
    temporality: str
    counts: dict[str, Any]
    source: str | None
    updated_at: str | None
    sync_state: str
    error: str | None


@dataclass
class Unit:
    id: int
    name: str
    eg_id: int | None
    eg_name: str
    departement: str | None
    champ: str | None
    domaine: str | None


def units(s: Session, eg_ids: set[int] | None) -> dict[int, Unit]:
    """The live UOs under the given EGs (all when None), each with its EG."""
    where = ""
    if eg_ids is not None:
        where = "AND id IN (" + ",".join(str(int(i)) for i in eg_ids) + ")" if eg_ids else "AND 0"
    cur = s.connection().connection.cursor()  # the session's own connection, without the ORM: thousands of rows
    try:
        cur.execute(UNITS_SQL.format(where=where))
        found = cur.fetchall()
    finally:
        cur.close()
    return {nid: Unit(nid, name or "", eg, eg_name or "", dep or eg_dep, champ, eg_domaine or domaine)
            for nid, name, dep, champ, domaine, eg, eg_name, eg_dep, eg_domaine in found}


def default_nature(unit: Unit) -> str:
    return C.PLACE if (unit.domaine or "").startswith("medico") else C.LIT


def superseded(cap: Any, fig: Figures | None) -> bool:
    """Stored figures the server already had, replaced there since by newer ones (read by a pull)."""
    if fig is None or cap.sync_state != C.SYNCED:
        return False
    theirs, mine = C.parse_instant(fig.updated_at), C.parse_instant(cap.updated_at)
    return theirs is not None and (mine is None or theirs > mine)


def rows(s: Session, eg_ids: set[int] | None) -> list[C.CapacityRow]:
    """See `Capacities.rows`."""
    found = units(s, eg_ids)
    if not found:
        return []
    # An EG's few units are read by id (an EG of 15 units must not read a group's 7,500); a large selection is
    # read whole and sorted out here, one scan instead of thousands of look-ups.
    few = sorted(found) if len(found) <= FEW_UNITS else None
    narrow = "" if few is None else " AND node_id IN (" + ",".join(map(str, few)) + ")"
    stored_query = select(*STORED_COLUMNS)
    if few is not None:
        stored_query = stored_query.where(STORED_COLUMNS[0].in_(few))
    stored: dict[int, list[Stored]] = {}
    for r in s.execute(stored_query):
        if r[0] in found:
            stored.setdefault(r[0], []).append(Stored(*r))
    known: dict[int, tuple[Any, Any]] = {}
    for nid, location in s.execute(text(LOCATIONS_SQL + narrow)):  # the partial indexes give only the fiches
        if nid in found:                                           # that hold figures
            known[nid] = (location, None)
    for nid, group in s.execute(text(GROUPS_SQL + narrow)):
        if nid in found:
            known[nid] = (known.get(nid, (None, None))[0], group)
    out: list[C.CapacityRow] = []
    for nid, unit in found.items():
        out.extend(unit_rows(unit, stored.get(nid, []), known.get(nid)))
    out.sort(key=lambda r: (r.eg_name, r.eg_id or 0, r.uo_name, r.node_id, r.nature, r.gender or "", r.temporality))
    return out


def unit_rows(unit: Unit, stored: list[Stored], known: tuple[Any, Any] | None) -> list[C.CapacityRow]:
    """One unit's rows: the Location's figures (else the form's), each key replaced by the stored one unless
    the server has newer figures for it; one empty row when there is nothing."""
    if not stored and known is None:  # most units of a large group: no figure yet
        return [C.CapacityRow(unit.id, unit.eg_id, unit.name, unit.eg_name, unit.departement, unit.champ,
                              default_nature(unit), None, C.COURANT, {})]

    def row(nature: str, gender: str, temporality: str, counts: C.Counts, **more: Any) -> C.CapacityRow:
        return C.CapacityRow(node_id=unit.id, eg_id=unit.eg_id, uo_name=unit.name, eg_name=unit.eg_name,
                             departement=unit.departement, champ=unit.champ, nature=nature,
                             gender=gender or None, temporality=temporality, counts=dict(counts), **more)

    out: dict[Key, C.CapacityRow] = {}
    location, group = known if known is not None else (None, None)
    loc = json.loads(location) if isinstance(location, str) else location
    from_location = figures_of(loc) if isinstance(loc, dict) else {}
    for key, fig in from_location.items():
        out[key] = row(*key, fig.counts, updated_at=fig.updated_at, source=fig.source)
    if not from_location and group is not None:
        parsed = json.loads(group) if isinstance(group, str) else group
        for key, counts in answers_figures(parsed).items():
            out[key] = row(*key, counts)
    for cap in stored:
        key = (cap.nature, cap.gender or "", cap.temporality)
        if superseded(cap, from_location.get(key)):
            continue  # in step here, and the server has newer figures since (a pull): the Location's show
        out[key] = row(*key, cap.counts or {}, updated_at=cap.updated_at, source=cap.source,
                       sync_state=cap.sync_state, error=cap.error)
    if not out:
        nature = default_nature(unit)
        out[(nature, "", C.COURANT)] = row(nature, "", C.COURANT, {})
    return list(out.values())


def history(s: Session, node_id: int, days: int, now: datetime | None) -> list[C.HistoryEntry]:
    """See `Capacities.history`."""
    since = ((now or datetime.now(UTC)) - timedelta(days=days)).isoformat(timespec="milliseconds")
    found = s.scalars(select(CapacityHistory).where(CapacityHistory.node_id == node_id, CapacityHistory.at >= since)
                      .order_by(CapacityHistory.at, CapacityHistory.id))
    return [C.HistoryEntry(h.node_id, h.nature, h.gender or None, h.temporality, dict(h.counts or {}), h.source,
                           h.at) for h in found]


def daily_totals(s: Session, eg_ids: set[int] | None, days: int, now: datetime | None,
                 known_rows: list[C.CapacityRow] | None = None) -> list[C.DayTotals]:
    """See `Capacities.daily_totals`."""
    now = now or datetime.now(UTC)
    first_day = (now - timedelta(days=days - 1)).date()
    start = datetime.combine(first_day, datetime.min.time(), tzinfo=UTC).isoformat(timespec="milliseconds")
    current = [r for r in (rows(s, eg_ids) if known_rows is None else known_rows) if r.temporality == C.COURANT]
    wanted = {r.node_id for r in current}
    events: list[tuple[str, tuple[int, str, str], Mapping[str, int | None]]] = []
    before = s.execute(text(LAST_BEFORE_SQL), {"start": start, "temporality": C.COURANT})
    since = s.execute(select(CapacityHistory.node_id, CapacityHistory.nature, CapacityHistory.gender,
                             CapacityHistory.counts, CapacityHistory.at)
                      .where(CapacityHistory.at >= start, CapacityHistory.temporality == C.COURANT)
                      .order_by(CapacityHistory.at, CapacityHistory.id))
    for nid, nature, gender, counts, at in list(before) + list(since):
        if nid in wanted:
            parsed = json.loads(counts) if isinstance(counts, str) else counts
            events.append((at, (nid, nature, gender or ""), parsed or {}))
    with_history = {key for _, key, _ in events}
    for r in current:  # figures never entered here: from their date (or from the start when undated)
        key = (r.node_id, r.nature, r.gender or "")
        if key not in with_history and any(v is not None for v in r.counts.values()):
            events.append((r.updated_at or "", key, r.counts))
    events.sort(key=lambda e: e[0])
    # Running totals: each event takes its unit's previous figures out and puts its own in, so a day costs its
    # events, not the group's 7,500 units again.
    state: dict[tuple[int, str, str], Mapping[str, int | None]] = {}
    totals: dict[str, dict[str, int]] = {}
    seen: dict[str, dict[str, int]] = {}  # how many units give each status (a status nobody gives is left out)
    held: dict[str, int] = {}  # how many units' figures of each nature stand
    out: list[C.DayTotals] = []
    i = 0
    for d in range(days):
        day = first_day + timedelta(days=d)
        end = datetime.combine(day + timedelta(days=1), datetime.min.time(), tzinfo=UTC)
        end_iso = end.isoformat(timespec="milliseconds")
        while i < len(events) and _before(events[i][0], end, end_iso):
            _, key, counts = events[i]
            nature = key[1]
            bucket, given = totals.setdefault(nature, {}), seen.setdefault(nature, {})
            for status, value in (state.get(key) or {}).items():
                if value is not None:
                    bucket[status] -= value
                    given[status] -= 1
            for status, value in counts.items():
                if value is not None:
                    bucket[status] = bucket.get(status, 0) + value
                    given[status] = given.get(status, 0) + 1
            if key not in state:
                held[nature] = held.get(nature, 0) + 1
            state[key] = counts
            i += 1
        out.append(C.DayTotals(day.isoformat(), {
            nature: {status: value for status, value in bucket.items() if seen[nature].get(status)}
            for nature, bucket in totals.items() if held.get(nature)}))
    return out


def _before(at: str, end: datetime, end_iso: str) -> bool:
    """An event stamped `at` happened before `end` (undated figures count from the start)."""
    if not at:
        return True
    moment = C.parse_instant(at)
    return moment < end if moment is not None else at < end_iso

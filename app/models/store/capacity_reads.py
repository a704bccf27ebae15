"""The reads of `ws.capacities`: the rows of the Disponibilités view, a unit's history, the group's 30 days.

Large groups are read without the ORM and without decoding thousands of fiches: one recursive walk down the
parent index gives the UOs of the EGs; the stored figures come as plain columns (their small counts object
aside); SQLite hands over only the capacity extensions of the Locations that hold some (partial index
schema.FICHE_WITH_LOCATION); and a form's capacities group, the figures of a unit before anything was typed, is
read only for the units that have no stored figures (partial index schema.FICHE_WITH_CAPACITIES).
"""
from __future__ import annotations

import json
from collections.abc import Mapping
from datetime import UTC, date, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models import capacities as C
from app.models.capacity_fhir import EXT_SUPPORTED_CAPACITY, Figures, figures_of
from app.models.capacity_form import answers_figures
from app.models.store.schema import FICHE_WITH_CAPACITIES, FICHE_WITH_LOCATION, CapacityHistory

# the UOs under some EGs, each with its EG (one recursive walk down the parent index) and its stored figures (a
# unit without any comes once, its figures NULL), in the order the view shows them
ROWS_SQL = ("WITH RECURSIVE sub(id, eg) AS (SELECT id, id FROM node WHERE deleted = 0 AND kind = 'EG' {where} "
            "UNION ALL SELECT n.id, sub.eg FROM node n JOIN sub ON n.parent_id = sub.id WHERE n.deleted = 0) "
            "SELECT n.id, n.name, n.departement, n.champ, n.domaine, sub.eg, e.name, e.departement, e.domaine, "
            "c.nature, c.gender, c.temporality, c.counts, c.source, c.updated_at, c.sync_state, c.error, "
            "c.error_reason "
            "FROM sub JOIN node n ON n.id = sub.id JOIN node e ON e.id = sub.eg "
            "LEFT JOIN capacity c ON c.node_id = n.id WHERE n.kind = 'UO' "
            "ORDER BY coalesce(e.name, ''), sub.eg, coalesce(n.name, ''), n.id, "
            "c.nature, coalesce(c.gender, ''), c.temporality")
FEW_UNITS = 500  # up to this many units, the reads name them
# only the capacity extensions of the Locations holding some, one JSON array per unit (the rest of a Location,
# its name, contacts and other extensions, is never decoded here)
LOCATIONS_SQL = ("SELECT f.node_id, json_group_array(json(e.value)) "
                 f"FROM (SELECT node_id, location FROM fiche WHERE {FICHE_WITH_LOCATION}{{narrow}}) f, "
                 "json_each(f.location, '$.extension') e "
                 "WHERE typeof(e.key) = 'integer' AND e.type = 'object' AND json_extract(e.value, '$.url') = ? "
                 "GROUP BY f.node_id")
# a form's capacities group, only for the units without stored figures
GROUPS_SQL = (f"SELECT node_id, json_extract(answers, '$.\"uo.capacites\"') FROM fiche WHERE {FICHE_WITH_CAPACITIES}"
              "{narrow} AND node_id NOT IN (SELECT node_id FROM capacity)")
# the last figures of each key entered before a date (SQLite gives the other columns of the max(at) row)
LAST_BEFORE_SQL = ("SELECT node_id, nature, gender, counts, max(at) FROM capacity_history "
                   "WHERE at < ? AND temporality = ? GROUP BY node_id, nature, gender")
SINCE_SQL = ("SELECT node_id, nature, gender, counts, at FROM capacity_history WHERE at >= ? AND temporality = ? "
             "ORDER BY at, id")
Key = tuple[str, str, str]  # nature, gender ('' when none), temporality


class Stored(NamedTuple):
    """A stored row as read for the view (the columns of `STORED_SQL`, counts decoded); a tuple: thousands."""

    node_id: int
    nature: str
    gender: str
    temporality: str
    counts: dict[str, Any]
    source: str | None
    updated_at: str | None
    sync_state: str
    error: str | None
    reason: str | None


class Unit(NamedTuple):
    """A live UO and its EG."""

    id: int
    name: str
    eg_id: int | None
    eg_name: str
    departement: str | None
    champ: str | None
    domaine: str | None


def _fetch(s: Session, sql: str, params: tuple = ()) -> list[tuple]:
    """Rows of plain SQL on the session's own connection, without the ORM: thousands of rows."""
    cur = s.connection().connection.cursor()
    try:
        cur.execute(sql, params)
        return list(cur.fetchall())
    finally:
        cur.close()


def default_nature(domaine: str | None) -> str:
    """The nature of a unit's empty row: places in a medico-social EG, lits elsewhere."""
    return C.PLACE if (domaine or "").startswith("medico") else C.LIT


def superseded(cap: Any, fig: Figures | None) -> bool:
    """Stored figures the server already had, replaced there since by newer ones (read by a pull)."""
    if fig is None or cap.sync_state != C.SYNCED:
        return False
    theirs, mine = C.parse_instant(fig.updated_at), C.parse_instant(cap.updated_at)
    return theirs is not None and (mine is None or theirs > mine)


def rows(s: Session, eg_ids: set[int] | None) -> list[C.CapacityRow]:
    """See `Capacities.rows`."""
    where = ""
    if eg_ids is not None:
        where = "AND id IN (" + ",".join(str(int(i)) for i in eg_ids) + ")" if eg_ids else "AND 0"
    found = _fetch(s, ROWS_SQL.format(where=where))
    if not found:
        return []
    # The Locations and forms of an EG's few units are read by id (an EG of 15 units must not read a group's
    # 7,500); for a large selection they are read whole and sorted out here, one scan instead of thousands of
    # look-ups.
    ids = {r[0] for r in found}
    narrow = "" if len(ids) > FEW_UNITS else " AND node_id IN (" + ",".join(map(str, sorted(ids))) + ")"
    locations: dict[int, dict[Key, Figures]] = {}
    for nid, extensions in _fetch(s, LOCATIONS_SQL.format(narrow=narrow), (EXT_SUPPORTED_CAPACITY,)):
        if nid in ids:
            locations[nid] = figures_of({"extension": json.loads(extensions)})
    groups: dict[int, Any] = {}
    for nid, group in _fetch(s, GROUPS_SQL.format(narrow=narrow)):  # units with nothing stored only
        if nid in ids and not locations.get(nid) and group is not None:
            groups[nid] = json.loads(group) if isinstance(group, str) else group
    # Most units of a large group hold only stored figures (or none): each SQL row is a view row, in order. The
    # few with a Location or a form to read are built by `unit_rows` and put in their place.
    special = locations.keys() | groups.keys()
    out: list[C.CapacityRow] = []
    held: dict[int, tuple[int, tuple, list[Stored]]] = {}  # a unit read by `unit_rows`: its place in `out`
    parsed: dict[str, dict[str, Any]] = {}  # the same counts text is decoded once
    row = C.CapacityRow
    for r in found:
        nid, name, dep, champ, domaine, eg, eg_name, eg_dep, eg_domaine, nature = r[:10]
        counts = r[12]
        if counts not in parsed:
            value = json.loads(counts) if isinstance(counts, str) else counts
            parsed[counts] = value if isinstance(value, dict) else {}
        if nid in special:
            if nid not in held:
                held[nid] = (len(out), r, [])
            if nature is not None:
                held[nid][2].append(Stored(nid, nature, r[10] or "", r[11], parsed[counts], *r[13:18]))
        elif nature is not None:
            out.append(row(nid, eg, name or "", eg_name or "", dep or eg_dep, champ, nature, r[10] or None, r[11],
                           dict(parsed[counts]), r[14], r[13], r[15], r[16], r[17]))
        else:
            out.append(row(nid, eg, name or "", eg_name or "", dep or eg_dep, champ,
                           default_nature(eg_domaine or domaine), None, C.COURANT, {}))
    if not held:
        return out
    merged: list[C.CapacityRow] = []
    start = 0
    for place, (nid, name, dep, champ, domaine, eg, eg_name, eg_dep, eg_domaine, *_), stored in held.values():
        merged.extend(out[start:place])
        start = place
        unit = Unit(nid, name or "", eg, eg_name or "", dep or eg_dep, champ, eg_domaine or domaine)
        merged.extend(sorted(unit_rows(unit, stored, locations.get(nid) or {}, groups.get(nid)),
                             key=lambda r: (r.nature, r.gender or "", r.temporality)))
    merged.extend(out[start:])
    return merged


def unit_rows(unit: Unit, stored: list[Stored] | tuple[()], from_location: dict[Key, Figures],
              group: Any) -> list[C.CapacityRow]:
    """One unit's rows: the Location's figures (else, when nothing is stored, the form's), each key replaced by
    the stored one unless the server has newer figures for it; one empty row when there is nothing."""
    def row(nature: str, gender: str, temporality: str, counts: Mapping[str, int | None],
            updated_at: str | None = None, source: str | None = None, sync_state: str = C.SYNCED,
            error: str | None = None, reason: str | None = None) -> C.CapacityRow:
        return C.CapacityRow(unit.id, unit.eg_id, unit.name, unit.eg_name, unit.departement, unit.champ, nature,
                             gender or None, temporality, dict(counts), updated_at, source, sync_state, error,
                             reason)

    out: dict[Key, C.CapacityRow] = {}
    for key, fig in from_location.items():
        out[key] = row(*key, fig.counts, fig.updated_at, fig.source)
    if not from_location and group is not None:
        for key, counts in answers_figures(group).items():
            out[key] = row(*key, counts)
    for cap in stored:
        key = (cap.nature, cap.gender, cap.temporality)
        if superseded(cap, from_location.get(key)):
            continue  # in step here, and the server has newer figures since (a pull): the Location's show
        out[key] = row(*key, cap.counts, cap.updated_at, cap.source, cap.sync_state, cap.error, cap.reason)
    if not out:
        nature = default_nature(unit.domaine)
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
    parsed: dict[str, Mapping[str, int | None]] = {}  # the same counts text is decoded once
    for nid, nature, gender, counts, at in (_fetch(s, LAST_BEFORE_SQL, (start, C.COURANT))
                                            + _fetch(s, SINCE_SQL, (start, C.COURANT))):
        if nid in wanted:
            if counts not in parsed:
                value = json.loads(counts) if isinstance(counts, str) else counts
                parsed[counts] = value or {}
            events.append((at, (nid, nature, gender or ""), parsed[counts]))
    with_history = {key for _, key, _ in events}
    for r in current:  # figures never entered here: from their date (or from the start when undated)
        key = (r.node_id, r.nature, r.gender or "")
        if key not in with_history and any(v is not None for v in r.counts.values()):
            events.append((r.updated_at or "", key, r.counts))
    events.sort(key=lambda e: e[0])
    # Running totals: each event takes its unit's previous figures out and puts its own in, so a day costs its
    # events, not the group's 7,500 units again. An event counts from the first day whose end it (and every
    # event sorted before it) precedes.
    ends = [datetime.combine(first_day + timedelta(days=d + 1), datetime.min.time(), tzinfo=UTC)
            for d in range(days)]
    ends_iso = [end.isoformat(timespec="milliseconds") for end in ends]
    day_of = {(first_day + timedelta(days=d)).isoformat(): d for d in range(days)}
    state: dict[tuple[int, str, str], Mapping[str, int | None]] = {}
    totals: dict[str, dict[str, int]] = {}
    seen: dict[str, dict[str, int]] = {}  # how many units give each status (a status nobody gives is left out)
    held: dict[str, int] = {}  # how many units' figures of each nature stand
    out: list[C.DayTotals] = []
    day = 0
    first_end = ends_iso[0] if ends_iso else ""
    for at, key, counts in events:
        if len(at) == 29 and at[10] == "T" and at.endswith("+00:00"):  # as the store stamps: read by its date
            found = day_of.get(at[:10], 0 if at < first_end else days)
        else:
            found = _day_of(at, ends, ends_iso, day)
        if found > day:
            day = found
            while len(out) < min(day, days):
                out.append(_snapshot(first_day + timedelta(days=len(out)), totals, seen, held))
            if day >= days:
                break
        nature = key[1]
        bucket, given = totals.setdefault(nature, {}), seen.setdefault(nature, {})
        old = state.get(key)
        if old is None:
            held[nature] = held.get(nature, 0) + 1
        else:
            for status, value in old.items():
                if value is not None:
                    bucket[status] -= value
                    given[status] -= 1
        for status, value in counts.items():
            if value is not None:
                bucket[status] = bucket.get(status, 0) + value
                given[status] = given.get(status, 0) + 1
        state[key] = counts
    while len(out) < days:
        out.append(_snapshot(first_day + timedelta(days=len(out)), totals, seen, held))
    return out


def _snapshot(day: date, totals: dict[str, dict[str, int]], seen: dict[str, dict[str, int]],
              held: dict[str, int]) -> C.DayTotals:
    return C.DayTotals(day.isoformat(), {
        nature: {status: value for status, value in bucket.items() if seen[nature].get(status)}
        for nature, bucket in totals.items() if held.get(nature)})


def _day_of(at: str, ends: list[datetime], ends_iso: list[str], first: int) -> int:
    """The first day (from `first` on) whose end an event stamped `at` precedes; len(ends) when none (stamps
    the store writes, UTC to the millisecond, are read by their date without this)."""
    if not at:
        return first  # undated figures count from the start
    for d in range(first, len(ends)):
        if _before(at, ends[d], ends_iso[d]):
            return d
    return len(ends)


def _before(at: str, end: datetime, end_iso: str) -> bool:
    """An event stamped `at` happened before `end` (undated figures count from the start)."""
    if not at:
        return True
    moment = C.parse_instant(at)
    return moment < end if moment is not None else at < end_iso

"""`ws.capacities`: lits et places, each unit's latest figures, their local history, and what the server said.

Before anything is typed, a unit's figures are those of its last known Location (fiche.location), else of its
form's `uo.capacites` group. `set` stamps the date and the source, keeps a history row, and queues ONE outbox
entry per unit (op `capacity`): a later change replaces the one still waiting, so only the latest figures are
sent (a PATCH of the Location, app/sync/engine_capacities.py); the history never leaves the workspace. The
figures are also written into the form's capacities group, so a later save of the fiche sends the same ones.
"""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import TYPE_CHECKING, Any

from sqlalchemy import bindparam, delete, select, text, update
from sqlalchemy.orm import Session

from app.models import capacities as C
from app.models.capacity_fhir import Entry, Figures, figures_of
from app.models.capacity_form import GROUP, answers_figures, with_group
from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.refusals import Refusal, reason_json
from app.models.store import capacity_reads as reads
from app.models.store import outbox
from app.models.store.queries import get_live, structure_of
from app.models.store.schema import Capacity, CapacityHistory, Fiche, Node, OutboxEntry, now_iso
from app.models.workflow import OutboxOp, OutboxState

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

SOURCE_NAMES = C.SOURCE_OF
WAITING = [OutboxState.PENDING.value, OutboxState.FAILED.value, OutboxState.CONFLICT.value]
NODES_SQL = "SELECT id, parent_id, kind, name, departement, champ, domaine, finess, uid, server_id " \
            "FROM node WHERE deleted = 0"
@dataclass(frozen=True)
class Outgoing:
    """What one unit's PATCH needs: its waiting entries, its last known Location and the figures to send."""

    node_id: int
    entry_ids: list[int]
    location: dict[str, Any] | None
    base_version: str | None
    entries: list[Entry]
    published: bool = True  # the unit is on the server (a unit never sent waits for its fiche to go first)


def _source_code(source: str) -> str:
    code = SOURCE_NAMES.get(source, source)
    if code not in C.SOURCES:
        raise Refusal("capacity-source", code=source)
    return code


class Capacities:
    """Reads and writes of lits et places."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ------------------------------------------------------------------ reads
    def rows(self, eg_ids: Iterable[int] | None = None) -> list[C.CapacityRow]:
        """One row per UO and nature (gender and temporality where figures say so), under the given EGs (all
        when None): the stored figures and the Location's (a stored key the server has newer figures for shows
        the Location's); a unit with nothing stored and no figures in its Location shows its form's; a unit
        without any gets one empty row (lits in a sanitaire EG, places in a medico-social one)."""
        with self.ws.read() as s:
            return reads.rows(s, set(eg_ids) if eg_ids is not None else None)

    def row(self, node_id: int, nature: str, temporality: str = C.COURANT,
            gender: str | None = None) -> C.CapacityRow | None:
        """One unit's row for a key (None when the unit has no figures for it)."""
        with self.ws.read() as s:
            node = get_live(s, node_id)
            eg_id = structure_of(s, node).id
            found = reads.rows(s, {eg_id})
        return next((r for r in found if r.key == (node_id, nature, gender, temporality)), None)

    def history(self, node_id: int, days: int = 30, now: datetime | None = None) -> list[C.HistoryEntry]:
        """The figures entered for a unit over the last `days` days, oldest first."""
        with self.ws.read() as s:
            return reads.history(s, node_id, days, now)

    def daily_totals(self, eg_ids: Iterable[int] | None, days: int = 30, now: datetime | None = None,
                     rows: list[C.CapacityRow] | None = None) -> list[C.DayTotals]:
        """For each of the last `days` days (oldest first, today last), the current-temporality figures of the
        EGs' units as they stood at the end of that day, summed by nature and status. Figures known before any
        entry (the Location's) count from their update date. `rows`: the EGs' `rows()` when the caller has them
        (a group's table and its chart come from one read)."""
        with self.ws.read() as s:
            return reads.daily_totals(s, set(eg_ids) if eg_ids is not None else None, days, now, rows)

    # ------------------------------------------------------------------ writes
    def set(self, node_id: int, nature: str, temporality: str, counts: Mapping[str, int | None],
            gender: str | None = None, source: str = "manual") -> Changes:
        """New figures for one row of a unit (the statuses given replace the known ones; None clears one):
        checked (a `Refusal` changes nothing), stamped now with the source, kept in the history, and queued as
        the unit's one waiting PATCH."""
        code = _source_code(source)
        if nature not in C.NATURES:
            raise Refusal("capacity-nature", code=nature)
        if temporality not in C.KNOWN_TEMPORALITIES:
            raise Refusal("capacity-temporality", code=temporality)
        for status in counts:
            if status not in C.KNOWN_STATUSES:
                raise Refusal("capacity-status", code=status)
        gender_key = gender or ""
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, node_id)
            if node.kind != Kind.UO:
                raise Refusal("capacity-not-uo")
            fiche = s.get(Fiche, node_id)
            cap = s.scalar(select(Capacity).where(Capacity.node_id == node_id, Capacity.nature == nature,
                                                  Capacity.gender == gender_key,
                                                  Capacity.temporality == temporality))
            if cap is not None and not reads.superseded(cap, self._location_figures(fiche).get(
                    (nature, gender_key, temporality))):
                known: dict[str, int | None] = dict(cap.counts or {})
            else:
                known = self._known_counts(fiche, (nature, gender_key, temporality))
            merged = {**known, **dict(counts)}
            merged = {k: v for k, v in merged.items() if v is not None}
            refusal = C.check(merged)
            if refusal is not None:
                raise refusal
            stamp = now_iso()
            if cap is None:
                cap = Capacity(node_id=node_id, nature=nature, gender=gender_key, temporality=temporality)
                s.add(cap)
            cap.counts, cap.source, cap.updated_at = merged, code, stamp
            cap.sync_state, cap.error, cap.error_reason = C.PENDING, None, None
            s.add(CapacityHistory(node_id=node_id, nature=nature, gender=gender_key, temporality=temporality,
                                  counts=merged, source=code, at=stamp))
            self._queue(s, node, fiche, changes)
            if fiche is not None and not gender_key:
                fiche.answers = with_group(fiche.answers or {}, nature, temporality, merged, code)
        changes.capacities.add(node_id)
        return changes

    @staticmethod
    def _location_figures(fiche: Fiche | None) -> dict[tuple[str, str, str], Figures]:
        return figures_of(fiche.location) if fiche is not None and isinstance(fiche.location, dict) else {}

    @staticmethod
    def _known_counts(fiche: Fiche | None, key: tuple[str, str, str]) -> dict[str, int | None]:
        if fiche is None:
            return {}
        from_location = figures_of(fiche.location) if isinstance(fiche.location, dict) else {}
        if from_location:
            return dict(from_location[key].counts) if key in from_location else {}
        return dict(answers_figures((fiche.answers or {}).get(GROUP)).get(key) or {})

    @staticmethod
    def _queue(s: Session, node: Node, fiche: Fiche | None, changes: Changes) -> None:
        """The unit's one waiting entry: a later change replaces it (and keeps the version it was based on)."""
        waiting = list(s.scalars(select(OutboxEntry).where(OutboxEntry.node_id == node.id,
                                                           OutboxEntry.op == OutboxOp.CAPACITY.value,
                                                           OutboxEntry.state.in_(WAITING))))
        if waiting:
            base = (waiting[0].payload or {}).get("base_version")
            s.execute(delete(OutboxEntry).where(OutboxEntry.id.in_([e.id for e in waiting])))
        else:
            base = ((fiche.location or {}).get("meta") or {}).get("versionId") if fiche is not None else None
        outbox.append(s, changes, OutboxOp.CAPACITY, node, None, {"base_version": base})
        for cap in s.scalars(select(Capacity).where(Capacity.node_id == node.id,
                                                    Capacity.sync_state != C.SYNCED)):
            cap.sync_state, cap.error, cap.error_reason = C.PENDING, None, None

    def load(self, figures: Iterable[C.HistoryEntry]) -> Changes:
        """Figures known in step with the server, with their own dates (the demo): every one is kept in the
        history, the latest of each key becomes its row (synced); nothing is queued."""
        latest: dict[tuple[int, str, str, str], C.HistoryEntry] = {}
        changes = Changes()
        with self.ws.write() as s:
            for h in figures:
                gender = h.gender or ""
                s.add(CapacityHistory(node_id=h.node_id, nature=h.nature, gender=gender, temporality=h.temporality,
                                      counts=dict(h.counts), source=h.source, at=h.at))
                key = (h.node_id, h.nature, gender, h.temporality)
                if key not in latest or h.at >= latest[key].at:
                    latest[key] = h
            for (nid, nature, gender, temporality), h in latest.items():
                s.execute(delete(Capacity).where(Capacity.node_id == nid, Capacity.nature == nature,
                                                 Capacity.gender == gender, Capacity.temporality == temporality))
                s.add(Capacity(node_id=nid, nature=nature, gender=gender, temporality=temporality,
                               counts=dict(h.counts), source=h.source, updated_at=h.at, sync_state=C.SYNCED))
                changes.capacities.add(nid)
        return changes

    # ------------------------------------------------------------------ import (bed management)
    def import_plan(self, lines: Iterable[Mapping[str, Any]], first_line: int = 2) -> C.ImportPlan:
        """What a bed-management export would change: each line accepted or refused with its reason; the
        figures of a row are checked together, with the ones already known."""
        from app.models.capacity_import import plan_lines

        with self.ws.read() as s:
            lookup = {r[0]: r for r in s.execute(text(NODES_SQL))}
        return plan_lines(lines, lookup, self._current_counts, first_line=first_line)

    def _current_counts(self, node_id: int, key: tuple[str, str, str]) -> dict[str, int | None]:
        with self.ws.read() as s:
            cap = s.scalar(select(Capacity).where(Capacity.node_id == node_id, Capacity.nature == key[0],
                                                  Capacity.gender == key[1], Capacity.temporality == key[2]))
            if cap is not None:
                return dict(cap.counts or {})
            return self._known_counts(s.get(Fiche, node_id), key)

    def apply_import(self, plan: C.ImportPlan) -> Changes:
        """All the plan's figures in one transaction with the source "Bed management", or nothing: a plan with
        a refused line is refused whole."""
        if plan.refused:
            line, refusal = plan.refused[0]
            raise Refusal("capacity-import-line", line=line, reason=str(refusal))
        if not plan.accepted:
            raise Refusal("capacity-import-empty")
        groups: dict[tuple[int, str, str, str], dict[str, int | None]] = {}
        for a in plan.accepted:
            groups.setdefault((a.node_id, a.nature, a.gender or "", a.temporality), {})[a.status] = a.count
        changes = Changes()
        with self.ws.batch():
            for (nid, nature, gender, temporality), counts in groups.items():
                changes.merge(self.set(nid, nature, temporality, counts, gender=gender or None,
                                       source="bed-management"))
        return changes

    # ------------------------------------------------------------------ the sync's side
    def waiting_units(self) -> list[int]:
        """The units whose figures wait to be sent, oldest entry first (read without loading the entries)."""
        with self.ws.read() as s:
            found = s.execute(select(OutboxEntry.node_id).where(OutboxEntry.state == OutboxState.PENDING.value,
                                                                OutboxEntry.op == OutboxOp.CAPACITY.value,
                                                                OutboxEntry.node_id.is_not(None))
                              .order_by(OutboxEntry.id))
            return list(dict.fromkeys(nid for (nid,) in found))

    def outgoing(self, node_id: int) -> Outgoing:
        """What the unit's PATCH carries: every stored figure of the unit over its last known Location."""
        return self.outgoing_many([node_id])[0]

    def outgoing_many(self, node_ids: list[int]) -> list[Outgoing]:
        """`outgoing` for many units in three reads (the push prepares a hundred units at a time)."""
        ids = list(node_ids)
        with self.ws.read() as s:
            entries: dict[int, list[tuple[int, Any]]] = {}
            for eid, nid, payload in s.execute(select(OutboxEntry.id, OutboxEntry.node_id, OutboxEntry.payload)
                                               .where(OutboxEntry.node_id.in_(ids),
                                                      OutboxEntry.op == OutboxOp.CAPACITY.value,
                                                      OutboxEntry.state == OutboxState.PENDING.value)
                                               .order_by(OutboxEntry.id)):
                entries.setdefault(nid, []).append((eid, payload))
            locations: dict[int, Any] = {nid: loc for nid, loc in s.execute(
                select(Fiche.node_id, Fiche.location).where(Fiche.node_id.in_(ids)))}
            published = {nid for nid, sid in s.execute(select(Node.id, Node.server_id).where(Node.id.in_(ids)))
                         if sid}
            caps: dict[int, list[Entry]] = {}
            for c in s.execute(select(Capacity.node_id, Capacity.nature, Capacity.gender, Capacity.temporality,
                                      Capacity.counts, Capacity.updated_at, Capacity.source)
                               .where(Capacity.node_id.in_(ids)).order_by(Capacity.id)):
                caps.setdefault(c[0], []).append(Entry(c[1], c[2] or None, c[3], dict(c[4] or {}),
                                                       c[5] or now_iso(), c[6] or C.SAISIE_MANUELLE))
        out = []
        for nid in ids:
            waiting = entries.get(nid, [])
            location = locations.get(nid)
            location = dict(location) if isinstance(location, dict) else None
            base = next(((payload or {}).get("base_version") for _, payload in waiting), None)
            if base is None and location is not None:
                base = (location.get("meta") or {}).get("versionId")
            out.append(Outgoing(nid, [eid for eid, _ in waiting], location, base, caps.get(nid, []),
                                published=nid in published))
        return out

    def acknowledged(self, node_id: int, entry_ids: list[int], location: dict[str, Any] | None) -> Changes:
        """The server holds the figures: entries done, rows synced, its Location kept as the last known one."""
        return self.acknowledged_many([(node_id, entry_ids, location)])

    def acknowledged_many(self, acks: list[tuple[int, list[int], dict[str, Any] | None]]) -> Changes:
        """`acknowledged` for many units in a few statements."""
        changes = Changes(capacities={nid for nid, _, _ in acks})
        if not acks:
            return changes
        with self.ws.write() as s:
            outbox.mark(s, [eid for _, ids, _ in acks for eid in ids], OutboxState.DONE)
            s.execute(update(Capacity).where(Capacity.node_id.in_(changes.capacities))
                      .values(sync_state=C.SYNCED, error=None, error_reason=None))
            located = [{"nid": nid, "location": loc} for nid, _, loc in acks if loc is not None]
            if located:
                s.connection().execute(Fiche.__table__.update().where(Fiche.__table__.c.node_id == bindparam("nid"))
                                       .values(location=bindparam("location")), located)
        return changes

    def refused(self, node_id: int, entry_ids: list[int], error: Refusal | str) -> Changes:
        """The server refused the figures: they are kept, with its reason on the unit's rows (a refusal's key
        too, so that the window says it in the user's language)."""
        changes = Changes(capacities={node_id})
        text, reason = str(error), reason_json(error)
        with self.ws.write() as s:
            outbox.mark(s, entry_ids, OutboxState.FAILED)
            for e in s.scalars(select(OutboxEntry).where(OutboxEntry.id.in_(entry_ids))):
                e.last_error, e.last_reason, e.attempts = text, reason, (e.attempts or 0) + 1
            for cap in s.scalars(select(Capacity).where(Capacity.node_id == node_id,
                                                        Capacity.sync_state != C.SYNCED)):
                cap.sync_state, cap.error, cap.error_reason = C.REFUSED, text, reason
        return changes

    def conflicted(self, node_id: int, entry_ids: list[int], theirs: dict[str, Any] | None) -> Changes:
        """Someone changed the Location since the figures were based on it: the rows show a conflict, the
        entries wait, and the server's copy becomes the last known Location (see `resolve`)."""
        changes = Changes(capacities={node_id})
        with self.ws.write() as s:
            outbox.mark(s, entry_ids, OutboxState.CONFLICT)
            for cap in s.scalars(select(Capacity).where(Capacity.node_id == node_id,
                                                        Capacity.sync_state != C.SYNCED)):
                cap.sync_state, cap.error, cap.error_reason = C.CONFLICT, None, None
            fiche = s.get(Fiche, node_id)
            if fiche is not None and theirs is not None:
                fiche.location = theirs
        return changes

    def resolve(self, node_id: int, keep_mine: bool) -> Changes:
        """Settle a conflict: send the local figures again on top of the server's version, or take the
        server's (the local figures of the unit are dropped; the history stays)."""
        changes = Changes(capacities={node_id})
        with self.ws.write() as s:
            node = get_live(s, node_id)
            parked = list(s.scalars(select(OutboxEntry).where(OutboxEntry.node_id == node_id,
                                                              OutboxEntry.op == OutboxOp.CAPACITY.value,
                                                              OutboxEntry.state == OutboxState.CONFLICT.value)))
            if not parked:
                raise Refusal("conflict-not-found")
            s.execute(delete(OutboxEntry).where(OutboxEntry.id.in_([e.id for e in parked])))
            fiche = s.get(Fiche, node_id)
            if keep_mine:
                version = ((fiche.location or {}).get("meta") or {}).get("versionId") if fiche else None
                outbox.append(s, changes, OutboxOp.CAPACITY, node, None, {"base_version": version})
                for cap in s.scalars(select(Capacity).where(Capacity.node_id == node_id)):
                    cap.sync_state = C.PENDING
            else:
                s.execute(delete(Capacity).where(Capacity.node_id == node_id))
        return changes


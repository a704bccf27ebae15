"""`ws.bulk`: what a bulk edit reads of the units it targets, and the one transaction that writes it.

`units(node_ids)` turns a selection (EGs, EJs, any node) into its live UOs as plain `BulkUnit`s for the pure
planning (app/models/bulk.py). `apply(writes)` saves the accepted answers of every unit in one transaction,
through the same road as a form save (`ws.fiches.save`: the dossier opened or joined, an outbox entry, the
fiche a draft again), checking `cancelled` between batches: a cancel rolls everything back. `revert(records)`
undoes it in one step: the answers, status and problem counts are put back, and the outbox entries withdrawn
while they are all still pending (else the undo goes to the server as a change of its own).
"""
from __future__ import annotations

import dataclasses
import json
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, select, type_coerce, update
from sqlalchemy.orm import Session

from app.models import fiche_service, rules
from app.models.bulk import BulkRecord, BulkUnit, BulkWrite, Cancelled
from app.models.changes import Changes
from app.models.forms_catalog import canonical
from app.models.kinds import Kind
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.nodes import settle_dirty
from app.models.store.queries import open_dossier
from app.models.store.schema import Dossier, Fiche, Node, now_iso
from app.models.tree import gc_paused
from app.models.validation import facts_by_node
from app.models.workflow import DossierState, FicheStatus, OutboxOp

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

BATCH = 100  # units written between two looks at `cancelled`
UNITS_SQL = ("SELECT node.id, node.categorie, node.champ, node.domaine, node.conflict, node.origins, node.prefilled, "
             "fiche.questionnaire, fiche.answers, coalesce(fiche.draft, 'null') != 'null' FROM node "
             "LEFT JOIN fiche ON fiche.node_id = node.id WHERE node.deleted = 0 AND node.id IN ({marks})")
# What a write reads of a node (not its FINESS data, a large JSON).
NODE_COLUMNS = (Node.id, Node.name, Node.kind, Node.deleted, Node.status, Node.problems, Node.dirty, Node.server_id,
                Node.origins, Node.prefilled, Node.categorie, Node.champ, Node.domaine)


def _read(s: Session, ids: list[int]) -> tuple[dict[int, Any], dict[int, tuple[str | None, str | None, str | None]]]:
    """The units' columns a write needs and their fiches' answers and draft as stored (JSON text: compared, not
    parsed) and form, a few queries for all."""
    nodes: dict[int, Any] = {}
    fiches: dict[int, tuple[str | None, str | None, str | None]] = {}
    for chunk in range(0, len(ids), 500):
        part = ids[chunk:chunk + 500]
        nodes.update((r.id, r) for r in s.execute(select(*NODE_COLUMNS).where(Node.id.in_(part))))
        fiches.update((r[0], (r[1], r[2], r[3])) for r in s.execute(
            select(Fiche.node_id, type_coerce(Fiche.answers, Text), type_coerce(Fiche.draft, Text),
                   Fiche.questionnaire).where(Fiche.node_id.in_(part))))
    return nodes, fiches


def _loads(text: str | None) -> dict[str, Any]:
    value = json.loads(text) if text else {}
    return value if isinstance(value, dict) else {}


def _refuse(node: Any, questionnaire: str | None, before: dict[str, Any], after: dict[str, Any]) -> None:
    """What `ws.fiches.save` refuses, whoever writes: a FINESS-sourced value changed, a pre-filled one removed."""
    form_id = fiche_service.form_id_for(node.kind, node.categorie, node.champ, node.domaine, questionnaire)
    refusal = (rules.finess_locked_refusal(fiche_service.locked_items(form_id, node.origins), before, after)
               or (rules.prefilled_refusal(node.prefilled, after, before, fiche_service.repeating_items(form_id))
                   if node.prefilled else None))
    if refusal is not None:
        raise refusal


def _structure(places: dict[int, tuple], node_id: int) -> int:
    """The EG (or EJ) above a unit, from the live nodes' (id, parent id, kind, ...) rows."""
    current = node_id
    while places[current][2] not in (Kind.EG, Kind.EJ) and places[current][1] in places:
        current = places[current][1]
    return current


def _dossier(s: Session, structure_id: int, server_id: str | None,
             known: dict[int, tuple[Node, Dossier | None]], changes: Changes) -> Dossier | None:
    """The dossier a unit's edit goes into, as `ws.fiches.save` chooses it, read once per structure (`known`
    holds the structure and its dossier): refused while the validator has it; a unit never published opens
    one; a published one joins the open one or goes straight to the server."""
    if structure_id not in known:
        structure = s.get(Node, structure_id)
        if structure is None:
            raise RuleError("node-not-found", node_id=structure_id)
        known[structure_id] = (structure, open_dossier(s, structure, changes, create=False))
    structure, dossier = known[structure_id]
    if dossier is None and server_id is None:
        dossier = open_dossier(s, structure, changes)
        known[structure_id] = (structure, dossier)
    return dossier


def _write_rows(s: Session, fiches: dict[int, Any], fiche_rows: list[dict[str, Any]],
                node_rows: list[dict[str, Any]], questionnaires: dict[int, str] | None = None) -> None:
    """Fiches and nodes updated by primary key in two statements (a unit without a fiche gets one)."""
    old = [r for r in fiche_rows if r["node_id"] in fiches]
    new = [r for r in fiche_rows if r["node_id"] not in fiches]
    if old:
        s.execute(update(Fiche), old)
    for row in new:
        form = (questionnaires or {}).get(row["node_id"])
        s.add(Fiche(questionnaire=canonical(form) if form else None, **row))
    if node_rows:
        plain = [r for r in node_rows if "dirty" not in r]
        for batch in (plain, [r for r in node_rows if "dirty" in r]):
            if batch:
                s.execute(update(Node), batch)
    s.flush()


class Bulk:
    """Reads and the write of bulk edits."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def units(self, node_ids: Iterable[int]) -> list[BulkUnit]:
        """The live UOs of the selection (a UO itself, or every UO under a selected node), each once, in the
        order of the selection, with what the planning needs: answers, draft, conflict, its structure's dossier
        state. Read straight from the cursor (a thousand fiches: no ORM object, no JSON column not needed)."""
        places = self.ws.fiches.facts_rows()  # (id, parent id, kind, name, ...) of every live node
        facts = facts_by_node(places)
        by_id = {r[0]: r for r in places}
        kids: dict[int, list[int]] = {}
        for r in places:
            if r[1] is not None:
                kids.setdefault(r[1], []).append(r[0])
        wanted: dict[int, None] = {}
        for root in node_ids:
            stack = [root] if root in by_id else []
            while stack:
                node_id = stack.pop()
                if by_id[node_id][2] == Kind.UO:
                    wanted.setdefault(node_id)
                stack.extend(reversed(kids.get(node_id, [])))
        ids = list(wanted)
        rows: dict[int, tuple] = {}
        with self.ws.read():
            raw = self.ws.engine.raw_connection()
            try:
                cur = raw.cursor()
                for chunk in range(0, len(ids), 500):
                    part = ids[chunk:chunk + 500]
                    cur.execute(UNITS_SQL.format(marks=",".join("?" * len(part))), part)
                    rows.update((r[0], tuple(r)) for r in cur.fetchall())
                cur.execute("SELECT structure_id, state FROM dossier ORDER BY id")
                states = dict(cur.fetchall())  # the latest dossier of each structure wins
                cur.close()
            finally:
                raw.close()
        with gc_paused():  # a thousand fiches parsed: no collection over the whole heap meanwhile
            return self._units(ids, rows, by_id, states, facts)

    @staticmethod
    def _units(ids: list[int], rows: dict[int, tuple], by_id: dict[int, tuple], states: dict[int, str],
               facts: dict[int, Any]) -> list[BulkUnit]:
        found: list[BulkUnit] = []
        for node_id in ids:
            row = rows.get(node_id)
            if row is None:
                continue
            _id, categorie, champ, domaine, conflict, origins, prefilled, questionnaire, answers, draft = row
            structure = node_id
            while by_id[structure][2] not in (Kind.EG, Kind.EJ) and by_id[structure][1] in by_id:
                structure = by_id[structure][1]
            form_id = fiche_service.form_id_for(Kind.UO.value, categorie, champ, domaine, questionnaire)
            parsed = json.loads(answers) if answers else {}
            found.append(BulkUnit(
                node_id=node_id, name=by_id[node_id][3], structure=by_id[structure][3], form_id=form_id,
                answers=parsed if isinstance(parsed, dict) else {}, has_draft=bool(draft),
                conflict=bool(conflict), dossier_state=states.get(structure),
                origins=json.loads(origins) if origins else {}, prefilled=json.loads(prefilled) if prefilled else {},
                facts=facts.get(node_id), answers_text=answers or ""))
        return found

    def apply(self, writes: Sequence[BulkWrite], cancelled: Callable[[], bool] | None = None,
              progress: Callable[[int, int], None] | None = None,
              records: list[BulkRecord] | None = None) -> Changes:
        """Write every accepted unit in one transaction (all or nothing), as `ws.fiches.save` would one by one:
        the same refusals (FINESS-locked values, pre-filled values, a dossier with the validator), the dossier
        opened or joined (a published fiche with no open dossier goes straight to the server), an outbox entry,
        the fiche a draft again. Rows are written a batch at a time by primary key (no object per unit). What
        each write replaced is appended to `records` (for `revert`) once the transaction committed."""
        changes = Changes()
        done: list[BulkRecord] = []
        with self.ws.write() as s, gc_paused():
            places = {r[0]: r for r in self.ws.fiches.facts_rows()}
            nodes, fiches = _read(s, [w.node_id for w in writes])
            dossiers: dict[int, tuple[Node, Dossier | None]] = {}
            for start in range(0, len(writes), BATCH):
                if cancelled is not None and cancelled():
                    raise Cancelled()  # leaves the transaction: nothing is written
                if progress is not None:
                    progress(start, len(writes))
                stamp = now_iso()
                node_rows, fiche_rows, entries = [], [], []
                for write in writes[start:start + BATCH]:
                    node = nodes.get(write.node_id)
                    if node is None or node.deleted:
                        raise RuleError("node-not-found", node_id=write.node_id)
                    text, draft, questionnaire = fiches.get(write.node_id, (None, None, None))
                    same = text == write.before_text if write.before_text else _loads(text) == write.before
                    if draft not in (None, "null") or not same:  # typed or saved since the preview: kept
                        raise RuleError("bulk-stale", name=node.name)
                    before = dict(write.before)
                    _refuse(node, questionnaire, before, write.after)
                    done.append(BulkRecord(node.id, before, None, node.status, node.problems, bool(node.dirty),
                                           frozenset()))
                    dossier = _dossier(s, _structure(places, node.id), node.server_id, dossiers, changes)
                    fiche_rows.append({"node_id": node.id, "answers": dict(write.after), "draft": None,
                                       "updated_at": stamp})
                    node_rows.append({"id": node.id, "status": FicheStatus.DRAFT.value, "problems": write.problems,
                                      "dirty": True, "updated_at": stamp})
                    entries.append((OutboxOp.UPDATE, node.id, dossier.id if dossier else None,
                                    {"direct": dossier is None}))
                    changes.updated.add(node.id)
                _write_rows(s, fiches, fiche_rows, node_rows, questionnaires={
                    w.node_id: fiche_service.form_id_for(nodes[w.node_id].kind, nodes[w.node_id].categorie,
                                                         nodes[w.node_id].champ, nodes[w.node_id].domaine, None)
                    for w in writes[start:start + BATCH] if w.node_id not in fiches})
                ids = outbox.append_many(s, changes, entries)
                first = len(done) - len(ids)
                for n, entry_id in enumerate(ids):
                    done[first + n] = dataclasses.replace(done[first + n], entries=frozenset({entry_id}))
            if progress is not None:
                progress(len(writes), len(writes))
        if records is not None:
            records.extend(done)
        return changes

    def revert(self, records: Sequence[BulkRecord], opened: Iterable[int] = ()) -> Changes:
        """Undo a bulk edit in one transaction: each unit gets back what it had; the entries the edit appended
        are withdrawn when they are all still pending (with the dossiers it `opened`, left empty), else each
        unit's return goes out as an update."""
        changes = Changes()
        with self.ws.write() as s:
            entries = set().union(*(r.entries for r in records)) if records else set()
            withdrawn = outbox.withdraw(s, entries)
            places = {r[0]: r for r in self.ws.fiches.facts_rows()}
            nodes, fiches = _read(s, [r.node_id for r in records])
            dossiers: dict[int, tuple[Node, Dossier | None]] = {}
            stamp = now_iso()
            node_rows, fiche_rows, appended = [], [], []
            for record in records:
                node = nodes.get(record.node_id)
                if node is None or node.deleted:
                    continue
                fiche_rows.append({"node_id": node.id, "answers": dict(record.answers), "draft": record.draft,
                                   "updated_at": stamp})
                node_rows.append({"id": node.id, "status": record.status, "problems": record.problems,
                                  "updated_at": stamp, **({} if withdrawn else {"dirty": True})})
                changes.updated.add(node.id)
                if not withdrawn:
                    dossier = _dossier(s, _structure(places, node.id), node.server_id, dossiers, changes)
                    appended.append((OutboxOp.UPDATE, node.id, dossier.id if dossier else None,
                                     {"direct": dossier is None}))
            _write_rows(s, fiches, fiche_rows, node_rows)
            outbox.append_many(s, changes, appended)
            if withdrawn:
                settle_dirty(s, list(changes.updated))
                for dossier_id in opened:
                    d = s.get(Dossier, dossier_id)
                    if d is not None and d.state == DossierState.OPEN and not outbox.has_entries(s, dossier_id):
                        s.delete(d)
                        changes.dossiers.add(dossier_id)
        return changes

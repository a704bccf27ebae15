"""`ws.server`: what the server said, written to the store. Pulled resources, acknowledgements, deletions on
the server, and the outcome of a dossier's validation; and the reads the sync needs to build what it sends.

These commands never append to the outbox (what the server already knows need not be sent back) and keep
local work safe: a node changed locally (dirty) or in conflict is never overwritten by a pull, and a resource
deleted on the server while a local change of it waits becomes a conflict the user decides.

Pulled fiches are complete: a `PulledItem` without answers gets the answers its form reads from the resource
and its Location (definition-based population, app/models/forms/population.py); `fiche.resource` and
`fiche.location` keep the complete server copies so nothing is lost on the way out.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.pulled import Ack, Placement, PulledItem, PullResult
from app.models.refusals import Refusal
from app.models.rows import FicheRecord, NodeRecord, NodeView
from app.models.store import outbox, pulled_apply
from app.models.store.conflicts import deleted_on_server, put_conflict
from app.models.store.published import record_nodes
from app.models.store.queries import advance, back_from_validation, fiche_record, node_record, structure_of, subtree_ids
from app.models.store.schema import FICHE_WITH_LOCATION, Dossier, Fiche, Node, now_iso
from app.models.workflow import DossierState, OutboxState

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


# a UO holds a Location when its fiche's location is not JSON null (stored as the text 'null'): found in the
# partial index ix_fiche_with_location, so the fiche rows (kilobytes of JSON each) are never read
PLACEMENT_SQL = ("SELECT node.id, node.parent_id, node.kind, node.server_id, node.finess, node.server_version, "
                 f"node.id IN (SELECT node_id FROM fiche WHERE {FICHE_WITH_LOCATION}) "
                 "FROM node WHERE node.deleted = 0")


class ServerCopy:
    """`ws.server`: the store's side of the sync."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def apply_pulled(self, items: list[PulledItem],
                     locations: list[dict[str, Any]] | None = None) -> PullResult:
        """Insert or update the nodes the server sent, parents before children, in one transaction; what
        does not fit the tree is listed in `result.unfit` (app/models/store/pulled_apply.py).

        `locations` are Locations pulled without their HealthcareService: each refreshes the UO pointing at
        it.
        """
        if not items and not locations:
            return PullResult()
        with self.ws.write() as s:
            return pulled_apply.apply(s, items, locations)

    def placement(self) -> list[Placement]:
        """Every live node: where it sits, its kind, server id and FINESS number (the perimeter's walk).

        Read by SQL text on the session's connection: a no-op sync waits on this, and the ORM's row handling
        cost five times the read on an 8,000-fiche group."""
        with self.ws.read() as s:
            rows = s.connection().exec_driver_sql(PLACEMENT_SQL).all()
        return [Placement(i, p, str(k), sid, f, v, bool(loc)) for i, p, k, sid, f, v, loc in rows]

    def structures(self) -> list[str]:
        """FINESS numbers of the structures the workspace holds: each EG, and each EJ with no EG under it."""
        rows = self.placement()
        parents_of_eg = {r.parent_id for r in rows if r.kind == "EG"}
        return sorted({r.finess for r in rows if r.finess and (
            r.kind == "EG" or (r.kind == "EJ" and r.node_id not in parents_of_eg))})

    def gone(self, server_ids: list[str]) -> Changes:
        """Resources deleted on the server (404/410 when the push reaches them, or missing from a
        reconciliation).

        A node with no local work in its subtree is tombstoned with its subtree. One with local work waiting
        (an entry pending, refused or parked, or a change not sent yet) becomes a conflict ('deleted') and the
        subtree's entries are parked: the user decides to send it again or let it go, nothing is dropped.
        """
        changes = Changes()
        if not server_ids:
            return changes
        with self.ws.write() as s:
            found = s.scalars(select(Node).where(Node.server_id.in_(list(server_ids)),
                                                 Node.deleted.is_(False)).order_by(Node.id))
            already = set(s.scalars(deleted_on_server()))
            for node in list(found):
                if node.deleted or (node.conflict and node.id in already):  # tombstoned above, or known gone
                    continue
                ids = subtree_ids(s, node.id)
                below = list(s.scalars(select(Node).where(Node.id.in_(ids))))
                if outbox.waiting_nodes(s, ids) or any(n.dirty or n.conflict for n in below):
                    put_conflict(s, node, None, None, reason="deleted")
                    outbox.park(s, ids)
                    changes.updated.add(node.id)
                    continue
                stamp = now_iso()
                for n in below:
                    n.deleted = True
                    n.dirty = False
                    n.updated_at = stamp
                    changes.removed.add(n.id)
                record_nodes(s, below)  # gone from the server: no longer the published base
        return changes

    def live_server_ids(self, server_type: Callable[[str], str]) -> dict[str, dict[str, str | None]]:
        """{resource type: {server id: version}} of every live node the server should hold (for a
        reconciliation); a node already known to be deleted there (a 'deleted' conflict) is not listed."""
        found: dict[str, dict[str, str | None]] = {}
        with self.ws.read() as s:
            rows = s.execute(select(Node.kind, Node.server_id, Node.server_version)
                             .where(Node.deleted.is_(False), Node.server_id.is_not(None),
                                    Node.id.not_in(deleted_on_server())))
            for kind, sid, version in rows:
                found.setdefault(server_type(kind), {})[sid] = version
        return found

    def stamp(self, node_id: int) -> str | None:
        """The node's updated_at: taken before sending, compared when the answer comes (edited meanwhile?)."""
        with self.ws.read() as s:
            return s.scalar(select(Node.updated_at).where(Node.id == node_id))

    def in_step(self, acks: list[Ack], entry_ids: list[int]) -> Changes:
        """The server acknowledged these nodes; their outbox entries are done in the same transaction.

        A node edited again since its stamp keeps dirty = 1 (its newer entry is still in the outbox).
        """
        changes = Changes()
        with self.ws.write() as s:
            _held = _preload(s, [ack.node_id for ack in acks])  # kept: the session's identity map is weak
            for ack in acks:
                node = s.get(Node, ack.node_id)
                if node is None:
                    continue
                if ack.server_id:
                    node.server_id = ack.server_id
                if ack.version:
                    node.server_version = ack.version
                if ack.stamp is None or node.updated_at == ack.stamp:
                    node.dirty = False
                fiche = s.get(Fiche, node.id)
                if fiche is not None and ack.resource is not None:
                    fiche.resource = ack.resource
                if fiche is not None and ack.location is not None:
                    fiche.location = ack.location
                changes.updated.add(node.id)
            outbox.mark(s, entry_ids, OutboxState.DONE)
        return changes

    # ------------------------------------------------------------------ dossiers
    def dossier_sent(self, dossier_id: int, bundle_id: str | None, task_id: str | None,
                     task_status: str) -> Changes:
        """The Bundle and Task are on the server: the dossier is in validation and its entries are done."""
        with self.ws.write() as s:
            d = s.get(Dossier, dossier_id)
            if d is None:
                return Changes()
            advance(d, DossierState.IN_VALIDATION)
            d.bundle_id, d.task_id, d.task_status = bundle_id, task_id, task_status
            d.updated_at = now_iso()
            outbox.settle(s, dossier_id=dossier_id)
            return Changes(dossiers={dossier_id}, updated={d.structure_id})

    def dossier_published(self, dossier_id: int, ids: dict[str, str], task_status: str = "completed",
                          location_of: Callable[[str], str] | None = None) -> Changes:
        """The validator accepted: take the server ids of new resources (uid -> id); the nodes are in step.

        `location_of(uid)` is the uuid a UO's new Location was sent under (app.sync.mapping.location_id): when
        `ids` holds it, the Location's server id goes into fiche.location. Versions come with the next pull.
        """
        changes = Changes(dossiers={dossier_id})
        with self.ws.write() as s:
            d, nodes = _dossier_nodes(s, dossier_id)
            if d is None:
                return changes
            for node in nodes:
                if node.uid in ids:
                    node.server_id = ids[node.uid]
                    node.server_version = None
                loc_id = ids.get(location_of(node.uid)) if location_of and node.kind == "UO" else None
                if loc_id:
                    fiche = s.get(Fiche, node.id)
                    if fiche is not None:
                        known = dict(fiche.location or {"resourceType": "Location"})
                        known["id"] = loc_id
                        known.pop("meta", None)  # its version comes with the next pull
                        fiche.location = known
                if node.dirty:
                    node.dirty = False
                    node.comment = None
                    if not node.deleted:
                        node.server_version = None  # refreshed by the pull
                    changes.updated.add(node.id)
            advance(d, DossierState.PUBLISHED)
            d.task_status, d.comments, d.updated_at = task_status, None, now_iso()
            record_nodes(s, [n for n in nodes if structure_of(s, n).id == d.structure_id], d.updated_at)
        return changes

    def dossier_withdrawn(self, dossier_id: int, entry_ids: list[int], task_status: str = "cancelled") -> Changes:
        """The server cancelled the dossier's Task at the referent's request: the dossier is open again."""
        with self.ws.write() as s:
            d = back_from_validation(s, dossier_id, task_status)
            if d is None:
                return Changes()
            outbox.mark(s, entry_ids, OutboxState.DONE)
            return Changes(dossiers={dossier_id}, updated={d.structure_id})

    def dossier_rejected(self, dossier_id: int, comment: str, notes: dict[str, str],
                         task_status: str = "rejected") -> Changes:
        """The validator refused: the dossier is editable again, each note goes on its fiche (uid or server
        id)."""
        changes = Changes(dossiers={dossier_id})
        with self.ws.write() as s:
            d, nodes = _dossier_nodes(s, dossier_id)
            if d is None:
                return changes
            for node in nodes:
                text = notes.get(node.uid) or (notes.get(node.server_id) if node.server_id else None)
                if text:
                    node.comment = text
                    changes.updated.add(node.id)
            advance(d, DossierState.REJECTED)
            d.task_status, d.updated_at = task_status, now_iso()
            d.comments = {"comment": comment, "notes": notes}
            changes.updated.add(d.structure_id)
        return changes

    def dossier_refused(self, dossier_id: int, entry_ids: list[int], error: Refusal | str,
                        fields: dict[str, list[str]]) -> Changes:
        """The server refused the dossier as it stands: back to the referents, with the server's messages."""
        with self.ws.write():
            changes = self.ws.outbox.failed_with(entry_ids, error)
            changes.merge(self.ws.dossiers.set_state(dossier_id, DossierState.OPEN,
                                                     comments={"comment": str(error), "fields": fields}))
        return changes

    # ------------------------------------------------------------------ reads for what is sent
    def view(self, node_id: int) -> NodeView:
        with self.ws.read() as s:
            node = s.get(Node, node_id)
            if node is None:
                from app.models.rules import RuleError

                raise RuleError("node-not-found", node_id=node_id)
            return _view(s, node)

    def views(self, node_ids: list[int]) -> dict[int, NodeView]:
        """The views of several nodes in one read (rows read in bulk, parents and EGs once); a node that does
        not exist is left out."""
        with self.ws.read() as s:
            nodes, fiches = _preload(s, node_ids)
            _held = fiches, _ancestors(s, nodes)  # kept: the session's identity map is weak
            return {n.id: _view(s, n) for n in nodes}

    def dirty_views(self, structure_id: int) -> list[NodeView]:
        """The changed nodes of a structure's dossier (deleted ones included), in id order."""
        with self.ws.read() as s:
            ids = subtree_ids(s, structure_id, include_deleted=True)
            return [_view(s, n) for n in s.scalars(select(Node).where(Node.id.in_(ids), Node.dirty.is_(True))
                                                   .order_by(Node.id))]

    def published(self) -> tuple[dict[int, NodeRecord], dict[int, FicheRecord]]:
        """Every live node and every fiche, as records (a workspace seen as the published state)."""
        with self.ws.read() as s:
            nodes = {n.id: node_record(n) for n in s.scalars(select(Node).where(Node.deleted.is_(False)))}
            fiches = {f.node_id: fiche_record(f) for f in s.scalars(select(Fiche))}
        return nodes, fiches


def _preload(s: Session, node_ids: list[int]) -> tuple[list[Node], list[Fiche]]:
    """Read these nodes and their fiches in a few queries: while the caller holds them, the session's `get`
    finds them without SQL."""
    nodes: list[Node] = []
    fiches: list[Fiche] = []
    for start in range(0, len(node_ids), 500):
        chunk = node_ids[start:start + 500]
        nodes += s.scalars(select(Node).where(Node.id.in_(chunk)))
        fiches += s.scalars(select(Fiche).where(Fiche.node_id.in_(chunk)))
    return nodes, fiches


def _ancestors(s: Session, nodes: list[Node]) -> list[Node | Fiche]:
    """The nodes above these, and their fiches (an EG's resource is in a unit's view), level by level."""
    found: list[Node | Fiche] = []
    known = {n.id for n in nodes}
    level = {n.parent_id for n in nodes if n.parent_id} - known
    while level:
        above, fiches = _preload(s, sorted(level))
        found += [*above, *fiches]
        known |= level
        level = {n.parent_id for n in above if n.parent_id} - known
    return found


def _dossier_nodes(s: Session, dossier_id: int) -> tuple[Dossier | None, list[Node]]:
    """A dossier and every node of its structure (deleted ones included: their deletion was in it)."""
    d = s.get(Dossier, dossier_id)
    if d is None:
        return None, []
    ids = subtree_ids(s, d.structure_id, include_deleted=True)
    return d, list(s.scalars(select(Node).where(Node.id.in_(ids))))


def _view(s: Session, node: Node) -> NodeView:
    fiche = s.get(Fiche, node.id)
    parent = s.get(Node, node.parent_id) if node.parent_id else None
    commune, eg_resource = _eg_above(s, node) if node.kind == "UO" else (None, None)
    return NodeView(node=node_record(node), fiche=fiche_record(fiche) if fiche is not None else None,
                    parent=node_record(parent) if parent is not None else None,
                    finess_commune=commune, eg_resource=eg_resource)


def _eg_above(s: Session, node: Node) -> tuple[str | None, dict[str, Any] | None]:
    """The FINESS commune and the resource of the EG above a node (the sync derives the commune from them)."""
    current: Node | None = node
    while current is not None:
        if current.kind == "EG":
            eg_fiche = s.get(Fiche, current.id)
            return ((current.finess_data or {}).get("commune") or None,
                    eg_fiche.resource if eg_fiche is not None else None)
        current = s.get(Node, current.parent_id) if current.parent_id else None
    return None, None

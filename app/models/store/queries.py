"""Reads shared by the store's managers, inside their session: a node, its structure, its subtree, its dossier."""
from __future__ import annotations

from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.rows import TREE_COLUMNS, DossierRow, FicheRecord, NodeRecord, NodeRow
from app.models.rules import RuleError, check_dossier_transition
from app.models.store.schema import Dossier, Fiche, Node, now_iso
from app.models.workflow import EDITABLE_DOSSIER_STATES, DossierState

TREE_COLS = [getattr(Node, c) for c in TREE_COLUMNS]
LOCKED_DOSSIER_STATES = (DossierState.IN_VALIDATION, DossierState.QUEUED, DossierState.AWAITING_DIRECTION)


def get_live(s: Session, node_id: int) -> Node:
    """The node, refused when it does not exist or is deleted."""
    node = s.get(Node, node_id)
    if node is None or node.deleted:
        raise RuleError("node-not-found", node_id=node_id)
    return node


def structure_of(s: Session, node: Node) -> Node:
    """The EG above a node (or the EJ for the EJ itself): the structure a dossier covers."""
    current = node
    while current.kind not in (Kind.EG, Kind.EJ) and current.parent_id is not None:
        parent = s.get(Node, current.parent_id)
        if parent is None:
            break
        current = parent
    return current


def subtree_ids(s: Session, root_id: int, include_deleted: bool = False) -> list[int]:
    ids, frontier = [root_id], [root_id]
    while frontier:
        stmt = select(Node.id).where(Node.parent_id.in_(frontier))
        if not include_deleted:
            stmt = stmt.where(Node.deleted.is_(False))
        frontier = list(s.scalars(stmt))
        ids.extend(frontier)
    return ids


def next_position(s: Session, parent_id: int | None) -> int:
    cond = Node.parent_id.is_(None) if parent_id is None else Node.parent_id == parent_id
    return int(s.scalar(select(func.coalesce(func.max(Node.position), -1)).where(cond)) or 0) + 1


def latest_dossier(s: Session, structure_id: int) -> Dossier | None:
    return s.scalars(select(Dossier).where(Dossier.structure_id == structure_id)
                     .order_by(Dossier.id.desc()).limit(1)).first()


def editable_dossier(s: Session, structure: Node) -> Dossier | None:
    """The structure's dossier when one is open for editing (open or rejected), else None."""
    d = latest_dossier(s, structure.id)
    return d if d is not None and d.state in EDITABLE_DOSSIER_STATES else None


def open_dossier(s: Session, structure: Node, changes: Changes, create: bool = True) -> Dossier | None:
    """The structure's editable dossier, opened when there is none; refused while the validator has it."""
    dossier = latest_dossier(s, structure.id)
    if dossier is not None and dossier.state in LOCKED_DOSSIER_STATES:
        raise RuleError("dossier-locked", state=dossier.state, name=structure.name)
    if dossier is None or dossier.state == DossierState.PUBLISHED:
        if not create:
            return None
        dossier = Dossier(structure_id=structure.id, state=DossierState.OPEN)
        s.add(dossier)
        s.flush()
        changes.dossiers.add(dossier.id)
    return dossier


def advance(d: Dossier, state: DossierState) -> None:
    """Move a dossier along its workflow (staying in its state is no move); refused when the rules forbid it."""
    if d.state != state:
        check_dossier_transition(d.state, state)
        d.state = state


def back_from_validation(s: Session, dossier_id: int, task_status: str | None) -> Dossier | None:
    """The dossier open again after its Task ended without publishing (withdrawn, or reopened on what the server
    lacks): no submission any more; None when the dossier is gone."""
    d = s.get(Dossier, dossier_id)
    if d is None:
        return None
    if d.state == DossierState.IN_VALIDATION:
        advance(d, DossierState.OPEN)
    d.task_status, d.submission_uid, d.sent_at, d.updated_at = task_status, None, None, now_iso()
    return d


def node_row(s: Session, node_id: int) -> NodeRow | None:
    r = s.execute(select(*TREE_COLS).where(Node.id == node_id)).first()
    return NodeRow(*r) if r is not None else None


def node_record(node: Node) -> NodeRecord:
    """Every column of a node, frozen (it may cross threads and outlive the session)."""
    return NodeRecord(**{c: getattr(node, c) for c in NodeRecord.__slots__})


def fiche_record(f: Fiche) -> FicheRecord:
    """A fiche's stored content, frozen, as the sync reads it."""
    return FicheRecord(node_id=f.node_id, questionnaire=f.questionnaire, answers=dict(f.answers or {}),
                       resource=f.resource, location=f.location)


def dossier_row(d: Dossier) -> DossierRow:
    return DossierRow(id=d.id, structure_id=d.structure_id, state=d.state, submission_uid=d.submission_uid,
                      task_id=d.task_id, task_status=d.task_status, comments=d.comments, sent_at=d.sent_at,
                      bundle_id=d.bundle_id, opened_at=d.opened_at, updated_at=d.updated_at)


def as_new(resource: dict[str, Any] | None) -> dict[str, Any] | None:
    """A copy of a resource that the server will see as new (no id, version or identifier)."""
    if not resource:
        return None
    return {k: v for k, v in resource.items() if k not in ("id", "meta", "identifier")}

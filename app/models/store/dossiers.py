"""`ws.dossiers`: the dossier collaboratif of each structure and its way through validation.

What the server says of a sent dossier (in validation, published, rejected) is written by `ws.server`.
"""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select

from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.rows import DossierRow, NodeRow
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.queries import (
    advance,
    dossier_row,
    editable_dossier,
    get_live,
    latest_dossier,
    structure_of,
    subtree_ids,
)
from app.models.store.schema import Dossier, Node, now_iso
from app.models.workflow import (
    EDITABLE_DOSSIER_STATES,
    DossierState,
    FicheStatus,
    OutboxOp,
)

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


class Dossiers:
    """Reads and commands of dossiers."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def of(self, node_id: int) -> DossierRow | None:
        """The latest dossier of the structure a node belongs to."""
        with self.ws.read() as s:
            structure = structure_of(s, get_live(s, node_id))
            d = latest_dossier(s, structure.id)
            return dossier_row(d) if d else None

    def get(self, dossier_id: int) -> DossierRow | None:
        with self.ws.read() as s:
            d = s.get(Dossier, dossier_id)
            return dossier_row(d) if d else None

    def all(self) -> list[DossierRow]:
        with self.ws.read() as s:
            return [dossier_row(d) for d in s.scalars(select(Dossier).order_by(Dossier.id))]

    def nodes(self, dossier_id: int) -> list[NodeRow]:
        """Every node of the dossier's structure (the structure itself and what sits under it)."""
        with self.ws.read() as s:
            d = s.get(Dossier, dossier_id)
            if d is None:
                return []
            ids = subtree_ids(s, d.structure_id, include_deleted=True)
        return self.ws.nodes.rows(ids)

    def has_open(self, node_id: int) -> bool:
        """Whether an edit of this node's content may be carried into an open dossier (the ROR asks the user)."""
        with self.ws.read() as s:
            return editable_dossier(s, structure_of(s, get_live(s, node_id))) is not None

    def send(self, structure_id: int, direction_confirmed: bool = False) -> Changes:
        """Ask for validation: every fiche must be green; sanitaire needs a Direction confirmation."""
        changes = Changes()
        with self.ws.write() as s:
            structure = get_live(s, structure_id)
            if structure.kind not in (Kind.EG, Kind.EJ):
                structure = structure_of(s, structure)
            d = latest_dossier(s, structure.id)
            if d is None or d.state not in (*EDITABLE_DOSSIER_STATES, DossierState.AWAITING_DIRECTION):
                raise RuleError("dossier-nothing-to-send")
            ids = subtree_ids(s, structure.id)
            pending = s.scalar(select(func.count()).where(Node.id.in_(ids), Node.kind == Kind.UO,
                                                          Node.status != FicheStatus.FINALISED)) or 0
            if pending:
                raise RuleError("dossier-not-green", count=pending)
            if structure.domaine == "sanitaire" and not direction_confirmed:
                advance(d, DossierState.AWAITING_DIRECTION)
            else:
                advance(d, DossierState.QUEUED)
                d.submission_uid = str(uuid.uuid4())
                d.sent_at = now_iso()
                outbox.append(s, changes, OutboxOp.SEND, structure, d.id, {"submission": d.submission_uid})
            d.updated_at = now_iso()
            changes.dossiers.add(d.id)
            changes.updated.add(structure.id)
        return changes

    def set_state(self, dossier_id: int, state: str, **fields: Any) -> Changes:
        """Move a dossier along its workflow (the sync, as the Task progresses or the server refuses it)."""
        with self.ws.write() as s:
            d = s.get(Dossier, dossier_id)
            if d is None:
                return Changes()
            advance(d, DossierState(state))
            for key, value in fields.items():
                setattr(d, key, value)
            d.updated_at = now_iso()
            return Changes(dossiers={dossier_id}, updated={d.structure_id})

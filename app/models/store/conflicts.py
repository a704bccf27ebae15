"""`ws.conflicts`: nodes the server changed or deleted under a local change, kept until the user chooses.

The server's copy ("theirs") lives in the `conflict` table; the user's ("mine") stays in the fiche. The node's
`conflict` flag (the orange mark) and its parked outbox entries go with it.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import Select, delete, select
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.fiche_service import fiche_answers
from app.models.pulled import NODE_COLUMNS
from app.models.rows import ConflictRow
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.queries import subtree_ids
from app.models.store.schema import ConflictCopy, Fiche, Node, now_iso
from app.models.workflow import OutboxOp, OutboxState

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


def put_conflict(s: Session, node: Node, theirs: dict[str, Any] | None, version: str | None,
                 reason: str = "changed") -> None:
    """Keep the server's copy beside the user's and flag the node (in the caller's transaction)."""
    node.conflict = True
    s.merge(ConflictCopy(node_id=node.id, reason=reason, server_version=version, resource=theirs,
                         created_at=now_iso()))


def deleted_on_server() -> Select[tuple[int]]:
    """The ids of nodes in a 'deleted' conflict (their resource is known to be gone from the server)."""
    return select(ConflictCopy.node_id).where(ConflictCopy.reason == "deleted")


class Conflicts:
    """Reads and resolution of conflicts."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def put(self, node_id: int, theirs: dict[str, Any], version: str | None, entry_ids: list[int]) -> Changes:
        """The server changed the fiche under us: keep theirs beside mine, park the node's entries."""
        with self.ws.write() as s:
            node = s.get(Node, node_id)
            if node is None:
                return Changes()
            put_conflict(s, node, theirs, version)
            outbox.mark(s, entry_ids, OutboxState.CONFLICT)
        return Changes(updated={node_id})

    def of(self, node_id: int) -> ConflictRow | None:
        with self.ws.read() as s:
            c = s.get(ConflictCopy, node_id)
            node = s.get(Node, node_id)
            if c is None or node is None or not node.conflict:
                return None
            return ConflictRow(node_id=c.node_id, reason=c.reason, server_version=c.server_version,
                               resource=c.resource)

    def nodes(self) -> list[int]:
        with self.ws.read() as s:
            return list(s.scalars(select(Node.id).where(Node.conflict.is_(True), Node.deleted.is_(False))
                                  .order_by(Node.id)))

    def resolve(self, node_id: int, *, version: str | None, answers: dict[str, Any] | None,
                resource: dict[str, Any], columns: dict[str, Any] | None = None,
                keep_dirty: bool = True) -> Changes:
        """Apply the user's merge: the fiche now holds it, based on the server's version, ready to be sent.

        With `keep_dirty` a direct 'update' entry goes to the outbox so the merge reaches the server.
        """
        changes = Changes(updated={node_id})
        with self.ws.write() as s:
            node = s.get(Node, node_id)
            if node is None or s.get(ConflictCopy, node_id) is None:
                raise RuleError("conflict-not-found")
            for key, value in (columns or {}).items():
                if key in NODE_COLUMNS and value is not None:
                    setattr(node, key, value)
            node.server_version = version
            node.conflict = False
            node.updated_at = now_iso()
            fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
            s.add(fiche)
            if not answers:  # the merge is the fiche now: its form reads it back
                fiche.questionnaire, answers = fiche_answers(node.kind, node.categorie, node.champ,
                                                             node.domaine,
                                                             [resource, fiche.location])
            fiche.answers = answers
            fiche.resource = resource
            fiche.updated_at = now_iso()
            s.delete(s.get(ConflictCopy, node_id))
            # Entries parked by the conflict are settled by this merge.
            outbox.settle(s, node_id=node_id, state=OutboxState.CONFLICT)
            node.dirty = keep_dirty
            if keep_dirty:
                outbox.append(s, changes, OutboxOp.UPDATE, node, None, {"direct": True, "merge": True})
        return changes

    def resolve_deleted(self, node_id: int, keep: bool) -> Changes:
        """A node deleted on the server while local work waited in its subtree.

        `keep` sends it again as a new unit (its parked entries become one creation; its subtree's go back to
        pending). Otherwise the deletion is accepted: the node and its subtree are tombstoned, the local work
        waiting for them is settled (what it changed no longer exists on the server).
        """
        changes = Changes()
        with self.ws.write() as s:
            node = s.get(Node, node_id)
            copy = s.get(ConflictCopy, node_id)
            if node is None or copy is None or copy.reason != "deleted":
                raise RuleError("conflict-not-found")
            s.delete(copy)
            node.conflict = False
            below = [n for n in subtree_ids(s, node_id) if n != node_id]
            outbox.settle(s, node_id=node_id, state=OutboxState.CONFLICT)
            stamp = now_iso()
            if keep:
                node.server_id = None
                node.server_version = None
                node.dirty = True
                node.updated_at = stamp
                fiche = s.get(Fiche, node_id)
                if fiche is not None and fiche.resource:
                    fiche.resource = {k: v for k, v in fiche.resource.items() if k not in ("id", "meta")}
                outbox.append(s, changes, OutboxOp.CREATE, node, None, {"direct": True, "recreated": True})
                changes.updated.add(node_id)
                free = list(s.scalars(select(Node.id).where(Node.id.in_(below), Node.conflict.is_(False))))
                outbox.unpark(s, free)
                return changes
            ids = [node_id, *below]
            for n in s.scalars(select(Node).where(Node.id.in_(ids))):
                n.deleted = True
                n.dirty = False
                n.conflict = False
                n.updated_at = stamp
                changes.removed.add(n.id)
            s.execute(delete(ConflictCopy).where(ConflictCopy.node_id.in_(ids)))
            outbox.settle(s, node_ids=ids, state=outbox.WAITING)
        return changes

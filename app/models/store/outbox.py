"""The outbox: local changes waiting for the server. This module is the table's only writer.

An entry is appended in the same transaction as the change it carries (`append`, called by the other managers
inside their session), and ends only when the server confirmed it (done). A server refusal marks it failed with
the server's message: it stays visible and can be retried or discarded. An entry parked by a conflict waits for
the user's choice. Undoing a change that was not sent yet withdraws its entries instead of adding opposite ones.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.refusals import Refusal, reason_json
from app.models.rows import OutboxRow
from app.models.rules import RuleError
from app.models.store.schema import Node, OutboxEntry, now_iso
from app.models.workflow import OutboxOp, OutboxState

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

WAITING = (OutboxState.PENDING, OutboxState.FAILED, OutboxState.CONFLICT)


def append(s: Session, changes: Changes, op: OutboxOp, node: Node | None, dossier_id: int | None,
           payload: dict[str, Any] | None = None) -> int:
    """Add one entry in the caller's transaction; its id goes into `changes.outbox`."""
    entry = OutboxEntry(op=op.value, node_id=node.id if node is not None else None, dossier_id=dossier_id,
                        payload=payload or {}, state=OutboxState.PENDING.value, attempts=0)
    s.add(entry)
    s.flush()
    changes.outbox.add(entry.id)
    return entry.id


def append_many(s: Session, changes: Changes,
                entries: list[tuple[OutboxOp, int, int | None, dict[str, Any]]]) -> list[int]:
    """Add many entries (op, node id, dossier id, payload) in the caller's transaction in one statement (a bulk
    edit of a thousand units); their ids, in order, go into `changes.outbox`."""
    if not entries:
        return []
    stamp = now_iso()
    rows = [{"created_at": stamp, "op": op.value, "node_id": node_id, "dossier_id": dossier_id,
             "payload": payload or {}, "state": OutboxState.PENDING.value, "attempts": 0}
            for op, node_id, dossier_id, payload in entries]
    last = s.scalar(select(func.max(OutboxEntry.id))) or 0
    s.execute(insert(OutboxEntry), rows)  # one executemany; ids follow the rows (the rowid after the largest)
    ids = list(s.scalars(select(OutboxEntry.id).where(OutboxEntry.id > last).order_by(OutboxEntry.id)))
    changes.outbox.update(ids)
    return ids


def withdraw(s: Session, entry_ids: set[int] | None) -> bool:
    """Remove entries that are all still pending (the change they carry is undone before it was sent).

    Returns False, removing nothing, when one of them was sent or refused meanwhile: the undo then goes to the
    server as a change of its own.
    """
    if not entry_ids:
        return False
    states = list(s.scalars(select(OutboxEntry.state).where(OutboxEntry.id.in_(entry_ids))))
    if len(states) != len(entry_ids) or any(st != OutboxState.PENDING for st in states):
        return False
    s.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(entry_ids)))
    return True


def drop_for_nodes(s: Session, node_ids: list[int]) -> None:
    """Remove every entry of nodes that are removed for good (never sent, undone)."""
    s.execute(delete(OutboxEntry).where(OutboxEntry.node_id.in_(node_ids)))


def waiting_nodes(s: Session, node_ids: list[int]) -> set[int]:
    """Those nodes that still have a change waiting for the server (pending, refused or in conflict)."""
    return set(s.scalars(select(OutboxEntry.node_id).where(OutboxEntry.node_id.in_(node_ids),
                                                             OutboxEntry.state.in_([w.value for w in WAITING]))))


def has_entries(s: Session, dossier_id: int) -> bool:
    return bool(s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.dossier_id == dossier_id)))


def mark(s: Session, entry_ids: list[int], state: OutboxState) -> None:
    if entry_ids:
        s.execute(update(OutboxEntry).where(OutboxEntry.id.in_(entry_ids)).values(state=state.value))


def settle(s: Session, *, node_id: int | None = None, dossier_id: int | None = None,
           state: OutboxState | tuple[OutboxState, ...] = OutboxState.PENDING,
           node_ids: list[int] | None = None) -> None:
    """Mark done the entries of a node, of nodes (or a dossier) in `state`: what they carried is settled
    otherwise."""
    states = [st.value for st in (state if isinstance(state, tuple) else (state,))]
    stmt = update(OutboxEntry).where(OutboxEntry.state.in_(states))
    if node_id is not None:
        stmt = stmt.where(OutboxEntry.node_id == node_id)
    if node_ids is not None:
        stmt = stmt.where(OutboxEntry.node_id.in_(node_ids))
    if dossier_id is not None:
        stmt = stmt.where(OutboxEntry.dossier_id == dossier_id)
    s.execute(stmt.values(state=OutboxState.DONE.value))


def park(s: Session, node_ids: int | list[int]) -> None:
    """The nodes' waiting entries wait for the user's choice on a conflict."""
    ids = [node_ids] if isinstance(node_ids, int) else node_ids
    s.execute(update(OutboxEntry).where(OutboxEntry.node_id.in_(ids),
                                        OutboxEntry.state.in_([OutboxState.PENDING.value, OutboxState.FAILED.value]))
              .values(state=OutboxState.CONFLICT.value))


def unpark(s: Session, node_ids: list[int]) -> None:
    """Entries parked with another node's conflict (its subtree's) go back to pending once it is settled."""
    if node_ids:
        s.execute(update(OutboxEntry).where(OutboxEntry.node_id.in_(node_ids),
                                            OutboxEntry.state == OutboxState.CONFLICT.value)
                  .values(state=OutboxState.PENDING.value))


def _row(e: OutboxEntry) -> OutboxRow:
    return OutboxRow(id=e.id, op=e.op, node_id=e.node_id, dossier_id=e.dossier_id, payload=e.payload or {},
                     state=e.state, attempts=e.attempts, created_at=e.created_at, last_error=e.last_error,
                     last_reason=e.last_reason)


class Outbox:
    """`ws.outbox`: what waits for the server, and what the sync says of it."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def pending(self, limit: int | None = None) -> list[OutboxRow]:
        stmt = select(OutboxEntry).where(OutboxEntry.state == OutboxState.PENDING.value).order_by(OutboxEntry.id)
        if limit:
            stmt = stmt.limit(limit)
        with self.ws.read() as s:
            return [_row(e) for e in s.scalars(stmt)]

    def failed(self) -> list[OutboxRow]:
        """Changes the server refused: shown with its message, until retried or discarded."""
        stmt = select(OutboxEntry).where(OutboxEntry.state == OutboxState.FAILED.value).order_by(OutboxEntry.id)
        with self.ws.read() as s:
            return [_row(e) for e in s.scalars(stmt)]

    def entries(self) -> list[OutboxRow]:
        """Every entry not done yet (pending, failed, parked by a conflict), oldest first."""
        stmt = select(OutboxEntry).where(OutboxEntry.state.in_([w.value for w in WAITING])).order_by(OutboxEntry.id)
        with self.ws.read() as s:
            return [_row(e) for e in s.scalars(stmt)]

    def count(self) -> int:
        """Entries waiting to be sent or refused: what the status bar shows."""
        with self.ws.read() as s:
            return int(s.scalar(select(func.count()).select_from(OutboxEntry).where(
                OutboxEntry.state.in_([OutboxState.PENDING.value, OutboxState.FAILED.value]))) or 0)

    def done(self, entry_ids: list[int]) -> None:
        """The server confirmed these entries (or they no longer have anything to carry)."""
        if entry_ids:
            with self.ws.write() as s:
                mark(s, entry_ids, OutboxState.DONE)

    def failed_with(self, entry_ids: list[int], error: Refusal | str) -> Changes:
        """The server refused these entries: kept, with its message, on the node's fiche."""
        with self.ws.write() as s:
            s.execute(update(OutboxEntry).where(OutboxEntry.id.in_(entry_ids))
                      .values(state=OutboxState.FAILED.value, last_error=str(error), last_reason=reason_json(error),
                              attempts=OutboxEntry.attempts + 1))
            nodes = set(s.scalars(select(OutboxEntry.node_id).where(OutboxEntry.id.in_(entry_ids),
                                                                      OutboxEntry.node_id.is_not(None))))
        return Changes(updated={n for n in nodes if n is not None})

    def attempted(self, entry_ids: list[int], error: Refusal | str) -> None:
        """A transient failure (outage, time-out): the entries stay pending, the attempt is counted."""
        with self.ws.write() as s:
            s.execute(update(OutboxEntry).where(OutboxEntry.id.in_(entry_ids))
                      .values(last_error=str(error), last_reason=reason_json(error),
                              attempts=OutboxEntry.attempts + 1))

    def retry(self, entry_ids: list[int]) -> Changes:
        """Send refused entries again (the user corrected the fiche, or the server's rule changed)."""
        with self.ws.write() as s:
            rows = list(s.scalars(select(OutboxEntry).where(OutboxEntry.id.in_(entry_ids))))
            if not rows or any(e.state != OutboxState.FAILED for e in rows):
                raise RuleError("outbox-not-failed")
            for e in rows:
                e.state = OutboxState.PENDING.value
            return Changes(updated={e.node_id for e in rows if e.node_id is not None})

    def discard(self, entry_ids: list[int]) -> Changes:
        """Give up refused entries: the node takes the server's copy back at the next pull."""
        with self.ws.write() as s:
            rows = list(s.scalars(select(OutboxEntry).where(OutboxEntry.id.in_(entry_ids))))
            if not rows or any(e.state != OutboxState.FAILED for e in rows):
                raise RuleError("outbox-not-failed")
            nodes = {e.node_id for e in rows if e.node_id is not None}
            s.execute(delete(OutboxEntry).where(OutboxEntry.id.in_(entry_ids)))
            still = waiting_nodes(s, list(nodes))
            for node in s.scalars(select(Node).where(Node.id.in_(nodes))):
                if node.id not in still and node.server_id is not None:
                    node.dirty = False
                    node.server_version = None  # the next pull takes the server's copy again
            return Changes(updated=nodes)

"""`ws.dossiers`: the dossier collaboratif of each structure and its way through validation.

What the server says of a sent dossier (in validation, published, rejected) is written by `ws.server`.
"""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.refusals import Refusal
from app.models.rows import DossierRow, NodeRow
from app.models.rules import RuleError
from app.models.store import dossier_work, outbox
from app.models.store.fiches import fiche_problems
from app.models.store.queries import (
    advance,
    back_from_validation,
    dossier_row,
    editable_dossier,
    get_live,
    latest_dossier,
    structure_of,
    subtree_ids,
)
from app.models.store.schema import Dossier, Fiche, Node, OutboxEntry, Setting, now_iso
from app.models.workflow import (
    EDITABLE_DOSSIER_STATES,
    DossierState,
    FicheStatus,
    OutboxOp,
    OutboxState,
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
        """Ask for validation: no fiche of the dossier may have a blocking problem (each is checked again here,
        with the one validation) and every unit's fiche must be finalised; sanitaire needs a Direction
        confirmation."""
        changes = Changes()
        with self.ws.write() as s:
            structure = get_live(s, structure_id)
            if structure.kind not in (Kind.EG, Kind.EJ):
                structure = structure_of(s, structure)
            d = latest_dossier(s, structure.id)
            if d is None or d.state not in (*EDITABLE_DOSSIER_STATES, DossierState.AWAITING_DIRECTION):
                raise RuleError("dossier-nothing-to-send")
            refusal = _not_ready(s, structure)
            if refusal is not None:
                raise refusal
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

    def states(self) -> dict[int, str]:
        """The state of each structure's latest dossier, by structure id (the tree's aggregate marks)."""
        latest = select(Dossier.structure_id, func.max(Dossier.id)).group_by(Dossier.structure_id).subquery()
        stmt = select(Dossier.structure_id, Dossier.state).join(latest, Dossier.id == latest.c[1])
        with self.ws.read() as s:
            return {sid: state for sid, state in s.execute(stmt).tuples()}

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

    def reopen(self, dossier_id: int, key: str, task_status: str | None = None, **args: Any) -> Changes:
        """The server does not hold what the dossier in validation proposed (its Task gone, completed without
        the content, or a resource changed there meanwhile): the dossier is open again with the reason (a
        Refusal key and its arguments, the French text in "comment"), and the entries of its changes not on
        the server (nodes still changed) wait again: nothing is lost, it can be sent again."""
        with self.ws.write() as s:
            d = back_from_validation(s, dossier_id, task_status)
            if d is None:
                return Changes()
            d.comments = {"comment": str(Refusal(key, **args)), "key": key, "args": args}
            changed = select(Node.id).where(Node.dirty.is_(True))
            again = list(s.scalars(select(OutboxEntry.id).where(
                OutboxEntry.dossier_id == d.id, OutboxEntry.state == OutboxState.DONE.value,
                OutboxEntry.op.not_in([OutboxOp.SEND.value, OutboxOp.WITHDRAW.value]),
                OutboxEntry.node_id.in_(changed))))
            if again:
                s.execute(update(OutboxEntry).where(OutboxEntry.id.in_(again))
                          .values(state=OutboxState.PENDING.value))
            return Changes(dossiers={dossier_id}, updated={d.structure_id}, outbox=set(again))

    def rebase(self, node_id: int, version: str | None = None, location: dict[str, Any] | None = None) -> Changes:
        """What a reopened dossier proposes is now based on what the server holds: the node's resource at
        `version` (it holds the dossier's content already), or the server's copy of its Location; the node stays
        changed, so the dossier sent again carries these versions (If-Match) and is not refused on them."""
        with self.ws.write() as s:
            node = s.get(Node, node_id)
            if node is None:
                return Changes()
            if version:
                node.server_version = version
            fiche = s.get(Fiche, node_id) if location is not None else None
            if fiche is not None:
                fiche.location = location
            return Changes(updated={node_id})

    def carry_choice(self, node_id: int) -> bool | None:
        """The answer given for this fiche to "carry the edit into the open dossier?", or None (ask): it holds
        until the dossier is sent (a sent dossier's `sent_at` changes, a published one is followed by a new one)."""
        with self.ws.read() as s:
            d = editable_dossier(s, structure_of(s, get_live(s, node_id)))
            row = s.get(Setting, _carry_key(d.id, node_id)) if d is not None else None
            if d is None or row is None or not row.value:
                return None
            answer, _sep, sent = row.value.partition("|")
            return answer == "yes" if sent == (d.sent_at or "") else None

    def remember_carry(self, node_id: int, carry: bool) -> Changes:
        """Keep the user's answer for this fiche while its structure's dossier stays open (nothing to redraw)."""
        with self.ws.write() as s:
            d = editable_dossier(s, structure_of(s, get_live(s, node_id)))
            if d is not None:
                s.merge(Setting(key=_carry_key(d.id, node_id), value=f"{'yes' if carry else 'no'}|{d.sent_at or ''}"))
        return Changes()


    # ------------------------------------------------------------------ before sending (dossier_work.py)
    def open_on(self, node_id: int) -> Changes:
        """Open a dossier on the structure (EG or EJ) of a node."""
        with self.ws.write() as s:
            return dossier_work.open_on(s, node_id)

    def checklist(self, node_id: int) -> list[dossier_work.Blocker]:
        """What blocks the sending of the structure's dossier, fiche by fiche (empty: it may be sent)."""
        with self.ws.read() as s:
            return dossier_work.checklist(s, dossier_work.structure_for(s, node_id))

    def finalise_complete(self, node_id: int) -> tuple[Changes, list[int], set[int]]:
        """Finalise, in one transaction, every fiche of the dossier nothing blocks: (changes, the fiches
        finalised, the outbox entries appended), what `unfinalise` needs to take it back in one step."""
        with self.ws.write() as s:
            structure = dossier_work.structure_for(s, node_id)
            return dossier_work.finalise_complete(s, structure, self.ws.fiches.finalise)

    def unfinalise(self, node_ids: list[int], undoing: set[int]) -> Changes:
        with self.ws.write() as s:
            return dossier_work.unfinalise(s, node_ids, undoing)

    def withdraw(self, node_id: int) -> Changes:
        """Withdraw the structure's sent dossier (at once when it has not reached the server)."""
        with self.ws.write() as s:
            return dossier_work.withdraw(s, node_id)

    def pending_split(self) -> tuple[int, int]:
        """(changes waiting in dossiers, direct changes waiting for the next sync)."""
        with self.ws.read() as s:
            return dossier_work.pending_split(s)

    def summaries(self) -> list[dossier_work.DossierSummary]:
        """Each structure's latest dossier, for the Dossiers panel."""
        with self.ws.read() as s:
            return dossier_work.summaries(s)


def _carry_key(dossier_id: int, node_id: int) -> str:
    return f"dossier.{dossier_id}.carry.{node_id}"


SHOWN_NAMES = 5


def _not_ready(s: Session, structure: Node) -> RuleError | None:
    """Why the structure's dossier may not be sent: fiches with blocking problems (checked now), then units
    not finalised. The fiches of the dossier are the structure's and those of the units under it that no
    other structure holds (an EJ's dossier holds its own fiche, each EG has its own)."""
    ids = subtree_ids(s, structure.id)
    nodes = {n.id: n for n in s.scalars(select(Node).where(Node.id.in_(ids)))}
    mine = [n for n in nodes.values() if n.id == structure.id or structure_of(s, n).id == structure.id]
    fiches = {f.node_id: f for f in s.scalars(select(Fiche).where(Fiche.node_id.in_([n.id for n in mine])))}
    with_problems = [n for n in mine if any(p.blocking for p in fiche_problems(s, n, fiches.get(n.id)))]
    if with_problems:
        names = ", ".join(f"« {n.name} »" for n in with_problems[:SHOWN_NAMES])
        more = len(with_problems) - SHOWN_NAMES
        names += f" (+{more})" if more > 0 else ""
        return RuleError("dossier-problems", count=len(with_problems), names=names)
    pending = [n for n in mine if n.kind not in (Kind.EG, Kind.EJ) and n.status != FicheStatus.FINALISED]
    if pending:
        return RuleError("dossier-not-green", count=len(pending))
    return None

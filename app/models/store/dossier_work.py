"""The work on a dossier before it is sent (reached through `ws.dossiers`): open one on a structure, what blocks
its sending (the pre-send checklist), finalise every complete fiche in one step and undo it, withdraw it.

The checklist is the same check `ws.dossiers.send` makes (the one validation, app/models/validation), listed
fiche by fiche so the window can link each line to its fiche and disable the send while one remains.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.fiche_service import form_id_for
from app.models.kinds import Kind
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.fiches import fiche_problems
from app.models.store.nodes import touch
from app.models.store.queries import LOCKED_DOSSIER_STATES, advance, get_live, latest_dossier, subtree_ids
from app.models.store.schema import Dossier, Fiche, Node, OutboxEntry, now_iso
from app.models.validation import Problem
from app.models.workflow import EDITABLE_DOSSIER_STATES, DossierState, FicheStatus, OutboxOp, OutboxState

PROBLEMS, DRAFT, UNSAVED = "problems", "draft", "unsaved"


@dataclass(frozen=True, slots=True)
class Blocker:
    """One fiche that keeps the dossier from being sent, and why (PROBLEMS, UNSAVED or DRAFT)."""

    node_id: int
    name: str
    kind: str
    reason: str
    problems: tuple[Problem, ...] = ()
    form: str | None = None  # the fiche's form id: where each problem is, in words


@dataclass(frozen=True, slots=True)
class DossierSummary:
    """A structure's latest dossier as the Dossiers panel lists it (counts from the stored statuses)."""

    structure_id: int
    structure_name: str
    structure_kind: str
    finess: str | None
    dossier_id: int
    state: str
    withdrawing: bool
    drafts: int
    with_problems: int
    sent_at: str | None
    comment: str | None


def structure_for(s: Session, node_id: int) -> Node:
    """The EG or EJ a dossier covers, for a node of it (refused for a node with none above)."""
    node = get_live(s, node_id)
    current: Node | None = node
    while current is not None and current.kind not in (Kind.EG, Kind.EJ):
        current = s.get(Node, current.parent_id) if current.parent_id is not None else None
    if current is None:
        raise RuleError("dossier-not-structure", name=node.name)
    return current


def dossier_nodes(s: Session, structure: Node) -> list[Node]:
    """The live nodes whose fiches the structure's dossier holds, depth first by position (an EJ's dossier holds
    its own fiche only, each EG has its own)."""
    if structure.kind == Kind.EJ:
        return [structure]
    ids = subtree_ids(s, structure.id)
    nodes = list(s.scalars(select(Node).where(Node.id.in_(ids))))
    by_parent: dict[int | None, list[Node]] = {}
    for n in nodes:
        by_parent.setdefault(n.parent_id, []).append(n)
    ordered: list[Node] = []
    stack = [structure]
    while stack:
        node = stack.pop()
        ordered.append(node)
        stack.extend(sorted(by_parent.get(node.id, []), key=lambda n: n.position, reverse=True))
    return ordered


def checklist(s: Session, structure: Node) -> list[Blocker]:
    """What blocks the sending, fiche by fiche in tree order: blocking problems (checked now), a draft not
    saved, a unit's fiche not finalised."""
    nodes = dossier_nodes(s, structure)
    fiches = {f.node_id: f for f in s.scalars(select(Fiche).where(Fiche.node_id.in_([n.id for n in nodes])))}
    found: list[Blocker] = []
    for n in nodes:
        fiche = fiches.get(n.id)
        blocking = tuple(p for p in fiche_problems(s, n, fiche) if p.blocking)
        if blocking:
            form = form_id_for(n.kind, n.categorie, n.champ, n.domaine, fiche.questionnaire if fiche else None)
            found.append(Blocker(n.id, n.name, str(n.kind), PROBLEMS, blocking, form))
        elif fiche is not None and fiche.draft:
            found.append(Blocker(n.id, n.name, str(n.kind), UNSAVED))
        elif n.kind not in (Kind.EG, Kind.EJ) and n.status != FicheStatus.FINALISED:
            found.append(Blocker(n.id, n.name, str(n.kind), DRAFT))
    return found


def open_on(s: Session, node_id: int) -> Changes:
    """Open a dossier on the structure of a node; refused when one is open already or the validator has it."""
    structure = structure_for(s, node_id)
    d = latest_dossier(s, structure.id)
    if d is not None and d.state in EDITABLE_DOSSIER_STATES:
        raise RuleError("dossier-exists", name=structure.name)
    if d is not None and d.state in LOCKED_DOSSIER_STATES:
        raise RuleError("dossier-locked", state=d.state, name=structure.name)
    d = Dossier(structure_id=structure.id, state=DossierState.OPEN)
    s.add(d)
    s.flush()
    return Changes(dossiers={d.id}, updated={structure.id})


def finalise_complete(s: Session, structure: Node, finalise: Any) -> tuple[Changes, list[int], set[int]]:
    """Finalise every fiche of the dossier that nothing blocks but its draft status: (changes, node ids
    finalised, outbox entries appended) so that one undo takes all of them back. `finalise(node_id)` is the
    store's own `ws.fiches.finalise` (the same check, the same outbox entry)."""
    changes = Changes()
    done: list[int] = []
    for blocker in checklist(s, structure):
        if blocker.reason != DRAFT:
            continue
        changes.merge(finalise(blocker.node_id))
        done.append(blocker.node_id)
    return changes, done, set(changes.outbox)


def unfinalise(s: Session, node_ids: list[int], undoing: set[int]) -> Changes:
    """Take back a `finalise_complete`: the fiches are drafts again; their entries are withdrawn while still
    pending (else the dossier was sent meanwhile: refused, nothing changed)."""
    changes = Changes()
    nodes = list(s.scalars(select(Node).where(Node.id.in_(node_ids), Node.deleted.is_(False))))
    for node in nodes:
        d = latest_dossier(s, structure_for(s, node.id).id)
        if d is not None and d.state in LOCKED_DOSSIER_STATES:
            raise RuleError("dossier-locked", state=d.state, name=node.name)
    outbox.withdraw(s, undoing)
    for node in nodes:
        if node.status == FicheStatus.FINALISED:
            node.status = FicheStatus.DRAFT
            touch(node)
            changes.updated.add(node.id)
    return changes


def withdraw(s: Session, node_id: int) -> Changes:
    """Withdraw a sent dossier. Not yet on the server (queued, or waiting for the Direction): it is open again
    at once and its sending leaves the outbox. In validation: an entry asks the server to cancel its Task
    (it waits in the outbox like every change; the dossier opens again when the server has cancelled it)."""
    structure = structure_for(s, node_id)
    d = latest_dossier(s, structure.id)
    if d is None or d.state not in (DossierState.QUEUED, DossierState.AWAITING_DIRECTION,
                                    DossierState.IN_VALIDATION):
        raise RuleError("dossier-nothing-to-withdraw", name=structure.name)
    changes = Changes(dossiers={d.id}, updated={structure.id})
    if d.state == DossierState.IN_VALIDATION:
        if not withdrawing(s, d.id):
            outbox.append(s, changes, OutboxOp.WITHDRAW, structure, d.id, {"task": d.task_id})
        return changes
    sends = set(s.scalars(select(OutboxEntry.id).where(OutboxEntry.dossier_id == d.id,
                                                       OutboxEntry.op == OutboxOp.SEND.value,
                                                       OutboxEntry.state == OutboxState.PENDING.value)))
    if sends:
        outbox.withdraw(s, sends)
    advance(d, DossierState.OPEN)
    d.submission_uid, d.sent_at, d.updated_at = None, None, now_iso()
    return changes


def withdrawing(s: Session, dossier_id: int) -> bool:
    """Whether a withdrawal of the dossier waits for the server."""
    return s.scalar(select(OutboxEntry.id).where(
        OutboxEntry.dossier_id == dossier_id, OutboxEntry.op == OutboxOp.WITHDRAW.value,
        OutboxEntry.state.in_([OutboxState.PENDING.value, OutboxState.FAILED.value])).limit(1)) is not None


def summaries(s: Session) -> list[DossierSummary]:
    """Each structure's latest dossier, by structure name, with its drafts and fiches with problems (stored)."""
    latest: dict[int, Dossier] = {}
    for d in s.scalars(select(Dossier).order_by(Dossier.id)):
        latest[d.structure_id] = d
    found: list[DossierSummary] = []
    for structure_id, d in latest.items():
        structure = s.get(Node, structure_id)
        if structure is None or structure.deleted:
            continue
        nodes = dossier_nodes(s, structure)
        drafts = sum(1 for n in nodes if n.kind not in (Kind.EG, Kind.EJ) and n.status != FicheStatus.FINALISED)
        problems = sum(1 for n in nodes if n.problems)
        comment = (d.comments or {}).get("comment") if isinstance(d.comments, dict) else None
        found.append(DossierSummary(structure.id, structure.name, str(structure.kind), structure.finess, d.id,
                                    d.state, withdrawing(s, d.id), drafts, problems, d.sent_at, comment))
    return sorted(found, key=lambda x: (x.structure_name.casefold(), x.structure_id))


def pending_split(s: Session) -> tuple[int, int]:
    """(changes kept in dossiers until they are sent, direct changes the next sync sends): what the status bar's
    count is made of (pending and refused entries, as `ws.outbox.count`)."""
    waiting = [OutboxState.PENDING.value, OutboxState.FAILED.value]
    rows = s.execute(select(OutboxEntry.dossier_id.is_(None), func.count()).where(OutboxEntry.state.in_(waiting))
                     .group_by(OutboxEntry.dossier_id.is_(None))).tuples().all()
    found = {bool(direct): int(n) for direct, n in rows}
    return found.get(False, 0), found.get(True, 0)

"""`ws.published`: what the server last published of each unit (the diff's base) and each EG's date of last
publication or yearly confirmation (the yearly update).

Written when a dossier is published (`record_nodes`, from `ws.server.dossier_published`), when a pull brings
a server version (`record_pulled`, from the pull's apply) and by the yearly confirmation (`confirm`).
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, func, select, text, type_coerce
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.diff import DossierDiff, UnitState, diff_units
from app.models.fiche_service import questionnaire
from app.models.forms.questionnaire import Questionnaire
from app.models.forms_catalog import form_of_canonical, list_forms, questionnaire_for
from app.models.kinds import Kind
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.queries import get_live, structure_of, subtree_ids
from app.models.store.schema import Fiche, Node, Published, now_iso
from app.models.workflow import OutboxOp

if TYPE_CHECKING:
    from collections.abc import Iterable

    from app.models.store.workspace import Workspace


@dataclass(slots=True, frozen=True)
class PublishedRow:
    """One node as last published (plain, crosses threads)."""

    node_id: int
    structure_id: int
    kind: str
    name: str
    parent_id: int | None
    answers: dict[str, Any]
    published_at: str
    confirmed_at: str | None


def _rows(s: Session, where: Any) -> list[PublishedRow]:
    """The published rows matching `where`, each with its answers: its own copy, else (NULL) its fiche's, read
    in the same query."""
    found = s.execute(select(Published, Fiche.answers).outerjoin(Fiche, Fiche.node_id == Published.node_id)
                      .where(where)).tuples()
    return [PublishedRow(p.node_id, p.structure_id, p.kind, p.name, p.parent_id,
                         dict((p.answers if p.answers is not None else answers) or {}), p.published_at,
                         p.confirmed_at) for p, answers in found]


def record_nodes(s: Session, nodes: Iterable[Node], at: str | None = None) -> None:
    """These nodes are now what the server publishes (a deleted one is no longer published); their answers are
    their fiches' (NULL here: see `Published`)."""
    stamp = at or now_iso()
    for node in nodes:
        if node.deleted:
            existing = s.get(Published, node.id)
            if existing is not None:
                s.delete(existing)
            continue
        structure = structure_of(s, node)
        kept = s.get(Published, node.id)
        if kept is None:
            kept = Published(node_id=node.id)
            s.add(kept)
        kept.structure_id = structure.id
        kept.kind = str(node.kind)
        kept.name = node.name
        kept.parent_id = node.parent_id
        kept.answers = None
        kept.published_at = stamp


def record_pulled(s: Session, node_ids: Iterable[int], stamps: dict[int, str] | None = None) -> None:
    """Nodes a pull brought in the server's version (those not changed locally), in bulk: a pull of thousands
    of units reads the tree once and writes the rows in one statement per chunk. Call it once the fiches hold
    the pulled answers: the published answers are the fiches' (NULL here: see `Published`)."""
    ids = sorted(set(node_ids))
    if not ids:
        return
    stamps = stamps or {}
    tree = {i: (k, p) for i, k, p in s.execute(select(Node.id, Node.kind, Node.parent_id)).tuples()}

    def structure(node_id: int) -> int:
        current = node_id
        while tree[current][0] not in (Kind.EG, Kind.EJ) and tree[current][1] is not None:
            current = tree[current][1]  # type: ignore[assignment]
        return current

    stamp = now_iso()
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        rows = s.execute(select(Node.id, Node.kind, Node.name, Node.parent_id)
                         .where(Node.id.in_(chunk), Node.dirty.is_(False), Node.deleted.is_(False))).tuples()
        values = [{"node_id": i, "structure_id": structure(i), "kind": str(k), "name": n or "", "parent_id": p,
                   "published_at": stamps.get(i) or stamp}
                  for i, k, n, p in rows]
        if values:
            s.execute(_UPSERT, values)


# executemany of one statement; the answers are the fiche's (NULL)
_UPSERT = text(
    "INSERT INTO published (node_id, structure_id, kind, name, parent_id, answers, published_at) "
    "VALUES (:node_id, :structure_id, :kind, :name, :parent_id, NULL, :published_at) "
    "ON CONFLICT (node_id) DO UPDATE SET structure_id = excluded.structure_id, kind = excluded.kind, "
    "name = excluded.name, parent_id = excluded.parent_id, answers = NULL, "
    "published_at = excluded.published_at")
_RAW_ANSWERS = type_coerce(Fiche.answers, Text)  # the stored JSON text: equal texts need no decoding


def _current_units(s: Session, ids: list[int]) -> list[UnitState]:
    """The units as they stand (tombstones included), in tree order (depth first, by position)."""
    found: list[tuple[Any, ...]] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start:start + 500]
        found.extend(s.execute(select(Node.id, Node.kind, Node.name, Node.parent_id, Node.position, Node.deleted,
                                      Node.categorie, Node.champ, Node.domaine, _RAW_ANSWERS, Fiche.questionnaire)
                               .outerjoin(Fiche, Fiche.node_id == Node.id).where(Node.id.in_(chunk))).tuples())
    by_parent: dict[int | None, list[tuple[Any, ...]]] = {}
    for row in found:
        by_parent.setdefault(row[3], []).append(row)
    known = {row[0] for row in found}
    roots = [row for row in found if row[3] not in known]
    ordered: list[UnitState] = []
    stack = sorted(roots, key=lambda r: r[4], reverse=True)
    while stack:
        i, kind, name, parent, _pos, deleted, categorie, champ, domaine, answers, form = stack.pop()
        ordered.append(UnitState(i, str(kind), name or "", parent, {},
                                 _form_id(str(kind), form, categorie, champ, domaine), bool(deleted), raw=answers))
        stack.extend(sorted(by_parent.get(i, []), key=lambda r: r[4], reverse=True))
    return ordered


def _form_id(kind: str, stored: str | None, categorie: str | None, champ: str | None,
             domaine: str | None) -> str:
    if stored and stored in list_forms():
        return stored
    return (form_of_canonical(stored) if stored else None) or questionnaire_for(kind, categorie, champ, domaine)


def _questionnaire(unit: UnitState) -> Questionnaire | None:
    return questionnaire(unit.form) if unit.form else None


class PublishedStore:
    """Reads of the last published state; the yearly confirmation."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def dates(self) -> dict[int, str | None]:
        """Each live EG -> the ISO date of its last publication or yearly confirmation (None: never)."""
        latest = (select(Published.structure_id, func.max(Published.published_at))
                  .group_by(Published.structure_id))
        confirmed = select(Published.node_id, Published.confirmed_at).where(Published.confirmed_at.is_not(None))
        with self.ws.read() as s:
            egs = list(s.scalars(select(Node.id).where(Node.kind == Kind.EG, Node.deleted.is_(False))))
            published = {sid: at for sid, at in s.execute(latest).tuples() if at}
            confirmations = {nid: at for nid, at in s.execute(confirmed).tuples()}
        found: dict[int, str | None] = {}
        for eg in egs:
            candidates = [d for d in (published.get(eg), confirmations.get(eg)) if d]
            found[eg] = max(candidates) if candidates else None
        return found

    def of_structure(self, structure_id: int) -> list[PublishedRow]:
        """The published rows of a structure: itself and its units, as last published."""
        with self.ws.read() as s:
            return _rows(s, Published.structure_id == structure_id)

    def get(self, node_id: int) -> PublishedRow | None:
        with self.ws.read() as s:
            return next(iter(_rows(s, Published.node_id == node_id)), None)

    def structure_by_finess(self, finess: str) -> int | None:
        """The live EG (else EJ) holding this FINESS number, or None."""
        with self.ws.read() as s:
            rows = s.execute(select(Node.id, Node.kind).where(Node.finess == finess, Node.deleted.is_(False),
                                                              Node.kind.in_([Kind.EG, Kind.EJ]))).tuples().all()
        return next((i for i, k in rows if k == Kind.EG), rows[0][0] if rows else None)

    def diff(self, structure_id: int) -> DossierDiff:
        """What the structure's units change against their last published version (app/models/diff.py)."""
        with self.ws.read() as s:
            structure = get_live(s, structure_id)
            if structure.kind not in (Kind.EG, Kind.EJ):
                structure = structure_of(s, structure)
            ids = [structure.id] if structure.kind == Kind.EJ else subtree_ids(s, structure.id, include_deleted=True)
            current = _current_units(s, ids)
            published = [UnitState(i, str(k), n or "", p, {}, raw=a) for i, k, n, p, a in s.execute(
                select(Published.node_id, Published.kind, Published.name, Published.parent_id,
                       func.coalesce(type_coerce(Published.answers, Text), _RAW_ANSWERS, "{}"))
                .outerjoin(Fiche, Fiche.node_id == Published.node_id)
                .where(Published.structure_id == structure.id)).tuples()]
            when = s.execute(select(func.max(Published.published_at), func.max(Published.confirmed_at))
                             .where(Published.structure_id == structure.id)).tuples().first()
            name, sid = structure.name, structure.id
        last = max((d for d in (when or ()) if d), default=None)
        return diff_units(sid, name, published, current, _questionnaire, last)

    def record(self, node_ids: Iterable[int], stamps: dict[int, str] | None = None) -> Changes:
        """Take these nodes (in step with the server) as published, each at its date in `stamps` or now: a
        tree loaded as published (the demo, seeding)."""
        with self.ws.write() as s:
            record_pulled(s, node_ids, stamps)
        return Changes()

    def confirm(self, eg_id: int, at: str | None = None) -> Changes:
        """Confirm an EG's offer without change (the yearly update): the date is kept and an update of its
        last-modified date waits in the outbox. Refused for an EG the server never published."""
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, eg_id)
            if node.kind != Kind.EG:
                raise RuleError("yearly-not-eg", name=node.name)
            kept = s.get(Published, node.id)
            if kept is None or not node.server_id:
                raise RuleError("yearly-never-published", name=node.name)
            waiting = s.scalar(select(func.count()).select_from(Node).where(
                Node.id.in_(subtree_ids(s, node.id, include_deleted=True)), Node.dirty.is_(True)))
            if waiting:
                raise RuleError("yearly-changes-waiting", name=node.name, count=waiting)
            stamp = at or now_iso()
            kept.confirmed_at = stamp
            outbox.append(s, changes, OutboxOp.CONFIRM, node, None, {"confirmed_at": stamp})
            changes.updated.add(node.id)
        return changes

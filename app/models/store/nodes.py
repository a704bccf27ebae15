"""`ws.nodes`: the establishment tree's units, their reads, and the structural commands of the dossier.

Structural changes (create, rename, move, delete, duplicate) always open or join the structure's dossier and
append their outbox entry in the same transaction. Each command may be given `undoing`: the outbox entries of
the command it undoes. When those were not sent yet they are withdrawn and no opposite entry is added, so an
undo leaves the outbox as it was before the command.
"""
from __future__ import annotations

import uuid
from typing import TYPE_CHECKING, Any

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from app.models import rules
from app.models.changes import Changes
from app.models.forms_catalog import NAME_LINK_IDS, with_name
from app.models.kinds import FINESS_KINDS, Kind
from app.models.rows import NodeRow
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.queries import (
    TREE_COLS,
    as_new,
    get_live,
    next_position,
    open_dossier,
    structure_of,
    subtree_ids,
)
from app.models.store.schema import Dossier, Fiche, Node, now_iso
from app.models.workflow import DossierState, FicheStatus, OutboxOp

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


def touch(node: Node) -> None:
    node.dirty = True
    node.updated_at = now_iso()


def settle_dirty(s: Session, node_ids: list[int]) -> None:
    """After an undo withdrew entries: a node is dirty while it was never sent or a change of it waits."""
    waiting = outbox.waiting_nodes(s, node_ids)
    for node in s.scalars(select(Node).where(Node.id.in_(node_ids))):
        node.dirty = node.server_id is None or node.id in waiting


class Nodes:
    """Reads and structural commands of the tree."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    # ------------------------------------------------------------------ reads
    def get(self, node_id: int) -> NodeRow:
        with self.ws.read() as s:
            r = s.execute(select(*TREE_COLS).where(Node.id == node_id)).first()
        if r is None:
            raise RuleError("node-not-found", node_id=node_id)
        return NodeRow(*r)

    def rows(self, ids: set[int] | list[int], include_deleted: bool = True) -> list[NodeRow]:
        """The rows named by a change set (deleted ones included, so views can drop them)."""
        if not ids:
            return []
        stmt = select(*TREE_COLS).where(Node.id.in_(list(ids)))
        if not include_deleted:
            stmt = stmt.where(Node.deleted.is_(False))
        with self.ws.read() as s:
            return [NodeRow(*r) for r in s.execute(stmt)]

    def all(self, include_deleted: bool = False) -> list[NodeRow]:
        """Every node, parents before children within each level, ordered by position."""
        stmt = select(*TREE_COLS).order_by(Node.parent_id.is_not(None), Node.parent_id, Node.position, Node.id)
        if not include_deleted:
            stmt = stmt.where(Node.deleted.is_(False))
        with self.ws.read() as s:
            return [NodeRow(*r) for r in s.execute(stmt)]

    def is_deleted(self, node_id: int) -> bool:
        with self.ws.read() as s:
            return bool(s.scalar(select(Node.deleted).where(Node.id == node_id)))

    def children(self, parent_id: int | None) -> list[NodeRow]:
        stmt = select(*TREE_COLS).where(Node.deleted.is_(False)).order_by(Node.position, Node.id)
        stmt = stmt.where(Node.parent_id.is_(None) if parent_id is None else Node.parent_id == parent_id)
        with self.ws.read() as s:
            return [NodeRow(*r) for r in s.execute(stmt)]

    def path_of(self, node_id: int) -> list[NodeRow]:
        """The chain of nodes from the root down to `node_id`."""
        chain: list[NodeRow] = []
        current: int | None = node_id
        while current is not None:
            row = self.get(current)
            chain.append(row)
            current = row.parent_id
        return list(reversed(chain))

    def structure(self, node_id: int) -> NodeRow:
        """The EG (or EJ) a node belongs to: the structure its dossier covers."""
        with self.ws.read() as s:
            found = structure_of(s, get_live(s, node_id))
            return self.get(found.id)

    def subtree(self, node_id: int, include_deleted: bool = False) -> list[int]:
        with self.ws.read() as s:
            return subtree_ids(s, node_id, include_deleted=include_deleted)

    def stats(self) -> dict[str, Any]:
        """Counts of live nodes per kind and of UO fiches per status (the `stats` command)."""
        live = Node.deleted.is_(False)
        with self.ws.read() as s:
            kinds = dict(s.execute(select(Node.kind, func.count()).where(live)
                                   .group_by(Node.kind)).tuples().all())
            statuses = dict(s.execute(select(Node.status, func.count()).where(live, Node.kind == Kind.UO)
                                      .group_by(Node.status)).tuples().all())
            problems = s.scalar(select(func.count()).where(live, Node.kind == Kind.UO, Node.problems > 0)) or 0
        return {
            "nodes": {k.value: int(kinds.get(k.value, 0)) for k in Kind},
            "fiches": {"draft": int(statuses.get("draft", 0)), "finalised": int(statuses.get("finalised", 0)),
                       "with_problems": int(problems)},
            "outbox_pending": self.ws.outbox.count(),
        }

    # ------------------------------------------------------------------ structural commands
    def create(self, parent_id: int | None, kind: Kind | str, names: list[str], *,
               uids: list[str] | None = None, answers: dict[str, Any] | None = None,
               questionnaire: str | None = None, in_dossier: bool = True, position: int | None = None,
               **fields: Any) -> Changes:
        """Create N units of one kind under `parent_id` (None for an EJ), in one transaction.

        `uids` (one per name) gives the client ids, as a redo after an undo does.
        """
        kind = Kind(kind)
        names = [n.strip() for n in names]
        if not names or any(not n for n in names):
            raise RuleError("name-required")
        changes = Changes()
        with self.ws.write() as s:
            parent = get_live(s, parent_id) if parent_id is not None else None
            domaine = fields.get("domaine") or (parent.domaine if parent is not None else None)
            refusal = rules.placement_refusal(parent.kind if parent else None, kind, domaine)
            if refusal is not None:
                raise refusal
            dossier = None
            if parent is not None and in_dossier and kind not in FINESS_KINDS:
                dossier = open_dossier(s, structure_of(s, parent), changes)
            if position is None:
                pos = next_position(s, parent_id)
            else:
                pos = position
                cond = Node.parent_id.is_(None) if parent_id is None else Node.parent_id == parent_id
                s.execute(update(Node).where(cond, Node.position >= pos).values(position=Node.position + len(names)))
            inherited = {"departement": parent.departement if parent else None, "domaine": domaine}
            stamp = now_iso()
            for i, name in enumerate(names):
                node = Node(uid=uids[i] if uids else str(uuid.uuid4()), kind=kind, parent_id=parent_id,
                            position=pos + i, name=name, status=FicheStatus.DRAFT, problems=0, conflict=False,
                            dirty=True, deleted=False, favourite=False, updated_at=stamp,
                            **{**inherited, **fields})
                s.add(node)
                s.flush()
                s.add(Fiche(node_id=node.id, questionnaire=questionnaire, answers=dict(answers or {}),
                            updated_at=stamp))
                outbox.append(s, changes, OutboxOp.CREATE, node, dossier.id if dossier else None,
                              {"kind": kind.value, "name": name})
                changes.inserted.add(node.id)
        return changes

    def uncreate(self, node_ids: list[int], opened_dossiers: set[int] | None = None) -> Changes:
        """Undo a creation: units never sent, whose entries all still wait, are removed for good with their
        entries (and the dossier the creation opened, when nothing else is in it); the others are deleted as a
        change of their own."""
        changes = Changes()
        with self.ws.write() as s:
            ids: list[int] = []
            for node_id in node_ids:
                ids.extend(subtree_ids(s, node_id, include_deleted=True))
            nodes = list(s.scalars(select(Node).where(Node.id.in_(ids))))
            waiting = outbox.waiting_nodes(s, ids)
            sent = [n for n in nodes if n.server_id is not None]
            if sent or any(n.id not in waiting for n in nodes if not n.deleted):
                for node_id in node_ids:  # already on the server: a deletion it must hear of
                    if not self.is_deleted(node_id):
                        changes.merge(self.delete(node_id))
                return changes
            outbox.drop_for_nodes(s, ids)
            s.execute(delete(Fiche).where(Fiche.node_id.in_(ids)))
            for node in sorted(nodes, key=lambda n: -ids.index(n.id)):  # children first
                s.delete(node)
                s.flush()
            changes.removed.update(ids)
            for dossier_id in opened_dossiers or ():
                d = s.get(Dossier, dossier_id)
                if d is not None and d.state == DossierState.OPEN and not outbox.has_entries(s, dossier_id):
                    s.delete(d)
                    changes.dossiers.add(dossier_id)
        return changes

    def rename(self, node_id: int, name: str, undoing: set[int] | None = None) -> Changes:
        """Rename a unit; its fiche's name item and resource follow, so the form shows the same name."""
        name = name.strip()
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, node_id)
            refusal = rules.rename_refusal(node.kind, node.origins, name)
            if refusal is not None:
                raise refusal
            if node.name == name:
                return changes
            old = node.name
            node.name = name
            fiche = s.get(Fiche, node.id)
            if fiche is not None:
                link = NAME_LINK_IDS[Kind(node.kind)]
                fiche.answers = with_name(dict(fiche.answers or {}), node.kind, name)
                if fiche.draft and link in fiche.draft:
                    fiche.draft = with_name(dict(fiche.draft), node.kind, name)
                if fiche.resource:
                    fiche.resource = {**fiche.resource, "name": name}
                fiche.updated_at = now_iso()
            changes.updated.add(node.id)
            if outbox.withdraw(s, undoing):
                node.updated_at = now_iso()
                settle_dirty(s, [node.id])
                return changes
            dossier = open_dossier(s, structure_of(s, node), changes) if node.kind not in FINESS_KINDS else None
            touch(node)
            outbox.append(s, changes, OutboxOp.RENAME, node, dossier.id if dossier else None,
                          {"from": old, "to": name})
        return changes

    def move(self, node_id: int, new_parent_id: int, position: int | None = None,
             undoing: set[int] | None = None) -> Changes:
        """Move a unit (with its subtree) under another parent of its structure, at `position` (end when None)."""
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, node_id)
            parent = get_live(s, new_parent_id)
            refusal = rules.move_refusal(
                node.kind, parent.kind, parent.domaine,
                under_itself=node.kind not in FINESS_KINDS and new_parent_id in subtree_ids(s, node_id),
                same_structure=structure_of(s, node).id == structure_of(s, parent).id)
            if refusal is not None:
                raise refusal
            old_parent, old_pos = node.parent_id, node.position
            siblings = list(s.scalars(select(Node).where(Node.parent_id == new_parent_id, Node.deleted.is_(False),
                                                         Node.id != node_id).order_by(Node.position, Node.id)))
            if position is None or position > len(siblings):
                position = len(siblings)
            siblings.insert(position, node)
            node.parent_id = new_parent_id
            for i, sib in enumerate(siblings):
                if sib.position != i:
                    sib.position = i
                    changes.moved.add(sib.id)
            node.position = position
            changes.moved.add(node.id)
            if outbox.withdraw(s, undoing):
                node.updated_at = now_iso()
                settle_dirty(s, [node.id])
                return changes
            dossier = open_dossier(s, structure_of(s, parent), changes)
            touch(node)
            outbox.append(s, changes, OutboxOp.MOVE, node, dossier.id if dossier else None,
                          {"from_parent": old_parent, "from_position": old_pos, "to_parent": new_parent_id,
                           "to_position": position})
        return changes

    def delete(self, node_id: int) -> Changes:
        """Delete a unit and its subtree (tombstones, kept until the server knows)."""
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, node_id)
            refusal = rules.delete_refusal(node.kind, node.origins)
            if refusal is not None:
                raise refusal
            dossier = open_dossier(s, structure_of(s, node), changes)
            for nid in subtree_ids(s, node_id):
                n = s.get(Node, nid)
                if n is None:
                    continue
                n.deleted = True
                touch(n)
                changes.removed.add(nid)
            outbox.append(s, changes, OutboxOp.DELETE, node, dossier.id if dossier else None, {})
        return changes

    def restore(self, node_id: int, undoing: set[int] | None = None) -> Changes:
        """Undo a deletion: the tombstoned unit and its deleted subtree come back.

        When the deletion was not sent yet (`undoing` still pending) it is withdrawn; else the unit goes back to
        the server as a new creation.
        """
        changes = Changes()
        with self.ws.write() as s:
            node = s.get(Node, node_id)
            if node is None:
                raise RuleError("node-not-found", node_id=node_id)
            if node.parent_id is not None:
                parent = s.get(Node, node.parent_id)
                if parent is None or parent.deleted:
                    raise RuleError("deleted-parent")
            ids = subtree_ids(s, node_id, include_deleted=True)
            for n in s.scalars(select(Node).where(Node.id.in_(ids), Node.deleted.is_(True))):
                n.deleted = False
                n.updated_at = now_iso()
                changes.inserted.add(n.id)
            if outbox.withdraw(s, undoing):
                settle_dirty(s, ids)
                return changes
            dossier = open_dossier(s, structure_of(s, node), changes)
            for n in s.scalars(select(Node).where(Node.id.in_(list(changes.inserted)))):
                touch(n)
            outbox.append(s, changes, OutboxOp.CREATE, node, dossier.id if dossier else None, {"restored": True})
        return changes

    def duplicate(self, node_id: int) -> Changes:
        """Copy a unit with its content and subtree, placed right after it; the copy is a draft."""
        changes = Changes()
        with self.ws.write() as s:
            src = get_live(s, node_id)
            refusal = rules.duplicate_refusal(src.kind)
            if refusal is not None:
                raise refusal
            dossier = open_dossier(s, structure_of(s, src), changes)
            s.execute(update(Node).where(Node.parent_id == src.parent_id, Node.position > src.position)
                      .values(position=Node.position + 1))
            mapping: dict[int, int] = {}
            for old_id in subtree_ids(s, node_id):
                old = s.get(Node, old_id)
                if old is None:
                    continue
                name = f"{old.name} (copie)" if old_id == node_id else old.name
                copy = Node(uid=str(uuid.uuid4()), kind=old.kind,
                            parent_id=mapping.get(old.parent_id or -1, old.parent_id),
                            position=src.position + 1 if old_id == node_id else old.position,
                            name=name, finess=None, departement=old.departement, categorie=old.categorie,
                            domaine=old.domaine, champ=old.champ, type_offre=old.type_offre,
                            status=FicheStatus.DRAFT, problems=old.problems, conflict=False,
                            prefilled=old.prefilled, origins=None, dirty=True, deleted=False, favourite=False,
                            updated_at=now_iso())
                s.add(copy)
                s.flush()
                mapping[old_id] = copy.id
                f = s.get(Fiche, old_id)
                answers = dict(f.answers or {}) if f else {}
                if old_id == node_id and f is not None:
                    answers = with_name(answers, old.kind, name)
                s.add(Fiche(node_id=copy.id, questionnaire=f.questionnaire if f else None, answers=answers,
                            resource=as_new(f.resource if f else None), location=as_new(f.location if f else None),
                            updated_at=now_iso()))
                outbox.append(s, changes, OutboxOp.CREATE, copy, dossier.id if dossier else None,
                              {"kind": copy.kind, "name": copy.name, "copy_of": old.uid})
                changes.inserted.add(copy.id)
        return changes

    def set_favourite(self, node_id: int, favourite: bool) -> Changes:
        with self.ws.write() as s:
            node = get_live(s, node_id)
            node.favourite = bool(favourite)
        return Changes(updated={node_id})

    # ------------------------------------------------------------------ loading
    def load_published(self, nodes: list[dict[str, Any]], fiches: list[dict[str, Any]]) -> Changes:
        """Insert a whole published tree at once (demo, seeding): no outbox, nodes in step with the server.

        `nodes` are column dicts with explicit ids; parents must come before children.
        """
        defaults = {"status": FicheStatus.DRAFT.value, "problems": 0, "conflict": False, "dirty": False,
                    "deleted": False, "favourite": False}
        stamp = now_iso()
        node_cols = [c.name for c in Node.__table__.columns]
        fiche_cols = [c.name for c in Fiche.__table__.columns]
        node_rows: list[dict[str, Any]] = [{c: row.get(c) for c in node_cols}
                                           for row in ({**defaults, "updated_at": stamp, **n} for n in nodes)]
        fiche_rows = [{c: row.get(c) for c in fiche_cols} for row in ({"updated_at": stamp, **f} for f in fiches)]
        with self.ws.write() as s:
            if node_rows:
                s.execute(Node.__table__.insert(), node_rows)
            if fiche_rows:
                s.execute(Fiche.__table__.insert(), fiche_rows)
        return Changes(inserted={int(n["id"]) for n in node_rows})

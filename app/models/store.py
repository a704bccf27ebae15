"""The workspace: one SQLite file, and the commands that change it.

Every command runs in one transaction, appends to the outbox in that same transaction, and returns the
`Changes` it made so that views refresh only those rows (as Anki's OpChanges). Rules are checked before
anything is written; a refused command raises `RuleError` with the reason in French and changes nothing.
"""
from __future__ import annotations

import threading
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from sqlalchemy import func, select, update
from sqlalchemy.orm import Session, sessionmaker

from app.models.changes import Changes
from app.models.db import WorkspaceError, open_engine
from app.models.kinds import FINESS_KINDS, KIND_LABELS, Kind, placement_error
from app.models.rows import TREE_COLUMNS, DossierRow, FicheData, NodeRow
from app.models.schema import Dossier, Fiche, JournalEntry, Node, OutboxEntry, Setting, now_iso
from app.models.workflow import (
    DOSSIER_LABELS,
    EDITABLE_DOSSIER_STATES,
    DossierState,
    FicheStatus,
    check_dossier_transition,
)

__all__ = ["Workspace", "WorkspaceError", "RuleError", "Changes"]

_TREE_COLS = [getattr(Node, c) for c in TREE_COLUMNS]


class RuleError(Exception):
    """A command that the ROR rules forbid; the message says why, in French."""


def _row(r: Any) -> NodeRow:
    return NodeRow(*r)


class Workspace:
    """A referent's local copy of the establishment tree and its pending work."""

    def __init__(self, path: Path, engine) -> None:
        self.path = path
        self.engine = engine
        self._sessions = sessionmaker(engine, expire_on_commit=False)
        self._lock = threading.RLock()
        self._local = threading.local()

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | Path, create: bool = False) -> Workspace:
        path = Path(path)
        return cls(path, open_engine(path, create=create))

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Workspace:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def transaction(self) -> Iterator[Session]:
        """One write transaction: everything inside commits together or not at all.

        Nested calls on the same thread join the outer transaction, so `batch()` can group many commands
        (an import, a sync pull) into one commit.
        """
        current = getattr(self._local, "session", None)
        if current is not None:
            yield current
            return
        with self._lock, self._sessions() as session, session.begin():
            self._local.session = session
            try:
                yield session
            finally:
                self._local.session = None

    batch = transaction

    @contextmanager
    def reading(self) -> Iterator[Session]:
        current = getattr(self._local, "session", None)
        if current is not None:
            current.flush()
            yield current
            return
        with self._lock, self._sessions() as session:
            yield session

    # ------------------------------------------------------------------ reads
    def tree_rows(self, include_deleted: bool = False) -> list[NodeRow]:
        """Every node, parents before children within each level, ordered by position."""
        stmt = select(*_TREE_COLS).order_by(Node.parent_id.is_not(None), Node.parent_id, Node.position, Node.id)
        if not include_deleted:
            stmt = stmt.where(Node.deleted.is_(False))
        with self.reading() as s:
            return [NodeRow(*r) for r in s.execute(stmt)]

    def node(self, node_id: int) -> NodeRow:
        with self.reading() as s:
            r = s.execute(select(*_TREE_COLS).where(Node.id == node_id)).first()
        if r is None:
            raise RuleError(f"Unité introuvable (n° {node_id}).")
        return NodeRow(*r)

    def rows(self, ids: set[int] | list[int]) -> list[NodeRow]:
        """The rows named by a change set (deleted ones included, so views can drop them)."""
        if not ids:
            return []
        with self.reading() as s:
            return [NodeRow(*r) for r in s.execute(select(*_TREE_COLS).where(Node.id.in_(list(ids))))]

    def is_deleted(self, node_id: int) -> bool:
        with self.reading() as s:
            return bool(s.scalar(select(Node.deleted).where(Node.id == node_id)))

    def children(self, parent_id: int | None) -> list[NodeRow]:
        stmt = select(*_TREE_COLS).where(Node.deleted.is_(False)).order_by(Node.position, Node.id)
        stmt = stmt.where(Node.parent_id.is_(None) if parent_id is None else Node.parent_id == parent_id)
        with self.reading() as s:
            return [NodeRow(*r) for r in s.execute(stmt)]

    def path_of(self, node_id: int) -> list[NodeRow]:
        """The chain of nodes from the root down to `node_id`."""
        chain: list[NodeRow] = []
        current: int | None = node_id
        while current is not None:
            row = self.node(current)
            chain.append(row)
            current = row.parent_id
        return list(reversed(chain))

    def find_by_path(self, names: list[str]) -> NodeRow | None:
        """The node reached by following names from a root (as `screenshot --select` takes them)."""
        parent: int | None = None
        found: NodeRow | None = None
        for name in names:
            found = next((r for r in self.children(parent) if r.name == name or r.finess == name), None)
            if found is None:
                return None
            parent = found.id
        return found

    def fiche(self, node_id: int) -> FicheData:
        with self.reading() as s:
            node = s.get(Node, node_id)
            if node is None:
                raise RuleError(f"Unité introuvable (n° {node_id}).")
            f = s.get(Fiche, node_id)
            return FicheData(
                node_id=node_id, kind=node.kind, questionnaire=f.questionnaire if f else None,
                answers=dict(f.answers or {}) if f else {}, draft=f.draft if f else None,
                resource=f.resource if f else None, location=f.location if f else None,
                finess_data=dict(node.finess_data or {}),
                origins=dict(node.origins or {}), prefilled=dict(node.prefilled or {}), status=node.status,
            )

    def stats(self) -> dict[str, Any]:
        """Counts of live nodes per kind and of fiches per status (the `stats` command)."""
        with self.reading() as s:
            kinds = dict(s.execute(select(Node.kind, func.count()).where(Node.deleted.is_(False)).group_by(Node.kind)).all())
            statuses = dict(
                s.execute(select(Node.status, func.count()).where(Node.deleted.is_(False), Node.kind == Kind.UO)
                          .group_by(Node.status)).all())
            problems = s.scalar(select(func.count()).where(Node.deleted.is_(False), Node.kind == Kind.UO,
                                                           Node.problems > 0)) or 0
            pending = s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")) or 0
        return {
            "nodes": {k.value: int(kinds.get(k.value, 0)) for k in Kind},
            "fiches": {"draft": int(statuses.get("draft", 0)), "finalised": int(statuses.get("finalised", 0)),
                       "with_problems": int(problems)},
            "outbox_pending": int(pending),
        }

    # ------------------------------------------------------------------ helpers
    @staticmethod
    def _get(s: Session, node_id: int) -> Node:
        node = s.get(Node, node_id)
        if node is None or node.deleted:
            raise RuleError(f"Unité introuvable (n° {node_id}).")
        return node

    @staticmethod
    def _structure(s: Session, node: Node) -> Node:
        """The EG above a node (or the EJ for the EJ itself): the structure a dossier covers."""
        current = node
        while current.kind not in (Kind.EG, Kind.EJ) and current.parent_id is not None:
            current = s.get(Node, current.parent_id)
        return current

    @staticmethod
    def _open_dossier(s: Session, structure: Node, changes: Changes, create: bool = True) -> Dossier | None:
        dossier = s.scalars(select(Dossier).where(Dossier.structure_id == structure.id)
                            .order_by(Dossier.id.desc()).limit(1)).first()
        if dossier is not None and dossier.state in (DossierState.IN_VALIDATION, DossierState.QUEUED,
                                                     DossierState.AWAITING_DIRECTION):
            raise RuleError(f"{DOSSIER_LABELS[DossierState(dossier.state)]} : « {structure.name} » ne peut pas "
                            "être modifié(e) avant la réponse du validateur.")
        if dossier is None or dossier.state == DossierState.PUBLISHED:
            if not create:
                return None
            dossier = Dossier(structure_id=structure.id, state=DossierState.OPEN)
            s.add(dossier)
            s.flush()
            changes.dossiers.add(dossier.id)
        return dossier

    @staticmethod
    def editable_dossier(s: Session, structure: Node) -> Dossier | None:
        """The structure's dossier when one is open for editing (open or rejected), else None."""
        d = s.scalars(select(Dossier).where(Dossier.structure_id == structure.id)
                      .order_by(Dossier.id.desc()).limit(1)).first()
        return d if d is not None and d.state in EDITABLE_DOSSIER_STATES else None

    def has_open_dossier(self, node_id: int) -> bool:
        """Whether an edit of this node's content may be carried into an open dossier (the ROR asks the user)."""
        with self.reading() as s:
            return self.editable_dossier(s, self._structure(s, self._get(s, node_id))) is not None

    @staticmethod
    def _outbox(s: Session, op: str, node: Node | None, dossier: Dossier | None, payload: dict | None = None) -> None:
        s.add(OutboxEntry(op=op, node_id=node.id if node else None, dossier_id=dossier.id if dossier else None,
                          payload=payload or {}, state="pending", attempts=0))

    @staticmethod
    def _touch(node: Node) -> None:
        node.dirty = True
        node.updated_at = now_iso()

    @staticmethod
    def _domaine_of(s: Session, parent: Node | None) -> str | None:
        return parent.domaine if parent is not None else None

    @staticmethod
    def _next_position(s: Session, parent_id: int | None) -> int:
        cond = Node.parent_id.is_(None) if parent_id is None else Node.parent_id == parent_id
        return int(s.scalar(select(func.coalesce(func.max(Node.position), -1)).where(cond)) or 0) + 1

    def _subtree_ids(self, s: Session, root_id: int, include_deleted: bool = False) -> list[int]:
        ids, frontier = [root_id], [root_id]
        while frontier:
            stmt = select(Node.id).where(Node.parent_id.in_(frontier))
            if not include_deleted:
                stmt = stmt.where(Node.deleted.is_(False))
            frontier = list(s.scalars(stmt))
            ids.extend(frontier)
        return ids

    # ------------------------------------------------------------------ structural commands
    def create_node(self, parent_id: int | None, kind: Kind | str, name: str, *, uid: str | None = None,
                    answers: dict | None = None, questionnaire: str | None = None, in_dossier: bool = True,
                    **fields: Any) -> Changes:
        """Create one unit under `parent_id` (None for an EJ)."""
        return self.create_nodes(parent_id, kind, [name], uid=uid, answers=answers, questionnaire=questionnaire,
                                 in_dossier=in_dossier, **fields)

    def create_nodes(self, parent_id: int | None, kind: Kind | str, names: list[str], *, uid: str | None = None,
                     answers: dict | None = None, questionnaire: str | None = None, in_dossier: bool = True,
                     position: int | None = None, **fields: Any) -> Changes:
        """Create N units of one kind at once (e.g. "5 UF"), in one transaction."""
        kind = Kind(kind)
        names = [n.strip() for n in names]
        if not names or any(not n for n in names):
            raise RuleError("Le nom de l'unité est obligatoire.")
        changes = Changes()
        with self.transaction() as s:
            parent = self._get(s, parent_id) if parent_id is not None else None
            domaine = fields.get("domaine") or self._domaine_of(s, parent)
            reason = placement_error(parent.kind if parent else None, kind, domaine)
            if reason:
                raise RuleError(reason)
            dossier = None
            if parent is not None and in_dossier and kind not in FINESS_KINDS:
                dossier = self._open_dossier(s, self._structure(s, parent), changes)
            if position is None:
                pos = self._next_position(s, parent_id)
            else:
                pos = position
                cond = Node.parent_id.is_(None) if parent_id is None else Node.parent_id == parent_id
                s.execute(update(Node).where(cond, Node.position >= pos).values(position=Node.position + len(names)))
            inherited = {"departement": parent.departement if parent else None, "domaine": domaine}
            for i, name in enumerate(names):
                node = Node(uid=uid if (uid and len(names) == 1) else str(uuid.uuid4()), kind=kind,
                            parent_id=parent_id, position=pos + i, name=name, status=FicheStatus.DRAFT, problems=0,
                            conflict=False, dirty=True, deleted=False, favourite=False, updated_at=now_iso(),
                            **{**inherited, **fields})
                s.add(node)
                s.flush()
                s.add(Fiche(node_id=node.id, questionnaire=questionnaire, answers=dict(answers or {}),
                            updated_at=now_iso()))
                self._outbox(s, "create", node, dossier, {"kind": kind.value, "name": name})
                changes.inserted.add(node.id)
        return changes

    def rename(self, node_id: int, name: str) -> Changes:
        name = name.strip()
        if not name:
            raise RuleError("Le nom de l'unité est obligatoire.")
        changes = Changes()
        with self.transaction() as s:
            node = self._get(s, node_id)
            if (node.origins or {}).get("name") == "finess":
                raise RuleError("Ce nom vient de FINESS et ne peut pas être modifié ici : contactez le support.")
            if node.name == name:
                return changes
            dossier = self._open_dossier(s, self._structure(s, node), changes) if node.kind not in FINESS_KINDS else None
            old = node.name
            node.name = name
            self._touch(node)
            self._outbox(s, "rename", node, dossier, {"from": old, "to": name})
            changes.updated.add(node.id)
        return changes

    def move(self, node_id: int, new_parent_id: int, position: int | None = None) -> Changes:
        """Move a unit (with its subtree) under another parent, at `position` (end when None)."""
        changes = Changes()
        with self.transaction() as s:
            node = self._get(s, node_id)
            parent = self._get(s, new_parent_id)
            if node.kind in FINESS_KINDS:
                raise RuleError("Les entités issues de FINESS ne peuvent pas être déplacées.")
            if new_parent_id in self._subtree_ids(s, node_id):
                raise RuleError("Une unité ne peut pas être déplacée sous elle-même.")
            reason = placement_error(parent.kind, node.kind, parent.domaine)
            if reason:
                raise RuleError(reason)
            old_structure = self._structure(s, node)
            new_structure = self._structure(s, parent)
            if old_structure.id != new_structure.id:
                raise RuleError("Une unité ne peut être déplacée qu'à l'intérieur de son entité géographique.")
            dossier = self._open_dossier(s, new_structure, changes)
            old_parent, old_pos = node.parent_id, node.position
            siblings = [n for n in s.scalars(select(Node).where(Node.parent_id == new_parent_id, Node.deleted.is_(False),
                                                                Node.id != node_id).order_by(Node.position, Node.id))]
            if position is None or position > len(siblings):
                position = len(siblings)
            siblings.insert(position, node)
            node.parent_id = new_parent_id
            for i, sib in enumerate(siblings):
                if sib.position != i:
                    sib.position = i
                    changes.moved.add(sib.id)
            node.position = position
            self._touch(node)
            self._outbox(s, "move", node, dossier, {"from_parent": old_parent, "from_position": old_pos,
                                                     "to_parent": new_parent_id, "to_position": position})
            changes.moved.add(node.id)
        return changes

    def delete(self, node_id: int) -> Changes:
        """Delete a unit and its subtree (tombstones, kept until the server knows)."""
        changes = Changes()
        with self.transaction() as s:
            node = self._get(s, node_id)
            if node.kind in FINESS_KINDS or (node.origins or {}).get("name") == "finess":
                raise RuleError(f"{KIND_LABELS[Kind(node.kind)]} issue de FINESS : suppression impossible.")
            dossier = self._open_dossier(s, self._structure(s, node), changes)
            for nid in self._subtree_ids(s, node_id):
                n = s.get(Node, nid)
                n.deleted = True
                self._touch(n)
                changes.removed.add(nid)
            self._outbox(s, "delete", node, dossier, {})
        return changes

    def restore(self, node_id: int) -> Changes:
        """Undo a deletion: bring a tombstoned unit and its deleted subtree back."""
        changes = Changes()
        with self.transaction() as s:
            node = s.get(Node, node_id)
            if node is None:
                raise RuleError(f"Unité introuvable (n° {node_id}).")
            dossier = self._open_dossier(s, self._structure(s, node), changes)
            for nid in self._subtree_ids(s, node_id, include_deleted=True):
                n = s.get(Node, nid)
                if n.deleted:
                    n.deleted = False
                    self._touch(n)
                    changes.inserted.add(nid)
            self._outbox(s, "create", node, dossier, {"restored": True})
        return changes

    def duplicate(self, node_id: int) -> Changes:
        """Copy a unit with its content and subtree, placed right after it; the copy is a draft."""
        changes = Changes()
        with self.transaction() as s:
            src = self._get(s, node_id)
            if src.kind in FINESS_KINDS:
                raise RuleError("Les entités issues de FINESS ne peuvent pas être dupliquées.")
            dossier = self._open_dossier(s, self._structure(s, src), changes)
            s.execute(update(Node).where(Node.parent_id == src.parent_id, Node.position > src.position)
                      .values(position=Node.position + 1))
            mapping: dict[int, int] = {}
            for old_id in self._subtree_ids(s, node_id):
                old = s.get(Node, old_id)
                copy = Node(uid=str(uuid.uuid4()), kind=old.kind,
                            parent_id=mapping.get(old.parent_id, old.parent_id),
                            position=src.position + 1 if old_id == node_id else old.position,
                            name=f"{old.name} (copie)" if old_id == node_id else old.name,
                            finess=None, departement=old.departement, categorie=old.categorie, domaine=old.domaine,
                            champ=old.champ, type_offre=old.type_offre, status=FicheStatus.DRAFT,
                            problems=old.problems, conflict=False, prefilled=old.prefilled, origins=None,
                            dirty=True, deleted=False, favourite=False, updated_at=now_iso())
                s.add(copy)
                s.flush()
                mapping[old_id] = copy.id
                f = s.get(Fiche, old_id)
                s.add(Fiche(node_id=copy.id, questionnaire=f.questionnaire if f else None,
                            answers=dict(f.answers or {}) if f else {}, resource=_as_new(f.resource if f else None),
                            location=_as_new(f.location if f else None), updated_at=now_iso()))
                self._outbox(s, "create", copy, dossier, {"kind": copy.kind, "name": copy.name, "copy_of": old.uid})
                changes.inserted.add(copy.id)
        return changes

    # ------------------------------------------------------------------ content commands
    def set_answers(self, node_id: int, answers: dict[str, Any], *, questionnaire: str | None = None,
                    resource: dict | None = None, location: dict | None = None, problems: int | None = None,
                    in_dossier: bool | None = None, **indexed: Any) -> Changes:
        """Save a fiche's answers (explicit save). A finalised fiche becomes a draft again.

        `indexed` carries the columns the tree and search need (name, champ, type_offre) as the form computed
        them. A fiche that was never published always goes through a dossier. For a published one,
        `in_dossier=False` sends the edit straight to the server, `True` carries it into the dossier (opening one),
        and `None` carries it into the open dossier when there is one, else sends it directly.
        """
        changes = Changes()
        with self.transaction() as s:
            node = self._get(s, node_id)
            self._check_prefilled(node, answers)
            fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
            s.add(fiche)
            structure = self._structure(s, node)
            published = node.server_id is not None
            if in_dossier is False and published:
                dossier = None  # a direct edit of a published fiche, straight to the server
            elif in_dossier or not published:
                dossier = self._open_dossier(s, structure, changes)
            else:  # published, not said: into the open dossier when there is one, else direct
                dossier = self.editable_dossier(s, structure)
            fiche.answers = dict(answers)
            fiche.draft = None
            if questionnaire is not None:
                fiche.questionnaire = questionnaire
            if resource is not None:
                fiche.resource = resource
            if location is not None:
                fiche.location = location
            fiche.updated_at = now_iso()
            for key, value in indexed.items():
                if key not in ("name", "champ", "type_offre"):
                    raise ValueError(f"not an indexed column: {key}")
                if key == "name" and (node.origins or {}).get("name") == "finess":
                    continue
                setattr(node, key, value)
            if problems is not None:
                node.problems = problems
            node.status = FicheStatus.DRAFT
            self._touch(node)
            self._outbox(s, "update", node, dossier, {"direct": dossier is None})
            changes.updated.add(node.id)
        return changes

    @staticmethod
    def _check_prefilled(node: Node, answers: dict[str, Any]) -> None:
        for link_id, codes in (node.prefilled or {}).items():
            if codes and not answers.get(link_id):
                raise RuleError("Une valeur pré-remplie obligatoire ne peut pas être supprimée : "
                                "au moins une valeur est obligatoire.")

    def save_draft(self, node_id: int, draft: dict[str, Any]) -> Changes:
        """Autosave what the user is typing; nothing goes to the outbox until an explicit save."""
        with self.transaction() as s:
            self._get(s, node_id)
            fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
            s.add(fiche)
            fiche.draft = dict(draft)
            fiche.updated_at = now_iso()
        return Changes()

    def discard_draft(self, node_id: int) -> Changes:
        with self.transaction() as s:
            fiche = s.get(Fiche, node_id)
            if fiche is not None:
                fiche.draft = None
        return Changes()

    def finalise(self, node_id: int, problems: int = 0) -> Changes:
        """Finalise a fiche (it turns green); refused while the form has problems."""
        changes = Changes()
        with self.transaction() as s:
            node = self._get(s, node_id)
            node.problems = problems
            if problems:
                raise RuleError(f"La fiche a encore {problems} problème(s) : corrigez-les avant de la finaliser.")
            fiche = s.get(Fiche, node_id)
            if fiche is not None and fiche.draft:
                raise RuleError("Enregistrez la fiche avant de la finaliser.")
            if node.status == FicheStatus.FINALISED:
                return changes
            dossier = self._open_dossier(s, self._structure(s, node), changes, create=node.server_id is None)
            node.status = FicheStatus.FINALISED
            self._touch(node)
            self._outbox(s, "finalise", node, dossier, {})
            changes.updated.add(node.id)
        return changes

    def reopen(self, node_id: int) -> Changes:
        """Make a finalised fiche a draft again."""
        changes = Changes()
        with self.transaction() as s:
            node = self._get(s, node_id)
            if node.status != FicheStatus.DRAFT:
                node.status = FicheStatus.DRAFT
                self._touch(node)
                changes.updated.add(node.id)
        return changes

    def set_problems(self, counts: dict[int, int]) -> Changes:
        """Record how many problems each fiche has (after a validation pass)."""
        changes = Changes()
        with self.transaction() as s:
            for node_id, n in counts.items():
                node = s.get(Node, node_id)
                if node is not None and node.problems != n:
                    node.problems = n
                    changes.updated.add(node_id)
        return changes

    def set_favourite(self, node_id: int, favourite: bool) -> Changes:
        with self.transaction() as s:
            node = self._get(s, node_id)
            node.favourite = bool(favourite)
        return Changes(updated={node_id})

    # ------------------------------------------------------------------ dossiers
    def dossier_of(self, node_id: int) -> DossierRow | None:
        """The latest dossier of the structure a node belongs to."""
        with self.reading() as s:
            structure = self._structure(s, self._get(s, node_id))
            d = s.scalars(select(Dossier).where(Dossier.structure_id == structure.id)
                          .order_by(Dossier.id.desc()).limit(1)).first()
            return _dossier_row(d) if d else None

    def dossiers(self) -> list[DossierRow]:
        with self.reading() as s:
            return [_dossier_row(d) for d in s.scalars(select(Dossier).order_by(Dossier.id))]

    def dossier_nodes(self, dossier_id: int) -> list[NodeRow]:
        """Every node of the dossier's structure (the structure itself and what sits under it)."""
        with self.reading() as s:
            d = s.get(Dossier, dossier_id)
            ids = self._subtree_ids(s, d.structure_id, include_deleted=True)
        return self.rows(ids)

    def send_dossier(self, structure_id: int, direction_confirmed: bool = False) -> Changes:
        """Ask for validation: every fiche must be green; sanitaire needs a Direction confirmation."""
        changes = Changes()
        with self.transaction() as s:
            structure = self._get(s, structure_id)
            if structure.kind not in (Kind.EG, Kind.EJ):
                structure = self._structure(s, structure)
            d = s.scalars(select(Dossier).where(Dossier.structure_id == structure.id)
                          .order_by(Dossier.id.desc()).limit(1)).first()
            if d is None or d.state not in (*EDITABLE_DOSSIER_STATES, DossierState.AWAITING_DIRECTION):
                raise RuleError("Aucun dossier en cours sur cette structure : rien à envoyer.")
            ids = self._subtree_ids(s, structure.id)
            pending = s.scalar(select(func.count()).where(Node.id.in_(ids), Node.kind == Kind.UO,
                                                          Node.status != FicheStatus.FINALISED)) or 0
            if pending:
                raise RuleError(f"{pending} fiche(s) ne sont pas finalisées : toutes les fiches doivent être "
                                "vertes pour envoyer le dossier.")
            if structure.domaine == "sanitaire" and not direction_confirmed:
                check_dossier_transition(d.state, DossierState.AWAITING_DIRECTION)
                d.state = DossierState.AWAITING_DIRECTION
            else:
                check_dossier_transition(d.state, DossierState.QUEUED)
                d.state = DossierState.QUEUED
                d.submission_uid = str(uuid.uuid4())
                d.sent_at = now_iso()
                self._outbox(s, "send", structure, d, {"submission": d.submission_uid})
            d.updated_at = now_iso()
            changes.dossiers.add(d.id)
            changes.updated.add(structure.id)
        return changes

    def set_dossier_state(self, dossier_id: int, state: str, **fields: Any) -> Changes:
        """Move a dossier along its workflow (used by the sync engine as the Task progresses)."""
        with self.transaction() as s:
            d = s.get(Dossier, dossier_id)
            if d.state != state:
                check_dossier_transition(d.state, state)
                d.state = state
            for key, value in fields.items():
                setattr(d, key, value)
            d.updated_at = now_iso()
            return Changes(dossiers={dossier_id}, updated={d.structure_id})

    # ------------------------------------------------------------------ outbox, journal, settings
    def pending_outbox(self, limit: int | None = None) -> list[dict[str, Any]]:
        stmt = select(OutboxEntry).where(OutboxEntry.state == "pending").order_by(OutboxEntry.id)
        if limit:
            stmt = stmt.limit(limit)
        with self.reading() as s:
            return [{"id": e.id, "op": e.op, "node_id": e.node_id, "dossier_id": e.dossier_id,
                     "payload": e.payload or {}, "attempts": e.attempts, "created_at": e.created_at}
                    for e in s.scalars(stmt)]

    def outbox_count(self) -> int:
        with self.reading() as s:
            return int(s.scalar(select(func.count()).select_from(OutboxEntry).where(OutboxEntry.state == "pending")) or 0)

    def mark_outbox(self, entry_ids: list[int], state: str = "done", error: str | None = None) -> None:
        with self.transaction() as s:
            values: dict[str, Any] = {"state": state}
            if error is not None:
                values["last_error"] = error
                values["attempts"] = OutboxEntry.attempts + 1
            s.execute(update(OutboxEntry).where(OutboxEntry.id.in_(entry_ids)).values(**values))

    def log(self, kind: str, message: str, detail: dict | None = None) -> None:
        with self.transaction() as s:
            s.add(JournalEntry(kind=kind, message=message, detail=detail))

    def journal(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.reading() as s:
            rows = s.scalars(select(JournalEntry).order_by(JournalEntry.id.desc()).limit(limit))
            return [{"at": j.at, "kind": j.kind, "message": j.message, "detail": j.detail} for j in rows]

    def setting(self, key: str, default: str | None = None) -> str | None:
        with self.reading() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else default

    def set_setting(self, key: str, value: str | None) -> None:
        with self.transaction() as s:
            s.merge(Setting(key=key, value=value))


def _as_new(resource: dict | None) -> dict | None:
    """A copy of a resource that the server will see as new (no id, version or identifier)."""
    if not resource:
        return None
    return {k: v for k, v in resource.items() if k not in ("id", "meta", "identifier")}


def _dossier_row(d: Dossier) -> DossierRow:
    return DossierRow(id=d.id, structure_id=d.structure_id, state=d.state, submission_uid=d.submission_uid,
                      task_id=d.task_id, task_status=d.task_status, comments=d.comments, sent_at=d.sent_at)


def bulk_load(ws: Workspace, nodes: list[dict[str, Any]], fiches: list[dict[str, Any]]) -> None:
    """Insert a whole published tree at once (demo, seeding): no outbox, nodes in step with the server.

    `nodes` are column dicts with explicit ids; parents must come before children.
    """
    defaults = {"status": FicheStatus.DRAFT.value, "problems": 0, "conflict": False, "dirty": False,
                "deleted": False, "favourite": False}
    stamp = now_iso()
    node_cols = [c.name for c in Node.__table__.columns]
    fiche_cols = [c.name for c in Fiche.__table__.columns]
    node_rows = [{c: row.get(c) for c in node_cols} for row in ({**defaults, "updated_at": stamp, **n} for n in nodes)]
    fiche_rows = [{c: row.get(c) for c in fiche_cols} for row in ({"updated_at": stamp, **f} for f in fiches)]
    with ws.transaction() as s:
        s.execute(Node.__table__.insert(), node_rows)
        if fiche_rows:
            s.execute(Fiche.__table__.insert(), fiche_rows)

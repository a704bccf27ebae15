"""`ws.fiches`: each unit's fiche: answers by linkId, the autosaved draft, status and problem count.

Saving goes through the same road as the tree's actions: it returns a `Changes` naming the node, and the node's
indexed columns (name, champ, type d'offre) follow the answers, so the tree and the form never disagree.
"""
from __future__ import annotations

from collections import namedtuple
from types import SimpleNamespace
from typing import TYPE_CHECKING, Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from app.models import fiche_service, rules
from app.models.changes import Changes
from app.models.rows import FicheData, FicheRecord
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.nodes import touch
from app.models.store.queries import editable_dossier, fiche_record, get_live, open_dossier, structure_of
from app.models.store.schema import Fiche, Node, now_iso
from app.models.tree import gc_paused
from app.models.validation import Facts, Problem, facts_by_node
from app.models.workflow import FicheStatus, OutboxOp

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

INDEXED = ("name", "champ", "type_offre")
# A fiche as a validation pass reads it: its node's columns, its answers as JSON text, whether a resource is known.
ValidationRow = namedtuple("ValidationRow", ["id", "kind", "categorie", "champ", "domaine", "questionnaire",
                                             "answers", "has_resource", "name", "type_offre"])
VALIDATION_SQL = ("SELECT node.id, node.kind, node.categorie, node.champ, node.domaine, fiche.questionnaire, "
                  "fiche.answers, coalesce(fiche.resource, 'null') != 'null', node.name, node.type_offre "
                  "FROM node JOIN fiche ON fiche.node_id = node.id WHERE node.deleted = 0")
# Every live node: its place (facts of the checks) and what a validation pass may change (status, problems).
FACTS_SQL = ("SELECT id, parent_id, kind, name, categorie, json_extract(finess_data, '$.categorie'), status, "
             "problems FROM node WHERE deleted = 0")


class Fiches:
    """Reads and content commands of fiches."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def get(self, node_id: int) -> FicheData:
        with self.ws.read() as s:
            node = s.get(Node, node_id)
            if node is None:
                raise RuleError("node-not-found", node_id=node_id)
            f = s.get(Fiche, node_id)
            return FicheData(
                node_id=node_id, kind=node.kind, questionnaire=f.questionnaire if f else None,
                answers=dict(f.answers or {}) if f else {}, draft=f.draft if f else None,
                resource=f.resource if f else None, location=f.location if f else None,
                finess_data=dict(node.finess_data or {}), origins=dict(node.origins or {}),
                prefilled=dict(node.prefilled or {}), status=node.status,
            )

    def record(self, node_id: int) -> FicheRecord | None:
        with self.ws.read() as s:
            f = s.get(Fiche, node_id)
            return fiche_record(f) if f is not None else None

    def validation_rows(self) -> list[ValidationRow]:
        """Every live fiche as `validate_all` checks it, straight from the cursor (no ORM on 8,000 rows)."""
        return [ValidationRow._make(r) for r in self._raw(VALIDATION_SQL)]

    def facts_rows(self) -> list[tuple[Any, ...]]:
        """(id, parent id, kind, name, categorie, FINESS category, status, problems) of every live node: what
        the checks need to know of each fiche's place (app/models/validation/facts.py) and what a validation
        pass may change, straight from the cursor."""
        return self._raw(FACTS_SQL)

    def _raw(self, sql: str) -> list[tuple[Any, ...]]:
        """A read of thousands of rows without the ORM (as ws.tree.rows: a validation pass waits on it)."""
        with self.ws.read(), gc_paused():  # the store's read lock held around the raw cursor
            raw = self.ws.engine.raw_connection()
            try:
                cur = raw.cursor()
                cur.execute(sql)
                rows: list[tuple[Any, ...]] = [tuple(r) for r in cur.fetchall()]
                cur.close()
            finally:
                raw.close()
        return rows

    def facts(self, node_id: int) -> Facts:
        """What the checks need to know of one fiche's place: its kind, its EG's category, a sensitive UF above."""
        with self.ws.read() as s:
            return _facts(s, get_live(s, node_id))

    # ------------------------------------------------------------------ commands
    def save(self, node_id: int, answers: dict[str, Any], *, questionnaire: str | None = None,
             resource: dict[str, Any] | None = None, location: dict[str, Any] | None = None,
             problems: int | None = None, in_dossier: bool | None = None, **indexed: Any) -> Changes:
        """Save a fiche's answers (explicit save). A finalised fiche becomes a draft again.

        `indexed` carries the columns the tree and search need (name, champ, type_offre) as the form computed
        them. A fiche that was never published always goes through a dossier. For a published one,
        `in_dossier=False` sends the edit straight to the server, `True` carries it into the dossier (opening one),
        and `None` carries it into the open dossier when there is one, else sends it directly.
        """
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, node_id)
            fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
            _refuse_locked_changes(node, fiche, answers, questionnaire)
            s.add(fiche)
            structure = structure_of(s, node)
            published = node.server_id is not None
            if in_dossier is False and published:
                dossier = None  # a direct edit of a published fiche, straight to the server
            elif in_dossier or not published:
                dossier = open_dossier(s, structure, changes)
            else:  # published, not said: into the open dossier when there is one, else direct
                dossier = editable_dossier(s, structure)
            fiche.answers = dict(answers)
            fiche.draft = None
            if questionnaire is not None:
                fiche.questionnaire = questionnaire
            if resource is not None:
                fiche.resource = resource
            if location is not None:
                fiche.location = location
            fiche.updated_at = now_iso()
            locked = rules.locked_fields(node.origins)
            for key, value in indexed.items():
                if key not in INDEXED:
                    raise ValueError(f"not an indexed column: {key}")
                if key not in locked:
                    setattr(node, key, value)
            if problems is not None:
                node.problems = problems
            node.status = FicheStatus.DRAFT
            touch(node)
            outbox.append(s, changes, OutboxOp.UPDATE, node, dossier.id if dossier else None,
                          {"direct": dossier is None})
            changes.updated.add(node.id)
        return changes

    def save_draft(self, node_id: int, draft: dict[str, Any]) -> Changes:
        """Autosave what the user is typing; nothing goes to the outbox until an explicit save."""
        with self.ws.write() as s:
            node = get_live(s, node_id)
            fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
            _refuse_locked_changes(node, fiche, draft, None)
            s.add(fiche)
            fiche.draft = dict(draft)
            fiche.updated_at = now_iso()
        return Changes()

    def discard_draft(self, node_id: int) -> Changes:
        with self.ws.write() as s:
            fiche = s.get(Fiche, node_id)
            if fiche is not None:
                fiche.draft = None
        return Changes()

    def finalise(self, node_id: int, problems: int = 0) -> Changes:
        """Finalise a fiche (it turns green): its saved answers are checked here (app/models/validation) and the
        command is refused, with the problems, while one blocks or while answers are not saved. `problems` adds
        what only the form knows (values typed that it could not take)."""
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, node_id)
            fiche = s.get(Fiche, node_id)
            found = [p for p in fiche_problems(s, node, fiche) if p.blocking]
            refusal = rules.finalise_refusal(problems + len(found), bool(fiche is not None and fiche.draft), found)
            if refusal is not None:
                raise refusal
            node.problems = 0
            if node.status == FicheStatus.FINALISED:
                return changes
            dossier = open_dossier(s, structure_of(s, node), changes, create=node.server_id is None)
            node.status = FicheStatus.FINALISED
            touch(node)
            outbox.append(s, changes, OutboxOp.FINALISE, node, dossier.id if dossier else None, {})
            changes.updated.add(node.id)
        return changes

    def set_problems(self, counts: dict[int, int]) -> Changes:
        """Record how many blocking problems each fiche has (after a validation pass), in one bulk update.

        A finalised fiche found with a blocking problem is a draft again: a status the user can believe (the
        rules or the nomenclatures changed under it)."""
        changes = Changes()
        if not counts:
            return changes
        with self.ws.write() as s:
            current = {i: (n, st) for i, n, st in s.execute(select(Node.id, Node.problems, Node.status)
                                                             .where(Node.id.in_(list(counts)))).tuples()}
            rows: list[dict[str, Any]] = []
            for i, n in counts.items():
                if i not in current:
                    continue
                was, status = current[i]
                demoted = n > 0 and status == FicheStatus.FINALISED
                if was != n or demoted:
                    rows.append({"id": i, "problems": n, **({"status": FicheStatus.DRAFT.value} if demoted else {})})
            for chunk in (r for r in rows if "status" in r), (r for r in rows if "status" not in r):
                batch = list(chunk)
                if batch:
                    s.execute(update(Node), batch)
            changes.updated.update(r["id"] for r in rows)
        return changes


def _facts(s: Session, node: Node) -> Facts:
    """The node's facts from its ancestors' rows (a few primary-key reads)."""
    chain = [node]
    while chain[-1].parent_id is not None:
        parent = s.get(Node, chain[-1].parent_id)
        if parent is None:
            break
        chain.append(parent)
    rows = [(n.id, n.parent_id, n.kind, n.name, n.categorie, (n.finess_data or {}).get("categorie"))
            for n in chain]
    return facts_by_node(rows)[node.id]


def fiche_problems(s: Session, node: Node, fiche: Fiche | None) -> list[Problem]:
    """The problems of a fiche's saved answers, checked with its form (the one validation)."""
    stored = SimpleNamespace(resource=fiche.resource if fiche else None, finess_data=dict(node.finess_data or {}),
                             answers=dict(fiche.answers or {}) if fiche else {},
                             questionnaire=fiche.questionnaire if fiche else None)
    parent = s.get(Node, node.parent_id) if node.parent_id is not None else None
    return fiche_service.stored_problems(node, stored, parent, _facts(s, node))


def _refuse_locked_changes(node: Node, fiche: Fiche, answers: dict[str, Any], questionnaire: str | None) -> None:
    """FINESS-sourced values are not changed and pre-filled mandatory values not removed, whoever writes."""
    form_id = fiche_service.form_id_for(node.kind, node.categorie, node.champ, node.domaine,
                                        questionnaire or fiche.questionnaire)
    before = dict(fiche.answers or {})
    refusal = (rules.finess_locked_refusal(fiche_service.locked_items(form_id, node.origins), before, answers)
               or rules.prefilled_refusal(node.prefilled, answers, before, fiche_service.repeating_items(form_id)))
    if refusal is not None:
        raise refusal

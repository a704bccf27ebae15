"""`ws.fiches`: each unit's fiche: answers by linkId, the autosaved draft, status and problem count.

Saving goes through the same road as the tree's actions: it returns a `Changes` naming the node, and the node's
indexed columns (name, champ, type d'offre) follow the answers, so the tree and the form never disagree.
"""
from __future__ import annotations

from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from sqlalchemy import Text, select, type_coerce, update

from app.models import rules
from app.models.changes import Changes
from app.models.rows import FicheData, FicheRecord
from app.models.rules import RuleError
from app.models.store import outbox
from app.models.store.nodes import touch
from app.models.store.queries import editable_dossier, fiche_record, get_live, open_dossier, structure_of
from app.models.store.schema import Fiche, Node, now_iso
from app.models.workflow import FicheStatus, OutboxOp

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

INDEXED = ("name", "champ", "type_offre")


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

    def validation_rows(self) -> Iterator[tuple[Any, ...]]:
        """(node id, kind, categorie, champ, domaine, questionnaire, answers as JSON text, prefilled, problems)
        of every live fiche: what `validate_all` checks, read in one query."""
        stmt = (select(Node.id, Node.kind, Node.categorie, Node.champ, Node.domaine, Fiche.questionnaire,
                       type_coerce(Fiche.answers, Text), Node.prefilled, Node.problems)
                .join(Fiche, Fiche.node_id == Node.id).where(Node.deleted.is_(False)))
        with self.ws.read() as s:
            rows = s.execute(stmt).all()
        return iter(tuple(r) for r in rows)

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
            refusal = rules.prefilled_refusal(node.prefilled, answers)
            if refusal is not None:
                raise refusal
            fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
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
            get_live(s, node_id)
            fiche = s.get(Fiche, node_id) or Fiche(node_id=node_id, answers={})
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
        """Finalise a fiche (it turns green); refused while the form has problems or unsaved answers."""
        changes = Changes()
        with self.ws.write() as s:
            node = get_live(s, node_id)
            fiche = s.get(Fiche, node_id)
            refusal = rules.finalise_refusal(problems, bool(fiche is not None and fiche.draft))
            if refusal is not None:
                raise refusal
            node.problems = problems
            if node.status == FicheStatus.FINALISED:
                return changes
            dossier = open_dossier(s, structure_of(s, node), changes, create=node.server_id is None)
            node.status = FicheStatus.FINALISED
            touch(node)
            outbox.append(s, changes, OutboxOp.FINALISE, node, dossier.id if dossier else None, {})
            changes.updated.add(node.id)
        return changes

    def set_problems(self, counts: dict[int, int]) -> Changes:
        """Record how many blocking problems each fiche has (after a validation pass), in one bulk update."""
        changes = Changes()
        if not counts:
            return changes
        with self.ws.write() as s:
            current = dict(s.execute(select(Node.id, Node.problems).where(Node.id.in_(list(counts)))).tuples().all())
            rows = [{"id": i, "problems": n} for i, n in counts.items() if i in current and current[i] != n]
            if rows:
                s.execute(update(Node), rows)
            changes.updated.update(r["id"] for r in rows)
        return changes

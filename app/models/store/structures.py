"""`ws.structures`: EJ and EG as FINESS describes them; FINESS-sourced fields become read-only.

The FINESS extract is read and checked outside the store (app/models/finess.py); this writes the structures it
holds, in the caller's transaction, so a whole import commits at once.
"""
from __future__ import annotations

import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from app.models.changes import Changes
from app.models.kinds import Kind
from app.models.store.schema import Fiche, Node, now_iso

if TYPE_CHECKING:
    from app.models.finess import FinessStructure
    from app.models.store.workspace import Workspace

FINESS_ORIGINS = {"name": "finess", "finess": "finess", "siret": "finess", "categorie": "finess", "address": "finess"}


@dataclass
class UpsertCounts:
    ej_created: int = 0
    eg_created: int = 0
    eg_updated: int = 0
    changes: Changes = field(default_factory=Changes)


def _apply(node: Node, values: dict[str, Any]) -> bool:
    changed = False
    for key, value in values.items():
        if getattr(node, key) != value:
            setattr(node, key, value)
            changed = True
    return changed


def _new_structure(s: Session, kind: Kind, parent_id: int | None, position: int, **values: Any) -> Node:
    """A new EJ or EG in step with FINESS (nothing to send), with its empty fiche."""
    node = Node(uid=str(uuid.uuid4()), kind=kind.value, parent_id=parent_id, position=position, status="draft",
                problems=0, conflict=False, dirty=False, deleted=False, favourite=False, updated_at=now_iso(),
                **values)
    s.add(node)
    s.flush()
    s.add(Fiche(node_id=node.id, questionnaire=kind.value.lower(), answers={}, updated_at=now_iso()))
    return node


class Structures:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def upsert_finess(self, structures: Iterable[FinessStructure],
                      domaine_of: Callable[[str], str | None]) -> UpsertCounts:
        """Create or update the EJ and EG of these FINESS structures (matched by FINESS number)."""
        counts = UpsertCounts()
        with self.ws.write() as s:
            by_finess = {(n.kind, n.finess): n for n in s.scalars(
                select(Node).where(Node.kind.in_([Kind.EJ.value, Kind.EG.value]), Node.deleted.is_(False)))}
            roots = sum(1 for k in by_finess if k[0] == Kind.EJ.value)
            kids: dict[int, int] = {}
            for st in structures:
                ej = by_finess.get((Kind.EJ.value, st.nofinessej))
                if ej is None:
                    ej = _new_structure(s, Kind.EJ, None, roots, name=st.ej_name, finess=st.nofinessej,
                                        departement=st.departement, origins={"finess": "finess"},
                                        finess_data={"finess_ej": st.nofinessej})
                    roots += 1
                    by_finess[(Kind.EJ.value, st.nofinessej)] = ej
                    counts.ej_created += 1
                    counts.changes.inserted.add(ej.id)
                values = {"name": st.name, "siret": st.siret or None, "departement": st.departement,
                          "categorie": st.categetab, "domaine": domaine_of(st.categetab),
                          "finess_data": st.finess_data(), "origins": FINESS_ORIGINS}
                eg = by_finess.get((Kind.EG.value, st.nofinesset))
                if eg is None:
                    if ej.id not in kids:
                        kids[ej.id] = len(list(s.scalars(select(Node.id).where(Node.parent_id == ej.id))))
                    eg = _new_structure(s, Kind.EG, ej.id, kids[ej.id], finess=st.nofinesset, **values)
                    kids[ej.id] += 1
                    by_finess[(Kind.EG.value, st.nofinesset)] = eg
                    counts.eg_created += 1
                    counts.changes.inserted.add(eg.id)
                elif _apply(eg, values):
                    eg.updated_at = now_iso()
                    counts.eg_updated += 1
                    counts.changes.updated.add(eg.id)
        return counts

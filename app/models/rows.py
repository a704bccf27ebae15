"""Light read-only views of nodes for the tree and the screens (no ORM object crosses a thread)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

TREE_COLUMNS = (
    "id", "uid", "kind", "parent_id", "position", "name", "finess", "departement", "categorie", "domaine",
    "champ", "type_offre", "status", "problems", "conflict", "favourite", "dirty", "server_id", "comment",
)


@dataclass(slots=True, frozen=True)
class NodeRow:
    """What the tree, the filter and the summary need of one node."""

    id: int
    uid: str
    kind: str
    parent_id: int | None
    position: int
    name: str
    finess: str | None
    departement: str | None
    categorie: str | None
    domaine: str | None
    champ: str | None
    type_offre: str | None
    status: str
    problems: int
    conflict: bool
    favourite: bool
    dirty: bool
    server_id: str | None
    comment: str | None


@dataclass(slots=True, frozen=True)
class FicheData:
    """A node's fiche as the forms need it."""

    node_id: int
    kind: str
    questionnaire: str | None
    answers: dict[str, Any]
    draft: dict[str, Any] | None
    resource: dict[str, Any] | None
    location: dict[str, Any] | None
    finess_data: dict[str, Any]
    origins: dict[str, str]
    prefilled: dict[str, list[str]]
    status: str


@dataclass(slots=True, frozen=True)
class DossierRow:
    id: int
    structure_id: int
    state: str
    submission_uid: str | None
    task_id: str | None
    task_status: str | None
    comments: dict[str, Any] | None
    sent_at: str | None

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
    bundle_id: str | None = None
    opened_at: str | None = None
    updated_at: str | None = None


@dataclass(slots=True, frozen=True)
class NodeRecord:
    """Every column of a node (the sync maps it to FHIR); frozen, so it may cross threads."""

    id: int
    uid: str
    kind: str
    parent_id: int | None
    position: int
    name: str
    finess: str | None
    siren: str | None
    siret: str | None
    departement: str | None
    categorie: str | None
    domaine: str | None
    champ: str | None
    type_offre: str | None
    status: str
    problems: int
    conflict: bool
    finess_data: dict[str, Any] | None
    origins: dict[str, str] | None
    prefilled: dict[str, list[str]] | None
    server_id: str | None
    server_version: str | None
    dirty: bool
    deleted: bool
    favourite: bool
    comment: str | None
    updated_at: str


@dataclass(slots=True, frozen=True)
class FicheRecord:
    """A fiche's stored content as the sync reads it."""

    node_id: int
    questionnaire: str | None
    answers: dict[str, Any]
    resource: dict[str, Any] | None
    location: dict[str, Any] | None


@dataclass(slots=True, frozen=True)
class OutboxRow:
    """A local change waiting for the server (or refused by it: `state` failed, with the server's message)."""

    id: int
    op: str
    node_id: int | None
    dossier_id: int | None
    payload: dict[str, Any]
    state: str
    attempts: int
    created_at: str
    last_error: str | None
    last_reason: str | None = None  # last_error as a refusal (refusals.reason_from_json): said in any language


@dataclass(slots=True, frozen=True)
class ConflictRow:
    """The server's copy of a node in conflict ("theirs"): `reason` 'changed' or 'deleted' (resource None)."""

    node_id: int
    reason: str
    server_version: str | None
    resource: dict[str, Any] | None


@dataclass(slots=True, frozen=True)
class NodeView:
    """A node as the sync maps it: its record, its fiche, its parent, and (a UO) what its EG says of the
    commune: the FINESS code, and the EG's resource as the server sent it."""

    node: NodeRecord
    fiche: FicheRecord | None
    parent: NodeRecord | None
    finess_commune: str | None = None
    eg_resource: dict[str, Any] | None = None

"""What the sync hands the store from the server: resources mapped to node columns and answers (pure data)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.models.changes import Changes

# The node columns a server resource may set (a pull, a merged conflict); the rest is the workspace's own.
NODE_COLUMNS = ("kind", "name", "finess", "siren", "siret", "departement", "categorie", "domaine", "champ",
                "type_offre", "status", "finess_data", "origins", "prefilled")


@dataclass
class PulledItem:
    """One server resource mapped to a node: `parent` is the server reference of its parent ("Type/id")."""

    server_type: str
    server_id: str
    version: str | None
    uid: str | None
    parent: str | None
    columns: dict[str, Any]
    questionnaire: str | None = None
    answers: dict[str, Any] | None = None  # None or {}: read from `resource` and `location` by the node's form
    resource: dict[str, Any] | None = None
    location: dict[str, Any] | None = None  # a UO's Location (capacities), as the server sent it


@dataclass
class PullResult:
    changes: Changes = field(default_factory=Changes)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0  # dirty or in conflict: the push decides
    orphans: int = 0  # parent unknown here: not placed
    fetched: int = 0  # resources the server sent


@dataclass
class Ack:
    """The server acknowledged a node: its id and version, the resource as stored, and the node's stamp when it
    was sent (a node edited again since keeps its newer change waiting)."""

    node_id: int
    server_id: str | None
    version: str | None
    resource: dict[str, Any] | None
    stamp: str | None
    location: dict[str, Any] | None = None

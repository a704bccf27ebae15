"""What the sync hands the store from the server: resources mapped to node columns and answers (pure data)."""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, NamedTuple

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


# Why a pulled resource found no place in the tree (Unfit.reason), said in French for the report.
UNFIT_REASONS = {
    "no-parent": "sans parent (ni partOf ni providedBy)",
    "unknown-parent": "son parent n'est ni dans le périmètre ni dans l'espace de travail",
    "unknown-kind": "type d'organisation inconnu",
    "misplaced": "ce type d'unité ne peut pas se trouver sous son parent",
    "not-found": "aucune structure de ce numéro FINESS sur le serveur",
}


@dataclass(frozen=True)
class Unfit:
    """A server resource (or an asked structure) that does not fit the tree: listed, never made a node.
    `reference` is "Type/id" (or "FINESS <number>" for a structure the server does not have)."""

    reference: str
    name: str
    reason: str  # a key of UNFIT_REASONS
    parent: str | None = None

    def text(self) -> str:
        name = f" « {self.name} »" if self.name else ""
        parent = f" ({self.parent})" if self.parent and self.reason != "no-parent" else ""
        return f"{self.reference}{name} : {UNFIT_REASONS.get(self.reason, self.reason)}{parent}"


@dataclass
class PullResult:
    changes: Changes = field(default_factory=Changes)
    inserted: int = 0
    updated: int = 0
    unchanged: int = 0
    kept_local: int = 0  # dirty or in conflict: the push decides
    orphans: int = 0  # parent unknown here: not placed (each one listed in `unfit`)
    fetched: int = 0  # resources the server sent
    unfit: list[Unfit] = field(default_factory=list)  # what found no place in the tree
    unstable: bool = False  # the server's answers changed while being paged: re-read, marks kept back
    shrunk: bool = False  # something was deleted on the server during the pull: a reconciliation follows


class Placement(NamedTuple):
    """Where a live node sits and what it is on the server (the perimeter's walk starts from these)."""

    node_id: int
    parent_id: int | None
    kind: str
    server_id: str | None
    finess: str | None
    version: str | None  # the server version it is in step with
    located: bool  # a UO whose fiche holds a Location (capacities)


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

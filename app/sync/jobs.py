"""What the push sends for one node: built by engine_resources from the store, run by engine_push."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass
class Job:
    """One node to bring in step: what to send and the outbox entries it settles."""

    node_id: int
    entry_ids: list[int]
    action: str  # 'create', 'update', 'delete', 'skip'
    resource: dict[str, Any] | None
    server_type: str | None
    server_id: str | None
    version: str | None
    base: dict[str, Any] | None
    stamp: str | None
    uid: str
    location: dict[str, Any] | None = None  # the UO's Location to send first (capacities)
    location_base: dict[str, Any] | None = None  # fiche.location: the server's copy as last known
    location_version: str | None = None

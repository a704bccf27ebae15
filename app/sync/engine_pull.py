"""Pulling what changed on the server since the last sync, type by type, and applying it to the store.

Each resource type keeps its own high-water mark (`sync.last_pull.<Type>`, the largest meta.lastUpdated seen):
the server orders a search by lastUpdated and pages with a keyset, so a resource written during the pull shows
up later in the same paging or in the next pull, never lost between two types. The marks move only once what
was pulled is in the store. The first pull of a workspace (no mark) takes everything. Locations come with
the services that reference them (`fiche.location`); one changed alone refreshes its service's fiche.
Deletions are not in a search: app/sync/engine_reconcile.py finds them.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.models.pulled import PullResult
from app.sync import engine_resources as res
from app.sync.client import FhirClient

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

MARK = "sync.last_pull."


def is_first(ws: Workspace) -> bool:
    """Nothing was pulled yet and no node knows a server id: the next pull takes everything and brings the
    workspace exactly in step (nothing it holds can be missing on the server)."""
    if any(ws.settings.get(MARK + rtype) for rtype in res.PULLED_TYPES):
        return False
    return not ws.server.live_server_ids(res.server_type)


def pull(ws: Workspace, client: FhirClient, page_size: int = 1000,
         progress: Callable[[str, int, int], None] | None = None) -> PullResult:
    """Fetch every changed Organization, HealthcareService and Location, then apply them in one
    transaction."""
    fetched: dict[str, list[dict[str, Any]]] = {}
    marks: dict[str, str] = {}
    count = 0
    for rtype in res.PULLED_TYPES:
        last = ws.settings.get(MARK + rtype)
        params: dict[str, str] = {"_count": str(page_size), "_sort": "_lastUpdated"}
        if last:
            params["_lastUpdated"] = f"gt{last}"
        found: list[dict[str, Any]] = []
        for resource in client.search(rtype, params):
            found.append(resource)
            seen = (resource.get("meta") or {}).get("lastUpdated")
            if seen and seen > marks.get(rtype, ""):
                marks[rtype] = seen
            count += 1
            if progress and count % 500 == 0:
                progress("pull", count, 0)
        fetched[rtype] = found
    items = res.pulled_items(fetched)
    with ws.batch():
        result = ws.server.apply_pulled(items, locations=res.lone_locations(fetched))
        for rtype, mark in marks.items():
            ws.settings.set(MARK + rtype, mark)
    result.fetched = count
    return result

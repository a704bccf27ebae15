"""Pulling what changed on the server since the last sync, type by type, and applying it to the store.

Each resource type keeps its own high-water mark (`sync.last_pull.<Type>`, the largest meta.lastUpdated seen):
the server orders a search by lastUpdated and pages with a keyset, so a resource written during the pull shows
up later in the same paging or in the next pull, never lost between two types. The marks move only once what
was pulled is in the store. The first pull of a workspace (no mark) takes everything. Locations come with the services that reference them
(`fiche.location`); one changed alone refreshes its service's fiche.
"""
from __future__ import annotations

from app.models.pulled import PullResult
from app.sync import engine_resources as res
from app.sync.client import FhirClient

MARK = "sync.last_pull."


def pull(ws, client: FhirClient, page_size: int = 1000, progress=None) -> PullResult:
    """Fetch every changed Organization, HealthcareService and Location, then apply them in one transaction."""
    fetched: dict[str, list[dict]] = {}
    marks: dict[str, str] = {}
    count = 0
    for rtype in res.PULLED_TYPES:
        last = ws.settings.get(MARK + rtype)
        params = {"_count": str(page_size), "_sort": "_lastUpdated"}
        if last:
            params["_lastUpdated"] = f"gt{last}"
        found = []
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

"""Reconciliation: the ids and versions of every resource of the perimeter, against the workspace's.

The pull only sees what changed (`_lastUpdated=gt`), never what was deleted: a search does not return
tombstones. So, from time to time (the first sync of a session, then every `PERIOD`, on demand, and right
after a pull that saw something deleted while it paged), the engine lists the ids and versions of the
perimeter (app/sync/engine_perimeter.py `listing`: the structures, then `_elements=id,meta` searches under
them, or `_summary=true` when the server does not know `_elements`; never the whole server), and:
- a live node whose server id is no longer listed is gone (`ws.server.gone`: tombstoned, or a conflict when
  local work waits for it); one that left the perimeter is gone from the workspace the same way;
- a node whose version differs from the server's missed a change (or was just published without one): its
  resource is read again (`_id` search, a chunk at a time) and applied like a pull.
Nothing is removed unless every listing came back whole and stable. A listing that would remove most of the
workspace (the wrong server, a server restored from an old backup) is refused rather than applied.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.models.changes import Changes
from app.models.clock import now_iso
from app.models.fiche_service import check_nodes
from app.sync import engine_perimeter
from app.sync import engine_resources as res
from app.sync.client import FhirClient, SyncError

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

MARK = "sync.last_reconcile"
PERIOD = timedelta(hours=24)
ID_CHUNK = 100  # ids per `_id=` search when reading changed resources again
SAFE_LOSS = 20  # at most this many resources, or half of a type, may disappear in one reconciliation


@dataclass
class Reconciled:
    """What one reconciliation found and changed."""

    changes: Changes = field(default_factory=Changes)
    listed: int = 0  # resources the server listed
    gone: int = 0  # server ids no longer on the server
    refreshed: int = 0  # nodes updated from a version they had missed


def due(ws: Workspace, now: datetime | None = None) -> bool:
    """True when the last reconciliation is older than PERIOD (or never happened)."""
    last = ws.settings.get(MARK)
    if not last:
        return True
    try:
        when = datetime.fromisoformat(last)
    except ValueError:
        return True
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - when >= PERIOD


def mark_done(ws: Workspace) -> None:
    ws.settings.set(MARK, now_iso())


def fetch(client: FhirClient, rtype: str, ids: list[str]) -> list[dict[str, Any]]:
    """The current resources with these ids (those deleted meanwhile are simply not returned)."""
    found: list[dict[str, Any]] = []
    for start in range(0, len(ids), ID_CHUNK):
        chunk = ids[start:start + ID_CHUNK]
        found += client.search(rtype, {"_id": ",".join(chunk), "_count": str(len(chunk))})
    return found


def reconcile(ws: Workspace, client: FhirClient, page_size: int = 1000) -> Reconciled:
    """List the perimeter's ids and versions, then tombstone what is gone and refresh what is behind."""
    out = Reconciled()
    local = ws.server.live_server_ids(res.server_type)
    walk = engine_perimeter.listing(client, engine_perimeter.resolve(ws, client), page_size)
    listed: dict[str, dict[str, str | None]] = {}
    for (rtype, rid), resource in walk.paged.resources.items():
        listed.setdefault(rtype, {})[rid] = (resource.get("meta") or {}).get("versionId")
    out.listed = sum(len(v) for v in listed.values())
    whole = not walk.paged.unstable
    missing: list[str] = []
    stale: dict[str, list[str]] = {}
    for rtype, known in local.items():
        theirs = listed.get(rtype, {})
        lost = [sid for sid in known if sid not in theirs]
        if len(lost) > max(SAFE_LOSS, len(known) // 2):
            raise SyncError(f"Réconciliation interrompue : {len(lost)} ressources {rtype} sur {len(known)} "
                            "seraient supprimées. Vérifiez l'adresse du serveur ; rien n'a été modifié.")
        if whole:
            missing += lost
        behind = [sid for sid, version in known.items() if sid in theirs and theirs[sid] != version]
        if behind:
            stale[rtype] = behind
    fetched = {rtype: fetch(client, rtype, ids) for rtype, ids in stale.items()}
    with ws.batch():
        out.changes.merge(ws.server.gone(missing))
        out.gone = len(missing)
        if fetched:
            result = ws.server.apply_pulled(res.pulled_items(fetched))
            out.changes.merge(result.changes)
            out.refreshed = result.updated
        if whole:
            mark_done(ws)
    out.changes.merge(check_nodes(ws, out.changes.inserted | out.changes.updated))  # what the batch committed
    return out

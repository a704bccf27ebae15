"""Pushing lits et places: one JSON Patch of a unit's Location per unit, with If-Match on the version the
figures were based on (the ROR's CapabilityStatement opens PATCH on Location for capacity updates).

The store keeps one waiting `capacity` entry per unit (a later change replaced the earlier one), so only the
latest figures go; the history stays local. The patch replaces the first-level `extension` array: the
Location's other extensions are kept as last known, the unit's capacity extensions are the stored figures.
What the server says, written at once:
- accepted: the rows are in step and the answer becomes the last known Location;
- 412: if the server already holds exactly these figures (our answer was lost) it is accepted; if the Location
  changed but not the figures of these keys, the patch is made again on top of the server's copy; otherwise the
  rows show a conflict and the server's copy is kept (`ws.capacities.resolve` then decides);
- another 4xx: the figures are kept and the rows say why (the server's sentence);
- unreachable, 5xx or 429 once the client's retries are spent: the entries stay pending and the push stops;
- a unit never sent yet waits (its fiche, whose capacities group holds the same figures, creates the Location);
  a published unit without a Location on the server is refused with a sentence (send its fiche first).
Units run a few at a time (a thread pool), as the other updates do.
"""
from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from app.models.capacity_fhir import EXT_SUPPORTED_CAPACITY, figures_of, is_capacity, merged_extensions
from app.models.changes import Changes
from app.models.refusals import Refusal
from app.sync import profile
from app.sync.auth import AuthError
from app.sync.client import FhirClient, PreconditionFailed, Result, ServerError, SyncError
from app.sync.server_rules import JSON_PATCH, UNKNOWN, ServerRules

if TYPE_CHECKING:
    from app.models.store.capacities import Outgoing
    from app.models.store.workspace import Workspace

Progress = Any  # Callable[[str, int, int], None] | None


@dataclass
class CapacityOutcome:
    """What the server said of one unit's figures: 'ack', 'conflict', 'failed' or 'transient'; 'waiting' when the
    unit itself is not on the server yet (its entry stays pending, untouched)."""

    node_id: int
    entry_ids: list[int]
    kind: str
    result: Result | None = None
    error: Refusal | str | None = None  # a refusal (said in the user's language), or the profile check's words
    stop: Exception | None = None


def operations(location: dict[str, Any], extensions: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The JSON Patch: the first-level `extension` array replaced (added when the Location had none)."""
    return [{"op": "replace" if "extension" in location else "add", "path": "/extension", "value": extensions}]


def local_problem(location: dict[str, Any], extensions: list[dict[str, Any]]) -> str | None:
    """The first breach of the RORLocation profile the patched capacities would make (checked here first). The
    capacity rules read each capacity extension alone (their paths count capacity extensions only), so a
    Location carrying just those is checked: the rest of the unit's Location is not walked for each PATCH."""
    patched = {"resourceType": location.get("resourceType"),
               "extension": [ext for ext in extensions if is_capacity(ext)]}
    for p in profile.errors(profile.check_resource(patched)):
        if EXT_SUPPORTED_CAPACITY in p.path:
            return p.message
    return None


def holds(location: dict[str, Any], out: Outgoing) -> bool:
    """The server's Location already carries exactly the unit's figures (whatever their dates or labels): our
    write went through and only its answer was lost, or the fiche's own update sent the same figures."""
    theirs = figures_of(location)
    for e in out.entries:
        fig = theirs.get((e.nature, e.gender or "", e.temporality))
        wanted = {s: v for s, v in e.counts.items() if v is not None}
        if (fig.counts if fig is not None else {}) != wanted:
            return False
    return True


def untouched(location: dict[str, Any], out: Outgoing) -> bool:
    """The server's Location carries, for the keys the unit sends, the same figures as the copy they were based
    on: someone changed something else (a name, another nature), nothing to decide."""
    theirs, based = figures_of(location), figures_of(out.location)
    for e in out.entries:
        key = (e.nature, e.gender or "", e.temporality)
        if (theirs[key].counts if key in theirs else {}) != (based[key].counts if key in based else {}):
            return False
    return True


def send(client: FhirClient, out: Outgoing, rules: ServerRules = UNKNOWN) -> CapacityOutcome:
    """PATCH one unit's Location (PUT it whole when the server declares update and not JSON Patch on Location);
    never raises: what happened is the outcome's kind ('unsupported': the server opens no write on Location,
    the figures wait)."""
    def outcome(kind: str, **more: Any) -> CapacityOutcome:
        return CapacityOutcome(out.node_id, out.entry_ids, kind, **more)

    how = "patch" if rules.allows("Location", "patch") and JSON_PATCH in rules.patch_formats else (
        "update" if rules.allows("Location", "update") else None)
    if how is None:
        return outcome("unsupported", error=Refusal(rules.missing_write("Location"), what="Location"))

    def write(location: dict[str, Any], extensions: list[dict[str, Any]], version: str) -> Result:
        if how == "patch":
            return client.patch("Location", str(location["id"]), operations(location, extensions), version)
        return client.update({**location, "extension": extensions}, version)

    location = out.location or {}
    rid = location.get("id")
    if not rid and not out.published:
        return outcome("waiting")  # the unit's fiche creates its Location with these figures (see the store)
    if not rid:
        return outcome("failed", error=Refusal("capacity-no-location"))
    extensions = merged_extensions(location, out.entries)
    problem = local_problem(location, extensions)
    if problem is not None:
        return outcome("failed", error=problem)
    try:
        version = out.base_version or client.read("Location", str(rid)).version or ""
        for _ in range(2):
            try:
                return outcome("ack", result=write({**location, "id": rid}, extensions, version))
            except PreconditionFailed:
                theirs = client.read("Location", str(rid))
                if holds(theirs.resource, out):
                    return outcome("ack", result=theirs)  # it went through (its answer was lost), or same figures
                if not untouched(theirs.resource, out):
                    return outcome("conflict", result=theirs)
                # the Location changed, but not the figures of these keys: once more on top of the server's copy
                location, version = theirs.resource, theirs.version or ""
                extensions = merged_extensions(location, out.entries)
        return outcome("conflict", result=client.read("Location", str(rid)))
    except ServerError as exc:
        if exc.status in (404, 410):
            return outcome("failed", error=Refusal("capacity-location-gone"))
        if exc.status >= 500 or exc.status == 429:
            return outcome("transient", error=exc, stop=exc)
        return outcome("failed", error=exc)
    except (SyncError, AuthError) as exc:  # offline, TLS, an unreadable answer, refused credentials
        return outcome("transient", error=exc, stop=exc)


def record(ws: Workspace, outcomes: list[CapacityOutcome]) -> Changes:
    """Write what the server said of each unit, in one commit."""
    changes = Changes()
    with ws.batch():
        changes.merge(ws.capacities.acknowledged_many(
            [(o.node_id, o.entry_ids, o.result.resource if o.result is not None and o.result.resource else None)
             for o in outcomes if o.kind == "ack"]))
        for o in outcomes:
            if o.kind in ("ack", "waiting", "unsupported"):  # unsupported: waits, untouched, the report says why
                continue
            if o.kind == "conflict":
                changes.merge(ws.capacities.conflicted(o.node_id, o.entry_ids,
                                                       o.result.resource if o.result is not None else None))
            elif o.kind == "failed":
                changes.merge(ws.capacities.refused(o.node_id, o.entry_ids, o.error or "refusé par le serveur"))
            else:
                ws.outbox.attempted(o.entry_ids, o.error or "serveur indisponible")
    return changes


def push(ws: Workspace, client: FhirClient, changes: Changes, pool: int = 8, progress: Progress = None,
         chunk: int = 100, done: list[CapacityOutcome] | None = None,
         rules: ServerRules = UNKNOWN) -> list[CapacityOutcome]:
    """Send every unit with waiting figures, `chunk` units per commit (each chunk's outcomes appended to `done`
    as they are written); an unreachable server (or refused credentials) is raised once what was answered is
    written. A chunk's outcomes are written while the next chunk is on the wire, so the server never waits
    for the workspace."""
    units = ws.capacities.waiting_units()
    done = done if done is not None else []
    stop: Exception | None = None
    with ThreadPoolExecutor(max_workers=max(1, pool)) as executor:
        sent: deque[list[Future[CapacityOutcome]]] = deque()

        def settle() -> Exception | None:
            outcomes = [future.result() for future in sent.popleft()]
            changes.merge(record(ws, outcomes))
            done.extend(outcomes)
            if progress:
                progress("capacities", len(done), len(units))
            return next((o.stop for o in outcomes if o.stop is not None), None)

        for start in range(0, len(units), chunk):
            batch = ws.capacities.outgoing_many(units[start:start + chunk])
            sent.append([executor.submit(send, client, b, rules) for b in batch if b.entry_ids])
            if len(sent) > 1:
                stop = settle()
                if stop is not None:
                    break  # the chunk already on the wire is still written below
        while sent:  # the last chunk; after a stop, what was answered is written all the same
            found = settle()
            stop = stop or found
    if stop is not None:
        raise stop
    return done

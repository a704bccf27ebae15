"""Pushing direct changes: creates (If-None-Exist), updates (If-Match, a few in parallel), deletions.

A change is acknowledged only once the server answered; a 412 is examined before it becomes a conflict:
- the server already holds what we sent (our write went through but its answer was lost): acknowledged;
- the server's copy only differs from the copy we last knew by its version (nobody changed the content):
  sent again on top of the new version;
- otherwise the node is put in conflict with the server's copy kept beside ours: nothing is overwritten.
Other answers: the resource is gone (404/410 on update): `ws.server.gone`, so a local edit of it becomes a
conflict ('deleted') the user decides; a refusal (another 4xx) marks the entries failed with the server's
message, to be retried or discarded; a transient failure (5xx, 429, time-out, dropped connection, offline,
an unreadable answer), once the client's own retries are spent, leaves them pending with the attempt counted
and stops the push there.
A UO with capacities also sends its Location first (a write with If-Match when the server gave it an id, else a
conditional create on its identifier); the service then references the Location's server id, and the
acknowledged Location is kept in fiche.location. A Location changed on the server meanwhile is a refusal the
user sees; one deleted on the server is created again.
Writes go as the server's CapabilityStatement allows (server_rules.py): PUT when the type declares update, else a
JSON Patch (fhir_patch.py) from the server's copy last held to the new content, with If-Match of that copy's
version; a create without declared conditional create first looks for the node's identifier. A write the server
does not declare is not sent: its entries stay pending, untouched, and the outcome ('unsupported') says why.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field, replace
from typing import TYPE_CHECKING, Any

from app.models.changes import Changes
from app.models.pulled import Ack
from app.models.refusals import Refusal
from app.models.rows import OutboxRow
from app.models.workflow import OutboxOp
from app.sync import engine_resources as res
from app.sync import fhir_patch
from app.sync.auth import AuthError
from app.sync.client import FhirClient, PreconditionFailed, Result, ServerError, SyncError
from app.sync.jobs import Job
from app.sync.server_rules import UNKNOWN, ServerRules

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

GONE = (404, 410)
Progress = Any  # Callable[[str, int, int], None] | None


@dataclass
class Outcome:
    job: Job
    kind: str  # 'ack', 'conflict', 'gone', 'failed', 'transient', 'unsupported'
    result: Result | None = None
    theirs: Result | None = None
    error: Refusal | None = None  # why it did not go (said in the user's language by the window)
    fields: dict[str, list[str]] = field(default_factory=dict)
    location: Result | None = None  # the Location as the server acknowledged it
    stop: Exception | None = None  # offline or refused credentials: the push stops after this one


def plan(ws: Workspace, entries: list[OutboxRow]) -> list[Job]:
    """Coalesce direct outbox entries per node (first-entry order): the node's current state decides."""
    order: dict[int, list[int]] = {}
    ops: dict[int, set[str]] = {}
    for e in entries:
        if e.node_id is not None:
            order.setdefault(e.node_id, []).append(e.id)
            ops.setdefault(e.node_id, set()).add(str(e.op))
    views = ws.server.views(list(order))  # one read for all of them
    jobs = [res.job_for(ws, node_id, ids, views.get(node_id)) for node_id, ids in order.items()]
    return [_confirmation(job) if ops[job.node_id] == {OutboxOp.CONFIRM.value} else job for job in jobs]


def _confirmation(job: Job) -> Job:
    """A yearly confirmation without change: the server's own copy goes back as it is (If-Match), so only its
    last-modified date (and version) moves."""
    if job.action != "update" or not job.base:
        return job
    return replace(job, resource={k: v for k, v in job.base.items() if k != "meta"}, location=None)


def same_content(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Equal once the server's bookkeeping (id, meta) is set aside."""
    if a is None or b is None:
        return False
    strip = ("id", "meta")
    return {k: v for k, v in a.items() if k not in strip} == {k: v for k, v in b.items() if k not in strip}


def unsupported(job: Job, rules: ServerRules) -> Outcome | None:
    """The write(s) this job needs that the server does not declare, as an 'unsupported' Outcome; None when it
    can go."""
    needs: list[tuple[str, str]] = []
    if job.action == "delete":
        needs.append((job.server_type or "", "delete"))
    elif job.action in ("create", "update"):
        needs.append((job.server_type or "", job.action))
        if job.location is not None:
            needs.append(("Location", "update" if (job.location or {}).get("id") else "create"))
    for rtype, write in needs:
        if write == "update" and rules.write(rtype) is None:
            return Outcome(job, "unsupported", error=Refusal(rules.missing_write(rtype), what=rtype))
        if write in ("create", "delete") and not rules.allows(rtype, write):
            return Outcome(job, "unsupported", error=Refusal(f"sync-{write}-unsupported", what=rtype))
    return None


def run_job(client: FhirClient, job: Job, rules: ServerRules = UNKNOWN) -> Outcome:
    """Send one node; never raises: what happened is the Outcome's kind."""
    refused_here = unsupported(job, rules)
    if refused_here is not None:
        return refused_here
    try:
        sent_location = None
        if job.location is not None and job.action in ("create", "update"):
            sent = _send_location(client, job, rules)
            if isinstance(sent, Outcome):
                return sent
            sent_location = sent
            _point_at(job, sent_location)
        outcome = _run_main(client, job, rules)
        outcome.location = sent_location
        return outcome
    except ServerError as exc:
        return refused(job, exc)
    except (SyncError, AuthError) as exc:  # offline, TLS, an unreadable answer, refused credentials
        return Outcome(job, "transient", error=exc, stop=exc)


def refused(job: Job, exc: ServerError) -> Outcome:
    """What a server error means for the node: gone, worth trying again later, or refused as it stands."""
    if exc.status in GONE and job.action == "update":
        return Outcome(job, "gone", error=exc)
    if exc.status >= 500 or exc.status == 429:  # still failing once the client's retries are spent: stop here
        return Outcome(job, "transient", error=exc, stop=exc)
    return Outcome(job, "failed", error=exc, fields=exc.fields)


def _create(client: FhirClient, rules: ServerRules, resource: dict[str, Any], condition: str | None) -> Result:
    """POST with If-None-Exist; when the server does not declare conditional create, the identifier is looked
    for first, so a replay after a lost answer still finds the first copy."""
    rtype = str(resource.get("resourceType") or "")
    if condition and not rules.conditional_create(rtype):
        for found in client.search(rtype, dict([condition.split("=", 1)])):
            return Result(found, str((found.get("meta") or {}).get("versionId") or "") or None, 200)
    return client.create(resource, if_none_exist=condition)


def _run_main(client: FhirClient, job: Job, rules: ServerRules) -> Outcome:
    if job.action == "skip":
        return Outcome(job, "ack")
    rtype, rid = job.server_type or "", job.server_id or ""
    if job.action == "delete":
        client.delete(rtype, rid, job.version)  # already gone (404/410) is what we wanted
        return Outcome(job, "ack")
    if job.resource is None:
        return Outcome(job, "failed", error=Refusal("sync-nothing-to-send"))
    if job.action == "create":
        return Outcome(job, "ack", _create(client, rules, job.resource, res.uid_condition(job.uid)))
    return _update(client, job, job.resource, rtype, rid, rules.write(rtype) or "update")


def write(client: FhirClient, how: str, resource: dict[str, Any], base: dict[str, Any] | None,
          version: str) -> Result:
    """PUT the resource, or PATCH it (JSON Patch from `base`, the server's copy at `version`), with If-Match."""
    if how == "patch":
        rtype, rid = str(resource["resourceType"]), str(resource["id"])
        return client.patch(rtype, rid, fhir_patch.operations(base, resource), version)
    return client.update(resource, version)


def _update(client: FhirClient, job: Job, sent: dict[str, Any], rtype: str, rid: str, how: str,
            rounds: int = 3) -> Outcome:
    resource, version = {**sent, "id": rid}, job.version
    base: dict[str, Any] | None = None  # the server's copy at `version` (a PATCH starts from it)
    for _ in range(rounds):
        try:
            if not version:  # an id without a version (just published): the server's current one
                current = client.read(rtype, rid)
                version, base = current.version or "", current.resource
            elif how == "patch" and base is None:
                base = _at_version(client, rtype, rid, version)
            return Outcome(job, "ack", write(client, how, resource, base, version))
        except PreconditionFailed:
            theirs = client.read(rtype, rid)  # 404/410 here: gone
            if same_content(theirs.resource, resource):
                return Outcome(job, "ack", theirs)
            if same_content(theirs.resource, _base(client, job)):
                version, base = theirs.version, theirs.resource
                continue
            return Outcome(job, "conflict", theirs=theirs)
    return Outcome(job, "transient", error=Refusal("sync-version-unstable"))


def _at_version(client: FhirClient, rtype: str, rid: str, version: str) -> dict[str, Any] | None:
    """The server's copy at `version`, a JSON Patch's starting point (the fiche's stored resource carries local
    edits, a rename for one): read from its history, else the current copy when it is still at that version;
    None otherwise (the patch then sets every element)."""
    try:
        return client.history(rtype, rid, version).resource
    except ServerError as exc:
        if exc.status >= 500 or exc.status == 429:
            raise
        current = client.read(rtype, rid)  # 404/410 here: gone
        return current.resource if current.version == version else None


def _send_location(client: FhirClient, job: Job, rules: ServerRules) -> Result | Outcome:
    """PUT or PATCH (If-Match) the UO's known Location, or create a new one; an Outcome when it cannot be sent."""
    location = dict(job.location or {})
    rid = location.get("id")
    if rid:
        sent = _update_location(client, job, location, str(rid), rules.write("Location") or "update")
        if sent is not None:
            return sent
        location.pop("id", None)  # deleted on the server: created again below
        location.pop("meta", None)
    ident = next((i.get("value") for i in location.get("identifier") or []
                  if i.get("system") == res.NODE_UID_SYSTEM), None)
    condition = f"identifier={res.NODE_UID_SYSTEM}|{ident}" if ident else None
    return _create(client, rules, location, condition)


def _update_location(client: FhirClient, job: Job, location: dict[str, Any], rid: str,
                     how: str) -> Result | Outcome | None:
    """The Location sent on top of its known version; None when the server deleted it."""
    try:
        version, base = job.location_version, job.location_base
        if not version or (how == "patch" and base is None):
            current = client.read("Location", rid)
            version, base = current.version or "", current.resource
        for _ in range(3):
            try:
                return write(client, how, location, base, version or "")
            except PreconditionFailed:
                theirs = client.read("Location", rid)
                if same_content(theirs.resource, location):
                    return theirs
                if job.location_base is not None and same_content(theirs.resource, job.location_base):
                    version, base = theirs.version or "", theirs.resource
                    continue
                return Outcome(job, "failed", error=Refusal("sync-location-changed"))
    except ServerError as exc:
        if exc.status in GONE:
            return None
        raise
    return Outcome(job, "transient", error=Refusal("sync-version-unstable"))


def _point_at(job: Job, sent: Result) -> None:
    """The service references the Location by its server id (in place of a urn:uuid)."""
    if not sent.id or job.resource is None:
        return
    ref = f"Location/{sent.id}"
    known = (job.location or {}).get("id")
    old = {f"Location/{known}"} if known else set()
    old |= {r.get("reference") for r in job.resource.get("location") or []
            if str(r.get("reference") or "").startswith("urn:uuid:")}
    refs = [r for r in job.resource.get("location") or [] if r.get("reference") not in old]
    job.resource = {**job.resource, "location": refs + [{"reference": ref}]}


def _base(client: FhirClient, job: Job) -> dict[str, Any] | None:
    """The server's copy we last were in step with, read from the server's history (the local copy may
    carry local changes)."""
    if not job.version:
        return job.base
    try:
        return client.history(job.server_type or "", job.server_id or "", job.version).resource
    except ServerError:
        return job.base


def push(ws: Workspace, client: FhirClient, entries: list[OutboxRow], changes: Changes, pool: int = 8,
         progress: Progress = None, done: list[Outcome] | None = None,
         rules: ServerRules = UNKNOWN) -> list[Outcome]:
    """Send the direct entries: creates in order (parents first), then updates in parallel, then deletes.

    Results are written to the store (and appended to `done`) as they come, so an interruption keeps what was
    acknowledged; an unreachable server (or refused credentials) is raised once what was answered is written.
    """
    jobs = plan(ws, entries)
    creates = [j for j in jobs if j.action == "create"]
    updates = [j for j in jobs if j.action in ("update", "skip")]
    deletes = [j for j in reversed(jobs) if j.action == "delete"]
    outcomes: list[Outcome] = done if done is not None else []
    total = len(jobs)

    def settle(batch: list[Outcome]) -> None:
        changes.merge(record(ws, batch))
        outcomes.extend(batch)
        if progress:
            progress("push", len(outcomes), total)
        stop = next((o.stop for o in batch if o.stop is not None), None)
        if stop is not None:
            raise stop

    for job in creates:  # sequential: a child's resource refers to its parent's new server id
        settle([run_job(client, res.refresh_job(ws, job), rules)])
    if updates:
        if creates:  # a parent created above: its children's resources now refer to its server id
            updates = [res.refresh_job(ws, j) for j in updates]
        with ThreadPoolExecutor(max_workers=max(1, pool)) as executor:
            settle(list(executor.map(lambda j: run_job(client, j, rules), updates)))
    for job in deletes:
        settle([run_job(client, job, rules)])
    return outcomes


def record(ws: Workspace, outcomes: list[Outcome]) -> Changes:
    """Write what the server said in one commit: a node is in step exactly when its entries are done;
    conflicts keep the server's copy; a resource gone from the server goes through `ws.server.gone`; refusals
    stay on their entries with the server's message; transient failures leave them pending."""
    acks: list[Ack] = []
    done_ids: list[int] = []
    gone: list[str] = []
    changes = Changes()
    with ws.batch():
        for o in outcomes:
            job = o.job
            if o.kind == "ack":
                r, loc = o.result, o.location
                acks.append(Ack(node_id=job.node_id, server_id=(r.id if r else None) or job.server_id,
                                version=r.version if r else None,
                                resource=r.resource if r and r.resource else None, stamp=job.stamp,
                                location=loc.resource if loc is not None and loc.resource else None))
                done_ids += job.entry_ids
            elif o.kind == "conflict" and o.theirs is not None:
                theirs = o.theirs
                changes.merge(ws.conflicts.put(job.node_id, theirs.resource, theirs.version, job.entry_ids))
            elif o.kind == "gone" and job.server_id:
                gone.append(job.server_id)
            elif o.kind == "failed":
                changes.merge(ws.outbox.failed_with(job.entry_ids, o.error or "refusé par le serveur"))
            elif o.kind == "unsupported":
                continue  # the server does not declare this write: the entries wait, untouched
            else:
                ws.outbox.attempted(job.entry_ids, o.error or "serveur indisponible")
        if acks or done_ids:
            changes.merge(ws.server.in_step(acks, done_ids))
        changes.merge(ws.server.gone(gone))
    return changes

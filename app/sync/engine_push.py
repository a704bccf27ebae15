"""Pushing direct changes: creates (If-None-Exist), updates (If-Match, a few in parallel), deletions.

A change is acknowledged only once the server answered; a 412 is examined before it becomes a conflict:
- the server already holds what we sent (our write went through but its answer was lost): acknowledged;
- the server's copy only differs from the copy we last knew by its version (nobody changed the content):
  sent again on top of the new version;
- otherwise the node is put in conflict with the server's copy kept beside ours: nothing is overwritten.
A UO with capacities also sends its Location first (PUT with If-Match when the server gave it an id, else a
conditional create on its identifier); the service then references the Location's server id, and the
acknowledged Location is kept in fiche.location. A Location changed on the server meanwhile is a conflict too.
"""
from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

from app.models.changes import Changes
from app.models.pulled import Ack
from app.models.rows import OutboxRow
from app.sync import engine_resources as res
from app.sync.jobs import Job
from app.sync.client import FhirClient, OfflineError, PreconditionFailed, Result, ServerError


@dataclass
class Outcome:
    job: Job
    kind: str  # 'ack', 'conflict', 'failed', 'offline'
    result: Result | None = None
    theirs: Result | None = None
    error: str | None = None
    fields: dict[str, list[str]] = field(default_factory=dict)
    location: Result | None = None  # the Location as the server acknowledged it


def plan(ws: Any, entries: list[OutboxRow]) -> list[Job]:
    """Coalesce direct outbox entries per node (first-entry order): the node's current state decides."""
    order: dict[int, list[int]] = {}
    for e in entries:
        if e.node_id is not None:
            order.setdefault(e.node_id, []).append(e.id)
    jobs = []
    for node_id, ids in order.items():
        jobs.append(res.job_for(ws, node_id, ids))
    return jobs


def same_content(a: dict[str, Any] | None, b: dict[str, Any] | None) -> bool:
    """Equal once the server's bookkeeping (id, meta) is set aside."""
    if a is None or b is None:
        return False
    strip = ("id", "meta")
    return {k: v for k, v in a.items() if k not in strip} == {k: v for k, v in b.items() if k not in strip}


def run_job(client: FhirClient, job: Job) -> Outcome:
    """Send one node; never raises except OfflineError (the caller stops there)."""
    try:
        sent_location = None
        if job.location is not None and job.action in ("create", "update"):
            sent_location = _send_location(client, job)
            if isinstance(sent_location, Outcome):
                return sent_location
            _point_at(job, sent_location)
        outcome = _run_main(client, job)
        outcome.location = sent_location
        return outcome
    except OfflineError:
        raise
    except ServerError as exc:
        return Outcome(job, "failed", error=str(exc), fields=exc.fields)


def _run_main(client: FhirClient, job: Job) -> Outcome:
    try:
        if job.action == "create":
            ident = res.uid_condition(job.uid)
            return Outcome(job, "ack", client.create(job.resource, if_none_exist=ident))
        if job.action == "delete":
            client.delete(job.server_type, job.server_id, job.version)
            return Outcome(job, "ack")
        if job.action == "skip":
            return Outcome(job, "ack")
        return _update(client, job)
    except OfflineError:
        raise
    except ServerError as exc:
        return Outcome(job, "failed", error=str(exc), fields=exc.fields)


def _update(client: FhirClient, job: Job, rounds: int = 3) -> Outcome:
    resource, version = dict(job.resource), job.version
    for _ in range(rounds):
        resource["id"] = job.server_id
        try:
            return Outcome(job, "ack", client.update(resource, version))
        except PreconditionFailed:
            theirs = client.read(job.server_type, job.server_id)
            if same_content(theirs.resource, resource):
                return Outcome(job, "ack", theirs)
            if same_content(theirs.resource, _base(client, job)):
                version = theirs.version
                continue
            return Outcome(job, "conflict", theirs=theirs)
    return Outcome(job, "failed", error="Version du serveur instable : réessayez plus tard.")


def _send_location(client: FhirClient, job: Job) -> Result | Outcome:
    """PUT (If-Match) the UO's known Location, or create a new one; an Outcome when it cannot be sent."""
    location = dict(job.location)
    rid = location.get("id")
    if not rid:
        ident = next((i.get("value") for i in location.get("identifier") or []
                      if i.get("system") == res.NODE_UID_SYSTEM), None)
        condition = f"identifier={res.NODE_UID_SYSTEM}|{ident}" if ident else None
        return client.create(location, if_none_exist=condition)
    version = job.location_version
    if not version:  # an id without a version (just published): take the server's current one
        version = client.read("Location", rid).version
    for _ in range(3):
        try:
            return client.update(location, version)
        except PreconditionFailed:
            theirs = client.read("Location", rid)
            if same_content(theirs.resource, location):
                return theirs
            if job.location_base is not None and same_content(theirs.resource, job.location_base):
                version = theirs.version
                continue
            return Outcome(job, "failed", error="Les capacités de cette unité ont été modifiées sur le serveur "
                                                "entre-temps : synchronisez pour les récupérer, puis recommencez.")
    return Outcome(job, "failed", error="Version du serveur instable : réessayez plus tard.")


def _point_at(job: Job, sent: Result) -> None:
    """The service references the Location by its server id (in place of a urn:uuid)."""
    if not sent.id or job.resource is None:
        return
    ref = f"Location/{sent.id}"
    old = {f"Location/{job.location.get('id')}"} if job.location.get("id") else set()
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
        return client.request("GET", f"{job.server_type}/{job.server_id}/_history/{job.version}").json()
    except ServerError:
        return job.base


def push(ws: Any, client: FhirClient, entries: list[OutboxRow], changes: Changes, pool: int = 8,
         progress: Any = None) -> list[Outcome]:
    """Send the direct entries: creates in order (parents first), then updates in parallel, then deletes.

    Results are written to the store as they come, so an interruption keeps what was acknowledged.
    """
    jobs = plan(ws, entries)
    creates = [j for j in jobs if j.action == "create"]
    updates = [j for j in jobs if j.action in ("update", "skip")]
    deletes = [j for j in reversed(jobs) if j.action == "delete"]
    outcomes: list[Outcome] = []
    total = len(jobs)

    def settle(batch: list[Outcome]) -> None:
        changes.merge(record(ws, batch))
        outcomes.extend(batch)
        if progress:
            progress("push", len(outcomes), total)

    for job in creates:  # sequential: a child's resource refers to its parent's new server id
        job = res.refresh_job(ws, job)
        settle([run_job(client, job)])
    if updates:
        with ThreadPoolExecutor(max_workers=max(1, pool)) as executor:
            futures = [executor.submit(run_job, client, j) for j in updates]
            done: list[Outcome] = []
            failure: OfflineError | None = None
            for f in futures:
                try:
                    done.append(f.result())
                except OfflineError as exc:
                    failure = failure or exc
            settle(done)
            if failure:
                raise failure
    for job in deletes:
        settle([run_job(client, job)])
    return outcomes


def record(ws: Any, outcomes: list[Outcome]) -> Changes:
    """Write what the server said in one commit: a node is in step exactly when its entries are done;
    conflicts keep the server's copy; refusals stay on their entries with the server's message."""
    acks: list[Ack] = []
    done_ids: list[int] = []
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
                changes.merge(ws.conflicts.put(job.node_id, o.theirs.resource, o.theirs.version, job.entry_ids))
            elif o.kind == "failed":
                changes.merge(ws.outbox.failed_with(job.entry_ids, o.error or "refusé par le serveur"))
        if acks or done_ids:
            changes.merge(ws.server.in_step(acks, done_ids))
    return changes

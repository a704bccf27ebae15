"""Dossiers on the server: send one as a Bundle plus a validation Task, then follow the Task to its end.

Both creates carry If-None-Exist on the dossier's submission uuid, so sending again after a lost answer finds
the first copies. The Bundle's entries carry the version each resource was based on (ifMatch) and the client
identifier of each new one (ifNoneExist). The Task is followed by polling: in progress keeps the dossier "en
validation"; completed publishes it only when each of its fiches is read back from the server at the expected
content (engine_readback.py; the ids of new resources from Task.output or found by their client identifier),
else it is reopened with its changes and the reason; a Task the server no longer has reopens it too; a Task
failed because a resource changed or was deleted on the server meanwhile makes that a conflict on the unit
concerned; rejected puts the validator's notes on the fiches concerned and makes the dossier editable again.
A new UO's Location travels as `urn:uuid:<mapping.location_id(uid)>`: its server id goes into fiche.location.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from app.models.changes import Changes
from app.models.refusals import Refusal
from app.models.rows import DossierRow, NodeRow
from app.models.workflow import DossierState
from app.sync import engine_readback
from app.sync import engine_resources as res
from app.sync.client import FhirClient, PreconditionFailed, ServerError
from app.sync.errors import WriteUnsupported
from app.sync.mapping import server_type
from app.sync.server_rules import UNKNOWN, ServerRules

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

Say = Callable[[Refusal], None]  # adds a line to the sync report
SUBMISSION_SYSTEM = "urn:ror-referent:submission"
TASK_CODE_SYSTEM = "urn:ror-referent:task-code"
DOSSIER_VALIDATION = "dossier-validation"
NOTE_FICHE_URL = "urn:ror-sandbox:note-fiche"
SHOWN_NAMES = 5
ACTIVE = ("draft", "requested", "received", "accepted", "ready", "in-progress", "on-hold")


def submission_condition(submission: str) -> str:
    return f"identifier={SUBMISSION_SYSTEM}|{submission}"


def task_for(structure_ref: str, bundle_id: str, submission: str, structure_name: str) -> dict[str, Any]:
    return {
        "resourceType": "Task",
        "identifier": [{"system": SUBMISSION_SYSTEM, "value": submission}],
        "status": "requested",
        "intent": "order",
        "code": {"coding": [{"system": TASK_CODE_SYSTEM, "code": DOSSIER_VALIDATION,
                             "display": "Validation d'un dossier"}]},
        "description": f"Dossier de « {structure_name} » soumis pour validation",
        "focus": {"reference": structure_ref},
        "input": [{"type": {"text": "dossier"}, "valueReference": {"reference": f"Bundle/{bundle_id}"}}],
    }


def send(ws: Workspace, client: FhirClient, dossier_id: int, changes: Changes,
         rules: ServerRules = UNKNOWN) -> tuple[str, str]:
    """POST the dossier's Bundle and Task (idempotent); return (task id, task status). The Bundle's changes go
    as the server allows them (PUT, else JSON Patch: see engine_resources.dossier_bundle)."""
    d = ws.dossiers.get(dossier_id)
    if d is None or not d.submission_uid:
        raise ValueError(f"dossier {dossier_id} is not ready to be sent")
    submission = d.submission_uid
    bundle = res.dossier_bundle(ws, d.structure_id, rules)
    missing = unsupported_entry(bundle, rules)
    if missing is not None:
        raise missing
    bundle["identifier"] = {"system": SUBMISSION_SYSTEM, "value": submission}
    stored = client.create(bundle, if_none_exist=submission_condition(submission))
    structure = ws.nodes.get(d.structure_id)
    focus = res.reference_of(ws, d.structure_id) or ""
    task = client.create(task_for(focus, stored.id or "", submission, structure.name),
                         if_none_exist=submission_condition(submission))
    status = str(task.resource.get("status", "requested"))
    changes.merge(ws.server.dossier_sent(dossier_id, stored.id, task.id, status))
    return task.id or "", status


def unsupported_entry(bundle: dict[str, Any], rules: ServerRules) -> WriteUnsupported | None:
    """Why the server could not take the dossier as it declares itself: the first entry whose write (create,
    update, delete) its CapabilityStatement does not open, or the Bundle and Task the dossier travels in; None
    when it opens every one."""
    for rtype in ("Bundle", "Task"):
        if not rules.allows(rtype, "create"):
            return WriteUnsupported("sync-create-unsupported", what=rtype)
    for entry in bundle.get("entry") or []:
        request = entry.get("request") or {}
        rtype = str(request.get("url") or "").split("/", 1)[0].split("?", 1)[0]
        method = request.get("method")
        if method == "POST" and not rules.allows(rtype, "create"):
            return WriteUnsupported("sync-create-unsupported", what=rtype)
        if method == "DELETE" and not rules.allows(rtype, "delete"):
            return WriteUnsupported("sync-delete-unsupported", what=rtype)
        if method in ("PUT", "PATCH") and rules.write(rtype) is None:
            return WriteUnsupported(rules.missing_write(rtype), what=rtype)
    return None


def _notes(task: dict[str, Any]) -> dict[str, str]:
    """{uid or server id: text} from the Task's notes (each names its fiche by urn:uuid or Type/id)."""
    found: dict[str, str] = {}
    for note in task.get("note") or []:
        ref = next((e.get("valueReference", {}).get("reference") for e in note.get("extension") or []
                    if e.get("url") == NOTE_FICHE_URL), None)
        text = str(note.get("text") or "")
        if not ref:
            continue
        if text.startswith(ref + " : "):
            text = text[len(ref) + 3:]
        key = ref[len("urn:uuid:"):] if ref.startswith("urn:uuid:") else ref.rsplit("/", 1)[-1]
        found[key] = f"{found[key]}\n{text}" if key in found else text
    return found


def _location_id(uid: str) -> str:
    from app.sync.mapping import location_id

    return location_id(uid)


def _new_ids(task: dict[str, Any]) -> dict[str, str]:
    """{uuid: server id} of the new resources Task.output names (the sandbox writes them)."""
    return engine_readback.outputs(task)[0]


GONE = (404, 410)


def _sent_bundle(ws: Workspace, client: FhirClient, d: DossierRow) -> dict[str, Any]:
    """The Bundle the dossier sent, as the server keeps it; rebuilt from the store when the server lost it."""
    if d.bundle_id:
        try:
            return client.read("Bundle", d.bundle_id).resource
        except ServerError as exc:
            if exc.status not in GONE:
                raise
    return res.dossier_bundle(ws, d.structure_id)


def _nodes_of(ws: Workspace, d: DossierRow, found: list[engine_readback.Found]) -> list[tuple[NodeRow, Any]]:
    """The dossier's node each read-back entry is about (a UO for its Location), with the entry."""
    nodes = ws.dossiers.nodes(d.id)
    by_key: dict[str, NodeRow] = {}
    for n in nodes:
        by_key[n.uid] = n
        by_key[_location_id(n.uid)] = n
        if n.server_id:
            by_key[f"{server_type(n.kind)}/{n.server_id}"] = n
    keys = {f.key for f in found}
    for n in nodes:  # a UO's existing Location: its id is in the fiche
        view = ws.server.view(n.id) if n.kind == "UO" and n.dirty else None
        loc = (view.fiche.location or {}) if view is not None and view.fiche is not None else {}
        if loc.get("id") and f"Location/{loc['id']}" in keys:
            by_key[f"Location/{loc['id']}"] = n
    return [(by_key[f.key], f) for f in found if f.key in by_key]


def _names(rows: list[NodeRow]) -> str:
    unique = list(dict.fromkeys(f"« {n.name} »" for n in rows))
    more = len(unique) - SHOWN_NAMES
    return ", ".join(unique[:SHOWN_NAMES]) + (f" (+{more})" if more > 0 else "")


def _conflicts(ws: Workspace, d: DossierRow, found: list[engine_readback.Found], changes: Changes) -> list[NodeRow]:
    """Resources the server changed or deleted since the dossier's version: a conflict on the unit concerned
    (the server's copy kept beside the local one; a deletion is a 'deleted' conflict), never an overwrite."""
    concerned = []
    for node, f in _nodes_of(ws, d, [f for f in found if f.state in ("changed", "deleted")]):
        concerned.append(node)
        if f.state == "deleted" and not f.key.startswith("Location/") and node.server_id:
            changes.merge(ws.server.gone([node.server_id]))
        elif f.state == "changed" and f.resource is not None and not f.key.startswith("Location/"):
            changes.merge(ws.conflicts.put(node.id, f.resource, f.version, []))
    return concerned


def _rebase(ws: Workspace, d: DossierRow, found: list[engine_readback.Found], changes: Changes) -> None:
    """Before reopening: what the server already holds (an update applied, a Location changed there) becomes
    the base of the next sending, so it is not refused on a version that is no more."""
    for node, f in _nodes_of(ws, d, [f for f in found if f.state in ("ok", "changed") and "/" in f.key]):
        if f.key.startswith("Location/") and f.resource is not None:
            changes.merge(ws.dossiers.rebase(node.id, location=f.resource))
        elif f.state == "ok" and f.version:
            changes.merge(ws.dossiers.rebase(node.id, version=f.version))


def _reopen(ws: Workspace, d: DossierRow, changes: Changes, say: Say | None, key: str,
            task_status: str | None, found: list[engine_readback.Found] | None = None, **args: Any) -> None:
    """The dossier is open again, with its changes, and the user reads why (`say`: a line of the report)."""
    _rebase(ws, d, found or [], changes)
    changes.merge(ws.dossiers.reopen(d.id, key, task_status, **args))
    if say is not None:
        say(Refusal(key, **args))


def _completed(ws: Workspace, client: FhirClient, d: DossierRow, task: dict[str, Any], name: str,
               changes: Changes, say: Say | None) -> bool:
    """A completed Task: published only when each fiche is read back at the expected content. False when
    the dossier was reopened instead."""
    found = engine_readback.read_back(client, _sent_bundle(ws, client, d), task)
    if found.complete:
        changes.merge(ws.server.dossier_published(d.id, found.ids, "completed", location_of=_location_id))
        return True
    changed = _conflicts(ws, d, found.entries, changes)
    if changed:
        _reopen(ws, d, changes, say, "dossier-server-changed", "completed", found.entries, name=name,
                count=len({n.id for n in changed}), names=_names(changed))
    else:
        missing = [n for n, _f in _nodes_of(ws, d, found.with_state("missing"))]
        count = len({n.id for n in missing}) or len(found.with_state("missing"))
        _reopen(ws, d, changes, say, "dossier-not-on-server", "completed", found.entries, name=name,
                count=count, names=_names(missing) or "?")
    return False


def follow(ws: Workspace, client: FhirClient, changes: Changes, say: Say | None = None) -> dict[str, int]:
    """Poll every dossier in validation; return how many were published, rejected, reopened, still waiting.

    A Task the server no longer has, or one completed while the server does not hold the dossier's content,
    reopens its dossier (the reason goes to `say`) and the sync goes on; a Task that failed because
    a resource changed on the server meanwhile turns that change into a conflict."""
    counts = {"published": 0, "rejected": 0, "waiting": 0, "reopened": 0}
    for d in ws.dossiers.all():
        if d.state != DossierState.IN_VALIDATION or not d.task_id:
            continue
        name = ws.nodes.get(d.structure_id).name
        try:
            task = client.read("Task", d.task_id).resource
        except ServerError as exc:
            if exc.status not in GONE:
                raise
            _reopen(ws, d, changes, say, "dossier-task-gone", None, name=name)
            counts["reopened"] += 1
            continue
        status = task.get("status", "")
        if status == "completed":
            counts["published" if _completed(ws, client, d, task, name, changes, say) else "reopened"] += 1
        elif status in ("rejected", "failed", "cancelled"):
            drifted = engine_readback.drift(client, _sent_bundle(ws, client, d)).entries
            changed = _conflicts(ws, d, drifted, changes)
            if changed and status != "rejected":
                _reopen(ws, d, changes, say, "dossier-server-changed", status, drifted, name=name,
                        count=len({n.id for n in changed}), names=_names(changed))
                counts["reopened"] += 1
                continue
            comment = (task.get("statusReason") or {}).get("text") or "Dossier refusé par le validateur."
            changes.merge(ws.server.dossier_rejected(d.id, comment, _notes(task), status))
            counts["rejected"] += 1
        else:
            if status != d.task_status:
                changes.merge(ws.dossiers.set_state(d.id, DossierState.IN_VALIDATION, task_status=status))
            counts["waiting"] += 1
    return counts


WITHDRAWN_REASON = "Dossier retiré par le référent avant la fin de sa validation."


def withdraw(ws: Workspace, client: FhirClient, dossier_id: int, entry_ids: list[int], changes: Changes) -> bool:
    """Cancel the dossier's validation Task on the server (If-Match; read again once when the validator
    touched it meanwhile). True when the dossier is open again; a Task already completed or rejected is
    refused by the server (ServerError), and the next follow takes its outcome."""
    d = ws.dossiers.get(dossier_id)
    if d is None or d.state != DossierState.IN_VALIDATION or not d.task_id:
        changes.merge(ws.server.dossier_withdrawn(dossier_id, entry_ids))
        return True
    for attempt in range(2):
        try:
            current = client.read("Task", d.task_id)
        except ServerError as exc:
            if exc.status not in GONE:
                raise
            break  # the server no longer has the Task: nothing left to cancel
        task = dict(current.resource)
        if task.get("status") == "cancelled":
            break
        task.update({"status": "cancelled", "statusReason": {"text": WITHDRAWN_REASON}})
        try:
            client.update(task, current.version or "")
            break
        except PreconditionFailed:
            if attempt:
                raise
    changes.merge(ws.server.dossier_withdrawn(dossier_id, entry_ids))
    return True

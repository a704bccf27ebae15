"""Dossiers on the server: send one as a Bundle plus a validation Task, then follow the Task to its end.

Both creates carry If-None-Exist on the dossier's submission uuid, so sending again after a lost answer finds
the first copies. The Task is followed by polling: in progress keeps the dossier "en validation"; completed
gives the ids of the new resources (Task.output, keyed by urn:uuid) and the dossier is published; rejected
puts the validator's notes on the fiches concerned and makes the dossier editable again. A new UO's Location
travels as `urn:uuid:<mapping.location_id(uid)>`: its server id, from Task.output too, goes into
fiche.location.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from app.models.changes import Changes
from app.models.workflow import DossierState
from app.sync import engine_resources as res
from app.sync.client import FhirClient

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

SUBMISSION_SYSTEM = "urn:ror-referent:submission"
TASK_CODE_SYSTEM = "urn:ror-referent:task-code"
DOSSIER_VALIDATION = "dossier-validation"
NOTE_FICHE_URL = "urn:ror-sandbox:note-fiche"
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


def send(ws: Workspace, client: FhirClient, dossier_id: int, changes: Changes) -> tuple[str, str]:
    """POST the dossier's Bundle and Task (idempotent); return (task id, task status)."""
    d = ws.dossiers.get(dossier_id)
    if d is None or not d.submission_uid:
        raise ValueError(f"dossier {dossier_id} is not ready to be sent")
    submission = d.submission_uid
    bundle = res.dossier_bundle(ws, d.structure_id)
    bundle["identifier"] = {"system": SUBMISSION_SYSTEM, "value": submission}
    stored = client.create(bundle, if_none_exist=submission_condition(submission))
    structure = ws.nodes.get(d.structure_id)
    focus = res.reference_of(ws, d.structure_id) or ""
    task = client.create(task_for(focus, stored.id or "", submission, structure.name),
                         if_none_exist=submission_condition(submission))
    status = str(task.resource.get("status", "requested"))
    changes.merge(ws.server.dossier_sent(dossier_id, stored.id, task.id, status))
    return task.id or "", status


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
    ids = {}
    for out in task.get("output") or []:
        urn = (out.get("type") or {}).get("text") or ""
        ref = (out.get("valueReference") or {}).get("reference") or ""
        if urn.startswith("urn:uuid:") and "/" in ref:
            ids[urn[len("urn:uuid:"):]] = ref.rsplit("/", 1)[-1]
    return ids


def follow(ws: Workspace, client: FhirClient, changes: Changes) -> dict[str, int]:
    """Poll every dossier in validation; return how many were published, rejected, still waiting."""
    counts = {"published": 0, "rejected": 0, "waiting": 0}
    for d in ws.dossiers.all():
        if d.state != DossierState.IN_VALIDATION or not d.task_id:
            continue
        task = client.read("Task", d.task_id).resource
        status = task.get("status", "")
        if status == "completed":
            changes.merge(ws.server.dossier_published(d.id, _new_ids(task), status, location_of=_location_id))
            counts["published"] += 1
        elif status in ("rejected", "failed", "cancelled"):
            comment = (task.get("statusReason") or {}).get("text") or "Dossier refusé par le validateur."
            changes.merge(ws.server.dossier_rejected(d.id, comment, _notes(task), status))
            counts["rejected"] += 1
        else:
            if status != d.task_status:
                changes.merge(ws.dossiers.set_state(d.id, DossierState.IN_VALIDATION, task_status=status))
            counts["waiting"] += 1
    return counts

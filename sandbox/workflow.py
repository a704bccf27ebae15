"""The validator's side of a dossier: accept (apply the proposed Bundle) or reject (comment and notes per fiche).

Bundle representation (type `collection`), as the sandbox reads it:
- a new resource: `fullUrl` = `urn:uuid:<uuid>` and no `id`; the server gives it an id, rewrites every reference
  to that urn in the Bundle, and lists the mapping in `Task.output`:
  `{"type": {"text": "urn:uuid:<uuid>"}, "valueReference": {"reference": "Organization/<id>"}}`;
- an update of an existing resource: the resource with its `id` (fullUrl `[base]/Type/id` or absent): stored as
  a new version;
- a deletion: an entry without resource, with `request: {"method": "DELETE", "url": "Organization/<id>"}`;
- a patch (FHIR R4 transaction rules): `request: {"method": "PATCH", "url": "Location/<id>"}` and a Binary
  resource (`contentType` application/json-patch+json, `data` the base64 JSON Patch), applied to the current
  version, first-level elements only as the PATCH route.
Accepting applies the Bundle as a transaction: `request.ifNoneExist` on a create finds the resource instead of
making a second one, `request.ifMatch` (`W/"<version>"`) on an update or deletion must name the current version,
and an update of a resource deleted meanwhile is refused; one failed precondition refuses the whole Bundle and
the Task becomes `failed`, its statusReason and a note naming the resource concerned.
A rejection sets `status` rejected, `statusReason.text` = the comment, and one `note` per fiche:
`{"text": "<fiche> : <text>", "extension": [{"url": NOTE_FICHE_URL, "valueReference": {"reference": "<fiche>"}}]}`
where `<fiche>` is `urn:uuid:...` or `Organization/<id>`.
"""
from __future__ import annotations

import base64
import json
from datetime import UTC, datetime
from typing import Any
from urllib.parse import parse_qsl

import jsonpatch
from jsonpointer import JsonPointerException

from .indexing import split_reference
from .outcome import SandboxError
from .references import rewrite_references
from .search import parse_search
from .store import Store, format_instant, new_id
from .web import parse_etag

TASK_CODE_SYSTEM = "urn:ror-referent:task-code"
DOSSIER_VALIDATION = "dossier-validation"
NOTE_FICHE_URL = "urn:ror-sandbox:note-fiche"
OPEN_STATUSES = ("draft", "requested", "received", "accepted", "ready", "in-progress")


class WorkflowError(SandboxError):
    """A validator action that cannot be done (French message); `status` is the HTTP answer for the admin API."""

    def __init__(self, message: str, status: int = 409):
        super().__init__(message)
        self.status = status


def is_dossier_validation(task: dict[str, Any]) -> bool:
    codings = (task.get("code") or {}).get("coding") or []
    return any(c.get("code") == DOSSIER_VALIDATION for c in codings)


def _open_task(store: Store, task_id: str) -> dict[str, Any]:
    row = store.read("Task", task_id)
    if row is None or row.deleted:
        raise WorkflowError(f"Tâche introuvable : {task_id}", 404)
    task = row.content
    if not is_dossier_validation(task):
        raise WorkflowError(f"La tâche {task_id} n'est pas une demande de validation de dossier.")
    if task.get("status") not in OPEN_STATUSES:
        raise WorkflowError(f"La tâche {task_id} est déjà traitée (statut {task.get('status')}).")
    return task


def _bundle_of(store: Store, task: dict[str, Any]) -> dict[str, Any]:
    for item in task.get("input") or []:
        rtype, rid = split_reference((item.get("valueReference") or {}).get("reference", ""))
        if rtype == "Bundle":
            row = store.read("Bundle", rid)
            if row is None or row.deleted:
                raise WorkflowError(f"Le Bundle {rid} du dossier est introuvable.", 422)
            return row.content
    raise WorkflowError(f"La tâche {task['id']} ne désigne aucun Bundle dans input.", 422)


def _set_status(store: Store, task: dict[str, Any], status: str, **fields: Any) -> dict[str, Any]:
    changed = {**task, **fields, "status": status, "lastModified": format_instant(datetime.now(UTC))}
    return store.write("Task", task["id"], changed).content


def plan_bundle(bundle: dict[str, Any]) -> tuple[list[tuple[str, str, str, dict | None]], dict[str, str]]:
    """[(action, type, id, resource)] and the urn:uuid -> Type/id mapping for the new resources."""
    plan: list[tuple[str, str, str, dict | None]] = []
    mapping: dict[str, str] = {}
    for index, entry in enumerate(bundle.get("entry") or []):
        request = entry.get("request") or {}
        method = str(request.get("method") or "").upper()
        resource = entry.get("resource")
        full_url = str(entry.get("fullUrl") or "")
        if method == "DELETE":
            rtype, rid = split_reference(str(request.get("url") or ""))
            if not rtype:
                raise WorkflowError(f"Entrée {index} du Bundle : suppression sans « Type/id » lisible.", 422)
            plan.append(("delete", rtype, rid, None))
        elif method == "PATCH":
            rtype, rid = split_reference(str(request.get("url") or ""))
            if not rtype:
                raise WorkflowError(f"Entrée {index} du Bundle : PATCH sans « Type/id » lisible.", 422)
            plan.append(("patch", rtype, rid, {"operations": _patch_of(index, resource)}))
        elif not isinstance(resource, dict) or not resource.get("resourceType"):
            raise WorkflowError(f"Entrée {index} du Bundle : ressource absente.", 422)
        elif full_url.startswith("urn:") or not resource.get("id"):
            rid = new_id()
            if full_url:
                mapping[full_url] = f"{resource['resourceType']}/{rid}"
            plan.append(("create", resource["resourceType"], rid, resource))
        else:
            plan.append(("update", resource["resourceType"], str(resource["id"]), resource))
    return plan, mapping


def _patch_of(index: int, resource: Any) -> list[dict[str, Any]]:
    """The JSON Patch a PATCH entry's Binary carries (first-level paths only)."""
    if not isinstance(resource, dict) or resource.get("resourceType") != "Binary" \
            or str(resource.get("contentType") or "").split(";")[0].strip() != "application/json-patch+json":
        raise WorkflowError(f"Entrée {index} du Bundle : un PATCH porte un Binary application/json-patch+json.", 422)
    try:
        ops = json.loads(base64.b64decode(str(resource.get("data") or ""), validate=True))
    except ValueError as exc:
        raise WorkflowError(f"Entrée {index} du Bundle : JSON Patch illisible.", 422) from exc
    if not isinstance(ops, list) or not all(isinstance(op, dict) and isinstance(op.get("path"), str)
                                            and op["path"].count("/") == 1 for op in ops):
        raise WorkflowError(f"Entrée {index} du Bundle : seuls les attributs de premier niveau se modifient "
                            f"par PATCH.", 422)
    return ops


class BundleConflict(WorkflowError):
    """An entry's precondition failed (ifMatch on another version, or its resource deleted): the whole Bundle
    is refused; `ref` ("Type/id") names the resource concerned."""

    def __init__(self, message: str, ref: str):
        super().__init__(message, 412)
        self.ref = ref


def _preconditions(store: Store, bundle: dict[str, Any], plan: list[tuple[str, str, str, dict | None]],
                   mapping: dict[str, str]) -> set[int]:
    """Check each entry's request.ifMatch (updates and deletions: BundleConflict, as a transaction's 412) and
    request.ifNoneExist (creates: a match is taken as the resource, not created again); an update of a
    resource deleted on the server is refused, never brought back. Return the indexes of creates to skip."""
    skip: set[int] = set()
    entries = bundle.get("entry") or []
    for index, (action, rtype, rid, _resource) in enumerate(plan):
        request = entries[index].get("request") or {}
        if action == "create" and request.get("ifNoneExist"):
            items = parse_qsl(str(request["ifNoneExist"]).split("?", 1)[-1], keep_blank_values=True)
            found = store.select(rtype, parse_search(rtype, items).where, None, 1)
            if found and entries[index].get("fullUrl"):
                mapping[str(entries[index]["fullUrl"])] = f"{rtype}/{found[0].id}"
                skip.add(index)
            continue
        if action == "create":
            continue
        current, ref = store.read(rtype, rid), f"{rtype}/{rid}"
        if current is None and action == "patch":
            raise BundleConflict(f"{ref} introuvable : le PATCH ne s'applique à rien.", ref)
        if current is not None and current.deleted and (action in ("update", "patch") or request.get("ifMatch")):
            raise BundleConflict(f"{ref} a été supprimé(e) sur le serveur entre-temps.", ref)
        if request.get("ifMatch") and current is not None and not current.deleted \
                and parse_etag(str(request["ifMatch"])) != str(current.version):
            raise BundleConflict(f"{ref} a été modifié(e) entre-temps : version actuelle {current.version}, "
                                 f"version de départ {parse_etag(str(request['ifMatch']))}.", ref)
    return skip


def apply_bundle(store: Store, bundle: dict[str, Any]) -> dict[str, str]:
    """Create, update and delete what the Bundle proposes, in the caller's transaction, as a transaction (one
    failed precondition refuses it whole: BundleConflict); return the urn mapping."""
    plan, mapping = plan_bundle(bundle)
    with store.transaction():
        skip = _preconditions(store, bundle, plan, mapping)
        for index, (action, rtype, rid, resource) in enumerate(plan):
            if index in skip:
                continue
            if action == "delete":
                current = store.read(rtype, rid)
                if current is not None and not current.deleted:
                    store.write(rtype, rid, None, deleted=True)
            elif action == "patch":
                current = store.read(rtype, rid)
                try:
                    patched = jsonpatch.apply_patch(current.content if current else {},
                                                    (resource or {})["operations"])
                except (jsonpatch.JsonPatchException, JsonPointerException) as exc:
                    raise WorkflowError(f"Le PATCH de {rtype}/{rid} ne s'applique pas : {exc}.", 422) from exc
                store.write(rtype, rid, rewrite_references({**patched, "resourceType": rtype, "id": rid}, mapping))
            else:
                store.write(rtype, rid, rewrite_references(resource, mapping))
    return mapping


def accept(store: Store, task_id: str) -> dict[str, Any]:
    """Task -> in-progress, then the Bundle applied and the Task completed with the id of each urn:uuid."""
    task = _open_task(store, task_id)
    bundle = _bundle_of(store, task)
    plan_bundle(bundle)  # refuse an unreadable Bundle before touching the Task
    if task.get("status") != "in-progress":
        task = _set_status(store, task, "in-progress")
    try:
        with store.transaction():
            mapping = apply_bundle(store, bundle)
            output = [{"type": {"text": urn}, "valueReference": {"reference": ref}} for urn, ref in mapping.items()]
            return _set_status(store, task, "completed", output=output)
    except BundleConflict as exc:  # nothing applied: the Task fails, naming the resource changed meanwhile
        note = {"extension": [{"url": NOTE_FICHE_URL, "valueReference": {"reference": exc.ref}}],
                "authorString": "serveur", "time": format_instant(datetime.now(UTC)), "text": f"{exc.ref} : {exc}"}
        return _set_status(store, task, "failed", statusReason={"text": str(exc)}, note=[note])


def reject(store: Store, task_id: str, comment: str, notes: list[dict[str, str]] | None = None) -> dict[str, Any]:
    """Task -> rejected with the comment as statusReason and one note per fiche concerned."""
    task = _open_task(store, task_id)
    if task.get("status") != "in-progress":
        task = _set_status(store, task, "in-progress")
    now = format_instant(datetime.now(UTC))
    annotations = []
    for note in notes or []:
        fiche, text = str(note.get("fiche") or ""), str(note.get("text") or "")
        if not fiche:
            raise WorkflowError("Chaque note doit nommer sa fiche (« fiche »).", 400)
        annotations.append({"extension": [{"url": NOTE_FICHE_URL, "valueReference": {"reference": fiche}}],
                            "authorString": "validateur", "time": now, "text": f"{fiche} : {text}"})
    fields: dict[str, Any] = {"statusReason": {"text": comment}}
    if annotations:
        fields["note"] = annotations
    return _set_status(store, task, "rejected", **fields)


def check_task_update(current: dict[str, Any], new: dict[str, Any]) -> None:
    """A client may change a dossier's validation Task only while it is open, and only to withdraw it
    (status cancelled): the validator's decision is never overwritten."""
    if not is_dossier_validation(current):
        return
    if current.get("status") not in OPEN_STATUSES:
        raise WorkflowError(f"La tâche {current.get('id')} est déjà traitée (statut {current.get('status')}) : "
                            "le dossier ne peut plus être retiré.")
    if new.get("status") not in (current.get("status"), "cancelled"):
        raise WorkflowError(f"Seul le retrait (statut cancelled) de la tâche {current.get('id')} est permis.")


def list_tasks(store: Store) -> list[dict[str, str]]:
    """id, status, focus, created (first version's time) of every Task, oldest first."""
    rows = store.query("SELECT r.id, r.content, (SELECT min(h.last_updated) FROM history h WHERE h.type = 'Task'"
                       " AND h.id = r.id) AS created FROM resource r WHERE r.type = 'Task' AND r.deleted = 0"
                       " ORDER BY created, r.id")
    tasks = []
    for rid, content, created in rows:
        task = json.loads(content)
        tasks.append({"id": rid, "status": task.get("status", ""),
                      "focus": (task.get("focus") or {}).get("reference", ""), "created": created})
    return tasks

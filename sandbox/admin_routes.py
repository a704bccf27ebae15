"""Validator and support actions over HTTP (`/admin/...`), protected by the same bearer token as /fhir.

- `POST /admin/tasks/{id}/accept`; `POST /admin/tasks/{id}/reject` with
  `{"comment": "...", "notes": [{"fiche": "urn:uuid:... or Organization/id", "text": "..."}]}`;
- `POST /admin/edit/{type}/{id}` with `{"set": {"name": "..."}, "remove": ["alias"]}`: a new version made
  behind the app's back (conflict tests);
- `GET /admin/faults`, `POST /admin/faults` with `{"rate": 0.3, "kinds": ["503", "drop"]}`.
"""
from __future__ import annotations

from starlette.requests import Request
from starlette.responses import JSONResponse, Response

from .faults import parse_kinds
from .outcome import FhirError
from .web import fhir_json, read_json, require_auth, resource_response, resource_type, sandbox_of
from .workflow import WorkflowError, accept, reject


def _object(body: object) -> dict:
    if not isinstance(body, dict):
        raise FhirError(400, "Le corps doit être un objet JSON.", "structure")
    return body


async def accept_task(request: Request) -> Response:
    require_auth(request)
    try:
        return fhir_json(accept(sandbox_of(request).store, request.path_params["id"]))
    except WorkflowError as exc:
        raise FhirError(exc.status, str(exc)) from exc


async def reject_task(request: Request) -> Response:
    require_auth(request)
    body = _object(await read_json(request))
    comment, notes = body.get("comment"), body.get("notes") or []
    if not isinstance(comment, str) or not comment.strip():
        raise FhirError(400, "Un commentaire (« comment ») est obligatoire pour refuser.", "required")
    if not isinstance(notes, list) or not all(isinstance(n, dict) for n in notes):
        raise FhirError(400, "« notes » doit être une liste d'objets {fiche, text}.", "structure")
    try:
        return fhir_json(reject(sandbox_of(request).store, request.path_params["id"], comment, notes))
    except WorkflowError as exc:
        raise FhirError(exc.status, str(exc)) from exc


async def edit(request: Request) -> Response:
    require_auth(request)
    store, rtype, rid = sandbox_of(request).store, resource_type(request), request.path_params["id"]
    body = _object(await read_json(request))
    changes, removed = body.get("set") or {}, body.get("remove") or []
    if not isinstance(changes, dict) or not isinstance(removed, list):
        raise FhirError(400, "Le corps attendu est {\"set\": {...}, \"remove\": [...]}.", "structure")
    if {"resourceType", "id", "meta"} & (set(changes) | set(removed)):
        raise FhirError(400, "resourceType, id et meta ne peuvent pas être modifiés.", "invalid")
    with store.transaction():
        current = store.read(rtype, rid)
        if current is None or current.deleted:
            raise FhirError(404, f"{rtype}/{rid} introuvable.", "not-found")
        content = {k: v for k, v in current.content.items() if k not in removed} | changes
        row = store.write(rtype, rid, content)
    return resource_response(row)


async def faults(request: Request) -> Response:
    require_auth(request)
    settings = sandbox_of(request).faults
    if request.method == "POST":
        body = _object(await read_json(request))
        rate = body.get("rate", settings.rate)
        if not isinstance(rate, int | float) or not 0 <= rate <= 1:
            raise FhirError(400, "rate doit être un nombre entre 0 et 1.", "invalid")
        try:
            kinds = parse_kinds(body.get("kinds")) if "kinds" in body else settings.kinds
        except ValueError as exc:
            raise FhirError(400, str(exc), "invalid") from exc
        settings.rate, settings.kinds = float(rate), kinds
    return JSONResponse({"rate": settings.rate, "kinds": list(settings.kinds)})

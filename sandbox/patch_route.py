"""PATCH on Location: the one write the ROR's CapabilityStatement opens to third-party tools (capacity updates).

A JSON Patch (RFC 6902, `application/json-patch+json`) of first-level elements only ("seuls les attributs de
premier niveau"), with If-Match: 428 without it, 412 on a stale version; the patched Location must still meet
the RORLocation profile (422 with an OperationOutcome, nothing stored). Patching `id`, `meta` or
`resourceType` is refused.
"""
from __future__ import annotations

import re

import jsonpatch
from jsonpointer import JsonPointerException
from starlette.requests import Request
from starlette.responses import Response

from .fhir_routes import _check_version
from .outcome import FhirError
from .validation import check_incoming
from .web import read_json, require_auth, resource_response, resource_type, sandbox_of

PATCHABLE = ("Location",)
JSON_PATCH = "application/json-patch+json"
FIRST_LEVEL = re.compile(r"^/[A-Za-z][A-Za-z0-9]*$")
FIXED = ("/id", "/meta", "/resourceType")


def _operations(body: object) -> list[dict]:
    if not isinstance(body, list) or not body or not all(isinstance(op, dict) for op in body):
        raise FhirError(400, "Le corps d'un PATCH doit être une liste d'opérations JSON Patch.", "structure")
    for op in body:
        path = op.get("path")
        if not isinstance(path, str) or not FIRST_LEVEL.match(path):
            raise FhirError(422, f"Seuls les attributs de premier niveau peuvent être modifiés par PATCH "
                                 f"(chemin « {path} »).", "not-supported")
        if path in FIXED and op.get("op") != "test":
            raise FhirError(422, f"« {path[1:]} » ne peut pas être modifié par PATCH.", "not-supported")
    return body


async def patch(request: Request) -> Response:
    require_auth(request)
    sandbox, rtype, rid = sandbox_of(request), resource_type(request), request.path_params["id"]
    if rtype not in PATCHABLE:
        raise FhirError(405, f"PATCH n'est pas ouvert sur {rtype} (seulement sur Location).", "not-supported")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != JSON_PATCH:
        raise FhirError(415, f"PATCH attend un corps {JSON_PATCH} (reçu : {media or 'aucun type'}).",
                        "not-supported")
    operations = _operations(await read_json(request))
    if_match = request.headers.get("if-match")
    with sandbox.store.transaction():
        current = sandbox.store.read(rtype, rid)
        if current is None:
            raise FhirError(404, f"{rtype}/{rid} introuvable.", "not-found")
        if current.deleted:
            raise FhirError(410, f"{rtype}/{rid} a été supprimé(e).", "deleted")
        if not if_match:
            raise FhirError(428, f"If-Match est obligatoire pour modifier {rtype}/{rid} "
                                 f"(version actuelle : {current.version}).", "required")
        _check_version(current, if_match)
        try:
            patched = jsonpatch.apply_patch(current.content, operations)
        except (jsonpatch.JsonPatchException, JsonPointerException) as exc:
            raise FhirError(422, f"Le PATCH ne s'applique pas à {rtype}/{rid} : {exc}.", "processing") from exc
        if not isinstance(patched, dict) or patched.get("resourceType") != rtype or patched.get("id") != rid:
            raise FhirError(422, f"Le PATCH ne peut pas changer le type ni l'id de {rtype}/{rid}.", "processing")
        check_incoming(sandbox.checker, {k: v for k, v in patched.items() if k != "meta"})
        row = sandbox.store.write(rtype, rid, patched)
    return resource_response(row)

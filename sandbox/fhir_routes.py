"""The FHIR REST interactions: read, vread, history, search, create (If-None-Exist), update (If-Match), delete.

Choice: a PUT on an existing resource without If-Match is refused with 428, so a client can never overwrite
someone else's change without saying which version it started from.
"""
from __future__ import annotations

import sys
from datetime import UTC, datetime
from urllib.parse import parse_qsl

from starlette.requests import Request
from starlette.responses import Response

from .capability import capability_statement
from .outcome import FhirError
from .search import page_body, parse_search, run_search
from .store import Row, format_instant, new_id
from .terminology import expand
from .validation import check_incoming
from .web import (
    FHIR_JSON,
    base_url,
    fhir_json,
    parse_etag,
    read_resource,
    require_auth,
    resource_response,
    resource_type,
    sandbox_of,
    version_headers,
)
from .workflow import WorkflowError, accept, check_task_update, is_dossier_validation


async def metadata(request: Request) -> Response:
    return fhir_json(capability_statement(base_url(request), format_instant(datetime.now(UTC))))


def _current(request: Request, rtype: str) -> Row:
    row = sandbox_of(request).store.read(rtype, request.path_params["id"])
    if row is None:
        raise FhirError(404, f"{rtype}/{request.path_params['id']} introuvable.", "not-found")
    if row.deleted:
        raise FhirError(410, f"{rtype}/{row.id} a été supprimé(e).", "deleted")
    return row


async def read(request: Request) -> Response:
    require_auth(request)
    return resource_response(_current(request, resource_type(request)))


async def vread(request: Request) -> Response:
    require_auth(request)
    rtype, rid, vid = resource_type(request), request.path_params["id"], request.path_params["vid"]
    row = sandbox_of(request).store.vread(rtype, rid, int(vid)) if vid.isdigit() else None
    if row is None:
        raise FhirError(404, f"Version {vid} de {rtype}/{rid} introuvable.", "not-found")
    if row.deleted:
        raise FhirError(410, f"La version {vid} de {rtype}/{rid} est une suppression.", "deleted")
    return resource_response(row)


async def history(request: Request) -> Response:
    require_auth(request)
    rtype, rid, base = resource_type(request), request.path_params["id"], base_url(request)
    rows = sandbox_of(request).store.history(rtype, rid)
    if not rows:
        raise FhirError(404, f"{rtype}/{rid} introuvable.", "not-found")
    entries = []
    for row in rows:
        entry = {"fullUrl": f"{base}/{rtype}/{rid}",
                 "request": {"method": "DELETE" if row.deleted else ("POST" if row.version == 1 else "PUT"),
                             "url": f"{rtype}/{rid}"},
                 "response": {"status": "204" if row.deleted else "200", "etag": f'W/"{row.version}"',
                              "lastModified": row.last_updated}}
        if not row.deleted:
            entry["resource"] = row.content
        entries.append(entry)
    return fhir_json({"resourceType": "Bundle", "type": "history", "total": len(entries), "entry": entries})


async def search(request: Request) -> Response:
    require_auth(request)
    rtype = resource_type(request)
    items = parse_qsl(request.url.query, keep_blank_values=True)
    sandbox = sandbox_of(request)
    page = run_search(sandbox.store, rtype, items, base_url(request), sandbox.paging)
    return Response(page_body(page), media_type=FHIR_JSON)


async def create(request: Request) -> Response:
    require_auth(request)
    sandbox, rtype = sandbox_of(request), resource_type(request)
    resource = await read_resource(request, rtype)
    check_incoming(sandbox.checker, resource)
    condition = request.headers.get("if-none-exist")
    with sandbox.store.transaction():
        if condition:
            items = parse_qsl(condition.split("?", 1)[-1], keep_blank_values=True)
            found = sandbox.store.select(rtype, parse_search(rtype, items).where, None, 2)
            if len(found) > 1:
                raise FhirError(412, f"Plusieurs {rtype} correspondent à If-None-Exist « {condition} ».",
                                "multiple-matches")
            if found:
                return resource_response(found[0])
        row = sandbox.store.write(rtype, new_id(), {k: v for k, v in resource.items() if k != "id"})
    if sandbox.auto_validate and rtype == "Task" and is_dossier_validation(row.content) \
            and row.content.get("status") == "requested":
        try:
            accept(sandbox.store, row.id)
        except WorkflowError as exc:
            print(f"Validation automatique impossible pour Task/{row.id} : {exc}", file=sys.stderr)
        row = sandbox.store.read(rtype, row.id) or row
    return resource_response(row, 201, base_url(request))


async def update(request: Request) -> Response:
    require_auth(request)
    sandbox, rtype, rid = sandbox_of(request), resource_type(request), request.path_params["id"]
    resource = await read_resource(request, rtype)
    if resource.get("id", rid) != rid:
        raise FhirError(400, f"L'id du corps ({resource.get('id')}) diffère de celui de l'URL ({rid}).",
                        "invalid", [f"{rtype}.id"])
    check_incoming(sandbox.checker, resource)
    if_match = request.headers.get("if-match")
    with sandbox.store.transaction():
        current = sandbox.store.read(rtype, rid)
        if current is not None and current.deleted and if_match:
            # the client means to change a version that was deleted since: it must know, not resurrect it
            raise FhirError(410, f"{rtype}/{rid} a été supprimé(e) sur le serveur.", "deleted")
        if current is not None and not current.deleted:
            if not if_match:
                raise FhirError(428, f"If-Match est obligatoire pour modifier {rtype}/{rid} "
                                     f"(version actuelle : {current.version}).", "required")
            _check_version(current, if_match)
            if rtype == "Task":
                try:
                    check_task_update(current.content, resource)
                except WorkflowError as exc:
                    raise FhirError(409, str(exc), "business-rule") from exc
        row = sandbox.store.write(rtype, rid, resource)
    return resource_response(row, 200 if current is not None and not current.deleted else 201, base_url(request))


def _check_version(current: Row, if_match: str) -> None:
    if parse_etag(if_match) != str(current.version):
        raise FhirError(412, f"{current.type}/{current.id} a été modifié(e) entre-temps : version actuelle "
                             f"{current.version}, version envoyée {parse_etag(if_match)}.", "conflict",
                        headers=version_headers(current))


async def delete(request: Request) -> Response:
    require_auth(request)
    sandbox, rtype, rid = sandbox_of(request), resource_type(request), request.path_params["id"]
    with sandbox.store.transaction():
        current = sandbox.store.read(rtype, rid)
        if current is None or current.deleted:
            return Response(status_code=204)
        if request.headers.get("if-match"):
            _check_version(current, request.headers["if-match"])
        row = sandbox.store.write(rtype, rid, None, deleted=True)
    return Response(status_code=204, headers={"ETag": f'W/"{row.version}"'})


async def expand_valueset(request: Request) -> Response:
    require_auth(request)
    params = request.query_params
    count = params.get("count")
    if count is not None and not count.isdigit():
        raise FhirError(400, "count doit être un entier positif.", "invalid")
    return fhir_json(expand(params.get("url", ""), params.get("filter"), int(count) if count else None))

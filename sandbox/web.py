"""Shared pieces of the HTTP layer: FHIR JSON responses, ETags, the base URL, reading bodies, bearer auth."""
from __future__ import annotations

import json
from dataclasses import dataclass, field
from email.utils import format_datetime
from typing import Any

from starlette.requests import Request
from starlette.responses import Response

from .auth import user_of_access_token
from .faults import FaultSettings
from .indexing import RESOURCE_TYPES
from .outcome import FhirError
from .store import Row, Store, parse_instant
from .validation import Checker

FHIR_JSON = "application/fhir+json; charset=utf-8"


@dataclass
class Sandbox:
    """What every handler needs: the store and the server's options (kept on app.state.sandbox)."""
    store: Store
    checker: Checker | None = None
    auto_validate: bool = False
    faults: FaultSettings = field(default_factory=FaultSettings)
    access_lifetime: int = 3600
    paging: str = "keyset"  # or "offset": next links by `_offset`, as many real servers page (see search.py)


def sandbox_of(request: Request) -> Sandbox:
    return request.app.state.sandbox


def fhir_json(content: Any, status: int = 200, headers: dict[str, str] | None = None) -> Response:
    body = json.dumps(content, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return Response(body, status_code=status, headers=headers, media_type=FHIR_JSON)


def version_headers(row: Row) -> dict[str, str]:
    moment = parse_instant(row.last_updated)
    return {"ETag": f'W/"{row.version}"', "Last-Modified": format_datetime(moment, usegmt=True)}


def resource_response(row: Row, status: int = 200, base: str | None = None) -> Response:
    headers = version_headers(row)
    if base and status == 201:
        headers["Location"] = f"{base}/{row.type}/{row.id}/_history/{row.version}"
    return Response(row.text().encode("utf-8"), status_code=status, headers=headers, media_type=FHIR_JSON)


def base_url(request: Request) -> str:
    return f"{request.url.scheme}://{request.url.netloc}/fhir"


def resource_type(request: Request) -> str:
    rtype = request.path_params["type"]
    if rtype not in RESOURCE_TYPES:
        raise FhirError(404, f"Type de ressource non pris en charge : {rtype}", "not-supported")
    return rtype


async def read_json(request: Request) -> Any:
    try:
        return json.loads(await request.body())
    except (ValueError, UnicodeDecodeError) as exc:
        raise FhirError(400, "Le corps de la requête n'est pas un JSON valide.", "structure") from exc


async def read_resource(request: Request, rtype: str) -> dict[str, Any]:
    body = await read_json(request)
    if not isinstance(body, dict) or body.get("resourceType") != rtype:
        raise FhirError(400, f"Le corps doit être une ressource {rtype}.", "structure", [rtype])
    return body


def parse_etag(value: str) -> str:
    """`W/"3"`, `"3"` or `3` -> '3'."""
    value = value.strip()
    if value.startswith("W/"):
        value = value[2:]
    return value.strip('"')


def require_auth(request: Request) -> str:
    """The user of the request's bearer token; 401 with an OperationOutcome otherwise."""
    header = request.headers.get("authorization", "")
    scheme, _, token = header.partition(" ")
    user = user_of_access_token(sandbox_of(request).store, token.strip()) if scheme.lower() == "bearer" else None
    if not user:
        raise FhirError(401, "Authentification requise : jeton absent, invalide ou expiré.", "login",
                        headers={"WWW-Authenticate": 'Bearer realm="ror-sandbox"'})
    return user

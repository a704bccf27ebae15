"""The ASGI application: routes, error handling and the fault injector around them."""
from __future__ import annotations

from starlette.applications import Starlette
from starlette.exceptions import HTTPException
from starlette.requests import Request
from starlette.responses import Response
from starlette.routing import Route

from . import admin_routes, fhir_routes, patch_route
from .faults import FaultInjector
from .outcome import FhirError, issue, operation_outcome
from .token_route import token
from .web import Sandbox, fhir_json

_RESOURCE = "/fhir/{type:str}/{id:str}"


async def _fhir_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, FhirError)
    return fhir_json(exc.outcome(), exc.status, exc.headers)


async def _http_error(request: Request, exc: Exception) -> Response:
    assert isinstance(exc, HTTPException)
    message = "Adresse inconnue." if exc.status_code == 404 else f"Requête refusée ({exc.detail})."
    return fhir_json(operation_outcome([issue(message, "not-found" if exc.status_code == 404 else "not-supported")]),
                     exc.status_code, dict(exc.headers or {}))


def create_app(sandbox: Sandbox) -> FaultInjector:
    """The sandbox server for one store; `sandbox.faults` may be changed while it runs."""
    routes = [
        Route("/fhir/metadata", fhir_routes.metadata, methods=["GET"]),
        Route("/fhir/token", token, methods=["POST"]),
        Route("/token", token, methods=["POST"]),
        Route("/fhir/ValueSet/$expand", fhir_routes.expand_valueset, methods=["GET"]),
        Route("/fhir/{type:str}", fhir_routes.search, methods=["GET"]),
        Route("/fhir/{type:str}", fhir_routes.create, methods=["POST"]),
        Route(_RESOURCE, fhir_routes.read, methods=["GET"]),
        Route(_RESOURCE, fhir_routes.update, methods=["PUT"]),
        Route(_RESOURCE, fhir_routes.delete, methods=["DELETE"]),
        Route(_RESOURCE, patch_route.patch, methods=["PATCH"]),
        Route(_RESOURCE + "/_history", fhir_routes.history, methods=["GET"]),
        Route(_RESOURCE + "/_history/{vid:str}", fhir_routes.vread, methods=["GET"]),
        Route("/admin/tasks/{id:str}/accept", admin_routes.accept_task, methods=["POST"]),
        Route("/admin/tasks/{id:str}/reject", admin_routes.reject_task, methods=["POST"]),
        Route("/admin/edit/{type:str}/{id:str}", admin_routes.edit, methods=["POST"]),
        Route("/admin/faults", admin_routes.faults, methods=["GET", "POST"]),
    ]
    app = Starlette(routes=routes, exception_handlers={FhirError: _fhir_error, HTTPException: _http_error})
    app.state.sandbox = sandbox

    def bump(rtype: str, rid: str) -> bool:
        """The 'concurrent edit' fault: store the same content again as a new version."""
        with sandbox.store.transaction():
            current = sandbox.store.read(rtype, rid)
            if current is None or current.deleted:
                return False
            sandbox.store.write(rtype, rid, current.content)
            return True

    return FaultInjector(app, sandbox.faults, bump)

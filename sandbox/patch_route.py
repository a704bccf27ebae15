"""PATCH on Location (the one write the ROR's CapabilityStatement opens to third-party tools: capacity updates) and
on Organization (the sandbox's rules: Organizations change by PATCH, not PUT).

A JSON Patch (RFC 6902, `application/json-patch+json`) of first-level elements only ("seuls les attributs de
premier niveau"), with If-Match: 428 without it, 412 on a stale version; the patched Location must still meet
the RORLocation profile (422 with an OperationOutcome, nothing stored). Patching `id`, `meta` or
`resourceType` is refused.

PATCHes arriving together are committed together (group commit): each is applied in its own savepoint, in the
order it came, so a refused one changes nothing and never holds the others back; one COMMIT (one fsync, the
store being synchronous=FULL) makes the batch durable, and no answer leaves before it. A batch is what the
server received while the previous one was being written, so a lone PATCH goes at once.
"""
from __future__ import annotations

import asyncio
import re
import weakref
from collections.abc import Callable

import jsonpatch
from jsonpointer import JsonPointerException
from starlette.requests import Request
from starlette.responses import Response

from .fhir_routes import _check_version
from .outcome import FhirError
from .store import Row, Store
from .validation import check_incoming
from .web import Sandbox, read_json, require_auth, resource_response, resource_type, sandbox_of

PATCHABLE = ("Location", "Organization")
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
        raise FhirError(405, f"PATCH n'est pas ouvert sur {rtype} (seulement sur Location et Organization).",
                        "not-supported")
    media = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if media != JSON_PATCH:
        raise FhirError(415, f"PATCH attend un corps {JSON_PATCH} (reçu : {media or 'aucun type'}).",
                        "not-supported")
    operations = _operations(await read_json(request))
    if_match = request.headers.get("if-match")
    row = await _committed(sandbox.store, lambda: _apply(sandbox, rtype, rid, operations, if_match))
    return resource_response(row)


def _apply(sandbox: Sandbox, rtype: str, rid: str, operations: list[dict], if_match: str | None) -> Row:
    """One PATCH, inside the batch's transaction; a FhirError says why it is refused."""
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
        patched = jsonpatch.apply_patch(current.content, operations, in_place=True)  # a copy decoded for us
    except (jsonpatch.JsonPatchException, JsonPointerException) as exc:
        raise FhirError(422, f"Le PATCH ne s'applique pas à {rtype}/{rid} : {exc}.", "processing") from exc
    if not isinstance(patched, dict) or patched.get("resourceType") != rtype or patched.get("id") != rid:
        raise FhirError(422, f"Le PATCH ne peut pas changer le type ni l'id de {rtype}/{rid}.", "processing")
    check_incoming(sandbox.checker, {k: v for k, v in patched.items() if k != "meta"})
    return sandbox.store.write(rtype, rid, patched)


Job = tuple[asyncio.Future, Callable[[], Row]]
_WAITING: weakref.WeakKeyDictionary[Store, list[Job]] = weakref.WeakKeyDictionary()


async def _committed(store: Store, job: Callable[[], Row]) -> Row:
    """The job's result once its batch is committed (its FhirError when refused)."""
    loop = asyncio.get_running_loop()
    future: asyncio.Future = loop.create_future()
    waiting = _WAITING.setdefault(store, [])
    waiting.append((future, job))
    if len(waiting) == 1:  # the first of a batch: the PATCHes already received join it, then it is written
        loop.call_soon(_flush, store)
    return await future


def _flush(store: Store) -> None:
    """Apply the waiting PATCHes, each in a savepoint, and commit them at once; then answer each."""
    jobs = _WAITING.pop(store, [])
    outcomes: list[tuple[asyncio.Future, Row | None, Exception | None]] = []
    try:
        with store.transaction() as db:
            for future, job in jobs:
                db.execute("SAVEPOINT patch")
                try:
                    row = job()
                except Exception as exc:  # refused (or broken): this one changes nothing, the others go on
                    db.execute("ROLLBACK TO patch")
                    db.execute("RELEASE patch")
                    outcomes.append((future, None, exc))
                else:
                    db.execute("RELEASE patch")
                    outcomes.append((future, row, None))
    except Exception as exc:  # the commit itself failed: nothing of the batch is written
        outcomes = [(future, None, exc) for future, _ in jobs]
    finally:
        answered = {id(future) for future, _, _ in outcomes}
        outcomes += [(future, None, RuntimeError("PATCH interrompu")) for future, _ in jobs
                     if id(future) not in answered]
        for future, row, exc in outcomes:
            if future.done():
                continue  # its request went away; what it wrote stays written, as a lone PATCH's would
            if exc is not None:
                future.set_exception(exc)
            else:
                future.set_result(row)

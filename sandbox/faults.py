"""Fault injection: with probability `rate`, a FHIR request meets one of the troubles users meet in the field.

Kinds: `500`, `503` and `429` (both with Retry-After: 1), `drop` (connection closed without an answer, nothing
done), `slow` (1 to 2 s, then a normal answer), `conflict` (PUT/PATCH/DELETE on an existing resource: the server
itself first stores a new version, so the request's If-Match fails) and `drop-after-commit` (POST/PUT/PATCH/DELETE:
the write is done, then the connection is closed without an answer). Every other kind answers before the
request is handled, so a write is either fully done or not at all. `/fhir/metadata`, the token endpoint and
`/admin/*` are never faulted.
"""
from __future__ import annotations

import asyncio
import json
import random
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from uvicorn.protocols.http.h11_impl import H11Protocol

FAULT_KINDS = ("500", "503", "429", "drop", "slow", "conflict", "drop-after-commit")
WRITE_METHODS = ("POST", "PUT", "PATCH", "DELETE")
ABORT_EXTENSION = "sandbox.abort"
_MESSAGES = {
    "500": "Erreur interne simulée par le bac à sable.",
    "503": "Service momentanément indisponible (simulé).",
    "429": "Trop de requêtes (simulé) : réessayez dans un instant.",
}


@dataclass
class FaultSettings:
    """How often and which faults; changed at run time through `POST /admin/faults`."""
    rate: float = 0.0
    kinds: tuple[str, ...] = FAULT_KINDS
    rng: random.Random = field(default_factory=random.Random)


def parse_kinds(text: str | list[str] | None) -> tuple[str, ...]:
    """'503,drop' -> ('503', 'drop'); raise ValueError (French) on an unknown kind."""
    if not text:
        return FAULT_KINDS
    kinds = [k.strip() for k in (text.split(",") if isinstance(text, str) else text) if k.strip()]
    unknown = [k for k in kinds if k not in FAULT_KINDS]
    if unknown or not kinds:
        raise ValueError(f"Type de panne inconnu : {', '.join(unknown)} (connus : {', '.join(FAULT_KINDS)}).")
    return tuple(kinds)


class DroppableH11Protocol(H11Protocol):
    """uvicorn's h11 protocol, giving the app a way to close its connection without answering."""

    def connection_made(self, transport: Any) -> None:
        super().connection_made(transport)
        inner = self.app

        async def app(scope: dict, receive: Callable, send: Callable) -> None:
            extensions = {**(scope.get("extensions") or {}), ABORT_EXTENSION: transport.abort}
            await inner({**scope, "extensions": extensions}, receive, send)

        self.app = app


async def _drop(scope: dict, send: Callable) -> None:
    abort = (scope.get("extensions") or {}).get(ABORT_EXTENSION)
    if abort is None:  # another server: start an answer and never finish it
        await send({"type": "http.response.start", "status": 200, "headers": [(b"content-length", b"100")]})
        return
    abort()
    for _ in range(3):  # let connection_lost run so the server does not try to answer
        await asyncio.sleep(0)


async def _answer(send: Callable, kind: str) -> None:
    body = json.dumps({"resourceType": "OperationOutcome", "issue": [
        {"severity": "error", "code": "transient" if kind != "500" else "exception",
         "diagnostics": _MESSAGES[kind]}]}, ensure_ascii=False).encode()
    headers = [(b"content-type", b"application/fhir+json; charset=utf-8"),
               (b"content-length", str(len(body)).encode())]
    if kind in ("503", "429"):
        headers.append((b"retry-after", b"1"))
    await send({"type": "http.response.start", "status": int(kind), "headers": headers})
    await send({"type": "http.response.body", "body": body})


def _target(path: str) -> tuple[str, str] | None:
    parts = path.strip("/").split("/")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == "fhir" else None


class FaultInjector:
    """ASGI middleware; `bump(type, id) -> bool` stores a new version of an existing resource (conflict)."""

    def __init__(self, app: Callable, settings: FaultSettings, bump: Callable[[str, str], bool]):
        self.app = app
        self.settings = settings
        self.bump = bump

    @staticmethod
    def _faultable(path: str) -> bool:
        return path.startswith("/fhir/") and path.rstrip("/") not in ("/fhir/metadata", "/fhir/token")

    def _choose(self, scope: dict) -> str | None:
        settings = self.settings
        if settings.rate <= 0 or not self._faultable(scope["path"]) or settings.rng.random() >= settings.rate:
            return None
        method = scope["method"]
        kinds = [k for k in settings.kinds
                 if (k != "drop-after-commit" or method in WRITE_METHODS)
                 and (k != "conflict" or (method in ("PUT", "PATCH", "DELETE") and _target(scope["path"])))]
        return settings.rng.choice(kinds) if kinds else None

    async def __call__(self, scope: dict, receive: Callable, send: Callable) -> None:
        kind = self._choose(scope) if scope["type"] == "http" else None
        if kind is None:
            return await self.app(scope, receive, send)
        if kind in _MESSAGES:
            return await _answer(send, kind)
        if kind == "drop":
            return await _drop(scope, send)
        if kind == "slow":
            await asyncio.sleep(self.settings.rng.uniform(1.0, 2.0))
        elif kind == "conflict":
            self.bump(*_target(scope["path"]))
        elif kind == "drop-after-commit":
            async def swallow(message: dict) -> None:
                return None
            await self.app(scope, receive, swallow)
            return await _drop(scope, send)
        return await self.app(scope, receive, send)

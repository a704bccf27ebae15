"""Wiring one workspace to one server: check the address, ask what answers there, build the authenticated
client and the engine.

The address is refused before any connection when it carries credentials or is plain http to another machine
(origin.py). `[base]/metadata` must give a CapabilityStatement: anything else (an HTML portal, a base URL
without `/fhir`, a refused certificate) is a SessionError and nothing is stored; an unreachable server still
gives a session (offline), whose token endpoint is looked up when first needed. The token endpoint is the one
the CapabilityStatement names on the server's own origin (else `[base]/token`), or the one the user names
explicitly. What the statement declares per resource type (PUT or PATCH, conditional create) is kept on the
engine (`engine.rules`, server_rules.py); an offline session keeps the permissive default. The server URL
and user name are remembered in the workspace settings (never a secret) once the
server proved to be a FHIR server, or when the workspace had none; the password is looked up by
`app.sync.auth.password_source` when a token is needed.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Any

import httpx

from app.sync.auth import Secrets, TokenAuth, password_source
from app.sync.client import FhirClient, OfflineError, RetryPolicy, token_url
from app.sync.engine import SyncEngine
from app.sync.errors import AddressError, NotFhirError, SessionError, SyncError
from app.sync.journal import SyncJournal
from app.sync.origin import server_address
from app.sync.server_rules import from_statement

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

__all__ = ["AddressError", "SessionError", "open_session", "probe_policy"]


def probe_policy() -> RetryPolicy:
    """Asking whether a server is there: a few quick tries, never a long wait."""
    return RetryPolicy(attempts=3, total=10.0, base=0.3, cap=2.0)


def open_session(ws: Workspace, server: str, user: str, *, ask: Callable[[], str | None] | None = None,
                 verify: bool | str = True, cert: tuple[str, str] | None = None,
                 retry: RetryPolicy | None = None, pool: int = 8, timeout: float | httpx.Timeout | None = None,
                 token_endpoint: str | None = None) -> tuple[SyncEngine, FhirClient]:
    """(engine, client); the caller closes the client. SessionError (nothing stored) when the address is
    refused or what answers is not a FHIR server; an unreachable server still gives a session (offline)."""
    server = server_address(server)
    explicit = server_address(token_endpoint) if token_endpoint else None
    journal = SyncJournal(ws)
    try:
        client = FhirClient(server, verify=verify, cert=cert, retry=retry, pool=pool, timeout=timeout,
                            on_exchange=journal.exchange)
    except OSError as exc:  # an unreadable CA bundle or client certificate
        raise SessionError(f"Certificat illisible : {exc.filename or exc}") from exc
    try:
        capability: dict[str, Any] | None = client.metadata(retry=probe_policy(), trip=True)
    except OfflineError:
        capability = None
    except NotFhirError as exc:
        client.close()
        raise _not_fhir(server, verify, cert) from exc
    except SyncError as exc:  # TLS, credentials, a server error
        client.close()
        raise SessionError(exc.key, **exc.args_) from exc
    if capability is not None or not ws.settings.get("server_url"):
        ws.settings.set("server_url", server)
        ws.settings.set("server_user", user)
    if explicit is not None:
        client.guard.allow_token_endpoint(explicit)

    def endpoint() -> str:
        return explicit or token_url(capability if capability is not None else client.metadata(), server)

    secrets = Secrets(server, user)
    client.auth = TokenAuth(endpoint, user, secrets, password_source(secrets, ask))
    return SyncEngine(ws, client, pool=pool, journal=journal, rules=from_statement(capability)), client


def _not_fhir(server: str, verify: bool | str, cert: tuple[str, str] | None) -> SessionError:
    """The sentence for an address where no FHIR server answers, suggesting `[address]/fhir` when one does."""
    if not server.rstrip("/").endswith("/fhir"):
        suggestion = server.rstrip("/") + "/fhir"
        try:
            with FhirClient(suggestion, verify=verify, cert=cert, retry=RetryPolicy(attempts=1)) as other:
                other.metadata()
            return SessionError("sync-not-fhir-try", url=server, suggestion=suggestion)
        except SyncError:
            pass
    return SessionError("sync-not-fhir", url=server)

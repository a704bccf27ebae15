"""Wiring one workspace to one server: discover the token endpoint, build the authenticated client and engine.

The server URL and user name are remembered in the workspace settings (never a secret); the password is
looked up by `app.sync.auth.password_source` when a token is needed.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from app.sync.auth import Secrets, TokenAuth, password_source
from app.sync.client import FhirClient, OfflineError, RetryPolicy, ServerError, token_url
from app.sync.engine import SyncEngine
from app.sync.journal import SyncJournal

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


class SessionError(Exception):
    """The server address is unusable (French message)."""


def open_session(ws: Workspace, server: str, user: str, *, ask: Callable[[], str | None] | None = None,
                 verify: bool | str = True, cert: tuple[str, str] | None = None,
                 retry: RetryPolicy | None = None, pool: int = 8) -> tuple[SyncEngine, FhirClient]:
    """(engine, client); the caller closes the client. An unreachable server still gives a session (offline)."""
    server = server.rstrip("/")
    if not server.startswith(("http://", "https://")):
        raise SessionError(f"Adresse de serveur invalide : « {server} » (attendu : https://...).")
    ws.settings.set("server_url", server)
    ws.settings.set("server_user", user)
    journal = SyncJournal(ws)
    bare = FhirClient(server, verify=verify, cert=cert, retry=RetryPolicy(attempts=3, total=10),
                      on_exchange=journal.exchange)
    try:
        endpoint = token_url(bare.metadata(), server)
    except (OfflineError, ServerError, ValueError):
        endpoint = server + "/token"
    secrets = Secrets(server, user)
    auth = TokenAuth(endpoint, user, secrets, password_source(secrets, ask))
    client = FhirClient(server, auth=auth, verify=verify, cert=cert, retry=retry, pool=pool, http=bare.http,
                        on_exchange=journal.exchange)
    return SyncEngine(ws, client, pool=pool, journal=journal), client

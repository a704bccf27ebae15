"""(sync thread) The sync engine of one workspace and one server, opened on first use, and its HTTP client.

Touched only on the sync thread: the engine is kept while the workspace and the server settings stay the
same, and dropped (its client closed) when they change or the window closes.
"""
from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from app.views.sync_account import tls_of

if TYPE_CHECKING:  # the sync stack (httpx, keyring) loads with the first sync, not with the window
    from app.sync.engine import SyncEngine

log = logging.getLogger(__name__)

SETTING_KEYS = {"url": "server_url", "user": "server_user", "ca_bundle": "server_ca_bundle",
                "client_cert": "server_client_cert", "client_key": "server_client_key"}


def tls(config: dict[str, str]) -> tuple[Any, Any]:
    """(verify, cert) for httpx from the workspace's TLS settings."""
    return tls_of(config.get("ca_bundle"), config.get("client_cert"), config.get("client_key"))


class _NoClient:
    """Stands for a FhirClient when only local conflict data are read (no server configured)."""

    on_exchange = None


class SyncSession:
    def __init__(self) -> None:
        self._key: tuple | None = None
        self.engine: SyncEngine | None = None
        self.client: Any = None
        self.memory_password: str | None = None  # when the system has no keyring

    def engine_for(self, ws: Any, config: dict[str, str]) -> SyncEngine:
        """The engine of this workspace and server (opened on first use)."""
        from app.sync.session import open_session

        key = (id(ws), *(config.get(k, "") for k in SETTING_KEYS))
        if self.engine is not None and self._key == key:
            return self.engine
        self.drop()
        verify, cert = tls(config)
        self.engine, self.client = open_session(ws, config["url"], config["user"] or "demo",
                                                ask=lambda: self.memory_password, verify=verify, cert=cert)
        self._key = key
        return self.engine

    def local_engine(self, ws: Any, config: dict[str, str]) -> SyncEngine:
        """The engine when a server is configured, else one that only reads local conflict data."""
        from app.sync.engine import SyncEngine

        return self.engine_for(ws, config) if config.get("url") else SyncEngine(ws, _NoClient())

    def drop(self) -> None:
        """Forget the engine and close its client."""
        client, self.engine, self.client, self._key = self.client, None, None, None
        if client is not None:
            try:
                client.close()
            except Exception:  # noqa: BLE001 - closing a broken client must not stop anything
                log.debug("closing the sync client failed", exc_info=True)

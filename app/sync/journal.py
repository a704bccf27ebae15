"""The sync journal: each exchange with the server (method, path, status, duration), buffered, never a secret.

Exchanges are kept in memory while a sync runs and written to the workspace journal in one transaction by
`flush()`, so journaling a thousand requests costs one commit. Only the URL path is kept: no query string
(it may carry a page token), no header, no body.
"""
from __future__ import annotations

import threading
from typing import TYPE_CHECKING, Any

from app.models.clock import now_iso

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


class SyncJournal:
    """Collects exchanges and sync events for one workspace."""

    def __init__(self, ws: Workspace) -> None:
        self.ws = ws
        self._pending: list[dict[str, Any]] = []
        self._lock = threading.Lock()
        self.requests = 0

    def exchange(self, method: str, path: str, status: int, seconds: float, attempt: int) -> None:
        """Record one HTTP exchange (status 0 = no answer: connection failed or dropped)."""
        detail = {"method": method, "path": path, "status": status, "ms": round(seconds * 1000, 1),
                  "attempt": attempt}
        label = f"{method} {path} -> {status or 'pas de réponse'}"
        with self._lock:
            self.requests += 1
            self._pending.append({"at": now_iso(), "kind": "sync-http", "message": label, "detail": detail})

    def event(self, message: str, detail: dict[str, Any] | None = None) -> None:
        with self._lock:
            self._pending.append({"at": now_iso(), "kind": "sync", "message": message, "detail": detail})

    def flush(self) -> None:
        with self._lock:
            rows, self._pending = self._pending, []
        self.ws.journal.extend(rows)

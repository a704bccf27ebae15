"""`ws.settings`: workspace settings (server URL, user name, pull marks); never a secret (those are in the
OS keyring)."""
from __future__ import annotations

from typing import TYPE_CHECKING

from app.models.store.schema import Setting

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


class Settings:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def get(self, key: str, default: str | None = None) -> str | None:
        with self.ws.read() as s:
            row = s.get(Setting, key)
            return row.value if row is not None else default

    def set(self, key: str, value: str | None) -> None:
        with self.ws.write() as s:
            s.merge(Setting(key=key, value=value))

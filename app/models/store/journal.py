"""`ws.journal`: what happened (imports, sync exchanges and events); never a secret."""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from sqlalchemy import select

from app.models.store.schema import JournalEntry

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace


class Journal:
    def __init__(self, ws: Workspace) -> None:
        self.ws = ws

    def log(self, kind: str, message: str, detail: dict[str, Any] | None = None) -> None:
        with self.ws.write() as s:
            s.add(JournalEntry(kind=kind, message=message, detail=detail))

    def extend(self, rows: list[dict[str, Any]]) -> None:
        """Many entries ({at, kind, message, detail}) in one commit (a sync's buffered exchanges)."""
        if rows:
            with self.ws.write() as s:
                s.execute(JournalEntry.__table__.insert(), rows)

    def recent(self, limit: int = 200) -> list[dict[str, Any]]:
        with self.ws.read() as s:
            rows = s.scalars(select(JournalEntry).order_by(JournalEntry.id.desc()).limit(limit))
            return [{"at": j.at, "kind": j.kind, "message": j.message, "detail": j.detail} for j in rows]

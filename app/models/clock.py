"""The one clock of the workspace: ISO 8601 UTC instants with milliseconds, as stored and sent."""
from __future__ import annotations

from datetime import UTC, datetime


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")

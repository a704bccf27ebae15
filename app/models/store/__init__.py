"""The store: the only code that touches the workspace database (see workspace.py for the API)."""
from __future__ import annotations

from app.models.changes import Changes
from app.models.rules import RuleError
from app.models.store.engine import WorkspaceError, verify_integrity
from app.models.store.workspace import Workspace

__all__ = ["Changes", "RuleError", "Workspace", "WorkspaceError", "verify_integrity"]

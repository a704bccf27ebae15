"""Shared pieces of the command line: user errors, JSON output, opening a workspace."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any


class UserError(Exception):
    """A mistake of the user's: printed in plain words on stderr, never as a traceback."""


def print_json(obj: Any) -> None:
    json.dump(obj, sys.stdout, ensure_ascii=False, sort_keys=False)
    sys.stdout.write("\n")


def open_workspace(path: str | Path, create: bool = False):
    """Open a workspace file for a command, turning store errors into user errors."""
    from app.models.store import Workspace, WorkspaceError

    p = Path(path)
    if not create and not p.exists():
        raise UserError(f"Espace de travail introuvable : {p}")
    try:
        return Workspace.open(p, create=create)
    except WorkspaceError as exc:
        raise UserError(str(exc)) from exc

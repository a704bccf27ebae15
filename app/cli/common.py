"""Shared pieces of the command line: user errors, JSON output, opening a workspace."""
from __future__ import annotations

import json
import sys
from collections.abc import Iterator
from contextlib import contextmanager
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


@contextmanager
def creating_workspace(path: str | Path) -> Iterator:
    """A new workspace filled inside the block; when the block fails (a user error, an interruption, a bug),
    no file is left behind. Store errors become user errors."""
    from app.models.store import Workspace, WorkspaceError

    try:
        with Workspace.creating(path) as ws:
            yield ws
    except WorkspaceError as exc:
        raise UserError(str(exc)) from exc


def read_json_file(path: str | Path) -> Any:
    """Read a JSON file given on the command line, turning every failure into a plain French message."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8-sig")
    except FileNotFoundError as exc:
        raise UserError(f"Fichier introuvable : {path}") from exc
    except (OSError, UnicodeDecodeError) as exc:
        raise UserError(f"Fichier illisible : {path}") from exc
    try:
        return json.loads(text)
    except json.JSONDecodeError as exc:
        raise UserError(f"Le fichier {path} n'est pas du JSON valide (ligne {exc.lineno}, "
                        f"colonne {exc.colno}).") from exc

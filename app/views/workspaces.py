"""Where workspaces live: the recent list (QSettings), the language choice, the default demo workspace."""
from __future__ import annotations

from pathlib import Path

import platformdirs
from PySide6.QtCore import QSettings

APP_NAME = "ror-referent"
MAX_RECENTS = 8


def settings() -> QSettings:
    return QSettings(QSettings.Format.IniFormat, QSettings.Scope.UserScope, APP_NAME, APP_NAME)


def default_workspace() -> Path:
    """The demo workspace opened on first start, under the user's data directory."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)) / "demo.sqlite"


def recent_workspaces() -> list[str]:
    value = settings().value("recent", [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if v]


def remember_workspace(path: str | Path) -> list[str]:
    path = str(Path(path).resolve())
    recents = [path, *[p for p in recent_workspaces() if p != path]][:MAX_RECENTS]
    s = settings()
    s.setValue("recent", recents)
    s.sync()
    return recents


def saved_language() -> str | None:
    value = settings().value("language", "")
    return value or None


def save_language(lang: str | None) -> None:
    s = settings()
    s.setValue("language", lang or "")
    s.sync()

"""Where the app runs, for a support bundle: versions (app, Python, Qt, SQLite, OS) and the recent log files.

Qt's version is read from the installed package's metadata: this module imports no Qt. The log folder is
`ROR_REFERENT_LOG_DIR` when set, else the user's log folder of the platform (platformdirs); `start_file_log()`
sends the app's log records there.
"""
from __future__ import annotations

import logging
import os
import platform
import sqlite3
import sys
import time
from importlib import metadata
from logging.handlers import RotatingFileHandler
from pathlib import Path

import platformdirs

APP_NAME = "ror-referent"
LOG_DIR_ENV = "ROR_REFERENT_LOG_DIR"
LOG_SUFFIXES = (".log", ".txt", ".json")
MAX_LOG_FILES = 10
MAX_LOG_BYTES = 5 * 1024**2  # the end of a longer log
MAX_LOG_AGE_S = 14 * 24 * 3600


def log_dir() -> Path:
    """The folder where the app's logs are written."""
    forced = os.environ.get(LOG_DIR_ENV)
    return Path(forced) if forced else Path(platformdirs.user_log_dir(APP_NAME, appauthor=False))


def start_file_log(level: int = logging.INFO) -> Path | None:
    """Write the app's log records to `log_dir()/ror-referent.log` (1 MB, 3 older files kept), once per process:
    the recent logs a support bundle carries. None when the folder cannot be written (the app runs without)."""
    root = logging.getLogger()
    for handler in root.handlers:
        if isinstance(handler, RotatingFileHandler) and getattr(handler, "ror_referent", False):
            return Path(handler.baseFilename)
    path = log_dir() / f"{APP_NAME}.log"
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        handler = RotatingFileHandler(path, maxBytes=1024**2, backupCount=3, encoding="utf-8", delay=True)
    except OSError:
        return None
    handler.ror_referent = True  # type: ignore[attr-defined]
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root.addHandler(handler)
    if root.level > level or root.level == logging.NOTSET:
        root.setLevel(level)
    return path


def _version(*packages: str) -> str | None:
    for name in packages:
        try:
            return metadata.version(name)
        except metadata.PackageNotFoundError:
            continue
    return None


def versions() -> dict[str, str | None]:
    """The versions a support agent asks first."""
    from app import __version__

    return {
        "app": __version__,
        "python": platform.python_version(),
        "python_implementation": platform.python_implementation(),
        "qt": _version("PySide6-Essentials", "PySide6"),
        "sqlite": sqlite3.sqlite_version,
        "os": platform.platform(),
        "system": platform.system(),
        "release": platform.release(),
        "machine": platform.machine(),
        "frozen": "oui" if getattr(sys, "frozen", False) else "non",
    }


def recent_logs(folder: Path | None = None, now: float | None = None) -> list[tuple[str, bytes]]:
    """(file name, content) of the log files of the last two weeks, newest first; a long one is cut to its end."""
    folder = folder or log_dir()
    if not folder.is_dir():
        return []
    now = now if now is not None else time.time()
    found = []
    for path in folder.iterdir():
        try:
            name = path.name.lower()
            if path.is_symlink() or not path.is_file() or not (".log" in name or name.endswith(LOG_SUFFIXES)):
                continue
            modified = path.stat().st_mtime
        except OSError:
            continue
        if now - modified <= MAX_LOG_AGE_S:
            found.append((modified, path))
    found.sort(reverse=True)
    logs = []
    for _, path in found[:MAX_LOG_FILES]:
        try:
            with path.open("rb") as fh:
                size = fh.seek(0, os.SEEK_END)
                fh.seek(max(0, size - MAX_LOG_BYTES))
                logs.append((path.name, fh.read()))
        except OSError:
            continue
    return logs

"""What every offscreen screenshot script shares: the output folder, waiting for Qt, and a main window opened on a
workspace in French then in English, so each script only says what it shows."""
from __future__ import annotations

import os
import sys
import time
from collections.abc import Callable, Iterator
from pathlib import Path

LANGS = ("fr", "en")


def output_dir(argv: list[str] | None) -> Path:
    """The folder named on the command line (docs/screenshots by default), made; Qt told to draw offscreen."""
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return out


def wait(app, until: Callable[[], bool], seconds: float = 60) -> None:
    """Run Qt's events until `until()` holds or `seconds` pass, then a few more so the last paint lands."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and not until():
        app.processEvents()
        time.sleep(0.01)
    for _ in range(6):
        app.processEvents()
        time.sleep(0.02)


def settle(app, window=None, seconds: float = 20) -> None:
    """Wait until the window's worker is idle (or just let the events run when there is no window)."""
    wait(app, lambda: window is None or not window.worker.busy, seconds)


def open_window(app, path: Path, lang: str, size: tuple[int, int] | None = None):
    """A MainWindow in `lang` on the workspace at `path`, shown, once it is opened and its worker idle."""
    from app.views.i18n import TRANSLATIONS
    from app.views.main_window import MainWindow

    TRANSLATIONS.apply(lang)
    window = MainWindow(remember=False)
    if size is not None:
        window.resize(*size)
    loaded: list[str] = []
    window.workspaceCompleted.connect(loaded.append)
    window.open_workspace(path)
    window.show()
    wait(app, lambda: bool(loaded) and not window.worker.busy)
    return window


def each_language(app, path: Path, size: tuple[int, int] | None = None) -> Iterator[tuple[str, object]]:
    """(lang, window) in French then English, each window closed after its turn; French is put back at the end."""
    from app.views.i18n import TRANSLATIONS

    try:
        for lang in LANGS:
            window = open_window(app, path, lang, size)
            try:
                yield lang, window
            finally:
                window.close()
                app.processEvents()
    finally:
        TRANSLATIONS.apply("fr")

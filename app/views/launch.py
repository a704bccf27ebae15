"""Start the desktop app: `ror-referent` with no sub-command (optionally --workspace FILE --lang fr|en)."""
from __future__ import annotations

import atexit
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from app.views import platform_check

if TYPE_CHECKING:  # Qt's GUI modules are imported once the platform check has passed
    from PySide6.QtCore import QtMsgType
    from PySide6.QtWidgets import QApplication

# Messages of Qt's offscreen platform (screenshots, CI) that say nothing to a user.
_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")
# bench/bench_start.py: print one line and quit once the window shows its first workspace (start-up time).
EXIT_WHEN_SHOWN = "ROR_REFERENT_EXIT_WHEN_SHOWN"
_previous_handler = None


def _qt_messages(kind: QtMsgType, context, message: str) -> None:
    if message in _NOISE:
        return
    if _previous_handler is not None:
        _previous_handler(kind, context, message)
    else:
        print(message, file=sys.stderr)


def make_app(argv: list[str] | None = None) -> QApplication:
    from PySide6.QtCore import qInstallMessageHandler
    from PySide6.QtWidgets import QApplication

    from app.views import workspaces
    from app.views.icons import app_icon

    global _previous_handler
    if _previous_handler is None:
        _previous_handler = qInstallMessageHandler(_qt_messages) or None
        # Qt may still log while the QApplication is torn down, after Python has finalised: a Python handler
        # then crashes the process (exit 139 with QT_DEBUG_PLUGINS=1). Qt's own handler is put back first.
        atexit.register(qInstallMessageHandler, None)
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ROR Référent")
    app.setOrganizationName(workspaces.APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def launch(workspace: str | None = None, lang: str | None = None) -> int:
    """Open the main window on `workspace` (else the last one, else the demo) and run the event loop.

    When Qt could not open a window here (a system library missing, no display), one sentence says why: exit 3.
    """
    problem = platform_check.check()
    if problem is not None:
        print(f"ror-referent: {problem.message(platform_check.ui_language(lang))}", file=sys.stderr)
        return platform_check.EXIT_CODE
    from app.models.support.environment import start_file_log
    from app.views import workspaces
    from app.views.i18n import TRANSLATIONS
    from app.views.main_window import MainWindow

    start_file_log()  # the recent logs a support bundle carries (*Aide > Créer un paquet pour le support*)
    app = make_app()
    chosen = lang or workspaces.saved_language()
    TRANSLATIONS.apply(chosen)
    window = MainWindow()
    window.lang_actions[chosen if chosen in window.lang_actions else None].setChecked(True)
    if os.environ.get(EXIT_WHEN_SHOWN):
        _exit_when_shown(app, window)
    if workspace:
        path = Path(workspace)
        if not path.exists():
            print(f"ror-referent: espace de travail introuvable : {path}", file=sys.stderr)
            return 2
        window.open_workspace(path)
    else:
        window.open_start_workspace()
    window.show()
    return app.exec()


def _exit_when_shown(app: QApplication, window) -> None:
    """Once the tree of the workspace is on screen (and painted): one line on stdout, then quit."""
    from PySide6.QtCore import QTimer

    def shown(path: str) -> None:
        def report() -> None:
            print(f"shown {Path(path).name}", flush=True)
            app.quit()

        QTimer.singleShot(0, report)

    window.workspaceOpened.connect(shown)

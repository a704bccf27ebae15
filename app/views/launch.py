"""Start the desktop app: `ror-referent` with no sub-command (optionally --workspace FILE --lang fr|en)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QtMsgType, qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from app.views import workspaces
from app.views.i18n import TRANSLATIONS
from app.views.icons import app_icon

# Messages of Qt's offscreen platform (screenshots, CI) that say nothing to a user.
_NOISE = ("This plugin does not support propagateSizeHints()",)
_previous_handler = None


def _qt_messages(kind: QtMsgType, context, message: str) -> None:
    if message in _NOISE:
        return
    if _previous_handler is not None:
        _previous_handler(kind, context, message)
    else:
        print(message, file=sys.stderr)


def make_app(argv: list[str] | None = None) -> QApplication:
    global _previous_handler
    if _previous_handler is None:
        _previous_handler = qInstallMessageHandler(_qt_messages) or None
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName("ROR Référent")
    app.setOrganizationName(workspaces.APP_NAME)
    app.setWindowIcon(app_icon())
    return app


def launch(workspace: str | None = None, lang: str | None = None) -> int:
    """Open the main window on `workspace` (else the last one, else the demo) and run the event loop."""
    from app.views.main_window import MainWindow

    app = make_app()
    chosen = lang or workspaces.saved_language()
    TRANSLATIONS.apply(chosen)
    window = MainWindow()
    window.lang_actions[chosen if chosen in window.lang_actions else None].setChecked(True)
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

"""Start the desktop app: `ror-referent` with no sub-command (optionally --workspace FILE --lang fr|en)."""
from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from app.views import workspaces
from app.views.i18n import TRANSLATIONS
from app.views.icons import app_icon


def make_app(argv: list[str] | None = None) -> QApplication:
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

"""`ror-referent screenshot --workspace FILE --out PNG [--select PATH] [--expand PATH] [--lang fr|en]`.

Renders offscreen when there is no display, with the node at PATH ("EJ / EG / …", names or FINESS numbers)
selected and expanded, once the tree and the fiche are loaded.
"""
from __future__ import annotations

import os
import sys
from pathlib import Path

from app.cli.common import UserError


def register(sub) -> None:
    p = sub.add_parser("screenshot", help="enregistrer une capture de la fenêtre principale")
    p.add_argument("--workspace", required=True, help="espace de travail à afficher")
    p.add_argument("--out", required=True, help="fichier PNG à écrire")
    p.add_argument("--select", default=None, help="chemin du nœud à sélectionner (noms séparés par « / »)")
    p.add_argument("--expand", action="append", default=[], metavar="CHEMIN",
                   help="déplier aussi ce nœud (répétable), pour montrer d'autres unités")
    p.add_argument("--lang", choices=["fr", "en"], default="fr", help="langue de l'interface (défaut fr)")
    p.add_argument("--size", default="1400x860", help="taille de la fenêtre, LARGEURxHAUTEUR")
    p.set_defaults(func=run)


def run(args) -> int:
    ws_path = Path(args.workspace)
    if not ws_path.exists():
        raise UserError(f"Espace de travail introuvable : {ws_path}")
    try:
        width, height = (int(x) for x in args.size.lower().split("x"))
    except ValueError as exc:
        raise UserError("--size attend LARGEURxHAUTEUR, par exemple 1400x860.") from exc
    headless = not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")
    if headless and sys.platform.startswith("linux"):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    return _render(ws_path, Path(args.out), args.select, args.lang, width, height, args.expand)


def _render(ws_path: Path, out: Path, select: str | None, lang: str, width: int, height: int,
            expand: list[str] = ()) -> int:
    from PySide6.QtCore import QEventLoop, QTimer

    from app.views.i18n import TRANSLATIONS
    from app.views.launch import make_app
    from app.views.main_window import MainWindow

    app = make_app()
    TRANSLATIONS.apply(lang)
    window = MainWindow(remember=False)
    window.resize(width, height)
    refusals: list[str] = []
    window.refused.connect(refusals.append)
    loop = QEventLoop()
    window.workspaceCompleted.connect(lambda _p: loop.quit())
    window.refused.connect(lambda _m: loop.quit())
    QTimer.singleShot(60_000, loop.quit)
    window.open_workspace(ws_path)
    window.show()
    loop.exec()
    if not window.model.tree.nodes:
        raise UserError(refusals[-1] if refusals else f"Impossible d'ouvrir {ws_path}.")
    for path in expand:
        if not window.select_path(path, expand=True):
            raise UserError(f"Chemin introuvable dans l'arborescence : {path}")
    if select:
        if not window.select_path(select, expand=True):
            raise UserError(f"Chemin introuvable dans l'arborescence : {select}")
    _wait_idle(window, app)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not window.grab().save(str(out), "PNG"):
        raise UserError(f"Impossible d'écrire {out}.")
    window.close()
    app.processEvents()
    print(out)
    return 0


def _wait_idle(window, app) -> None:
    """Let the worker answer (fiche, banner) and the widgets paint."""
    import time

    deadline = time.monotonic() + 20
    while time.monotonic() < deadline:
        app.processEvents()
        if not window.worker.busy:
            break
        time.sleep(0.01)
    for _ in range(5):
        app.processEvents()
        time.sleep(0.02)

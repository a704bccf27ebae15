"""Screenshots of the type d'UO filters (French and English) and of the English UO form, for docs/screenshots.

    python -m app.views.forms.type_filter_shots docs/screenshots

writes type-filters-fr.png and type-filters-en.png (a hospital unit's type d'UO narrowed to surgery, the proposal
list open) and uo-form-en.png (an EHPAD unit's fiche in English), rendered offscreen on a demo workspace.
"""
from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

SURGERY = "CHIR"


def _settle(app) -> None:
    for _ in range(8):
        app.processEvents()


def _grab_with_popup(window, edit, popup):
    """The window with the open proposal list painted under its field (a popup is a window of its own, which the
    offscreen platform squeezes into a small virtual screen)."""
    from PySide6.QtCore import QPoint
    from PySide6.QtGui import QPainter

    shot = window.grab()
    if popup.isVisible():
        popup.resize(edit.width(), popup.height())
        painter = QPainter(shot)
        painter.drawPixmap(edit.mapTo(window, QPoint(0, edit.height())), popup.grab())
        painter.end()
    return shot


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    out = Path(args[0] if args else "docs/screenshots")
    out.mkdir(parents=True, exist_ok=True)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QPoint
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.models.demo import make_demo
    from app.views.forms.form_view import FormView
    from app.views.i18n import TRANSLATIONS

    app = QApplication.instance() or QApplication([])
    written = []
    with tempfile.TemporaryDirectory() as folder:
        ws = make_demo(Path(folder) / "demo.sqlite")
        rows = ws.nodes.all()
        hospital_unit = next(r for r in rows if r.kind == "UO" and r.champ == "01" and "Viscérale" in r.name)
        ehpad = next(r for r in rows if r.kind == "UO" and r.status == "finalised" and r.champ == "04")
        for lang in ("fr", "en"):
            TRANSLATIONS.apply(lang)
            window = QMainWindow()
            view = FormView(ws)
            window.setCentralWidget(view)
            window.setWindowTitle("ROR Référent")
            window.resize(1200, 800)
            window.show()
            view.load(hospital_unit.id)
            _settle(app)
            widget = view.row("uo.type_offre").widget
            widget.set_filters(SURGERY, None)
            _settle(app)
            page = view.stack.currentWidget()
            top = view.row("uo.type_offre").mapTo(view.built.root, QPoint(0, 0)).y()
            page.verticalScrollBar().setValue(max(top - 120, 0))
            _settle(app)
            widget.picker.show_all()
            _settle(app)
            name = out / f"type-filters-{lang}.png"
            _grab_with_popup(window, widget.picker.edit, widget.picker.completer.popup()).save(str(name), "PNG", 0)
            written.append(name)
            widget.picker.completer.popup().hide()
            if lang == "en":
                window.resize(1200, 1500)  # the whole form down to the opening hours
                view.load(ehpad.id)
                _settle(app)
                name = out / "uo-form-en.png"
                window.grab().save(str(name), "PNG", 0)
                written.append(name)
            view.close()
            window.close()
            window.deleteLater()
            _settle(app)
        TRANSLATIONS.apply("fr")
        ws.close()
    for name in written:
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

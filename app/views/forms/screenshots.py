"""French screenshots of the guided forms, rendered offscreen on a demo workspace (for docs/screenshots).

    python -m app.views.forms.screenshots docs/screenshots

writes fiche-ehpad-fr.png (an EHPAD unit's fiche), hours-fr.png (the opening hours editor) and
fiche-errors-fr.png (a new fiche with what is missing or wrong shown inline).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from app.views.screenshot_kit import output_dir


def _settle(app) -> None:
    for _ in range(5):
        app.processEvents()


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    from PySide6.QtCore import QPoint, QTime
    from PySide6.QtWidgets import QApplication, QMainWindow

    from app.models.demo import make_demo
    from app.views.forms.form_view import FormView

    app = QApplication.instance() or QApplication([])
    with tempfile.TemporaryDirectory() as folder:
        ws = make_demo(Path(folder) / "demo.sqlite")
        rows = ws.nodes.all()
        ehpad = next(r for r in rows if r.kind == "UO" and r.status == "finalised" and r.champ == "04")
        day_unit = next(r for r in rows if r.kind == "UO" and "Externat" in r.name)
        new = next(r for r in rows if r.kind == "UO" and "PASA" in r.name)
        window = QMainWindow()
        view = FormView(ws)
        window.setCentralWidget(view)
        window.setWindowTitle("ROR Référent")
        window.resize(1200, 800)
        window.show()

        view.load(ehpad.id)
        _settle(app)
        window.grab().save(str(out / "fiche-ehpad-fr.png"), "PNG", 0)

        view.load(day_unit.id)
        _settle(app)
        hours = view.row("uo.horaires").widget
        monday = hours.days[0]
        monday.clear()
        monday.add_interval(QTime(9, 0), QTime(12, 0))
        monday.add_interval(QTime(13, 30), QTime(17, 30), user=True)
        hours.copy_monday()
        for code in ("sat", "sun"):
            hours.day(code).closed.setChecked(True)
        hours.day("wed").intervals[1].start.setTime(QTime(11, 0))
        _settle(app)
        page = view.stack.currentWidget()
        top = view.row("uo.horaires").mapTo(view.built.root, QPoint(0, 0)).y()
        page.verticalScrollBar().setValue(top - 60)
        _settle(app)
        window.grab().save(str(out / "hours-fr.png"), "PNG", 0)

        view.load(new.id)
        _settle(app)
        view.row("uo.age_min").widget.spin.setValue(60)
        picker = view.row("uo.modes_pec").widget.picker
        picker.edit.setText("hébergement de nuit en chambre")
        picker.committed.emit(picker.edit.text(), False)
        _settle(app)
        window.grab().save(str(out / "fiche-errors-fr.png"), "PNG", 0)
        view.close()
        ws.close()
    for name in ("fiche-ehpad-fr.png", "hours-fr.png", "fiche-errors-fr.png"):
        print(out / name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the form widgets people rely on, in French and English, rendered offscreen on a demo workspace.

    python -m app.views.forms.screenshots_widgets docs/screenshots

writes hours-two-slots-{fr,en}.png (the main window, a unit's opening hours with two slots a day, no sideways
scroll) and name-suggestion-{fr,en}.png (a unit's name field with the label rule's suggestion and advice).
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from app.views.screenshot_kit import open_window, output_dir, settle

IME = "Association Pour L'Enfance Handicapée D'Ille-Et-Vilaine / IME Le Moulin"
EXTERNAT = IME + " / Unité Externat Pour Enfants Et Adolescents Handicapés"
EHPAD = "Association Les Tilleuls / EHPAD Les Tilleuls"


def _scroll_to(view, link_id: str, above: int = 60) -> None:
    from PySide6.QtCore import QPoint

    page = view.stack.currentWidget()
    top = view.row(link_id).mapTo(view.built.root, QPoint(0, 0)).y()
    page.verticalScrollBar().setValue(max(0, top - above))


def _hours(app, window, view, out: Path) -> None:
    from PySide6.QtCore import QTime

    hours = view.row("uo.horaires").widget
    monday = hours.days[0]
    monday.clear()
    monday.add_interval(QTime(8, 30), QTime(12, 0))
    monday.add_interval(QTime(13, 30), QTime(17, 30), user=True)
    hours.copy_monday()
    for code in ("sat", "sun"):
        hours.day(code).closed.setChecked(True)
    friday = hours.day("fri").intervals[1]
    friday.end.setFocus()
    friday.end.selectAll()
    friday.end.insert("25:00")  # typed, refused with its sentence, kept in the field
    friday.end.editingFinished.emit()
    settle(app)
    _scroll_to(view, "uo.horaires")
    settle(app)
    window.grab().save(str(out), "PNG", 0)


def _name(app, window, view, out: Path) -> None:
    row = view.row("uo.nom")
    row.widget.edit.setText("Unité pasa du jardin XQZ")
    row.widget.edit.textEdited.emit(row.widget.edit.text())
    settle(app)
    _scroll_to(view, "uo.nom", above=40)
    settle(app)
    window.grab().save(str(out), "PNG", 0)


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    from app.models.demo import make_demo
    from app.views.i18n import TRANSLATIONS
    from app.views.launch import make_app

    app = make_app()
    written = []
    with tempfile.TemporaryDirectory() as folder:
        for lang in ("fr", "en"):
            path = Path(folder) / f"demo-{lang}.sqlite"
            make_demo(path).close()
            window = open_window(app, path, lang, size=(1600, 900))
            deadline = time.monotonic() + 20
            while not window.model.tree.nodes and time.monotonic() < deadline:
                settle(app, window)
            view = window.fiche_side.form_view
            for select, shoot, name in ((EXTERNAT, _hours, "hours-two-slots"), (EHPAD + " / Unité Pôle D'Activités Et "
                                                                                 "De Soins Adaptés (PASA)", _name,
                                                                                 "name-suggestion")):
                if not window.select_path(select, expand=True):
                    raise SystemExit(f"path not found: {select}")
                settle(app, window)
                target = out / f"{name}-{lang}.png"
                shoot(app, window, view, target)
                written.append(target)
            window.close()
            app.processEvents()
        TRANSLATIONS.apply("fr")
    for path in written:
        print(path)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

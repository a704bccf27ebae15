"""Screenshots of the bulk edit preview, French and English, rendered offscreen on a demo group.

    python -m app.views.bulk.screenshots docs/screenshots

writes bulk-preview-{fr,en}.png: opening hours asked for every unit of a group of 14 EGs; the units a rule
refuses come first with the reason, then the others with their hours before and after.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from app.views.screenshot_kit import each_language, output_dir, wait


def _make(path: Path) -> None:
    from app.models.demo import make_demo

    ws = make_demo(path, egs=14, uos=15)
    eg = next(r for r in ws.tree.rows() if r.kind == "EG" and r.domaine == "medico-social")
    ws.nodes.create(eg.id, "UO", ["Unité Accueil De Jour"], champ="04")  # no type d'offre yet: refused
    ws.close()


def shoot(window, app, out: Path) -> None:
    from PySide6.QtCore import QTime

    egs = [i for i, r in window.tree.nodes.items() if r.kind == "EG"]
    edit = window.open_bulk_edit(egs)
    dialog = edit.change_dialog
    monday = dialog.hours.days[0]
    monday.clear()
    monday.add_interval(QTime(9, 0), QTime(12, 30))
    monday.add_interval(QTime(13, 30), QTime(18, 0), user=True)
    dialog.hours.copy_monday()
    for code in ("sat", "sun"):
        dialog.hours.day(code).closed.setChecked(True)
    dialog.accept()
    wait(app, lambda: edit.preview is not None and edit.preview.isVisible())
    edit.preview.table.scrollToTop()
    wait(app, lambda: True)
    edit.preview.grab().save(str(out), "PNG", 0)
    edit.preview.reject()


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    from app.views.launch import make_app

    app = make_app([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "group.sqlite"
        _make(path)
        for lang, window in each_language(app, path):
            target = out / f"bulk-preview-{lang}.png"
            shoot(window, app, target)
            print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the Disponibilités view and of the group view with its chart, in French and English,
rendered offscreen on a demo workspace whose figures were entered over the last 30 days.

    python -m app.views.capacities.screenshots docs/screenshots

writes dispo-fr.png, dispo-en.png, dispo-group-fr.png and dispo-group-en.png.
"""
from __future__ import annotations

import random
import tempfile
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

from app.models import capacities as cap
from app.views.screenshot_kit import each_language, output_dir, settle

VILLEFRANCHE = "CH De Villefranche - Site Principal"


def seed_history(ws, days: int = 30, now: datetime | None = None) -> None:
    """Figures for every unit, entered once a day for `days` days (stamped as if typed on those days); a few
    units stop being updated 3 days ago, so the reminder has something to say."""
    now = now or datetime.now(UTC)
    rng = random.Random(7)
    rows = [r for r in ws.capacities.rows() if r.temporality == cap.COURANT]
    installed = {r.key: rng.choice((12, 16, 20, 24, 30, 40, 60, 80)) for r in rows}
    from app.models.store import capacities as store_capacities

    for back in range(days - 1, -1, -1):
        for i, r in enumerate(rows):
            if back < 3 and i % 4 == 1:
                continue  # not updated since three days ago
            total = installed[r.key]
            occupied = min(total, int(total * (0.78 + 0.18 * rng.random())))
            closed = rng.choice((0, 0, 0, 2)) if total > 10 else 0
            counts = {cap.INSTALLES: total, cap.OCCUPES: occupied, cap.FERMES: closed,
                      cap.DISPONIBLES: max(0, total - occupied - closed), cap.SUPPLEMENTAIRES: 0}
            stamp = (now - timedelta(days=back, hours=rng.randint(1, 5))).isoformat(timespec="milliseconds")
            with mock.patch.object(store_capacities, "now_iso", lambda stamp=stamp: stamp):
                ws.capacities.set(r.node_id, r.nature, cap.COURANT, counts)


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    from PySide6.QtCore import QEventLoop, Qt, QTimer
    from PySide6.QtTest import QTest

    from app.models.demo import make_demo
    from app.views.launch import make_app

    app = make_app()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        ws = make_demo(path)
        seed_history(ws)
        refused = next(r for r in ws.capacities.rows() if r.eg_name == VILLEFRANCHE and "Cardiologie" in r.uo_name)
        ws.capacities.refused(refused.node_id, [], "Location/42 : le nombre de lits installés doit être renseigné")
        ws.close()
        written = []
        for lang, window in each_language(app, path, size=(1400, 900)):
            eg = next(n for n, r in window.tree.nodes.items() if r.kind == "EG" and r.name == VILLEFRANCHE)
            window.select_node(eg, expand=True)
            view = window.capacities.open_dispo([eg])
            window.resizeDocks([window.capacities.dock], [470], Qt.Orientation.Vertical)
            settle(app, window)
            QTest.qWait(300)
            settle(app, window)
            # a count that breaks a check, typed and kept in its editor with the reason under the row
            view.table.setCurrentIndex(view.model.index(2, view.table.currentIndex().column() + 1))
            view.table.setFocus()
            for key in ("9", "9"):
                QTest.keyClick(app.focusWidget() or view.table, key)
            QTest.keyClick(app.focusWidget(), Qt.Key.Key_Tab)
            settle(app, window)
            name = out / f"dispo-{lang}.png"
            window.grab().save(str(name), "PNG", 0)
            written.append(name)
            QTest.keyClick(app.focusWidget(), Qt.Key.Key_Escape)
            group = window.capacities.open_group(all_egs=True)
            loop = QEventLoop()
            group.loaded.connect(loop.quit)
            QTimer.singleShot(60_000, loop.quit)
            loop.exec()
            settle(app, window)
            QTest.qWait(300)
            name = out / f"dispo-group-{lang}.png"
            window.capacities.dock.grab().save(str(name), "PNG", 0)
            written.append(name)
    for name in written:
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

"""Screenshots of the dashboard with its chart, French and English, rendered offscreen on the national group.

    python -m app.views.dashboard.screenshots docs/screenshots

writes dashboard-{fr,en}.png: the 503 EGs of the 8,000-fiche demo group, least advanced first, with the
completion chart of the first EGs of the table.
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from app.views.screenshot_kit import each_language, output_dir, wait


def shoot(window, app, out: Path) -> None:
    from PySide6.QtCore import Qt

    from app.views.dashboard.chart import BY_EG
    from app.views.dashboard.table_model import DONE

    board = window.show_dashboard()
    board.resize(1400, 900)
    wait(app, lambda: bool(board.model.rows) and board.model.rows[0].warnings is not None, 120)
    board.table.sortByColumn(DONE, Qt.SortOrder.AscendingOrder)
    board.chart_mode.setCurrentIndex(board.chart_mode.findData(BY_EG))
    wait(app, lambda: True)
    board.grab().save(str(out), "PNG", 0)
    board.close()


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    from app.models.demo import make_demo
    from app.views.launch import make_app

    app = make_app([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "group.sqlite"
        make_demo(path, egs=500, uos=15).close()
        for lang, window in each_language(app, path):
            target = out / f"dashboard-{lang}.png"
            shoot(window, app, target)
            print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

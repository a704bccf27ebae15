"""Dashboard benchmark on the national group (500 EGs x 15 UOs, about 8,000 fiches).

dashboard_open_s           from the menu action (*Affichage > Tableau de bord*) in the shown main window to the
                           dashboard shown with every EG's row filled and painted     target 0.5 s
dashboard_warnings_s       from the same action to the warnings column counted (every fiche checked, off the GUI
                           thread; the table is usable meanwhile)

`python bench/bench_dashboard.py [--quick]`; `run(quick=False) -> list[dict]` for bench/run.py.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench_tree import _Paints  # noqa: E402  # a viewport's last paint, as the tree filter bench times it
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.views.i18n import TRANSLATIONS  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402

BENCHES = ["dashboard_open_s", "dashboard_warnings_s"]
OPENINGS = 3


def _wait(app: QApplication, done, what: str) -> None:
    """Run the event loop until `done()`: waiting in Qt (the GIL released) as the real event loop does, asked
    every millisecond, so that the DB worker is not slowed by a waiting loop spinning in Python."""
    if done():
        return
    loop, poll, start = QEventLoop(), QTimer(), time.perf_counter()

    def check() -> None:
        if done() or time.perf_counter() - start > 60:
            loop.quit()

    poll.timeout.connect(check)
    poll.start(1)
    loop.exec()
    poll.stop()
    if not done():
        raise RuntimeError(f"the dashboard never {what}")


def _settle(app: QApplication, win: MainWindow) -> None:
    """Until the DB worker is idle and the window has had a second of events."""
    _wait(app, lambda: not win.worker.busy, "let the main window settle")
    end = time.perf_counter() + 1.0
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.005)


def _open_once(app: QApplication, win: MainWindow) -> tuple[float, float]:
    """Menu action -> rows shown and painted; -> warnings counted. A new dashboard window each time."""
    old = getattr(win, "dashboard", None)
    if old is not None:
        old.close()
        old.deleteLater()
        win.dashboard = None
        _settle(app, win)
    gc.collect()
    t = time.perf_counter()
    win.window_actions.dashboard.trigger()
    board = win.dashboard
    paints = _Paints()
    board.table.viewport().installEventFilter(paints)
    loaded = {"at": 0.0}
    board.loaded.connect(lambda: loaded.__setitem__("at", time.perf_counter()))
    _wait(app, lambda: loaded["at"] and paints.last > loaded["at"], "showed its rows")
    opened = paints.last - t
    assert board.proxy.rowCount() == len(board.model.rows) > 0
    _wait(app, lambda: board.model.rows[0].warnings is not None, "counted the warnings")
    return opened, time.perf_counter() - t


def run(quick: bool = False) -> list[dict]:
    app = QApplication.instance() or QApplication([])
    TRANSLATIONS.apply("fr")
    egs, uos = (20, 5) if quick else (500, 15)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "group.sqlite"
        subprocess.run([sys.executable, "-c", "import sys; from app.models.demo import make_demo; "
                        f"make_demo(sys.argv[1], egs={egs}, uos={uos}).close()", str(path)],
                       check=True, cwd=str(ROOT))
        win = MainWindow(remember=False)
        loop = QEventLoop()
        win.workspaceCompleted.connect(lambda _p: loop.quit())
        win.show()
        win.open_workspace(path)
        loop.exec()
        _settle(app, win)  # the window's own first work (the current fiche's form) is not the dashboard's
        runs = [_open_once(app, win) for _ in range(OPENINGS)]
        win.close()
        win.deleteLater()
        app.processEvents()
    label = "quick" if quick else "group"
    return [
        {"bench": "dashboard_open_s", "value": round(statistics.median(r[0] for r in runs), 4), "unit": "s",
         "target": 0.5, "group": label},
        {"bench": "dashboard_warnings_s", "value": round(statistics.median(r[1] for r in runs), 4), "unit": "s",
         "target": None, "group": label},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description="Dashboard benchmark")
    parser.add_argument("--quick", action="store_true", help="small group (smoke test for CI)")
    args = parser.parse_args()
    for row in run(quick=args.quick):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

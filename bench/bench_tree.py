"""Tree window benchmarks on the national group (500 EGs x 15 UOs, about 8,000 fiches).

tree_open_s      open the workspace to its shown tree painted: the EJ open on its 500 EGs, as a user first sees
                 it (after imports; the units are read next, beside that paint)               target 0.25 s
tree_open_ratio  tree_open_s over store_load_floor_s (plain sqlite3 SELECT of every live node, same cols) target 2
tree_complete_s  open to every unit in the tree and every EG's mark painted
tree_complete_ratio  tree_complete_s over store_load_floor_s
tree_filter_ms   median wait of a filter keystroke in the shown window: from the key typed in the filter box
                 to the tree viewport painted with its result (debounce and expansion included)  target 150 ms
tree_filter_max_ms  the longest of those waits
tree_expand_all_s  expand every node of the tree view
peak_rss_mb      peak resident memory of the process                                  target 200 MB

`python bench/bench_tree.py [--quick]`; `run(quick=False) -> list[dict]` for bench/run.py.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEvent, QEventLoop, QObject  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.models.store.tree_reads import SQL as FLOOR_SQL  # noqa: E402
from app.views.i18n import TRANSLATIONS  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402

BENCHES = ["tree_open_s", "tree_open_ratio", "tree_complete_s", "tree_complete_ratio", "tree_filter_ms",
           "tree_filter_max_ms", "tree_expand_all_s", "peak_rss_mb", "store_load_floor_s"]

QUERIES = ["g", "gl", "gly", "glyc", "glycines", "tilleuls", "hebergement", "29", "medico", "unite de vie",
           "ehpad les cedres", "temporaire"]


def _floor(path: Path, repeat: int = 5) -> float:
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        con = sqlite3.connect(str(path))
        con.execute(FLOOR_SQL).fetchall()
        con.close()
        best = min(best, time.perf_counter() - t)
    return best


def _open(app: QApplication, path: Path) -> tuple[MainWindow, float, float]:
    """Seconds to the first paint of the shown tree, and to every unit and mark in and painted."""
    # The windows closed before this one leave reference cycles (Qt wrappers, closures): they are collected
    # here, not in the middle of the timed opening (a user's first opening has no closed window behind it).
    gc.collect()
    win = MainWindow(remember=False)
    loop, done = QEventLoop(), QEventLoop()
    win.workspaceOpened.connect(lambda _p: loop.quit())
    completed: list[str] = []
    win.workspaceCompleted.connect(lambda p: (completed.append(p), done.quit()))
    win.show()
    app.processEvents()
    t = time.perf_counter()
    win.open_workspace(path)
    loop.exec()  # waits in Qt (GIL released) as the real event loop does
    app.processEvents()  # the first paint of the populated tree
    shown = time.perf_counter() - t
    if not completed:
        done.exec()
    win.view.viewport().repaint()  # the EG rows' marks painted (not the current fiche's form, built after)
    return win, shown, time.perf_counter() - t


KEY_GAP_S = 0.25  # a user types about four keys a second


class _Paints(QObject):
    """The time of the tree viewport's last paint event."""

    def __init__(self) -> None:
        super().__init__()
        self.last = 0.0

    def eventFilter(self, _obj: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        if event.type() == QEvent.Type.Paint:
            self.last = time.perf_counter()
        return False


def _keystroke_waits(app: QApplication, win: MainWindow) -> list[float]:
    """Type each query into the filter box, a key at a time, and time each key to the painted result."""
    paints = _Paints()
    win.view.viewport().installEventFilter(paints)
    applied = {"at": 0.0}
    win.tree_side.filtered.connect(lambda _n: applied.__setitem__("at", time.perf_counter()))
    win.activateWindow()
    win.filter.setFocus()
    waits = []
    for query in QUERIES:
        win.filter.clear()
        win.apply_filter("")
        _settle(app, KEY_GAP_S)
        for char in query:
            t = time.perf_counter()
            QTest.keyClick(win.filter, char)
            # the filter applied with the text now in the box, and the viewport painted after it
            while not (applied["at"] >= t and win.model._query == win.filter.text()  # noqa: SLF001
                       and paints.last >= applied["at"]):
                app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
                if time.perf_counter() - t > 10:
                    raise RuntimeError(f"the filter never painted {win.filter.text()!r}")
            waits.append((time.perf_counter() - t) * 1000)
            _settle(app, KEY_GAP_S - (time.perf_counter() - t))
    win.view.viewport().removeEventFilter(paints)
    return waits


def _settle(app: QApplication, seconds: float) -> None:
    end = time.perf_counter() + max(seconds, 0)
    while time.perf_counter() < end:
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.002)


def run(quick: bool = False) -> list[dict]:
    app = QApplication.instance() or QApplication([])
    TRANSLATIONS.apply("fr")
    egs, uos = (20, 5) if quick else (500, 15)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "group.sqlite"
        # made in a child process, so that peak_rss_mb measures the window and not the demo builder
        subprocess.run([sys.executable, "-c", "import sys; from app.models.demo import make_demo; "
                        f"make_demo(sys.argv[1], egs={egs}, uos={uos}).close()", str(path)],
                       check=True, cwd=str(ROOT))
        floor = _floor(path)
        # A user's session first: open, filter, expand everything; its peak memory is peak_rss_mb.
        win, first, first_whole = _open(app, path)
        filt = _keystroke_waits(app, win)
        win.filter.clear()
        win.apply_filter("")
        t = time.perf_counter()
        win.view.expandAll()
        app.processEvents()
        expand_s = time.perf_counter() - t
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        win.close()
        win.deleteLater()
        app.processEvents()
        # Then more openings for the time: best of 5, as the floor.
        times, wholes = [first], [first_whole]
        for _ in range(0 if quick else 4):
            floor = min(floor, _floor(path, 2))  # beside each opening: this machine's speed drifts
            win, took, whole = _open(app, path)
            times.append(took)
            wholes.append(whole)
            win.close()
            win.deleteLater()
            app.processEvents()
        open_s, complete_s = min(times), min(wholes)
    label = "quick" if quick else "group"
    return [
        {"bench": "tree_open_s", "value": round(open_s, 4), "unit": "s", "target": 0.25, "group": label},
        {"bench": "store_load_floor_s", "value": round(floor, 4), "unit": "s", "target": None,
         "group": label},
        {"bench": "tree_open_ratio", "value": round(open_s / floor, 2), "unit": "x", "target": 2,
         "group": label},
        {"bench": "tree_complete_s", "value": round(complete_s, 4), "unit": "s", "target": None, "group": label},
        {"bench": "tree_complete_ratio", "value": round(complete_s / floor, 2), "unit": "x", "target": None,
         "group": label},
        {"bench": "tree_filter_ms", "value": round(statistics.median(filt), 2), "unit": "ms", "target": 150,
         "group": label},
        {"bench": "tree_filter_max_ms", "value": round(max(filt), 2), "unit": "ms", "target": None,
         "group": label},
        {"bench": "tree_expand_all_s", "value": round(expand_s, 4), "unit": "s", "target": None,
         "group": label},
        {"bench": "peak_rss_mb", "value": round(peak, 1), "unit": "MB", "target": 200, "group": label},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description="Tree window benchmarks")
    parser.add_argument("--quick", action="store_true", help="small group (smoke test for CI)")
    args = parser.parse_args()
    for row in run(quick=args.quick):
        print(json.dumps(row, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

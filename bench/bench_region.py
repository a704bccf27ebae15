"""Region scale: a regional coordinator or a support agent opens 40,000 fiches (4,000 EGs x 10 UOs).

tree_open_40k_s      open the workspace to its shown, scrollable tree of EJ and EG rows (best of 3)  target 0.4 s
tree_complete_40k_s  open to every unit in the tree and every EG's mark shown (best of 3)
peak_rss_40k_mb      peak resident memory of a session: open, complete, then every EG expanded  target 250 MB

`python bench/bench_region.py [--quick]`; `run(quick=False) -> list[dict]` for bench/run.py.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QEventLoop  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from app.views import controller  # noqa: E402
from app.views.i18n import TRANSLATIONS  # noqa: E402
from app.views.main_window import MainWindow  # noqa: E402

BENCHES = ["tree_open_40k_s", "tree_complete_40k_s", "peak_rss_40k_mb"]


def _open(app: QApplication, path: Path) -> tuple[MainWindow, float, float]:
    """Open `path` in a shown window: seconds to the first paint of its tree, and to its units all in."""
    gc.collect()  # the windows closed before this one are collected here, not during the timed opening
    win = MainWindow(remember=False)
    loop = QEventLoop()
    win.workspaceOpened.connect(lambda _p: loop.quit())
    done = QEventLoop()
    win.controller.completed.connect(done.quit)
    win.show()
    app.processEvents()
    t = time.perf_counter()
    win.open_workspace(path)
    loop.exec()
    app.processEvents()  # the first paint of the populated tree
    shown = time.perf_counter() - t
    done.exec()
    app.processEvents()  # the marks painted
    return win, shown, time.perf_counter() - t


def _close(app: QApplication, win: MainWindow) -> None:
    win.close()
    win.deleteLater()
    app.processEvents()


def run(quick: bool = False) -> list[dict]:
    app = QApplication.instance() or QApplication([])
    TRANSLATIONS.apply("fr")
    egs, uos = (200, 10) if quick else (4000, 10)
    if quick:  # a small region still opens in two reads: the smoke run takes the same path
        controller.TWO_READS_ABOVE = 1_000
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "region.sqlite"
        # made in a child process, so that the peak memory is the window's and not the demo builder's
        subprocess.run([sys.executable, "-c", "import sys; from app.models.demo import make_demo; "
                        f"make_demo(sys.argv[1], egs={egs}, uos={uos}).close()", str(path)],
                       check=True, cwd=str(ROOT))
        win, first, whole = _open(app, path)
        win.view.expandAll()  # every EG shown: the most a user can ask of the tree
        app.processEvents()
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kB on Linux
        _close(app, win)
        times, completes = [first], [whole]
        for _ in range(0 if quick else 2):
            win, took, all_in = _open(app, path)
            times.append(took)
            completes.append(all_in)
            _close(app, win)
    label = "quick" if quick else "region"
    return [
        {"bench": "tree_open_40k_s", "value": round(min(times), 4), "unit": "s", "target": 0.4, "group": label},
        {"bench": "tree_complete_40k_s", "value": round(min(completes), 4), "unit": "s", "target": None,
         "group": label},
        {"bench": "peak_rss_40k_mb", "value": round(peak, 1), "unit": "MB", "target": 250, "group": label},
    ]


def main() -> int:
    parser = argparse.ArgumentParser(description="Region-scale benchmarks (40,000 fiches)")
    parser.add_argument("--quick", action="store_true", help="small region (smoke test for CI)")
    args = parser.parse_args()
    for result in run(quick=args.quick):
        print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())

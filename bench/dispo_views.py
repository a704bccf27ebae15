"""Disponibilités window benchmarks on the national group (500 EGs x 15 UOs, about 7,500 units with figures).

dispo_open_ms       the entry view for one EG of 15 UOs, from the menu action to its rows shown   target 50 ms
dispo_group_open_s  the group view over all 500 EGs: rows, totals and the 30 days' chart read and
                    summed on the DB worker, shown and painted                                  target 0.5 s

Every unit gets figures first (one entry each, stamped over the last 30 days, in one batch), so the
chart has history to sum. Both figures come from one window on one workspace (`measure`, run once per process);
bench/bench_capacities.py registers `dispo_open_ms` and `dispo_group_open_s`. `python bench/dispo_views.py
[--quick]` prints them alone.
"""
from __future__ import annotations

import functools
import gc
import json
import os
import random
import statistics
import sys
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from unittest import mock

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

FULL = (500, 15, 7)  # EGs, UOs per EG, rounds
QUICK = (20, 15, 3)


def seed(ws) -> int:
    """One set of figures per unit, stamped on one of the last 30 days (history for the chart)."""
    from app.models import capacities as cap
    from app.models.store import capacities as store_capacities

    rng = random.Random(11)
    now = datetime.now(UTC)
    rows = [r for r in ws.capacities.rows() if r.temporality == cap.COURANT]
    with ws.batch():
        for r in rows:
            total = rng.choice((10, 20, 30, 40))
            busy = rng.randint(0, total)
            stamp = (now - timedelta(days=rng.randint(0, 29), hours=rng.randint(0, 23))).isoformat(
                timespec="milliseconds")
            with mock.patch.object(store_capacities, "now_iso", lambda stamp=stamp: stamp):
                ws.capacities.set(r.node_id, r.nature, cap.COURANT,
                                  {cap.INSTALLES: total, cap.OCCUPES: busy, cap.DISPONIBLES: total - busy})
    return len(rows)


def _wait(app, until, limit_s: float = 60.0) -> None:
    end = time.perf_counter() + limit_s
    while not until():
        app.processEvents()
        if time.perf_counter() > end:
            raise RuntimeError("the view did not show its figures in time")
        time.sleep(0.0005)


@functools.cache
def measure(quick: bool = False) -> dict[str, dict]:
    from PySide6.QtCore import QEventLoop

    from app.models.demo import make_demo
    from app.views.i18n import TRANSLATIONS
    from app.views.launch import make_app
    from app.views.main_window import MainWindow

    egs, uos, rounds = QUICK if quick else FULL
    app = make_app()
    TRANSLATIONS.apply("fr")
    opens, groups = [], []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "bench.sqlite"
        ws = make_demo(path, egs=egs, uos=uos)
        units = seed(ws)
        ws.close()
        window = MainWindow(remember=False)
        loop = QEventLoop()
        window.workspaceCompleted.connect(lambda _p: loop.quit())
        window.show()
        window.open_workspace(path)
        loop.exec()
        part = window.capacities
        counts = {}
        for nid, r in window.tree.nodes.items():
            if r.kind == "EG":
                counts[nid] = sum(1 for d in window.tree.descendants(nid) if window.tree.row(d).kind == "UO")
        eg_ids = [nid for nid, n in counts.items() if n == uos][:rounds] or [max(counts, key=counts.get)]
        part.open_dispo([eg_ids[-1]])  # the dock built once, as on a user's first opening
        _wait(app, lambda: not window.worker.busy)
        for eg in eg_ids:
            gc.collect()
            start = time.perf_counter()
            view = part.open_dispo([eg])
            _wait(app, lambda eg=eg, view=view: view.model.rows and view.model.rows[0].eg_id == eg)
            view.table.viewport().repaint()
            opens.append(time.perf_counter() - start)
        for _ in range(max(2, rounds // 2)):
            gc.collect()
            group = part.group
            seen = []
            group.loaded.connect(lambda seen=seen: seen.append(1))
            start = time.perf_counter()
            part.open_group(all_egs=True)
            _wait(app, lambda seen=seen: bool(seen))
            group.repaint()
            groups.append(time.perf_counter() - start)
            group.loaded.disconnect()
        egs_shown = group.figures.egs
        window.close()
    label = "quick" if quick else "group"
    return {
        "dispo_open_ms": {"bench": "dispo_open_ms", "value": round(statistics.median(opens) * 1000, 1), "unit": "ms",
                          "target": 50, "uos": uos, "group": label},
        "dispo_group_open_s": {"bench": "dispo_group_open_s", "value": round(statistics.median(groups), 3),
                               "unit": "s", "target": 0.5, "egs": egs_shown, "units": units, "group": label},
    }


def dispo_open_ms(quick: bool = False) -> dict:
    return measure(quick)["dispo_open_ms"]


def dispo_group_open_s(quick: bool = False) -> dict:
    return measure(quick)["dispo_group_open_s"]


if __name__ == "__main__":
    for result in measure(quick="--quick" in sys.argv).values():
        print(json.dumps(result, ensure_ascii=False))

"""Store benchmarks: making the 8,000-fiche group, loading every tree row through the store, and the floor."""
from __future__ import annotations

import sqlite3
import statistics
import tempfile
import time
from pathlib import Path

from app.models.demo import make_demo
from app.models.rows import TREE_COLUMNS
from app.models.store import Workspace

BENCHES = ["group_create_s", "store_load_s", "store_load_floor_s"]
FULL = (500, 15)
QUICK = (20, 5)


def _floor(path: Path) -> int:
    con = sqlite3.connect(path)
    try:
        cols = ", ".join(TREE_COLUMNS)
        rows = con.execute(f"SELECT {cols} FROM node WHERE deleted = 0 "
                           "ORDER BY parent_id IS NOT NULL, parent_id, position, id").fetchall()
        return len(rows)
    finally:
        con.close()


def run(quick: bool = False) -> list[dict]:
    egs, uos = QUICK if quick else FULL
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "group.sqlite"
        t0 = time.perf_counter()
        make_demo(path, egs=egs, uos=uos).close()
        create = time.perf_counter() - t0
        ws = Workspace.open(path)
        loads, floors = [], []
        for _ in range(5):
            t0 = time.perf_counter()
            n = len(ws.nodes.all())
            loads.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            assert _floor(path) == n
            floors.append(time.perf_counter() - t0)
        ws.close()
    return [
        {"bench": "group_create_s", "value": round(create, 3), "unit": "s", "target": None, "rows": n},
        {"bench": "store_load_s", "value": round(statistics.median(loads), 4), "unit": "s", "target": None},
        {"bench": "store_load_floor_s", "value": round(statistics.median(floors), 4), "unit": "s",
         "target": None},
    ]


if __name__ == "__main__":
    import json

    for r in run():
        print(json.dumps(r))

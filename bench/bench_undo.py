"""Undo and redo of a large creation, as the window's CreateCommand runs them, on a real demo workspace file.

    undo_500_s   ws.nodes.uncreate of 500 new UOs under one EG (units, fiches, outbox entries)  target 0.5 s
    redo_500_s   the same 500 UOs created again with their uids and position (the redo)

The group is the 8,000-fiche one (500 EGs x 15 UOs); `--quick` uses the default demo and 50 UOs. Each
figure is the median of a few undo/redo rounds on the same file.

`python bench/bench_undo.py [--quick]`; `run(quick=False) -> list[dict]` for bench/run.py.
"""
from __future__ import annotations

import json
import statistics
import sys
import tempfile
import time
from pathlib import Path

BENCHES = ["undo_500_s", "redo_500_s"]
FULL = (500, 15, 500, 3)  # EGs, UOs per EG, UOs created, rounds
QUICK = (3, 4, 50, 2)


def _parent(ws) -> int:
    """An EG that takes UOs: the creation's parent."""
    from app.models.rules import placement_refusal

    return next(r.id for r in ws.nodes.all()
                if r.kind == "EG" and placement_refusal(r.kind, "UO", r.domaine) is None)


def run(quick: bool = False) -> list[dict]:
    from app.models.demo import make_demo

    egs, uos, count, rounds = QUICK if quick else FULL
    names = [f"Unité de bench {i + 1}" for i in range(count)]
    undos, redos = [], []
    with tempfile.TemporaryDirectory() as folder:
        ws = make_demo(Path(folder) / "bench.sqlite", egs=egs, uos=uos)
        try:
            parent = _parent(ws)
            before = len(ws.nodes.all())
            # What CreateCommand.forward keeps for its undo and redo.
            changes = ws.nodes.create(parent, "UO", names)
            ids = sorted(changes.inserted)
            rows = sorted(ws.nodes.rows(ids), key=lambda r: r.position)
            uids, position, opened = [r.uid for r in rows], rows[0].position, set(changes.dossiers)
            for _ in range(rounds):
                start = time.perf_counter()
                ws.nodes.uncreate(ids, opened)
                undos.append(time.perf_counter() - start)
                if len(ws.nodes.all()) != before:
                    raise RuntimeError("the undo left units behind")
                start = time.perf_counter()
                changes = ws.nodes.create(parent, "UO", names, uids=uids, position=position)
                redos.append(time.perf_counter() - start)
                ids, opened = sorted(changes.inserted), set(changes.dossiers)
                if len(ids) != count:
                    raise RuntimeError("the redo did not bring every unit back")
        finally:
            ws.close()
    label = "quick" if quick else "group"
    return [
        {"bench": "undo_500_s", "value": round(statistics.median(undos), 4), "unit": "s", "target": 0.5,
         "units": count, "group": label},
        {"bench": "redo_500_s", "value": round(statistics.median(redos), 4), "unit": "s", "target": None,
         "units": count, "group": label},
    ]


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for result in run(quick="--quick" in sys.argv):
        print(json.dumps(result, ensure_ascii=False))

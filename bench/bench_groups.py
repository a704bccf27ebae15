"""The diff of a group's dossier against its last published version (app/models/diff.py, ws.published.diff).

    diff_dossier_ms   median time to compute the diff of a 500-fiche dossier (an EG with 500 units) in which
                      20 units were renamed, 50 fiches edited, 10 units created and 10 deleted: reading the
                      published and current fiches from SQLite, comparing them field by field, labels included

`run(quick=False)` returns the figures for bench/run.py; run as a script it prints one JSON object per line.
"""
from __future__ import annotations

import copy
import json
import statistics
import tempfile
import time
from pathlib import Path

BENCHES = ["diff_dossier_ms"]
FULL = 500
QUICK = 20


def _changed(ws, eg: int, size: int) -> dict[str, int]:
    uos = sorted((r for r in ws.nodes.all() if r.parent_id == eg and r.kind == "UO"), key=lambda r: r.position)
    step = max(1, size // 50)
    with ws.batch():
        for uo in uos[: max(1, size // 25)]:
            ws.nodes.rename(uo.id, uo.name + " Bis")
        for uo in uos[1::step][: max(1, size // 10)]:
            answers = copy.deepcopy(ws.fiches.get(uo.id).answers)
            answers["uo.age_min"] = [{"valueInteger": 18}]
            ws.fiches.save(uo.id, answers)
        for uo in uos[-max(1, size // 50):]:
            ws.nodes.delete(uo.id)
        ws.nodes.create(eg, "UO", [f"Unité Nouvelle {i}" for i in range(max(1, size // 50))], champ="04")
    return {"units": len(uos)}


def run(quick: bool = False) -> list[dict]:
    from app.models.demo import make_demo

    size = QUICK if quick else FULL
    with tempfile.TemporaryDirectory() as folder:
        ws = make_demo(Path(folder) / "bench.sqlite", egs=1, uos=size)
        try:
            rows = ws.nodes.all()
            eg = max((r.id for r in rows if r.kind == "EG"), key=lambda i: sum(r.parent_id == i for r in rows))
            facts = _changed(ws, eg, size)
            ws.published.diff(eg)  # forms parsed and cached once, as in the window after the first diff
            times, cpu, diff = [], [], None
            for _ in range(7):
                start, start_cpu = time.perf_counter(), time.process_time()
                diff = ws.published.diff(eg)
                times.append(time.perf_counter() - start)
                cpu.append(time.process_time() - start_cpu)
        finally:
            ws.close()
    return [{"bench": "diff_dossier_ms", "value": round(statistics.median(times) * 1000, 1), "unit": "ms",
             "target": 200, "cpu_ms": round(statistics.median(cpu) * 1000, 1), "fiches": facts["units"] + 1,
             "counts": diff.counts() if diff else {}}]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for result in run(quick="--quick" in sys.argv):
        print(json.dumps(result, ensure_ascii=False))

"""Bulk edits across EGs: opening hours given to 1,000 units at once.

    bulk_hours_1000_s   median time, on a fresh copy of a group of 70 EGs of 15 UOs each run, to read the 1,000
                        units of the selected EGs, plan the change unit by unit (rules and validation of each
                        new fiche) and write the accepted ones in one transaction (what the user waits for
                        between *Aperçu…* and the preview, plus *Appliquer* to the end)

`run(quick=False)` returns the figures for bench/run.py; run as a script it prints one JSON object per line.
"""
from __future__ import annotations

import json
import shutil
import statistics
import tempfile
import time
from pathlib import Path

BENCHES = ["bulk_hours_1000_s"]
FULL = (70, 15, 1000, 3)  # EGs, UOs per EG, units edited, runs
QUICK = (4, 4, 12, 1)
DAYS = "http://hl7.org/fhir/days-of-week"


def _hours():
    from app.models.bulk import BulkChange

    return BulkChange.hours({"item": {"uo.horaires.jour": [{"valueCoding": {"system": DAYS, "code": day}}],
                                      "uo.horaires.debut": [{"valueTime": start}],
                                      "uo.horaires.fin": [{"valueTime": end}]}}
                            for day in ("mon", "tue", "wed", "thu", "fri")
                            for start, end in (("09:00:00", "12:30:00"), ("13:30:00", "18:00:00")))


def run(quick: bool = False) -> list[dict]:
    from app.models import bulk
    from app.models.demo import make_demo
    from app.models.store import Workspace

    egs, uos, wanted, runs = QUICK if quick else FULL
    change = _hours()
    times, counts = [], (0, 0)
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "group.sqlite"
        make_demo(source, egs=egs, uos=uos).close()
        with Workspace.open(source) as ws:
            selection, total = [], 0
            for row in ws.tree.rows():
                if row.kind == "EG" and total < wanted:
                    selection.append(row.id)
                    total = len(ws.bulk.units(selection))
        for n in range(runs):
            copy = Path(folder) / f"run{n}.sqlite"
            shutil.copyfile(source, copy)
            with Workspace.open(copy) as ws:
                start = time.perf_counter()
                units = ws.bulk.units(selection)[:wanted]
                plan = bulk.plan(units, change)
                changes = ws.bulk.apply(plan.writes())
                times.append(time.perf_counter() - start)
                counts = (len(changes.updated), len(plan.refused))
    return [{"bench": "bulk_hours_1000_s", "value": round(statistics.median(times), 3), "unit": "s", "target": 1.0,
             "units": len(units), "written": counts[0], "refused": counts[1]}]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for result in run(quick="--quick" in sys.argv):
        print(json.dumps(result, ensure_ascii=False))

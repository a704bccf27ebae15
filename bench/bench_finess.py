"""FINESS extract import benchmark: 150,000 generated rows in the real format (manifest, 32-field `structureet`
rows, valid FINESS and SIRET keys, accented labels; one EJ per three EG) imported into a new workspace the way
`ror-referent import-finess` does it (streamed in batches, one transaction, no Changes collected).

`finess_import_full_s` is the import's wall time (`cpu_s` beside it: on a shared machine the wall time also
counts the waits for the other processes), `finess_import_rss_mb` the process's peak resident memory
(file generation included: it is written line by line). The time per 1,000 rows of the first and of the last
batches is given beside it: the same when nothing grows with the workspace. Quick mode: 5,000 rows.
"""
from __future__ import annotations

import json
import resource
import sys
import tempfile
import time
from pathlib import Path

from app.models.finess_import import import_finess
from app.models.nomenclatures import NomenclaturePack
from app.models.store import Workspace

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from tests.finess_rows import write_extract  # noqa: E402 - the generator the tests use

BENCHES = ["finess_import_full_s", "finess_import_rss_mb"]
FULL = 150_000
QUICK = 5_000


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # kilobytes on Linux


def run(quick: bool = False) -> list[dict]:
    rows = QUICK if quick else FULL
    NomenclaturePack.default()  # loaded by the app at start-up, not part of the import
    with tempfile.TemporaryDirectory() as name:
        tmp = Path(name)
        extract = write_extract(tmp / "etalab-cs1100502-stock-generated.csv", rows)
        size_mb = extract.stat().st_size / 1024**2
        marks: list[tuple[float, int]] = []
        with Workspace.creating(tmp / "finess.sqlite") as ws:
            t0, cpu0 = time.perf_counter(), time.process_time()
            report = import_finess(ws, extract, collect_changes=False,
                                   progress=lambda done, _b, _s: marks.append((time.perf_counter(), done)))
            elapsed, cpu = time.perf_counter() - t0, time.process_time() - cpu0
        steps = [(t1 - t0_, d1 - d0) for (t0_, d0), (t1, d1) in zip(marks, marks[1:], strict=False) if d1 > d0]
        first = steps[0][0] / steps[0][1] * 1000 if steps else None
        last = steps[-1][0] / steps[-1][1] * 1000 if steps else None
        rss = _peak_rss_mb()
    common = {"rows": rows, "file_mb": round(size_mb, 1), "eg_created": report.eg_created,
              "ej_created": report.ej_created, "rejected": len(report.rejected)}
    return [{"bench": "finess_import_full_s", "value": round(elapsed, 2), "unit": "s", "target": 30,
             "cpu_s": round(cpu, 2), "rows_per_s": round(rows / elapsed),
             "first_batch_s_per_1000": round(first, 3) if first else None,
             "last_batch_s_per_1000": round(last, 3) if last else None, **common},
            {"bench": "finess_import_rss_mb", "value": round(rss, 1), "unit": "MB", "target": 300, **common}]


if __name__ == "__main__":
    for r in run(quick="--quick" in sys.argv):
        print(json.dumps(r, ensure_ascii=False))

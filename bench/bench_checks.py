"""The tree's aggregate marks on the 8,000-fiche group: every EG's and EJ's summary of what it holds.

    tree_marks_s    median time to recompute every EG's and EJ's aggregate mark (all finalised, n drafts,
                    n with problems, in validation) from the in-memory tree, as the window does after a change

`validate_all_s` (every fiche checked with the one validation, quality rules included) is in bench_forms.py.
`run(quick=False)` returns the figures for bench/run.py; run as a script it prints one JSON object per line.
"""
from __future__ import annotations

import json
import statistics
import tempfile
import time
from pathlib import Path

BENCHES = ["tree_marks_s"]
FULL = (500, 15)
QUICK = (3, 4)


def run(quick: bool = False) -> list[dict]:
    from app.models.demo import make_demo
    from app.models.rules import structure_summaries
    from app.models.tree import Tree

    egs, uos = QUICK if quick else FULL
    with tempfile.TemporaryDirectory() as folder:
        ws = make_demo(Path(folder) / "bench.sqlite", egs=egs, uos=uos)
        try:
            tree = Tree(ws.tree.rows())
            states = ws.dossiers.states()
        finally:
            ws.close()
    times = []
    marks: dict = {}
    for _ in range(7):
        start = time.perf_counter()
        summaries = structure_summaries(tree.nodes, tree.kids, states)
        marks = {node_id: s.mark for node_id, s in summaries.items()}
        times.append(time.perf_counter() - start)
    return [{"bench": "tree_marks_s", "value": round(statistics.median(times), 4), "unit": "s", "target": 0.2,
             "structures": len(marks), "nodes": len(tree)}]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for result in run(quick="--quick" in sys.argv):
        print(json.dumps(result, ensure_ascii=False))

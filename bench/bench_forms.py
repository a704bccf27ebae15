"""Guided forms on the 8,000-fiche group: open a UO fiche in the FormView, save it, validate every fiche.

    form_open_ms    median time to show a UO fiche in the FormView (store read, FormState, widgets filled)
    form_save_ms    median time of an explicit save after an edit (extraction + one store transaction)
    validate_all_s  every fiche of the workspace checked with the one validation (required items at every depth,
                    formats, rules between fields, nomenclatures, the ROR quality rules), counts stored

`run(quick=False)` returns the figures for bench/run.py; run as a script it prints one JSON object per line.
"""
from __future__ import annotations

import json
import os
import statistics
import tempfile
import time
from pathlib import Path

BENCHES = ["form_open_ms", "form_save_ms", "validate_all_s"]
FULL = (500, 15)
QUICK = (3, 4)


def run(quick: bool = False) -> list[dict]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from app.models import fiche_service
    from app.models.demo import make_demo
    from app.views.forms.form_view import FormView

    app = QApplication.instance() or QApplication([])
    egs, uos = QUICK if quick else FULL
    with tempfile.TemporaryDirectory() as folder:
        ws = make_demo(Path(folder) / "bench.sqlite", egs=egs, uos=uos)
        try:
            # fiches whose structure has no dossier open: their save goes straight on, no question is asked
            units = [r.id for r in ws.nodes.all() if r.kind == "UO" and not ws.dossiers.has_open(r.id)]
            step = max(1, len(units) // 40)
            sample = units[::step][:40]
            view = FormView(ws)
            view.resize(1200, 800)
            view.show()
            view.load(sample[-1])  # the first opening builds the form's widgets once; they are reused
            app.processEvents()
            opens = []
            for node_id in sample:
                start = time.perf_counter()
                view.load(node_id)
                opens.append((time.perf_counter() - start) * 1000)
                app.processEvents()
            saves = []
            for n, node_id in enumerate(sample[:20]):
                view.load(node_id)
                view.opened.state.set("uo.age_max", [{"valueInteger": 100 + n}])
                start = time.perf_counter()
                view.save()
                saves.append((time.perf_counter() - start) * 1000)
            start = time.perf_counter()
            fiche_service.validate_all(ws)
            validate = time.perf_counter() - start
            view.close()
            view.deleteLater()
            app.processEvents()
        finally:
            ws.close()
    return [
        {"bench": "form_open_ms", "value": round(statistics.median(opens), 2), "unit": "ms", "target": 80},
        {"bench": "form_save_ms", "value": round(statistics.median(saves), 2), "unit": "ms", "target": 20},
        {"bench": "validate_all_s", "value": round(validate, 3), "unit": "s", "target": 0.5},
    ]


if __name__ == "__main__":
    import sys

    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    for result in run(quick="--quick" in sys.argv):
        print(json.dumps(result, ensure_ascii=False))

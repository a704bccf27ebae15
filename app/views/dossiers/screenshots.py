"""Screenshots of the Dossiers panel and of the send dialog's diff, French and English, rendered offscreen.

    python -m app.views.dossiers.screenshots docs/screenshots

writes dossier-panel-{fr,en}.png (the demo's EHPAD dossier selected: its state, what it holds, the checklist)
and diff-{fr,en}.png (the send dialog: what blocks, then the diff against the published version: a rename,
a new unit and a changed field, in words and nomenclature labels).
"""
from __future__ import annotations

import copy
import tempfile
from pathlib import Path

from app.views.screenshot_kit import each_language, output_dir, wait

PUBLICS = "https://mos.esante.gouv.fr/NOS/TRE_R239-PublicPrisEnCharge/FHIR/TRE-R239-PublicPrisEnCharge"


def _make(path: Path) -> None:
    """The demo, with a unit of the EHPAD renamed and another's fiche changed (its PASA unit is new)."""
    from app.models.demo import make_demo

    ws = make_demo(path)
    eg = ws.published.structure_by_finess("010000024")
    uos = sorted((r for r in ws.nodes.all() if r.parent_id == eg and r.kind == "UO"), key=lambda r: r.position)
    ws.nodes.rename(uos[0].id, "Unité Hébergement Permanent Les Tilleuls")
    answers = copy.deepcopy(ws.fiches.get(uos[1].id).answers)
    answers["uo.age_min"] = [{"valueInteger": 65}]
    answers["uo.publics"] = [{"valueCoding": {"system": PUBLICS, "code": "02"}}]
    ws.fiches.save(uos[1].id, answers)
    ws.close()


def shoot(window, app, out: Path, lang: str) -> list[Path]:
    eg = next(i for i, r in window.tree.nodes.items() if r.finess == "010000024")
    window.select_node(eg, expand=True)
    wait(app, lambda: not window.worker.busy)
    panel = window.dossiers.show_panel()
    wait(app, lambda: bool(panel.rows) and not window.worker.busy)
    panel.select_structure(eg)
    wait(app, lambda: panel.checklist.count() > 0 and not window.worker.busy)
    first = out / f"dossier-panel-{lang}.png"
    window.grab().save(str(first), "PNG", 0)
    window.sync.sending.send_structure(eg)
    wait(app, lambda: window.sync.confirm_box is not None)
    dialog = window.sync.confirm_box
    dialog.resize(1000, 700)
    wait(app, lambda: True)
    second = out / f"diff-{lang}.png"
    dialog.grab().save(str(second), "PNG", 0)
    dialog.reject()
    return [first, second]


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    from app.views.launch import make_app

    app = make_app([])
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        _make(path)
        for lang, window in each_language(app, path, size=(1400, 900)):
            for target in shoot(window, app, out, lang):
                print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

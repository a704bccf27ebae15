"""Screenshots of problems in the window, French and English, rendered offscreen on a demo workspace.

    python -m app.views.problem_screenshots docs/screenshots

writes pole-problems-{fr,en}.png (a pôle whose head's contact lost its number, red in the tree, its hospital
red above it, the form's list of what blocks apart from the advice) and nested-problem-{fr,en}.png (an EHPAD
unit whose second contact has no channel: the problem is said on its repetition).
"""
from __future__ import annotations

import tempfile
from pathlib import Path

from app.views.screenshot_kit import each_language, output_dir, settle

CANAL = "https://mos.esante.gouv.fr/NOS/TRE_R200-CanalCommunication/FHIR/TRE-R200-CanalCommunication"
CONF = "https://mos.esante.gouv.fr/NOS/TRE_R283-NiveauConfidentialite/FHIR/TRE-R283-NiveauConfidentialite"
POLE = "Centre Hospitalier De Villefranche / CH De Villefranche - Site Principal / Pôle Médecine"
UNIT = "Groupe Résidences Santé France / EHPAD Les Glycines / Unité Hébergement Permanent Pour Personnes Âgées " \
       "Dépendantes"


def _prepare(ws) -> None:
    """The pôle's head contact without its number and with a wrong one kept elsewhere; an EHPAD unit with two
    contacts, the second without its channel."""
    from app.models import fiche_service

    rows = {r.name: r for r in ws.nodes.all()}
    pole = rows["Pôle Médecine"]
    answers = dict(ws.fiches.get(pole.id).answers)
    answers.pop("oi.responsable.valeur", None)
    ws.fiches.save(pole.id, answers, problems=1, in_dossier=True)
    eg = next(r for r in ws.nodes.all() if r.name == "EHPAD Les Glycines")
    unit = next(r for r in ws.nodes.children(eg.id) if r.name.startswith("Unité Hébergement Permanent"))
    answers = dict(ws.fiches.get(unit.id).answers)
    first = {"uo.contacts.nature": [{"valueString": "Accueil"}],
             "uo.contacts.canal": [{"valueCoding": {"system": CANAL, "code": "2", "display": "Téléphone fixe"}}],
             "uo.contacts.valeur": [{"valueString": "04 74 09 29 29"}],
             "uo.contacts.confidentialite": [{"valueCoding": {"system": CONF, "code": "1"}}]}
    second = {"uo.contacts.nature": [{"valueString": "Cadre de santé"}],
              "uo.contacts.valeur": [{"valueString": "cadre@ehpad-glycines.fr"}],
              "uo.contacts.confidentialite": [{"valueCoding": {"system": CONF, "code": "1"}}]}
    answers["uo.contacts"] = [{"item": first}, {"item": second}]
    ws.fiches.save(unit.id, answers, problems=1, in_dossier=True)
    fiche_service.validate_all(ws)


def _shoot(app, window, path: str, out: Path, scroll_to: str | None = None) -> None:
    from PySide6.QtCore import QPoint

    if not window.select_path(path, expand=True):
        raise RuntimeError(f"not in the tree: {path}")
    settle(app, window)
    view = window.fiche_side.form_view
    if not view.header.list_button.isChecked():
        view.header.list_button.click()
    if scroll_to is not None and view.built is not None:
        row = view.row(scroll_to)
        page = view.stack.currentWidget()
        page.verticalScrollBar().setValue(row.mapTo(view.built.root, QPoint(0, 0)).y() - 40)
    settle(app, window)
    window.grab().save(str(out), "PNG")


def main(argv: list[str] | None = None) -> int:
    out = output_dir(argv)
    from app.models.demo import make_demo
    from app.views.launch import make_app

    app = make_app()
    written = []
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.sqlite"
        ws = make_demo(path)
        _prepare(ws)
        ws.close()
        for lang, window in each_language(app, path, size=(1500, 900)):
            _shoot(app, window, POLE, out / f"pole-problems-{lang}.png")
            _shoot(app, window, UNIT, out / f"nested-problem-{lang}.png", scroll_to="uo.contacts")
            written += [out / f"pole-problems-{lang}.png", out / f"nested-problem-{lang}.png"]
    for name in written:
        print(name)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

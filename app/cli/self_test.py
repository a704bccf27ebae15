"""`ror-referent self-test` (also `ror-referent --self-test`): does this installation work? For a packaged app
above all: it reaches the translations, the nomenclature pack, the Questionnaires and the migrations that the
package must carry, and Qt's platform plugin, without a display and without touching the user's files.

In a temporary folder, offscreen: load the English and French translations, read the user guide in both,
create the demo workspace (migrations), render a finalised UO's fiche with the form view (Questionnaire,
nomenclatures, FHIRPath), validate it, and check the FHIR resource a sync would send for it against the ROR
profile. One line says what was checked; exit 0, or 1 with the step that failed.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path
from typing import Any


def register(sub) -> None:
    p = sub.add_parser("self-test", help="vérifier que l'installation fonctionne (hors écran, sans toucher à "
                                         "vos fichiers)")
    p.set_defaults(func=run)


def run(_args) -> int:
    return self_test()


def _translations(facts: dict[str, Any]) -> None:
    from PySide6.QtCore import QCoreApplication

    from app.views.i18n import TRANSLATIONS

    TRANSLATIONS.apply("en")
    english = QCoreApplication.translate("WindowActions", "&Fichier")
    TRANSLATIONS.apply("fr")
    if english != "&File":
        raise RuntimeError(f"traduction anglaise absente (« &Fichier » donne « {english} »)")


def _guide(facts: dict[str, Any]) -> None:
    from app.views.help_guide import TOPICS, guide_html

    for lang in ("fr", "en"):
        page = guide_html(lang)
        missing = [t for t in TOPICS if f'<a name="{t}">' not in page]
        if missing:
            raise RuntimeError(f"le guide ({lang}) n'a pas les rubriques {', '.join(missing)}")


def _demo(facts: dict[str, Any]) -> None:
    """The demo workspace, created at the head of the migrations."""
    from app.models.demo import make_demo

    facts["ws"] = make_demo(facts["folder"] / "demo.sqlite")
    facts["units"] = len(facts["ws"].nodes.all())


def _render(facts: dict[str, Any]) -> None:
    """A finalised UO's fiche in the form view, as the window shows it."""
    from app.views.forms.form_view import FormView

    ws = facts["ws"]
    uo = next((r for r in ws.nodes.all() if r.kind == "UO" and r.status == "finalised"), None)
    if uo is None:
        raise RuntimeError("aucune UO finalisée dans la démonstration")
    view = facts["view"] = FormView(ws)
    view.resize(1200, 800)
    view.show()
    view.load(uo.id)
    if view.opened is None or view.built is None or view.opened.node.id != uo.id:
        raise RuntimeError(f"la fiche de « {uo.name} » ne s'affiche pas")
    if not view.built.rows or view.grab().isNull():
        raise RuntimeError(f"la fiche de « {uo.name} » est vide")
    facts.update(uo=uo, form=view.opened.form_id, fields=len(view.built.rows))


def _validate(facts: dict[str, Any]) -> None:
    """No problem in the finalised fiche, and the resource a sync would send for it passes the ROR profile."""
    from app.sync.engine_resources import resource_of
    from app.sync.profile import check_resource, errors

    view, uo = facts["view"], facts["uo"]
    blocking = view.blocking_count()
    if blocking:
        raise RuntimeError(f"la fiche finalisée « {uo.name} » a {blocking} problème(s)")
    resource = resource_of(facts["ws"], uo.id)
    bad = errors(check_resource(resource, for_submission=True))
    if bad:
        raise RuntimeError(f"{resource['resourceType']} non conforme au profil ROR : {bad[0]}")
    facts["resource"] = resource["resourceType"]


def _dashboard(facts: dict[str, Any]) -> None:
    """The dashboard's chart (QtCharts, from PySide6's Addons) drawn, and its PDF report written."""
    import datetime

    from app.models.dashboard import eg_rows
    from app.views.dashboard.chart import CompletionChart
    from app.views.dashboard.export import write_pdf

    rows = eg_rows(facts["ws"].dashboard.source(), datetime.date.today())
    chart = CompletionChart()
    chart.set_rows(rows)
    image = chart.image(800, 400)
    if image.isNull():
        raise RuntimeError("le graphique du tableau de bord ne se dessine pas")
    pdf = facts["folder"] / "rapport.pdf"
    write_pdf(pdf, "ROR Référent", "self-test", rows, image)
    if not pdf.read_bytes().startswith(b"%PDF"):
        raise RuntimeError("le rapport PDF du tableau de bord n'est pas écrit")
    facts["egs"] = len(rows)


STEPS = (("translations", _translations), ("guide", _guide), ("demo", _demo), ("form", _render),
         ("validation", _validate), ("dashboard", _dashboard))


def self_test() -> int:
    """Run every step; print one line; 0 when all passed, 1 with the failing step otherwise."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    start = time.perf_counter()
    facts: dict[str, Any] = {}
    step = "qt"
    try:
        from PySide6.QtCore import qVersion

        from app.views.about import app_version
        from app.views.launch import make_app

        qapp = make_app([sys.argv[0]])
        with tempfile.TemporaryDirectory(prefix="ror-referent-self-test-") as folder:
            facts["folder"] = Path(folder)
            try:
                for name, check in STEPS:
                    step = name
                    check(facts)
            finally:
                if "view" in facts:
                    facts["view"].close()
                    facts["view"].deleteLater()
                    qapp.processEvents()
                if "ws" in facts:
                    facts["ws"].close()
    except Exception as exc:  # noqa: BLE001 - one sentence, never a traceback
        print(f"ror-referent self-test : échec à l'étape « {step} » : {type(exc).__name__}: {exc}",
              file=sys.stderr)
        return 1
    packaged = "paquet" if getattr(sys, "frozen", False) else "sources"
    print(f"ror-referent {app_version()} self-test réussi ({packaged}, Qt {qVersion()}, {qapp.platformName()}) : "
          f"traductions et guide fr+en, démonstration de {facts['units']} unités, fiche {facts['form']} "
          f"({facts['fields']} champs) affichée et validée, {facts['resource']} conforme au profil ROR, "
          f"tableau de bord ({facts['egs']} EG, graphique et rapport PDF), {time.perf_counter() - start:.1f} s")
    return 0

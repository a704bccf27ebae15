"""The IG's MCO Questionnaire rendered by FormView, filled through its widgets, extracting a valid service."""
from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.healthcareservice import HealthcareService
from PySide6.QtCore import Qt

from app.models import fiche_service
from app.models.demo import make_demo
from app.models.forms import FormState, load_questionnaire
from app.models.nomenclatures import NomenclaturePack, fold
from app.sync.profile import check_resource
from app.views.forms.choice_widgets import ChoiceWidget, MultiChoiceWidget
from app.views.forms.form_view import FormView

EXT = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle"
AGE_LOW = "Hs1.extension:ror-healthcareservice-patient-type.extension:ageRange.range.low.value"
PUBLICS = "Hs1.extension:ror-healthcareservice-patient-type.extension:supportedPatientInfo.valueCodeableConcept"


@pytest.fixture
def mco_view(qtbot, reference, tmp_path):
    ig = reference / "ror-ig"
    raw = json.loads((ig / "questionnaires" / "Questionnaire-ror-questionnaire-offre-mco.json").read_text("utf-8"))
    example = json.loads((ig / "examples" / "HealthcareService-1234564.json").read_text("utf-8"))
    for key in ("name", "specialty", "characteristic", "type", "category"):  # what the user fills below
        example.pop(key, None)
    pack = NomenclaturePack.default()
    q = load_questionnaire(raw, pack=pack)
    ws = make_demo(tmp_path / "ws.sqlite")
    node = next(r for r in ws.nodes.all() if r.kind == "UO" and r.champ == "01")
    fiche = ws.fiches.get(node.id)
    state = FormState(q, {}, context={"ror-structure": example}, pack=pack)
    state.populate()
    import dataclasses

    opened = fiche_service.OpenedFiche(node=node, fiche=dataclasses.replace(fiche, resource=example),
                                       form_id="ror-mco", questionnaire=q, state=state, saved_answers={})
    view = FormView(ws)
    qtbot.addWidget(view)
    view.resize(1200, 800)
    view.show()
    view.show_fiche(opened)
    yield view
    ws.close()


def choose_first(qtbot, widget: ChoiceWidget) -> None:
    widget.combo.setFocus()
    qtbot.keyClick(widget.combo, Qt.Key.Key_Down)


def type_and_enter(qtbot, edit, text: str) -> None:
    edit.setFocus()
    qtbot.keyClicks(edit, text)
    qtbot.keyClick(edit, Qt.Key.Key_Return)


def test_ig_mco_questionnaire_filled_through_the_widgets(qtbot, mco_view):
    view = mco_view
    assert {"Hs1.name", "Hs1.type.coding", AGE_LOW} <= set(view.built.rows)
    assert view.row("Hs1.id").widget.edit.isReadOnly()  # readOnly items are shown, greyed
    name = view.row("Hs1.name").widget.edit
    name.clear()
    qtbot.keyClicks(name, "Unite Hospitaliere De Gynecologie")
    choose_first(qtbot, view.row("Hs1.type.coding").widget)
    choose_first(qtbot, view.row("Hs1.category.coding").widget)
    choose_first(qtbot, view.row("Hs1.characteristic:careMode.coding").widget)
    activities = view.row("Hs1.specialty:operationalActivity.coding").widget
    assert isinstance(activities, MultiChoiceWidget)
    options = view.opened.questionnaire.get("Hs1.specialty:operationalActivity.coding").answer_options
    for option in options[:2]:
        type_and_enter(qtbot, activities.picker.edit, fold(option.value["valueCoding"]["display"]))
    assert len(activities.value()) == 2
    qtbot.mouseClick(view.row("Hs1.extension:ror-healthcareservice-sensitive-unit.value").widget.no,
                     Qt.MouseButton.LeftButton)
    age = view.row(AGE_LOW).widget.spin
    age.lineEdit().selectAll()
    qtbot.keyClicks(age, "15")
    choose_first(qtbot, view.row(PUBLICS).widget)  # ten publics: a plain drop-down
    ident = view.row("Hs1.identifier.value").widget.edit
    ident.clear()
    qtbot.keyClicks(ident, "06/0099999")

    hs = fiche_service.extract_resource(view.opened, view.opened.state.enabled_answers())
    assert hs["resourceType"] == "HealthcareService"
    assert hs["name"] == "Unite Hospitaliere De Gynecologie"
    assert hs["type"][0]["coding"][0]["code"] == "01"
    assert hs["category"][0]["coding"][0]["code"]
    assert [c["code"] for c in hs["specialty"][0]["coding"]] == [o.value["valueCoding"]["code"] for o in options[:2]]
    assert all(c["system"] == R211 for c in hs["specialty"][0]["coding"])
    assert any(c["coding"][0]["system"].endswith("TRE-R213-ModePriseEnCharge") for c in hs["characteristic"])
    extensions = {e["url"]: e for e in hs["extension"]}
    assert extensions[EXT + "ror-healthcareservice-sensitive-unit"]["valueBoolean"] is False
    patient = {e["url"]: e for e in extensions[EXT + "ror-healthcareservice-patient-type"]["extension"]}
    assert patient["ageRange"]["valueRange"]["low"]["value"] == 15
    assert patient["supportedPatientInfo"]["valueCodeableConcept"]["coding"][0]["code"]
    assert hs["identifier"][0]["value"] == "06/0099999"
    HealthcareService.model_validate(hs)
    errors = [p for p in check_resource(hs, for_submission=True) if p.severity == "error"]
    assert errors == []

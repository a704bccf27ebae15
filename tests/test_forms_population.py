"""Definition-based population: resources -> answers, the inverse of extraction, on the app's and the IG's forms."""
from __future__ import annotations

import json

import pytest

from app.models.demo import build_demo
from app.models.forms import FormState, answers_from_resources, extract, load_questionnaire
from app.models.forms_catalog import UO_FORMS, list_forms, load_form
from app.models.nomenclatures import NomenclaturePack

NOS = "https://mos.esante.gouv.fr/NOS/"
EXT = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
R329 = NOS + "TRE_R329-NatureCapacite/FHIR/TRE-R329-NatureCapacite"
R330 = NOS + "TRE_R330-TypeStatutCapacite/FHIR/TRE-R330-TypeStatutCapacite"
R331 = NOS + "TRE_R331-TemporaliteCapacite/FHIR/TRE-R331-TemporaliteCapacite"
R200 = NOS + "TRE_R200-CanalCommunication/FHIR/TRE-R200-CanalCommunication"
R283 = NOS + "TRE_R283-NiveauConfidentialite/FHIR/TRE-R283-NiveauConfidentialite"
DAYS = "http://hl7.org/fhir/days-of-week"


@pytest.fixture(scope="module")
def forms():
    pack = NomenclaturePack.default()
    return {f: load_questionnaire(load_form(f), pack=pack) for f in list_forms()}


def _coding(system: str, code: str, display: str | None = None) -> dict:
    return {"valueCoding": {k: v for k, v in (("system", system), ("code", code), ("display", display)) if v}}


def _capacity(nature: str, count: int) -> dict:
    return {"item": {"uo.capacites.nature": [_coding(R329, nature)],
                     "uo.capacites.statut": [_coding(R330, "01")],
                     "uo.capacites.temporalite": [_coding(R331, "01", "Courant")],
                     "uo.capacites.nombre": [{"valueInteger": count}]}}


def _hours(day: str, label: str, start: str, end: str) -> dict:
    return {"item": {"uo.horaires.jour": [_coding(DAYS, day, label)], "uo.horaires.debut": [{"valueTime": start}],
                     "uo.horaires.fin": [{"valueTime": end}]}}


def test_demo_fiches_round_trip_through_extraction(forms):
    demo = build_demo()
    checked = 0
    for fiche in demo.fiches:
        q = forms[fiche["questionnaire"]]
        resources = extract(q, fiche["answers"])
        assert answers_from_resources(q, resources) == fiche["answers"], fiche["node_id"]
        checked += 1
    assert checked == len(demo.fiches) > 40


@pytest.mark.parametrize("form", UO_FORMS)
def test_every_uo_form_round_trips_repeating_groups_and_the_location(forms, form):
    q = forms[form]
    demo = next(f for f in build_demo().fiches if f["questionnaire"] == form)
    answers = dict(demo["answers"])
    answers["uo.horaires"] = [_hours("mon", "Lundi", "08:00:00", "12:00:00"),
                              _hours("mon", "Lundi", "14:00:00", "18:00:00"),
                              _hours("sat", "Samedi", "09:00:00", "12:00:00")]
    answers["uo.capacites"] = [_capacity("01", 24), _capacity("02", 3)]
    answers["uo.contacts"] = [{"item": {"uo.contacts.nature": [{"valueString": "Accueil"}],
                                        "uo.contacts.canal": [_coding(R200, "2", "Téléphone fixe")],
                                        "uo.contacts.valeur": [{"valueString": "0102030405"}],
                                        "uo.contacts.confidentialite": [_coding(R283, "1", "Accès libre")]}}]
    resources = extract(q, answers)
    location = next(r for r in resources if r["resourceType"] == "Location")
    caps = [e for e in location["extension"] if e["url"] == EXT + "ror-location-supported-capacity"]
    assert len(caps) == 2
    back = answers_from_resources(q, resources)
    assert back == answers


def test_hours_with_several_days_split_into_one_row_per_day(forms):
    q = forms["uo-ms"]
    service = {"resourceType": "HealthcareService", "availableTime": [
        {"daysOfWeek": ["mon", "tue"], "availableStartTime": "09:00:00", "availableEndTime": "17:00:00"}]}
    rows = answers_from_resources(q, [service])["uo.horaires"]
    assert [r["item"]["uo.horaires.jour"][0]["valueCoding"]["code"] for r in rows] == ["mon", "tue"]
    assert rows[1]["item"]["uo.horaires.jour"][0]["valueCoding"]["display"] == "Mardi"  # display from options
    assert all(r["item"]["uo.horaires.debut"] == [{"valueTime": "09:00:00"}] for r in rows)


def test_codings_of_other_systems_and_other_slices_are_not_taken(forms):
    q = forms["uo-mco"]
    service = {"resourceType": "HealthcareService", "characteristic": [
        {"coding": [{"system": NOS + "TRE_R213-ModePriseEnCharge/FHIR/TRE-R213-ModePriseEnCharge", "code": "28"}]},
        {"coding": [{"system": NOS + "TRE_R238-OuvertureAnnuelle/FHIR/TRE-R238-OuvertureAnnuelle", "code": "02"}]},
    ], "type": [{"coding": [{"system": "urn:other", "code": "x"}]}]}
    answers = answers_from_resources(q, [service])
    assert [a["valueCoding"]["code"] for a in answers["uo.modes_pec"]] == ["28"]
    assert [a["valueCoding"]["code"] for a in answers["uo.ouverture_annuelle"]] == ["02"]
    assert "uo.champ" not in answers


def test_nothing_to_read_gives_no_answer(forms):
    assert answers_from_resources(forms["uo-ms"], []) == {}
    assert answers_from_resources(forms["uo-ms"], [None, {"resourceType": "Location"}]) == {}


def test_ig_example_fills_the_ig_mco_form_mandatory_items(reference):
    raw = json.loads((reference / "ror-ig" / "questionnaires" /
                      "Questionnaire-ror-questionnaire-offre-mco.json").read_text("utf-8"))
    q = load_questionnaire(raw, pack=NomenclaturePack.default())
    example = json.loads((reference / "ror-ig" / "examples" / "HealthcareService-1234564.json").read_text("utf-8"))
    answers = answers_from_resources(q, [example])
    assert answers["Hs1.name"] == [{"valueString": example["name"]}]
    assert answers["Hs1.type.coding"][0]["valueCoding"]["code"] == "01"
    assert [a["valueCoding"]["code"] for a in answers["Hs1.specialty:operationalActivity.coding"]] == ["022"]
    assert answers["Hs1.extension:ror-healthcareservice-sensitive-unit.value"] == [{"valueBoolean": False}]
    low = "Hs1.extension:ror-healthcareservice-patient-type.extension:ageRange.range.low.value"
    assert answers[low] == [{"valueInteger": 15}]
    # Every mandatory item whose element the example holds comes back filled: no "Champ obligatoire" left for them.
    missing = {p.link_id for p in FormState(q, answers).problems() if p.message == "Champ obligatoire"}
    present = {i.link_id for i in q.walk() if i.required and i.is_question and i.link_id in answers}
    assert not (missing & present)
    assert {"Hs1.name", "Hs1.type.coding", "Hs1.category.coding", "Hs1.identifier.value"} <= present
    # and extraction over the example gives the example's managed content back
    again = extract(q, answers, base=example)[0]
    assert again["specialty"] == example["specialty"] and again["name"] == example["name"]


def _eg_answers(forms, resource: dict) -> dict:
    return answers_from_resources(forms["eg"], [resource])


def test_a_pulled_eg_of_the_demo_gets_its_siret_from_the_siret_identifier_never_the_finess(forms, ws):
    """The identifiers a pull gives (FINESS first, then SIRET) fill each item from its own slice."""
    from app.sync import fhir_build as B
    from app.sync import fhir_systems as S

    egs = [r for r in ws.nodes.all() if r.kind == "EG"]
    assert egs
    for node in egs:
        expected = ws.fiches.get(node.id).finess_data["siret"]
        resource = {"resourceType": "Organization", "id": f"eg-{node.id}", "name": node.name}
        B.set_identifier(resource, S.FINESS_SYSTEM, node.finess, S.G07_ID_TYPE, S.G07_FINESS, "FINESS")
        B.set_identifier(resource, S.SIRET_SYSTEM, expected, S.G07_ID_TYPE, S.G07_SIRET, "SIRET")
        answers = _eg_answers(forms, resource)
        assert answers["eg.finess_geographique"] == [{"valueString": node.finess}]
        siret = answers["eg.siret"][0]["valueString"]
        assert siret == expected and len(siret) == 14 and siret.isdigit(), (node.finess, siret)


def test_untyped_identifiers_are_told_apart_by_their_system(forms):
    resource = {"resourceType": "Organization", "name": "EHPAD",
                "identifier": [{"system": "https://finess.esante.gouv.fr", "value": "010000024"},
                               {"system": "http://sirene.fr", "value": "25988000391182"}]}
    answers = _eg_answers(forms, resource)
    assert answers["eg.finess_geographique"] == [{"valueString": "010000024"}]
    assert answers["eg.siret"] == [{"valueString": "25988000391182"}]
    only_finess = {**resource, "identifier": resource["identifier"][:1]}
    assert "eg.siret" not in _eg_answers(forms, only_finess)

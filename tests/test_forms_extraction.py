"""Definition-based extraction: the IG's MCO form filled gives a valid ROR HealthcareService."""
from __future__ import annotations

import json

import pytest
from fhir.resources.R4B.healthcareservice import HealthcareService
from forms_helpers import SYS, coding, expression, item, questionnaire

from app.models.forms import ROR_PROFILES, FormState, extract, load_questionnaire

R211 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle"
HS = "urn:ror:profile#HealthcareService."
EXT = "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"


@pytest.fixture
def mco(reference):
    raw = json.loads((reference / "ror-ig" / "questionnaires" /
                      "Questionnaire-ror-questionnaire-offre-mco.json").read_text("utf-8"))
    return load_questionnaire(raw)


@pytest.fixture
def example(reference):
    return json.loads((reference / "ror-ig" / "examples" / "HealthcareService-1234564.json").read_text("utf-8"))


def fill_mco(mco) -> FormState:
    state = FormState(mco, {})
    state.set("Hs1.name", [{"valueString": "Unité Hospitalière De Gynécologie"}])
    state.set("Hs1.type.coding", [mco.get("Hs1.type.coding").answer_options[0].value])
    state.set("Hs1.characteristic:careMode.coding", [coding("28")])
    options = mco.get("Hs1.specialty:operationalActivity.coding").answer_options
    state.set("Hs1.specialty:operationalActivity.coding", [options[0].value, options[1].value])
    state.set("Hs1.extension:ror-healthcareservice-sensitive-unit.value", [{"valueBoolean": False}])
    state.set("Hs1.extension:ror-healthcareservice-patient-type.extension:ageRange.range.low.value",
              [{"valueInteger": 15}])
    state.set("Hs1.identifier.value", [{"valueString": "06/0099999"}])
    return state


def test_filled_mco_form_gives_a_valid_healthcare_service(mco):
    resources = extract(mco, fill_mco(mco).enabled_answers())
    assert len(resources) == 1
    hs = resources[0]
    assert hs["resourceType"] == "HealthcareService"
    assert hs["meta"]["profile"] == [ROR_PROFILES["HealthcareService"]]
    assert hs["name"] == "Unité Hospitalière De Gynécologie"
    assert hs["type"][0]["coding"][0]["code"] == "01"
    assert hs["characteristic"] == [{"coding": [{"system": SYS, "code": "28"}]}]
    assert [c["code"] for c in hs["specialty"][0]["coding"]] == ["022", "053"]
    assert all(c["system"] == R211 for c in hs["specialty"][0]["coding"])
    extensions = {e["url"]: e for e in hs["extension"]}
    assert extensions[EXT + "ror-healthcareservice-sensitive-unit"]["valueBoolean"] is False
    age = extensions[EXT + "ror-healthcareservice-patient-type"]["extension"][0]
    assert age["url"] == "ageRange" and age["valueRange"]["low"]["value"] == 15
    ident = hs["identifier"][0]
    assert ident["value"] == "06/0099999" and ident["type"]["coding"][0]["code"] == "35"  # fixed hidden value
    HealthcareService.model_validate(hs)


def test_extraction_over_the_previous_resource_keeps_what_the_form_does_not_manage(mco, example):
    state = FormState(mco, {}, context={"ror-structure": example})
    state.populate()
    state.set("Hs1.characteristic:careMode.coding", [coding("28")])
    state.set("Hs1.name", [{"valueString": "Nouveau nom"}])
    hs = extract(mco, state.enabled_answers(), base=example)[0]
    assert hs["name"] == "Nouveau nom"
    assert hs["availableTime"] == example["availableTime"] and hs["location"] == example["location"]
    assert hs["providedBy"] == example["providedBy"]  # not pre-filled by the form, unanswered: kept
    systems = [c["coding"][0]["system"] for c in hs["characteristic"]]
    assert systems.count(SYS) == 1 and len(systems) == 3  # careMode added, the two others kept
    urls = [e["url"] for e in hs["extension"]]
    assert EXT + "ror-healthcareservice-contact" in urls and len(urls) == len(set(urls))
    assert hs["meta"]["tag"] == example["meta"]["tag"]
    assert ROR_PROFILES["HealthcareService"] in hs["meta"]["profile"]
    HealthcareService.model_validate(hs)


def test_disabled_items_are_not_extracted_and_cleared_items_are_removed():
    q = load_questionnaire(questionnaire(item("g", "group", extension=[{
        "url": "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-itemExtractionContext",
        "valueExpression": {"language": "application/x-fhir-query", "expression": "HealthcareService"}}], item=[
        item("nom", definition=HS + "name", extension=[expression("initialExpression", "%ror-structure.name")]),
        item("commentaire", definition=HS + "comment",
             extension=[expression("initialExpression", "%ror-structure.comment")],
             enableWhen=[{"question": "nom", "operator": "exists", "answerBoolean": True}]),
        item("sensible", "boolean",
             definition=HS + "extension('" + EXT + "ror-healthcareservice-sensitive-unit').value"),
        item("horaires", "group", repeats=True, definition=HS + "availableTime", item=[
            item("jour", "choice", definition=HS + "availableTime.daysOfWeek"),
            item("debut", "time", definition=HS + "availableTime.availableStartTime")]),
        item("alias", definition="telecomAddress"),
    ])))
    answers = {"commentaire": [{"valueString": "ignoré"}], "sensible": [{"valueBoolean": True}],
               "horaires": [{"item": {"jour": [coding("mon", "http://hl7.org/fhir/days-of-week")],
                                      "debut": [{"valueTime": "08:00:00"}]}},
                            {"item": {"jour": [coding("tue", "http://hl7.org/fhir/days-of-week")]}}],
               "alias": [{"valueString": "not a path"}]}
    base = {"resourceType": "HealthcareService", "id": "1", "name": "Ancien", "comment": "c",
            "telecom": [{"system": "phone", "value": "01"}]}
    hs = extract(q, answers, base=base)[0]
    assert "name" not in hs  # pre-filled by the form and now empty: the user cleared it
    assert "comment" not in hs  # disabled: its answer is not extracted and the element no longer applies
    assert hs["extension"] == [{"url": EXT + "ror-healthcareservice-sensitive-unit", "valueBoolean": True}]
    assert hs["availableTime"] == [{"daysOfWeek": ["mon"], "availableStartTime": "08:00:00"},
                                   {"daysOfWeek": ["tue"]}]
    assert hs["telecom"] == base["telecom"] and hs["id"] == "1"
    HealthcareService.model_validate(hs)


def test_the_app_uo_form_extracts_a_service_and_its_location():
    from fhir.resources.R4B.location import Location

    from app.models.forms_catalog import load_form

    q = load_questionnaire(load_form("uo-mco"))
    state = FormState(q, {})
    state.populate()
    state.set("uo.type_offre", [coding("157", "urn:r244")])
    state.set("uo.modes_pec", [coding("28"), coding("32")])
    state.set("uo.horaires", [{"item": {"uo.horaires.jour": [coding("mon", "http://hl7.org/fhir/days-of-week")],
                                        "uo.horaires.debut": [{"valueTime": "08:00:00"}],
                                        "uo.horaires.fin": [{"valueTime": "18:00:00"}]}}])
    state.set("uo.capacites", [{"item": {"uo.capacites.nature": [coding("01", "urn:r329")],
                                         "uo.capacites.statut": [coding("01", "urn:r330")],
                                         "uo.capacites.nombre": [{"valueInteger": 12}]}}])
    hs, location = extract(q, state.enabled_answers())
    assert hs["characteristic"] == [{"coding": [{"system": SYS, "code": "28"}, {"system": SYS, "code": "32"}]}]
    assert hs["availableTime"][0]["daysOfWeek"] == ["mon"]
    capacity = location["extension"][0]
    assert {e["url"] for e in capacity["extension"]} >= {"capacityType", "capacityStatus", "nbCapacity",
                                                         "capacitySourceType"}
    HealthcareService.model_validate(hs)
    Location.model_validate(location)

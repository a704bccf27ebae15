"""Parsing Questionnaires: the IG's MCO form with its real defects, and small forms for each feature."""
from __future__ import annotations

import json

import pytest
from forms_helpers import MISSING_VS, VS, FakePack, coding, expression, item, questionnaire

from app.models.forms import QuestionnaireError, evaluate, load_questionnaire, quote_context_names
from app.models.forms.questionnaire import ITEM_TYPES


@pytest.fixture
def mco_raw(reference):
    path = reference / "ror-ig" / "questionnaires" / "Questionnaire-ror-questionnaire-offre-mco.json"
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture
def hs_example(reference):
    return json.loads((reference / "ror-ig" / "examples" / "HealthcareService-1234564.json").read_text("utf-8"))


def test_mco_counts(mco_raw):
    stats = load_questionnaire(mco_raw).stats()
    assert {k: stats[k] for k in ("items", "required", "answer_value_set", "answer_option", "enable_when",
                                  "initial_expression", "definition")} == {
        "items": 98, "required": 18, "answer_value_set": 18, "answer_option": 7, "enable_when": 0,
        "initial_expression": 40, "definition": 80}


def test_mco_defects_are_repaired_and_reported(mco_raw):
    q = load_questionnaire(mco_raw)
    text = "\n".join(q.warnings)
    assert '022"' in text
    activities = q.get("Hs1.specialty:operationalActivity.coding")
    codes = [o.value["valueCoding"]["code"] for o in activities.answer_options]
    assert "022" in codes and not any('"' in c for c in codes)
    acts = q.get("Hs1.characteristic:specificAct.coding")
    keys = [(o.value["valueCoding"].get("system"), o.value["valueCoding"]["code"]) for o in acts.answer_options]
    assert len(keys) == len(set(keys)) == 73 - 34
    assert "34 option(s) en double" in text
    unit = q.get("Hs1.extension:ror-healthcareservice-patient-type.extension:ageRange.range.low.unit")
    assert unit.initial == [{"valueCoding": {"system": unit.initial[0]["valueCoding"]["system"], "code": "d",
                                             "display": "jour"}}]
    assert q.launch_contexts == [("ror-structure", "HealthcareService")]
    assert q.get("Hs1").extraction_context == "HealthcareService"


def test_mco_value_sets_missing_from_the_pack_are_flagged(mco_raw):
    q = load_questionnaire(mco_raw, pack=FakePack())
    tag = q.get("Hs1.meta.tag")
    assert tag.value_set_missing
    assert any("JDV_J237" in w and "saisie libre" in w for w in q.warnings)


def test_all_initial_expressions_evaluate_against_the_example(mco_raw, hs_example):
    """The README counts 9 values without a FHIR model; with the R4 model (which resolves Extension.value[x])
    the ageRange, sensitive-unit and creation-date extensions give values too: 17 in all."""
    q = load_questionnaire(mco_raw)
    expressions = [i.initial_expression for i in q.all_items if i.initial_expression]
    assert len(expressions) == 40
    results = [evaluate(e, {}, {"ror-structure": hs_example}) for e in expressions]
    assert sum(1 for r in results if r) == 17
    assert evaluate("%ror-structure.name", {}, {"ror-structure": hs_example}) == [hs_example["name"]]


def test_quote_context_names():
    assert quote_context_names("%ror-structure.name") == "%`ror-structure`.name"
    assert quote_context_names("%`ror-structure`.name") == "%`ror-structure`.name"
    assert quote_context_names("%resource.item and %a-b-c") == "%resource.item and %`a-b-c`"


@pytest.mark.parametrize("data, words", [
    ({"resourceType": "Patient", "id": "x"}, "Patient"),
    ({"resourceType": "Questionnaire", "item": []}, "aucune question"),
    ({"resourceType": "Questionnaire", "item": [{"type": "string"}]}, "linkId"),
    ({"resourceType": "Questionnaire", "item": ["oops"]}, "mal formé"),
    ([1, 2], "objet"),
])
def test_what_is_not_a_questionnaire_is_refused(data, words):
    with pytest.raises(QuestionnaireError, match=words):
        load_questionnaire(data)


def test_every_item_type_and_feature_is_read():
    kinds = sorted(ITEM_TYPES - {"question", "attachment"})
    raw = questionnaire(
        item("g", "group", item=[item(f"i-{k}", k) for k in kinds]),
        item("n", "integer", required=True, repeats=True, readOnly=True, prefix="1.",
             extension=[{"url": "http://hl7.org/fhir/StructureDefinition/minValue", "valueInteger": 1},
                        {"url": "http://hl7.org/fhir/StructureDefinition/maxValue", "valueInteger": 9},
                        {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                         "valueCodeableConcept": {"coding": [{"code": "drop-down"}]}},
                        {"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-hidden", "valueBoolean": True},
                        {"url": "http://example.org/unknown-extension", "valueString": "?"},
                        expression("calculatedExpression", "1 + 1"),
                        expression("enableWhenExpression", "true")],
             item=[item("n-help", "display", text="Aide : un nombre",
                        extension=[{"url": "http://hl7.org/fhir/StructureDefinition/questionnaire-itemControl",
                                    "valueCodeableConcept": {"coding": [{"code": "help"}]}}])]),
        item("c", "choice", answerValueSet=MISSING_VS, maxLength=3, definition="urn:x#HealthcareService.name",
             enableWhen=[{"question": "n", "operator": ">", "answerInteger": 2},
                         {"question": "n", "operator": "??", "answerInteger": 2}], enableBehavior="any",
             initial=[coding("28")]),
        item("w", "weird-type"),
        item("o", "choice", answerOption=[coding("28"), {"valueCoding": {"code": "28"}}, coding("32")]),
    )
    q = load_questionnaire(raw, pack=FakePack())
    assert [i.type for i in q.get("g").children] == kinds
    n = q.get("n")
    assert (n.required, n.repeats, n.read_only, n.hidden, n.prefix) == (True, True, True, True, "1.")
    assert (n.min_value, n.max_value, n.item_control) == (1, 9, "drop-down")
    assert n.help == "Aide : un nombre" and n.children == []
    assert n.calculated_expression == "1 + 1" and n.enable_when_expression == "true"
    c = q.get("c")
    assert c.value_set_missing and c.max_length == 3 and c.enable_behavior == "any"
    assert [(w.question, w.operator, w.answer) for w in c.enable_when] == [("n", ">", {"answerInteger": 2})]
    assert c.initial == [coding("28")] and c.definition == "urn:x#HealthcareService.name"
    assert q.get("w").type == "string" and q.get("w").original_type == "weird-type"
    assert len(q.get("o").answer_options) == 2  # the option without system joined its siblings', then deduplicated
    text = "\n".join(q.warnings)
    assert "weird-type" in text and "http://example.org/unknown-extension" in text and "??" not in [
        w.operator for w in c.enable_when]
    assert q.unknown_extensions["http://example.org/unknown-extension"] == 1
    assert q.stats()["items"] == 1 + len(kinds) + 2 + 3
    assert load_questionnaire(raw, pack=FakePack()).get("c").answer_value_set == MISSING_VS
    assert not load_questionnaire(questionnaire(item("v", "choice", answerValueSet=VS)),
                                  pack=FakePack()).get("v").value_set_missing

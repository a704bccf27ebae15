"""FormState: enableWhen, expressions, pre-filling, validation, pre-filled protection, QuestionnaireResponse."""
from __future__ import annotations

import json

import pytest
from forms_helpers import MISSING_VS, SYS, VS, FakePack, coding, expression, item, questionnaire

from app.models.forms import (
    FormState,
    PrefilledValueError,
    from_response,
    load_questionnaire,
    to_response,
)


def state_for(*items, answers=None, **kwargs):
    return FormState(load_questionnaire(questionnaire(*items)), answers or {}, **kwargs)


@pytest.mark.parametrize("operator, expected, answer, enabled", [
    ("exists", {"answerBoolean": True}, None, False),
    ("exists", {"answerBoolean": True}, {"valueInteger": 3}, True),
    ("exists", {"answerBoolean": False}, None, True),
    ("=", {"answerInteger": 3}, {"valueInteger": 3}, True),
    ("=", {"answerInteger": 3}, {"valueInteger": 4}, False),
    ("!=", {"answerInteger": 3}, {"valueInteger": 4}, True),
    ("!=", {"answerInteger": 3}, {"valueInteger": 3}, False),
    (">", {"answerInteger": 3}, {"valueInteger": 4}, True),
    (">", {"answerInteger": 3}, {"valueInteger": 3}, False),
    ("<", {"answerInteger": 3}, {"valueInteger": 2}, True),
    (">=", {"answerInteger": 3}, {"valueInteger": 3}, True),
    ("<=", {"answerInteger": 3}, {"valueInteger": 4}, False),
    ("=", {"answerCoding": {"system": SYS, "code": "28"}}, coding("28"), True),
    ("=", {"answerCoding": {"system": SYS, "code": "28"}}, coding("28", "urn:other"), False),
    ("!=", {"answerCoding": {"system": SYS, "code": "28"}}, coding("32"), True),
    ("=", {"answerString": "oui"}, {"valueString": "oui"}, True),
    ("=", {"answerBoolean": True}, {"valueBoolean": False}, False),
    (">", {"answerDate": "2024-01-01"}, {"valueDate": "2025-06-01"}, True),
])
def test_enable_when_operators(operator, expected, answer, enabled):
    kind = "integer"
    state = state_for(item("q", kind), item("dep", "string", enableWhen=[{"question": "q", "operator": operator,
                                                                          **expected}]))
    if answer is not None:
        state.answers["q"] = [answer]
    assert state.is_enabled("dep") is enabled


@pytest.mark.parametrize("behavior, a, b, enabled", [
    ("all", True, True, True), ("all", True, False, False), ("any", True, False, True), ("any", False, False, False),
])
def test_enable_behavior(behavior, a, b, enabled):
    state = state_for(item("a", "boolean"), item("b", "boolean"),
                      item("dep", enableBehavior=behavior,
                           enableWhen=[{"question": "a", "operator": "=", "answerBoolean": True},
                                       {"question": "b", "operator": "=", "answerBoolean": True}]))
    state.set("a", [{"valueBoolean": a}])
    state.set("b", [{"valueBoolean": b}])
    assert state.is_enabled("dep") is enabled


def test_set_returns_what_changed_and_disabled_groups_hide_their_children():
    state = state_for(item("type", "choice"),
                      item("section", "group", enableWhen=[{"question": "type", "operator": "exists",
                                                            "answerBoolean": True}],
                           item=[item("detail", required=True), item("other")]))
    assert not state.is_enabled("detail")
    assert state.problems() == []  # disabled items are not validated
    changed = state.set("type", [coding("28")])
    assert changed == {"section", "detail", "other"}
    assert [(p.link_id, p.message, p.code, p.blocking) for p in state.problems()] == [
        ("detail", "Champ obligatoire", "REQ", True)]
    assert state.set("other", [{"valueString": "x"}]) == set()
    state.set("detail", [{"valueString": "y"}])
    state.set("type", [])
    assert state.enabled_answers() == {}


def test_enable_when_expression_reads_the_response():
    state = state_for(item("n", "integer"),
                      item("big", extension=[expression("enableWhenExpression",
                                                        "%resource.item.where(linkId='n').answer.value > 10")]))
    assert not state.is_enabled("big")
    assert state.set("n", [{"valueInteger": 12}]) == {"big"}
    assert state.is_enabled("big")


def test_calculated_expression():
    state = state_for(item("a", "integer"), item("b", "integer"),
                      item("total", "integer", readOnly=True, extension=[expression(
                          "calculatedExpression",
                          "%resource.item.where(linkId='a' or linkId='b').answer.value.aggregate($this + $total, 0)")]))
    state.set("a", [{"valueInteger": 2}])
    changed = state.set("b", [{"valueInteger": 5}])
    assert "total" in changed and state.get("total") == [{"valueInteger": 7}]


def test_populate_from_launch_context_and_initial_values():
    org = {"resourceType": "Organization", "name": "Hôpital A",
           "type": [{"coding": [{"system": SYS, "code": "28", "display": "HC"}]}]}
    state = state_for(
        item("nom", extension=[expression("initialExpression", "%ror-structure.name")]),
        item("mode", "choice", extension=[expression("initialExpression", "%ror-structure.type.coding")]),
        item("vide", extension=[expression("initialExpression", "%ror-structure.alias")],
             initial=[{"valueString": "défaut"}]),
        item("sel", "choice", answerOption=[{**coding("28"), "initialSelected": True}, coding("32")]),
        item("deja", extension=[expression("initialExpression", "%ror-structure.name")]),
        item("cassee", extension=[expression("initialExpression", "%ror-structure.name.where(")]),
        answers={"deja": [{"valueString": "gardé"}]}, context={"ror-structure": org})
    filled = state.populate()
    assert filled == {"nom", "mode", "vide", "sel"}
    assert state.get("nom") == [{"valueString": "Hôpital A"}]
    assert state.get("mode") == [{"valueCoding": {"system": SYS, "code": "28", "display": "HC"}}]
    assert state.get("vide") == [{"valueString": "défaut"}]
    assert state.get("sel") == [coding("28")]
    assert state.get("deja") == [{"valueString": "gardé"}]
    assert state.expression_errors and "cassee" not in state.answers


def test_problems_required_length_bounds_options_types():
    state = state_for(
        item("req", required=True),
        item("short", maxLength=3),
        item("age", "integer", extension=[{"url": "http://hl7.org/fhir/StructureDefinition/minValue",
                                           "valueInteger": 0},
                                          {"url": "http://hl7.org/fhir/StructureDefinition/maxValue",
                                           "valueInteger": 120}]),
        item("opt", "choice", answerOption=[coding("28")]),
        item("open", "open-choice", answerOption=[coding("28")]),
        item("one", "integer"),
        item("day", "date"),
        item("n", "integer"),
        answers={"short": [{"valueString": "abcd"}], "age": [{"valueInteger": 130}],
                 "opt": [coding("99")], "open": [{"valueString": "autre"}],
                 "one": [{"valueInteger": 1}, {"valueInteger": 2}], "day": [{"valueDate": "12/01/2024"}],
                 "n": [{"valueString": "douze"}]})
    messages = {(p.link_id, p.message) for p in state.problems()}
    assert messages == {
        ("req", "Champ obligatoire"), ("short", "Texte trop long : 3 caractères au maximum"),
        ("age", "La valeur doit être au plus 120"), ("opt", "Valeur hors de la liste proposée : 99"),
        ("one", "Une seule valeur est permise"), ("day", "Date invalide (format attendu AAAA-MM-JJ)"),
        ("n", "Valeur invalide : type de réponse inattendu")}
    state.set("age", [{"valueInteger": -1}])
    assert ("age", "La valeur doit être au moins 0") in {(p.link_id, p.message) for p in state.problems()}


def test_value_set_checks_with_the_pack():
    state = state_for(item("mode", "choice", answerValueSet=VS, repeats=True),
                      item("libre", "choice", answerValueSet=MISSING_VS), pack=FakePack(),
                      answers={"mode": [coding("28"), coding("07"), coding("55")], "libre": [coding("X1")]})
    problems = state.problems()
    assert [(p.message, p.blocking) for p in problems if p.link_id == "mode"] == [
        ("Code retiré de la nomenclature, à remplacer : 07", True),
        ("Code inconnu dans la liste « Mode de prise en charge » : 55", True)]
    libre = [p for p in problems if p.link_id == "libre"]
    assert len(libre) == 1 and libre[0].level == "warning" and not libre[0].blocking


def test_prefilled_mandatory_values_cannot_be_removed_but_may_be_enriched():
    state = state_for(item("modes", "choice", required=True, repeats=True),
                      item("nom", required=True), item("libre", "choice", repeats=True),
                      answers={"modes": [coding("28")], "nom": [{"valueString": "A"}], "libre": [coding("1")]},
                      prefilled={"modes": ["28"], "nom": ["A"], "libre": ["1"]})
    state.set("modes", [coding("28"), coding("32")])  # enriching is allowed
    with pytest.raises(PrefilledValueError, match="au moins une valeur est obligatoire"):
        state.set("modes", [coding("32")])
    with pytest.raises(PrefilledValueError):
        state.set("nom", [])
    state.set("nom", [{"valueString": "B"}])  # a single mandatory value may be updated
    state.set("libre", [])  # not mandatory: no protection
    assert state.get("modes") == [coding("28"), coding("32")]


def test_response_round_trip_with_repeating_groups():
    q = load_questionnaire(questionnaire(
        item("root", "group", item=[
            item("nom"), item("modes", "choice", repeats=True),
            item("horaires", "group", repeats=True, item=[item("jour", "choice"), item("debut", "time")]),
            item("info", "display")]),
        item("q", "boolean", item=[item("q.detail")])))
    answers = {"nom": [{"valueString": "Unité"}], "modes": [coding("28"), coding("32")],
               "horaires": [{"item": {"jour": [coding("mon", "http://hl7.org/fhir/days-of-week")],
                                      "debut": [{"valueTime": "08:00"}]}},
                            {"item": {"jour": [coding("tue", "http://hl7.org/fhir/days-of-week")]}}],
               "q": [{"valueBoolean": True}], "q.detail": [{"valueString": "d"}]}
    qr = to_response(q, answers)
    assert qr["resourceType"] == "QuestionnaireResponse" and qr["questionnaire"] == "urn:test:q|1"
    root = qr["item"][0]
    assert [i["linkId"] for i in root["item"]] == ["nom", "modes", "horaires", "horaires"]
    assert qr["item"][1]["answer"][0]["item"][0]["linkId"] == "q.detail"
    assert from_response(json.loads(json.dumps(qr)), q) == answers
    assert from_response(qr)["horaires"] == answers["horaires"]  # two instances: repeating without the form


def test_a_typical_form_is_checked_without_reparsing(reference):
    raw = json.loads((reference / "ror-ig" / "questionnaires" /
                      "Questionnaire-ror-questionnaire-offre-mco.json").read_text("utf-8"))
    hs = json.loads((reference / "ror-ig" / "examples" / "HealthcareService-1234564.json").read_text("utf-8"))
    q = load_questionnaire(raw)
    state = FormState(q, {}, context={"ror-structure": hs})
    filled = state.populate()
    assert {"Hs1.name", "Hs1.type.coding", "Hs1.specialty:operationalActivity.coding"} <= filled
    again = FormState(q, state.answers, context={"ror-structure": hs})
    missing = {p.link_id for p in again.problems() if p.message == "Champ obligatoire"}
    assert "Hs1.characteristic:careMode.coding" in missing and "Hs1.name" not in missing

"""The one validation (app/models/validation) on the app's real forms and the shipped nomenclature pack: required
items at every depth and on their own repetition, formats, rules between fields, retired codes and the ROR
quality rules (which advise and never block)."""
from __future__ import annotations

import copy

import pytest

from app.models import fiche_service
from app.models.demo_answers import fiche_answers
from app.models.validation import Facts, blocking, facts_by_node, place, render, sensitive_name
from app.models.validation.problem import MESSAGES, RULES

CANAL = "https://mos.esante.gouv.fr/NOS/TRE_R200-CanalCommunication/FHIR/TRE-R200-CanalCommunication"
CONF = "https://mos.esante.gouv.fr/NOS/TRE_R283-NiveauConfidentialite/FHIR/TRE-R283-NiveauConfidentialite"
EHPAD = Facts("UO", categorie="500")


def ehpad_uo(**changes) -> dict:
    """A complete EHPAD hébergement unit (demo answers), with `changes` applied by linkId."""
    answers = fiche_answers("uo-ms", {"name": "Unité Hébergement Permanent", "champ": "04", "type_offre": "21",
                                      "seed": 3})
    answers.update(changes)
    return answers


def check(answers, form="uo-ms", facts=EHPAD):
    return fiche_service.check_answers(form, answers, facts)


def codes(problems, level=None):
    return {(p.code, p.link_id) for p in problems if level is None or p.level == level}


def contact(canal: str | None, value: str | None, nature="Accueil") -> dict:
    inner: dict = {"uo.contacts.nature": [{"valueString": nature}],
                   "uo.contacts.confidentialite": [{"valueCoding": {"system": CONF, "code": "1"}}]}
    if canal:
        inner["uo.contacts.canal"] = [{"valueCoding": {"system": CANAL, "code": canal}}]
    if value is not None:
        inner["uo.contacts.valeur"] = [{"valueString": value}]
    return {"item": inner}


def test_a_complete_unit_has_no_blocking_problem_but_quality_advice():
    problems = check(ehpad_uo())
    assert blocking(problems) == 0
    # no temporalité d'accueil and no capacity: the national rules CP5 and CP6 advise, they do not block
    assert codes(problems, "warning") == {("CP5", "uo.temporalite"), ("CP6", "uo.capacites")}
    assert all(not p.blocking for p in problems)


def test_a_nested_required_field_blocks_on_its_own_repetition():
    answers = ehpad_uo(**{"uo.contacts": [contact("2", "04 74 00 00 00"), contact(None, "04 74 00 00 01")]})
    problems = [p for p in check(answers) if p.blocking]
    assert [(p.code, p.link_id, p.path) for p in problems] == [("REQ", "uo.contacts.canal", (("uo.contacts", 1),))]
    assert problems[0].repetition == 1
    q = fiche_service.questionnaire("uo-ms")
    assert place(q, problems[0]) == "Contacts n° 2 › Canal"
    # a required item of a capacity, the same way
    capacity = {"item": {"uo.capacites.nature": [{"valueCoding": {"code": "02"}}]}}
    problems = [p for p in check(ehpad_uo(**{"uo.capacites": [capacity]})) if p.blocking]
    assert {(p.link_id, p.path) for p in problems} == {
        ("uo.capacites.statut", (("uo.capacites", 0),)), ("uo.capacites.temporalite", (("uo.capacites", 0),)),
        ("uo.capacites.nombre", (("uo.capacites", 0),))}


@pytest.mark.parametrize(("canal", "value", "ok"), [
    ("2", "abc", False), ("2", "04 74 09 29 29", True), ("1", "+33 6 12 34 56 78", True), ("2", "12", False),
    ("2", "3919", True), ("3", "accueil@ehpad.fr", True), ("3", "accueil@", False), ("4", "https://ehpad.fr", True),
    ("4", "www ehpad fr", False), ("5", "n'importe quoi", True)])
def test_a_contact_value_has_the_format_of_its_channel(canal, value, ok):
    problems = check(ehpad_uo(**{"uo.contacts": [contact(canal, value)]}))
    formats = [p for p in problems if p.code.startswith("FMT")]
    assert (not formats) is ok, formats
    if not ok:
        assert formats[0].blocking and formats[0].path == (("uo.contacts", 0),)
        assert value in formats[0].message


def _identity_form(read_only: bool):
    from app.models.forms import load_questionnaire

    def item(link_id, path):
        return {"linkId": link_id, "type": "string", "text": link_id, "readOnly": read_only,
                "definition": "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/ror-organization#"
                              + path}

    return load_questionnaire({"resourceType": "Questionnaire", "url": "urn:test:eg", "version": "1",
                               "status": "active", "item": [
                                   item("finess", "Organization.identifier:finess.value"),
                                   item("siret", "Organization.identifier:numSIRET.value"),
                                   item("siren", "Organization.identifier:sirene.value"),
                                   item("cp", "Organization.address.postalCode"),
                                   item("tel", "Organization.telecom:finess.value")]})


def test_identifiers_postal_codes_and_the_finess_phone():
    from app.models.validation import validate

    bad = {"finess": [{"valueString": "010000025"}], "siret": [{"valueString": "12345678901234"}],
           "siren": [{"valueString": "123"}], "cp": [{"valueString": "1000"}], "tel": [{"valueString": "abc"}]}
    problems = validate(_identity_form(read_only=False), bad)
    assert {(p.code, p.link_id) for p in problems if p.blocking} == {
        ("FMT-FINESS", "finess"), ("FMT-SIRET", "siret"), ("FMT-SIREN", "siren"), ("FMT-CP", "cp"), ("FMT-TEL", "tel")}
    # FINESS data shown read-only cannot be corrected by the user: the same findings advise (FINESS, support)
    problems = validate(_identity_form(read_only=True), bad)
    assert len(problems) == 5 and not any(p.blocking for p in problems)
    good = {"finess": [{"valueString": "010000024"}], "siret": [{"valueString": "73282932000074"}],
            "siren": [{"valueString": "732829320"}], "cp": [{"valueString": "01000"}],
            "tel": [{"valueString": "04 74 00 00 00"}]}
    assert validate(_identity_form(read_only=False), good) == []
    # the app's EG form: its FINESS block is read-only
    eg = {"eg.denomination": [{"valueString": "EHPAD X"}], "eg.finess_geographique": [{"valueString": "010000025"}]}
    found = check(eg, "eg", Facts("EG", "500"))
    assert [(p.code, p.level) for p in found] == [("FMT-FINESS", "warning")]


def test_minimum_age_above_maximum_blocks():
    problems = check(ehpad_uo(**{"uo.age_min": [{"valueInteger": 90}], "uo.age_max": [{"valueInteger": 60}]}))
    age = [p for p in problems if p.code == "X-AGES"]
    assert len(age) == 1 and age[0].blocking and age[0].arguments == {"min": 90, "max": 60}
    assert age[0].message == "L'âge minimum (90) est supérieur à l'âge maximum (60)"


def test_an_ehpad_type_d_offre_under_the_champ_ville_blocks():
    ville = {"valueCoding": {"system": "https://mos.esante.gouv.fr/NOS/TRE_R227-ChampActivite/FHIR/"
                                       "TRE-R227-ChampActivite", "code": "05", "display": "Ville"}}
    problems = check(ehpad_uo(**{"uo.champ": [ville]}))
    assert {("X-OFFRE-CHAMP", "uo.type_offre"), ("X-CHAMP-CATEGORIE", "uo.champ")} <= codes(problems, "error")
    offre = next(p for p in problems if p.code == "X-OFFRE-CHAMP")
    assert "21" in offre.message and "05" in offre.message


def test_opening_slots_in_order_and_not_overlapping():
    def slot(day, start, end):
        return {"item": {"uo.horaires.jour": [{"valueCoding": {"system": "http://hl7.org/fhir/days-of-week",
                                                               "code": day}}],
                         "uo.horaires.debut": [{"valueTime": start}], "uo.horaires.fin": [{"valueTime": end}]}}

    answers = ehpad_uo(**{"uo.horaires": [slot("mon", "09:00:00", "12:00:00"), slot("mon", "11:00:00", "17:00"),
                                          slot("tue", "18:00", "08:00"), slot("wed", "09:00", "12:00"),
                                          slot("wed", "12:00", "17:00")]})
    found = [(p.key, p.link_id, p.path) for p in check(answers) if p.code == "X-HORAIRES"]
    assert found == [("hours-overlap", "uo.horaires.debut", (("uo.horaires", 1),)),
                     ("hours-order", "uo.horaires.fin", (("uo.horaires", 2),))]
    overlap = next(p for p in check(answers) if p.key == "hours-overlap")
    assert overlap.message == "Horaires du lundi : ce créneau (11:00-17:00) chevauche un autre créneau du même jour"


def test_a_retired_or_unknown_code_blocks():
    answers = ehpad_uo()
    answers["uo.activites"] = copy.deepcopy(answers["uo.activites"]) + [
        {"valueCoding": {"system": answers["uo.activites"][0]["valueCoding"]["system"], "code": "99999"}}]
    assert ("NOS-INCONNU", "uo.activites") in codes(check(answers), "error")


def test_quality_rules_co3_and_co4_advise():
    flagged = ehpad_uo(**{"uo.unite_sensible": [{"valueBoolean": True}]})
    # CO3 is not applied to EHPAD units (their secured Alzheimer units are not sensitive units)
    assert not [p for p in check(flagged) if p.code == "CO3"]
    hospital = Facts("UO", categorie="355")
    co3 = [p for p in check(flagged, facts=hospital) if p.code == "CO3"]
    assert [p.key for p in co3] == ["quality-co3-unexpected"] and not co3[0].blocking
    detainees = ehpad_uo(**{"uo.nom": [{"valueString": "Unité Hospitalière Sécurisée Interrégionale (UHSI)"}]})
    assert [p.key for p in check(detainees, facts=hospital) if p.code == "CO3"] == ["quality-co3-missing"]
    under_uf = Facts("UO", categorie="355", in_sensitive_uf=True)
    assert [p.key for p in check(ehpad_uo(), facts=under_uf) if p.code == "CO3"] == ["quality-co3-missing"]
    eg = {"eg.categorie": [{"valueCoding": {"code": "500"}}]}
    co4 = [p for p in check(eg, "eg", Facts("EG", "500", finess_categorie="202")) if p.code == "CO4"]
    assert len(co4) == 1 and not co4[0].blocking and co4[0].arguments == {"categorie": "500", "finess": "202"}


def test_a_capacity_installed_satisfies_cp6():
    capacity = {"item": {"uo.capacites.nature": [{"valueCoding": {"code": "02"}}],
                         "uo.capacites.statut": [{"valueCoding": {"code": "01"}}],
                         "uo.capacites.temporalite": [{"valueCoding": {"code": "01"}}],
                         "uo.capacites.nombre": [{"valueInteger": 40}]}}
    assert "CP6" not in {p.code for p in check(ehpad_uo(**{"uo.capacites": [capacity]}))}


def test_facts_follow_the_tree():
    rows = [(1, None, "EJ", "Hôpital", None, None), (2, 1, "EG", "Site", "355", "355"),
            (3, 2, "UF", "UF Détenus", None, None), (4, 3, "UO", "Unité X", None, None),
            (5, 2, "UO", "Unité Y", None, None)]
    facts = facts_by_node(rows)
    assert facts[2] == Facts("EG", "355", "355") and facts[4] == Facts("UO", "355", None, True)
    assert facts[5] == Facts("UO", "355") and facts[1] == Facts("EJ")
    assert sensitive_name("Unité de soins aux détenus") and not sensitive_name("SMPR réadaptation")


def test_every_rule_has_a_code_a_level_and_a_template_that_formats():
    import string

    for key, (code, level, template) in RULES.items():
        assert code and level in ("error", "warning") and MESSAGES[key] == template
        names = {f for _, f, _, _ in string.Formatter().parse(template) if f}
        assert "{" not in render(key, {n: "mon" if n == "day" else "x" for n in names}), key

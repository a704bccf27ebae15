"""ROR profile check (app/sync/profile.py) and `ror-referent fhir-check`, on the IG example and small resources."""
from __future__ import annotations

import copy
import json

import pytest

from app.cli import main
from app.sync import fhir_systems as S
from app.sync.profile import Problem, check_bundle, check_resource, errors

HS_EXAMPLE = "ror-ig/examples/HealthcareService-1234564.json"


@pytest.fixture
def ig_service(reference):
    return json.loads((reference / HS_EXAMPLE).read_text(encoding="utf-8"))


def _paths(problems: list[Problem], severity: str = "error") -> set[str]:
    return {p.path for p in problems if p.severity == severity}


def _phone(value: str | None = "0102030405") -> dict:
    telecom = {"system": "phone", "extension": [
        {"url": S.EXT_TELECOM_CHANNEL, "valueCodeableConcept": {"coding": [{"system": S.R200_CANAL, "code": "2"}]}},
        {"url": S.EXT_TELECOM_CONFIDENTIALITY,
         "valueCodeableConcept": {"coding": [{"system": S.R283_CONFIDENTIALITE, "code": "1"}]}}]}
    if value:
        telecom["value"] = value
    return telecom


def _eg(**changes) -> dict:
    res = {
        "resourceType": "Organization", "id": "eg1",
        "meta": {"lastUpdated": "2026-01-02T10:00:00.000+00:00", "profile": [S.PROFILE["Organization"]]},
        "extension": [{"url": S.EXT_CREATION_DATE, "valueDateTime": "2025-01-01T00:00:00+00:00"}],
        "name": "EHPAD Les Tilleuls",
        "identifier": [
            {"type": {"coding": [{"system": S.G07_ID_TYPE, "code": "1"}]}, "system": S.FINESS_SYSTEM,
             "value": "010000024"},
            {"type": {"coding": [{"system": S.G07_ID_TYPE, "code": "3"}]}, "system": S.SIRET_SYSTEM,
             "value": "25988000391182"}],
        "type": [{"coding": [{"system": S.R66_CATEGORIE, "code": "500"}]}],
        "partOf": {"reference": "Organization/ej1"},
        "telecom": [_phone()],
    }
    res.update(changes)
    return res


def _location(**changes) -> dict:
    def cc(system, code):
        return {"valueCodeableConcept": {"coding": [{"system": system, "code": code}]}}

    capacity = {"url": S.EXT_SUPPORTED_CAPACITY, "extension": [
        {"url": "capacityType", **cc(S.R329_NATURE_CAPACITE, "01")},
        {"url": "capacityStatus", **cc(S.R330_STATUT_CAPACITE, "01")},
        {"url": "temporalityCapacity", **cc(S.tre("TRE_R331-TemporaliteCapacite"), "01")},
        {"url": "nbCapacity", "valueInteger": 40},
        {"url": "capacitySourceType", **cc(S.tre("TRE_R332-TypeSourceCapacite"), "01")},
        {"url": "capacityUpdateDate", "valueDateTime": "2026-01-01T00:00:00+00:00"},
        {"url": "temporaryAssignement", **cc(S.tre("TRE_R333-AffectationTemporaire"), "01")}]}
    res = {"resourceType": "Location", "id": "l1", "meta": {"lastUpdated": "2026-01-02T10:00:00Z"},
           "extension": [{"url": S.EXT_CREATION_DATE, "valueDateTime": "2025-01-01"},
                         {"url": S.EXT_COMMUNE_COG,
                          "valueCodeableConcept": {"coding": [{"system": S.R13_COMMUNE, "code": "01053"}]}},
                         capacity],
           "managingOrganization": {"reference": "Organization/eg1"}}
    res.update(changes)
    return res


def test_the_ig_example_passes_with_no_error(ig_service):
    problems = check_resource(ig_service)
    assert errors(problems) == []
    # The example has no care mode: said, but not blocking.
    assert any("characteristic" in p.path and p.severity == "warning" for p in problems)


def test_each_mandatory_element_of_the_service_is_named_when_missing(ig_service):
    for key, path in [("type", "HealthcareService.type"), ("identifier", "HealthcareService.identifier"),
                      ("specialty", "HealthcareService.specialty"),
                      ("characteristic", "HealthcareService.characteristic")]:
        broken = copy.deepcopy(ig_service)
        del broken[key]
        assert path in _paths(check_resource(broken)), key
    broken = copy.deepcopy(ig_service)
    broken["extension"] = [e for e in broken["extension"] if e["url"] != S.EXT_SENSITIVE_UNIT]
    assert f"HealthcareService.extension('{S.EXT_SENSITIVE_UNIT}')" in _paths(check_resource(broken))


def test_a_coding_in_the_wrong_system_is_an_error(ig_service):
    broken = copy.deepcopy(ig_service)
    broken["type"][0]["coding"][0]["system"] = S.R244_TYPE_OFFRE
    problems = check_resource(broken)
    assert "HealthcareService.type[0]" in _paths(problems)
    assert any("TRE_R227" in p.message for p in problems)
    broken = copy.deepcopy(ig_service)
    broken["category"][0]["coding"][0]["system"] = S.R227_CHAMP
    assert "HealthcareService.category[0]" in _paths(check_resource(broken))


def test_server_set_elements_are_only_required_as_received(ig_service):
    outgoing = copy.deepcopy(ig_service)
    del outgoing["meta"]["lastUpdated"]
    assert "HealthcareService.meta.lastUpdated" in _paths(check_resource(outgoing))
    assert errors(check_resource(outgoing, for_submission=True)) == []


def test_organization_identifiers_are_checked():
    assert errors(check_resource(_eg())) == []
    bad_siret = _eg()
    bad_siret["identifier"][1]["value"] = "25988000391183"
    assert "Organization.identifier[1].value" in _paths(check_resource(bad_siret))
    bad_key = _eg()
    bad_key["identifier"][0]["value"] = "010000025"
    problems = check_resource(bad_key)
    assert errors(problems) == [] and "Organization.identifier[0].value" in _paths(problems, "warning")
    bad_format = _eg()
    bad_format["identifier"][0]["value"] = "0100"
    assert "Organization.identifier[0].value" in _paths(check_resource(bad_format))
    untyped = _eg()
    del untyped["identifier"][0]["type"]
    assert "Organization.identifier[0].type" in _paths(check_resource(untyped))


def test_internal_type_telecom_and_parent_are_checked():
    oi = _eg(type=[{"coding": [{"system": S.R207_TYPE_OI, "code": "9"}]}], identifier=[])
    assert "Organization.type[0]" in _paths(check_resource(oi))
    no_value = _eg(telecom=[_phone(None)])
    assert "Organization.telecom[0].value" in _paths(check_resource(no_value))
    no_channel = _eg(telecom=[{"system": "phone", "value": "0102030405"}])
    assert f"Organization.telecom[0].extension('{S.EXT_TELECOM_CHANNEL}')" in _paths(check_resource(no_channel))
    wrong_parent = _eg(partOf={"reference": "Location/1"})
    assert "Organization.partOf" in _paths(check_resource(wrong_parent))
    no_creation = _eg(extension=[])
    assert f"Organization.extension('{S.EXT_CREATION_DATE}')" in _paths(check_resource(no_creation))


def test_location_capacities_need_every_part():
    assert errors(check_resource(_location())) == []
    loc = _location()
    loc["extension"][2]["extension"] = [e for e in loc["extension"][2]["extension"] if e["url"] != "nbCapacity"]
    paths = _paths(check_resource(loc))
    assert f"Location.extension('{S.EXT_SUPPORTED_CAPACITY}')[0].extension('nbCapacity')" in paths
    no_commune = _location()
    no_commune["extension"] = [e for e in no_commune["extension"] if e["url"] != S.EXT_COMMUNE_COG]
    assert f"Location.extension('{S.EXT_COMMUNE_COG}')" in _paths(check_resource(no_commune))


def test_dossier_task_and_ror_task():
    task = {"resourceType": "Task", "status": "requested", "intent": "order",
            "code": {"coding": [{"system": "urn:ror-referent:task-code", "code": "dossier-validation"}]},
            "focus": {"reference": "Organization/eg1"},
            "input": [{"type": {"text": "dossier"}, "valueReference": {"reference": "Bundle/b1"}}]}
    assert check_resource(task) == []
    for key in ("code", "focus", "status", "input"):
        broken = {k: v for k, v in task.items() if k != key}
        assert f"Task.{key}" in _paths(check_resource(broken)), key
    ror_task = {  # the IG's RORTaskExemple
        "resourceType": "Task", "meta": {"profile": [S.PROFILE["Task"]]},
        "focus": {"type": "Organization", "identifier": {"value": "1910800002"}}, "status": "in-progress",
        "businessStatus": {"coding": [{"system": S.R352_STATUT_ANOMALIE, "code": "02"}]}, "intent": "order",
        "reasonCode": {"coding": [{"system": S.R349_ACTION, "code": "COR"}]},
        "code": {"coding": [{"system": S.R350_THEME, "code": "06"}]},
        "input": [{"type": {"coding": [{"code": "pathElementError"}]},
                   "valueExpression": {"language": "text/fhirpath", "expression": "Organization.type"}},
                  {"type": {"coding": [{"code": "systemRequester"}]}, "valueString": "IHM"}],
        "authoredOn": "2024-01-03", "lastModified": "2024-01-04"}
    assert check_resource(ror_task) == []
    del ror_task["businessStatus"]
    assert "Task.businessStatus" in _paths(check_resource(ror_task))


def test_bundle_paths_name_the_entry(ig_service):
    broken = copy.deepcopy(ig_service)
    del broken["type"]
    bundle = {"resourceType": "Bundle", "type": "collection",
              "entry": [{"resource": _eg()}, {"resource": broken},
                        {"request": {"method": "DELETE", "url": "Organization/x"}}]}
    problems = check_bundle(bundle)
    assert _paths(problems) == {"Bundle.entry[1].resource.type"}
    assert check_resource(bundle) == problems


def test_cli_accepts_the_example_and_names_what_is_missing(ig_service, tmp_path, capsys):
    good = tmp_path / "hs.json"
    good.write_text(json.dumps(ig_service), encoding="utf-8")
    assert main(["fhir-check", str(good)]) == 0
    out = capsys.readouterr().out
    assert "conforme" in out and "warning HealthcareService.characteristic" in out
    del ig_service["type"]
    bad = tmp_path / "no-type.json"
    bad.write_text(json.dumps(ig_service), encoding="utf-8")
    assert main(["fhir-check", str(bad)]) == 1
    out = capsys.readouterr().out
    assert "error HealthcareService.type: Champ d'activité (type) obligatoire." in out
    assert "1 erreur(s)" in out


@pytest.mark.parametrize("content", ["{not json", "[1, 2]", '{"name": "x"}'])
def test_cli_refuses_what_is_not_a_resource_in_french(tmp_path, capsys, content):
    path = tmp_path / "x.json"
    path.write_text(content, encoding="utf-8")
    assert main(["fhir-check", str(path)]) == 2
    err = capsys.readouterr().err
    assert "Traceback" not in err and ("JSON" in err or "ressource FHIR" in err)
    assert main(["fhir-check", str(tmp_path / "absent.json")]) == 2
    assert "introuvable" in capsys.readouterr().err

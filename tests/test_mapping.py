"""Node <-> ROR FHIR mapping (app/sync/mapping.py): the IG example round trip, a demo workspace as a Bundle,
organisations and capacities both ways; produced resources pass the profile check and fhir.resources (R4B)."""
from __future__ import annotations

import importlib
import json
from collections import Counter
from types import SimpleNamespace

import pytest

from app.models.demo import make_demo
from app.sync import fhir_systems as S
from app.sync.fhir_inbound import PulledLocation, capacities_of, kind_of
from app.sync.mapping import (
    apply_resource,
    capacities_answers,
    location_id,
    pulled_items,
    resources_for,
    to_resource,
    workspace_to_bundle,
)
from app.sync.profile import check_resource, errors

HS_EXAMPLE = "ror-ig/examples/HealthcareService-1234564.json"
UID = "0f8d2c1e-1111-4222-8333-944455556666"
STAMP = "2026-03-01T09:00:00.000+00:00"


def _validate(resource: dict) -> None:
    """fhir.resources (R4B) must accept the resource as it is."""
    rtype = resource["resourceType"]
    module = importlib.import_module(f"fhir.resources.R4B.{rtype.lower()}")
    getattr(module, rtype).model_validate(resource)


def _node(kind: str, **cols) -> SimpleNamespace:
    base = dict(kind=kind, uid=UID, name="Unité Test", finess=None, siren=None, siret=None, categorie=None,
                domaine=None, champ=None, type_offre=None, server_id=None, finess_data=None, updated_at=STAMP)
    base.update(cols)
    return SimpleNamespace(**base)


def _fiche(resource=None, answers=None, questionnaire=None) -> SimpleNamespace:
    return SimpleNamespace(resource=resource, answers=answers or {}, questionnaire=questionnaire)


def _node_from_item(item, uid=UID, **overrides) -> SimpleNamespace:
    cols = {k: v for k, v in item.columns.items() if k != "kind"}
    cols.update(overrides)
    return _node(item.columns["kind"], uid=uid, server_id=item.server_id, **cols)


@pytest.fixture
def ig_service(reference):
    return json.loads((reference / HS_EXAMPLE).read_text(encoding="utf-8"))


def test_ig_example_maps_in_and_back_out_with_no_element_lost(ig_service):
    item = apply_resource(ig_service)
    assert item.columns == {"kind": "UO", "name": ig_service["name"], "champ": "01", "type_offre": "157"}
    assert item.parent == "Organization/999999" and item.server_id == "1234564" and item.answers == {}
    out = to_resource(_node_from_item(item), _fiche(item.resource), item.parent)
    assert out == ig_service  # nothing lost, nothing added: the example already has every mandatory element
    assert errors(check_resource(out, for_submission=True)) == []
    _validate(out)


def test_local_edits_are_overlaid_on_the_server_copy(ig_service):
    item = apply_resource(ig_service)
    node = _node_from_item(item, name="Unité De Gynécologie", champ="02", type_offre="21")
    out = to_resource(node, _fiche(item.resource), "Organization/42")
    assert out["name"] == "Unité De Gynécologie"
    assert out["type"][0]["coding"][0]["code"] == "02" and out["category"][0]["coding"][0]["code"] == "21"
    assert out["providedBy"] == {"reference": "Organization/42"}
    # Everything the node does not hold is the server's.
    for key in ("availableTime", "characteristic", "specialty", "identifier", "meta", "location"):
        assert out[key] == ig_service[key]
    assert errors(check_resource(out, for_submission=True)) == []


def test_a_new_unit_gets_the_mandatory_elements_and_a_client_identifier():
    node = _node("UO", champ="04", type_offre="21")
    resource = {"resourceType": "HealthcareService", "specialty": [
        {"coding": [{"system": S.R211_ACTIVITE, "code": "293"}]}], "characteristic": [
        {"coding": [{"system": S.R213_MODE_PEC, "code": "46"}]}], "extension": [
        {"url": S.EXT_PATIENT_TYPE, "extension": [{"url": "ageRange", "valueRange": {"low": {"value": 60}}}]}]}
    out = to_resource(node, _fiche(resource), f"urn:uuid:{UID}")
    assert "id" not in out
    assert out["identifier"][0]["system"] == S.NODE_UID_SYSTEM and out["identifier"][0]["value"] == UID
    assert out["identifier"][0]["type"]["coding"][0]["code"] == S.R355_OFFRE
    urls = {e["url"] for e in out["extension"]}
    assert {S.EXT_SENSITIVE_UNIT, S.EXT_CREATION_DATE, S.EXT_PATIENT_TYPE} <= urls
    assert S.PROFILE["HealthcareService"] in out["meta"]["profile"]
    assert check_resource(out, for_submission=True) == []
    _validate(out)


@pytest.mark.parametrize("kind,code", [("P", "1"), ("PM", "1"), ("S", "2"), ("S2", "2"), ("UF", "3")])
def test_internal_units_round_trip(kind, code):
    node = _node(kind, name="Pôle Médecine")
    out = to_resource(node, _fiche(), "Organization/eg1")
    assert out["partOf"] == {"reference": "Organization/eg1"}
    types = [c for cc in out["type"] for c in cc["coding"] if c["system"] == S.R207_TYPE_OI]
    assert [c["code"] for c in types] == [code]
    oi = [i for i in out["identifier"] if i["system"] == S.OI_SYSTEM]
    assert oi[0]["value"] == UID and oi[0]["type"]["coding"][0]["code"] == S.R345_OI
    assert errors(check_resource(out, for_submission=True)) == []
    _validate(out)
    out["id"] = "srv-1"
    item = apply_resource(out)
    assert item.columns["kind"] == kind and item.uid == UID and item.parent == "Organization/eg1"


def test_establishments_round_trip_with_finess_values():
    data = {"adresse": "12 RUE PASTEUR\nBP 4", "code_postal": "35000", "ville": "RENNES",
            "telephone": "0299000000", "categorie_libelle": "Institut médico-éducatif (I.M.E.)"}
    eg = _node("EG", name="IME Le Moulin", finess="350000048", siret="57866880855776", categorie="183",
               server_id="eg-7", finess_data=data)
    out = to_resource(eg, _fiche(), "Organization/ej-1")
    assert out["address"][0]["line"] == ["12 RUE PASTEUR", "BP 4"] and out["telecom"][0]["value"] == "0299000000"
    assert errors(check_resource(out, for_submission=True)) == []
    _validate(out)
    item = apply_resource(out)
    assert item.columns == {"kind": "EG", "name": "IME Le Moulin", "finess": "350000048", "departement": "35",
                            "siret": "57866880855776", "categorie": "183"}
    ej = _node("EJ", name="Association", finess="010000016", siren="259880003")
    out = to_resource(ej, _fiche(), None)
    assert "partOf" not in out and apply_resource({**out, "id": "ej"}).columns["siren"] == "259880003"
    assert errors(check_resource(out, for_submission=True)) == []


def test_server_organization_keeps_its_elements_and_its_identifier_slices():
    server = {"resourceType": "Organization", "id": "1111", "meta": {"versionId": "3",
              "lastUpdated": "2026-01-01T00:00:00Z"}, "name": "Quiétude",
              "identifier": [{"use": "official", "type": {"coding": [{"system": S.G07_ID_TYPE, "code": "1"}]},
                              "system": S.FINESS_SYSTEM, "value": "010000016"}],
              "extension": [{"url": S.EXT_CREATION_DATE, "valueDateTime": "2023-12-09T14:30:00+01:00"},
                            {"url": S.ror_ext("ror-organization-accomodation-family"), "valueBoolean": False}]}
    item = apply_resource(server)
    assert item.version == "3" and item.columns["kind"] == "EJ"
    out = to_resource(_node_from_item(item, finess="010000016"), _fiche(item.resource), None)
    # Only meta.profile is added (the ROR profile the resource claims); everything else is as it came.
    assert out["meta"].pop("profile") == [S.PROFILE["Organization"]]
    assert out == server


def test_capacities_go_to_a_location_and_come_back(reference):
    base = {"resourceType": "Location", "id": "888888", "extension": [
        {"url": S.EXT_COMMUNE_COG, "valueCodeableConcept": {"coding": [{"system": S.R13_COMMUNE, "code": "01053"}]}},
        {"url": S.EXT_SUPPORTED_CAPACITY, "extension": [
            {"url": "capacityType", "valueCodeableConcept": {"coding": [{"system": S.R329_NATURE_CAPACITE,
                                                                         "code": "01"}]}},
            {"url": "capacityStatus", "valueCodeableConcept": {"coding": [{"system": S.R330_STATUT_CAPACITE,
                                                                           "code": "01"}]}},
            {"url": "temporalityCapacity", "valueCodeableConcept": {"coding": [{"system": "urn:t", "code": "01"}]}},
            {"url": "nbCapacity", "valueInteger": 30},
            {"url": "capacitySourceType", "valueCodeableConcept": {"coding": [{"system": "urn:s", "code": "01"}]}},
            {"url": "temporaryAssignement", "valueCodeableConcept": {"coding": [{"system": "urn:a", "code": "01"}]}},
        ]}]}
    service = json.loads((reference / HS_EXAMPLE).read_text(encoding="utf-8"))
    node = _node_from_item(apply_resource(service))
    out = resources_for(node, _fiche(service), "Organization/999999", location_base=base)
    assert [r["resourceType"] for r in out] == ["HealthcareService", "Location"]
    hs, loc = out
    assert hs["location"] == [{"reference": "Location/888888"}]  # already there: not added twice
    parts = {p["url"] for p in loc["extension"][1]["extension"]}
    assert "capacityUpdateDate" in parts  # the date of the update the mapping adds
    assert errors(check_resource(loc, for_submission=True)) == []
    _validate(loc)
    pulled = apply_resource(loc)
    assert isinstance(pulled, PulledLocation) and pulled.capacities[0]["count"] == 30
    assert capacities_answers(loc)[0]["item"]["uo.capacites.nombre"] == [{"valueInteger": 30}]
    assert capacities_of({"resourceType": "Location"}) == []


def test_elementary_unit_organizations_are_folded_into_their_parent():
    unit = {"resourceType": "Organization", "id": "ue1", "partOf": {"reference": "Organization/uf1"},
            "type": [{"coding": [{"system": S.R207_TYPE_OI, "code": "4"}]}]}
    uf = {"resourceType": "Organization", "id": "uf1", "partOf": {"reference": "https://ror.example/fhir/Organization/eg1"},
          "type": [{"coding": [{"system": S.R207_TYPE_OI, "code": "3"}]}]}
    hs = {"resourceType": "HealthcareService", "id": "hs1", "providedBy": {"reference": "Organization/ue1"}}
    assert kind_of(unit) is None
    items = pulled_items({"Organization": [unit, uf], "HealthcareService": [hs]})
    assert [(i.server_id, i.columns["kind"], i.parent) for i in items] == [
        ("uf1", "UF", "Organization/eg1"), ("hs1", "UO", "Organization/uf1")]


def test_demo_workspace_becomes_a_valid_published_bundle(tmp_path):
    path = tmp_path / "demo.sqlite"
    make_demo(path).close()
    bundle = workspace_to_bundle(path)
    _validate(bundle)
    resources = [e["resource"] for e in bundle["entry"]]
    ids = {f"{r['resourceType']}/{r['id']}" for r in resources}
    assert len(ids) == len(resources)
    for r in resources:
        ref = (r.get("partOf") or r.get("providedBy") or {}).get("reference")
        if ref:
            assert ref in ids, f"{r['resourceType']}/{r['id']} points at {ref}, not in the Bundle"
        assert r["meta"]["lastUpdated"]
        _validate(r)
    items = pulled_items({t: [r for r in resources if r["resourceType"] == t]
                          for t in ("Organization", "HealthcareService")})
    kinds = Counter(i.columns["kind"] for i in items)
    assert kinds == Counter({"EJ": 4, "EG": 6, "P": 5, "S": 7, "UF": 7, "UO": 33}), kinds
    # Demo fiches without problems give resources with no profile error once published.
    blocking = [r for r in resources if errors(check_resource(r))]
    assert len(blocking) <= 4, [str(p) for r in blocking for p in errors(check_resource(r))][:5]


def test_sandbox_seeds_itself_from_a_workspace(tmp_path):
    from sandbox.seeding import read_seed

    path = tmp_path / "demo.sqlite"
    make_demo(path).close()
    bundle = read_seed(path)
    assert {e["resource"]["resourceType"] for e in bundle["entry"]} == {"Organization", "HealthcareService"}


def test_location_id_is_stable():
    assert location_id(UID) == location_id(UID) != location_id("other")

"""Profile check of incoming resources (422 + FHIRPath), ValueSet/$expand and the shipped Questionnaires."""
from __future__ import annotations

import copy
import json
from dataclasses import dataclass

from sandbox.server import SandboxThread


@dataclass
class Problem:
    path: str
    message: str


def needs_a_name(resource: dict) -> list[Problem]:
    """A small profile rule, standing in for the app's check where its exact rules do not matter."""
    return [] if resource.get("name") else [Problem(f"{resource['resourceType']}.name", "Le nom est obligatoire.")]


def test_resources_breaking_the_profile_are_refused_with_their_paths(tmp_path):
    with SandboxThread(tmp_path / "srv", checker=needs_a_name) as server, server.client() as client:
        refused = client.post("/HealthcareService", json={"resourceType": "HealthcareService"})
        assert refused.status_code == 422
        outcome = refused.json()
        assert outcome["resourceType"] == "OperationOutcome"
        assert outcome["issue"][0]["expression"] == ["HealthcareService.name"]
        assert client.post("/HealthcareService", json={"resourceType": "HealthcareService",
                                                       "name": "UO"}).status_code == 201
        bundle = client.post("/Bundle", json={"resourceType": "Bundle", "type": "collection", "entry": [
            {"fullUrl": "urn:uuid:1", "resource": {"resourceType": "Organization", "name": "ok"}},
            {"fullUrl": "urn:uuid:2", "resource": {"resourceType": "Organization"}}]})
        assert bundle.status_code == 422
        assert bundle.json()["issue"][0]["expression"] == ["Bundle.entry[1].resource.name"]
        assert client.post("/Task", json={"resourceType": "Task"}).status_code == 201, "Tasks are not checked"
        assert server.store.counts()["Bundle"] == 0


def test_the_apps_profile_check_is_used_by_default(tmp_path, reference):
    example = json.loads((reference / "ror-ig" / "examples" / "HealthcareService-1234564.json").read_text())
    broken = copy.deepcopy(example)
    del broken["type"]
    with SandboxThread(tmp_path / "srv") as server, server.client() as client:
        assert client.post("/HealthcareService", json=example).status_code == 201
        refused = client.post("/HealthcareService", json=broken)
        assert refused.status_code == 422
        expressions = [e for i in refused.json()["issue"] for e in i.get("expression", [])]
        assert any(e.startswith("HealthcareService.type") for e in expressions)


def test_valueset_expand_answers_from_the_nomenclature_pack(tmp_path):
    from app.models.nomenclatures import NomenclaturePack

    valueset = NomenclaturePack.default().get("JDV_J55-CategorieEG-ROR")
    assert valueset is not None, "the nomenclature pack ships with the app"
    url = valueset.url
    with SandboxThread(tmp_path / "srv", checker=None) as server, server.client() as client:
        expanded = client.get("/ValueSet/$expand", params={"url": url})
        assert expanded.status_code == 200, expanded.text
        body = expanded.json()
        assert body["url"] == valueset.url and body["version"] == valueset.version
        assert len(body["expansion"]["contains"]) == min(len(valueset.concepts), 1000)
        first = valueset.concepts[0]
        assert body["expansion"]["contains"][0]["code"] == first.code
        assert client.get("/ValueSet/$expand", params={"url": "urn:unknown"}).status_code == 404
        assert client.get("/ValueSet/$expand").status_code == 400


def test_questionnaires_are_searchable_by_url_and_context(tmp_path):
    questionnaire = {"resourceType": "Questionnaire", "url": "urn:test:q", "version": "2", "status": "active",
                     "name": "FicheUO", "useContext": [{"code": {"code": "focus"}, "valueCodeableConcept": {
                         "coding": [{"system": "urn:champ", "code": "01"}]}}]}
    with SandboxThread(tmp_path / "srv", checker=None) as server, server.client() as client:
        shipped = client.get("/Questionnaire", params={"_summary": "count"}).json()["total"]
        assert shipped == server.store.counts()["Questionnaire"]
        rid = client.post("/Questionnaire", json=questionnaire).json()["id"]

        def ids(**params):
            return [e["resource"]["id"] for e in client.get("/Questionnaire", params=params).json().get("entry", [])]

        assert ids(url="urn:test:q") == [rid]
        assert ids(context="urn:champ|01") == [rid]
        assert ids(context="01", url="urn:test:q") == [rid]
        assert ids(context="urn:champ|02") == []
    with SandboxThread(tmp_path / "srv", checker=None) as server:
        assert server.store.counts()["Questionnaire"] == shipped + 1, "restarting does not load them twice"

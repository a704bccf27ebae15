"""The sandbox's FHIR contract over real HTTP: metadata, tokens, auth, versions, conditional writes, search."""
from __future__ import annotations

from datetime import UTC, datetime

import httpx
import pytest

from sandbox.server import SandboxThread, login

OAUTH_URIS = "http://fhir-registry.smarthealthit.org/StructureDefinition/oauth-uris"


@pytest.fixture
def server(tmp_path):
    with SandboxThread(tmp_path / "srv", password="pw-api", checker=None) as running:
        yield running


@pytest.fixture
def client(server):
    with server.client() as c:
        yield c


def org(name: str, value: str | None = None, **extra) -> dict:
    resource = {"resourceType": "Organization", "name": name, **extra}
    if value:
        resource["identifier"] = [{"system": "urn:test", "value": value}]
    return resource


def test_metadata_is_public_and_names_the_token_endpoint(server):
    response = httpx.get(server.base_url + "/metadata")
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("application/fhir+json")
    statement = response.json()
    assert statement["resourceType"] == "CapabilityStatement"
    types = {r["type"] for r in statement["rest"][0]["resource"]}
    assert {"Organization", "HealthcareService", "Location", "Bundle", "Task", "Questionnaire", "ValueSet"} <= types
    oauth = next(e for e in statement["rest"][0]["security"]["extension"] if e["url"] == OAUTH_URIS)
    token_url = next(e["valueUri"] for e in oauth["extension"] if e["url"] == "token")
    assert token_url == server.base_url + "/token"


def test_token_flow_with_password_refresh_and_wrong_password(server):
    tokens = login(server.base_url, "pw-api")
    assert tokens["token_type"] == "bearer" and tokens["expires_in"] > 0
    wrong = httpx.post(server.base_url + "/token", data={"grant_type": "password", "username": "demo",
                                                         "password": "nope"})
    assert wrong.status_code == 400 and wrong.json()["error"] == "invalid_grant"
    refreshed = httpx.post(server.base_url + "/token", data={"grant_type": "refresh_token",
                                                             "refresh_token": tokens["refresh_token"]})
    assert refreshed.status_code == 200
    new_access = refreshed.json()["access_token"]
    assert new_access != tokens["access_token"]
    again = httpx.post(server.base_url + "/token", data={"grant_type": "refresh_token",
                                                         "refresh_token": tokens["refresh_token"]})
    assert again.status_code == 400, "a refresh token is used only once"
    assert httpx.get(server.base_url + "/Organization",
                     headers={"Authorization": f"Bearer {new_access}"}).status_code == 200
    assert httpx.post(server.root_url + "/token", data={"grant_type": "password", "username": "demo",
                                                        "password": "pw-api"}).status_code == 200


@pytest.mark.parametrize("headers", [{}, {"Authorization": "Bearer not-a-token"}, {"Authorization": "Basic x"}])
def test_every_fhir_route_but_metadata_needs_a_bearer_token(server, headers):
    for method, path in [("GET", "/Organization"), ("GET", "/Organization/x"), ("POST", "/Organization"),
                         ("PUT", "/Organization/x"), ("DELETE", "/Organization/x")]:
        response = httpx.request(method, server.base_url + path, headers=headers, json=org("A"))
        assert response.status_code == 401, (method, path)
        assert response.json()["resourceType"] == "OperationOutcome"
    assert httpx.post(server.root_url + "/admin/tasks/x/accept", headers=headers).status_code == 401


def test_create_read_update_versions_and_etags(client):
    created = client.post("/Organization", json=org("Clinique A"))
    assert created.status_code == 201
    body = created.json()
    rid = body["id"]
    assert body["meta"]["versionId"] == "1" and body["meta"]["lastUpdated"]
    assert created.headers["etag"] == 'W/"1"' and created.headers["last-modified"].endswith("GMT")
    assert created.headers["location"].endswith(f"/Organization/{rid}/_history/1")
    read = client.get(f"/Organization/{rid}")
    assert read.json()["name"] == "Clinique A" and read.headers["etag"] == 'W/"1"'
    updated = client.put(f"/Organization/{rid}", json={**read.json(), "name": "Clinique B"},
                         headers={"If-Match": 'W/"1"'})
    assert updated.status_code == 200 and updated.headers["etag"] == 'W/"2"'
    assert client.get(f"/Organization/{rid}/_history/1").json()["name"] == "Clinique A"
    assert client.get(f"/Organization/{rid}/_history/2").json()["name"] == "Clinique B"
    history = client.get(f"/Organization/{rid}/_history").json()
    assert [e["resource"]["meta"]["versionId"] for e in history["entry"]] == ["2", "1"]
    assert client.get("/Organization/unknown").status_code == 404
    assert client.get("/Patient/1").status_code == 404


def test_if_match_mismatch_is_412_and_missing_if_match_is_428(client):
    rid = client.post("/Organization", json=org("A")).json()["id"]
    client.put(f"/Organization/{rid}", json=org("B", id=rid), headers={"If-Match": 'W/"1"'})
    stale = client.put(f"/Organization/{rid}", json=org("C", id=rid), headers={"If-Match": 'W/"1"'})
    assert stale.status_code == 412
    assert stale.json()["resourceType"] == "OperationOutcome"
    assert stale.headers["etag"] == 'W/"2"'
    assert client.put(f"/Organization/{rid}", json=org("C", id=rid)).status_code == 428
    assert client.get(f"/Organization/{rid}").json()["name"] == "B"
    put_new = client.put("/Organization/chosen-id", json=org("New", id="chosen-id"))
    assert put_new.status_code == 201 and put_new.json()["meta"]["versionId"] == "1"
    assert client.put(f"/Organization/{rid}", json=org("X", id="other")).status_code == 400


def test_if_none_exist_never_makes_a_second_copy(client):
    header = {"If-None-Exist": "identifier=urn:test|sub-1"}
    first = client.post("/Bundle", json={"resourceType": "Bundle", "type": "collection",
                                         "identifier": {"system": "urn:test", "value": "sub-1"}}, headers=header)
    second = client.post("/Bundle", json={"resourceType": "Bundle", "type": "collection",
                                          "identifier": {"system": "urn:test", "value": "sub-1"}}, headers=header)
    assert first.status_code == 201 and second.status_code == 200
    assert first.json()["id"] == second.json()["id"]
    assert client.get("/Bundle", params={"_summary": "count"}).json()["total"] == 1
    by_value = client.post("/Organization", json=org("A", "v1"), headers={"If-None-Exist": "identifier=v1"})
    again = client.post("/Organization", json=org("A", "v1"), headers={"If-None-Exist": "identifier=v1"})
    assert (by_value.status_code, again.status_code) == (201, 200)


def test_delete_is_a_tombstone_hidden_from_search(client):
    rid = client.post("/Organization", json=org("Gone", "g")).json()["id"]
    assert client.delete(f"/Organization/{rid}").status_code == 204
    assert client.get(f"/Organization/{rid}").status_code == 410
    assert client.get("/Organization", params={"identifier": "g"}).json()["total"] == 0
    assert client.delete(f"/Organization/{rid}").status_code == 204


def test_paging_through_next_links_never_repeats_or_skips(server, client):
    with server.store.transaction():
        for i in range(450):
            server.store.write("Organization", f"o{i:03d}", org(f"Org {i}"))
    seen, url, pages = [], "/Organization?_count=100", 0
    while url:
        page = client.get(url).json()
        assert page["total"] == 450
        seen += [e["resource"]["id"] for e in page.get("entry", [])]
        url = next((link["url"] for link in page["link"] if link["relation"] == "next"), None)
        pages += 1
        if pages == 2:  # a write in the middle of the walk moves that resource to the end, never skips one
            server.store.write("Organization", "o000", org("Org 0 renamed"))
    assert pages == 5
    assert len(set(seen)) == 450 and sorted(set(seen)) == sorted(f"o{i:03d}" for i in range(450))
    assert client.get("/Organization", params={"_count": "5000"}).json()["total"] == 450
    assert len(client.get("/Organization", params={"_count": "5000"}).json()["entry"]) == 450
    assert len(client.get("/Organization").json()["entry"]) == 200


def test_last_updated_filters_and_summary_count(client):
    first = client.post("/Organization", json=org("Before")).json()
    mark = first["meta"]["lastUpdated"]
    later = client.post("/Organization", json=org("After")).json()
    found = client.get("/Organization", params={"_lastUpdated": f"gt{mark}"}).json()
    assert [e["resource"]["id"] for e in found["entry"]] == [later["id"]]
    ge = client.get("/Organization", params={"_lastUpdated": f"ge{mark}"}).json()
    assert ge["total"] == 2
    lt = client.get("/Organization", params=[("_lastUpdated", f"lt{later['meta']['lastUpdated']}")]).json()
    assert [e["resource"]["id"] for e in lt["entry"]] == [first["id"]]
    offset = datetime.fromisoformat(mark).astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S+00:00")
    assert client.get("/Organization", params={"_lastUpdated": f"gt{offset}"}).json()["total"] >= 1
    count = client.get("/Organization", params={"_summary": "count"}).json()
    assert count["total"] == 2 and "entry" not in count
    assert client.get("/Organization", params={"_lastUpdated": "gtyesterday"}).status_code == 400


def test_search_parameters(client):
    eg = client.post("/Organization", json=org("Établissement Sainte-Anne", "eg1")).json()
    ej = client.post("/Organization",
                     json=org("Entité", "ej1", type=[{"coding": [{"system": "urn:t", "code": "EJ"}]}])).json()
    client.put(f"/Organization/{eg['id']}", headers={"If-Match": 'W/"1"'},
               json={**eg, "partOf": {"reference": f"Organization/{ej['id']}"}})
    hs = client.post("/HealthcareService", json={"resourceType": "HealthcareService", "name": "Urgences",
                                                  "providedBy": {"reference": f"Organization/{eg['id']}"},
                                                  "type": [{"coding": [{"system": "urn:t", "code": "U1"}]}]}).json()

    def ids(path, **params):
        response = client.get(path, params=params)
        assert response.status_code == 200, response.text
        return [e["resource"]["id"] for e in response.json().get("entry", [])]

    assert ids("/Organization", name="SAINTE anne") == [eg["id"]]
    assert ids("/Organization", name="etablissement") == [eg["id"]]
    assert ids("/Organization", partof=f"Organization/{ej['id']}") == [eg["id"]]
    assert ids("/Organization", partof=ej["id"]) == [eg["id"]]
    assert ids("/Organization", identifier="urn:test|ej1") == [ej["id"]]
    assert ids("/Organization", identifier="urn:other|ej1") == []
    assert ids("/Organization", type="EJ") == [ej["id"]]
    assert ids("/Organization", type="urn:t|EJ") == [ej["id"]]
    assert ids("/HealthcareService", organization=f"Organization/{eg['id']}") == [hs["id"]]
    assert ids("/HealthcareService", organization=eg["id"], type="U1") == [hs["id"]]
    assert ids("/Organization", _id=f"{eg['id']},{ej['id']}", _sort="_lastUpdated") == [ej["id"], eg["id"]]
    assert client.get("/Organization", params={"nonsense": "1"}).status_code == 400
    task = client.post("/Task", json={"resourceType": "Task", "status": "requested", "intent": "order",
                                      "focus": {"reference": f"Organization/{eg['id']}"}}).json()
    assert ids("/Task", status="requested", focus=f"Organization/{eg['id']}") == [task["id"]]
    assert ids("/Task", status="completed") == []


def test_admin_edit_makes_a_version_behind_the_apps_back(server, client):
    rid = client.post("/Organization", json=org("Original")).json()["id"]
    edited = client.post(f"{server.root_url}/admin/edit/Organization/{rid}", json={"set": {"name": "Changed"}})
    assert edited.status_code == 200 and edited.headers["etag"] == 'W/"2"'
    stale = client.put(f"/Organization/{rid}", json=org("Mine", id=rid), headers={"If-Match": 'W/"1"'})
    assert stale.status_code == 412
    assert client.post(f"{server.root_url}/admin/edit/Organization/missing", json={"set": {}}).status_code == 404

"""Search pages are sent as the store holds each resource (no decoding and encoding again): what a client reads
is still exactly what was written, with `_include`, `_elements` and a write after a read."""
from __future__ import annotations

import json

from sandbox.server import SandboxThread
from sandbox.store import Store


def test_a_search_page_carries_each_resource_as_written(tmp_path):
    with SandboxThread(tmp_path / "srv", checker=None) as server, server.client() as client:
        loc = client.post("/Location", json={"resourceType": "Location", "name": "Bâtiment « A »",
                                             "alias": ['quote " and \\ backslash']}).json()
        org = client.post("/Organization", json={"resourceType": "Organization", "name": "EG"}).json()
        hs = client.post("/HealthcareService", json={
            "resourceType": "HealthcareService", "name": "Unité été",
            "providedBy": {"reference": f"Organization/{org['id']}"},
            "location": [{"reference": f"Location/{loc['id']}"}]}).json()
        page = client.get("/HealthcareService", params={"_include": "HealthcareService:location"})
        assert page.headers["content-type"].startswith("application/fhir+json")
        bundle = json.loads(page.content)
        assert bundle["total"] == 1 and bundle["link"][0]["relation"] == "self"
        assert [(e["search"]["mode"], e["resource"]) for e in bundle["entry"]] == [("match", hs), ("include", loc)]
        assert bundle["entry"][0]["fullUrl"].endswith(f"/HealthcareService/{hs['id']}")
        listed = client.get("/HealthcareService", params={"_elements": "id,meta"}).json()["entry"][0]["resource"]
        assert set(listed) == {"resourceType", "id", "meta"} and listed["meta"]["tag"][0]["code"] == "SUBSETTED"
        assert client.get(f"/Location/{loc['id']}").json() == loc


def test_a_row_changed_after_reading_is_sent_changed(tmp_path):
    store = Store.open(tmp_path / "srv", create=True)
    try:
        store.write("Organization", "a", {"resourceType": "Organization", "name": "Avant"})
        row = store.read("Organization", "a")
        assert row is not None and json.loads(row.text())["name"] == "Avant"
        row.content["name"] = "Après"
        assert json.loads(row.text())["name"] == "Après"
    finally:
        store.close()

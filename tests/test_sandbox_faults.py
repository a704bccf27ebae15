"""Fault injection at rate 1.0, one kind at a time: each answers as announced and never half-applies a write."""
from __future__ import annotations

import httpx
import pytest

from sandbox.server import SandboxThread, login


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    with SandboxThread(tmp_path_factory.mktemp("faults") / "srv", password="pw-f", checker=None) as running:
        yield running


@pytest.fixture
def client(server):
    with server.client() as c:
        yield c
        c.post(f"{server.root_url}/admin/faults", json={"rate": 0})


def faults(client, server, kind: str) -> None:
    answer = client.post(f"{server.root_url}/admin/faults", json={"rate": 1.0, "kinds": [kind]})
    assert answer.status_code == 200 and answer.json() == {"rate": 1.0, "kinds": [kind]}


def count(server) -> int:
    return server.store.counts()["Organization"]


@pytest.mark.parametrize("kind", ["500", "503", "429"])
def test_error_answers_change_nothing(server, client, kind):
    faults(client, server, kind)
    before = count(server)
    response = client.post("/Organization", json={"resourceType": "Organization", "name": "X"})
    assert response.status_code == int(kind)
    assert response.json()["resourceType"] == "OperationOutcome"
    if kind in ("503", "429"):
        assert response.headers["retry-after"] == "1"
    assert client.get("/Organization").status_code == int(kind)
    assert count(server) == before


def test_dropped_connection_gets_no_answer_and_changes_nothing(server, client):
    faults(client, server, "drop")
    before = count(server)
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/Organization", json={"resourceType": "Organization", "name": "X"})
    with pytest.raises(httpx.RemoteProtocolError):
        client.get("/Organization")
    assert count(server) == before


def test_slow_answers_are_normal_answers(server, client):
    faults(client, server, "slow")
    assert client.get("/Organization").status_code == 200


def test_concurrent_edit_makes_the_if_match_fail(server, client):
    rid = client.post("/Organization", json={"resourceType": "Organization", "name": "X"}).json()["id"]
    faults(client, server, "conflict")
    assert client.get(f"/Organization/{rid}").status_code == 200, "reads are not concerned"
    stale = client.put(f"/Organization/{rid}", json={"resourceType": "Organization", "id": rid, "name": "Y"},
                       headers={"If-Match": 'W/"1"'})
    assert stale.status_code == 412
    assert stale.headers["etag"] == 'W/"2"'
    assert server.store.read("Organization", rid).content["name"] == "X"


def test_drop_after_commit_is_what_if_none_exist_protects_against(server, client):
    faults(client, server, "drop-after-commit")
    before = count(server)
    body = {"resourceType": "Organization", "name": "Once", "identifier": [{"system": "urn:t", "value": "once"}]}
    condition = {"If-None-Exist": "identifier=urn:t|once"}
    with pytest.raises(httpx.RemoteProtocolError):
        client.post("/Organization", json=body, headers=condition)
    assert count(server) == before + 1, "the write was done before the connection dropped"
    client.post(f"{server.root_url}/admin/faults", json={"rate": 0})
    retry = client.post("/Organization", json=body, headers=condition)
    assert retry.status_code == 200
    assert count(server) == before + 1


@pytest.mark.parametrize("kind", ["500", "drop"])
def test_metadata_and_token_are_never_faulted(server, client, kind):
    faults(client, server, kind)
    assert httpx.get(server.base_url + "/metadata").status_code == 200
    assert login(server.base_url, "pw-f")["access_token"]


def test_fault_settings_are_checked(server, client):
    assert client.post(f"{server.root_url}/admin/faults", json={"rate": 2}).status_code == 400
    assert client.post(f"{server.root_url}/admin/faults", json={"kinds": ["fire"]}).status_code == 400

"""Dossier validation on the sandbox: Bundle + Task, accept (applied, urn:uuids mapped), reject with notes."""
from __future__ import annotations

import shutil
import subprocess
import sys
import uuid

import pytest

from sandbox.server import SandboxThread
from sandbox.workflow import NOTE_FICHE_URL, TASK_CODE_SYSTEM

SUBMISSION = "urn:ror-referent:submission"


@pytest.fixture
def server(tmp_path):
    with SandboxThread(tmp_path / "srv", password="pw-wf", checker=None) as running:
        yield running


def ror_sandbox() -> list[str]:
    found = shutil.which("ror-sandbox")
    return [found] if found else [sys.executable, "-m", "sandbox.cli"]


def send_dossier(client, eg_id: str, removed: str | None = None) -> tuple[dict, str, str, str]:
    """POST the Bundle then the Task as the app does; return (task, urn of new UO, urn of new OI, submission)."""
    submission = str(uuid.uuid4())
    urn_hs, urn_oi = f"urn:uuid:{uuid.uuid4()}", f"urn:uuid:{uuid.uuid4()}"
    eg = client.get(f"/Organization/{eg_id}").json()
    entries = [
        {"fullUrl": urn_oi, "resource": {"resourceType": "Organization", "name": "Pôle médecine",
                                         "partOf": {"reference": f"Organization/{eg_id}"}}},
        {"fullUrl": urn_hs, "resource": {"resourceType": "HealthcareService", "name": "UO cardiologie",
                                         "providedBy": {"reference": urn_oi}}},
        {"fullUrl": f"{client.base_url}/Organization/{eg_id}", "resource": {**eg, "name": "EG renommé"}},
    ]
    if removed:
        entries.append({"request": {"method": "DELETE", "url": f"HealthcareService/{removed}"}})
    condition = {"If-None-Exist": f"identifier={SUBMISSION}|{submission}"}
    bundle = client.post("/Bundle", headers=condition, json={
        "resourceType": "Bundle", "type": "collection",
        "identifier": {"system": SUBMISSION, "value": submission}, "entry": entries})
    assert bundle.status_code == 201, bundle.text
    task = client.post("/Task", headers=condition, json={
        "resourceType": "Task", "status": "requested", "intent": "order",
        "identifier": [{"system": SUBMISSION, "value": submission}],
        "code": {"coding": [{"system": TASK_CODE_SYSTEM, "code": "dossier-validation"}]},
        "focus": {"reference": f"Organization/{eg_id}"},
        "input": [{"type": {"text": "dossier"}, "valueReference": {"reference": f"Bundle/{bundle.json()['id']}"}}]})
    assert task.status_code == 201, task.text
    return task.json(), urn_hs, urn_oi, submission


def make_eg(client) -> tuple[str, str]:
    eg = client.post("/Organization", json={"resourceType": "Organization", "name": "EG"}).json()
    old = client.post("/HealthcareService", json={"resourceType": "HealthcareService", "name": "Ancienne UO",
                                                   "providedBy": {"reference": f"Organization/{eg['id']}"}}).json()
    return eg["id"], old["id"]


def test_accept_applies_the_bundle_and_maps_each_urn_uuid(server):
    with server.client() as client:
        eg_id, old_id = make_eg(client)
        task, urn_hs, urn_oi, _ = send_dossier(client, eg_id, removed=old_id)
        accepted = client.post(f"{server.root_url}/admin/tasks/{task['id']}/accept")
        assert accepted.status_code == 200, accepted.text
        done = client.get(f"/Task/{task['id']}").json()
        assert done["status"] == "completed"
        statuses = [e["resource"]["status"] for e in client.get(f"/Task/{task['id']}/_history").json()["entry"]]
        assert statuses == ["completed", "in-progress", "requested"]
        mapping = {o["type"]["text"]: o["valueReference"]["reference"] for o in done["output"]}
        assert set(mapping) == {urn_hs, urn_oi}
        hs = client.get(f"/{mapping[urn_hs]}").json()
        assert hs["providedBy"]["reference"] == mapping[urn_oi], "urn:uuid references are rewritten"
        oi = client.get(f"/{mapping[urn_oi]}").json()
        assert oi["partOf"]["reference"] == f"Organization/{eg_id}"
        eg = client.get(f"/Organization/{eg_id}")
        assert eg.json()["name"] == "EG renommé" and eg.headers["etag"] == 'W/"2"'
        assert client.get(f"/HealthcareService/{old_id}").status_code == 410
        again = client.post(f"{server.root_url}/admin/tasks/{task['id']}/accept")
        assert again.status_code == 409 and again.json()["resourceType"] == "OperationOutcome"


def test_reject_with_comment_and_a_note_per_fiche(server):
    with server.client() as client:
        eg_id, _ = make_eg(client)
        task, urn_hs, _, _ = send_dossier(client, eg_id)
        rejected = client.post(f"{server.root_url}/admin/tasks/{task['id']}/reject", json={
            "comment": "Dossier incomplet", "notes": [{"fiche": urn_hs, "text": "Capacité manquante"},
                                                      {"fiche": f"Organization/{eg_id}", "text": "Nom à revoir"}]})
        assert rejected.status_code == 200, rejected.text
        done = client.get(f"/Task/{task['id']}").json()
        assert done["status"] == "rejected" and done["statusReason"]["text"] == "Dossier incomplet"
        fiches = [n["extension"][0]["valueReference"]["reference"] for n in done["note"]]
        assert fiches == [urn_hs, f"Organization/{eg_id}"]
        assert all(n["extension"][0]["url"] == NOTE_FICHE_URL for n in done["note"])
        assert urn_hs in done["note"][0]["text"] and "Capacité manquante" in done["note"][0]["text"]
        assert client.get("/HealthcareService", params={"name": "cardiologie"}).json()["total"] == 0
        assert client.post(f"{server.root_url}/admin/tasks/{task['id']}/reject",
                           json={"notes": []}).status_code == 400


def test_retried_dossier_submission_makes_no_second_copy(server):
    with server.client() as client:
        eg_id, _ = make_eg(client)
        task, _, _, submission = send_dossier(client, eg_id)
        condition = {"If-None-Exist": f"identifier={SUBMISSION}|{submission}"}
        retry = client.post("/Task", headers=condition, json={"resourceType": "Task", "status": "requested",
                                                              "intent": "order"})
        assert retry.status_code == 200 and retry.json()["id"] == task["id"]
        assert client.get("/Task", params={"_summary": "count"}).json()["total"] == 1


def test_auto_validate_accepts_each_task_as_it_is_posted(tmp_path):
    with SandboxThread(tmp_path / "auto", password="pw", checker=None, auto_validate=True) as server:
        with server.client() as client:
            eg_id, _ = make_eg(client)
            task, urn_hs, _, _ = send_dossier(client, eg_id)
            assert task["status"] == "completed"
            assert urn_hs in {o["type"]["text"] for o in task["output"]}


def test_validate_cli_works_while_the_server_runs(server):
    with server.client() as client:
        eg_id, _ = make_eg(client)
        first, _, _, _ = send_dossier(client, eg_id)
        second, urn_hs, _, _ = send_dossier(client, eg_id)
        data = str(server.store.path.parent)
        listed = subprocess.run([*ror_sandbox(), "tasks", "--data", data], capture_output=True, text=True)
        assert listed.returncode == 0 and first["id"] in listed.stdout and "requested" in listed.stdout
        accepted = subprocess.run([*ror_sandbox(), "validate", first["id"], "--data", data, "--accept"],
                                  capture_output=True, text=True)
        assert accepted.returncode == 0, accepted.stderr
        assert client.get(f"/Task/{first['id']}").json()["status"] == "completed"
        rejected = subprocess.run([*ror_sandbox(), "validate", second["id"], "--data", data, "--reject",
                                   "Revoir la capacité", "--note", urn_hs, "Capacité absente"],
                                  capture_output=True, text=True)
        assert rejected.returncode == 0, rejected.stderr
        task = client.get(f"/Task/{second['id']}").json()
        assert task["status"] == "rejected" and task["statusReason"]["text"] == "Revoir la capacité"
        assert task["note"][0]["extension"][0]["valueReference"]["reference"] == urn_hs
        again = subprocess.run([*ror_sandbox(), "validate", second["id"], "--data", data, "--accept"],
                               capture_output=True, text=True)
        assert again.returncode == 2 and "déjà traitée" in again.stderr and "Traceback" not in again.stderr
        unknown = subprocess.run([*ror_sandbox(), "validate", "nope", "--data", data, "--accept"],
                                 capture_output=True, text=True)
        assert unknown.returncode == 2 and "introuvable" in unknown.stderr

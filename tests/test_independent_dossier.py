"""A dossier's validation against a FHIR R4 server the project did not write (tests/independent_server.py:
Medplum's FHIR router, pinned), which writes no Task.output and applies no Bundle: a Task completed there
without the content reopens the dossier; completed with the content on the server, it is published; a Task
deleted there reopens the dossier and blocks nothing."""
from __future__ import annotations

import json

import httpx
import pytest

from app.models.kinds import Kind
from app.models.store import Workspace
from app.sync import engine_perimeter
from app.sync.client import FhirClient
from app.sync.engine import SyncEngine
from tests.independent_server import seeded_independent

GROUP_EGS = ("010000081", "130000094")
JSON = {"Content-Type": "application/fhir+json"}


@pytest.fixture
def synced(tmp_path):
    """The independent server seeded with the demo's published state, and a workspace that pulled two EGs."""
    with seeded_independent(tmp_path) as (server, _demo, _bundle):
        ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
        engine_perimeter.remember(ws, GROUP_EGS)
        with FhirClient(server.base_url) as client:
            engine = SyncEngine(ws, client)
            assert engine.run().ok
            yield server, ws, engine
        ws.close()


def _send(ws, engine):
    eg = next(r for r in ws.nodes.all() if r.kind == Kind.EG)
    under = {eg.id}
    for r in sorted(ws.nodes.all(), key=lambda r: r.id):
        if r.parent_id in under:
            under.add(r.id)
    uos = [r for r in ws.nodes.all() if r.id in under and r.kind == Kind.UO]
    new_id = next(iter(ws.nodes.duplicate(uos[0].id).inserted))
    for uo in [*uos, ws.nodes.get(new_id)]:
        ws.fiches.finalise(uo.id, problems=0)
    report = engine.send(eg.id)
    d = ws.dossiers.of(eg.id)
    assert report.ok and d.state == "in_validation", report.errors
    return eg, new_id, d


def _complete(server, task_id):
    """The validator's side on a plain FHIR server: the Task completed, no output."""
    task = httpx.get(f"{server.base_url}/Task/{task_id}", timeout=30).json()
    task["status"] = "completed"
    httpx.put(f"{server.base_url}/Task/{task_id}", json=task, headers=JSON, timeout=30).raise_for_status()


def _apply(server, bundle):
    """Apply the dossier's creates and updates by hand, as an independent validator would (urn references
    replaced by the ids the server gives)."""
    ids: dict[str, str] = {}
    entries = bundle["entry"]
    for entry in sorted(entries, key=lambda e: e["resource"]["resourceType"] != "Location"):
        text = json.dumps(entry["resource"])
        for urn, ref in ids.items():
            text = text.replace(f'"{urn}"', f'"{ref}"')
        resource = json.loads(text)
        if entry["request"]["method"] == "POST":
            made = httpx.post(f"{server.base_url}/{resource['resourceType']}", json=resource, headers=JSON,
                              timeout=30)
            made.raise_for_status()
            ids[entry["fullUrl"]] = f"{resource['resourceType']}/{made.json()['id']}"
        else:
            server.put(resource)


def test_a_task_completed_on_the_independent_server_publishes_only_what_it_holds(synced):
    server, ws, engine = synced
    eg, new_id, d = _send(ws, engine)
    _complete(server, d.task_id)
    report = engine.run()
    assert ws.dossiers.of(eg.id).state == "open" and ws.dossiers.of(eg.id).comments["key"] == "dossier-not-on-server"
    assert any("n'y sont pas telles qu'envoyées" in e for e in report.errors), report.errors
    assert ws.nodes.get(new_id).server_id is None and ws.nodes.get(new_id).dirty
    assert engine.run().ok, "nothing else blocked"

    again = engine.send(eg.id)
    assert again.ok and again.sent, again.errors
    sent = httpx.get(f"{server.base_url}/Bundle/{ws.dossiers.of(eg.id).bundle_id}", timeout=30).json()
    _apply(server, sent)
    _complete(server, again.sent[0])
    done = engine.run()
    assert done.ok and done.published == 1, done.errors
    node = ws.nodes.get(new_id)
    assert node.server_id and not node.dirty
    assert server.read("HealthcareService", node.server_id).json()["name"] == node.name


def test_a_task_deleted_on_the_independent_server_reopens_the_dossier(synced):
    server, ws, engine = synced
    eg, new_id, d = _send(ws, engine)
    httpx.delete(f"{server.base_url}/Task/{d.task_id}", timeout=30).raise_for_status()
    report = engine.run()
    assert ws.dossiers.of(eg.id).state == "open" and ws.dossiers.of(eg.id).comments["key"] == "dossier-task-gone"
    assert any("n'existe plus sur le serveur" in e for e in report.errors), report.errors
    assert ws.nodes.get(new_id).dirty
    assert engine.run().ok

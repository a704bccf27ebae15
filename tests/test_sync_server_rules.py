"""Writes go as the server's CapabilityStatement allows, against a real sandbox on 127.0.0.1 seeded with the
demo: the sandbox declares the ROR's rules (PUT on HealthcareService, JSON Patch on Organization and Location),
so Organizations and Locations go as PATCH with If-Match; a server that opens no write on Organization keeps
the change in the outbox and says why."""
from __future__ import annotations

import pytest

from app.models.kinds import Kind
from app.models.store import Workspace
from app.sync.session import open_session
from sandbox import fhir_routes
from sandbox.server import SandboxThread
from sandbox.workflow import accept
from tests.sync_support import demo_with_seed
from tests.test_server_rules import ror_statement
from tests.test_sync_locations import _capacity, _counts, _ehpad_uo

PW = "pw-rules-51d0"


@pytest.fixture
def server(tmp_path, kr):
    ws, seed = demo_with_seed(tmp_path)
    ws.close()
    with SandboxThread(tmp_path / "srv", password=PW, seed=seed) as running:
        yield running


def _session(tmp_path, server, calls: list):
    """A new workspace pulled from the server, its exchanges (method, path, status) recorded in `calls`."""
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)
    journal = client.on_exchange

    def record(method: str, path: str, status: int, seconds: float, attempt: int) -> None:
        calls.append((method, path, status))
        if journal is not None:
            journal(method, path, status, seconds, attempt)

    client.on_exchange = record
    report = engine.run()
    assert report.ok, report.errors
    calls.clear()
    return ws, engine, client


def _pole(ws):
    return next(r for r in ws.nodes.all() if r.kind == Kind.P and r.server_id)


def _writes(calls: list) -> list[tuple[str, str, int]]:
    return [c for c in calls if c[0] in ("PUT", "PATCH", "POST", "DELETE")]


def test_an_organization_change_goes_as_patch_with_if_match_and_arrives(tmp_path, server):
    calls: list = []
    ws, engine, client = _session(tmp_path, server, calls)
    try:
        assert engine.rules.write("Organization") == "patch" and engine.rules.write("HealthcareService") == "update"
        pole = _pole(ws)
        before = server.store.read("Organization", pole.server_id)
        fiche = ws.fiches.get(pole.id)
        alias = ["Pôle renommé par correctif"]
        ws.fiches.save(pole.id, fiche.answers, resource={**(fiche.resource or {}), "alias": alias}, in_dossier=False)
        report = engine.run(pull=False)
    finally:
        client.close()
    assert report.ok and report.pushed == 1, report.errors
    assert _writes(calls) == [("PATCH", f"/fhir/Organization/{pole.server_id}", 200)]  # If-Match or a 428
    after = server.store.read("Organization", pole.server_id)
    assert after.content["alias"] == alias and int(after.version) == int(before.version) + 1
    assert after.content["name"] == before.content["name"]
    assert not ws.nodes.get(pole.id).dirty and ws.outbox.count() == 0
    assert ws.server.view(pole.id).node.server_version == str(after.version)
    ws.close()


def test_an_organization_rename_in_a_dossier_goes_as_a_patch_entry_and_is_published(tmp_path, server):
    calls: list = []
    ws, engine, client = _session(tmp_path, server, calls)
    try:
        pole = _pole(ws)
        based_on = ws.server.view(pole.id).node.server_version
        ws.nodes.rename(pole.id, "Pôle renommé")
        structure = ws.dossiers.all()[0].structure_id
        sent = engine.send(structure, direction_confirmed=True)
        assert sent.ok and len(sent.sent) == 1, sent.errors
        d = ws.dossiers.of(structure)
        bundle = server.store.read("Bundle", d.bundle_id).content
        (entry,) = [e for e in bundle["entry"] if e["request"]["url"] == f"Organization/{pole.server_id}"]
        assert entry["request"]["method"] == "PATCH" and entry["resource"]["resourceType"] == "Binary"
        assert entry["request"]["ifMatch"] == f'W/"{based_on}"'
        accept(server.store, d.task_id)
        done = engine.run()
    finally:
        client.close()
    assert done.ok and done.published == 1, done.errors
    assert server.store.read("Organization", pole.server_id).content["name"] == "Pôle renommé"
    assert not [c for c in calls if c[0] == "PUT" and "/Organization/" in c[1]]
    assert ws.dossiers.of(structure).state == "published" and not ws.nodes.get(pole.id).dirty
    ws.close()


def test_a_uos_location_goes_as_patch_and_a_412_keeps_the_change_with_the_reason(tmp_path, server):
    calls: list = []
    ws, engine, client = _session(tmp_path, server, calls)
    try:
        _, uo = _ehpad_uo(ws)
        answers = dict(ws.fiches.get(uo.id).answers)
        answers["uo.capacites"] = [_capacity("01", 12)]
        ws.fiches.save(uo.id, answers, in_dossier=False)
        assert engine.run(pull=False).ok
        loc_id = ws.fiches.get(uo.id).location["id"]
        calls.clear()
        answers = dict(ws.fiches.get(uo.id).answers)
        answers["uo.capacites"] = [_capacity("01", 14)]
        ws.fiches.save(uo.id, answers, in_dossier=False)
        assert engine.run(pull=False).ok
        assert ("PATCH", f"/fhir/Location/{loc_id}", 200) in calls
        assert not [c for c in calls if c[0] == "PUT" and "/Location/" in c[1]]
        assert _counts(server.store.read("Location", loc_id).content) == [14]
        # someone else changes the Location meanwhile: our PATCH on the old version meets a 412
        theirs = server.store.read("Location", loc_id).content
        server.store.write("Location", loc_id, {**theirs, "alias": ["Changé ailleurs"]})
        calls.clear()
        answers = dict(ws.fiches.get(uo.id).answers)
        answers["uo.capacites"] = [_capacity("01", 20)]
        ws.fiches.save(uo.id, answers, in_dossier=False)
        report = engine.run(pull=False)
    finally:
        client.close()
    assert ("PATCH", f"/fhir/Location/{loc_id}", 412) in calls
    assert _counts(server.store.read("Location", loc_id).content) == [14]  # nothing overwritten
    assert report.failed == 1 and any("modifiées sur le serveur" in e for e in report.errors)
    assert ws.outbox.count() >= 1 and ws.nodes.get(uo.id).dirty  # the change is kept, to retry
    ws.close()


def test_a_server_that_opens_no_write_on_organizations_keeps_the_change_and_says_why(tmp_path, server,
                                                                                      monkeypatch):
    monkeypatch.setattr(fhir_routes, "capability_statement", lambda base, instant: ror_statement())
    calls: list = []
    ws, engine, client = _session(tmp_path, server, calls)
    try:
        assert engine.rules.write("Organization") is None
        pole = _pole(ws)
        before = server.store.read("Organization", pole.server_id)
        fiche = ws.fiches.get(pole.id)
        ws.fiches.save(pole.id, fiche.answers, resource={**(fiche.resource or {}), "alias": ["Jamais envoyé"]},
                       in_dossier=False)
        waiting = ws.outbox.count()
        report = engine.run(pull=False)
        again = engine.run(pull=False)
    finally:
        client.close()
    assert _writes(calls) == []  # nothing the server does not declare is tried
    assert server.store.read("Organization", pole.server_id).version == before.version
    assert ws.outbox.count() == waiting >= 1 and ws.nodes.get(pole.id).dirty
    assert not any(e.state == "failed" for e in ws.outbox.pending())
    (error,) = report.errors
    assert error.startswith(pole.name) and "ni par PUT ni par PATCH" in error and "ressources Organization" in error
    assert "reste en attente d'envoi" in error and again.errors == report.errors
    ws.close()


def test_without_conditional_create_a_new_location_is_looked_for_before_it_is_created(tmp_path, server,
                                                                                        monkeypatch):
    from sandbox.capability import capability_statement

    def no_conditional_create(base: str, instant: str) -> dict:
        statement = capability_statement(base, instant)
        for entry in statement["rest"][0]["resource"]:
            entry.pop("conditionalCreate", None)
        return statement

    monkeypatch.setattr(fhir_routes, "capability_statement", no_conditional_create)
    calls: list = []
    ws, engine, client = _session(tmp_path, server, calls)
    try:
        assert not engine.rules.conditional_create("Location")
        _, uo = _ehpad_uo(ws)
        assert not (ws.fiches.get(uo.id).location or {}).get("id")
        answers = dict(ws.fiches.get(uo.id).answers)
        answers["uo.capacites"] = [_capacity("01", 9)]
        ws.fiches.save(uo.id, answers, in_dossier=False)
        report = engine.run(pull=False)
    finally:
        client.close()
    assert report.ok, report.errors
    location_calls = [c for c in calls if c[1] == "/fhir/Location"]
    assert location_calls == [("GET", "/fhir/Location", 200), ("POST", "/fhir/Location", 201)]
    loc_id = ws.fiches.get(uo.id).location["id"]
    assert _counts(server.store.read("Location", loc_id).content) == [9] and server.store.counts()["Location"] == 1
    ws.close()


def test_a_dossier_the_server_could_not_take_is_not_sent_and_says_which_write_is_missing(tmp_path, server,
                                                                                         monkeypatch):
    """The ROR's statement opens no write on Organization and no Bundle or Task at all: sending a dossier that
    renames a pôle sends nothing; the dossier and its change wait, and the report says which write is missing."""
    monkeypatch.setattr(fhir_routes, "capability_statement", lambda base, instant: ror_statement())
    calls: list = []
    ws, engine, client = _session(tmp_path, server, calls)
    try:
        pole = _pole(ws)
        ws.nodes.rename(pole.id, "Pôle renommé")
        structure = ws.dossiers.all()[0].structure_id
        sent = engine.send(structure, direction_confirmed=True)
    finally:
        client.close()
    assert _writes(calls) == [] and sent.sent == []
    assert ws.dossiers.of(structure).state == "queued" and ws.nodes.get(pole.id).dirty
    assert [r.refusal.key for r in sent.reasons] == ["sync-create-unsupported"]
    assert sent.reasons[0].refusal.args_["what"] == "Bundle" and "reste en attente d'envoi" in sent.errors[0]
    ws.close()

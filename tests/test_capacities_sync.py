"""Lits et places reach the server as the ROR accepts them: one JSON Patch of the Location per unit, with
If-Match on the version the figures were based on; against the sandbox on 127.0.0.1."""
from __future__ import annotations

import httpx
import pytest

from app.models import capacities as C
from app.models.capacity_fhir import capacity_extensions, figures_of
from app.models.store import Workspace
from app.models.workflow import OutboxOp
from app.sync.client import FhirClient, RetryPolicy
from app.sync.engine import SyncEngine
from app.sync.session import open_session
from sandbox.server import SandboxThread
from tests.capacity_support import location_for, published_units
from tests.independent_server import IndependentServer, missing
from tests.sync_support import memory_keyring

PW = "pw-capacities-7d21"


@pytest.fixture
def server(tmp_path):
    memory_keyring()
    with SandboxThread(tmp_path / "srv", password=PW) as running:
        yield running


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "ws.sqlite", create=True)
    yield w
    w.close()


def _session(ws, server, calls):
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW,
                                  retry=RetryPolicy(attempts=2, total=3, base=0.05, cap=0.1))
    journal = client.on_exchange

    def exchange(method, path, status, seconds, attempt):
        calls.append((method, path, status))
        journal(method, path, status, seconds, attempt)

    client.on_exchange = exchange
    return engine, client


def _push(ws, server):
    """One sync that only pushes: its report and the requests it made (method, path, status)."""
    calls: list = []
    engine, client = _session(ws, server, calls)
    try:
        return engine.run(pull=False), calls
    finally:
        client.close()


def _server_figures(server, rid):
    return figures_of(server.store.read("Location", rid).content)


def test_fifteen_units_go_as_fifteen_patches_and_read_back_equal(ws, server):
    eg, uos = published_units(ws, server.store, 15)
    for i, nid in enumerate(uos):
        ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 20 + i, C.DISPONIBLES: i, C.OCCUPES: 10})
    report, calls = _push(ws, server)
    assert report.ok, report.errors
    patches = [c for c in calls if c[0] == "PATCH"]
    assert len(patches) <= 15 and all(c[2] == 200 for c in patches) and report.pushed == 15
    for i, nid in enumerate(uos):
        fig = _server_figures(server, f"loc-690000017-{i}")[(C.LIT, "", C.COURANT)]
        assert fig.counts == {C.INSTALLES: 20 + i, C.DISPONIBLES: i, C.OCCUPES: 10}
        assert fig.source == C.SAISIE_MANUELLE
        row = ws.capacities.row(nid, C.LIT)
        assert row.sync_state == C.SYNCED and row.error is None
    # the other extensions of the Location are kept
    kept = server.store.read("Location", "loc-690000017-0").content["extension"]
    assert any(e["url"].endswith("ror-commune-cog") for e in kept)
    assert not [e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY]


def test_two_changes_while_offline_go_as_one_patch(ws, server):
    eg, (nid,) = published_units(ws, server.store, 1)
    calls: list = []
    engine, client = _session(ws, server, calls)
    try:
        server.sandbox.faults.rate, server.sandbox.faults.kinds = 1.0, ("drop",)
        ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 12, C.DISPONIBLES: 5})
        offline = engine.run(pull=False)
        assert not offline.ok
        ws.capacities.set(nid, C.LIT, C.COURANT, {C.DISPONIBLES: 2})
        assert len([e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY]) == 1
        assert ws.capacities.row(nid, C.LIT).sync_state == C.PENDING
        server.sandbox.faults.rate = 0.0
        calls.clear()
        report = engine.run(pull=False)
    finally:
        client.close()
    assert report.ok, report.errors
    assert [c[0] for c in calls if c[0] == "PATCH"] == ["PATCH"]
    assert _server_figures(server, "loc-690000017-0")[(C.LIT, "", C.COURANT)].counts == {C.INSTALLES: 12,
                                                                                          C.DISPONIBLES: 2}
    assert [dict(h.counts)[C.DISPONIBLES] for h in ws.capacities.history(nid)] == [5, 2]  # history stays here


def test_a_412_becomes_a_conflict_on_the_row(ws, server):
    eg, (nid,) = published_units(ws, server.store, 1)
    ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 12, C.DISPONIBLES: 5})
    theirs = location_for("Unité 000")
    theirs["extension"].append({"url": "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/"
                                       "ror-location-supported-capacity", "extension": [
        {"url": "capacityType", "valueCodeableConcept": {"coding": [{"system": C.NATURE_SYSTEM, "code": "01"}]}},
        {"url": "capacityStatus", "valueCodeableConcept": {"coding": [{"system": C.STATUS_SYSTEM, "code": "02"}]}},
        {"url": "temporalityCapacity", "valueCodeableConcept": {"coding": [{"system": C.TEMPORALITY_SYSTEM,
                                                                            "code": "01"}]}},
        {"url": "nbCapacity", "valueInteger": 9},
        {"url": "capacitySourceType", "valueCodeableConcept": {"coding": [{"system": C.SOURCE_SYSTEM, "code": "02"}]}},
        {"url": "capacityUpdateDate", "valueDateTime": "2026-11-30T10:00:00+00:00"},
        {"url": "temporaryAssignement", "valueCodeableConcept": {"coding": [{"system": C.ASSIGNMENT_SYSTEM,
                                                                             "code": "01"}]}}]})
    server.store.write("Location", "loc-690000017-0", theirs)  # someone else's change: version 2
    calls: list = []
    engine, client = _session(ws, server, calls)
    try:
        engine.run(pull=False)
        assert ("PATCH", "/fhir/Location/loc-690000017-0", 412) in calls
        row = ws.capacities.row(nid, C.LIT)
        assert row.sync_state == C.CONFLICT and dict(row.counts) == {C.INSTALLES: 12, C.DISPONIBLES: 5}
        assert _server_figures(server, "loc-690000017-0")[(C.LIT, "", C.COURANT)].counts == {C.DISPONIBLES: 9}
        # keeping mine sends the figures again on top of the server's version
        ws.capacities.resolve(nid, keep_mine=True)
        report = engine.run(pull=False)
    finally:
        client.close()
    assert report.ok, report.errors
    assert ws.capacities.row(nid, C.LIT).sync_state == C.SYNCED
    assert _server_figures(server, "loc-690000017-0")[(C.LIT, "", C.COURANT)].counts == {C.INSTALLES: 12,
                                                                                          C.DISPONIBLES: 5}


def test_a_refusal_keeps_the_figures_with_the_reason(ws, server):
    eg, (nid,) = published_units(ws, server.store, 1)
    ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 12})
    server.store.write("Location", "loc-690000017-0", None, deleted=True)  # gone on the server meanwhile
    report, calls = _push(ws, server)
    assert not report.ok and report.failed == 1
    row = ws.capacities.row(nid, C.LIT)
    assert row.sync_state == C.REFUSED and dict(row.counts) == {C.INSTALLES: 12}
    assert row.error and "supprimé" in row.error
    entry = next(e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY)
    assert entry.state == "failed" and entry.last_error == row.error


def _token(server):
    answer = httpx.post(server.base_url + "/token", data={"grant_type": "password", "username": "demo",
                                                          "password": PW})
    return {"Authorization": f"Bearer {answer.json()['access_token']}"}


def test_sandbox_patch_needs_if_match_and_refuses_a_broken_profile(server):
    row = server.store.write("Location", "loc-x", location_for("Unité X"))
    headers = {**_token(server), "Content-Type": "application/json-patch+json"}
    url = f"{server.base_url}/Location/loc-x"
    good = [{"op": "add", "path": "/name", "value": "Unité X bis"}]
    assert httpx.patch(url, json=good, headers=headers).status_code == 428
    stale = httpx.patch(url, json=good, headers={**headers, "If-Match": 'W/"7"'})
    assert stale.status_code == 412 and stale.json()["resourceType"] == "OperationOutcome"
    done = httpx.patch(url, json=good, headers={**headers, "If-Match": f'W/"{row.version}"'})
    assert done.status_code == 200 and done.json()["name"] == "Unité X bis" and done.headers["ETag"] == 'W/"2"'
    broken = [{"op": "replace", "path": "/extension", "value": row.content["extension"] + [
        {"url": "https://interop.esante.gouv.fr/ig/fhir/ror/StructureDefinition/ror-location-supported-capacity",
         "extension": [{"url": "nbCapacity", "valueInteger": -3}]}]}]
    refused = httpx.patch(url, json=broken, headers={**headers, "If-Match": 'W/"2"'})
    assert refused.status_code == 422
    issues = refused.json()["issue"]
    assert any("capacityType" in " ".join(i.get("expression", [])) for i in issues)
    assert server.store.read("Location", "loc-x").version == 2  # nothing stored
    deep = [{"op": "replace", "path": "/extension/0/url", "value": "x"}]
    assert httpx.patch(url, json=deep, headers={**headers, "If-Match": 'W/"2"'}).status_code == 422
    # PATCH is open on Location and Organization only (the sandbox's CapabilityStatement)
    other = httpx.patch(f"{server.base_url}/HealthcareService/x", json=good,
                        headers={**headers, "If-Match": 'W/"1"'})
    assert other.status_code == 405
    wrong_type = httpx.patch(url, json=good, headers={**_token(server), "If-Match": 'W/"2"'})
    assert wrong_type.status_code == 415


def test_a_patch_reaches_the_independent_server_and_reads_back_equal(ws):
    """Medplum's router applies the JSON Patch as the sandbox does (it does not check If-Match on PATCH: the
    412 path is tested against the sandbox above)."""
    problem = missing()
    assert problem is None, problem
    with IndependentServer() as server:
        eg, uos = published_units(ws, None, 2, publish=lambda rid, loc: server.put({**loc, "id": rid}))
        ws.capacities.set(uos[0], C.LIT, C.COURANT, {C.INSTALLES: 30, C.DISPONIBLES: 4, C.FERMES: 2})
        ws.capacities.set(uos[1], C.PLACE, C.PREVISIONNEL_24H, {C.DISPONIBLES: 3}, source="bed-management")
        client = FhirClient(server.base_url)
        try:
            report = SyncEngine(ws, client).run(pull=False)
        finally:
            client.close()
        assert report.ok and report.pushed == 2, report.errors
        for nid, rid in zip(uos, ("loc-690000017-0", "loc-690000017-1"), strict=True):
            answer = server.read("Location", rid)
            assert answer.status_code == 200
            back = answer.json()
            sent = ws.fiches.get(nid).location
            assert capacity_extensions(back) == capacity_extensions(sent)  # the acknowledged copy is kept
            assert back["meta"]["versionId"] == sent["meta"]["versionId"]
            assert any(e["url"].endswith("ror-commune-cog") for e in back["extension"])
        assert figures_of(server.read("Location", "loc-690000017-0").json())[(C.LIT, "", C.COURANT)].counts == {
            C.INSTALLES: 30, C.DISPONIBLES: 4, C.FERMES: 2}
        fig = figures_of(server.read("Location", "loc-690000017-1").json())[(C.PLACE, "", C.PREVISIONNEL_24H)]
        assert fig.counts == {C.DISPONIBLES: 3} and fig.source == C.BED_MANAGEMENT
        assert {r.sync_state for r in ws.capacities.rows([eg])} == {C.SYNCED}


def test_a_patch_whose_answer_was_lost_is_acknowledged_not_conflicted(ws, server):
    eg, (nid,) = published_units(ws, server.store, 1)
    ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 8, C.DISPONIBLES: 1})
    calls: list = []
    engine, client = _session(ws, server, calls)
    journal = client.on_exchange

    def exchange(method, path, status, seconds, attempt):
        if status == 0:  # the connection was closed after the write: the retry meets a 412
            server.sandbox.faults.rate = 0.0
        journal(method, path, status, seconds, attempt)

    client.on_exchange = exchange
    server.sandbox.faults.rate, server.sandbox.faults.kinds = 1.0, ("drop-after-commit",)
    try:
        report = engine.run(pull=False)
    finally:
        client.close()
    assert report.ok, report.errors
    assert [c[2] for c in calls if c[0] == "PATCH"] == [0, 412]
    assert ws.capacities.row(nid, C.LIT).sync_state == C.SYNCED
    assert server.store.read("Location", "loc-690000017-0").version == 2  # written once


def test_units_without_a_location_wait_or_say_why(ws, server):
    from app.models.kinds import Kind

    eg, (published,) = published_units(ws, server.store, 1)
    new = ws.nodes.create(eg, Kind.UO, ["Unité nouvelle"]).inserted.pop()  # never sent: goes with its dossier
    bare = ws.nodes.create(eg, Kind.UO, ["Unité sans lieu"], answers={"uo.nom": [{"valueString": "x"}]}).inserted.pop()
    from app.models.pulled import Ack

    ws.server.in_step([Ack(node_id=bare, server_id="hs-bare", version="1", resource=None, stamp=None)],
                      [e.id for e in ws.outbox.entries() if e.node_id == bare])
    for nid in (new, bare):
        ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 4})
    report, calls = _push(ws, server)
    assert not [c for c in calls if c[0] == "PATCH"]
    assert ws.capacities.row(new, C.LIT).sync_state == C.PENDING  # waits for its fiche
    waiting = next(e for e in ws.outbox.entries() if e.node_id == new and e.op == OutboxOp.CAPACITY)
    assert waiting.state == "pending" and waiting.attempts == 0
    row = ws.capacities.row(bare, C.LIT)
    assert row.sync_state == C.REFUSED and "Location" in row.error and report.failed == 1
    # kept as a refusal too, on the row, in the outbox and in the report: the window says it in English
    from app.models.refusals import reason_from_json

    assert reason_from_json(row.reason).key == "capacity-no-location"
    assert {reason_from_json(e.last_reason).key for e in ws.outbox.entries() if e.node_id == bare
            and e.op == OutboxOp.CAPACITY} == {"capacity-no-location"}
    assert [r.refusal.key for r in report.reasons] == ["capacity-no-location"]


def test_a_location_changed_elsewhere_but_not_its_figures_is_patched_on_top(ws, server):
    eg, (nid,) = published_units(ws, server.store, 1)
    ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 6})
    renamed = dict(server.store.read("Location", "loc-690000017-0").content)
    renamed["name"] = "Unité renommée ailleurs"
    server.store.write("Location", "loc-690000017-0", renamed)  # version 2, same (no) figures
    report, calls = _push(ws, server)
    assert report.ok, report.errors
    assert [c[2] for c in calls if c[0] == "PATCH"] == [412, 200]
    stored = server.store.read("Location", "loc-690000017-0").content
    assert stored["name"] == "Unité renommée ailleurs"  # their change kept
    assert figures_of(stored)[(C.LIT, "", C.COURANT)].counts == {C.INSTALLES: 6}
    assert ws.capacities.row(nid, C.LIT).sync_state == C.SYNCED

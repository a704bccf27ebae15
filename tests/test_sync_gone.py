"""Resources deleted on the server, end to end against a real sandbox: the reconciliation tombstones them,
a local edit waiting for one becomes a visible conflict ('deleted'), and the user sends it again or lets it
go."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

from app.sync import engine_reconcile
from app.sync import engine_resources as res
from app.sync.session import open_session
from tests.test_sync_engine import PW, _edit, _uos, demo, pulled, server  # noqa: F401 - fixtures
from tests.test_sync_locations import _capacity

HS = "HealthcareService"


def _complete_uos(ws, demo):  # noqa: F811 - the fixture's value
    """Published UOs whose fiche is complete (the server rightly refuses an update of an incomplete one)."""
    complete = {r.uid for r in demo[0].nodes.all() if r.kind == "UO" and r.problems == 0 and r.server_id}
    return [u for u in _uos(ws) if u.server_id in complete]


def _delete_on_server(server, server_id: str, rtype: str = HS) -> None:  # noqa: F811
    """Another client deletes the resource through the FHIR API."""
    with server.client() as other:
        assert other.delete(f"/{rtype}/{server_id}").status_code == 204
        assert other.get(f"/{rtype}/{server_id}").status_code == 410


def _states(ws, node_id: int) -> list[str]:
    return [e.state for e in ws.outbox.entries() if e.node_id == node_id]


def test_a_deletion_on_the_server_is_found_by_the_reconciliation(pulled, server, demo):  # noqa: F811
    ws, engine = pulled
    uo = _complete_uos(ws, demo)[0]
    _delete_on_server(server, uo.server_id)
    # a pull only sees what changed: a search never returns the deleted resource
    quiet = engine.run()
    assert quiet.ok and not quiet.reconciled and not ws.nodes.is_deleted(uo.id)
    report = engine.reconcile()
    assert report.ok and report.reconciled and report.gone == 1
    assert ws.nodes.is_deleted(uo.id) and not ws.nodes.get(uo.id).dirty
    assert report.changes.removed == {uo.id} and report.changes.nodes == {uo.id}
    assert ws.outbox.entries() == [], "nothing to tell the server: it knows"
    again = engine.reconcile()
    assert again.ok and again.gone == 0 and not again.changes


def test_the_first_sync_of_a_session_reconciles_then_every_24_hours(pulled, server, demo, kr):  # noqa: F811
    ws, _engine = pulled
    uo = _complete_uos(ws, demo)[0]
    _delete_on_server(server, uo.server_id)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)  # a new session
    try:
        first = engine.run()
        assert first.ok and first.reconciled and first.gone == 1 and ws.nodes.is_deleted(uo.id)
        assert first.changes.removed == {uo.id}
        second = engine.run()
        assert second.ok and not second.reconciled, "not on every sync"
        old = (datetime.now(UTC) - timedelta(hours=25)).isoformat(timespec="milliseconds")
        ws.settings.set(engine_reconcile.MARK, old)
        assert engine.run().reconciled
    finally:
        client.close()


def test_a_pending_edit_of_a_deleted_resource_becomes_a_visible_conflict(pulled, server, demo):  # noqa: F811
    ws, engine = pulled
    first, second = _complete_uos(ws, demo)[:2]
    # pushed: the PUT meets the deletion (410)
    _edit(ws, first.id, "saisie perdue ?")
    _delete_on_server(server, first.server_id)
    report = engine.run()
    assert report.gone == 1 and report.conflicts == 1 and report.failed == 0
    assert first.id in report.changes.updated and not report.changes.removed
    # found by a reconciliation while the edit still waits
    _edit(ws, second.id, "autre saisie")
    _delete_on_server(server, second.server_id)
    found = engine.reconcile()
    assert found.gone == 1 and found.changes.updated == {second.id}
    for node in (first, second):
        row = ws.nodes.get(node.id)
        assert row.conflict and not ws.nodes.is_deleted(node.id)
        assert _states(ws, node.id) == ["conflict"], "parked: not done, not failed"
    assert ws.outbox.failed() == [] and ws.outbox.count() == 0
    conflicts = {c.node_id: c for c in engine.conflicts()}
    assert set(conflicts) == {first.id, second.id}
    assert {c.reason for c in conflicts.values()} == {"deleted"}
    assert conflicts[first.id].theirs == {} and conflicts[first.id].fields == []
    assert conflicts[first.id].mine["comment"] == "saisie perdue ?"
    assert server.store.read(HS, first.server_id).deleted, "never resurrected behind the user's back"


def test_keep_sends_it_again_and_let_go_tombstones_it(pulled, server, demo):  # noqa: F811
    ws, engine = pulled
    kept, dropped = _complete_uos(ws, demo)[:2]
    for node, text in ((kept, "à garder"), (dropped, "à abandonner")):
        _edit(ws, node.id, text)
        _delete_on_server(server, node.server_id)
    assert engine.run().conflicts == 2
    services = server.store.counts()[HS]

    report = engine.resolve_deleted(kept.id, keep=True)
    assert report.ok and report.pushed == 1
    row = ws.nodes.get(kept.id)
    assert not row.conflict and not row.dirty and row.server_id and row.server_id != kept.server_id
    on_server = server.store.read(HS, row.server_id)
    assert not on_server.deleted and on_server.content["comment"] == "à garder"
    assert kept.id in report.changes.updated

    gone = engine.resolve_deleted(dropped.id, keep=False)
    assert gone.changes.removed == {dropped.id} and ws.nodes.is_deleted(dropped.id)
    assert not [e for e in ws.outbox.entries() if e.node_id in (kept.id, dropped.id)]
    assert engine.conflicts() == [] and ws.outbox.count() == 0
    assert server.store.counts()[HS] == services + 1, "one new resource, no duplicate"
    assert engine.run().ok and ws.nodes.is_deleted(dropped.id)


def test_a_conflict_settles_through_resolve_too(pulled, server, demo):  # noqa: F811
    ws, engine = pulled
    uo = _complete_uos(ws, demo)[0]
    _edit(ws, uo.id, "x")
    _delete_on_server(server, uo.server_id)
    engine.run()
    assert engine.resolve(uo.id, {"*": "theirs"}).changes.removed == {uo.id}
    assert ws.nodes.is_deleted(uo.id) and engine.conflicts() == []


def test_a_listing_that_would_empty_the_workspace_is_refused(pulled, server):  # noqa: F811
    ws, engine = pulled
    before = ws.nodes.stats()["nodes"]
    with server.store.transaction():
        for uo in _uos(ws):
            server.store.write(HS, uo.server_id, None, deleted=True)
    report = engine.reconcile()
    assert not report.ok and "Réconciliation interrompue" in report.errors[0]
    assert ws.nodes.stats()["nodes"] == before, "nothing removed"


def test_the_sandbox_lists_ids_and_versions_and_refuses_to_resurrect(server):  # noqa: F811
    with server.client() as client:
        page = client.get(f"/{HS}", params={"_elements": "id,meta", "_count": "2"}).json()
        first = page["entry"][0]["resource"]
        assert set(first) == {"resourceType", "id", "meta"} and first["meta"]["versionId"]
        assert any(t.get("code") == "SUBSETTED" for t in first["meta"]["tag"])
        following = next(link["url"] for link in page["link"] if link["relation"] == "next")
        assert "_elements=id%2Cmeta" in following
        named = client.get(f"/{HS}", params={"_elements": "name", "_count": "1"}).json()
        named = named["entry"][0]["resource"]
        assert set(named) == {"resourceType", "id", "meta", "name"}
        full = client.get(f"/{HS}/{first['id']}").json()
        assert client.delete(f"/{HS}/{first['id']}").status_code == 204
        version = first["meta"]["versionId"]
        put = client.put(f"/{HS}/{first['id']}", json=full, headers={"If-Match": f'W/"{version}"'})
        assert put.status_code == 410
        assert client.get(f"/{HS}/{first['id']}").status_code == 410


def test_a_change_the_pull_missed_is_read_again_with_its_capacities(pulled, server, demo):  # noqa: F811
    ws, engine = pulled
    uo = _complete_uos(ws, demo)[0]
    answers = dict(ws.fiches.get(uo.id).answers)
    answers["uo.capacites"] = [_capacity("01", 12)]
    ws.fiches.save(uo.id, answers, in_dossier=False)
    assert engine.run().ok and ws.fiches.get(uo.id).location["id"]
    # a server whose lastUpdated went backwards (clock, late commit): the pull's mark is past the change
    ws.settings.set("sync.last_pull.HealthcareService", "2999-01-01T00:00:00.000000Z")
    with server.client() as other:
        other.post(f"{server.root_url}/admin/edit/{HS}/{uo.server_id}",
                   json={"set": {"comment": "vu ailleurs"}})
    assert engine.run().pulled == 0
    report = engine.reconcile()
    assert report.ok and report.pulled == 1 and report.changes.updated == {uo.id} and not report.gone
    after = ws.fiches.get(uo.id)
    assert after.resource["comment"] == "vu ailleurs"
    counts = [c["item"]["uo.capacites.nombre"] for c in after.answers.get("uo.capacites") or []]
    assert counts == [[{"valueInteger": 12}]], "the service came back alone: its Location's answers stay"
    now = str(server.store.read(HS, uo.server_id).version)
    assert ws.server.live_server_ids(res.server_type)[HS][uo.server_id] == now

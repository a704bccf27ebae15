"""What the server refuses stays visible and can be retried; what fails for a while is never lost; every run's
report names exactly the nodes it changed. Against a real sandbox on 127.0.0.1."""
from __future__ import annotations

from app.sync.client import RetryPolicy
from app.sync.profile import Problem, check_resource
from app.sync.session import open_session
from tests.test_sync_engine import PW, _edit, _uos, demo, pulled, server  # noqa: F401 - fixtures
from tests.test_sync_gone import HS, _complete_uos, _delete_on_server

REFUSED = "Nom refusé par le serveur régional"


def _strict(resource, for_submission=False):
    """The ROR profile, plus a regional rule the server enforces (what a real server may add)."""
    problems = check_resource(resource, for_submission=for_submission)
    if resource.get("name") == "Unité Interdite":
        problems.append(Problem(f"{resource['resourceType']}.name", REFUSED, "error"))
    return problems


def _direct(ws, node_id):
    return [e for e in ws.outbox.entries() if e.node_id == node_id and e.dossier_id is None]


def test_a_refusal_stays_failed_with_the_message_and_retry_sends_it(pulled, server, demo):  # noqa: F811
    ws, engine = pulled
    uo = _complete_uos(ws, demo)[0]
    server.sandbox.checker = _strict
    ws.fiches.save(uo.id, ws.fiches.get(uo.id).answers, name="Unité Interdite", in_dossier=False)
    (entry,) = _direct(ws, uo.id)
    report = engine.run()
    assert not report.ok and report.failed == 1 and REFUSED in report.errors[0]
    (failed,) = ws.outbox.failed()
    assert failed.id == entry.id and REFUSED in failed.last_error and failed.attempts == 1
    assert ws.nodes.get(uo.id).dirty and ws.outbox.count() == 1, "still visible, counted in the status bar"
    assert server.store.read(HS, uo.server_id).content["name"] != "Unité Interdite"
    # the next syncs leave it alone (no blind resend) and never drop it
    again = engine.run()
    assert again.ok and again.failed == 0 and [e.id for e in ws.outbox.failed()] == [entry.id]
    # the rule changes on the server: the user retries, the next sync sends it
    server.sandbox.checker = check_resource
    retried = ws.outbox.retry([entry.id])
    assert retried.updated == {uo.id} and [e.id for e in ws.outbox.pending()] == [entry.id]
    sent = engine.run()
    assert sent.ok and sent.pushed == 1 and ws.outbox.entries() == [] and not ws.nodes.get(uo.id).dirty
    assert server.store.read(HS, uo.server_id).content["name"] == "Unité Interdite"


def test_server_errors_and_dropped_connections_leave_the_entries_pending(pulled, server, demo, kr):  # noqa: F811
    ws, _ = pulled
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW,
                                  retry=RetryPolicy(attempts=2, total=2, base=0.01))
    try:
        assert engine.run().ok
        uo = _complete_uos(ws, demo)[0]
        _edit(ws, uo.id, "pendant la panne")
        (entry,) = _direct(ws, uo.id)
        faults = server.sandbox.faults
        faults.rate, faults.kinds = 1.0, ("500",)
        broken = engine.run()
        assert not broken.ok and not broken.offline and broken.failed == 0
        (waiting,) = ws.outbox.pending()
        assert waiting.id == entry.id and waiting.attempts == 1 and waiting.last_error
        faults.kinds = ("drop",)
        dropped = engine.run()
        assert dropped.offline and [e.attempts for e in ws.outbox.pending()] == [2]
        assert ws.outbox.failed() == []
        faults.rate = 0.0
        back = engine.run()
        assert back.ok and back.pushed == 1 and ws.outbox.entries() == []
        assert server.store.read(HS, uo.server_id).content["comment"] == "pendant la panne"
    finally:
        client.close()


def test_the_report_names_exactly_the_nodes_that_changed(pulled, server, demo, kr):  # noqa: F811
    ws, _ = pulled
    pushed, pulled_uo, gone, untouched = _complete_uos(ws, demo)[:4]
    _edit(ws, pushed.id, "envoyée")
    with server.client() as other:
        edited = other.post(f"{server.root_url}/admin/edit/{HS}/{pulled_uo.server_id}",
                            json={"set": {"name": "Nom changé ailleurs"}})
        assert edited.status_code < 300
    _delete_on_server(server, gone.server_id)
    engine, client = open_session(ws, server.base_url, "demo", ask=lambda: PW)  # first sync of a session
    try:
        report = engine.run()
        quiet = engine.run()
    finally:
        client.close()
    assert report.ok and report.pushed == 1 and report.pulled == 1 and report.gone == 1 and report.reconciled
    changes = report.changes
    assert changes.updated == {pushed.id, pulled_uo.id}
    assert changes.removed == {gone.id}
    assert changes.nodes == {pushed.id, pulled_uo.id, gone.id} and untouched.id not in changes.nodes
    assert not changes.inserted and not changes.moved
    assert ws.nodes.get(pulled_uo.id).name == "Nom changé ailleurs"
    assert quiet.ok and not quiet.changes, "a sync with nothing to do changes nothing"

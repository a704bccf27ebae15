"""Resources deleted on the server: a node with nothing waiting is tombstoned; one whose local change waits
becomes a conflict the user decides, and its change is parked, never dropped."""
from __future__ import annotations

from app.models.kinds import Kind


def _published_uo(ws):
    return next(r for r in ws.nodes.all() if r.kind == Kind.UO and r.server_id and not r.dirty)


def test_a_resource_gone_from_the_server_tombstones_its_node(ws):
    uo = _published_uo(ws)
    before = ws.outbox.entries()
    changes = ws.server.gone([uo.server_id])
    assert changes.removed == {uo.id}
    assert ws.nodes.is_deleted(uo.id) and not ws.nodes.get(uo.id).dirty
    assert ws.outbox.entries() == before  # nothing to tell the server: it knows


def test_a_pending_local_edit_of_a_deleted_resource_becomes_a_visible_conflict(ws):
    uo = _published_uo(ws)
    fiche = ws.fiches.get(uo.id)
    edit = ws.fiches.save(uo.id, fiche.answers, in_dossier=False)
    changes = ws.server.gone([uo.server_id])
    assert changes.updated == {uo.id} and not changes.removed
    row = ws.nodes.get(uo.id)
    assert row.conflict and not ws.nodes.is_deleted(uo.id)
    assert uo.id in ws.conflicts.nodes()
    assert ws.conflicts.of(uo.id).reason == "deleted"
    parked = [e for e in ws.outbox.entries() if e.id in edit.outbox]
    assert [e.state for e in parked] == ["conflict"]  # kept, not done, not failed
    assert not any(e.id in edit.outbox for e in ws.outbox.pending())


def test_the_user_sends_it_again_or_lets_it_go(ws):
    uo = _published_uo(ws)
    ws.fiches.save(uo.id, ws.fiches.get(uo.id).answers, in_dossier=False)
    ws.server.gone([uo.server_id])
    kept = ws.conflicts.resolve_deleted(uo.id, keep=True)
    row = ws.nodes.get(uo.id)
    assert not row.conflict and row.server_id is None and row.dirty
    assert [e.op for e in ws.outbox.pending() if e.id in kept.outbox] == ["create"]

    other = next(r for r in ws.nodes.all() if r.kind == Kind.UO and r.server_id and not r.dirty)
    ws.fiches.save(other.id, ws.fiches.get(other.id).answers, in_dossier=False)
    ws.server.gone([other.server_id])
    assert ws.conflicts.resolve_deleted(other.id, keep=False).removed == {other.id}
    assert ws.nodes.is_deleted(other.id)
    assert not [e for e in ws.outbox.entries() if e.node_id == other.id]

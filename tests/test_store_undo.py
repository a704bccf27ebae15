"""Undo through the store: a change not sent yet is withdrawn with its outbox entries, so an undo leaves the
outbox as it was before; a change already sent goes back to the server as a change of its own."""
from __future__ import annotations

import pytest

from app.models.kinds import Kind
from app.models.store import RuleError


def _outbox(ws):
    return [(e.op, e.node_id, e.dossier_id, e.payload, e.state) for e in ws.outbox.entries()]


def _eg(ws):
    return next(r for r in ws.nodes.all() if r.kind == Kind.EG and r.domaine == "medico-social")


def test_undo_and_redo_of_500_created_units_leaves_the_outbox_as_before(ws):
    eg = _eg(ws)
    before, dossiers_before = _outbox(ws), ws.dossiers.all()
    names = [f"Unité {i:03d}" for i in range(500)]
    created = ws.nodes.create(eg.id, Kind.UO, names)
    assert len(created.inserted) == 500 and len(created.outbox) == 500
    uids = [r.uid for r in sorted(ws.nodes.rows(created.inserted), key=lambda r: r.position)]

    undone = ws.nodes.uncreate(sorted(created.inserted), created.dossiers)
    assert undone.removed == created.inserted
    assert _outbox(ws) == before
    assert ws.dossiers.all() == dossiers_before
    assert not ws.nodes.rows(created.inserted)  # gone for good, not tombstones

    redone = ws.nodes.create(eg.id, Kind.UO, names, uids=uids)
    assert [r.uid for r in sorted(ws.nodes.rows(redone.inserted), key=lambda r: r.position)] == uids
    assert len(_outbox(ws)) == len(before) + 500
    assert ws.nodes.uncreate(sorted(redone.inserted), redone.dossiers).removed == redone.inserted
    assert _outbox(ws) == before


def test_undoing_a_creation_that_was_sent_is_a_deletion_the_server_hears_of(ws):
    eg = _eg(ws)
    created = ws.nodes.create(eg.id, Kind.UO, ["Unité Envoyée"])
    (node_id,) = created.inserted
    ws.outbox.done(sorted(created.outbox))  # as if the sync had sent it
    undone = ws.nodes.uncreate([node_id], created.dossiers)
    assert undone.removed == {node_id}
    assert ws.nodes.is_deleted(node_id)
    assert [e.op for e in ws.outbox.pending()][-1] == "delete"


def test_undo_rename_move_delete_withdraw_their_entries(ws):
    eg = _eg(ws)
    uo = next(r for r in ws.nodes.children(eg.id) if r.kind == Kind.UO and r.server_id)
    before = _outbox(ws)
    renamed = ws.nodes.rename(uo.id, "Unité Renommée")
    ws.nodes.rename(uo.id, uo.name, undoing=renamed.outbox)
    assert _outbox(ws) == before and ws.nodes.get(uo.id).name == uo.name
    assert not ws.nodes.get(uo.id).dirty  # in step with the server again

    deleted = ws.nodes.delete(uo.id)
    ws.nodes.restore(uo.id, undoing=deleted.outbox)
    assert _outbox(ws) == before and not ws.nodes.is_deleted(uo.id)


def test_an_undo_after_the_change_was_sent_adds_the_opposite_change(ws):
    eg = _eg(ws)
    uo = next(r for r in ws.nodes.children(eg.id) if r.kind == Kind.UO and r.server_id)
    renamed = ws.nodes.rename(uo.id, "Unité Renommée")
    ws.outbox.done(sorted(renamed.outbox))
    back = ws.nodes.rename(uo.id, uo.name, undoing=renamed.outbox)
    assert back.outbox and ws.outbox.pending()[-1].op == "rename"


def test_rename_reaches_the_fiche_so_the_form_shows_the_same_name(ws):
    eg = _eg(ws)
    uo = next(r for r in ws.nodes.children(eg.id) if r.kind == Kind.UO and r.server_id)
    answers = ws.fiches.get(uo.id).answers
    ws.fiches.save(uo.id, answers, resource={"resourceType": "HealthcareService", "name": uo.name})
    ws.nodes.rename(uo.id, "Unité Hébergement Temporaire")
    fiche = ws.fiches.get(uo.id)
    assert fiche.answers["uo.nom"] == [{"valueString": "Unité Hébergement Temporaire"}]
    assert fiche.resource["name"] == "Unité Hébergement Temporaire"


def test_a_restore_under_a_deleted_parent_is_refused(ws):
    eg = _eg(ws)
    uf = ws.nodes.create(eg.id, Kind.UF, ["Unité Fonctionnelle"]).inserted.pop()
    uo = ws.nodes.create(uf, Kind.UO, ["Unité Dessous"]).inserted.pop()
    ws.nodes.delete(uo)
    ws.nodes.delete(uf)
    with pytest.raises(RuleError) as refused:
        ws.nodes.restore(uo)
    assert refused.value.key == "deleted-parent"

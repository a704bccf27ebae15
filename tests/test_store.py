"""The store's commands on real SQLite files: each writes one transaction, fills the outbox, returns changes."""
from __future__ import annotations

import pytest

from app.models.kinds import Kind
from app.models.store import RuleError, Workspace
from app.models.workflow import DossierState


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "w.sqlite", create=True)
    yield w
    w.close()


def _structure(ws, domaine="medico-social"):
    ej = ws.create_node(None, Kind.EJ, "Association Test", finess="010780054", origins={"name": "finess"}).inserted.pop()
    eg = ws.create_node(ej, Kind.EG, "EHPAD Test", finess="010000024", domaine=domaine, departement="01",
                        origins={"name": "finess"}).inserted.pop()
    return ej, eg


def test_create_one_and_many_fill_the_outbox_in_the_same_transaction(ws):
    ej, eg = _structure(ws)
    before = ws.outbox_count()
    changes = ws.create_nodes(eg, Kind.UO, ["Unité A", "Unité B", "Unité C"])
    assert len(changes.inserted) == 3 and changes.dossiers
    assert ws.outbox_count() == before + 3
    names = [r.name for r in ws.children(eg)]
    assert names == ["Unité A", "Unité B", "Unité C"]
    assert all(r.departement == "01" and r.domaine == "medico-social" for r in ws.children(eg))


def test_rules_refuse_and_change_nothing(ws):
    ej, eg = _structure(ws)
    count = ws.outbox_count()
    with pytest.raises(RuleError, match="sanitaires"):
        ws.create_node(eg, Kind.S, "Service De Cardiologie")
    with pytest.raises(RuleError):
        ws.create_node(ej, Kind.UO, "Unité Sous EJ")
    with pytest.raises(RuleError, match="obligatoire"):
        ws.create_node(eg, Kind.UO, "   ")
    with pytest.raises(RuleError, match="FINESS"):
        ws.delete(eg)
    with pytest.raises(RuleError, match="FINESS"):
        ws.rename(eg, "Autre nom")
    assert ws.outbox_count() == count


def test_services_only_in_sanitaire(ws):
    _, eg = _structure(ws, domaine="sanitaire")
    pole = ws.create_node(eg, Kind.P, "Pôle Médecine").inserted.pop()
    service = ws.create_node(pole, Kind.S, "Service De Cardiologie").inserted.pop()
    uf = ws.create_node(service, Kind.UF, "UF Cardiologie").inserted.pop()
    ws.create_node(uf, Kind.UO, "Unité Hospitalière De Cardiologie")
    assert [r.kind for r in ws.path_of(uf)] == ["EJ", "EG", "P", "S", "UF"]


def test_rename_move_duplicate_delete_restore(ws):
    _, eg = _structure(ws)
    uf1 = ws.create_node(eg, Kind.UF, "UF Un").inserted.pop()
    uf2 = ws.create_node(eg, Kind.UF, "UF Deux").inserted.pop()
    uo = ws.create_node(uf1, Kind.UO, "Unité X", answers={"uo.nom": [{"valueString": "Unité X"}]}).inserted.pop()
    assert ws.rename(uo, "Unité Y").updated == {uo}
    assert ws.node(uo).name == "Unité Y"
    moved = ws.move(uo, uf2)
    assert uo in moved.moved and ws.node(uo).parent_id == uf2
    with pytest.raises(RuleError, match="elle-même"):
        ws.move(uf1, uf1)
    dup = ws.duplicate(uf2).inserted
    assert len(dup) == 2  # the UF and its UO
    copies = ws.rows(dup)
    uo_copy = next(r for r in copies if r.kind == "UO")
    assert ws.fiche(uo_copy.id).answers == {"uo.nom": [{"valueString": "Unité X"}]}
    assert next(r for r in copies if r.kind == "UF").name == "UF Deux (copie)"
    removed = ws.delete(uf2).removed
    assert removed == {uf2, uo}
    assert all(r.id not in removed for r in ws.tree_rows())
    assert ws.restore(uf2).inserted == {uf2, uo}
    assert ws.node(uo).parent_id == uf2


def test_finalise_requires_no_problem_and_edit_makes_draft(ws):
    _, eg = _structure(ws)
    uo = ws.create_node(eg, Kind.UO, "Unité X").inserted.pop()
    with pytest.raises(RuleError, match="problème"):
        ws.finalise(uo, problems=2)
    assert ws.node(uo).status == "draft"  # a refused command changes nothing
    assert ws.finalise(uo, problems=0).updated == {uo}
    assert ws.node(uo).status == "finalised"
    ws.set_answers(uo, {"uo.nom": [{"valueString": "Unité Z"}]}, name="Unité Z")
    row = ws.node(uo)
    assert row.status == "draft" and row.name == "Unité Z"


def test_prefilled_mandatory_value_cannot_be_removed(ws, tmp_path):
    _, eg = _structure(ws)
    uo = ws.create_node(eg, Kind.UO, "Unité X", prefilled={"uo.public": ["1"]},
                        answers={"uo.public": [{"valueCoding": {"code": "1"}}]}).inserted.pop()
    with pytest.raises(RuleError, match="au moins une valeur"):
        ws.set_answers(uo, {"uo.public": []})
    ws.set_answers(uo, {"uo.public": [{"valueCoding": {"code": "1"}}, {"valueCoding": {"code": "2"}}]})
    assert len(ws.fiche(uo).answers["uo.public"]) == 2


def test_draft_autosave_survives_reopen(tmp_path):
    path = tmp_path / "w.sqlite"
    ws = Workspace.open(path, create=True)
    _, eg = _structure(ws)
    uo = ws.create_node(eg, Kind.UO, "Unité X").inserted.pop()
    pending = ws.outbox_count()
    ws.save_draft(uo, {"uo.nom": [{"valueString": "en cours de frappe"}]})
    assert ws.outbox_count() == pending  # autosave is local only
    ws.close()
    ws = Workspace.open(path)
    assert ws.fiche(uo).draft == {"uo.nom": [{"valueString": "en cours de frappe"}]}
    with pytest.raises(RuleError, match="Enregistrez"):
        ws.finalise(uo)
    ws.close()


def test_send_dossier_rules(ws):
    _, eg = _structure(ws)
    uo = ws.create_node(eg, Kind.UO, "Unité X").inserted.pop()
    with pytest.raises(RuleError, match="finalisées"):
        ws.send_dossier(eg)
    ws.finalise(uo)
    changes = ws.send_dossier(eg)
    dossier = ws.dossier_of(uo)
    assert dossier.id in changes.dossiers and dossier.state == DossierState.QUEUED and dossier.submission_uid
    assert ws.pending_outbox()[-1]["op"] == "send"
    with pytest.raises(RuleError, match="validateur"):
        ws.create_node(eg, Kind.UO, "Unité Pendant Validation")


def test_sanitaire_dossier_needs_direction(ws):
    _, eg = _structure(ws, domaine="sanitaire")
    uo = ws.create_node(eg, Kind.UO, "Unité X").inserted.pop()
    ws.finalise(uo)
    ws.send_dossier(eg)
    assert ws.dossier_of(eg).state == DossierState.AWAITING_DIRECTION
    ws.send_dossier(eg, direction_confirmed=True)
    assert ws.dossier_of(eg).state == DossierState.QUEUED


def test_batch_groups_commands_in_one_transaction(ws):
    _, eg = _structure(ws)
    with pytest.raises(RuleError):
        with ws.batch():
            ws.create_node(eg, Kind.UO, "Unité A")
            ws.create_node(eg, Kind.S, "Service Refusé")  # refused: the whole batch rolls back
    assert [r.name for r in ws.children(eg)] == []


def test_stats_counts_kinds_and_statuses(ws):
    _, eg = _structure(ws)
    a, b = sorted(ws.create_nodes(eg, Kind.UO, ["Unité A", "Unité B"]).inserted)
    ws.finalise(a)
    stats = ws.stats()
    assert stats["nodes"]["EG"] == 1 and stats["nodes"]["UO"] == 2
    assert stats["fiches"] == {"draft": 1, "finalised": 1, "with_problems": 0}


def test_published_fiche_edit_goes_direct_or_into_the_dossier(ws):
    from app.models.schema import Node

    _, eg = _structure(ws)
    uo = ws.create_node(eg, Kind.UO, "Unité X").inserted.pop()
    with ws.transaction() as s:  # as if the server had published it
        s.get(Node, uo).server_id = "hs-1"
    dossier = ws.dossier_of(uo)
    ws.set_dossier_state(dossier.id, DossierState.IN_VALIDATION)
    ws.set_dossier_state(dossier.id, DossierState.PUBLISHED)
    assert not ws.has_open_dossier(uo)
    ws.set_answers(uo, {"uo.nom": [{"valueString": "Direct"}]})
    assert ws.pending_outbox()[-1]["payload"] == {"direct": True} and ws.pending_outbox()[-1]["dossier_id"] is None
    ws.create_node(eg, Kind.UO, "Unité Nouvelle")  # a structural change opens a new dossier
    assert ws.has_open_dossier(uo)
    ws.set_answers(uo, {"uo.nom": [{"valueString": "Direct aussi"}]}, in_dossier=False)
    assert ws.pending_outbox()[-1]["dossier_id"] is None
    ws.set_answers(uo, {"uo.nom": [{"valueString": "Dans le dossier"}]}, in_dossier=True)
    assert ws.pending_outbox()[-1]["dossier_id"] == ws.dossier_of(uo).id

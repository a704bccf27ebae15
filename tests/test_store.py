"""The store's commands on real SQLite files: each writes one transaction, fills the outbox, returns changes."""
from __future__ import annotations

import pytest

from app.models.demo_answers import fiche_answers
from app.models.kinds import Kind
from app.models.store import RuleError, Workspace
from app.models.workflow import DossierState


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "w.sqlite", create=True)
    yield w
    w.close()


def _complete_uo(ws, parent, name="Unité X"):
    """A unit whose fiche has every required answer (the store checks a fiche before finalising it)."""
    answers = fiche_answers("uo-ms", {"name": name, "champ": "04", "type_offre": "21", "seed": 1})
    return ws.nodes.create(parent, Kind.UO, [name], answers=answers, questionnaire="uo-ms", champ="04",
                           type_offre="21").inserted.pop()


def _structure(ws, domaine="medico-social"):
    ej = ws.nodes.create(None, Kind.EJ, ["Association Test"], finess="010780054",
                         origins={"name": "finess"}).inserted.pop()
    eg = ws.nodes.create(ej, Kind.EG, ["EHPAD Test"], finess="010000024", domaine=domaine, departement="01",
                        origins={"name": "finess"}).inserted.pop()
    return ej, eg


def test_create_one_and_many_fill_the_outbox_in_the_same_transaction(ws):
    ej, eg = _structure(ws)
    before = ws.outbox.count()
    changes = ws.nodes.create(eg, Kind.UO, ["Unité A", "Unité B", "Unité C"])
    assert len(changes.inserted) == 3 and changes.dossiers
    assert ws.outbox.count() == before + 3
    names = [r.name for r in ws.nodes.children(eg)]
    assert names == ["Unité A", "Unité B", "Unité C"]
    assert all(r.departement == "01" and r.domaine == "medico-social" for r in ws.nodes.children(eg))


def test_rules_refuse_and_change_nothing(ws):
    ej, eg = _structure(ws)
    count = ws.outbox.count()
    with pytest.raises(RuleError, match="sanitaires"):
        ws.nodes.create(eg, Kind.S, ["Service De Cardiologie"])
    with pytest.raises(RuleError):
        ws.nodes.create(ej, Kind.UO, ["Unité Sous EJ"])
    with pytest.raises(RuleError, match="obligatoire"):
        ws.nodes.create(eg, Kind.UO, ["   "])
    with pytest.raises(RuleError, match="FINESS"):
        ws.nodes.delete(eg)
    with pytest.raises(RuleError, match="FINESS"):
        ws.nodes.rename(eg, "Autre nom")
    assert ws.outbox.count() == count


def test_services_only_in_sanitaire(ws):
    _, eg = _structure(ws, domaine="sanitaire")
    pole = ws.nodes.create(eg, Kind.P, ["Pôle Médecine"]).inserted.pop()
    service = ws.nodes.create(pole, Kind.S, ["Service De Cardiologie"]).inserted.pop()
    uf = ws.nodes.create(service, Kind.UF, ["UF Cardiologie"]).inserted.pop()
    ws.nodes.create(uf, Kind.UO, ["Unité Hospitalière De Cardiologie"])
    assert [r.kind for r in ws.nodes.path_of(uf)] == ["EJ", "EG", "P", "S", "UF"]


def test_rename_move_duplicate_delete_restore(ws):
    _, eg = _structure(ws)
    uf1 = ws.nodes.create(eg, Kind.UF, ["UF Un"]).inserted.pop()
    uf2 = ws.nodes.create(eg, Kind.UF, ["UF Deux"]).inserted.pop()
    uo = ws.nodes.create(uf1, Kind.UO, ["Unité X"], answers={"uo.nom": [{"valueString": "Unité X"}]}).inserted.pop()
    assert ws.nodes.rename(uo, "Unité Y").updated == {uo}
    assert ws.nodes.get(uo).name == "Unité Y"
    moved = ws.nodes.move(uo, uf2)
    assert uo in moved.moved and ws.nodes.get(uo).parent_id == uf2
    with pytest.raises(RuleError, match="elle-même"):
        ws.nodes.move(uf1, uf1)
    dup = ws.nodes.duplicate(uf2).inserted
    assert len(dup) == 2  # the UF and its UO
    copies = ws.nodes.rows(dup)
    uo_copy = next(r for r in copies if r.kind == "UO")
    assert ws.fiches.get(uo_copy.id).answers == {"uo.nom": [{"valueString": "Unité Y"}]}  # the rename reached the fiche
    assert next(r for r in copies if r.kind == "UF").name == "UF Deux (copie)"
    removed = ws.nodes.delete(uf2).removed
    assert removed == {uf2, uo}
    assert all(r.id not in removed for r in ws.nodes.all())
    assert ws.nodes.restore(uf2).inserted == {uf2, uo}
    assert ws.nodes.get(uo).parent_id == uf2


def test_finalise_requires_no_problem_and_edit_makes_draft(ws):
    _, eg = _structure(ws)
    empty = ws.nodes.create(eg, Kind.UO, ["Unité Vide"]).inserted.pop()
    with pytest.raises(RuleError, match="problème") as refused:  # the store checks the saved answers itself
        ws.fiches.finalise(empty)
    assert refused.value.args_["problems"] and all(p.blocking for p in refused.value.args_["problems"])
    uo = _complete_uo(ws, eg)
    with pytest.raises(RuleError, match="problème"):
        ws.fiches.finalise(uo, problems=2)
    assert ws.nodes.get(uo).status == "draft"  # a refused command changes nothing
    assert ws.fiches.finalise(uo, problems=0).updated == {uo}
    assert ws.nodes.get(uo).status == "finalised"
    ws.fiches.save(uo, {"uo.nom": [{"valueString": "Unité Z"}]}, name="Unité Z")
    row = ws.nodes.get(uo)
    assert row.status == "draft" and row.name == "Unité Z"


def test_prefilled_mandatory_value_cannot_be_removed(ws, tmp_path):
    _, eg = _structure(ws)
    uo = ws.nodes.create(eg, Kind.UO, ["Unité X"], prefilled={"uo.public": ["1"]},
                        answers={"uo.public": [{"valueCoding": {"code": "1"}}]}).inserted.pop()
    with pytest.raises(RuleError, match="au moins une valeur"):
        ws.fiches.save(uo, {"uo.public": []})
    ws.fiches.save(uo, {"uo.public": [{"valueCoding": {"code": "1"}}, {"valueCoding": {"code": "2"}}]})
    assert len(ws.fiches.get(uo).answers["uo.public"]) == 2


def test_draft_autosave_survives_reopen(tmp_path):
    path = tmp_path / "w.sqlite"
    ws = Workspace.open(path, create=True)
    _, eg = _structure(ws)
    uo = ws.nodes.create(eg, Kind.UO, ["Unité X"]).inserted.pop()
    pending = ws.outbox.count()
    ws.fiches.save_draft(uo, {"uo.nom": [{"valueString": "en cours de frappe"}]})
    assert ws.outbox.count() == pending  # autosave is local only
    ws.close()
    ws = Workspace.open(path)
    assert ws.fiches.get(uo).draft == {"uo.nom": [{"valueString": "en cours de frappe"}]}
    with pytest.raises(RuleError, match="Enregistrez"):
        ws.fiches.finalise(uo)
    ws.close()


def test_send_dossier_rules(ws):
    _, eg = _structure(ws)
    uo = _complete_uo(ws, eg)
    with pytest.raises(RuleError, match="finalisées"):
        ws.dossiers.send(eg)
    ws.fiches.finalise(uo)
    changes = ws.dossiers.send(eg)
    dossier = ws.dossiers.of(uo)
    assert dossier.id in changes.dossiers and dossier.state == DossierState.QUEUED and dossier.submission_uid
    assert ws.outbox.pending()[-1].op == "send"
    with pytest.raises(RuleError, match="validateur"):
        ws.nodes.create(eg, Kind.UO, ["Unité Pendant Validation"])


def test_sanitaire_dossier_needs_direction(ws):
    _, eg = _structure(ws, domaine="sanitaire")
    uo = _complete_uo(ws, eg)
    ws.fiches.finalise(uo)
    ws.dossiers.send(eg)
    assert ws.dossiers.of(eg).state == DossierState.AWAITING_DIRECTION
    ws.dossiers.send(eg, direction_confirmed=True)
    assert ws.dossiers.of(eg).state == DossierState.QUEUED


def test_batch_groups_commands_in_one_transaction(ws):
    _, eg = _structure(ws)
    with pytest.raises(RuleError):
        with ws.batch():
            ws.nodes.create(eg, Kind.UO, ["Unité A"])
            ws.nodes.create(eg, Kind.S, ["Service Refusé"])  # refused: the whole batch rolls back
    assert [r.name for r in ws.nodes.children(eg)] == []


def test_stats_counts_kinds_and_statuses(ws):
    _, eg = _structure(ws)
    a = _complete_uo(ws, eg, "Unité A")
    ws.nodes.create(eg, Kind.UO, ["Unité B"])
    ws.fiches.finalise(a)
    stats = ws.nodes.stats()
    assert stats["nodes"]["EG"] == 1 and stats["nodes"]["UO"] == 2
    assert stats["fiches"] == {"draft": 1, "finalised": 1, "with_problems": 0}


def test_published_fiche_edit_goes_direct_or_into_the_dossier(ws):
    from app.models.store.schema import Node

    _, eg = _structure(ws)
    uo = ws.nodes.create(eg, Kind.UO, ["Unité X"]).inserted.pop()
    with ws.write() as s:  # as if the server had published it
        s.get(Node, uo).server_id = "hs-1"
    dossier = ws.dossiers.of(uo)
    ws.dossiers.set_state(dossier.id, DossierState.IN_VALIDATION)
    ws.dossiers.set_state(dossier.id, DossierState.PUBLISHED)
    assert not ws.dossiers.has_open(uo)
    ws.fiches.save(uo, {"uo.nom": [{"valueString": "Direct"}]})
    assert ws.outbox.pending()[-1].payload == {"direct": True} and ws.outbox.pending()[-1].dossier_id is None
    ws.nodes.create(eg, Kind.UO, ["Unité Nouvelle"])  # a structural change opens a new dossier
    assert ws.dossiers.has_open(uo)
    ws.fiches.save(uo, {"uo.nom": [{"valueString": "Direct aussi"}]}, in_dossier=False)
    assert ws.outbox.pending()[-1].dossier_id is None
    ws.fiches.save(uo, {"uo.nom": [{"valueString": "Dans le dossier"}]}, in_dossier=True)
    assert ws.outbox.pending()[-1].dossier_id == ws.dossiers.of(uo).id

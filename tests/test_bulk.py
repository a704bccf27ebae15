"""Bulk edits without the window: the plan unit by unit (words, refusals and why), the one-transaction write,
its undo in one step, and a cancel that leaves nothing written (real SQLite files)."""
from __future__ import annotations

import sqlite3

import pytest

from app.models import bulk
from app.models.bulk import BulkChange, Cancelled
from app.models.rules import RuleError
from app.models.store import Workspace

DAYS = "http://hl7.org/fhir/days-of-week"
J17 = "https://mos.esante.gouv.fr/NOS/TRE_R211-ActiviteOperationnelle/FHIR/TRE-R211-ActiviteOperationnelle"


def slot(day: str, start: str, end: str) -> dict:
    return {"item": {"uo.horaires.jour": [{"valueCoding": {"system": DAYS, "code": day}}],
                     "uo.horaires.debut": [{"valueTime": start + ":00"}],
                     "uo.horaires.fin": [{"valueTime": end + ":00"}]}}


WEEKDAYS = BulkChange.hours([slot(d, "08:00", "18:00") for d in ("mon", "tue", "wed", "thu", "fri")])


def choice(link_id: str, label: str) -> dict:
    item = next(i for i in bulk.offered_items() if i.link_id == link_id)
    return next(answer for answer, text in bulk.choices(item) if text == label)


@pytest.fixture
def ws(tmp_path):
    from app.models.demo import make_demo

    workspace = make_demo(tmp_path / "bulk.sqlite", egs=3, uos=6)
    yield workspace
    workspace.close()


def eg_ids(ws) -> list[int]:
    return [r.id for r in ws.tree.rows() if r.kind == "EG"]


def uo_answers(ws, ids) -> dict[int, dict]:
    return {i: ws.fiches.get(i).answers for i in ids}


def test_hours_planned_applied_and_undone_in_one_step(ws):
    egs = eg_ids(ws)
    bare = ws.nodes.create(egs[0], "UO", ["Unité Sans Type"], champ="04")  # no type d'offre: hours not shown
    bare_id = next(iter(bare.inserted))
    units = ws.bulk.units(egs)
    assert bare_id in {u.node_id for u in units}
    assert all(ws.nodes.get(u.node_id).kind == "UO" for u in units)
    plan = bulk.plan(units, WEEKDAYS)
    refused = {i.node_id: i for i in plan.refused}
    assert refused[bare_id].refusal.key == "bulk-not-shown"
    assert "type d'offre" in str(refused[bare_id].refusal)
    first = plan.accepted[0]
    assert first.after == tuple((d, "08:00", "18:00") for d in ("mon", "tue", "wed", "thu", "fri"))
    assert first.before != first.after
    ids = [i.node_id for i in plan.accepted]
    before, statuses = uo_answers(ws, ids), {i: ws.nodes.get(i).status for i in ids}
    pending = ws.outbox.count()

    records: list = []
    changes = ws.bulk.apply(plan.writes(), records=records)
    assert changes.updated == set(ids)
    assert len(changes.outbox) == len(ids)
    assert ws.outbox.count() == pending + len(ids)
    for node_id in ids:
        assert ws.fiches.get(node_id).answers["uo.horaires"] == list(WEEKDAYS.answers)
        assert ws.nodes.get(node_id).status == "draft"
    assert "uo.horaires" not in ws.fiches.get(bare_id).answers  # the refused unit is not written

    undone = ws.bulk.revert(records, changes.dossiers)
    assert undone.updated == set(ids)
    assert uo_answers(ws, ids) == before
    assert {i: ws.nodes.get(i).status for i in ids} == statuses
    assert ws.outbox.count() == pending  # entries not sent yet are withdrawn


def test_cancel_between_batches_writes_nothing(ws):
    plan = bulk.plan(ws.bulk.units(eg_ids(ws)), WEEKDAYS)
    writes = plan.writes() * 3  # more than two batches
    ids = [w.node_id for w in plan.writes()]
    before, pending = uo_answers(ws, ids), ws.outbox.count()
    seen: list[int] = []
    with pytest.raises(Cancelled):
        ws.bulk.apply(writes, cancelled=lambda: bool(seen), progress=lambda n, _t: seen.append(n))
    assert seen == [0]  # the first batch was written inside the transaction, then rolled back
    assert uo_answers(ws, ids) == before
    assert ws.outbox.count() == pending


def test_field_value_and_activity_added_then_removed(ws):
    egs = eg_ids(ws)
    units = ws.bulk.units(egs[-1:])
    annual = choice("uo.ouverture_annuelle", "Année complète (365 jours par an)")
    plan = bulk.plan(units, BulkChange("set", "uo.ouverture_annuelle", (annual,)))
    assert plan.accepted and not plan.refused
    assert all(i.after == ("Année complète (365 jours par an)",) for i in plan.accepted)
    ws.bulk.apply(plan.writes())
    for item in plan.accepted:
        assert ws.fiches.get(item.node_id).answers["uo.ouverture_annuelle"] == [annual]

    alcohol = choice("uo.activites", "Alcoologie")
    add = bulk.plan(ws.bulk.units(egs[-1:]), BulkChange("add", "uo.activites", (alcohol,)))
    accepted = add.accepted
    assert accepted and all("Alcoologie" in i.after and "Alcoologie" not in i.before for i in accepted)
    ws.bulk.apply(add.writes())
    node = accepted[0].node_id
    assert alcohol in ws.fiches.get(node).answers["uo.activites"]
    again = bulk.plan(ws.bulk.units(egs[-1:]), BulkChange("add", "uo.activites", (alcohol,)))
    assert not again.accepted and len(again.unchanged) == len(accepted)  # already there: nothing to write

    remove = bulk.plan(ws.bulk.units(egs[-1:]), BulkChange("remove", "uo.activites", (alcohol,)))
    assert {i.node_id for i in remove.accepted} == {i.node_id for i in accepted}
    ws.bulk.apply(remove.writes())
    assert alcohol not in (ws.fiches.get(node).answers.get("uo.activites") or [])


def test_rules_refuse_with_their_reason(ws, tmp_path):
    egs = eg_ids(ws)
    units = ws.bulk.units(egs)
    mode = choice("uo.modes_pec", "Accueil spécialisé")
    ws.bulk.apply(bulk.plan(units, BulkChange("add", "uo.modes_pec", (mode,))).writes())
    locked, drafted, conflicted = units[0].node_id, units[1].node_id, units[2].node_id
    ws.close()
    with sqlite3.connect(tmp_path / "bulk.sqlite") as db:  # what a pull, an autosave, a sync would leave
        code = mode["valueCoding"]["code"]
        db.execute("UPDATE node SET prefilled = ? WHERE id = ?", (f'{{"uo.modes_pec": ["{code}"]}}', locked))
        db.execute("UPDATE fiche SET draft = '{\"uo.nom\": []}' WHERE node_id = ?", (drafted,))
        db.execute("UPDATE node SET conflict = 1 WHERE id = ?", (conflicted,))
        structure, name = db.execute("SELECT id, name FROM node WHERE kind = 'EG' AND name != ? ORDER BY id DESC",
                                     (units[0].structure,)).fetchone()
        db.execute("INSERT INTO dossier (structure_id, state, opened_at, updated_at) VALUES (?, 'in_validation', "
                   "'2026-11-30T10:00:00', '2026-11-30T10:00:00')", (structure,))
    in_validation = next(u for u in units if u.structure == name)
    ws = Workspace.open(tmp_path / "bulk.sqlite")
    try:
        plan = bulk.plan(ws.bulk.units(egs), BulkChange("remove", "uo.modes_pec", (mode,)))
        reasons = {i.node_id: i.refusal.key for i in plan.refused}
        assert reasons[locked] == "prefilled-removed"
        assert reasons[drafted] == "bulk-draft"
        assert reasons[conflicted] == "bulk-conflict"
        assert reasons[in_validation.node_id] == "dossier-locked"
        competence = choice("uo.competences", "Maîtrise de la Langue des Signes Française (LSF)")
        ms = bulk.plan([u for u in ws.bulk.units(egs) if u.form_id == "uo-ms"][:1],
                       BulkChange("add", "uo.competences", (competence,)))
        assert ms.refused[0].refusal.key == "bulk-not-in-form"
    finally:
        ws.close()


def test_a_fiche_changed_since_the_preview_stops_the_write(ws):
    plan = bulk.plan(ws.bulk.units(eg_ids(ws)), WEEKDAYS)
    node = plan.accepted[-1].node_id
    ws.fiches.save_draft(node, {"uo.nom": [{"valueString": "En cours de saisie"}]})  # the form's autosave
    pending = ws.outbox.count()
    with pytest.raises(RuleError) as refused:
        ws.bulk.apply(plan.writes())
    assert refused.value.key == "bulk-stale"
    assert ws.fiches.get(node).draft == {"uo.nom": [{"valueString": "En cours de saisie"}]}
    assert ws.outbox.count() == pending
    assert ws.fiches.get(plan.accepted[0].node_id).answers == plan.accepted[0].answers_before

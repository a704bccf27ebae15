"""The store keeps its promises whoever writes: locked values stay, a fiche with problems is never finalised nor
sent, and statuses are checked again when the checks change (real SQLite files, the demo workspace)."""
from __future__ import annotations

import pytest

from app.models import fiche_service
from app.models.kinds import Kind
from app.models.store import RuleError, Workspace


@pytest.fixture
def fresh(tmp_path):
    w = Workspace.open(tmp_path / "w.sqlite", create=True)
    yield w
    w.close()


def _eg(ws):
    ej = ws.nodes.create(None, Kind.EJ, ["Association Test"], finess="010780054",
                         origins={"name": "finess"}).inserted.pop()
    return ws.nodes.create(ej, Kind.EG, ["EHPAD Test"], finess="010000024", domaine="medico-social",
                           categorie="500", origins={"name": "finess", "finess": "finess"}).inserted.pop()


def coding(code):
    return {"valueCoding": {"code": code}}


def test_a_prefilled_value_is_refused_removal_by_every_write(fresh):
    eg = _eg(fresh)
    uo = fresh.nodes.create(eg, Kind.UO, ["Unité X"], prefilled={"uo.publics": ["01"], "uo.contacts.canal": ["2"]},
                            answers={"uo.publics": [coding("01")],
                                     "uo.contacts": [{"item": {"uo.contacts.canal": [coding("2")]}}]}).inserted.pop()
    for write in (lambda a: fresh.fiches.save(uo, a), lambda a: fresh.fiches.save_draft(uo, a)):
        with pytest.raises(RuleError, match="pré-remplie") as refused:
            write({"uo.contacts": [{"item": {"uo.contacts.canal": [coding("2")]}}]})  # the public emptied
        assert refused.value.key == "prefilled-removed"
        with pytest.raises(RuleError, match="pré-remplie"):  # several values: one pre-filled value must stay
            write({"uo.publics": [coding("02")], "uo.contacts": [{"item": {"uo.contacts.canal": [coding("2")]}}]})
        with pytest.raises(RuleError, match="pré-remplie"):  # inside a repetition too
            write({"uo.publics": [coding("01")], "uo.contacts": [{"item": {}}]})
    assert fresh.fiches.get(uo).draft is None  # nothing refused was written
    enriched = {"uo.publics": [coding("01"), coding("02")],
                "uo.contacts": [{"item": {"uo.contacts.canal": [coding("2")]}}]}
    fresh.fiches.save_draft(uo, enriched)
    fresh.fiches.save(uo, enriched)
    assert fresh.fiches.get(uo).answers["uo.publics"] == [coding("01"), coding("02")]


def test_finess_values_may_be_filled_never_changed(fresh):
    eg = _eg(fresh)
    filled = {"eg.denomination": [{"valueString": "EHPAD Test"}],
              "eg.finess_geographique": [{"valueString": "010000024"}]}
    fresh.fiches.save(eg, filled)  # empty before: FINESS values come in (as the form pre-fills them)
    fresh.fiches.save(eg, {**filled, "eg.nom_operationnel": [{"valueString": "Les Tilleuls"}]})  # enriched
    with pytest.raises(RuleError, match="vient de FINESS") as refused:
        fresh.fiches.save(eg, {**filled, "eg.denomination": [{"valueString": "Autre nom"}]})
    assert refused.value.key == "finess-locked" and refused.value.args_["item"] == "Dénomination"
    with pytest.raises(RuleError, match="vient de FINESS"):
        fresh.fiches.save_draft(eg, {"eg.denomination": [{"valueString": "EHPAD Test"}]})  # the FINESS n° removed
    assert fresh.fiches.get(eg).answers["eg.denomination"] == [{"valueString": "EHPAD Test"}]


def test_a_pole_with_problems_is_refused_finalising_with_its_problems(ws):
    pole = next(r for r in ws.nodes.all() if r.name == "Pôle Médecine")
    answers = dict(ws.fiches.get(pole.id).answers)
    answers.pop("oi.responsable.valeur")
    ws.fiches.save(pole.id, answers, problems=1)
    with pytest.raises(RuleError, match="problème") as refused:
        ws.fiches.finalise(pole.id)
    assert [p.link_id for p in refused.value.args_["problems"]] == ["oi.responsable.valeur"]
    assert ws.nodes.get(pole.id).status == "draft"


def test_a_dossier_with_a_fiche_with_problems_is_not_sent(ws):
    eg = next(r for r in ws.nodes.all() if r.name == "CH De Villefranche - Site Principal")
    uf = next(r for r in ws.nodes.all() if r.name == "UF Cardiologie")
    answers = dict(ws.fiches.get(uf.id).answers)
    answers["oi.responsable.valeur"] = [{"valueString": "abc"}]
    ws.fiches.save(uf.id, answers, in_dossier=True)  # carried into the structure's dossier
    for row in ws.nodes.all():
        if row.id in set(ws.nodes.subtree(eg.id)) and row.status != "finalised" and row.id != uf.id:
            try:
                ws.fiches.finalise(row.id)
            except RuleError:
                pass
    with pytest.raises(RuleError) as refused:
        ws.dossiers.send(eg.id, direction_confirmed=True)
    assert refused.value.key == "dossier-problems" and "UF Cardiologie" in str(refused.value)


def test_a_finalised_fiche_found_with_a_problem_is_a_draft_again(ws):
    uo = next(r for r in ws.nodes.all() if r.kind == "UO" and r.status == "finalised")
    changes = ws.fiches.set_problems({uo.id: 2})
    row = ws.nodes.get(uo.id)
    assert changes.updated == {uo.id} and row.status == "draft" and row.problems == 2


def test_statuses_are_checked_again_when_the_checks_change(ws):
    current = fiche_service.validation_version()
    assert ws.settings.get(fiche_service.VERSION_SETTING) == current  # the demo was checked when made
    assert not fiche_service.revalidate_if_stale(ws).nodes  # current: nothing to do
    day_care = next(r for r in ws.nodes.all() if "Accueil De Jour" in r.name and r.problems)
    uo = next(r for r in ws.nodes.all() if r.kind == "UO" and r.status == "finalised")
    ws.fiches.set_problems({day_care.id: 0, uo.id: 0})
    ws.settings.set(fiche_service.VERSION_SETTING, "older checks")
    changes = fiche_service.revalidate_if_stale(ws)
    assert day_care.id in changes.updated and ws.nodes.get(day_care.id).problems == day_care.problems
    assert ws.nodes.get(uo.id).status == "finalised"
    assert ws.settings.get(fiche_service.VERSION_SETTING) == current

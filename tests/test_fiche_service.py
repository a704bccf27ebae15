"""fiche_service: the store and the forms engine together, on a real demo workspace (no Qt)."""
from __future__ import annotations

import pytest

from app.models import fiche_service
from app.models.kinds import Kind
from app.models.store import RuleError


def uo_ids(ws):
    return [r.id for r in ws.nodes.all() if r.kind == "UO"]


def new_uo(ws) -> int:
    return next(r.id for r in ws.nodes.all() if r.kind == "UO" and "PASA" in r.name)


def test_questionnaires_are_parsed_once():
    assert fiche_service.questionnaire("uo-ms") is fiche_service.questionnaire("uo-ms")


def test_open_a_filled_fiche_keeps_its_answers(ws):
    node_id = next(i for i in uo_ids(ws) if ws.nodes.get(i).status == "finalised")
    opened = fiche_service.open_fiche(ws, node_id)
    assert opened.form_id == "uo-ms"
    assert opened.state.answers == ws.fiches.get(node_id).answers
    assert not opened.populated and not opened.draft_restored
    assert fiche_service.problem_count(opened.state.problems()) == 0


def test_open_a_new_fiche_prefills_it_from_the_node(ws):
    opened = fiche_service.open_fiche(ws, new_uo(ws))
    assert opened.state.get("uo.nom")[0]["valueString"].startswith("Unité Pôle")
    assert opened.state.get("uo.type_offre")[0]["valueCoding"]["code"] == "21"
    assert "uo.nom" in opened.populated
    missing = {p.link_id for p in opened.state.problems() if p.blocking}
    assert {"uo.age_min", "uo.activites", "uo.modes_pec"} <= missing


def test_launch_context_of_an_eg_comes_from_finess():
    from app.models.rows import FicheData, NodeRow

    node = NodeRow(1, "u", Kind.EG.value, None, 0, "EHPAD X", "010000024", "01", "500", "medico-social", None, None,
                   "draft", 0, False, False, False, None, None)
    data = {"denomination": "EHPAD X", "siret": "12345678900011", "numvoie": "3", "voie": "RUE PASTEUR",
            "code_postal": "01000", "ville": "BOURG", "libcategorie": "EHPAD"}
    fiche = FicheData(node_id=1, kind="EG", questionnaire=None, answers={}, draft=None, resource=None,
                      finess_data=data, origins={}, prefilled={}, status="draft",
                      **({"location": None} if "location" in FicheData.__slots__ else {}))
    res = fiche_service.launch_context(node, fiche)["ror-structure"]
    assert res["resourceType"] == "Organization" and res["name"] == "EHPAD X"
    assert {i["type"]["coding"][0]["code"]: i["value"] for i in res["identifier"]} == {"1": "010000024",
                                                                                       "3": "12345678900011"}
    assert res["address"] == [{"line": ["3 RUE PASTEUR"], "postalCode": "01000", "city": "BOURG"}]
    state = fiche_service.FormState(fiche_service.questionnaire("eg"), {}, context={"ror-structure": res})
    state.populate()
    assert state.get("eg.finess_geographique") == [{"valueString": "010000024"}]
    assert state.get("eg.adresse.commune") == [{"valueString": "BOURG"}]


def test_save_extracts_the_resource_and_indexes_the_node(ws):
    node_id = new_uo(ws)
    opened = fiche_service.open_fiche(ws, node_id)
    state = opened.state
    state.set("uo.nom", [{"valueString": "Unité Pôle D'Activités Renommée"}])
    state.set("uo.age_min", [{"valueInteger": 60}])
    changes = fiche_service.save(ws, opened, state.enabled_answers())
    assert node_id in changes.updated
    row = ws.nodes.get(node_id)
    assert row.name == "Unité Pôle D'Activités Renommée" and row.type_offre == "21" and row.champ == "04"
    assert row.problems == fiche_service.problem_count(state.problems()) > 0
    fiche = ws.fiches.get(node_id)
    assert fiche.resource["resourceType"] == "HealthcareService"
    assert fiche.resource["name"] == "Unité Pôle D'Activités Renommée"
    assert fiche.questionnaire == fiche_service.canonical("uo-ms")
    with pytest.raises(RuleError):
        fiche_service.finalise(ws, node_id, row.problems)
    assert fiche_service.form_id_of(row, fiche) == "uo-ms"  # the canonical leads back to the form


def test_capacities_are_saved_as_the_units_location(ws):
    from app.models.nomenclatures import NomenclaturePack

    pack = NomenclaturePack.default()
    node_id = new_uo(ws)
    opened = fiche_service.open_fiche(ws, node_id)

    def first(name):
        return [{"valueCoding": pack.get(name).concepts[0].as_coding()}]

    opened.state.set("uo.capacites", [{"item": {"uo.capacites.nature": first("J187"),
                                                "uo.capacites.statut": first("J188"),
                                                "uo.capacites.temporalite": first("J189"),
                                                "uo.capacites.nombre": [{"valueInteger": 12}]}}])
    fiche_service.save(ws, opened, opened.state.enabled_answers())
    location = ws.fiches.get(node_id).location
    assert location["resourceType"] == "Location" and "12" in str(location)


def test_finalise_then_save_makes_a_draft_again(ws):
    node_id = next(i for i in uo_ids(ws) if ws.nodes.get(i).status == "draft" and ws.nodes.get(i).problems == 0
                   and ws.fiches.get(i).answers.get("uo.activites"))
    opened = fiche_service.open_fiche(ws, node_id)
    fiche_service.save(ws, opened, opened.state.enabled_answers())
    fiche_service.finalise(ws, node_id, 0)
    assert ws.nodes.get(node_id).status == "finalised"
    fiche_service.save(ws, opened, opened.state.enabled_answers())
    assert ws.nodes.get(node_id).status == "draft"


def test_a_pending_draft_is_restored_on_open(ws):
    node_id = new_uo(ws)
    fiche_service.save_draft(ws, node_id, {"uo.age_min": [{"valueInteger": 5}]})
    opened = fiche_service.open_fiche(ws, node_id)
    assert opened.draft_restored and opened.state.get("uo.age_min") == [{"valueInteger": 5}]
    assert opened.saved_answers == ws.fiches.get(node_id).answers
    fiche_service.discard_draft(ws, node_id)
    assert not fiche_service.open_fiche(ws, node_id).draft_restored


def test_validate_all_checks_every_fiche_and_records_the_counts(ws):
    counts = fiche_service.validate_all(ws)
    live = [r for r in ws.nodes.all()]
    assert set(counts) == {r.id for r in live}
    new = new_uo(ws)
    assert counts[new] > 0 and ws.nodes.get(new).problems == counts[new]
    complete = next(i for i in uo_ids(ws) if ws.nodes.get(i).status == "finalised")
    assert counts[complete] == 0
    assert all(ws.nodes.get(i).problems == n for i, n in counts.items())
    assert fiche_service.validate_all(ws, record=False) == counts

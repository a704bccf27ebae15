"""The diff of a dossier against the last published version, the yearly update's dates and `ror-referent diff`."""
from __future__ import annotations

import copy
import datetime
import json

import pytest

from app.cli import main
from app.models.demo import make_demo
from app.models.kinds import Kind
from app.models.yearly import due_count, is_due

EHPAD = "010000024"
PUBLICS = "https://mos.esante.gouv.fr/NOS/TRE_R239-PublicPrisEnCharge/FHIR/TRE-R239-PublicPrisEnCharge"


@pytest.fixture
def ws(tmp_path):
    workspace = make_demo(tmp_path / "demo.sqlite")
    yield workspace
    workspace.close()


def _uos(ws, eg_id):
    return sorted((r for r in ws.nodes.all() if r.parent_id == eg_id and r.kind == Kind.UO), key=lambda r: r.position)


def test_the_demo_ehpad_has_a_published_base_and_its_pasa_unit_is_new(ws):
    eg = ws.published.structure_by_finess(EHPAD)
    assert ws.published.dates()[eg] is not None
    diff = ws.published.diff(eg)
    assert [(u.name, u.changes) for u in diff.units] == [
        ("Unité Pôle D'Activités Et De Soins Adaptés (PASA)", ("created",))]


def test_a_rename_a_new_unit_and_a_changed_field_in_words_and_labels(ws):
    eg = ws.published.structure_by_finess(EHPAD)
    first, second = _uos(ws, eg)[:2]
    ws.nodes.rename(first.id, "Unité Hébergement Permanent Nouveau Nom")
    answers = copy.deepcopy(ws.fiches.get(second.id).answers)
    answers["uo.age_min"] = [{"valueInteger": 65}]
    answers["uo.publics"] = [{"valueCoding": {"system": PUBLICS, "code": "02"}}]  # no display: taken from NOS
    ws.fiches.save(second.id, answers)
    diff = ws.published.diff(eg)
    by_id = {u.node_id: u for u in diff.units}
    assert by_id[first.id].changes == ("renamed",)
    assert by_id[first.id].old_name.startswith("Unité Hébergement Permanent Pour")
    edited = by_id[second.id]
    assert edited.changes == ("edited",)
    fields = {f.link_id: f for f in edited.fields}
    assert set(fields) == {"uo.age_min", "uo.publics"}
    age = fields["uo.age_min"]
    assert (age.label.fr, age.label.en) == ("Âge minimum (ans)", "Minimum age (years)")
    assert [v.fr for v in age.before] == ["60"] and [v.fr for v in age.after] == ["65"]
    publics = fields["uo.publics"]
    assert publics.label.en == "People cared for"
    assert publics.after[0].fr == "Personnes en situation de handicap (PH) et aidants"  # a label, not "02"
    assert "02" not in publics.after[0].fr
    assert diff.counts() == {"created": 1, "renamed": 1, "moved": 0, "deleted": 0, "edited": 1}


def test_a_move_and_a_deletion(ws):
    ime = ws.published.structure_by_finess(next(r.finess for r in ws.nodes.all() if r.name == "IME Le Moulin"))
    uos = _uos(ws, ime)
    ws.nodes.delete(uos[0].id)
    diff = ws.published.diff(ime)
    assert [(u.node_id, u.changes) for u in diff.units] == [(uos[0].id, ("deleted",))]


def test_the_yearly_flag_of_an_eg_last_published_13_months_ago(ws):
    today = datetime.date(2026, 12, 1)
    eg = ws.published.structure_by_finess(EHPAD)
    thirteen = "2025-11-01T10:00:00.000+00:00"
    published = [i for i in ws.nodes.subtree(eg) if ws.published.get(i) is not None]  # not the new PASA unit
    ws.published.record(published, dict.fromkeys(published, thirteen))
    dates = ws.published.dates()
    assert dates[eg] == thirteen and is_due(dates[eg], today)
    assert not is_due("2026-01-15T10:00:00.000+00:00", today)
    assert is_due(None, today) and is_due("2025-12-01", today) and not is_due("2025-12-02", today)
    assert due_count({1: thirteen, 2: "2026-06-01", 3: None}, today) == 2


def test_diff_cli_text_json_and_unknown_finess(ws, capsys):
    path = str(ws.path)
    ws.close()
    assert main(["diff", "--workspace", path, "--eg", EHPAD]) == 0
    out = capsys.readouterr().out
    assert "PASA" in out and "créée" in out
    assert main(["diff", "--workspace", path, "--eg", EHPAD, "--json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["counts"]["created"] == 1 and doc["units"][0]["changes"] == ["created"]
    assert main(["diff", "--workspace", path, "--eg", "999999999"]) == 2
    err = capsys.readouterr().err
    assert "999999999" in err and "Traceback" not in err and len(err.strip().splitlines()) == 1

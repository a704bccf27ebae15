"""The last published answers are kept once: the fiche holds them until it changes, and then, whatever writes
the fiche (a save, a rename, a bulk edit, an undo, a deletion), the published copy is what was published."""
from __future__ import annotations

import copy
import shutil
import sqlite3
from pathlib import Path

import pytest

from app.models import bulk
from app.models.bulk import BulkChange
from app.models.demo import make_demo
from app.models.kinds import Kind
from app.models.store import Workspace

EHPAD = "010000024"
FIRST = Path(__file__).parent / "data" / "workspace-schema-0001.sqlite"


@pytest.fixture
def ws(tmp_path):
    workspace = make_demo(tmp_path / "demo.sqlite")
    yield workspace
    workspace.close()


def _copies(path: Path) -> dict[int, str]:
    """node id -> the published answers stored apart from the fiche (raw SQL: what the file holds)."""
    con = sqlite3.connect(path)
    try:
        return dict(con.execute("SELECT node_id, answers FROM published WHERE answers IS NOT NULL").fetchall())
    finally:
        con.close()


def _published_uos(ws) -> list:
    eg = ws.published.structure_by_finess(EHPAD)
    ids = {r.node_id for r in ws.published.of_structure(eg)}
    return [r for r in ws.nodes.all() if r.parent_id == eg and r.kind == Kind.UO and r.id in ids]


def test_an_unchanged_fiche_is_not_stored_twice(ws):
    published = _published_uos(ws)
    assert published
    copies = _copies(ws.path)
    assert not set(copies) & {r.id for r in published if not r.dirty}
    for row in published:
        assert ws.published.get(row.id).answers == ws.fiches.get(row.id).answers


def test_each_road_that_writes_a_fiche_keeps_the_published_answers(ws):
    first, second, third = _published_uos(ws)[:3]
    originals = {r.id: copy.deepcopy(ws.fiches.get(r.id).answers) for r in (first, second, third)}

    answers = copy.deepcopy(originals[first.id])
    answers["uo.age_min"] = [{"valueInteger": 71}]
    ws.fiches.save(first.id, answers)
    answers["uo.age_min"] = [{"valueInteger": 72}]  # a second change: the copy stays the published one
    ws.fiches.save(first.id, answers)
    ws.nodes.rename(second.id, "Unité Renommée Depuis La Publication")
    plan = bulk.plan(ws.bulk.units([third.id]), BulkChange("set", "uo.age_min", ({"valueInteger": 73},)))
    assert plan.accepted
    ws.bulk.apply(plan.writes())

    for row in (first, second, third):
        assert ws.published.get(row.id).answers == originals[row.id]
        assert ws.fiches.get(row.id).answers != originals[row.id]
    assert set(_copies(ws.path)) >= {first.id, second.id, third.id}
    diff = {u.node_id: u for u in ws.published.diff(ws.published.structure_by_finess(EHPAD)).units}
    assert [f.link_id for f in diff[first.id].fields] == ["uo.age_min"]
    assert [v.fr for v in diff[first.id].fields[0].before] == [
        str(originals[first.id]["uo.age_min"][0]["valueInteger"])]
    assert "renamed" in diff[second.id].changes and "edited" in diff[third.id].changes


def test_an_edit_undone_leaves_nothing_to_send_in_the_diff(ws):
    row = _published_uos(ws)[0]
    before = copy.deepcopy(ws.fiches.get(row.id).answers)
    edited = copy.deepcopy(before)
    edited["uo.age_min"] = [{"valueInteger": 74}]
    records: list = []
    plan = bulk.plan(ws.bulk.units([row.id]), BulkChange("set", "uo.age_min", ({"valueInteger": 74},)))
    changes = ws.bulk.apply(plan.writes(), records=records)
    ws.bulk.revert(records, changes.dossiers)
    assert ws.fiches.get(row.id).answers == before
    diff = {u.node_id: u for u in ws.published.diff(ws.published.structure_by_finess(EHPAD)).units}
    assert row.id not in diff or "edited" not in diff[row.id].changes


def test_a_fiche_row_deleted_keeps_its_published_answers(ws):
    row = _published_uos(ws)[0]
    before = copy.deepcopy(ws.fiches.get(row.id).answers)
    ws.close()
    con = sqlite3.connect(ws.path)  # the database's own rule, whatever code deletes the row
    con.execute("DELETE FROM fiche WHERE node_id = ?", (row.id,))
    con.commit()
    con.close()
    with Workspace.open(ws.path) as again:
        assert again.published.get(row.id).answers == before


def test_an_upgraded_file_drops_the_copies_equal_to_their_fiche_and_keeps_the_rule(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIRST, path)
    con = sqlite3.connect(path)
    con.execute("UPDATE node SET server_id = 'srv-' || id, dirty = 0")
    con.commit()
    con.close()
    with Workspace.open(path) as ws:
        uo = next(r for r in ws.nodes.all() if r.kind == Kind.UO)
        published = ws.published.get(uo.id)
        assert published is not None and published.answers == ws.fiches.get(uo.id).answers
        assert _copies(path) == {}
        ws.nodes.rename(uo.id, "Unité Hébergement Permanent Renommée")
        assert ws.published.get(uo.id).answers == published.answers
        assert uo.id in _copies(path)

"""The shortcuts of the sync's hot paths keep their contracts: cached path parses hand out segments of their own,
the JSON-tree copy is a deep copy, the bounded JSON reading refuses and accepts what the standard library does, and
fiches inserted in bulk read back as the ORM wrote them, odd values included."""
from __future__ import annotations

import copy
import json
import math
import sqlite3

import pytest

from app.models import fiche_service
from app.models.forms.extraction import extension_urls, item_path
from app.models.forms.paths import parse_path
from app.models.json_tree import json_copy
from app.models.pulled import PulledItem
from app.models.store import Workspace
from app.sync import payload


def test_a_cached_path_parse_hands_out_segments_of_its_own():
    first = parse_path("HealthcareService.extension:ror-sensitive-unit.valueBoolean")
    first[1].url = "changed"
    first.append(first[0])
    again = parse_path("HealthcareService.extension:ror-sensitive-unit.valueBoolean")
    assert [(s.name, s.slice, s.url) for s in again] == [
        ("HealthcareService", None, None), ("extension", "ror-sensitive-unit", None), ("valueBoolean", None, None)]


def test_item_paths_are_the_same_on_every_call_whatever_the_caller_did_with_the_last_ones():
    questionnaire = fiche_service.questionnaire("uo-mco")
    urls = extension_urls(questionnaire)
    urls["anything"] = "https://example.org/changed"  # a caller's copy: the form's own map is unchanged
    assert "anything" not in extension_urls(questionnaire)
    url_map = extension_urls(questionnaire)
    items = [i for i in questionnaire.all_items if i.definition]
    first = [item_path(i, "HealthcareService", url_map) for i in items]
    assert any(first)
    for segs in first:
        for seg in segs or []:
            seg.name, seg.slice, seg.url = "x", "y", "z"
    again = [item_path(i, "HealthcareService", url_map) for i in items]
    assert all(seg.name != "x" for segs in again for seg in segs or [])
    assert [[(s.name, s.slice, s.url) for s in segs or []] for segs in again] == \
        [[(s.name, s.slice, s.url) for s in segs or []] for segs in (item_path(i, "HealthcareService", url_map)
                                                                    for i in items)]


def test_the_json_tree_copy_is_a_deep_copy():
    tree = {"a": [1, {"b": [True, None, 1.5, "x"]}], "c": {"d": {"e": []}}, "f": (1, 2)}
    copied = json_copy(tree)
    assert copied == copy.deepcopy(tree)
    copied["a"][1]["b"].append("y")
    copied["c"]["d"]["e"].append(1)
    assert tree == {"a": [1, {"b": [True, None, 1.5, "x"]}], "c": {"d": {"e": []}}, "f": (1, 2)}


@pytest.mark.parametrize("text, expected", [
    (b'{"resourceType": "Bundle", "total": 2}', {"resourceType": "Bundle", "total": 2}),
    ('{"name": "Unité \\u00e9"}', {"name": "Unité é"}),
    (b'{"big": 123456789012345678901234567890}', {"big": 123456789012345678901234567890}),
])
def test_bounded_json_reading_gives_what_the_standard_library_gives(text, expected):
    assert payload.loads_bounded(text) == expected == json.loads(text)


def test_bounded_json_reading_keeps_the_standard_library_s_leniency_and_its_refusals():
    assert payload.loads_bounded(b'{"x": NaN}')["x"] != payload.loads_bounded(b'{"x": NaN}')["x"]  # NaN, as before
    with pytest.raises(payload.NotJson):
        payload.loads_bounded(b"<html>login</html>")
    with pytest.raises(payload.NotJson):
        payload.loads_bounded(b"")
    with pytest.raises(payload.TooDeep):
        payload.loads_bounded(b"[" * 150 + b"]" * 150)
    with pytest.raises(payload.TooDeep):
        payload.loads_bounded(b"[" * 5000 + b"]" * 5000)
    assert payload.loads_bounded(b"[" * 100 + b"]" * 100) is not None


def test_pulled_fiches_inserted_in_bulk_read_back_as_the_orm_writes_them(tmp_path):
    ws = Workspace.open(tmp_path / "ws.sqlite", create=True)
    try:
        resource = {"resourceType": "Organization", "id": "ej-1", "meta": {"versionId": "3"}, "name": "Hôpital É",
                    "identifier": [{"system": "http://finess.sante.gouv.fr", "value": "750000001"}]}
        item = PulledItem(server_type="Organization", server_id="ej-1", version="3", uid=None, parent=None,
                          columns={"kind": "EJ", "name": "Hôpital É", "finess": "750000001"}, answers={},
                          resource=copy.deepcopy(resource))
        result = ws.server.apply_pulled([item])
        odd = PulledItem(server_type="Organization", server_id="ej-2", version="1", uid=None, parent=None,
                         columns={"kind": "EJ", "name": "Odd"}, answers={},
                         resource={"resourceType": "Organization", "id": "ej-2", "big": 10 ** 30,
                                   "nan": float("nan"), "none": None, "name": "nullité"})
        result.changes.merge(ws.server.apply_pulled([odd]).changes)
        node_id, odd_id = sorted(result.changes.inserted)
        fiche = ws.fiches.get(node_id)
        assert fiche.resource == resource
        stored = ws.fiches.get(odd_id).resource or {}
        assert stored["big"] == 10 ** 30 and math.isnan(stored["nan"]) and stored["none"] is None
        assert stored["name"] == "nullité"
        assert fiche.location is None and fiche.draft is None
        node = ws.nodes.get(node_id)
        assert (node.kind, node.name, node.finess, node.dirty, node.conflict) == ("EJ", "Hôpital É", "750000001",
                                                                                 False, False)
    finally:
        ws.close()
    db = sqlite3.connect(tmp_path / "ws.sqlite")
    try:
        row = db.execute("SELECT draft, location, typeof(dirty), dirty, finess_data FROM fiche JOIN node "
                         "ON node.id = fiche.node_id ORDER BY node.id").fetchone()
        assert row == ("null", "null", "integer", 0, "null")  # JSON null and 0/1 booleans, as the ORM types store
        assert db.execute("SELECT json_extract(resource, '$.name') FROM fiche WHERE node_id = ?",
                          (node_id,)).fetchone() == ("Hôpital É",)
    finally:
        db.close()

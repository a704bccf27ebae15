"""The demo generator: every level, realistic and valid identifiers, deterministic, any group size."""
from __future__ import annotations

import importlib
import sqlite3

import pytest

from app.models.demo import build_demo, luhn_complete, make_demo
from app.models.kinds import Kind


def test_luhn_complete_matches_real_numbers():
    assert luhn_complete("01000002") == "010000024"  # CH de Fleyriat
    assert luhn_complete("26010004500012"[:-1]) == "26010004500012"


def test_demo_has_every_level_and_every_colour(tmp_path):
    ws = make_demo(tmp_path / "demo.sqlite")
    try:
        stats = ws.nodes.stats()
        for kind in ("EJ", "EG", "P", "S", "UF", "UO"):
            assert stats["nodes"][kind] >= 1, kind
        fiches = stats["fiches"]
        assert fiches["finalised"] and fiches["draft"] and fiches["with_problems"]
        rows = ws.nodes.all()
        egs = {r.name: r for r in rows if r.kind == Kind.EG}
        assert egs["EHPAD Les Tilleuls"].categorie == "500" and egs["EHPAD Les Tilleuls"].domaine == "medico-social"
        assert egs["IME Le Moulin"].categorie == "183"
        assert egs["CH De Villefranche - Site Principal"].domaine == "sanitaire"
        # services only under the sanitaire structure
        by_id = {r.id: r for r in rows}
        for r in rows:
            if r.kind in ("S", "S2"):
                assert r.domaine == "sanitaire"
        # UO names follow the label rule: "Unité ..." with capitals per word
        for r in rows:
            if r.kind == Kind.UO:
                assert r.name.startswith("Unité "), r.name
                assert all(w[0].isupper() or not w[0].isalpha() for w in r.name.split()), r.name
        assert any(r.favourite for r in rows)
        assert ws.outbox.count() >= 1  # one local change waiting
        assert all(by_id[r.parent_id].kind != "UO" for r in rows if r.parent_id)
    finally:
        ws.close()


def test_identifiers_pass_their_check_keys():
    ids = importlib.import_module("app.models.identifiers")
    b = build_demo(5, 2)
    for n in b.nodes:
        if n.get("finess"):
            assert ids.check_finess(n["finess"]) is None, n["finess"]
        if n.get("siren"):
            assert ids.check_siren(n["siren"]) is None
        if n.get("siret"):
            assert ids.check_siret(n["siret"]) is None


def test_same_seed_same_data(tmp_path):
    a, b = build_demo(4, 3), build_demo(4, 3)
    assert a.nodes == b.nodes and a.fiches == b.fiches
    assert build_demo(4, 3, seed=1).nodes != a.nodes


def test_group_size_and_refusal_to_overwrite(tmp_path):
    path = tmp_path / "g.sqlite"
    ws = make_demo(path, egs=40, uos=15)
    counts = ws.nodes.stats()["nodes"]
    ws.close()
    assert counts["EG"] == 40 + 3 and counts["UO"] >= 40 * 15
    with pytest.raises(FileExistsError):
        make_demo(path)
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()

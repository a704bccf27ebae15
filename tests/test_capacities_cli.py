"""`ror-referent capacities import|show` on a real demo workspace, and the demo's lits et places."""
from __future__ import annotations

import json
from datetime import UTC, datetime

import pytest

from app.cli import main
from app.models import capacities as C
from app.models.store import Workspace
from app.models.workflow import OutboxOp

VILLEFRANCHE = "CH De Villefranche - Site Principal"


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("cap") / "demo.sqlite"
    assert main(["demo", "--out", str(path)]) == 0
    return path


@pytest.fixture
def work(demo_file, tmp_path):
    copy = tmp_path / "w.sqlite"
    copy.write_bytes(demo_file.read_bytes())
    return copy


def _villefranche(path):
    ws = Workspace.open(path)
    try:
        eg = next(r for r in ws.nodes.all() if r.name == VILLEFRANCHE)
        units = {r.uo_name: r for r in ws.capacities.rows([eg.id])}
        uids = {name: ws.nodes.get(r.node_id).uid for name, r in units.items()}
        return eg, units, uids
    finally:
        ws.close()


def test_the_demo_has_figures_of_various_ages(work):
    ws = Workspace.open(work)
    try:
        rows = [r for r in ws.capacities.rows() if r.counts]
        now = datetime.now(UTC)
        assert len(rows) >= 15 and {r.nature for r in rows} == {C.LIT, C.PLACE}
        assert any(not C.is_stale(r, now) for r in rows) and any(C.is_stale(r, now) for r in rows)
        assert all(C.check(r.counts) is None and r.sync_state == C.SYNCED for r in rows)
        assert len(ws.capacities.history(rows[0].node_id)) >= 20
        assert not [e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY]
    finally:
        ws.close()


def test_show_lists_an_eg_in_text_and_json(work, capsys):
    eg, units, _ = _villefranche(work)
    assert main(["capacities", "show", "--workspace", str(work), "--eg", eg.finess, "--json"]) == 0
    shown = json.loads(capsys.readouterr().out)
    assert {r["unit"] for r in shown} == set(units) and all(r["eg"] == VILLEFRANCHE for r in shown)
    urgences = next(r for r in shown if r["unit"] == "Unité D'Urgences")
    assert urgences["counts"][C.INSTALLES] == units["Unité D'Urgences"].counts[C.INSTALLES]
    assert urgences["age_hours"] is not None and urgences["sync_state"] == "synced"
    assert main(["capacities", "show", "--workspace", str(work), "--eg", eg.finess]) == 0
    text = capsys.readouterr().out
    assert "Unité D'Urgences" in text and "Installés" in text
    assert main(["capacities", "show", "--workspace", str(work), "--eg", "999999999"]) == 2
    assert "999999999" in capsys.readouterr().err


def test_import_refuses_line_by_line_and_applies_nothing(work, tmp_path, capsys):
    _, units, uids = _villefranche(work)
    before = {name: dict(r.counts) for name, r in units.items()}
    urg = uids["Unité D'Urgences"]
    bad = tmp_path / "bad.csv"
    bad.write_text("unite;nature;statut;nombre;temporalite\n"
                   f"{urg};lit;disponibles;0;courant\n"
                   "inconnue;lit;disponibles;3;\n"
                   f"{urg};lit;fermés;douze;\n", encoding="utf-8")
    assert main(["capacities", "import", str(bad), "--workspace", str(work)]) == 2
    err = capsys.readouterr().err
    assert "Ligne 3 : unité « inconnue » introuvable" in err and "Ligne 4 : nombre invalide « douze »" in err
    assert "2 ligne(s) refusée(s) : rien n'a été importé." in err and "Traceback" not in err
    _, after, _ = _villefranche(work)
    assert {name: dict(r.counts) for name, r in after.items()} == before


def test_import_applies_a_good_file_as_bed_management(work, tmp_path, capsys):
    _, units, uids = _villefranche(work)
    urg = uids["Unité D'Urgences"]
    good = tmp_path / "good.csv"
    good.write_text("Unité,Nature,Statut,Nombre\n"
                    f"{urg},Lits,Installés,40\n"
                    f"{urg},Lits,Disponibles,7\n"
                    f"{urg},Lits,Occupés,30\n", encoding="utf-8-sig")
    assert main(["capacities", "import", str(good), "--workspace", str(work), "--dry-run"]) == 0
    assert "rien n'a été enregistré" in capsys.readouterr().out
    assert main(["capacities", "import", str(good), "--workspace", str(work)]) == 0
    assert "3 ligne(s) importée(s) pour 1 unité(s)" in capsys.readouterr().out
    _, after, _ = _villefranche(work)
    row = after["Unité D'Urgences"]
    assert (row.counts[C.INSTALLES], row.counts[C.DISPONIBLES], row.counts[C.OCCUPES]) == (40, 7, 30)
    assert row.source == C.BED_MANAGEMENT and row.sync_state == C.PENDING
    missing = tmp_path / "missing.csv"
    assert main(["capacities", "import", str(missing), "--workspace", str(work)]) == 2
    assert "Fichier illisible" in capsys.readouterr().err

"""`ror-referent check`: what would block a send, through the installed entry point, on real workspace files."""
from __future__ import annotations

import json
import subprocess
import sys

from app.models.demo import make_demo
from app.models.demo_answers import fiche_answers
from app.models.kinds import Kind
from app.models.store import Workspace


def rr(*args):
    return subprocess.run([sys.executable, "-m", "app", *map(str, args)], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=300)


def clean_workspace(path):
    """A small workspace where nothing blocks: an EJ, an EG fresh from FINESS, one complete finalised unit."""
    ws = Workspace.open(path, create=True)
    ej = ws.nodes.create(None, Kind.EJ, ["Association Test"], finess="010780054",
                         origins={"name": "finess"}).inserted.pop()
    eg = ws.nodes.create(ej, Kind.EG, ["EHPAD Test"], finess="010000024", domaine="medico-social",
                         categorie="500", departement="01", origins={"name": "finess"}).inserted.pop()
    answers = fiche_answers("uo-ms", {"name": "Unité Hébergement Permanent", "champ": "04", "type_offre": "21",
                                      "seed": 1})
    uo = ws.nodes.create(eg, Kind.UO, ["Unité Hébergement Permanent"], answers=answers, questionnaire="uo-ms",
                         champ="04", type_offre="21").inserted.pop()
    ws.fiches.finalise(uo)
    ws.close()


def test_on_the_demo_it_names_what_blocks_and_exits_1(tmp_path):
    path = tmp_path / "demo.sqlite"
    make_demo(path).close()
    proc = rr("check", "--workspace", path)
    assert proc.returncode == 1, proc.stderr
    out = proc.stdout
    # the day-care unit with its problems, by name and path, each problem with its rule code
    assert "Unité Accueil De Jour Pour Personnes Âgées Dépendantes (unité opérationnelle, brouillon)" in out
    assert "Association Les Tilleuls › EHPAD Les Tilleuls › Unité Accueil De Jour" in out
    assert "bloquant  [REQ] Âge minimum (ans) : Champ obligatoire" in out
    # the drafts a send needs finalised, and the quality rules' advice apart
    assert "== Fiches à finaliser (brouillons)" in out and "Unité Semi-Internat" in out
    assert "conseil   [CP5]" in out and "L'envoi serait refusé" in out
    report = json.loads(rr("check", "--workspace", path, "--json").stdout)
    assert report["ok"] is False and report["with_blocking_problems"] >= 2
    day_care = next(f for f in report["fiches"] if "Accueil De Jour" in f["name"])
    assert day_care["path"][:2] == ["Association Les Tilleuls", "EHPAD Les Tilleuls"] and day_care["blocking"] >= 5
    assert {"code": "REQ", "level": "error", "link_id": "uo.age_min"}.items() <= day_care["problems"][0].items()


def test_one_eg_only(tmp_path):
    path = tmp_path / "demo.sqlite"
    ws = make_demo(path)
    ime = next(r for r in ws.nodes.all() if r.name == "IME Le Moulin")
    ws.close()
    report = json.loads(rr("check", "--workspace", path, "--eg", ime.finess, "--json").stdout)
    names = {f["name"] for f in report["fiches"]}
    assert "Unité Semi-Internat Pour Enfants Et Adolescents Handicapés" in names
    assert not any("Accueil De Jour" in n for n in names)
    unknown = rr("check", "--workspace", path, "--eg", "999999999")
    assert unknown.returncode == 2 and "999999999" in unknown.stderr and "Traceback" not in unknown.stderr


def test_on_a_clean_workspace_it_exits_0(tmp_path):
    path = tmp_path / "clean.sqlite"
    clean_workspace(path)
    proc = rr("check", "--workspace", path)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert "Rien ne bloque l'envoi." in proc.stdout
    report = json.loads(rr("check", "--workspace", path, "--json").stdout)
    assert report["ok"] is True and report["with_blocking_problems"] == 0 and report["checked"] == 3


def test_a_missing_or_foreign_file_is_one_sentence(tmp_path):
    proc = rr("check", "--workspace", tmp_path / "none.sqlite")
    assert proc.returncode == 2 and proc.stderr.startswith("ror-referent: ") and "Traceback" not in proc.stderr
    assert len(proc.stderr.strip().splitlines()) == 1
    other = tmp_path / "notes.sqlite"
    other.write_text("pas une base")
    proc = rr("check", "--workspace", other)
    assert proc.returncode == 2 and "Traceback" not in proc.stderr

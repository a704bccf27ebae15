"""Nomenclature pack: the converter on the real NOS files and on FHIR JSON, the runtime look-up and search."""
from __future__ import annotations

import csv
import json
import shutil
from pathlib import Path

import pytest

from app.cli import main
from app.models.nomenclature_build import build, convert
from app.models.nomenclatures import DEFAULT_DIR, Concept, NomenclatureError, NomenclaturePack, ValueSet, fold

R227 = "https://mos.esante.gouv.fr/NOS/TRE_R227-ChampActivite/FHIR/TRE-R227-ChampActivite"
J16_URL = "https://mos.esante.gouv.fr/NOS/JDV_J16-ActeSpecifique-ROR/FHIR/JDV-J16-ActeSpecifique-ROR"


def header_and_rows(path: Path) -> tuple[dict[str, str], int]:
    """The '#' header of a reference CSV (first value per key) and its number of data rows."""
    lines = path.read_text(encoding="utf-8").splitlines()
    meta: dict[str, str] = {}
    body = []
    for line in lines:
        if line.startswith("#"):
            key, _, value = line[1:].partition(":")
            meta.setdefault(key.strip().lower(), value.strip())
        elif line.strip():
            body.append(line)
    return meta, len(list(csv.reader(body, delimiter=";"))) - 1


@pytest.fixture(scope="module")
def pack() -> NomenclaturePack:
    return NomenclaturePack.default()


@pytest.fixture
def built(reference, tmp_path) -> Path:
    out = tmp_path / "pack"
    build([reference / "nomenclatures", reference / "ror-quality" / "perimeter.csv"], out)
    return out


# --- converter on the real files -------------------------------------------------------------------------

def test_every_reference_csv_is_converted_with_its_url_version_and_rows(reference, built):
    index = {row["url"]: row for row in json.loads((built / "index.json").read_text("utf-8"))["entries"]}
    csvs = sorted((reference / "nomenclatures").glob("*.csv"))
    assert len(csvs) == 32
    for path in csvs:
        meta, rows = header_and_rows(path)
        row = index.get(meta["url"])
        assert row is not None, f"{path.name} missing from the pack"
        assert row["version"] == meta["version"], path.name
        assert row["count"] == rows, path.name
        entry = json.loads((built / row["file"]).read_text("utf-8"))
        assert entry["url"] == meta["url"] and entry["version"] == meta["version"]
        assert entry["source"]["file"] == path.name


def test_pack_files_are_compact(built):
    text = (built / "JDV_J16-ActeSpecifique-ROR.json").read_text("utf-8")
    assert "\n" not in text and ": " not in text[:200]
    assert len(text.encode()) < 120_000


def test_shipped_pack_matches_a_fresh_build(built):
    fresh = json.loads((built / "index.json").read_text("utf-8"))
    shipped = json.loads((DEFAULT_DIR / "index.json").read_text("utf-8"))
    assert fresh == shipped, "app/resources/nomenclatures is out of date: run `ror-referent nomenclatures build`"


def test_systems_come_from_header_rows_or_matching_tre(built):
    pack = NomenclaturePack(built)
    assert pack.get("J20").lookup("01").system == R227  # from the header's code_system
    assert pack.get("J17").lookup("003").system.endswith("/TRE-R211-ActiviteOperationnelle")  # from a note
    j55 = pack.get("J55")
    assert j55.lookup("500").system.endswith("/TRE-R66-CategorieEtablissement")
    assert j55.lookup("SA05").system.endswith("/TRE-R02-SecteurActivite")
    assert pack.get("J203").lookup("EJ").system.endswith("/TRE-R67-TypeStructure-EJ-EG")
    assert pack.get("J51").lookup("004").system.endswith("/TRE-R265-PrestationPilotageSerafin")


def test_system_taken_from_the_matching_tre_file(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "TRE_R900-Couleur.csv").write_text(
        "# CodeSystem: TRE_R900_Couleur\n# url: http://example.org/NOS/TRE_R900-Couleur/FHIR/TRE-R900-Couleur\n"
        "# version: 20250101120000\n# note: used by JDV_J900-Couleur-ROR\ncode;display\n1;Rouge\n2;Vert\n", "utf-8")
    (src / "JDV_J900-Couleur-ROR.csv").write_text(
        "# ValueSet: JDV_J900_Couleur_ROR\n# url: http://example.org/NOS/JDV_J900-Couleur-ROR/FHIR/JDV-J900-Couleur-ROR\n"
        "# version: 20250202120000\ncode;display\n1;Rouge\n", "utf-8")
    pack = NomenclaturePack(_build_into(src, tmp_path / "out"))
    assert pack.get("J900").lookup("1").system == "http://example.org/NOS/TRE_R900-Couleur/FHIR/TRE-R900-Couleur"
    assert pack.get("J900").version == "20250202120000"


def test_awkward_rows_are_read_right(built):
    pack = NomenclaturePack(built)
    assert pack.get("J16").lookup("1437").display == 'Réalisation de "Mon bilan prévention"'
    assert pack.get("R330").lookup("05").display == "Fermé"  # its definition holds a ';'
    a14 = pack.concept_map("A14")
    assert len(a14.elements) == 65 and "135" in a14.targets("2.1.1.1")


def test_retired_codes_are_kept_flagged_and_not_offered(pack):
    r330 = pack.get("TRE_R330-TypeStatutCapacite")
    old = r330.lookup("07")
    assert old is not None and old.retired and old.display == "Opérationnel"
    assert not r330.lookup("01").retired
    assert all(c.code != "07" for c in r330.search("opérationnel"))


# --- converter on FHIR JSON --------------------------------------------------------------------------------

EXPANSION = {
    "resourceType": "ValueSet", "url": "http://example.org/fhir/ValueSet/vs-test", "version": "2.1.0",
    "name": "VsTest", "title": "Jeu de test",
    "expansion": {"timestamp": "2025-01-01T00:00:00Z", "contains": [
        {"system": "http://example.org/cs", "code": "A", "display": "Échographie abdominale"},
        {"system": "http://example.org/cs", "code": "G", "abstract": True, "display": "Groupe", "contains": [
            {"system": "http://example.org/cs", "code": "B", "display": "Scanner"},
            {"system": "http://example.org/other", "code": "C", "display": "Ancien code", "inactive": True},
        ]},
    ]},
}
CODESYSTEM = {
    "resourceType": "CodeSystem", "url": "http://example.org/cs", "version": "20240101120000", "name": "CsTest",
    "concept": [
        {"code": "1", "display": "Parent", "concept": [
            {"code": "1.1", "display": "Enfant"},
            {"code": "1.2", "display": "Retiré", "property": [{"code": "status", "valueCode": "retired"}]},
        ]},
        {"code": "2", "display": "Autre", "property": [{"code": "deprecated", "valueBoolean": True}]},
    ],
}
COMPOSE = {
    "resourceType": "ValueSet", "url": "http://example.org/fhir/ValueSet/vs-compose", "version": "1",
    "compose": {"include": [{"system": "http://example.org/cs", "concept": [
        {"code": "1", "display": "Un"}, {"code": "2", "display": "Deux"}]}],
        "exclude": [{"system": "http://example.org/cs", "concept": [{"code": "2"}]}]},
}


def _build_into(src: Path, out: Path) -> Path:
    build([src], out)
    return out


def test_fhir_valueset_expansion_and_codesystem_are_converted(tmp_path):
    src = tmp_path / "src"
    src.mkdir()
    (src / "vs.json").write_text(json.dumps(EXPANSION), "utf-8")
    (src / "cs.json").write_text(json.dumps(CODESYSTEM), "utf-8")
    (src / "compose.json").write_text(json.dumps(COMPOSE), "utf-8")
    pack = NomenclaturePack(_build_into(src, tmp_path / "out"))
    vs = pack.get("http://example.org/fhir/ValueSet/vs-test|2.1.0")
    assert (vs.version, vs.name, vs.title) == ("2.1.0", "VsTest", "Jeu de test")
    assert [c.code for c in vs.concepts] == ["A", "G", "B", "C"]
    assert vs.lookup("C") == Concept("http://example.org/other", "C", "Ancien code", retired=True)
    assert vs.search("echo")[0].code == "A"
    cs = pack.get("CsTest")
    assert [c.code for c in cs.concepts] == ["1", "1.1", "1.2", "2"]
    assert [c.code for c in cs.concepts if c.retired] == ["1.2", "2"]
    assert [c.code for c in pack.get("http://example.org/fhir/ValueSet/vs-compose").concepts] == ["1"]


# --- broken sources ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("name, content, words", [
    ("JDV_J1-Casse-ROR.csv", "# ValueSet: X\n# url: http://example.org/NOS/JDV_J1-Casse-ROR/FHIR/x\n"
     "# code_system: http://example.org/cs\ncode;display\n01;Bon\n02\n", ["ligne 6", "display"]),
    ("sans-url.csv", "# ValueSet: X\ncode;display\n01;Bon\n", ["url"]),
    ("vs.json", '{"resourceType": "ValueSet", "url": ', ["JSON invalide"]),
    ("patient.json", '{"resourceType": "Patient"}', ["ValueSet ou CodeSystem attendu"]),
    ("binaire.csv", "\x00\x01\x02", ["pas un fichier texte"]),
])
def test_broken_source_gives_a_french_error_and_writes_nothing(reference, tmp_path, name, content, words):
    src = tmp_path / "src"
    src.mkdir()
    shutil.copy(reference / "nomenclatures" / "JDV_J20-ChampActivite-ROR.csv", src)
    (src / name).write_text(content, "utf-8")
    out = tmp_path / "out"
    with pytest.raises(NomenclatureError) as err:
        build([src], out)
    message = str(err.value)
    assert name in message and all(w in message for w in words), message
    assert not out.exists()


def test_broken_source_leaves_an_existing_pack_as_it_was(built, tmp_path):
    before = {p.name: p.read_bytes() for p in built.iterdir()}
    bad = tmp_path / "bad.csv"
    bad.write_text("# ValueSet: X\n# url: http://example.org/x\ncode;display\n;Sans code\n", "utf-8")
    with pytest.raises(NomenclatureError, match="ligne 4"):
        build([bad], built)
    assert {p.name: p.read_bytes() for p in built.iterdir()} == before


def test_cli_build_and_list(reference, tmp_path, capsys):
    out = tmp_path / "pack"
    assert main(["nomenclatures", "build", str(reference / "nomenclatures" / "JDV_J20-ChampActivite-ROR.csv"),
                 str(reference / "nomenclatures" / "TRE_R227-ChampActivite.csv"), "--out", str(out)]) == 0
    printed = capsys.readouterr().out
    assert "JDV_J20-ChampActivite-ROR.json" in printed and "index.json" in printed
    assert main(["nomenclatures", "list", "--dir", str(out), "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)
    assert {(r["name"], r["version"], r["count"]) for r in rows} == {
        ("JDV_J20-ChampActivite-ROR", "20260330120000", 6), ("TRE_R227-ChampActivite", "20260330120000", 6)}
    assert main(["nomenclatures", "list"]) == 0
    assert "JDV_J16-ActeSpecifique-ROR" in capsys.readouterr().out


def test_cli_user_mistakes_are_french_without_traceback(tmp_path, capsys):
    bad = tmp_path / "bad.json"
    bad.write_text("{", "utf-8")
    assert main(["nomenclatures", "build", str(bad), "--out", str(tmp_path / "o")]) == 2
    err = capsys.readouterr().err
    assert "JSON invalide" in err and "Traceback" not in err
    assert main(["nomenclatures", "search", "J999", "x"]) == 2
    assert "inconnu" in capsys.readouterr().err


# --- runtime look-up and search ---------------------------------------------------------------------------

def test_get_by_url_name_and_short_id(pack):
    vs = pack.get("JDV_J16-ActeSpecifique-ROR")
    assert isinstance(vs, ValueSet) and len(vs.concepts) == 1305
    assert vs.url == J16_URL and vs.version == "20260629120000" and vs.title == "Acte spécifique - ROR"
    for key in (J16_URL, J16_URL + "|20260629120000", "J16", "j16", "JDV_J16_ActeSpecifique_ROR"):
        assert pack.get(key) is vs, key
    assert pack.get("TRE_R227-ChampActivite") is pack.get("R227")
    assert pack.get("J9999") is None and pack.get("") is None
    names = pack.names()
    assert "JDV_J17-ActiviteOperationnelle-ROR" in names and "TRE_R227-ChampActivite" in names
    assert "perimetre-ror" not in names


def test_lookup_by_code(pack):
    champ = pack.get("J20")
    assert champ.lookup("01").display.startswith("Médecine, Chirurgie, Obstétrique")
    assert champ.lookup("99") is None
    assert champ.lookup("03").as_coding() == {"system": R227, "code": "03", "display": "Psychiatrie (PSY)"}


def test_search_ignores_accents_and_case(pack):
    actes = pack.get("J16")
    plain = [c.display for c in actes.search("echographie", limit=200)]
    assert "Échographie de datation de grossesse" in plain
    assert plain == [c.display for c in actes.search("ÉCHOGRAPHIE", limit=200)]
    assert plain == [c.display for c in actes.search("Echographie", limit=200)]
    assert all("echographie" in fold(d) for d in plain)


def test_search_puts_word_starts_first(pack):
    actes = pack.get("J16")
    found = actes.search("cardi", limit=500)
    assert found, "nothing found for 'cardi'"

    def group(c: Concept) -> int:
        label = fold(c.display)
        return 0 if label.startswith("cardi") else 1 if " cardi" in " " + label else 2

    groups = [group(c) for c in found]
    assert groups == sorted(groups)
    assert set(groups) == {0, 1, 2}  # 'Cardiologie...', '... cardiaque', '...péricardique'
    assert len(actes.search("cardi", limit=3)) == 3


def test_search_with_several_words_and_codes(pack):
    actes = pack.get("J16")
    found = actes.search("echo card")
    assert found and all("echo" in fold(c.display) and "card" in fold(c.display) for c in found)
    assert actes.search("0001")[0].code == "0001"
    assert actes.search("zzzzz") == []


def test_value_set_files_are_read_only_when_asked_for(tmp_path):
    shutil.copytree(DEFAULT_DIR, tmp_path / "pack")
    (tmp_path / "pack" / "JDV_J17-ActiviteOperationnelle-ROR.json").write_text("broken", "utf-8")
    pack = NomenclaturePack(tmp_path / "pack")
    assert "JDV_J17-ActiviteOperationnelle-ROR" in pack.names()
    assert len(pack.get("J16").concepts) == 1305
    with pytest.raises(NomenclatureError, match="illisible"):
        pack.get("J17")


def test_missing_pack_is_a_french_error(tmp_path):
    with pytest.raises(NomenclatureError, match="introuvable"):
        NomenclaturePack(tmp_path / "nowhere").get("J16")


def test_default_pack_is_cached():
    assert NomenclaturePack.default() is NomenclaturePack.default()


def test_add_fetched_valueset_newer_version_wins(tmp_path):
    pack = NomenclaturePack(DEFAULT_DIR)
    shipped = pack.get("J20")
    older = {"resourceType": "ValueSet", "url": shipped.url, "version": "20200101120000",
             "expansion": {"contains": [{"system": R227, "code": "01", "display": "Ancien"}]}}
    assert pack.add(older) is shipped
    newer = dict(older, version="20270101120000",
                 expansion={"contains": [{"system": R227, "code": "07", "display": "Nouveau champ"}]})
    added = pack.add(newer)
    assert pack.get("J20") is added and pack.get(shipped.url + "|20270101120000") is added
    assert added.name == "JDV_J20-ChampActivite-ROR" and added.lookup("07").display == "Nouveau champ"
    listed = {r["name"]: r for r in pack.entries()}
    assert listed["JDV_J20-ChampActivite-ROR"]["version"] == "20270101120000"
    other = pack.add({"resourceType": "ValueSet", "url": "http://example.org/vs/new", "name": "Nouveau",
                      "compose": {"include": [{"system": "http://example.org/cs", "concept": [{"code": "x",
                                                                                               "display": "X"}]}]}})
    assert pack.get("Nouveau") is other
    with pytest.raises(NomenclatureError):
        pack.add({"resourceType": "ValueSet", "url": "http://example.org/vs/empty"})
    assert NomenclaturePack.default().get("J20") is not added  # the shared pack is untouched


# --- FINESS categories ------------------------------------------------------------------------------------

def test_perimeter_maps_categories_to_domaines(pack, reference):
    assert pack.domaine_of_categorie("500") == "medico-social"
    assert pack.domaine_of_categorie("355") == "sanitaire"
    assert pack.domaine_of_categorie(124) == "ville"
    assert pack.domaine_of_categorie("604") == "coordination"
    assert pack.domaine_of_categorie("-1") == "autre"
    assert pack.domaine_of_categorie("999") == "autre" and pack.domaine_of_categorie(None) == "autre"
    assert pack.perimetre_of_categorie("355") == "historique"
    assert pack.perimetre_of_categorie("165") == "2024"
    assert pack.perimetre_of_categorie("124") is None
    assert pack.label_of_categorie("500") == "Etablissement d'hébergement pour personnes âgées dépendantes"
    assert pack.label_of_categorie("999") is None
    rows = [line for line in (reference / "ror-quality" / "perimeter.csv").read_text("utf-8").splitlines()
            if line and not line.startswith("#")]
    entry = json.loads((DEFAULT_DIR / "perimetre-ror.json").read_text("utf-8"))
    assert len(entry["categories"]) == len(rows) - 1
    assert entry["source"]["file"] == "perimeter.csv" and entry["source"]["repo"] == "ansforge/ROR-indicateurs-BI-SQL"


def test_convert_keeps_the_newest_of_two_versions(tmp_path):
    old = dict(CODESYSTEM, version="20200101120000", concept=[{"code": "9", "display": "Vieux"}])
    (tmp_path / "a.json").write_text(json.dumps(CODESYSTEM), "utf-8")
    (tmp_path / "b.json").write_text(json.dumps(old), "utf-8")
    entries = convert([tmp_path / "a.json", tmp_path / "b.json"])
    assert [e["version"] for e in entries] == ["20240101120000"]


def test_typeahead_bench_reports_its_figure():
    import importlib.util

    spec = importlib.util.spec_from_file_location("bench_typeahead",
                                                  DEFAULT_DIR.parents[2] / "bench" / "bench_typeahead.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    [row] = module.run()
    assert row["bench"] == "typeahead_ms" and row["unit"] == "ms" and row["target"] == 10 and row["value"] > 0


def test_windows_1252_csv_is_read(reference, tmp_path):
    text = (reference / "nomenclatures" / "JDV_J20-ChampActivite-ROR.csv").read_text("utf-8")
    src = tmp_path / "JDV_J20-ChampActivite-ROR.csv"
    src.write_bytes(text.encode("cp1252"))
    pack = NomenclaturePack(_build_into(src, tmp_path / "out"))
    assert pack.get("J20").lookup("04").display == "Médico-social (MS)"

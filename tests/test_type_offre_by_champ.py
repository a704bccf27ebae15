"""Type d'offre filtered by champ d'activité: the curated J238 table, the derived value sets, the UO forms."""
from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from app.cli import main
from app.models.forms_catalog import CHAMP_FORMS
from app.models.nomenclature_build import (
    CHAMP_TABLE,
    CHAMPS,
    TYPE_OFFRE_SETS,
    TYPE_OFFRE_URL,
    convert,
    parse_csv,
    read_champ_table,
)
from app.models.nomenclatures import NomenclaturePack

R244 = "https://mos.esante.gouv.fr/NOS/TRE_R244-CategorieOrganisation/FHIR/TRE-R244-CategorieOrganisation"
QUESTIONNAIRES_DIR = Path(__file__).resolve().parent.parent / "app" / "resources" / "questionnaires"
J238_URL = "https://mos.esante.gouv.fr/NOS/JDV_J238-TypeOffre-ROR/FHIR/JDV-J238-TypeOffre-ROR"
FORM_SETS = {"uo-mco": "MCO", "uo-smr": "SMR", "uo-psy": "PSY", "uo-ms": "MS"}
# Type codes the demo gives its units, by the form they are described with (app/models/demo.py).
DEMO_TYPES = {"MS": ["21", "22", "23", "24", "26", "48", "140"], "MCO": ["149", "20", "153", "150", "157"],
              "PSY": ["15", "77"], "SMR": ["101", "102"]}
SIZES = {"MCO": 154, "SMR": 21, "PSY": 45, "MS": 80}


@pytest.fixture(scope="module")
def pack() -> NomenclaturePack:
    return NomenclaturePack.default()


@pytest.fixture(scope="module")
def table() -> dict[str, list[str]]:
    return read_champ_table(parse_csv(CHAMP_TABLE))


def codes(pack: NomenclaturePack, label: str) -> set[str]:
    vs = pack.get(TYPE_OFFRE_URL.format(label))
    assert vs is not None, label
    return {c.code for c in vs.concepts}


def item(form: str, link_id: str) -> dict:
    def walk(items):
        for i in items:
            if i.get("linkId") == link_id:
                return i
            found = walk(i.get("item", []))
            if found:
                return found
        return None
    return walk(json.loads((QUESTIONNAIRES_DIR / f"{form}.json").read_text("utf-8"))["item"])


# --- the curated table --------------------------------------------------------------------------------------

def test_every_j238_code_is_classified_once_with_a_reason(pack, table):
    j238 = {c.code for c in pack.get(J238_URL).concepts}
    assert len(j238) == 273
    assert set(table) == j238
    rows = list(csv.DictReader((r for r in CHAMP_TABLE.read_text("utf-8").splitlines() if not r.startswith("#")),
                               delimiter=";"))
    assert all(r["reason"].strip() for r in rows)
    assert all(set(champs) <= set(CHAMPS) and champs for champs in table.values())


def test_every_reference_j238_code_is_classified(reference, table):
    text = (reference / "nomenclatures" / "JDV_J238-TypeOffre-ROR.csv").read_text("utf-8")
    ref = [line.split(";")[0] for line in text.splitlines() if line[:1].isdigit()]
    assert len(ref) == 273 and not [c for c in ref if c not in table]


def test_labels_decide_the_obvious_champs(pack, table):
    for concept in pack.get(J238_URL).concepts:
        label = concept.display
        if "Soins Médicaux et de Réadaptation (SMR)" in label:
            assert table[concept.code] == ["02"], label
        if label.startswith("Unité hospitalière"):
            assert "01" in table[concept.code], label
        if label.startswith(("Cabinet de ville", "Cabinet dentaire")):
            assert table[concept.code] == ["05"], label


def test_sets_cover_the_champs_each_form_serves():
    served = {label: set() for label in TYPE_OFFRE_SETS}
    for champ, form in CHAMP_FORMS.items():
        served[FORM_SETS[form]].add(champ)
    assert {label: set(champs) for label, champs in TYPE_OFFRE_SETS.items()} == served


# --- the derived value sets ---------------------------------------------------------------------------------

def test_derived_sets_in_the_shipped_pack(pack):
    j238 = pack.get(J238_URL)
    for label, size in SIZES.items():
        vs = pack.get(TYPE_OFFRE_URL.format(label))
        assert len(vs.concepts) == size, label
        assert vs.version == j238.version and "TypeOffre" in vs.url
        assert {c.system for c in vs.concepts} == {R244}
        assert vs.source["derived_from"] == J238_URL
        by_code = {c.code: c.display for c in j238.concepts}
        assert all(by_code[c.code] == c.display for c in vs.concepts)
    assert pack.get("J238") is j238  # the derived sets do not shadow J238's short id
    entry = json.loads((pack.directory / "J238-TypeOffre-ROR-MCO.json").read_text("utf-8"))
    assert J238_URL in entry["note"] and "J238-par-champ.csv" in entry["note"]


def test_known_members_and_non_members(pack):
    mco, smr, psy, ms = (codes(pack, label) for label in ("MCO", "SMR", "PSY", "MS"))
    assert "21" in ms and "21" not in mco and "21" not in psy
    assert "157" in mco and "157" not in ms and "157" not in smr
    assert "101" in smr and "101" not in mco
    assert "15" in psy and "15" not in mco and "15" not in ms
    assert "196" in mco and "196" not in psy  # Ville units use the MCO form
    assert "135" in ms and "135" not in mco    # Social units use the MS form
    assert "88" in mco & smr & psy & ms         # dispositif expérimental: any champ


def test_demo_types_are_offered_by_their_form(pack):
    for label, demo_codes in DEMO_TYPES.items():
        assert set(demo_codes) <= codes(pack, label), label


# --- the forms ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("form", sorted(FORM_SETS))
def test_uo_forms_point_at_their_derived_set_and_check_clean(form, capsys):
    assert item(form, "uo.type_offre")["answerValueSet"] == TYPE_OFFRE_URL.format(FORM_SETS[form])
    assert main(["form-check", str(QUESTIONNAIRES_DIR / f"{form}.json")]) == 0
    assert json.loads(capsys.readouterr().out)["warnings"] == []


def test_form_check_would_flag_a_missing_set(tmp_path, capsys):
    data = json.loads((QUESTIONNAIRES_DIR / "uo-ms.json").read_text("utf-8"))
    path = tmp_path / "uo.json"
    path.write_text(json.dumps(data).replace(TYPE_OFFRE_URL.format("MS"), TYPE_OFFRE_URL.format("XX")), "utf-8")
    assert main(["form-check", str(path)]) == 0
    assert any("uo.type_offre" in w for w in json.loads(capsys.readouterr().out)["warnings"])


# --- the converter ------------------------------------------------------------------------------------------

J238_CSV = ("# ValueSet: JDV_J238_TypeOffre_ROR\n# url: " + J238_URL + "\n# version: 20250625120000\n"
            f"# note: codes from CodeSystem {R244}\ncode;display\n21;EHPAD\n149;Cardiologie\n101;SMR gériatrie\n")


def _sources(tmp_path: Path, table: str | None) -> Path:
    src = tmp_path / "src"
    src.mkdir()
    (src / "JDV_J238-TypeOffre-ROR.csv").write_text(J238_CSV, "utf-8")
    if table is not None:
        (src / "J238-par-champ.csv").write_text("code;champs;reason\n" + table, "utf-8")
    return src


def test_a_table_given_as_source_is_used(tmp_path):
    src = _sources(tmp_path, "21;04;ehpad\n149;01,02;test\n101;02;smr\n")
    entries = {e["url"]: e for e in convert([src])}
    assert [c[0] for c in entries[TYPE_OFFRE_URL.format("SMR")]["concepts"]] == ["149", "101"]
    assert [c[0] for c in entries[TYPE_OFFRE_URL.format("MS")]["concepts"]] == ["21"]
    assert entries[TYPE_OFFRE_URL.format("PSY")]["concepts"] == []


def test_an_unclassified_code_stops_the_build_in_french(tmp_path, capsys):
    src = _sources(tmp_path, "21;04;ehpad\n149;01;mco\n")
    out = tmp_path / "out"
    assert main(["nomenclatures", "build", str(src), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert "sans champ d'activité" in err and "101" in err and "Traceback" not in err
    assert not out.exists()


def test_an_unknown_champ_is_refused(tmp_path, capsys):
    src = _sources(tmp_path, "21;04;ehpad\n149;07;mco\n101;02;smr\n")
    assert main(["nomenclatures", "build", str(src), "--out", str(tmp_path / "out")]) == 2
    assert "champ d'activité « 07 » inconnu" in capsys.readouterr().err

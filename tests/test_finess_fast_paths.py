"""The import's fast paths give exactly what the plain code gives: the checks of FINESS and SIRET numbers, the
structure built without its generated __init__, the stored JSON text and the uid of each new node."""
from __future__ import annotations

import dataclasses
import json
import random
import sqlite3
import uuid

import pytest

from app.models.finess import FinessStructure, finess_problem, parse_extract, siret_problem_of
from app.models.finess_import import import_finess
from app.models.identifiers import check_finess, check_siret
from app.models.store import Workspace
from app.models.store.structures import uuid4_strings
from tests.finess_rows import finess, luhn_key, write_extract

TRICKY = ['guillemets " et \\ barre', "tab\there", "ligne\nsuivante", "\x01\x1f contrôle", "émoji 🏥",
          "séparateurs \u2028\u2029", "", "Œuvre « Saint-Étienne »", "/ slash"]


@pytest.fixture
def sample(reference):
    return reference / "finess" / "etalab-cs1100502-stock-20260512-sample.csv"


def _numbers(length: int, count: int) -> list[str]:
    rng = random.Random(length)
    return ["".join(rng.choice("0123456789") for _ in range(length)) for _ in range(count)]


def test_the_fast_finess_check_says_what_check_finess_says():
    valid = [finess(dep, n) for dep in ("01", "13", "75", "97", "98", "95") for n in (0, 123456, 999999)]
    odd = ["2A0000001", "9B0000015", "2a0000001", "01 000 0024", "010000025", "200000017", "960000000",
           "01000002", "0100000240", "01000002４", "", "ABCDEFGHI", "０10000024"]
    values = valid + odd + _numbers(9, 3000)
    assert all(finess_problem(v) is None for v in valid)
    assert [finess_problem(v) for v in values] == [check_finess(v) for v in values]


def test_the_fast_siret_check_says_what_check_siret_says():
    siren = "260100045"
    odd = [siren + "00012", siren + "00013", "35600000000048", "35600000012345", "35600000012340",
           "2601000450001", "260 100 045 00012", "2601000450001２", "26010004500O12", ""]
    values = odd + _numbers(14, 3000) + [n[:8] + luhn_key(n[:8]) + n[9:] for n in _numbers(14, 300)]  # SIREN good
    values += [(head := n[:8] + luhn_key(n[:8])) + n[9:13] + luhn_key(head + n[9:13]) for n in _numbers(14, 500)]
    assert sum(siret_problem_of(v) is None for v in values) > 500, "valid numbers are among them"
    assert [siret_problem_of(v) for v in values] == [check_siret(v) for v in values]


def test_a_structure_built_from_its_values_is_the_same_frozen_dataclass():
    values = [f"v{i}" for i in range(31)]
    built = FinessStructure.of_values(iter(values))
    assert built == FinessStructure(*values) and dataclasses.asdict(built) == dataclasses.asdict(
        FinessStructure(*values))
    with pytest.raises(dataclasses.FrozenInstanceError):
        built.rs = "changed"  # type: ignore[misc]
    with pytest.raises(ValueError):
        FinessStructure.of_values(values[:30])
    assert dataclasses.replace(built, siret="").siret == "" and built.siret == "v21"


@pytest.mark.parametrize("text", TRICKY)
def test_the_json_text_is_the_one_json_dumps_writes(text):
    st = FinessStructure(*[f"{text}{i}" if i % 3 else text for i in range(31)])
    assert st.finess_json() == json.dumps(st.finess_data(), ensure_ascii=False)
    assert json.loads(st.finess_json()) == st.finess_data()


def test_uids_are_version_4_uuids_all_different():
    uids = uuid4_strings(5000)
    assert len(set(uids)) == 5000 and uuid4_strings(0) == []
    for u in uids[:500]:
        parsed = uuid.UUID(u)
        assert str(parsed) == u and parsed.version == 4 and parsed.variant == uuid.RFC_4122


def test_imported_rows_are_stored_as_before(sample, tmp_path):
    """The stored text of finess_data is json.dumps(..., ensure_ascii=False) of the row's data, the EJ's is
    json.dumps of its number; uids are uuid4; an import into a workspace that holds EGs still updates them."""
    path = write_extract(tmp_path / "gen.csv", 30)
    with Workspace.open(tmp_path / "w.sqlite", create=True) as ws:
        import_finess(ws, sample)
        import_finess(ws, path, batch_size=7)
    db = sqlite3.connect(tmp_path / "w.sqlite")
    stored = {finess: (data, uid) for finess, data, uid in db.execute(
        "SELECT finess, finess_data, uid FROM node WHERE kind = 'EG'")}
    ejs = dict(db.execute("SELECT finess, finess_data FROM node WHERE kind = 'EJ'").fetchall())
    db.close()
    structures = parse_extract(path).structures + parse_extract(sample).structures
    assert len(stored) == len(structures) == 34
    for st in structures:
        data, uid = stored[st.nofinesset]
        assert data == json.dumps(st.finess_data(), ensure_ascii=False)
        assert uuid.UUID(uid).version == 4
        assert ejs[st.nofinessej] == json.dumps({"finess_ej": st.nofinessej})

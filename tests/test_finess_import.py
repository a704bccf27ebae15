"""FINESS import into a real workspace: names, addresses, categories, SIRET intact; read-only; idempotent."""
from __future__ import annotations

import pytest

from app.models.finess import FinessFileError
from app.models.finess_import import import_finess
from app.models.identifiers import check_finess, check_siret
from app.models.kinds import Kind
from app.models.store import RuleError, Workspace


@pytest.fixture
def sample(reference):
    return reference / "finess" / "etalab-cs1100502-stock-20260512-sample.csv"


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "f.sqlite", create=True)
    yield w
    w.close()


def test_sample_rows_import_intact(ws, sample):
    report = import_finess(ws, sample)
    assert report.as_dict() == {"ej": {"created": 4, "updated": 0}, "eg": {"created": 4, "updated": 0},
                                "rejected": 0}
    egs = {r.finess: r for r in ws.nodes.all() if r.kind == Kind.EG}
    fleyriat = egs["010000024"]
    assert fleyriat.name == "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT"
    assert fleyriat.categorie == "355" and fleyriat.domaine == "sanitaire" and fleyriat.departement == "01"
    data = ws.fiches.get(fleyriat.id).finess_data
    assert data["adresse"] == "900 RTE DE PARIS"
    assert data["code_postal"] == "01440" and data["ville"] == "VIRIAT"
    assert data["siret"] == "26010004500012"
    cayenne = egs["970302287"]
    assert cayenne.categorie == "500" and cayenne.domaine == "medico-social" and cayenne.departement == "9C"
    for row in egs.values():
        assert check_finess(row.finess) is None
        siret = ws.fiches.get(row.id).finess_data.get("siret")
        if siret:
            assert check_siret(siret) is None
        parent = ws.nodes.get(row.parent_id)
        assert parent.kind == Kind.EJ and check_finess(parent.finess) is None


def test_finess_fields_are_read_only(ws, sample):
    import_finess(ws, sample)
    eg = next(r for r in ws.nodes.all() if r.kind == Kind.EG)
    assert ws.fiches.get(eg.id).origins["name"] == "finess"
    with pytest.raises(RuleError, match="support"):
        ws.nodes.rename(eg.id, "Nouveau nom")
    with pytest.raises(RuleError, match="FINESS"):
        ws.nodes.delete(eg.id)


def test_reimport_changes_nothing_then_updates(ws, sample, tmp_path):
    import_finess(ws, sample)
    before = ws.nodes.all()
    again = import_finess(ws, sample)
    assert again.as_dict()["eg"] == {"created": 0, "updated": 0} and again.as_dict()["ej"]["created"] == 0
    assert ws.nodes.all() == before
    changed = tmp_path / "changed.csv"
    renamed = sample.read_text(encoding="utf-8").replace("CH DE FLEYRIAT", "CH FLEYRIAT")
    changed.write_text(renamed, encoding="utf-8")
    assert import_finess(ws, changed).eg_updated == 1


def test_filters(ws, sample):
    assert import_finess(ws, sample, categorie="500").eg_created == 1
    assert import_finess(ws, sample, departement="9D").eg_created == 1
    assert {r.departement for r in ws.nodes.all() if r.kind == Kind.EG} == {"9C", "9D"}


def test_unreadable_file_changes_nothing(ws, sample, tmp_path):
    import_finess(ws, sample)
    before = ws.nodes.all()
    bad = tmp_path / "bad.csv"
    bad.write_bytes(b"\x00\xff\xfe binary" * 50)
    with pytest.raises(FinessFileError):
        import_finess(ws, bad)
    assert ws.nodes.all() == before


def test_bad_row_reported_with_line_and_others_imported(ws, sample, tmp_path):
    lines = sample.read_text(encoding="utf-8").splitlines()
    lines.insert(2, "structureet;12345;;BROKEN ROW")
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    report = import_finess(ws, mixed)
    assert [e.line for e in report.rejected] == [3]
    assert report.eg_created == 4

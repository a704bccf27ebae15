"""FINESS import into a real workspace: names, addresses, categories, SIRET intact; read-only; idempotent."""
from __future__ import annotations

import tracemalloc

import pytest

from app.models.finess import FinessFileError, ImportCancelled
from app.models.finess_import import import_finess
from app.models.identifiers import check_finess, check_siret
from app.models.kinds import Kind
from app.models.store import RuleError, Workspace
from tests.finess_rows import row as generated_row
from tests.finess_rows import write_extract


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


# --- streaming, batches, cancel, refusals (issue 11 point 7) -----------------------------------------------------

def _everything(ws):
    """The workspace's content as a user could tell it apart: nodes, their fiches, the journal."""
    nodes = ws.nodes.all()
    return nodes, [ws.fiches.get(r.id).finess_data for r in nodes], ws.journal.recent()


def test_a_latin1_line_in_a_utf8_file_is_imported_with_its_accents(ws, sample, tmp_path):
    lines = sample.read_text(encoding="utf-8").splitlines()
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(b"".join((line + "\n").encode("latin-1" if i == 2 else "utf-8") for i, line in enumerate(lines)))
    report = import_finess(ws, mixed)
    assert report.eg_created == 4 and report.encoding == "mixed" and report.fallback_lines == 1
    labels = {r.finess: ws.fiches.get(r.id).finess_data for r in ws.nodes.all() if r.kind == Kind.EG}
    assert labels["970210126"]["categorie_libelle"] == "Centre Médico-Psycho-Pédagogique (C.M.P.P.)", "latin-1 line"
    assert labels["010000024"]["mode_tarif"] == "03 ARS établissements Publics de santé dotation globale"
    assert labels["970302287"]["categorie_libelle"] == "Etablissement d'hébergement pour personnes âgées dépendantes"


def test_rows_go_in_batches_with_progress_and_duplicates_across_batches(ws, tmp_path):
    path = write_extract(tmp_path / "gen.csv", 25)
    with path.open("a", encoding="utf-8") as fh:
        fh.write(generated_row(3) + "\n")  # line 27 repeats line 5, many batches later
    seen = []
    report = import_finess(ws, path, batch_size=4, progress=lambda *p: seen.append(p))
    assert report.eg_created == 25 and report.ej_created == 9
    assert [(e.line, e.reason) for e in report.rejected] == [
        (27, f"numéro FINESS {generated_row(3).split(';')[1]} en double (déjà ligne 5)")]
    assert len(seen) >= 7 and [p[0] for p in seen] == sorted(p[0] for p in seen)
    assert seen[-1][1] == seen[-1][2] == path.stat().st_size
    egs = [r for r in ws.nodes.all() if r.kind == Kind.EG]
    by_parent: dict = {}
    for r in egs:
        by_parent.setdefault(r.parent_id, []).append(r.position)
    assert all(sorted(p) == list(range(len(p))) for p in by_parent.values()), "positions 0..n-1 under each EJ"
    again = import_finess(ws, path, batch_size=4)
    assert again.as_dict()["eg"] == {"created": 0, "updated": 0} and again.ej_created == 0


def test_a_cut_download_is_refused_and_nothing_is_imported(ws, sample, tmp_path):
    import_finess(ws, sample)
    before = _everything(ws)
    whole = write_extract(tmp_path / "whole.csv", 300).read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(whole[:len(whole) - 40])  # the transfer stopped 40 bytes before the end
    with pytest.raises(FinessFileError) as info:
        import_finess(ws, cut)
    assert info.value.key == "finess-cut" and "interrompu" in str(info.value)
    assert _everything(ws) == before


def test_a_file_found_unreadable_half_way_imports_nothing(ws, sample, tmp_path):
    import_finess(ws, sample)
    before = _everything(ws)
    path = write_extract(tmp_path / "late.csv", 200)
    with path.open("ab") as fh:
        fh.write(b"\x00\x00binary tail\n")
    with pytest.raises(FinessFileError, match="binaire"):
        import_finess(ws, path, batch_size=20)  # ten batches were written before the bad line
    assert _everything(ws) == before


def test_cancel_leaves_nothing(ws, sample, tmp_path):
    import_finess(ws, sample)
    before = _everything(ws)
    path = write_extract(tmp_path / "gen.csv", 100)
    calls = []
    with pytest.raises(ImportCancelled):
        import_finess(ws, path, batch_size=10, progress=lambda *p: calls.append(p),
                      cancelled=lambda: len(calls) >= 3)
    assert len(calls) == 3, "stopped between two batches, after three of them were written"
    assert _everything(ws) == before
    assert import_finess(ws, path).eg_created == 100, "the workspace is still usable"


def _leftovers(folder, name):
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(name))


def test_a_failed_import_into_a_new_file_leaves_no_file(sample, tmp_path, capsys):
    from app.cli import main

    whole = write_extract(tmp_path / "whole.csv", 50).read_bytes()
    cut = tmp_path / "cut.csv"
    cut.write_bytes(whole[:-15])
    assert main(["import-finess", str(cut), "--workspace", str(tmp_path / "new.sqlite")]) == 2
    err = capsys.readouterr().err
    assert "rien n'a été importé" in err and "interrompu" in err and "Traceback" not in err
    late = write_extract(tmp_path / "late.csv", 3000)
    with late.open("ab") as fh:
        fh.write(b"\x00 binary\n")
    assert main(["import-finess", str(late), "--workspace", str(tmp_path / "new.sqlite")]) == 2
    assert "binaire" in capsys.readouterr().err
    assert _leftovers(tmp_path, "new.sqlite") == []


def test_the_command_line_reports_the_lines_read_as_windows_1252(sample, tmp_path, capsys):
    from app.cli import main

    lines = sample.read_text(encoding="utf-8").splitlines()
    mixed = tmp_path / "mixed.csv"
    mixed.write_bytes(b"".join((line + "\n").encode("latin-1" if i == 4 else "utf-8") for i, line in enumerate(lines)))
    assert main(["import-finess", str(mixed), "--workspace", str(tmp_path / "w.sqlite")]) == 0
    captured = capsys.readouterr()
    assert "1 ligne(s) non UTF-8 lue(s) en Windows-1252 (latin-1) : ligne(s) 5" in captured.err
    assert "EG : 4 créée(s)" in captured.out


def _peak(ws, path) -> int:
    tracemalloc.start()
    try:
        import_finess(ws, path, collect_changes=False, batch_size=500)
        return tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()


def test_memory_stays_flat_as_the_file_grows(tmp_path):
    """The peak of Python memory for 4,000 and for 16,000 rows is about the same: one batch, never the file."""
    small, large = write_extract(tmp_path / "s.csv", 4000), write_extract(tmp_path / "l.csv", 16000, start=4000)
    with Workspace.open(tmp_path / "s.sqlite", create=True) as w1, Workspace.open(tmp_path / "l.sqlite",
                                                                                    create=True) as w2:
        import_finess(w1, write_extract(tmp_path / "warm.csv", 10))  # nomenclatures and caches loaded once
        import_finess(w2, write_extract(tmp_path / "warm.csv", 10))
        peak_small, peak_large = _peak(w1, small), _peak(w2, large)
    assert peak_large < peak_small * 1.3, (peak_small, peak_large)

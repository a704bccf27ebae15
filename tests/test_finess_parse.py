"""The FINESS extract parser on the real sample rows: encodings, quoting, bad rows, unreadable files, filters."""
from __future__ import annotations

import dataclasses

import pytest

from app.models.finess import (
    COLUMNS,
    FINESS_DATA_LABELS,
    FinessFileError,
    FinessStructure,
    RowError,
    normalize_departement,
    parse_extract,
)

SAMPLE = "finess/etalab-cs1100502-stock-20260512-sample.csv"


@pytest.fixture
def sample(reference):
    return reference / SAMPLE


@pytest.fixture
def lines(sample):
    return sample.read_text(encoding="utf-8").splitlines()


def _write(tmp_path, name, lines, encoding="utf-8"):
    path = tmp_path / name
    path.write_bytes(("\n".join(lines) + "\n").encode(encoding))
    return path


def test_real_sample(sample):
    extract = parse_extract(sample)
    assert extract.manifest == {"number": 111, "date": "2026-05-12"}, "the extract's number, not a row count"
    assert extract.errors == [] and extract.warnings == []
    assert [s.nofinesset for s in extract.structures] == ["010000024", "970210126", "970400024", "970302287"]
    ch, cmpp, chu, ehpad = extract.structures
    assert ch.name == "CENTRE HOSPITALIER DE BOURG-EN-BRESSE FLEYRIAT" and ch.rs == "CH DE FLEYRIAT"
    assert ch.nofinessej == "010780054"
    assert ch.address_lines == ["900 RTE DE PARIS"]
    assert (ch.postal_code, ch.city) == ("01440", "VIRIAT")
    assert (ch.categetab, ch.libcategetab) == ("355", "Centre Hospitalier (C.H.)")
    assert ch.siret == "26010004500012" and ch.departement == "01" and ch.commune == "451"
    assert cmpp.rs == "CMPP  INTERSECTORIEL ALOES", "inner spaces of the source are kept"
    assert cmpp.address_lines == ["ZAC CHAMPIGNY", "BP 71 IMMEUBLE SEMAFA"]
    assert cmpp.departement == "9B" and cmpp.siret == "50254756500015"
    assert chu.city == "ST DENIS CEDEX" and chu.postal_code == "97405"
    assert ehpad.libcategetab == "Etablissement d'hébergement pour personnes âgées dépendantes"
    assert ehpad.categetab == "500" and ehpad.siret == "" and ehpad.name.startswith("E.H.P.A.D.")
    assert ehpad.libcategagretab == "Etablissements d'Hébergement pour Personnes Âgées"
    assert ehpad.dateouv == "1988-05-02" and ehpad.numuai == ""


def test_finess_data_is_the_read_only_view(sample):
    st = parse_extract(sample).structures[0]
    data = st.finess_data()
    assert list(data) == list(FINESS_DATA_LABELS)
    assert data["raison_sociale"] == st.name
    assert data["adresse"] == "900 RTE DE PARIS"
    assert data["code_postal"] == "01440" and data["ville"] == "VIRIAT"
    assert data["telephone"] == "0474454647"
    assert (data["categorie"], data["categorie_libelle"]) == ("355", "Centre Hospitalier (C.H.)")
    assert data["siret"] == "26010004500012" and data["finess_ej"] == "010780054"
    assert data["date_ouverture"] == "1979-02-13"
    assert all(isinstance(v, str) for v in data.values())
    assert st.ej_name == "Entité juridique 010780054"
    assert len(COLUMNS) == 31 and dataclasses.is_dataclass(st)
    with pytest.raises(dataclasses.FrozenInstanceError):
        st.rs = "changed"  # type: ignore[misc]


def test_utf8_and_latin1_copies_give_the_same_result(tmp_path, lines):
    utf8 = parse_extract(_write(tmp_path, "u.csv", lines))
    latin = parse_extract(_write(tmp_path, "l.csv", lines, "latin-1"))
    assert (utf8.encoding, latin.encoding) == ("utf-8", "cp1252")
    assert (utf8.fallback_lines, latin.fallback_lines) == (0, 4), "the four rows of the sample have accents"
    assert latin.structures == utf8.structures and latin.manifest == utf8.manifest
    assert "âgées" in latin.structures[3].libcategetab
    crlf = tmp_path / "crlf.csv"
    crlf.write_bytes(("\r\n".join(lines) + "\r\n").encode("latin-1"))
    assert parse_extract(crlf).structures == utf8.structures
    bom = tmp_path / "bom.csv"
    bom.write_bytes(b"\xef\xbb\xbf" + ("\n".join(lines)).encode("utf-8"))
    assert parse_extract(bom).manifest["number"] == 111


def test_quoted_field_with_embedded_quotes_and_separator(tmp_path, lines):
    fields = lines[1].split(";")
    fields[3] = '"CH ""DE FLEYRIAT""; SITE A"'
    path = _write(tmp_path, "q.csv", [lines[0], ";".join(fields)])
    extract = parse_extract(path)
    assert extract.errors == []
    assert extract.structures[0].rs == 'CH "DE FLEYRIAT"; SITE A'
    assert extract.structures[0].siret == "26010004500012"


def test_broken_row_is_reported_with_its_line_and_the_parse_goes_on(tmp_path, lines):
    mixed = [*lines]
    mixed.insert(2, "structureet;12345;;BROKEN ROW")
    extract = parse_extract(_write(tmp_path, "m.csv", mixed))
    assert len(extract.structures) == 4
    assert extract.errors == [RowError(3, "4 champs au lieu de 32")]
    assert str(extract.errors[0]) == "ligne 3 : 4 champs au lieu de 32"


def test_bad_numbers_are_rejected(tmp_path, lines):
    bad_key = lines[1].replace("structureet;010000024;", "structureet;010000025;")
    no_finess = lines[2].replace("structureet;970210126;", "structureet;;")
    bad_ej = lines[3].replace(";970408589;", ";970408588;")
    bad_siret = lines[4].replace(";;8710A;", ";26010004500013;8710A;")
    duplicate = lines[1]
    extract = parse_extract(_write(tmp_path, "b.csv",
                                   [lines[0], bad_key, no_finess, bad_ej, bad_siret, lines[1], duplicate]))
    reasons = {e.line: e.reason for e in extract.errors}
    assert reasons[2] == "numéro FINESS 010000025 invalide : clé de contrôle invalide"
    assert reasons[3] == "numéro FINESS manquant"
    assert "juridique 970408588" in reasons[4]
    assert reasons[7].startswith("numéro FINESS 010000024 en double (déjà ligne 6)")
    assert [s.nofinesset for s in extract.structures] == ["970302287", "010000024"]
    assert extract.structures[0].siret == "", "a wrong SIRET is dropped, the row kept"
    assert extract.warnings[0].line == 5 and "SIRET 26010004500013" in extract.warnings[0].reason


def test_geolocalisation_and_blank_lines_are_ignored(tmp_path, lines):
    extra = [lines[0], lines[1], "",
             "geolocalisation;010000024;871234.5;6571234.2;1,ATLASANTE,100,IGN,BD_ADRESSE;2024-01-01",
             lines[2], "something;else"]
    extract = parse_extract(_write(tmp_path, "g.csv", extra))
    assert len(extract.structures) == 2
    assert extract.errors == [RowError(6, "type de ligne inconnu : « something »")]


def test_rows_without_manifest_are_read(tmp_path, lines):
    extract = parse_extract(_write(tmp_path, "n.csv", lines[1:]))
    assert extract.manifest == {"number": None, "date": None} and len(extract.structures) == 4


def test_numuai_absent_or_followed_by_a_separator(tmp_path, lines):
    short = lines[1][:-1]  # without the trailing ';': 31 fields
    longer = lines[2] + "0011234A;"  # numuai given, then a trailing ';': 33 fields
    extract = parse_extract(_write(tmp_path, "u.csv", [lines[0], short, longer]))
    assert extract.errors == []
    assert [s.numuai for s in extract.structures] == ["", "0011234A"]


@pytest.mark.parametrize("content", [
    b"\x00\xff\xfe not a finess file\n" * 20,
    b"",
    b"   \n\n",
    b"nom;prenom\nDupont;Jean\n",
    "%PDF-1.4 é".encode("latin-1") + bytes(range(1, 200)),
])
def test_unreadable_files_raise(tmp_path, content):
    path = tmp_path / "bad.csv"
    path.write_bytes(content)
    with pytest.raises(FinessFileError) as info:
        parse_extract(path)
    assert str(info.value)


def test_missing_file_and_directory_raise(tmp_path):
    with pytest.raises(FinessFileError, match="introuvable"):
        parse_extract(tmp_path / "absent.csv")
    with pytest.raises(FinessFileError, match="dossier"):
        parse_extract(tmp_path)


def test_filters(sample):
    assert [s.nofinesset for s in parse_extract(sample, categorie="500").structures] == ["970302287"]
    assert len(parse_extract(sample, categorie="500, 355").structures) == 2
    assert [s.nofinesset for s in parse_extract(sample, departement="1").structures] == ["010000024"]
    assert [s.nofinesset for s in parse_extract(sample, departement="01").structures] == ["010000024"]
    assert [s.nofinesset for s in parse_extract(sample, departement="9d").structures] == ["970400024"]
    assert [s.nofinesset for s in parse_extract(sample, departement="974").structures] == ["970400024"]
    assert parse_extract(sample, departement="2A").structures == []
    assert parse_extract(sample, departement="01", categorie="500").structures == []


def test_filtered_out_rows_are_not_reported(tmp_path, lines):
    bad_key = lines[1].replace("structureet;010000024;", "structureet;010000025;")
    extract = parse_extract(_write(tmp_path, "f.csv", [lines[0], bad_key, lines[2]]), departement="9B")
    assert extract.errors == [] and len(extract.structures) == 1


def test_normalize_departement():
    assert [normalize_departement(v) for v in ("1", "01", "2a", " 2B ", "971", "9F", "75")] == \
        ["01", "01", "2A", "2B", "9A", "9F", "75"]


def test_structure_is_built_positionally():
    st = FinessStructure(*[f"v{i}" for i in range(31)])
    assert st.nofinesset == "v0" and st.numuai == "v30" and st.name == "v3"


def test_one_latin1_line_in_a_utf8_file_keeps_every_accent(tmp_path, lines):
    """Each line is decoded on its own: the latin-1 line and the UTF-8 lines all keep their accents."""
    data = [(line + "\n").encode("latin-1" if number == 4 else "utf-8") for number, line in enumerate(lines)]
    path = tmp_path / "mixed.csv"
    path.write_bytes(b"".join(data))
    extract = parse_extract(path)
    assert extract.errors == [] and len(extract.structures) == 4
    assert extract.encoding == "mixed" and extract.fallback_lines == 1
    ch, cmpp, chu, ehpad = extract.structures
    assert ehpad.libcategetab == "Etablissement d'hébergement pour personnes âgées dépendantes", "the latin-1 line"
    assert ehpad.libcategagretab == "Etablissements d'Hébergement pour Personnes Âgées"
    assert ch.libmft == "ARS établissements Publics de santé dotation globale", "a UTF-8 line"
    assert cmpp.libcategetab == "Centre Médico-Psycho-Pédagogique (C.M.P.P.)"
    assert chu.libsph == "Etablissement public de santé"
    assert not any("Ã" in value for st in extract.structures for value in st.as_row().values())


def test_windows_1252_bytes_are_read_as_such(tmp_path, lines):
    fields = lines[1].split(";")
    fields[4] = "CENTRE HOSPITALIER \u2019L\u2019ŒUVRE\u2019 \u20ac"
    path = tmp_path / "cp.csv"
    path.write_bytes((lines[0] + "\n" + ";".join(fields) + "\n").encode("cp1252"))
    extract = parse_extract(path)
    assert extract.structures[0].rslongue == "CENTRE HOSPITALIER \u2019L\u2019ŒUVRE\u2019 \u20ac"
    assert extract.encoding == "cp1252" and extract.fallback_lines == 1


@pytest.mark.parametrize("cut", [10, 200, 371, 420])
def test_a_download_cut_short_is_refused(tmp_path, lines, cut):
    """The file stops in the middle of its last row (a name, a date, a row without its last fields)."""
    whole = ("\n".join(lines) + "\n").encode("utf-8")
    last_row_start = whole.rindex(b"\nstructureet") + 1
    path = tmp_path / "cut.csv"
    path.write_bytes(whole[:last_row_start + cut])
    with pytest.raises(FinessFileError) as info:
        parse_extract(path)
    assert info.value.key == "finess-cut"
    assert str(info.value) == ("Le fichier cut.csv s'arrête au milieu d'une ligne : son téléchargement a été "
                               "interrompu, téléchargez-le à nouveau.")


@pytest.mark.parametrize("cut", [4, 20])
def test_a_download_cut_inside_the_tag_or_the_manifest_is_refused(tmp_path, lines, cut):
    whole = "\n".join(lines[:2]).encode("utf-8")
    path = tmp_path / "cut.csv"
    path.write_bytes(whole + b"\nstructureet"[:cut] if cut < 12 else whole[:cut])
    with pytest.raises(FinessFileError, match="interrompu"):
        parse_extract(path)


def test_a_whole_file_without_its_last_line_break_is_read(tmp_path, lines):
    path = tmp_path / "nobreak.csv"
    path.write_bytes("\n".join(lines).encode("utf-8"))
    assert len(parse_extract(path).structures) == 4
    path.write_bytes("\n".join(lines)[:-1].encode("utf-8"))  # without the trailing ';': numuai absent
    assert len(parse_extract(path).structures) == 4


def test_a_cs1100507_file_ending_with_its_geolocalisation_rows(tmp_path, lines):
    geo = "geolocalisation;010000024;871234.5;6571234.2;1,ATLASANTE,100,IGN,BD_ADRESSE,V2.2,LAMBERT_93;2024-01-01"
    path = tmp_path / "geo.csv"
    path.write_bytes("\n".join([*lines, geo]).encode("utf-8"))
    assert len(parse_extract(path).structures) == 4
    path.write_bytes("\n".join([*lines, geo[:-3]]).encode("utf-8"))
    with pytest.raises(FinessFileError, match="interrompu"):
        parse_extract(path)

"""Check keys of FINESS, SIREN and SIRET: real numbers pass, fictitious ones fail, with French reasons."""
from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.models.identifiers import (
    check_finess,
    check_siren,
    check_siret,
    finess_key_checked,
    luhn_ok,
    normalize,
    validate,
)

SAMPLE = "finess/etalab-cs1100502-stock-20260512-sample.csv"


def _sample_rows(reference):
    lines = (reference / SAMPLE).read_text(encoding="utf-8").splitlines()
    return [line.split(";") for line in lines if line.startswith("structureet;")]


def test_every_number_of_the_real_sample_passes(reference):
    rows = _sample_rows(reference)
    assert len(rows) == 4
    for row in rows:
        assert check_finess(row[1]) is None, row[1]
        assert check_finess(row[2]) is None, row[2]
        if row[22]:
            assert check_siret(row[22]) is None, row[22]
            assert check_siren(row[22][:9]) is None, row[22][:9]


@pytest.mark.parametrize("value", ["010000024", "970302287", "010780054", "970210126", "970408589",
                                   "970400024"])
def test_real_finess_pass(value):
    assert check_finess(value) is None
    assert finess_key_checked(value)


def test_real_siren_and_siret_pass():
    assert check_siret("26010004500012") is None
    assert check_siren("260100045") is None
    assert check_siret("260 100 045 00012") is None, "spaces as people write them are ignored"


def test_ig_example_numbers_fail(reference):
    examples = reference / "ror-ig" / "examples"
    ej = (examples / "ROROrganizationExempleEJ.fsh").read_text(encoding="utf-8")
    eg = (examples / "ROROrganizationExempleEG.fsh").read_text(encoding="utf-8")
    assert '"458174839"' in ej and '"921317258"' in ej and '"92131725800020"' in eg
    assert check_finess("458174839") == "clé de contrôle invalide"
    assert check_siren("921317258") == "clé de contrôle invalide"
    assert check_siret("92131725800020") is not None


def test_reasons_are_french_and_precise():
    assert check_finess("01000002") == "9 caractères attendus, 8 reçus"
    assert check_finess("") == "valeur vide"
    assert check_finess(None) == "valeur vide"
    assert check_finess("000000000") == "département inconnu : 00"
    assert check_finess("ABCDEFGHI") == "département inconnu : AB"
    assert check_finess("96123456X") == "département inconnu : 96"
    assert check_finess("01000002X") == "les 7 derniers caractères doivent être des chiffres"
    assert check_finess("010000025") == "clé de contrôle invalide"
    assert check_siren("12345678") == "9 chiffres attendus, 8 reçus"
    assert check_siren("26010004A") == "seuls des chiffres sont attendus"
    assert check_siret("26010004500013") == "clé de contrôle invalide"
    assert check_siret("2601000450001") == "14 chiffres attendus, 13 reçus"


def test_siret_needs_a_valid_siren_prefix():
    # Luhn over the 14 digits passes but the SIREN part does not: not a real SIRET.
    bad_siren = "260100046"
    for last in range(100000):
        candidate = f"{bad_siren}{last:05d}"
        if luhn_ok(candidate):
            break
    assert luhn_ok(candidate) and not luhn_ok(bad_siren)
    assert "SIREN invalide" in check_siret(candidate)


def test_la_poste_exception():
    assert check_siren("356000000") is None
    assert check_siret("35600000000048") is None, "La Poste head office passes Luhn"
    multiple_of_5 = "35600000000010"  # digits sum to 15, Luhn fails
    assert not luhn_ok(multiple_of_5)
    assert check_siret(multiple_of_5) is None
    not_multiple = "35600000000011"  # sum 16
    assert not luhn_ok(not_multiple)
    assert "La Poste" in check_siret(not_multiple)
    # The same digit-sum rule does not apply to anyone else.
    assert check_siret("26010004500010") is not None


def test_overseas_numeric_prefixes_are_checked():
    assert check_finess("970302287") is None
    assert check_finess("970302288") == "clé de contrôle invalide"
    # 98x numbers (Mayotte, Pacific): same Luhn key; build a valid one.
    valid_98 = next(f"98012345{d}" for d in range(10) if luhn_ok(f"98012345{d}"))
    assert check_finess(valid_98) is None
    assert check_finess(valid_98[:-1] + str((int(valid_98[-1]) + 1) % 10)) == "clé de contrôle invalide"


def test_corsica_and_lettered_overseas_are_format_checked_only():
    for value in ("2A0000013", "2B0000010", "2a0000019", "9D1234567"):
        assert check_finess(value) is None, value
        assert not finess_key_checked(value)
    assert check_finess("2C0000013") == "département inconnu : 2C"
    assert check_finess("2A000001") == "9 caractères attendus, 8 reçus"
    assert check_finess("2A00000X3") == "les 7 derniers caractères doivent être des chiffres"
    assert check_finess("200000013") == "département inconnu : 20"


def test_validate_dispatches():
    assert validate("finess", "010000024") is None
    assert validate("SIRET", "26010004500012") is None
    assert validate("siren", "260100046") == "clé de contrôle invalide"
    with pytest.raises(ValueError):
        validate("rpps", "123")
    assert normalize(" 2a 000 0013 ") == "2A0000013"


def _check_id(*args):
    """Run the installed `ror-referent check-id` entry point (the one next to this interpreter first)."""
    exe = shutil.which("ror-referent", path=str(Path(sys.executable).parent)) or shutil.which("ror-referent")
    assert exe, "`ror-referent` is not installed in this environment"
    return subprocess.run([exe, "check-id", *args], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL, timeout=120)


def test_cli_exit_codes():
    for kind, value in [("finess", "010000024"), ("finess", "970302287"), ("finess", "010780054"),
                        ("siret", "26010004500012"), ("siren", "260100045")]:
        proc = _check_id(kind, value)
        assert proc.returncode == 0, (kind, value, proc.stdout, proc.stderr)
        assert proc.stdout.strip() == "valide"
    for kind, value, reason in [("finess", "458174839", "clé de contrôle invalide"),
                                ("finess", "01000002", "9 caractères attendus, 8 reçus"),
                                ("siret", "26010004500013", "clé de contrôle invalide"),
                                ("finess", "ABCDEFGHI", "département inconnu : AB")]:
        proc = _check_id(kind, value)
        assert proc.returncode == 1, (kind, value)
        assert reason in proc.stdout and "Traceback" not in proc.stderr
    corsica = _check_id("finess", "2A0000013")
    assert corsica.returncode == 0 and corsica.stdout.startswith("valide")
    wrong_kind = _check_id("rpps", "123")
    assert wrong_kind.returncode == 2 and "Traceback" not in wrong_kind.stderr

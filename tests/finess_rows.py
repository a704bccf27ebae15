"""Generated FINESS extracts in the real format (manifest, 32-field `structureet` rows, valid FINESS and SIRET keys),
for the import's tests and its benchmark (bench/bench_finess.py)."""
from __future__ import annotations

from pathlib import Path

CATEGORIES = [("500", "Etablissement d'hébergement pour personnes âgées dépendantes", "4401",
               "Etablissements d'Hébergement pour Personnes Âgées"),
              ("355", "Centre Hospitalier (C.H.)", "1102", "Centres Hospitaliers"),
              ("183", "Institut Médico-Educatif (I.M.E.)", "4101", "Etablissements pour Enfants Handicapés"),
              ("189", "Centre Médico-Psycho-Pédagogique (C.M.P.P.)", "4106",
               "Services à Domicile ou Ambulatoires pour Handicapés"),
              ("255", "Maison d'Accueil Spécialisée (M.A.S.)", "4301", "Etablissements pour Adultes Handicapés")]
DEPARTEMENTS = [("01", "AIN"), ("13", "BOUCHES-DU-RHONE"), ("35", "ILLE-ET-VILAINE"), ("59", "NORD"),
                ("69", "RHONE"), ("75", "PARIS"), ("87", "HAUTE-VIENNE"), ("93", "SEINE-SAINT-DENIS")]


def luhn_key(digits: str) -> str:
    """The digit that makes `digits` + it pass the Luhn check."""
    total = 0
    for i, char in enumerate(reversed(digits)):
        d = int(char)
        if i % 2 == 0:
            d *= 2
            if d > 9:
                d -= 9
        total += d
    return str((10 - total % 10) % 10)


def finess(dep: str, n: int) -> str:
    body = f"{dep}{n:06d}"
    return body + luhn_key(body)


def row(i: int, ejs_every: int = 3) -> str:
    """The i-th structureet row: EG i under EJ i // ejs_every, accents in the labels, a valid SIRET."""
    dep, libdep = DEPARTEMENTS[i % len(DEPARTEMENTS)]
    cat, libcat, agr, libagr = CATEGORIES[i % len(CATEGORIES)]
    eg = finess(dep, 100000 + i)
    ej_dep = DEPARTEMENTS[(i // ejs_every) % len(DEPARTEMENTS)][0]
    ej = finess(ej_dep, 800000 - i // ejs_every)
    siren = f"{26010000 + i:08d}"
    siren += luhn_key(siren)
    siret = f"{siren}0001" + luhn_key(f"{siren}0001")
    fields = ["structureet", eg, ej, f"EHPAD N{i} LES GLYCINES",
              f"ÉTABLISSEMENT N°{i} « LES GLYCINES » DE SAINT-ÉTIENNE", "", "", str(1 + i % 120), "R",
              "DE L'ÉGLISE", "", "", f"{i % 900 + 1:03d}", dep, libdep,
              f"{dep}{i % 900:03d} VILLE-{i % 50}", "0474454647", "0474454114", cat, libcat, agr, libagr, siret,
              "8710A", "40", "ARS/PCD, Tarif global, habilité aide sociale", "", "", "1988-05-02", "2017-01-03",
              "2024-04-22", ""]
    return ";".join(fields)


def write_extract(path: Path, rows: int, encoding: str = "utf-8", start: int = 0) -> Path:
    """A whole extract of `rows` rows, written line by line (the file is never held in memory)."""
    with path.open("w", encoding=encoding, newline="\n") as fh:
        fh.write("finess;etalab;111;2026-05-12\n")
        for i in range(start, start + rows):
            fh.write(row(i) + "\n")
    return path

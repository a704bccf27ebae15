"""Parser of the public FINESS extract (data.gouv.fr "etalab-cs1100502/cs1100507-stock-*.csv").

Layout: no header; line 1 is a manifest "finess;etalab;<count>;<YYYY-MM-DD>"; then one `structureet` row per
entité géographique (';'-separated, CSV quoting possible, 32 fields with the trailing numuai) and, in the
cs1100507 file, `geolocalisation` rows that are ignored here. Each line is decoded on its own (UTF-8, else
Windows-1252: app/models/finess_reader.py), and `ExtractReader` streams the rows in batches in constant memory.

A file that cannot be an extract at all (or a download cut short) raises `FinessFileError` (nothing should be
imported from it); a bad row goes to the reader's `errors` with its 1-based line number and the read goes on.
The extract carries no row for the entité juridique: only its number (nofinessej) is known, hence
`FinessStructure.ej_name`.
"""
from __future__ import annotations

import csv
from collections.abc import Callable, Iterable, Iterator
from dataclasses import asdict, dataclass, field, fields, replace
from json.encoder import encode_basestring
from pathlib import Path

from app.models.finess_reader import (
    FinessFileError,
    ImportCancelled,
    LineStats,
    Progress,
    check_complete,
    lines_of,
    open_extract,
)
from app.models.identifiers import FINESS_DEPARTEMENTS, LA_POSTE_SIREN, check_finess, check_siret, normalize

STRUCTURE_TAG = "structureet"
IGNORED_TAGS = frozenset({"geolocalisation"})
FIELD_COUNT = 32  # tag + 31 columns, numuai last

# Overseas départements given by their INSEE number, mapped to the code of the extract's departement column.
_OVERSEAS = {"971": "9A", "972": "9B", "973": "9C", "974": "9D", "975": "9E", "976": "9F", "986": "9J"}
_OVERSEAS_BY_CODE = {v: k for k, v in _OVERSEAS.items()}


@dataclass(frozen=True)
class RowError:
    """A rejected row: 1-based line number in the file and the reason in French (without the line)."""

    line: int
    reason: str

    def __str__(self) -> str:
        return f"ligne {self.line} : {self.reason}"


@dataclass(frozen=True)
class FinessStructure:
    """One `structureet` row: an entité géographique with every column of the extract (stripped strings)."""

    nofinesset: str
    nofinessej: str
    rs: str
    rslongue: str
    complrs: str
    compldistrib: str
    numvoie: str
    typvoie: str
    voie: str
    compvoie: str
    lieuditbp: str
    commune: str
    departement: str
    libdepartement: str
    ligneacheminement: str
    telephone: str
    telecopie: str
    categetab: str
    libcategetab: str
    categagretab: str
    libcategagretab: str
    siret: str
    codeape: str
    codemft: str
    libmft: str
    codesph: str
    libsph: str
    dateouv: str
    dateautor: str
    datemaj: str
    numuai: str = ""

    @property
    def name(self) -> str:
        """The long raison sociale when there is one, else the short one."""
        return self.rslongue or self.rs

    @property
    def ej_name(self) -> str:
        """Label of the entité juridique: the extract gives only its number, not its name."""
        return f"Entité juridique {self.nofinessej}"

    @property
    def street_line(self) -> str:
        """"900 RTE DE PARIS", "12 B R DES LILAS": number, repetition index, type and name of the street."""
        return " ".join(filter(None, (self.numvoie, self.compvoie, self.typvoie, self.voie)))

    @property
    def address_lines(self) -> list[str]:
        """Postal address lines above the "code postal ville" line (complement, street, lieu-dit or BP)."""
        return list(filter(None, (self.compldistrib, self.street_line, self.lieuditbp)))

    @property
    def postal_code(self) -> str:
        """The 5-digit code that starts ligneacheminement ("01440 VIRIAT" -> "01440"), or ""."""
        head = self.ligneacheminement.split(" ", 1)[0]
        return head if len(head) == 5 and head.isdigit() else ""

    @property
    def city(self) -> str:
        """The rest of ligneacheminement ("97405 ST DENIS CEDEX" -> "ST DENIS CEDEX")."""
        return self._city(self.postal_code)

    def _city(self, code: str) -> str:
        return self.ligneacheminement[len(code):].strip() if code else self.ligneacheminement

    @property
    def commune_insee(self) -> str:
        """The 5-char INSEE (COG) code of the commune: departement + commune ("01" + "451" -> "01451",
        "2A" + "004" -> "2A004"); overseas the extract's letter code is the INSEE number ("9B" + "207" -> "97207",
        "971" + the last two digits). "" when the extract does not give a 3-digit commune."""
        commune = (self.commune or "").strip()
        dept = (self.departement or "").strip().upper()
        if len(commune) != 3 or not commune.isdigit() or not dept:
            return ""
        if dept in _OVERSEAS_BY_CODE:
            return _OVERSEAS_BY_CODE[dept] + commune[-2:]
        return dept + commune if len(dept) == 2 else ""

    @classmethod
    def of_values(cls, values: Iterable[str]) -> FinessStructure:
        """The structure of the 31 column values in order, without the generated frozen `__init__` (31
        `object.__setattr__` calls: the largest cost of a row in a 150,000-row import). Still frozen afterwards."""
        st = object.__new__(cls)
        st.__dict__.update(zip(COLUMNS, values, strict=True))
        return st

    def finess_values(self) -> tuple[str, ...]:
        """The values of `finess_data()`, in the order of FINESS_DATA_LABELS (the properties' work, inline)."""
        street = " ".join(filter(None, (self.numvoie, self.compvoie, self.typvoie, self.voie)))
        routing = self.ligneacheminement
        head = routing.split(" ", 1)[0]
        postal_code = head if len(head) == 5 and head.isdigit() else ""
        return (self.rslongue or self.rs, self.rs, self.complrs,
                "\n".join(filter(None, (self.compldistrib, street, self.lieuditbp))), postal_code,
                routing[5:].strip() if postal_code else routing, self.commune_insee, self.departement,
                self.libdepartement, self.telephone, self.telecopie, self.categetab, self.libcategetab,
                self.categagretab, self.libcategagretab,
                self.nofinesset, self.nofinessej, self.siret, self.codeape,
                " ".join(filter(None, (self.codemft, self.libmft))),
                " ".join(filter(None, (self.codesph, self.libsph))),
                self.dateouv, self.dateautor, self.datemaj)

    def finess_data(self) -> dict[str, str]:
        """The FINESS-sourced values shown read-only in the app, keyed as in FINESS_DATA_LABELS (JSON-ready)."""
        return dict(zip(FINESS_DATA_LABELS, self.finess_values(), strict=True))

    def finess_json(self) -> str:
        """`json.dumps(self.finess_data(), ensure_ascii=False)`, character for character, in a fifth of its time:
        the keys are fixed, only the values are encoded."""
        return _FINESS_JSON % tuple(map(encode_basestring, self.finess_values()))

    def as_row(self) -> dict[str, str]:
        return asdict(self)


# French labels of the finess_data() keys, in display order.
FINESS_DATA_LABELS: dict[str, str] = {
    "raison_sociale": "Raison sociale",
    "raison_sociale_courte": "Raison sociale courte",
    "complement_raison_sociale": "Complément de raison sociale",
    "adresse": "Adresse",
    "code_postal": "Code postal",
    "ville": "Ville",
    "commune": "Code commune (INSEE)",
    "departement": "Département",
    "departement_libelle": "Nom du département",
    "telephone": "Téléphone",
    "telecopie": "Télécopie",
    "categorie": "Catégorie",
    "categorie_libelle": "Libellé de la catégorie",
    "categorie_agregat": "Agrégat de catégorie",
    "categorie_agregat_libelle": "Libellé de l'agrégat",
    "finess_eg": "FINESS géographique",
    "finess_ej": "FINESS juridique",
    "siret": "SIRET",
    "code_ape": "Code APE",
    "mode_tarif": "Mode de fixation des tarifs",
    "sph": "Service public hospitalier",
    "date_ouverture": "Date d'ouverture",
    "date_autorisation": "Date d'autorisation",
    "date_maj_finess": "Mise à jour FINESS",
}

COLUMNS: tuple[str, ...] = tuple(f.name for f in fields(FinessStructure))
# The text json.dumps(finess_data(), ensure_ascii=False) writes, with a %s per value (the keys need no escaping).
_FINESS_JSON = "{" + ", ".join(f'"{key}": %s' for key in FINESS_DATA_LABELS) + "}"


Batch = list[tuple[int, FinessStructure]]  # (line number, structure)


@dataclass
class FinessExtract:
    """What a whole parse gives: the manifest, the kept structures, rejected rows, and kept rows with a remark."""

    manifest: dict = field(default_factory=lambda: {"number": None, "date": None})
    structures: list[FinessStructure] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    encoding: str = "utf-8"
    fallback_lines: int = 0


def normalize_departement(value: str | None) -> str:
    """The 2-character code of the extract: "1" -> "01", "2a" -> "2A", "974" -> "9D"."""
    v = normalize(value)
    if v in _OVERSEAS:
        return _OVERSEAS[v]
    if len(v) == 1 and v.isdigit():
        return "0" + v
    return v


def _split(line: str) -> list[str]:
    if '"' not in line:
        return line.split(";")
    return next(csv.reader([line], delimiter=";", quotechar='"'), [])


def _parse_manifest(parts: list[str]) -> dict | None:
    """"finess;etalab;111;2026-05-12": the third field is the extract's own number (not its row count)."""
    if len(parts) < 2 or parts[0].strip().lower() != "finess" or parts[1].strip().lower() != "etalab":
        return None
    number_text = parts[2].strip() if len(parts) > 2 else ""
    return {"number": int(number_text) if number_text.isdigit() else None,
            "date": (parts[3].strip() or None) if len(parts) > 3 else None}


def _structure(parts: list[str]) -> FinessStructure | str:
    """The structure of a row, or the reason it is rejected."""
    n = len(parts)
    if n == FIELD_COUNT + 1 and not parts[-1].strip():
        parts = parts[:-1]  # a trailing ';' after numuai
    elif n == FIELD_COUNT - 1:
        parts = [*parts, ""]  # numuai absent
    elif n != FIELD_COUNT:
        return f"{n} champs au lieu de {FIELD_COUNT}"
    return FinessStructure.of_values(map(str.strip, parts[1:]))


# Luhn sums of digit groups: a digit in an odd place from the right is doubled (its two digits added). A 9-digit
# number is 3 groups (U D U, D U D, U D U), a 14-digit one 2 + 4 groups: 3 to 5 look-ups instead of a loop over
# every digit, since the checks run on every row of the extract.
_DOUBLE = (0, 2, 4, 6, 8, 1, 3, 5, 7, 9)
_UDU = {f"{a}{b}{c}": a + _DOUBLE[b] + c for a in range(10) for b in range(10) for c in range(10)}
_DUD = {f"{a}{b}{c}": _DOUBLE[a] + b + _DOUBLE[c] for a in range(10) for b in range(10) for c in range(10)}
_DU = {f"{a}{b}": _DOUBLE[a] + b for a in range(10) for b in range(10)}


def _luhn9(v: str) -> bool:
    """`identifiers.luhn_ok` of 9 ASCII digits."""
    return (_UDU[v[:3]] + _DUD[v[3:6]] + _UDU[v[6:9]]) % 10 == 0


def _luhn14(v: str) -> bool:
    """`identifiers.luhn_ok` of 14 ASCII digits."""
    return (_DU[v[:2]] + _DUD[v[2:5]] + _UDU[v[5:8]] + _DUD[v[8:11]] + _UDU[v[11:]]) % 10 == 0


def finess_problem(value: str) -> str | None:
    """`check_finess(value)`; a plain number (9 ASCII digits, a known département, a good key) is accepted
    without going through it, in a fifth of its time."""
    if len(value) == 9 and value.isdigit() and value.isascii() and value[:2] in FINESS_DEPARTEMENTS and _luhn9(value):
        return None
    return check_finess(value)


def siret_problem_of(value: str) -> str | None:
    """`check_siret(value)`, the plain case (14 ASCII digits, not La Poste, both keys good) accepted directly."""
    if (len(value) == 14 and value.isdigit() and value.isascii() and not value.startswith(LA_POSTE_SIREN)
            and _luhn9(value) and _luhn14(value)):
        return None
    return check_siret(value)


def _row_problem(st: FinessStructure) -> str | None:
    if not st.nofinesset:
        return "numéro FINESS manquant"
    reason = finess_problem(st.nofinesset)
    if reason:
        return f"numéro FINESS {st.nofinesset} invalide : {reason}"
    if not st.nofinessej:
        return f"numéro FINESS juridique manquant pour {st.nofinesset}"
    reason = finess_problem(st.nofinessej)
    if reason:
        return f"numéro FINESS juridique {st.nofinessej} invalide : {reason}"
    return None


def duplicate_reason(finess: str, first_line: int) -> str:
    """The rejection of a second row for the same FINESS number (the import checks it in the store)."""
    return f"numéro FINESS {finess} en double (déjà ligne {first_line})"


def _wanted(parts: list[str], departement: str | None, categories: set[str] | None) -> bool:
    if departement is not None and len(parts) > 13 and parts[13].strip().upper() != departement:
        return False
    return not (categories is not None and len(parts) > 18 and parts[18].strip() not in categories)


class ExtractReader:
    """Streams an extract's structures in batches, keeping only one département and/or category (a code, or codes
    separated by commas). Rows outside the filters are skipped before they are checked, so their problems are not
    reported; a row too short to be filtered is checked and reported.

    Memory holds one batch, the rejected rows and a few counters: the file is never read whole. `progress(rows,
    bytes, size)` is called after each batch; `cancelled()` is asked before each one and stops the read with
    `ImportCancelled`. Duplicate FINESS numbers are not checked here (that needs every number seen: the store
    does it, `parse_extract` in memory).
    """

    def __init__(self, path: str | Path, departement: str | None = None, categorie: str | None = None,
                 batch_size: int = 2000, progress: Progress | None = None,
                 cancelled: Callable[[], bool] | None = None) -> None:
        self.path = Path(path)
        self.departement = normalize_departement(departement) if departement else None
        self.categories = {c.strip() for c in categorie.split(",") if c.strip()} if categorie else None
        self.filtered = self.departement is not None or self.categories is not None
        self.batch_size = batch_size
        self.progress = progress
        self.cancelled = cancelled
        self.manifest: dict = {"number": None, "date": None}
        self.errors: list[RowError] = []
        self.warnings: list[RowError] = []
        self.stats = LineStats()
        self.rows_seen = 0  # structureet rows, filtered or not
        self.kept = 0

    def batches(self) -> Iterator[Batch]:
        """The kept structures, `batch_size` at a time; raises FinessFileError when the file is not an extract."""
        fh, size = open_extract(self.path)
        with fh:
            self.stats.size = size
            check_complete(fh, size, self.path.name, _split, FIELD_COUNT)
            self._check_cancel()
            batch: Batch = []
            manifest_seen = False
            any_line = False
            for number, line in lines_of(fh, self.stats, self.path.name):
                if not line.strip():
                    continue
                any_line = True
                try:
                    parts = _split(line)
                except csv.Error as exc:
                    self.errors.append(RowError(number, f"ligne mal formée ({exc})"))
                    continue
                if not manifest_seen and self.rows_seen == 0:
                    manifest = _parse_manifest(parts)
                    if manifest is not None:
                        self.manifest, manifest_seen = manifest, True
                        continue
                st = self._row(number, parts)
                if st is not None:
                    batch.append((number, st))
                    if len(batch) >= self.batch_size:
                        yield self._deliver(batch)
                        batch = []
            if not any_line:
                raise FinessFileError("finess-empty", name=self.path.name)
            if not manifest_seen and self.rows_seen == 0:
                raise FinessFileError("finess-not-extract", name=self.path.name)
            if batch:
                yield self._deliver(batch)
            self._check_cancel()  # a cancel asked for during the last batch still undoes the import
            self._report()

    def _row(self, number: int, parts: list[str]) -> FinessStructure | None:
        tag = parts[0].strip().lower() if parts else ""
        if tag in IGNORED_TAGS:
            return None
        if tag != STRUCTURE_TAG:
            self.errors.append(RowError(number, f"type de ligne inconnu : « {parts[0][:30]} »"))
            return None
        self.rows_seen += 1
        if self.filtered and not _wanted(parts, self.departement, self.categories):
            return None
        # the usual 32 fields built here, the other counts (and their refusal) in _structure
        st = FinessStructure.of_values(map(str.strip, parts[1:])) if len(parts) == FIELD_COUNT else _structure(parts)
        if isinstance(st, str):
            self.errors.append(RowError(number, st))
            return None
        problem = _row_problem(st)
        if problem:
            self.errors.append(RowError(number, problem))
            return None
        siret_problem = siret_problem_of(st.siret) if st.siret else None
        if siret_problem:
            self.warnings.append(RowError(number, f"SIRET {st.siret} ignoré : {siret_problem}"))
            st = replace(st, siret="")
        return st

    def _deliver(self, batch: Batch) -> Batch:
        self._check_cancel()
        self.kept += len(batch)
        self._report()
        return batch

    def _check_cancel(self) -> None:
        if self.cancelled is not None and self.cancelled():
            raise ImportCancelled()

    def _report(self) -> None:
        if self.progress is not None:
            self.progress(self.kept, self.stats.bytes_read, self.stats.size)


def parse_extract(path: str | Path, departement: str | None = None,
                  categorie: str | None = None) -> FinessExtract:
    """Read a whole extract into memory (small files, tests): the reader's rows, duplicates rejected.

    Raises FinessFileError when the file is not an extract; the import streams with `ExtractReader` instead.
    """
    reader = ExtractReader(path, departement=departement, categorie=categorie)
    extract = FinessExtract()
    duplicates: list[RowError] = []
    first_line: dict[str, int] = {}
    for batch in reader.batches():
        for number, st in batch:
            if st.nofinesset in first_line:
                duplicates.append(RowError(number, duplicate_reason(st.nofinesset, first_line[st.nofinesset])))
                continue
            first_line[st.nofinesset] = number
            extract.structures.append(st)
    extract.manifest = reader.manifest
    extract.errors = sorted([*reader.errors, *duplicates], key=lambda e: e.line)
    extract.warnings = reader.warnings
    extract.encoding = reader.stats.encoding
    extract.fallback_lines = reader.stats.fallback_lines
    return extract


__all__ = ["COLUMNS", "FINESS_DATA_LABELS", "ExtractReader", "FinessExtract", "FinessFileError", "FinessStructure",
           "ImportCancelled", "RowError", "duplicate_reason", "normalize_departement", "parse_extract"]

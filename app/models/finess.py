"""Parser of the public FINESS extract (data.gouv.fr "etalab-cs1100502/cs1100507-stock-*.csv").

Layout: no header; line 1 is a manifest "finess;etalab;<count>;<YYYY-MM-DD>"; then one `structureet` row per
entité géographique (';'-separated, CSV quoting possible, 32 fields with the trailing numuai) and, in the
cs1100507 file, `geolocalisation` rows that are ignored here. Encoding: UTF-8 when the bytes decode strictly as
UTF-8, else latin-1 (the historical encoding).

A file that cannot be an extract at all raises `FinessFileError` (nothing should be imported from it); a bad row
goes to `FinessExtract.errors` with its 1-based line number and the parse goes on. The extract carries no row
for the entité juridique: only its number (nofinessej) is known, hence `FinessStructure.ej_name`.
"""
from __future__ import annotations

import csv
from dataclasses import asdict, dataclass, field, fields, replace
from pathlib import Path

from app.models.identifiers import check_finess, check_siret, normalize

STRUCTURE_TAG = "structureet"
IGNORED_TAGS = frozenset({"geolocalisation"})
FIELD_COUNT = 32  # tag + 31 columns, numuai last

# Overseas départements given by their INSEE number, mapped to the code of the extract's departement column.
_OVERSEAS = {"971": "9A", "972": "9B", "973": "9C", "974": "9D", "975": "9E", "976": "9F", "986": "9J"}


class FinessFileError(Exception):
    """The file cannot be read as a FINESS extract at all (message in French)."""


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
        return " ".join(p for p in (self.numvoie, self.compvoie, self.typvoie, self.voie) if p)

    @property
    def address_lines(self) -> list[str]:
        """Postal address lines above the "code postal ville" line (complement, street, lieu-dit or BP)."""
        return [line for line in (self.compldistrib, self.street_line, self.lieuditbp) if line]

    @property
    def postal_code(self) -> str:
        """The 5-digit code that starts ligneacheminement ("01440 VIRIAT" -> "01440"), or ""."""
        head = self.ligneacheminement.split(" ", 1)[0]
        return head if len(head) == 5 and head.isdigit() else ""

    @property
    def city(self) -> str:
        """The rest of ligneacheminement ("97405 ST DENIS CEDEX" -> "ST DENIS CEDEX")."""
        code = self.postal_code
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
        overseas = {v: k for k, v in _OVERSEAS.items()}
        if dept in overseas:
            return overseas[dept] + commune[-2:]
        return dept + commune if len(dept) == 2 else ""

    def finess_data(self) -> dict[str, str]:
        """The FINESS-sourced values shown read-only in the app, keyed as in FINESS_DATA_LABELS (JSON-ready)."""
        return {
            "raison_sociale": self.name,
            "raison_sociale_courte": self.rs,
            "complement_raison_sociale": self.complrs,
            "adresse": "\n".join(self.address_lines),
            "code_postal": self.postal_code,
            "ville": self.city,
            "commune": self.commune_insee,
            "departement": self.departement,
            "departement_libelle": self.libdepartement,
            "telephone": self.telephone,
            "telecopie": self.telecopie,
            "categorie": self.categetab,
            "categorie_libelle": self.libcategetab,
            "categorie_agregat": self.categagretab,
            "categorie_agregat_libelle": self.libcategagretab,
            "finess_eg": self.nofinesset,
            "finess_ej": self.nofinessej,
            "siret": self.siret,
            "code_ape": self.codeape,
            "mode_tarif": " ".join(p for p in (self.codemft, self.libmft) if p),
            "sph": " ".join(p for p in (self.codesph, self.libsph) if p),
            "date_ouverture": self.dateouv,
            "date_autorisation": self.dateautor,
            "date_maj_finess": self.datemaj,
        }

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


@dataclass
class FinessExtract:
    """What a parse gives: the manifest, the kept structures, rejected rows, and kept rows with a remark."""

    manifest: dict = field(default_factory=lambda: {"count": None, "date": None})
    structures: list[FinessStructure] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[RowError] = field(default_factory=list)
    encoding: str = "utf-8"


def normalize_departement(value: str | None) -> str:
    """The 2-character code of the extract: "1" -> "01", "2a" -> "2A", "974" -> "9D"."""
    v = normalize(value)
    if v in _OVERSEAS:
        return _OVERSEAS[v]
    if len(v) == 1 and v.isdigit():
        return "0" + v
    return v


def _read_text(path: Path) -> tuple[str, str]:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise FinessFileError(f"fichier introuvable : {path.name}") from None
    except IsADirectoryError:
        raise FinessFileError(f"{path.name} est un dossier, pas un fichier") from None
    except OSError as exc:
        raise FinessFileError(f"impossible de lire {path.name} ({exc.strerror or exc})") from None
    if not data.strip():
        raise FinessFileError("le fichier est vide")
    if b"\x00" in data:
        raise FinessFileError("le fichier est binaire (octets nuls) : ce n'est pas une extraction FINESS")
    try:
        text, encoding = data.decode("utf-8"), "utf-8"
    except UnicodeDecodeError:
        text, encoding = data.decode("latin-1"), "latin-1"
    return text.lstrip("\ufeff"), encoding


def _split(line: str) -> list[str]:
    if '"' not in line:
        return line.split(";")
    return next(csv.reader([line], delimiter=";", quotechar='"'), [])


def _parse_manifest(parts: list[str]) -> dict | None:
    if len(parts) < 2 or parts[0].strip().lower() != "finess" or parts[1].strip().lower() != "etalab":
        return None
    count_text = parts[2].strip() if len(parts) > 2 else ""
    return {"count": int(count_text) if count_text.isdigit() else None,
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
    return FinessStructure(*(p.strip() for p in parts[1:]))


def _row_problem(st: FinessStructure) -> str | None:
    if not st.nofinesset:
        return "numéro FINESS manquant"
    reason = check_finess(st.nofinesset)
    if reason:
        return f"numéro FINESS {st.nofinesset} invalide : {reason}"
    if not st.nofinessej:
        return f"numéro FINESS juridique manquant pour {st.nofinesset}"
    reason = check_finess(st.nofinessej)
    if reason:
        return f"numéro FINESS juridique {st.nofinessej} invalide : {reason}"
    return None


def _wanted(parts: list[str], departement: str | None, categories: set[str] | None) -> bool:
    if departement is not None and len(parts) > 13 and parts[13].strip().upper() != departement:
        return False
    return not (categories is not None and len(parts) > 18 and parts[18].strip() not in categories)


def parse_extract(path: str | Path, departement: str | None = None,
                  categorie: str | None = None) -> FinessExtract:
    """Read an extract, keeping only one département and/or category (code, or codes separated by commas).

    Rows outside the filters are skipped before they are checked, so their problems are not reported; a row
    too short to be filtered is checked and reported. Raises FinessFileError when the file is not an extract.
    """
    text, encoding = _read_text(Path(path))
    dep = normalize_departement(departement) if departement else None
    cats = {c.strip() for c in categorie.split(",") if c.strip()} if categorie else None
    extract = FinessExtract(encoding=encoding)
    manifest_seen = False
    rows_seen = 0
    first_line: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            parts = _split(line)
        except csv.Error as exc:
            extract.errors.append(RowError(number, f"ligne mal formée ({exc})"))
            continue
        tag = parts[0].strip().lower() if parts else ""
        if number == 1 or (not manifest_seen and rows_seen == 0):
            manifest = _parse_manifest(parts)
            if manifest is not None:
                extract.manifest, manifest_seen = manifest, True
                continue
        if tag in IGNORED_TAGS:
            continue
        if tag != STRUCTURE_TAG:
            extract.errors.append(RowError(number, f"type de ligne inconnu : « {parts[0][:30]} »"))
            continue
        rows_seen += 1
        if not _wanted(parts, dep, cats):
            continue
        st = _structure(parts)
        if isinstance(st, str):
            extract.errors.append(RowError(number, st))
            continue
        problem = _row_problem(st)
        if problem:
            extract.errors.append(RowError(number, problem))
            continue
        if st.nofinesset in first_line:
            extract.errors.append(RowError(
                number, f"numéro FINESS {st.nofinesset} en double (déjà ligne {first_line[st.nofinesset]})"))
            continue
        first_line[st.nofinesset] = number
        siret_problem = check_siret(st.siret) if st.siret else None
        if siret_problem:
            extract.warnings.append(RowError(number, f"SIRET {st.siret} ignoré : {siret_problem}"))
            st = replace(st, siret="")
        extract.structures.append(st)
    if not manifest_seen and rows_seen == 0:
        raise FinessFileError("ce fichier n'est pas une extraction FINESS (ni ligne « finess;etalab », "
                              "ni ligne « structureet »)")
    return extract


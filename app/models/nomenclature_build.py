"""Build the nomenclature pack from NOS CSV files, FHIR JSON and the ROR perimeter table.

Part of the product so that a new NOS release is loaded the same way it was the first time:
`ror-referent nomenclatures build SOURCE... --out DIR`. Everything is read and checked in memory first; files are
written only when every source is sound, so a broken source leaves the pack as it was.
"""
from __future__ import annotations

import csv
import json
import os
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from app.models.nomenclature_fhir import (
    EntryBuilder,
    NomenclatureError,
    date_of_version,
    entries_from_fhir,
    is_retired_status,
    nos_name,
    short_id,
    version_key,
)

PACK_FORMAT = 1
NOS_BASE = "https://mos.esante.gouv.fr/NOS"
# NOS tables that some value sets name only by their short id (JDV_J55 rows say 'TRE_R66'); any TRE named with
# its full URL in a source header, or given as a source itself, is learnt from there instead.
KNOWN_TABLES = {
    "R02": "TRE_R02-SecteurActivite",
    "R66": "TRE_R66-CategorieEtablissement",
    "R67": "TRE_R67-TypeStructure-EJ-EG",
}
NOS_URL = re.compile(r"https?://mos\.esante\.gouv\.fr/NOS/(TRE_[A-Z]+\d+)-[^/\s]+/FHIR/[^\s)|]+")
DOMAINES = {"sanitaire": "sanitaire", "medico social": "medico-social", "offre de ville": "ville",
            "ville": "ville", "coordination": "coordination", "non defini": "autre", "autre": "autre"}
PERIMETRES = (("perimetre_historique", "historique"), ("perimetre_2023", "2023"), ("perimetre_2024", "2024"))
# Type d'offre by champ d'activité: J238 codes are classified by champ (TRE_R227) in a curated table shipped with
# the product; each UO form gets the codes of the champs it serves (as forms_catalog.CHAMP_FORMS routes them:
# Ville units use the MCO form, Social units the MS form).
J238_NAME = "JDV_J238-TypeOffre-ROR"
CHAMP_TABLE = Path(__file__).resolve().parent.parent / "resources" / "nomenclatures" / "sources" / "J238-par-champ.csv"
CHAMPS = ("01", "02", "03", "04", "05", "06")
TYPE_OFFRE_SETS = {"MCO": ("01", "05"), "SMR": ("02",), "PSY": ("03",), "MS": ("04", "06")}
TYPE_OFFRE_URL = "urn:ror-referent:ValueSet:JDV_J238-TypeOffre-ROR-{}"


@dataclass
class CsvSource:
    """One CSV file split into its '#' header (key -> values), its column names and its data rows."""

    path: Path
    kind: str
    label: str
    meta: dict[str, list[str]]
    columns: list[str]
    rows: list[tuple[int, list[str]]] = field(default_factory=list)

    def first(self, key: str) -> str:
        values = self.meta.get(key) or [""]
        return values[0].strip()

    @property
    def url(self) -> str:
        return self.first("url").split()[0] if self.first("url") else ""

    @property
    def header_text(self) -> str:
        return "\n".join(v for values in self.meta.values() for v in values)


def fold_word(text: str) -> str:
    """Lower case, no accents, words separated by single spaces ('Médico-social' -> 'medico social')."""
    text = unicodedata.normalize("NFKD", text.casefold())
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(re.sub(r"[^0-9a-z]+", " ", text).split())


def read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise NomenclatureError(f"{path.name} : lecture impossible ({exc.strerror or exc})") from exc
    if b"\x00" in data:
        raise NomenclatureError(f"{path.name} : ce n'est pas un fichier texte")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        try:
            return data.decode("cp1252")  # older NOS exports were Windows-1252
        except UnicodeDecodeError:
            raise NomenclatureError(
                f"{path.name} : encodage illisible (ni UTF-8 ni Windows-1252, octet {exc.start + 1})") from exc


def parse_csv(path: Path) -> CsvSource:
    """Split a NOS CSV into header, columns and rows; check it has what the converter needs."""
    lines = read_text(path).splitlines()
    meta: dict[str, list[str]] = {}
    kind, label = "", ""
    n = 0
    while n < len(lines) and (lines[n].startswith("#") or not lines[n].strip()):
        m = re.match(r"^#\s*([A-Za-z_.]+)\s*:\s*(.*)$", lines[n])
        if m:
            key, value = m.group(1).lower(), m.group(2).strip()
            if not meta and key in ("valueset", "codesystem", "conceptmap") and not kind:
                kind, label = {"valueset": "ValueSet", "codesystem": "CodeSystem",
                               "conceptmap": "ConceptMap"}[key], value
            else:
                meta.setdefault(key, []).append(value)
        n += 1
    if n >= len(lines):
        raise NomenclatureError(f"{path.name} : aucune ligne de données (ligne d'en-tête des colonnes absente)")
    rows = list(csv.reader(lines[n:], delimiter=";", quotechar='"'))
    columns = [c.strip().lower() for c in rows[0]]
    src = CsvSource(path, kind, label, meta, columns)
    for offset, fields in enumerate(rows[1:], start=n + 2):
        if any(f.strip() for f in fields):
            src.rows.append((offset, fields))
    if "categorie_code" in columns:
        src.kind = "Perimeter"
        return src
    if "champs" in columns and "code" in columns:
        src.kind = "ChampTable"
        return src
    if not src.url:
        raise NomenclatureError(f"{path.name} : en-tête « # url: » absent")
    if not kind:
        name = nos_name(src.url) or ""
        src.kind = "CodeSystem" if name.startswith("TRE_") else "ValueSet"
    return src


def _fields(src: CsvSource, line: int, fields: list[str], needed: list[str]) -> dict[str, str]:
    """Map a row to its columns; a row longer than the header had ';' inside its free text column."""
    cols = src.columns
    if len(fields) > len(cols):
        spill = next((cols.index(c) for c in ("definition", "description", "commentaire") if c in cols), None)
        if spill is None:
            raise NomenclatureError(
                f"{src.path.name}, ligne {line} : {len(fields)} champs pour {len(cols)} colonnes")
        extra = len(fields) - len(cols)
        fields = fields[:spill] + [";".join(fields[spill:spill + extra + 1])] + fields[spill + extra + 1:]
    values = dict(zip(cols, fields, strict=False))
    missing = [c for c in needed if not (values.get(c) or "").strip()]
    if missing:
        raise NomenclatureError(f"{src.path.name}, ligne {line} : champ « {missing[0]} » vide ou absent")
    return {k: v.strip() for k, v in values.items()}


def _require_columns(src: CsvSource, needed: list[str]) -> None:
    absent = [c for c in needed if c not in src.columns]
    if absent:
        raise NomenclatureError(
            f"{src.path.name} : colonne « {absent[0]} » absente (colonnes lues : {';'.join(src.columns)})")


def _source_info(src: CsvSource) -> dict[str, str]:
    info = {"file": src.path.name}
    for key in ("source_repo", "source_path", "source_commit"):
        value = src.first(key)
        if value and not value.startswith(("n/a", "(")):
            info[key.removeprefix("source_")] = value.split()[0]
    return info


class SystemResolver:
    """Finds the code system URL for CSV rows that carry none, or carry only a short id such as 'TRE_R66'."""

    def __init__(self, sources: list[CsvSource]):
        self.tables: dict[str, str] = {k: f"{NOS_BASE}/{v}/FHIR/{v.replace('_', '-')}" for k, v in KNOWN_TABLES.items()}
        self.code_systems = [s for s in sources if s.kind == "CodeSystem"]
        for s in sources:
            for m in NOS_URL.finditer(s.header_text):
                self.tables[short_id(m.group(1)) or ""] = m.group(0)
        for s in self.code_systems:
            sid = short_id(nos_name(s.url) or "")
            if sid:
                self.tables[sid] = s.url

    def named(self, value: str, src: CsvSource, line: int) -> str:
        """A row's own system: a URL, or a short id 'TRE_R66' / 'R66' looked up among the known tables."""
        if re.match(r"^(https?|urn):", value):
            return value
        sid = short_id(value) or (value.upper() if re.fullmatch(r"[A-Za-z]+\d+", value) else None)
        if sid and sid in self.tables:
            return self.tables[sid]
        raise NomenclatureError(
            f"{src.path.name}, ligne {line} : système de codes « {value} » inconnu ; "
            "ajoutez le fichier TRE correspondant aux sources")

    def default(self, src: CsvSource) -> str | None:
        """The system of a file's rows that name none: its own URL, its header, or the matching TRE file."""
        if src.kind == "CodeSystem":
            return src.url
        declared = [v.split()[0] for v in src.meta.get("code_system", []) if v.strip()]
        if len(declared) == 1:
            return declared[0]
        if declared:
            return None  # several systems: each row must say which
        for note in src.meta.get("note", []):
            m = re.search(r"CodeSystem\s+(https?://\S+)", note)
            if m:
                return m.group(1).rstrip(").,;")
        name = nos_name(src.url) or ""
        sid = short_id(name)
        stem = name.split("-", 1)[1].removesuffix("-ROR") if "-" in name else ""
        for cs in self.code_systems:
            cs_name = nos_name(cs.url) or ""
            if sid and re.search(rf"JDV_{sid}[-_]", cs.header_text):
                return cs.url
            if stem and cs_name.split("-", 1)[-1] == stem:
                return cs.url
        return None


def _valueset_from_csv(src: CsvSource, resolver: SystemResolver) -> dict[str, Any]:
    _require_columns(src, ["code", "display"])
    default = resolver.default(src)
    builder = EntryBuilder(src.path.name)
    status_cols = [c for c in src.columns if c in ("status", "statut", "deprecated", "retired", "inactive")]
    for line, raw in src.rows:
        values = _fields(src, line, raw, ["code", "display"])
        given = values.get("system", "")
        system = resolver.named(given, src, line) if given else default
        if not system:
            raise NomenclatureError(
                f"{src.path.name}, ligne {line} : système de codes introuvable (ni colonne « system », "
                "ni « code_system » unique dans l'en-tête, ni fichier TRE correspondant)")
        retired = any(is_retired_status(values.get(c)) for c in status_cols)
        builder.add(system, values["code"], values["display"], retired, where=f", ligne {line}")
    name = nos_name(src.url) or src.label or src.path.stem
    title = src.first("description") or readable_title(name)
    version = src.first("version")
    date = src.first("date")[:10] or date_of_version(version)
    entry = builder.entry(src.kind, src.url, version, name, title, date,
                          oid=_urn_oid(src.first("oid")), source=_source_info(src))
    declared = src.first("concepts") or src.first("count")
    if declared.isdigit() and int(declared) != len(builder.concepts):
        entry["declared_count"] = int(declared)
    return entry


def readable_title(name: str) -> str:
    """A title for a source that gives none: 'JDV_J17-ActiviteOperationnelle-ROR' -> 'Activite Operationnelle (ROR)'."""
    parts = name.split("-")[1:] or [name]
    suffix = " (ROR)" if parts[-1] == "ROR" and len(parts) > 1 else ""
    words = [re.sub(r"(?<=[a-z])(?=[A-Z])", " ", p) for p in (parts[:-1] if suffix else parts)]
    return " ".join(words) + suffix


def _urn_oid(value: str) -> str | None:
    value = value.strip()
    if not value:
        return None
    return value if value.startswith("urn:oid:") else f"urn:oid:{value}"


def _conceptmap_from_csv(src: CsvSource) -> dict[str, Any]:
    _require_columns(src, ["source_code", "target_code"])
    elements = []
    for line, raw in src.rows:
        values = _fields(src, line, raw, ["source_code", "target_code"])
        elements.append([values["source_code"], values["target_code"], values.get("equivalence") or "equivalent"])
    name = nos_name(src.url) or src.label or src.path.stem
    version = src.first("version")
    return {"resourceType": "ConceptMap", "url": src.url, "version": version,
            "date": src.first("date")[:10] or date_of_version(version), "name": name,
            "title": src.first("description") or name, "source": _source_info(src),
            "sourceSystem": src.first("group.source").split()[0] if src.first("group.source") else "",
            "targetSystem": src.first("group.target").split()[0] if src.first("group.target") else "",
            "elements": elements}


def _perimeter_from_csv(src: CsvSource) -> dict[str, Any]:
    _require_columns(src, ["categorie_code", "domaine"])
    categories: dict[str, list[str]] = {}
    for line, raw in src.rows:
        values = _fields(src, line, raw, ["categorie_code", "domaine"])
        domaine = DOMAINES.get(fold_word(values["domaine"]))
        if domaine is None:
            raise NomenclatureError(f"{src.path.name}, ligne {line} : domaine « {values['domaine']} » inconnu")
        perimetre = next((p for col, p in PERIMETRES if fold_word(values.get(col, "")) in ("yes", "oui")), "")
        categories[values["categorie_code"]] = [values.get("categorie_label", ""), domaine, perimetre]
    commit = src.first("source_commit")
    m = re.search(r"\((\d{4}-\d{2}-\d{2})\)", commit)
    info = _source_info(src)
    version = m.group(1) if m else ""
    return {"resourceType": "Perimeter", "name": "perimetre-ror", "url": "", "version": version,
            "date": version or None,
            "title": "Périmètre ROR par catégorie FINESS d'EG", "source": info, "categories": categories}


def _files(sources: list[str | Path]) -> list[Path]:
    found: list[Path] = []
    for s in sources:
        p = Path(s)
        if p.is_dir():
            found += sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in (".csv", ".json"))
        elif p.is_file():
            found.append(p)
        else:
            raise NomenclatureError(f"source introuvable : {p}")
    if not found:
        raise NomenclatureError("aucun fichier CSV ou JSON dans les sources données")
    return found


def read_champ_table(src: CsvSource) -> dict[str, list[str]]:
    """J238 code -> champ codes (TRE_R227) from the curated table (columns code;champs;reason)."""
    _require_columns(src, ["code", "champs"])
    table: dict[str, list[str]] = {}
    for line, raw in src.rows:
        values = _fields(src, line, raw, ["code", "champs"])
        champs = [c.strip() for c in re.split(r"[,\s]+", values["champs"]) if c.strip()]
        unknown = [c for c in champs if c not in CHAMPS]
        if unknown:
            raise NomenclatureError(f"{src.path.name}, ligne {line} : champ d'activité « {unknown[0]} » inconnu "
                                    f"(attendu : {', '.join(CHAMPS)})")
        if values["code"] in table:
            raise NomenclatureError(f"{src.path.name}, ligne {line} : code {values['code']} classé deux fois")
        table[values["code"]] = champs
    return table


def type_offre_sets(j238: dict[str, Any], table: dict[str, list[str]], table_file: str) -> list[dict[str, Any]]:
    """The J238 value set cut by champ: one derived value set per UO form, same version, same concepts' system."""
    unclassified = [row[0] for row in j238.get("concepts", []) if row[0] not in table]
    if unclassified:
        raise NomenclatureError(
            f"{table_file} : {len(unclassified)} type(s) d'offre de {J238_NAME} sans champ d'activité "
            f"({', '.join(unclassified[:10])}) ; complétez la table de classement")
    derived = []
    for label, champs in TYPE_OFFRE_SETS.items():
        concepts = [row for row in j238["concepts"] if set(table[row[0]]) & set(champs)]
        note = (f"Dérivé de {j238['url']}|{j238.get('version', '')} : codes classés dans le(s) champ(s) "
                f"d'activité {', '.join(champs)} (TRE_R227) par {table_file}.")
        derived.append({
            "resourceType": "ValueSet", "url": TYPE_OFFRE_URL.format(label), "version": j238.get("version", ""),
            "date": j238.get("date"),
            # No 'JDV_' prefix: the pack would then take this set for J238 itself when looked up by 'J238'.
            "name": f"J238-TypeOffre-ROR-{label}", "title": f"{j238.get('title') or 'Type Offre (ROR)'} - {label}",
            "source": {"file": table_file, "derived_from": j238["url"]}, "note": note,
            "systems": j238.get("systems", []), "concepts": concepts})
    return derived


def _with_type_offre_sets(entries: list[dict[str, Any]], tables: list[CsvSource]) -> list[dict[str, Any]]:
    """Add the per-form type d'offre sets when J238 is built; the table given as source wins over the shipped one."""
    j238 = next((e for e in entries if e.get("name") == J238_NAME and e.get("concepts")), None)
    if j238 is None:
        return entries
    src = tables[-1] if tables else parse_csv(CHAMP_TABLE)
    return entries + type_offre_sets(j238, read_champ_table(src), src.path.name)


def convert(sources: list[str | Path]) -> list[dict[str, Any]]:
    """Read every source (files or folders; CSV or JSON) and return the pack entries, checked, in memory."""
    csvs: list[CsvSource] = []
    entries: list[dict[str, Any]] = []
    for path in _files(sources):
        suffix = path.suffix.lower()
        if suffix == ".csv":
            csvs.append(parse_csv(path))
        elif suffix == ".json":
            try:
                doc = json.loads(read_text(path))
            except json.JSONDecodeError as exc:
                raise NomenclatureError(f"{path.name} : JSON invalide (ligne {exc.lineno})") from exc
            entries += entries_from_fhir(doc, path.name)
        else:
            raise NomenclatureError(f"{path.name} : format non pris en charge (CSV ou JSON attendu)")
    resolver = SystemResolver(csvs)
    tables = [src for src in csvs if src.kind == "ChampTable"]
    for src in csvs:
        if src.kind == "ChampTable":
            continue
        if src.kind == "Perimeter":
            entries.append(_perimeter_from_csv(src))
        elif src.kind == "ConceptMap":
            entries.append(_conceptmap_from_csv(src))
        else:
            entries.append(_valueset_from_csv(src, resolver))
    return _newest_per_url(_with_type_offre_sets(_newest_per_url(entries), tables))


def _newest_per_url(entries: list[dict[str, Any]]) -> list[dict[str, Any]]:
    kept: dict[str, dict[str, Any]] = {}
    for e in entries:
        key = e["url"] or e["name"]
        if key not in kept or version_key(e.get("version")) >= version_key(kept[key].get("version")):
            kept[key] = e
    return sorted(kept.values(), key=lambda e: (e["resourceType"], e["name"]))


def entry_count(entry: dict[str, Any]) -> int:
    for key in ("concepts", "elements", "categories"):
        if key in entry:
            return len(entry[key])
    return 0


def file_name(name: str) -> str:
    return re.sub(r"[^A-Za-z0-9_.-]+", "_", name).strip("._") + ".json"


def write_pack(entries: list[dict[str, Any]], out: str | Path) -> list[dict[str, Any]]:
    """Write one compact JSON file per entry and index.json; drop files of the previous index no longer built."""
    out = Path(out)
    index = []
    names: dict[str, str] = {}
    for e in entries:
        fname = file_name(e["name"])
        if fname in names:
            raise NomenclatureError(f"deux sources donnent le même nom {e['name']} ({names[fname]} et {e['url']})")
        names[fname] = e["url"]
        index.append({"kind": e["resourceType"], "name": e["name"], "url": e["url"], "version": e.get("version", ""),
                      "date": e.get("date"), "title": e.get("title", ""), "file": fname, "count": entry_count(e)})
    try:
        out.mkdir(parents=True, exist_ok=True)
        old = _old_files(out)
        for e, item in zip(entries, index, strict=True):
            _write_json(out / item["file"], e)
        _write_json(out / "index.json", {"format": PACK_FORMAT, "entries": index})
        for stale in old - set(names) - {"index.json"}:
            (out / stale).unlink(missing_ok=True)
    except OSError as exc:
        raise NomenclatureError(f"écriture impossible dans {out} : {exc.strerror or exc}") from exc
    return index


def _old_files(out: Path) -> set[str]:
    try:
        old = json.loads((out / "index.json").read_text(encoding="utf-8"))
        return {str(i["file"]) for i in old.get("entries", []) if "/" not in str(i.get("file", ""))}
    except (OSError, ValueError, AttributeError, KeyError, TypeError):
        return set()


def _write_json(path: Path, obj: Any) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_text(json.dumps(obj, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")
    os.replace(tmp, path)


def build(sources: list[str | Path], out: str | Path) -> list[dict[str, Any]]:
    """Convert the sources and write the pack; returns the index rows written."""
    return write_pack(convert(sources), out)

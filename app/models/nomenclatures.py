"""The nomenclature pack at run time: value sets by URL or name, code look-up and type-ahead search.

The pack is a folder of compact JSON files (one per value set) and an index.json, built by
`ror-referent nomenclatures build`. Only the index is read up front; a value set file is parsed the first time it
is asked for, and its search labels are folded the first time it is searched.
"""
from __future__ import annotations

import json
import re
import threading
import unicodedata
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from app.models.nomenclature_fhir import NomenclatureError, entries_from_fhir, nos_name, short_id, version_key

__all__ = ["Concept", "ConceptMap", "NomenclatureError", "NomenclaturePack", "ValueSet", "fold"]

DEFAULT_DIR = Path(__file__).resolve().parent.parent / "resources" / "nomenclatures"
_NOT_WORD = re.compile(r"[^0-9a-z]+")
_LIGATURES = str.maketrans({"œ": "oe", "æ": "ae"})


def fold(text: str) -> str:
    """Search form of a label: lower case, no accents, words of letters and digits separated by one space."""
    text = unicodedata.normalize("NFKD", text.casefold().translate(_LIGATURES))
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_WORD.sub(" ", text).split())


@dataclass(frozen=True, slots=True)
class Concept:
    """One coded value; `retired` marks a code the source says must no longer be used."""

    system: str
    code: str
    display: str
    retired: bool = False

    def as_coding(self) -> dict[str, str]:
        return {"system": self.system, "code": self.code, "display": self.display}


class ValueSet:
    """A value set (or a whole code system) of the pack, with look-up by code and accent-blind search."""

    def __init__(self, url: str, version: str, name: str, title: str, concepts: list[Concept], *,
                 kind: str = "ValueSet", date: str | None = None, source: dict[str, str] | None = None):
        self.url = url
        self.version = version
        self.name = name
        self.title = title
        self.concepts = concepts
        self.kind = kind
        self.date = date
        self.source = source or {}
        self._by_code: dict[str, list[Concept]] = {}
        for c in concepts:
            self._by_code.setdefault(c.code, []).append(c)
        self._index: list[tuple[Concept, str, str]] | None = None

    @classmethod
    def from_entry(cls, entry: dict[str, Any]) -> ValueSet:
        """A ValueSet from one pack file (or a converted FHIR resource)."""
        systems = entry.get("systems") or [""]
        concepts = [Concept(systems[row[2]] if len(row) > 2 else systems[0], row[0], row[1],
                            bool(row[3]) if len(row) > 3 else False) for row in entry.get("concepts") or []]
        return cls(entry.get("url", ""), entry.get("version", ""), entry.get("name", ""), entry.get("title", ""),
                   concepts, kind=entry.get("resourceType", "ValueSet"), date=entry.get("date"),
                   source=entry.get("source"))

    @property
    def short_id(self) -> str | None:
        return short_id(self.name)

    def __len__(self) -> int:
        return len(self.concepts)

    def __iter__(self):
        return iter(self.concepts)

    def __repr__(self) -> str:
        return f"ValueSet({self.name!r}, version={self.version!r}, {len(self.concepts)} concepts)"

    def lookup(self, code: str, system: str | None = None) -> Concept | None:
        """The concept with this code (and system, when the value set mixes systems); retired ones too."""
        found = self._by_code.get(str(code).strip())
        if not found:
            return None
        if system:
            return next((c for c in found if c.system == system), None)
        return found[0]

    def search(self, text: str, limit: int = 50) -> list[Concept]:
        """Concepts whose label matches `text`, accents and case ignored; retired concepts are left out.

        Order: exact code, label starting with the text, a word starting with it, every typed word starting a
        word, then the text anywhere; alphabetical within each group.
        """
        index = self._search_index()
        query = fold(text)
        if not query:
            return [c for c, _, _ in index[:limit]]
        raw = text.strip()
        tokens = query.split()
        word_start = " " + query
        hits: list[tuple[int, str, Concept]] = []
        for concept, folded, padded in index:
            if len(tokens) == 1:
                if query not in folded:
                    if concept.code == raw:
                        hits.append((0, folded, concept))
                    continue
            elif not all(t in folded for t in tokens):
                if concept.code == raw:
                    hits.append((0, folded, concept))
                continue
            if concept.code == raw:
                rank = 0
            elif folded.startswith(query):
                rank = 1
            elif word_start in padded:
                rank = 2
            elif len(tokens) > 1 and all(" " + t in padded for t in tokens):
                rank = 3
            elif query in folded:
                rank = 4
            else:
                rank = 5
            hits.append((rank, folded, concept))
        hits.sort(key=lambda h: (h[0], h[1]))
        return [h[2] for h in hits[:limit]]

    def _search_index(self) -> list[tuple[Concept, str, str]]:
        if self._index is None:
            rows = []
            for c in self.concepts:
                if not c.retired:
                    folded = fold(c.display)
                    rows.append((c, folded, " " + folded))
            rows.sort(key=lambda r: r[1])
            self._index = rows
        return self._index


@dataclass(frozen=True)
class ConceptMap:
    """A NOS association table (ASS_...): source code -> target codes."""

    url: str
    version: str
    name: str
    title: str
    source_system: str
    target_system: str
    elements: tuple[tuple[str, str, str], ...]

    def targets(self, code: str) -> list[str]:
        return [t for s, t, _ in self.elements if s == code]


class NomenclaturePack:
    """The value sets available offline: the shipped pack, plus those added from a server in this session."""

    def __init__(self, directory: str | Path):
        self.directory = Path(directory)
        self._lock = threading.RLock()
        self._index: list[dict[str, Any]] | None = None
        self._keys: dict[str, str] = {}          # folded key (url, name, id, short id) -> url
        self._files: dict[str, str] = {}         # url -> file name in the pack
        self._loaded: dict[str, ValueSet] = {}   # url -> ValueSet (parsed or added)
        self._added: set[str] = set()           # urls whose value set came from add()
        self._maps: dict[str, ConceptMap] = {}
        self._perimeter: dict[str, list[str]] | None = None

    @classmethod
    def default(cls) -> NomenclaturePack:
        """The pack shipped with the application (one instance per process)."""
        return _default_pack()

    # --- index -------------------------------------------------------------------------------------------
    def entries(self) -> list[dict[str, Any]]:
        """The index rows (kind, name, url, version, date, title, file, count), value sets added included."""
        self._ensure_index()
        with self._lock:
            rows = {r["url"] or r["name"]: r for r in self._index or []}
            for url in self._added:
                vs = self._loaded[url]
                rows[url] = {"kind": vs.kind, "name": vs.name, "url": url, "version": vs.version,
                             "date": vs.date, "title": vs.title, "file": None, "count": len(vs)}
            return list(rows.values())

    def names(self) -> list[str]:
        """Names of the value sets and code systems available (e.g. 'JDV_J16-ActeSpecifique-ROR')."""
        return sorted(r["name"] for r in self.entries() if r["kind"] in ("ValueSet", "CodeSystem"))

    def _ensure_index(self) -> None:
        if self._index is not None:
            return
        with self._lock:
            if self._index is not None:
                return
            path = self.directory / "index.json"
            try:
                doc = json.loads(path.read_text(encoding="utf-8"))
                rows = list(doc["entries"])
            except FileNotFoundError as exc:
                raise NomenclatureError(f"Pack de nomenclatures introuvable : {self.directory}") from exc
            except (OSError, ValueError, KeyError, TypeError) as exc:
                raise NomenclatureError(f"Index du pack de nomenclatures illisible : {path}") from exc
            for row in rows:
                if row.get("kind") in ("ValueSet", "CodeSystem", "ConceptMap"):
                    self._files[row["url"]] = row["file"]
                    self._remember(row["url"], row["name"])
            self._index = rows

    def _remember(self, url: str, name: str) -> None:
        keys = {url, name, name.replace("-", "_"), name.replace("_", "-")}
        sid = short_id(name)
        if sid:
            keys.add(sid)
        for k in keys:
            self._keys[k.casefold()] = url

    def _resolve(self, url_or_name: str) -> str | None:
        self._ensure_index()
        key = str(url_or_name or "").strip().split("|", 1)[0]
        return self._keys.get(key.casefold()) or self._keys.get((nos_name(key) or "").casefold())

    def _read(self, url: str) -> dict[str, Any]:
        path = self.directory / self._files[url]
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError) as exc:
            raise NomenclatureError(f"Fichier du pack de nomenclatures illisible : {path.name}") from exc

    # --- value sets --------------------------------------------------------------------------------------
    def get(self, url_or_name: str) -> ValueSet | None:
        """A value set by canonical URL (with or without '|version'), NOS name ('JDV_J16-ActeSpecifique-ROR') or
        short id ('J16', 'R227'); None when the pack does not have it. The pack holds one version per URL."""
        url = self._resolve(url_or_name)
        if url is None:
            return None
        with self._lock:
            vs = self._loaded.get(url)
            if vs is None and url in self._files:
                entry = self._read(url)
                if entry.get("resourceType") not in ("ValueSet", "CodeSystem"):
                    return None
                vs = self._loaded[url] = ValueSet.from_entry(entry)
            return vs

    def add(self, valueset_json: dict[str, Any] | ValueSet) -> ValueSet:
        """Put a value set fetched from a server in memory; the newer version wins (on a tie, the added one).

        Returns the value set now in use for that URL. Raises NomenclatureError when it is not a usable
        ValueSet or CodeSystem.
        """
        if isinstance(valueset_json, ValueSet):
            candidates = [valueset_json]
        else:
            candidates = [ValueSet.from_entry(e) for e in entries_from_fhir(valueset_json, "jeu de valeurs reçu")]
        winner = candidates[0]
        for new in candidates:
            current = self.get(new.url)
            with self._lock:
                if current is None or version_key(new.version) >= version_key(current.version):
                    self._loaded[new.url] = new
                    self._added.add(new.url)
                    self._remember(new.url, new.name)
                    current = new
            if new is candidates[0]:
                winner = current
        return winner

    def concept_map(self, url_or_name: str) -> ConceptMap | None:
        """An association table of the pack ('ASS_A14-FamilleActivite-ActiviteOperationnelle' or 'A14')."""
        url = self._resolve(url_or_name)
        if url is None or url not in self._files:
            return None
        with self._lock:
            if url not in self._maps:
                e = self._read(url)
                if e.get("resourceType") != "ConceptMap":
                    return None
                self._maps[url] = ConceptMap(e["url"], e.get("version", ""), e["name"], e.get("title", ""),
                                             e.get("sourceSystem", ""), e.get("targetSystem", ""),
                                             tuple(tuple(x) for x in e.get("elements", [])))
            return self._maps[url]

    # --- FINESS categories -------------------------------------------------------------------------------
    def _categories(self) -> dict[str, list[str]]:
        if self._perimeter is None:
            self._ensure_index()
            row = next((r for r in self._index or [] if r.get("kind") == "Perimeter"), None)
            cats: dict[str, list[str]] = {}
            if row:
                path = self.directory / row["file"]
                try:
                    cats = json.loads(path.read_text(encoding="utf-8"))["categories"]
                except (OSError, ValueError, KeyError) as exc:
                    raise NomenclatureError(f"Fichier du pack de nomenclatures illisible : {path.name}") from exc
            self._perimeter = cats
        return self._perimeter

    def domaine_of_categorie(self, code: str | int | None) -> str:
        """'sanitaire', 'medico-social', 'ville', 'coordination' or 'autre' (unknown category) for an EG category."""
        row = self._categories().get(str(code or "").strip())
        return row[1] if row else "autre"

    def perimetre_of_categorie(self, code: str | int | None) -> str | None:
        """When the category entered the ROR perimeter: 'historique', '2023', '2024'; None if not followed."""
        row = self._categories().get(str(code or "").strip())
        return (row[2] or None) if row else None

    def label_of_categorie(self, code: str | int | None) -> str | None:
        """The current NOS label of an EG category (JDV_J55), else the perimeter table's; None if unknown."""
        code = str(code or "").strip()
        j55 = self.get("J55")
        concept = j55.lookup(code) if j55 else None
        if concept:
            return concept.display
        row = self._categories().get(code)
        return (row[0] or None) if row else None


@cache
def _default_pack() -> NomenclaturePack:
    return NomenclaturePack(DEFAULT_DIR)

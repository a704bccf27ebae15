"""Turn FHIR ValueSet / CodeSystem JSON (as a terminology server returns it) into nomenclature pack entries.

Shared by the pack converter (files on disk) and the runtime pack (value sets fetched from a server), so both
read FHIR the same way. A pack entry is a plain dict, the same shape as one file of the pack:
`{"resourceType", "url", "version", "date", "name", "title", "systems": [url, ...],
  "concepts": [[code, display, system_index?, retired?], ...]}` (trailing defaults left out to keep files small).
"""
from __future__ import annotations

import re
from typing import Any

NOS_NAME = re.compile(r"/NOS/([^/|]+)/FHIR/")
SHORT_ID = re.compile(r"^(?:JDV|TRE|ASS)[_-]([A-Z]+\d+)", re.I)
RETIRED_WORDS = ("retired", "deprecated", "inactive")


class NomenclatureError(Exception):
    """A nomenclature source or pack that cannot be read; the message is in French, for the user."""


def nos_name(url: str) -> str | None:
    """The NOS name in a canonical URL:
    '.../NOS/JDV_J16-ActeSpecifique-ROR/FHIR/...' -> 'JDV_J16-ActeSpecifique-ROR'."""
    m = NOS_NAME.search(url or "")
    return m.group(1) if m else None


def short_id(name: str) -> str | None:
    """'JDV_J16-ActeSpecifique-ROR' -> 'J16', 'TRE_R227-ChampActivite' -> 'R227'."""
    m = SHORT_ID.match(name or "")
    return m.group(1).upper() if m else None


def version_key(version: str | None) -> tuple[int, ...]:
    """Comparable form of a version: NOS dates '20260629120000' and dotted '1.2.0' both compare by numbers."""
    return tuple(int(n) for n in re.findall(r"\d+", version or ""))


def date_of_version(version: str | None) -> str | None:
    """'20260629120000' -> '2026-06-29' (NOS versions are timestamps); None when it is not one."""
    m = re.fullmatch(r"(\d{4})(\d{2})(\d{2})\d*", version or "")
    return f"{m.group(1)}-{m.group(2)}-{m.group(3)}" if m else None


def is_retired_status(value: Any) -> bool:
    """True for a status or flag that says the code must no longer be used ('deprecated (dateFin ...)', true...)."""
    if value is True:
        return True
    text = str(value or "").strip().lower()
    return text in ("true", "1", "yes", "oui") or text.startswith(RETIRED_WORDS)


class EntryBuilder:
    """Collects concepts for one pack entry, numbering systems and refusing conflicting duplicates."""

    def __init__(self, origin: str):
        self.origin = origin
        self.systems: list[str] = []
        self.concepts: list[list[Any]] = []
        self._seen: dict[tuple[str, str], str] = {}

    def add(self, system: str, code: str, display: str, retired: bool = False, where: str = "") -> None:
        code = (code or "").strip()
        display = (display or "").strip()
        if not code:
            raise NomenclatureError(f"{self.origin}{where} : code vide")
        if not display:
            raise NomenclatureError(f"{self.origin}{where} : le code {code} n'a pas de libellé")
        if not system:
            raise NomenclatureError(f"{self.origin}{where} : système de codes inconnu pour le code {code}")
        key = (system, code)
        if key in self._seen:
            if self._seen[key] != display:
                raise NomenclatureError(
                    f"{self.origin}{where} : le code {code} apparaît deux fois avec des libellés différents")
            return
        self._seen[key] = display
        if system not in self.systems:
            self.systems.append(system)
        row: list[Any] = [code, display]
        index = self.systems.index(system)
        if index or retired:
            row.append(index)
        if retired:
            row.append(1)
        self.concepts.append(row)

    def entry(self, resource_type: str, url: str, version: str | None, name: str, title: str,
              date: str | None = None, **extra: Any) -> dict[str, Any]:
        if not self.concepts:
            raise NomenclatureError(f"{self.origin} : aucun concept trouvé")
        out: dict[str, Any] = {
            "resourceType": resource_type, "url": url, "version": version or "",
            "date": date or date_of_version(version), "name": name, "title": title or name,
        }
        out.update({k: v for k, v in extra.items() if v})
        out["systems"] = self.systems
        out["concepts"] = self.concepts
        return out


def entries_from_fhir(doc: Any, origin: str = "ressource FHIR") -> list[dict[str, Any]]:
    """Pack entries from a ValueSet, a CodeSystem or a Bundle of them; raises NomenclatureError otherwise."""
    if not isinstance(doc, dict):
        raise NomenclatureError(f"{origin} : ce n'est pas une ressource FHIR (objet JSON attendu)")
    kind = doc.get("resourceType")
    if kind == "Bundle":
        resources = [e.get("resource") for e in doc.get("entry") or [] if isinstance(e, dict)]
        found: list[dict[str, Any]] = [r for r in resources if isinstance(r, dict)
                                       and r.get("resourceType") in ("ValueSet", "CodeSystem")]
        if not found:
            raise NomenclatureError(f"{origin} : le Bundle ne contient ni ValueSet ni CodeSystem")
        return [_entry(r, origin) for r in found]
    if kind in ("ValueSet", "CodeSystem"):
        return [_entry(doc, origin)]
    raise NomenclatureError(f"{origin} : ressource {kind or 'sans resourceType'} ; ValueSet ou CodeSystem attendu")


def _entry(res: dict[str, Any], origin: str) -> dict[str, Any]:
    url = str(res.get("url") or "").strip()
    if not url:
        raise NomenclatureError(f"{origin} : {res.get('resourceType')} sans url")
    name = nos_name(url) or str(res.get("name") or res.get("id") or "").strip() or url.rstrip("/").rsplit("/", 1)[-1]
    title = str(res.get("title") or res.get("description") or res.get("name") or name)
    version = str(res.get("version") or "")
    date = str(res.get("date") or "")[:10] or None
    builder = EntryBuilder(origin)
    if res["resourceType"] == "CodeSystem":
        _walk_codesystem(builder, url, res.get("concept") or [])
    else:
        _read_valueset(builder, res, origin)
    return builder.entry(res["resourceType"], url, version, name, title, date or date_of_version(version),
                         oid=_oid(res))


def _oid(res: dict[str, Any]) -> str | None:
    for ident in res.get("identifier") or []:
        value = str(ident.get("value") or "")
        if value.startswith("urn:oid:"):
            return value
    return None


def _flag(item: dict[str, Any]) -> bool:
    """Whether a contains entry or concept is marked retired (inactive, status/deprecated property)."""
    if item.get("inactive") is True:
        return True
    for prop in item.get("property") or []:
        code = str(prop.get("code") or "").lower()
        value = next((prop[k] for k in prop if k.startswith("value")), None)
        if code == "status" and is_retired_status(value):
            return True
        if code in ("deprecated", "inactive", "retired") and value is True:
            return True
    return False


def _walk_codesystem(builder: EntryBuilder, system: str, concepts: list[dict[str, Any]]) -> None:
    for c in concepts:
        if c.get("code"):
            builder.add(system, c["code"], _display(c), _flag(c))
        _walk_codesystem(builder, system, c.get("concept") or [])


def _walk_contains(builder: EntryBuilder, contains: list[dict[str, Any]]) -> None:
    for c in contains:
        if c.get("code"):
            builder.add(str(c.get("system") or ""), c["code"], _display(c), _flag(c))
        _walk_contains(builder, c.get("contains") or [])


def _display(c: dict[str, Any]) -> str:
    if c.get("display"):
        return str(c["display"])
    for d in c.get("designation") or []:
        if d.get("value"):
            return str(d["value"])
    return str(c.get("code") or "")


def _read_valueset(builder: EntryBuilder, res: dict[str, Any], origin: str) -> None:
    expansion = res.get("expansion") or {}
    if expansion.get("contains"):
        _walk_contains(builder, expansion["contains"])
        return
    compose = res.get("compose") or {}
    excluded = {(str(x.get("system") or ""), str(c.get("code")))
                for x in compose.get("exclude") or [] for c in x.get("concept") or []}
    for inc in compose.get("include") or []:
        system = str(inc.get("system") or "")
        for c in inc.get("concept") or []:
            if (system, str(c.get("code"))) not in excluded:
                builder.add(system, str(c.get("code") or ""), _display(c), _flag(c))
    if not builder.concepts:
        raise NomenclatureError(
            f"{origin} : le ValueSet {res.get('url')} n'a ni expansion ni liste de concepts (compose.include.concept)")

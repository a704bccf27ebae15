"""FHIR search: query parameters -> SQL conditions, and the searchset Bundle with stable keyset paging.

Results are ordered by (lastUpdated, id); the opaque `_page_token` of the next link holds the last
(lastUpdated, id) seen, so paging never skips or repeats even when other resources are written meanwhile.
`_elements=id,meta` (any top-level elements) answers subsetted resources, tagged SUBSETTED: a client listing
every id and version (the app's reconciliation) gets them without the resources' content.

`_include=Type:param[:Target]` and `_revinclude=Type:param[:Target]` (FHIR R4, reference parameters) add the
resources the matches point at, or that point at the matches, as entries of mode `include` (never counted in
`total`). `_offset=N` skips N matches; a sandbox started in offset paging (`Sandbox.paging = "offset"`) pages
that way, as many real servers do: a resource written or deleted between two pages then shifts the following
ones, which is what a client must survive.
"""
from __future__ import annotations

import base64
import json
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any
from urllib.parse import urlencode

from .indexing import REFERENCE_TARGETS, SEARCH_PARAMS, normalise_text, split_reference
from .outcome import FhirError
from .store import Row, Store, format_instant

DEFAULT_COUNT = 200
MAX_COUNT = 1000
PAGE_TOKEN = "_page_token"
COMMON_PARAMS = {"_id": "id", "_lastUpdated": "date", "identifier": "token"}
# Result parameters the sandbox reads, and harmless ones it ignores.
CONTROL_PARAMS = {"_count", "_summary", "_sort", PAGE_TOKEN, "_format", "_total", "_pretty", "_elements", "_offset",
                  "_include", "_revinclude"}
MANDATORY_ELEMENTS = ("resourceType", "id", "meta")
SUBSETTED = {"system": "http://terminology.hl7.org/CodeSystem/v3-ObservationValue", "code": "SUBSETTED"}
PREFIXES = {"gt": ">", "ge": ">=", "lt": "<", "le": "<=", "eq": "="}


@dataclass
class Search:
    where: list[tuple[str, list]] = field(default_factory=list)
    count: int = DEFAULT_COUNT
    summary_count: bool = False
    after: tuple[str, str] | None = None
    elements: set[str] | None = None  # `_elements`: the top-level elements to return (id and meta always)
    offset: int | None = None  # `_offset`: matches skipped
    includes: list[tuple[str, str, str | None]] = field(default_factory=list)  # (source type, param, target)
    revincludes: list[tuple[str, str, str | None]] = field(default_factory=list)


def params_of(rtype: str) -> dict[str, str]:
    return {**COMMON_PARAMS, **SEARCH_PARAMS.get(rtype, {})}


def parse_instant(text: str) -> datetime:
    """A FHIR instant, dateTime or date (a '+' turned into a space by the query string is mended)."""
    text = text.strip().replace(" ", "+")
    try:
        if len(text) == 10:
            return datetime.fromisoformat(text).replace(tzinfo=UTC)
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        raise FhirError(400, f"Date invalide dans la recherche : « {text} ».", "invalid") from exc
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def _token_condition(owner: str, param: str, values: list[str], kind: str) -> tuple[str, list]:
    """The resources with a token (or reference) row matching one of `values`: a sub-select on the token
    index (type, param, code), so a search naming a hundred references stays a lookup, not a scan."""
    pairs: list[tuple[str | None, str]] = []  # (system or reference type, None: any; code, '': any)
    for value in values:
        if kind == "reference":
            rtype, rid = split_reference(value)
            pairs.append((rtype or REFERENCE_TARGETS.get(param) or None, rid))
        elif "|" in value:
            system, code = value.split("|", 1)
            pairs.append((system, code))
        else:
            pairs.append((None, value))
    head = "r.id IN (SELECT t.id FROM token t WHERE t.type = ? AND t.param = ?"
    codes = [code for _, code in pairs]
    systems = {system for system, _ in pairs}
    if all(codes) and len(systems) == 1:  # the usual case: one system (or reference type) for every value
        system = next(iter(systems))
        sql = f"{head} AND t.code IN ({','.join('?' * len(codes))})"
        return (sql + (" AND t.system = ?)" if system is not None else ")"),
                [owner, param, *codes, *([system] if system is not None else [])])
    ors, params = [], []
    for system, code in pairs:
        conditions = [c for c, v in (("t.system = ?", system), ("t.code = ?", code)) if v]
        ors.append("(" + " AND ".join(conditions) + ")")
        params += [v for v in (system, code) if v]
    return f"{head} AND ({' OR '.join(ors)}))", [owner, param, *params]


def _like(text: str) -> str:
    escaped = normalise_text(text).replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


def _last_updated(value: str) -> tuple[str, list]:
    prefix, rest = (value[:2], value[2:]) if value[:2] in PREFIXES else ("eq", value)
    moment = format_instant(parse_instant(rest))
    if prefix == "eq" and len(rest.strip()) == 10:
        return "substr(r.last_updated, 1, 10) = ?", [moment[:10]]
    return f"r.last_updated {PREFIXES[prefix]} ?", [moment]


def encode_page_token(row: Row) -> str:
    raw = json.dumps([row.last_updated, row.id]).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def _decode_page_token(token: str) -> tuple[str, str]:
    try:
        lu, rid = json.loads(base64.urlsafe_b64decode(token + "=" * (-len(token) % 4)))
        return str(lu), str(rid)
    except (ValueError, TypeError) as exc:
        raise FhirError(400, "Jeton de page invalide.", "invalid") from exc


def parse_search(rtype: str, items: list[tuple[str, str]]) -> Search:
    """Turn the query string of `GET [base]/{type}?...` into a Search, or raise a 400 FhirError."""
    search, known = Search(), params_of(rtype)
    for key, value in items:
        name, _, modifier = key.partition(":")
        if key in CONTROL_PARAMS:
            pass
        elif name not in known or (modifier and not (name == "name" and modifier == "contains")):
            raise FhirError(400, f"Paramètre de recherche non pris en charge pour {rtype} : « {key} ».",
                            "not-supported")
        elif name == "_id":
            ids = [v for v in value.split(",") if v]
            search.where.append((f"r.id IN ({','.join('?' * len(ids))})", ids))
        elif name == "_lastUpdated":
            search.where.append(_last_updated(value))
        elif known[name] == "string":
            likes = [_like(v) for v in value.split(",")]
            search.where.append(("(" + " OR ".join(["r.name_norm LIKE ? ESCAPE '\\'"] * len(likes)) + ")", likes))
        else:
            search.where.append(_token_condition(rtype, name, value.split(","), known[name]))
    controls = dict(item for item in items if item[0] in CONTROL_PARAMS)
    if "_count" in controls:
        try:
            search.count = min(int(controls["_count"]), MAX_COUNT)
        except ValueError:
            search.count = -1
        if search.count < 0:
            raise FhirError(400, "_count doit être un entier positif.", "invalid")
    search.summary_count = controls.get("_summary") == "count" or search.count == 0
    if controls.get("_sort", "_lastUpdated") != "_lastUpdated":
        raise FhirError(400, "Seul le tri _sort=_lastUpdated est pris en charge.", "not-supported")
    if controls.get("_elements"):
        search.elements = {e.strip() for e in controls["_elements"].split(",") if e.strip()}
    if PAGE_TOKEN in controls:
        search.after = _decode_page_token(controls[PAGE_TOKEN])
    if "_offset" in controls:
        text = controls["_offset"]
        if not text.isdigit():
            raise FhirError(400, "_offset doit être un entier positif.", "invalid")
        search.offset = int(text)
    for key, value in items:
        if key in ("_include", "_revinclude"):
            found = _inclusion(rtype, key, value)
            (search.includes if key == "_include" else search.revincludes).append(found)
    return search


def _inclusion(rtype: str, key: str, value: str) -> tuple[str, str, str | None]:
    """`Type:param[:Target]` of an `_include` (Type must be the searched type) or `_revinclude`, checked."""
    source, _, rest = value.partition(":")
    param, _, target = rest.partition(":")
    reference = params_of(source).get(param) == "reference" if source in SEARCH_PARAMS else False
    if not reference or (key == "_include" and source != rtype) or (target and target not in SEARCH_PARAMS):
        raise FhirError(400, f"{key} non pris en charge pour {rtype} : « {value} ».", "not-supported")
    return source, param, target or None


def run_search(store: Store, rtype: str, items: list[tuple[str, str]], base: str,
               paging: str = "keyset") -> dict[str, Any]:
    """The searchset Bundle for one page of results, with total and self/next links (a keyset page token, or
    `_offset` when the search asked for it or `paging` is "offset")."""
    search = parse_search(rtype, items)
    total = store.count(rtype, search.where)
    bundle: dict[str, Any] = {"resourceType": "Bundle", "id": str(uuid.uuid4()),
                              "meta": {"lastUpdated": format_instant(datetime.now(UTC))},
                              "type": "searchset", "total": total,
                              "link": [{"relation": "self", "url": f"{base}/{rtype}?{urlencode(items)}"}]}
    if search.summary_count:
        return bundle
    light = (search.elements is not None and search.elements <= set(MANDATORY_ELEMENTS)
             and not search.includes and not search.revincludes)
    by_offset = search.offset is not None or (paging == "offset" and search.after is None)
    offset = search.offset or 0
    rows = store.select(rtype, search.where, None if by_offset else search.after, search.count + 1,
                        content=not light, offset=offset if by_offset else 0)
    if len(rows) > search.count:
        rows = rows[:search.count]
        kept = [(k, v) for k, v in items if k not in (PAGE_TOKEN, "_offset")]
        following = kept + ([("_offset", str(offset + search.count))] if by_offset
                            else [(PAGE_TOKEN, encode_page_token(rows[-1]))])
        bundle["link"].append({"relation": "next", "url": f"{base}/{rtype}?{urlencode(following)}"})
    bundle["entry"] = [Entry(f"{base}/{r.type}/{r.id}", r if search.elements is None
                             else _subset(r.content, search.elements), "match") for r in rows]
    bundle["entry"] += [Entry(f"{base}/{r.type}/{r.id}", r, "include") for r in _included(store, rtype, search, rows)]
    return bundle


@dataclass
class Entry:
    """One entry of a searchset page: a stored row is sent as stored (see `page_body`)."""
    full_url: str
    resource: Row | dict[str, Any]
    mode: str

    def as_dict(self) -> dict[str, Any]:
        resource = self.resource.content if isinstance(self.resource, Row) else self.resource
        return {"fullUrl": self.full_url, "resource": resource, "search": {"mode": self.mode}}


def page_body(bundle: dict[str, Any]) -> bytes:
    """The page as JSON, each stored resource spliced in as the text the store holds (a page of a thousand
    resources is neither decoded nor encoded again)."""
    head = {k: v for k, v in bundle.items() if k != "entry"}
    entries = bundle.get("entry")
    if entries is not None and not any(isinstance(e, Entry) and isinstance(e.resource, Row) for e in entries):
        head["entry"] = [e.as_dict() if isinstance(e, Entry) else e for e in entries]  # nothing stored to splice
        entries = None
    text = json.dumps(head, ensure_ascii=False, separators=(",", ":"))
    if entries is None:
        return text.encode("utf-8")
    parts = []
    for e in entries:
        if not isinstance(e, Entry):
            parts.append(json.dumps(e, ensure_ascii=False, separators=(",", ":")))
            continue
        resource = e.resource.text() if isinstance(e.resource, Row) else json.dumps(
            e.resource, ensure_ascii=False, separators=(",", ":"))
        parts.append(f'{{"fullUrl":{json.dumps(e.full_url, ensure_ascii=False)},"resource":{resource},'
                     f'"search":{{"mode":"{e.mode}"}}}}')
    return (text[:-1] + ',"entry":[' + ",".join(parts) + "]}").encode("utf-8")


def _included(store: Store, rtype: str, search: Search, rows: list[Row]) -> list[Row]:
    """What `_include` and `_revinclude` add to a page: each resource once, none already a match."""
    if not rows or not (search.includes or search.revincludes):
        return []
    ids = [r.id for r in rows]
    seen = {(r.type, r.id) for r in rows}
    wanted: dict[str, list[str]] = {}
    marks = ",".join("?" * len(ids))
    for _, param, target in search.includes:
        for system, code in store.query(f"SELECT DISTINCT system, code FROM token WHERE type = ? AND param = ? "
                                        f"AND id IN ({marks})", [rtype, param, *ids]):
            if system and (target is None or system == target):
                wanted.setdefault(system, []).append(code)
    for source, param, _ in search.revincludes:
        found = store.query(f"SELECT DISTINCT id FROM token WHERE type = ? AND param = ? AND system = ? "
                            f"AND code IN ({marks})", [source, param, rtype, *ids])
        wanted.setdefault(source, []).extend(r[0] for r in found)
    out: list[Row] = []
    for kind, found_ids in wanted.items():
        if kind not in SEARCH_PARAMS:
            continue
        for row in store.read_many(kind, sorted(set(found_ids))):
            if (row.type, row.id) not in seen:
                seen.add((row.type, row.id))
                out.append(row)
    return out


def _subset(content: dict[str, Any], elements: set[str] | None) -> dict[str, Any]:
    """The resource with only the asked top-level elements (and id, meta), tagged SUBSETTED as FHIR asks."""
    if elements is None:
        return content
    kept = {k: v for k, v in content.items() if k in elements or k in MANDATORY_ELEMENTS}
    meta = dict(kept.get("meta") or {})
    meta["tag"] = [*(meta.get("tag") or []), SUBSETTED]
    kept["meta"] = meta
    return kept

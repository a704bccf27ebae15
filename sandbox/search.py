"""FHIR search: query parameters -> SQL conditions, and the searchset Bundle with stable keyset paging.

Results are ordered by (lastUpdated, id); the opaque `_page_token` of the next link holds the last
(lastUpdated, id) seen, so paging never skips or repeats even when other resources are written meanwhile.
`_elements=id,meta` (any top-level elements) answers subsetted resources, tagged SUBSETTED: a client listing
every id and version (the app's reconciliation) gets them without the resources' content.
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
CONTROL_PARAMS = {"_count", "_summary", "_sort", PAGE_TOKEN, "_format", "_total", "_pretty", "_elements"}
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


def _token_condition(param: str, values: list[str], kind: str) -> tuple[str, list]:
    ors, params = [], []
    for value in values:
        if kind == "reference":
            rtype, rid = split_reference(value)
            rtype = rtype or REFERENCE_TARGETS.get(param) or ""
            ors.append("(t.code = ? AND t.system = ?)" if rtype else "t.code = ?")
            params += [rid, rtype] if rtype else [rid]
        elif "|" in value:
            system, code = value.split("|", 1)
            if code:
                ors.append("(t.system = ? AND t.code = ?)")
                params += [system, code]
            else:
                ors.append("t.system = ?")
                params.append(system)
        else:
            ors.append("t.code = ?")
            params.append(value)
    sql = ("EXISTS (SELECT 1 FROM token t WHERE t.type = r.type AND t.id = r.id AND t.param = ? AND ("
           + " OR ".join(ors) + "))")
    return sql, [param, *params]


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
            search.where.append(_token_condition(name, value.split(","), known[name]))
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
    return search


def run_search(store: Store, rtype: str, items: list[tuple[str, str]], base: str) -> dict[str, Any]:
    """The searchset Bundle for one page of results, with total and self/next links."""
    search = parse_search(rtype, items)
    total = store.count(rtype, search.where)
    bundle: dict[str, Any] = {"resourceType": "Bundle", "id": str(uuid.uuid4()),
                              "meta": {"lastUpdated": format_instant(datetime.now(UTC))},
                              "type": "searchset", "total": total,
                              "link": [{"relation": "self", "url": f"{base}/{rtype}?{urlencode(items)}"}]}
    if search.summary_count:
        return bundle
    light = search.elements is not None and search.elements <= set(MANDATORY_ELEMENTS)
    rows = store.select(rtype, search.where, search.after, search.count + 1, content=not light)
    if len(rows) > search.count:
        rows = rows[:search.count]
        following = [(k, v) for k, v in items if k != PAGE_TOKEN] + [(PAGE_TOKEN, encode_page_token(rows[-1]))]
        bundle["link"].append({"relation": "next", "url": f"{base}/{rtype}?{urlencode(following)}"})
    bundle["entry"] = [{"fullUrl": f"{base}/{r.type}/{r.id}", "resource": _subset(r.content, search.elements),
                        "search": {"mode": "match"}} for r in rows]
    return bundle


def _subset(content: dict[str, Any], elements: set[str] | None) -> dict[str, Any]:
    """The resource with only the asked top-level elements (and id, meta), tagged SUBSETTED as FHIR asks."""
    if elements is None:
        return content
    kept = {k: v for k, v in content.items() if k in elements or k in MANDATORY_ELEMENTS}
    meta = dict(kept.get("meta") or {})
    meta["tag"] = [*(meta.get("tag") or []), SUBSETTED]
    kept["meta"] = meta
    return kept

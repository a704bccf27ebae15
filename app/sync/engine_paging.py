"""Paged searches that neither miss nor crash when the server changes between two pages.

A server that pages by offset (`_offset`, as many do) shifts every later result when a resource is written or
deleted between two page requests: a written one moves to the end (ordered by `_lastUpdated`) and the one
after it on the page boundary is skipped; a deleted one drops out and skips its successor the same way. So a
search is checked as it is paged (`Paged.unstable`): the total announced by the pages changed, fewer or more
matches came than announced, a resource came twice, or one came that was written after the search began.
Such a search is read again (at most `ATTEMPTS` times, the last reading replacing the earlier ones, so a
resource deleted meanwhile is not kept); one still unstable keeps every resource it saw (newest copy of each)
and says so, so the caller keeps its high-water mark back and the next pull reads that window again. A total
that went down means a deletion happened (`Paged.shrunk`): only a reconciliation can see which.

The search's start is the server's own clock (the first page's `Bundle.meta.lastUpdated`), never this
machine's.
"""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from app.sync.client import FhirClient

ATTEMPTS = 3


def key_of(resource: dict[str, Any]) -> tuple[str, str]:
    return str(resource.get("resourceType") or ""), str(resource.get("id") or "")


def instant(text: Any) -> datetime | None:
    """A FHIR instant as an aware datetime (None when absent or unreadable)."""
    if not isinstance(text, str) or not text:
        return None
    try:
        moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        return None
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def updated_of(resource: dict[str, Any]) -> datetime | None:
    return instant((resource.get("meta") or {}).get("lastUpdated"))


def newer(a: dict[str, Any], b: dict[str, Any]) -> bool:
    """True when `a` is a later copy than `b` (lastUpdated, then versionId when numbers)."""
    ua, ub = updated_of(a), updated_of(b)
    if ua != ub:
        return ua is not None and (ub is None or ua > ub)
    va, vb = (str((r.get("meta") or {}).get("versionId") or "") for r in (a, b))
    if va.isdigit() and vb.isdigit():
        return int(va) > int(vb)
    return False


@dataclass
class Paged:
    """What one search returned: each resource once (newest copy), matches and inclusions alike."""

    resources: dict[tuple[str, str], dict[str, Any]] = field(default_factory=dict)
    start: datetime | None = None  # the server's clock when the (last) reading began
    unstable: bool = False
    shrunk: bool = False
    pages: int = 0

    def add(self, resource: dict[str, Any]) -> None:
        key = key_of(resource)
        known = self.resources.get(key)
        if known is None or newer(resource, known):
            self.resources[key] = resource

    def merge(self, other: Paged) -> None:
        for resource in other.resources.values():
            self.add(resource)
        self.unstable = self.unstable or other.unstable
        self.shrunk = self.shrunk or other.shrunk
        self.pages += other.pages
        if other.start and (self.start is None or other.start < self.start):
            self.start = other.start


def _read_once(client: FhirClient, rtype: str, params: dict[str, Any]) -> Paged:
    out = Paged()
    totals: list[int] = []
    matches: list[tuple[str, str]] = []

    def page(bundle: dict[str, Any]) -> None:
        out.pages += 1
        if out.pages == 1:
            out.start = instant((bundle.get("meta") or {}).get("lastUpdated"))
        total = bundle.get("total")
        if isinstance(total, int) and not isinstance(total, bool):
            totals.append(total)
        for entry in bundle.get("entry") or []:
            resource = entry.get("resource") if isinstance(entry, dict) else None
            mode = (entry.get("search") or {}).get("mode", "match") if isinstance(entry, dict) else None
            if isinstance(resource, dict) and mode == "match" and resource.get("resourceType") == rtype:
                moment = updated_of(resource)
                if out.start is not None and moment is not None and moment > out.start:
                    out.unstable = True  # written while being paged: what follows it may have shifted
                matches.append(key_of(resource))

    for resource in client.search(rtype, params, on_page=page):
        out.add(resource)
    distinct = len(set(matches))
    if distinct != len(matches):
        out.unstable = True  # the same resource twice: the pages shifted
    if totals:
        if len(set(totals)) > 1:
            out.unstable = True
            out.shrunk = out.shrunk or totals[-1] < totals[0]
        if distinct != totals[-1]:
            out.unstable = True
            out.shrunk = out.shrunk or distinct > totals[-1]
    return out


def search(client: FhirClient, rtype: str, params: dict[str, Any],
           on_resource: Callable[[int], None] | None = None) -> Paged:
    """Every resource a search returns, read again while the server changed it under the paging."""
    seen = Paged()
    for _ in range(ATTEMPTS):
        found = _read_once(client, rtype, params)
        if on_resource is not None:
            on_resource(len(found.resources))
        if not found.unstable:
            found.shrunk = found.shrunk or seen.shrunk
            found.pages += seen.pages
            return found
        seen.merge(found)
    return seen

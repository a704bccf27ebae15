"""The perimeter of a workspace: the structures (EJ and EG, by FINESS number) it covers, and the searches that
bring those structures and what hangs under them, never the whole server.

Which structures, in order: the numbers stored in the workspace (`sync.perimeter`, set by
`ror-referent sync --finess N`), else the EJ and EG the workspace already holds, else those the user's account
is attached to (SMART launch context `fhirContext` of the token answer). Once found they are stored.

The walk (FHIR R4 searches, each paged by app/sync/engine_paging.py):
- the structures by identifier (`identifier=N1,N2`, matched on a FINESS system afterwards), with the EJ above
  an EG (`_include=Organization:partof`) so the EG has its parent; that EJ's other EGs are not asked for;
- the Organizations under them, level by level (`partof=Organization/a,...`);
- the HealthcareServices of all these Organizations (`organization=...`) with their Locations
  (`_include=HealthcareService:location`), and, incrementally, the Locations changed alone
  (`Location?organization=...`).
An incremental pull asks the Organizations it already holds only for what changed since its mark
(`_lastUpdated=gt`), and walks in full only below the Organizations it did not hold yet (a subtree moved in).
A server that refuses `_include` is asked for the included resources by `_id` instead.
The chunks of one step are independent searches: they run a few at a time (`SEARCHES` threads over the
thread-safe client), each paged and checked on its own, and what they find is merged under a lock (the newest
copy of each resource wins, whatever the order). A server that answers one request at a time still answers
them all; the client's own work (reading, checking) then overlaps the server's. The searches of an incremental
pull over what the workspace holds (changed Organizations, services, lone Locations) do not depend on one another:
they share the threads (`Walker.changes_below`).
"""
from __future__ import annotations

import threading
from collections.abc import Callable, Iterable
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any, TypeVar

from app.sync import engine_paging
from app.sync import fhir_build as B
from app.sync import fhir_systems as S
from app.sync.client import FhirClient
from app.sync.engine_paging import Paged
from app.sync.errors import ServerError, SyncError

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

SETTING = "sync.perimeter"
CHUNK = 100  # references (or identifiers) per search: URLs of about 5 kB at most
SEARCHES = 4  # independent searches of one step run at once
T = TypeVar("T")
_worker = threading.local()  # set in the threads of `Walker._each`: a nested step runs there in sequence


def parse(text: str | None) -> list[str]:
    """FINESS numbers from a stored or typed list (commas or spaces), each once, in order."""
    found: list[str] = []
    for part in (text or "").replace(",", " ").split():
        if part not in found:
            found.append(part)
    return found


def stored(ws: Workspace) -> list[str]:
    return parse(ws.settings.get(SETTING))


def remember(ws: Workspace, finess: Iterable[str]) -> list[str]:
    """Store the perimeter (FINESS numbers); returns it as stored."""
    numbers = parse(",".join(finess))
    ws.settings.set(SETTING, ",".join(numbers) if numbers else None)
    return numbers


def finess_of(resource: dict[str, Any]) -> str | None:
    return B.identifier_value(resource, S.FINESS_SYSTEMS, S.G07_ID_TYPE, S.G07_FINESS)


def resolve(ws: Workspace, client: FhirClient) -> list[str]:
    """The workspace's perimeter (stored once found); SyncError when nothing says what it covers."""
    found = stored(ws)
    if found:
        return found
    found = ws.server.structures()
    if not found:
        found = _account_structures(client)
    if not found:
        raise SyncError("sync-no-perimeter")
    return remember(ws, found)


def _account_structures(client: FhirClient) -> list[str]:
    """The FINESS numbers of the Organizations the token answer names as the user's (`fhirContext`)."""
    auth = client.auth
    if auth is None:
        return []
    auth.header(client.http)  # a token answer, hence its context, once
    ids = sorted({ref.split("/", 1)[1] for ref in auth.context if ref.startswith("Organization/")})
    numbers: list[str] = []
    for start in range(0, len(ids), CHUNK):
        chunk = ids[start:start + CHUNK]
        for org in client.search("Organization", {"_id": ",".join(chunk), "_count": str(len(chunk))}):
            number = finess_of(org)
            if number and number not in numbers:
                numbers.append(number)
    return numbers


@dataclass
class Walk:
    """What a walk of the perimeter found: every resource (newest copy of each), the Organization ids of the
    structures and of what lies under them, and the FINESS numbers the server has no structure for."""

    paged: Paged = field(default_factory=Paged)
    roots: set[str] = field(default_factory=set)
    organizations: set[str] = field(default_factory=set)  # the perimeter's Organizations (roots and below)
    missing: list[str] = field(default_factory=list)

    def of_type(self, rtype: str) -> list[dict[str, Any]]:
        return [r for (t, _), r in self.paged.resources.items() if t == rtype]


def _chunks(values: Iterable[str], size: int | None = None) -> Iterable[list[str]]:
    size = size or CHUNK
    ordered = sorted(set(values))
    for start in range(0, len(ordered), size):
        yield ordered[start:start + size]


def _refs(ids: list[str]) -> str:
    """Typed references (`Organization/id`): a bare id is not understood by every server."""
    return ",".join(f"Organization/{i}" for i in ids)


class Walker:
    """Runs the perimeter's searches on one client, gathering what they return into one `Walk`.

    An incremental search first lists what changed by ids and versions (`_elements=id,meta`), then reads in
    full only what the workspace does not hold at that version (`known`), by `_id`: what the overlap window
    reads again costs a listing, not a download. A `listing` walker (a reconciliation) keeps the ids and
    versions themselves."""

    def __init__(self, client: FhirClient, page_size: int, listing: bool = False,
                 known: dict[tuple[str, str], str | None] | None = None,
                 progress: Callable[[int], None] | None = None, searches: int = SEARCHES) -> None:
        self.client = client
        self.searches = max(1, searches)
        self._lock = threading.Lock()
        self.page_size = page_size
        self.listing = listing
        self.known = known or {}
        self.summary = False  # the server does not know `_elements`: list by `_summary=true`
        self.progress = progress
        self.walk = Walk()

    def _search(self, rtype: str, params: dict[str, str], include: str | None = None,
                light: bool = False) -> Paged:
        base = {"_count": str(self.page_size), "_sort": "_lastUpdated", **params}
        if light or self.listing:
            keep = self.listing
            if not self.summary:
                try:
                    return self._run(rtype, {**base, "_elements": "id,meta"}, keep)
                except ServerError as exc:
                    if exc.status != 400:
                        raise
                    self.summary = True
            return self._run(rtype, {**base, "_summary": "true"}, keep)
        if include:
            try:
                found = self._run(rtype, {**base, "_include": include})
            except ServerError as exc:
                if exc.status != 400:
                    raise
            else:
                self._included(found, include)  # what a server that ignores `_include` did not send
                return found
        found = self._run(rtype, base)
        if include:
            self._included(found, include)
        return found

    def _run(self, rtype: str, params: dict[str, str], keep: bool = True) -> Paged:
        found = engine_paging.search(self.client, rtype, params)
        with self._lock:
            if keep:
                self.walk.paged.merge(found)
            else:  # a listing to decide what to read: its stability counts, its subsetted copies do not
                self.walk.paged.merge(Paged(start=found.start, unstable=found.unstable, shrunk=found.shrunk,
                                            pages=found.pages))
        if not getattr(_worker, "active", False):
            self._progress()
        return found

    def _progress(self) -> None:
        if self.progress is not None:
            self.progress(len(self.walk.paged.resources))

    def _each(self, step: Callable[[list[str]], T], chunks: Iterable[list[str]]) -> list[T]:
        """`step` over each chunk, a few at a time (in sequence inside a worker, or with one chunk); the
        results in chunk order; the first failure raised once every started search is over."""
        return self._all([(step, chunk) for chunk in chunks])

    def _all(self, work: list[tuple[Callable[[list[str]], Any], list[str]]]) -> list[Any]:
        """Each (step, chunk) of independent searches, a few at a time, as `_each` does (several steps share
        the threads: no step waits for the previous one's last chunk)."""
        if len(work) < 2 or self.searches < 2 or getattr(_worker, "active", False):
            return [step(chunk) for step, chunk in work]

        def run(step: Callable[[list[str]], Any], chunk: list[str]) -> Any:
            _worker.active = True
            try:
                return step(chunk)
            finally:
                _worker.active = False

        with ThreadPoolExecutor(max_workers=min(self.searches, len(work))) as executor:
            futures = [executor.submit(run, step, chunk) for step, chunk in work]
            results = []
            for future in futures:
                results.append(future.result())
                self._progress()
        return results

    def _changes(self, rtype: str, params: dict[str, str], since: str, include: str | None = None) -> set[str]:
        """Ids of the `rtype` resources changed since `since`; those not held at that version read in full."""
        listed = self._search(rtype, {**params, "_lastUpdated": f"gt{since}"}, light=True)
        ids = {rid for (t, rid) in listed.resources if t == rtype}
        stale = [rid for rid in ids if (rtype, rid) not in self.known
                 or self.known[(rtype, rid)] != (listed.resources[(rtype, rid)].get("meta") or {}).get("versionId")]
        self._each(lambda chunk: self._search(rtype, {"_id": ",".join(chunk)}, include=include), _chunks(stale))
        return ids

    def _included(self, found: Paged, include: str) -> None:
        """What `_include` should have brought and did not (a server that refuses or ignores it), read by
        `_id`."""
        source, _, param = include.partition(":")
        element = {"partof": "partOf", "location": "location"}[param]
        target = "Location" if param == "location" else "Organization"
        refs: set[str | None] = set()
        for (rtype, _), resource in found.resources.items():
            value = resource.get(element) if rtype == source else None
            refs |= {B.reference_key(r) for r in (value if isinstance(value, list) else [value])}
        have = self.walk.paged.resources
        ids = [ref.split("/", 1)[1] for ref in refs if ref and ref.startswith(target + "/")
               and (target, ref.split("/", 1)[1]) not in have]
        self._each(lambda chunk: self._run(target, {"_id": ",".join(chunk), "_count": str(len(chunk))}),
                   _chunks(ids))

    def structures(self, finess: list[str]) -> None:
        """The perimeter's EJ and EG by FINESS number, with the EJ above each EG (always read in full: the
        FINESS number is in the resource)."""
        wanted = set(finess)
        listing, self.listing = self.listing, False
        try:
            for chunk in _chunks(finess):
                found = self._search("Organization", {"identifier": ",".join(chunk)},
                                     include="Organization:partof")
                for (rtype, rid), org in found.resources.items():
                    if rtype == "Organization" and finess_of(org) in wanted:
                        self.walk.roots.add(rid)
        finally:
            self.listing = listing
        seen = {finess_of(self.walk.paged.resources[("Organization", rid)]) for rid in self.walk.roots}
        self.walk.missing = [n for n in finess if n not in seen]
        self.walk.organizations |= self.walk.roots

    def below(self, parents: set[str], since: str | None = None) -> set[str]:
        """The Organizations under `parents`, level by level (only those changed since `since` directly under
        `parents` when it is given); returns the ids found that were not known to the walk."""
        found: set[str] = set()
        frontier = set(parents)
        step = self._below_step(since)
        while frontier:
            level = self._new_level(self._each(step, _chunks(frontier)), found)
            if since:
                return found  # the caller walks in full below what is new
            frontier = level
        return found

    def _new_level(self, results: list[set[str]], found: set[str]) -> set[str]:
        """The Organizations of a level of `below` not known to the walk yet (added to it and to `found`)."""
        level: set[str] = set().union(*results)
        level -= self.walk.organizations | found
        found |= level
        self.walk.organizations |= level
        return level

    def _below_step(self, since: str | None) -> Callable[[list[str]], set[str]]:
        def step(chunk: list[str]) -> set[str]:
            params = {"partof": _refs(chunk)}
            if since:
                return self._changes("Organization", params, since)
            paged = self._search("Organization", params)
            return {rid for (rtype, rid) in paged.resources if rtype == "Organization"}

        return step

    def changed(self, organizations: set[str], since: str) -> None:
        """These Organizations themselves, when changed since `since`."""
        self._each(self._changed_step(since), _chunks(organizations))

    def _changed_step(self, since: str) -> Callable[[list[str]], set[str]]:
        return lambda chunk: self._changes("Organization", {"_id": ",".join(chunk)}, since)

    def services(self, organizations: set[str], since: str | None = None, locations: bool = True) -> None:
        """The HealthcareServices of these Organizations (with their Locations), changed since `since`."""
        self._each(self._services_step(since, locations), _chunks(organizations))

    def _services_step(self, since: str | None, locations: bool = True) -> Callable[[list[str]], object]:
        include = "HealthcareService:location" if locations else None

        def step(chunk: list[str]) -> object:
            params = {"organization": _refs(chunk)}
            if since:
                return self._changes("HealthcareService", params, since, include)
            return self._search("HealthcareService", params, include)

        return step

    def lone_locations(self, organizations: set[str], since: str) -> None:
        """Locations of these Organizations changed since `since` (a capacity changed alone)."""
        self._each(self._lone_locations_step(since), _chunks(organizations))

    def _lone_locations_step(self, since: str) -> Callable[[list[str]], set[str]]:
        return lambda chunk: self._changes("Location", {"organization": _refs(chunk)}, since)

    def changes_below(self, held: set[str], outside: set[str], located: set[str],
                      bounds: dict[str, str]) -> set[str]:
        """An incremental pull's searches of what the workspace holds, all at once (they are independent):
        `outside` Organizations changed themselves, the Organizations, services and lone Locations changed
        under `held` (Locations: under `located`) since `bounds[type]`. Returns the Organizations new under
        `held` (to walk in full, as `below(held, since)` does)."""
        work: list[tuple[Callable[[list[str]], Any], list[str]]] = []
        work += [(self._changed_step(bounds["Organization"]), c) for c in _chunks(outside)]
        first = len(work)
        work += [(self._below_step(bounds["Organization"]), c) for c in _chunks(held)]
        last = len(work)
        work += [(self._services_step(bounds["HealthcareService"]), c) for c in _chunks(held)]
        work += [(self._lone_locations_step(bounds["Location"]), c) for c in _chunks(located)]
        results = self._all(work)
        found: set[str] = set()
        self._new_level(results[first:last], found)
        return found


def listing(client: FhirClient, finess: list[str], page_size: int) -> Walk:
    """Ids and versions of everything in the perimeter (Organizations and HealthcareServices), for a
    reconciliation: the structures, then `_elements=id,meta` searches under them."""
    walker = Walker(client, page_size, listing=True)
    walker.structures(finess)
    walker.below(walker.walk.roots)
    walker.services(walker.walk.organizations, locations=False)
    return walker.walk

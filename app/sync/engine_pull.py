"""Pulling the perimeter: what changed on the server under the workspace's structures, applied to the store.

What is asked is the perimeter only (app/sync/engine_perimeter.py): the first pull walks it whole; later ones
ask the Organizations already held for what changed since the high-water mark, minus an overlap window
(`OVERLAP`), and walk in full only below what is new. Every search is paged by app/sync/engine_paging.py,
which reads a search again when the server changed under its pages; the apply is idempotent (each resource
once, its newest copy; a node already at that version is left alone), so reading twice is harmless.

The marks (`sync.last_pull.<Type>`) are the server's clock when the pull began, and move only once what was
pulled is in the store, and only when every search was stable: a pull that saw the server change under it
keeps its marks back, so the next one reads the same window again. A pull that saw something deleted under
it says so (`PullResult.shrunk`): only a reconciliation (app/sync/engine_reconcile.py) can tell which.

What does not fit the tree is listed in `PullResult.unfit`, never made a node: an Organization of a kind the
tree does not know (here), one without a parent, under a parent that is not there, or of a kind its parent
cannot hold (the store, `ws.server.apply_pulled`), and the FINESS numbers the server has no structure for.
"""
from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from typing import TYPE_CHECKING, Any

from app.models.fiche_service import check_nodes
from app.models.kinds import Kind
from app.models.pulled import Placement, PullResult, Unfit
from app.models.tree import gc_paused
from app.sync import engine_paging, engine_perimeter
from app.sync import engine_resources as res
from app.sync import fhir_build as B
from app.sync import fhir_systems as S
from app.sync.client import FhirClient
from app.sync.engine_perimeter import Walker
from app.sync.fhir_inbound import ELEMENTARY_UNIT, R207_KINDS

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

MARK = "sync.last_pull."
# Re-read this far before the mark: a write the server stamped before the pull began but committed after it
# (a long transaction, a clock a little behind) is not missed. Everything written in that window is read
# again once, unchanged, by the next pull.
OVERLAP = timedelta(seconds=5)
ORG_KINDS = frozenset(k.value for k in Kind if k != Kind.UO)


def is_first(ws: Workspace) -> bool:
    """Nothing was pulled yet and no node knows a server id: the next pull takes the whole perimeter and
    brings the workspace exactly in step (nothing it holds can be missing on the server)."""
    if any(ws.settings.get(MARK + rtype) for rtype in res.PULLED_TYPES):
        return False
    return not ws.server.live_server_ids(res.server_type)


def since(ws: Workspace) -> dict[str, str] | None:
    """`_lastUpdated=gt` bound of an incremental pull, per type: its mark minus the overlap (None: a type has
    no mark, pull whole)."""
    bounds: dict[str, str] = {}
    for rtype in res.PULLED_TYPES:
        mark = engine_paging.instant(ws.settings.get(MARK + rtype))
        if mark is None:
            return None
        bounds[rtype] = _format(mark - OVERLAP)
    return bounds


def _format(moment: datetime) -> str:
    moment = moment.astimezone(UTC)
    return moment.strftime("%Y-%m-%dT%H:%M:%S.") + f"{moment.microsecond // 1000:03d}Z"


def pull(ws: Workspace, client: FhirClient, page_size: int = 1000,
         progress: Callable[[str, int, int], None] | None = None) -> PullResult:
    """Fetch what changed in the perimeter, then apply it in one transaction.

    The cyclic garbage collector waits meanwhile: a first pull makes millions of small acyclic objects (the
    resources, their answers), and each collection would walk them all again."""
    with gc_paused():
        return _pull(ws, client, page_size, progress)


def _pull(ws: Workspace, client: FhirClient, page_size: int,
          progress: Callable[[str, int, int], None] | None) -> PullResult:
    finess = engine_perimeter.resolve(ws, client)
    bound = since(ws)
    held = ws.server.placement() if bound is not None else []
    known = {(res.server_type(p.kind), p.server_id): p.version for p in held if p.server_id}
    walker = Walker(client, page_size, known=known,
                    progress=(lambda n: progress("pull", n, 0)) if progress else None)
    if bound is None:
        walker.structures(finess)
        walker.below(walker.walk.roots)
        walker.services(walker.walk.organizations)
    else:
        _incremental(held, walker, finess, bound)
    walk = walker.walk
    fetched = {rtype: walk.of_type(rtype) for rtype in res.PULLED_TYPES}
    unfit = sort_out(fetched)
    items = res.pulled_items(fetched)
    with ws.batch():
        result = ws.server.apply_pulled(items, locations=res.lone_locations(fetched))
        if not walk.paged.unstable:
            mark = walk.paged.start or _latest(walk.paged.resources.values())
            if mark is not None:
                for rtype in res.PULLED_TYPES:
                    ws.settings.set(MARK + rtype, _format(mark))
    # after the batch: the checks read what it committed (a fiche our checks find incomplete is never green)
    result.changes.merge(check_nodes(ws, result.changes.inserted | result.changes.updated))
    result.unfit = [*(Unfit(f"FINESS {n}", "", "not-found") for n in walk.missing), *unfit, *result.unfit]
    result.fetched = len(walk.paged.resources)
    result.unstable, result.shrunk = walk.paged.unstable, walk.paged.shrunk
    return result


def _incremental(held: list[Placement], walker: Walker, finess: list[str], bounds: dict[str, str]) -> None:
    """Changes under the structures already held since `bounds`; new structures and subtrees walked whole.
    Locations changed alone are asked of the Organizations whose units hold one."""
    wanted = set(finess)
    roots = {p.node_id: p for p in held if p.kind in ("EJ", "EG") and p.finess in wanted and p.server_id}
    children: dict[int | None, list[Any]] = {}
    for p in held:
        children.setdefault(p.parent_id, []).append(p)
    inside: set[str] = set()
    stack = list(roots.values())
    while stack:
        p = stack.pop()
        if p.kind != "UO" and p.server_id:
            inside.add(p.server_id)
            stack.extend(children.get(p.node_id, []))
    by_id = {p.node_id: p for p in held}
    above = {by_id[p.parent_id].server_id for p in roots.values()
             if p.parent_id in by_id and by_id[p.parent_id].server_id}
    walk = walker.walk
    walk.roots = {p.server_id for p in roots.values() if p.server_id}
    walk.organizations = set(inside)
    held_numbers = {p.finess for p in roots.values()}
    new_numbers = [n for n in finess if n not in held_numbers]
    before = set(walk.roots)
    if new_numbers:
        walker.structures(new_numbers)
    new_roots = walk.roots - before
    # the Organizations no `partof` search of the perimeter reaches: the roots whose parent lies outside it,
    # and those parents (an EG's EJ)
    outside = {p.server_id for p in roots.values()
               if p.server_id and not (p.parent_id in by_id and by_id[p.parent_id].server_id in inside)}
    known = set(inside)
    located = {by_id[p.parent_id].server_id for p in held
               if p.located and p.parent_id in by_id and by_id[p.parent_id].server_id in known}
    # what changed under what is held: independent searches, run together
    new = walker.changes_below(known, outside | {a for a in above if a and a not in inside},
                               {sid for sid in located if sid}, bounds) | new_roots
    new |= walker.below(new)
    walker.services(new)


def _latest(resources: Any) -> datetime | None:
    moments = [m for m in (engine_paging.updated_of(r) for r in resources) if m is not None]
    return max(moments) if moments else None


def sort_out(fetched: dict[str, list[dict[str, Any]]]) -> list[Unfit]:
    """Take out of `fetched` the Organizations of a kind the tree does not know, and list them (their
    services and sub-units then find no parent and are listed by the store)."""
    unfit: list[Unfit] = []
    kept: list[dict[str, Any]] = []
    for org in fetched.get("Organization") or []:
        marker = B.extension(org, S.KIND_URL)
        code = B.code_in(org.get("type") or [], S.R207_TYPE_OI)
        if marker is not None:
            known = marker.get("valueCode") in ORG_KINDS
        else:
            known = code is None or code in R207_KINDS or code == ELEMENTARY_UNIT
        if known:
            kept.append(org)
        else:
            unfit.append(Unfit(f"Organization/{org.get('id')}", str(org.get("name") or ""), "unknown-kind"))
    fetched["Organization"] = kept
    return unfit

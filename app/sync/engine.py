"""The sync engine: drain the outbox, send queued dossiers, follow their Tasks, pull what changed, and now and
then reconcile (find what was deleted on the server).

Qt-free and synchronous: the GUI runs it in a worker thread and listens through the `progress(stage, done,
total)` callback; the command line runs it directly. Every step writes what the server acknowledged as soon as
it is acknowledged, so an interruption (network, crash) loses nothing and the next run resumes. Every step's
`Changes` are merged into `report.changes`, so the views refresh exactly the nodes the run changed.

    engine = SyncEngine(ws, client)
    report = engine.run(progress=cb)          # SyncReport
    engine.reconcile()                        # on demand; run() does it on its first call, then every 24 h
    engine.conflicts()                        # [Conflict(node_id, name, reason, fields=[FieldDiff(...)])]
    engine.resolve(node_id, {"name": "theirs", "telecom": "mine"})
    engine.resolve_deleted(node_id, keep=True)   # a 'deleted' conflict: send it again, or let it go
"""
from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from app.models.changes import Changes
from app.models.pulled import PullResult, Unfit
from app.models.workflow import DossierState, OutboxOp
from app.sync import engine_capacities, engine_dossier, engine_pull, engine_push, engine_reconcile
from app.sync import engine_resources as res
from app.sync.auth import AuthError
from app.sync.client import FhirClient, OfflineError, ServerError, SyncError
from app.sync.errors import WriteUnsupported
from app.sync.journal import SyncJournal
from app.sync.reasons import Reason, as_refusal
from app.sync.server_rules import UNKNOWN, ServerRules

if TYPE_CHECKING:
    from app.models.store.workspace import Workspace

Progress = Callable[[str, int, int], None]


@dataclass
class SyncReport:
    """What one run did (counts), and why it stopped early if it did (French messages)."""

    pushed: int = 0
    pulled: int = 0
    conflicts: int = 0
    failed: int = 0
    sent: list[str] = field(default_factory=list)  # Task ids created by this run
    published: int = 0
    rejected: int = 0
    waiting: int = 0  # dossiers still in validation
    gone: int = 0  # resources found deleted on the server (push or reconciliation)
    reconciled: bool = False  # this run listed every id on the server
    offline: bool = False
    reasons: list[Reason] = field(default_factory=list)  # why something did not go (`say`), for the window
    requests: int = 0
    seconds: float = 0.0
    changes: Changes = field(default_factory=Changes)  # what the run changed in the store, for the views
    unfit: list[Unfit] = field(default_factory=list)  # pulled resources that found no place in the tree

    @property
    def errors(self) -> list[str]:
        """The reasons in French, as the command line prints them."""
        return [str(r) for r in self.reasons]

    @property
    def ok(self) -> bool:
        return not self.reasons

    def say(self, error: BaseException | str, name: str | None = None, around: str | None = None) -> None:
        """Add a line to the report's errors, kept as a refusal (the window says it in its language)."""
        self.reasons.append(Reason(as_refusal(error), name, around))

    def summary(self) -> str:
        parts = [f"envoyé(s) : {self.pushed}", f"reçu(s) : {self.pulled}", f"conflit(s) : {self.conflicts}"]
        if self.gone:
            parts.append(f"supprimé(s) sur le serveur : {self.gone}")
        if self.sent:
            parts.append(f"dossier(s) envoyé(s) : {len(self.sent)}")
        if self.published or self.rejected or self.waiting:
            parts.append(f"dossiers publiés : {self.published}, refusés : {self.rejected}, "
                         f"en validation : {self.waiting}")
        if self.unfit:
            parts.append(f"hors arborescence : {len(self.unfit)}")
        return ", ".join(parts)


@dataclass
class FieldDiff:
    """One top-level element of the resource that differs: the user picks 'mine' or 'theirs'."""

    field: str
    mine: Any
    theirs: Any


@dataclass
class Conflict:
    """A node the server changed ('changed': pick per field) or deleted ('deleted': theirs is empty, no field;
    the user sends it again or lets it go, see SyncEngine.resolve_deleted) under a local change."""

    node_id: int
    name: str
    server_version: str | None
    fields: list[FieldDiff]
    mine: dict[str, Any]
    theirs: dict[str, Any]
    reason: str = "changed"


class SyncEngine:
    """One workspace against one server (through a FhirClient)."""

    def __init__(self, ws: Workspace, client: FhirClient, *, pool: int = 8, page_size: int = 1000,
                 journal: SyncJournal | None = None, rules: ServerRules = UNKNOWN) -> None:
        self.ws = ws
        self.rules = rules  # what the server's CapabilityStatement allows (server_rules.py)
        self.client = client
        self.pool = pool
        self.page_size = page_size
        self.journal = journal or SyncJournal(ws)
        self.reconciled = False  # this session (engine) reconciled once already
        if client.on_exchange is None:
            client.on_exchange = self.journal.exchange

    # ------------------------------------------------------------------ running
    def run(self, progress: Progress | None = None, pull: bool = True) -> SyncReport:
        """Push, send, follow, pull, reconcile when due; never raises for network or server trouble (see
        report.errors)."""
        report = SyncReport()
        try:
            with self._reporting(report):
                self._push(report, progress)
                self._push_capacities(report, progress)
                self._send(report, progress)
                self._withdraw(report)
                self._follow(report)
                if pull:
                    first = engine_pull.is_first(self.ws)
                    pulled = self._pull(report, progress)
                    if pulled.shrunk:  # something was deleted while the pull paged: find which now
                        self._reconcile(report, progress)
                    elif first and not pulled.unstable:  # the perimeter was just pulled whole
                        engine_reconcile.mark_done(self.ws)
                        self.reconciled = True
                    elif not self.reconciled or engine_reconcile.due(self.ws):
                        self._reconcile(report, progress)
        finally:
            self.journal.event(f"Synchronisation : {report.summary()}",
                               {"pushed": report.pushed, "pulled": report.pulled,
                                "conflicts": report.conflicts, "gone": report.gone, "errors": report.errors,
                                "requests": report.requests})
            self.journal.flush()
        if not report.errors:
            self.ws.settings.set("sync.last_run", time.strftime("%Y-%m-%dT%H:%M:%S"))
        return report

    def reconcile(self, progress: Progress | None = None) -> SyncReport:
        """List every id and version on the server now: what is gone is tombstoned (or a conflict when local
        work waits for it), what missed a change is read again. Never raises (see report.errors)."""
        report = SyncReport()
        try:
            with self._reporting(report):
                self._reconcile(report, progress)
        finally:
            self.journal.flush()
        return report

    @contextmanager
    def _reporting(self, report: SyncReport) -> Iterator[None]:
        """Time a run, count its requests and conflicts, and turn network or server trouble into report.errors."""
        started = time.monotonic()
        before = self.journal.requests
        try:
            yield
            report.conflicts = len(self.ws.conflicts.nodes())
        except OfflineError as exc:
            report.offline = True
            report.say(exc)
        except (AuthError, SyncError) as exc:
            report.say(exc)
        finally:
            report.seconds = time.monotonic() - started
            report.requests = self.journal.requests - before

    def pending_count(self) -> int:
        return self.ws.outbox.count()

    def _push(self, report: SyncReport, progress: Progress | None) -> None:
        entries = [e for e in self.ws.outbox.pending()
                   if e.dossier_id is None and e.op not in (OutboxOp.SEND, OutboxOp.CAPACITY)]
        if not entries:
            return
        outcomes: list[engine_push.Outcome] = []
        try:
            outcomes = engine_push.push(self.ws, self.client, entries, report.changes, pool=self.pool,
                                        progress=progress, done=outcomes, rules=self.rules)
        finally:
            self._account(report, outcomes)

    def _push_capacities(self, report: SyncReport, progress: Progress | None) -> None:
        """Lits et places: one PATCH of the Location per unit with waiting figures (engine_capacities.py)."""
        outcomes: list[engine_capacities.CapacityOutcome] = []
        try:
            engine_capacities.push(self.ws, self.client, report.changes, pool=self.pool, progress=progress,
                                   done=outcomes, rules=self.rules)
        finally:
            for o in outcomes:
                if o.kind == "ack":
                    report.pushed += 1
                elif o.kind == "failed":
                    report.failed += 1
                    report.say(o.error or "", self.ws.nodes.get(o.node_id).name)
                elif o.kind == "unsupported":  # the figures wait: the server declares no write on Location
                    report.say(o.error or "", self.ws.nodes.get(o.node_id).name)

    def _account(self, report: SyncReport, outcomes: list[engine_push.Outcome]) -> None:
        for o in outcomes:
            if o.kind == "ack":  # the common case needs no name (a node read is not free)
                report.pushed += 1
                continue
            name = self.ws.nodes.get(o.job.node_id).name
            if o.kind == "gone":
                report.gone += 1
                self.journal.event("Ressource supprimée sur le serveur : modification mise en conflit",
                                   {"node": o.job.node_id})
            elif o.kind == "failed":
                report.failed += 1
                report.say(o.error or "", name)
                self.journal.event("Modification refusée par le serveur", {"node": o.job.node_id,
                                                                         "fields": o.fields})
            elif o.kind == "unsupported":  # kept in the outbox: the report says which write the server refuses
                report.say(o.error or "", name)
            elif o.kind == "transient" and o.stop is None:
                report.say(o.error or "", name, "sync-retry-next")

    def _send(self, report: SyncReport, progress: Progress | None) -> None:
        entries = [e for e in self.ws.outbox.pending() if e.op == OutboxOp.SEND and e.dossier_id is not None]
        states = {d.id: d for d in self.ws.dossiers.all()}
        for entry in entries:
            d = states.get(entry.dossier_id) if entry.dossier_id is not None else None
            if d is None or d.state not in (DossierState.QUEUED, DossierState.IN_VALIDATION):
                self.ws.outbox.done([entry.id])
                continue
            try:
                task_id, status = engine_dossier.send(self.ws, self.client, d.id, report.changes, self.rules)
            except (OfflineError, AuthError) as exc:
                self.ws.outbox.attempted([entry.id], exc)
                raise
            except WriteUnsupported as exc:  # not sent: the dossier waits, the report says which write is missing
                self.ws.outbox.attempted([entry.id], exc)
                report.say(exc, self.ws.nodes.get(d.structure_id).name)
                continue
            except ServerError as exc:
                if exc.status >= 500 or exc.status == 429:
                    self.ws.outbox.attempted([entry.id], exc)
                    raise
                # Refused as it stands (profile, rules): back to the referents with the server's messages.
                report.changes.merge(self.ws.server.dossier_refused(d.id, [entry.id], exc, exc.fields))
                report.say(exc, around="sync-dossier-refused")
                continue
            report.sent.append(task_id)
            self.journal.event(f"Dossier envoyé pour validation : tâche {task_id} ({status})",
                               {"dossier": d.id, "task": task_id})
            if progress:
                progress("send", len(report.sent), len(entries))

    def _withdraw(self, report: SyncReport) -> None:
        """Withdrawals of dossiers in validation: their Task is cancelled on the server."""
        for entry in [e for e in self.ws.outbox.pending() if e.op == OutboxOp.WITHDRAW and e.dossier_id]:
            try:
                engine_dossier.withdraw(self.ws, self.client, int(entry.dossier_id or 0), [entry.id],
                                        report.changes)
            except (OfflineError, AuthError) as exc:
                self.ws.outbox.attempted([entry.id], exc)
                raise
            except ServerError as exc:
                if exc.status >= 500 or exc.status == 429:
                    self.ws.outbox.attempted([entry.id], exc)
                    raise
                report.changes.merge(self.ws.outbox.failed_with([entry.id], exc))
                report.say(exc, around="sync-withdraw-refused")
                continue
            self.journal.event("Dossier retiré de la validation", {"dossier": entry.dossier_id})

    def _follow(self, report: SyncReport) -> None:
        counts = engine_dossier.follow(self.ws, self.client, report.changes, report.say)  # reopened: why
        report.published += counts["published"]
        report.rejected += counts["rejected"]
        report.waiting = counts["waiting"]

    def _pull(self, report: SyncReport, progress: Progress | None) -> PullResult:
        result = engine_pull.pull(self.ws, self.client, self.page_size, progress)
        report.pulled = result.inserted + result.updated
        report.changes.merge(result.changes)
        report.unfit = list(result.unfit)
        if result.unfit:
            self.journal.event(f"Hors arborescence : {len(result.unfit)} ressource(s) non placée(s)",
                               {"unfit": [u.text() for u in result.unfit]})
        return result

    def _reconcile(self, report: SyncReport, progress: Progress | None) -> None:
        if progress:
            progress("reconcile", 0, 0)
        found = engine_reconcile.reconcile(self.ws, self.client, self.page_size)
        self.reconciled = True
        report.reconciled = True
        report.gone += found.gone
        report.pulled += found.refreshed
        report.changes.merge(found.changes)
        self.journal.event(f"Réconciliation : {found.listed} ressource(s) sur le serveur, "
                           f"{found.gone} supprimée(s), {found.refreshed} mise(s) à jour",
                           {"listed": found.listed, "gone": found.gone, "refreshed": found.refreshed})

    # ------------------------------------------------------------------ dossiers
    def send(self, structure_id: int, direction_confirmed: bool = False,
             progress: Progress | None = None) -> SyncReport:
        """Ask for validation of the structure's dossier (store rules apply), then sync to send it."""
        asked = self.ws.dossiers.send(structure_id, direction_confirmed=direction_confirmed)
        report = self.run(progress=progress)
        report.changes.merge(asked)
        return report

    # ------------------------------------------------------------------ conflicts
    def conflicts(self) -> list[Conflict]:
        """Every conflict waiting for the user: changed on the server (fields to pick) or deleted there."""
        found = []
        for node_id in self.ws.conflicts.nodes():
            kept = self.ws.conflicts.of(node_id)
            if kept is None:
                continue
            mine = res.resource_of(self.ws, node_id)
            name = self.ws.nodes.get(node_id).name
            if kept.reason == "deleted" or kept.resource is None:
                found.append(Conflict(node_id, name, kept.server_version, [], mine, {}, reason="deleted"))
                continue
            theirs = kept.resource
            keys = sorted((set(mine) | set(theirs)) - {"id", "meta", "resourceType"})
            diffs = [FieldDiff(k, mine.get(k), theirs.get(k)) for k in keys if mine.get(k) != theirs.get(k)]
            found.append(Conflict(node_id, name, kept.server_version, diffs, mine, theirs,
                                  reason=kept.reason))
        return found

    def resolve(self, node_id: int, choices: dict[str, str], push: bool = True) -> SyncReport | None:
        """Merge per field ('mine' or 'theirs'; unnamed fields keep mine), store it, and send it again.

        A 'deleted' conflict has no field: it is sent again unless every choice is 'theirs' (see
        resolve_deleted)."""
        conflict = next((c for c in self.conflicts() if c.node_id == node_id), None)
        if conflict is None:
            return None
        if conflict.reason == "deleted":
            keep = not choices or any(v != "theirs" for v in choices.values())
            return self.resolve_deleted(node_id, keep, push=push)
        merged = dict(conflict.mine)
        for diff in conflict.fields:
            if choices.get(diff.field, "mine") == "theirs":
                if diff.theirs is None:
                    merged.pop(diff.field, None)
                else:
                    merged[diff.field] = diff.theirs
        merged["id"] = conflict.theirs.get("id")
        merged["meta"] = conflict.theirs.get("meta")
        changed = not engine_push.same_content(merged, conflict.theirs)
        item = res.local_values(merged)
        settled = self.ws.conflicts.resolve(node_id, version=conflict.server_version, answers=item.answers,
                                            resource=merged if changed else conflict.theirs,
                                            columns=item.columns, keep_dirty=changed)
        self.journal.event("Conflit résolu", {"node": node_id, "choices": choices})
        report = self.run(pull=False) if push else SyncReport()
        report.changes.merge(settled)
        return report

    def resolve_deleted(self, node_id: int, keep: bool, push: bool = True) -> SyncReport:
        """A node deleted on the server under a local change: `keep` creates it again on the server (sent now
        when `push`); otherwise the deletion is accepted and the node leaves the tree with its subtree."""
        settled = self.ws.conflicts.resolve_deleted(node_id, keep)
        self.journal.event("Conflit résolu (supprimée sur le serveur)", {"node": node_id, "keep": keep})
        report = self.run(pull=False) if push and keep else SyncReport()
        report.changes.merge(settled)
        return report

"""What the Dossiers panel and the send dialog read, in one job on the DB worker (plain data, no Qt)."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from app.models.diff import DossierDiff


@dataclass(frozen=True)
class PanelRow:
    """One structure's latest dossier and what it holds against the published version."""

    summary: Any  # app.models.store.dossier_work.DossierSummary
    counts: dict[str, int]

    @property
    def ready(self) -> bool:
        """Open, nothing blocking as last checked, something to send."""
        s = self.summary
        return s.state in ("open", "rejected") and not s.drafts and not s.with_problems and any(self.counts.values())


@dataclass(frozen=True)
class SendView:
    """What the send dialog shows: the dossier (or None), what blocks, the diff."""

    structure_id: int
    structure_name: str
    dossier: Any
    blockers: list[Any]
    diff: DossierDiff

    @property
    def sendable(self) -> bool:
        d = self.dossier
        return d is not None and d.state in ("open", "rejected", "awaiting_direction") and not self.blockers


def panel_rows(ws: Any) -> list[PanelRow]:
    rows = []
    for summary in ws.dossiers.summaries():
        counts = ws.published.diff(summary.structure_id).counts() if summary.state != "published" else {}
        rows.append(PanelRow(summary, counts))
    return rows


def send_view(ws: Any, structure_id: int) -> SendView:
    name = ws.nodes.get(structure_id).name
    return SendView(structure_id, name, ws.dossiers.of(structure_id), ws.dossiers.checklist(structure_id),
                    ws.published.diff(structure_id))

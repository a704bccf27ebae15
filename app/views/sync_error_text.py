"""The errors of a sync report said in the interface's language.

The engine keeps each line of its report as a refusal with the unit's name and what it says around it
(`report.reasons`, app/sync/reasons.py; `report.errors` is their French, for the command line). The window says
them through `refusal_text`, so nothing is read back from French; a server's own words stay as they are.
"""
from __future__ import annotations

from typing import Any

from app.models.refusals import Refusal
from app.sync.reasons import Reason
from app.views.refusal_text import refusal_text


def reason_text(reason: Reason) -> str:
    """One line of a sync report in the interface's language."""
    text = refusal_text(reason.refusal)
    if reason.around is not None:
        text = refusal_text(Refusal(reason.around, reason=text))
    if reason.name is not None:
        text = refusal_text(Refusal("sync-unit-reason", name=reason.name, reason=text))
    return text


def report_lines(report: Any) -> list[str]:
    """Every error line of a sync report in the interface's language."""
    return [reason_text(r) for r in report.reasons]

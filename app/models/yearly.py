"""The yearly update (décret: each structure's offer is confirmed at least once a year): which EGs are due."""
from __future__ import annotations

import datetime
from collections.abc import Mapping

DUE_AFTER_MONTHS = 12


def _parse(iso: str) -> datetime.date | None:
    try:
        return datetime.date.fromisoformat(iso[:10])
    except ValueError:
        return None


def _months_later(day: datetime.date, months: int) -> datetime.date:
    """The same day `months` later (the 29 February of a year becomes the 28th in a common year)."""
    year, month = divmod(day.month - 1 + months, 12)
    target_year, target_month = day.year + year, month + 1
    for d in (day.day, 30, 29, 28):
        try:
            return datetime.date(target_year, target_month, min(day.day, d))
        except ValueError:
            continue
    return datetime.date(target_year, target_month, 28)


def is_due(last_iso: str | None, today: datetime.date) -> bool:
    """Due when nothing was published or confirmed, or the last publication/confirmation is 12 months old."""
    if not last_iso:
        return True
    last = _parse(last_iso)
    if last is None:
        return True
    return today >= _months_later(last, DUE_AFTER_MONTHS)


def due_count(dates: Mapping[int, str | None], today: datetime.date) -> int:
    """How many EGs are due (`dates`: EG id -> ISO date of the last publication or confirmation, or None)."""
    return sum(1 for last in dates.values() if is_due(last, today))

"""The reminder periods the user sets (kept in the workspace's settings): after how long figures are old.

Read and written on the DB worker; Qt-free so the benchmarks and tests can call them directly."""
from __future__ import annotations

from datetime import timedelta

from app.models import capacities as cap

KEYS = {cap.DISPONIBLES: "capacities.reminder.disponibles_hours", cap.INSTALLES: "capacities.reminder.installes_days"}
UNITS = {cap.DISPONIBLES: timedelta(hours=1), cap.INSTALLES: timedelta(days=1)}


def read_periods(ws) -> dict[str, timedelta]:
    """The periods set in `ws`, the defaults (one day, one year) for those never set or unreadable."""
    periods = dict(cap.DEFAULT_PERIODS)
    for status, key in KEYS.items():
        text = ws.settings.get(key)
        try:
            amount = int(text) if text else 0
        except ValueError:
            amount = 0
        if amount > 0:
            periods[status] = UNITS[status] * amount
    return periods


def write_periods(ws, periods: dict[str, timedelta]) -> None:
    for status, key in KEYS.items():
        if status in periods:
            ws.settings.set(key, str(max(1, int(periods[status] / UNITS[status]))))


def amount(periods: dict[str, timedelta], status: str) -> int:
    """A period in its control's unit (hours for disponibles, days for installés)."""
    return max(1, int(periods.get(status, cap.DEFAULT_PERIODS[status]) / UNITS[status]))

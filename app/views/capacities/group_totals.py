"""The group table's figures (pure, computed on the DB worker): one line per EG and nature, and the totals by
nature, by département and by champ (always per nature: a lit and a place do not add up)."""
from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime

from app.models import capacities as cap

STATUSES = cap.STATUS_ORDER


@dataclass
class GroupLine:
    """The figures of one EG (or one group: a département, a champ) for one nature."""

    label: str
    departement: str
    nature: str
    counts: dict[str, int] = field(default_factory=lambda: dict.fromkeys(STATUSES, 0))
    units: int = 0
    updated_at: str | None = None  # the oldest update among the lines added (what a reminder is about)
    stale: int = 0
    eg_id: int | None = None  # the EG of an EG line (None for totals)

    oldest: datetime | None = None

    def add(self, row: cap.CapacityRow, stale: bool, when: datetime | None) -> None:
        """Add a row's figures; `when` is its update instant, parsed once by the caller."""
        counts = self.counts
        for status in STATUSES:
            counts[status] += row.counts.get(status) or 0
        self.units += 1
        self.stale += stale
        if when is not None and (self.oldest is None or when < self.oldest):
            self.oldest, self.updated_at = when, row.updated_at

    def merge(self, other: GroupLine) -> None:
        counts = self.counts
        for status, value in other.counts.items():
            counts[status] += value
        self.units += other.units
        self.stale += other.stale
        if other.oldest is not None and (self.oldest is None or other.oldest < self.oldest):
            self.oldest, self.updated_at = other.oldest, other.updated_at


@dataclass
class GroupFigures:
    eg_lines: list[GroupLine]
    by_nature: list[GroupLine]
    by_departement: list[GroupLine]
    by_champ: list[GroupLine]  # label is the champ code ("" when the unit declares none)
    daily: object = None  # ws.capacities.daily_totals, for the chart
    egs: int = 0


def group_figures(rows: Iterable[cap.CapacityRow], now: datetime, periods=None,
                  temporality: str = cap.COURANT) -> GroupFigures:
    eg: dict[tuple, GroupLine] = {}
    nature: dict[str, GroupLine] = {}
    dep: dict[tuple, GroupLine] = {}
    champ: dict[tuple, GroupLine] = {}
    egs: set[int | None] = set()
    buckets: dict[tuple, GroupLine] = {}  # one per EG, nature, département and champ: rows added once each
    parse, stale_at = cap.parse_instant, cap.stale_at
    last: tuple | None = None
    bucket: GroupLine  # set by the first row taken (whose key differs from None)
    for row in rows:
        if row.temporality != temporality:
            continue
        key = (row.eg_id, row.nature, row.departement or "", row.champ or "")
        if key != last:  # rows come unit after unit, EG after EG: mostly the bucket of the row before
            found = buckets.get(key)
            if found is None:
                found = buckets[key] = GroupLine(row.eg_name, row.departement or "", row.nature, eg_id=row.eg_id)
            bucket, last = found, key
        when = parse(row.updated_at)
        bucket.add(row, stale_at(row.counts, when, now, periods), when)
    for (eg_id, n, d, champ_code), bucket in buckets.items():
        egs.add(eg_id)
        for table, key, label, dep_shown, line_eg in (
                (eg, (bucket.label.casefold(), eg_id, n), bucket.label, d, eg_id), (nature, n, "", "", None),
                (dep, (d, n), d, d, None), (champ, (champ_code, n), champ_code, "", None)):
            line = table.get(key)
            if line is None:
                line = table[key] = GroupLine(label, dep_shown, n, eg_id=line_eg)
            line.merge(bucket)
    return GroupFigures([eg[k] for k in sorted(eg, key=lambda k: (k[0], k[1] or 0, k[2]))],
                        [nature[k] for k in sorted(nature)], [dep[k] for k in sorted(dep)],
                        [champ[k] for k in sorted(champ)], egs=len(egs))

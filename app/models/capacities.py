"""Lits et places: the codes, one row of figures, the checks made as they are typed, and their age.

Pure (no Qt, no store): the Disponibilités view, the store manager (`ws.capacities`), the CSV import and the
sync share these definitions, so what the view refuses and what the store refuses never differ.

Codes are the ROR's: nature J187 (TRE_R329), status J188 (TRE_R330), temporality J189 (TRE_R331), source J193
(TRE_R335), temporary assignment J195 (TRE_R337), gender J190.
"""
from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from app.models.refusals import Refusal

# Nature (JDV_J187 / TRE_R329)
NATURE_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R329-NatureCapacite/FHIR/TRE-R329-NatureCapacite"
LIT = "01"
PLACE = "02"
NATURES: dict[str, str] = {LIT: "Lit", PLACE: "Place"}

# Status (JDV_J188 / TRE_R330); "04 Réservé" exists but the view does not show it
STATUS_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R330-TypeStatutCapacite/FHIR/TRE-R330-TypeStatutCapacite"
INSTALLES = "01"
DISPONIBLES = "02"
OCCUPES = "03"
RESERVES = "04"
FERMES = "05"
SUPPLEMENTAIRES = "06"
STATUSES: dict[str, str] = {INSTALLES: "Installés", DISPONIBLES: "Disponibles", OCCUPES: "Occupés",
                            FERMES: "Fermés", SUPPLEMENTAIRES: "Supplémentaires"}
STATUS_ORDER: tuple[str, ...] = (INSTALLES, DISPONIBLES, OCCUPES, FERMES, SUPPLEMENTAIRES)
KNOWN_STATUSES: frozenset[str] = frozenset(STATUS_ORDER) | {RESERVES}

# Temporality (JDV_J189 / TRE_R331); "02 Prévisionnel 1 heure" exists but is not offered
TEMPORALITY_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R331-TemporaliteCapacite/FHIR/TRE-R331-TemporaliteCapacite"
COURANT = "01"
PREVISIONNEL_24H = "03"
PREVISIONNEL_48H = "04"
PREVISIONNEL_7J = "05"
TEMPORALITIES: dict[str, str] = {COURANT: "Courant", PREVISIONNEL_24H: "Prévisionnel 24 h",
                                 PREVISIONNEL_48H: "Prévisionnel 48 h", PREVISIONNEL_7J: "Prévisionnel 7 jours"}
KNOWN_TEMPORALITIES: frozenset[str] = frozenset(TEMPORALITIES) | {"02"}

# Source (JDV_J193 / TRE_R335)
SOURCE_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R335-TypeSourceCapacite/FHIR/TRE-R335-TypeSourceCapacite"
SAISIE_MANUELLE = "01"
BED_MANAGEMENT = "02"
SOURCES: dict[str, str] = {SAISIE_MANUELLE: "Saisie manuelle", BED_MANAGEMENT: "Bed management",
                           "03": "Gestion administrative du malade (GAM)", "04": "Dossier patient informatisé (DPI)"}
# the store's short names for the sources it stamps
SOURCE_OF: dict[str, str] = {"manual": SAISIE_MANUELLE, "bed-management": BED_MANAGEMENT}

# Temporary assignment (JDV_J195 / TRE_R337): required by the profile, "Aucune" unless said otherwise
ASSIGNMENT_SYSTEM = "https://mos.esante.gouv.fr/NOS/TRE_R337-AffectationTemporaire/FHIR/TRE-R337-AffectationTemporaire"
AUCUNE = "01"

# Sync states of a row
SYNCED = "synced"
PENDING = "pending"
REFUSED = "refused"
CONFLICT = "conflict"
SYNC_STATES = (SYNCED, PENDING, REFUSED, CONFLICT)

# Default reminder periods: one day for what changes every day, one year for what is installed
DEFAULT_PERIODS: dict[str, timedelta] = {DISPONIBLES: timedelta(days=1), INSTALLES: timedelta(days=365)}

Counts = Mapping[str, "int | None"]


@dataclass(frozen=True)
class CapacityRow:
    """One unit's figures for one nature (and gender, and temporality), as the Disponibilités view shows them."""

    node_id: int
    eg_id: int | None
    uo_name: str
    eg_name: str
    departement: str | None
    champ: str | None
    nature: str
    gender: str | None
    temporality: str
    counts: Mapping[str, int | None] = field(default_factory=dict)
    updated_at: str | None = None
    source: str | None = None
    sync_state: str = SYNCED
    error: str | None = None
    reason: str | None = None  # `error` as a refusal (refusals.reason_from_json): said in the user's language

    @property
    def key(self) -> tuple[int, str, str | None, str]:
        """What identifies a row: unit, nature, gender, temporality."""
        return (self.node_id, self.nature, self.gender, self.temporality)


def check(counts: Counts) -> Refusal | None:
    """The refusal figures deserve (no negative count, disponibles + occupés <= installés + supplémentaires,
    fermés <= installés), or None. Missing figures are not checked against one another."""
    for value in counts.values():
        if value is None:
            continue
        if not isinstance(value, int) or isinstance(value, bool):
            return Refusal("capacity-not-number")
        if value < 0:
            return Refusal("capacity-negative")
    installed = counts.get(INSTALLES)
    if installed is not None:
        used = (counts.get(DISPONIBLES) or 0) + (counts.get(OCCUPES) or 0)
        ceiling = installed + (counts.get(SUPPLEMENTAIRES) or 0)
        if used > ceiling:
            return Refusal("capacity-over-installed", used=used, ceiling=ceiling)
        closed = counts.get(FERMES)
        if closed is not None and closed > installed:
            return Refusal("capacity-closed-over-installed", closed=closed, installed=installed)
    return None


def parse_instant(value: str | None) -> datetime | None:
    """An ISO date or dateTime as an aware UTC instant (a bare date is its midnight UTC); None when unreadable."""
    if not value:
        return None
    text = value.strip().replace("Z", "+00:00")
    try:
        moment = datetime.fromisoformat(text)
    except ValueError:
        return None
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment


def age(updated_at: str | None, now: datetime) -> timedelta | None:
    """How old figures stamped `updated_at` are at `now` (never negative); None when never stamped."""
    moment = parse_instant(updated_at)
    if moment is None:
        return None
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return max(now - moment, timedelta(0))


def is_stale(row: CapacityRow, now: datetime, periods: Mapping[str, timedelta] | None = None) -> bool:
    """True when the row's figures are older than the shortest period set for a status it carries (by default
    one day for disponibles, one year for installés); figures never stamped are stale once the row has any."""
    return stale_at(row.counts, parse_instant(row.updated_at), now, periods)


def stale_at(counts: Counts, moment: datetime | None, now: datetime,
             periods: Mapping[str, timedelta] | None = None) -> bool:
    """`is_stale` for figures stamped at `moment` (already parsed: a group's table parses each stamp once)."""
    periods = DEFAULT_PERIODS if periods is None else periods
    carried = [periods[s] for s in periods if counts.get(s) is not None]
    if not carried:
        return False
    if moment is None:
        return True
    if now.tzinfo is None:
        now = now.replace(tzinfo=UTC)
    return max(now - moment, timedelta(0)) > min(carried)


def total(rows: list[CapacityRow], status: str) -> int:
    """The sum of one status over rows (missing figures count as 0)."""
    return sum(r.counts.get(status) or 0 for r in rows)


@dataclass(frozen=True)
class HistoryEntry:
    """One set of figures as it was entered (kept locally; the server only has the latest)."""

    node_id: int
    nature: str
    gender: str | None
    temporality: str
    counts: Mapping[str, int | None]
    source: str | None
    at: str


@dataclass(frozen=True)
class DayTotals:
    """The figures of a set of units at the end of one day, summed: `by_nature[nature][status]`."""

    day: str  # YYYY-MM-DD (UTC)
    by_nature: Mapping[str, Mapping[str, int]]

    def count(self, status: str, nature: str | None = None) -> int:
        """One status summed over every nature (or over one)."""
        natures = [nature] if nature is not None else list(self.by_nature)
        return sum((self.by_nature.get(n) or {}).get(status, 0) for n in natures)


@dataclass(frozen=True)
class ImportLine:
    """One accepted line of a bed-management export: a unit, a key and one status count."""

    line: int
    node_id: int
    nature: str
    status: str
    count: int
    temporality: str = COURANT
    gender: str | None = None


@dataclass
class ImportPlan:
    """What an import would do: the accepted lines, and each refused line with its refusal (the line number is
    in the refusal's arguments). `apply_import` applies it only when nothing was refused."""

    accepted: list[ImportLine] = field(default_factory=list)
    refused: list[tuple[int, Refusal]] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return bool(self.accepted) and not self.refused

    def units(self) -> set[int]:
        return {a.node_id for a in self.accepted}

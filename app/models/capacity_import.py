"""Reading a bed-management export (CSV): one line per unit, nature, status and count.

Columns (header line, `;` or `,`; names without accents or case; French or English):
    unite (unit, identifiant)   the unit: its ROR id (server id), its uid, or a FINESS naming it
    nature                      lit | place (or the J187 code 01 | 02)
    statut (status)             installes | disponibles | occupes | fermes | supplementaires | reserves
                                (or the J188 code 01..06)
    nombre (count)              an integer >= 0
    temporalite (temporality)   optional: courant | 24h | 48h | 7j (or the J189 code); courant when empty
    genre (gender)              optional: the J190 code of the gender the unit declares
Each line is accepted or refused with one sentence; the figures of one row (unit, nature, gender, temporality)
are checked together with those already known. Pure: the store gives the nodes and the known figures.
"""
from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from app.models import capacities as C
from app.models.kinds import Kind
from app.models.refusals import Refusal

COLUMNS: dict[str, tuple[str, ...]] = {
    "unit": ("unite", "unit", "identifiant", "id", "uo"),
    "nature": ("nature", "type"),
    "status": ("statut", "status"),
    "count": ("nombre", "count", "nb", "valeur"),
    "temporality": ("temporalite", "temporality"),
    "gender": ("genre", "gender"),
}
REQUIRED = ("unit", "nature", "status", "count")
NATURE_WORDS = {"lit": C.LIT, "lits": C.LIT, "place": C.PLACE, "places": C.PLACE}
STATUS_WORDS = {"installe": C.INSTALLES, "disponible": C.DISPONIBLES, "occupe": C.OCCUPES, "reserve": C.RESERVES,
                "ferme": C.FERMES, "supplementaire": C.SUPPLEMENTAIRES}
TEMPORALITY_WORDS = {"courant": C.COURANT, "24h": C.PREVISIONNEL_24H, "48h": C.PREVISIONNEL_48H,
                     "7j": C.PREVISIONNEL_7J, "7jours": C.PREVISIONNEL_7J, "previsionnel24h": C.PREVISIONNEL_24H,
                     "previsionnel48h": C.PREVISIONNEL_48H, "previsionnel7jours": C.PREVISIONNEL_7J}
NodeTuple = Sequence[Any]  # id, parent_id, kind, name, departement, champ, domaine, finess, uid, server_id
Known = Callable[[int, tuple[str, str, str]], Mapping[str, "int | None"]]


def fold(value: str) -> str:
    """Lower case, no accents, no spaces (names of columns and words of an export)."""
    decomposed = unicodedata.normalize("NFKD", str(value).strip().lower())
    return "".join(c for c in decomposed if not unicodedata.combining(c) and not c.isspace())


def columns_of(header: Iterable[str]) -> dict[str, str]:
    """Which header names the export uses for each column; a missing required one is refused."""
    found: dict[str, str] = {}
    for name in header:
        folded = fold(name or "")
        for column, names in COLUMNS.items():
            if folded in names and column not in found:
                found[column] = name
    missing = [COLUMNS[c][0] for c in REQUIRED if c not in found]
    if missing:
        raise Refusal("capacity-import-columns", columns=", ".join(missing))
    return found


def _code(value: str, words: Mapping[str, str], known: Iterable[str], key: str) -> str:
    folded = fold(value)
    if folded in known:
        return folded
    if folded.isdigit() and folded.zfill(2) in known:
        return folded.zfill(2)
    singular = folded[:-1] if folded.endswith("s") else folded
    for word in (folded, singular):
        if word in words:
            return words[word]
    raise Refusal(key, code=value.strip())


class Units:
    """Finds a unit by its ROR id, its uid, or a FINESS (of the unit, or of an EG holding one unit only)."""

    def __init__(self, nodes: Mapping[int, NodeTuple]) -> None:
        self.nodes = nodes
        self.by_id: dict[str, int] = {}
        self.by_finess: dict[str, list[int]] = {}
        for nid, row in nodes.items():
            for value in (row[8], row[9]):
                if value:
                    self.by_id[str(value)] = nid
            if row[7]:
                self.by_finess.setdefault(str(row[7]), []).append(nid)

    def _eg_of(self, nid: int) -> int | None:
        up: int | None = nid
        while up is not None and up in self.nodes:
            if self.nodes[up][2] == Kind.EG:
                return up
            up = self.nodes[up][1]
        return None

    def find(self, value: str) -> int:
        key = value.strip()
        if key.startswith("HealthcareService/"):
            key = key.split("/", 1)[1]
        nid = self.by_id.get(key)
        if nid is not None and self.nodes[nid][2] == Kind.UO:
            return nid
        hits = self.by_finess.get(key) or []
        uos = [h for h in hits if self.nodes[h][2] == Kind.UO]
        if not uos and len(hits) == 1 and self.nodes[hits[0]][2] == Kind.EG:
            uos = [n for n, row in self.nodes.items() if row[2] == Kind.UO and self._eg_of(n) == hits[0]]
        if len(uos) == 1:
            return uos[0]
        if len(uos) > 1:
            raise Refusal("capacity-import-ambiguous", unit=key)
        raise Refusal("capacity-import-unit", unit=key)


def plan_lines(lines: Iterable[Mapping[str, Any]], nodes: Mapping[int, NodeTuple], known: Known,
               first_line: int = 2) -> C.ImportPlan:
    """Each line accepted or refused (a refusal names its line); rows whose figures break a check are
    refused on each of their lines."""
    plan = C.ImportPlan()
    units = Units(nodes)
    seen = False
    for number, line in enumerate(lines, start=first_line):
        seen = True
        columns = columns_of(line.keys())
        if not any(str(v or "").strip() for v in line.values()):
            continue  # a blank line

        def cell(column: str, line: Mapping[str, Any] = line, columns: dict[str, str] = columns) -> str:
            name = columns.get(column)
            return str(line.get(name) or "").strip() if name is not None else ""

        try:
            node_id = units.find(cell("unit"))
            nature = _code(cell("nature"), NATURE_WORDS, C.NATURES, "capacity-nature")
            status = _code(cell("status"), STATUS_WORDS, C.KNOWN_STATUSES, "capacity-status")
            temporality = (_code(cell("temporality"), TEMPORALITY_WORDS, C.KNOWN_TEMPORALITIES,
                                 "capacity-temporality")
                           if cell("temporality") else C.COURANT)
            raw = cell("count")
            if not raw.isdigit():
                raise Refusal("capacity-import-count", value=raw)
        except Refusal as refusal:
            plan.refused.append((number, refusal))
            continue
        plan.accepted.append(C.ImportLine(number, node_id, nature, status, int(raw), temporality,
                                          cell("gender") or None))
    if not seen:
        raise Refusal("capacity-import-empty")
    _check_rows(plan, known)
    return plan


def _check_rows(plan: C.ImportPlan, known: Known) -> None:
    groups: dict[tuple[int, str, str, str], list[C.ImportLine]] = {}
    for a in plan.accepted:
        groups.setdefault((a.node_id, a.nature, a.gender or "", a.temporality), []).append(a)
    bad: set[int] = set()
    for (nid, nature, gender, temporality), lines in groups.items():
        counts = dict(known(nid, (nature, gender, temporality)))
        counts.update({a.status: a.count for a in lines})
        refusal = C.check(counts)
        if refusal is not None:
            plan.refused.extend((a.line, refusal) for a in lines)
            bad.update(a.line for a in lines)
    plan.accepted = [a for a in plan.accepted if a.line not in bad]
    plan.refused.sort(key=lambda r: r[0])


def read_csv(path: Any) -> list[dict[str, str]]:
    """The lines of an export file as dicts by header name (UTF-8, with or without BOM, else Latin-1; `;`, `,`
    or tab); a file that cannot be read is one refusal."""
    import csv
    from pathlib import Path

    file = Path(path)
    try:
        raw = file.read_bytes()
    except OSError as exc:
        raise Refusal("capacity-import-unreadable", path=str(file)) from exc
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = raw.decode("latin-1")
    if not text.strip():
        raise Refusal("capacity-import-empty")
    first = text.splitlines()[0]
    delimiter = max(";,\t", key=first.count)
    reader = csv.DictReader(text.splitlines(), delimiter=delimiter)
    return [{str(k or ""): str(v or "") for k, v in row.items()} for row in reader]

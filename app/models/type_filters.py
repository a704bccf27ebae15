"""The two filters the ROR guide offers above the type d'UO: by discipline, and by speciality / catégorie de besoins.

The champ d'activité already narrows the types (each UO form offers its champ's list, J238-par-champ.csv); these
two narrow that list further. No NOS association links the type d'offre (JDV_J238 / TRE_R244) to a discipline or a
need, so the app ships its own table, established by reading each label: `J238-filtres.csv` (code; disciplines;
besoins) and the option labels with their source in `J238-filtres-libelles.csv` (French labels of the needs are
the NOS ones of TRE_R239 and JDV_J35; the NOS publishes no English, the English labels are the app's).
docs/NOMENCLATURE_SOURCES.md says where each list comes from.

Each filter narrows the types and the other filter's options (an option is offered only when it keeps at least one
type), so no combination leaves an empty list.

Public API:
    FilterOption(key, label, label_en, source).label_for(lang)
    TypeFilters: .disciplines, .needs (tuple[FilterOption, ...], in the order of the lists)
        .disciplines_of(code), .needs_of(code) -> frozenset[str]
        .narrow(codes, discipline=None, need=None) -> list[str]       the codes kept, in their order
        .discipline_options(codes, need=None), .need_options(codes, discipline=None) -> list[FilterOption]
        .codes -> frozenset[str] (every type d'offre the table classifies)
    type_filters() -> TypeFilters     read once from the package
    TypeFilterError                   the shipped table is inconsistent (a key without a label)
"""
from __future__ import annotations

import csv
import io
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache
from importlib import resources

PACKAGE = "app.resources.nomenclatures"
TABLE = "J238-filtres.csv"
LABELS = "J238-filtres-libelles.csv"


class TypeFilterError(Exception):
    """The shipped filter table is inconsistent (a defect of the package, never of the user's data)."""


@dataclass(frozen=True)
class FilterOption:
    key: str
    label: str  # French
    label_en: str
    source: str

    def label_for(self, lang: str) -> str:
        return self.label_en if lang == "en" and self.label_en else self.label


@dataclass(frozen=True)
class TypeFilters:
    disciplines: tuple[FilterOption, ...]
    needs: tuple[FilterOption, ...]
    by_code: dict[str, tuple[frozenset[str], frozenset[str]]]  # code -> (discipline keys, need keys)

    @property
    def codes(self) -> frozenset[str]:
        return frozenset(self.by_code)

    def disciplines_of(self, code: str) -> frozenset[str]:
        return self.by_code.get(code, (frozenset(), frozenset()))[0]

    def needs_of(self, code: str) -> frozenset[str]:
        return self.by_code.get(code, (frozenset(), frozenset()))[1]

    def narrow(self, codes: Iterable[str], discipline: str | None = None, need: str | None = None) -> list[str]:
        """The codes that belong to `discipline` and to `need` (None: no filter on that side)."""
        return [c for c in codes if (discipline is None or discipline in self.disciplines_of(c))
                and (need is None or need in self.needs_of(c))]

    def discipline_options(self, codes: Iterable[str], need: str | None = None) -> list[FilterOption]:
        """Disciplines that keep at least one of `codes` once `need` is applied."""
        present = {k for c in self.narrow(codes, need=need) for k in self.disciplines_of(c)}
        return [o for o in self.disciplines if o.key in present]

    def need_options(self, codes: Iterable[str], discipline: str | None = None) -> list[FilterOption]:
        """Specialities and needs that keep at least one of `codes` once `discipline` is applied."""
        present = {k for c in self.narrow(codes, discipline=discipline) for k in self.needs_of(c)}
        return [o for o in self.needs if o.key in present]


def _rows(name: str) -> list[dict[str, str]]:
    text = resources.files(PACKAGE).joinpath("sources").joinpath(name).read_text(encoding="utf-8")
    lines = [line for line in io.StringIO(text) if not line.startswith("#")]
    return list(csv.DictReader(lines, delimiter=";"))


def _keys(cell: str | None) -> frozenset[str]:
    return frozenset(k.strip() for k in (cell or "").split(",") if k.strip())


@cache
def type_filters() -> TypeFilters:
    """The shipped table, checked: every key it uses has a label."""
    disciplines: list[FilterOption] = []
    needs: list[FilterOption] = []
    for row in _rows(LABELS):
        option = FilterOption(row["cle"], row["libelle_fr"], row["libelle_en"], row["source"])
        (disciplines if row["filtre"] == "discipline" else needs).append(option)
    by_code = {row["code"]: (_keys(row["disciplines"]), _keys(row["besoins"])) for row in _rows(TABLE)}
    known_d, known_n = {o.key for o in disciplines}, {o.key for o in needs}
    for code, (d_keys, n_keys) in by_code.items():
        unknown = (d_keys - known_d) | (n_keys - known_n)
        if unknown:
            raise TypeFilterError(f"{TABLE}: type {code}: keys without a label in {LABELS}: {sorted(unknown)}")
    return TypeFilters(tuple(disciplines), tuple(needs), by_code)

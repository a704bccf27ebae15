"""What the checks need to know of a fiche beyond its answers: its node and the establishment it belongs to.

Built from the node, its ancestors and its EG (`facts_for`), or for a whole workspace at once from plain
rows (`facts_by_node`), so `validate_all` reads the tree once. Frozen and hashable: equal facts and equal
answers give equal problems, which lets a validation pass check alike fiches once.
"""
from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from app.models.kinds import Kind


@dataclass(frozen=True, slots=True)
class Facts:
    kind: str
    categorie: str | None = None  # the EG's category (TRE_R66 / J55), for any node under it
    finess_categorie: str | None = None  # an EG: the category its FINESS record gives (rule CO4)
    in_sensitive_uf: bool = False  # under a UF whose name says it is a sensitive unit (rule CO3)


# Rule CO3's keywords (RULES.md), compared without accents or case. "psycologique" keeps the source's spelling.
_SENSITIVE = re.compile(
    r"\b(uhsir?|usmp|uhsa|smpr|ufdh|umdh|nrbc)\b|securisee interregionale|securite inter-regionale|securise"
    r"|detenus|penitentia|specialement amenage|service medico-psycologique|decontamination|contamines?\b")


def plain(text: str | None) -> str:
    decomposed = unicodedata.normalize("NFKD", text or "")
    return "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()


def sensitive_name(name: str | None) -> bool:
    """Does the name say the unit is sensitive (detainees, secured unit, decontamination)? SMPR does not count
    beside "réadaptation", as in the national rule."""
    text = plain(name)
    match = _SENSITIVE.search(text)
    if match is None:
        return False
    if "smpr" in text and "readaptation" in text:
        return any(m.group(0) != "smpr" for m in _SENSITIVE.finditer(text))
    return True


# (id, parent_id, kind, name, categorie, finess categorie)
NodeFacts = Sequence


def facts_by_node(rows: Iterable[NodeFacts]) -> dict[int, Facts]:
    """Facts of every node from plain rows `(id, parent_id, kind, name, categorie, finess_categorie, ...)`, in
    one pass from the roots down (alike nodes share one Facts object)."""
    kids: dict[int | None, list[Sequence]] = {}
    for row in rows:
        kids.setdefault(row[1], []).append(row)
    found: dict[int, Facts] = {}
    shared: dict[Facts, Facts] = {}
    stack: list[tuple[Sequence, str | None, bool]] = [(r, None, False) for r in kids.get(None, [])]
    while stack:
        row, above, sensitive = stack.pop()
        node_id, kind, name, categorie, finess_categorie = row[0], row[2], row[3], row[4], row[5]
        if kind == Kind.EG:
            facts = Facts(kind, categorie, finess_categorie or None)
            above = categorie
        else:
            facts = Facts(kind, above if kind != Kind.EJ else None, None, sensitive)
        found[node_id] = shared.setdefault(facts, facts)
        if kind == Kind.UF and not sensitive and sensitive_name(name):
            sensitive = True
        stack.extend((child, above, sensitive) for child in kids.get(node_id, ()))
    return found

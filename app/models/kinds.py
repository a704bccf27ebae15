"""Node kinds of the establishment tree and which kind may sit under which."""
from __future__ import annotations

from enum import StrEnum


class Kind(StrEnum):
    EJ = "EJ"
    EG = "EG"
    P = "P"
    PM = "PM"
    S = "S"
    S2 = "S2"
    UF = "UF"
    UO = "UO"


# French names shown to users (the views translate them through tr()).
KIND_LABELS = {
    Kind.EJ: "Entité juridique",
    Kind.EG: "Entité géographique",
    Kind.P: "Pôle",
    Kind.PM: "Pôle multi-sites",
    Kind.S: "Service",
    Kind.S2: "Sous-service",
    Kind.UF: "Unité fonctionnelle",
    Kind.UO: "Unité opérationnelle",
}

_CHILDREN: dict[Kind, tuple[Kind, ...]] = {
    Kind.EJ: (Kind.EG,),
    Kind.EG: (Kind.P, Kind.PM, Kind.S, Kind.UF, Kind.UO),
    Kind.P: (Kind.S, Kind.UF, Kind.UO),
    Kind.PM: (Kind.S, Kind.UF, Kind.UO),
    Kind.S: (Kind.S2, Kind.UF, Kind.UO),
    Kind.S2: (Kind.UF, Kind.UO),
    Kind.UF: (Kind.UO,),
    Kind.UO: (),
}

# Kinds that only exist in sanitaire structures.
SANITAIRE_ONLY = frozenset({Kind.S, Kind.S2})
# Kinds that come from FINESS and cannot be created, moved or deleted by the referent.
FINESS_KINDS = frozenset({Kind.EJ, Kind.EG})
# Internal organisation kinds (Organization typed by TRE_R207 on the server).
INTERNAL_KINDS = frozenset({Kind.P, Kind.PM, Kind.S, Kind.S2, Kind.UF})


def allowed_children(kind: Kind | str, domaine: str | None = None) -> tuple[Kind, ...]:
    """Kinds that may be created under a node of `kind` in a structure of `domaine`."""
    kids = _CHILDREN[Kind(kind)]
    if domaine != "sanitaire":
        kids = tuple(k for k in kids if k not in SANITAIRE_ONLY)
    return kids


def placement_error(parent_kind: Kind | str | None, child_kind: Kind | str, domaine: str | None) -> str | None:
    """Why `child_kind` may not sit under `parent_kind`, in French, or None when it may."""
    child = Kind(child_kind)
    if parent_kind is None:
        return None if child is Kind.EJ else f"Un(e) {KIND_LABELS[child].lower()} doit être rangé(e) sous un parent."
    parent = Kind(parent_kind)
    if child in SANITAIRE_ONLY and child in _CHILDREN[parent] and domaine != "sanitaire":
        return "Les services n'existent que dans les structures sanitaires."
    if child not in allowed_children(parent, domaine):
        return f"Un(e) {KIND_LABELS[child].lower()} ne peut pas être rangé(e) sous un(e) {KIND_LABELS[parent].lower()}."
    return None

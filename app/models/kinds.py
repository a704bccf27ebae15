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

CHILDREN: dict[Kind, tuple[Kind, ...]] = {
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

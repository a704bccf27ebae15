"""What a write changed: every store command returns one, and views refresh only what it names."""
from __future__ import annotations

from dataclasses import dataclass, field

_FIELDS = ("inserted", "updated", "removed", "moved", "dossiers", "outbox", "capacities")


@dataclass
class Changes:
    """Node ids inserted, updated, removed (tombstoned or gone), moved; dossier ids; outbox entry ids appended;
    units whose capacity figures changed."""

    inserted: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)
    removed: set[int] = field(default_factory=set)
    moved: set[int] = field(default_factory=set)
    dossiers: set[int] = field(default_factory=set)
    outbox: set[int] = field(default_factory=set)
    capacities: set[int] = field(default_factory=set)  # units whose lits et places figures (or their state) changed

    def merge(self, other: Changes) -> Changes:
        for name in _FIELDS:
            getattr(self, name).update(getattr(other, name))
        return self

    def __bool__(self) -> bool:
        return any(getattr(self, name) for name in _FIELDS)

    @property
    def nodes(self) -> set[int]:
        return self.inserted | self.updated | self.removed | self.moved

"""What a write changed: every store command returns one, and views refresh only what it names."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class Changes:
    inserted: set[int] = field(default_factory=set)
    updated: set[int] = field(default_factory=set)
    removed: set[int] = field(default_factory=set)
    moved: set[int] = field(default_factory=set)
    dossiers: set[int] = field(default_factory=set)

    def merge(self, other: Changes) -> Changes:
        for name in ("inserted", "updated", "removed", "moved", "dossiers"):
            getattr(self, name).update(getattr(other, name))
        return self

    def __bool__(self) -> bool:
        return bool(self.inserted or self.updated or self.removed or self.moved or self.dossiers)

    @property
    def nodes(self) -> set[int]:
        return self.inserted | self.updated | self.removed | self.moved

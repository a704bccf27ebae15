"""A large workspace's units, read after its EJ and EG rows are shown (app/views/controller.py).

A mixin of TreeModel (app/views/tree_model.py), which provides the tree, `index_of_id`, `_visible_set` and
the filter. Each EG row shown before its units are read has its expand arrow at once (`hasChildren`); a view that
expands one asks `fetchMore`, which notes that the units must be laid out when they come.
"""
from __future__ import annotations

from PySide6.QtCore import QModelIndex

_NONE: list[int] = []


class UnitsComing:
    def _init_units_coming(self) -> None:
        self._awaiting: set[int] = set()  # the EG rows shown whose units are being read
        self._awaited_seen = False  # a view asked for the units of one of them (expanded it) meanwhile
        self.tree.events.connect("extended", self._on_extended)

    def await_units(self, egs: set[int]) -> None:
        """The EG rows just loaded whose units are still being read (a large workspace's first read)."""
        self._awaiting, self._awaited_seen = egs, False

    def _forget_awaited(self) -> None:
        self._awaiting, self._awaited_seen = set(), False

    @property
    def awaiting_units(self) -> bool:
        return bool(self._awaiting)

    def _awaits(self, parent: QModelIndex) -> bool:
        return parent.isValid() and parent.column() == 0 and parent.internalId() in self._awaiting

    def canFetchMore(self, parent: QModelIndex) -> bool:  # noqa: N802 - Qt override
        return self._awaits(parent)

    def fetchMore(self, parent: QModelIndex) -> None:  # noqa: N802 - Qt override
        self._awaited_seen = True

    def _on_extended(self) -> None:
        """The units came under the EG rows: the rows shown keep their places (and the view its expansion,
        selection and scroll); a filtered view is computed again over everything, its rows moved where they
        now are. Under EG rows that no view expanded, each already shown as holding something, nothing is laid
        out again: only the structures' marks are painted (an expanded or an empty one lays the tree out
        again)."""
        awaited, seen = self._awaiting, self._awaited_seen
        self._forget_awaited()
        kids = self.tree.kids
        if self._visible is not None or seen or not all(kids.get(eg) for eg in awaited):
            self.layoutAboutToBeChanged.emit()
            old = self.persistentIndexList()
            where = [(self.id_of(index), index.column()) for index in old]
            if self._visible is not None:
                self._visible, self._vkids, self._vrows = self._visible_set(), {}, {}
            self.changePersistentIndexList(old, [self.index_of_id(nid, col) for nid, col in where])
            self.layoutChanged.emit()
            return
        for parent in [None, *kids.get(None, _NONE)]:  # the EJ rows, then the EG rows under each
            if count := len(kids.get(parent, _NONE)):
                top = self.index_of_id(parent)
                self.dataChanged.emit(self.index(0, 0, top), self.index(count - 1, 1, top))

"""The marks of the tree's rows: a unit shows its own fiche's state, an EG or EJ the state of what it holds.

A mixin of TreeModel (app/views/tree_model.py), which provides `tree`, `index_of_id` and `_muted`. The rules
decide (app/models/rules.py: `mark_of` for a fiche, `structure_summaries` for an EG or EJ: all finalised,
n drafts, n with problems, in validation); this module only caches the summaries, drops them when the tree
changes, redraws the EG and EJ rows above a change, and says a summary in the interface's language.
"""
from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from app.models.kinds import FINESS_KINDS, Kind
from app.models.rules import Mark, Summary, mark_of, structure_summaries


class TreeMarks:
    """Marks of rows; EG and EJ rows summarise their subtree (cached until the tree changes)."""

    def _init_marks(self) -> None:
        self.dossier_states: dict[int, str] = {}
        self._summaries: dict[int, Summary] | None = None
        self._counting = False  # a region's EG rows are shown before their units: no mark until counted
        ev = self.tree.events
        ev.connect("changed", self._marks_changed)
        ev.connect("inserted", lambda parent_id, _index, _ids: self._marks_moved(parent_id))
        ev.connect("removed", lambda parent_id, _index: self._marks_moved(parent_id))
        ev.connect("moved", lambda src, _si, dst, _di: self._marks_moved(src, dst))
        ev.connect("reset", self._forget_summaries)

    # ------------------------------------------------------------------ what a row shows
    def row_mark(self, row) -> Mark:
        """The mark a row shows: an EG or EJ its subtree's, any other node its own fiche's."""
        if row.kind in FINESS_KINDS:
            if self._counting:
                return Mark.DRAFT
            summary = self.summary(row.id)
            if summary is not None:
                return summary.mark
        return mark_of(row.status, row.problems, row.conflict)

    def summary(self, node_id: int) -> Summary | None:
        """The summary of an EG or EJ (None for other nodes)."""
        if self._summaries is None:
            self._summaries = structure_summaries(self.tree.nodes, self.tree.kids, self.dossier_states)
        return self._summaries.get(node_id)

    def summary_text(self, node_id: int) -> str:
        """"12 fiche(s) : 9 finalisée(s), 2 brouillon(s), 1 avec problème(s)" and the validator's hands."""
        summary = None if self._counting else self.summary(node_id)
        if summary is None:
            return ""
        parts = [QCoreApplication.translate("TreeMarks", "{0} finalisée(s)").format(summary.finalised)]
        if summary.drafts:
            parts.append(QCoreApplication.translate("TreeMarks", "{0} brouillon(s)").format(summary.drafts))
        if summary.problems:
            parts.append(QCoreApplication.translate("TreeMarks", "{0} avec problème(s)").format(summary.problems))
        if summary.conflicts:
            parts.append(QCoreApplication.translate("TreeMarks", "{0} en conflit").format(summary.conflicts))
        line = QCoreApplication.translate("TreeMarks", "{0} fiche(s) : {1}").format(summary.fiches, ", ".join(parts))
        if summary.mark is Mark.FINALISED:
            line += "\n" + QCoreApplication.translate("TreeMarks", "Toutes les fiches sont finalisées")
        if summary.in_validation:
            line += "\n" + QCoreApplication.translate("TreeMarks", "Dossier chez le validateur")
        return line

    def set_dossier_states(self, states: dict[int, str]) -> None:
        """The state of each structure's latest dossier (the window reads them with the tree)."""
        changed = {k for k in set(states) | set(self.dossier_states) if states.get(k) != self.dossier_states.get(k)}
        self.dossier_states = dict(states)
        self._refresh(changed)

    def adopt_summaries(self, summaries: dict[int, Summary] | None) -> None:
        """Summaries counted off the GUI thread with the rows just loaded (the opening's first paint needs
        them for every EG row it shows); None while a region's units are still being read (its EG and EJ rows
        show no mark rather than a green one their units may contradict)."""
        self._counting = summaries is None
        self._summaries = summaries

    # ------------------------------------------------------------------ keeping the cache right
    def _forget_summaries(self, *_args) -> None:
        self._summaries = None

    def _marks_changed(self, ids) -> None:
        self._refresh(self._structures_above(ids))

    def _marks_moved(self, *parents) -> None:
        self._refresh(self._structures_above(p for p in parents if p is not None))

    def _refresh(self, structures: set[int]) -> None:
        """Summaries computed again; the rows of the structures whose summary moved are redrawn (a rename
        redraws nothing more than the renamed row)."""
        old = self._summaries
        self._summaries = None
        if old is None or not structures:  # nothing shown from the cache since it was last dropped
            return
        structures = self._structures_above(structures)  # a dossier's EG reached: its EJ's total moves too
        new = self._summaries = structure_summaries(self.tree.nodes, self.tree.kids, self.dossier_states,
                                                    previous=old, changed=structures)
        self._redraw({i for i in structures if old.get(i) != new.get(i)})

    def _structures_above(self, ids) -> set[int]:
        """The EG and EJ at or above these nodes: the rows whose summary a change of theirs moves."""
        found: set[int] = set()
        nodes = self.tree.nodes
        for node_id in ids:
            current = nodes.get(node_id)
            while current is not None:
                if current.kind in (Kind.EG, Kind.EJ):
                    found.add(current.id)
                current = nodes.get(current.parent_id) if current.parent_id is not None else None
        return found

    def _redraw(self, ids) -> None:
        if self._muted:  # a filtered structural change: the model is reset right after
            return
        for node_id in ids:
            first = self.index_of_id(node_id, 0)
            if first.isValid():
                self.dataChanged.emit(first, self.index_of_id(node_id, 1))

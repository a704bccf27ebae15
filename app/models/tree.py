"""The establishment tree in memory, pure Python: children by parent, updated from a `Changes`, with events.

As napari's tree, it knows nothing of Qt: the Qt model (app/views/tree_model.py) listens to its events
(`inserting/inserted`, `removing/removed`, `moving/moved`, `changed`) and forwards them as begin/end row
notifications. It also holds the folded search text of every node so the filter runs without the database.
"""
from __future__ import annotations

import gc
import re
import threading
import unicodedata
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from itertools import chain, groupby, islice, repeat
from operator import attrgetter, ge, gt
from typing import Any

from app.models.changes import Changes
from app.models.rows import NodeRow

EVENTS = ("inserting", "inserted", "removing", "removed", "moving", "moved", "changed", "reset", "extended")
_ID = attrgetter("id")
_PARENT = attrgetter("parent_id")
_POSITION = attrgetter("position")
_ORDER = attrgetter("position", "id")
# The combining diacritical marks (U+0300-U+036F but the grapheme joiner): French accents once decomposed.
_DIACRITICS = re.compile("[" + "".join(chr(c) for c in range(0x300, 0x370)
                                       if unicodedata.combining(chr(c))) + "]")


_pause_lock = threading.Lock()
_pausing = 0  # how many threads are inside gc_paused
_was_enabled = True


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause the cyclic garbage collector while thousands of small acyclic objects are made.

    Building the 8,000-row tree otherwise triggers several collections over the whole heap, which doubled
    the load time measured by bench/bench_tree.py. The DB worker reads while the GUI thread loads: the
    collector comes back when the last of them is done, not when the first one is.
    """
    global _pausing, _was_enabled
    with _pause_lock:
        if _pausing == 0:
            _was_enabled = gc.isenabled()
            gc.disable()
        _pausing += 1
    try:
        yield
    finally:
        with _pause_lock:
            _pausing -= 1
            if _pausing == 0 and _was_enabled:
                gc.enable()


def fold(text: str | None) -> str:
    """Lower case without accents, so that "hopital" finds "Hôpital".

    The first filter keystroke folds every node's text: French accents (the combining diacritical marks
    block) go by one regular expression; only text still not ASCII after it is checked character by character.
    """
    if not text:
        return ""
    if text.isascii():
        return text.casefold()
    decomposed = _DIACRITICS.sub("", unicodedata.normalize("NFKD", text))
    if not decomposed.isascii():
        decomposed = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return decomposed.casefold()


def _in_order(siblings: list[NodeRow]) -> bool:
    """Are the rows in (position, id) order? Positions alone answer unless two are equal."""
    positions = list(map(_POSITION, siblings))
    if not any(map(ge, positions, islice(positions, 1, None))):
        return True
    keys = list(map(_ORDER, siblings))
    return not any(map(gt, keys, islice(keys, 1, None)))


def _reached(kids: dict[int | None, list[int]]) -> int:
    """How many nodes are reached from the roots, one level at a time (a few C loops, no per-node code)."""
    count = 0
    level = kids[None]
    while level:
        count += len(level)
        level = list(chain.from_iterable(map(kids.get, level, repeat(()))))
    return count


class Events:
    """Plain callbacks by event name (enough for one Qt adapter and the tests)."""

    def __init__(self) -> None:
        self._callbacks: dict[str, list[Callable[..., Any]]] = defaultdict(list)

    def connect(self, name: str, callback: Callable[..., Any]) -> None:
        if name not in EVENTS:
            raise ValueError(f"unknown tree event: {name}")
        self._callbacks[name].append(callback)

    def disconnect(self, name: str, callback: Callable[..., Any]) -> None:
        self._callbacks[name].remove(callback)

    def emit(self, name: str, *args: Any) -> None:
        for callback in list(self._callbacks[name]):
            callback(*args)


class Tree:
    """Nodes by id and ordered children lists by parent id (None holds the roots)."""

    def __init__(self, rows: Iterable[NodeRow] = (), labels: Callable[[NodeRow], str] | None = None) -> None:
        self.events = Events()
        self._labels = labels
        self.nodes: dict[int, NodeRow] = {}
        self.kids: dict[int | None, list[int]] = {None: []}
        self._search: dict[int, str] = {}
        self._rows_index: dict[int | None, dict[int, int]] = {}
        self._last_matches: tuple[str, set[int]] | None = None  # the last query's matches, while nothing changes
        for name in EVENTS:
            self.events.connect(name, self._forget_matches)
        self.load(rows)

    def _forget_matches(self, *_args: Any) -> None:
        self._last_matches = None

    # ------------------------------------------------------------------ building
    def load(self, rows: Iterable[NodeRow]) -> None:
        """Replace the whole content (rows in any order; orphans are dropped).

        Opening the window waits on this, so the work is left to C loops (map, groupby, zip): rows as
        `ws.tree.rows()` gives them, grouped by parent in (position, id) order, need no sort.
        """
        rows = rows if isinstance(rows, list) else list(rows)
        groups: dict[int | None, list[NodeRow]] = {}
        for parent, group in groupby(rows, _PARENT):
            siblings = groups.get(parent)
            if siblings is None:
                groups[parent] = list(group)
            else:  # the rows were not grouped by parent
                siblings.extend(group)
        kids: dict[int | None, list[int]] = {None: []}
        for parent, siblings in groups.items():
            if not _in_order(siblings):
                siblings.sort(key=_ORDER)
            kids[parent] = list(map(_ID, siblings))
        self.nodes = dict(zip(map(_ID, rows), rows, strict=True))
        self.kids = kids
        self._search = {}
        self._rows_index = {}
        if _reached(kids) != len(self.nodes):
            self._drop_unreachable()
        self.events.emit("reset")

    def extend(self, rows: list[NodeRow]) -> None:
        """Add the nodes under those already loaded: a large workspace opens on its EJ and EG rows, its units
        follow (app/views/controller.py). The rows already shown keep their places; one "extended" event says it."""
        groups: dict[int | None, list[NodeRow]] = {}
        for parent, group in groupby(rows, _PARENT):
            groups.setdefault(parent, []).extend(group)
        nodes = self.nodes
        for parent, siblings in groups.items():
            known = self.kids.get(parent)
            if known:
                siblings = [nodes[i] for i in known] + siblings
            if not _in_order(siblings):
                siblings.sort(key=_ORDER)
            self.kids[parent] = list(map(_ID, siblings))
        nodes.update(zip(map(_ID, rows), rows, strict=True))
        self._search = {}
        self._rows_index = {}
        if _reached(self.kids) != len(nodes):
            self._drop_unreachable()
        self.events.emit("extended")

    def _drop_unreachable(self) -> None:
        """Keep only the nodes reached from the roots (a node whose parent is not live is an orphan)."""
        keep = set(self.descendants(None))
        self.nodes = {nid: row for nid, row in self.nodes.items() if nid in keep}
        self.kids = {parent: ids for parent, ids in self.kids.items() if parent is None or parent in keep}

    def __len__(self) -> int:
        return len(self.nodes)

    def __contains__(self, node_id: object) -> bool:
        return node_id in self.nodes

    # ------------------------------------------------------------------ reading
    def children(self, parent_id: int | None) -> list[int]:
        return self.kids.get(parent_id, [])

    def row(self, node_id: int) -> NodeRow:
        return self.nodes[node_id]

    def parent_of(self, node_id: int) -> int | None:
        return self.nodes[node_id].parent_id

    def index_of(self, node_id: int) -> int:
        """Row of a node among its siblings (cached per parent, rebuilt when that parent changes)."""
        parent = self.nodes[node_id].parent_id
        index = self._rows_index.get(parent)
        if index is None:
            index = {nid: i for i, nid in enumerate(self.kids.get(parent, []))}
            self._rows_index[parent] = index
        return index[node_id]

    def ancestors(self, node_id: int) -> list[int]:
        """Ids from the root down to the parent of `node_id`."""
        chain: list[int] = []
        current = self.nodes[node_id].parent_id
        while current is not None:
            chain.append(current)
            current = self.nodes[current].parent_id
        return list(reversed(chain))

    def path_names(self, node_id: int) -> list[str]:
        return [self.nodes[i].name for i in (*self.ancestors(node_id), node_id)]

    def find_path(self, names: list[str]) -> int | None:
        """The node reached by following names (or FINESS numbers) from the roots."""
        parent: int | None = None
        found: int | None = None
        for name in names:
            found = next((i for i in self.children(parent)
                          if self.nodes[i].name == name or self.nodes[i].finess == name), None)
            if found is None:
                return None
            parent = found
        return found

    def descendants(self, node_id: int | None) -> list[int]:
        out: list[int] = []
        stack = list(reversed(self.children(node_id)))
        while stack:
            nid = stack.pop()
            out.append(nid)
            stack.extend(reversed(self.children(nid)))
        return out

    def depth_first(self) -> list[int]:
        return self.descendants(None)

    # ------------------------------------------------------------------ searching
    def search_text(self, node_id: int) -> str:
        text = self._search.get(node_id)
        if text is None:
            row = self.nodes[node_id]
            extra = self._labels(row) if self._labels else ""
            text = fold(" ".join(p for p in (row.name, row.finess, row.departement, row.champ, extra) if p))
            self._search[node_id] = text
        return text

    def matches(self, query: str) -> set[int]:
        """Ids whose name, FINESS, département or champ d'activité contain every word of `query`."""
        folded = fold(query)
        words = folded.split()
        if not words:
            return set(self.nodes)
        # A query typed on from the last one (its text extended) can only narrow its matches: only they are
        # searched again, which is what each keystroke in the filter box does.
        last = self._last_matches
        pool = last[1] if last is not None and last[0] and folded.startswith(last[0]) else self.nodes
        text_of = self.search_text
        if len(words) == 1:
            word = words[0]
            found = {nid for nid in pool if word in text_of(nid)}
        else:
            found = {nid for nid in pool if all(w in text for text in (text_of(nid),) for w in words)}
        self._last_matches = (folded, found)
        return set(found)

    def visible_set(self, query: str = "", favourites_only: bool = False,
                    only: set[int] | None = None) -> set[int] | None:
        """The nodes a filter shows: the matches and their ancestors (None when nothing filters). `only` (the
        state filter's nodes) keeps those of its nodes that match the words or sit under a match."""
        if not query.strip() and not favourites_only and only is None:
            return None
        keep = self.matches(query) if query.strip() else set(self.nodes)
        if only is not None:
            keep = keep & only if not query.strip() else self._under(only, keep)
        if favourites_only:
            favs = [nid for nid, r in self.nodes.items() if r.favourite]
            inside: set[int] = set()
            for f in favs:
                inside.add(f)
                inside.update(self.descendants(f))
            keep &= inside
        visible = set(keep)
        for nid in keep:
            parent = self.nodes[nid].parent_id
            while parent is not None and parent not in visible:
                visible.add(parent)
                parent = self.nodes[parent].parent_id
        return visible

    def _under(self, ids: set[int], matched: set[int]) -> set[int]:
        """The ids that are in `matched` or have an ancestor in it."""
        found: set[int] = set()
        for nid in ids:
            current: int | None = nid
            while current is not None:
                if current in matched:
                    found.add(nid)
                    break
                current = self.nodes[current].parent_id
        return found

    # ------------------------------------------------------------------ applying changes
    def apply(self, changes: Changes, rows: Iterable[NodeRow]) -> None:
        """Bring the tree in step with a change set, given the fresh rows of the nodes it names."""
        fresh = {r.id: r for r in rows}
        gone = self._gone(changes)
        self._remove(gone)
        self._update(fresh, gone)
        self._insert([r for r in fresh.values() if r.id not in self.nodes and r.id not in gone
                      and r.id in (changes.inserted | changes.moved | changes.updated)])

    def _gone(self, changes: Changes) -> set[int]:
        # A removed id that is also in `inserted` (a restore in the same set) stays.
        return {nid for nid in changes.removed if nid in self.nodes and nid not in changes.inserted}

    def _remove(self, gone: set[int]) -> None:
        tops = [nid for nid in gone if not any(a in gone for a in self.ancestors(nid))]
        for nid in tops:
            parent = self.nodes[nid].parent_id
            index = self.index_of(nid)
            self.events.emit("removing", parent, index)
            self.kids[parent].pop(index)
            self._rows_index.pop(parent, None)
            for dead in (nid, *self.descendants(nid)):
                self.nodes.pop(dead, None)
                self.kids.pop(dead, None)
                self._search.pop(dead, None)
                self._rows_index.pop(dead, None)
            self.events.emit("removed", parent, index)

    def _update(self, fresh: dict[int, NodeRow], gone: set[int]) -> None:
        changed: list[int] = []
        receiving: list[int | None] = []
        reorder: list[int | None] = []
        for nid, row in fresh.items():
            old = self.nodes.get(nid)
            if old is None or nid in gone:
                continue
            self.nodes[nid] = row
            self._search.pop(nid, None)
            if old.parent_id != row.parent_id:
                receiving.append(row.parent_id)
                reorder.append(old.parent_id)
            elif old.position != row.position:
                reorder.append(row.parent_id)
            if old != row:
                changed.append(nid)
        # Parents that receive a node first, so that the node leaves its old list by a single move.
        for parent in dict.fromkeys([*receiving, *reorder]):
            self._reorder(parent)
        if changed:
            self.events.emit("changed", changed)

    def _reorder(self, parent: int | None) -> None:
        """Move nodes until `parent`'s children follow (position, id); brings in nodes now under it."""
        wanted = [nid for nid, r in self.nodes.items() if r.parent_id == parent] if parent is not None \
            else [nid for nid, r in self.nodes.items() if r.parent_id is None]
        current = self.kids.setdefault(parent, [])
        order = self._ordered(parent, wanted)
        for target_index, nid in enumerate(order):
            if target_index < len(current) and current[target_index] == nid:
                continue
            src_parent = self._holder(nid)
            src_index = self.kids[src_parent].index(nid)
            self.events.emit("moving", src_parent, src_index, parent, target_index)
            self.kids[src_parent].pop(src_index)
            self._rows_index.pop(src_parent, None)
            self.kids[parent].insert(target_index, nid)
            self._rows_index.pop(parent, None)
            self.events.emit("moved", src_parent, src_index, parent, target_index)

    def _ordered(self, parent: int | None, wanted: list[int]) -> list[int]:
        """Target order of a children list: untouched siblings with stale positions keep their order."""
        wanted_set = set(wanted)
        current = [nid for nid in self.kids.get(parent, []) if nid in wanted_set]
        current_set = set(current)
        newcomers = [nid for nid in wanted if nid not in current_set]
        rank = {nid: k for k, nid in enumerate(current)}
        order = sorted(current, key=lambda i: (self.nodes[i].position, rank[i]))
        for nid in sorted(newcomers, key=lambda i: (self.nodes[i].position, i)):
            pos = self.nodes[nid].position
            at = next((k for k, other in enumerate(order) if self.nodes[other].position >= pos), len(order))
            order.insert(at, nid)
        return order

    def _holder(self, nid: int) -> int | None:
        """The parent whose children list holds `nid` now (it may differ from the fresh row's parent)."""
        for parent, ids in self.kids.items():
            if nid in ids:
                return parent
        raise KeyError(nid)

    def _insert(self, rows: list[NodeRow]) -> None:
        todo = sorted(rows, key=lambda r: (r.position, r.id))
        while todo:
            placed = [r for r in todo if r.parent_id is None or r.parent_id in self.nodes]
            if not placed:  # parents unknown to this tree: nothing to show
                return
            for row in placed:
                siblings = self.kids.setdefault(row.parent_id, [])
                at = next((k for k, other in enumerate(siblings)
                           if self.nodes[other].position >= row.position), len(siblings))
                self.events.emit("inserting", row.parent_id, at, [row.id])
                self.nodes[row.id] = row
                self.kids.setdefault(row.id, [])
                siblings.insert(at, row.id)
                self._rows_index.pop(row.parent_id, None)
                self.events.emit("inserted", row.parent_id, at, [row.id])
            todo = [r for r in todo if r.id not in self.nodes]

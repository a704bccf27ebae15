"""Tree.load and fold (app/models/tree.py) on a real demo workspace: row order, orphans, cycles, accents."""
from __future__ import annotations

import random
import unicodedata

from app.models.tree import Tree, fold


def _shape(tree: Tree) -> dict:
    return {parent: tree.children(parent) for parent in [None, *tree.nodes] if tree.children(parent)}


def test_rows_in_any_order_give_the_same_tree(ws):
    rows = ws.tree.rows()
    expected = _shape(Tree(rows))
    assert expected[None] and len(expected) > 3
    for seed in range(3):
        shuffled = list(rows)
        random.Random(seed).shuffle(shuffled)
        assert _shape(Tree(shuffled)) == expected
        assert _shape(Tree(iter(shuffled))) == expected  # any iterable, not only lists
    for parent in [None, *expected]:
        assert expected.get(parent, []) == [r.id for r in ws.nodes.children(parent)]


def test_equal_positions_fall_back_to_ids(ws):
    rows = ws.tree.rows()
    shape = _shape(Tree(rows))
    parent = max((p for p in shape if p is not None), key=lambda p: len(shape[p]))
    same = [r._replace(position=7) if r.parent_id == parent else r for r in reversed(rows)]
    kids = sorted(r.id for r in rows if r.parent_id == parent)
    assert Tree(same).children(parent) == kids
    # A later node placed first by its position comes first, ahead of smaller ids.
    last = kids[-1]
    moved = [r._replace(position=-1) if r.id == last else r for r in same]
    assert Tree(moved).children(parent) == [last, *kids[:-1]]


def test_orphans_and_cycles_are_dropped(ws):
    rows = ws.tree.rows()
    tree = Tree(rows)
    eg = next(i for i, r in tree.nodes.items() if r.kind == "EG" and len(tree.children(i)) >= 2)
    gone = {eg, *tree.descendants(eg)}
    orphaned = Tree([r for r in rows if r.id != eg])  # its parent is no longer live: its subtree goes
    assert set(orphaned.nodes) == set(tree.nodes) - gone
    assert all(eg not in ids for ids in orphaned.kids.values()) and eg not in orphaned.kids
    # Two nodes that are each other's parent are reached from no root (nor is what they hold).
    a, b = tree.children(eg)[:2]
    swap = {a: b, b: a}
    looped = [r._replace(parent_id=swap[r.id]) if r.id in swap else r for r in rows]
    cyclic = Tree(looped)
    lost = {a, b, *tree.descendants(a), *tree.descendants(b)}
    assert set(cyclic.nodes) == set(tree.nodes) - lost
    assert cyclic.children(eg) == [i for i in tree.children(eg) if i not in lost]
    assert all(len(cyclic.ancestors(i)) < 10 for i in cyclic.nodes)  # every walk up ends at a root


def _fold_by_hand(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()


def test_fold_drops_every_combining_mark_and_keeps_other_letters(ws):
    texts = [" ".join(p for p in (r.name, r.finess, r.departement, r.champ) if p) for r in ws.tree.rows()]
    texts += ["Hôpital Saint-Étienne", "Œuvre", "Straße", "İstanbul", "ﬁn", "Ⅻ", "ǅ", "a\u034fb",
              "e\u0301\u20d7", "Ελληνικά", "Ça", "", "PLAIN ascii"]
    rnd = random.Random(7)
    for _ in range(2000):
        texts.append("".join(chr(rnd.choice([rnd.randrange(32, 0x250), rnd.randrange(0x300, 0x370),
                                              rnd.randrange(0x370, 0x3000), 0x34F, 0x1AB0, 0x20D0]))
                             for _ in range(rnd.randrange(1, 10))))
    assert [fold(t) for t in texts] == [_fold_by_hand(t) for t in texts]
    assert fold("Hôpital Saint-Étienne") == "hopital saint-etienne" and fold(None) == ""


def test_the_collector_comes_back_when_the_last_thread_pausing_it_is_done():
    import gc
    import threading

    from app.models.tree import gc_paused

    assert gc.isenabled()
    entered, release = threading.Event(), threading.Event()

    def worker() -> None:
        with gc_paused():
            entered.set()
            release.wait(5)

    thread = threading.Thread(target=worker)
    with gc_paused():
        thread.start()
        entered.wait(5)
    still_paused = not gc.isenabled()  # the GUI thread is done, the worker still reads
    release.set()
    thread.join(5)
    assert still_paused and gc.isenabled()

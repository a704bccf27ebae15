"""The pure tree (app/models/tree.py) and its Qt adapter: loading, change sets, filter, qtmodeltester."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QMimeData, QModelIndex

from app.models.demo import make_demo
from app.models.tree import Tree, fold
from app.views.tree_drops import MIME
from app.views.tree_model import TreeModel


@pytest.fixture
def ws(tmp_path):
    workspace = make_demo(tmp_path / "demo.sqlite")
    yield workspace
    workspace.close()


def _ids_named(tree: Tree, name: str) -> list[int]:
    return [i for i, r in tree.nodes.items() if r.name == name]


def test_fast_rows_match_the_store(ws):
    fast = ws.tree.rows()
    slow = ws.nodes.all()
    assert [tuple(r) for r in fast] == [tuple(getattr(s, f) for f in r._fields)
                                        for s, r in zip(slow, fast, strict=True)]
    assert fast[0].name == slow[0].name and fast[0]._fields == tuple(slow[0].__slots__)


def test_tree_mirrors_the_store(ws):
    tree = Tree(ws.tree.rows())
    assert len(tree) == sum(ws.nodes.stats()["nodes"].values())
    for parent in [None, *tree.nodes]:
        assert [r.id for r in ws.nodes.children(parent)] == tree.children(parent)
    eg = _ids_named(tree, "IME Le Moulin")[0]
    assert tree.path_names(eg) == ["Association Pour L'Enfance Handicapée D'Ille-Et-Vilaine", "IME Le Moulin"]
    assert tree.find_path(tree.path_names(eg)) == eg


def _events(tree: Tree) -> list[tuple]:
    seen: list[tuple] = []
    for name in ("inserted", "removed", "moved", "changed"):
        tree.events.connect(name, lambda *a, n=name: seen.append((n, *a)))
    return seen


def _same_as_store(tree: Tree, ws) -> None:
    for parent in [None, *tree.nodes]:
        assert tree.children(parent) == [r.id for r in ws.nodes.children(parent)], parent


def test_apply_follows_every_command(ws):
    tree = Tree(ws.tree.rows())
    seen = _events(tree)
    eg = _ids_named(tree, "IME Le Moulin")[0]

    def do(changes):
        tree.apply(changes, ws.nodes.rows(changes.nodes))
        _same_as_store(tree, ws)
        return changes

    created = do(ws.nodes.create(eg, "UF", ["UF Un", "UF Deux"]))
    assert [e[0] for e in seen] == ["inserted", "inserted"]
    uf1, uf2 = sorted(created.inserted)
    do(ws.nodes.rename(uf1, "UF Premier"))
    assert seen[-1] == ("changed", [uf1])
    uo = tree.children(eg)[0]
    before = len(seen)
    do(ws.nodes.move(uo, uf1, 0))
    assert "moved" in [e[0] for e in seen[before:]] and tree.parent_of(uo) == uf1
    do(ws.nodes.move(uo, eg, 0))
    dup = do(ws.nodes.duplicate(uf1))
    assert len(dup.inserted) == 1
    do(ws.nodes.move(uf2, eg, 0))
    before = len(seen)
    removed = do(ws.nodes.delete(uf1))
    assert uf1 not in tree and [e[0] for e in seen[before:]] == ["removed"]
    assert removed.removed == {uf1}
    do(ws.nodes.restore(uf1))
    assert uf1 in tree


def test_filter_keeps_parents_and_ignores_accents(ws):
    tree = Tree(ws.tree.rows(), labels=lambda r: "Médico-social" if r.champ == "04" else "")
    visible = tree.visible_set("hebergement renforce")
    uhr = [i for i, r in tree.nodes.items() if "Renforcé" in r.name]
    assert uhr and set(uhr) <= visible
    for i in uhr:
        assert set(tree.ancestors(i)) <= visible
    assert len(visible) < len(tree)
    eg = _ids_named(tree, "IME Le Moulin")[0]
    assert eg in tree.visible_set(tree.nodes[eg].finess)
    assert tree.visible_set("35") >= {eg}  # département
    assert tree.visible_set("medico-social") >= set(tree.children(eg))  # champ d'activité
    assert tree.visible_set("") is None
    favs = tree.visible_set("", favourites_only=True)
    assert favs and all(tree.nodes[i].favourite or any(tree.nodes[a].favourite for a in tree.ancestors(i))
                        or any(tree.nodes[d].favourite for d in tree.descendants(i)) for i in favs)
    assert fold("Hôpital ÉTÉ") == "hopital ete"


def test_model_passes_qtmodeltester(qapp, qtmodeltester, ws):
    model = TreeModel(Tree(ws.tree.rows()))
    qtmodeltester.check(model)
    model.set_filter("tilleuls")
    qtmodeltester.check(model)
    model.set_filter("", favourites_only=True)
    qtmodeltester.check(model)


def test_model_refreshes_only_named_rows(qapp, qtmodeltester, ws):
    tree = Tree(ws.tree.rows())
    model = TreeModel(tree)
    qtmodeltester.check(model, force_py=True)  # keeps checking while the model changes
    eg = _ids_named(tree, "EHPAD Les Tilleuls")[0]
    uo = tree.children(eg)[0]
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda a, b, *_: changed.append((model.id_of(a), model.id_of(b))))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    ch = ws.nodes.rename(uo, "Unité Renommée")
    model.apply(ch, ws.nodes.rows(ch.nodes))
    assert changed == [(uo, uo)]
    assert model.data(model.index_of_id(uo)) == "Unité Renommée"
    inserted: list[tuple[int, int]] = []
    model.rowsInserted.connect(lambda parent, first, last: inserted.append((model.id_of(parent), first)))
    ch = ws.nodes.create(eg, "UO", ["Unité Nouvelle"])
    model.apply(ch, ws.nodes.rows(ch.nodes))
    assert inserted == [(eg, len(tree.children(eg)) - 1)]
    ch = ws.nodes.move(uo, eg, len(tree.children(eg)) - 1)
    model.apply(ch, ws.nodes.rows(ch.nodes))
    assert tree.children(eg)[-1] == uo
    ch = ws.nodes.delete(uo)
    model.apply(ch, ws.nodes.rows(ch.nodes))
    assert not model.index_of_id(uo).isValid()
    assert resets == []


def test_drop_asks_for_a_move(qapp, ws):
    tree = Tree(ws.tree.rows())
    model = TreeModel(tree)
    ch = ws.nodes.create(_ids_named(tree, "CH De Villefranche - Site Principal")[0], "UF", ["UF Accueil"])
    model.apply(ch, ws.nodes.rows(ch.nodes))
    uf = next(iter(ch.inserted))
    uo = next(i for i, r in tree.nodes.items() if r.kind == "UO" and r.domaine == "sanitaire")
    asked: list[tuple[int, int, int]] = []
    model.moveRequested.connect(lambda *a: asked.append(a))
    data = model.mimeData([model.index_of_id(uo)])
    assert data.hasFormat(MIME)
    assert model.dropMimeData(data, model.supportedDropActions(), -1, 0, model.index_of_id(uf)) is False
    assert asked == [(uo, uf, 0)]
    assert not model.dropMimeData(QMimeData(), model.supportedDropActions(), -1, 0, QModelIndex())

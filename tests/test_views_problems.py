"""Problems in the window (pytest-qt, the demo workspace): a fiche with problems is never "Finalisée" nor green, the
form lists what blocks apart from the quality rules' advice, a problem inside a repetition says which one, and an
EG's row shows the state of what it holds."""
from __future__ import annotations

import pytest

from app.models.rules import Mark
from app.models.tree import Tree
from app.views.i18n import TRANSLATIONS
from app.views.tree_model import TreeModel

CANAL = "https://mos.esante.gouv.fr/NOS/TRE_R200-CanalCommunication/FHIR/TRE-R200-CanalCommunication"


def named(ws, name):
    return next(r for r in ws.nodes.all() if r.name == name)


def listed(view):
    """The lines of the header's problem list: (blocking lines, advice lines)."""
    return view.header.problem_list.lines


@pytest.mark.parametrize("name", ["Pôle Médecine", "Service De Cardiologie", "UF Cardiologie"])
def test_an_internal_unit_with_problems_is_not_finalised_nor_green(qtbot, view, ws, name):
    node = named(ws, name)
    assert node.status == "finalised"
    view.load(node.id)
    row = view.row("oi.responsable.valeur")
    row.widget.set_value([])
    row.widget.edited.emit()
    assert view.blocking_count() == 1 and not view.finalise_button.isEnabled()
    with qtbot.waitSignal(view.saved):
        view.save()
    assert view.status.text() == "À corriger" and view.header.problems_label.text() == "1 problème(s) à corriger"
    view.finalise()
    assert "problème" in view.message.text()
    stored = ws.nodes.get(node.id)
    assert stored.status == "draft" and stored.problems == 1
    model = TreeModel(Tree(ws.tree.rows()))
    assert model.row_mark(model.tree.nodes[node.id]) is Mark.PROBLEMS
    # the store says no too, with the list of problems, whoever asks
    from app.models.store import RuleError

    with pytest.raises(RuleError) as refused:
        ws.fiches.finalise(node.id)
    assert [p.link_id for p in refused.value.args_["problems"]] == ["oi.responsable.valeur"]


def test_a_stored_finalised_status_with_problems_never_reads_finalised(qtbot, view):
    view.header.show_state(None, True, False, "finalised", 2, 0, False)
    assert view.header.status.text() == "À corriger"
    assert not view.header.finalise_button.isEnabled()


def test_a_nested_problem_is_shown_on_its_repetition_and_blocks(qtbot, view, ws):
    uo = named(ws, "Unité Hébergement Permanent Pour Personnes Âgées Dépendantes")
    view.load(uo.id)
    good = {"uo.contacts.nature": [{"valueString": "Accueil"}],
            "uo.contacts.canal": [{"valueCoding": {"system": CANAL, "code": "2"}}],
            "uo.contacts.valeur": [{"valueString": "04 74 00 00 00"}],
            "uo.contacts.confidentialite": [{"valueCoding": {"code": "1"}}]}
    second = {k: v for k, v in good.items() if k != "uo.contacts.canal"}
    widget = view.row("uo.contacts").widget
    widget.set_value([{"item": good}, {"item": second}])
    widget.edited.emit()
    assert view.blocking_count() == 1 and not view.finalise_button.isEnabled()
    problem = next(p for p in view.problems if p.blocking)
    assert problem.link_id == "uo.contacts.canal" and problem.repetition == 1
    view.header.list_button.click()
    blocking, advice = listed(view)
    assert blocking == ["Contacts n° 2 › Canal : Champ obligatoire [REQ]"]
    assert any("[CP5]" in line for line in advice)  # the quality rules' advice, listed apart
    assert view.header.problem_list.blocking_title.text() == "À corriger avant de finaliser : 1"
    # a phone "abc" blocks on its repetition too
    widget.set_value([{"item": good}, {"item": {**good, "uo.contacts.valeur": [{"valueString": "abc"}]}}])
    widget.edited.emit()
    blocking, _ = listed(view)
    assert blocking == ["Contacts n° 2 › Numéro, adresse ou lien : Numéro de téléphone invalide : « abc » [FMT-TEL]"]


def test_advice_does_not_block(qtbot, view, ws):
    uo = named(ws, "Unité Hébergement Permanent Pour Personnes Âgées Dépendantes")
    view.load(uo.id)
    age = view.row("uo.age_max").widget
    age.set_value([{"valueInteger": 110}])
    age.edited.emit()
    advice = [p for p in view.problems if not p.blocking]
    assert {p.code for p in advice} == {"CP5", "CP6"} and view.blocking_count() == 0
    assert view.finalise_button.isEnabled()
    assert view.header.problems_label.text() == "2 conseil(s), rien ne bloque"


def test_the_problem_list_in_english(qtbot, view, ws):
    node = named(ws, "Pôle Médecine")
    view.load(node.id)
    row = view.row("oi.responsable.valeur")
    row.widget.set_value([{"valueString": "abc"}])
    row.widget.edited.emit()
    view.header.list_button.click()
    try:
        TRANSLATIONS.apply("en")  # the widgets hear of it by a LanguageChange event
        qtbot.waitUntil(lambda: listed(view)[0][0].endswith("Invalid telephone number: “abc” [FMT-TEL]"))
        # the form's own English label of the item, the English separator
        assert listed(view)[0] == ["Number, address or link: Invalid telephone number: “abc” [FMT-TEL]"]
        assert view.header.problem_list.blocking_title.text() == "To correct before finalising: 1"
    finally:
        TRANSLATIONS.apply("fr")
    qtbot.waitUntil(lambda: listed(view)[0][0].endswith("Numéro de téléphone invalide : « abc » [FMT-TEL]"))


def test_an_eg_row_shows_what_it_holds(qtbot, ws):
    model = TreeModel(Tree(ws.tree.rows()))
    tree = model.tree
    eg = next(i for i, r in tree.nodes.items() if r.kind == "EG" and model.summary(i).mark is Mark.FINALISED)
    ej = tree.parent_of(eg)
    assert model.row_mark(tree.nodes[eg]) is Mark.FINALISED
    assert "Toutes les fiches sont finalisées" in model.data(model.index_of_id(eg), 3)  # ToolTipRole
    uo = tree.children(eg)[0]
    redrawn = []
    model.dataChanged.connect(lambda a, _b, *_: redrawn.append(model.id_of(a)))
    changes = ws.fiches.set_problems({uo: 3})
    model.apply(changes, ws.nodes.rows(changes.nodes))
    assert model.row_mark(tree.nodes[eg]) is Mark.PROBLEMS and model.row_mark(tree.nodes[ej]) is Mark.PROBLEMS
    assert {uo, eg, ej} <= set(redrawn)
    summary = model.summary(eg)
    assert summary.problems == 1 and summary.finalised == summary.fiches - 1
    tip = model.data(model.index_of_id(eg), 3)
    assert f"{summary.fiches} fiche(s) : {summary.fiches - 1} finalisée(s), 1 avec problème(s)" in tip
    model.set_dossier_states({eg: "in_validation"})
    assert "Dossier chez le validateur" in model.data(model.index_of_id(eg), 3)
    changes = ws.fiches.set_problems({uo: 0})
    model.apply(changes, ws.nodes.rows(changes.nodes))
    assert model.row_mark(tree.nodes[eg]) is Mark.IN_VALIDATION
    try:
        TRANSLATIONS.apply("en")
        assert "Dossier with the validator" in model.data(model.index_of_id(eg), 3)
    finally:
        TRANSLATIONS.apply("fr")

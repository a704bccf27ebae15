"""The type d'UO filters of the guide: by discipline and by speciality / catégorie de besoins (the table, the pure
narrowing, and the two drop-downs above the type d'UO in the form)."""
from __future__ import annotations

import pytest

from app.models.forms_catalog import CHAMP_FORMS
from app.models.nomenclatures import NomenclaturePack
from app.models.type_filters import type_filters
from app.views.forms.type_filters import TypeOffreWidget
from app.views.i18n import TRANSLATIONS

J238 = "https://mos.esante.gouv.fr/NOS/JDV_J238-TypeOffre-ROR/FHIR/JDV-J238-TypeOffre-ROR"
CHAMP_LISTS = {"01": "MCO", "02": "SMR", "03": "PSY", "04": "MS"}


def champ_codes(champ: str) -> list[str]:
    vs = NomenclaturePack.default().get(f"urn:ror-referent:ValueSet:JDV_J238-TypeOffre-ROR-{CHAMP_LISTS[champ]}")
    return [c.code for c in vs.concepts if not c.retired]


def test_every_type_of_the_pack_is_classified_and_every_option_is_said_in_both_languages():
    filters = type_filters()
    pack_codes = {c.code for c in NomenclaturePack.default().get(J238).concepts}
    assert pack_codes <= filters.codes
    assert all(filters.disciplines_of(code) for code in pack_codes)  # each type has at least one discipline
    for option in (*filters.disciplines, *filters.needs):
        assert option.label and option.label_en and option.label_for("en") != option.label, option
        assert option.source == "ROR Référent" or option.source.startswith("NOS "), option
    used = {k for code in filters.codes for k in filters.needs_of(code)}
    assert used == {o.key for o in filters.needs}  # no option that would keep nothing
    # the needs taken from the NOS keep the NOS labels
    labels = {o.key: o.label for o in filters.needs}
    assert labels["R239:01"] == "Personnes âgées en perte d'autonomie (PA) et aidants"
    assert labels["J35:02"] == "Troubles du spectre de l'autisme"


def test_narrowing_by_discipline_and_need():
    filters = type_filters()
    mco = champ_codes("01")
    surgery = filters.narrow(mco, "CHIR")
    assert "153" in surgery and "149" not in surgery and len(surgery) < len(mco)  # viscérale yes, cardiologie no
    assert filters.narrow(mco) == mco
    children = filters.narrow(mco, "CHIR", "spe:chir-pediatrique")
    assert children == ["241"]  # Unité hospitalière de chirurgie pédiatrique
    ms = champ_codes("04")
    elderly = filters.narrow(ms, need="R239:01")
    assert {"21", "23", "24", "25"} <= set(elderly) and "48" not in elderly  # EHPAD, UHR, UVP, PASA; not IME
    assert set(filters.narrow(ms, "PH", "age:enfants")) >= {"48", "49", "57", "61"}  # IME, IEM, SESSAD, CAMSP


@pytest.mark.parametrize("champ", sorted(CHAMP_LISTS))
def test_each_option_offered_keeps_at_least_one_type(champ):
    filters = type_filters()
    codes = champ_codes(champ)
    for discipline in [None, *(o.key for o in filters.discipline_options(codes))]:
        assert filters.narrow(codes, discipline)
        for need in filters.need_options(codes, discipline):
            assert filters.narrow(codes, discipline, need.key), (champ, discipline, need.key)
            assert discipline is None or discipline in {o.key for o in filters.discipline_options(codes, need.key)}


def test_every_uo_form_offers_the_filters():
    from app.models.fiche_service import questionnaire
    from app.views.forms.registry import widget_class
    from app.views.forms.type_filters import is_type_offre

    for form_id in set(CHAMP_FORMS.values()):
        item = questionnaire(form_id).get("uo.type_offre")
        assert is_type_offre(item) and widget_class(item) is TypeOffreWidget, form_id


# -- the form -----------------------------------------------------------------------------------------------------
def unit(ws, champ: str) -> int:
    return next(r.id for r in ws.nodes.all() if r.kind == "UO" and r.champ == champ)


def choose(qtbot, box, key: str) -> None:
    """Choose an entry of a drop-down as the user does (the list's own signal)."""
    index = box.findData(key)
    assert index > 0, key
    box.setCurrentIndex(index)
    box.activated.emit(index)


def test_choosing_a_discipline_narrows_the_type_list(qtbot, ws, view):
    view.load(unit(ws, "01"))
    widget = view.row("uo.type_offre").widget
    assert isinstance(widget, TypeOffreWidget)
    everything = widget.proposals()
    assert len(everything) == len(champ_codes("01")) and widget.count.text() == ""
    choose(qtbot, widget.discipline, "CHIR")
    narrowed = widget.proposals()
    assert 0 < len(narrowed) < len(everything)
    labels = [label for _answer, label in narrowed]
    assert "Unité hospitalière de chirurgie viscérale et digestive" in labels
    assert "Unité hospitalière de cardiologie" not in labels
    assert widget.count.text() == f"{len(narrowed)} type(s)"
    # the type-ahead offers the narrowed list only
    typed = [label for _a, label in widget.picker.source.search("unité hospitalière", 50)]
    assert "Unité hospitalière de chirurgie vasculaire" in typed and set(typed) <= set(labels)
    # the other filter offers only what keeps a type, and narrows further
    needs = [widget.need.itemData(n) for n in range(1, widget.need.count())]
    assert "spe:chir-pediatrique" in needs and "spe:cardiologie" not in needs
    choose(qtbot, widget.need, "spe:chir-pediatrique")
    assert [label for _a, label in widget.proposals()] == ["Unité hospitalière de chirurgie pédiatrique"]
    # the value is never filtered: the saved type stays, and back to "Toutes" everything is offered again
    before = view.opened.state.get("uo.type_offre")
    assert widget.value() == before
    widget.discipline.setCurrentIndex(0)
    widget.discipline.activated.emit(0)
    widget.need.setCurrentIndex(0)
    widget.need.activated.emit(0)
    assert len(widget.proposals()) == len(everything) and widget.value() == before


def test_a_type_chosen_in_the_narrowed_list_is_the_answer(qtbot, ws, view):
    view.load(unit(ws, "04"))
    widget = view.row("uo.type_offre").widget
    choose(qtbot, widget.need, "J35:28")
    answer, label = next((a, lab) for a, lab in widget.proposals() if "PASA" in lab)
    widget.picker.picked.emit(answer)
    assert view.opened.state.get("uo.type_offre")[0]["valueCoding"]["code"] == "25"
    assert widget.picker.edit.text() == label


def test_long_type_names_are_told_apart(qtbot, ws, view):
    view.load(unit(ws, "04"))
    widget = view.row("uo.type_offre").widget
    popup = widget.picker.completer.popup()
    assert popup.wordWrap()  # long names wrap instead of being cut at the same place
    widget.picker.show_all()
    model = widget.picker.completer.model()
    tips = [model.index(n, 0).data(3) for n in range(model.rowCount())]  # Qt.ToolTipRole
    texts = [model.index(n, 0).data() for n in range(model.rowCount())]
    assert tips == texts and len(set(texts)) == len(texts)
    long = next(t for t in texts if "Unité de vie protégée" in t)
    widget.picker.picked.emit(next(a for a, lab in widget.proposals() if lab == long))
    assert widget.picker.edit.toolTip() == long


def test_the_filters_speak_english(qtbot, ws, view):
    try:
        TRANSLATIONS.apply("en")
        view.load(unit(ws, "04"))
        widget = view.row("uo.type_offre").widget
        assert widget.discipline_label.text() == "Discipline:" and widget.need_label.text() == "Speciality / needs:"
        assert widget.discipline.itemText(0) == "All"
        entries = {widget.discipline.itemText(n) for n in range(widget.discipline.count())}
        assert {"Older people", "Disability"} <= entries and "Personnes âgées" not in entries
        needs = {widget.need.itemText(n) for n in range(widget.need.count())}
        assert "Autism spectrum disorders" in needs and "Troubles du spectre de l'autisme" not in needs
    finally:
        TRANSLATIONS.apply("fr")


def test_the_needs_taken_from_the_nos_say_what_the_shipped_pack_says():
    pack = NomenclaturePack.default()
    sets = {"R239": pack.get("TRE_R239-PublicPrisEnCharge"),
            "J35": pack.get("JDV_J35-SpecialisationDePriseEnCharge-ROR")}
    checked = 0
    for option in type_filters().needs:
        prefix, _, code = option.key.partition(":")
        if prefix in sets:
            concept = sets[prefix].lookup(code)
            assert concept is not None and concept.display == option.label, option
            checked += 1
    assert checked == 21

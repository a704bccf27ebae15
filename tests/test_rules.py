"""The tree's rules in one pure module: the store raises them, the views ask them, both in any language."""
from __future__ import annotations

import pytest

from app.models import rules
from app.models.kinds import Kind
from app.models.refusals import MESSAGES, Refusal, render
from app.models.rules import Mark, RuleError


def test_placement_follows_the_ror_tree():
    assert rules.placement_refusal(Kind.EG, Kind.UO, "medico-social") is None
    assert rules.placement_refusal(Kind.EG, Kind.S, "sanitaire") is None
    assert rules.placement_refusal(Kind.EG, Kind.S, "medico-social").key == "placement-sanitaire-only"
    assert rules.placement_refusal(Kind.UO, Kind.UF, "sanitaire").key == "placement-kind"
    assert rules.placement_refusal(None, Kind.UO, None).key == "placement-root"
    assert Kind.S not in rules.allowed_children(Kind.EG, "medico-social")


def test_finess_units_are_not_renamed_moved_deleted_or_duplicated():
    finess = {"name": "finess"}
    assert rules.rename_refusal(Kind.EG, finess, "Autre nom").key == "finess-rename"
    assert rules.rename_refusal(Kind.UO, None, "  ").key == "name-required"
    assert rules.rename_refusal(Kind.UO, None, "Unité A") is None
    assert rules.delete_refusal(Kind.EG, None).key == "finess-delete"
    assert rules.delete_refusal(Kind.UO, finess).key == "finess-delete"
    assert rules.duplicate_refusal(Kind.EJ).key == "finess-duplicate"
    assert rules.move_refusal(Kind.EG, Kind.EJ, None, under_itself=False, same_structure=True).key == "finess-move"
    assert rules.move_refusal(Kind.UO, Kind.UF, "sanitaire", under_itself=False,
                              same_structure=False).key == "move-other-structure"
    assert rules.locked_fields({"name": "finess", "champ": "local"}) == {"name"}


def test_prefilled_values_may_be_enriched_never_removed():
    prefilled = {"uo.public": ["1"]}
    assert rules.prefilled_refusal(prefilled, {"uo.public": [{"valueCoding": {"code": "1"}}]}) is None
    assert rules.prefilled_refusal(prefilled, {"uo.public": []}).key == "prefilled-removed"


def test_a_node_with_problems_is_never_green():
    assert rules.mark_of("finalised", 2, False) is Mark.PROBLEMS
    assert rules.mark_of("finalised", 0, False) is Mark.FINALISED
    assert rules.mark_of("finalised", 0, True) is Mark.CONFLICT
    assert rules.mark_of("draft", 0, False) is Mark.DRAFT
    assert rules.finalise_refusal(1, False).key == "finalise-problems"


def test_a_refusal_is_a_key_its_arguments_and_the_french_text():
    err = RuleError("placement-kind", child="UO", parent="UF")
    assert isinstance(err, Refusal) and err.key == "placement-kind"
    assert str(err) == "Un(e) unité opérationnelle ne peut pas être rangé(e) sous un(e) unité fonctionnelle."
    english = render("A {child} cannot be placed under a {parent}.", err.args_,
                     kind_label=lambda k: {"UO": "Operational unit", "UF": "Functional unit"}[k],
                     state_label=str)
    assert english == "A operational unit cannot be placed under a functional unit."


@pytest.mark.parametrize("key", sorted(MESSAGES))
def test_every_message_formats_with_its_arguments(key):
    import string

    names = {f for _, f, _, _ in string.Formatter().parse(MESSAGES[key]) if f}
    args = {n: ("UO" if n in ("kind", "child", "parent") else "open" if n in ("state", "current", "target")
                else "x") for n in names}
    assert "{" not in str(Refusal(key, **args))


def _group(egs: int = 4, uos: int = 3):
    """An EJ with EGs of UOs, as NodeRow-like objects."""
    from types import SimpleNamespace as Row

    rows = [Row(id=1, parent_id=None, kind=Kind.EJ, status="draft", problems=0, conflict=False)]
    next_id = 2
    for _ in range(egs):
        eg = next_id
        rows.append(Row(id=eg, parent_id=1, kind=Kind.EG, status="draft", problems=0, conflict=False))
        next_id += 1
        for _ in range(uos):
            rows.append(Row(id=next_id, parent_id=eg, kind=Kind.UO, status="finalised", problems=0,
                            conflict=False))
            next_id += 1
    return rows


def test_structure_marks_count_again_only_what_a_change_reached_and_agree_with_a_full_count():
    rows = _group()
    first = rules.row_summaries(rows)
    assert first[2].mark is Mark.FINALISED and first[1].fiches == len(rows)
    # A UO of the second EG gets a problem: the EG and its EJ turn red, the other EGs keep their summary.
    nodes = {r.id: r for r in rows}
    kids: dict = {}
    for r in rows:
        kids.setdefault(r.parent_id, []).append(r.id)
    nodes[7].problems = 2
    again = rules.structure_summaries(nodes, kids, previous=first, changed={6, 1})
    assert again == rules.row_summaries(rows)
    assert again[6].mark is Mark.PROBLEMS and again[1].mark is Mark.PROBLEMS and again[2].mark is Mark.FINALISED
    assert again[2] is first[2]  # kept, not counted again
    # A dossier state reaching only an EG: its EJ is counted again with it.
    sent = rules.structure_summaries(nodes, kids, {2: "in_validation"}, previous=again, changed={2})
    assert sent == rules.row_summaries(rows, {2: "in_validation"}) and sent[1].in_validation

"""The fiche's title uses the width it has (issue 9, point 4): in the main window at its default size a long unit
name takes one line across the whole header, above the status and the buttons, ends with "…" and reads whole
in its tooltip; it never wraps into a narrow column of short lines beside the buttons."""
from __future__ import annotations

LONG = ("Unité d'Hébergement Permanent pour Personnes Âgées Dépendantes Atteintes de Maladies "
        "Neurodégénératives et Troubles Apparentés du Comportement, Secteur Protégé du Rez-de-Chaussée")


def test_a_long_unit_name_takes_the_header_width_on_one_line_with_a_tooltip(qtbot, open_window, ws):
    uo = next(r for r in ws.nodes.all() if r.kind == "UO")
    ws.nodes.rename(uo.id, LONG)
    ws.close()
    win = open_window(ws.path)
    assert (win.width(), win.height()) == (1280, 800)  # the main window's default size
    assert win.select_node(uo.id)
    form = win.form_view
    qtbot.waitUntil(lambda: form.opened is not None and form.opened.node.id == uo.id, timeout=20_000)
    header, title = form.header, form.title
    qtbot.waitUntil(lambda: title.width() > 0, timeout=3000)
    qtbot.wait(50)
    line = title.fontMetrics().height()
    assert title.text() == LONG
    assert title.height() < 2 * line  # one line, not a column of short ones
    assert title.width() >= header.width() - 10, (title.width(), header.width())  # not a column beside buttons
    assert title.geometry().bottom() < header.save_button.geometry().top()  # above the status and the buttons
    assert title.is_elided() and title.toolTip() == LONG and title.shown_text().endswith("…")
    form.title.setText("Unité PASA")
    assert not title.is_elided() and title.toolTip() == ""

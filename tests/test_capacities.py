"""Lits et places: the checks, the age of figures, the store's rows, history, coalesced outbox and CSV import."""
from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from app.models import capacities as C
from app.models.kinds import Kind
from app.models.refusals import MESSAGES, Refusal
from app.models.store import Workspace
from app.models.workflow import OutboxOp

NOW = datetime(2026, 12, 1, 12, 0, tzinfo=UTC)


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "w.sqlite", create=True)
    yield w
    w.close()


def _eg(ws, units=3, domaine="sanitaire", finess="010000024"):
    ej = ws.nodes.create(None, Kind.EJ, ["CH Test"], finess="010780054").inserted.pop()
    eg = ws.nodes.create(ej, Kind.EG, ["Hôpital Test"], finess=finess, domaine=domaine,
                         departement="01").inserted.pop()
    ids = sorted(ws.nodes.create(eg, Kind.UO, [f"Unité {i}" for i in range(units)]).inserted)
    return eg, ids


# ------------------------------------------------------------------ pure
def test_check_refuses_negative_and_inconsistent_counts():
    assert C.check({C.INSTALLES: 20, C.DISPONIBLES: 5, C.OCCUPES: 15, C.FERMES: 2}) is None
    assert C.check({C.INSTALLES: 20, C.DISPONIBLES: 5, C.OCCUPES: 17, C.SUPPLEMENTAIRES: 2}) is None
    assert C.check({C.DISPONIBLES: 3}) is None  # nothing to compare with
    negative = C.check({C.DISPONIBLES: -1})
    assert isinstance(negative, Refusal) and negative.key == "capacity-negative"
    over = C.check({C.INSTALLES: 10, C.DISPONIBLES: 5, C.OCCUPES: 6})
    assert over is not None and over.key == "capacity-over-installed" and "11" in str(over)
    closed = C.check({C.INSTALLES: 10, C.FERMES: 11})
    assert closed is not None and closed.key == "capacity-closed-over-installed"
    assert all(k in MESSAGES for k in ("capacity-negative", "capacity-over-installed",
                                       "capacity-closed-over-installed"))


def test_age_and_staleness_by_status():
    assert C.age(None, NOW) is None
    assert C.age("2026-12-01T10:00:00+00:00", NOW) == timedelta(hours=2)
    assert C.age("2026-11-30", NOW) == timedelta(days=1, hours=12)

    def row(counts, updated):
        return C.CapacityRow(1, 2, "U", "EG", "01", "01", C.LIT, None, C.COURANT, counts, updated, C.SAISIE_MANUELLE)

    fresh = (NOW - timedelta(hours=3)).isoformat()
    old = (NOW - timedelta(days=2)).isoformat()
    assert not C.is_stale(row({C.DISPONIBLES: 3}, fresh), NOW)
    assert C.is_stale(row({C.DISPONIBLES: 3}, old), NOW)
    assert not C.is_stale(row({C.INSTALLES: 3}, old), NOW)  # installés: one year
    assert C.is_stale(row({C.INSTALLES: 3}, (NOW - timedelta(days=400)).isoformat()), NOW)
    assert C.is_stale(row({C.INSTALLES: 3}, old), NOW, {C.INSTALLES: timedelta(hours=1)})
    assert not C.is_stale(row({}, None), NOW)


# ------------------------------------------------------------------ store
def test_rows_before_any_entry_then_set_stamps_and_keeps_history(ws):
    eg, ids = _eg(ws)
    rows = ws.capacities.rows([eg])
    assert [r.node_id for r in rows] == ids and all(r.nature == C.LIT and not r.counts for r in rows)
    assert rows[0].eg_name == "Hôpital Test" and rows[0].departement == "01"

    changes = ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.INSTALLES: 20, C.DISPONIBLES: 4})
    assert changes.capacities == {ids[0]} and len(changes.outbox) == 1
    ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.DISPONIBLES: 3, C.OCCUPES: 17})
    row = ws.capacities.row(ids[0], C.LIT)
    assert row is not None
    assert dict(row.counts) == {C.INSTALLES: 20, C.DISPONIBLES: 3, C.OCCUPES: 17}
    assert row.source == C.SAISIE_MANUELLE and row.sync_state == C.PENDING and row.updated_at
    assert [dict(h.counts).get(C.DISPONIBLES) for h in ws.capacities.history(ids[0])] == [4, 3]
    # the form's capacities group follows, so a later save of the fiche sends the same figures
    group = ws.fiches.get(ids[0]).answers["uo.capacites"]
    assert {i["item"]["uo.capacites.statut"][0]["valueCoding"]["code"]: i["item"]["uo.capacites.nombre"][0]
            ["valueInteger"] for i in group} == {C.INSTALLES: 20, C.DISPONIBLES: 3, C.OCCUPES: 17}


def test_a_refused_set_changes_nothing(ws):
    eg, ids = _eg(ws, 1)
    ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.INSTALLES: 10})
    before = ws.outbox.entries()
    with pytest.raises(Refusal) as refused:
        ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.DISPONIBLES: 8, C.OCCUPES: 5})
    assert refused.value.key == "capacity-over-installed"
    assert dict(ws.capacities.row(ids[0], C.LIT).counts) == {C.INSTALLES: 10}
    assert ws.outbox.entries() == before and len(ws.capacities.history(ids[0])) == 1
    with pytest.raises(Refusal) as not_uo:
        ws.capacities.set(eg, C.LIT, C.COURANT, {C.INSTALLES: 1})
    assert not_uo.value.key == "capacity-not-uo"


def test_one_waiting_entry_per_unit(ws):
    eg, ids = _eg(ws, 2)
    ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.INSTALLES: 10})
    ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.DISPONIBLES: 2})
    ws.capacities.set(ids[0], C.PLACE, C.COURANT, {C.INSTALLES: 4})
    ws.capacities.set(ids[1], C.LIT, C.PREVISIONNEL_24H, {C.DISPONIBLES: 1})
    entries = [e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY]
    assert sorted(e.node_id for e in entries) == ids
    out = ws.capacities.outgoing(ids[0])
    assert {(e.nature, e.temporality) for e in out.entries} == {(C.LIT, C.COURANT), (C.PLACE, C.COURANT)}


def test_daily_totals_follow_the_history(ws):
    eg, ids = _eg(ws, 2)
    ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.INSTALLES: 10, C.DISPONIBLES: 4})
    ws.capacities.set(ids[1], C.LIT, C.COURANT, {C.INSTALLES: 5, C.DISPONIBLES: 1})
    days = ws.capacities.daily_totals([eg], days=30)
    assert len(days) == 30 and days[-1].day == datetime.now(UTC).date().isoformat()
    assert days[-1].count(C.DISPONIBLES) == 5 and days[-1].count(C.INSTALLES, C.LIT) == 15
    assert days[0].count(C.DISPONIBLES) == 0
    # a later entry replaces the unit's figures in the running totals, it does not add to them; a cleared
    # status leaves the day's totals
    ws.capacities.set(ids[0], C.LIT, C.COURANT, {C.INSTALLES: 12, C.DISPONIBLES: None})
    again = ws.capacities.daily_totals([eg], days=30, rows=ws.capacities.rows([eg]))
    assert again[-1].count(C.INSTALLES, C.LIT) == 17 and again[-1].count(C.DISPONIBLES) == 1
    assert again == ws.capacities.daily_totals([eg], days=30)


def test_import_plan_refuses_line_by_line_and_applies_nothing(ws):
    eg, ids = _eg(ws, 2)
    uid = ws.nodes.get(ids[0]).uid
    lines = [
        {"Unité": uid, "Nature": "lits", "Statut": "installés", "Nombre": "12"},
        {"Unité": uid, "Nature": "lits", "Statut": "disponibles", "Nombre": "3"},
        {"Unité": "inconnue", "Nature": "lits", "Statut": "disponibles", "Nombre": "3"},
        {"Unité": uid, "Nature": "lits", "Statut": "fermés", "Nombre": "-2"},
    ]
    plan = ws.capacities.import_plan(lines)
    assert [a.line for a in plan.accepted] == [2, 3]
    assert [(n, r.key) for n, r in plan.refused] == [(4, "capacity-import-unit"), (5, "capacity-import-count")]
    with pytest.raises(Refusal) as refused:
        ws.capacities.apply_import(plan)
    assert "Ligne 4" in str(refused.value)
    assert not ws.capacities.row(ids[0], C.LIT).counts
    assert not [e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY]

    good = ws.capacities.import_plan(lines[:2] + [{"Unité": ws.nodes.get(ids[1]).uid, "Nature": "01",
                                                  "Statut": "02", "Nombre": "1", "Temporalité": "24h"}])
    assert good.ok
    changes = ws.capacities.apply_import(good)
    assert changes.capacities == set(ids)
    row = ws.capacities.row(ids[0], C.LIT)
    assert dict(row.counts) == {C.INSTALLES: 12, C.DISPONIBLES: 3} and row.source == C.BED_MANAGEMENT
    assert ws.capacities.row(ids[1], C.LIT, C.PREVISIONNEL_24H).counts[C.DISPONIBLES] == 1


def test_import_rows_checked_together(ws):
    eg, ids = _eg(ws, 1, finess="010000099")
    lines = [{"unit": "010000099", "nature": "lit", "status": "installes", "count": "2"},
             {"unit": "010000099", "nature": "lit", "status": "disponibles", "count": "5"}]
    plan = ws.capacities.import_plan(lines)  # a FINESS of an EG with one unit names it
    assert not plan.accepted and [r.key for _, r in plan.refused] == ["capacity-over-installed"] * 2
    with pytest.raises(Refusal) as missing:
        ws.capacities.import_plan([{"unit": "x", "nature": "lit"}])
    assert missing.value.key == "capacity-import-columns"


def test_newer_figures_read_from_the_server_replace_synced_ones(ws):
    from app.models.capacity_fhir import extension
    from app.models.pulled import Ack

    eg, (nid,) = _eg(ws, 1)
    ws.capacities.set(nid, C.LIT, C.COURANT, {C.INSTALLES: 10, C.DISPONIBLES: 2})
    entry = next(e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY)
    ws.capacities.acknowledged(nid, [entry.id], None)
    assert ws.capacities.row(nid, C.LIT).sync_state == C.SYNCED
    later = (datetime.now(UTC) + timedelta(minutes=5)).isoformat()
    pulled = {"resourceType": "Location", "id": "l1", "meta": {"versionId": "4"}, "extension": [
        extension(C.LIT, C.INSTALLES, C.COURANT, 12, updated_at=later, source=C.BED_MANAGEMENT),
        extension(C.LIT, C.DISPONIBLES, C.COURANT, 5, updated_at=later, source=C.BED_MANAGEMENT)]}
    ws.server.in_step([Ack(node_id=nid, server_id=None, version=None, resource=None, stamp=None,
                           location=pulled)], [])
    row = ws.capacities.row(nid, C.LIT)
    assert dict(row.counts) == {C.INSTALLES: 12, C.DISPONIBLES: 5} and row.source == C.BED_MANAGEMENT
    ws.capacities.set(nid, C.LIT, C.COURANT, {C.OCCUPES: 7})  # builds on the server's newer figures
    assert dict(ws.capacities.row(nid, C.LIT).counts) == {C.INSTALLES: 12, C.DISPONIBLES: 5, C.OCCUPES: 7}
    assert ws.capacities.outgoing(nid).base_version == "4"


def test_an_import_failing_half_way_applies_nothing(ws):
    eg, ids = _eg(ws, 2)
    ws.capacities.set(ids[1], C.LIT, C.COURANT, {C.INSTALLES: 10})
    a, b = (ws.nodes.get(i).uid for i in ids)
    plan = ws.capacities.import_plan([{"unite": a, "nature": "lit", "statut": "installes", "nombre": "5"},
                                      {"unite": b, "nature": "lit", "statut": "disponibles", "nombre": "3"}])
    assert plan.ok
    ws.capacities.set(ids[1], C.LIT, C.COURANT, {C.INSTALLES: 2})  # changed since the preview
    with pytest.raises(Refusal) as refused:
        ws.capacities.apply_import(plan)
    assert refused.value.key == "capacity-over-installed"
    assert not ws.capacities.row(ids[0], C.LIT).counts  # the first unit's line was rolled back too
    assert len(ws.capacities.history(ids[0])) == 0


def test_daily_totals_start_from_the_figures_known_before_the_month(ws):
    eg, (nid,) = _eg(ws, 1)

    def entry(days_ago, free):
        at = (datetime.now(UTC) - timedelta(days=days_ago)).isoformat(timespec="milliseconds")
        return C.HistoryEntry(nid, C.LIT, None, C.COURANT, {C.INSTALLES: 10, C.DISPONIBLES: free}, C.SAISIE_MANUELLE,
                              at)

    changes = ws.capacities.load([entry(60, 1), entry(40, 2), entry(10, 7)])
    assert changes.capacities == {nid}
    row = ws.capacities.row(nid, C.LIT)
    assert row.sync_state == C.SYNCED and row.counts[C.DISPONIBLES] == 7
    days = ws.capacities.daily_totals([eg], days=30)
    assert days[0].count(C.DISPONIBLES) == 2 and days[-1].count(C.DISPONIBLES) == 7
    assert days[18].count(C.DISPONIBLES) == 2 and days[21].count(C.DISPONIBLES) == 7
    assert not [e for e in ws.outbox.entries() if e.op == OutboxOp.CAPACITY]

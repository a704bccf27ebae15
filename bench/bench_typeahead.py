"""Type-ahead speed over the 1,305 actes spécifiques (JDV_J16): median time of one search per keystroke.

`run()` returns the figures for bench/run.py; run as a script it prints one JSON object per line.
"""
from __future__ import annotations

import json
import statistics
import time

BENCHES = ["typeahead_ms"]

# What users type in the acte spécifique field, one character at a time (with and without accents).
WORDS = [
    "ech", "échographie", "echographie cardiaque", "cardio", "ir", "irm", "scanner", "radiothérapie",
    "chimiothérapie", "dialyse", "endoscopie", "coloscopie", "biopsie", "scintigraphie", "greffe",
    "anesthésie", "pédiatrie", "bilan", "éducation thérapeutique", "hémodialyse", "tep", "ponction",
]
ROUNDS = 5


def _keystrokes() -> list[str]:
    return [word[:i] for word in WORDS for i in range(1, len(word) + 1)]


def run() -> list[dict]:
    from app.models.nomenclatures import NomenclaturePack

    actes = NomenclaturePack.default().get("J16")
    if actes is None:
        raise RuntimeError("JDV_J16 is missing from the nomenclature pack")
    actes.search("")  # the labels are folded once, when the field first opens
    timings = []
    for _ in range(ROUNDS):
        for text in _keystrokes():
            start = time.perf_counter()
            actes.search(text, limit=50)
            timings.append((time.perf_counter() - start) * 1000)
    median = round(statistics.median(timings), 3)
    return [{"bench": "typeahead_ms", "value": median, "unit": "ms", "target": 10}]


if __name__ == "__main__":
    for row in run():
        print(json.dumps(row))

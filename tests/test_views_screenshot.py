"""`ror-referent screenshot`: a PNG of the main window, different in French and English."""
from __future__ import annotations

import subprocess
import sys

from app.models.demo import make_demo


def test_screenshot_in_both_languages(tmp_path):
    ws = tmp_path / "demo.sqlite"
    make_demo(ws).close()
    shots = {}
    for lang in ("fr", "en"):
        out = tmp_path / f"main-{lang}.png"
        proc = subprocess.run([sys.executable, "-m", "app", "screenshot", "--workspace", str(ws), "--out", str(out),
                               "--lang", lang, "--select", "Association Les Tilleuls / EHPAD Les Tilleuls"],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        data = out.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n" and len(data) > 20_000
        shots[lang] = data
    assert shots["fr"] != shots["en"]


def test_screenshot_refuses_an_unknown_path(tmp_path):
    ws = tmp_path / "demo.sqlite"
    make_demo(ws).close()
    proc = subprocess.run([sys.executable, "-m", "app", "screenshot", "--workspace", str(ws), "--out",
                           str(tmp_path / "x.png"), "--select", "Nulle Part / Rien"],
                          capture_output=True, text=True, timeout=120)
    assert proc.returncode == 2
    assert "Chemin introuvable" in proc.stderr and "Traceback" not in proc.stderr


def test_screenshot_expands_other_nodes_and_stays_quiet(tmp_path):
    ws = tmp_path / "demo.sqlite"
    make_demo(ws).close()
    shots = {}
    for extra in ([], ["--expand", "Groupe Résidences Santé France / EHPAD Les Glycines"]):
        out = tmp_path / f"shot{len(extra)}.png"
        proc = subprocess.run([sys.executable, "-m", "app", "screenshot", "--workspace", str(ws), "--out", str(out),
                               "--select", "Association Les Tilleuls", *extra],
                              capture_output=True, text=True, timeout=120)
        assert proc.returncode == 0, proc.stderr
        assert "propagateSizeHints" not in proc.stderr
        shots[len(extra)] = out.read_bytes()
    assert shots[0] != shots[2]
    proc = subprocess.run([sys.executable, "-m", "app", "screenshot", "--workspace", str(ws), "--out",
                           str(tmp_path / "x.png"), "--expand", "Nulle Part"], capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 2 and "Chemin introuvable" in proc.stderr

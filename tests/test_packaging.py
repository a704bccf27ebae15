"""Packaging: the PyInstaller spec ships every data folder the app reads, the installed command's --self-test,
and the desktop entry, icon and Inno Setup script agree with the spec."""
from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtSvg import QSvgRenderer

from app.views import i18n_build

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "ror_referent.spec"


def spec_data_dirs() -> list[tuple[str, str]]:
    """DATA_DIRS as the spec declares it (read, not run: running it needs PyInstaller's globals)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == "DATA_DIRS" for t in node.targets):
            return [tuple(pair) for pair in ast.literal_eval(node.value)]
    raise AssertionError("no DATA_DIRS in the spec")


def test_the_spec_ships_the_data_folders_that_exist():
    dirs = spec_data_dirs()
    assert ("app/resources", "app/resources") in dirs
    assert ("app/models/store/migrations", "app/models/store/migrations") in dirs
    for src, dest in dirs:
        assert (ROOT / src).is_dir(), src
        assert src == dest  # the code finds its files beside its modules (Path(__file__))
    migrations = ROOT / "app/models/store/migrations"
    assert (migrations / "env.py").is_file() and sorted((migrations / "versions").glob("0*.py"))
    assert (ROOT / "app/resources/guide/guide-fr.html").is_file()
    assert (ROOT / "app/resources/guide/guide-en.html").is_file()


def test_every_file_the_app_reads_beside_its_code_is_under_a_shipped_folder():
    """A new folder of data files under app/ must be added to the spec's DATA_DIRS (else the package lacks it)."""
    shipped = [ROOT / src for src, _dest in spec_data_dirs()] + [i18n_build.QM_DIR]
    code = {".py", ".pyc", ".pyi", ".typed"}
    for path in (ROOT / "app").rglob("*"):
        if not path.is_file() or "__pycache__" in path.parts or path.suffix in code:
            continue
        assert any(path.is_relative_to(folder) for folder in shipped), path.relative_to(ROOT)


def test_the_spec_carries_the_translations_where_the_app_looks_for_them():
    text = SPEC.read_text(encoding="utf-8")
    assert i18n_build.QM_DIR.relative_to(ROOT).as_posix() == "app/i18n"
    assert '(str(f), "app/i18n") for f in qm' in text
    assert 'copy_metadata("ror-referent")' in text  # À propos reads the version from it
    assert 'name="ror-referent"' in text


def test_installed_command_self_test_passes(tmp_path):
    command = Path(sys.executable).parent / "ror-referent"
    assert command.exists(), "the ror-referent command is not installed in this environment"
    # QT_DEBUG_PLUGINS makes Qt log while it is torn down: that must not crash the process (app/views/launch.py).
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "QT_DEBUG_PLUGINS": "1"}
    proc = subprocess.run([str(command), "--self-test"], capture_output=True, text=True, timeout=180, cwd=tmp_path,
                          env=env)
    assert proc.returncode == 0, proc.stderr
    lines = proc.stdout.strip().splitlines()
    assert len(lines) == 1 and "self-test réussi" in lines[0], proc.stdout
    assert "fiche" in lines[0] and "conforme au profil ROR" in lines[0]
    assert list(tmp_path.iterdir()) == []  # nothing left where it ran


def test_self_test_fails_with_the_step_that_failed(qapp, monkeypatch, capsys):
    from app.cli import main

    def broken(path, *args, **kwargs):
        raise OSError("disque plein")

    monkeypatch.setattr("app.models.demo.make_demo", broken)
    assert main(["self-test"]) == 1
    err = capsys.readouterr().err
    assert "« demo »" in err and "disque plein" in err and "Traceback" not in err


def test_desktop_entry_and_icon():
    entry = dict(line.split("=", 1) for line in (ROOT / "packaging/ror-referent.desktop").read_text(
        encoding="utf-8").splitlines() if "=" in line and not line.startswith("#"))
    assert entry["Exec"] == "ror-referent"
    assert entry["Icon"] == "ror-referent"
    assert entry["Type"] == "Application"
    assert QSvgRenderer(str(ROOT / "packaging/ror-referent.svg")).isValid()


def test_inno_setup_script_packs_the_one_folder_app():
    raw = (ROOT / "packaging/ror-referent.iss").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # UTF-8 with BOM: how Inno Setup reads non-ASCII text
    text = raw.decode("utf-8-sig")
    assert 'Source: "..\\dist\\ror-referent\\*"' in text
    assert '#define AppExe "ror-referent.exe"' in text
    assert "recursesubdirs" in text


def test_build_scripts_are_run_by_the_test_script():
    for name in ("build-package.sh", "build-deb.sh"):
        assert os.access(ROOT / "scripts" / name, os.X_OK), name
    assert "bash scripts/build-package.sh --deb" in (ROOT / "scripts/test.sh").read_text(encoding="utf-8")

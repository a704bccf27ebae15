"""The platform check at start: Qt's real xcb plugin is asked of the real dynamic loader, and a library that cannot
load is named in one sentence (exit 3) instead of Qt's abort."""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from app.views import platform_check
from app.views.platform_check import Problem, check, missing_libraries, platforms_dir

PLATFORMS = platforms_dir()
ABSENT = "libror-absent.so.0"  # as long as libxcb-cursor.so.0, so the patched plugin keeps its layout


def display_env(**extra: str) -> dict[str, str]:
    """The test process's environment as on a desktop: an X display, no platform forced by the suite."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("QT_QPA_PLATFORM", "WAYLAND_DISPLAY", "XDG_SESSION_TYPE", "QT_QPA_PLATFORM_PLUGIN_PATH")}
    env["DISPLAY"] = ":99"
    env.update(extra)
    return env


@pytest.fixture
def broken_cursor_lib(tmp_path) -> str:
    """A folder whose libxcb-cursor.so.0 is found first (LD_LIBRARY_PATH) and cannot be loaded."""
    folder = tmp_path / "libs"
    folder.mkdir()
    (folder / "libxcb-cursor.so.0").write_bytes(b"not a library")
    return str(folder)


@pytest.fixture
def patched_plugins(tmp_path) -> Path:
    """A copy of the real xcb plugin that needs a library no system has, beside Qt's own libraries."""
    qt = tmp_path / "Qt"
    platforms = qt / "plugins" / "platforms"
    platforms.mkdir(parents=True)
    (qt / "lib").symlink_to(PLATFORMS.parent.parent / "lib")  # the plugin's RUNPATH is $ORIGIN/../../lib
    data = (PLATFORMS / "libqxcb.so").read_bytes()
    assert b"libxcb-cursor.so.0\0" in data
    (platforms / "libqxcb.so").write_bytes(data.replace(b"libxcb-cursor.so.0\0", ABSENT.encode() + b"\0"))
    return platforms


def test_the_real_plugins_load_on_this_machine():
    assert PLATFORMS is not None and (PLATFORMS / "libqxcb.so").is_file()
    assert missing_libraries(PLATFORMS / "libqxcb.so", display_env()) == ()
    assert missing_libraries(PLATFORMS / "libqwayland.so", display_env()) == ()
    env = display_env()
    assert check(env) is None
    assert "QT_QPA_PLATFORM" not in env, "xcb loads: Qt's own choice is left alone"


def test_an_unloadable_library_is_named_with_its_package(broken_cursor_lib):
    problem = check(display_env(LD_LIBRARY_PATH=broken_cursor_lib))
    assert problem == Problem(platform="xcb", missing=("libxcb-cursor.so.0",))
    french = problem.message("fr")
    english = problem.message("en")
    for sentence in (french, english):
        assert "libxcb-cursor.so.0" in sentence and "sudo apt-get install libxcb-cursor0" in sentence
        assert sentence.endswith(".") and ". " not in sentence and "\n" not in sentence, "one sentence"
    assert french.startswith("ROR Référent ne peut pas ouvrir sa fenêtre : la bibliothèque système")
    assert english.startswith("ROR Référent cannot open its window: the system library")


def test_a_library_no_system_has_is_named_without_a_package(patched_plugins):
    problem = check(display_env(), directory=patched_plugins)
    assert problem is not None and problem.missing == (ABSENT,)
    assert problem.packages == []
    assert ABSENT in problem.message("fr") and "le paquet de votre système qui la fournit" in problem.message("fr")
    assert ABSENT in problem.message("en") and "the package of your system that provides it" in problem.message("en")


def test_without_ldd_the_loader_itself_names_the_library(patched_plugins, tmp_path, monkeypatch):
    empty = tmp_path / "bin"
    empty.mkdir()
    monkeypatch.setenv("PATH", str(empty))  # no ldd: the check loads the plugin as Qt would
    assert shutil.which("ldd") is None
    assert missing_libraries(patched_plugins / "libqxcb.so") == (ABSENT,)


def test_several_missing_libraries_are_all_named():
    problem = Problem("xcb", ("libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-util.so.1"))
    assert problem.packages == ["libxcb-cursor0", "libxcb-icccm4", "libxcb-util1"]
    assert "sudo apt-get install libxcb-cursor0 libxcb-icccm4 libxcb-util1" in problem.message("en")
    assert "les bibliothèques système libxcb-cursor.so.0, libxcb-icccm.so.4, libxcb-util.so.1" in problem.message()


def test_a_plugin_file_absent_from_the_installation(tmp_path):
    problem = check(display_env(), directory=tmp_path)
    assert problem == Problem(platform="xcb", missing=("libqxcb.so",), plugin_absent=True)
    assert "réinstallez l'application" in problem.message("fr")


def test_no_display_at_all_is_said_in_one_sentence():
    env = display_env()
    del env["DISPLAY"]
    problem = check(env)
    assert problem is not None and problem.missing == ()
    assert "aucun écran n'est disponible" in problem.message("fr")
    assert "no display is available" in problem.message("en")


def test_a_platform_the_user_chose_is_not_second_guessed(broken_cursor_lib):
    assert check(display_env(QT_QPA_PLATFORM="offscreen", LD_LIBRARY_PATH=broken_cursor_lib)) is None
    forced = check(display_env(QT_QPA_PLATFORM="xcb", LD_LIBRARY_PATH=broken_cursor_lib))
    assert forced is not None and forced.missing == ("libxcb-cursor.so.0",)


def test_wayland_is_chosen_when_only_it_can_load(broken_cursor_lib):
    env = display_env(LD_LIBRARY_PATH=broken_cursor_lib, WAYLAND_DISPLAY="wayland-0")
    assert check(env) is None
    assert env["QT_QPA_PLATFORM"] == "wayland"


def _start(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    exe = shutil.which("ror-referent", path=str(Path(sys.executable).parent)) or shutil.which("ror-referent")
    assert exe, "`ror-referent` is not installed in this environment"
    return subprocess.run([exe, *args], env=env, capture_output=True, text=True, stdin=subprocess.DEVNULL,
                          timeout=120)


@pytest.mark.parametrize(("args", "lang", "words"), [
    ((), "fr_FR.UTF-8", "la bibliothèque système libxcb-cursor.so.0 est absente"),
    (("--lang", "en"), "fr_FR.UTF-8", "the system library libxcb-cursor.so.0 is missing"),
    ((), "en_GB.UTF-8", "the system library libxcb-cursor.so.0 is missing"),
])
def test_the_app_says_which_library_and_exits_3(broken_cursor_lib, args, lang, words):
    env = display_env(LD_LIBRARY_PATH=broken_cursor_lib, LANG=lang)
    env.pop("LC_ALL", None)
    env.pop("LC_MESSAGES", None)
    done = _start(env, *args)
    assert done.returncode == platform_check.EXIT_CODE, done.stderr
    assert done.stderr.count("\n") == 1 and words in done.stderr, done.stderr
    assert "Could not load the Qt platform plugin" not in done.stderr and "Traceback" not in done.stderr

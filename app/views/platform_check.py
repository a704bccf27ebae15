"""Before Qt opens the window: can its platform plugin load here? If not, one sentence that names what is missing.

Without this, a machine that lacks one of the dozen system libraries of Qt's xcb plugin gets Qt's abort
("Could not load the Qt platform plugin xcb"), which does not say which one. The dynamic loader is asked about the
plugin file (`ldd`, else a trial `dlopen`) and the missing library is named with the Debian/Ubuntu package that
provides it. This module imports no Qt: QtGui itself may be what cannot load.

`python -m app.views.platform_check` checks the xcb plugin whatever the display (scripts/setup.sh runs it).
"""
from __future__ import annotations

import ctypes
import os
import re
import shutil
import subprocess
import sys
from collections.abc import MutableMapping
from dataclasses import dataclass
from importlib.util import find_spec
from pathlib import Path

EXIT_CODE = 3

# Library (soname) -> Debian/Ubuntu package, for every system library Qt's xcb and wayland plugins load.
PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0", "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1", "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0", "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxcb-xkb.so.1": "libxcb-xkb1", "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0", "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xfixes.so.0": "libxcb-xfixes0", "libxcb-sync.so.1": "libxcb-sync1", "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-render.so.0": "libxcb-render0", "libxcb-util.so.1": "libxcb-util1", "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1", "libX11.so.6": "libx11-6", "libXrender.so.1": "libxrender1",
    "libXi.so.6": "libxi6", "libXau.so.6": "libxau6", "libXdmcp.so.6": "libxdmcp6",
    "libxkbcommon.so.0": "libxkbcommon0", "libGL.so.1": "libgl1", "libEGL.so.1": "libegl1",
    "libGLX.so.0": "libglx0", "libGLdispatch.so.0": "libglvnd0", "libOpenGL.so.0": "libopengl0",
    "libfontconfig.so.1": "libfontconfig1", "libfreetype.so.6": "libfreetype6", "libpng16.so.16": "libpng16-16",
    "libglib-2.0.so.0": "libglib2.0-0", "libgthread-2.0.so.0": "libglib2.0-0", "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0", "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}

_LDD_PATTERNS = (
    re.compile(r"^\s*(\S+) => not found", re.MULTILINE),  # glibc: a library nowhere on the search path
    re.compile(r"error while loading shared libraries: (\S+?): ", re.MULTILINE),  # glibc: found but unloadable
    re.compile(r"Error loading shared library (\S+?): ", re.MULTILINE),  # musl
)


@dataclass(frozen=True)
class Problem:
    """Why the window cannot open: `missing` libraries of `platform`'s plugin, its plugin file, or no display."""

    platform: str
    missing: tuple[str, ...] = ()
    plugin_absent: bool = False

    @property
    def packages(self) -> list[str]:
        return list(dict.fromkeys(PACKAGES[name] for name in self.missing if name in PACKAGES))

    def message(self, lang: str = "fr") -> str:
        """One sentence in French, or English when `lang` is "en"."""
        en = lang == "en"
        start = "ROR Référent cannot open its window: " if en else "ROR Référent ne peut pas ouvrir sa fenêtre : "
        if self.plugin_absent:
            name = self.missing[0]
            return start + (f"its display module {name} is missing from the installation; install the app again."
                            if en else f"son module d'affichage {name} est absent de l'installation ; "
                                       "réinstallez l'application.")
        if not self.missing:
            return start + ("no display is available (neither DISPLAY nor WAYLAND_DISPLAY is set); start it from a "
                            "graphical session, or use its sub-commands (ror-referent --help)." if en else
                            "aucun écran n'est disponible (ni DISPLAY ni WAYLAND_DISPLAY n'est défini) ; lancez-le "
                            "depuis une session graphique, ou utilisez ses sous-commandes (ror-referent --help).")
        libs = ", ".join(self.missing)
        one = len(self.missing) == 1
        if en:
            what = (f"the system library {libs} is missing or cannot be loaded" if one else
                    f"the system libraries {libs} are missing or cannot be loaded")
        else:
            what = (f"la bibliothèque système {libs} est absente ou ne se charge pas" if one else
                    f"les bibliothèques système {libs} sont absentes ou ne se chargent pas")
        packages = self.packages
        if packages and all(name in PACKAGES for name in self.missing) and shutil.which("dpkg"):
            command = "sudo apt-get install " + " ".join(packages)
            how = (f"install {'it' if one else 'them'} with “{command}”" if en else
                   f"installez-{'la' if one else 'les'} avec « {command} »")
        else:
            how = (("install the package of your system that provides it" if one else
                    "install the packages of your system that provide them") if en else
                   ("installez le paquet de votre système qui la fournit" if one else
                    "installez les paquets de votre système qui les fournissent"))
            if packages:
                how += (" (on Debian and Ubuntu: " if en else " (sous Debian et Ubuntu : ") + " ".join(packages) + ")"
        end = ", then start it again." if en else ", puis relancez-le."
        return start + what + ("; " if en else " ; ") + how + end


def platforms_dir(env: MutableMapping[str, str] | None = None) -> Path | None:
    """The folder of Qt's platform plugins, found without importing Qt (None when PySide6 is not where expected)."""
    env = os.environ if env is None else env
    if env.get("QT_QPA_PLATFORM_PLUGIN_PATH"):
        return Path(env["QT_QPA_PLATFORM_PLUGIN_PATH"])
    spec = find_spec("PySide6")
    if spec is None or not spec.submodule_search_locations:
        return None
    folder = Path(next(iter(spec.submodule_search_locations))) / "Qt" / "plugins" / "platforms"
    return folder if folder.is_dir() else None


def missing_libraries(plugin: Path, env: MutableMapping[str, str] | None = None) -> tuple[str, ...]:
    """The libraries the loader cannot load for `plugin` (its dependencies' too); () when it loads."""
    env = os.environ if env is None else env
    ldd = shutil.which("ldd")
    if ldd:
        try:
            done = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, env=dict(env), timeout=30,
                                  stdin=subprocess.DEVNULL)
        except (OSError, subprocess.SubprocessError):
            done = None
        if done is not None:
            found = _parse_ldd(done.stdout + "\n" + done.stderr)
            if found or done.returncode == 0:
                return found
    return _dlopen_failure(plugin)


def _parse_ldd(text: str) -> tuple[str, ...]:
    names = [Path(match).name for pattern in _LDD_PATTERNS for match in pattern.findall(text)]
    return tuple(dict.fromkeys(names))


def _dlopen_failure(plugin: Path) -> tuple[str, ...]:
    """Load the plugin as Qt would; the loader's error starts with the library it could not load."""
    try:
        ctypes.CDLL(str(plugin))
    except OSError as exc:
        match = re.match(r"([^:]+): ", str(exc))
        return (Path(match.group(1)).name if match else plugin.name,)
    return ()


def _candidates(env: MutableMapping[str, str]) -> tuple[list[str], bool] | None:
    """The platforms Qt will try, in order, and whether QT_QPA_PLATFORM chose them; None: not ours to check."""
    requested = [part.split(":")[0].strip() for part in env.get("QT_QPA_PLATFORM", "").split(";") if part.strip()]
    if requested:
        if any(name not in ("xcb", "wayland") for name in requested):
            return None  # offscreen, eglfs, vnc ...: the user chose something this check knows nothing of
        return requested, True
    if env.get("XDG_SESSION_TYPE") == "wayland":
        return ["wayland", "xcb"], False
    return ["xcb", "wayland"], False


def check(env: MutableMapping[str, str] | None = None, directory: Path | None = None) -> Problem | None:
    """None when Qt can open a window here; else the Problem to tell the user.

    When QT_QPA_PLATFORM is unset and only the second platform Qt knows can load (Wayland without the xcb
    libraries), it is chosen in `env` so that Qt does not abort on the first.
    """
    env = os.environ if env is None else env
    if not sys.platform.startswith("linux"):
        return None
    chosen = _candidates(env)
    if chosen is None:
        return None
    names, requested = chosen
    has_display = {"xcb": bool(env.get("DISPLAY")),
                   "wayland": bool(env.get("WAYLAND_DISPLAY")) or (requested and "wayland" in names)}
    usable = [name for name in names if has_display[name]]
    if not usable:
        return Problem(platform=names[0])
    directory = directory or platforms_dir(env)
    if directory is None:
        return None  # not a layout this check knows: let Qt try
    first: Problem | None = None
    for name in usable:
        plugin = directory / f"libq{name}.so"
        if not plugin.is_file():
            problem = Problem(platform=name, missing=(plugin.name,), plugin_absent=True)
        else:
            missing = missing_libraries(plugin, env)
            if not missing:
                if not requested and name != names[0]:
                    env["QT_QPA_PLATFORM"] = name
                return None
            problem = Problem(platform=name, missing=missing)
        first = first or problem
    return first


def ui_language(lang: str | None) -> str:
    """The language the window would use: the one asked, else the one saved, else the system's (as i18n does)."""
    if lang in ("fr", "en"):
        return lang
    try:
        from app.views.workspaces import saved_language  # QtCore only; may itself be what cannot load

        saved = saved_language()
        if saved in ("fr", "en"):
            return saved
    except ImportError:
        pass
    for var in ("LC_ALL", "LC_MESSAGES", "LANG"):
        value = os.environ.get(var, "")
        if value:
            return "fr" if value.startswith("fr") or value.split(".")[0] in ("C", "POSIX") else "en"
    return "fr"


def main() -> int:
    """Check the xcb plugin whatever the display: silent when it loads, else one sentence and exit code 3."""
    directory = platforms_dir()
    if directory is None or not sys.platform.startswith("linux"):
        return 0
    plugin = directory / "libqxcb.so"
    missing = missing_libraries(plugin) if plugin.is_file() else (plugin.name,)
    if not missing:
        return 0
    print(Problem("xcb", missing, plugin_absent=not plugin.is_file()).message(ui_language(None)), file=sys.stderr)
    return EXIT_CODE


if __name__ == "__main__":
    sys.exit(main())

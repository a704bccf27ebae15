#!/usr/bin/env bash
# Create (or refresh) the project's virtual environment in .venv and install the app with its test extras.
# First the system libraries Qt's window needs (its xcb and wayland platform plugins): on Debian and Ubuntu, as
# root, the missing ones are installed; elsewhere one sentence names what to install. Quick when all is there.
set -euo pipefail
cd "$(dirname "$0")/.."

# library (soname) : Debian/Ubuntu package; checked against the loader's cache, so renamed packages (t64) count.
QT_LIBS=(
  libEGL.so.1:libegl1 libGL.so.1:libgl1 libxkbcommon.so.0:libxkbcommon0 libfontconfig.so.1:libfontconfig1
  libglib-2.0.so.0:libglib2.0-0 libdbus-1.so.3:libdbus-1-3 libxcb-cursor.so.0:libxcb-cursor0
  libxcb-icccm.so.4:libxcb-icccm4 libxcb-keysyms.so.1:libxcb-keysyms1 libxcb-image.so.0:libxcb-image0
  libxcb-render-util.so.0:libxcb-render-util0 libxcb-xinerama.so.0:libxcb-xinerama0 libxcb-xkb.so.1:libxcb-xkb1
  libxkbcommon-x11.so.0:libxkbcommon-x11-0 libxcb-shape.so.0:libxcb-shape0 libxcb-randr.so.0:libxcb-randr0
  libxcb-xfixes.so.0:libxcb-xfixes0 libxcb-sync.so.1:libxcb-sync1 libxcb-shm.so.0:libxcb-shm0
  libX11-xcb.so.1:libx11-xcb1 libXrender.so.1:libxrender1 libXi.so.6:libxi6 libxcb-util.so.1:libxcb-util1
  libwayland-client.so.0:libwayland-client0 libwayland-cursor.so.0:libwayland-cursor0
  libwayland-egl.so.1:libwayland-egl1
)
ldconfig=$(command -v ldconfig || echo /sbin/ldconfig)
if [ "$(uname -s)" = Linux ] && [ -x "$ldconfig" ]; then
  have=$("$ldconfig" -p 2>/dev/null | awk '{print $1}' || true)
  need_libs=() need_pkgs=()
  for pair in "${QT_LIBS[@]}"; do
    grep -qxF "${pair%%:*}" <<<"$have" || { need_libs+=("${pair%%:*}"); need_pkgs+=("${pair#*:}"); }
  done
  if command -v dpkg >/dev/null 2>&1 && ! dpkg -s fonts-dejavu-core >/dev/null 2>&1; then
    need_pkgs+=(fonts-dejavu-core)
  fi
  if [ ${#need_pkgs[@]} -gt 0 ]; then
    if command -v dpkg >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
      echo "Installing the system libraries Qt needs: ${need_pkgs[*]}"
      apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_pkgs[@]}" >/dev/null
    elif command -v dpkg >/dev/null 2>&1; then
      echo "Qt needs system packages that are missing here; install them as root with:" \
        "apt-get install ${need_pkgs[*]}" >&2
    else
      echo "Qt needs system libraries that are missing here (${need_libs[*]}); install the packages of your system" \
        "that provide them (on Debian and Ubuntu: ${need_pkgs[*]})." >&2
    fi
  fi
fi

PY=${PYTHON:-python3}
if [ ! -x .venv/bin/python ]; then
  "$PY" -m venv .venv
fi
stamp=.venv/.installed-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  .venv/bin/python -m pip install -q --upgrade pip
  .venv/bin/python -m pip install -q -e ".[test]"
  rm -f .venv/.installed-* && touch "$stamp"
fi
# The independent FHIR R4 server the sync tests also run against (Medplum's FHIR router, npm packages pinned by
# tests/independent/package-lock.json); it needs node 20.19+ and npm (Debian: apt-get install nodejs npm).
if ! command -v npm >/dev/null 2>&1 && command -v apt-get >/dev/null 2>&1 && [ "$(id -u)" = 0 ]; then
  echo "Installing node and npm for the independent FHIR server of the tests"
  apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq nodejs npm >/dev/null
fi
if command -v npm >/dev/null 2>&1; then
  npm_stamp=tests/independent/node_modules/.installed-$(sha1sum tests/independent/package-lock.json | cut -c1-12)
  if [ ! -f "$npm_stamp" ]; then
    (cd tests/independent && npm ci --no-audit --no-fund --ignore-scripts --loglevel=error)
    touch "$npm_stamp"
  fi
else
  echo "npm is missing: tests/test_independent_server.py needs node and npm (apt-get install nodejs npm)." >&2
fi
# Translations: .ts sources -> .qm (built, never committed).
if [ -f app/views/i18n_build.py ]; then
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m app.views.i18n_build >/dev/null
fi
# What the app checks at start: can Qt's xcb plugin load here? Silent when it can, one sentence when it cannot.
.venv/bin/python -m app.views.platform_check || true

#!/usr/bin/env bash
# Create (or refresh) the project's virtual environment in .venv and install the app with its test extras.
# Installs the few Debian libraries Qt needs when they are missing (root on Debian only).
set -euo pipefail
cd "$(dirname "$0")/.."

need=()
if command -v dpkg >/dev/null 2>&1; then
  for pkg in libegl1 libgl1 libxkbcommon0 libfontconfig1 libglib2.0-0 libdbus-1-3 fonts-dejavu-core; do
    dpkg -s "$pkg" >/dev/null 2>&1 || need+=("$pkg")
  done
fi
if [ ${#need[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}" >/dev/null
  else
    echo "Missing system libraries for Qt: ${need[*]} (install them with your package manager)" >&2
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
# Translations: .ts sources -> .qm (built, never committed).
if [ -f app/views/i18n_build.py ]; then
  QT_QPA_PLATFORM=offscreen .venv/bin/python -m app.views.i18n_build >/dev/null
fi

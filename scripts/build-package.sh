#!/usr/bin/env bash
# Build the one-folder app with PyInstaller (packaging/ror_referent.spec) into dist/ror-referent, run the built
# program's --self-test offscreen from outside the project with a bare environment, and print its size and the
# build time. `--deb` also builds the .deb from it (scripts/build-deb.sh).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x .venv/bin/python ] || bash scripts/setup.sh
. .venv/bin/activate

# PyInstaller, pinned in pyproject.toml's "package" extra (installed once per version of pyproject.toml).
stamp=.venv/.package-$(sha1sum pyproject.toml | cut -c1-12)
if [ ! -f "$stamp" ]; then
  python -m pip install -q -e ".[package]"
  rm -f .venv/.package-* && touch "$stamp"
fi

start=$(date +%s)
QT_QPA_PLATFORM=offscreen python -m app.views.i18n_build --release-only >/dev/null
QT_QPA_PLATFORM=offscreen python packaging/make_icons.py build/icons >/dev/null
pyinstaller --noconfirm --log-level WARN --workpath build/pyinstaller --distpath dist packaging/ror_referent.spec
built=$(date +%s)

# The built program alone: no venv, no PYTHONPATH, started from elsewhere, its own temporary home.
app_dir=$(pwd)/dist/ror-referent
home=$(mktemp -d)
trap 'rm -rf "$home"' EXIT
(cd "$home" && env -i HOME="$home" PATH=/usr/bin:/bin LANG=C.UTF-8 QT_QPA_PLATFORM=offscreen \
  "$app_dir/ror-referent" --self-test)

echo "bundle: $(du -sh dist/ror-referent | cut -f1) in dist/ror-referent ($(find dist/ror-referent -type f | wc -l) files)"
echo "build: $((built - start)) s, self-test: $(($(date +%s) - built)) s"

if [ "${1:-}" = "--deb" ]; then
  if command -v dpkg-deb >/dev/null 2>&1; then
    bash scripts/build-deb.sh
  else
    echo "no .deb: dpkg-deb is not installed here (Debian and Ubuntu have it)"
  fi
fi

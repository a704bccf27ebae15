#!/usr/bin/env bash
# Build dist/ror-referent_<version>_<arch>.deb from the one-folder app (scripts/build-package.sh makes it):
# the app in /opt/ror-referent, the command /usr/bin/ror-referent, the desktop entry and the icons.
# Then show what dpkg-deb reads in it (--info, and the start of --contents).
set -euo pipefail
cd "$(dirname "$0")/.."
[ -x dist/ror-referent/ror-referent ] || bash scripts/build-package.sh
. .venv/bin/activate

version=$(python -c "import importlib.metadata as m; print(m.version('ror-referent'))")
arch=$(dpkg --print-architecture)
root=build/deb/ror-referent_${version}_${arch}
rm -rf "$root"
mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/icons/hicolor/256x256/apps" \
  "$root/usr/share/icons/hicolor/48x48/apps"
cp -a dist/ror-referent "$root/opt/ror-referent"
ln -s /opt/ror-referent/ror-referent "$root/usr/bin/ror-referent"
if command -v desktop-file-validate >/dev/null 2>&1; then  # Debian's desktop-file-utils, when installed
  desktop-file-validate packaging/ror-referent.desktop
fi
install -m 644 packaging/ror-referent.desktop "$root/usr/share/applications/ror-referent.desktop"
install -m 644 packaging/ror-referent.svg "$root/usr/share/icons/hicolor/scalable/apps/ror-referent.svg"
[ -f build/icons/ror-referent-256.png ] || QT_QPA_PLATFORM=offscreen python packaging/make_icons.py build/icons >/dev/null
install -m 644 build/icons/ror-referent-256.png "$root/usr/share/icons/hicolor/256x256/apps/ror-referent.png"
install -m 644 build/icons/ror-referent-48.png "$root/usr/share/icons/hicolor/48x48/apps/ror-referent.png"

size_kb=$(du -sk --exclude=DEBIAN "$root" | cut -f1)
cat > "$root/DEBIAN/control" <<EOF
Package: ror-referent
Version: ${version}
Architecture: ${arch}
Maintainer: ROR Référent <ror-referent@localhost>
Installed-Size: ${size_kb}
Depends: libc6, libgl1, libegl1, libxcb1, libfontconfig1
Recommends: fonts-dejavu-core
Section: misc
Priority: optional
Description: describe an establishment's offer of care in the ROR, offline first
 ROR Référent keeps a local copy of an establishment's tree (EJ, EG, pôles, services,
 UF, UO), guides the entry of each fiche with the ROR's forms and NOS nomenclatures,
 works offline and sends the dossier for validation when the server is reachable.
EOF

deb=dist/ror-referent_${version}_${arch}.deb
# gzip level 6: read by every dpkg, about 11 s here (level 9 takes 35 s for 0.5% less, xz much longer).
dpkg-deb --root-owner-group -Zgzip -z6 --build "$root" "$deb" >/dev/null
dpkg-deb --info "$deb"
dpkg-deb --contents "$deb" | grep -E " ./(usr/|opt/ror-referent/ror-referent$)"
echo "deb: $deb ($(du -h "$deb" | cut -f1))"
